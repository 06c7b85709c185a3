import Foundation
import PodiumTestSupport
import Testing

/// The benchmark's corpus: every import format, real news mixed in, and all of it imports.
@Suite struct BenchCorpusTests {
    static let realNews = PodiumProcess.repository.deletingLastPathComponent().appending(path: "shared/corpora/10kGNAD-test.csv").path

    @Test(.enabled(if: PodiumProcess.sqlite3Path != nil, "the sqlite3 shell is not installed"))
    func aMixedCorpusHasEveryFormatAndImportsWithoutAFailure() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = folder.appending(path: "corpus").path
        var arguments = ["generate", "200", "7", corpus]
        let hasRealNews = FileManager.default.fileExists(atPath: Self.realNews)
        if hasRealNews { arguments += ["--real", Self.realNews] }
        let generated = try PodiumProcess.run(arguments, executable: PodiumProcess.bench)
        #expect(generated.status == 0, "\(generated.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(generated.stdout.utf8)) as? [String: Any]
        #expect(summary?["real"] as? Int == (hasRealNews ? 10 : 0))

        let db = folder.appending(path: "archive.sqlite").path
        let imported = try PodiumProcess.run(["import", "--db", db, "--format", "json", corpus])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("\"imported\":200"), "\(imported.stdout)")
        let formats = try PodiumProcess.sqlite3(db, "SELECT group_concat(source_format, ' ') FROM (SELECT DISTINCT source_format FROM articles ORDER BY 1)")
        #expect(formats.stdout == "html json jsonl md txt\n")
        if hasRealNews {
            // Real news is no forum report: nobody on a panel is made up from it.
            let invented = try PodiumProcess.sqlite3(db, """
                SELECT count(*) FROM forum_participants fp JOIN articles a ON a.forum_id = fp.forum_id
                WHERE a.outlet LIKE '%10kGNAD%'
                """)
            #expect(invented.stdout == "0\n")
        }
    }

    /// Only a folder is split into files of 5,000 articles; one JSON Lines file holds them all.
    @Test func oneJSONLinesFileHoldsEveryArticleAsked() throws {
        let corpus = try TestSupport.temporaryFolder().appending(path: "corpus.jsonl").path
        #expect(try PodiumProcess.run(["generate", "5001", "3", corpus], executable: PodiumProcess.bench).status == 0)
        #expect(try String(contentsOfFile: corpus, encoding: .utf8).split(separator: "\n").count == 5_001)
    }
}
