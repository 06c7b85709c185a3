import Foundation
import PodiumTestSupport
import Testing

@Suite struct AnalyzeAndReindexTests {
    @Test func analyzeShowsTokensNormalisedFormsAndStems() throws {
        let result = try PodiumProcess.run(["analyze", "Schulen", "Kita-Plätze"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            TOKEN        NORMALIZED   STEM
            Schulen      schulen      schul
            Kita         kita         kita
            Plätze       platze       platz
            Kita-Plätze  kita-platze  kitaplatz

            """)
    }

    @Test func analyzeDashStemsOneWordALineFromStdin() throws {
        let result = try PodiumProcess.run(["analyze", "-"], stdin: "Schulen\nSchulden\nStraße\naufeinanderfolgenden\n")
        #expect(result.status == 0)
        #expect(result.stdout == "schul\nschuld\nstrass\naufeinanderfolg\n")
    }

    @Test func analyzeWithoutTextIsAUsageError() throws {
        #expect(try PodiumProcess.run(["analyze"]).status == 64)
    }

    @Test func reindexReportsWhatItDidAndLeavesASoundArchive() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "a.sqlite").path
        _ = try PodiumProcess.run(["import", "--db", db, PodiumProcess.fixture("seed")])
        let result = try PodiumProcess.run(["reindex", "--db", db])
        #expect(result.status == 0)
        #expect(result.stdout == "reindexed 10 paragraphs, stems changed in 0\n")
        #expect(try PodiumProcess.run(["check", "--db", db]).status == 0)
    }
}

@Suite struct ExportCommandTests {
    @Test func exportThenImportGivesTheSameCounts() throws {
        let folder = try TestSupport.temporaryFolder()
        let first = folder.appending(path: "first.sqlite").path
        let second = folder.appending(path: "second.sqlite").path
        _ = try PodiumProcess.run(["import", "--db", first, PodiumProcess.fixture("seed"), PodiumProcess.fixture("articles")])
        let export = try PodiumProcess.run(["export", "--db", first])
        #expect(export.status == 0)
        let file = folder.appending(path: "archive.jsonl")
        try export.stdout.write(to: file, atomically: true, encoding: .utf8)
        let imported = try PodiumProcess.run(["import", "--db", second, file.path])
        #expect(imported.stdout == "imported 12, duplicates 0, failed 0\n")
        let firstQuotes = try PodiumProcess.run(["quotes", "--db", first, "--format", "ndjson", "--limit", "1000"]).stdout
        let secondQuotes = try PodiumProcess.run(["quotes", "--db", second, "--format", "ndjson", "--limit", "1000"]).stdout
        #expect(firstQuotes.split(separator: "\n").count == 29)
        // Ids and titles of the source file may differ; speakers, texts and places must not.
        func essentials(_ ndjson: String) throws -> [String] {
            try ndjson.split(separator: "\n").map { line in
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                return "\(object["speaker"] ?? "-")|\(object["municipality"] ?? "-")|\(object["text"] ?? "-")"
            }
        }
        #expect(try essentials(firstQuotes) == essentials(secondQuotes))
    }
}
