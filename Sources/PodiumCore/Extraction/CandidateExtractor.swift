import Foundation

/// Finds candidates where a report introduces them: a name followed by a party in parentheses.
///
/// "Beate Kimmel (SPD)", "Dr. Markus Hollerith (CDU)", "Sabine Kaya-Brenner (Bündnis 90/Die
/// Grünen)", "Thomas Kürwitz (parteilos)". The parentheses must hold a party of the
/// ``PartyCatalog`` — "(BVMW)" or "(IHK)" after an organisation's name is not a party — and the
/// words before them must look like a name: capitalised, not a word such as "Von" or
/// "Kandidatin". For example:
///
/// ```swift
/// CandidateExtractor(parties: .builtIn).candidates(in: "Von Beate Kimmel (SPD) und Tobias Wiesemann (Grüne) …")
/// // Beate Kimmel (SPD), Tobias Wiesemann (Grüne)
/// ```
struct CandidateExtractor {
    struct Found: Equatable {
        var name: PersonName
        var partySpelling: String
        var party: PartyCatalog.Party
    }

    let parties: PartyCatalog

    /// Whether an article reads like a forum report; only then are names in the text taken for
    /// candidates (a news story about a minister "(CDU)" is not a forum).
    static func readsLikeForumReport(_ paragraphs: [String]) -> Bool {
        paragraphs.contains { paragraph in
            let lower = paragraph.fastLowercased()
            return GermanWords.forumCues.contains { lower.containsBytes($0) }
        }
    }

    func candidates(in paragraph: String) -> [Found] {
        candidates(in: TextWords(paragraph))
    }

    /// The same, for a paragraph already split into words (extraction splits each paragraph once).
    func candidates(in words: TextWords) -> [Found] {
        let paragraph = words.text
        var found: [Found] = []
        // Scalar by scalar: finding characters means grapheme breaking the whole paragraph.
        let scalars = paragraph.unicodeScalars
        var searchFrom = paragraph.startIndex
        while let open = scalars[searchFrom...].firstIndex(of: "("),
              let close = scalars[open...].firstIndex(of: ")") {
            searchFrom = scalars.index(after: close)
            let spelling = String(paragraph[scalars.index(after: open)..<close].trimmingScalars(where: \.isBlank))
            guard let party = parties.party(spelled: spelling),
                  let name = name(before: open, in: words) else { continue }
            found.append(Found(name: name, partySpelling: spelling, party: party))
        }
        return found
    }

    /// The name that ends just before `position`: up to three capitalised words, with titles.
    private func name(before position: String.Index, in text: TextWords) -> PersonName? {
        guard var index = text.words.lastIndex(where: { $0.range.upperBound <= position }),
              text.onlySpaces(from: text.words[index].range.upperBound, to: position) else { return nil }
        var nameWords: [String] = []
        var titles: [String] = []
        while index >= 0 {
            let word = text.words[index]
            let string = String(word.text)
            if GermanWords.titles.contains(string) {
                titles.insert(string, at: 0)
            } else if !titles.isEmpty || nameWords.count == 3 || !isNameWord(string) {
                break
            } else {
                nameWords.insert(string, at: 0)
            }
            // Names run on only across single spaces: a comma or "und" ends them.
            guard index > 0, text.onlySpaces(from: text.words[index - 1].range.upperBound, to: word.range.lowerBound)
            else { break }
            index -= 1
        }
        while let first = nameWords.first, GermanWords.notNames.contains(first) || GermanWords.isRole(first) {
            nameWords.removeFirst()
        }
        // From running text, a candidate needs a given and a family name: "Deutschland" in
        // "Alternative für Deutschland (AfD)" is not a person.
        guard nameWords.count >= 2, let family = nameWords.last else { return nil }
        return PersonName(
            title: titles.isEmpty ? nil : titles.joined(separator: " "),
            givenName: nameWords.count > 1 ? nameWords.dropLast().joined(separator: " ") : nil,
            familyName: family)
    }

    private func isNameWord(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
            && !word.dropFirst().allSatisfy(\.isUppercase)  // "SPD", "IHK" are not names
    }
}
