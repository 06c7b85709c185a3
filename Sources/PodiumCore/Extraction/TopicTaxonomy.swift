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
    private let matchers: [(topic: String, prefix: Bool, suffix: Bool, core: String)]
    /// Patterns without `*`, looked up directly.
    private let exactTopics: [String: Set<String>]

    public init(terms: [Term]) {
        self.terms = terms
        matchers = terms.map { term in
            let pattern = TextAnalyzer.normalized(term.pattern)
            let core = pattern.trimmingCharacters(in: CharacterSet(charactersIn: "*"))
            return (term.topic, pattern.hasPrefix("*"), pattern.hasSuffix("*"), core)
        }
        var exactTopics: [String: Set<String>] = [:]
        for matcher in matchers where !matcher.prefix && !matcher.suffix {
            exactTopics[matcher.core, default: []].insert(matcher.topic)
        }
        self.exactTopics = exactTopics
    }

    public init(csv: String) {
        self.init(terms: CSVParser.rows(csv).dropFirst().filter { $0.count >= 2 }.map { Term(topic: $0[0], pattern: $0[1]) })
    }

    public static let builtIn = TopicTaxonomy(csv: EmbeddedResources.dataTable(named: "topics.csv"))

    /// The topic names in the order of the taxonomy.
    public var topicNames: [String] {
        var seen = Set<String>()
        return terms.map(\.topic).filter { seen.insert($0).inserted }
    }

    /// The topics a text speaks of, in taxonomy order.
    public func topics(of text: String) -> [String] {
        let words = Set(WordTokenizer.tokens(text).flatMap { token in
            token.parts.map { TextAnalyzer.normalized(String($0)) } + (token.isCompound ? [TextAnalyzer.normalized(token.parts.joined())] : [])
        })
        var found = Set<String>()
        for word in words {
            if let topics = exactTopics[word] { found.formUnion(topics) }
        }
        for matcher in matchers where !found.contains(matcher.topic) && (matcher.prefix || matcher.suffix) {
            if words.contains(where: { word in
                switch (matcher.prefix, matcher.suffix) {
                case (true, true): word.contains(matcher.core)
                case (false, true): word.hasPrefix(matcher.core)
                case (true, false): word.hasSuffix(matcher.core)
                case (false, false): word == matcher.core
                }
            }) {
                found.insert(matcher.topic)
            }
        }
        return topicNames.filter(found.contains)
    }
}
