import Foundation
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
        let db = try PodiumProcess.temporaryFolder().appending(path: "a.sqlite").path
        _ = try PodiumProcess.run(["import", "--db", db, PodiumProcess.fixture("seed")])
        let result = try PodiumProcess.run(["reindex", "--db", db])
        #expect(result.status == 0)
        #expect(result.stdout == "reindexed 10 paragraphs, stems changed in 0\n")
        #expect(try PodiumProcess.run(["check", "--db", db]).status == 0)
    }
}
