import Foundation
import PodiumCore

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

    /// One article as a JSON object (one line of the corpus).
    mutating func article(number: Int) -> String {
        let municipality = municipalities[random.next(below: municipalities.count)]
        let year = 1990 + random.next(below: 37)
        let month = 1 + random.next(below: 12)
        let day = 1 + random.next(below: 28)
        let forumDate = String(format: "%04d-%02d-%02d", year, month, day)
        let count = 2 + random.next(below: 5)
        var candidates: [(String, String)] = []
        while candidates.count < count {
            let name = Self.givenNames[random.next(below: Self.givenNames.count)] + " " + Self.familyNames[random.next(below: Self.familyNames.count)]
            if !candidates.contains(where: { $0.0 == name }) {
                candidates.append((name, Self.parties[random.next(below: Self.parties.count)]))
            }
        }
        let organizer = Self.organizers[random.next(below: Self.organizers.count)]
        var paragraphs = [
            "Rund \(50 + random.next(below: 400)) Bürgerinnen und Bürger kamen zur Podiumsdiskussion, zu der \(organizer) eingeladen hatte. Auf dem Podium: "
                + candidates.map { "\($0.0) (\($0.1))" }.joined(separator: ", ") + ".",
        ]
        for _ in 0..<(3 + random.next(below: 3)) {
            let topic = Self.topics[random.next(below: Self.topics.count)]
            paragraphs.append(topic.heading)
            for _ in 0..<(2 + random.next(below: 2)) {
                let (name, _) = candidates[random.next(below: candidates.count)]
                let family = String(name.split(separator: " ").last!)
                let quote = topic.quotes[random.next(below: topic.quotes.count)]
                let verb = Self.verbs[random.next(below: Self.verbs.count)]
                let sentence = topic.sentences[random.next(below: topic.sentences.count)]
                let spoken = quote.hasSuffix(".") ? String(quote.dropLast()) : quote
                paragraphs.append("\(sentence) „\(spoken)“, \(verb) \(family). \(topic.sentences[random.next(below: topic.sentences.count)])")
            }
        }
        let object: [String: Any] = [
            "title": "\(municipality.name): Podium zur Bürgermeisterwahl \(year)",
            "municipality": municipality.ags,
            "forum_date": forumDate,
            "election": "Bürgermeisterwahl \(municipality.name) \(year)",
            "outlet": ["Lokalanzeiger", "Stadtpost", "Kreiszeitung", "Rundschau"][random.next(below: 4)],
            "candidates": candidates.map { ["name": $0.0, "party": $0.1] },
            "text": paragraphs.joined(separator: "\n") + "\nArtikel \(number)",
        ]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
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
