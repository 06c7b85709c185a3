import Foundation
import PodiumTestSupport
import Testing

/// Nothing is lost: an import killed at any moment leaves a sound archive whose articles are
/// whole or absent, and importers, a search loop and the sqlite3 shell can work at once.
///
/// `make test` runs them small; `make reliability` sets `PODIUM_RELIABILITY_SCALE` (10) for
/// ten times the articles and kills.
@Suite(.serialized) struct ReliabilityTests {
    static let scale = max(1, Int(ProcessInfo.processInfo.environment["PODIUM_RELIABILITY_SCALE"] ?? "") ?? 1)

    /// Counts that must match a reference archive when nothing was lost or doubled.
    static let countedTables = [
        "articles", "sections", "paragraphs", "paragraphs_fts", "quotes", "mentions", "links", "persons",
        "candidacies", "forum_participants", "forums", "elections", "forum_organizers", "paragraph_topics", "quote_topics",
    ]

    static func counts(_ db: String) throws -> [String] {
        try countedTables.map { table in
            "\(table) " + (try PodiumProcess.sqlite3(db, "SELECT count(*) FROM \(table)").stdout.trimmingCharacters(in: .newlines))
        }
    }

    /// Articles of `db` that differ from the same article (by content hash) in `reference`:
    /// a missing paragraph, quote, mention or topic would be a half-stored article.
    static func partialArticles(_ db: String, reference: String) throws -> String {
        try PodiumProcess.sqlite3(db, """
            ATTACH '\(reference)' AS ref;
            SELECT count(*) FROM articles a JOIN ref.articles r ON r.content_hash = a.content_hash
            WHERE (SELECT count(*) FROM paragraphs WHERE article_id = a.id)
                  <> (SELECT count(*) FROM ref.paragraphs WHERE article_id = r.id)
               OR (SELECT count(*) FROM quotes q JOIN paragraphs p ON p.id = q.paragraph_id WHERE p.article_id = a.id)
                  <> (SELECT count(*) FROM ref.quotes q JOIN ref.paragraphs p ON p.id = q.paragraph_id WHERE p.article_id = r.id)
               OR (SELECT count(*) FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id WHERE p.article_id = a.id)
                  <> (SELECT count(*) FROM ref.mentions m JOIN ref.paragraphs p ON p.id = m.paragraph_id WHERE p.article_id = r.id)
               OR (SELECT count(*) FROM paragraph_topics t JOIN paragraphs p ON p.id = t.paragraph_id WHERE p.article_id = a.id)
                  <> (SELECT count(*) FROM ref.paragraph_topics t JOIN ref.paragraphs p ON p.id = t.paragraph_id WHERE p.article_id = r.id);
            """).stdout.trimmingCharacters(in: .newlines)
    }

    @Test(.enabled(if: PodiumProcess.sqlite3Path != nil, "the sqlite3 shell is not installed"))
    func anImportKilledAtRandomMomentsLosesNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        let articles = 300 * Self.scale
        let corpus = try PodiumProcess.corpus(articles, seed: 11, in: folder)
        let reference = folder.appending(path: "reference.sqlite").path
        #expect(try PodiumProcess.run(["import", "--db", reference, corpus]).status == 0)

        let db = folder.appending(path: "killed.sqlite").path
        var random = SystemRandomNumberGenerator()
        var kills = 0
        for _ in 0..<(4 * Self.scale) {
            let importer = try PodiumProcess.Background(["import", "--db", db, corpus])
            Thread.sleep(forTimeInterval: Double.random(in: 0.15...(1.2 * Double(Self.scale)), using: &random))
            guard importer.isRunning else { break }
            importer.kill()
            kills += 1
            let check = try PodiumProcess.run(["check", "--db", db])
            #expect(check.status == 0, "after kill \(kills): \(check.stdout)\(check.stderr)")
            #expect(try Self.partialArticles(db, reference: reference) == "0", "after kill \(kills)")
        }
        #expect(kills >= 1)
        print("reliability: \(kills) kills survived, \(articles) articles")
        // The same import again completes the archive, with no duplicates.
        let again = try PodiumProcess.run(["import", "--db", db, "--format", "json", corpus])
        #expect(again.status == 0)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect((summary["imported"] as? Int ?? 0) + (summary["duplicates"] as? Int ?? 0) == articles)
        #expect(try Self.counts(db) == Self.counts(reference))
        #expect(try PodiumProcess.run(["check", "--db", db]).status == 0)
    }

    /// Each batch of a retag replaces its own tags in one transaction: killed at any moment, it
    /// leaves every tag (old or new, the same here) and a sound archive.
    @Test(.enabled(if: PodiumProcess.sqlite3Path != nil, "the sqlite3 shell is not installed"))
    func aRetagKilledAtRandomMomentsLosesNoTag() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = try PodiumProcess.corpus(300 * Self.scale, seed: 12, in: folder)
        let db = folder.appending(path: "archive.sqlite").path
        #expect(try PodiumProcess.run(["import", "--db", db, corpus]).status == 0)
        let tags = "SELECT (SELECT count(*) FROM paragraph_topics) || ' ' || (SELECT count(*) FROM quote_topics)"
        let before = try PodiumProcess.sqlite3(db, tags).stdout
        #expect(before != "0 0\n")
        var random = SystemRandomNumberGenerator()
        for attempt in 1...(4 * Self.scale) {
            let retag = try PodiumProcess.Background(["retag", "--db", db])
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...0.6, using: &random))
            if retag.isRunning { retag.kill() } else { _ = try retag.wait() }
            let check = try PodiumProcess.run(["check", "--db", db])
            #expect(check.status == 0, "after attempt \(attempt): \(check.stdout)\(check.stderr)")
            #expect(try PodiumProcess.sqlite3(db, tags).stdout == before, "after attempt \(attempt)")
        }
    }

    @Test(.enabled(if: PodiumProcess.sqlite3Path != nil, "the sqlite3 shell is not installed"))
    func twoImportersASearchLoopAndTheShellWorkAtOnce() throws {
        let folder = try TestSupport.temporaryFolder()
        let first = try PodiumProcess.corpus(150 * Self.scale, seed: 21, in: folder, named: "first.jsonl")
        let second = try PodiumProcess.corpus(150 * Self.scale, seed: 22, in: folder, named: "second.jsonl")
        let shared = try PodiumProcess.corpus(40 * Self.scale, seed: 23, in: folder, named: "shared.jsonl")
        let reference = folder.appending(path: "reference.sqlite").path
        #expect(try PodiumProcess.run(["import", "--db", reference, first, second, shared]).status == 0)

        let db = folder.appending(path: "shared.sqlite").path
        #expect(try PodiumProcess.run(["migrate", "--db", db]).status == 0)
        let importers = try [
            PodiumProcess.Background(["import", "--db", db, first, shared]),
            PodiumProcess.Background(["import", "--db", db, shared, second]),
        ]
        let shell = try PodiumProcess.Background(
            [db, ".timeout 10000"] + Array(repeating: "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'wohnen';", count: 200),
            executable: URL(fileURLWithPath: PodiumProcess.sqlite3Path!))
        var searches: [PodiumProcess.Result] = []
        while importers.contains(where: \.isRunning) {
            searches.append(try PodiumProcess.run(["search", "--db", db, "Wohnungen", "--limit", "3", "--format", "json"]))
        }
        let results = try importers.map { try $0.wait() }
        let shellResult = try shell.wait()
        for result in results {
            #expect(result.status == 0)
            #expect(result.stderr == "")
        }
        #expect(shellResult.status == 0 && shellResult.stderr == "")
        #expect(!searches.isEmpty)
        for search in searches {
            #expect(search.status == 0, "\(search.stderr)")
            #expect(!search.stderr.contains("locked"))
        }
        // Each article once: the shared file's articles were stored by one importer, skipped by the other.
        #expect(try Self.counts(db) == Self.counts(reference))
        #expect(try PodiumProcess.run(["check", "--db", db]).status == 0)
    }
}

/// A full disk, simulated by a small tmpfs (where this machine lets the tests mount one): the
/// import stops with one clear line, and what was stored is sound and whole.
@Suite(.serialized) struct FullDiskTests {
    static func mount(_ folder: URL, megabytes: Int) -> Bool {
        guard getuid() == 0 else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/mount")
        process.arguments = ["-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", folder.path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static func unmount(_ folder: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/umount")
        process.arguments = [folder.path]
        try? process.run()
        process.waitUntilExit()
    }

    @Test(.enabled(if: PodiumProcess.sqlite3Path != nil, "the sqlite3 shell is not installed"))
    func aFullDiskStopsTheImportCleanly() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = try PodiumProcess.corpus(400, seed: 31, in: folder)
        let reference = folder.appending(path: "reference.sqlite").path
        #expect(try PodiumProcess.run(["import", "--db", reference, corpus]).status == 0)
        let disk = folder.appending(path: "disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        guard Self.mount(disk, megabytes: 5) else {
            print("full-disk test skipped: cannot mount a tmpfs here")
            return
        }
        defer { Self.unmount(disk) }
        let db = disk.appending(path: "archive.sqlite").path
        // Small batches, so that some commit before the disk is full.
        let result = try PodiumProcess.run(["import", "--db", db, "--batch-size", "10", corpus])
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(db): disk full: the articles since the last commit were not stored (import the same files again when there is room)\n", "\(result.stderr)")
        let check = try PodiumProcess.run(["check", "--db", db])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let stored = try PodiumProcess.sqlite3(db, "SELECT count(*) FROM articles").stdout.trimmingCharacters(in: .newlines)
        #expect(Int(stored) ?? 0 > 0 && Int(stored) ?? 0 < 400)
        #expect(try ReliabilityTests.partialArticles(db, reference: reference) == "0")
    }
}

/// An output file that does not fit on its disk: the error names it, the file it was to replace
/// stays as it was, and nothing partial is left beside it.
@Suite(.serialized) struct FullDiskOutputTests {
    @Test func anExportThatDoesNotFitLeavesTheOldFileAndNoPart() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = try PodiumProcess.corpus(1_000, seed: 32, in: folder)
        let db = folder.appending(path: "archive.sqlite").path
        #expect(try PodiumProcess.run(["import", "--db", db, corpus]).status == 0)
        let disk = folder.appending(path: "disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        guard FullDiskTests.mount(disk, megabytes: 1) else {
            print("full-disk output test skipped: cannot mount a tmpfs here")
            return
        }
        defer { FullDiskTests.unmount(disk) }
        let output = disk.appending(path: "export.jsonl").path
        try "the last export\n".write(toFile: output, atomically: false, encoding: .utf8)
        let result = try PodiumProcess.run(["export", "--db", db, "--output", output])
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(output): No space left on device\n")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "the last export\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == ["export.jsonl"])
    }
}
