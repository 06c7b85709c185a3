import GRDB

/// Merges the full-text indexes into one segment (FTS5 `optimize`) after an import that added
/// at least a third of the paragraphs of a large archive.
///
/// Each batch's paragraphs become an index segment, and FTS5's automatic merges leave about
/// ten of them after a large import. A search looks up each of its words, and each facet word
/// of its filters, in every segment: a candidate filter shared by 419 namesakes took 44–69 ms
/// on the 100,000 benchmark articles as imported (11 segments), 28–38 ms in one. Merging costs
/// a pass over the whole index (5.2 s for those 1.2 million paragraphs, against 162 s for the
/// import), so it runs only when the import was a large share of that work; after small
/// imports, FTS5's own merges suffice, and `podium reindex` optimises too. In a smaller
/// archive the segments cost little (at 229,165 paragraphs, 13 of them, every benchmark search
/// took at most 21 ms) and the pass would add 6% to the import.
package enum ImportCompaction {
    /// The import's share of the archive's paragraphs from which it merges: one in `share`.
    static let share = 3
    /// Archives with fewer paragraphs are left as FTS5's merges leave them.
    package static let minimumParagraphs = 500_000

    static func run(_ db: Database, firstNewParagraphID: Int64, minimumParagraphs: Int) throws {
        let added = try Int.fetchOne(db, sql: ImportCompactionSQL.addedParagraphs, arguments: [firstNewParagraphID]) ?? 0
        guard added * share >= minimumParagraphs else { return }
        let all = try Int.fetchOne(db, sql: ImportCompactionSQL.allParagraphs) ?? 0
        guard added > 0, all >= minimumParagraphs, added * share >= all else { return }
        try db.inTransaction(.immediate) {
            try db.execute(sql: ReindexSQL.optimize)
            if try String.fetchOne(db, sql: SubstringIndexSQL.setting) == "on" {
                try db.execute(sql: SubstringIndexSQL.optimize)
            }
            return .commit
        }
    }
}

enum ImportCompactionSQL {
    static let addedParagraphs = "SELECT count(*) FROM paragraphs WHERE id >= ?"
    static let allParagraphs = "SELECT count(*) FROM paragraphs"
}
