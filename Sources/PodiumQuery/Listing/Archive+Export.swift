import GRDB
import PodiumArchive
import PodiumModel

extension Archive {
    /// Every article within `filters` as one JSON object a line, in the format `podium import`
    /// reads: the metadata keys (municipality as AGS, dates, election, candidates with their
    /// parties, the article's kind), `text` (the normalised article) and `source_format`, so that
    /// importing the lines into an empty archive rebuilds it: the same articles, forums, people, quotes. The
    /// archive's parties and topics come first (see ``CatalogRecords``).
    ///
    /// For example: `{"municipality":"07312000",…,"source_format":"txt","text":"Bürgerinnen …"}`.
    public func exportLines(filters: SearchFilters, _ write: (String) throws -> Void) throws {
        var (sql, arguments) = FilterSQL.articleConditions(filters)
        FilterSQL.restrict(&sql, &arguments, """
            f.id IN (SELECT fp.forum_id FROM forum_participants fp JOIN candidacies c ON c.id = fp.candidacy_id
                     WHERE c.person_id IN :ids)
            """, filters.personIDs)
        try read { db in
            // The parties and topics first: import applies them before it reads an article.
            for line in try CatalogRecords.lines(db) { try write(line) }
            let rows = try Row.fetchCursor(db, sql: ExportSQL.articles + sql + ExportSQL.order, arguments: arguments)
            while let row = try rows.next() {
                let forumID: Int64? = row["forum_id"]
                let candidates = try Row.fetchAll(db, sql: ExportSQL.candidates, arguments: [forumID]).map { candidate -> OutputValue in
                    .object([OutputField("name", .string(candidate["name"])), OutputField("party", .optional(candidate["party"]))])
                }
                var fields: [OutputField] = []
                func add(_ key: String, _ value: String?) {
                    if let value { fields.append(OutputField(key, .string(value))) }
                }
                add("municipality", row["ags"])
                add("state", row["state"])
                add("forum_date", row["forum_date"])
                add("election", row["election"])
                add("election_date", row["election_date"])
                add("title", row["title"])
                add("outlet", row["outlet"])
                add("url", row["url"])
                add("author", row["author"])
                add("published_date", row["published_date"])
                add("venue", row["venue"])
                if !candidates.isEmpty { fields.append(OutputField("candidates", .list(candidates))) }
                add("kind", row["kind"])
                add("source_format", row["source_format"])
                add("text", row["text"])
                try write(OutputValue.object(fields).json)
            }
        }
    }
}

enum ExportSQL {
    static let articles = """
        SELECT a.forum_id, a.kind, a.ags, a.state, f.forum_date, e.name AS election, e.election_date, a.title, a.outlet,
               a.url, a.author, a.published_date, f.venue, a.source_format, a.text
        FROM articles a
        LEFT JOIN forums f ON f.id = a.forum_id
        LEFT JOIN elections e ON e.id = f.election_id
        WHERE 1 = 1
        """
    static let order = "\nORDER BY a.id"
    static let candidates = """
        SELECT coalesce(pe.title || ' ', '') || pe.name AS name, c.party_spelling AS party
        FROM forum_participants fp JOIN candidacies c ON c.id = fp.candidacy_id JOIN persons pe ON pe.id = c.person_id
        WHERE fp.forum_id = ? ORDER BY c.id
        """
}
