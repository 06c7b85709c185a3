import Foundation
import GRDB
@testable import PodiumArchive
@testable import PodiumExtraction
import PodiumModel
@testable import PodiumQuery
import PodiumTestSupport
import Testing

/// Archives of older podiums upgrade with their data intact; a failing migration leaves no trace.
@Suite struct MigrationTests {
    /// A private copy of the committed archive of the first schema.
    func firstSchemaArchive() throws -> String {
        let folder = try TestSupport.temporaryFolder()
        let copy = folder.appending(path: "old.sqlite")
        try FileManager.default.copyItem(at: Fixtures.repository.appending(path: "fixtures/archives/schema-0001.sqlite"), to: copy)
        return copy.path
    }

    /// Every row of the link tables, one string a row.
    static let linkRows = [
        "SELECT paragraph_id || ' ' || topic_id FROM paragraph_topics ORDER BY 1",
        "SELECT quote_id || ' ' || topic_id FROM quote_topics ORDER BY 1",
        "SELECT forum_id || ' ' || candidacy_id FROM forum_participants ORDER BY 1",
        "SELECT forum_id || ' ' || organization_id || ' ' || coalesce(surface, '') FROM forum_organizers ORDER BY 1",
    ]

    @Test func theFirstSchemaUpgradesWithItsDataIntact() throws {
        let path = try firstSchemaArchive()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let (asRead, linksBefore) = try DatabaseQueue(path: path).read { db in
            (try String.fetchAll(db, sql: "SELECT original_text FROM articles ORDER BY id"),
             try Self.linkRows.map { try String.fetchAll(db, sql: $0) })
        }
        // Read-only commands never migrate: they say what to do and leave the file as it was.
        #expect(throws: PodiumError.archive(path: path, reason: "the archive's schema is older than this podium; run `podium migrate --db \(path)`")) {
            try Archive.open(path: path, mode: .readOnly)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

        let archive = try Archive.open(path: path, mode: .readWrite)
        #expect(try archive.appliedMigrations() == Archive.migrationNames)
        #expect(try archive.count("SELECT count(*) FROM articles") == 12)
        #expect(try archive.count("SELECT count(*) FROM quotes") == 29)
        // Version 5 keeps the text as read only where normalisation changed it.
        #expect(try archive.strings("SELECT coalesce(original_text, text) FROM articles ORDER BY id") == asRead)
        #expect(try archive.count("SELECT count(*) FROM articles WHERE original_text IS NULL") > 0)
        #expect(try archive.count("SELECT count(*) FROM paragraphs_fts") == archive.count("SELECT count(*) FROM paragraphs"))
        // Version 6 rebuilds the link tables WITHOUT ROWID, every link kept.
        #expect(try Self.linkRows.map(archive.strings) == linksBefore)
        #expect(linksBefore.allSatisfy { !$0.isEmpty })
        #expect(try archive.count("""
            SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID'
            AND name IN ('paragraph_topics', 'quote_topics', 'forum_participants', 'forum_organizers')
            """) == 4)
        // Version 7 indexes every name and alias that was there.
        #expect(try archive.count("SELECT count(*) FROM persons_fts WHERE persons_fts MATCH 'kurwitz'") == 1)
        #expect(try archive.filters(for: FilterRequest(candidate: "kurzwitz")).personIDs?.count == 1)
        // Version 8 makes them again without row sizes, with every name still found.
        #expect(try archive.count("""
            SELECT count(*) FROM sqlite_schema WHERE name IN ('persons_fts_docsize', 'person_aliases_fts_docsize')
            """) == 0)
        #expect(try archive.count("SELECT count(*) FROM sqlite_schema WHERE name = 'persons_fts' AND sql LIKE '%columnsize = 0%'") == 1)
        // Version 10 adds the parties and spellings data/ gained since, once each.
        #expect(try archive.count("SELECT count(*) FROM parties WHERE short_name IN ('dieBasis', 'Bayernpartei')") == 2)
        #expect(try archive.partyCatalog().party(spelled: "B 90/Die Grünen")?.shortName == "Grüne")
        #expect(try archive.partyCatalog().party(spelled: "Die Basis")?.shortName == "dieBasis")
        #expect(try archive.count("SELECT count(*) FROM parties") == PartyCatalog.builtIn.parties.count)
        // Version 11: every article was a forum's report, and keeps its forum's place.
        #expect(try archive.strings("SELECT DISTINCT kind FROM articles") == ["forum_report"])
        #expect(try archive.count("""
            SELECT count(*) FROM articles a JOIN forums f ON f.id = a.forum_id WHERE a.ags IS f.ags AND a.state IS f.state
            """) == 12)
        #expect(try archive.check().isSound)
        let hits = try archive.search("Digitalisierung", filters: SearchFilters(), limit: 50)
        #expect(hits.total == 6)
        // What later migrations added works on the upgraded archive.
        try archive.setSubstringIndex(enabled: true)
        #expect(try archive.search("platz", filters: SearchFilters(), substrings: true).total > 0)
        let mainz = try archive.report(ReportRequest(filters: FilterRequest(municipalities: ["Mainz"])))
        #expect(mainz.series?.totals.forums == 2)
    }

    @Test func aFailingMigrationRollsBackCompletely() throws {
        let path = try firstSchemaArchive()
        _ = try Archive.open(path: path, mode: .readWrite)
        let broken = EmbeddedResources.migrations + [(name: "9999_broken.sql", text: """
            CREATE TABLE half_made (id INTEGER PRIMARY KEY);
            DELETE FROM quotes;
            INSERT INTO no_such_table VALUES (1);
            """)]
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) { try Archive.migrator(broken).migrate(queue) }
        let (halfMade, quotes, applied) = try queue.read { db in
            (try db.tableExists("half_made"), try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes"),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"))
        }
        #expect(!halfMade)
        #expect(quotes == 29)
        #expect(applied == Archive.migrationNames)
    }
}
