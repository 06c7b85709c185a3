/// What a word of a paragraph is, for finding names: looked up once per word in one table, so
/// that the rules ask flags instead of hashing the word again for every list they consult.
///
/// For example, "Dr." is a `title`, "Jörg" a `givenName`, "sagte" a `speechVerb`, "von" a
/// `particle`, "Rabenau" only `capitalized` and `nameLike`.
struct WordKind: OptionSet, Sendable {
    package let rawValue: UInt16

    package init(rawValue: UInt16) { self.rawValue = rawValue }

    static let capitalized = WordKind(rawValue: 1 << 0)
    /// Capitalised letters (inner hyphens and apostrophes allowed), not an abbreviation in capitals.
    static let nameLike = WordKind(rawValue: 1 << 1)
    package static let givenName = WordKind(rawValue: 1 << 2)
    /// A given name that is also a word: "Nur", "Ernst", "August".
    static let ambiguousGivenName = WordKind(rawValue: 1 << 3)
    package static let title = WordKind(rawValue: 1 << 4)
    static let speechVerb = WordKind(rawValue: 1 << 5)
    static let notName = WordKind(rawValue: 1 << 6)
    /// Capitalised words that follow a role without being a surname: "Nummer", "Stadt".
    static let commonNoun = WordKind(rawValue: 1 << 7)
    static let particle = WordKind(rawValue: 1 << 8)
    static let honorific = WordKind(rawValue: 1 << 9)
    static let monthOrDay = WordKind(rawValue: 1 << 10)
    /// A word that presents candidates in its sentence (``RoleWords/candidateFrameWords``).
    static let frame = WordKind(rawValue: 1 << 11)
    /// "parteilosen", "unabhängigen": independents, in the plural.
    static let independentPlural = WordKind(rawValue: 1 << 12)

    /// The kind of each word of `words`.
    package static func of(_ words: [TextWords.Word]) -> [WordKind] {
        words.map { word in
            let bytes = word.text.utf8
            guard let byte = bytes.first else { return [] }
            let capitalized = byte < 0x80 ? byte >= 0x41 && byte <= 0x5A : word.text.first?.isUppercase == true
            // A lower-case word is looked up only if a lower-case entry has its first byte and length.
            guard capitalized else {
                let length = bytes.count
                guard length < 64, lowerCaseShapes[Int(byte)] & (1 << UInt64(length)) != 0 else { return [] }
                return lexicon[word.text] ?? []
            }
            var kind = lexicon[word.text] ?? []
            kind.insert(.capitalized)
            if word.text.utf8.count >= 2, !kind.contains(.monthOrDay), isNameLike(word.text) { kind.insert(.nameLike) }
            // "Hans-Günter": each part a given name.
            if word.text.utf8.contains(0x2D) {
                let parts = word.text.split(separator: "-")
                if !kind.contains(.givenName), parts.count == 2, parts.allSatisfy({ lexicon[$0]?.contains(.givenName) == true }) {
                    kind.insert(.givenName)
                }
                // "SÜDKURIER-Podium": a compound ending in a frame word.
                if let last = parts.last, lexicon[last]?.contains(.frame) == true { kind.insert(.frame) }
            }
            return kind
        }
    }

    /// For each first byte, the lengths (as bits) of the lower-case words of the lexicon.
    private static let lowerCaseShapes: [UInt64] = {
        var shapes = [UInt64](repeating: 0, count: 256)
        for word in lexicon.keys {
            guard let first = word.utf8.first, !(first >= 0x41 && first <= 0x5A), word.utf8.count < 64 else { continue }
            shapes[Int(first)] |= 1 << UInt64(word.utf8.count)
        }
        return shapes
    }()

    private static func isNameLike(_ word: Substring) -> Bool {
        var allCapitals = true
        for (offset, scalar) in word.unicodeScalars.enumerated() {
            switch scalar.value {
            case 0x41...0x5A: break
            case 0x61...0x7A: allCapitals = allCapitals && offset == 0
            case 0x2D, 0x27, 0x2019: allCapitals = false
            case ..<0x80: return false
            default:
                guard scalar.properties.isAlphabetic else { return false }
                if offset > 0, !scalar.properties.isUppercase { allCapitals = false }
            }
        }
        return !allCapitals  // "SPD", "IHK" are not names
    }

    private static let lexicon: [Substring: WordKind] = {
        var table: [Substring: WordKind] = [:]
        func add(_ words: some Sequence<String>, _ kind: WordKind) {
            for word in words { table[Substring(word), default: []].insert(kind) }
        }
        add(GivenNames.builtIn.names, .givenName)
        add(GivenNames.builtIn.ambiguousNames, .ambiguousGivenName)
        add(GermanWords.titles, .title)
        add(GermanWords.speechVerbs, .speechVerb)
        add(GermanWords.notNames, .notName)
        add(commonNouns, .commonNoun)
        add(particles, .particle)
        add(["Frau", "Herr", "Herrn"], .honorific)
        add(RoleWords.candidateFrameWords, .frame)
        add(RoleWords.candidateFrameWords.map { $0.prefix(1).uppercased() + $0.dropFirst() }, .frame)
        add(["parteilosen", "parteilose", "unabhängigen"], .independentPlural)
        add([
            "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
            "Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Uhr",
        ], .monthOrDay)
        return table
    }()

    private static let commonNouns = [
        "Nummer", "Stadt", "Gemeinde", "Bürger", "Frage", "Fragen", "Antwort", "Podium", "Runde", "Thema", "Abend",
        "Wahl", "Amt", "Rathaus", "Partei", "Liste", "Platz", "Rede", "Zeit", "Ende", "Anfang", "Jahr", "Jahren",
        "Mitte", "Zukunft", "Verwaltung", "Sicht", "Seite", "Meinung", "Beginn", "Schluss", "Publikum", "Mehrheit",
        "Stellung", "Position", "Bezug", "Kritik", "Unterstützung", "Punkte", "Applaus",
    ]

    /// Words between a given name and a family name: "von" Arnsdorf, "Auf der" Heide.
    private static let particles = [
        "von", "van", "de", "der", "den", "dem", "zu", "vom", "zur", "zum", "di", "da", "del", "della", "le", "la", "ten", "ter",
        "op", "dos", "Auf", "Zur", "Zum", "Van", "Von", "De", "Ten", "Ter", "Op", "In",
    ]
}
