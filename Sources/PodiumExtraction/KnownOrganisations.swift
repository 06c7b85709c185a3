import PodiumModel

/// Newspapers, broadcasters and bodies that often host forums, from `data/organisations.csv`:
/// their full names, the short names reports use ("MAZ", "Volksfreund") and the area where each
/// short name means them, as AGS prefixes ("SZ" is the Sächsische Zeitung in Saxony, 14, and the
/// Saarbrücker Zeitung in the Saarland, 10). An organiser named either way is stored under one name:
///
/// ```swift
/// KnownOrganisations.builtIn.entry(named: "Trierischen Volksfreunds", ags: nil)?.name   // "Trierischer Volksfreund"
/// KnownOrganisations.builtIn.entry(named: "TV", ags: "07231134")?.name                  // "Trierischer Volksfreund"
/// KnownOrganisations.builtIn.entry(named: "TV", ags: "09162000")                        // nil: television
/// ```
struct KnownOrganisations: Sendable {
    struct Entry: Sendable {
        let name: String
        /// As reports write them, case and all: "MAZ", "Volksfreund", "lpb".
        let shortNames: [String]
        /// AGS prefixes where the short names mean this organisation; empty: everywhere.
        let areas: [String]

        /// The first short name of initials, stored beside the name: "MAZ", "LpB".
        var abbreviation: String? {
            shortNames.first { $0.count <= 5 && $0.filter(\.isUppercase).count >= 2 && $0.allSatisfy(\.isLetter) }
        }

        /// Whether a short name means this organisation in the municipality `ags`.
        func covers(_ ags: String?) -> Bool {
            areas.isEmpty || ags.map { ags in areas.contains { ags.hasPrefix($0) } } == true
        }
    }

    private let byShortName: [String: [Entry]]
    /// The inflected forms of each entry's name, word by word, lower-case.
    private let nameForms: [(entry: Entry, words: [Set<String>])]

    package static let builtIn = KnownOrganisations(csv: EmbeddedResources.dataTable(named: "organisations.csv"))

    /// Reads the CSV layout `name,short_names,area`, lists separated by `|`.
    package init(csv: String) {
        let entries = CSVParser.rows(csv).dropFirst().filter { $0.count >= 3 && !$0[0].isEmpty }.map { fields in
            Entry(
                name: fields[0], shortNames: fields[1].split(separator: "|").map(String.init),
                areas: fields[2].split(separator: "|").map(String.init))
        }
        var byShortName: [String: [Entry]] = [:]
        for entry in entries {
            for short in entry.shortNames { byShortName[short, default: []].append(entry) }
        }
        self.byShortName = byShortName
        nameForms = entries.map { entry in
            (entry, entry.name.split(separator: " ").map { Self.inflections(of: $0.lowercased()) })
        }
    }

    /// The organisation `name` names in the municipality `ags`: by its full name in any case
    /// ("des Trierischen Volksfreunds", "OSTSEE-ZEITUNG"), or by a short name where the
    /// organisation's area holds `ags`. Without a place, only a short name of three letters or
    /// more that one organisation uses counts ("LVZ", not "SZ" or "TV").
    package func entry(named name: some StringProtocol, ags: String?) -> Entry? {
        let name = String(name)
        if let entries = byShortName[name] {
            let here = entries.filter { $0.covers(ags) }
            if here.count == 1 { return here[0] }
            if ags == nil, entries.count == 1, name.count >= 3 { return entries[0] }
        }
        let words = name.split(separator: " ").map { $0.lowercased() }
        return nameForms.first { forms in
            forms.words.count == words.count && zip(forms.words, words).allSatisfy { $0.contains($1) }
        }?.entry
    }

    /// A word of a name as declension may change it: "Trierischer" is also "Trierischen",
    /// "Trierische", "Trierisches"; "Volksfreund" is also "Volksfreunds", "Volksfreundes".
    private static func inflections(of word: String) -> Set<String> {
        var forms: Set<String> = [word, word + "s", word + "es", word + "n", word + "en"]
        let endings = ["e", "en", "er", "es", "em"]
        let stem: Substring? = word.hasSuffix("e") ? word.dropLast()
            : ["en", "er", "es", "em"].contains(where: word.hasSuffix) ? word.dropLast(2) : nil
        if let stem { forms.formUnion(endings.map { stem + $0 }) }
        return forms
    }
}
