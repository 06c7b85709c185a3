import Foundation
import Testing
@testable import PodiumCore

@Suite struct ReaderTests {
    let reader = ArticleFileReader()

    @Test func seedReadsAsOneArticleWithoutMetadata() throws {
        let result = reader.read(path: Fixtures.seed)
        #expect(result.failures.isEmpty)
        let article = try #require(result.articles.first)
        #expect(result.articles.count == 1)
        #expect(article.metadata == ArticleMetadata())
        #expect(article.encoding == "UTF-8")
        #expect(article.body == (try Fixtures.text("seed/kaiserslautern-2023.txt")))
    }

    @Test func markdownFrontMatterGivesMetadataAndCandidates() throws {
        let article = try #require(reader.read(path: Fixtures.path("articles/mainz-2019-oberbuergermeister.md")).articles.first)
        #expect(article.metadata.municipality == "Mainz")
        #expect(article.metadata.forumDate?.description == "2019-10-09")
        #expect(article.metadata.electionDate?.description == "2019-10-27")
        #expect(article.metadata.outlet == "Rheinhessen-Kurier")
        #expect(article.metadata.candidates?.count == 4)
        #expect(article.metadata.candidates?[2] == CandidateEntry(name: "Sabine Kaya-Brenner", party: "Bündnis 90/Die Grünen"))
        #expect(!article.body.contains("forum_date"))
        #expect(article.warnings.isEmpty)
    }

    @Test func jsonArrayGivesOneArticlePerElement() throws {
        let result = reader.read(path: Fixtures.path("articles/rheinland-pfalz-2024-buergermeister.json"))
        #expect(result.failures.isEmpty)
        #expect(result.articles.map(\.metadata.municipality) == ["Landau in der Pfalz", "Speyer"])
        #expect(result.articles.map(\.record) == [1, 2])
    }

    @Test func jsonLinesGiveOneArticlePerLine() throws {
        let result = reader.read(path: Fixtures.path("articles/bayern-2020-kommunalwahl.jsonl"))
        #expect(result.articles.count == 2)
        #expect(result.articles.first?.metadata.candidates?.first == CandidateEntry(name: "Theresa Moosbauer", party: "CSU"))
    }

    @Test func badRecordsOfAJSONArrayFailAloneAndNameTheirPosition() {
        let result = reader.read(path: Fixtures.path("partial/array-with-bad-records.json"))
        #expect(result.articles.count == 1)
        #expect(result.failures.map(\.description) == [
            "\(Fixtures.path("partial/array-with-bad-records.json")): record 2: missing \"text\" (the article body)",
            "\(Fixtures.path("partial/array-with-bad-records.json")): record 3: expected a JSON object with \"text\"",
        ])
    }

    @Test(arguments: [
        ("empty.txt", "empty file"),
        ("random-bytes.txt", "binary data"),
        ("image-named-text.txt", "binary data"),
        ("invalid-encoding.txt", "not valid UTF-8"),
        ("truncated.json", "invalid JSON"),
        ("unclosed-front-matter.md", "never closed"),
        ("impossible-date.md", "'2023-02-30' is not a valid date"),
    ])
    func brokenFilesGiveOneClearReason(file: String, reason: String) {
        let path = Fixtures.path("broken/" + file)
        let result = reader.read(path: path)
        #expect(result.articles.isEmpty)
        #expect(result.failures.count == 1)
        let message = result.failures.first?.description ?? ""
        #expect(message.hasPrefix(path + ": "))
        #expect(message.contains(reason))
    }

    @Test func windows1252TextIsDecodedAndNamed() throws {
        let latin: [UInt8] = [0x42, 0xFC, 0x72, 0x67, 0x65, 0x72, 0x20, 0x84, 0x67, 0x75, 0x74, 0x93]  // Bürger „gut“
        let (text, encoding) = try TextDecoder.decode(latin, path: "x.txt")
        #expect(text == "Bürger „gut“")
        #expect(encoding == "windows-1252")
    }

    @Test func unknownKeysAreWarningsNotErrors() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "a.md")
        try "---\nmunicipality: Mainz\nfarbe: blau\n---\nText des Artikels.".write(to: file, atomically: true, encoding: .utf8)
        let article = try #require(reader.read(path: file.path).articles.first)
        #expect(article.warnings == ["unknown key 'farbe' ignored"])
        #expect(article.metadata.municipality == "Mainz")
    }

    @Test func filesOverTheSizeLimitAreRefusedBeforeReading() {
        let small = ArticleFileReader(maxFileSize: 100)
        let result = small.read(path: Fixtures.seed)
        #expect(result.failures.first?.description.contains("over the limit") == true)
    }

    @Test func unsupportedExtensionsAreNamed() {
        let result = reader.read(path: Fixtures.path("README.pdf"))
        #expect(result.failures.first?.description.contains("unsupported file type '.pdf'") == true)
    }
}
