import Foundation
import PodiumModel

/// The parties podium knows and every spelling of each, from `data/parties.csv` and, in an
/// archive, from the `parties` and `party_spellings` tables (which users may extend in SQL).
///
/// For example, "GRÜNE", "Grüne" and "Bündnis 90/Die Grünen" are all Bündnis 90/Die Grünen:
///
/// ```swift
/// PartyCatalog.builtIn.party(spelled: "GRÜNE")?.shortName   // "Grüne"
/// PartyCatalog.builtIn.party(spelled: "BVMW")               // nil: not a party
/// ```
public struct PartyCatalog: Sendable {
    public struct Party: Hashable, Sendable {
        public var name: String
        public var shortName: String
        public var spellings: [String]

        package init(name: String, shortName: String, spellings: [String]) {
            self.name = name
            self.shortName = shortName
            self.spellings = spellings
        }
    }

    public let parties: [Party]
    private let bySpelling: [String: Party]

    public init(parties: [Party]) {
        self.parties = parties
        var bySpelling: [String: Party] = [:]
        for party in parties {
            for spelling in party.spellings + [party.name, party.shortName] {
                bySpelling[Self.key(spelling)] = bySpelling[Self.key(spelling)] ?? party
            }
        }
        self.bySpelling = bySpelling
    }

    /// The built-in table, `data/parties.csv` (`name,short_name,spellings` with `|` between
    /// spellings).
    public static let builtIn = PartyCatalog(csv: EmbeddedResources.dataTable(named: "parties.csv"))

    public init(csv: String) {
        self.init(parties: CSVParser.rows(csv).dropFirst().filter { $0.count >= 3 }.map { fields in
            Party(name: fields[0], shortName: fields[1], spellings: fields[2].split(separator: "|").map(String.init))
        })
    }

    /// The party written so (case and spacing do not matter, nor the endings of "von den Freien
    /// Wählern", "der Linken", nor "-Liste" after it), or nil.
    public func party(spelled spelling: String) -> Party? {
        let key = Self.key(spelling)
        if let party = bySpelling[key] { return party }
        // "FDP-Liste": the party's list.
        if key.hasSuffix("-liste"), let party = bySpelling[String(key.dropLast(6))] { return party }
        let words = key.split(separator: " ")
        guard words.contains(where: { $0.hasSuffix("en") || $0.hasSuffix("ern") }) else { return nil }
        let nominative = words.map { word -> String in
            if word.hasSuffix("ern") { return String(word.dropLast()) }       // wählern → wähler
            if word.hasSuffix("en"), word.count > 4 { return String(word.dropLast()) }  // freien → freie, linken → linke
            return String(word)
        }.joined(separator: " ")
        return bySpelling[nominative]
    }

    private static func key(_ text: String) -> String {
        let lower = text.lowercased()
        // Most spellings have single spaces only: then the lower-cased text is the key.
        var previous: UInt8 = 0x20
        let plain = lower.utf8.allSatisfy { byte in
            defer { previous = byte }
            return byte > 0x20 || byte == 0x20 && previous != 0x20
        } && previous != 0x20
        let key = plain ? lower : lower.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // Foundation's replacing costs more than the rest: only where there is a slash.
        return key.utf8.contains(0x2F) ? key.replacingOccurrences(of: " / ", with: "/") : key
    }
}
