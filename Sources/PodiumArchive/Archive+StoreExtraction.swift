import GRDB
import PodiumExtraction

/// The rows that what extraction found in an article refers to, once stored: its candidates'
/// persons and the parties of their candidacies, the forum's organisers from this article,
/// and the ids of the topics it names.
struct StoredReferences {
    /// The person of each of the article's candidates, in the extraction's order.
    var personIDs: [Int64] = []
    /// The person of each of the article's other people (moderators, the audience, …).
    var otherPersonIDs: [Int64] = []
    /// The party of each person's candidacy in the forum's election, when it has one.
    var partyIDs: [Int64: Int64] = [:]
    var organizationIDs: [Int64] = []
    var topicIDs: [String: Int64] = [:]
    /// Persons who stood without a party in this election until this article named one:
    /// paragraphs of other forums that name them have a party facet more.
    var personsGivenAParty: [Int64] = []
}

/// Where an article's candidates stand: the article's municipality, in whose roster they are
/// looked up, and that of its election, in whose roster a new candidacy puts them (nil: none).
struct CandidatePlace {
    var article: String?
    var election: String?
}

extension Archive {
    /// Stores what extraction found in one article: its candidates (persons, aliases,
    /// candidacies, forum participants), mentions, quotes with speakers, organisers and topics.
    ///
    /// A person is the same as one who stood in the same municipality under the same name or
    /// alias; a party is found by any of its spellings, else created.
    func storeExtraction(
        _ db: Database, _ extraction: ArticleExtraction, paragraphIDs: [Int64], forumID: Int64?, ags: String?,
        electionID: Int64?, rosters: CandidateRosters
    ) throws {
        let references = try storeReferences(db, extraction, forumID: forumID, ags: ags, electionID: electionID, rosters: rosters)
        try storeFindings(db, extraction, references: references, paragraphIDs: paragraphIDs)
        var refresh = FacetRefresh()
        refresh.add(persons: references.personsGivenAParty)
        try refresh.apply(db)
    }

    /// The first half of ``storeExtraction(_:_:paragraphIDs:forumID:ags:electionID:rosters:)``,
    /// which needs no paragraph: persons, candidacies, participants, organisers (of the forum,
    /// when the article reports one), topic ids.
    func storeReferences(
        _ db: Database, _ extraction: ArticleExtraction, forumID: Int64?, ags: String?, electionID: Int64?,
        rosters: CandidateRosters
    ) throws -> StoredReferences {
        var references = StoredReferences()
        references.topicIDs = try topicIDs(db, extraction)
        guard let forumID else { return references }
        if !extraction.candidates.isEmpty {
            let election = try electionID ?? {
                let id = try findOrInsert(db, find: nil, insert: ImportSQL.insertElection, [.text(ags), .null, .null, .null, .null, .null])
                try db.cachedStatement(sql: ImportSQL.setForumElection).run(.integer(id), .integer(forumID))
                return id
            }()
            let place = CandidatePlace(
                article: ags, election: try String.fetchOne(db.cachedStatement(sql: ImportSQL.electionMunicipality), arguments: [election]))
            for candidate in extraction.candidates {
                references.personIDs.append(try storeCandidate(
                    db, candidate, rosters: rosters, place: place, electionID: election, forumID: forumID, into: &references))
            }
        }
        for other in extraction.others {
            references.otherPersonIDs.append(try storeOther(db, other, place: ags, forumID: forumID, rosters: rosters))
        }
        for organizer in extraction.organizers {
            let id = try findOrInsert(
                db, find: ImportSQL.organizationByName, insert: ImportSQL.insertOrganization,
                [.text(organizer.name), .text(organizer.shortName), .text(organizer.shortName)],
                insertValues: [.text(organizer.name), .text(organizer.shortName)])
            if let shortName = organizer.shortName {
                try db.cachedStatement(sql: ImportSQL.setOrganizationShortName).run(.text(shortName), .integer(id))
            }
            try db.cachedStatement(sql: ImportSQL.insertForumOrganizer).run(.integer(forumID), .integer(id), .text(organizer.surface))
            references.organizationIDs.append(id)
        }
        return references
    }

    /// The ids of the topics the article's paragraphs and quotes touch, by name.
    private func topicIDs(_ db: Database, _ extraction: ArticleExtraction) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for name in Set(extraction.paragraphTopics.joined()).union(extraction.quotes.flatMap(\.topics)) {
            ids[name] = try db.cachedStatement(sql: ImportSQL.topicByName).firstInteger(.text(name))
        }
        return ids
    }

    /// The second half: mentions, quotes and topics of the article's paragraphs.
    func storeFindings(_ db: Database, _ extraction: ArticleExtraction, references: StoredReferences, paragraphIDs: [Int64]) throws {
        let mentionStatement = try db.cachedStatement(sql: ImportSQL.insertMention)
        for mention in extraction.mentions {
            try mentionStatement.run(
                .integer(paragraphIDs[mention.paragraph]), .integer(mention.candidate.map { references.personIDs[$0] }),
                .integer(mention.start), .integer(mention.end), .text(mention.surface))
        }
        for quote in extraction.quotes {
            let speaker = quote.candidate.map { references.personIDs[$0] } ?? quote.other.map { references.otherPersonIDs[$0] }
            try db.cachedStatement(sql: ImportSQL.insertQuote).run(
                .integer(paragraphIDs[quote.paragraph]), .integer(quote.start), .integer(quote.end), .text(quote.text),
                .text(quote.speakerSurface), .integer(speaker), .text(quote.attribution.rawValue), .text(quote.speakerRole?.rawValue))
            let quoteID = db.lastInsertedRowID
            for topic in quote.topics {
                if let id = references.topicIDs[topic] {
                    try db.cachedStatement(sql: ImportSQL.insertQuoteTopic).run(.integer(quoteID), .integer(id))
                }
            }
        }
        for (index, topics) in extraction.paragraphTopics.enumerated() {
            for topic in topics {
                if let id = references.topicIDs[topic] {
                    try db.cachedStatement(sql: ImportSQL.insertParagraphTopic).run(.integer(paragraphIDs[index]), .integer(id))
                }
            }
        }
    }

    /// Another person of the forum: the person of that name who stood in the article's
    /// municipality (an office-holder who ran before), else a new person; in the forum in their role.
    private func storeOther(
        _ db: Database, _ other: ArticleParticipant, place ags: String?, forumID: Int64, rosters: CandidateRosters
    ) throws -> Int64 {
        let name = other.name
        let personID = try rosters.person(named: name.fullName, stoodIn: ags, db)
            ?? findOrInsert(
                db, find: nil, insert: ImportSQL.insertPerson,
                [.text(name.fullName), .text(name.givenName), .text(name.familyName), .text(name.title)])
        try db.cachedStatement(sql: ImportSQL.insertOther).run(
            .integer(forumID), .integer(personID), .text(other.role.rawValue), .text(other.description))
        return personID
    }

    /// A candidate is the person of that name or alias who stood in the article's municipality
    /// (or without a place when the article has none), else a new person.
    private func storeCandidate(
        _ db: Database, _ candidate: ArticleCandidate, rosters: CandidateRosters, place: CandidatePlace, electionID: Int64,
        forumID: Int64, into references: inout StoredReferences
    ) throws -> Int64 {
        let name = candidate.name
        let known = try rosters.person(named: name.fullName, stoodIn: place.article, db)
        let personID = try known
            ?? findOrInsert(
                db, find: nil, insert: ImportSQL.insertPerson,
                [.text(name.fullName), .text(name.givenName), .text(name.familyName), .text(name.title)])
        for alias in candidate.aliases {
            try db.cachedStatement(sql: ImportSQL.insertAlias).run(.integer(personID), .text(alias.text), .text(alias.kind))
        }
        var partyID: Int64? = nil
        if let spelling = candidate.partySpelling {
            let canonical = candidate.party
            partyID = try db.cachedStatement(sql: ImportSQL.partyBySpelling).firstInteger(.text(spelling))
            if partyID == nil {
                let name = canonical?.name ?? spelling
                let id = try findOrInsert(
                    db, find: ImportSQL.partyByName, insert: ImportSQL.insertParty, [.text(name)],
                    insertValues: [.text(name), .text(canonical?.shortName), .integer(canonical == nil ? 1 : 0)])
                try db.cachedStatement(sql: ImportSQL.insertPartySpelling).run(.text(spelling), .integer(id))
                partyID = id
            }
        }
        let candidacyID: Int64
        if let (found, storedParty) = try db.cachedStatement(sql: ImportSQL.candidacy).firstIntegerPair(.integer(personID), .integer(electionID)),
           let found {
            candidacyID = found
            // A candidacy keeps the party it was first stored with.
            if let storedParty {
                references.partyIDs[personID] = storedParty
            } else if let partyID {
                try db.cachedStatement(sql: ImportSQL.setCandidacyParty).run(.integer(partyID), .text(candidate.partySpelling), .integer(candidacyID))
                references.partyIDs[personID] = partyID
                references.personsGivenAParty.append(personID)
            }
        } else {
            try db.cachedStatement(sql: ImportSQL.insertCandidacy).run(
                .integer(personID), .integer(electionID), .integer(partyID), .text(candidate.partySpelling))
            candidacyID = db.lastInsertedRowID
            references.partyIDs[personID] = partyID
            try rosters.stored(personID, named: known == nil ? name.fullName : nil, stoodIn: place.election, db)
        }
        try db.cachedStatement(sql: ImportSQL.insertParticipant).run(.integer(forumID), .integer(candidacyID))
        return personID
    }
}
