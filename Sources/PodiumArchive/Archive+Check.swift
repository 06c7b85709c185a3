import Foundation
import GRDB
import GRDBSQLite
import PodiumModel

extension Archive {
    /// The outcome of ``check()``: one entry a check, with the problems it found.
    public struct CheckReport: Sendable {
        public struct Item: Sendable {
            public var name: String
            public var problems: [String]
            public var isSound: Bool { problems.isEmpty }
        }

        public var items: [Item]
        public var isSound: Bool { items.allSatisfy(\.isSound) }
    }

    /// Checks the database file, its foreign keys, the full-text index and the schema version.
    ///
    /// Runs `PRAGMA integrity_check`, `PRAGMA foreign_key_check`, and the FTS5
    /// `integrity-check` command, which also compares the index with the `paragraphs` table
    /// (<https://sqlite.org/fts5.html#the_integrity_check_command>).
    /// The archive is opened in ``Mode/maintenance`` mode: SQLite runs the FTS5 check as a
    /// write, though it changes nothing. Where the file may only be read, the FTS5 checks run on
    /// a temporary copy (made with SQLite's backup API in the temporary folder, removed after).
    public func check() throws -> CheckReport {
        let readOnly = try withoutTransaction { db in sqlite3_db_readonly(db.sqliteConnection, "main") == 1 }
        let copy = readOnly ? try TemporaryCopy(of: self) : nil
        let indexes = copy?.archive ?? self
        let fullText = try indexes.problems(CheckSQL.ftsIntegrity, "paragraphs_fts does not match paragraphs", cure: "podium reindex")
        let names = try indexes.problems(CheckSQL.personsIntegrity, "persons_fts does not match persons", cure: "podium reindex")
            + indexes.problems(CheckSQL.aliasesIntegrity, "person_aliases_fts does not match person_aliases", cure: "podium reindex")
        let substrings = try substringIndexEnabled() ? try indexes.problems(
            SubstringIndexSQL.integrity, "paragraphs_trigram does not match paragraphs", cure: "podium reindex --substring") : nil
        return try withoutTransaction { db in
            var items: [CheckReport.Item] = []
            let integrity = try String.fetchAll(db, sql: CheckSQL.integrity)
            items.append(.init(name: "database file (integrity_check)", problems: integrity == ["ok"] ? [] : integrity))

            let foreignKeys = try Row.fetchAll(db, sql: CheckSQL.foreignKeys).map { row -> String in
                let table: String = row[0]
                let rowID: Int64? = row[1]
                let parent: String = row[2]
                return "\(table) row \(rowID.map(String.init) ?? "?") refers to a missing \(parent) row"
            }
            items.append(.init(name: "references (foreign_key_check)", problems: foreignKeys))

            items.append(.init(name: "full-text index (paragraphs_fts integrity-check)", problems: fullText))
            items.append(.init(name: "name indexes (persons_fts, person_aliases_fts integrity-check)", problems: names))

            let pending = try Int.fetchOne(db, sql: BatchIndexingSQL.leftPending) ?? 0
            items.append(.init(name: "indexing triggers (paragraphs_index_pending)", problems: pending == 0 ? [] : [
                "\(pending) row(s) left behind keep new paragraphs out of the indexes (delete them, then run `podium reindex`)",
            ]))

            let stale = try Int64.fetchAll(db, sql: FacetSQL.stale)
            items.append(.init(name: "search facets (paragraphs.facets)", problems: stale.isEmpty ? [] : [
                "paragraphs \(stale.map(String.init).joined(separator: ", ")) have out-of-date facets (run `podium reindex`)",
            ]))

            if let substrings {
                items.append(.init(name: "substring index (paragraphs_trigram integrity-check)", problems: substrings))
            }

            // A CHECK constraint ties an article's kind to its forum; a forum needs a report.
            let reportless = try Int64.fetchAll(db, sql: CheckSQL.forumsWithoutReport)
            items.append(.init(name: "forums and their reports", problems: reportless.isEmpty ? [] : [
                "forums \(reportless.map(String.init).joined(separator: ", ")) have no report (run `podium reextract`)",
            ]))

            let applied = try Self.migrator.appliedMigrations(db)
            let schema = applied == Self.migrationNames ? [] : ["applied \(applied), expected \(Self.migrationNames)"]
            items.append(.init(name: "schema version", problems: schema))
            return CheckReport(items: items)
        }
    }
}

extension Archive {
    /// What running an FTS5 `integrity-check` statement found: nothing, or one line saying what
    /// is out of step and which command heals it.
    fileprivate func problems(_ check: String, _ what: String, cure: String) throws -> [String] {
        do {
            try database.writeWithoutTransaction { try $0.execute(sql: check) }
            return []
        } catch let error as DatabaseError {
            return ["\(what): \(error.message ?? "\(error)") (run `\(cure)`)"]
        }
    }

    /// A writable copy of an archive in the temporary folder, removed when it is released.
    fileprivate final class TemporaryCopy {
        let archive: Archive
        private let folder: URL

        init(of original: Archive) throws {
            folder = FileManager.default.temporaryDirectory.appending(path: "podium-check-\(UUID().uuidString)")
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let path = folder.appending(path: "archive.sqlite").path
                try original.database.backup(to: try DatabaseQueue(path: path))
                archive = try Archive.open(path: path, mode: .maintenance)
            } catch {
                try? FileManager.default.removeItem(at: folder)
                let reason = (error as? DatabaseError).map { $0.message ?? "\($0)" } ?? "\(error)"
                throw PodiumError.archive(
                    path: original.path,
                    reason: "read-only here: its full-text indexes are checked on a copy in \(folder.deletingLastPathComponent().path), which could not be made (\(reason))")
            }
        }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }
}

enum CheckSQL {
    static let integrity = "PRAGMA integrity_check"
    static let foreignKeys = "PRAGMA foreign_key_check"
    static let forumsWithoutReport = """
        SELECT id FROM forums WHERE id NOT IN (SELECT forum_id FROM articles WHERE forum_id IS NOT NULL) LIMIT 5
        """
    /// rank = 1 makes FTS5 also compare the index with its content table.
    static let ftsIntegrity = "INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('integrity-check', 1)"
    static let personsIntegrity = "INSERT INTO persons_fts (persons_fts, rank) VALUES ('integrity-check', 1)"
    static let aliasesIntegrity = "INSERT INTO person_aliases_fts (person_aliases_fts, rank) VALUES ('integrity-check', 1)"
}
