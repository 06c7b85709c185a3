import GRDB

/// How much work one search may do, so that a term in most paragraphs answers about as fast as
/// a rare one.
public struct SearchBounds: Sendable {
    /// Matches are counted up to this number; more are reported as "10000+".
    public var countLimit = 10_000
    /// At most this many matches, the newest (by rowid), are ranked.
    public var rankLimit = 5_000

    public init(countLimit: Int = 10_000, rankLimit: Int = 5_000) {
        self.countLimit = countLimit
        self.rankLimit = rankLimit
    }
}

extension Archive {
    /// Paragraphs that match `query` within `filters`, best first, with highlighted snippets.
    ///
    /// The query is parsed by ``SearchQuery`` and compiled by ``FTSQueryCompiler``; no input
    /// makes an SQL or FTS5 error. A query with nothing to search for gives no hits. For example:
    ///
    /// ```swift
    /// let results = try archive.search("Digitalisierung", filters: SearchFilters(), limit: 20)
    /// ```
    ///
    /// With `substrings`, words match anywhere inside words, through the opt-in trigram index
    /// (`podium reindex --substring`); it is an error when that index is off.
    public func search(
        _ query: String, filters: SearchFilters, order: SearchOrder = .relevance, limit: Int = 20, offset: Int = 0,
        substrings: Bool = false, bounds: SearchBounds = SearchBounds()
    ) throws -> SearchResults {
        let parsed = SearchQuery(parsing: query)
        let index: SearchSQL.Index = substrings ? .substrings : .words
        if substrings, try !substringIndexEnabled() {
            throw PodiumError.archive(path: path, reason: "substring search needs the substring index: run `podium reindex --substring --db \(path)`")
        }
        guard let match = substrings ? FTSQueryCompiler.compileSubstrings(parsed) : FTSQueryCompiler.compile(parsed) else {
            return SearchResults(hits: [], total: 0)
        }
        let (filterSQL, filterArguments) = FilterSQL.paragraphConditions(filters)
        let matchArguments: StatementArguments = [match] + filterArguments
        let snippets = SnippetBuilder(query: parsed, substrings: substrings)
        // Relevance ranks a window of the best bm25 matches again, so that a match in the title
        // or heading lifts a paragraph; the window bounds that work.
        let window = order == .relevance ? max(offset + limit, Self.rerankWindow) : limit
        let windowOffset = order == .relevance ? 0 : offset
        return try read { db in
            // Counting and ranking are bounded: a term in most paragraphs is counted up to
            // `countLimit`, and only its `rankLimit` newest matches (by rowid) are ranked.
            let total = try Int.fetchOne(
                db, sql: SearchSQL.boundedCount(index, filtered: !filterSQL.isEmpty, conditions: filterSQL),
                arguments: matchArguments + [bounds.countLimit + 1]) ?? 0
            var scope = filterSQL
            var scopeArguments = matchArguments
            if total > bounds.rankLimit, let floor = try Int64.fetchOne(
                db, sql: SearchSQL.rowidFloor(index, conditions: filterSQL), arguments: matchArguments + [bounds.rankLimit - 1]) {
                scope += " AND \(index.table).rowid >= ?"
                scopeArguments += [floor]
            }
            let rows = try Row.fetchAll(
                db, sql: SearchSQL.hitColumns(index) + "\n" + SearchSQL.matchFrom(index) + scope + "\n"
                    + (order == .relevance ? SearchSQL.byRelevance(index) : SearchSQL.byDate(index)),
                arguments: scopeArguments + [window, windowOffset])
            var hits = rows.map { row in
                let paragraphID: Int64 = row["paragraph_id"]
                var hit = SearchHit(
                    articleID: row["article_id"], paragraphID: paragraphID,
                    municipality: row["municipality"], ags: row["ags"], state: row["state"],
                    forumDate: row["forum_date"], title: row["title"], heading: row["heading"],
                    snippet: "", text: row["text"],
                    speakers: [], score: row["score"])
                if order == .relevance {
                    hit.score *= 1 + (hit.title.map(snippets.containsMatch) == true ? Self.titleBoost : 0)
                        + (hit.heading.map(snippets.containsMatch) == true ? Self.headingBoost : 0)
                }
                return hit
            }
            if order == .relevance {
                // Stable: equal scores keep the database's order (newest first).
                hits = hits.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.map(\.element)
                hits = Array(hits.dropFirst(offset).prefix(limit))
            }
            for index in hits.indices {
                hits[index].snippet = snippets.snippet(for: hits[index].text)
                hits[index].speakers = try String.fetchAll(db, sql: SearchSQL.speakers, arguments: [hits[index].paragraphID])
            }
            return SearchResults(hits: hits, total: min(total, bounds.countLimit), totalIsBounded: total > bounds.countLimit)
        }
    }

    /// How many of the best bm25 matches are ranked again with title and heading.
    static let rerankWindow = 100
    /// A match in the article's title raises the score by this share; in the section heading by
    /// the other.
    static let titleBoost = 0.3
    static let headingBoost = 0.15
}
