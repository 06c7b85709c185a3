import Foundation
import GRDB

extension Archive {
    /// What happened to an article handed to ``store(_:importRunID:)``.
    public enum StoreOutcome: Equatable, Sendable {
        case imported(articleID: Int64)
        /// The same text (after normalisation) was already in the archive.
        case duplicate(articleID: Int64)
    }

    /// Stores one article with its forum, election, sections, paragraphs, links and candidates,
    /// in one transaction: all of its rows, or none.
    public func store(_ article: PreparedArticle, importRunID: Int64?) throws -> StoreOutcome {
        try write { db in
            if let existing = try Int64.fetchOne(db, sql: ImportSQL.articleByHash, arguments: [article.contentHash]) {
                return .duplicate(articleID: existing)
            }
            let metadata = article.metadata
            let ags = article.municipality?.ags
            var electionID: Int64? = nil
            if metadata.election != nil || metadata.electionDate != nil {
                electionID = try findOrInsert(
                    db, find: ImportSQL.electionByName, insert: ImportSQL.insertElection,
                    [ags, metadata.election, metadata.electionDate?.description])
            }
            let forumID = try forum(db, article: article, electionID: &electionID)
            try db.execute(sql: ImportSQL.insertArticle, arguments: [
                forumID, importRunID, article.title, metadata.outlet, metadata.url, metadata.author,
                metadata.publishedDate?.description, article.source.path, article.source.format.rawValue,
                article.source.encoding, article.contentHash, article.source.body, article.text,
                Self.timestamp(),
            ])
            let articleID = db.lastInsertedRowID
            try insertBody(db, article.body, stems: article.paragraphStems, articleID: articleID)
            if let url = metadata.url {
                try db.execute(sql: ImportSQL.insertLink, arguments: [articleID, url, LinkKind.canonical.rawValue, nil])
            }
            if let candidates = metadata.candidates, !candidates.isEmpty {
                let election = try electionID ?? {
                    let id = try findOrInsert(db, find: nil, insert: ImportSQL.insertElection, [ags, nil, nil])
                    try db.execute(sql: ImportSQL.setForumElection, arguments: [id, forumID])
                    return id
                }()
                for candidate in candidates {
                    try insertCandidate(db, candidate, ags: ags, electionID: election, forumID: forumID)
                }
            }
            return .imported(articleID: articleID)
        }
    }

    /// The forum this article reports: an existing one on the same day in the same place, else new.
    private func forum(_ db: Database, article: PreparedArticle, electionID: inout Int64?) throws -> Int64 {
        let metadata = article.metadata
        if let ags = article.municipality?.ags, let date = metadata.forumDate,
           let row = try Row.fetchOne(db, sql: ImportSQL.forumByPlaceAndDate,
                                      arguments: [ags, date.description, electionID, electionID]) {
            let forumID: Int64 = row[0]
            if let existing: Int64 = row[1] { electionID = existing }
            try db.execute(sql: ImportSQL.setForumElection, arguments: [electionID, forumID])
            try db.execute(sql: ImportSQL.setForumVenue, arguments: [metadata.venue, forumID])
            return forumID
        }
        try db.execute(sql: ImportSQL.insertForum, arguments: [
            article.municipality?.ags, article.state, electionID, metadata.forumDate?.description,
            metadata.venue, nil,
        ])
        return db.lastInsertedRowID
    }

    private func insertBody(_ db: Database, _ body: ArticleBody, stems: [String], articleID: Int64) throws {
        let sectionStatement = try db.cachedStatement(sql: ImportSQL.insertSection)
        let paragraphStatement = try db.cachedStatement(sql: ImportSQL.insertParagraph)
        var ordinal = 0
        for (sectionOrdinal, section) in body.sections.enumerated() {
            try sectionStatement.execute(arguments: [articleID, sectionOrdinal, section.heading])
            let sectionID = db.lastInsertedRowID
            for paragraph in section.paragraphs {
                try paragraphStatement.execute(arguments: [articleID, sectionID, ordinal + 1, paragraph, stems[ordinal]])
                ordinal += 1
            }
        }
        for link in body.links {
            try db.execute(sql: ImportSQL.insertLink, arguments: [articleID, link.url, link.kind.rawValue, link.label])
        }
    }

    private func insertCandidate(
        _ db: Database, _ candidate: CandidateEntry, ags: String?, electionID: Int64, forumID: Int64
    ) throws {
        let name = PersonName(candidate.name) ?? PersonName(familyName: candidate.name)
        let personID = try Int64.fetchOne(db, sql: ImportSQL.personInMunicipality, arguments: [name.fullName, ags])
            ?? findOrInsert(db, find: nil, insert: ImportSQL.insertPerson, [
                name.fullName, name.givenName, name.familyName, name.title,
            ])
        var partyID: Int64? = nil
        if let party = candidate.party {
            partyID = try Int64.fetchOne(db, sql: ImportSQL.partyBySpelling, arguments: [party])
                ?? Int64.fetchOne(db, sql: ImportSQL.partyByName, arguments: [party])
                ?? findOrInsert(db, find: nil, insert: ImportSQL.insertParty, [party])
            try db.execute(sql: ImportSQL.insertPartySpelling, arguments: [party, partyID])
        }
        let candidacyID = try findOrInsert(
            db, find: ImportSQL.candidacy, insert: ImportSQL.insertCandidacy,
            [personID, electionID], insertValues: [personID, electionID, partyID, candidate.party])
        try db.execute(sql: ImportSQL.insertParticipant, arguments: [forumID, candidacyID])
    }

    /// The id of the row `find` returns for `values`, else of the row `insert` creates.
    private func findOrInsert(
        _ db: Database, find: String?, insert: String, _ values: [(any DatabaseValueConvertible)?],
        insertValues: [(any DatabaseValueConvertible)?]? = nil
    ) throws -> Int64 {
        if let find, let id = try Int64.fetchOne(db, sql: find, arguments: StatementArguments(values)) {
            return id
        }
        try db.execute(sql: insert, arguments: StatementArguments(insertValues ?? values))
        return db.lastInsertedRowID
    }

    /// Now, as ISO 8601 UTC: `2026-11-25T17:07:42Z`.
    static func timestamp(_ date: Date = Date()) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
