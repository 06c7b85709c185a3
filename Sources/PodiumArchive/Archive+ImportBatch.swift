import Foundation
import GRDB
import PodiumModel

extension Archive {
    /// Runs `body` with an ``ImportBatch``, which stores many articles a transaction.
    ///
    /// What the batch has not committed when `body` throws is rolled back; what it committed
    /// stays.
    package func inImportBatches<T>(
        articlesPerBatch: Int, compactingFrom minimumParagraphs: Int = ImportCompaction.minimumParagraphs,
        _ body: (ImportBatch) throws -> T
    ) throws -> T {
        try withoutTransaction { db in
            // A batch writes more pages than SQLite's default checkpoint interval (1,000 pages),
            // so each commit would copy the log into the database; every tenth suffices.
            try db.execute(sql: BatchIndexingSQL.checkpointRarely)
            defer { try? db.execute(sql: BatchIndexingSQL.checkpointAsUsual) }
            try db.execute(sql: BatchIndexingSQL.referencesUnchecked)
            defer { try? db.execute(sql: BatchIndexingSQL.referencesChecked) }
            defer { try? db.setTriggersEnabled(true) }
            let firstNewParagraphID = try Int64.fetchOne(db, sql: BatchIndexingSQL.nextParagraphID) ?? 1
            let batch = ImportBatch(db: db, archive: self, maximumArticles: articlesPerBatch)
            do {
                let result = try body(batch)
                try batch.commit()
                try ImportCompaction.run(db, firstNewParagraphID: firstNewParagraphID, minimumParagraphs: minimumParagraphs)
                return result
            } catch {
                if db.isInsideTransaction { try? db.rollback() }
                throw error
            }
        }
    }
}

/// Stores imported articles many to a transaction, each in a savepoint of its own, so that an
/// article is still stored whole or not at all, and indexes the batch's paragraphs for search,
/// and the names of the people it added, in one statement per index just before it commits
/// (see `migrations/0004_batched_indexing.sql`, `0007_person_name_index.sql` and
/// `0008_name_index_without_row_sizes.sql`).
///
/// Indexing a paragraph at a time made FTS5 write, and soon merge, a tiny index segment for
/// each one. A batch ends after `maximumArticles` articles (``Importer/articlesPerBatch``) or
/// ``maximumSeconds`` seconds, so that readers see an import progress and a crash loses at
/// most one batch, which importing the same files again completes.
///
/// The connection's triggers are off while the batch stores: they would leave the batch's
/// paragraphs alone anyway, and merely running them doubled what inserting a paragraph cost.
/// Other connections keep theirs. The facets that the batch's articles change in older
/// paragraphs are refreshed just before the commit, with the triggers on again, so that the
/// update trigger keeps those paragraphs' index entries in step.
package final class ImportBatch {
    static let maximumSeconds = 1.0

    private let db: Database
    private let archive: Archive
    private let maximumArticles: Int
    private var pending = 0
    private var began = Date()
    private var importedAt = ""
    private var firstParagraphID: Int64 = 1
    private var firstPersonID: Int64 = 1
    private var firstAliasID: Int64 = 1
    private var refresh = FacetRefresh()
    private let rosters = CandidateRosters()
    /// SQLite's count of other connections' commits, when the batch last began.
    private var dataVersion: Int64?

    init(db: Database, archive: Archive, maximumArticles: Int) {
        self.db = db
        self.archive = archive
        self.maximumArticles = max(1, maximumArticles)
    }

    /// Stores one article in its savepoint; commits the batch when it is due.
    package func store(_ article: PreparedArticle, importRunID: Int64?) throws -> Archive.StoreOutcome {
        try beginIfNeeded()
        var outcome: Archive.StoreOutcome?
        var articleRefresh = FacetRefresh()
        do {
            try db.inSavepoint {
                outcome = try archive.store(
                    db, article, importRunID: importRunID, importedAt: importedAt, rosters: rosters, refresh: &articleRefresh)
                return .commit
            }
        } catch {
            // Rolled back: the rosters may hold its candidacies.
            rosters.forget()
            throw error
        }
        refresh.add(articleRefresh)
        pending += 1
        if pending >= maximumArticles || Date().timeIntervalSince(began) >= Self.maximumSeconds {
            try commit()
        }
        return outcome!
    }

    /// The article with this text, among those committed and those of the batch.
    package func existingArticle(contentHash: String) throws -> Int64? {
        try db.cachedStatement(sql: ImportSQL.articleByHash).firstInteger(.text(contentHash))
    }

    /// Records where else a stored article appeared: the outlet, address, title and day of a
    /// copy of its text, when they differ from the article's and its other sources'.
    package func recordSource(of articleID: Int64, _ metadata: ArticleMetadata, path: String, importRunID: Int64?) throws {
        try beginIfNeeded()
        try db.cachedStatement(sql: ImportSQL.insertSource).run(
            .integer(articleID), .integer(importRunID), .text(metadata.outlet), .text(metadata.url), .text(metadata.title),
            .text(metadata.publishedDate?.description), .text(path), .text(importedAt))
    }

    /// Corrects a stored article's metadata with what `metadata` gives (its values win, the
    /// others stay): title, outlet, address, author, publication day, and the metadata that
    /// `podium reextract` reads. Returns whether anything changed.
    package func updateMetadata(of articleID: Int64, _ metadata: ArticleMetadata) throws -> Bool {
        try beginIfNeeded()
        guard let row = try Row.fetchOne(db.cachedStatement(sql: ImportSQL.articleMetadata), arguments: [articleID]) else { return false }
        let stored = try ArticleMetadata(json: row[0], path: row[1])
        let merged = stored.overridden(by: metadata)
        guard merged != stored else { return false }
        try db.cachedStatement(sql: ImportSQL.updateArticleMetadata).run(
            .text(merged.title), .text(merged.outlet), .text(merged.url), .text(merged.author), .text(merged.publishedDate?.description),
            .text(merged.json), .integer(articleID))
        return true
    }

    /// Keeps an input that failed, so that the archive remembers what it lacks (in the batch).
    package func recordImportError(runID: Int64, _ error: PodiumError) throws {
        guard case let .invalidInput(path, record, reason) = error else { return }
        try beginIfNeeded()
        try db.execute(sql: ImportSQL.insertImportError, arguments: [runID, path, record, reason])
    }

    /// Refreshes the facets the batch changed, indexes the batch's paragraphs and commits.
    func commit() throws {
        guard db.isInsideTransaction else { return }
        try db.setTriggersEnabled(true)
        try refresh.apply(db)
        refresh = FacetRefresh()
        try db.execute(sql: BatchIndexingSQL.indexText, arguments: [firstParagraphID])
        if try String.fetchOne(db, sql: SubstringIndexSQL.setting) == "on" {
            try db.execute(sql: BatchIndexingSQL.indexTrigrams, arguments: [firstParagraphID])
        }
        try db.execute(sql: BatchIndexingSQL.indexPersons, arguments: [firstPersonID])
        try db.execute(sql: BatchIndexingSQL.indexAliases, arguments: [firstAliasID])
        try db.execute(sql: BatchIndexingSQL.endPending)
        try db.commit()
        pending = 0
    }

    private func beginIfNeeded() throws {
        guard !db.isInsideTransaction else { return }
        try db.beginTransaction(.immediate)
        try db.setTriggersEnabled(false)
        // Another connection committed since the last batch: the rosters may lack its candidates.
        let version = try Int64.fetchOne(db, sql: BatchIndexingSQL.dataVersion)
        if version != dataVersion { rosters.forget() }
        dataVersion = version
        let next = try Row.fetchOne(db, sql: BatchIndexingSQL.nextIDs)!
        (firstParagraphID, firstPersonID, firstAliasID) = (next[0], next[1], next[2])
        try db.execute(sql: BatchIndexingSQL.beginPending, arguments: [firstParagraphID])
        began = Date()
        importedAt = Archive.timestamp(began)
    }
}

/// The statements that index a batch's paragraphs; the triggers leave alone the paragraphs
/// that `paragraphs_index_pending` names.
enum BatchIndexingSQL {
    static let nextParagraphID = "SELECT coalesce(max(id), 0) + 1 FROM paragraphs"
    static let dataVersion = "PRAGMA data_version"
    /// The ids the batch's first paragraph, person and alias will get: an import only inserts
    /// these rows, so the batch's are those from here on.
    static let nextIDs = """
        SELECT (SELECT coalesce(max(id), 0) + 1 FROM paragraphs), (SELECT coalesce(max(id), 0) + 1 FROM persons),
               (SELECT coalesce(max(id), 0) + 1 FROM person_aliases)
        """
    static let beginPending = "INSERT INTO paragraphs_index_pending (first_paragraph_id) VALUES (?)"
    static let endPending = "DELETE FROM paragraphs_index_pending"
    static let indexText = """
        INSERT INTO paragraphs_fts (rowid, text, stems, facets)
        SELECT id, text, stems, facets FROM paragraphs WHERE id >= ? ORDER BY id
        """
    static let indexTrigrams = """
        INSERT INTO paragraphs_trigram (rowid, text) SELECT id, text FROM paragraphs WHERE id >= ? ORDER BY id
        """
    /// The names the batch added, for the candidate filter (`migrations/0007_person_name_index.sql`).
    static let indexPersons = """
        INSERT INTO persons_fts (rowid, name, family_name) SELECT id, name, family_name FROM persons WHERE id >= ? ORDER BY id
        """
    static let indexAliases = """
        INSERT INTO person_aliases_fts (rowid, alias) SELECT id, alias FROM person_aliases WHERE id >= ? ORDER BY id
        """
    /// While importing, the write-ahead log grows to about 40 MB before it is copied into the
    /// database: 9% fewer page writes, 25% fewer page reads and a third of the syncs for the
    /// benchmark's 20,000 articles (strace).
    static let checkpointRarely = "PRAGMA wal_autocheckpoint = 10000"
    static let checkpointAsUsual = "PRAGMA wal_autocheckpoint = 1000"
    /// Every id an import writes into a reference comes from a row it has just read or written
    /// in the same transaction, and an import deletes nothing that a cascade would follow. So
    /// the import does not have SQLite look up the parent row of every link, mention and quote
    /// again (8% of what storing an article costs); `podium check` still verifies every reference.
    /// SQLite ignores this pragma inside a transaction: it is set between batches.
    static let referencesUnchecked = "PRAGMA foreign_keys = OFF"
    static let referencesChecked = "PRAGMA foreign_keys = ON"
    /// Rows left behind would keep paragraphs out of the indexes; `podium check` looks.
    static let leftPending = "SELECT count(*) FROM paragraphs_index_pending"
}
