import PodiumText

/// Finds quoted passages in a paragraph and tells speech from titles and terms.
///
/// Recognises „…“ and „…” (German), “…” (English), »…« and «…» (guillemets), "…" (straight)
/// and ‚…‘ (single German). A quoted passage is not speech when it names something: after an
/// article or preposition and without closing punctuation (des „Gesetzes zur Verbesserung des
/// Netzzugangs zu Verwaltungsdienstleistungen“), or when it is three words or fewer without
/// punctuation (scare quotes such as „Remote-Arbeit“), or a single word („Weiter!“).
enum QuoteExtractor {
    struct Span: Equatable {
        /// The quoted text, without the marks.
        var inner: Range<String.Index>
        /// The quoted text with its marks.
        var outer: Range<String.Index>
        var isSpeech: Bool
    }

    /// The marks that may close a passage opened by each mark (each mark is one scalar, so
    /// the text is walked scalar by scalar rather than character by character).
    /// One or two each: compared in turn, not hashed, at every scalar up to the close.
    private static let closers: [Unicode.Scalar: [Unicode.Scalar]] = [
        "„": ["“", "”"], "“": ["”"], "»": ["«"], "«": ["»"], "\"": ["\""], "‚": ["‘", "’"],
    ]

    /// The marks that close a quotation, whatever opened it: what tells that a quote has just
    /// ended ("„…“, sagte X", "„Wir bauen.“ Dann fragte …").
    static let closingMarks: Set<Unicode.Scalar> = Set(closers.values.joined()).subtracting(["‘", "’"])

    static func spans(in text: String) -> [Span] {
        var spans: [Span] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            // Of ASCII only the straight quote opens a passage: most scalars are passed over
            // without a lookup.
            let scalar = scalars[index]
            guard scalar == "\"" || !scalar.isASCII, let closing = closers[scalar],
                  let close = scalars[scalars.index(after: index)...].firstIndex(where: closing.contains)
            else {
                index = scalars.index(after: index)
                continue
            }
            let inner = scalars.index(after: index)..<close
            let outer = index..<scalars.index(after: close)
            if text[inner].contains(where: { $0 != " " }) {
                spans.append(Span(inner: inner, outer: outer, isSpeech: isSpeech(text, inner: inner, outer: outer)))
            }
            index = outer.upperBound
        }
        return spans
    }

    private static func isSpeech(_ text: String, inner: Range<String.Index>, outer: Range<String.Index>) -> Bool {
        let quoted = text[inner].trimmingScalars(where: \.isBlank)
        let words = quoted.split(separator: " ")
        // „Weiter!“, ruft die Zeitnehmerin: one word is a call, not something said on the panel.
        guard words.count >= 2 else { return false }
        let endsLikeSpeech = quoted.last.map { ".!?…".contains($0) } ?? false
        let previousWord = lastWord(before: outer.lowerBound, in: text)
        let nextWords = text[outer.upperBound...].split(separator: " ", maxSplits: 2).prefix(2).map {
            String($0.trimmingScalars(where: \.isPunctuation))
        }
        let followedBySpeechVerb = text[outer.upperBound...].first == ","
            && nextWords.contains(where: { GermanWords.speechVerbs.contains($0) || $0 == "lautet" || $0 == "lautete" })
        if followedBySpeechVerb || endsLikeSpeech { return true }
        // "nannte er wörtlich: „Arbeit, Arbeit, Arbeit“.": after a colon, ending the sentence,
        // unless a title's noun has it ("Das Motto: „…“").
        let endsSentence = text[outer.upperBound...].first.map { ".!?".contains($0) } ?? true
        if previousWord.hasSuffix(":"), endsSentence, words.count >= 2,
           !GermanWords.titleCues.contains(String(previousWord.dropLast())) {
            return true
        }
        // "ein „Angriff auf meine Integrität“", "als „wir verbrauchen können“": someone speaks
        // of themselves, unless a title's noun stands before it ("das Buch „Wir sind mehr“").
        if words.count >= 3, words.contains(where: { Self.firstPerson.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }),
           !GermanWords.titleCues.contains(previousWord) || Self.articles.contains(previousWord) && !titleNounBefore(outer.lowerBound, in: text) {
            return true
        }
        if GermanWords.titleCues.contains(previousWord) { return false }
        return words.count > 3
    }

    private static let firstPerson: Set<String> = [
        "ich", "mir", "mich", "mein", "meine", "meinen", "meinem", "meiner", "wir", "uns", "unser", "unsere", "unseren",
        "unserem", "unserer",
    ]
    private static let articles: Set<String> = ["der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines"]

    /// Whether the word before the article before `position` is a title's noun: "das Buch „…“".
    private static func titleNounBefore(_ position: String.Index, in text: String) -> Bool {
        let head = text[..<position].trimmingScalars(where: \.isBlank)
        guard let space = head.lastIndex(of: " ") else { return false }
        let noun = lastWord(before: space, in: text)
        return GermanWords.titleCues.contains(noun) && !articles.contains(noun)
    }

    /// The word before `position`, skipping spaces ("des" in "des „Gesetzes …“").
    private static func lastWord(before position: String.Index, in text: String) -> String {
        var end = position
        while end > text.startIndex, text.unicodeScalars[text.unicodeScalars.index(before: end)] == " " {
            end = text.unicodeScalars.index(before: end)
        }
        let head = text[..<end]
        let start = head.lastIndex(of: " ").map { head.index(after: $0) } ?? head.startIndex
        return String(head[start...])
    }
}
