import GRDB

extension Archive {
    /// Paragraphs that match `query` within `filters`, best first, with highlighted snippets.
    ///
    /// The query is parsed by ``SearchQuery`` and compiled by ``FTSQueryCompiler``; no input
    /// makes an SQL or FTS5 error. A query with nothing to search for gives no hits. For example:
    ///
    /// ```swift
    /// let results = try archive.search("Digitalisierung", filters: SearchFilters(), limit: 20)
    /// ```
    public func search(
        _ query: String, filters: SearchFilters, order: SearchOrder = .relevance, limit: Int = 20, offset: Int = 0
    ) throws -> SearchResults {
        let parsed = SearchQuery(parsing: query)
        guard let match = FTSQueryCompiler.compile(parsed) else {
            return SearchResults(hits: [], total: 0)
        }
        let (filterSQL, filterArguments) = FilterSQL.paragraphConditions(filters)
        let matchArguments: StatementArguments = [match] + filterArguments
        let snippets = SnippetBuilder(query: parsed)
        return try read { db in
            let rows = try Row.fetchAll(
                db, sql: SearchSQL.hitColumns + "\n" + SearchSQL.matchFrom + filterSQL + "\n"
                    + (order == .relevance ? SearchSQL.byRelevance : SearchSQL.byDate),
                arguments: matchArguments + [limit, offset])
            let hits = try rows.map { row in
                let paragraphID: Int64 = row["paragraph_id"]
                return SearchHit(
                    articleID: row["article_id"], paragraphID: paragraphID,
                    municipality: row["municipality"], ags: row["ags"], state: row["state"],
                    forumDate: row["forum_date"], title: row["title"], heading: row["heading"],
                    snippet: snippets.snippet(for: row["text"]), text: row["text"],
                    speakers: try String.fetchAll(db, sql: SearchSQL.speakers, arguments: [paragraphID]),
                    score: row["score"])
            }
            let total = try Int.fetchOne(
                db, sql: SearchSQL.count + SearchSQL.matchFrom + filterSQL, arguments: matchArguments) ?? 0
            return SearchResults(hits: hits, total: total)
        }
    }
}
