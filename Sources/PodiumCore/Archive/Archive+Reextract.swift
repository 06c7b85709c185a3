import GRDB

extension Archive {
    /// What ``reextract(progress:)`` or ``retag(progress:)`` did.
    public struct ReprocessSummary: Equatable, Sendable {
        public var forums = 0
        public var articles = 0
        public var quotes = 0
        public var candidates = 0
    }

    /// Runs extraction again over every stored article, with this archive's parties and topics,
    /// and replaces what the earlier extraction stored: participants, mentions, quotes,
    /// organisers, topics. Text, paragraphs and their ids stay; so do people and parties that
    /// are still named.
    ///
    /// Forums go in chunks, each stored in one transaction, whole or not at all: one
    /// transaction a forum made committing cost more than extracting. While a chunk is stored,
    /// the next one is extracted on another core, as an import prepares ahead of storing.
    public func reextract(progress: (Int, Int) -> Void = { _, _ in }) throws -> ReprocessSummary {
        try reextract(forumsPerChunk: 64, progress: progress)
    }

    func reextract(forumsPerChunk: Int, progress: (Int, Int) -> Void = { _, _ in }) throws -> ReprocessSummary {
        let extractor = try self.extractor()
        let forumIDs = try read { try Int64.fetchAll($0, sql: ReprocessSQL.forumIDs) }
        let chunks = stride(from: 0, to: forumIDs.count, by: forumsPerChunk).map {
            Array(forumIDs[$0..<min($0 + forumsPerChunk, forumIDs.count)])
        }
        var summary = ReprocessSummary()
        let ahead = WorkAhead<[ExtractedForum]>()
        func extractAhead(_ chunk: [Int64]) throws {
            let stored = try read { db in try chunk.map { try storedForum(db, id: $0) } }
            ahead.start { stored.map { $0.extracted(by: extractor) } }
        }
        if let first = chunks.first { try extractAhead(first) }
        for index in chunks.indices {
            let extracted = ahead.result()
            if index + 1 < chunks.count { try extractAhead(chunks[index + 1]) }
            try write { db in
                for forum in extracted { try storeReextracted(db, forum, summary: &summary) }
            }
            progress(summary.forums, forumIDs.count)
        }
        try write { db in
            for statement in ReprocessSQL.removeOrphans { try db.execute(sql: statement) }
        }
        return summary
    }

    /// A forum's articles as stored: what extraction reads.
    private struct StoredForum: Sendable {
        struct Article: Sendable {
            var metadata: ArticleMetadata
            var body: ArticleBody
            var paragraphIDs: [Int64]
        }
        var id: Int64
        var articles: [Article]

        func extracted(by extractor: ArticleExtractor) -> ExtractedForum {
            ExtractedForum(id: id, articles: articles.map { ($0.paragraphIDs, extractor.extract($0.body, metadata: $0.metadata)) })
        }
    }

    private struct ExtractedForum: Sendable {
        var id: Int64
        var articles: [(paragraphIDs: [Int64], extraction: ArticleExtraction)]
    }

    private func storedForum(_ db: Database, id forumID: Int64) throws -> StoredForum {
        let articles = try Row.fetchAll(db.cachedStatement(sql: ReprocessSQL.articles), arguments: [forumID]).map { row in
            let (body, paragraphIDs) = try storedBody(db, articleID: row["id"])
            return StoredForum.Article(
                metadata: try ArticleMetadata(json: row["metadata"], path: row["source_path"]), body: body, paragraphIDs: paragraphIDs)
        }
        return StoredForum(id: forumID, articles: articles)
    }

    /// Replaces what extraction stored for one forum. The statements are cached: compiling them
    /// again for each forum (GRDB's authorizer walks every table that the facets view reads)
    /// cost more than all else.
    private func storeReextracted(_ db: Database, _ forum: ExtractedForum, summary: inout ReprocessSummary) throws {
        for statement in ReprocessSQL.clearForum { try db.cachedStatement(sql: statement).run(.integer(forum.id)) }
        let ags = try String.fetchOne(db.cachedStatement(sql: ReprocessSQL.forumMunicipality), arguments: [forum.id])
        let rosters = CandidateRosters()
        for (paragraphIDs, extraction) in forum.articles {
            // Read per article: storing the first one may have given the forum an election.
            let electionID = try db.cachedStatement(sql: ReprocessSQL.forumElection).firstInteger(.integer(forum.id))
            try storeExtraction(
                db, extraction, paragraphIDs: paragraphIDs, forumID: forum.id, ags: ags, electionID: electionID, rosters: rosters)
            summary.articles += 1
            summary.quotes += extraction.quotes.count
            summary.candidates += extraction.candidates.count
        }
        try db.cachedStatement(sql: FacetSQL.refreshForum).run(.integer(forum.id))
        summary.forums += 1
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
    static let forumMunicipality = "SELECT ags FROM forums WHERE id = ?"
    static let forumElection = "SELECT election_id FROM forums WHERE id = ?"
    static let articles = "SELECT id, metadata, source_path FROM articles WHERE forum_id = ? ORDER BY id"
    static let body = """
        SELECT s.id AS section_id, s.heading, p.id AS paragraph_id, p.text
        FROM sections s LEFT JOIN paragraphs p ON p.section_id = s.id
        WHERE s.article_id = ? ORDER BY s.ordinal, p.ordinal
        """
    private static let paragraphsOfForum = """
        SELECT p.id FROM paragraphs p JOIN articles a ON a.id = p.article_id WHERE a.forum_id = ?
        """
    /// What extraction stored for one forum (quote_topics go with their quotes).
    static let clearForum = [
        "DELETE FROM mentions WHERE paragraph_id IN (\(paragraphsOfForum))",
        "DELETE FROM quotes WHERE paragraph_id IN (\(paragraphsOfForum))",
        "DELETE FROM paragraph_topics WHERE paragraph_id IN (\(paragraphsOfForum))",
        "DELETE FROM forum_participants WHERE forum_id = ?",
        "DELETE FROM forum_others WHERE forum_id = ?",
        "DELETE FROM forum_organizers WHERE forum_id = ?",
    ]
    static let removeOrphans = [
        "DELETE FROM candidacies WHERE id NOT IN (SELECT candidacy_id FROM forum_participants)",
        """
        DELETE FROM persons WHERE id NOT IN (SELECT person_id FROM candidacies)
          AND id NOT IN (SELECT person_id FROM forum_others)
          AND id NOT IN (SELECT person_id FROM quotes WHERE person_id IS NOT NULL)
          AND id NOT IN (SELECT person_id FROM mentions WHERE person_id IS NOT NULL)
        """,
        "DELETE FROM organizations WHERE id NOT IN (SELECT organization_id FROM forum_organizers)",
    ]
    /// The topic tags of the paragraphs with ids in (?1, ?2] and of their quotes.
    static let clearTopicsOfRange = [
        "DELETE FROM paragraph_topics WHERE paragraph_id > ?1 AND paragraph_id <= ?2",
        "DELETE FROM quote_topics WHERE quote_id IN (SELECT id FROM quotes WHERE paragraph_id > ?1 AND paragraph_id <= ?2)",
    ]
    static let quotesOfParagraph = "SELECT id, text, start_offset, end_offset FROM quotes WHERE paragraph_id = ?"
}
