import GRDB
@testable import PodiumArchive
@testable import PodiumQuery
import Testing

/// A candidate filter finds people by any spelling through the name indexes, which stay in step
/// with the tables whoever writes them.
@Suite struct PersonNameMatchTests {
    @Test func everyWordOfTheFoldedNameIsLookedUpWithItsSharpSSpellings() {
        #expect(PersonNameMatch.expression("thomas kurwitz") == "\"thomas\" AND \"kurwitz\"")
        #expect(PersonNameMatch.expression("strauss") == "(\"strauss\" OR \"strauß\")")
        #expect(PersonNameMatch.expression("muller-ludenscheidt") == "\"muller\" AND \"ludenscheidt\"")
        #expect(PersonNameMatch.expression(" - ") == nil)
        #expect(PersonNameMatch.sharpSSpellings("schlossstrasse") == ["schlossstrasse", "schlossstraße", "schloßstrasse", "schloßstraße"])
        #expect(PersonNameMatch.sharpSSpellings(String(repeating: "ss", count: 9)).count == PersonNameMatch.maximumSpellings)
    }

    /// Rows written as the sqlite3 shell would, so that the triggers of the name indexes do the work.
    @Test func namesWrittenInSQLAreFoundInAnySpellingAndForgottenWhenChanged() throws {
        let (archive, _) = try makeArchive()
        try archive.write { db in
            try db.execute(sql: """
                INSERT INTO persons (id, name, given_name, family_name) VALUES (1, 'Jürgen Strauß', 'Jürgen', 'Strauß'),
                    (2, 'Anna Strauss', 'Anna', 'Strauss'), (3, 'Straussberg Ost', NULL, NULL);
                INSERT INTO person_aliases (id, person_id, alias, kind) VALUES (1, 1, 'Jürgen Straus', 'misspelling');
                """)
        }
        func ids(_ spelling: String) throws -> [Int64] {
            try archive.read { try PersonNameMatch.personIDs(spelled: spelling, in: $0).sorted() }
        }
        #expect(try ids("STRAUSS") == [1, 2])
        #expect(try ids("jurgen strauss") == [1])
        #expect(try ids("Jürgen Straus") == [1])
        #expect(try ids("Strauss Jürgen") == [])
        #expect(try ids("Ost") == [])

        try archive.write { db in
            try db.execute(sql: "UPDATE persons SET name = 'Jürgen Brahms', family_name = 'Brahms' WHERE id = 1")
            try db.execute(sql: "DELETE FROM persons WHERE id = 2")
        }
        #expect(try ids("Strauß") == [])
        #expect(try ids("brahms") == [1])
        #expect(try ids("Jürgen Straus") == [1])
        #expect(try archive.check().isSound)
    }

    @Test func importedNamesAreIndexedWithTheBatch() throws {
        let (archive, _) = try makeArchive(importing: ["seed", "articles"])
        let persons = try archive.read { try Row.fetchAll($0, sql: "SELECT id, name FROM persons") }
        #expect(persons.count > 10)
        for person in persons {
            let found = try archive.read { try PersonNameMatch.personIDs(spelled: person["name"], in: $0) }
            #expect(found.contains(person["id"]), "\(person)")
        }
        #expect(try archive.count("SELECT count(*) FROM person_aliases_fts WHERE person_aliases_fts MATCH 'kurzwitz'") == 1)
        #expect(try archive.check().isSound)
    }
}
