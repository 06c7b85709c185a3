import Foundation
import PodiumModel
@testable import PodiumReaders
import PodiumTestSupport
import PodiumText
import Testing

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
        ("impossible-date.md", "'2023-02-30': no such day"),
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
        let decoded = try TextDecoder.decode(latin, path: "x.txt")
        #expect(decoded.text == "Bürger „gut“")
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.warning == nil)
    }

    /// One bad byte in a UTF-8 file is marked, not a reason to read the whole file as
    /// Windows-1252 ("UngÃ¼ltig").
    @Test func aFewBadBytesInUTF8AreMarkedAndTheRestKept() throws {
        let bytes = Array("Ungültige Zeichen: ".utf8) + [0xFF] + Array(" und Größe.".utf8)
        let decoded = try TextDecoder.decode(bytes, path: "x.txt")
        #expect(decoded.text == "Ungültige Zeichen: \u{FFFD} und Größe.")
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.warning == "1 byte that is not UTF-8 (the first at byte 20) replaced by U+FFFD")
    }

    @Test func utf16WithAByteOrderMarkIsText() throws {
        let text = "Bürgermeisterwahl: „Wir bauen.“"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoder.decode(little, path: "x.txt").text == text)
        #expect(try TextDecoder.decode(little, path: "x.txt").encoding == "UTF-16LE")
        #expect(try TextDecoder.decode(big, path: "x.txt").text == text)
        #expect(throws: PodiumError.invalidInput(path: "x.txt", reason: "UTF-16 text with an odd number of bytes (cut off?)")) {
            try TextDecoder.decode(Array(little.dropLast()), path: "x.txt")
        }
    }

    /// Aliases that repeat each other ("billion laughs") would expand to 9⁹ values: refused at
    /// the bound, with the reason.
    @Test func frontMatterAliasesThatMultiplyAreRefused() throws {
        let path = Fixtures.repository.appending(path: "fuzz/regressions/frontmatter/billion-laughs").path
        let result = reader.read(contents: Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: "laughs.md")
        #expect(result.failures == [.invalidInput(
            path: "laughs.md",
            reason: "front matter holds more than 10000 values or is nested deeper than 32 levels (aliases that repeat each other?)")])
    }

    @Test func htmlNestedDeeperThanTheBoundIsRefusedAndDeepPagesRead() {
        func page(depth: Int) -> [UInt8] {
            Array(("<html><body>" + String(repeating: "<div>", count: depth)
                + "<p>Beim Podium in Musterstadt sprachen die Kandidaten über Schulen und Straßen.</p>"
                + String(repeating: "</div>", count: depth) + "</body></html>").utf8)
        }
        #expect(reader.read(contents: page(depth: 300), path: "a.html").articles.count == 1)
        #expect(reader.read(contents: page(depth: 5_000), path: "a.html").failures == [
            .invalidInput(path: "a.html", reason: "HTML nested deeper than 1000 elements"),
        ])
    }

    @Test func aJSONBodyMustBeAString() {
        for body in ["true", "12", "[\"a\"]"] {
            let result = reader.read(contents: Array("{\"text\": \(body)}".utf8), path: "a.json")
            #expect(result.failures == [.invalidInput(path: "a.json", reason: "\"text\" (the article body) must be a string")])
        }
    }

    @Test func unknownKeysAreWarningsNotErrors() throws {
        let directory = try TestSupport.temporaryFolder()
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

@Suite struct HTMLReaderTests {
    let article: SourceArticle

    init() throws {
        article = try #require(ArticleFileReader().read(path: Fixtures.path("articles/bonn-2020-oberbuergermeister.html")).articles.first)
    }

    @Test func metadataComesFromTheHead() {
        #expect(article.format == .html)
        #expect(article.metadata.title == "OB-Wahl Bonn: Drei Kandidaten, viele Baustellen")
        #expect(article.metadata.outlet == "Bonner Stadtanzeiger")
        #expect(article.metadata.author == "Jonas Wiebeler")
        #expect(article.metadata.publishedDate?.description == "2020-09-03")
        #expect(article.metadata.url == "https://stadtanzeiger-bonn.example/lokales/ob-wahl-podium-2020")
    }

    @Test func theBodyIsTheArticleWithoutThePageAroundIt() {
        let body = ArticleLayout.parse(TextNormalizer.normalize(article.body), format: .html)
        #expect(body.sections.map(\.heading) == [nil, "Verkehr & Klima", "Wohnen"])
        #expect(body.paragraphs.count == 5)
        #expect(body.paragraphs[2].hasPrefix("„Bonn braucht eine echte Verkehrswende"))
        for boilerplate in ["Cookies", "Lokales", "alert", "Teilen", "Lesen Sie auch", "Leser123", "Impressum", "Foto: Archiv", "dataLayer"] {
            #expect(!article.body.contains(boilerplate), "\(boilerplate)")
        }
    }

    @Test func aTitleFromTitleLosesTheSiteName() throws {
        let html = "<html><head><title>Podium in Speyer | Pfalz-Echo</title></head><body><p>Der Text des Artikels.</p></body></html>"
        let article = try HTMLArticleReader.read(html, path: "x.html", encoding: "UTF-8")
        #expect(article.metadata.title == "Podium in Speyer")
        #expect(article.body == "Der Text des Artikels.")
    }

    @Test func aPageWithoutTextIsAnError() {
        #expect(throws: PodiumError.self) { try HTMLArticleReader.read("<html><body><nav>Menü</nav></body></html>", path: "x.html", encoding: "UTF-8") }
    }
}

@Suite struct EncodingAndDateTests {
    @Test func aWindows1252FileIsDecodedAndItsDatesFound() throws {
        let (archive, _) = try makeArchive(importing: ["articles/kiel-2014-oberbuergermeister-windows-1252.txt"])
        #expect(try archive.strings("SELECT source_encoding FROM articles") == ["windows-1252"])
        #expect(try archive.strings("SELECT title FROM articles") == ["Kiel: Podium zur Oberbürgermeisterwahl im Rathaus"])
        #expect(try archive.strings("SELECT f.forum_date || ' ' || e.election_date FROM forums f JOIN elections e ON e.id = f.election_id")
            == ["2014-03-10 2014-03-23"])
        #expect(try archive.strings("SELECT ags FROM forums") == ["01002000"])
    }

}

/// JSON Lines are streamed: the size limit holds for each line, not for the file.
@Suite struct JSONLinesStreamingTests {
    @Test func aFileOverTheLimitImportsLineByLineAndALongLineFailsAlone() throws {
        let folder = try TestSupport.temporaryFolder()
        let file = folder.appending(path: "corpus.jsonl")
        let short = (1...30).map { #"{"municipality": "Mainz", "text": "Podium Nummer \#($0) über Wohnen."}"# }
        let long = #"{"municipality": "Mainz", "text": ""# + String(repeating: "Wohnen ", count: 400) + #""}"#
        try ((short[..<10] + [long] + short[10...]).joined(separator: "\r\n") + "\r\n").write(to: file, atomically: true, encoding: .utf8)
        let reader = ArticleFileReader(maxFileSize: 1_024)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as! Int > 1_024)
        var parts = 0
        reader.read(path: file.path) { _ in parts += 1; return true }
        #expect(parts == 31)
        let result = reader.read(path: file.path)
        #expect(result.articles.count == 30)
        #expect(result.articles.map(\.record) == Array(1...10) + Array(12...31))
        #expect(result.failures == [.invalidInput(path: file.path, record: 11, reason: "line is 2 KiB, over the limit of 1 KiB (raise it with --max-file-size)")])
    }

    @Test func readingStopsWhenAsked() throws {
        var seen = 0
        ArticleFileReader().read(path: Fixtures.path("articles/bayern-2020-kommunalwahl.jsonl")) { _ in
            seen += 1
            return false
        }
        #expect(seen == 1)
    }
}

/// Found by fuzzing (fuzz/regressions/html): the chosen article element was itself removed as
/// boilerplate when its class looked like a banner's, and then read after being freed.
@Suite struct HTMLBoilerplateRootTests {
    @Test func anArticleWhoseClassLooksLikeBoilerplateIsStillRead() throws {
        let html = """
            <html><body><nav>Menü</nav>
            <article class="teaser cookie-banner"><h1>Podium in Bonn</h1>
            <p>„Bonn braucht mehr Wohnungen“, sagte Miriam Ostendorf.</p>
            <aside class="related">Lesen Sie auch</aside></article></body></html>
            """
        let result = ArticleFileReader().read(contents: Array(html.utf8), path: "bonn.html")
        let article = try #require(result.articles.first)
        #expect(article.body.contains("Bonn braucht mehr Wohnungen"))
        #expect(!article.body.contains("Lesen Sie auch") && !article.body.contains("Menü"))
    }
}
