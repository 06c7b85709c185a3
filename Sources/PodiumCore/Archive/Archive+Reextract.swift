import Foundation
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
    /// are still named. Each forum is redone whole or not at all, many forums a transaction
    /// (for a second at most, as ``ImportBatch`` does): one transaction a forum made committing
    /// cost more than extracting.
    public func reextract(progress: (Int, Int) -> Void = { _, _ in }) throws -> ReprocessSummary {
        let extractor = try self.extractor()
        let forumIDs = try read { try Int64.fetchAll($0, sql: ReprocessSQL.forumIDs) }
        var summary = ReprocessSummary()
        var done = 0
        while done < forumIDs.count {
            try write { db in
                let began = Date()
                repeat {
                    try reextract(db, forumID: forumIDs[done], extractor: extractor, summary: &summary)
                    done += 1
                    progress(done, forumIDs.count)
                } while done < forumIDs.count && Date().timeIntervalSince(began) < ImportBatch.maximumSeconds
            }
        }
        try write { db in
            for statement in ReprocessSQL.removeOrphans { try db.execute(sql: statement) }
        }
        return summary
    }

    /// Replaces what extraction stored for one forum. The statements are cached: compiling them
    /// again for each forum (GRDB's authorizer walks every table that the facets view reads)
    /// cost more than all else.
    private func reextract(
        _ db: Database, forumID: Int64, extractor: ArticleExtractor, summary: inout ReprocessSummary
    ) throws {
        for statement in ReprocessSQL.clearForum { try db.cachedStatement(sql: statement).run(.integer(forumID)) }
        let ags = try String.fetchOne(db.cachedStatement(sql: ReprocessSQL.forumMunicipality), arguments: [forumID])
        let rosters = CandidateRosters()
        for article in try Row.fetchAll(db.cachedStatement(sql: ReprocessSQL.articles), arguments: [forumID]) {
            let articleID: Int64 = article["id"]
            let metadata = try ArticleMetadata(json: article["metadata"], path: article["source_path"])
            let (body, paragraphIDs) = try storedBody(db, articleID: articleID)
            let extraction = extractor.extract(body, metadata: metadata)
            // Read per article: storing the first one may have given the forum an election.
            let electionID = try db.cachedStatement(sql: ReprocessSQL.forumElection).firstInteger(.integer(forumID))
            try storeExtraction(
                db, extraction, paragraphIDs: paragraphIDs, forumID: forumID, ags: ags, electionID: electionID, rosters: rosters)
            summary.articles += 1
            summary.quotes += extraction.quotes.count
            summary.candidates += extraction.candidates.count
        }
        try db.cachedStatement(sql: FacetSQL.refreshForum).run(.integer(forumID))
        summary.forums += 1
    }

    /// Tags every paragraph and quote again with this archive's topic taxonomy, after users
    /// edited `topics` or `topic_terms`. One transaction a batch of paragraphs.
    public func retag(batchSize: Int = 2_000, progress: (Int, Int) -> Void = { _, _ in }) throws -> ReprocessSummary {
        let taxonomy = try topicTaxonomy()
        let total = try read { try Int.fetchOne($0, sql: ReindexSQL.count) ?? 0 }
        try write { db in
            try db.execute(sql: ReprocessSQL.clearTopics)
        }
        var summary = ReprocessSummary()
        var lastID: Int64 = 0
        while true {
            let rows = try read { try Row.fetchAll($0, sql: ReindexSQL.batch, arguments: [lastID, batchSize]) }
            guard let last = rows.last else { break }
            lastID = last["id"]
            try write { db in
                let topicIDs = Dictionary(try Row.fetchAll(db, sql: CatalogSQL.topicIDs).map { ($0["name"] as String, $0["id"] as Int64) },
                                          uniquingKeysWith: { a, _ in a })
                for row in rows {
                    let paragraphID: Int64 = row["id"]
                    for topic in taxonomy.topics(of: row["text"]) {
                        if let id = topicIDs[topic] { try db.execute(sql: ImportSQL.insertParagraphTopic, arguments: [paragraphID, id]) }
                    }
                    for quote in try Row.fetchAll(db, sql: ReprocessSQL.quotesOfParagraph, arguments: [paragraphID]) {
                        summary.quotes += 1
                        for topic in taxonomy.topics(ofQuote: quote["text"], start: quote["start_offset"], end: quote["end_offset"], in: row["text"]) {
                            if let id = topicIDs[topic] { try db.execute(sql: ImportSQL.insertQuoteTopic, arguments: [quote["id"] as Int64, id]) }
                        }
                    }
                }
                try db.execute(sql: FacetSQL.refreshRange, arguments: [rows.first!["id"] as Int64 - 1, lastID])
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
        "DELETE FROM forum_organizers WHERE forum_id = ?",
    ]
    static let removeOrphans = [
        "DELETE FROM candidacies WHERE id NOT IN (SELECT candidacy_id FROM forum_participants)",
        """
        DELETE FROM persons WHERE id NOT IN (SELECT person_id FROM candidacies)
          AND id NOT IN (SELECT person_id FROM quotes WHERE person_id IS NOT NULL)
          AND id NOT IN (SELECT person_id FROM mentions WHERE person_id IS NOT NULL)
        """,
        "DELETE FROM organizations WHERE id NOT IN (SELECT organization_id FROM forum_organizers)",
    ]
    static let clearTopics = "DELETE FROM paragraph_topics; DELETE FROM quote_topics"
    static let quotesOfParagraph = "SELECT id, text, start_offset, end_offset FROM quotes WHERE paragraph_id = ?"
}
