import Foundation
import PodiumModel

/// Writes a deterministic corpus of realistic German forum reports, as JSON Lines: places from
/// the gazetteer, years 1990–2026, two to six candidates with parties, quotes with speech
/// verbs, organisers, headings and topics. The same seed gives the same corpus.
struct CorpusGenerator {
    var random: SplitMix64
    let municipalities: [Municipality]

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
        // Forums happen mostly in towns; weight by population through repetition of the larger.
        municipalities = Gazetteer.builtIn.municipalities.filter { ($0.population ?? 0) >= 5_000 }
    }

    static let givenNames = ["Anna", "Beate", "Claudia", "Daniel", "Elena", "Frank", "Gabriele", "Hans", "Ines", "Jonas",
        "Katrin", "Lukas", "Miriam", "Nils", "Olga", "Peter", "Renate", "Stefan", "Tobias", "Ulrike", "Volker", "Yusuf",
        "Zeynep", "Markus", "Sabine", "Thomas", "Petra", "Jens", "Henrike", "Kemal"]
    static let familyNames = ["Albers", "Brenneis", "Dietrich", "Engel", "Fehr", "Gschwendtner", "Hollerith", "Imhof",
        "Jansen", "Kimmel", "Lötscher", "Moosbauer", "Neumann", "Ostendorf", "Pfeiffer", "Quandt", "Rödiger", "Stadelbauer",
        "Tellkamp", "Uhlig", "Vogt", "Weidenfeller", "Yıldırım", "Zimmermann", "Kaya-Brenner", "Sauerwein", "Lorscheider",
        "Heilbrunner", "Demirtaş", "Oberländer", "Wiesemann", "Kürwitz"]
    static let parties = ["SPD", "CDU", "CSU", "Grüne", "FDP", "Die Linke", "Freie Wähler", "parteilos", "AfD", "ÖDP"]
    static let organizers = ["die Industrie- und Handelskammer (IHK)", "der Stadtjugendring", "die Volkshochschule",
        "der Mieterverein", "der Gewerbeverein", "die Bürgerinitiative Innenstadt", "der Seniorenbeirat",
        "der Bundesverband mittelständische Unternehmen (BVMW)", "die Lokalzeitung", "der Kreissportbund"]
    static let verbs = ["sagte", "betonte", "kritisierte", "forderte", "erklärte", "versprach", "warnte", "ergänzte"]
    static let topics: [(heading: String, sentences: [String], quotes: [String])] = [
        ("Bezahlbarer Wohnraum", ["Die Mieten in der Stadt steigen seit Jahren.", "Es fehlen vor allem kleine Wohnungen für Familien.",
          "Der Leerstand in der Innenstadt müsse erfasst werden."],
         ["Wir brauchen jedes Jahr neue Wohnungen, davon ein Drittel gefördert.", "Ohne Bauland bleiben alle Quoten Papier."]),
        ("Kitas und Schulen", ["In vielen Kitas fehlen Erzieherinnen.", "Die Sanierung der Schulen kommt nur langsam voran.",
          "Mehr Ganztagsschulen wären wichtig, hieß es aus dem Publikum."],
         ["Jedes Kind braucht einen Kita-Platz, und zwar jetzt.", "Die Schulen sind das Fundament unserer Stadt."]),
        ("Verkehr", ["Der Radverkehr soll sicherer werden.", "Auf den Hauptstraßen staut sich der Verkehr jeden Morgen.",
          "Die Busse fahren am Wochenende zu selten."],
         ["Der Verkehr muss fließen, auch für das Handwerk.", "Wir brauchen eine echte Verkehrswende mit mehr Radwegen."]),
        ("Digitalisierung", ["Die Digitalisierung der Verwaltung ist ein großes Thema.", "Viele Bürger wollen Anträge online stellen.",
          "Das Glasfasernetz reicht noch nicht bis in alle Ortsteile."],
         ["Die Digitalisierung ist eine große Chance für die Verwaltung.", "Remote-Arbeit sollte der Standard sein."]),
        ("Haushalt und Finanzen", ["Der Haushalt ist angespannt.", "Die Schulden der Stadt sind in den letzten Jahren gestiegen.",
          "Die Gewerbesteuer bricht ein."],
         ["Jeder Euro kann nur einmal ausgegeben werden.", "Wir müssen die Schulden abbauen, ohne bei der Bildung zu sparen."]),
        ("Klima und Energie", ["Die Stadtwerke sollen mehr Solaranlagen bauen.", "Der Hochwasserschutz muss verbessert werden.",
          "Die Stadt will bis 2040 klimaneutral werden."],
         ["Klimaschutz ist keine Frage des Geldes, sondern des Willens.", "Jedes Dach sollte Strom erzeugen."]),
        ("Wirtschaft und Innenstadt", ["Der Einzelhandel in der Innenstadt leidet.", "Der Fachkräftemangel trifft vor allem das Handwerk.",
          "Neue Unternehmen sollen angesiedelt werden."],
         ["Eine lebendige Innenstadt ist kein Selbstläufer.", "Wir müssen Fachkräfte halten und gewinnen."]),
    ]

    /// One generated forum report, the same whatever the format it is written in.
    struct Forum {
        var title: String
        var ags: String
        var forumDate: String
        var election: String
        var outlet: String
        var candidates: [(name: String, party: String)]
        /// Paragraphs and headings in order; headings are short and end without a full stop.
        var blocks: [(text: String, isHeading: Bool)]

        /// The body as plain text, one block a line: what the JSON formats carry and what
        /// the benchmark counts as the text's size.
        var text: String { blocks.map(\.text).joined(separator: "\n") }
    }

    mutating func forum(number: Int) -> Forum {
        let municipality = municipalities[random.next(below: municipalities.count)]
        let year = 1990 + random.next(below: 37)
        let month = 1 + random.next(below: 12)
        let day = 1 + random.next(below: 28)
        let count = 2 + random.next(below: 5)
        var candidates: [(String, String)] = []
        while candidates.count < count {
            let name = Self.givenNames[random.next(below: Self.givenNames.count)] + " " + Self.familyNames[random.next(below: Self.familyNames.count)]
            if !candidates.contains(where: { $0.0 == name }) {
                candidates.append((name, Self.parties[random.next(below: Self.parties.count)]))
            }
        }
        let organizer = Self.organizers[random.next(below: Self.organizers.count)]
        var blocks: [(String, Bool)] = [(
            "Rund \(50 + random.next(below: 400)) Bürgerinnen und Bürger kamen zur Podiumsdiskussion, zu der \(organizer) eingeladen hatte. Auf dem Podium: "
                + candidates.map { "\($0.0) (\($0.1))" }.joined(separator: ", ") + ".", false),
        ]
        for _ in 0..<(3 + random.next(below: 3)) {
            let topic = Self.topics[random.next(below: Self.topics.count)]
            blocks.append((topic.heading, true))
            for _ in 0..<(2 + random.next(below: 2)) {
                let (name, _) = candidates[random.next(below: candidates.count)]
                let family = String(name.split(separator: " ").last!)
                let quote = topic.quotes[random.next(below: topic.quotes.count)]
                let verb = Self.verbs[random.next(below: Self.verbs.count)]
                let sentence = topic.sentences[random.next(below: topic.sentences.count)]
                let spoken = quote.hasSuffix(".") ? String(quote.dropLast()) : quote
                blocks.append(("\(sentence) „\(spoken)“, \(verb) \(family). \(topic.sentences[random.next(below: topic.sentences.count)])", false))
            }
        }
        blocks.append(("Artikel \(number)", false))
        return Forum(
            title: "\(municipality.name): Podium zur Bürgermeisterwahl \(year)", ags: municipality.ags,
            forumDate: String(format: "%04d-%02d-%02d", year, month, day),
            election: "Bürgermeisterwahl \(municipality.name) \(year)",
            outlet: ["Lokalanzeiger", "Stadtpost", "Kreiszeitung", "Rundschau"][random.next(below: 4)],
            candidates: candidates, blocks: blocks)
    }

}

/// The import formats a generated forum is written in.
enum CorpusFormat: String, CaseIterable {
    case jsonl, json, md, html, txt

    /// Most articles arrive as JSON Lines; one in five as a file of another format.
    static func of(number: Int) -> CorpusFormat {
        switch number % 20 {
        case 0: .txt
        case 1: .html
        case 2: .md
        case 3: .json
        default: .jsonl
        }
    }

    static func jsonObject(_ forum: CorpusGenerator.Forum) -> String {
        json([
            "title": forum.title, "municipality": forum.ags, "forum_date": forum.forumDate, "election": forum.election,
            "outlet": forum.outlet, "candidates": forum.candidates.map { ["name": $0.name, "party": $0.party] },
            "text": forum.text,
        ])
    }

    static func json(_ object: [String: Any]) -> String {
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// Front matter, then Markdown headings and paragraphs.
    static func markdown(_ forum: CorpusGenerator.Forum) -> String {
        var lines = ["---", "title: \(json(["t": forum.title]).dropFirst(5).dropLast())", "municipality: \"\(forum.ags)\"",
                     "forum_date: \(forum.forumDate)", "election: \(forum.election)", "outlet: \(forum.outlet)", "candidates:"]
        lines += forum.candidates.map { "  - {name: \($0.name), party: \($0.party)}" }
        lines += ["---", ""]
        for block in forum.blocks { lines += [(block.isHeading ? "## " : "") + block.text, ""] }
        return lines.joined(separator: "\n")
    }

    /// A news page: metadata in the head, the article among navigation and a footer.
    static func html(_ forum: CorpusGenerator.Forum) -> String {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: "\"", with: "&quot;")
        }
        let body = forum.blocks.map { $0.isHeading ? "<h2>\(escaped($0.text))</h2>" : "<p>\(escaped($0.text))</p>" }
        return """
            <!DOCTYPE html>
            <html lang="de"><head><meta charset="utf-8"><title>\(escaped(forum.title)) | \(forum.outlet)</title>
            <meta property="og:title" content="\(escaped(forum.title))"><meta property="og:site_name" content="\(forum.outlet)">
            <meta property="article:published_time" content="\(forum.forumDate)T20:00:00+01:00"></head>
            <body><nav><a href="/">Start</a> <a href="/lokales">Lokales</a></nav>
            <article><h1>\(escaped(forum.title))</h1>
            \(body.joined(separator: "\n"))
            </article><footer>© \(forum.outlet)</footer></body></html>

            """
    }

    /// No metadata at all, as the seed: the title line, then the text.
    static func plainText(_ forum: CorpusGenerator.Forum) -> String {
        ([forum.title, ""] + forum.blocks.map(\.text)).joined(separator: "\n") + "\n"
    }
}

/// Real German news (10kGNAD: `label;'title and text'`, `'` quoting), mixed into the corpus so
/// that it is not only generated text; absent, the corpus is generated only.
struct RealArticles {
    let articles: [(section: String, text: String)]

    init(path: String) {
        guard let data = FileManager.default.contents(atPath: path) else {
            articles = []
            return
        }
        articles = String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).compactMap { line in
            guard let separator = line.firstIndex(of: ";") else { return nil }
            var text = line[line.index(after: separator)...]
            if text.hasPrefix("'"), text.hasSuffix("'"), text.count >= 2 { text = text.dropFirst().dropLast() }
            let body = text.replacingOccurrences(of: "''", with: "'").trimmingCharacters(in: .whitespacesAndNewlines)
            return body.isEmpty ? nil : (String(line[..<separator]), body)
        }
    }

    /// A JSON Lines record of article `index`: no place, no candidates, just the outlet.
    func jsonLine(_ index: Int) -> String {
        CorpusFormat.json(["text": articles[index].text, "outlet": "Der Standard (10kGNAD, \(articles[index].section))"])
    }
}

/// SplitMix64: small, fast and deterministic, so that a seed always gives the same corpus.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
