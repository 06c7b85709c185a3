import GRDB
@testable import PodiumArchive
@testable import PodiumQuery
import Testing

@Suite struct ReindexTests {
    @Test func reindexRecomputesStemsThatAreOutOfDate() throws {
        let (archive, _) = try makeArchive(importing: ["seed"])
        // As after an upgrade of the stemmer: stored stems no longer match.
        try archive.write { try $0.execute(sql: "UPDATE paragraphs SET stems = '' WHERE id <= 4") }
        #expect(try archive.search("Schulen", filters: SearchFilters()).hits.allSatisfy { $0.text.contains("Schulen") })
        let summary = try archive.reindex(batchSize: 3)
        #expect(summary == .init(paragraphs: 10, changed: 4))
        #expect(try archive.count("SELECT count(*) FROM paragraphs WHERE stems = ''") == 0)
        #expect(try archive.withoutTransaction { try $0.execute(sql: CheckSQL.ftsIntegrity) } == ())
    }

    @Test func reindexHealsAnIndexThatIsOutOfStep() throws {
        let (archive, _) = try makeArchive(importing: ["seed"])
        try archive.write { db in
            try db.execute(sql: "DROP TRIGGER paragraphs_fts_after_update")
            try db.execute(sql: "UPDATE paragraphs SET text = 'Zeppelin' WHERE id = 1")
        }
        #expect(try !archive.check().isSound)
        _ = try archive.reindex()
        #expect(try archive.check().isSound)
        #expect(try archive.search("Zeppelin", filters: SearchFilters()).total == 1)
    }
}
