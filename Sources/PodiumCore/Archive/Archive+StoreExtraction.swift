import GRDB

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
        var personIDs: [Int64] = []
        if !extraction.candidates.isEmpty {
            let election = try electionID ?? {
                let id = try findOrInsert(db, find: nil, insert: ImportSQL.insertElection, [ags, nil, nil])
                try db.cachedStatement(sql: ImportSQL.setForumElection).execute(arguments: [id, forumID])
                return id
            }()
            for candidate in extraction.candidates {
                personIDs.append(try storeCandidate(db, candidate, ags: ags, electionID: election, forumID: forumID))
            }
        }
        let mentionStatement = try db.cachedStatement(sql: ImportSQL.insertMention)
        for mention in extraction.mentions {
            try mentionStatement.execute(arguments: [
                paragraphIDs[mention.paragraph], mention.candidate.map { personIDs[$0] }, mention.start, mention.end,
                mention.surface,
            ])
        }
        var topicIDs: [String: Int64] = [:]
        func topicID(_ name: String) throws -> Int64? {
            if let id = topicIDs[name] { return id }
            let id = try Int64.fetchOne(db.cachedStatement(sql: ImportSQL.topicByName), arguments: [name])
            topicIDs[name] = id
            return id
        }
        for quote in extraction.quotes {
            try db.cachedStatement(sql: ImportSQL.insertQuote).execute(arguments: [
                paragraphIDs[quote.paragraph], quote.start, quote.end, quote.text, quote.speakerSurface,
                quote.candidate.map { personIDs[$0] }, quote.attribution.rawValue,
            ])
            let quoteID = db.lastInsertedRowID
            for topic in quote.topics {
                if let id = try topicID(topic) { try db.cachedStatement(sql: ImportSQL.insertQuoteTopic).execute(arguments: [quoteID, id]) }
            }
        }
        for (index, topics) in extraction.paragraphTopics.enumerated() {
            for topic in topics {
                if let id = try topicID(topic) {
                    try db.cachedStatement(sql: ImportSQL.insertParagraphTopic).execute(arguments: [paragraphIDs[index], id])
                }
            }
        }
        for organizer in extraction.organizers {
            let id = try findOrInsert(
                db, find: ImportSQL.organizationByName, insert: ImportSQL.insertOrganization,
                [organizer.name, organizer.shortName, organizer.shortName], insertValues: [organizer.name, organizer.shortName])
            try db.cachedStatement(sql: ImportSQL.setOrganizationShortName).execute(arguments: [organizer.shortName, id])
            try db.cachedStatement(sql: ImportSQL.insertForumOrganizer).execute(arguments: [forumID, id, organizer.surface])
        }
    }

    private func storeCandidate(
        _ db: Database, _ candidate: ArticleCandidate, ags: String?, electionID: Int64, forumID: Int64
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
                ?? Int64.fetchOne(db.cachedStatement(sql: ImportSQL.partyByName), arguments: [canonical?.name ?? spelling])
                ?? findOrInsert(db, find: nil, insert: ImportSQL.insertParty, [canonical?.name ?? spelling, canonical?.shortName])
            try db.cachedStatement(sql: ImportSQL.insertPartySpelling).execute(arguments: [spelling, partyID])
        }
        let candidacyID = try findOrInsert(
            db, find: ImportSQL.candidacy, insert: ImportSQL.insertCandidacy,
            [personID, electionID], insertValues: [personID, electionID, partyID, candidate.partySpelling])
        try db.cachedStatement(sql: ImportSQL.setCandidacyParty).execute(arguments: [partyID, candidate.partySpelling, candidacyID])
        try db.cachedStatement(sql: ImportSQL.insertParticipant).execute(arguments: [forumID, candidacyID])
        return personID
    }
}
