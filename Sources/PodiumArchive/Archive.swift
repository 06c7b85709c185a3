import Foundation
import GRDB
import PodiumModel

/// The archive: one SQLite database that holds every imported article, its index and the
/// gazetteer. It owns the connection and the schema; its methods are named for what they do.
///
/// For example:
///
/// ```swift
/// let archive = try Archive.open(path: "podium.sqlite", mode: .readWrite)
/// let outcome = try archive.store(prepared, importRunID: nil)
/// ```
public final class Archive: Sendable {
    public enum Mode: Sendable {
        /// Creates the file if needed and brings its schema up to date.
        case readWrite
        /// Opens an existing, current archive without ever writing to it.
        case readOnly
        /// Opens an existing archive for checks that SQLite runs as writes (the FTS5
        /// integrity-check), without changing its schema.
        case maintenance
    }

    public let path: String
    /// A pool of connections for a read-only archive, so that concurrent readers (a web front
    /// end's requests) each read their own snapshot instead of queueing behind one connection;
    /// one connection for an archive podium writes, whose writes are serial anyway.
    let database: any DatabaseWriter

    private init(path: String, database: any DatabaseWriter) {
        self.path = path
        self.database = database
    }

    /// Opens the archive at `path`.
    ///
    /// Throws ``PodiumError/archive(path:reason:)`` when the file is missing (read-only), not an
    /// SQLite database, another application's database, or made by a newer podium.
    public static func open(path: String, mode: Mode) throws -> Archive {
        if mode != .readWrite, !FileManager.default.fileExists(atPath: path) {
            throw PodiumError.archive(path: path, reason: "no archive here (create one with `podium import --db \(path) FILE...`)")
        }
        var configuration = Configuration()
        configuration.readonly = mode == .readOnly
        configuration.busyMode = .timeout(30)
        configuration.label = "podium"
        configuration.prepareDatabase { db in
            // Archives grow to gigabytes: searches and reports read the first 128 MiB (the
            // index's top levels are there too) through a memory map and keep a larger page
            // cache, so that they do not pay a system call a page. Imports map nothing, so that
            // their memory stays small whatever the archive's size.
            let mmap = db.configuration.readonly ? Self.mmapSize : 0
            try db.execute(sql: "PRAGMA mmap_size = \(mmap); PRAGMA cache_size = -\(Self.cacheKiB)")
            if !db.configuration.readonly {
                // WAL lets readers (the sqlite3 shell, a search) work while an import writes;
                // NORMAL sync in WAL mode loses no committed article when the process is killed.
                try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY")
            }
        }
        do {
            let database: any DatabaseWriter = mode == .readOnly
                ? try DatabasePool(path: path, configuration: configuration)
                : try DatabaseQueue(path: path, configuration: configuration)
            let archive = Archive(path: path, database: database)
            try archive.prepareSchema(mode: mode)
            return archive
        } catch let error as PodiumError {
            throw error
        } catch let error as DatabaseError {
            throw archiveError(error, path: path)
        }
    }

    static let mmapSize = 128 << 20
    static let cacheKiB = 32 << 10

    /// An empty archive in memory, for tests and dry runs.
    public static func inMemory() throws -> Archive {
        let archive = Archive(path: ":memory:", database: try DatabaseQueue())
        try archive.prepareSchema(mode: .readWrite)
        return archive
    }

    /// Makes a DatabaseError readable: `PATH: not an SQLite database`.
    static func archiveError(_ error: DatabaseError, path: String) -> PodiumError {
        switch error.resultCode {
        case .SQLITE_NOTADB: .archive(path: path, reason: "not an SQLite database")
        case .SQLITE_CANTOPEN: .archive(path: path, reason: "cannot open the database file (does the folder exist, may podium write there?)")
        case .SQLITE_READONLY: .archive(path: path, reason: "the archive is read-only here")
        case .SQLITE_FULL: .archive(path: path, reason: "disk full: the articles since the last commit were not stored (import the same files again when there is room)")
        case .SQLITE_CORRUPT: .archive(
            path: path,
            reason: "the database file is damaged: restore it from a backup, or try to save what is readable with `sqlite3 \(path) .recover`")
        default: .archive(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// Runs `body` as one write transaction, turning SQLite errors into archive errors.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.write(body)
        } catch let error as DatabaseError {
            throw Self.archiveError(error, path: path)
        }
    }

    /// Runs `body` outside of any transaction.
    func withoutTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.writeWithoutTransaction(body)
        } catch let error as DatabaseError {
            throw Self.archiveError(error, path: path)
        }
    }

    /// Runs `body` in one read transaction (a consistent snapshot).
    package func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch let error as DatabaseError {
            throw Self.archiveError(error, path: path)
        }
    }
}
