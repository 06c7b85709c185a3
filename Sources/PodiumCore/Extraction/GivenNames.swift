/// Given names, from `data/given-names.csv`: a name in running text starts at one.
///
/// Names that are also German words ("Ernst", "Mark", "Nur", "August") are marked ambiguous:
/// they start a name only inside a sentence or before another given name, so that "Nur Rebekka
/// Schmitt-Illert" is Rebekka Schmitt-Illert. A hyphenated given name ("Hans-Günter") counts
/// when each part is a given name. For example:
///
/// ```swift
/// GivenNames.builtIn.isGivenName("Dimitrij")   // true
/// GivenNames.builtIn.isGivenName("Stadtrat")   // false
/// ```
struct GivenNames: Sendable {
    private let names: Set<String>
    private let ambiguous: Set<String>

    static let builtIn = GivenNames(csv: EmbeddedResources.dataTable(named: "given-names.csv"))

    init(csv: String) {
        var names = Set<String>()
        var ambiguous = Set<String>()
        for fields in CSVParser.rows(csv).dropFirst() where !fields.isEmpty {
            names.insert(fields[0])
            if fields.count > 1, fields[1] == "1" { ambiguous.insert(fields[0]) }
        }
        self.names = names
        self.ambiguous = ambiguous
    }

    func isGivenName(_ word: some StringProtocol) -> Bool {
        let word = String(word)
        if names.contains(word) { return true }
        guard word.contains("-") else { return false }
        let parts = word.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { names.contains(String($0)) }
    }

    /// A given name that is also a common word: "Nur", "Ernst", "Mark".
    func isAmbiguous(_ word: some StringProtocol) -> Bool {
        ambiguous.contains(String(word))
    }
}
