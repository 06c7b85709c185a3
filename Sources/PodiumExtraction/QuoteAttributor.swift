/// How a quote was attributed to its speaker.
public enum Attribution: String, Sendable {
    /// A speech verb next to a name: „…“, sagte Pfeiffer / Pfeiffer betonte: „…“.
    case speechVerb = "speech_verb"
    /// The only person named in the sentence, or the one the paragraph is about.
    case subject
    /// A pronoun or description ("sagte er", "der FDP-Kandidat", "die Moderatorin"), resolved
    /// to the one person it fits.
    case context
    /// A question or remark from the audience, not a candidate.
    case audience
    /// Words read out or cited from a text ("heißt es im Gutachten"): nobody's own words.
    case cited
    /// No speaker could be found without guessing.
    case unresolved
}

/// Finds who said a quote, from the words around it and the people named before it.
///
/// The rules, in order: words cited from a text ("heißt es in dem Gutachten", "zitierte aus")
/// are nobody's; a question introduced by asking words ("wollten wissen: „…?“") or words from
/// the audience ("ein Zuhörer", "aus dem Publikum") are the audience's; a speech verb after the
/// quote with a name, a pronoun or a description ("„…“, betonte der FDP-Kandidat", "so die
/// Moderatorin"); a name before a colon ("Probe: „…“"); the one person named in the same
/// sentence before the quote, or the one beside a speech verb; the person the paragraph opened
/// with; else the person named last before, in this paragraph or the one before it, unless that
/// name ends a sentence naming several. Found from context, nobody speaks of themselves by name,
/// and a question nobody is named to ask stays without a speaker unless it speaks as "ich" or
/// "wir". Names inside quotes are spoken of, and never speak (`ArticleExtractor` leaves them out).
/// Pronouns are resolved to the last person named, whatever their gender, since machine
/// translation swaps "er" and "sie". Everyone counts, not only candidates: a moderator's words
/// stay the moderator's.
struct QuoteAttributor {
    package struct Result: Equatable {
        /// Index into the article's people.
        var person: Int?
        var surface: String?
        var attribution: Attribution
    }

    package let people: [ArticlePerson]
    package let mentions: [Mention]
    package let parties: PartyCatalog

    package func attribute(_ span: QuoteExtractor.Span, paragraph: Int, text: String) -> Result {
        let result = find(span, paragraph: paragraph, text: text)
        // Nobody found from context speaks of themselves by name: „Muster redet die Stadt
        // schlecht …“ after a sentence on Muster is about him.
        if result.attribution == .context || result.attribution == .subject, let person = result.person,
           text[span.inner].contains(people[person].name.familyName) {
            return Result(person: nil, surface: nil, attribution: .unresolved)
        }
        return result
    }

    private func find(_ span: QuoteExtractor.Span, paragraph: Int, text: String) -> Result {
        let before = sentenceBefore(span.outer.lowerBound, in: text)
        let beforeWords = before.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        let afterWords = clauseAfter(span, in: text).split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        if Self.isCited(before: beforeWords, after: afterWords) {
            return Result(person: nil, surface: nil, attribution: .cited)
        }
        let inSentence = mentions.filter {
            $0.paragraph == paragraph && $0.range.upperBound <= span.outer.lowerBound && $0.range.lowerBound >= before.startIndex
        }
        // „…?“, fragte Roth: the named asker first.
        let after = afterQuote(span, paragraph: paragraph, text: text)
        if let after, after.person != nil { return after }
        let isQuestion = text[span.inner].unicodeScalars.contains("?")
        let asked = afterWords.prefix(6).contains { ["wissen", "fragte", "fragt", "erkundigte"].contains($0) }
        if isQuestion && beforeWords.contains(where: GermanWords.questionCues.contains) || inSentence.isEmpty && asked {
            // A question to the candidates named: the audience's, unless someone else in the
            // sentence (the moderator) asks it.
            let askers = inSentence.filter { $0.candidate.map { people[$0].role != .candidate } ?? false }
            if let asker = askers.last {
                return Result(person: asker.candidate, surface: asker.surface, attribution: .speechVerb)
            }
            return Result(person: nil, surface: nil, attribution: .audience)
        }
        if inSentence.isEmpty, beforeWords.contains(where: { GermanWords.audienceWords.contains($0) }) {
            return Result(person: nil, surface: nil, attribution: .audience)
        }
        if let after { return after }
        if let colon = beforeColon(span, paragraph: paragraph, text: text) { return colon }
        let distinct = Set(inSentence.map(\.candidate))
        if let last = inSentence.last, distinct.count == 1 {
            let verb = beforeWords.contains(where: GermanWords.speechVerbs.contains)
            return Result(person: last.candidate, surface: last.surface, attribution: last.candidate == nil ? .unresolved : verb ? .speechVerb : .subject)
        }
        if distinct.count > 1 {
            // Several people in the sentence: the one beside a speech verb ("betonte dann
            // Bert Muster als erster Kandidat"), if only one is.
            let speaking = inSentence.filter { isBesideSpeechVerb($0, in: text) }
            if Set(speaking.map(\.candidate)).count == 1, let speaker = speaking.last, speaker.candidate != nil {
                return Result(person: speaker.candidate, surface: speaker.surface, attribution: .speechVerb)
            }
            return Result(person: nil, surface: nil, attribution: .unresolved)
        }
        // A question nobody is named to ask is asked of the candidates ("Warum sollte ich gerade
        // Sie wählen?", "Warum wollen die Kandidaten …?"), not by one: no guess from the sentences
        // before. A candidate's own asks in the first person ("Warum wissen wir so wenig …?").
        if isQuestion, Self.addressesSomeone(text[span.inner]) || !Self.speaksInFirstPerson(text[span.inner]) {
            return Result(person: nil, surface: nil, attribution: .unresolved)
        }
        // A quote that opens its sentence answers or continues the sentence before: its one person.
        if before.allSatisfy({ $0 == " " }), let previous = previousSentence(before.startIndex, in: text) {
            let named = mentions.filter { $0.paragraph == paragraph && previous.contains($0.range.lowerBound) }
            if Set(named.map(\.candidate)).count == 1, let last = named.last, last.candidate != nil {
                return Result(person: last.candidate, surface: last.surface, attribution: .context)
            }
        }
        if let opening = mentions.first(where: { $0.paragraph == paragraph }),
           opening.range.upperBound <= span.outer.lowerBound, let person = opening.candidate,
           text[..<opening.range.lowerBound].split(separator: " ").count <= 3 {
            return Result(person: person, surface: opening.surface, attribution: .subject)
        }
        if let last = lastMention(before: span.outer.lowerBound, paragraph: paragraph, text: text),
           last.paragraph >= paragraph - 1 {
            return Result(person: last.candidate, surface: last.surface, attribution: .context)
        }
        return Result(person: nil, surface: nil, attribution: .unresolved)
    }

    /// „…“, sagte Pfeiffer · „…“, sagte er · „…“, betonte der FDP-Kandidat · „…“, so die Moderatorin.
    private func afterQuote(_ span: QuoteExtractor.Span, paragraph: Int, text: String) -> Result? {
        let rest = text[span.outer.upperBound...]
        guard rest.first == "," || rest.hasPrefix(" so ") || rest.hasPrefix(", so ") || rest.hasPrefix(" sagt")
            || rest.hasPrefix(" meint") || rest.hasPrefix(" betont") else { return nil }
        let clauseEnd = rest.unicodeScalars.firstIndex(where: Self.clauseEnds.contains) ?? rest.endIndex
        let clause = rest[..<clauseEnd]
        let words = clause.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        // „…?“, wollte Grau wissen: the modal verb stands where the speech verb would.
        let asking = words.first.map { ["wollte", "wollten", "möchte", "mochte", "will"].contains($0) } == true
            && words.prefix(4).contains("wissen")
        guard let verbIndex = asking ? 0 : words.firstIndex(where: GermanWords.speechVerbs.contains), verbIndex <= 1 else { return nil }
        let following = Array(words.dropFirst(verbIndex + 1))
        if let named = mentions.first(where: {
            $0.paragraph == paragraph && $0.range.lowerBound >= clause.startIndex && $0.range.upperBound <= clauseEnd
        }) {
            // „…?“, fragte er Kandidatin X: with a pronoun as the subject, the one named is spoken
            // to, and the pronoun is the one named before, if that is someone else.
            if let pronoun = following.first, GermanWords.pronouns.contains(pronoun) {
                let last = lastMention(before: span.outer.lowerBound, paragraph: paragraph, text: text)
                guard let speaker = last?.candidate, speaker != named.candidate else {
                    return Result(person: nil, surface: pronoun, attribution: .unresolved)
                }
                return Result(person: speaker, surface: pronoun, attribution: .context)
            }
            return Result(person: named.candidate, surface: named.surface, attribution: named.candidate == nil ? .unresolved : .speechVerb)
        }
        // „…“, sagten beide: several speak; nobody is named.
        if let first = following.first, ["beide", "alle", "viele", "einige", "manche"].contains(first) {
            return Result(person: nil, surface: first, attribution: .unresolved)
        }
        if let pronoun = following.first, GermanWords.pronouns.contains(pronoun) {
            let last = lastMention(before: span.outer.lowerBound, paragraph: paragraph, text: text)
            return Result(person: last?.candidate, surface: pronoun, attribution: last?.candidate == nil ? .unresolved : .context)
        }
        if following.prefix(3).contains(where: { GermanWords.audienceWords.contains($0) }) {
            return Result(person: nil, surface: nil, attribution: .audience)
        }
        if let (fits, surface) = described(by: following.prefix(3)) {
            return described(fits, surface: surface, before: span.outer.lowerBound, paragraph: paragraph, text: text)
        }
        // „…“, sagte Meier, „…“, erzählt der 14-jährige Tim — someone the article does not
        // introduce: named, but nobody known.
        let afterDescription = following.drop { $0.first?.isLowercase == true || $0.first?.isNumber == true }.prefix(3)
        let describedName = following.count - afterDescription.count <= 2 && afterDescription.first.map(GivenNames.builtIn.isGivenName) == true
        if let name = Self.unknownName(following.prefix(3)) ?? (describedName ? Self.unknownName(afterDescription) : nil) {
            return Result(person: nil, surface: name, attribution: .unresolved)
        }
        return nil
    }

    /// Whether a quote speaks to someone with the formal "Sie" ("Warum sollte ich gerade Sie
    /// wählen?"), not at the start of a sentence, where "Sie" may be "they".
    private static func addressesSomeone(_ quote: Substring) -> Bool {
        words(of: quote).dropFirst().contains(where: formalAddress.contains)
    }

    private static let formalAddress: Set<String> = ["Sie", "Ihnen", "Ihr", "Ihre", "Ihrer", "Ihren", "Ihrem", "Ihres"]

    /// Whether a quote speaks as "ich" or "wir".
    private static func speaksInFirstPerson(_ quote: Substring) -> Bool {
        words(of: quote).contains { firstPerson.contains($0.lowercased()) }
    }

    /// The words of a quote without the punctuation around them.
    private static func words(of quote: Substring) -> [String] {
        quote.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
    }

    private static let firstPerson: Set<String> = [
        "ich", "mir", "mich", "mein", "meine", "meinen", "meiner", "wir", "uns", "unser", "unsere", "unseren", "unserer",
    ]

    /// Capitalised words that read as a name ("Meier", "Klaus Meier", "Frau Meier"), not an
    /// article, pronoun or role; nil otherwise.
    private static func unknownName(_ words: ArraySlice<String>) -> String? {
        var name: [String] = []
        for word in words {
            guard let first = word.first, first.isUppercase, word.count >= 2, word.allSatisfy({ $0.isLetter || $0 == "-" }),
                  !word.dropFirst().allSatisfy(\.isUppercase), !notNames.contains(word), RoleWords.cue(of: word) == nil
            else { break }
            name.append(word)
        }
        if name.first.map({ ["Frau", "Herr", "Herrn"].contains($0) }) == true { name.removeFirst() }
        return name.isEmpty ? nil : name.joined(separator: " ")
    }

    private static let notNames: Set<String> = [
        "Der", "Die", "Das", "Er", "Sie", "Es", "Ein", "Eine", "Dann", "Da", "Auch", "Doch", "So", "Man", "Wir", "Ich",
        "Dieser", "Diese", "Jener", "Jemand", "Einer", "Keiner", "Alle", "Viele",
    ]

    /// "Probe: „…“", "sagt Frau Muster: „…“": the person named just before a colon.
    private func beforeColon(_ span: QuoteExtractor.Span, paragraph: Int, text: String) -> Result? {
        var position = span.outer.lowerBound
        while position > text.startIndex, text[text.index(before: position)] == " " { position = text.index(before: position) }
        guard position > text.startIndex, text[text.index(before: position)] == ":" else { return nil }
        let colon = text.index(before: position)
        guard let named = mentions.last(where: { $0.paragraph == paragraph && $0.range.upperBound <= colon }),
              text.distance(from: named.range.upperBound, to: colon) <= 40,
              !text[named.range.upperBound..<colon].contains(where: { ".!?„“\"".contains($0) }) else {
            let clause = sentenceBefore(colon, in: text).split(separator: " ").map(String.init)
            // "Tölkes bester Satz: „…“", "Kraus’ Antwort: „…“": the words of the one named in the genitive.
            if let owner = genitiveOwner(of: clause) { return Result(person: owner, surface: clause[0], attribution: .speechVerb) }
            // "Der Herausforderer konterte: „…“"
            guard clause.count <= 5, clause.contains(where: GermanWords.speechVerbs.contains),
                  let (fits, surface) = described(by: clause.prefix(3)[...]) else { return nil }
            return described(fits, surface: surface, before: span.outer.lowerBound, paragraph: paragraph, text: text)
        }
        return Result(person: named.candidate, surface: named.surface, attribution: named.candidate == nil ? .unresolved : .speechVerb)
    }

    /// The person a clause such as "Tölkes bester Satz" or "Kraus’ Antwort" gives words to:
    /// a family name in the genitive, then a noun of speech, with at most one word between.
    private func genitiveOwner(of clause: [String]) -> Int? {
        guard (2...3).contains(clause.count), let noun = clause.last, Self.speechNouns.contains(noun),
              let first = clause.first, first.count > 2 else { return nil }
        guard first.hasSuffix("’") || first.hasSuffix("'") || first.hasSuffix("s") else { return nil }
        let base = first.dropLast()
        let owners = people.indices.filter { people[$0].name.familyName == base }
        return owners.count == 1 ? owners[0] : nil
    }

    private static let speechNouns: Set<String> = [
        "Satz", "Worte", "Antwort", "Fazit", "Credo", "Botschaft", "Appell", "Versprechen", "Schlusswort", "Kernsatz", "Zitat",
    ]

    /// The speaker a description names: the one person it fits, or of several who fit it
    /// ("die Bewerberin" of three), the one named last before the quote, as "sie" would be;
    /// else nobody, and the description is the surface.
    private func described(_ fits: [Int], surface: String, before position: String.Index, paragraph: Int, text: String) -> Result {
        var person = fits.count == 1 ? fits[0] : nil
        if fits.count > 1, let last = lastMention(before: position, paragraph: paragraph, text: text), last.paragraph >= paragraph - 1,
           let candidate = last.candidate, fits.contains(candidate) {
            person = candidate
        }
        return Result(person: person, surface: surface, attribution: person == nil ? .unresolved : .context)
    }

    /// Everyone a description fits: "der FDP-Kandidat", "die Moderatorin", "der Amtsinhaber",
    /// "der Sozialdemokrat"; nil when the words hold no description.
    private func described(by words: ArraySlice<String>) -> ([Int], String)? {
        for (offset, word) in words.enumerated() {
            let lower = word.lowercased()
            var fits: [Int]
            if let party = RoleWords.partyMemberNouns[lower].flatMap(parties.party(spelled:)) {
                fits = people.indices.filter { people[$0].role == .candidate && people[$0].party == party }
            } else if let prefix = RoleWords.partyPrefix(of: word), let party = parties.party(spelled: String(prefix)),
                      RoleWords.cue(of: word) == .candidate || RoleWords.partyOfMember(word) != nil {
                fits = people.indices.filter { people[$0].role == .candidate && people[$0].party == party }
            } else if let cue = RoleWords.cue(of: word) {
                switch cue {
                case .moderator: fits = people.indices.filter { people[$0].role == .moderator }
                case .candidate, .incumbent:
                    let ending = Self.roleEnding(lower)
                    fits = people.indices.filter { people[$0].role == .candidate && people[$0].roleWords.contains { $0.contains(ending) } }
                    if fits.isEmpty, ending.hasPrefix("herausforder") {
                        // "der Herausforderer" of two candidates: the one who does not hold the office.
                        let candidates = people.indices.filter { people[$0].role == .candidate }
                        let holders = candidates.filter { people[$0].roleWords.contains { $0.contains("amtsinhaber") } }
                        if candidates.count == 2, holders.count == 1 { fits = candidates.filter { $0 != holders[0] } }
                    }
                case .expert: fits = people.indices.filter { people[$0].role == .expert }
                case .organiser: fits = people.indices.filter { people[$0].role == .organiser }
                default: continue
                }
            } else {
                continue
            }
            let surface = words.prefix(offset + 1).suffix(2).joined(separator: " ")
            return (fits, surface)
        }
        return nil
    }

    /// The ending of a role word that must match: "amtsinhaberin" of "Amtsinhaberin".
    private static func roleEnding(_ word: String) -> String {
        for ending in ["amtsinhaber", "herausforder", "kandidat", "bewerber", "bürgermeister", "landrat", "landrät"]
        where word.contains(ending) { return ending }
        return word
    }

    /// Words that say a quote is read out or cited from a text, not spoken by the person.
    private static func isCited(before: [String], after: [String]) -> Bool {
        if after.prefix(4).contains(where: { GermanWords.citationWords.contains($0) }) && after.contains("es") { return true }
        if after.prefix(3) == ["heißt", "es"] || after.prefix(2) == ["hieß", "es"] { return true }
        return before.suffix(8).contains(where: { GermanWords.citationWords.contains($0) })
    }

    private func isBesideSpeechVerb(_ mention: Mention, in text: String) -> Bool {
        let before = text[..<mention.range.lowerBound].split(separator: " ").suffix(2)
        let after = text[mention.range.upperBound...].split(separator: " ").prefix(2)
        return (before + after).contains { GermanWords.speechVerbs.contains(String($0.trimmingCharacters(in: .punctuationCharacters))) }
    }

    private static let clauseEnds = Set(".;:!?„“»«\"".unicodeScalars)

    /// The text of the clause after the quote.
    private func clauseAfter(_ span: QuoteExtractor.Span, in text: String) -> Substring {
        let rest = text[span.outer.upperBound...]
        let end = rest.unicodeScalars.firstIndex(where: Self.clauseEnds.contains) ?? rest.endIndex
        return rest[..<end]
    }

    /// The text from the start of the sentence to `position`.
    private func sentenceBefore(_ position: String.Index, in text: String) -> Substring {
        // Scalar by scalar: the paragraph is read from its start for every quote.
        let scalars = text.unicodeScalars
        var start = text.startIndex
        var index = scalars.startIndex
        while index < position {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "." || scalar == "!" || scalar == "?", next < position, !(scalar == "." && Self.endsAbbreviation(scalars[..<index])) {
                var after = next
                // Past a closing quotation mark: „Wir bauen.“ Dann fragte …
                if after < position, QuoteExtractor.closingMarks.contains(scalars[after]) { after = scalars.index(after: after) }
                if after < position, scalars[after] == " " { start = scalars.index(after: after) }
            }
            index = next
        }
        return text[start..<position]
    }

    /// Whether the text before a full stop ends in an abbreviation that does not end a sentence:
    /// "an Dr. Bert Muster", "St. Ingbert".
    private static func endsAbbreviation(_ head: Substring.UnicodeScalarView) -> Bool {
        let word = String(String.UnicodeScalarView(head.reversed().prefix(while: { $0.properties.isAlphabetic }).reversed()))
        return GermanWords.isAbbreviation(word)
    }

    /// The sentence that ends just before `start`, within the paragraph.
    private func previousSentence(_ start: String.Index, in text: String) -> Range<String.Index>? {
        guard start > text.startIndex else { return nil }
        let head = text[..<start].trimmingCharacters(in: .whitespaces)
        guard !head.isEmpty else { return nil }
        let end = text.index(text.startIndex, offsetBy: head.count)
        let body = text[..<text.index(before: end)]
        let from = body.lastIndex(where: { ".!?".contains($0) }).map { text.index(after: $0) } ?? text.startIndex
        return from..<end
    }

    /// The last mention of one person before a position, in this paragraph or the ones before;
    /// nil when it ends a sentence of this paragraph that names several people ("… von A, B und
    /// C ein Bild machen. „…“, sagt er"), where "er" may be any of them or the subject.
    private func lastMention(before position: String.Index, paragraph: Int, text: String) -> Mention? {
        guard let last = mentions.lastIndex(where: { ($0.paragraph == paragraph && $0.range.upperBound <= position) || $0.paragraph < paragraph }),
              let person = mentions[last].candidate else { return nil }
        guard mentions[last].paragraph == paragraph else { return mentions[last] }
        let sameSentence = mentions[..<last].reversed().prefix {
            $0.paragraph == paragraph && !text[$0.range.upperBound..<mentions[last].range.lowerBound].contains(where: { ".!?".contains($0) })
        }
        return sameSentence.contains { $0.candidate != person } ? nil : mentions[last]
    }
}
