import GRDB
@testable import PodiumArchive
@testable import PodiumImport
import PodiumModel
@testable import PodiumReaders
import PodiumTestSupport
import Testing

@Suite struct ReextractTests {
    let tables = ["quotes", "mentions", "persons", "person_aliases", "candidacies", "forum_participants",
                  "forum_organizers", "organizations", "paragraph_topics", "quote_topics"]

    func counts(_ archive: Archive) throws -> [Int] {
        try tables.map { try archive.count("SELECT count(*) FROM \($0)") }
    }

    @Test func reextractingUnchangedRulesGivesTheSameRows() throws {
        let (archive, _) = try makeArchive(importing: ["seed", "articles"])
        let before = try counts(archive)
        try archive.write { db in
            try db.execute(sql: "DELETE FROM quotes; DELETE FROM forum_organizers; DELETE FROM paragraph_topics")
        }
        let summary = try archive.reextract()
        #expect(summary.forums == 12)
        #expect(summary.quotes == 29)
        #expect(try counts(archive) == before)
        #expect(try archive.check().isSound)
    }

    /// Forums are extracted a chunk ahead of the chunk being stored; the chunks' borders change
    /// nothing: each row as one chunk of all forums left it.
    @Test func chunksOfForumsGiveTheSameRowsAsOne() throws {
        func reextracted(unitsPerChunk: Int) throws -> ([String], Archive.ReprocessSummary) {
            let (archive, _) = try makeArchive(importing: ["seed", "articles"])
            try archive.write { db in
                try db.execute(sql: "DELETE FROM quotes; DELETE FROM mentions; DELETE FROM forum_participants")
            }
            var progress: [Int] = []
            let summary = try archive.reextract(unitsPerChunk: unitsPerChunk) { done, total in
                #expect(total == 12)
                progress.append(done)
            }
            #expect(progress.last == 12)
            #expect(try archive.check().isSound)
            let rows = try archive.strings("""
                SELECT 'q ' || paragraph_id || ' ' || coalesce(person_id, '-') || ' ' || text FROM quotes
                UNION ALL SELECT 'm ' || paragraph_id || ' ' || person_id FROM mentions
                UNION ALL SELECT 'f ' || forum_id || ' ' || candidacy_id FROM forum_participants
                UNION ALL SELECT 'p ' || id || ' ' || facets FROM paragraphs
                ORDER BY 1
                """)
            return (rows, summary)
        }
        let (whole, wholeSummary) = try reextracted(unitsPerChunk: 64)
        #expect(wholeSummary.forums == 12)
        #expect(whole.contains { $0.hasPrefix("q ") })
        for size in [1, 5] {
            let (chunked, chunkedSummary) = try reextracted(unitsPerChunk: size)
            #expect(chunked == whole)
            #expect(chunkedSummary == wholeSummary)
        }
    }

    /// A list no catalogue knows keeps its candidate: it becomes a party of its own, marked
    /// local; given a short name and a spelling in SQL, reextraction files the candidate under it.
    @Test func anUnknownListIsALocalPartyThatSQLCanCorrect() throws {
        let archive = try Archive.inMemory()
        let source = SourceArticle(
            path: "bitburg.txt", record: nil, format: .txt, encoding: "UTF-8", metadata: ArticleMetadata(municipality: "Bitburg"),
            body: "Beim Podium zur Bürgermeisterwahl sprachen Jana Kessler (Liste Bitburg) und Paul Theis (SPD).", warnings: [])
        _ = try archive.store(try PreparedArticle(source, extractor: try archive.extractor()), importRunID: nil)
        let candidates = """
            SELECT DISTINCT pe.name || ' ' || pa.name || ' ' || pa.local FROM candidacies c
            JOIN persons pe ON pe.id = c.person_id JOIN parties pa ON pa.id = c.party_id ORDER BY pe.family_name
            """
        #expect(try archive.strings(candidates) == ["Jana Kessler Liste Bitburg 1", "Paul Theis Sozialdemokratische Partei Deutschlands 0"])
        try archive.write { db in
            try db.execute(sql: "UPDATE parties SET name = 'Wählergruppe Liste Bitburg', short_name = 'LB', local = 0 WHERE name = 'Liste Bitburg'")
            try db.execute(sql: "INSERT INTO party_spellings (spelling, party_id) SELECT 'LB', id FROM parties WHERE short_name = 'LB'")
        }
        let source2 = SourceArticle(
            path: "bitburg-2.txt", record: nil, format: .txt, encoding: "UTF-8", metadata: ArticleMetadata(municipality: "Bitburg"),
            body: "Beim Podium zur Bürgermeisterwahl sprachen Jana Kessler (LB) und Paul Theis (SPD) erneut.", warnings: [])
        _ = try archive.store(try PreparedArticle(source2, extractor: try archive.extractor()), importRunID: nil)
        _ = try archive.reextract()
        #expect(try archive.strings(candidates) == [
            "Jana Kessler Wählergruppe Liste Bitburg 0", "Paul Theis Sozialdemokratische Partei Deutschlands 0",
        ])
        #expect(try archive.count("SELECT count(*) FROM parties WHERE local = 1") == 0)
    }

    @Test func aTopicAddedInSQLIsTaggedByRetag() throws {
        let (archive, _) = try makeArchive(importing: ["seed"])
        try archive.write { db in
            try db.execute(sql: "INSERT INTO topics (name) VALUES ('Ängste')")
            try db.execute(sql: "INSERT INTO topic_terms (topic_id, pattern) VALUES (last_insert_rowid(), 'angst*')")
        }
        let summary = try archive.retag()
        #expect(summary.articles == 10)
        #expect(try archive.count("SELECT count(*) FROM paragraph_topics pt JOIN topics t ON t.id = pt.topic_id WHERE t.name = 'Ängste'") == 2)
    }

    /// Each batch replaces its own tags in one transaction: whenever a retag stops, another
    /// connection sees every paragraph tagged (a kill used to leave two thirds untagged).
    @Test func aRetagLeavesEveryParagraphTaggedAfterEachBatch() throws {
        let path = try TestSupport.temporaryFolder().appending(path: "archive.sqlite").path
        let archive = try Archive.open(path: path, mode: .readWrite)
        _ = try Importer(archive: archive).run(paths: [Fixtures.path("seed"), Fixtures.path("articles")])
        let tagged = "SELECT (SELECT count(*) FROM paragraph_topics) || ' ' || (SELECT count(*) FROM quote_topics)"
        let before = try archive.strings(tagged)
        #expect(before != ["0 0"])
        let observer = try Archive.open(path: path, mode: .readOnly)
        var seen: [[String]] = []
        let summary = try archive.retag(batchSize: 7) { _, _ in seen.append((try? observer.strings(tagged)) ?? []) }
        #expect(seen.count == (summary.articles + 6) / 7)
        #expect(seen.count > 3)
        #expect(seen.allSatisfy { $0 == before })
        #expect(try archive.check().isSound)
    }
}
