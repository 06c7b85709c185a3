import Foundation
import PodiumTestSupport
import Testing

@Suite struct SearchCommandTests {
    static let db: String = {
        let path = try! TestSupport.temporaryFolder().appending(path: "search.sqlite").path
        _ = try! PodiumProcess.run(["import", "--db", path, PodiumProcess.fixture("seed"), PodiumProcess.fixture("articles")])
        return path
    }()

    func search(_ arguments: [String]) throws -> PodiumProcess.Result {
        try PodiumProcess.run(["search", "--db", Self.db] + arguments)
    }

    @Test func jsonHitsCarryTheContractFieldsAndKaiserslautern() throws {
        let result = try search(["Digitalisierung", "--municipality", "Kaiserslautern", "--format", "json"])
        #expect(result.status == 0)
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(hits.count == 4)
        for hit in hits {
            for key in ["article_id", "paragraph_id", "municipality", "ags", "state", "forum_date", "title", "snippet", "text", "speakers", "score"] {
                #expect(hit.keys.contains(key), "missing \(key)")
            }
            #expect(hit["municipality"] as? String == "Kaiserslautern")
            #expect(hit["ags"] as? String == "07312000")
            #expect(hit["forum_date"] is NSNull)
            #expect((hit["snippet"] as? String)?.contains("[Digitalisierung]") == true)
        }
    }

    @Test(arguments: [#"Kita "Ganztag"#, "AND OR", "NEAR(", "'; DROP TABLE x;--", "'; DROP TABLE paragraphs;--", "\"", "*", "-", "-Kita"])
    func hostileQueriesExitZeroWithoutErrors(query: String) throws {
        let result = try search([query, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) is [Any])
    }

    @Test func csvAndNDJSONHaveOneRowAHit() throws {
        let ndjson = try search(["Schulen", "--format", "ndjson"])
        let lines = ndjson.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines { #expect((try JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any]) }
        let csv = try search(["Schulen", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("article_id,paragraph_id,municipality,ags,state,kind,forum_date,published_date,title,heading,snippet,text,speakers,score\r\n"))
    }

    @Test func tableFitsEightyColumnsAndMarksMatchesWithoutATerminal() throws {
        let result = try search(["Digitalisierung", "--limit", "5"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(result.stdout.contains("[Digitalisierung]"))
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(result.stdout.contains("1–5 of 6 matching paragraphs"))
    }

    @Test func filtersNarrowByPlaceAndTime() throws {
        let result = try search(["Schulen", "--state", "RP", "--from", "2020", "--format", "json"])
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { ($0["state"] as? String) == "Rheinland-Pfalz" && (($0["forum_date"] as? String) ?? "") >= "2020" })
    }

    @Test func sortByDatePutsTheNewestForumFirstAndUndatedLast() throws {
        let result = try search(["Schulen", "--sort", "date", "--format", "json", "--limit", "100"])
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let dates = hits.map { $0["forum_date"] as? String ?? "" }
        let dated = dates.filter { !$0.isEmpty }
        #expect(dated == dated.sorted(by: >))
        #expect(dates.firstIndex(of: "") ?? dates.count >= dated.count)
    }

    @Test func anUnknownMunicipalityFilterIsAClearError() throws {
        let result = try search(["Schulen", "--municipality", "Atlantis"])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["error: unknown municipality 'Atlantis' (not in the gazetteer)"])
    }

    @Test func searchingAMissingArchiveCreatesNothing() throws {
        let path = try TestSupport.temporaryFolder().appending(path: "none.sqlite").path
        let result = try PodiumProcess.run(["search", "--db", path, "Kita"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(path): no archive here"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(.enabled(if: PodiumProcess.sqlite3Path != nil, "the sqlite3 shell is not installed"))
    func theStockSqlite3ShellSearchesTheIndex() throws {
        let result = try PodiumProcess.sqlite3(Self.db, "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'digitalisierung'")
        #expect(result.status == 0)
        #expect(Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))! >= 4)
        let joined = try PodiumProcess.sqlite3(Self.db, """
            SELECT municipality, count(*) FROM paragraphs_fts JOIN paragraph_details ON paragraph_id = paragraphs_fts.rowid
            WHERE paragraphs_fts MATCH 'digitalisierung' GROUP BY municipality ORDER BY municipality
            """)
        #expect(joined.stdout.split(separator: "\n").contains("Kaiserslautern|4"))
    }
}
