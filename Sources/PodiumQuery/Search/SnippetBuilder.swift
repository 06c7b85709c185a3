import PodiumText

/// Cuts the passage of a paragraph that shows why it matched, and marks the matching words.
///
/// SQLite's `snippet()` only sees matches in the column it cuts from, so a paragraph found by
/// its stems ("Schule" for "Schulen") or by a compound head would show no highlight. This
/// builder marks every word that matches a query word as podium searches it: the same word
/// (ignoring case and diacritics), the same stem, or, for words of four letters or more, a word
/// that begins with it. For example, for the query "Schulen":
///
/// ```
/// …Jede \u{2}Schule\u{3} müsse trotzdem saniert werden.
/// ```
public struct SnippetBuilder: Sendable {
    /// Words shown around the matches.
    public var windowWords = 24

    private struct QueryWord {
        var normalized: String
        var stem: String
        var allowsPrefix: Bool
    }

    private let words: [QueryWord]
    /// Substring search: a word matches wherever it stands inside another.
    private let substrings: Bool

    public init(query: SearchQuery, substrings: Bool = false) {
        self.substrings = substrings
        words = query.alternatives.flatMap { $0 }.filter { !$0.isExcluded }.flatMap { term in
            term.words.map { word in
                QueryWord(
                    normalized: TextAnalyzer.normalized(word), stem: TextAnalyzer.stem(word),
                    allowsPrefix: term.isPrefix || (!term.isPhrase && word.count >= FTSQueryCompiler.minimumPrefixLength))
            }
        }
    }

    /// Whether any word of `text` matches the query.
    public func containsMatch(_ text: String) -> Bool {
        text.split(separator: " ").contains(where: matches)
    }

    /// Only this many words of a paragraph are looked at: real paragraphs are far shorter, and a
    /// text pasted as one line must not make a search slow.
    static let maximumWords = 2_000

    public func snippet(for text: String) -> String {
        let allTokens = text.split(separator: " ", omittingEmptySubsequences: true)
        let tokens = Array(allTokens.prefix(Self.maximumWords))
        let marks = tokens.map(matches)
        guard tokens.count > windowWords else {
            return zip(tokens, marks).map(render).joined(separator: " ")
        }
        // The window with the most matches; the earliest of equals.
        var best = 0
        var bestCount = -1
        var count = marks.prefix(windowWords).filter { $0 }.count
        for start in 0...(tokens.count - windowWords) {
            if start > 0 {
                count += (marks[start + windowWords - 1] ? 1 : 0) - (marks[start - 1] ? 1 : 0)
            }
            if count > bestCount {
                best = start
                bestCount = count
            }
        }
        // Start a little before the first match, so that it has some context.
        if let first = marks[best..<(best + windowWords)].firstIndex(of: true) {
            best = max(0, min(first - 3, tokens.count - windowWords))
        }
        let end = best + windowWords
        let body = zip(tokens[best..<end], marks[best..<end]).map(render).joined(separator: " ")
        return (best > 0 ? "…" : "") + body + (end < allTokens.count ? "…" : "")
    }

    private func render(_ token: Substring, _ matched: Bool) -> String {
        guard matched else { return String(token) }
        // Keep punctuation outside the marks: „[Schule]“,
        guard let first = token.firstIndex(where: WordTokenizer.isWordCharacter),
              let last = token.lastIndex(where: WordTokenizer.isWordCharacter) else { return String(token) }
        return token[..<first] + SearchHit.highlightStart + token[first...last] + SearchHit.highlightEnd
            + token[token.index(after: last)...]
    }

    /// Whether a space-separated token holds a word that matches the query.
    private func matches(_ token: Substring) -> Bool {
        for word in WordTokenizer.words(String(token)) + joinedCompound(token) {
            let normalized = TextAnalyzer.normalized(String(word))
            let stem = TextAnalyzer.stem(word)
            if words.contains(where: { query in
                normalized == query.normalized || stem == query.stem
                    || (query.allowsPrefix && normalized.hasPrefix(query.normalized))
                    || (substrings && normalized.contains(query.normalized))
            }) {
                return true
            }
        }
        return false
    }

    private func joinedCompound(_ token: Substring) -> [Substring] {
        let parts = WordTokenizer.words(String(token))
        return parts.count > 1 ? [Substring(parts.joined())] : []
    }
}
