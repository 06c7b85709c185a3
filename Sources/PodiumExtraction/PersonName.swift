/// A person's name split into academic title, given names and family name.
///
/// For example, "Prof. Dr. Stefan Lorscheider" gives title "Prof. Dr.", given name "Stefan"
/// and family name "Lorscheider"; "Sabine Kaya-Brenner" keeps the double name together.
public struct PersonName: Equatable, Sendable {
    public var title: String?
    public var givenName: String?
    public var familyName: String

    /// The name without its title: "Stefan Lorscheider".
    public var fullName: String { [givenName, familyName].compactMap { $0 }.joined(separator: " ") }

    static let titles: Set<String> = ["Dr.", "Prof.", "Dr.-Ing.", "Dipl.-Ing.", "Dr. med.", "PD", "h.c.", "med.", "rer.", "nat.", "phil.", "jur."]

    public init(title: String? = nil, givenName: String? = nil, familyName: String) {
        self.title = title
        self.givenName = givenName
        self.familyName = familyName
    }

    /// Whether two given names can name the same person: equal, one missing, or one the short
    /// form of the other ("Max" and "Maximilian", "Uli" and "Ulrich" do not: only beginnings).
    static func givenNamesAgree(_ a: String?, _ b: String?) -> Bool {
        guard let a = a?.foldedForComparison, let b = b?.foldedForComparison else { return true }
        if a == b { return true }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        return short.count >= 3 && long.hasPrefix(short) && !short.contains(" ")
    }

    /// Parses a written name; nil when nothing but a title is left.
    public init?(_ written: String) {
        var words = written.split(separator: " ").map(String.init)
        var title: [String] = []
        while let first = words.first, words.count > 1, Self.titles.contains(first) {
            title.append(words.removeFirst())
        }
        guard let family = words.popLast() else { return nil }
        self.title = title.isEmpty ? nil : title.joined(separator: " ")
        self.givenName = words.isEmpty ? nil : words.joined(separator: " ")
        self.familyName = family
    }
}
