import GRDB
import PodiumArchive
import PodiumExtraction
import PodiumModel

/// A forum as `podium forums` lists it.
public struct ForumListing: Equatable, Sendable {
    public struct Candidate: Equatable, Sendable {
        public var name: String
        public var party: String?

        /// "Beate Kimmel (SPD)".
        public var label: String { party.map { "\(name) (\($0))" } ?? name }
    }

    public var id: Int64
    public var municipality: String?
    public var ags: String?
    public var state: String?
    public var forumDate: String?
    /// The election's name as given, else what the report says of it: "Oberbürgermeisterwahl 2019".
    public var election: String?
    /// "Oberbürgermeister", "Bürgermeister", "Landrat", "Gemeinderat", …
    public var office: String?
    /// 2 for a run-off.
    public var round: Int?
    public var electionYear: Int?
    public var title: String?
    public var venue: String?
    /// Names, with the short name in parentheses: "Bundesverband mittelständische Unternehmen (BVMW)".
    public var organizers: [String]
    public var links: [String]
    public var candidates: [Candidate]
    /// Everyone else the reports name at the forum, with their role ("moderator", "expert", …).
    public var others: [Other]
    public var articles: Int

    public struct Other: Equatable, Sendable {
        public var name: String
        public var role: String
        public var description: String?
    }

    public var outputFields: [OutputField] {
        [
            OutputField("id", .int(id)), OutputField("municipality", .optional(municipality)),
            OutputField("ags", .optional(ags)), OutputField("state", .optional(state)),
            OutputField("forum_date", .optional(forumDate)), OutputField("election", .optional(election)),
            OutputField("office", .optional(office)), OutputField("round", round.map { .int(Int64($0)) } ?? .null),
            OutputField("election_year", electionYear.map { .int(Int64($0)) } ?? .null),
            OutputField("title", .optional(title)), OutputField("venue", .optional(venue)),
            OutputField("organizers", .list(organizers.map(OutputValue.string))),
            OutputField("links", .list(links.map(OutputValue.string))),
            OutputField("candidates", .list(candidates.map {
                .object([OutputField("name", .string($0.name)), OutputField("party", .optional($0.party))])
            })),
            OutputField("others", .list(others.map {
                .object([OutputField("name", .string($0.name)), OutputField("role", .string($0.role)),
                         OutputField("description", .optional($0.description))])
            })),
            OutputField("articles", .int(Int64(articles))),
        ]
    }
}

extension Archive {
    /// Forums within `filters`, newest first.
    public func forums(filters: SearchFilters, limit: Int = 1_000, offset: Int = 0) throws -> [ForumListing] {
        var (sql, arguments) = FilterSQL.forumSelection(filters)
        arguments += [limit, offset]
        return try read { db in
            try Row.fetchAll(db, sql: ListingSQL.forums + sql + ListingSQL.forumsOrder + ListingSQL.page, arguments: arguments).map { row in
                let id: Int64 = row["id"]
                let facts = ElectionFacts(office: row["office"], round: row["round"], year: row["election_year"])
                return ForumListing(
                    id: id, municipality: row["municipality"], ags: row["ags"], state: row["state"],
                    forumDate: row["forum_date"], election: row["election"] ?? facts.label, office: facts.office, round: facts.round,
                    electionYear: facts.year, title: row["title"], venue: row["venue"],
                    organizers: try Row.fetchAll(db, sql: ListingSQL.forumOrganizers, arguments: [id]).map { organizer in
                        let name: String = organizer["name"]
                        return (organizer["short_name"] as String?).map { "\(name) (\($0))" } ?? name
                    },
                    links: try String.fetchAll(db, sql: ListingSQL.forumLinks, arguments: [id]),
                    candidates: try Row.fetchAll(db, sql: ListingSQL.forumCandidates, arguments: [id]).map {
                        ForumListing.Candidate(name: $0["name"], party: $0["party"])
                    },
                    others: try Row.fetchAll(db, sql: ListingSQL.forumOthers, arguments: [id]).map {
                        ForumListing.Other(name: $0["name"], role: $0["role"], description: $0["description"])
                    },
                    articles: try Int.fetchOne(db, sql: ListingSQL.forumArticleCount, arguments: [id]) ?? 0)
            }
        }
    }
}
