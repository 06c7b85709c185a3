import Foundation
import PodiumTestSupport
import Testing

@Suite struct ImportCommandTests {
    @Test func seedImportsOnceAndAgainIsADuplicate() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "a.sqlite").path
        let first = try PodiumProcess.run(["import", "--db", db, PodiumProcess.fixture("seed")])
        #expect(first.status == 0)
        #expect(first.stdout == "imported 1, duplicates 0, failed 0\n")
        #expect(first.stderr == "")
        let second = try PodiumProcess.run(["import", "--db", db, PodiumProcess.fixture("seed"), PodiumProcess.fixture("duplicates")])
        #expect(second.status == 0)
        #expect(second.stdout == "imported 0, duplicates 2, failed 0\n")
    }

    @Test func aKindGivenAtImportWins() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "a.sqlite").path
        let result = try PodiumProcess.run(["import", "--db", db, "--kind", "election-coverage", PodiumProcess.fixture("seed")])
        #expect(result.status == 0)
        let forums = try PodiumProcess.run(["forums", "--db", db, "--format", "json"])
        #expect(forums.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        let articles = try PodiumProcess.run(["articles", "--db", db, "--format", "csv"])
        #expect(articles.stdout.contains(",election_coverage,"))
        let wrong = try PodiumProcess.run(["import", "--db", db, "--kind", "forum", PodiumProcess.fixture("seed")])
        #expect(wrong.status == 64)
    }

    @Test func aPlaceThatNamesNoSingleMunicipalityStopsTheImport() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "a.sqlite").path
        let result = try PodiumProcess.run(["import", "--db", db, "--municipality", "Mianz", PodiumProcess.fixture("seed")])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["error: unknown municipality 'Mianz' (not in the gazetteer); did you mean Mainz?"])
        let articles = try PodiumProcess.run(["articles", "--db", db, "--format", "json"])
        #expect(articles.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    /// The same text from another outlet is one article, and the outlet is kept as another source.
    @Test func aCopyFromAnotherOutletIsAnotherSourceOfTheSameArticle() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "a.sqlite").path
        for outlet in ["Die Rheinpfalz", "Pfälzer Abendblatt", "Pfälzer Abendblatt", "Die Rheinpfalz"] {
            let result = try PodiumProcess.run(["import", "--db", db, "--outlet", outlet, PodiumProcess.fixture("seed")])
            #expect(result.status == 0)
        }
        let articles = try PodiumProcess.run(["articles", "--db", db, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(articles.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["outlet"] as? String == "Die Rheinpfalz")
        let others = rows.first?["other_sources"] as? [[String: Any]]
        #expect(others?.map { $0["outlet"] as? String } == ["Pfälzer Abendblatt"])
        let quotes = try PodiumProcess.run(["quotes", "--db", db, "--format", "csv"])
        #expect(quotes.stdout.split(separator: "\r\n").count == 10)
    }

    /// A near copy (another outlet's title line, a word changed) is one story: kept as another
    /// source of the stored article, its quotes and candidates not counted twice.
    @Test func aNearCopyIsTheSameStory() throws {
        let folder = try TestSupport.temporaryFolder()
        let db = folder.appending(path: "a.sqlite").path
        _ = try PodiumProcess.run(["import", "--db", db, "--outlet", "Die Rheinpfalz", PodiumProcess.fixture("seed")])
        let seed = try String(contentsOfFile: PodiumProcess.fixture("seed/kaiserslautern-2023.txt"), encoding: .utf8)
        let copy = folder.appending(path: "zweitblatt.txt")
        try ("Aus dem Zweitblatt vom Donnerstag\n\n" + seed.replacingOccurrences(of: "Digitalisierung", with: "Digitalisierungspolitik"))
            .write(to: copy, atomically: true, encoding: .utf8)
        let result = try PodiumProcess.run(["import", "--db", db, "--outlet", "Zweitblatt", copy.path])
        #expect(result.status == 0)
        #expect(result.stdout == "imported 0, duplicates 0, same story 1, failed 0\n")
        #expect(result.stderrLines == ["note: \(copy.path): same story as article 1 (Die Rheinpfalz), kept as another source of it"])
        let articles = try PodiumProcess.run(["articles", "--db", db, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(articles.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect((rows.first?["other_sources"] as? [[String: Any]])?.map { $0["outlet"] as? String } == ["Zweitblatt"])
        let quotes = try PodiumProcess.run(["quotes", "--db", db, "--format", "csv"])
        #expect(quotes.stdout.split(separator: "\r\n").count == 10)
        // The other fixtures are other stories.
        let others = try PodiumProcess.run(["import", "--db", db, PodiumProcess.fixture("articles")])
        #expect(others.stdout == "imported 11, duplicates 0, failed 0\n")
    }

    @Test func updateCorrectsTheMetadataOfAStoredArticle() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "a.sqlite").path
        _ = try PodiumProcess.run(["import", "--db", db, "--outlet", "Die Rhinpfalz", PodiumProcess.fixture("seed")])
        let update = try PodiumProcess.run(
            ["import", "--db", db, "--update", "--outlet", "Die Rheinpfalz", "--url", "https://example.org/podium", PodiumProcess.fixture("seed")])
        #expect(update.stdout == "imported 0, duplicates 1 (1 updated), failed 0\n")
        let again = try PodiumProcess.run(["import", "--db", db, "--update", "--outlet", "Die Rheinpfalz", PodiumProcess.fixture("seed")])
        #expect(again.stdout == "imported 0, duplicates 1 (0 updated), failed 0\n")
        let articles = try PodiumProcess.run(["articles", "--db", db, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(articles.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first?["outlet"] as? String == "Die Rheinpfalz")
        #expect(rows.first?["url"] as? String == "https://example.org/podium")
        #expect((rows.first?["other_sources"] as? [Any])?.isEmpty == true)
    }

    @Test func summaryAsJSON() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "a.sqlite").path
        let result = try PodiumProcess.run(["import", "--db", db, "--format", "json", PodiumProcess.fixture("articles")])
        #expect(result.status == 0)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(summary["imported"] as? Int == 11)
        #expect(summary["duplicates"] as? Int == 0)
        #expect(summary["failed"] as? Int == 0)
    }

    @Test func aBrokenFileIsOneErrorLineAndExitOneWhileTheRestIsImported() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "a.sqlite").path
        let truncated = PodiumProcess.fixture("broken/truncated.json")
        let result = try PodiumProcess.run(["import", "--db", db, truncated, PodiumProcess.fixture("seed")])
        #expect(result.status == 1)
        #expect(result.stdout == "imported 1, duplicates 0, failed 1\n")
        #expect(result.stderrLines == ["error: \(truncated): invalid JSON: Unexpected end of file during JSON parse."])
    }

    @Test func everyBrokenFileNamesItselfAndChangesNothing() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "a.sqlite").path
        _ = try PodiumProcess.run(["import", "--db", db, PodiumProcess.fixture("seed")])
        let result = try PodiumProcess.run(["import", "--db", db, PodiumProcess.fixture("broken")])
        #expect(result.status == 1)
        #expect(result.stdout == "imported 0, duplicates 0, failed 8\n")
        #expect(result.stderrLines.count == 8)
        #expect(result.stderrLines.allSatisfy { $0.hasPrefix("error: " + PodiumProcess.fixture("broken") + "/") })
        let search = try PodiumProcess.run(["search", "--db", db, "--format", "ndjson", "--limit", "100", "Podium OR Forum OR Digitalisierung"])
        #expect(search.stdout.split(separator: "\n").count == 4)
    }

    @Test func invalidOptionValuesAreUsageErrors() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "a.sqlite").path
        let badDate = try PodiumProcess.run(["import", "--db", db, "--forum-date", "2023-02-30", PodiumProcess.fixture("seed")])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("--forum-date '2023-02-30': no such day"))
        #expect(!FileManager.default.fileExists(atPath: db))
        #expect(try PodiumProcess.run(["import", "--db", db]).status == 64)
    }

    @Test func anUnknownMunicipalityOptionStopsTheImportAndStoresNothing() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "a.sqlite").path
        let result = try PodiumProcess.run(["import", "--db", db, "--municipality", "Atlantis", PodiumProcess.fixture("seed")])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["error: unknown municipality 'Atlantis' (not in the gazetteer)"])
        #expect(result.stdout == "")
    }

    @Test func relativePathsWorkFromAnyFolderAndPodiumDBIsTheDefault() throws {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(atPath: PodiumProcess.fixture("seed"), toPath: folder.appending(path: "seed").path)
        let result = try PodiumProcess.run(["import", "seed"], in: folder, environment: ["PODIUM_DB": "env.sqlite"])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "env.sqlite").path))
        let fallback = try PodiumProcess.run(["import", "seed"], in: folder)
        #expect(fallback.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "podium.sqlite").path))
    }

    @Test func theBinaryWorksAloneOutsideTheBuildFolder() throws {
        // What `make install` does: copy the executable, and nothing else, onto the PATH.
        let folder = try TestSupport.temporaryFolder()
        let installed = folder.appending(path: "podium")
        try FileManager.default.copyItem(at: PodiumProcess.binary, to: installed)
        let db = folder.appending(path: "a.sqlite").path
        let result = try PodiumProcess.run(["import", "--db", db, PodiumProcess.fixture("seed")], executable: installed, in: folder)
        #expect(result.status == 0)
        let search = try PodiumProcess.run(["search", "--db", db, "--format", "json", "Digitalisierung"], executable: installed)
        #expect(search.stdout.contains("\"ags\":\"07312000\""))
    }
}

/// A file that cannot be read is one error line naming it; the other files are imported.
@Suite struct UnreadableFileTests {
    @Test func anUnreadableFileIsOneErrorLine() throws {
        let folder = try TestSupport.temporaryFolder()
        let file = folder.appending(path: "unreadable.txt")
        if getuid() == 0 {
            // Root reads any file whatever its mode; the kernel refuses to read this one (EIO).
            guard FileManager.default.fileExists(atPath: "/proc/self/mem") else { return }
            try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: "/proc/self/mem")
        } else {
            try "Podium in Mainz".write(to: file, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        }
        try expectImportFailsAlone(file, with: "cannot read the file", in: folder)
    }
}

/// JSON nested 200,000 levels deep is refused with one line, not a crash of the parser.
@Suite struct DeepJSONTests {
    @Test func deeplyNestedJSONIsRefusedCleanly() throws {
        let folder = try TestSupport.temporaryFolder()
        let file = folder.appending(path: "deep.json")
        try (String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)).write(to: file, atomically: true, encoding: .utf8)
        try expectImportFailsAlone(file, with: "invalid JSON", in: folder)
    }
}

/// Imports `file` with the seed: the seed is stored, and `file` is one error line whose reason
/// begins with `reason`.
private func expectImportFailsAlone(_ file: URL, with reason: String, in folder: URL) throws {
    let db = folder.appending(path: "a.sqlite").path
    let result = try PodiumProcess.run(["import", "--db", db, file.path, PodiumProcess.fixture("seed")])
    #expect(result.status == 1)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderrLines.first?.hasPrefix("error: \(file.path): \(reason)") == true, "\(result.stderr)")
    #expect(result.stdout == "imported 1, duplicates 0, failed 1\n")
}
