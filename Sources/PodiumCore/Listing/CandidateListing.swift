import GRDB

/// A candidate as `podium candidates` lists them: one row a person and municipality.
public struct CandidateListing: Equatable, Sendable {
    public var personID: Int64
    public var name: String
    /// The party of the latest candidacy.
    public var party: String?
    /// Every party they stood for, latest first.
    public var parties: [String]
    public var municipality: String?
    public var ags: String?
    public var state: String?
    /// The years of their elections.
    public var elections: [Int]
    /// Other spellings seen: surname, misspellings.
    public var aliases: [String]
    public var quotes: Int
    public var paragraphs: Int

    public var outputFields: [OutputField] {
        [
            OutputField("person_id", .int(personID)), OutputField("name", .string(name)),
            OutputField("party", .optional(party)), OutputField("parties", .list(parties.map(OutputValue.string))),
            OutputField("municipality", .optional(municipality)), OutputField("ags", .optional(ags)),
            OutputField("state", .optional(state)),
            OutputField("elections", .list(elections.map { .int(Int64($0)) })),
            OutputField("aliases", .list(aliases.map(OutputValue.string))),
            OutputField("quotes", .int(Int64(quotes))), OutputField("paragraphs", .int(Int64(paragraphs))),
        ]
    }
}

extension Archive {
    /// Candidates of the forums within `filters`, by municipality and surname.
    public func candidates(filters: SearchFilters, limit: Int = 1_000, offset: Int = 0) throws -> [CandidateListing] {
        var (forumSQL, arguments) = FilterSQL.forumConditions(filters, article: nil)
        var sql = forumSQL + ")"
        FilterSQL.restrict(&sql, &arguments, "c.person_id IN :ids", filters.personIDs)
        FilterSQL.restrict(&sql, &arguments, "c.party_id IN :ids", filters.partyIDs)
        FilterSQL.restrict(&sql, &arguments, """
            c.person_id IN (SELECT q.person_id FROM quotes q JOIN quote_topics qt ON qt.quote_id = q.id
                            WHERE qt.topic_id IN :ids)
            """, filters.topicIDs)
        return try read { db in
            let rows = try Row.fetchAll(db, sql: ListingSQL.candidacies + sql + ListingSQL.candidaciesOrder, arguments: arguments)
            var listings: [CandidateListing] = []
            var indexByKey: [String: Int] = [:]
            for row in rows {
                let personID: Int64 = row["person_id"]
                let ags: String? = row["ags"]
                let key = "\(personID)|\(ags ?? "")"
                let year = (row["date"] as String?).flatMap { Int($0.prefix(4)) }
                let party: String? = row["party"]
                if let index = indexByKey[key] {
                    if let year, !listings[index].elections.contains(year) { listings[index].elections.append(year) }
                    if let party {
                        listings[index].parties.removeAll { $0 == party }
                        listings[index].parties.insert(party, at: 0)
                        listings[index].party = party
                    }
                    continue
                }
                indexByKey[key] = listings.count
                listings.append(CandidateListing(
                    personID: personID, name: row["name"], party: party, parties: party.map { [$0] } ?? [],
                    municipality: row["municipality"], ags: ags, state: row["state"],
                    elections: year.map { [$0] } ?? [], aliases: [], quotes: 0, paragraphs: 0))
            }
            // Spellings and counts only for the page shown.
            var page = Array(listings.dropFirst(offset).prefix(limit))
            for index in page.indices {
                let personID = page[index].personID
                page[index].aliases = try String.fetchAll(db, sql: ListingSQL.aliases, arguments: [personID])
                page[index].quotes = try Int.fetchOne(db, sql: ListingSQL.quoteCount, arguments: [personID]) ?? 0
                page[index].paragraphs = try Int.fetchOne(db, sql: ListingSQL.paragraphCount, arguments: [personID, personID]) ?? 0
            }
            return page
        }
    }
}
