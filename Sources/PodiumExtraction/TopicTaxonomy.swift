import Foundation
import PodiumModel
import PodiumText

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

        package init(topic: String, pattern: String) {
            self.topic = topic
            self.pattern = pattern
        }
    }

    public let terms: [Term]
    /// The topic names in the order of the taxonomy.
    public let topicNames: [String]
    /// Patterns by kind, so that a word is looked up rather than compared with every pattern:
    /// `online` (exact), `kita*` (by the word's prefixes), `*schule` (by its suffixes), and the
    /// few `*kindergarten*` that are searched inside words.
    private let exactTopics: [String: Set<String>]
    private let prefixTrie: ScalarTrie
    private let suffixTrie: ScalarTrie
    private let infixes: [(core: String, topic: String)]
    /// Tells taxonomies apart, for the memo of each word's topics (copies share it).
    private let identity: Int
    private static let identities = Counter()
    private static let topicMemos = WordMemo<[Int]>.Slot()
    private static let stemAndTopicMemos = WordMemo<(stem: String, topics: [Int])>.Slot()

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
        identity = Self.identities.next()
        prefixTrie = ScalarTrie(prefixes.map { (Array($0.key.unicodeScalars), $0.value) })
        suffixTrie = ScalarTrie(suffixes.map { (Array($0.key.unicodeScalars.reversed()), $0.value) })
        self.infixes = infixes
    }

    public init(csv: String) {
        self.init(terms: CSVParser.rows(csv).dropFirst().filter { $0.count >= 2 }.map { Term(topic: $0[0], pattern: $0[1]) })
    }

    public static let builtIn = TopicTaxonomy(csv: EmbeddedResources.dataTable(named: "topics.csv"))

    /// The topics a text speaks of, in taxonomy order.
    public func topics(of text: String) -> [String] {
        // A word's topics are worked out once per thread and taxonomy: text repeats its words.
        let memo = Self.topicMemos.memo(owner: identity)
        var found = [Bool](repeating: false, count: topicNames.count)
        WordTokenizer.forEachIndexedWord(in: text) { word in
            // A closure, not `topicIndices(ofWord:)` itself: that partial application copied
            // the whole taxonomy for every word.
            for index in memo.value(for: word, { topicIndices(ofWord: $0) }) { found[index] = true }
        }
        return names(found)
    }

    /// A paragraph's `stems` column (as ``TextAnalyzer/stemsColumn(for:)`` makes it) and its
    /// topics, from one pass over its words: import needs both of every paragraph, and going
    /// over the words twice, with a memo lookup for each, was a tenth of preparing an article.
    public func stemsAndTopics(of text: String) -> (stems: String, topics: [String]) {
        let memo = Self.stemAndTopicMemos.memo(owner: identity)
        var found = [Bool](repeating: false, count: topicNames.count)
        var stems: [String] = []
        WordTokenizer.forEachIndexedWord(in: text) { word in
            let known = memo.value(for: word, { (GermanStemmer.stem($0), topicIndices(ofWord: $0)) })
            stems.append(known.stem)
            for index in known.topics { found[index] = true }
        }
        return (stems.joined(separator: " "), names(found))
    }

    /// The names of the topics flagged in `found` (one flag a topic), in taxonomy order.
    private func names(_ found: [Bool]) -> [String] {
        topicNames.indices.filter { found[$0] }.map { topicNames[$0] }
    }

    /// The indices in ``topicNames`` of the topics whose patterns match `word`.
    private func topicIndices(ofWord word: String) -> [Int] {
        let word = TextAnalyzer.normalized(word)
        var found = exactTopics[word] ?? []
        prefixTrie.collect(along: word.unicodeScalars, into: &found)
        suffixTrie.collect(along: word.unicodeScalars.reversed(), into: &found)
        for infix in infixes where !found.contains(infix.topic) && word.containsBytes(infix.core) {
            found.insert(infix.topic)
        }
        return found.isEmpty ? [] : topicNames.indices.filter { found.contains(topicNames[$0]) }
    }
}

extension TopicTaxonomy {
    /// The topics of a quote: those its words name or, where they name none, those of the
    /// sentence it stands in ("„Wir sollten drei Schritte zurückgehen“, fasste Kimmel den Stand
    /// der Digitalisierung zusammen" is about Digitalisierung). `start` and `end` count Unicode
    /// scalars of `paragraph`, as quotes are stored.
    public func topics(ofQuote quote: String, start: Int, end: Int, in paragraph: String) -> [String] {
        let own = topics(of: quote)
        guard own.isEmpty else { return own }
        return topics(of: Self.sentence(around: start, end, in: paragraph))
    }

    /// The text from the sentence end before `start` to the sentence end after `end`.
    package static func sentence(around start: Int, _ end: Int, in paragraph: String) -> String {
        let scalars = Array(paragraph.unicodeScalars)
        let start = min(max(0, start), scalars.count), end = min(max(start, end), scalars.count)
        func endsSentence(_ index: Int) -> Bool {
            ".!?".unicodeScalars.contains(scalars[index]) && (index + 1 == scalars.count || scalars[index + 1] == " ")
        }
        var first = start
        while first > 0, !endsSentence(first - 1) { first -= 1 }
        var last = end
        while last < scalars.count, !endsSentence(last) { last += 1 }
        var sentence = String.UnicodeScalarView()
        sentence.append(contentsOf: scalars[first..<min(scalars.count, last + 1)])
        return String(sentence)
    }
}

/// Numbers 1, 2, 3 … for any thread.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var last = 0

    package func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        last += 1
        return last
    }
}

/// A trie over Unicode scalars: walking a word through it meets every pattern that the word
/// begins with, without making a string of each prefix.
private struct ScalarTrie: Sendable {
    private var children: [[Unicode.Scalar: Int]] = [[:]]
    private var topics: [Set<String>] = [[]]

    package init(_ entries: [([Unicode.Scalar], Set<String>)]) {
        for (key, entryTopics) in entries {
            var node = 0
            for scalar in key {
                if let next = children[node][scalar] {
                    node = next
                } else {
                    children.append([:])
                    topics.append([])
                    children[node][scalar] = children.count - 1
                    node = children.count - 1
                }
            }
            topics[node].formUnion(entryTopics)
        }
    }

    package func collect(along scalars: some Sequence<Unicode.Scalar>, into found: inout Set<String>) {
        var node = 0
        for scalar in scalars {
            guard let next = children[node][scalar] else { return }
            node = next
            if !topics[node].isEmpty { found.formUnion(topics[node]) }
        }
    }
}
