import PodiumModel

/// Given names, from `data/given-names.csv`: a name in running text starts at one.
///
/// Names that are also German words ("Ernst", "Mark", "Nur", "August") are marked ambiguous:
/// at the start of a sentence they start a name only before another given name or before a
/// party ("Otto Lindacher, CSU,"), so that "Nur Rebekka Mahler-Ost" is Rebekka Mahler-Ost. A hyphenated given name ("Hans-Günter") counts
/// when each part is a given name. For example:
///
/// ```swift
/// GivenNames.builtIn.isGivenName("Dimitrij")   // true
/// GivenNames.builtIn.isGivenName("Stadtrat")   // false
/// ```
struct GivenNames: Sendable {
    private let nameSet: Set<Substring>
    /// The names, and those that are also words, as the table lists them.
    package let names: [String]
    let ambiguousNames: [String]

    package static let builtIn = GivenNames(csv: EmbeddedResources.dataTable(named: "given-names.csv"))

    package init(csv: String) {
        var names: [String] = []
        var ambiguous: [String] = []
        for fields in CSVParser.rows(csv).dropFirst() where !fields.isEmpty {
            names.append(fields[0])
            if fields.count > 1, fields[1] == "1" { ambiguous.append(fields[0]) }
        }
        self.names = names
        self.ambiguousNames = ambiguous
        self.nameSet = Set(names.map { Substring($0) })
    }

    func isGivenName(_ word: Substring) -> Bool {
        if nameSet.contains(word) { return true }
        guard word.utf8.contains(0x2D) else { return false }  // "-"
        let parts = word.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { nameSet.contains($0) }
    }

    func isGivenName(_ word: String) -> Bool { isGivenName(Substring(word)) }
}
