import Foundation
import GRDB
@testable import PodiumArchive
@testable import PodiumExtraction
@testable import PodiumImport
import PodiumModel
import PodiumTestSupport
import Testing

@Suite struct ArchiveSchemaTests {
    func temporaryPath(_ name: String = "archive.sqlite") throws -> String {
        let directory = try TestSupport.temporaryFolder()
        return directory.appending(path: name).path
    }

    @Test func theBinaryHoldsEveryMigrationFileInOrder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.repository.appending(path: "migrations").path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        #expect(EmbeddedResources.migrations.map(\.name) == files)
        for migration in EmbeddedResources.migrations {
            let file = try String(contentsOf: Fixtures.repository.appending(path: "migrations/" + migration.name), encoding: .utf8)
            #expect(migration.text == file)
        }
    }

    @Test func aNewArchiveIsMigratedHasTheGazetteerAndUsesWAL() throws {
        let path = try temporaryPath()
        let archive = try Archive.open(path: path, mode: .readWrite)
        #expect(try archive.appliedMigrations() == Archive.migrationNames)
        #expect(try archive.count("SELECT count(*) FROM municipalities") == 11_004)
        // Every built-in party once: migrations that add parties to older archives add none here.
        #expect(try archive.count("SELECT count(*) FROM parties") == PartyCatalog.builtIn.parties.count)
        #expect(try archive.strings("PRAGMA journal_mode") == ["wal"])
        #expect(try archive.count("PRAGMA foreign_keys") == 1)
    }

    /// A read-only archive serves readers side by side (a web front end's requests): a second
    /// read runs while a first is still open, each in its own snapshot.
    @Test func readersOfAReadOnlyArchiveDoNotWaitForEachOther() throws {
        let path = try temporaryPath()
        _ = try Archive.open(path: path, mode: .readWrite)
        let archive = try Archive.open(path: path, mode: .readOnly)
        let firstIsReading = DispatchSemaphore(value: 0)
        let secondHasRead = DispatchSemaphore(value: 0)
        let firstIsDone = DispatchSemaphore(value: 0)
        // Whether the second read ended while the first was still open (one connection would
        // make the second wait until the first gives up).
        nonisolated(unsafe) var overlapped = false
        let first = Thread {
            _ = try? archive.read { _ in
                firstIsReading.signal()
                overlapped = secondHasRead.wait(timeout: .now() + 5) == .success
            }
            firstIsDone.signal()
        }
        first.start()
        #expect(firstIsReading.wait(timeout: .now() + 10) == .success)
        let municipalities = try archive.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM municipalities") ?? 0 }
        secondHasRead.signal()
        #expect(firstIsDone.wait(timeout: .now() + 10) == .success)
        #expect(overlapped)
        #expect(municipalities > 10_000)
    }

    @Test func readOnlyOpeningNeverCreatesAFile() throws {
        let path = try temporaryPath()
        #expect(throws: PodiumError.self) { try Archive.open(path: path, mode: .readOnly) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftAlone() throws {
        let path = try temporaryPath("notes.sqlite")
        let content = "Dies ist keine Datenbank, sondern eine Notiz.\n" + String(repeating: "x", count: 4096)
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: PodiumError.archive(path: path, reason: "not an SQLite database")) {
            try Archive.open(path: path, mode: .readWrite)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == content)
    }

    @Test func anotherApplicationsDatabaseIsRefused() throws {
        let path = try temporaryPath()
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY)") }
        #expect(throws: PodiumError.archive(path: path, reason: "not a podium archive (an SQLite database with other tables)")) {
            try Archive.open(path: path, mode: .readWrite)
        }
    }

    @Test func anArchiveFromANewerPodiumIsRefusedAndUntouched() throws {
        let path = try temporaryPath()
        _ = try Archive.open(path: path, mode: .readWrite)
        try DatabaseQueue(path: path).write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999_from_the_future')")
        }
        for mode in [Archive.Mode.readWrite, .readOnly, .maintenance] {
            #expect(throws: PodiumError.archive(path: path, reason: "the archive was written by a newer podium; upgrade podium to open it")) {
                try Archive.open(path: path, mode: mode)
            }
        }
        let identifiers = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(identifiers.contains("9999_from_the_future"))
    }

    @Test func checkPassesOnAFreshImportAndFindsADamagedIndex() throws {
        let path = try temporaryPath()
        _ = try Importer(archive: try Archive.open(path: path, mode: .readWrite)).run(paths: [Fixtures.seed])
        #expect(try Archive.open(path: path, mode: .maintenance).check().isSound)
        // Change a paragraph behind the triggers' back: the index no longer matches the table.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TRIGGER paragraphs_fts_after_update")
            try db.execute(sql: "UPDATE paragraphs SET text = 'verändert' WHERE id = 1")
        }
        let report = try Archive.open(path: path, mode: .maintenance).check()
        #expect(!report.isSound)
        #expect(report.items.first { $0.name.contains("full-text") }?.isSound == false)
    }

    /// FTS5 runs its integrity-check as a write: on an archive podium may only read, the
    /// indexes are checked on a temporary copy instead of failing a sound archive.
    @Test func checkOfAnArchiveOpenedReadOnlyChecksItsIndexesToo() throws {
        let path = try temporaryPath()
        _ = try Importer(archive: try Archive.open(path: path, mode: .readWrite)).run(paths: [Fixtures.seed])
        let report = try Archive.open(path: path, mode: .readOnly).check()
        #expect(report.items.filter { !$0.isSound }.map(\.name) == [])
        #expect(report.items.contains { $0.name.contains("full-text") })
        let temporary = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
        #expect(!temporary.contains { $0.hasPrefix("podium-check-") })
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TRIGGER paragraphs_fts_after_update")
            try db.execute(sql: "UPDATE paragraphs SET text = 'verändert' WHERE id = 1")
        }
        let damaged = try Archive.open(path: path, mode: .readOnly).check()
        #expect(damaged.items.first { $0.name.contains("full-text") }?.isSound == false)
    }

    @Test func anEmptyFileIsNotAnArchive() throws {
        let path = try temporaryPath()
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        for mode in [Archive.Mode.readOnly, .maintenance] {
            #expect(throws: PodiumError.archive(
                path: path, reason: "an empty database, not yet an archive (create one with `podium import --db \(path) FILE...`)")) {
                try Archive.open(path: path, mode: mode)
            }
        }
    }

    @Test func rowsWrittenOutsidePodiumAreIndexedByTheTriggers() throws {
        let (archive, _) = try makeArchive(importing: ["seed"])
        try archive.write { db in
            try db.execute(sql: "UPDATE paragraphs SET text = 'Ein Zeppelin über dem Rathaus' WHERE id = 2")
            try db.execute(sql: "DELETE FROM paragraphs WHERE id = 3")
        }
        #expect(try archive.count("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'zeppelin'") == 1)
        #expect(try archive.count("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'Warteschlangen'") == 0)
        #expect(try archive.withoutTransaction { try $0.execute(sql: CheckSQL.ftsIntegrity) } == ())
    }
}
