/// Finds quoted passages in a paragraph and tells speech from titles and terms.
///
/// Recognises „…“ and „…” (German), “…” (English), »…« and «…» (guillemets), "…" (straight)
/// and ‚…‘ (single German). A quoted passage is not speech when it names something: after an
/// article or preposition and without closing punctuation (des „Gesetzes zur Verbesserung des
/// Netzzugangs zu Verwaltungsdienstleistungen“), or when it is three words or fewer without
/// punctuation (scare quotes such as „Remote-Arbeit“).
enum QuoteExtractor {
    struct Span: Equatable {
        /// The quoted text, without the marks.
        var inner: Range<String.Index>
        /// The quoted text with its marks.
        var outer: Range<String.Index>
        var isSpeech: Bool
    }

    /// The marks that may close a passage opened by each mark.
    private static let closers: [Character: Set<Character>] = [
        "„": ["“", "”"], "“": ["”"], "»": ["«"], "«": ["»"], "\"": ["\""], "‚": ["‘", "’"],
    ]

    static func spans(in text: String) -> [Span] {
        var spans: [Span] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard let closing = closers[character],
                  let close = text[text.index(after: index)...].firstIndex(where: closing.contains)
            else {
                index = text.index(after: index)
                continue
            }
            let inner = text.index(after: index)..<close
            let outer = index..<text.index(after: close)
            if !text[inner].trimmingCharacters(in: .whitespaces).isEmpty {
                spans.append(Span(inner: inner, outer: outer, isSpeech: isSpeech(text, inner: inner, outer: outer)))
            }
            index = outer.upperBound
        }
        return spans
    }

    private static func isSpeech(_ text: String, inner: Range<String.Index>, outer: Range<String.Index>) -> Bool {
        let quoted = text[inner].trimmingCharacters(in: .whitespaces)
        let endsLikeSpeech = quoted.last.map { ".!?…".contains($0) } ?? false
        let previousWord = text[..<outer.lowerBound].split(separator: " ").last.map(String.init) ?? ""
        let nextWords = text[outer.upperBound...].split(separator: " ").prefix(2).map {
            $0.trimmingCharacters(in: .punctuationCharacters)
        }
        let followedBySpeechVerb = text[outer.upperBound...].first == ","
            && nextWords.contains(where: GermanWords.speechVerbs.contains)
        if followedBySpeechVerb || endsLikeSpeech { return true }
        if GermanWords.titleCues.contains(previousWord) { return false }
        return quoted.split(separator: " ").count > 3
    }
}
