import GRDB

extension Archive {
    /// Whether the opt-in trigram index (`paragraphs_trigram`) is on and kept in step.
    public func substringIndexEnabled() throws -> Bool {
        try read { try String.fetchOne($0, sql: SubstringIndexSQL.setting) == "on" }
    }

    /// Turns the trigram index on (filling it from `paragraphs`) or off (emptying it). While it
    /// is on, triggers keep it in step, also for rows written from the sqlite3 shell.
    public func setSubstringIndex(enabled: Bool) throws {
        try write { db in
            try db.execute(sql: SubstringIndexSQL.store, arguments: [enabled ? "on" : "off"])
            try db.execute(sql: enabled ? SubstringIndexSQL.rebuild : SubstringIndexSQL.deleteAll)
        }
    }
}

enum SubstringIndexSQL {
    static let setting = "SELECT value FROM search_settings WHERE name = 'substring_index'"
    static let store = "INSERT OR REPLACE INTO search_settings (name, value) VALUES ('substring_index', ?)"
    static let rebuild = "INSERT INTO paragraphs_trigram (paragraphs_trigram) VALUES ('rebuild')"
    static let optimize = "INSERT INTO paragraphs_trigram (paragraphs_trigram) VALUES ('optimize')"
    static let deleteAll = "INSERT INTO paragraphs_trigram (paragraphs_trigram) VALUES ('delete-all')"
    static let integrity = "INSERT INTO paragraphs_trigram (paragraphs_trigram, rank) VALUES ('integrity-check', 1)"
}
