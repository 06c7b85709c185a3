import GRDB
import PodiumText

extension Archive {
    /// What ``reindex(batchSize:progress:)`` did.
    public struct ReindexSummary: Equatable, Sendable {
        public var paragraphs = 0
        /// Paragraphs whose stems changed (after a change of the stemmer).
        public var changed = 0
    }

    /// Recomputes every paragraph's stems with the current ``TextAnalyzer`` and its search facets
    /// (after edits in SQL; see `migrations/0003_search_facets.sql`), then rebuilds the
    /// full-text index from the `paragraphs` table and the name indexes from `persons` and
    /// `person_aliases`, which also heals an index that `podium check` found out of step.
    ///
    /// Works in batches of `batchSize` paragraphs, each its own transaction, so that readers and
    /// other writers are never locked out for long; runs FTS5's `rebuild` and `optimize` at the
    /// end (<https://sqlite.org/fts5.html#the_rebuild_command>).
    public func reindex(batchSize: Int = 2_000, progress: (Int, Int) -> Void = { _, _ in }) throws -> ReindexSummary {
        var summary = ReindexSummary()
        let total = try read { try Int.fetchOne($0, sql: ReindexSQL.count) ?? 0 }
        var lastID: Int64 = 0
        while true {
            let rows = try read { db in
                try Row.fetchAll(db, sql: ReindexSQL.batch, arguments: [lastID, batchSize])
            }
            guard let last = rows.last else { break }
            lastID = last["id"]
            let updates: [(Int64, String)] = rows.compactMap { row in
                let stems = TextAnalyzer.stemsColumn(for: row["text"])
                return stems == row["stems"] as String ? nil : (row["id"], stems)
            }
            try write { db in
                let statement = try db.cachedStatement(sql: ReindexSQL.updateStems)
                for (id, stems) in updates { try statement.execute(arguments: [stems, id]) }
                try db.execute(sql: FacetSQL.refreshRange, arguments: [rows.first!["id"] as Int64 - 1, lastID])
            }
            summary.paragraphs += rows.count
            summary.changed += updates.count
            progress(summary.paragraphs, total)
        }
        try write { db in
            try db.execute(sql: ReindexSQL.rebuild)
            try db.execute(sql: ReindexSQL.optimize)
            try db.execute(sql: ReindexSQL.rebuildNames)
        }
        return summary
    }
}

/// Keeps `paragraphs.facets` equal to what the view `paragraph_facet_tokens` makes of the tables.
enum FacetSQL {
    /// Every paragraph of every report of the forum given.
    static let refreshForum = """
        UPDATE paragraphs SET facets = (SELECT facets FROM paragraph_facet_tokens WHERE paragraph_id = paragraphs.id)
        WHERE article_id IN (SELECT id FROM articles WHERE forum_id = ?)
          AND facets IS NOT (SELECT facets FROM paragraph_facet_tokens WHERE paragraph_id = paragraphs.id)
        """
    /// Every paragraph of the article given.
    static let refreshArticle = """
        UPDATE paragraphs SET facets = (SELECT facets FROM paragraph_facet_tokens WHERE paragraph_id = paragraphs.id)
        WHERE article_id = ?
          AND facets IS NOT (SELECT facets FROM paragraph_facet_tokens WHERE paragraph_id = paragraphs.id)
        """
    /// Every paragraph that names or quotes a person (first and second argument), where its facets changed.
    static let refreshPerson = """
        UPDATE paragraphs SET facets = (SELECT facets FROM paragraph_facet_tokens WHERE paragraph_id = paragraphs.id)
        WHERE id IN (SELECT paragraph_id FROM mentions WHERE person_id = ? UNION SELECT paragraph_id FROM quotes WHERE person_id = ?)
          AND facets IS NOT (SELECT facets FROM paragraph_facet_tokens WHERE paragraph_id = paragraphs.id)
        """
    /// The paragraphs with ids after the first argument up to the second whose facets changed.
    static let refreshRange = """
        UPDATE paragraphs SET facets = (SELECT facets FROM paragraph_facet_tokens WHERE paragraph_id = paragraphs.id)
        WHERE id > ? AND id <= ?
          AND facets IS NOT (SELECT facets FROM paragraph_facet_tokens WHERE paragraph_id = paragraphs.id)
        """
    /// Paragraphs whose facets are out of step, a few named.
    static let stale = """
        SELECT p.id FROM paragraphs p JOIN paragraph_facet_tokens v ON v.paragraph_id = p.id
        WHERE p.facets IS NOT v.facets LIMIT 5
        """
}

enum ReindexSQL {
    static let count = "SELECT count(*) FROM paragraphs"
    static let batch = "SELECT id, text, stems FROM paragraphs WHERE id > ? ORDER BY id LIMIT ?"
    static let updateStems = "UPDATE paragraphs SET stems = ? WHERE id = ?"
    static let rebuild = "INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('rebuild')"
    static let optimize = "INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('optimize')"
    static let rebuildNames = """
        INSERT INTO persons_fts (persons_fts) VALUES ('rebuild');
        INSERT INTO person_aliases_fts (person_aliases_fts) VALUES ('rebuild')
        """
}
