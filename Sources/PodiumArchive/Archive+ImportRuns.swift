import GRDB

extension Archive {
    /// Records the start of an import; returns its id for the articles and errors it adds.
    public func beginImportRun(arguments: String, version: String) throws -> Int64 {
        try write { db in
            try db.execute(sql: ImportSQL.insertImportRun, arguments: [Self.timestamp(), version, arguments])
            return db.lastInsertedRowID
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
