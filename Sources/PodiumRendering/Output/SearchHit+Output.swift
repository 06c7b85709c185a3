import PodiumModel
import PodiumQuery

extension SearchHit {
    /// The hit's fields as `podium search --format json` prints them; matches in the snippet
    /// are marked `[` … `]`.
    public var outputFields: [OutputField] {
        [
            OutputField("article_id", .int(articleID)),
            OutputField("paragraph_id", .int(paragraphID)),
            OutputField("municipality", .optional(municipality)),
            OutputField("ags", .optional(ags)),
            OutputField("state", .optional(state)),
            OutputField("kind", .string(kind.rawValue)),
            OutputField("forum_date", .optional(forumDate)),
            OutputField("published_date", .optional(publishedDate)),
            OutputField("title", .optional(title)),
            OutputField("heading", .optional(heading)),
            OutputField("snippet", .string(snippet(open: "[", close: "]"))),
            OutputField("text", .string(text)),
            OutputField("speakers", .list(speakers.map(OutputValue.string))),
            OutputField("score", .double(score)),
        ]
    }
}
