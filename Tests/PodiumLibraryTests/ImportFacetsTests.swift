import Foundation
@testable import PodiumArchive
@testable import PodiumImport
@testable import PodiumQuery
import PodiumTestSupport
import Testing

/// Import writes a new forum's paragraphs with the facets that it computes itself
/// (``ParagraphFacets``); they must be, word for word and in order, what the view
/// `paragraph_facet_tokens` makes of the stored rows, including for the reports that change
/// the facets of paragraphs stored before them.
@Suite struct ImportFacetsTests {
    private static let differing = """
        SELECT count(*) FROM paragraphs p JOIN paragraph_facet_tokens v ON v.paragraph_id = p.id
        WHERE p.facets IS NOT v.facets
        """

    /// JSON Lines of the given reports, in a temporary file.
    private func importReports(_ reports: [[String: Any]], into archive: Archive) throws {
        let file = try TestSupport.temporaryFile(named: "facets.jsonl")
        let lines = try reports.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let summary = try Importer(archive: archive).run(paths: [file.path])
        #expect(summary.imported == reports.count)
    }

    private func report(date: String, text: String, candidates: [[String: String]]) -> [String: Any] {
        [
            "title": "Podium in Speyer", "municipality": "Speyer", "forum_date": date,
            "election": "Oberbürgermeisterwahl Speyer 2026", "candidates": candidates, "text": text,
        ]
    }

    @Test func everyFixtureParagraphHasTheViewsFacets() throws {
        let (archive, _) = try makeArchive(importing: ["seed", "articles", "duplicates"])
        #expect(try archive.count("SELECT count(*) FROM paragraphs") > 50)
        #expect(try archive.count("SELECT count(*) FROM paragraphs WHERE facets LIKE '%fp%fq%ft%'") > 5)
        #expect(try archive.count(Self.differing) == 0)
    }

    @Test func aPartyNamedInALaterForumReachesTheEarlierForumsParagraphs() throws {
        let archive = try Archive.inMemory()
        try importReports([
            report(
                date: "2026-03-02", text: "Jonas Feldmeier sprach über Radwege. „Wir brauchen sichere Radwege“, sagte Feldmeier.",
                candidates: [["name": "Jonas Feldmeier"]]),
            report(
                date: "2026-03-09", text: "Jonas Feldmeier (SPD) sprach über Schulen. „Die Schulen brauchen Geld“, sagte Feldmeier.",
                candidates: [["name": "Jonas Feldmeier", "party": "SPD"]]),
        ], into: archive)
        #expect(try archive.count("SELECT count(*) FROM forums") == 2)
        #expect(try archive.count(Self.differing) == 0)
        var spd = SearchFilters()
        spd.partyIDs = [Int64(try archive.count("SELECT id FROM parties WHERE short_name = 'SPD'"))]
        #expect(try archive.search("Radwege", filters: spd).total == 1)
        #expect(try archive.check().isSound)
    }

    @Test func aSecondReportOfTheSameForumRefreshesTheFirst() throws {
        let archive = try Archive.inMemory()
        try importReports([
            report(date: "2026-03-02", text: "Jonas Feldmeier sprach über Radwege.", candidates: [["name": "Jonas Feldmeier", "party": "SPD"]]),
            report(
                date: "2026-03-02",
                text: "Das Podium wurde organisiert von der Volkshochschule Speyer. Jonas Feldmeier sprach über Mieten.",
                candidates: [["name": "Jonas Feldmeier", "party": "SPD"]]),
        ], into: archive)
        #expect(try archive.count("SELECT count(*) FROM forums") == 1)
        #expect(try archive.count("SELECT count(*) FROM forum_organizers") == 1)
        #expect(try archive.count("SELECT count(*) FROM paragraphs WHERE facets LIKE '%fo%'") == archive.count("SELECT count(*) FROM paragraphs"))
        #expect(try archive.count(Self.differing) == 0)
    }

    /// Import stores with the connection's triggers off; the facets it refreshes in paragraphs
    /// of an earlier import (a later report of the same forum, a party named later) must still
    /// reach their index entries.
    @Test func refreshesReachTheIndexOfParagraphsImportedBefore() throws {
        let archive = try Archive.inMemory()
        try importReports([
            report(date: "2026-03-02", text: "Jonas Feldmeier sprach über Radwege.", candidates: [["name": "Jonas Feldmeier"]]),
        ], into: archive)
        try importReports([
            report(
                date: "2026-03-02",
                text: "Das Podium wurde organisiert von der Volkshochschule Speyer. Jonas Feldmeier sprach über Mieten.",
                candidates: [["name": "Jonas Feldmeier"]]),
            report(
                date: "2026-03-09", text: "Jonas Feldmeier (SPD) sprach über Schulen.",
                candidates: [["name": "Jonas Feldmeier", "party": "SPD"]]),
        ], into: archive)
        #expect(try archive.count(Self.differing) == 0)
        let organizer = try archive.count("SELECT id FROM organizations")
        #expect(try archive.count("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'facets: fo\(organizer)'") == 2)
        var spd = SearchFilters()
        spd.partyIDs = [Int64(try archive.count("SELECT id FROM parties WHERE short_name = 'SPD'"))]
        #expect(try archive.search("Radwege", filters: spd).total == 1)
        #expect(try archive.check().isSound)
    }
}
