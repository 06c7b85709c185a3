import GRDB

/// Which texts an archive holds, asked by the threads that prepare an import's articles, through
/// a read-only connection of their own.
///
/// People import the same folders again and again as new articles join the old ones. An
/// article whose text the archive already holds is a duplicate, and preparing it in full (its
/// place, paragraphs, stems, candidates, quotes) was most of what importing it cost: importing
/// the benchmark's 20,000 articles into the archive that held them took as long as the first
/// import. The storing thread still decides (``ImportBatch/existingArticle(contentHash:)``):
/// this connection sees only committed articles, so the duplicates within one import are
/// prepared and found as before.
package final class KnownArticles: Sendable {
    private let database: DatabaseQueue?

    /// Asks the archive at `path`; an archive in memory has no second connection, and then
    /// every article is prepared.
    package init(archivePath path: String) {
        guard path != ":memory:" else {
            database = nil
            return
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        configuration.label = "podium known articles"
        database = try? DatabaseQueue(path: path, configuration: configuration)
    }

    /// Whether the archive holds an article with this text (``PreparedArticle/contentHash``).
    /// An error (the archive busy beyond the timeout) answers no: the article is then prepared,
    /// and the storing thread finds it a duplicate as it always did.
    package func contains(contentHash: String) -> Bool {
        guard let database else { return false }
        let found = try? database.inDatabase { db in
            try db.cachedStatement(sql: ImportSQL.articleByHash).firstInteger(.text(contentHash))
        }
        return found != nil
    }
}
