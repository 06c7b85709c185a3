import Foundation
import PodiumModel
import PodiumText

/// Finds the day of the forum and of the election in a report's German text, for articles
/// whose metadata has none.
///
/// Dates are read as written: "am 9. Juni 2024", "9.6.2024", "09.06.24"; a date without a year
/// ("am Dienstag, 12. Oktober") takes the year that puts it closest before the publication (for
/// the election: closest on either side), else the one year the text names; with a known
/// publication day, "gestern", "vorgestern" and "am Montagabend" (the last Monday up to it) are
/// days too.
///
/// A date goes with the nearest word of its sentence that says what happens then: the vote
/// ("Wahl", "gewählt") makes it the election's; the forum ("Podium", "Diskussion",
/// "Veranstaltung") the forum's; a term, a deadline or the past ("Amtsantritt", "Frist",
/// "seit") neither. The forum's day is never after the publication (or today), and where the
/// publication is known, at most 60 days before it; a day stands only when it is the only one
/// of its kind (those next to a word of the forum first). The election's days are all those of
/// the vote: a first round and a run-off are two.
enum DateExtractor {
    private static let months = GermanWords.months
    private static let weekdays = ["montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6]

    /// What a date is next to.
    private enum Cue {
        case election, forum, neither
    }

    /// Words of the vote (as word endings), of the forum (as word beginnings), and of what is neither.
    private static let electionEndings = [
        "wahl", "stichwahl", "gewählt", "wahltag", "urnengang", "wahlsonntag", "wählen", "wählt", "wahlgang", "bewerben", "bewirbt",
        "urne", "urnen",
    ]
    private static let candidacyVerbs: Set<String> = ["stehen", "steht", "stand", "standen", "stellen", "stellt", "stellte", "stellten", "antreten"]
    private static let forumBeginnings = [
        "podium", "forum", "diskussion", "diskutiert", "veranstaltung", "debatte", "duell", "kandidatencheck", "talk",
        "runde", "stellten", "fragen", "publikum", "abend", "wahlforum", "wahlarena", "gesprächsrunde",
    ]
    private static let forumEndings = ["abend", "forum", "duell", "diskussion", "runde"]
    private static let neitherBeginnings = [
        "amtsantritt", "amtszeit", "dienstantritt", "antreten", "frist", "bewerbungsfrist", "einreichungsfrist", "seit",
        "geboren", "gegründet", "amtseinführung", "vereidigung", "briefwahl", "stimmzettel", "wahlbenachrichtigung",
        "chefsessel",
    ]

    private static let fullDate = try? NSRegularExpression(
        pattern: #"(\d{1,2})\.\s*(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)(?:\s+(\d{4}))?"#,
        options: [.caseInsensitive])
    private static let numericDate = try? NSRegularExpression(pattern: #"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]\d)"#)
    private static let partialNumericDate = try? NSRegularExpression(pattern: #"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?!\s?\d)"#)

    /// The forum's and the election's day. `published` is the article's publication day, if
    /// known; `today` bounds the forum's day otherwise.
    /// `dateline` is the paragraph that states the publication, whose date is no event's;
    /// `headings` (and the title) give years, as "Kommunalwahl 2020" does, but no days.
    package static func dates(
        in paragraphs: [String], headings: [String] = [], published: CalendarDate?, today: CalendarDate, dateline: Int? = nil
    ) -> (forum: CalendarDate?, elections: [CalendarDate]) {
        let latest = published.map { min($0, today) } ?? today
        let textYears = published == nil ? years(in: headings + paragraphs) : []
        var cuedForum = Set<CalendarDate>()
        var withWeekday = Set<CalendarDate>()
        var uncued = Set<CalendarDate>()
        var election = Set<CalendarDate>()
        for (index, paragraph) in paragraphs.enumerated() where mayNameADate(paragraph, relative: published != nil) {
            // A line that is only a date dates the page, not an event; "Mannheim, 27. April 2015.
            // Der Wahlkampf …": the dateline dates the page, the rest is text.
            let leading = leadingDateline(paragraph)
            if isDateline(paragraph) || index == dateline && leading == nil { continue }
            let body = leading.map { paragraph[$0.end...] } ?? paragraph[...]
            for sentence in sentences(of: String(body)) {
                for mention in mentions(in: String(sentence), published: published) {
                    let cue = cue(of: mention.wordIndex, in: mention.words)
                    if cue == .neither { continue }
                    if cue == .election {
                        if let date = mention.date ?? mention.partial.flatMap({ complete($0, weekday: mention.weekday, around: published, textYears: textYears, before: false) }),
                           published.map({ date >= $0.adding(days: -30)! && date <= $0.adding(days: 366)! })
                            ?? (date.year >= textYears.max() ?? 0) {
                            election.insert(date)
                        }
                        continue
                    }
                    guard let date = mention.date ?? mention.partial.flatMap({ complete($0, weekday: mention.weekday, around: published, textYears: textYears, before: true) }),
                          date <= latest, date.year >= 1990, published.map({ date >= $0.adding(days: -60)! }) ?? true else { continue }
                    if cue == .forum { cuedForum.insert(date) } else if cue == nil { uncued.insert(date) }
                    if mention.weekday != nil { withWeekday.insert(date) }
                }
            }
        }
        // Of several days next to the forum, the one written with its weekday ("Am Mittwoch,
        // dem 6. November fand … statt") is the event's; the others are what it was about.
        let weekdayForum = cuedForum.intersection(withWeekday)
        let forum = cuedForum.count == 1 ? cuedForum.first : weekdayForum.count == 1 ? weekdayForum.first
            : cuedForum.isEmpty && uncued.count == 1 ? uncued.first : nil
        return (forum, election.sorted())
    }

    /// The publication day an article states, and the paragraph that states it (nil: a
    /// heading): in its first six headings, first eight paragraphs or last four.
    package static func publication(headings: [String], paragraphs: [String]) -> (date: CalendarDate, paragraph: Int?)? {
        let firstHeadings = headings.prefix(6)
        let last = paragraphs.count > 8 ? min(4, paragraphs.count - 8) : 0
        let lines = Array(firstHeadings) + paragraphs.prefix(8) + paragraphs.suffix(last)
        guard let (date, line) = publication(in: lines) else { return nil }
        let index = line - firstHeadings.count
        return (date, index < 0 ? nil : index < 8 ? index : paragraphs.count - (lines.count - line))
    }

    /// The publication day a text states, and in which line: "Veröffentlicht am 12.03.2019",
    /// "Erschienen am 4. Mai 2021", "in der Ausgabe vom 3. Mai 2019", "Den ganzen Artikel lesen Sie
    /// in der Zeitung von Donnerstag, 25. April 2019", or a dateline near the top, a short line that is mostly a
    /// date ("Mi, 14. Juni 2023 um 09:41 Uhr", "18:05 02.03.2021", "Stand: 11.10.2020"). `lines`
    /// are the article's first headings and paragraphs, in order; the index is into them.
    package static func publication(in lines: [String]) -> (date: CalendarDate, line: Int)? {
        for (index, line) in lines.enumerated() where mayNameADate(line, relative: false) {
            let lower = line.fastLowercased()
            // Where the words that state the publication end, the date following them.
            let statement = ["veröffentlicht am", "veröffentlicht:", "erschienen am", "publiziert am", "ausgabe vom"].lazy
                .compactMap { lower.range(of: $0) }.first
                ?? lower.range(of: "artikel lesen sie").flatMap { lower[$0.upperBound...].range(of: " von ", options: .backwards) }
            guard statement != nil || index < 12 else { continue }
            if let found = statement,
               let date = mentions(in: String(lower[found.upperBound...].prefix(30)), published: nil).lazy.compactMap(\.date).first {
                return (date, index)
            }
            if index < 12, let (date, _) = leadingDateline(line) { return (date, index) }
            guard index < 12, isDateline(line) else { continue }
            let dates = mentions(in: lower, published: nil).compactMap(\.date)
            if dates.count == 1, let date = dates.first { return (date, index) }
        }
        return nil
    }

    /// A dateline that opens a paragraph, "Mannheim, 27. April 2015. …", "07.04.2020 | …":
    /// the date, after at most a place and a comma, closed by a stop, a bar or a dash; with the
    /// index where the text after it starts.
    private static func leadingDateline(_ paragraph: String) -> (date: CalendarDate, end: String.Index)? {
        let head = String(paragraph.prefix(70))
        let range = NSRange(head.startIndex..., in: head)
        let match = [fullDate, numericDate].lazy.compactMap { $0?.firstMatch(in: head, range: range) }
            .first { Range($0.range, in: head).map { head.distance(from: head.startIndex, to: $0.lowerBound) <= 40 } ?? false }
        guard let match, let whole = Range(match.range, in: head),
              let date = mentions(in: String(head[..<whole.upperBound]), published: nil).last?.date else { return nil }
        let before = head[..<whole.lowerBound]
        let place = before.isEmpty || before.hasSuffix(", ") && before.split(separator: " ").count <= 4 && before.first?.isUppercase == true
        let after = head[whole.upperBound...]
        guard place, let closer = [". ", " | ", " – ", " - ", "."].first(where: { after.hasPrefix($0) }) else { return nil }
        let end = paragraph.index(paragraph.startIndex, offsetBy: head.distance(from: head.startIndex, to: whole.upperBound) + closer.count)
        return (date, end)
    }

    /// A short line that is mostly a date: a dozen words at most, names, places and a time
    /// beside the date, but no sentence (no lower-case word of four letters or more, such as
    /// "diskutierten", other than a month's or "aktualisiert"), and nothing of the vote or the event.
    private static func isDateline(_ line: String) -> Bool {
        guard line.utf8.count <= 80, line.split(separator: " ").count <= 12 else { return false }
        let lower = line.fastLowercased()
        let sentenceWords = line.split(whereSeparator: { !$0.isLetter }).filter { word in
            word.count >= 4 && word.first?.isLowercase == true && months[String(word)] == nil
                && !["aktualisiert", "stand", "update", "comments", "kommentare"].contains(String(word))
        }
        return sentenceWords.isEmpty && !["wahl", "podium", "forum", "diskussion", "amt"].contains(where: { lower.containsBytes($0) })
    }

    /// A day without its year: month and day.
    private struct Partial {
        var month: Int
        var day: Int
    }

    private struct Mention {
        var date: CalendarDate?
        var partial: Partial?
        /// The weekday written before the day ("Mittwoch, 6. November"), Monday 0.
        var weekday: Int?
        /// The words of the sentence, lower-cased, and which of them the date is.
        var words: [Substring]
        var wordIndex: Int
    }

    private static func mayNameADate(_ paragraph: String, relative: Bool) -> Bool {
        // Every date written has a digit before a stop: "9. Juni", "9.6.2024".
        var afterDigit = false
        if paragraph.utf8.contains(where: { byte in
            defer { afterDigit = byte >= 0x30 && byte <= 0x39 }
            return afterDigit && byte == 0x2E
        }) { return true }
        return relative && (paragraph.containsBytes("tag") || paragraph.containsBytes("woch") || paragraph.containsBytes("estern"))
    }

    /// Sentences: a stop followed by a space and a capital, unless a digit or a one-letter
    /// abbreviation stands before the stop ("am 9. Juni", "z. B.").
    private static func sentences(of paragraph: String) -> [Substring] {
        var sentences: [Substring] = []
        var start = paragraph.startIndex
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            let next = paragraph.index(after: index)
            if character == "." || character == "!" || character == "?", next < paragraph.endIndex, paragraph[next] == " " {
                let afterSpace = paragraph.index(after: next)
                let before = index > paragraph.startIndex ? paragraph[paragraph.index(before: index)] : " "
                if afterSpace < paragraph.endIndex, paragraph[afterSpace].isUppercase, !before.isNumber {
                    sentences.append(paragraph[start..<next])
                    start = afterSpace
                }
            }
            index = next
        }
        sentences.append(paragraph[start...])
        return sentences
    }

    /// Every date the sentence writes, and with a publication day, every day it names relative to it.
    private static func mentions(in sentence: String, published: CalendarDate?) -> [Mention] {
        let lower = sentence.fastLowercased()
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        func wordIndex(at offset: String.Index) -> Int {
            words.firstIndex { $0.endIndex > offset } ?? max(words.count - 1, 0)
        }
        // A day as written, with the weekday written before it; nil where that weekday does not
        // fit the day (the year is not the event's).
        func written(_ date: CalendarDate?, partial: Partial? = nil, at day: String.Index) -> Mention? {
            let index = wordIndex(at: day)
            let named = Self.weekday(before: index, in: words)
            if let date, let named, date.weekday != named { return nil }
            return Mention(date: date, partial: date == nil ? partial : nil, weekday: named, words: words, wordIndex: index)
        }
        var found: [Mention] = []
        let range = NSRange(lower.startIndex..., in: lower)
        for match in fullDate?.matches(in: lower, range: range) ?? [] {
            guard let dayRange = Range(match.range(at: 1), in: lower), let monthRange = Range(match.range(at: 2), in: lower),
                  let day = Int(lower[dayRange]), let month = months[String(lower[monthRange])] else { continue }
            let year = Range(match.range(at: 3), in: lower).flatMap { Int(lower[$0]) }
            let date = year.flatMap { CalendarDate(year: $0, month: month, day: day) }
            guard year == nil || date != nil, let mention = written(date, partial: Partial(month: month, day: day), at: dayRange.lowerBound) else { continue }
            found.append(mention)
        }
        for match in numericDate?.matches(in: lower, range: range) ?? [] {
            guard let dayRange = Range(match.range(at: 1), in: lower), let monthRange = Range(match.range(at: 2), in: lower),
                  let yearRange = Range(match.range(at: 3), in: lower),
                  let day = Int(lower[dayRange]), let month = Int(lower[monthRange]), var year = Int(lower[yearRange]) else { continue }
            if lower[yearRange].count == 2 { year += 2000 }
            // "07.04.2020 | …", "Von A. Autorin | 04.06.2022, 14:15 Uhr": the page's date, no event's.
            if isPageFurniture(lower, around: dayRange.lowerBound..<yearRange.upperBound) { continue }
            if let date = CalendarDate(year: year, month: month, day: day), let mention = written(date, at: dayRange.lowerBound) {
                found.append(mention)
            }
        }
        // "am Montag (24.8.)": day and month, the year to complete.
        for match in partialNumericDate?.matches(in: lower, range: range) ?? [] {
            guard let dayRange = Range(match.range(at: 1), in: lower), let monthRange = Range(match.range(at: 2), in: lower),
                  let day = Int(lower[dayRange]), let month = Int(lower[monthRange]), (1...12).contains(month), (1...31).contains(day)
            else { continue }
            if let mention = written(nil, partial: Partial(month: month, day: day), at: dayRange.lowerBound) { found.append(mention) }
        }
        // Days relative to the publication, where the sentence writes no date of its own.
        guard let published, found.isEmpty else { return found }
        for (index, word) in words.enumerated() {
            if word == "gestern" || word == "vorgestern" {
                found.append(Mention(date: published.adding(days: word == "gestern" ? -1 : -2), words: words, wordIndex: index))
                continue
            }
            guard index > 0, ["am", "vergangenen", "letzten"].contains(words[index - 1]),
                  let weekday = weekdays.first(where: { word.hasPrefix($0.key) && ["", "abend", "nachmittag", "vormittag", "morgen"].contains(String(word.dropFirst($0.key.count))) })?.value
            else { continue }
            var mention = Mention(words: words, wordIndex: index)
            // The last such weekday up to the publication; the next, for the vote.
            let back = (published.weekday - weekday + 7) % 7
            let ahead = (weekday - published.weekday + 7) % 7
            mention.date = cue(of: index, in: words) == .election ? published.adding(days: ahead) : published.adding(days: -back)
            found.append(mention)
        }
        return found
    }

    /// The weekday in the three words before word `index`: "Mittwoch, dem 6.", "am Dienstag, 4.".
    private static func weekday(before index: Int, in words: [Substring]) -> Int? {
        for word in words[max(0, index - 3)..<index].reversed() {
            if let day = weekdays[String(word)] { return day }
        }
        return nil
    }

    /// Whether a "|" stands within three characters of `range`: a page's date line.
    private static func isPageFurniture(_ text: String, around range: Range<String.Index>) -> Bool {
        let before = text[..<range.lowerBound].suffix(3)
        let after = text[range.upperBound...].prefix(3)
        return before.contains("|") || after.contains("|")
    }

    /// What the date at `index` is next to: the kind of the nearest cue word, nil for none.
    private static func cue(of index: Int, in words: [Substring]) -> Cue? {
        // "ab 1. November", "bis zum 26. März": a term or a deadline.
        if index > 0, ["ab", "bis"].contains(words[index - 1]) || index > 1 && words[index - 2] == "bis" { return .neither }
        var best: (cue: Cue, distance: Int)? = nil
        for (position, word) in words.enumerated() {
            let cue: Cue
            if neitherBeginnings.contains(where: { word.hasPrefix($0) }) {
                cue = .neither
            } else if electionEndings.contains(where: { word.hasSuffix($0) }) {
                // "Als Vorbereitung auf diese Wahl fand am 2. April …": the vote named as what the
                // event leads to does not date it, unless the day follows it ("vor der Wahl am 14. Juni").
                let ownDay = index > position && index - position <= 2
                if !ownDay, position > 0, ["auf", "vor"].contains(words[max(0, position - 2)]) || ["auf", "vor"].contains(words[position - 1]) { continue }
                // "die zur Wahl stehen", "sich zur Wahl stellen": a candidacy, not the day of the vote.
                if word == "wahl", position > 0, words[position - 1] == "zur", position + 1 < words.count,
                   candidacyVerbs.contains(String(words[position + 1])) { continue }
                cue = .election
            } else if forumBeginnings.contains(where: { word.hasPrefix($0) }) || forumEndings.contains(where: { word.hasSuffix($0) }) {
                cue = .forum
            } else {
                continue
            }
            let distance = abs(position - index)
            if distance < best?.distance ?? .max { best = (cue, distance) }
        }
        return best?.cue
    }

    /// A day without a year, in the year that puts it closest to the publication (before it,
    /// for the forum), else in the one year the text names; with a weekday written beside it,
    /// only in a year where the day falls on that weekday ("Donnerstag, 8. Juli" is no day of
    /// 1997), which may single out one of several years the text names.
    private static func complete(_ partial: Partial, weekday: Int?, around published: CalendarDate?, textYears: Set<Int>, before: Bool) -> CalendarDate? {
        func fits(_ date: CalendarDate) -> Bool { weekday.map { date.weekday == $0 } ?? true }
        guard let published else {
            let options = textYears.compactMap { CalendarDate(year: $0, month: partial.month, day: partial.day) }
            let fitting = options.filter(fits)
            return (weekday == nil ? options : fitting).count == 1 ? fitting.first : nil
        }
        let options = (published.year - 1...published.year + 1).compactMap { CalendarDate(year: $0, month: partial.month, day: partial.day) }.filter(fits)
        if before { return options.filter { $0 <= published }.max() }
        return options.min { abs($0.dayNumber - published.dayNumber) < abs($1.dayNumber - published.dayNumber) }
    }

    /// The years from 1990 on that the text names.
    private static func years(in paragraphs: [String]) -> Set<Int> {
        var years = Set<Int>()
        for paragraph in paragraphs {
            var digits = 0
            var value = 0
            for byte in paragraph.utf8 + [0x20] {
                if byte >= 0x30 && byte <= 0x39 {
                    digits += 1
                    value = value * 10 + Int(byte - 0x30)
                } else {
                    if digits == 4, (1990...2100).contains(value) { years.insert(value) }
                    digits = 0
                    value = 0
                }
            }
        }
        return years
    }
}
