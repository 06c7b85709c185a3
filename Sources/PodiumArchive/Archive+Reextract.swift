import GRDB
import PodiumExtraction
import PodiumModel

extension Archive {
    /// What ``reextract(progress:)`` or ``retag(progress:)`` did.
    public struct ReprocessSummary: Equatable, Sendable {
        /// The forums the archive has after a reextract.
        public var forums = 0
        public var articles = 0
        /// How many articles of each kind a reextract found.
        public var kinds: [ArticleKind: Int] = [:]
        public var quotes = 0
        public var candidates = 0
    }

    /// Runs extraction again over every stored article, with this archive's parties and topics,
    /// and replaces what the earlier extraction stored: each article's kind, participants,
    /// mentions, quotes, organisers, topics. Text, paragraphs and their ids stay; so do people
    /// and parties that are still named. An article that no longer reads as a forum report
    /// leaves its forum (a forum left without reports is removed); one that now does joins the
    /// forum of its place and day, or a new one, as at import.
    ///
    /// Forums (with their reports) and articles without a forum go in chunks, each stored in
    /// one transaction, whole or not at all: one transaction a forum made committing cost more
    /// than extracting. While a chunk is stored, the next one is extracted on another core, as
    /// an import prepares ahead of storing.
    public func reextract(progress: (Int, Int) -> Void = { _, _ in }) throws -> ReprocessSummary {
        try reextract(unitsPerChunk: 64, progress: progress)
    }

    func reextract(unitsPerChunk: Int, progress: (Int, Int) -> Void = { _, _ in }) throws -> ReprocessSummary {
        let extractor = try self.extractor()
        let units = try read { db in try StoredUnit.all(db) }
        let chunks = stride(from: 0, to: units.count, by: unitsPerChunk).map {
            Array(units[$0..<min($0 + unitsPerChunk, units.count)])
        }
        var summary = ReprocessSummary()
        var done = 0
        let ahead = WorkAhead<[ExtractedUnit]>()
        func extractAhead(_ chunk: [StoredUnit.Key]) throws {
            let stored = try read { db in try chunk.map { try storedUnit(db, $0) } }
            ahead.start { stored.map { $0.extracted(by: extractor) } }
        }
        if let first = chunks.first { try extractAhead(first) }
        for index in chunks.indices {
            let extracted = ahead.result()
            if index + 1 < chunks.count { try extractAhead(chunks[index + 1]) }
            try write { db in
                for unit in extracted { try storeReextracted(db, unit, summary: &summary) }
            }
            done += extracted.count
            progress(done, units.count)
        }
        try write { db in
            for statement in ReprocessSQL.removeOrphans { try db.execute(sql: statement) }
            summary.forums = try Int.fetchOne(db, sql: ReprocessSQL.forumCount) ?? 0
        }
        return summary
    }

    /// A forum's reports, or one article without a forum, as stored: what extraction reads.
    private struct StoredUnit: Sendable {
        /// A forum, or an article without one.
        enum Key: Sendable {
            case forum(Int64)
            case article(Int64)
        }

        struct Article: Sendable {
            var id: Int64
            var metadata: ArticleMetadata
            var body: ArticleBody
            var paragraphIDs: [Int64]
            var ags: String?
            var state: String?
        }
        var forumID: Int64?
        var articles: [Article]

        /// Every forum, then every article without a forum, in the order they were stored.
        static func all(_ db: Database) throws -> [Key] {
            try Int64.fetchAll(db, sql: ReprocessSQL.forumIDs).map(Key.forum)
                + Int64.fetchAll(db, sql: ReprocessSQL.articlesWithoutForum).map(Key.article)
        }

        func extracted(by extractor: ArticleExtractor) -> ExtractedUnit {
            ExtractedUnit(forumID: forumID, articles: articles.map { article in
                let place = article.ags.flatMap(Gazetteer.builtIn.municipality(ags:))
                return (article, extractor.extract(article.body, metadata: article.metadata, place: place))
            })
        }
    }

    private struct ExtractedUnit: Sendable {
        var forumID: Int64?
        var articles: [(stored: StoredUnit.Article, extraction: ArticleExtraction)]
    }

    private func storedUnit(_ db: Database, _ key: StoredUnit.Key) throws -> StoredUnit {
        let rows: [Row]
        let forumID: Int64?
        switch key {
        case let .forum(id):
            rows = try Row.fetchAll(db.cachedStatement(sql: ReprocessSQL.articlesOfForum), arguments: [id])
            forumID = id
        case let .article(id):
            rows = try Row.fetchAll(db.cachedStatement(sql: ReprocessSQL.article), arguments: [id])
            forumID = nil
        }
        let articles = try rows.map { row in
            let (body, paragraphIDs) = try storedBody(db, articleID: row["id"])
            return StoredUnit.Article(
                id: row["id"], metadata: try ArticleMetadata(json: row["metadata"], path: row["source_path"]), body: body,
                paragraphIDs: paragraphIDs, ags: row["ags"], state: row["state"])
        }
        return StoredUnit(forumID: forumID, articles: articles)
    }

    /// Replaces what extraction stored for one forum's reports or one article. The statements
    /// are cached: compiling them again for each forum (GRDB's authorizer walks every table that
    /// the facets view reads) cost more than all else.
    private func storeReextracted(_ db: Database, _ unit: ExtractedUnit, summary: inout ReprocessSummary) throws {
        if let forumID = unit.forumID {
            for statement in ReprocessSQL.clearForum { try db.cachedStatement(sql: statement).run(.integer(forumID)) }
        }
        let rosters = CandidateRosters()
        var forums: Set<Int64> = []
        for (article, extraction) in unit.articles {
            for statement in ReprocessSQL.clearArticle { try db.cachedStatement(sql: statement).run(.integer(article.id)) }
            var forumID: Int64? = nil
            var electionID: Int64? = nil
            if extraction.kind == .forumReport {
                // The forum's reports that still read as such keep it.
                let found: Int64
                if let kept = unit.forumID {
                    found = kept
                    // Read per article: storing the first one may have given the forum an election.
                    electionID = try db.cachedStatement(sql: ReprocessSQL.forumElection).firstInteger(.integer(kept))
                } else {
                    let metadata = article.metadata
                    electionID = try election(
                        db, ags: article.ags, name: metadata.election, date: metadata.electionDate ?? extraction.election.date)
                    let key = ForumKey(
                        ags: article.ags, state: article.state, date: metadata.forumDate ?? extraction.forumDate, venue: metadata.venue)
                    found = try forum(db, key, electionID: &electionID).id
                }
                electionID = try completeElection(db, of: found, electionID, ags: article.ags, facts: extraction.election)
                forumID = found
                forums.insert(found)
            }
            try db.cachedStatement(sql: ReprocessSQL.setArticleForum)
                .run(.integer(forumID), .text(extraction.kind.rawValue), .integer(article.id))
            try storeExtraction(
                db, extraction, paragraphIDs: article.paragraphIDs, forumID: forumID, ags: article.ags, electionID: electionID,
                rosters: rosters)
            if forumID == nil {
                try db.cachedStatement(sql: FacetSQL.refreshArticle).run(.integer(article.id))
            }
            summary.articles += 1
            summary.kinds[extraction.kind, default: 0] += 1
            summary.quotes += extraction.quotes.count
            summary.candidates += extraction.candidates.count
        }
        for forum in forums.sorted() {
            try db.cachedStatement(sql: FacetSQL.refreshForum).run(.integer(forum))
        }
    }

    /// Tags every paragraph and quote again with this archive's topic taxonomy, after users
    /// edited `topics` or `topic_terms`.
    ///
    /// One transaction a batch of paragraphs replaces the batch's tags and facet words, so that
    /// a retag that is stopped (killed, a full disk) leaves every paragraph with its old tags or
    /// its new ones, never none; running it again finishes the work.
    public func retag(batchSize: Int = 2_000, progress: (Int, Int) -> Void = { _, _ in }) throws -> ReprocessSummary {
        let taxonomy = try topicTaxonomy()
        let total = try read { try Int.fetchOne($0, sql: ReindexSQL.count) ?? 0 }
        var summary = ReprocessSummary()
        var lastID: Int64 = 0
        while true {
            let rows = try read { try Row.fetchAll($0, sql: ReindexSQL.batch, arguments: [lastID, batchSize]) }
            guard let last = rows.last else { break }
            let previousID = lastID
            lastID = last["id"]
            try write { db in
                for statement in ReprocessSQL.clearTopicsOfRange {
                    try db.cachedStatement(sql: statement).run(.integer(previousID), .integer(lastID))
                }
                let topicIDs = Dictionary(try Row.fetchAll(db, sql: CatalogSQL.topicIDs).map { ($0["name"] as String, $0["id"] as Int64) },
                                          uniquingKeysWith: { a, _ in a })
                let tagParagraph = try db.cachedStatement(sql: ImportSQL.insertParagraphTopic)
                let tagQuote = try db.cachedStatement(sql: ImportSQL.insertQuoteTopic)
                let quotesOfParagraph = try db.cachedStatement(sql: ReprocessSQL.quotesOfParagraph)
                for row in rows {
                    let paragraphID: Int64 = row["id"]
                    let text: String = row["text"]
                    for topic in taxonomy.topics(of: text) {
                        if let id = topicIDs[topic] { try tagParagraph.run(.integer(paragraphID), .integer(id)) }
                    }
                    for quote in try Row.fetchAll(quotesOfParagraph, arguments: [paragraphID]) {
                        summary.quotes += 1
                        for topic in taxonomy.topics(ofQuote: quote["text"], start: quote["start_offset"], end: quote["end_offset"], in: text) {
                            if let id = topicIDs[topic] { try tagQuote.run(.integer(quote["id"] as Int64), .integer(id)) }
                        }
                    }
                }
                try db.cachedStatement(sql: FacetSQL.refreshRange).run(.integer(previousID), .integer(lastID))
            }
            summary.articles += rows.count
            progress(summary.articles, total)
        }
        return summary
    }

    /// An article's sections and paragraphs as stored, with the paragraph ids in order.
    private func storedBody(_ db: Database, articleID: Int64) throws -> (ArticleBody, [Int64]) {
        var sections: [ArticleBody.Section] = []
        var paragraphIDs: [Int64] = []
        var currentSection: Int64? = nil
        for row in try Row.fetchAll(db.cachedStatement(sql: ReprocessSQL.body), arguments: [articleID]) {
            let sectionID: Int64 = row["section_id"]
            if sectionID != currentSection {
                sections.append(.init(heading: row["heading"], paragraphs: []))
                currentSection = sectionID
            }
            if let paragraphID: Int64 = row["paragraph_id"] {
                sections[sections.count - 1].paragraphs.append(row["text"])
                paragraphIDs.append(paragraphID)
            }
        }
        return (ArticleBody(sections: sections, links: []), paragraphIDs)
    }
}

enum ReprocessSQL {
    static let forumIDs = "SELECT id FROM forums ORDER BY id"
    static let articlesWithoutForum = "SELECT id FROM articles WHERE forum_id IS NULL ORDER BY id"
    static let forumCount = "SELECT count(*) FROM forums"
    static let forumElection = "SELECT election_id FROM forums WHERE id = ?"
    static let articlesOfForum = "SELECT id, metadata, source_path, ags, state FROM articles WHERE forum_id = ? ORDER BY id"
    static let article = "SELECT id, metadata, source_path, ags, state FROM articles WHERE id = ?"
    static let setArticleForum = "UPDATE articles SET forum_id = ?, kind = ? WHERE id = ?"
    static let body = """
        SELECT s.id AS section_id, s.heading, p.id AS paragraph_id, p.text
        FROM sections s LEFT JOIN paragraphs p ON p.section_id = s.id
        WHERE s.article_id = ? ORDER BY s.ordinal, p.ordinal
        """
    /// What extraction stored for one forum as a whole.
    static let clearForum = [
        "DELETE FROM forum_participants WHERE forum_id = ?",
        "DELETE FROM forum_others WHERE forum_id = ?",
        "DELETE FROM forum_organizers WHERE forum_id = ?",
    ]
    /// What extraction stored for one article's paragraphs (quote_topics go with their quotes).
    static let clearArticle = [
        "DELETE FROM mentions WHERE paragraph_id IN (SELECT id FROM paragraphs WHERE article_id = ?)",
        "DELETE FROM quotes WHERE paragraph_id IN (SELECT id FROM paragraphs WHERE article_id = ?)",
        "DELETE FROM paragraph_topics WHERE paragraph_id IN (SELECT id FROM paragraphs WHERE article_id = ?)",
    ]
    static let removeOrphans = [
        "DELETE FROM forums WHERE id NOT IN (SELECT forum_id FROM articles WHERE forum_id IS NOT NULL)",
        "DELETE FROM candidacies WHERE id NOT IN (SELECT candidacy_id FROM forum_participants)",
        """
        DELETE FROM persons WHERE id NOT IN (SELECT person_id FROM candidacies)
          AND id NOT IN (SELECT person_id FROM forum_others)
          AND id NOT IN (SELECT person_id FROM quotes WHERE person_id IS NOT NULL)
          AND id NOT IN (SELECT person_id FROM mentions WHERE person_id IS NOT NULL)
        """,
        "DELETE FROM organizations WHERE id NOT IN (SELECT organization_id FROM forum_organizers)",
        """
        DELETE FROM elections WHERE id NOT IN (SELECT election_id FROM forums WHERE election_id IS NOT NULL)
          AND id NOT IN (SELECT election_id FROM candidacies)
        """,
    ]
    /// The topic tags of the paragraphs with ids in (?1, ?2] and of their quotes.
    static let clearTopicsOfRange = [
        "DELETE FROM paragraph_topics WHERE paragraph_id > ?1 AND paragraph_id <= ?2",
        "DELETE FROM quote_topics WHERE quote_id IN (SELECT id FROM quotes WHERE paragraph_id > ?1 AND paragraph_id <= ?2)",
    ]
    static let quotesOfParagraph = "SELECT id, text, start_offset, end_offset FROM quotes WHERE paragraph_id = ?"
}
