import Foundation
import PodiumTestSupport
import Testing

@Suite struct CheckAndHelpTests {
    @Test(arguments: [[], ["import"], ["search"], ["quotes"], ["candidates"], ["forums"], ["analyze"], ["check"], ["reindex"], ["reextract"], ["retag"], ["export"], ["migrate"], ["report"]])
    func everyCommandHasHelp(command: [String]) throws {
        let result = try PodiumProcess.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        #expect(result.stdout.contains("USAGE: podium"))
        if command != ["analyze"] { #expect(result.stdout.contains("--db")) }
    }

    @Test func versionIsPrinted() throws {
        let result = try PodiumProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }

    @Test func anUnknownCommandIsAUsageError() throws {
        #expect(try PodiumProcess.run(["frobnicate"]).status == 64)
    }

    @Test(.enabled(if: PodiumProcess.sqlite3Path != nil, "the sqlite3 shell is not installed"))
    func checkPassesOnASoundArchiveAndFailsOnADamagedIndex() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "a.sqlite").path
        _ = try PodiumProcess.run(["import", "--db", db, PodiumProcess.fixture("seed")])
        let sound = try PodiumProcess.run(["check", "--db", db])
        #expect(sound.status == 0)
        #expect(sound.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("ok") })
        _ = try PodiumProcess.sqlite3(db, "DROP TRIGGER paragraphs_fts_after_delete; DELETE FROM paragraphs WHERE id = 1;")
        let damaged = try PodiumProcess.run(["check", "--db", db])
        #expect(damaged.status == 1)
        #expect(damaged.stdout.contains("FAIL full-text index"))
    }

    @Test func checkOnSomethingElseIsAClearError() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appending(path: "notes.txt").path
        try String(repeating: "Notizen\n", count: 600).write(toFile: path, atomically: true, encoding: .utf8)
        let result = try PodiumProcess.run(["check", "--db", path])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["error: \(path): not an SQLite database"])
    }

    @Test func migrateCreatesAnArchiveAndListsItsMigrations() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "a.sqlite").path
        let result = try PodiumProcess.run(["migrate", "--db", db])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("0001_initial\n"))
    }
}
