import PodiumText

/// A candidate as one article knows them: the name, the party of this candidacy, and the other
/// spellings under which the article names them.
public struct ArticleCandidate: Equatable, Sendable {
    public var name: PersonName
    public var partySpelling: String?
    public var party: PartyCatalog.Party?
    /// Other spellings seen, with their kind: "surname", "misspelling".
    public var aliases: [Alias] = []

    public struct Alias: Equatable, Sendable {
        public var text: String
        public var kind: String
    }
}

/// A place in a paragraph where a candidate is named.
public struct Mention: Equatable, Sendable {
    public var paragraph: Int
    public var range: Range<String.Index>
    public var surface: String
    /// Index into the article's candidates; nil when the name fits more than one.
    public var candidate: Int?
    /// The position in the paragraph in Unicode scalars, as stored in the archive.
    public var start: Int
    public var end: Int
}

/// Reconciles the names in one article: later mentions by surname, title or "Frau X", and
/// misspellings, resolve to the people introduced with full names. Ambiguity is kept as a
/// mention without a person, never guessed. While extraction runs, `Mention.candidate` is an
/// index into the article's people; the extraction keeps the candidates' mentions.
///
/// In the seed, "Thomas Kurzwitz" is Thomas Kürwitz: the same given name, and a surname one
/// edit away. For example:
///
/// ```swift
/// let (people, mentions) = PersonResolver.resolve(paragraphs, people: found)
/// // people[2].aliases contains ("Kurzwitz", "misspelling")
/// ```
enum PersonResolver {
    /// How far a misspelt surname may be from the real one, for surnames of 5 letters or more.
    static let maximumMisspelling = 2

    package static func resolve(_ paragraphs: [String], people input: [ArticlePerson]) -> (people: [ArticlePerson], mentions: [Mention]) {
        resolve(words: paragraphs.map(TextWords.init), people: input)
    }

    /// The same, for paragraphs already split into words.
    package static func resolve(words texts: [TextWords], people input: [ArticlePerson]) -> (people: [ArticlePerson], mentions: [Mention]) {
        var candidates = merged(input)
        addMisspellings(texts, &candidates)
        let names = NameIndex(candidates)
        var mentions: [Mention] = []
        for (paragraph, words) in texts.enumerated() {
            var index = 0
            while index < words.words.count {
                if let (length, candidate) = match(words, at: index, names) {
                    let range = words.words[index].range.lowerBound..<words.words[index + length - 1].range.upperBound
                    let (start, end) = words.offsets(range)
                    mentions.append(Mention(
                        paragraph: paragraph, range: range, surface: String(words.text[range]), candidate: candidate,
                        start: start, end: end))
                    index += length
                } else {
                    index += 1
                }
            }
        }
        for index in candidates.indices {
            let family = candidates[index].name.familyName
            let full = candidates[index].name.fullName
            if full != family, mentions.contains(where: { $0.candidate == index && $0.surface == family }) {
                candidates[index].aliases.append(.init(text: family, kind: "surname"))
            }
        }
        return (candidates, mentions)
    }

    /// One entry a person: the same surname and compatible given names are the same person.
    private static func merged(_ input: [ArticlePerson]) -> [ArticlePerson] {
        var result: [ArticlePerson] = []
        // The names of `result` as compared (`foldedForComparison`), each folded once.
        var folded: [(family: String, given: String?)] = []
        for candidate in input {
            let family = candidate.name.familyName.foldedForComparison
            let given = candidate.name.givenName?.foldedForComparison
            if let index = folded.firstIndex(where: { $0.family == family && PersonName.givenNamesAgree($0.given, given) }) {
                if result[index].name.givenName == nil {
                    result[index].name.givenName = candidate.name.givenName
                    folded[index].given = given
                }
                if result[index].name.title == nil { result[index].name.title = candidate.name.title }
                if result[index].party == nil {
                    result[index].party = candidate.party
                    result[index].partySpelling = candidate.partySpelling
                }
            } else {
                result.append(candidate)
                folded.append((family, given))
            }
        }
        return result
    }

    /// "Given Surnam" where a candidate is "Given Surname": a misspelling, kept as an alias.
    private static func addMisspellings(_ texts: [TextWords], _ candidates: inout [ArticlePerson]) {
        // Most word pairs follow no candidate's given name: look that up first.
        var byLastGivenName: [String: [Int]] = [:]
        for (index, candidate) in candidates.enumerated() {
            guard let given = candidate.name.givenName?.split(separator: " ").last.map(String.init) else { continue }
            byLastGivenName[given, default: []].append(index)
        }
        let foldedFamilyNames = candidates.map(\.name.familyName.foldedForComparison)
        for words in texts {
            for (index, (given, next)) in zip(words.words, words.words.dropFirst()).enumerated() {
                // Given names are looked up only where one stands: a capitalised given name.
                guard words.kinds[index].contains(.givenName), let owners = byLastGivenName[String(given.text)] else { continue }
                let surname = String(next.text)
                guard words.onlySpaces(from: given.range.upperBound, to: next.range.lowerBound),
                      surname.first?.isUppercase == true, surname.count >= 5 else { continue }
                let foldedSurname = surname.foldedForComparison
                let matches = owners.filter { index in
                    let familyName = candidates[index].name.familyName
                    return familyName != surname && familyName.count >= 5
                        && editDistance(foldedFamilyNames[index], foldedSurname) <= maximumMisspelling
                }
                guard matches.count == 1, let index = matches.first,
                      !candidates[index].aliases.contains(where: { $0.text == surname }),
                      !candidates.contains(where: { $0.name.familyName == surname }) else { continue }
                candidates[index].aliases.append(.init(text: surname, kind: "misspelling"))
            }
        }
    }

    /// The candidate named at word `index`: by given and family name, or by family name (or a
    /// misspelling) alone. Returns how many words the name takes.
    private static func match(_ words: TextWords, at index: Int, _ names: NameIndex) -> (Int, Int?)? {
        // Most words cannot start a name: their first byte starts none of the names looked up.
        guard let first = words.words[index].text.utf8.first, names.firstBytes[Int(first)] else { return nil }
        guard words.kinds[index].contains(.capitalized) else {
            // A family name with its particles, without the given name: "sagte de Vaal".
            guard !names.byParticle.isEmpty else { return nil }
            let owners = names.surnameOwners(at: index, in: words)
            return owners.isEmpty ? nil : (owners[0].length, owners.count == 1 ? owners[0].candidate : nil)
        }
        // Given name(s) followed by a surname.
        for (candidate, given) in names.givenNames[String(words.words[index].text)] ?? [] {
            guard index + given.count < words.words.count,
                  zip(given, words.words[index...]).allSatisfy({ $0 == String($1.text) }),
                  let surname = names.surnameOwners(at: index + given.count, in: words).first(where: { $0.candidate == candidate })
            else { continue }
            return (given.count + surname.length, candidate)
        }
        let owners = names.surnameOwners(at: index, in: words)
        guard let length = owners.first?.length else { return nil }
        return (length, owners.count == 1 ? owners[0].candidate : nil)
    }

    /// The candidates' names for looking words up: surnames (and misspellings) to candidates,
    /// first given names to the candidates and their full given names.
    private struct NameIndex {
        var bySurname: [String: [Int]] = [:]
        var givenNames: [String: [(Int, [String])]] = [:]
        /// Family names of several words ("de Vaal", "von der Aue") by their first word.
        var byParticle: [String: [(Int, [String])]] = [:]
        /// Whether a key of any of these dictionaries starts with the byte.
        var firstBytes = [Bool](repeating: false, count: 256)

        init(_ candidates: [ArticlePerson]) {
            for (number, candidate) in candidates.enumerated() {
                let surnames = [candidate.name.familyName] + candidate.aliases.filter { $0.kind == "misspelling" }.map(\.text)
                for surname in surnames where !(bySurname[surname]?.contains(number) ?? false) {
                    let words = surname.split(separator: " ").map(String.init)
                    if words.count > 1 {
                        byParticle[words[0], default: []].append((number, words))
                    } else {
                        bySurname[surname, default: []].append(number)
                    }
                }
                if let given = candidate.name.givenName?.split(separator: " ").map(String.init), let first = given.first {
                    givenNames[first, default: []].append((number, given))
                }
            }
            // Words come from NFC text (TextNormalizer), and a key equals a word when their NFC
            // forms do: the first byte of a key's NFC form, too, when a name was given otherwise.
            for key in Array(bySurname.keys) + Array(givenNames.keys) + Array(byParticle.keys) {
                let forms = TextNormalizer.isSurelyNFC(key) ? [key] : [key, key.precomposedStringWithCanonicalMapping]
                for form in forms {
                    if let first = form.utf8.first { firstBytes[Int(first)] = true }
                }
            }
        }

        /// The candidates whose family name starts at word `index`, with its length in words.
        func surnameOwners(at index: Int, in words: TextWords) -> [(candidate: Int, length: Int)] {
            let word = String(words.words[index].text)
            let long = (byParticle[word] ?? []).filter { _, parts in
                index + parts.count <= words.words.count && zip(parts, words.words[index...]).allSatisfy { $0 == String($1.text) }
            }.map { (candidate: $0.0, length: $0.1.count) }
            return long + (bySurname[word] ?? []).map { (candidate: $0, length: 1) }
        }
    }
}
