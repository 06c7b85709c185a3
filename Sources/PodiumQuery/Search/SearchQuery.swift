import PodiumModel
import PodiumText

/// A user's search, parsed from the syntax people know from web search engines.
///
/// - words: all must match (`Kita Ganztag`), in any inflection (see ``FTSQueryCompiler``)
/// - `"exact phrase"`: these words in this order and form; an unclosed quote runs to the end
/// - `OR` between words or phrases: either side
/// - `-word`, `-"phrase"`: must not match
/// - `word*`: words that start with `word`
///
/// Parsing never fails: anything that is not syntax is a word, and characters that cannot be
/// part of a word are dropped. For example:
///
/// ```swift
/// SearchQuery(parsing: "Kita OR Schule -Schulden")
/// // alternatives: [[Kita], [Schule, -Schulden]]
/// ```
public struct SearchQuery: Equatable, Sendable {
    /// One word or phrase of the query.
    public struct Term: Equatable, Sendable {
        /// The words of the term: one for a word, several for a phrase or a compound
        /// ("Kita-Plätze").
        public var words: [String]
        /// Quoted: the words must stand exactly so, not stemmed.
        public var isPhrase = false
        public var isPrefix = false
        public var isExcluded = false
    }

    /// Terms joined by OR; within one alternative every term must hold.
    public var alternatives: [[Term]]

    /// True when nothing searchable is left (only punctuation, or only exclusions).
    public var isEmpty: Bool {
        !alternatives.contains { $0.contains { !$0.isExcluded } }
    }

    /// The longest query, in characters, and the most words and phrases it may have: FTS5's
    /// work grows faster than the number of terms, and a query past these is not one a person
    /// types (web search engines stop at 32 words).
    public static let maxLength = 2_000
    public static let maxTerms = 64

    /// Parses `input` as ``init(parsing:)`` does, refusing a query longer than ``maxLength``
    /// characters or with more than ``maxTerms`` words and phrases.
    public init(validating input: String) throws {
        let length = input.count
        guard length <= Self.maxLength else {
            throw PodiumError.invalidArgument("the query has \(length) characters; a search takes at most \(Self.maxLength)")
        }
        self.init(parsing: input)
        let terms = alternatives.reduce(0) { $0 + $1.count }
        guard terms <= Self.maxTerms else {
            throw PodiumError.invalidArgument("the query has \(terms) words and phrases; a search takes at most \(Self.maxTerms)")
        }
    }

    public init(parsing input: String) {
        var alternatives: [[Term]] = [[]]
        var scanner = Scanner(Array(input))
        while let token = scanner.next() {
            switch token {
            case .or:
                if !(alternatives.last?.isEmpty ?? true) { alternatives.append([]) }
            case let .term(term):
                alternatives[alternatives.count - 1].append(term)
            }
        }
        self.alternatives = alternatives.filter { $0.contains { !$0.isExcluded } }
    }

    private enum Token {
        case or
        case term(Term)
    }

    /// Splits the input into terms and OR operators.
    private struct Scanner {
        let characters: [Character]
        var position = 0

        init(_ characters: [Character]) { self.characters = characters }

        mutating func next() -> Token? {
            while position < characters.count {
                while position < characters.count, characters[position].isWhitespace { position += 1 }
                guard position < characters.count else { return nil }
                var excluded = false
                if characters[position] == "-" {
                    excluded = true
                    position += 1
                }
                let raw: String
                let quoted = position < characters.count && isQuote(characters[position])
                if quoted {
                    position += 1
                    let start = position
                    while position < characters.count, !isQuote(characters[position]) { position += 1 }
                    raw = String(characters[start..<position])
                    position += 1  // past the closing quote, if there is one
                } else {
                    let start = position
                    while position < characters.count, !characters[position].isWhitespace { position += 1 }
                    raw = String(characters[start..<position])
                }
                if !quoted, !excluded, raw == "OR" || raw == "|" { return .or }
                if !quoted, !excluded, raw == "AND" || raw == "&" { continue }
                var isPrefix = false
                if position < characters.count, characters[position] == "*" {
                    isPrefix = true
                    position += 1
                } else if raw.hasSuffix("*") {
                    isPrefix = true
                }
                let words = Self.words(raw)
                guard !words.isEmpty else { continue }
                return .term(Term(words: words, isPhrase: quoted, isPrefix: isPrefix, isExcluded: excluded))
            }
            return nil
        }

        private func isQuote(_ character: Character) -> Bool {
            ["\"", "„", "“", "”", "»", "«"].contains(character)
        }

        /// The searchable words in raw text, as SQLite's unicode61 tokenizer would split them.
        static func words(_ raw: String) -> [String] {
            WordTokenizer.words(raw).map(String.init)
        }
    }
}
