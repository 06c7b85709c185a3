/// How a quote was attributed to its speaker.
public enum Attribution: String, Sendable {
    /// A speech verb next to a name: „…“, sagte Pfeiffer / Pfeiffer betonte: „…“.
    case speechVerb = "speech_verb"
    /// The only candidate named in the sentence, or the one the paragraph is about.
    case subject
    /// A pronoun or description ("sagte er", "der FDP-Kandidat"), resolved to the candidate the
    /// preceding sentences are about.
    case context
    /// A question from the audience, not a candidate.
    case audience
    /// No speaker could be found without guessing.
    case unresolved
}

/// Finds who said a quote, from the words around it and the candidates named before it.
///
/// The rules, in order: a question introduced by asking words ("wollten wissen: „…?“") is the
/// audience's; a speech verb after the quote with a name, a pronoun or a party description
/// ("„…“, betonte der FDP-Kandidat"); a candidate named in the same sentence before the
/// quote; the candidate the paragraph opened with; else the last candidate named before.
/// Pronouns are resolved to the last candidate named, whatever their gender, since machine
/// translation swaps "er" and "sie".
struct QuoteAttributor {
    struct Result: Equatable {
        var candidate: Int?
        var surface: String?
        var attribution: Attribution
    }

    let candidates: [ArticleCandidate]
    let mentions: [Mention]
    let parties: PartyCatalog

    func attribute(_ span: QuoteExtractor.Span, paragraph: Int, text: String) -> Result {
        let before = sentenceBefore(span.outer.lowerBound, in: text)
        let isQuestion = text[span.inner].unicodeScalars.last(where: { !$0.isBlank }) == "?"
        let beforeWords = before.split(whereSeparator: { !$0.isLetter }).map(String.init)
        if isQuestion, beforeWords.contains(where: GermanWords.questionCues.contains) {
            return Result(candidate: nil, surface: nil, attribution: .audience)
        }
        if let after = afterQuote(span, paragraph: paragraph, text: text) { return after }
        let inSentence = mentions.filter {
            $0.paragraph == paragraph && $0.range.upperBound <= span.outer.lowerBound && $0.range.lowerBound >= before.startIndex
        }
        if let last = inSentence.last, Set(inSentence.map(\.candidate)).count == 1 {
            let verb = beforeWords.contains(where: GermanWords.speechVerbs.contains)
            return Result(candidate: last.candidate, surface: last.surface, attribution: last.candidate == nil ? .unresolved : verb ? .speechVerb : .subject)
        }
        if let opening = mentions.first(where: { $0.paragraph == paragraph }),
           opening.range.upperBound <= span.outer.lowerBound, let candidate = opening.candidate {
            return Result(candidate: candidate, surface: opening.surface, attribution: .subject)
        }
        if let last = lastMention(before: span.outer.lowerBound, paragraph: paragraph) {
            return Result(candidate: last.candidate, surface: last.surface, attribution: .context)
        }
        return Result(candidate: nil, surface: nil, attribution: .unresolved)
    }

    /// „…“, sagte Pfeiffer · „…“, sagte er · „…“, betonte der FDP-Kandidat.
    private func afterQuote(_ span: QuoteExtractor.Span, paragraph: Int, text: String) -> Result? {
        let rest = text[span.outer.upperBound...]
        guard rest.first == "," || rest.hasPrefix(" so ") || rest.hasPrefix(", so ") else { return nil }
        let clauseEnd = rest.unicodeScalars.firstIndex(where: Self.clauseEnds.contains) ?? rest.endIndex
        let clause = rest[..<clauseEnd]
        let words = clause.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard let verbIndex = words.firstIndex(where: GermanWords.speechVerbs.contains), verbIndex <= 1 else { return nil }
        if let named = mentions.first(where: {
            $0.paragraph == paragraph && $0.range.lowerBound >= clause.startIndex && $0.range.upperBound <= clauseEnd
        }) {
            return Result(candidate: named.candidate, surface: named.surface, attribution: named.candidate == nil ? .unresolved : .speechVerb)
        }
        let following = words.dropFirst(verbIndex + 1)
        if let pronoun = following.first, GermanWords.pronouns.contains(pronoun) {
            let last = lastMention(before: span.outer.lowerBound, paragraph: paragraph)
            return Result(candidate: last?.candidate, surface: pronoun, attribution: last?.candidate == nil ? .unresolved : .context)
        }
        // "der FDP-Kandidat", "die SPD-Bewerberin": the candidate of that party, if only one.
        for word in following.prefix(3) {
            guard let hyphen = word.firstIndex(of: "-") else { continue }
            guard let party = parties.party(spelled: String(word[..<hyphen])) else { continue }
            let ofParty = candidates.indices.filter { candidates[$0].party == party }
            if ofParty.count == 1 {
                return Result(candidate: ofParty[0], surface: following.prefix(2).joined(separator: " "), attribution: .context)
            }
        }
        return nil
    }

    private static let clauseEnds = Set(".;:!?„“»«\"".unicodeScalars)

    /// The text from the start of the sentence to `position`.
    private func sentenceBefore(_ position: String.Index, in text: String) -> Substring {
        // Scalar by scalar: the paragraph is read from its start for every quote.
        let scalars = text.unicodeScalars
        var start = text.startIndex
        var index = scalars.startIndex
        while index < position {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "." || scalar == "!" || scalar == "?", next < position, scalars[next] == " " { start = scalars.index(after: next) }
            index = next
        }
        return text[start..<position]
    }

    /// The last candidate mention before a position, in this paragraph or the ones before.
    private func lastMention(before position: String.Index, paragraph: Int) -> Mention? {
        mentions.last { ($0.paragraph == paragraph && $0.range.upperBound <= position) || $0.paragraph < paragraph }
            .flatMap { $0.candidate == nil ? nil : $0 }
    }
}
