import Foundation
@testable import PodiumArchive
@testable import PodiumExtraction
@testable import PodiumImport
import PodiumModel
@testable import PodiumReaders
import PodiumTestSupport
import Testing

/// Importing articles that the archive already holds: they are found by their text before
/// they are prepared in full, and still counted, and failed, as before.
@Suite struct KnownArticlesTests {
    private func fileArchive() throws -> Archive {
        try Archive.open(path: TestSupport.temporaryFile(named: "archive.sqlite").path, mode: .readWrite)
    }

    private func seed() throws -> SourceArticle {
        SourceArticle(
            path: Fixtures.seed, record: nil, format: .txt, encoding: "UTF-8", metadata: ArticleMetadata(),
            body: try Fixtures.text("seed/kaiserslautern-2023.txt"), warnings: [])
    }

    private func prepare(_ source: SourceArticle, defaults: ArticleMetadata = .init(), isKnown: (String) -> Bool) throws
        -> PreparedArticle.Preparation
    {
        try PreparedArticle.prepare(
            source, defaults: defaults, gazetteer: .builtIn, detector: MunicipalityDetector(gazetteer: .builtIn),
            extractor: ArticleExtractor(), isKnown: isKnown)
    }

    @Test func aKnownTextStopsPreparingAtItsHash() throws {
        let whole = try PreparedArticle(try seed(), detector: MunicipalityDetector(gazetteer: .builtIn))
        var asked: [String] = []
        guard case let .known(contentHash) = try prepare(try seed(), isKnown: { asked.append($0); return true }) else {
            Issue.record("a known text was prepared in full")
            return
        }
        #expect(contentHash == whole.contentHash)
        #expect(asked == [whole.contentHash])

        guard case let .article(prepared) = try prepare(try seed(), isKnown: { _ in false }) else {
            Issue.record("an unknown text was not prepared")
            return
        }
        #expect(prepared.municipality?.ags == "07312000")
        #expect(prepared.paragraphStems == whole.paragraphStems)
        #expect(prepared.extraction.quotes.count == whole.extraction.quotes.count)
    }

    @Test func aKnownTextWithWrongMetadataStillFails() throws {
        #expect(throws: PodiumError.self) {
            _ = try prepare(try seed(), defaults: ArticleMetadata(municipality: "Atlantis"), isKnown: { _ in true })
        }
        #expect(throws: PodiumError.self) {
            _ = try prepare(try seed(), defaults: ArticleMetadata(state: "Gallien"), isKnown: { _ in true })
        }
    }

    @Test func theArchiveOnDiskKnowsWhatItCommitted() throws {
        let archive = try fileArchive()
        let hash = try PreparedArticle(try seed()).contentHash
        #expect(!KnownArticles(archivePath: archive.path).contains(contentHash: hash))
        _ = try Importer(archive: archive).run(paths: [Fixtures.seed])
        #expect(KnownArticles(archivePath: archive.path).contains(contentHash: hash))
        #expect(!KnownArticles(archivePath: archive.path).contains(contentHash: String(repeating: "0", count: 64)))
        // An archive in memory has no second connection: nothing is known, everything prepared.
        let (memory, _) = try makeArchive(importing: ["seed"])
        #expect(!KnownArticles(archivePath: memory.path).contains(contentHash: hash))
    }

    @Test func importingAgainCountsDuplicatesAndFailuresAsBefore() throws {
        let archive = try fileArchive()
        let paths = [Fixtures.path("seed"), Fixtures.path("articles")]
        let first = try Importer(archive: archive).run(paths: paths)
        #expect(first.imported == 12)
        let tables = ["articles", "forums", "paragraphs", "paragraphs_fts", "persons", "candidacies", "quotes", "links"]
        let before = try tables.map { try archive.count("SELECT count(*) FROM \($0)") }
        let again = try Importer(archive: archive).run(paths: paths)
        #expect(again.imported == 0)
        #expect(again.duplicates == 12)
        #expect(again.failed == 0)
        #expect(try tables.map { try archive.count("SELECT count(*) FROM \($0)") } == before)
        #expect(try archive.count("SELECT duplicates FROM import_runs WHERE id = \(again.importRunID!)") == 12)

        let misplaced = try Importer(archive: archive, defaults: ArticleMetadata(state: "Gallien")).run(paths: [Fixtures.seed])
        #expect(misplaced.duplicates == 0)
        #expect(misplaced.failures.map(\.description) == [
            PodiumError.invalidInput(path: Fixtures.seed, record: nil, reason: "unknown state 'Gallien'").description])
    }

    /// The preparing threads' connection said "known", but the archive being written does not
    /// hold the text (it was deleted in between): the storing thread prepares and stores it.
    @Test func anArticleKnownElsewhereIsPreparedAndStored() throws {
        let elsewhere = try fileArchive()
        _ = try Importer(archive: elsewhere).run(paths: [Fixtures.seed])
        var importer = Importer(archive: try Archive.inMemory())
        importer.knownArticles = KnownArticles(archivePath: elsewhere.path)
        let summary = try importer.run(paths: [Fixtures.seed])
        #expect(summary.imported == 1)
        #expect(summary.duplicates == 0)
        #expect(try importer.archive.count("SELECT count(*) FROM paragraphs") == 10)
        #expect(try importer.archive.count("SELECT count(*) FROM quotes") == (try elsewhere.count("SELECT count(*) FROM quotes")))
    }
}
