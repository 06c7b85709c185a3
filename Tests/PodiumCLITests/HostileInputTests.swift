import Foundation
import PodiumTestSupport
import Testing

/// The failures found by attacking podium with hostile files, paths and numbers (issue 18),
/// each kept fixed: an output never replaces the archive, a link or a device; no input file
/// hangs an import or takes unbounded memory; a full device is an error, not a crash; names
/// cannot drive the terminal.
@Suite struct HostileInputTests {
    let folder: URL
    let db: String

    init() throws {
        folder = try TestSupport.temporaryFolder()
        db = folder.appending(path: "a.sqlite").path
        let imported = try PodiumProcess.run(["import", "--db", db, PodiumProcess.fixture("seed"), PodiumProcess.fixture("articles")])
        #expect(imported.status == 0)
    }

    func checkPasses() throws -> Bool {
        try PodiumProcess.run(["check", "--db", db]).status == 0
    }

    @Test func aReportIsNeverWrittenOverTheArchive() throws {
        let size = try FileManager.default.attributesOfItem(atPath: db)[.size] as? Int
        for output in [db, db + "-wal", folder.appending(path: "./a.sqlite").path] {
            let result = try PodiumProcess.run(["report", "--db", db, "--output", output])
            #expect(result.status == 1)
            #expect(result.stderr == "error: \(output): this is the archive (or one of its journal files); choose another file\n")
        }
        let link = folder.appending(path: "report.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: db)
        #expect(try PodiumProcess.run(["report", "--db", db, "--output", link]).status == 1)
        #expect(try FileManager.default.attributesOfItem(atPath: db)[.size] as? Int == size)
        #expect(try checkPasses())
    }

    @Test func aReportThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws {
        let target = folder.appending(path: "target.md").path
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        let link = folder.appending(path: "link.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.md")
        #expect(try PodiumProcess.run(["report", "--db", db, "--output", link]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.md")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("# "))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers == [])
    }

    @Test func aReportIntoAPipeOrADeviceWritesToItWithoutReplacingIt() throws {
        let fifo = folder.appending(path: "report.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = try PodiumProcess.Background(["/bin/cat", fifo], executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(try PodiumProcess.run(["report", "--db", db, "--output", fifo]).status == 0)
        #expect(try reader.wait().stdout.hasPrefix("# "))
        var status = stat()
        #expect(stat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(try PodiumProcess.run(["report", "--db", db, "--output", "/dev/null"]).status == 0)
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        #expect(try PodiumProcess.run(["report", "--db", db, "--output", folder.path]).stderr == "error: \(folder.path): a folder, not a file\n")
    }

    /// /dev/full fails every write with ENOSPC, as a full disk does.
    @Test(arguments: [["search", "Schule"], ["quotes"], ["export"], ["report"], ["report", "--output", "/dev/full"],
                      ["export", "--output", "/dev/full"]])
    func writingToAFullDeviceIsAnErrorNotACrash(arguments: [String]) throws {
        let command = "exec \"$0\" \"$@\" > /dev/full"
        let result = try PodiumProcess.run(
            ["-c", command, PodiumProcess.binary.path, arguments[0], "--db", db] + arguments.dropFirst(),
            executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 1)
        let path = arguments.contains("--output") ? "/dev/full" : "standard output"
        #expect(result.stderr == "error: \(path): No space left on device\n")
    }

    @Test func aDeviceOrAPipeAmongTheInputsIsRefusedAndTheRestImported() throws {
        let inputs = folder.appending(path: "inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: PodiumProcess.fixture("seed/kaiserslautern-2023.txt"), toPath: inputs.appending(path: "b.txt").path)
        #expect(mkfifo(inputs.appending(path: "a.txt").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: inputs.appending(path: "zero.txt").path, withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: inputs.appending(path: "zero.jsonl").path, withDestinationPath: "/dev/zero")
        let fresh = folder.appending(path: "fresh.sqlite").path
        let result = try PodiumProcess.run(["import", "--db", fresh, inputs.path])
        #expect(result.status == 1)
        #expect(result.stdout == "imported 1, duplicates 0, failed 3\n")
        #expect(result.stderrLines == [
            "error: \(inputs.path)/a.txt: a named pipe (FIFO), not a regular file",
            "error: \(inputs.path)/zero.jsonl: a character device, not a regular file",
            "error: \(inputs.path)/zero.txt: a character device, not a regular file",
        ])
    }

    @Test func aJSONLinesLineOverTheLimitIsRefusedAndTheNextLineRead() throws {
        let file = folder.appending(path: "long.jsonl")
        let long = "{\"text\": \"" + String(repeating: "Wort ", count: 500_000) + "\"}\n"
        try (long + "{\"text\": \"Beim Podium in Musterstadt sprachen die Kandidaten.\"}\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try PodiumProcess.run(["import", "--db", folder.appending(path: "l.sqlite").path, "--max-file-size", "1", file.path])
        #expect(result.stdout == "imported 1, duplicates 0, failed 1\n")
        #expect(result.stderr == "error: \(file.path): record 1: line is 2 MiB, over the limit of 1 MiB (raise it with --max-file-size)\n")
    }

    @Test func numbersPastTheirRangeAreUsageErrorsOrEmptyPagesNotTraps() throws {
        let offset = try PodiumProcess.run(["search", "--db", db, "--offset", "9223372036854775807", "Schule"])
        #expect(offset.status == 0 && offset.stdout == "No matches.\n")
        let listing = try PodiumProcess.run(["quotes", "--db", db, "--offset", "9223372036854775807", "--format", "json"])
        #expect(listing.status == 0 && listing.stdout == "[]\n")
        let huge = try PodiumProcess.run(["import", "--db", db, "--max-file-size", "9000000000000", PodiumProcess.fixture("seed")])
        #expect(huge.status == 64)
        #expect(huge.stderrLines.first == "Error: --max-file-size must be at most 4398046511103 (MiB).")
        let negative = try PodiumProcess.run(["import", "--db", db, "--max-file-size", "-1", PodiumProcess.fixture("seed")])
        #expect(negative.status == 64)
        #expect(negative.stderrLines.first == "Error: --max-file-size must be at least 1.")
    }

    @Test func controlCharactersInFileNamesAreShownNotObeyed() throws {
        let name = folder.appending(path: "evil\u{1B}]0;pwned\u{07}\nerror: forged.json").path
        try "{".write(toFile: name, atomically: false, encoding: .utf8)
        let result = try PodiumProcess.run(["import", "--db", db, name])
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("error: \(folder.path)/evil\\x1B]0;pwned\\x07\\x0Aerror: forged.json: invalid JSON"))
        #expect(!result.stderr.contains("\u{1B}"))
    }

    @Test func messagesNameWhatIsWrong() throws {
        let empty = folder.appending(path: "empty.sqlite").path
        _ = FileManager.default.createFile(atPath: empty, contents: nil)
        let check = try PodiumProcess.run(["check", "--db", empty])
        #expect(check.status == 1)
        #expect(check.stderr == "error: \(empty): an empty database, not yet an archive (create one with `podium import --db \(empty) FILE...`)\n")

        // Pages 6 to 8 overwritten, after a checkpoint has moved every page into the file.
        #expect(try PodiumProcess.run(["search", "--db", db, "Schule"]).status == 0)
        _ = try PodiumProcess.sqlite3(db, "PRAGMA wal_checkpoint(TRUNCATE)")
        let damaged = folder.appending(path: "damaged.sqlite").path
        var bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        bytes.replaceSubrange(4096 * 5..<4096 * 8, with: Data(repeating: 0x13, count: 4096 * 3))
        try bytes.write(to: URL(fileURLWithPath: damaged))
        let corrupt = try PodiumProcess.run(["check", "--db", damaged])
        #expect(corrupt.status == 1)
        #expect(!corrupt.stderr.contains("run `podium check`"))
        #expect(corrupt.stderr.contains(".recover"))

        let year = try PodiumProcess.run(["search", "--db", db, "year:abc Schule"])
        #expect(year.status == 1 && year.stderr == "error: year:abc is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n")

        let early = folder.appending(path: "early.md")
        try "---\nforum_date: 0001-01-01\n---\nBeim Podium sprachen die Kandidaten.\n".write(to: early, atomically: true, encoding: .utf8)
        let date = try PodiumProcess.run(["import", "--db", db, early.path])
        #expect(date.stderr == "error: \(early.path): 'forum_date': '0001-01-01': the year is out of range (1000 to 9999)\n")
    }
}
