import Foundation

/// Topics and the German word patterns that mark them, from `data/topics.csv` or the archive's
/// `topics` and `topic_terms` tables (which users may edit, then run `podium retag`).
///
/// A pattern is a lower-case word with `*` for "any letters": `kita*` (starts with), `*schule`
/// (ends with), `*kindergarten*` (contains), `online` (the word itself). Umlauts may be written
/// or not. For example:
///
/// ```swift
/// TopicTaxonomy.builtIn.topics(of: "Mehr Ganztagsschulen wären wichtig.")   // ["Bildung/Schule"]
/// ```
public struct TopicTaxonomy: Sendable {
    public struct Term: Equatable, Sendable {
        public var topic: String
        public var pattern: String
    }

    public let terms: [Term]
    /// The topic names in the order of the taxonomy.
    public let topicNames: [String]
    /// Patterns by kind, so that a word is looked up rather than compared with every pattern:
    /// `online` (exact), `kita*` (by the word's prefixes), `*schule` (by its suffixes), and the
    /// few `*kindergarten*` that are searched inside words.
    private let exactTopics: [String: Set<String>]
    private let prefixTopics: [String: Set<String>]
    private let suffixTopics: [String: Set<String>]
    private let prefixLengths: [Int]
    private let suffixLengths: [Int]
    private let infixes: [(core: String, topic: String)]

    public init(terms: [Term]) {
        self.terms = terms
        var seen = Set<String>()
        topicNames = terms.map(\.topic).filter { seen.insert($0).inserted }
        var exact: [String: Set<String>] = [:], prefixes: [String: Set<String>] = [:], suffixes: [String: Set<String>] = [:]
        var infixes: [(String, String)] = []
        for term in terms {
            let pattern = TextAnalyzer.normalized(term.pattern)
            let core = pattern.trimmingCharacters(in: CharacterSet(charactersIn: "*"))
            switch (pattern.hasPrefix("*"), pattern.hasSuffix("*")) {
            case (true, true): infixes.append((core, term.topic))
            case (false, true): prefixes[core, default: []].insert(term.topic)
            case (true, false): suffixes[core, default: []].insert(term.topic)
            case (false, false): exact[core, default: []].insert(term.topic)
            }
        }
        exactTopics = exact
        prefixTopics = prefixes
        suffixTopics = suffixes
        prefixLengths = Set(prefixes.keys.map(\.count)).sorted()
        suffixLengths = Set(suffixes.keys.map(\.count)).sorted()
        self.infixes = infixes
    }

    public init(csv: String) {
        self.init(terms: CSVParser.rows(csv).dropFirst().filter { $0.count >= 2 }.map { Term(topic: $0[0], pattern: $0[1]) })
    }

    public static let builtIn = TopicTaxonomy(csv: EmbeddedResources.dataTable(named: "topics.csv"))

    /// The topics a text speaks of, in taxonomy order.
    public func topics(of text: String) -> [String] {
        let words = Set(WordTokenizer.tokens(text).flatMap { token in
            token.parts.map { TextAnalyzer.normalized(String($0)) } + (token.isCompound ? [TextAnalyzer.normalized(token.parts.joined())] : [])
        })
        var found = Set<String>()
        for word in words {
            if let topics = exactTopics[word] { found.formUnion(topics) }
            for length in prefixLengths where length <= word.count {
                if let topics = prefixTopics[String(word.prefix(length))] { found.formUnion(topics) }
            }
            for length in suffixLengths where length <= word.count {
                if let topics = suffixTopics[String(word.suffix(length))] { found.formUnion(topics) }
            }
            for infix in infixes where !found.contains(infix.topic) && word.contains(infix.core) {
                found.insert(infix.topic)
            }
        }
        return topicNames.filter(found.contains)
    }
}
