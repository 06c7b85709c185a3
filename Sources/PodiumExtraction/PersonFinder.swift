import Foundation
import PodiumText

/// A person named in one paragraph, with what the words around the name say of them.
struct NamedPerson: Equatable, Sendable {
    package var name: PersonName
    package var paragraph: Int
    /// The name's words in the paragraph's ``TextWords``.
    package var words: ClosedRange<Int>
    package var range: Range<String.Index>
    /// What the words before and after the name say: "Moderatorin", "Amtsinhaber", "(SPD)".
    var cues: [RoleWords.Cue] = []
    /// The party as written next to the name: "SPD" of "(SPD)", "von der SPD", "SPD-Kandidatin".
    package var partySpelling: String?
    /// A local list as written next to the name ("(Bürger für Musterstadt)", "von Volt Mainz"):
    /// the party only if the person turns out to be a candidate.
    var listSpelling: String?
    /// In a sentence that presents candidates: "Auf dem Podium saßen …", "… stellten sich den Fragen".
    var framed = false
    /// Whether the role words are the person's own or the list's they stand in.
    var ownCues = false
    /// Cues that hold for a list that starts with this person: a plural role ("die Moderatoren
    /// A und B", "die Kandidaten A, B und C"), who asks, who moderates.
    var listCues: [RoleWords.Cue] = []
    /// A moderating verb follows the name: "von X gut moderiert", "von A und B moderierten".
    var moderatedAfter = false
    /// The name opens a sentence as the subject of what is said or argued: "Karl Beispiel
    /// verwies auf …", "20.02 Uhr: Karl Beispiel spricht …".
    var arguesAsSubject = false
    /// The name follows the verb after a quotation: "„…“, sagte Karl Beispiel".
    var speaksAfterQuotation = false
    /// Someone asks the person: "will von Karl Beispiel wissen", "Von Karl Beispiel wollte sie wissen".
    var asked = false
    /// The list of three or more names that presents this person as one of the panel, as
    /// paragraph and first word; nil where no such list does.
    var panelList: [Int]? = nil
    /// Roles of a plural apposition after the name, which hold for the list it ends.
    var appositionListCues: [RoleWords.Cue] = []
    /// "(beide parteilos)": the party of the list this name ends.
    var listPartySpelling: String?
    /// "die Einzelkandidaten A, B und C": the list this name starts is independent.
    var listIndependent = false
    /// The word after a party phrase that follows the name ("von den Grünen"), where a list may
    /// go on: "A von der SPD, B von den Grünen und der Bürgermeister C".
    var partyPhraseEnd: Int?
    /// The first role word as written: "Kreisredaktionsleiterin", "Amtsinhaber".
    package var description: String?
    /// Every role word, lower-cased, for descriptions later in the text ("der Amtsinhaber").
    var roleWords: [String] = []
}

/// A sentence that opens with a description of someone just named, "Die CDU-Kandidatin
/// erhielt …", "Der parteilose Kandidat, der …": what it says belongs to the person named last.
struct Description: Equatable, Sendable {
    package var paragraph: Int
    package var word: Int
    var cues: [RoleWords.Cue]
    package var partySpelling: String?
    var roleWords: [String]
}

/// Finds people in a paragraph: names that start at a given name ("Jörg Rabenau", "Hans-Günter
/// Bräunling", "Franz von Arnsdorf"), names after a role ("Dauerkandidatin Frida Moll",
/// "SPD-Mann Eisenlohr") or before a party ("Ralf Harlinger (WGK)"), each with the cues around
/// it: the role before the name, the party after it, the list it stands in, and whether its
/// sentence presents candidates.
///
/// For example, in "Auf dem Podium saßen Anna Beispiel (SPD), der parteilose Bert Muster und
/// Moderatorin Carla Probe" Anna Beispiel has the party SPD, Bert Muster the party parteilos,
/// both are framed as candidates, and Carla Probe has the cue moderator.
struct PersonFinder {
    package let parties: PartyCatalog

    package func people(in text: TextWords, paragraph: Int) -> (people: [NamedPerson], descriptions: [Description]) {
        let words = text.words
        guard words.count >= 2 else { return ([], []) }
        let sentence = sentenceNumbers(text, atQuotes: true)
        var found: [NamedPerson] = []
        var index = 0
        while index < words.count {
            if let (name, end) = name(at: index, in: text, sentence: sentence) {
                // "für das Bündnis Sahra Wagenknecht": a party named after a person.
                if index > 0, text.kinds[index - 1].contains(.capitalized), let (_, length) = partyAt(index - 1, in: text), index - 1 + length > end {
                    index = end + 1
                    continue
                }
                // "Lea von der Aue (Lea Brandt)": another name of the person just named.
                if let previous = found.last, isInParentheses(index, after: previous, in: text) {
                    index = end + 1
                    continue
                }
                found.append(NamedPerson(
                    name: name, paragraph: paragraph, words: index...end,
                    range: words[index].range.lowerBound..<words[end].range.upperBound))
                index = end + 1
            } else {
                index += 1
            }
        }
        found = withUnknownGivenNamesInLists(found, in: text, sentence: sentence, paragraph: paragraph)
        let surnames = surnamesBeforeAFrame(in: text, sentence: sentence, paragraph: paragraph, found: found)
        if !surnames.isEmpty { found = (found + surnames).sorted { $0.words.lowerBound < $1.words.lowerBound } }
        // Descriptions of someone named before ("Die CDU-Kandidatin erhielt …") name a party.
        let describes = text.text.utf8.contains(0x2D) || text.text.containsBytes("parteilos") || text.text.containsBytes("nabhängig")
        let descriptions = describes ? descriptions(in: text, sentence: sentence, paragraph: paragraph, people: found) : []
        guard !found.isEmpty else { return ([], descriptions) }
        let periods = sentenceNumbers(text, atQuotes: false)
        // Sentences that present candidates, and those that call them all independent ("Die
        // drei parteilosen Bewerber – A, B und C – stellten sich …").
        var framedSentences = Set<Int>()
        var frameWords: [Int] = []
        var independentSentences = Set<Int>()
        var independentAfter: [Int: Int] = [:]
        for number in words.indices {
            let kind = text.kinds[number]
            if kind.contains(.frame) || words[number].text == "Fragen" && number > 0 && words[number - 1].text == "den" {
                framedSentences.insert(sentence[number])
                frameWords.append(number)
            }
            // "… drei Bewerber ohne Parteibuch: A, B und C": the names after it.
            if deniesParty(at: number, in: text) {
                independentAfter[sentence[number]] = independentAfter[sentence[number]] ?? number
            }
            if kind.contains(.independentPlural), number + 1 < words.count,
               RoleWords.cue(of: words[number + 1].text) == .candidate, words[number + 1].text.hasSuffix("n") || words[number + 1].text.hasSuffix("r") {
                independentSentences.insert(sentence[number])
            }
        }
        var listHead: Int? = nil
        var heads = Array(found.indices)
        for position in found.indices {
            var person = found[position]
            let prefixStart = annotatePrefix(&person, in: text, sentence: sentence, others: found)
            annotateSuffix(&person, in: text, sentence: periods, others: found)
            person.framed = framedSentences.contains(sentence[person.words.lowerBound]) || isRosterEntry(person, in: text)
            person.arguesAsSubject = argues(person, in: text, sentence: sentence)
            person.speaksAfterQuotation = speaksAfterQuotation(person, in: text)
            person.asked = isAsked(person, in: text, sentence: sentence)
            let sentenceNumber = sentence[person.words.lowerBound]
            if person.partySpelling == nil, !person.cues.contains(where: \.excludesCandidacy),
               independentSentences.contains(sentenceNumber) || independentAfter[sentenceNumber].map({ $0 < person.words.lowerBound }) == true {
                person.partySpelling = "parteilos"
            }
            // A list shares its first element's role: "die Moderatoren A und B", "die Kandidaten A, B und C".
            if position > 0, let head = listHead ?? Optional(position - 1), prefixStart >= 0,
               isListSeparator(text, from: found[position - 1], to: person.words.lowerBound, sentence: sentence) {
                if found[head].listIndependent, person.partySpelling == nil { person.partySpelling = "parteilos" }
                if !person.ownCues || person.cues.allSatisfy({ !$0.excludesCandidacy && $0 != .candidate }) {
                    let inherited = found[head].listCues
                    if !inherited.isEmpty {
                        person.cues = inherited + person.cues.filter { $0 != .office && $0 != .incumbent }
                        person.listCues = inherited
                        person.roleWords += found[head].roleWords
                    }
                }
                listHead = head
                heads[position] = head
            } else {
                listHead = nil
            }
            found[position] = person
        }
        var lists: [Int: [Int]] = [:]
        for position in found.indices { lists[heads[position], default: []].append(position) }
        // A sentence frame presents a list of names, or a name next to the frame word; a name
        // alone further off ("…fair gewesen, so Klaus Ebersberger") is only mentioned.
        // A name with a list in parentheses ("Ole Brandt (ABL)") stands among the candidates anywhere in the sentence.
        for (_, list) in lists where list.count == 1 {
            let person = found[list[0]]
            guard person.framed, person.listSpelling == nil, !isRosterEntry(person, in: text) else { continue }
            let near = frameWords.contains { abs($0 - person.words.lowerBound) <= 4 || abs($0 - person.words.upperBound) <= 4 }
            if !near { found[list[0]].framed = false }
        }
        for (head, list) in lists {
            // "die drei aussichtsreichsten Kandidaten der Wahl: A (SPD), der Beigeordnete B …"; a
            // colon lets the plural stand further off ("Drei der vier Kandidaten treffen auf der
            // Bühne zum ersten Mal aufeinander: A, B und C").
            let first = found[head].words.lowerBound
            let reach = first > 0 && gap(text, first - 1, first).contains(":") ? 14 : 6
            var back = first - 1
            while back >= 0, back >= first - reach, periods[back] == periods[first], !found.contains(where: { $0.words.contains(back) }) {
                let word = words[back].text
                // "das Team um A, B und C": who prepared the evening, not the panel.
                if word == "um", back > 0, words[back - 1].text.lowercased().hasSuffix("team") {
                    for member in list where !found[member].cues.contains(.candidate) {
                        found[member].cues.insert(.organiser, at: 0)
                        found[member].ownCues = true
                    }
                    break
                }
                // "Fragen an die Kandidaten: A": the plural is who is asked, not the list.
                let addressed = back > 1 && words[back - 2].text == "an"
                if let cue = RoleWords.cue(of: word), !addressed, Self.isPlural(word.lowercased(), after: back > 0 ? words[back - 1].text.lowercased() : ""),
                   !(cue == .audience && countsAnAudience(back, in: text)) {
                    for member in list {
                        if cue == .candidate {
                            found[member].framed = true
                        } else if cue.excludesCandidacy, !found[member].cues.contains(where: \.excludesCandidacy) {
                            // "Die beiden Moderatoren der Podiumsdiskussion: SZ-Redakteur A und B"
                            found[member].cues.insert(cue, at: 0)
                            found[member].ownCues = true
                        } else if cue == .office, !found[member].cues.contains(.candidate) {
                            // "darunter wenige Stadträte: A (CDU) und B (SPD)": office-holders in the room.
                            found[member].cues.append(.office)
                        }
                    }
                    break
                }
                back -= 1
            }
            // Three or more people named in full in one list, none with a role that keeps them
            // off the panel: "Zunächst wurden A, B, C und D vorgestellt" — a forum report's
            // lists of names are its panel (moderator teams come with their plural role).
            // A list that prepared or led the event ("A, B und C hatten die Podiumsdiskussion
            // vorbereitet") is no panel, whatever frames its sentence.
            let last = found[list[list.count - 1]].words.upperBound
            let end = min(last + 12, words.count)
            let organised = (last + 1..<end).contains { verb in
                periods[verb] == periods[last] && Self.organisingWords.contains(words[verb].text)
                    && (last + 1..<verb).contains { text.kinds[$0].contains(.frame) || Self.eventNouns.contains(words[$0].text) }
            }
            if organised {
                for member in list where !found[member].cues.contains(.candidate) { found[member].framed = false }
            }
            // "A, B und C, das Team des Jugendhauses, hatten …": a list named as a team of its own is no panel.
            let namedTeam = last + 3 < words.count && gap(text, last, last + 1).trimmingScalars(where: \.isBlank) == ","
                && ["der", "die", "das"].contains(words[last + 1].text) && text.kinds[last + 2].contains(.capitalized)
                && RoleWords.cue(of: words[last + 2].text) == nil
                && (last + 2..<min(last + 6, words.count - 1)).contains { periods[$0] == periods[last] && gap(text, $0, $0 + 1).hasPrefix(",") }
            if list.count >= 3, !organised, !namedTeam, list.allSatisfy({ found[$0].name.givenName != nil && found[$0].listCues.isEmpty
                && !found[$0].cues.contains(where: { $0.excludesCandidacy || $0 == .office }) }) {
                for member in list {
                    if !found[member].framed { found[member].panelList = [paragraph, found[head].words.lowerBound] }
                    found[member].framed = true
                }
            }
            // An unknown name in parentheses, in a list of candidates with parties, is a list.
            if list.count >= 2, list.contains(where: { found[$0].partySpelling.flatMap(parties.party(spelled:)) != nil }) {
                for member in list where found[member].partySpelling == nil {
                    found[member].partySpelling = found[member].listSpelling
                }
            }
        }
        // "A und B (beide parteilos)"
        for position in found.indices where found[position].listPartySpelling != nil && heads[position] != position {
            for member in heads[position]..<position where heads[member] == heads[position] && found[member].partySpelling == nil {
                found[member].partySpelling = found[position].listPartySpelling
            }
        }
        // "A und B, Journalisten dieser Redaktion, …": the plural apposition of a list's last name.
        for position in found.indices where !found[position].appositionListCues.isEmpty && heads[position] != position {
            for member in heads[position]..<position where heads[member] == heads[position] {
                for cue in found[position].appositionListCues where !found[member].cues.contains(cue) {
                    found[member].cues.insert(cue, at: 0)
                    found[member].ownCues = true
                }
            }
        }
        // "von A und B moderiert": the list that "von" opens and the verb closes moderated.
        for position in found.indices where found[position].moderatedAfter {
            let head = heads[position]
            let first = found[head].words.lowerBound
            // "von A", "von Redakteurin A"; not "(von links) A".
            let opensWithVon = (max(0, first - 2)..<first).contains { words[$0].text == "von" || words[$0].text == "durch" }
                && !["links", "rechts", "l", "r"].contains(words[first - 1].text)
            guard opensWithVon else { continue }
            for member in head...position where heads[member] == head {
                found[member].cues.insert(.moderator, at: 0)
                found[member].ownCues = true
            }
        }
        return (found, descriptions)
    }

    // MARK: Names

    /// The name that starts at word `index`, and the index of its last word.
    private func name(at index: Int, in text: TextWords, sentence: [Int]) -> (PersonName, Int)? {
        let words = text.words
        var position = index
        var titles: [String] = []
        while position < words.count, titles.count < 3, text.kinds[position].contains(.capitalized),
              text.kinds[position].contains(.title), joined(text, position, position + 1) {
            titles.append(String(words[position].text))
            position += 1
        }
        var given: [String] = []
        while position < words.count, given.count < 2, text.kinds[position].contains(.capitalized),
              text.kinds[position].contains(.givenName) {
            let word = words[position].text
            // At the start of a sentence or after a colon ("…: Nur Rebekka Moll").
            let opens = startsSentence(position, sentence) || position > 0 && gap(text, position - 1, position).contains(":")
            // "Ernst Holmberg ist …": a family name after it that is no noun makes it a name.
            let familyAfter = position + 1 < words.count && joined(text, position, position + 1)
                && text.kinds[position + 1].contains(.nameLike) && text.kinds[position + 1].isDisjoint(with: [.commonNoun, .notName])
                && RoleWords.cue(of: words[position + 1].text) == nil
            if given.isEmpty, titles.isEmpty, text.kinds[position].contains(.ambiguousGivenName), opens,
               !(position + 1 < words.count && text.kinds[position + 1].contains(.givenName)), !familyAfter,
               !partyFollows(position + 1, in: text), !opensAList(position, in: text) {
                break
            }
            given.append(String(word))
            position += 1
            guard joined(text, position - 1, position) else { break }
        }
        // "Torsten K. Wellbrock", "Anton Chr. Habermehl": a middle initial belongs to the given name.
        var initialBefore = false
        if !given.isEmpty, position + 1 < words.count, joined(text, position - 1, position), isMiddleInitial(position, in: text) {
            given.append(String(words[position].text) + ".")
            position += 1
            initialBefore = true
        }
        if !given.isEmpty {
            let title = titles.isEmpty ? nil : titles.joined(separator: " ")
            if initialBefore || joined(text, position - 1, position), let (family, end) = familyName(at: position, in: text) {
                let givenName = given.joined(separator: " ")
                // "Marc Delgado Fischer (Die Linke)": two family names, before a party.
                if end + 1 < words.count, joined(text, end, end + 1), text.kinds[end + 1].contains(.nameLike),
                   text.kinds[end + 1].isDisjoint(with: [.notName, .givenName]), RoleWords.cue(of: words[end + 1].text) == nil,
                   let content = parenthesis(after: words[end + 1].range.upperBound, in: text.text), presentsCandidate(content) {
                    return (PersonName(title: title, givenName: givenName, familyName: family + " " + words[end + 1].text), end + 1)
                }
                return (PersonName(title: title, givenName: givenName, familyName: family), end)
            }
            // "Sabine Konrad": the second given name is the family name.
            if given.count == 2 {
                return (PersonName(title: title, givenName: given[0], familyName: given[1]), position - 1)
            }
            return nil
        }
        return cuedName(at: index, in: text, sentence: sentence)
    }

    /// A capital letter or "Chr." with its stop between a given name and a capitalised word:
    /// "Torsten K. Wellbrock".
    private func isMiddleInitial(_ index: Int, in text: TextWords) -> Bool {
        let word = text.words[index].text
        guard index > 0, index + 1 < text.words.count, word.count == 1 && word.first?.isUppercase == true || word == "Chr",
              text.kinds[index - 1].contains(.givenName), text.kinds[index + 1].contains(.capitalized) else { return false }
        return gap(text, index, index + 1) == ". "
    }

    /// "A Beispiel, Sarmed Yilmaz, C Muster": between two people of a list, two capitalised words
    /// are a person too, though the given name is unknown.
    private func withUnknownGivenNamesInLists(_ found: [NamedPerson], in text: TextWords, sentence: [Int], paragraph: Int) -> [NamedPerson] {
        guard found.count >= 2 else { return found }
        let words = text.words
        var result: [NamedPerson] = []
        for (previous, next) in zip(found, found.dropFirst()) {
            result.append(previous)
            // "…, Sarmed Yilmaz, C" or "…, Sarmed Yilmaz und C".
            let joinedByWord = next.words.lowerBound > 0 && ["und", "sowie"].contains(words[next.words.lowerBound - 1].text)
            var end = next.words.lowerBound - (joinedByWord ? 1 : 0)
            // "…, Tarik Hollweg (Junge Mitte), C": the name before its own parentheses.
            var closing = ""
            if end > 0, gap(text, end - 1, end).trimmingScalars(where: \.isBlank).hasPrefix(")") {
                var open = end - 1
                while open > previous.words.upperBound + 3, open > end - 5, !gap(text, open - 1, open).contains("(") { open -= 1 }
                guard gap(text, open - 1, open).trimmingScalars(where: \.isBlank) == "(" else { continue }
                closing = String(gap(text, end - 1, end).trimmingScalars(where: \.isBlank))
                end = open
            }
            let (given, family) = (end - 2, end - 1)
            guard given > previous.words.upperBound, sentence[previous.words.upperBound] == sentence[next.words.lowerBound] else { continue }
            var before = String(gap(text, previous.words.upperBound, given))
            // Past the previous person's parentheses: "A (SPD), Sarmed Yilmaz".
            if given > previous.words.upperBound + 1 {
                guard before.hasPrefix(" ("), let close = before.firstIndex(of: ")") else { continue }
                before = String(before[before.index(after: close)...])
            }
            let after = closing.isEmpty ? gap(text, family, end).trimmingScalars(where: \.isBlank) : Substring(closing.dropFirst())
            let candidate = [given, family].allSatisfy { index in
                text.kinds[index].contains(.capitalized) && text.kinds[index].contains(.nameLike)
                    && text.kinds[index].isDisjoint(with: [.commonNoun, .notName, .particle]) && RoleWords.cue(of: words[index].text) == nil
                    && !Self.isListWord(words[index].text)
            }
            guard candidate, before.trimmingScalars(where: \.isBlank) == ",", joinedByWord ? after.isEmpty : after == ",",
                  joined(text, given, family), partyAt(given, in: text) == nil else { continue }
            result.append(NamedPerson(
                name: PersonName(givenName: String(words[given].text), familyName: String(words[family].text)), paragraph: paragraph,
                words: given...family, range: words[given].range.lowerBound..<words[family].range.upperBound))
        }
        result.append(found[found.count - 1])
        return result
    }

    /// "Kessner, Dorfmüller und Weinreich stellen sich … vor": three or more family names alone,
    /// joined by commas and "und", that open a sentence (or follow its colon) right before the
    /// verb that presents them.
    private func surnamesBeforeAFrame(in text: TextWords, sentence: [Int], paragraph: Int, found: [NamedPerson]) -> [NamedPerson] {
        let words = text.words
        func isSurname(_ index: Int) -> Bool {
            index >= 0 && text.kinds[index].contains(.capitalized) && text.kinds[index].contains(.nameLike)
                && text.kinds[index].isDisjoint(with: [.commonNoun, .notName, .givenName, .title, .frame])
                && RoleWords.cue(of: words[index].text) == nil && partyAt(index, in: text) == nil
                && !found.contains { $0.words.contains(index) }
        }
        var result: [NamedPerson] = []
        for verb in words.indices where verb >= 5 && text.kinds[verb].contains(.frame) && words[verb].text.first?.isLowercase == true {
            let last = verb - 1
            guard isSurname(last), joined(text, last, verb), words[last - 1].text == "und", joined(text, last - 2, last - 1),
                  joined(text, last - 1, last), isSurname(last - 2) else { continue }
            var names = [last, last - 2]
            var first = last - 2
            while first >= 1, gap(text, first - 1, first).trimmingScalars(where: \.isBlank) == ",", isSurname(first - 1), sentence[first - 1] == sentence[verb] {
                first -= 1
                names.append(first)
            }
            guard names.count >= 3, first == 0 || sentence[first - 1] != sentence[first] || gap(text, first - 1, first).contains(":") else { continue }
            for index in names.reversed() {
                result.append(NamedPerson(name: PersonName(familyName: String(words[index].text)), paragraph: paragraph,
                                          words: index...index, range: words[index].range))
            }
        }
        return result
    }

    /// "• Anna Beispiel (51): Die Tierärztin …": a bulleted paragraph that opens with the name,
    /// its colon after the name or after its parentheses (an age), as a report lists its panel.
    private func isRosterEntry(_ person: NamedPerson, in text: TextWords) -> Bool {
        guard person.words.lowerBound == 0 else { return false }
        let opening = text.text[..<text.words[0].range.lowerBound].trimmingScalars(where: \.isBlank)
        guard ["•", "·", "-", "–", "*", "▪"].contains(opening) else { return false }
        var after = text.text[person.range.upperBound...].drop(while: { $0 == " " })
        if after.first == "(", let close = after.firstIndex(of: ")") {
            after = after[after.index(after: close)...].drop(while: { $0 == " " })
        }
        return after.first == ":"
    }

    /// "(von links): Hans Brockdorf, Ilka Sörensen …": a given name and a family name, then the
    /// next entry of a list.
    private func opensAList(_ index: Int, in text: TextWords) -> Bool {
        guard index + 2 < text.words.count, text.kinds[index + 1].contains(.nameLike),
              text.kinds[index + 1].isDisjoint(with: [.commonNoun, .notName]), joined(text, index, index + 1) else { return false }
        let after = gap(text, index + 1, index + 2).trimmingScalars(where: \.isBlank)
        return after == "," && text.kinds[index + 2].contains(.givenName)
    }

    /// A family name, with its particles: "Rabenau", "von Arnsdorf", "von der Aue".
    private func familyName(at index: Int, in text: TextWords) -> (String, Int)? {
        let words = text.words
        var position = index
        var particles: [String] = []
        while position < words.count, particles.count < 2, text.kinds[position].contains(.particle),
              joined(text, position, position + 1) {
            particles.append(String(words[position].text))
            position += 1
        }
        // "von der Aue", but not "Knut Larsen den Umstehenden": an article opens no family name.
        if let first = particles.first, Self.articleParticles.contains(first) { return nil }
        guard position < words.count, text.kinds[position].contains(.nameLike) else { return nil }
        let family = String(words[position].text)
        // "von der SPD", "von den Freien Wählern": a party, not a name.
        if !particles.isEmpty, partyAt(position, in: text) != nil { return nil }
        return ((particles + [family]).joined(separator: " "), position)
    }

    /// A name without a known given name, where the words around make it one: after a role
    /// ("Dauerkandidatin Frida Moll", "SPD-Mann Eisenlohr") or before a party ("Ralf
    /// Harlinger (WGK)" when the parentheses hold a known party).
    private func cuedName(at index: Int, in text: TextWords, sentence: [Int]) -> (PersonName, Int)? {
        let words = text.words
        guard text.kinds[index].contains(.nameLike) else { return nil }
        // Every rule below needs something around the word; checked cheaply first, as most
        // capitalised words are nouns with nothing of the kind around them.
        let parenthesisNear = text.text[words[index].range.upperBound...].utf8.prefix(60).contains(0x28)  // "("
        let partyAfter = index + 2 < words.count && (words[index + 2].text == "von" || words[index + 2].text == "für")
        let roleWordBefore = index > 0 && text.kinds[index - 1].contains(.capitalized) && joined(text, index - 1, index)
            && isPersonRole(words[index - 1].text)
        guard parenthesisNear || partyAfter || roleWordBefore
            || index + 1 < words.count && text.kinds[index + 1].contains(.speechVerb)
            || index > 0 && text.kinds[index - 1].contains(.speechVerb) else { return nil }
        guard !text.kinds[index].contains(.notName), RoleWords.cue(of: words[index].text) == nil else { return nil }
        // "Kessler ergänzt: „…“", "sagt Ostrowski: „…“": a surname beside a speech verb and a colon.
        if isSpeakerSurname(index, in: text) {
            return (PersonName(familyName: String(words[index].text)), index)
        }
        if isSurnameInPartyList(index, in: text) { return (PersonName(familyName: String(words[index].text)), index) }
        let roleBefore = index > 0 && joined(text, index - 1, index) && isPersonRole(words[index - 1].text)
        let second = index + 1 < words.count && joined(text, index, index + 1) && text.kinds[index + 1].contains(.nameLike)
            && RoleWords.cue(of: words[index + 1].text) == nil && !text.kinds[index + 1].contains(.notName)
        // "Kandidatin Sybille de Vries (AfD)": the family name after an unknown given name has its particles.
        let particleName = index + 1 < words.count && joined(text, index, index + 1) && text.kinds[index + 1].contains(.particle)
            ? familyName(at: index + 1, in: text) : nil
        // A plural role introduces no one person: "konnten die Kandidaten Fragen von den Redakteuren beantworten".
        let pluralRole = roleBefore && {
            let role = words[index - 1].text
            return role.hasSuffix("innen") || role.hasSuffix("ern") || role.hasSuffix("en") && !role.hasSuffix("chen")
        }()
        if let (family, end) = particleName, RoleWords.cue(of: words[end].text) == nil, roleBefore && !pluralRole
            || parenthesis(after: words[end].range.upperBound, in: text.text).map(presentsCandidate) == true {
            return (PersonName(givenName: String(words[index].text), familyName: family), end)
        }
        if roleBefore {
            if second { return (PersonName(givenName: String(words[index].text), familyName: String(words[index + 1].text)), index + 1) }
            // A surname alone, after one candidate's role: "SPD-Mann Eisenlohr", "Herausforderer Kessler".
            if !pluralRole, !text.kinds[index].contains(.commonNoun), !Self.hasNounEnding(words[index].text), !text.text[words[index].range.upperBound...].hasPrefix("-") {
                return (PersonName(familyName: String(words[index].text)), index)
            }
            return nil
        }
        // Two capitalised words before "von der SPD", "von den Grünen": "Ruben Hallstein von den Grünen".
        if second, index + 2 < words.count, joined(text, index + 1, index + 2), ["von", "für"].contains(words[index + 2].text) {
            var position = index + 3
            while position < words.count, ["der", "den", "die", "dem"].contains(words[position].text) { position += 1 }
            if position < words.count, let (spelling, _) = partyAt(position, in: text), spelling != "parteilos" {
                return (PersonName(givenName: String(words[index].text), familyName: String(words[index + 1].text)), index + 1)
            }
        }
        // Two or three capitalised words before a party in parentheses: "Ralf Harlinger (CSU)".
        var end = index
        while end + 1 < words.count, end - index < 2, joined(text, end, end + 1), text.kinds[end + 1].contains(.nameLike),
              !text.kinds[end + 1].contains(.notName) {
            end += 1
        }
        guard end > index, !(index + 1...end).contains(where: { text.kinds[$0].contains(.givenName) }),
              partyAt(index, in: text) == nil,  // "Bündnis Sahra Wagenknecht (BSW)"
              let content = parenthesis(after: words[end].range.upperBound, in: text.text), presentsCandidate(content),
              !startsSentence(index, sentence) || end - index == 1 else { return nil }
        return (PersonName(givenName: words[index..<end].map { String($0.text) }.joined(separator: " "),
                           familyName: String(words[end].text)), end)
    }

    /// A surname alone before a party in parentheses, in a list of them: "die OB-Kandidaten
    /// Wendling (SPD), Haberkorn (Freie Wähler) und Ostrowski (Einzelbewerber)".
    private func isSurnameInPartyList(_ index: Int, in text: TextWords) -> Bool {
        let words = text.words
        guard index > 0, !text.kinds[index].contains(.commonNoun),
              let content = parenthesis(after: words[index].range.upperBound, in: text.text), presentsCandidate(content)
        else { return false }
        let before = gap(text, index - 1, index).trimmingScalars(where: \.isBlank)
        let previous = words[index - 1].text
        if before.isEmpty, RoleWords.cue(of: previous) == .candidate,
           Self.isPlural(previous.lowercased(), after: index > 1 ? words[index - 2].text.lowercased() : "") {
            return true
        }
        // After the parentheses of the name before: "(SPD), Haberkorn", "(Die Linke) und Ostrowski".
        return before == ")," || before.isEmpty && index > 1 && ["und", "sowie"].contains(previous)
            && gap(text, index - 2, index - 1).trimmingScalars(where: \.isBlank) == ")"
    }

    /// Parentheses that present someone as a candidate: one party, also as "für die AfD", or an
    /// independent candidacy ("Unabhängiger Kandidat", "Einzelbewerber", "parteilos").
    private func presentsCandidate(_ content: String) -> Bool {
        // "(AfD, von links)": where someone sits in the photograph follows the party.
        // "(parteilos, von der SPD unterstützt, 40)", "(61, CDU, Oberdorf)": one of its parts.
        if content.contains(",") {
            return content.split(separator: ",").contains { presentsCandidate(String($0.trimmingScalars(where: \.isBlank))) }
        }
        let words = content.split(separator: " ").map(String.init)
        return parties.party(spelled: Self.droppingPreposition(words).joined(separator: " ")) != nil
            || words.contains { Self.independentAdjectives.contains($0.lowercased()) || Self.isIndependentRole($0.lowercased()) }
    }

    /// Particles that follow another ("von der Aue") and never open a family name.
    private static let articleParticles: Set<String> = ["der", "den", "dem", "die"]

    /// "für die AfD" → "AfD", "von der SPD" → "SPD": the words a party phrase names.
    private static func droppingPreposition(_ words: [String]) -> [String] {
        guard words.count >= 2, words[0] == "für" || words[0] == "von" else { return words }
        let rest = Array(words.dropFirst())
        return rest.count >= 2 && ["die", "den", "der", "das"].contains(rest[0]) ? Array(rest.dropFirst()) : rest
    }

    private func isSpeakerSurname(_ index: Int, in text: TextWords) -> Bool {
        let words = text.words
        let word = words[index].text
        // A colon within the next two words first: few capitalised words have one.
        let end = index + 2 < words.count ? words[index + 2].range.lowerBound : text.text.endIndex
        guard text.text.utf8[word.endIndex..<end].contains(0x3A) else { return false }  // ":"
        let kind = text.kinds[index]
        guard !kind.contains(.commonNoun), !kind.contains(.givenName), word.utf8.count >= 3 else { return false }
        func colonAfter(_ position: Int) -> Bool {
            position + 1 >= words.count
                ? text.text[words[position].range.upperBound...].hasPrefix(":")
                : gap(text, position, position + 1).hasPrefix(":")
        }
        let opensClause = index == 0 || gap(text, index - 1, index).contains(where: { ".,;:!?".contains($0) })
        if opensClause, index + 1 < words.count, joined(text, index, index + 1),
           text.kinds[index + 1].contains(.speechVerb), colonAfter(index + 1) {
            return true
        }
        if index > 0, joined(text, index - 1, index), text.kinds[index - 1].contains(.speechVerb),
           colonAfter(index) {
            return true
        }
        return false
    }

    /// A word that introduces a person by their role: "Kandidatin", "Moderator", "SPD-Mann".
    private func isPersonRole(_ word: Substring) -> Bool {
        if word == "Frau" || word == "Herr" || word == "Herrn" { return true }
        if let cue = RoleWords.cue(of: word), cue != .office, cue != .notRunning { return true }
        return RoleWords.partyOfMember(word).map(isPartyAbbreviation) ?? false
    }

    // MARK: Cues

    /// Reads the words before the name; returns where the person's phrase starts, for lists.
    private func annotatePrefix(_ person: inout NamedPerson, in text: TextWords, sentence: [Int], others: [NamedPerson]) -> Int {
        let words = text.words
        let start = person.words.lowerBound
        var prefix: [Int] = []
        var position = start - 1
        while position >= 0, prefix.count < 4, joined(text, position, position + 1),
              !others.contains(where: { $0.words.contains(position) }) {
            prefix.insert(position, at: 0)
            position -= 1
        }
        // An apposition before the name: "Moderatorin des Abends, Cornelia Sand".
        var apposition: [Int] = []
        if prefix.isEmpty, start > 0, gap(text, start - 1, start).trimmingScalars(where: \.isBlank) == "," {
            var back = start - 1
            while back >= 0, apposition.count < 4, back == start - 1 || joined(text, back, back + 1),
                  !others.contains(where: { $0.words.contains(back) }) {
                apposition.insert(back, at: 0)
                back -= 1
            }
        }
        for index in prefix + apposition {
            let word = words[index].text
            // "der Kandidat der Linken, Thomas Brenk"
            if RoleWords.cue(of: word) == .candidate, index + 2 < start, ["der", "des"].contains(words[index + 1].text),
               let (spelling, _) = partyAt(index + 2, in: text) {
                person.partySpelling = person.partySpelling ?? spelling
            }
            // "der frühere Lokalredakteur X": a former reporter, not a former office-holder.
            func formerOfAnotherRole() -> Bool {
                word.first?.isLowercase == true && index + 1 < start
                    && RoleWords.cue(of: words[index + 1].text).map { $0.excludesCandidacy && $0 != .notRunning } == true
            }
            if let cue = RoleWords.cue(of: word), !(cue == .notRunning && formerOfAnotherRole()), !(cue == .audience && countsAnAudience(index, in: text)) {
                person.cues.append(cue)
                person.ownCues = true
                person.description = person.description ?? String(word)
                person.roleWords.append(word.lowercased())
                let determiner = index > 0 ? words[index - 1].text.lowercased() : ""
                if Self.isPlural(word.lowercased(), after: determiner) { person.listCues.append(cue) }
            }
            if let prefixParty = RoleWords.partyPrefix(of: word), isPersonRole(word) || RoleWords.cue(of: word) == .candidate {
                if let party = parties.party(spelled: String(prefixParty)) {
                    person.partySpelling = person.partySpelling ?? party.shortName
                    person.ownCues = true
                    if RoleWords.cue(of: word) == nil { person.cues.append(.candidate) }
                } else if RoleWords.partyOfMember(word) != nil, isPartyAbbreviation(prefixParty) {
                    person.listSpelling = person.listSpelling ?? String(prefixParty)
                    person.ownCues = true
                    person.cues.append(.candidate)
                }
            }
            let lower = word.lowercased()
            // "Pirat Timo Schenk", "der Sozialdemokrat Jan Ohm": a party's member, right before the name.
            if index == start - 1, prefix.last == index, let noun = RoleWords.partyMemberNouns[lower], let party = parties.party(spelled: noun) {
                person.partySpelling = person.partySpelling ?? party.shortName
                person.ownCues = true
            }
            if Self.independentAdjectives.contains(lower) || Self.isIndependentRole(lower) {
                person.partySpelling = person.partySpelling ?? "parteilos"
                // "die Einzelkandidaten A, B und C": all of them.
                if Self.isIndependentRole(lower), Self.isPlural(lower, after: index > 0 ? words[index - 1].text.lowercased() : "") {
                    person.listIndependent = true
                }
            }
            if RoleWords.successionWords.contains(lower) { person.cues.append(.notRunning) }
        }
        // "Bis auf X (Tierpartei) sind alle der Einladung gefolgt": the one who stayed away;
        // not "bis auf X waren sich alle einig".
        if start >= 2, words[start - 1].text == "auf", ["bis", "Bis"].contains(words[start - 2].text), joined(text, start - 2, start - 1),
           (start..<words.count).prefix(while: { sentence[$0] == sentence[start] }).contains(where: { Self.cameWords.contains(words[$0].text) }) {
            person.cues.append(.notRunning)
            person.ownCues = true
        }
        // "Für die FDP kandidiert Bürgermeisterin A, für die Grünen B", "für die SPD
        // ihr Ortsvorsitzender und Bürgermeisterkandidat C": the party named before the
        // name, with nothing but its verb and roles between. "und" joins two roles of one
        // person only; before a name it starts the next person.
        func joinsRoles(_ index: Int) -> Bool {
            ["und", "sowie"].contains(words[index].text) && index + 1 < start && RoleWords.cue(of: words[index + 1].text) != nil
        }
        var back = start - 1
        while back >= 1, back >= start - 7, sentence[back] == sentence[start], !others.contains(where: { $0.words.contains(back) }),
              gap(text, back, back + 1).allSatisfy({ $0 == " " || $0 == "/" }), !["und", "sowie", "oder"].contains(words[back].text) || joinsRoles(back) {
            back -= 1
        }
        for position in max(0, back - 1)..<start where words[position].text == "für" || words[position].text == "Für" {
            var party = position + 1
            while party < start, ["die", "den", "das"].contains(words[party].text) { party += 1 }
            // Between party and name only lower-case words, roles, and one word just before the
            // name ("der amtierende Bürgermeister"); a party that runs into the name ("Bündnis
            // Sahra Wagenknecht") is no party before it.
            guard let (spelling, length) = partyAt(party, in: text), party + length <= start,
                  (party + length..<start).allSatisfy({ (words[$0].text.first?.isLowercase == true && !["und", "sowie", "oder"].contains(words[$0].text))
                      || joinsRoles($0) || RoleWords.cue(of: words[$0].text) != nil || $0 == start - 1 }) else { continue }
            person.partySpelling = person.partySpelling ?? spelling
            person.ownCues = true
            person.cues.append(.candidate)
            break
        }
        // "Die SPD vertrat A, die FDP B und die Grünen C": the party before the verb of
        // representing, and in the clauses that leave the verb out, the party right before the name.
        if person.partySpelling == nil, start >= 2 {
            func party(endingAt end: Int) -> (spelling: String, start: Int)? {
                for first in stride(from: end - 1, through: max(0, end - 3), by: -1) {
                    if let (spelling, length) = partyAt(first, in: text), first + length == end { return (spelling, first) }
                }
                return nil
            }
            let verbs: [Substring] = ["vertrat", "vertraten"]
            let determiners: [Substring] = ["die", "der", "den", "Die", "Der", "Den"]
            if verbs.contains(words[start - 1].text), let found = party(endingAt: start - 1),
               found.start == 0 || sentence[found.start - 1] != sentence[start] || determiners.contains(words[found.start - 1].text) {
                person.partySpelling = found.spelling
                person.ownCues = true
                person.cues.append(.candidate)
            } else if let found = party(endingAt: start), found.start >= 2, determiners.contains(words[found.start - 1].text),
                      gap(text, found.start - 2, found.start - 1).contains(where: { $0 == "," }) || ["und", "sowie"].contains(words[found.start - 2].text),
                      (0..<found.start).contains(where: { sentence[$0] == sentence[start] && verbs.contains(words[$0].text) }) {
                person.partySpelling = found.spelling
                person.ownCues = true
                person.cues.append(.candidate)
            }
        }
        // "… stellten sich den Fragen der Redakteurinnen A und B": who asks is no candidate.
        back = start - 1
        while back >= 0, back >= start - 8, sentence[back] == sentence[start], !others.contains(where: { $0.words.contains(back) }) {
            if ["Fragen", "Frage"].contains(words[back].text), back + 1 < start, ["der", "des", "von"].contains(words[back + 1].text),
               (back + 2..<start).allSatisfy({ words[$0].text.first?.isLowercase == true || RoleWords.cue(of: words[$0].text) != nil
                   || RoleWords.partyPrefix(of: words[$0].text) != nil }) {
                person.cues.insert(.moderator, at: 0)
                person.listCues.append(.moderator)
                person.ownCues = true
                break
            }
            back -= 1
        }
        // "Foto: Vorname Name", "© SZ/Vorname Name", a byline "Von Vorname Name": who took the
        // picture or wrote the text.
        let byline = start == 1 && words[0].text == "Von" && person.words.upperBound == words.count - 1
        let before = text.text.utf8[..<words[start].range.lowerBound].suffix(16)
        let credit = zip(before, before.dropFirst()).contains { $0 == 0xC2 && $1 == 0xA9 } && !before.contains(0x0A)  // "©" on this line
        if byline || credit || start > 0 && ["Foto", "Fotos", "Bild", "Grafik", "Text"].contains(words[start - 1].text)
            && gap(text, start - 1, start).utf8.contains(0x3A) {  // ":"
            person.cues.insert(.press, at: 0)
            person.ownCues = true
        }
        // "Souverän moderierte Bürgermeister X die Diskussion": the moderating verb before the name.
        // "moderiert von den Redakteuren A und B": the whole list moderated.
        if prefix.contains(where: { ["moderierte", "moderierten", "moderiert", "leitete", "Moderierte", "Moderiert"].contains(words[$0].text) }) {
            person.cues.insert(.moderator, at: 0)
            person.listCues.insert(.moderator, at: 0)
            person.ownCues = true
        }
        // "moderiert von X", "Moderiert wird der Abend von Redakteurin X", "Moderiert wurde von
        // Bennet Olsen, Ida Krämer …" (a first name the list holds unknown).
        var agentBefore = prefix.suffix(2).contains(where: { words[$0].text == "von" || words[$0].text == "durch" })
        if !agentBefore, start > 3, gap(text, start - 1, start).trimmingScalars(where: \.isBlank) == ",",
           text.kinds[start - 1].contains(.capitalized), text.kinds[start - 2].contains(.capitalized) {
            agentBefore = ["von", "durch"].contains(words[start - 3].text)
        }
        if agentBefore {
            let clause = clauseWords(before: start, in: text, sentence: sentence)
            if clause.contains(where: { RoleWords.moderationWords.contains($0.lowercased()) }) {
                person.cues.insert(.moderator, at: 0)
                person.listCues.append(.moderator)
                person.ownCues = true
            }
        }
        // "Durch den Abend führte Redakteur X": leading through the evening is moderating.
        if !person.cues.contains(.moderator), start > 2 {
            let clause = clauseWords(before: start, in: text, sentence: sentence)
            if clause.contains(where: { $0 == "führte" || $0 == "führten" }), clause.contains(where: { $0 == "Durch" || $0 == "durch" }) {
                person.cues.insert(.moderator, at: 0)
                person.ownCues = true
            }
        }
        return prefix.first ?? apposition.first ?? start
    }

    /// "vor 100 Zuhörern A, B und C", "vor vielen Besuchern": an audience counted, before the
    /// names of the panel it watched, not a role of those names.
    private func countsAnAudience(_ index: Int, in text: TextWords) -> Bool {
        let words = text.words
        return index > 0 && Self.isPlural(words[index].text.lowercased(), after: "")
            && (words[index - 1].text.allSatisfy(\.isNumber) || ["vor", "vielen", "zahlreichen"].contains(words[index - 1].text))
    }

    /// "Einzelbewerber", "Einzelkandidatin": a candidate without a party.
    private static func isIndependentRole(_ lower: String) -> Bool {
        lower.hasPrefix("einzelbewerber") || lower.hasPrefix("einzelkandidat")
    }

    /// A role noun in the plural: "Kandidaten", "Moderatorinnen", "die Bewerber".
    private static func isPlural(_ word: String, after determiner: String) -> Bool {
        word.hasSuffix("innen") || word.hasSuffix("en") || word.hasSuffix("ern") || word.hasSuffix("räte") || word.hasSuffix("mitglieder")
            || word.hasSuffix("eure")  // "die Redakteure A und B"
            || word.hasSuffix("er") && ["die", "den", "beiden", "zwei", "drei", "vier", "fünf", "sechs", "alle"].contains(determiner)
    }

    /// Reads the words after the name: parentheses, a party after a comma or "von der", an
    /// apposition, "als Kandidat", and words of succession.
    private func annotateSuffix(_ person: inout NamedPerson, in text: TextWords, sentence: [Int], others: [NamedPerson]) {
        let words = text.words
        let end = person.words.upperBound
        var after = words[end].range.upperBound
        if let content = parenthesis(after: after, in: text.text) {
            readParenthesis(content, into: &person)
            if let close = text.text.utf8[after...].firstIndex(of: 0x29) { after = text.text.utf8.index(after: close) }
        }
        var next = words[(end + 1)...].firstIndex { $0.range.lowerBound >= after } ?? words.count
        let rest = text.text[after...]
        // "Olaf Lindner (Bürger für Musterstadt): „…“" opening a paragraph: a candidate's answer.
        if person.words.lowerBound == 0, rest.hasPrefix(":"), person.partySpelling != nil || person.listSpelling != nil {
            person.cues.append(.candidate)
            person.partySpelling = person.partySpelling ?? person.listSpelling
            person.ownCues = true
        }
        // "Anton Kettler CSU, Ingo Paulsen Bündnis 90/Die Grünen": a party right after the name.
        if person.partySpelling == nil, next < words.count, joinedOrSpace(text, after, next),
           let (spelling, length) = partyAt(next, in: text), spelling != "parteilos" || words[next].text.first?.isUppercase == true,
           next + length >= words.count || gap(text, next + length - 1, next + length).contains(where: { ",.;".contains($0) })
            || ["und", "sowie"].contains(words[next + length].text) {
            person.partySpelling = spelling
            person.ownCues = true
            next += length
        }
        // ", CDU," — a party between commas; ", Bayernpartei," a list, if the list has parties.
        if rest.hasPrefix(", "), next < words.count {
            if let (spelling, length) = partyAt(next, in: text), next + length >= words.count
                || !gap(text, next + length - 1, next + length).trimmingScalars(where: \.isBlank).isEmpty {
                person.partySpelling = person.partySpelling ?? spelling
                next += length
            } else if text.kinds[next].contains(.capitalized), text.kinds[next].isDisjoint(with: [.givenName, .title]),
                      RoleWords.cue(of: words[next].text) == nil, !others.contains(where: { $0.words.contains(next) }) {
                // Up to three words: ", Hainbacher Liste,", ", Parteifreie/NWG und".
                var last = next
                while last + 1 < words.count, last < next + 2, text.kinds[last + 1].contains(.capitalized),
                      joined(text, last, last + 1) || gap(text, last, last + 1) == "/" {
                    last += 1
                }
                // "…, Jens Ulbrich, Sarmed Yilmaz, …": in a list of people, two words are the next person.
                let personShaped = last == next + 1 && !words[next].text.hasSuffix("er") && joined(text, next, last)
                    && !(next...last).contains { Self.isListWord(words[$0].text) }
                // "Ida Kern (50), Jugendpflegerin und …": an occupation, no list.
                let occupation = last == next && Self.occupationEndings.contains { words[next].text.hasSuffix($0) }
                if !personShaped, !occupation, last + 1 < words.count, gap(text, last, last + 1).hasPrefix(",") || words[last + 1].text == "und" {
                    person.listSpelling = person.listSpelling
                        ?? String(text.text[words[next].range.lowerBound..<words[last].range.upperBound])
                }
            }
        }
        // "Bürgermeister A und seine Herausforderer": the office-holder runs.
        if next + 2 < words.count, words[next].text == "und", ["seine", "ihre"].contains(words[next + 1].text),
           ["Herausforderer", "Herausforderin", "Herausforderinnen", "Konkurrenten", "Konkurrentinnen", "Mitbewerber", "Mitbewerberin"]
            .contains(words[next + 2].text) {
            person.cues.append(.candidate)
        }
        // "von der SPD", "für die Freien Wähler", "von Volt"; also after a home town or an age:
        // "Kai Brandtner aus Unterholz für die Bürgerliste", "Nora Weidlich, 47, von den Grünen".
        var phraseStart = next
        if next + 1 < words.count, joinedOrSpace(text, after, next), words[next].text == "aus",
           text.kinds[next + 1].contains(.capitalized), joined(text, next, next + 1) {
            var last = next + 1
            while last + 1 < words.count, last < next + 3, text.kinds[last + 1].contains(.capitalized), joined(text, last, last + 1) {
                last += 1
            }
            if last + 1 < words.count, joined(text, last, last + 1), ["von", "für"].contains(words[last + 1].text) { phraseStart = last + 1 }
        } else if rest.hasPrefix(", "), next + 1 < words.count, words[next].text.allSatisfy(\.isNumber),
                  gap(text, next, next + 1).trimmingScalars(where: \.isBlank) == ",", ["von", "für"].contains(words[next + 1].text) {
            phraseStart = next + 1
        }
        if phraseStart < words.count, phraseStart > next || joinedOrSpace(text, after, next), ["von", "für"].contains(words[phraseStart].text) {
            var position = phraseStart + 1
            while position < words.count, ["der", "den", "die", "dem", "das"].contains(words[position].text) { position += 1 }
            // "von der Partei „Die Linke“"
            if position + 1 < words.count, words[position].text == "Partei" { position += 1 }
            if position < words.count, words[position].text == "Die", position + 1 < words.count,
               partyAt(position + 1, in: text) != nil {
                position += 1
            }
            if position < words.count, position == phraseStart + 1 || joined(text, position - 1, position)
                || gap(text, position - 1, position).allSatisfy({ " „“\"”".contains($0) }) {
                if let (spelling, length) = partyAt(position, in: text) {
                    // "…, für die Grünen Regina Wolf": the party of the name that follows.
                    if !namedRightAfter(position + length, in: text, others) {
                        person.partySpelling = person.partySpelling ?? spelling
                        person.partyPhraseEnd = position + length
                    }
                } else if text.kinds[position].contains(.nameLike) {
                    var last = position
                    while last + 1 < words.count, last - position < 2, joined(text, last, last + 1),
                          words[last + 1].text.first?.isUppercase == true || words[last + 1].text == "für" {
                        last += 1
                    }
                    // "Bürgern für das Oberland": the article of what the list is for.
                    if words[last].text == "für", last + 2 < words.count, ["den", "die", "das"].contains(words[last + 1].text),
                       joined(text, last, last + 1), joined(text, last + 1, last + 2), words[last + 2].text.first?.isUppercase == true {
                        last += 2
                    }
                    // "von der Wählergemeinschaft Pro Au", "von der UWG"; not "für die Fachschaft Wirtschaft".
                    let named = (position...last).contains { index in
                        Self.isListWord(words[index].text) || words[index].text.allSatisfy { $0.isUppercase || $0 == "-" }
                    }
                    if named {
                        // "von den Bürgern für …" names the list "Bürger für …".
                        let first = words[position].text == "Bürgern" ? "Bürger" : String(words[position].text)
                        let rest = text.text[words[position].range.upperBound..<words[last].range.upperBound]
                        person.listSpelling = person.listSpelling ?? first + rest
                        // "A von der Wählergemeinschaft Pro Au, B von der SPD": the list goes on.
                        person.partyPhraseEnd = last + 1
                    }
                }
            }
        }
        // "von X gut moderiert", "An der von A und B moderierten Runde": marked here, decided for
        // the list it ends once lists are known. The verb only: "(Moderator)" after a name is
        // that person's role, and "…, moderiert von A und B" names who moderated after it.
        var position = next
        while position < words.count, position < next + 4, sentence[position] == sentence[end] {
            if words[position].text.hasPrefix("moderi") {
                let agentFollows = position + 1 < words.count && ["von", "durch"].contains(words[position + 1].text)
                person.moderatedAfter = !agentFollows
                break
            }
            position += 1
        }
        // "hatte der Ratsvorsitzende X eingeladen": who invited is an organiser.
        if (next..<min(next + 3, words.count)).contains(where: { sentence[$0] == sentence[end] && (words[$0].text == "eingeladen" || words[$0].text == "geladen") }),
           clauseWords(before: person.words.lowerBound, in: text, sentence: sentence).contains(where: { ["hatte", "hatten", "hat"].contains($0) }) {
            person.cues.insert(.organiser, at: 0)
            person.ownCues = true
        }
        // An apposition: ", scheidender Bürgermeister der Kreisstadt", ", Kandidat der Grünen".
        let sameSentence = sentence[end]
        var window = next
        var count = 0
        // "A, sowie die Moderatoren B und C": after the comma the list goes on; no apposition.
        let listGoesOn = next < words.count && ["sowie", "und", "oder"].contains(words[next].text)
        // "Im Gespräch mit X erklärte Y, warum sie kandidiert": after a speech verb with its own
        // subject, the running is that subject's.
        var anotherClause = false
        // "A und B fehlten": an absence told as the predicate (no comma after the name) is the whole list's.
        func absent() {
            person.cues.append(.notRunning)
            if !rest.hasPrefix(",") { person.appositionListCues.append(.notRunning) }
        }
        while window < words.count, count < 20, sentence[window] == sameSentence,
              !others.contains(where: { $0.words.contains(window) }) {
            // "hatte angekündigt, dass er sein Amt nach 30 Jahren abgeben will": leaving office.
            if Self.leavingVerbs.contains(words[window].text), (next..<window).contains(where: { Self.officeNouns.contains(words[$0].text) }) {
                person.cues.append(.notRunning)
                break
            }
            // "Mit A (Freie Wähler) und B hatten zuvor zwei der Bewerber ihre Teilnahme kurzfristig
            // abgesagt": past the apposition's twelve words, only an absence told at the end of a
            // long clause counts.
            guard count < 12 else {
                if RoleWords.absenceWords.contains(words[window].text.lowercased()) {
                    absent()
                    break
                }
                count += 1
                window += 1
                continue
            }
            // "Die Redaktion (A, rechts) hatte Bürgermeister B …": a parenthesis that closes ends the apposition.
            if window > next, gap(text, window - 1, window).contains(")") { break }
            let word = words[window].text
            // "A (UWB), moderiert von den Redakteuren B und C": the agent of a participle is someone else.
            if window + 1 < words.count, Self.introducesAnAgent(word, before: words[window + 1].text) { break }
            let lower = text.kinds[window].contains(.capitalized) ? word.lowercased() : String(word)
            if count < 5, let cue = RoleWords.cue(of: word), rest.hasPrefix(",") && !listGoesOn || (next < words.count && words[next].text == "als") {
                person.cues.append(cue)
                person.ownCues = true
                person.roleWords.append(lower)
                // ", Kandidaten der …", "A und B als Kandidaten": a plural for the whole list.
                if rest.hasPrefix(",") || next < words.count && words[next].text == "als", count <= 1, Self.isPlural(lower, after: "") {
                    person.appositionListCues.append(cue)
                }
                if cue == .candidate, window + 2 < words.count, ["der", "des", "von", "für"].contains(words[window + 1].text) {
                    if let joint = jointParties(at: window + 2, in: text) {
                        person.partySpelling = person.partySpelling ?? joint
                    } else if let (spelling, _) = partyAt(window + 2, in: text) {
                        person.partySpelling = person.partySpelling ?? spelling
                    } else if let list = quotedListName(after: window + 1, in: text) {
                        // ", Kandidat der Wählergruppe »Die Andere«": the list as quoted.
                        person.listSpelling = person.listSpelling ?? list
                    } else if words[window + 1].text == "des", text.kinds[window + 2].contains(.capitalized),
                              let list = Self.nominative(ofGenitive: words[window + 2].text) {
                        // ", Spitzenkandidat des Bürgerbundes": a list, in its own case.
                        person.listSpelling = person.listSpelling ?? list
                    }
                }
            }
            // "A (38) und B (63), die beide als Einzelbewerber antreten": independent, the whole list.
            if count < 5, Self.isIndependentRole(lower), rest.hasPrefix(",") {
                person.partySpelling = person.partySpelling ?? "parteilos"
                if (next..<window).contains(where: { ["beide", "alle"].contains(words[$0].text) }) {
                    person.listPartySpelling = "parteilos"
                    person.appositionListCues.append(.candidate)
                }
            }
            // ", der die Veranstaltung ausgerichtet hatte": an organiser.
            if ["ausgerichtet", "organisiert", "veranstaltet"].contains(lower), rest.hasPrefix(","),
               window + 1 < words.count, ["hatte", "hatten", "hat", "haben"].contains(words[window + 1].text) {
                person.cues.insert(.organiser, at: 0)
                person.ownCues = true
            }
            // ", der wieder für die SPD antritt": running; "kandidiert nach 26 Jahren nicht mehr",
            // ", der nicht mehr antritt": not running.
            if GermanWords.speechVerbs.contains(lower), window + 1 < words.count, text.kinds[window + 1].contains(.capitalized) {
                anotherClause = true
            }
            if !anotherClause, RoleWords.runningWords.contains(lower) || isSplitRunningVerb(window, in: text, sentence: sentence) {
                let around = max(next, window - 3)..<min(words.count, window + 6)
                let negated = around.contains { sentence[$0] == sameSentence && words[$0].text == "nicht" }
                person.cues.append(negated ? .notRunning : .candidate)
                // "A, B (alle CDU) und C stellen sich nicht mehr zur Wahl": the whole list.
                if negated, !rest.hasPrefix(",") { person.appositionListCues.append(.notRunning) }
                person.ownCues = true
            }
            // "tritt ohne Partei-Unterstützung an", "ohne Parteibuch"; "tritt unabhängig an",
            // "kandidiert parteilos".
            if deniesParty(at: window, in: text) {
                person.partySpelling = person.partySpelling ?? "parteilos"
            }
            if ["unabhängig", "parteilos"].contains(lower), window > 0,
               ["tritt", "kandidiert", "treten", "kandidieren"].contains(words[window - 1].text) {
                person.partySpelling = person.partySpelling ?? "parteilos"
            }
            if lower == "für", window + 2 < words.count, ["die", "den", "das"].contains(words[window + 1].text) {
                if let (spelling, length) = partyAt(window + 2, in: text) {
                    if !namedRightAfter(window + 2 + length, in: text, others) { person.partySpelling = person.partySpelling ?? spelling }
                } else if text.kinds[window + 2].contains(.capitalized) {
                    // "tritt für die Bürgerliste Reddighausen an": a list, named up to the verb.
                    var last = window + 2
                    while last + 1 < words.count, last < window + 5, text.kinds[last + 1].contains(.capitalized), joined(text, last, last + 1) {
                        last += 1
                    }
                    if last + 1 < words.count, ["an", "antritt", "kandidiert", "ins"].contains(words[last + 1].text) {
                        person.partySpelling = person.partySpelling
                            ?? String(text.text[words[window + 2].range.lowerBound..<words[last].range.upperBound])
                        person.cues.append(.candidate)
                    }
                }
            }
            // After the name, succession says the person leaves only as "X, dessen Nachfolge …" or
            // "…, der in den Ruhestand geht"; "stellten sich als mögliche Nachfolger vor" runs.
            let leaves = lower == "ruhestand"
                || lower == "nachfolge" && window > 0 && RoleWords.possessives.contains(words[window - 1].text.lowercased())
            if leaves {
                person.cues.append(.notRunning)
            } else if RoleWords.absenceWords.contains(lower)
                // Up to two words after "nicht", or the particle at the clause's end: "nahm am Abend nicht an der Runde teil".
                || lower == "nicht" && (window + 1..<min(window + 5, words.count)).contains(where: {
                    $0 < window + 3 && RoleWords.absentAfterNicht.contains(words[$0].text.lowercased()) || words[$0].text == "teil" }) {
                absent()
            }
            count += 1
            window += 1
        }
    }

    /// Whether someone's name starts at word `index`, right after the word before it ("für die
    /// Grünen Regina Wolf", not "von der SPD, Nora Steiner").
    private func namedRightAfter(_ index: Int, in text: TextWords, _ people: [NamedPerson]) -> Bool {
        index > 0 && index < text.words.count && gap(text, index - 1, index).allSatisfy { $0 == " " }
            && people.contains { $0.words.lowerBound == index }
    }

    /// "tritt" or "treten" with its particle closing the clause: "X tritt dabei ohne
    /// Partei-Unterstützung an", "tritt erneut an".
    private func isSplitRunningVerb(_ index: Int, in text: TextWords, sentence: [Int]) -> Bool {
        let words = text.words
        // "stellen sich (nicht mehr) zur Wahl", "stellt sich erneut zur Wahl".
        if ["stellt", "stellen"].contains(words[index].text), index + 1 < words.count, words[index + 1].text == "sich" {
            return (index + 2..<min(index + 7, words.count)).contains { words[$0].text == "Wahl" && words[$0 - 1].text == "zur" }
        }
        guard words[index].text == "tritt" || words[index].text == "treten" else { return false }
        var position = index + 1
        while position < words.count, position <= index + 6, sentence[position] == sentence[index] {
            if words[position].text == "an",
               position + 1 == words.count || gap(text, position, position + 1).contains(where: { ",.;:!?–".contains($0) }) {
                return true
            }
            position += 1
        }
        return false
    }

    /// What parentheses after a name hold: a party ("SPD", "parteilos", "unabh."), both of a
    /// joint nomination ("SPD und Grüne"), a party for several ("beide parteilos"), a role
    /// ("OB-Kandidat der SPD", "SPD, amtierender Oberbürgermeister"), an age, or an outlet.
    private func readParenthesis(_ content: String, into person: inout NamedPerson) {
        let parts = content.split(separator: ",").map { String($0.trimmingScalars(where: \.isBlank)) }
        for part in parts {
            // "Parteilos/ unterstützt von Die Grünen": the first of several, when it is a party.
            if let slash = part.firstIndex(of: "/"), let party = partySpelling(String(part[..<slash].trimmingScalars(where: \.isBlank))),
               part[part.index(after: slash)...].split(separator: " ").contains(where: { $0.first?.isLowercase == true }) {
                person.partySpelling = person.partySpelling ?? party
                person.ownCues = true
                continue
            }
            var words = part.split(separator: " ").map(String.init)
            var shared = false
            if let first = words.first, ["beide", "alle", "jeweils"].contains(first.lowercased()) {
                words.removeFirst()
                shared = true
                // "(alle anderen parteilos)", "(alle übrigen parteilos)"
                if let next = words.first, ["anderen", "übrigen"].contains(next) { words.removeFirst() }
            }
            // "(für die AfD)", "(von der SPD)": the party the words name.
            words = Self.droppingPreposition(words)
            let phrase = words.joined(separator: " ")
            guard !phrase.isEmpty, !phrase.allSatisfy({ $0.isNumber }) else { continue }
            // "(@handle)": who posted it.
            if phrase.hasPrefix("@") {
                person.cues.append(.press)
                person.ownCues = true
                continue
            }
            // "(FDP-Unterstützung)": supported by a party, which the ballot names.
            if phrase.hasSuffix("-Unterstützung"), let party = partySpelling(String(phrase.dropLast("-Unterstützung".count))) {
                person.partySpelling = person.partySpelling ?? party
                person.ownCues = true
                continue
            }
            if let party = partySpelling(phrase) {
                person.partySpelling = person.partySpelling ?? party
                person.ownCues = true
                // "A und B (beide parteilos)": the party of the whole list.
                if shared { person.listPartySpelling = party }
                continue
            }
            // "SPD und Grüne", "SPD/Grüne": a joint nomination, written as given.
            let joint = Self.nominators(phrase)
            // "Freie Wähler und Für Karlsruhe": a party and a local list, as written.
            if joint.count >= 2, parties.party(spelled: joint[0]) != nil,
               joint.dropFirst().allSatisfy({ parties.party(spelled: $0) != nil
                   || $0.first?.isUppercase == true && $0.split(separator: " ").count <= 3 && RoleWords.cue(of: $0) == nil }) {
                person.partySpelling = person.partySpelling ?? phrase
                person.ownCues = true
                continue
            }
            // "(unabhängiger Einzelbewerber)", "(Einzelkandidat)"
            if words.contains(where: { Self.independentAdjectives.contains($0.lowercased()) || Self.isIndependentRole($0.lowercased()) }) {
                person.partySpelling = person.partySpelling ?? "parteilos"
                person.cues.append(.candidate)
                person.ownCues = true
                continue
            }
            var roleSeen = false
            for (index, word) in words.enumerated() {
                // "(Freie Stadträte)": a list named after its members, no office of the person.
                let listName = index > 0 && words[index - 1].first?.isUppercase == true && Self.isPlural(word.lowercased(), after: "")
                if let cue = RoleWords.cue(of: word), !(cue == .office && listName) {
                    person.cues.append(cue)
                    person.ownCues = true
                    person.description = person.description ?? word
                    person.roleWords.append(word.lowercased())
                    roleSeen = true
                    // "OB-Kandidat der SPD", "Spitzenkandidat für die Linken"
                    var partyStart = index + 2
                    if index + 1 < words.count, words[index + 1] == "für" {
                        while partyStart < words.count, ["die", "den", "das"].contains(words[partyStart]) { partyStart += 1 }
                    }
                    if cue == .candidate, partyStart < words.count, ["der", "des", "von", "für"].contains(words[index + 1]),
                       let party = partySpelling(words[partyStart...].joined(separator: " ")) {
                        person.partySpelling = person.partySpelling ?? party
                    } else if cue == .candidate, partyStart < words.count, ["der", "des", "von", "für"].contains(words[index + 1]),
                              let joint = jointNomination(words[partyStart...].joined(separator: " ")) {
                        // "(Kandidat von CDU und Freien Wählern)"
                        person.partySpelling = person.partySpelling ?? joint
                    } else if cue == .candidate, partyStart < words.count, ["der", "des", "von", "für"].contains(words[index + 1]) {
                        person.listSpelling = person.listSpelling ?? words[partyStart...].joined(separator: " ")
                    }
                }
                if let prefix = RoleWords.partyPrefix(of: word), RoleWords.cue(of: word) == .candidate,
                   let party = parties.party(spelled: String(prefix)) {
                    person.partySpelling = person.partySpelling ?? party.shortName
                }
            }
            // Another name of the person ("Lea Brandt") is no list.
            let isName = words.count >= 2 && WordKind.of(TextWords(phrase).words).first?.contains(.givenName) == true
            // "(L.)", "(Mitte)", "(v. l.)": where the person stands in the photograph, no list.
            let photoPosition = phrase.filter(\.isLetter).count < 2 || Self.photoPositions.contains(phrase.lowercased())
            let listLike = !roleSeen && !isName && !photoPosition && words.count <= 4 && words.first?.first?.isUppercase == true
                && words.allSatisfy({ $0.first?.isUppercase == true || Self.listLinkWords.contains($0) })
            if listLike, parts.count == 1 {
                // An unknown name in parentheses: a local list if the person stands as a
                // candidate, else an outlet or an organisation ("Carolin Mertens (SZ)").
                person.listSpelling = person.listSpelling ?? phrase
            } else if listLike, parts.count == 2, part == parts[1], partySpelling(parts[0]) == "parteilos", words.count >= 2 {
                // "(parteilos, Bürger für Tannstadt)": no party's member, nominated by a list.
                person.partySpelling = phrase
            } else if listLike, parts.count == 2, part == parts[1], parties.party(spelled: parts[0]) == nil, isPartyAbbreviation(Substring(parts[0])) {
                // "(ÜWG, Überparteiliche Wählergemeinschaft)": a list's abbreviation and its name.
                person.listSpelling = person.listSpelling ?? parts[0]
            }
        }
    }

    private static let photoPositions: Set<String> = [
        "v.l.", "v. l.", "v.r.", "v. r.", "mitte", "links", "rechts", "ganz links", "ganz rechts", "vorne", "hinten", "l.", "r.", "m.",
    ]

    /// "SPD und Freien Wählern", "SPD sowie Grünen": a nomination by parties of the catalogue
    /// only, in their short names as `jointParties` writes them; nil when any part is none.
    private func jointNomination(_ phrase: String) -> String? {
        let parts = Self.nominators(phrase)
        let found = parts.compactMap { parties.party(spelled: $0) }
        guard parts.count >= 2, found.count == parts.count else { return nil }
        return found.map(\.shortName).joined(separator: " und ")
    }

    /// Who a joint nomination names: "SPD", "Freien Wählern" of "SPD und Freien Wählern";
    /// "SPD", "Grüne" of "SPD/Grüne".
    private static func nominators(_ phrase: String) -> [String] {
        phrase.split(separator: "/").flatMap {
            $0.split(separator: " ").split(whereSeparator: { $0 == "und" || $0 == "sowie" }).map { $0.joined(separator: " ") }
        }
    }

    /// A party's spelling, also abbreviations such as "unabh." and "ptl."; nil for other words.
    private func partySpelling(_ phrase: String) -> String? {
        if let party = parties.party(spelled: phrase) { return party.shortName == "parteilos" ? "parteilos" : phrase }
        let lower = phrase.lowercased()
        if Self.independentAbbreviations.contains(lower) { return "parteilos" }
        return nil
    }

    /// A party spelled from word `index` on, in up to four words: "SPD", "Freien Wähler",
    /// "Bündnis 90/Die Grünen"; with the number of words it takes.
    private func partyAt(_ index: Int, in text: TextWords) -> (String, Int)? {
        let words = text.words
        // Parties are spelled with a capital, but for a few independents ("parteilos", "ödp").
        guard index < words.count, text.kinds[index].contains(.capitalized) || Self.lowerCaseParties.contains(words[index].text)
        else { return nil }
        // Further words only where they run on with capitals or numbers ("Bündnis 90/Die Grünen").
        var longest = 1
        while longest < 4, index + longest < words.count, let first = words[index + longest].text.utf8.first,
              first < 0x80 ? first >= 0x30 && first <= 0x39 || first >= 0x41 && first <= 0x5A : text.kinds[index + longest].contains(.capitalized) {
            longest += 1
        }
        for length in stride(from: longest, through: 1, by: -1) {
            let last = index + length - 1
            guard (index..<last).allSatisfy({ gap(text, $0, $0 + 1).allSatisfy { $0 == " " || $0 == "/" } }) else { continue }
            let spelling = String(text.text[words[index].range.lowerBound..<words[last].range.upperBound])
            // "von der Partei „Die Linke“": the word Partei names no party.
            if spelling == "Partei" || spelling == "Parteien" { continue }
            if let party = parties.party(spelled: spelling) {
                return (party.shortName == "parteilos" ? "parteilos" : spelling, length)
            }
        }
        return nil
    }

    /// "SPD und Grünen", "SPD/Grüne": a joint nomination, as "SPD und Grüne".
    private func jointParties(at index: Int, in text: TextWords) -> String? {
        guard let (first, length) = partyAt(index, in: text), index + length + 1 < text.words.count,
              ["und", "sowie"].contains(text.words[index + length].text),
              let (second, _) = partyAt(index + length + 1, in: text),
              let a = parties.party(spelled: first), let b = parties.party(spelled: second) else { return nil }
        return "\(a.shortName) und \(b.shortName)"
    }

    /// Sentences that open with a description of the person named before: "Die
    /// CDU-Bürgermeisterkandidatin erhielt …", "Der parteilose Kandidat, der …".
    private func descriptions(in text: TextWords, sentence: [Int], paragraph: Int, people: [NamedPerson]) -> [Description] {
        let words = text.words
        var result: [Description] = []
        // "Peter Muster: Der unabhängige Kandidat war …" opens a description too.
        for index in words.indices where ["Der", "Die"].contains(words[index].text)
            && (startsSentence(index, sentence) || gap(text, index - 1, index).contains(":")) {
            var cues: [RoleWords.Cue] = []
            var party: String? = nil
            var roleWords: [String] = []
            var position = index + 1
            while position < words.count, position <= index + 2, joined(text, position - 1, position) {
                let word = words[position].text
                if Self.independentAdjectives.contains(word.lowercased()) { party = "parteilos" }
                if let cue = RoleWords.cue(of: word) {
                    cues.append(cue)
                    roleWords.append(word.lowercased())
                    if let prefix = RoleWords.partyPrefix(of: word), let found = parties.party(spelled: String(prefix)) {
                        party = found.shortName
                    }
                    break
                }
                // "Der CDU-Politiker will …", "Die SPD-Frau": a party's member, as a candidate is.
                if let prefix = RoleWords.partyOfMember(word), let found = parties.party(spelled: String(prefix)) {
                    cues.append(.candidate)
                    roleWords.append(word.lowercased())
                    party = found.shortName
                    break
                }
                position += 1
            }
            // Only a description that says something new (a party): "Der Herausforderer konterte"
            // refers to someone already known as such.
            guard cues == [.candidate], party != nil, !people.contains(where: { $0.words.contains(position + 1) }) else { continue }
            result.append(Description(paragraph: paragraph, word: index, cues: cues, partySpelling: party, roleWords: roleWords))
        }
        return result
    }

    // MARK: Words and gaps

    private static let independentAdjectives: Set<String> = [
        "parteilose", "parteiloser", "parteilosen", "parteilos", "unabhängige", "unabhängiger", "parteiunabhängige",
        "parteiunabhängiger",
    ]
    private static let lowerCaseParties: Set<Substring> = ["parteilos", "parteiunabhängig", "unabhängig", "ödp"]
    private static let independentAbbreviations: Set<String> = ["unabh.", "unabh", "ptl.", "ptl", "parteifrei", "pl.", "pl", "parteil.", "partl."]
    private static let listLinkWords: Set<String> = ["für", "und", "in", "der", "die", "das", "von", "am", "im", "pro", "&"]


    /// "ML", "WGK", "FBB": capitals, as local lists abbreviate their names; not an office's
    /// abbreviation ("OB-Kandidat").
    private func isPartyAbbreviation(_ word: Substring) -> Bool {
        (2...6).contains(word.count) && word.allSatisfy { $0.isUppercase || $0 == "Ö" || $0 == "Ü" || $0 == "Ä" }
            && !Self.officeAbbreviations.contains(word)
            || parties.party(spelled: String(word)) != nil
    }

    private static let officeAbbreviations: Set<Substring> = ["OB", "BM", "HVB", "MDB", "MDL", "EU", "US", "TV", "IHK"]

    /// Only spaces between word `a` and word `b` (a name runs on only so).
    private func joined(_ text: TextWords, _ a: Int, _ b: Int) -> Bool {
        guard a >= 0, b < text.words.count else { return false }
        if b == a + 1 { return text.joinedToNext[a] }
        return text.onlySpaces(from: text.words[a].range.upperBound, to: text.words[b].range.lowerBound)
    }

    private func joinedOrSpace(_ text: TextWords, _ position: String.Index, _ word: Int) -> Bool {
        text.onlySpaces(from: position, to: text.words[word].range.lowerBound)
    }

    /// "Otto Lindacher, CSU," or "Otto Lindacher (CSU)": a party right after word `position`
    /// makes a name of a sentence's first word that could be a noun.
    private func partyFollows(_ position: Int, in text: TextWords) -> Bool {
        guard position + 1 < text.words.count, text.kinds[position].contains(.capitalized) else { return false }
        let between = gap(text, position, position + 1)
        return (between == ", " || between == " (") && partyAt(position + 1, in: text) != nil
    }

    private func gap(_ text: TextWords, _ a: Int, _ b: Int) -> Substring {
        text.text[text.words[a].range.upperBound..<text.words[b].range.lowerBound]
    }

    /// The text in parentheses right after `position` (past spaces), or nil.
    /// The name in quotation marks after a list's noun within four words of `index`:
    /// "der linken Wählergruppe »Die Andere«" → "Die Andere".
    private func quotedListName(after index: Int, in text: TextWords) -> String? {
        let words = text.words
        for position in index..<min(index + 4, words.count - 1) where Self.listNouns.contains(words[position].text) {
            let rest = text.text[words[position].range.upperBound...].drop(while: { $0 == " " })
            guard let open = rest.first, "„»\"«".contains(open) else { return nil }
            let inner = rest.dropFirst()
            guard let close = inner.prefix(50).firstIndex(where: { "“«\"»”".contains($0) }) else { return nil }
            let name = inner[..<close].trimmingScalars(where: \.isBlank)
            return name.first?.isUppercase == true ? String(name) : nil
        }
        return nil
    }

    /// Whether a word is part of a voter group's name: "Hainbacher Liste", "Bürger für Unterholz",
    /// "Wählergemeinschaft".
    private static func isListWord(_ word: some StringProtocol) -> Bool {
        ["Liste", "Wähler", "Bürger", "Gemeinschaft", "Bündnis", "Initiative", "Partei", "Union", "Forum", "Block"].contains { word.contains($0) }
    }

    /// Endings of occupations, which an apposition after a name gives: "Jugendpfleger", "Landwirtin".
    private static let occupationEndings = [
        "pfleger", "pflegerin", "lehrer", "lehrerin", "arbeiter", "arbeiterin", "berater", "beraterin", "erzieher",
        "erzieherin", "wirt", "wirtin", "ingenieur", "ingenieurin", "kaufmann", "kauffrau", "beamter", "beamtin", "angestellter",
        "angestellte", "techniker", "technikerin", "meister", "meisterin", "jurist", "juristin", "ökonom", "ökonomin",
    ]

    /// What all the others did who came: "sind alle der Einladung gefolgt", "trafen sich alle".
    private static let cameWords: Set<Substring> = ["gefolgt", "erschienen", "gekommen", "anwesend", "dabei", "teilgenommen", "trafen"]

    /// Giving up an office: "sein Amt abgeben", "den Posten niederlegen".
    private static let leavingVerbs: Set<Substring> = ["abgeben", "niederlegen", "aufgeben", "abgibt", "niederlegt", "aufgibt"]
    private static let officeNouns: Set<Substring> = ["Amt", "Posten", "Chefsessel", "Amtes"]

    /// A participle followed by who did it: "moderiert von", "eingeladen durch".
    private static func introducesAnAgent(_ participle: some StringProtocol, before preposition: some StringProtocol) -> Bool {
        (preposition == "von" || preposition == "durch") && participle.first?.isLowercase == true
            && (participle.hasSuffix("t") || participle.hasSuffix("en"))
    }

    private static let listNouns: Set<Substring> = [
        "Wählergruppe", "Wählergemeinschaft", "Wählervereinigung", "Liste", "Partei", "Bündnis", "Initiative",
    ]

    private func parenthesis(after position: String.Index, in text: String) -> String? {
        // Bytes: parentheses and spaces are ASCII, and a byte search never breaks graphemes.
        let bytes = text.utf8
        var start = position
        while start < bytes.endIndex, bytes[start] == 0x20 { start = bytes.index(after: start) }
        guard start < bytes.endIndex, bytes[start] == 0x28 else { return nil }  // "("
        let inner = bytes.index(after: start)
        guard let close = bytes[inner...].prefix(240).firstIndex(where: { $0 == 0x29 || $0 == 0x28 }), bytes[close] == 0x29
        else { return nil }
        let content = text[inner..<close]
        return content.count <= 80 ? String(content) : nil
    }

    /// The sentence number of each word: a new sentence after ".", "!" or "?" (not after a
    /// number, as in "am 9. März"), and after a colon or a quotation mark.
    private func sentenceNumbers(_ text: TextWords, atQuotes: Bool) -> [Int] {
        var numbers: [Int] = []
        numbers.reserveCapacity(text.words.count)
        var current = 0
        let bytes = text.text.utf8
        for index in text.words.indices {
            if index > 0, !text.joinedToNext[index - 1] {
                // Bytes: ".!?;" and '"' are ASCII; „ “ » « have lead bytes E2 and C2.
                let between = bytes[text.words[index - 1].range.upperBound..<text.words[index].range.lowerBound]
                var ends = false
                var previous: UInt8 = 0
                for byte in between {
                    switch byte {
                    case 0x2E, 0x21, 0x3F, 0x3B: ends = true
                    case 0x22: ends = ends || atQuotes
                    case 0x9E where previous == 0x80, 0x9C where previous == 0x80: ends = ends || atQuotes  // „ “ (E2 80 9E, E2 80 9C)
                    case 0xBB where previous == 0xC2, 0xAB where previous == 0xC2: ends = ends || atQuotes  // » «
                    default: break
                    }
                    previous = byte
                }
                // A period after a number ("am 9. März") or an abbreviation ("(v. l.)", "bzw.") ends nothing.
                let previousWord = text.words[index - 1].text
                if ends, !(between.first == 0x2E && (previousWord.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                    || GermanWords.isAbbreviation(previousWord) || isMiddleInitial(index - 1, in: text))) {
                    current += 1
                }
            }
            numbers.append(current)
        }
        return numbers
    }

    /// Whether the name opens its sentence (or follows a colon or a comma) and a verb of
    /// arguing follows it.
    private func argues(_ person: NamedPerson, in text: TextWords, sentence: [Int]) -> Bool {
        let first = person.words.lowerBound
        let after = person.words.upperBound + 1
        guard after < text.words.count, joined(text, after - 1, after), Self.arguingVerbs.contains(text.words[after].text) else { return false }
        return startsSentence(first, sentence) || first > 0 && gap(text, first - 1, first).contains(where: { $0 == ":" || $0 == "," })
    }

    /// "„…“, sagte Karla Beispiel": the name right after the verb that follows a quotation.
    private func speaksAfterQuotation(_ person: NamedPerson, in text: TextWords) -> Bool {
        let first = person.words.lowerBound
        return first > 1 && joined(text, first - 1, first) && Self.arguingVerbs.contains(text.words[first - 1].text)
            && gap(text, first - 2, first - 1).unicodeScalars.contains(where: QuoteExtractor.closingMarks.contains)
    }

    /// "von X wissen": "von" right before the name, "wissen" at most six words after it.
    private func isAsked(_ person: NamedPerson, in text: TextWords, sentence: [Int]) -> Bool {
        let first = person.words.lowerBound
        guard first > 0, text.words[first - 1].text == "von" || text.words[first - 1].text == "Von" else { return false }
        let last = person.words.upperBound
        return (last + 1..<min(last + 7, text.words.count)).contains { sentence[$0] == sentence[last] && text.words[$0].text == "wissen" }
    }

    /// Verbs of a speaker who argues, not one who asks ("fragte") or only has a view ("sieht").
    private static let arguingVerbs: Set<Substring> = [
        "sagte", "sagt", "betonte", "betont", "forderte", "fordert", "verwies", "verweist", "plädierte", "plädiert",
        "kritisierte", "kritisiert", "erklärte", "erklärt", "meinte", "meint", "sprach", "spricht", "punktete", "punktet",
        "warb", "wirbt", "versprach", "verspricht", "setzte", "setzt", "lobte", "lobt", "kündigte", "kündigt", "räumte",
        "räumt", "schlug", "schlägt", "ergänzte", "ergänzt", "antwortete", "antwortet", "konterte", "kontert", "blieb",
        "bleibt", "stellte", "stellt", "hielt", "hält",
    ]

    /// Verbs of those who prepare or lead a forum, not of its panel.
    private static let organisingWords: Set<Substring> = [
        "vorbereitet", "organisiert", "veranstaltet", "ausgerichtet", "eingeladen", "moderiert", "geleitet", "moderierten",
    ]

    private static let eventNouns: Set<Substring> = ["Veranstaltung", "Abend", "Forum", "Diskussion", "Debatte", "Runde"]

    /// "Gelegenheit", "Meinung", "Wirtschaft": endings of German nouns that no surname after a role has.
    private static func hasNounEnding(_ word: Substring) -> Bool {
        ["heit", "keit", "schaft", "tion", "ität"].contains(where: { word.hasSuffix($0) }) || word.count >= 6 && word.hasSuffix("ung")
    }

    /// "ohne Parteibuch", "ohne Partei-Unterstützung": word `index` says someone has no party.
    private func deniesParty(at index: Int, in text: TextWords) -> Bool {
        index + 1 < text.words.count && (text.words[index].text == "ohne" || text.words[index].text == "Ohne")
            && text.words[index + 1].text.hasPrefix("Partei")
    }

    /// "Bürgerbündnisses" → "Bürgerbündnis", "Bürgervereins" → "Bürgerverein": a noun after
    /// "des" without its genitive ending; nil where it has none.
    private static func nominative(ofGenitive word: Substring) -> String? {
        if word.hasSuffix("nisses") { return String(word.dropLast(3)) }
        if word.hasSuffix("es"), !word.hasSuffix("ses") { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
        return nil
    }

    private func startsSentence(_ index: Int, _ sentence: [Int]) -> Bool {
        index == 0 || sentence[index - 1] != sentence[index]
    }

    /// The words of the clause before word `index`, within its sentence.
    private func clauseWords(before index: Int, in text: TextWords, sentence: [Int]) -> [Substring] {
        var result: [Substring] = []
        var position = index - 1
        while position >= 0, sentence[position] == sentence[index], result.count < 10 {
            result.append(text.words[position].text)
            position -= 1
        }
        return result
    }

    /// Whether word `index` opens the parentheses right after `previous`'s name.
    private func isInParentheses(_ index: Int, after previous: NamedPerson, in text: TextWords) -> Bool {
        guard previous.words.upperBound < index else { return false }
        let between = text.text[text.words[previous.words.upperBound].range.upperBound..<text.words[index].range.lowerBound]
        return between.trimmingScalars(where: \.isBlank) == "("
    }

    /// Whether the text between the previous person and this one's phrase only joins a list:
    /// ", ", " und ", " sowie ", " und dem ".
    private func isListSeparator(_ text: TextWords, from previous: NamedPerson, to start: Int, sentence: [Int]) -> Bool {
        guard sentence[previous.words.upperBound] == sentence[start], previous.words.upperBound < start else { return false }
        var from = text.words[previous.words.upperBound].range.upperBound
        // Past the previous person's parentheses: "A (SPD), B (CDU)".
        if parenthesis(after: from, in: text.text) != nil, let close = text.text[from...].firstIndex(of: ")") {
            from = text.text.index(after: close)
        } else if let end = previous.partyPhraseEnd, end <= start {
            // Past "von den Grünen".
            from = text.words[end - 1].range.upperBound
        }
        guard from <= text.words[start].range.lowerBound else { return false }
        // The separator, then the next person's own words before the name ("die Betriebsleiterin").
        let between = text.text[from..<text.words[start].range.lowerBound]
            .split(whereSeparator: { $0 == " " }).map(String.init)
        guard let first = between.first, between.count <= 10 else { return false }
        guard [",", "und", "sowie", ",und", "–", "-"].contains(first) else { return false }
        // ", moderiert von den Redakteuren B": the agent of a participle is no further member.
        if zip(between, between.dropFirst()).contains(where: Self.introducesAnAgent) { return false }
        // The next person's own words (up to four), or an apposition of the previous one between
        // commas: ", Redaktionsleiter der Zeitung, und".
        return between.count <= 5 || between.contains(where: { $0.hasSuffix(",") }) && ["und", "sowie"].contains(between.last!)
    }
}
