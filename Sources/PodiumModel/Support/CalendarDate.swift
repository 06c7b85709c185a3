import Foundation

/// A day of the Gregorian calendar, written `YYYY-MM-DD` in the archive.
///
/// For example:
///
/// ```swift
/// CalendarDate(parsing: "2023-05-10")   // 2023-05-10
/// CalendarDate(parsing: "10.5.2023")    // 2023-05-10, the German form
/// CalendarDate(parsing: "2023-02-30")   // nil: no such day
/// ```
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date when the day exists; years 1000 to 9999 only.
    public init?(year: Int, month: Int, day: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` or the German `D.M.YYYY`.
    public init?(parsing text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        let german = text.split(separator: ".", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2,
           let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]) {
            self.init(year: y, month: m, day: d)
        } else if german.count == 3, (1...2).contains(german[0].count),
                  (1...2).contains(german[1].count), german[2].count == 4,
                  let d = Int(german[0]), let m = Int(german[1]), let y = Int(german[2]) {
            self.init(year: y, month: m, day: d)
        } else {
            return nil
        }
    }

    /// Why `text` is not a date, for a message: "no such day", "the year is out of range
    /// (1000 to 9999)", or "not a date (expected YYYY-MM-DD)".
    public static func problem(with text: String) -> String {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.map(\.count) == [4, 2, 2], let year = Int(parts[0]), let month = Int(parts[1]),
              Int(parts[2]) != nil else { return "not a date (expected YYYY-MM-DD)" }
        if !(1000...9999).contains(year) { return "the year is out of range (1000 to 9999)" }
        return (1...12).contains(month) ? "no such day" : "no such month"
    }

    public var description: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Days since 1970-01-01, for arithmetic on days.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `dayNumber` days after 1970-01-01 (nil outside the years 1000 to 9999).
    public init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The day `days` later (earlier, when negative).
    public func adding(days: Int) -> CalendarDate? { CalendarDate(dayNumber: dayNumber + days) }

    /// Monday 0 … Sunday 6.
    public var weekday: Int { ((dayNumber + 3) % 7 + 7) % 7 }

    package static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// A date filter bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, widened to the first or last day.
public enum DateBound {
    /// The first day the text can mean: `2019` → 2019-01-01.
    public static func start(_ text: String) -> CalendarDate? { parse(text, atEnd: false) }
    /// The last day the text can mean: `2019` → 2019-12-31.
    public static func end(_ text: String) -> CalendarDate? { parse(text, atEnd: true) }

    private static func parse(_ text: String, atEnd: Bool) -> CalendarDate? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-")
        if parts.count == 3 { return CalendarDate(parsing: text) }
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        if parts.count == 1 {
            return CalendarDate(year: year, month: atEnd ? 12 : 1, day: atEnd ? 31 : 1)
        }
        guard parts.count == 2, parts[1].count == 2, let month = Int(parts[1]),
              (1...12).contains(month) else { return nil }
        let day = atEnd ? CalendarDate.days(inMonth: month, year: year) : 1
        return CalendarDate(year: year, month: month, day: day)
    }
}
