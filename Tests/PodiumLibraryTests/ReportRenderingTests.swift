import Foundation
@testable import PodiumArchive
@testable import PodiumImport
import PodiumModel
@testable import PodiumQuery
@testable import PodiumReaders
@testable import PodiumRendering
import PodiumTestSupport
import Testing

/// The three renderings of every kind of report: well-formed HTML, JSON of the documented
/// shape, and article text that stays text.
@Suite struct ReportRenderingTests {
    static let requests: [(String, ReportRequest)] = [
        ("forum", ReportRequest(forumID: 1)),
        ("municipality", ReportRequest(filters: FilterRequest(municipalities: ["Mainz"]))),
        ("election", ReportRequest(filters: FilterRequest(municipalities: ["Trier"]))),
        ("selection", ReportRequest(filters: FilterRequest(party: "SPD"))),
        ("archive", ReportRequest()),
        ("state", ReportRequest(filters: FilterRequest(states: ["RP"]))),
    ]

    let archive: Archive

    init() throws {
        (archive, _) = try makeArchive(importing: ["seed", "articles"])
    }

    @Test(arguments: requests.map(\.0))
    func everyHTMLReportIsWellFormedAndSelfContained(kind: String) throws {
        let request = try #require(Self.requests.first { $0.0 == kind }?.1)
        let html = ReportHTML.render(try archive.report(request))
        #expect(StrictXML.errors(in: html) == [])
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        // No scripts and nothing fetched: no script element, no external style sheet, image or font.
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(!html.contains("@import") && !html.contains("url("))
        #expect(html.contains("@media print"))
    }

    @Test(arguments: requests.map(\.0))
    func everyJSONReportMatchesTheDocumentedSchema(kind: String) throws {
        let request = try #require(Self.requests.first { $0.0 == kind }?.1)
        let json = ReportJSON.render(try archive.report(request))
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let schema = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: Fixtures.repository.appending(path: "docs/report.schema.json"))) as? [String: Any])
        #expect(JSONSchemaSubset(root: schema).violations(value) == [])
    }

    /// Only http and https addresses become links: an article's metadata cannot put a live
    /// `javascript:` link in front of a reader, in HTML or as a Markdown autolink.
    @Test(arguments: ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,<b>x</b>",
                      "vbscript:msgbox", "file:///etc/passwd", "https:alert(1)"])
    func onlyHTTPAddressesBecomeLinks(url: String) throws {
        let archive = try Archive.inMemory()
        let source = SourceArticle(
            path: "a.txt", record: nil, format: .txt, encoding: "UTF-8",
            metadata: ArticleMetadata(municipality: "Mainz", title: "Podium \u{FFFE}\u{FFFF}", url: url, kind: .forumReport),
            body: "Beim Podium sagte Anna Muster (SPD): „Wir bauen neue Schulen.“", warnings: [])
        _ = try archive.store(try PreparedArticle(source, extractor: try archive.extractor()), importRunID: nil)
        let report = try archive.report(ReportRequest(forumID: 1))
        let html = ReportHTML.render(report)
        #expect(StrictXML.errors(in: html) == [])
        #expect(!html.lowercased().contains("href=\"java") && !html.contains("href=\" java") && !html.contains("href=\"data:")
                && !html.contains("href=\"vbscript:") && !html.contains("href=\"file:") && !html.contains("href=\"https:alert"))
        let markdown = ReportMarkdown.render(report)
        #expect(!markdown.contains("<" + url.prefix(4)))
        #expect(markdown.contains("alert") || markdown.contains("msgbox") || markdown.contains("passwd") || markdown.contains("text/html"))
    }

    @Test func httpAddressesAreLinks() {
        #expect(LinkPolicy.isLinkable("https://www.example.org/forum?id=1"))
        #expect(LinkPolicy.isLinkable("HTTP://example.org"))
        #expect(!LinkPolicy.isLinkable("http://"))
        #expect(!LinkPolicy.isLinkable("//example.org/a"))
        #expect(HTMLWriter.link("https://example.org/a") == "<a class=\"url\" href=\"https://example.org/a\">https://example.org/a</a>")
        #expect(MarkdownText.url("https://example.org/a b") == "<https://example.org/a%20b>")
    }

    @Test func theSchemaCheckerRejectsAWrongShape() throws {
        let schema = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: Fixtures.repository.appending(path: "docs/report.schema.json"))) as? [String: Any])
        let checker = JSONSchemaSubset(root: schema)
        var value = try #require(try JSONSerialization.jsonObject(
            with: Data(ReportJSON.render(try archive.report(ReportRequest(forumID: 1))).utf8)) as? [String: Any])
        value["extra"] = 1
        value["kind"] = "poster"
        value.removeValue(forKey: "title")
        let violations = checker.violations(value)
        #expect(violations.count == 3)
        #expect(violations.contains("$: unexpected key extra"))
        #expect(violations.contains("$: missing title"))
        #expect(violations.contains { $0.hasPrefix("$.kind: poster not in") })
    }

    @Test func theMarkdownHasHeadingsTablesAndBlockQuotes() throws {
        let markdown = ReportMarkdown.render(try archive.report(ReportRequest(forumID: 1)))
        #expect(markdown.hasPrefix("# Forum in Kaiserslautern\n"))
        #expect(markdown.contains("\n## What the candidates said\n"))
        #expect(markdown.contains("| Beate Kimmel | SPD | 2 |"))
        #expect(markdown.contains("\n> „Jetzt geht es um die Frage, ob man es kann.“\n"))
    }

    @Test func hostileArticleTextRendersAsText() throws {
        let folder = try TestSupport.temporaryFolder()
        let file = folder.appending(path: "hostile.md")
        try """
            ---
            title: "</style><script>alert('t')</script> **OB-Wahl** [Klick](javascript:alert(1))"
            municipality: Worms
            forum_date: 2021-05-04
            outlet: "<b>Wormser & Co</b>"
            candidates:
              - {name: Hanna Vogt, party: SPD}
            ---

            # Podium in Worms

            „</style><script>alert(1)</script> | # Überschrift | `code` *fett* <!-- x --> ]]> &amp;“, sagte Hanna Vogt.
            """.write(to: file, atomically: true, encoding: .utf8)
        let (archive, _) = try makeArchive()
        let summary = try Importer(archive: archive).run(paths: [file.path])
        #expect(summary.imported == 1)
        let forumID = Int64(try archive.count("SELECT forum_id FROM articles"))
        for request in [ReportRequest(forumID: forumID), ReportRequest(filters: FilterRequest(municipalities: ["Worms"])), ReportRequest()] {
            let report = try archive.report(request)
            let html = ReportHTML.render(report)
            #expect(StrictXML.errors(in: html) == [])
            #expect(!html.contains("<script"))
            #expect(html.components(separatedBy: "</style>").count == 2, "only the report's own style element closes")
            #expect(!html.contains("<b>") && !html.contains("<!-- x"))
            let markdown = ReportMarkdown.render(report)
            #expect(!markdown.contains("<script") && !markdown.contains("</style>") && !markdown.contains("<b>"))
            #expect(!markdown.contains("[Klick](") && !markdown.contains("**OB-Wahl**") && !markdown.contains("`code`"))
        }
        let forum = ReportMarkdown.render(try archive.report(ReportRequest(forumID: forumID)))
        #expect(forum.contains("&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt; \\| \\# Überschrift \\| \\`code\\` \\*fett\\*"))
    }

    @Test func markdownEscapingKeepsProseReadable() {
        #expect(MarkdownText.escape("Dr. Müller sagte: 28.6 % mehr") == "Dr. Müller sagte: 28.6 % mehr")
        #expect(MarkdownText.escape("2019. Danach") == "2019\\. Danach")
        #expect(MarkdownText.escape("- keine Liste") == "\\- keine Liste")
        #expect(MarkdownText.escape("a_b*c|d\ne") == "a\\_b\\*c\\|d e")
        #expect(HTMLText.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }
}
