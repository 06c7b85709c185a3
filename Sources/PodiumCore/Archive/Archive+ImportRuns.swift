import GRDB

extension Archive {
    /// Records the start of an import; returns its id for the articles and errors it adds.
    public func beginImportRun(arguments: String, version: String) throws -> Int64 {
        try write { db in
            try db.execute(sql: ImportSQL.insertImportRun, arguments: [Self.timestamp(), version, arguments])
            return db.lastInsertedRowID
        }
    }

    /// Keeps an input that failed, so that the archive remembers what it lacks.
    public func recordImportError(runID: Int64, _ error: PodiumError) throws {
        guard case let .invalidInput(path, record, reason) = error else { return }
        try write { db in
            try db.execute(sql: ImportSQL.insertImportError, arguments: [runID, path, record, reason])
        }
    }

    public func finishImportRun(runID: Int64, imported: Int, duplicates: Int, failed: Int) throws {
        try write { db in
            try db.execute(sql: ImportSQL.finishImportRun, arguments: [
                Self.timestamp(), imported, duplicates, failed, runID,
            ])
        }
    }
}
