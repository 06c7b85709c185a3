import Foundation
import PodiumTestSupport
import Testing

/// `podium report` as a user runs it: formats, kinds, and --output written atomically.
@Suite struct ReportCommandTests {
    let folder: URL
    let db: String

    init() throws {
        folder = try TestSupport.temporaryFolder()
        db = folder.appending(path: "a.sqlite").path
        _ = try PodiumProcess.run(["import", "--db", db, PodiumProcess.fixture("seed"), PodiumProcess.fixture("articles")])
    }

    @Test func markdownGoesToStandardOutputByDefault() throws {
        let result = try PodiumProcess.run(["report", "--db", db, "--municipality", "Mainz"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Mainz: forums 2012–2019\n"))
        #expect(result.stdout.contains("| Jens Oberländer | FW | FDP | yes, for another party |"))
    }

    @Test func outputReplacesTheFileAtomicallyAndLeavesNoTemporaryFile() throws {
        let target = folder.appending(path: "archive.html")
        try "old report".write(to: target, atomically: true, encoding: .utf8)
        let result = try PodiumProcess.run(["report", "--db", db, "--format", "html", "--output", target.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let html = try String(contentsOf: target, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.contains("<svg"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") } == [])
    }

    @Test func jsonIsTheSameReportAsData() throws {
        let result = try PodiumProcess.run(["report", "--db", db, "--forum", "1", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "forum")
        #expect((object["forum"] as? [String: Any])?["forum_id"] as? Int == 1)
    }

    @Test func anUnwritableOutputIsOneErrorLineAndChangesNothing() throws {
        let missing = folder.appending(path: "no-such-folder/report.md").path
        let result = try PodiumProcess.run(["report", "--db", db, "--output", missing])
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(missing): the folder \(folder.appending(path: "no-such-folder").path) does not exist\n")
        let unknown = try PodiumProcess.run(["report", "--db", db, "--forum", "999"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: no forum has the id 999 (see `podium forums`)\n")
        let badFormat = try PodiumProcess.run(["report", "--db", db, "--format", "pdf"])
        #expect(badFormat.status == 64)
    }
}
