import Foundation
import PodiumTestSupport
import Testing

/// No SQL is ever built from user input: every filter option of every listing command, the
/// search query and the analyzer's text, given SQL and FTS5 injection strings, give a result
/// or one clear error line, and the archive stays as it was.
@Suite struct InjectionTests {
    static let hostile = ["'; DROP TABLE paragraphs;--", "Mainz') OR ('1'='1", "x\"); DELETE FROM articles; --", "text: die) OR (*"]
    static let commands = ["search", "quotes", "candidates", "forums", "report", "export"]
    static let options = ["--municipality", "--state", "--from", "--to", "--candidate", "--party", "--topic", "--organizer", "--outlet"]

    @Test(.enabled(if: PodiumProcess.sqlite3Path != nil, "the sqlite3 shell is not installed"))
    func everyArgumentIsData() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "a.sqlite").path
        #expect(try PodiumProcess.run(["import", "--db", db, PodiumProcess.fixture("seed"), PodiumProcess.fixture("articles")]).status == 0)
        let snapshot = """
            SELECT (SELECT group_concat(name || ':' || coalesce(sql, ''), char(10)) FROM sqlite_master),
                   (SELECT count(*) FROM articles), (SELECT count(*) FROM paragraphs), (SELECT count(*) FROM quotes),
                   (SELECT count(*) FROM persons), (SELECT count(*) FROM parties), (SELECT count(*) FROM municipalities)
            """
        let before = try PodiumProcess.sqlite3(db, snapshot).stdout
        var runs = 0
        for value in Self.hostile {
            var calls: [[String]] = [["search", "--db", db, value], ["analyze", value], ["quotes", "--db", db, value]]
            for command in Self.commands {
                for option in Self.options {
                    calls.append([command, "--db", db] + (command == "search" ? ["Stadt"] : []) + [option, value])
                }
            }
            for call in calls {
                let result = try PodiumProcess.run(call)
                runs += 1
                #expect([0, 1, 64].contains(result.status), "\(call)")
                #expect(result.status == 64 || result.stderrLines.count <= 1, "\(call): \(result.stderr)")
                for word in ["SQLite error", "syntax error", "no such", "fts5:", "unrecognized token"] {
                    #expect(!result.stderr.contains(word) && !result.stdout.contains(word), "\(call): \(result.stderr)")
                }
            }
        }
        #expect(runs > 100)
        #expect(try PodiumProcess.sqlite3(db, snapshot).stdout == before)
        #expect(try PodiumProcess.run(["check", "--db", db]).status == 0)
    }
}
