import Foundation
import GRDB
@testable import PodiumArchive
@testable import PodiumImport
import Testing

/// Imports store many articles a transaction and index their paragraphs at the end of each
/// batch (migration 0004); the indexes must end exactly as if every paragraph had been indexed
/// by the triggers, and the triggers must still serve everyone else.
@Suite struct BatchedIndexingTests {
    /// Seed, twelve articles in every format and eight broken files, two articles a batch:
    /// batches end on good and on failed inputs alike.
    private func importInSmallBatches() throws -> (Archive, Importer.Summary) {
        let archive = try Archive.inMemory()
        var importer = Importer(archive: archive)
        importer.articlesPerBatch = 2
        let summary = try importer.run(paths: ["seed", "articles", "broken"].map(Fixtures.path))
        return (archive, summary)
    }

    @Test func everyBatchIsIndexedAndNothingIsLeftPending() throws {
        let (archive, summary) = try importInSmallBatches()
        #expect(summary.imported == 12)
        #expect(summary.failed == 8)
        #expect(try archive.count("SELECT count(*) FROM paragraphs_index_pending") == 0)
        // integrity-check with rank 1 compares the index with every row of paragraphs.
        #expect(try archive.check().isSound)
        #expect(try archive.count("SELECT count(*) FROM paragraphs_fts") == archive.count("SELECT count(*) FROM paragraphs"))
        #expect(try archive.count("SELECT count(*) FROM import_errors") == 8)
    }

    @Test func theIndexHoldsTheFinalFacetsOfEachParagraph() throws {
        let (archive, _) = try importInSmallBatches()
        // The facets were refreshed after the paragraphs were inserted; the index has the refreshed ones.
        let quoted = try archive.count("SELECT count(*) FROM paragraphs WHERE facets LIKE '%fquote%'")
        #expect(quoted > 0)
        #expect(try archive.count("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'facets: fquote'") == quoted)
        let kaiserslautern = try archive.count("SELECT count(*) FROM paragraph_details WHERE ags = '07312000'")
        #expect(try archive.count("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'facets: fa07312000'") == kaiserslautern)
    }

    @Test func theSameFilesInOneBatchGiveTheSameArchive() throws {
        let (small, _) = try importInSmallBatches()
        let (whole, _) = try makeArchive(importing: ["seed", "articles", "broken"])
        let rows = """
            SELECT p.id || ' ' || p.facets || ' ' || a.content_hash FROM paragraphs p
            JOIN articles a ON a.id = p.article_id ORDER BY p.id
            """
        #expect(try small.strings(rows) == whole.strings(rows))
        #expect(try small.count("SELECT count(*) FROM paragraphs") > 50)
    }

    /// The number of segments of an FTS5 index: the second varint of its structure record,
    /// after a four-byte cookie and the number of levels (fts5_index.c).
    static func segments(_ archive: Archive, _ table: String) throws -> Int {
        let record = try archive.read { try Data.fetchOne($0, sql: "SELECT block FROM \(table)_data WHERE id = 10") }!
        var bytes = record.dropFirst(4).makeIterator()
        func varint() -> Int {
            var value = 0
            while let byte = bytes.next() {
                value = value << 7 | Int(byte & 0x7F)
                if byte < 0x80 { break }
            }
            return value
        }
        _ = varint()
        return varint()
    }

    @Test func anImportOfMuchOfALargeArchiveLeavesOneIndexSegmentAndASmallOneDoesNot() throws {
        let (archive, _) = try importInSmallBatches()
        // Below the size from which imports merge, they leave FTS5's segments.
        #expect(try Self.segments(archive, "paragraphs_fts") > 1)
        try archive.setSubstringIndex(enabled: true)
        var importer = Importer(archive: archive)
        importer.articlesPerBatch = 1
        importer.compactionMinimumParagraphs = 10
        let added = try importer.run(paths: [Fixtures.path("scenarios")])
        #expect(added.imported == 1)
        #expect(try Self.segments(archive, "paragraphs_fts") > 1)
        #expect(try Self.segments(archive, "paragraphs_trigram") > 1)
        // A third of the paragraphs or more: both indexes are merged.
        try archive.write { db in
            try db.execute(sql: "DELETE FROM articles WHERE id > 3")
            try db.execute(sql: "DELETE FROM forums WHERE id NOT IN (SELECT forum_id FROM articles WHERE forum_id IS NOT NULL)")
        }
        let again = try importer.run(paths: ["seed", "articles"].map(Fixtures.path))
        #expect(again.imported > 0)
        #expect(try Self.segments(archive, "paragraphs_fts") == 1)
        #expect(try Self.segments(archive, "paragraphs_trigram") == 1)
        #expect(try archive.check().isSound)
    }

    @Test func theTriggersStillIndexWhatIsWrittenInSQL() throws {
        let (archive, _) = try importInSmallBatches()
        try archive.write { db in
            let article = try Int64.fetchOne(db, sql: "SELECT id FROM articles ORDER BY id LIMIT 1")!
            let section = try Int64.fetchOne(db, sql: "SELECT id FROM sections WHERE article_id = ? LIMIT 1", arguments: [article])!
            try db.execute(sql: """
                INSERT INTO paragraphs (article_id, section_id, ordinal, text) VALUES (?, ?, 999, 'Ein Zeppelinlandeplatz am Rathaus')
                """, arguments: [article, section])
        }
        #expect(try archive.count("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'zeppelinlandeplatz'") == 1)
        try archive.write { try $0.execute(sql: "DELETE FROM paragraphs WHERE ordinal = 999") }
        #expect(try archive.count("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'zeppelinlandeplatz'") == 0)
        #expect(try archive.check().isSound)
    }

    @Test func aRowLeftPendingIsACheckProblem() throws {
        let (archive, _) = try makeArchive(importing: ["seed"])
        try archive.write { try $0.execute(sql: "INSERT INTO paragraphs_index_pending VALUES (1)") }
        let item = try archive.check().items.first { $0.name.contains("paragraphs_index_pending") }
        #expect(item?.isSound == false)
    }
}
