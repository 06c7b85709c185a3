import GRDB
import PodiumArchive
import PodiumModel

/// An article as `podium articles` lists it: every stored article, whatever it reports.
public struct ArticleListing: Equatable, Sendable {
    public var id: Int64
    public var kind: ArticleKind
    public var publishedDate: String?
    /// The forum the article reports; nil unless it is a forum report.
    public var forumID: Int64?
    public var forumDate: String?
    public var municipality: String?
    public var ags: String?
    public var state: String?
    public var outlet: String?
    public var title: String?
    public var url: String?
    public var sourcePath: String
    /// Other outlets and addresses that published the same text.
    public var otherSources: [Source] = []

    public struct Source: Equatable, Sendable {
        public var outlet: String?
        public var url: String?
        public var publishedDate: String?
    }

    public var outputFields: [OutputField] {
        [
            OutputField("id", .int(id)), OutputField("kind", .string(kind.rawValue)),
            OutputField("published_date", .optional(publishedDate)),
            OutputField("forum_id", forumID.map(OutputValue.int) ?? .null), OutputField("forum_date", .optional(forumDate)),
            OutputField("municipality", .optional(municipality)), OutputField("ags", .optional(ags)),
            OutputField("state", .optional(state)), OutputField("outlet", .optional(outlet)),
            OutputField("title", .optional(title)), OutputField("url", .optional(url)),
            OutputField("source_path", .string(sourcePath)),
            OutputField("other_sources", .list(otherSources.map {
                .object([OutputField("outlet", .optional($0.outlet)), OutputField("url", .optional($0.url)),
                         OutputField("published_date", .optional($0.publishedDate))])
            })),
        ]
    }
}

extension Archive {
    /// Articles within `filters`, newest first (by the forum's day, else the day of publication),
    /// undated last.
    public func articles(filters: SearchFilters, limit: Int = 1_000, offset: Int = 0) throws -> [ArticleListing] {
        var (sql, arguments) = FilterSQL.articleSelection(filters)
        arguments += [limit, offset]
        return try read { db in
            try Row.fetchAll(db, sql: ListingSQL.articles + sql + ListingSQL.articlesOrder + ListingSQL.page, arguments: arguments).map { row in
                let id: Int64 = row["id"]
                return ArticleListing(
                    id: id, kind: ArticleKind(rawValue: row["kind"]) ?? .other, publishedDate: row["published_date"],
                    forumID: row["forum_id"], forumDate: row["forum_date"], municipality: row["municipality"], ags: row["ags"],
                    state: row["state"], outlet: row["outlet"], title: row["title"], url: row["url"], sourcePath: row["source_path"],
                    otherSources: try Row.fetchAll(db, sql: ListingSQL.articleSources, arguments: [id]).map {
                        ArticleListing.Source(outlet: $0["outlet"], url: $0["url"], publishedDate: $0["published_date"])
                    })
            }
        }
    }
}
