import Foundation
@testable import PodiumArchive
@testable import PodiumImport
@testable import PodiumQuery
@testable import PodiumRendering
import PodiumTestSupport
import Testing

@Suite struct ExportTests {
    let tables = ["articles", "forums", "elections", "sections", "paragraphs", "persons", "person_aliases", "candidacies",
                  "forum_participants", "quotes", "mentions", "organizations", "forum_organizers", "paragraph_topics",
                  "quote_topics", "links", "parties", "party_spellings", "topics", "topic_terms"]

    @Test func exportingAndImportingIntoAnEmptyArchiveRebuildsIt() throws {
        let (original, _) = try makeArchive(importing: ["seed", "articles", "scenarios"])
        // A party and a topic term added in SQL travel with the export.
        try original.write { db in
            try db.execute(sql: """
                INSERT INTO parties (name, short_name) VALUES ('Bürger für Trier', 'BfT');
                INSERT INTO party_spellings (spelling, party_id) VALUES ('BfT', last_insert_rowid());
                INSERT INTO topic_terms (topic_id, pattern) SELECT id, 'seilbahn*' FROM topics WHERE name = 'Verkehr';
                """)
        }
        var lines: [String] = []
        try original.exportLines(filters: SearchFilters()) { lines.append($0) }
        #expect(lines.filter { !$0.hasPrefix("{\"podium_catalog\"") }.count == 13)
        #expect(lines.prefix { $0.hasPrefix("{\"podium_catalog\"") }.count == (try original.count("SELECT count(*) FROM parties"))
            + (try original.count("SELECT count(*) FROM topics")))

        let folder = try TestSupport.temporaryFolder()
        let file = folder.appending(path: "archive.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let rebuilt = try Archive.inMemory()
        let summary = try Importer(archive: rebuilt).run(paths: [file.path])
        #expect(summary.imported == 13 && summary.failed == 0)

        for table in tables {
            #expect(try rebuilt.count("SELECT count(*) FROM \(table)") == original.count("SELECT count(*) FROM \(table)"), "\(table)")
        }
        for query in ["Digitalisierung", "Schulen", "\"Kita-Plätze\" OR Kindergarten"] {
            let before = try original.search(query, filters: SearchFilters(), limit: 50).hits.map { [$0.municipality, $0.text] }
            let after = try rebuilt.search(query, filters: SearchFilters(), limit: 50).hits.map { [$0.municipality, $0.text] }
            #expect(before == after, "\(query)")
        }
        #expect(try rebuilt.strings("SELECT coalesce(speaker, attribution) || ': ' || text FROM quote_details ORDER BY quote_id")
            == original.strings("SELECT coalesce(speaker, attribution) || ': ' || text FROM quote_details ORDER BY quote_id"))
        // The same reports: the archive overview and a municipality over the years, word for word.
        let time = Date(timeIntervalSince1970: 0)
        for request in [ReportRequest(generatedAt: time), ReportRequest(filters: FilterRequest(municipalities: ["Mainz"]), generatedAt: time)] {
            #expect(ReportMarkdown.render(try rebuilt.report(request)) == ReportMarkdown.render(try original.report(request)))
        }
    }

    @Test func exportFollowsTheFilters() throws {
        let (archive, _) = try makeArchive(importing: ["seed", "articles"])
        var lines: [String] = []
        try archive.exportLines(filters: try SearchFilters(states: ["BY"])) { lines.append($0) }
        let articles = lines.filter { !$0.hasPrefix("{\"podium_catalog\"") }
        #expect(articles.count == 2)
        #expect(articles.allSatisfy { $0.contains("\"state\":\"Bayern\"") })
    }
}
