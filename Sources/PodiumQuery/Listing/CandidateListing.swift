import GRDB
import PodiumArchive
import PodiumModel

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
            // The page is chosen in SQL; only its rows are read in full.
            let page = filters.personIDs == nil
                ? try candidatesPageByPlace(db, conditions: sql, arguments: arguments, agsKeys: filters.agsKeys, limit: limit, offset: offset)
                : try Row.fetchAll(
                    db, sql: ListingSQL.candidatesPage + sql + ListingSQL.candidatesPageOrder + ListingSQL.page,
                    arguments: arguments + [limit, offset])
            return try page.map { key in
                let personID: Int64 = key["person_id"]
                let ags: String? = key["ags"]
                let rows = try Row.fetchAll(
                    db, sql: ListingSQL.candidacies + sql + ListingSQL.candidaciesOfCandidate, arguments: arguments + [personID, ags])
                var listing = CandidateListing(
                    personID: personID, name: rows.first?["name"] ?? "", party: nil, parties: [],
                    municipality: rows.first?["municipality"], ags: ags, state: rows.first?["state"], elections: [],
                    aliases: try String.fetchAll(db, sql: ListingSQL.aliases, arguments: [personID]),
                    quotes: try Int.fetchOne(db, sql: ListingSQL.quoteCount, arguments: [personID]) ?? 0,
                    paragraphs: try Int.fetchOne(db, sql: ListingSQL.paragraphCount, arguments: [personID, personID]) ?? 0)
                for row in rows {
                    if let year = (row["date"] as String?).flatMap({ Int($0.prefix(4)) }), !listing.elections.contains(year) {
                        listing.elections.append(year)
                    }
                    // The party of the latest candidacy first.
                    if let party = row["party"] as String? {
                        listing.parties.removeAll { $0 == party }
                        listing.parties.insert(party, at: 0)
                        listing.party = party
                    }
                }
                return listing
            }
        }
    }

    /// The `(person_id, ags)` rows of a page of candidates, one municipality name after the
    /// other in the listing's order, so that only the places up to the page's end are read and
    /// sorted (1.5 s for the first page of 394,573 candidacies when SQLite sorted them all).
    /// Places that share a name are read together, as the listing interleaves them by surname.
    private func candidatesPageByPlace(
        _ db: Database, conditions: String, arguments: StatementArguments, agsKeys: [String], limit: Int, offset: Int
    ) throws -> [Row] {
        let places = agsKeys.isEmpty
            ? try Row.fetchAll(db, sql: ListingSQL.candidatePlaces + ListingSQL.candidatePlacesOrder)
            : try Row.fetchAll(
                db, sql: ListingSQL.candidatePlaces + " WHERE e.ags IN " + FilterSQL.placeholders(agsKeys.count)
                    + ListingSQL.candidatePlacesOrder, arguments: StatementArguments(agsKeys))
        var page: [Row] = []
        var skip = offset
        var next = 0
        while next < places.count, page.count < limit {
            let name: String? = places[next]["name"]
            var keys: [String] = []
            var withoutPlace = false
            while next < places.count, places[next]["name"] as String? == name {
                if let ags = places[next]["ags"] as String? { keys.append(ags) } else { withoutPlace = true }
                next += 1
            }
            let place = [withoutPlace ? "e.ags IS NULL" : nil, keys.isEmpty ? nil : "e.ags IN " + FilterSQL.placeholders(keys.count)]
                .compactMap { $0 }.joined(separator: " OR ")
            let rows = try Row.fetchAll(
                db, sql: ListingSQL.candidatesPage + conditions + " AND (" + place + ")" + ListingSQL.candidatesPageOrder,
                arguments: arguments + StatementArguments(keys))
            page += rows.dropFirst(skip).prefix(limit - page.count)
            skip = max(0, skip - rows.count)
        }
        return page
    }
}
