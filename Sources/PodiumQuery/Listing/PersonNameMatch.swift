import GRDB
import PodiumText

/// Finds the persons one of whose spellings (full name, surname, alias) is a given name,
/// ignoring case and diacritics, through the name indexes of
/// `migrations/0007_person_name_index.sql`: FTS5 finds the few names that contain every word
/// asked for, and only those are compared here.
enum PersonNameMatch {
    /// The ids of the persons `spelling` names; empty when none.
    static func personIDs(spelled spelling: String, in db: Database) throws -> Set<Int64> {
        let wanted = spelling.foldedForComparison
        guard let match = expression(wanted) else { return [] }
        var ids = Set<Int64>()
        let persons = try Row.fetchCursor(db.cachedStatement(sql: personsMatching), arguments: [match])
        while let row = try persons.next() {
            if (row["name"] as String).foldedForComparison == wanted
                || (row["family_name"] as String?)?.foldedForComparison == wanted {
                ids.insert(row["id"])
            }
        }
        let aliases = try Row.fetchCursor(db.cachedStatement(sql: aliasesMatching), arguments: [match])
        while let row = try aliases.next() {
            if (row["alias"] as String).foldedForComparison == wanted { ids.insert(row["person_id"]) }
        }
        return ids
    }

    /// Every word of the folded name, as FTS5 words: `"kurwitz"`, `"thomas" AND "kurwitz"`. A
    /// folded "ss" may have been an ß, which unicode61 keeps, so a word with "ss" is looked up
    /// in both spellings: `("strauss" OR "strauß")`. Nil when the name has no word.
    static func expression(_ folded: String) -> String? {
        let words = WordTokenizer.words(folded)
        guard !words.isEmpty else { return nil }
        return words.map { word in
            let spellings = sharpSSpellings(String(word))
            let quoted = spellings.map { "\"\($0)\"" }
            return quoted.count == 1 ? quoted[0] : "(" + quoted.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }

    /// `word` with each "ss" either kept or written ß: "strasse" gives strasse and straße.
    /// At most ``maximumSpellings``; a word with more "ss" than that allows keeps the rest.
    static func sharpSSpellings(_ word: String) -> [String] {
        var spellings = [""]
        var rest = Substring(word)
        while let range = rest.range(of: "ss") {
            let before = rest[..<range.lowerBound]
            let forms = spellings.count * 2 <= maximumSpellings ? ["ss", "ß"] : ["ss"]
            spellings = spellings.flatMap { prefix in forms.map { prefix + before + $0 } }
            rest = rest[range.upperBound...]
        }
        return spellings.map { $0 + rest }
    }

    static let maximumSpellings = 16

    static let personsMatching = """
        SELECT p.id, p.name, p.family_name FROM persons_fts JOIN persons p ON p.id = persons_fts.rowid
        WHERE persons_fts MATCH ?
        """
    static let aliasesMatching = """
        SELECT a.person_id, a.alias FROM person_aliases_fts JOIN person_aliases a ON a.id = person_aliases_fts.rowid
        WHERE person_aliases_fts MATCH ?
        """
}
