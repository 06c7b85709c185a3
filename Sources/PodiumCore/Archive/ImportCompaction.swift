import GRDB

/// Merges the full-text indexes into one segment (FTS5 `optimize`) after an import that added
/// at least a third of the archive's paragraphs, a first import always.
///
/// Each batch's paragraphs become an index segment, and FTS5's automatic merges leave about
/// ten of them after a large import. A search looks up each of its words, and each facet word
/// of its filters, in every segment: a candidate filter shared by 419 namesakes took 44–69 ms
/// on the 100,000 benchmark articles as imported (11 segments), 28–38 ms in one. Merging costs
/// a pass over the whole index (5.2 s for those 1.2 million paragraphs, against 162 s for the
/// import), so it runs only when the import was a large share of that work; after small
/// imports, FTS5's own merges suffice, and `podium reindex` optimises too.
enum ImportCompaction {
    /// The import's share of the archive's paragraphs from which it merges: one in `share`.
    static let share = 3

    static func run(_ db: Database, firstNewParagraphID: Int64) throws {
        let added = try Int.fetchOne(db, sql: ImportCompactionSQL.addedParagraphs, arguments: [firstNewParagraphID]) ?? 0
        let all = try Int.fetchOne(db, sql: ImportCompactionSQL.allParagraphs) ?? 0
        guard added > 0, added * share >= all else { return }
        try db.inTransaction(.immediate) {
            try db.execute(sql: ReindexSQL.optimize)
            if try String.fetchOne(db, sql: SubstringIndexSQL.setting) == "on" {
                try db.execute(sql: ImportCompactionSQL.optimizeSubstrings)
            }
            return .commit
        }
    }
}

enum ImportCompactionSQL {
    static let addedParagraphs = "SELECT count(*) FROM paragraphs WHERE id >= ?"
    static let allParagraphs = "SELECT count(*) FROM paragraphs"
    static let optimizeSubstrings = "INSERT INTO paragraphs_trigram (paragraphs_trigram) VALUES ('optimize')"
}
