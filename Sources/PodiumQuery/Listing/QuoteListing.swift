import GRDB
import PodiumArchive
import PodiumModel

/// A quote as `podium quotes` lists it.
public struct QuoteListing: Equatable, Sendable {
    public var id: Int64
    public var text: String
    public var speaker: String?
    /// The speaker's role: candidate, moderator, organiser, expert, audience, other; nil when unknown.
    public var speakerRole: String?
    public var speakerSurface: String?
    public var party: String?
    public var attribution: String
    public var municipality: String?
    public var ags: String?
    public var state: String?
    public var forumDate: String?
    public var title: String?
    public var paragraphID: Int64
    public var articleID: Int64
    public var topics: [String]

    public var outputFields: [OutputField] {
        [
            OutputField("quote_id", .int(id)), OutputField("text", .string(text)),
            OutputField("speaker", .optional(speaker)), OutputField("speaker_role", .optional(speakerRole)),
            OutputField("party", .optional(party)),
            OutputField("speaker_surface", .optional(speakerSurface)), OutputField("attribution", .string(attribution)),
            OutputField("municipality", .optional(municipality)), OutputField("ags", .optional(ags)),
            OutputField("state", .optional(state)), OutputField("forum_date", .optional(forumDate)),
            OutputField("title", .optional(title)), OutputField("paragraph_id", .int(paragraphID)),
            OutputField("article_id", .int(articleID)), OutputField("topics", .list(topics.map(OutputValue.string))),
        ]
    }
}

extension QuoteListing {
    init(row: Row) {
        self.init(
            id: row["id"], text: row["text"], speaker: row["speaker"], speakerRole: row["speaker_role"],
            speakerSurface: row["speaker_surface"],
            party: row["party"], attribution: row["attribution"], municipality: row["municipality"], ags: row["ags"],
            state: row["state"], forumDate: row["forum_date"], title: row["title"], paragraphID: row["paragraph_id"],
            articleID: row["article_id"], topics: ListingSQL.list(row["topics"]))
    }
}

extension Archive {
    /// Quotes within `filters`, newest forum first; with a query, only quotes whose words match
    /// it as search does (stems, compound heads, spelling variants).
    public func quotes(matching query: String? = nil, filters: SearchFilters, limit: Int = 50, offset: Int = 0) throws -> [QuoteListing] {
        var (sql, arguments) = FilterSQL.forumConditions(filters)
        FilterSQL.restrict(&sql, &arguments, "q.person_id IN :ids", filters.personIDs)
        FilterSQL.restrict(&sql, &arguments, "c.party_id IN :ids", filters.partyIDs)
        FilterSQL.restrict(&sql, &arguments, "q.id IN (SELECT quote_id FROM quote_topics WHERE topic_id IN :ids)", filters.topicIDs)
        var matcher: SnippetBuilder? = nil
        if let query, let parsed = Optional(try SearchQuery(validating: query)), let match = FTSQueryCompiler.compile(parsed) {
            sql += " AND p.id IN (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?)"
            arguments += [match]
            matcher = SnippetBuilder(query: parsed)
        }
        let statement = ListingSQL.quotes(forumsFirst: filters.personIDs == nil) + sql + ListingSQL.quotesOrder
        return try read { db in
            // Without a query the database pages; with one, the words of each quote are checked
            // here, and reading stops once the page is full.
            guard let matcher else {
                return try Row.fetchAll(db, sql: statement + ListingSQL.page, arguments: arguments + [limit, offset])
                    .map(QuoteListing.init(row:))
            }
            var page: [QuoteListing] = []
            var skipped = 0
            let rows = try Row.fetchCursor(db, sql: statement, arguments: arguments)
            while page.count < limit, let row = try rows.next() {
                let quote = QuoteListing(row: row)
                guard matcher.containsMatch(quote.text) else { continue }
                if skipped < offset { skipped += 1 } else { page.append(quote) }
            }
            return page
        }
    }
}
