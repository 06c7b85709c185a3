import GRDB

/// The rows that what extraction found in an article refers to, once stored: its candidates'
/// persons and the parties of their candidacies, the forum's organisers from this article,
/// and the ids of the topics it names.
struct StoredReferences {
    /// The person of each of the article's candidates, in the extraction's order.
    var personIDs: [Int64] = []
    /// The party of each person's candidacy in the forum's election, when it has one.
    var partyIDs: [Int64: Int64] = [:]
    var organizationIDs: [Int64] = []
    var topicIDs: [String: Int64] = [:]
    /// Persons who stood without a party in this election until this article named one:
    /// paragraphs of other forums that name them have a party facet more.
    var personsGivenAParty: [Int64] = []
}

extension Archive {
    /// Stores what extraction found in one article: its candidates (persons, aliases,
    /// candidacies, forum participants), mentions, quotes with speakers, organisers and topics.
    ///
    /// A person is the same as one who stood in the same municipality under the same name or
    /// alias; a party is found by any of its spellings, else created.
    func storeExtraction(
        _ db: Database, _ extraction: ArticleExtraction, paragraphIDs: [Int64], forumID: Int64, ags: String?,
        electionID: Int64?
    ) throws {
        let references = try storeReferences(db, extraction, forumID: forumID, ags: ags, electionID: electionID)
        try storeFindings(db, extraction, references: references, paragraphIDs: paragraphIDs)
        try refreshFacets(ofPersonsGivenAParty: references, db)
    }

    /// The first half of ``storeExtraction(_:_:paragraphIDs:forumID:ags:electionID:)``, which
    /// needs no paragraph: persons, candidacies, participants, organisers, topic ids.
    func storeReferences(
        _ db: Database, _ extraction: ArticleExtraction, forumID: Int64, ags: String?, electionID: Int64?
    ) throws -> StoredReferences {
        var references = StoredReferences()
        if !extraction.candidates.isEmpty {
            let election = try electionID ?? {
                let id = try findOrInsert(db, find: nil, insert: ImportSQL.insertElection, [ags, nil, nil])
                try db.cachedStatement(sql: ImportSQL.setForumElection).execute(arguments: [id, forumID])
                return id
            }()
            for candidate in extraction.candidates {
                references.personIDs.append(try storeCandidate(db, candidate, ags: ags, electionID: election, forumID: forumID, into: &references))
            }
        }
        for organizer in extraction.organizers {
            let id = try findOrInsert(
                db, find: ImportSQL.organizationByName, insert: ImportSQL.insertOrganization,
                [organizer.name, organizer.shortName, organizer.shortName], insertValues: [organizer.name, organizer.shortName])
            if let shortName = organizer.shortName {
                try db.cachedStatement(sql: ImportSQL.setOrganizationShortName).execute(arguments: [shortName, id])
            }
            try db.cachedStatement(sql: ImportSQL.insertForumOrganizer).execute(arguments: [forumID, id, organizer.surface])
            references.organizationIDs.append(id)
        }
        let topicNames = Set(extraction.paragraphTopics.joined()).union(extraction.quotes.flatMap(\.topics))
        for name in topicNames {
            references.topicIDs[name] = try Int64.fetchOne(db.cachedStatement(sql: ImportSQL.topicByName), arguments: [name])
        }
        return references
    }

    /// The second half: mentions, quotes and topics of the article's paragraphs.
    func storeFindings(_ db: Database, _ extraction: ArticleExtraction, references: StoredReferences, paragraphIDs: [Int64]) throws {
        let mentionStatement = try db.cachedStatement(sql: ImportSQL.insertMention)
        for mention in extraction.mentions {
            try mentionStatement.execute(arguments: [
                paragraphIDs[mention.paragraph], mention.candidate.map { references.personIDs[$0] }, mention.start, mention.end,
                mention.surface,
            ])
        }
        for quote in extraction.quotes {
            try db.cachedStatement(sql: ImportSQL.insertQuote).execute(arguments: [
                paragraphIDs[quote.paragraph], quote.start, quote.end, quote.text, quote.speakerSurface,
                quote.candidate.map { references.personIDs[$0] }, quote.attribution.rawValue,
            ])
            let quoteID = db.lastInsertedRowID
            for topic in quote.topics {
                if let id = references.topicIDs[topic] {
                    try db.cachedStatement(sql: ImportSQL.insertQuoteTopic).execute(arguments: [quoteID, id])
                }
            }
        }
        for (index, topics) in extraction.paragraphTopics.enumerated() {
            for topic in topics {
                if let id = references.topicIDs[topic] {
                    try db.cachedStatement(sql: ImportSQL.insertParagraphTopic).execute(arguments: [paragraphIDs[index], id])
                }
            }
        }
    }

    /// Paragraphs that name a person whose candidacy got its party from this article have a
    /// party facet more, in whatever forum they are.
    func refreshFacets(ofPersonsGivenAParty references: StoredReferences, _ db: Database) throws {
        for person in references.personsGivenAParty {
            try db.cachedStatement(sql: FacetSQL.refreshPerson).execute(arguments: [person, person])
        }
    }

    private func storeCandidate(
        _ db: Database, _ candidate: ArticleCandidate, ags: String?, electionID: Int64, forumID: Int64,
        into references: inout StoredReferences
    ) throws -> Int64 {
        let name = candidate.name
        let known = if let ags {
            try Int64.fetchOne(db.cachedStatement(sql: ImportSQL.personInMunicipality), arguments: [ags, name.fullName, name.fullName])
        } else {
            try Int64.fetchOne(db.cachedStatement(sql: ImportSQL.personWithoutMunicipality), arguments: [name.fullName, name.fullName])
        }
        let personID = try known
            ?? findOrInsert(db, find: nil, insert: ImportSQL.insertPerson, [name.fullName, name.givenName, name.familyName, name.title])
        for alias in candidate.aliases {
            try db.cachedStatement(sql: ImportSQL.insertAlias).execute(arguments: [personID, alias.text, alias.kind])
        }
        var partyID: Int64? = nil
        if let spelling = candidate.partySpelling {
            let canonical = candidate.party
            partyID = try Int64.fetchOne(db.cachedStatement(sql: ImportSQL.partyBySpelling), arguments: [spelling])
            if partyID == nil {
                let id = try Int64.fetchOne(db.cachedStatement(sql: ImportSQL.partyByName), arguments: [canonical?.name ?? spelling])
                    ?? findOrInsert(db, find: nil, insert: ImportSQL.insertParty, [canonical?.name ?? spelling, canonical?.shortName])
                try db.cachedStatement(sql: ImportSQL.insertPartySpelling).execute(arguments: [spelling, id])
                partyID = id
            }
        }
        let candidacyID: Int64
        if let row = try Row.fetchOne(db.cachedStatement(sql: ImportSQL.candidacy), arguments: [personID, electionID]) {
            candidacyID = row[0]
            let storedParty: Int64? = row[1]
            // A candidacy keeps the party it was first stored with.
            if let storedParty {
                references.partyIDs[personID] = storedParty
            } else if let partyID {
                try db.cachedStatement(sql: ImportSQL.setCandidacyParty).execute(arguments: [partyID, candidate.partySpelling, candidacyID])
                references.partyIDs[personID] = partyID
                references.personsGivenAParty.append(personID)
            }
        } else {
            try db.cachedStatement(sql: ImportSQL.insertCandidacy).execute(arguments: [personID, electionID, partyID, candidate.partySpelling])
            candidacyID = db.lastInsertedRowID
            references.partyIDs[personID] = partyID
        }
        try db.cachedStatement(sql: ImportSQL.insertParticipant).execute(arguments: [forumID, candidacyID])
        return personID
    }
}
