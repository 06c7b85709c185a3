import Foundation
import GRDB
import PodiumExtraction
import PodiumModel
import PodiumText

extension Archive {
    /// What happened to an article handed to ``store(_:importRunID:)``.
    public enum StoreOutcome: Equatable, Sendable {
        case imported(articleID: Int64)
        /// The same text (after normalisation) was already in the archive.
        case duplicate(articleID: Int64)
        /// A near copy of a stored article (a new title, an outlet's line, a word changed): kept
        /// as another source of that article, whose outlet is given.
        case nearCopy(of: Int64, outlet: String?)
    }

    /// Fingerprints this many bits apart or fewer may be copies; their texts decide.
    static let nearCopyDistance = 6
    /// Copies share at least this share of their word shingles.
    static let nearCopyResemblance = 0.8

    /// Stores one article with its forum and election (when it reports a forum), sections, paragraphs, links and all that
    /// extraction found in it, in one transaction: all of its rows, or none.
    public func store(_ article: PreparedArticle, importRunID: Int64?) throws -> StoreOutcome {
        try write { db in
            var refresh = FacetRefresh()
            let outcome = try store(
                db, article, importRunID: importRunID, importedAt: Self.timestamp(), rosters: CandidateRosters(), refresh: &refresh)
            try refresh.apply(db)
            return outcome
        }
    }

    /// Stores one article's rows in the transaction that `db` has open; the facets of other
    /// paragraphs that it changes are added to `refresh`, for the caller to apply.
    func store(
        _ db: Database, _ article: PreparedArticle, importRunID: Int64?, importedAt: String, rosters: CandidateRosters,
        refresh: inout FacetRefresh
    ) throws -> StoreOutcome {
        if let existing = try db.cachedStatement(sql: ImportSQL.articleByHash).firstInteger(.text(article.contentHash)) {
            return .duplicate(articleID: existing)
        }
        if let copy = try nearCopy(db, of: article) {
            let metadata = article.metadata
            try db.cachedStatement(sql: ImportSQL.insertNearCopy).run(
                .integer(copy.id), .integer(importRunID), .text(metadata.outlet), .text(metadata.url), .text(article.title),
                .text(article.publishedDate?.description), .text(article.source.path), .text(article.text),
                .integer(Int64(copy.distance)), .text(importedAt))
            return .nearCopy(of: copy.id, outlet: copy.outlet)
        }
        let metadata = article.metadata
        let ags = article.municipality?.ags
        let extraction = article.extraction
        // Only a forum report belongs to a forum, and through it to an election.
        var forum: (id: Int64, isNew: Bool)? = nil
        var electionID: Int64? = nil
        if extraction.kind == .forumReport {
            electionID = try election(db, ags: ags, name: metadata.election, date: article.electionDate)
            let found = try self.forum(
                db, ForumKey(ags: ags, state: article.state, date: article.forumDate, venue: metadata.venue), electionID: &electionID)
            electionID = try completeElection(db, of: found.id, electionID, ags: ags, facts: extraction.election)
            forum = found
        }
        try db.cachedStatement(sql: ImportSQL.insertArticle).run(
            .integer(forum?.id), .text(extraction.kind.rawValue), .text(ags), .text(article.state), .integer(importRunID),
            .text(article.title), .text(metadata.outlet), .text(metadata.url),
            .text(metadata.author), .text(article.publishedDate?.description), .text(article.source.path),
            .text(article.source.format.rawValue), .text(article.source.encoding), .text(article.contentHash),
            .text(article.originalTextIfChanged), .text(article.text), .text(article.metadataJSON), .text(importedAt))
        let articleID = db.lastInsertedRowID
        try storeFingerprint(db, article.fingerprint, of: articleID)
        let references = try storeReferences(db, extraction, forumID: forum?.id, ags: ags, electionID: electionID, rosters: rosters)
        let paragraphCount = article.paragraphStems.count
        // A new forum's facets, or those of an article without a forum, are this article's
        // alone, known before its paragraphs are written.
        let facets = forum?.isNew ?? true
            ? ParagraphFacets(
                ags: ags, state: article.state, date: (forum == nil ? nil : article.forumDate) ?? article.publishedDate,
                organizationIDs: references.organizationIDs)
                .facets(of: extraction, references: references, paragraphCount: paragraphCount)
            : Array(repeating: "", count: paragraphCount)
        let paragraphIDs = try insertBody(db, article.body, stems: article.paragraphStems, facets: facets, articleID: articleID)
        if let url = metadata.url {
            try db.cachedStatement(sql: ImportSQL.insertLink).run(.integer(articleID), .text(url), .text(LinkKind.canonical.rawValue), .null)
        }
        try storeFindings(db, extraction, references: references, paragraphIDs: paragraphIDs)
        if let forum, !forum.isNew {
            // The forum's facets: this article's paragraphs, and the earlier reports of the same
            // forum, whose organisers and candidates it may have added to.
            refresh.add(forum: forum.id)
        }
        refresh.add(persons: references.personsGivenAParty)
        return .imported(articleID: articleID)
    }

    /// The stored article that `article` is a near copy of: a fingerprint sharing a band, at most
    /// ``nearCopyDistance`` bits away, whose text shares ``nearCopyResemblance`` of its shingles.
    private func nearCopy(_ db: Database, of article: PreparedArticle) throws -> (id: Int64, outlet: String?, distance: Int)? {
        var checked: Set<Int64> = []
        for (band, value) in SimHash.bands(article.fingerprint).enumerated() {
            for row in try Row.fetchAll(db.cachedStatement(sql: ImportSQL.fingerprintsInBand), arguments: [band, value]) {
                let id: Int64 = row[0]
                guard checked.insert(id).inserted else { continue }
                let distance = SimHash.distance(article.fingerprint, UInt64(bitPattern: row[1]))
                guard distance <= Self.nearCopyDistance,
                      let stored = try Row.fetchOne(db.cachedStatement(sql: ImportSQL.articleText), arguments: [id]),
                      SimHash.resemblance(article.text, stored[0]) >= Self.nearCopyResemblance else { continue }
                return (id, stored[1], distance)
            }
        }
        return nil
    }

    /// Files an article's fingerprint under its four bands.
    func storeFingerprint(_ db: Database, _ fingerprint: UInt64, of articleID: Int64) throws {
        for (band, value) in SimHash.bands(fingerprint).enumerated() {
            try db.cachedStatement(sql: ImportSQL.insertFingerprint)
                .run(.integer(Int64(band)), .integer(value), .integer(articleID), .integer(Int64(bitPattern: fingerprint)))
        }
    }

    /// Fingerprints the articles stored before fingerprints were (an archive from before
    /// version 13), so that their copies are found too; nothing when all have one.
    package func fingerprintArticlesWithout() throws {
        // Read first: an archive that has them all (every archive after its first import) is not written.
        let missing = try read { db in try Row.fetchOne(db, sql: ImportSQL.fingerprintCounts).map { ($0[0] as Int) > ($0[1] as Int) } ?? false }
        guard missing else { return }
        try write { db in
            for row in try Row.fetchAll(db, sql: ImportSQL.articlesWithoutFingerprint) {
                try storeFingerprint(db, SimHash.of(row[1]), of: row[0])
            }
        }
    }

    /// Where and when a forum took place: what tells one forum from another.
    struct ForumKey {
        var ags: String?
        var state: String?
        var date: CalendarDate?
        var venue: String?
    }

    /// The election of this name or date in this place, stored when new; nil when neither is known.
    func election(_ db: Database, ags: String?, name: String?, date: CalendarDate?) throws -> Int64? {
        guard name != nil || date != nil else { return nil }
        let key: [BoundValue] = [.text(ags), .text(name), .text(date?.description)]
        return try findOrInsert(
            db, find: ImportSQL.electionByName, insert: ImportSQL.insertElection, key, insertValues: key + [.null, .null, .null])
    }

    /// The election of a forum once what a report says of it is stored: the forum's own, else
    /// the election of that office, year and round in the place (a new one when the year is
    /// unknown), with the office, round and year filled in where the row lacks them. nil when
    /// neither the forum nor the report knows one.
    func completeElection(_ db: Database, of forumID: Int64, _ electionID: Int64?, ags: String?, facts: ElectionFacts) throws -> Int64? {
        var id = electionID
        if id == nil, let office = facts.office {
            let election = try findOrInsert(
                db, find: facts.year == nil ? nil : ImportSQL.electionByOffice, insert: ImportSQL.insertElection,
                [.text(ags), .text(office), .integer(facts.year), .integer(facts.round)],
                insertValues: [.text(ags), .null, .null, .text(office), .integer(facts.round), .integer(facts.year)])
            try db.cachedStatement(sql: ImportSQL.setForumElection).run(.integer(election), .integer(forumID))
            id = election
        }
        if let id, !facts.isEmpty {
            try db.cachedStatement(sql: ImportSQL.completeElection)
                .run(.text(facts.office), .integer(facts.round), .integer(facts.year), .integer(id))
        }
        return id
    }

    /// The forum an article reports: an existing one on the same day in the same place (of the
    /// same election, where both know theirs), else new. `electionID` becomes the forum's.
    func forum(_ db: Database, _ key: ForumKey, electionID: inout Int64?) throws -> (id: Int64, isNew: Bool) {
        if let ags = key.ags, let date = key.date,
           let (found, existingElection) = try db.cachedStatement(sql: ImportSQL.forumByPlaceAndDate)
               .firstIntegerPair(.text(ags), .text(date.description), .integer(electionID), .integer(electionID)),
           let forumID = found {
            if let existingElection { electionID = existingElection }
            if let electionID {
                try db.cachedStatement(sql: ImportSQL.setForumElection).run(.integer(electionID), .integer(forumID))
            }
            if let venue = key.venue {
                try db.cachedStatement(sql: ImportSQL.setForumVenue).run(.text(venue), .integer(forumID))
            }
            return (forumID, false)
        }
        try db.cachedStatement(sql: ImportSQL.insertForum).run(
            .text(key.ags), .text(key.state), .integer(electionID), .text(key.date?.description), .text(key.venue), .null)
        return (db.lastInsertedRowID, true)
    }

    /// Inserts sections, paragraphs (with their stems and facets) and links; returns the paragraph ids in order.
    private func insertBody(_ db: Database, _ body: ArticleBody, stems: [String], facets: [String], articleID: Int64) throws -> [Int64] {
        let sectionStatement = try db.cachedStatement(sql: ImportSQL.insertSection)
        let paragraphStatement = try db.cachedStatement(sql: ImportSQL.insertParagraph)
        var paragraphIDs: [Int64] = []
        for (sectionOrdinal, section) in body.sections.enumerated() {
            try sectionStatement.run(.integer(articleID), .integer(sectionOrdinal), .text(section.heading))
            let sectionID = db.lastInsertedRowID
            for paragraph in section.paragraphs {
                let ordinal = paragraphIDs.count
                try paragraphStatement.run(
                    .integer(articleID), .integer(sectionID), .integer(ordinal + 1), .text(paragraph), .text(stems[ordinal]),
                    .text(facets[ordinal]))
                paragraphIDs.append(db.lastInsertedRowID)
            }
        }
        for link in body.links {
            try db.cachedStatement(sql: ImportSQL.insertLink).run(.integer(articleID), .text(link.url), .text(link.kind.rawValue), .text(link.label))
        }
        return paragraphIDs
    }

    /// The id of the row `find` returns for `values`, else of the row `insert` creates.
    func findOrInsert(
        _ db: Database, find: String?, insert: String, _ values: [BoundValue], insertValues: [BoundValue]? = nil
    ) throws -> Int64 {
        if let find, let id = try db.cachedStatement(sql: find).firstInteger(values) {
            return id
        }
        try db.cachedStatement(sql: insert).run(insertValues ?? values)
        return db.lastInsertedRowID
    }

    /// Now, as ISO 8601 UTC: `2026-11-25T17:07:42Z`. (Without a formatter object: making one
    /// cost more than storing an article's paragraphs.)
    static func timestamp(_ date: Date = Date()) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
            parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}
