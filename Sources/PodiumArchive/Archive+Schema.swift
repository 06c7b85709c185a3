import GRDB
import PodiumExtraction
import PodiumModel

extension Archive {
    /// The migrations this podium knows, in order: `migrations/NNNN_name.sql`, embedded at build time.
    public static var migrationNames: [String] {
        EmbeddedResources.migrations.map { String($0.name.dropLast(".sql".count)) }
    }

    static var migrator: DatabaseMigrator { migrator(EmbeddedResources.migrations) }

    /// A migrator of the given SQL files, each applied in its own transaction: a migration
    /// that fails leaves no trace.
    static func migrator(_ migrations: [(name: String, text: String)]) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(String(migration.name.dropLast(".sql".count))) { db in
                try db.execute(sql: migration.text)
            }
        }
        return migrator
    }

    /// The applied migrations, in order.
    public func appliedMigrations() throws -> [String] {
        try read { try Self.migrator.appliedMigrations($0) }
    }

    /// Checks that this is a podium archive this binary understands, then (read-write only)
    /// applies the missing migrations, each in its own transaction, and loads the gazetteer.
    func prepareSchema(mode: Mode) throws {
        let migrator = Self.migrator
        let (superseded, complete, foreign, empty) = try database.read { db in
            let tables = try String.fetchAll(db, sql: SchemaSQL.userTables)
            return (
                try migrator.hasBeenSuperseded(db),
                try migrator.hasCompletedMigrations(db),
                !tables.isEmpty && !tables.contains("grdb_migrations"),
                tables.isEmpty)
        }
        if empty, mode != .readWrite {
            throw PodiumError.archive(
                path: path, reason: "an empty database, not yet an archive (create one with `podium import --db \(path) FILE...`)")
        }
        if foreign {
            throw PodiumError.archive(path: path, reason: "not a podium archive (an SQLite database with other tables)")
        }
        if superseded {
            throw PodiumError.archive(path: path, reason: "the archive was written by a newer podium; upgrade podium to open it")
        }
        switch mode {
        case .readOnly where !complete:
            throw PodiumError.archive(path: path, reason: "the archive's schema is older than this podium; run `podium migrate --db \(path)`")
        case .readOnly, .maintenance:
            return
        case .readWrite:
            try migrator.migrate(database)
            try loadBuiltInDataIfEmpty()
        }
    }

    /// Fills a new archive with the built-in tables: the gazetteer, the parties with their
    /// spellings, and the topic taxonomy. Each is loaded only while empty, so that what users
    /// changed in SQL stays.
    private func loadBuiltInDataIfEmpty() throws {
        try database.write { db in
            if try Int.fetchOne(db, sql: SchemaSQL.municipalityCount) == 0 {
                let statement = try db.makeStatement(sql: SchemaSQL.insertMunicipality)
                for m in Gazetteer.builtIn.municipalities {
                    try statement.execute(arguments: [
                        m.ags, m.name, m.officialName, m.district, m.state, m.population, m.postalCode,
                        m.latitude, m.longitude,
                    ])
                }
            }
            if try Int.fetchOne(db, sql: SchemaSQL.partyCount) == 0 {
                for party in PartyCatalog.builtIn.parties {
                    try db.execute(sql: ImportSQL.insertParty, arguments: [party.name, party.shortName, 0])
                    let id = db.lastInsertedRowID
                    for spelling in party.spellings {
                        try db.execute(sql: ImportSQL.insertPartySpelling, arguments: [spelling, id])
                    }
                }
            }
            if try Int.fetchOne(db, sql: SchemaSQL.topicCount) == 0 {
                for name in TopicTaxonomy.builtIn.topicNames {
                    try db.execute(sql: SchemaSQL.insertTopic, arguments: [name])
                }
                for term in TopicTaxonomy.builtIn.terms {
                    try db.execute(sql: SchemaSQL.insertTopicTerm, arguments: [term.pattern, term.topic])
                }
            }
        }
    }
}

enum SchemaSQL {
    static let userTables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    static let municipalityCount = "SELECT count(*) FROM municipalities"
    static let partyCount = "SELECT count(*) FROM parties"
    static let topicCount = "SELECT count(*) FROM topics"
    static let insertTopic = "INSERT INTO topics (name) VALUES (?)"
    static let insertTopicTerm = "INSERT INTO topic_terms (topic_id, pattern) SELECT id, ? FROM topics WHERE name = ?"
    static let insertTopicTermIfMissing = "INSERT OR IGNORE INTO topic_terms (topic_id, pattern) SELECT id, ? FROM topics WHERE name = ?"
    static let insertMunicipality = """
        INSERT INTO municipalities
            (ags, name, official_name, district, state, population, postal_code, latitude, longitude)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
}
