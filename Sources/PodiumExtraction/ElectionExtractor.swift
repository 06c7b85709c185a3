import PodiumModel
import PodiumText

/// The election a forum report is about, as far as its text says: the office, the round, the
/// year (and the day, which ``DateExtractor`` finds).
public struct ElectionFacts: Equatable, Sendable {
    /// "Oberbürgermeister", "Bürgermeister", "Landrat", "Gemeinderat", "Stadtrat", "Samtgemeinderat", "Kreistag".
    public var office: String?
    /// 1, or 2 for a Stichwahl.
    public var round: Int?
    public var year: Int?
    public var date: CalendarDate?

    public init(office: String? = nil, round: Int? = nil, year: Int? = nil, date: CalendarDate? = nil) {
        self.office = office
        self.round = round
        self.year = year
        self.date = date
    }

    public var isEmpty: Bool { office == nil && round == nil && year == nil && date == nil }

    /// "Oberbürgermeisterwahl 2023", "Bürgermeister-Stichwahl 2019", "Landratswahl": what a
    /// listing calls the election when no name was given.
    public var label: String? {
        guard let office else { return nil }
        let joined = ["Landrat", "Kreistag", "Stadtrat", "Gemeinderat", "Samtgemeinderat"].contains(office) ? office + "s" : office
        let election = round == 2 ? office + "-Stichwahl" : joined + "wahl"
        return year.map { "\(election) \($0)" } ?? election
    }
}

/// Reads the office, round and year of the election a forum report is about.
///
/// The office is the one the text names most in words of the election ("OB-Wahl",
/// "Bürgermeisterkandidat", "Landratswahl", "Gemeinderatswahl"); bare titles count for little,
/// since reports name other office-holders ("Bürgermeister X begrüßte"). The round is 2 when
/// the forum was before a run-off ("vor der Stichwahl", "in die Stichwahl"), not when a run-off
/// is only possible ("eine mögliche Stichwahl"). The year is one written with the election
/// ("OB-Wahl 2019", "Kommunalwahl am 26. Mai 2024"), or the year of its day.
enum ElectionExtractor {
    /// Offices, most specific first, with the words that name the office and the words that
    /// name its election (each weighing three bare titles).
    private static let offices: [(office: String, titles: [String], elections: [String])] = [
        ("Oberbürgermeister", ["oberbürgermeister"],
         ["oberbürgermeisterwahl", "oberbürgermeisterkandidat", "oberbürgermeister-kandidat", "oberbürgermeister-wahl",
          "ob-wahl", "ob-kandidat", "ob-bewerber", "ob-stichwahl", "ob-sessel", "ob-posten", "ob-amt", "oberbürgermeisteramt",
          "oberbürgermeisterposten", "oberbürgermeistersessel", "oberbürgermeister-stichwahl"]),
        ("Stadtbürgermeister", ["stadtbürgermeister"], ["stadtbürgermeisterwahl", "stadtbürgermeisterkandidat"]),
        ("Bürgermeister", ["bürgermeister"],
         ["bürgermeisterwahl", "bürgermeisterkandidat", "bürgermeister-kandidat", "bürgermeister-wahl", "bürgermeisteramt",
          "bürgermeisterposten", "bürgermeistersessel", "bürgermeister-stichwahl", "bürgermeisterstichwahl",
          "bürgermeisterbewerber", "bürgermeisterin zu werden", "bürgermeister zu werden",
          "bürgermeister werden", "bürgermeisterin werden"]),
        ("Landrat", ["landrat", "landrät"],
         ["landratswahl", "landratskandidat", "landrats-kandidat", "landratsamt", "landratsposten", "landratsstichwahl",
          "landrats-stichwahl", "landratsbewerber", "landrätin werden", "landrat werden"]),
        ("Kreistag", ["kreistag"], ["kreistagswahl", "kreistagskandidat"]),
        ("Samtgemeinderat", [], ["samtgemeinderatswahl", "samtgemeinderatskandidat", "samtgemeinderats-kandidat", "wahl zum samtgemeinderat"]),
        ("Stadtrat", [], ["stadtratswahl", "stadtratskandidat", "wahl zum stadtrat", "stadtratsliste"]),
        ("Gemeinderat", [], ["gemeinderatswahl", "gemeinderatskandidat", "wahl zum gemeinderat", "gemeinderatsliste",
                             "gemeinde- und ortschaftsrat"]),
    ]
    /// Offices whose words hold another office's: "Oberbürgermeisterwahl" holds
    /// "bürgermeisterwahl", "Samtgemeinderat" holds "gemeinderat". The other office's words are
    /// counted where none of these longer ones holds them.
    private static let longerOffices = [
        "Bürgermeister": ["oberbürgermeister", "stadtbürgermeister", "ortsbürgermeister", "vizebürgermeister"],
        "Gemeinderat": ["samtgemeinderat"],
    ]
    /// The councils a Kommunalwahl elects, by the word that names the council.
    private static let councils = [("Stadtrat", "stadtrat"), ("Gemeinderat", "gemeinderat")]

    /// Words before "Stichwahl" that make it only possible.
    private static let possibleRunOff = ["mögliche", "möglichen", "eventuelle", "eventuellen", "etwaige", "etwaigen",
                                         "notwendige", "notwendigen", "nötige", "nötigen", "gegebenenfalls"]
    /// Words before "Stichwahl" that say the forum was held for it.
    private static let beforeRunOff = ["vor der stichwahl", "zur stichwahl", "in die stichwahl", "für die stichwahl",
                                       "um die stichwahl", "bei der stichwahl am", "die stichwahl am", "der stichwahl am"]

    /// `name` is the election's name from metadata ("OB-Wahl 2023"), which says more than the
    /// text; `given` its day from metadata; `days` the days of the vote the text names, in order:
    /// the first is the first round's, a second the run-off's. `forumDate`, when the text states
    /// it, gives the year of an election the text names without one: a forum is held in the weeks
    /// before the vote, in the same year unless it is held in November or December.
    package static func facts(
        in paragraphs: [String], title: String?, name: String? = nil, given: CalendarDate? = nil, days: [CalendarDate] = [],
        forumDate: CalendarDate? = nil
    ) -> ElectionFacts {
        let named = (name ?? "").fastLowercased()
        let text = ([title ?? ""] + paragraphs).joined(separator: "\n").fastLowercased()
        let office = office(in: named) ?? office(in: text)
        let round = office == nil ? nil : round(in: named + "\n" + text)
        let date = given ?? (days.count == 1 ? days.first : days.count == 2 ? (round == 2 ? days.last : days.first) : nil)
        let forumYear = forumDate.flatMap { $0.month <= 10 ? $0.year : nil }
        return ElectionFacts(office: office, round: round, year: date?.year ?? year(in: named) ?? year(in: text) ?? forumYear, date: date)
    }

    private static func office(in text: String) -> String? {
        func searched(for office: String) -> String {
            var searched = text
            for longer in longerOffices[office] ?? [] where searched.containsBytes(longer) {
                searched = searched.replacingOccurrences(of: longer, with: "#")
            }
            return searched
        }
        var best: (office: String, weight: Int)? = nil
        for (office, titles, elections) in offices {
            let searched = searched(for: office)
            let weight = elections.reduce(0) { $0 + 3 * searched.occurrences(of: $1) }
                + (office == "Stadtbürgermeister" ? 0 : titles.reduce(0) { $0 + searched.occurrences(of: $1) })
            if weight > 0, weight > best?.weight ?? 0 { best = (office, weight) }
        }
        // "bewerben sich bei der Kommunalwahl um einen Sitz im Stadtrat": with no office's
        // election named, a Kommunalwahl elects the council the text names more.
        if best == nil, text.containsBytes("kommunalwahl") {
            let named = councils.map { (office: $0.0, count: searched(for: $0.0).occurrences(of: $0.1)) }.sorted { $0.count > $1.count }
            if named[0].count > named[1].count { return named[0].office }
        }
        return best?.office
    }

    private static func round(in text: String) -> Int {
        var runOff = false
        var searchStart = text.startIndex
        while let found = text.range(of: "stichwahl", range: searchStart..<text.endIndex) {
            searchStart = found.upperBound
            let before = text[(text.index(found.lowerBound, offsetBy: -20, limitedBy: text.startIndex) ?? text.startIndex)..<found.lowerBound]
            if possibleRunOff.contains(where: { before.hasSuffix($0 + " ") }) { continue }
            let around = text[(text.index(found.lowerBound, offsetBy: -14, limitedBy: text.startIndex) ?? text.startIndex)..<(text.index(found.upperBound, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex)]
            if beforeRunOff.contains(where: { around.contains($0) }) { runOff = true }
        }
        return runOff ? 2 : 1
    }

    /// A year written right after a word of the election: "OB-Wahl 2019", "Kommunalwahl 2024",
    /// "Wahl im Jahr 2019", "Kommunalwahl im September 2020".
    private static func year(in text: String) -> Int? {
        var years = Set<Int>()
        var searchStart = text.startIndex
        while let found = text.range(of: "wahl", range: searchStart..<text.endIndex) {
            searchStart = found.upperBound
            // "Landtagswahl 2019": a state's, the country's or Europe's election, not the local one.
            if GermanWords.nonLocalElections.contains(where: { text[..<found.upperBound].hasSuffix($0) }) { continue }
            let after = text[found.upperBound...].prefix(22)
            let between = after.prefix { !$0.isNumber }
            let digits = after.dropFirst(between.count).prefix { $0.isNumber }
            // Only a year close behind the word ("Kommunalwahlen 2024"), or after "im Jahr" or a month.
            guard digits.count == 4, let year = Int(digits), (1990...2100).contains(year),
                  between.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }),
                  between.count <= 8 || between.split(separator: " ").allSatisfy({ yearWords.contains(String($0)) }) else { continue }
            years.insert(year)
        }
        return years.count == 1 ? years.first : nil
    }

    private static let yearWords = Set(["im", "jahr", "jahre"]).union(GermanWords.months.keys)
}

extension String {
    /// How often `needle` occurs, not overlapping; a byte search.
    func occurrences(of needle: String) -> Int {
        guard containsBytes(needle) else { return 0 }
        var count = 0
        var searchStart = startIndex
        while let found = range(of: needle, range: searchStart..<endIndex) {
            count += 1
            searchStart = found.upperBound
        }
        return count
    }
}
