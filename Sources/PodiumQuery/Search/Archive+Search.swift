import GRDB
import PodiumArchive
import PodiumModel

/// How much work one search may do, so that a term in most paragraphs answers about as fast as
/// a rare one.
public struct SearchBounds: Sendable {
    /// Matches are counted up to this number; more are reported as "10000+".
    public var countLimit = 10_000
    /// A query with more matches is broad: rather than ranked by bm25, which would read every
    /// match of every word, it shows the newest forums among its `broadWindow` most recently
    /// imported matches.
    public var rankLimit = 5_000
    public var broadWindow = 1_000
    /// A query with a word in more paragraphs than this is ordered by date too: bm25 would
    /// read all of them.
    public var rankableWordLimit = 100_000

    public init(countLimit: Int = 10_000, rankLimit: Int = 5_000, broadWindow: Int = 1_000, rankableWordLimit: Int = 100_000) {
        self.countLimit = countLimit
        self.rankLimit = rankLimit
        self.broadWindow = broadWindow
        self.rankableWordLimit = rankableWordLimit
    }
}

extension Archive {
    /// Paragraphs that match `query` within `filters`, best first, with highlighted snippets.
    ///
    /// The query is parsed by ``SearchQuery`` and compiled by ``FTSQueryCompiler``; no input
    /// makes an SQL or FTS5 error. A query with nothing to search for gives no hits; one past
    /// ``SearchQuery/maxLength`` or ``SearchQuery/maxTerms`` is refused. For example:
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
        let parsed = try SearchQuery(validating: query)
        let index: SearchSQL.Index = substrings ? .substrings : .words
        if substrings, try !substringIndexEnabled() {
            throw PodiumError.archive(path: path, reason: "substring search needs the substring index: run `podium reindex --substring --db \(path)`")
        }
        guard !parsed.isEmpty else { return SearchResults(hits: [], total: 0) }
        let (filterSQL, filterArguments) = FilterSQL.paragraphConditions(filters)
        let snippets = SnippetBuilder(query: parsed, substrings: substrings)
        return try read { db in
            let counts = index == .words ? try Self.wordCounts(db, parsed, bound: bounds.countLimit) : [:]
            let common = Set(counts.filter { $0.value.count > bounds.countLimit }.keys)
            // bm25 reads every match of each word of the query; past `rankableWordLimit`, order
            // by date. Asked only of a query with few enough matches to rank: counting a common
            // word up to that limit took 10–25 ms in an archive of 100,000 articles.
            func rankable() throws -> Bool {
                try counts.values.allSatisfy { word in
                    guard word.count > bounds.countLimit, bounds.rankableWordLimit > bounds.countLimit else {
                        return word.count <= bounds.rankableWordLimit
                    }
                    return try Self.matchCount(db, word.match, bound: bounds.rankableWordLimit) <= bounds.rankableWordLimit
                }
            }
            guard let match = substrings ? FTSQueryCompiler.compileSubstrings(parsed)
                : FTSQueryCompiler.compile(parsed, expandingPrefixes: { !common.contains($0) }) else {
                return SearchResults(hits: [], total: 0)
            }
            // The filters also as facet words of the index, so that FTS5 narrows the matches
            // before any join; the SQL conditions stay exact.
            var fullMatch = match
            var exactFacets = false
            if index == .words {
                let years = try Self.yearSpan(db)
                if let facets = SearchFacets.expression(filters, years: years) {
                    fullMatch = "(\(match)) AND \(facets)"
                }
                exactFacets = SearchFacets.areExact(filters, years: years)
            }
            let matchArguments: StatementArguments = [fullMatch] + filterArguments
            // Counting is bounded: a term in most paragraphs is counted up to `countLimit`. When
            // the facet words say all the filters say, the index alone counts, newest first, and
            // the matches it read are kept for a broad query: FTS5 merges the words of a prefix
            // for each statement, 19 ms for "Digital*" at 100,000 articles.
            let newest: [Int64]?
            let total: Int
            if exactFacets || filterSQL.isEmpty {
                let kept = max(bounds.countLimit + 1, bounds.broadWindow, bounds.rankLimit, offset.saturatingAdding(limit))
                let matches = try Self.matchesNewestFirst(db, index: index, match: fullMatch, bound: kept)
                (newest, total) = (matches, min(matches.count, bounds.countLimit + 1))
            } else {
                newest = nil
                total = try Int.fetchOne(
                    db, sql: SearchSQL.boundedCount(index, conditions: filterSQL),
                    arguments: matchArguments + [bounds.countLimit + 1]) ?? 0
            }
            let broad = try total > bounds.rankLimit || (index == .words && !rankable())
            var hits: [SearchHit]
            if broad {
                // bm25 would read every match of every word: a broad query shows the newest
                // forums among its most recently imported matches instead.
                let window = max(total > bounds.rankLimit ? bounds.broadWindow : bounds.rankLimit, offset.saturatingAdding(limit))
                hits = try newest.map { try Self.newestForums(db, of: Array($0.prefix(window)), limit: limit, offset: offset) }
                    ?? newestImported(db, index: index, matchArguments: matchArguments, filterSQL: filterSQL,
                                      window: window, limit: limit, offset: offset)
            } else {
                hits = try ranked(db, index: index, matchArguments: matchArguments, filterSQL: filterSQL,
                                  order: order, limit: limit, offset: offset, snippets: snippets)
            }
            for index in hits.indices {
                hits[index].snippet = snippets.snippet(for: hits[index].text)
                hits[index].speakers = try String.fetchAll(db, sql: SearchSQL.speakers, arguments: [hits[index].paragraphID])
            }
            return SearchResults(
                hits: hits, total: min(total, bounds.countLimit), totalIsBounded: total > bounds.countLimit,
                orderedByDate: broad && order == .relevance)
        }
    }

    /// How many paragraphs hold each single word of the query (not phrases or prefixes), as
    /// written or stemmed, counted up to `bound` + 1, with the match that counts it. A word in
    /// more than `countLimit` is searched as it is: the compounds it begins ("Stadt" →
    /// "Stadtrat") are not, because FTS5 would merge the matches of every such compound on each
    /// query.
    static func wordCounts(_ db: Database, _ query: SearchQuery, bound: Int) throws -> [String: WordCount] {
        var counts: [String: WordCount] = [:]
        for term in FTSQueryCompiler.prefixCandidates(query) where counts[term.words[0]] == nil {
            var single = query
            single.alternatives = [[term]]
            guard let exact = FTSQueryCompiler.compile(single, expandingPrefixes: { _ in false }) else { continue }
            counts[term.words[0]] = WordCount(count: try matchCount(db, exact, bound: bound), match: exact)
        }
        return counts
    }

    struct WordCount {
        /// Up to the bound it was counted to, and one more for "more".
        var count: Int
        /// The FTS5 query that counted it.
        var match: String
    }

    /// Paragraphs that `match` (an FTS5 query of the word index) finds, counted up to `bound` + 1.
    private static func matchCount(_ db: Database, _ match: String, bound: Int) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: SearchSQL.boundedWordMatchCount), arguments: [match, bound + 1]) ?? 0
    }

    /// The first and last year of the archive's forums, or nil when none is dated.
    static func yearSpan(_ db: Database) throws -> ClosedRange<Int>? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: SearchSQL.dateSpan)),
              let first = (row[0] as String?).flatMap({ Int($0.prefix(4)) }),
              let last = (row[1] as String?).flatMap({ Int($0.prefix(4)) }), first <= last else {
            return nil
        }
        return first...last
    }

    /// Matches by bm25 (relevance, with title and heading lifting a paragraph) or by date.
    private func ranked(
        _ db: Database, index: SearchSQL.Index, matchArguments: StatementArguments, filterSQL: String,
        order: SearchOrder, limit: Int, offset: Int, snippets: SnippetBuilder
    ) throws -> [SearchHit] {
        // Relevance ranks a window of the best bm25 matches again; the window bounds that work.
        let window = order == .relevance ? max(offset.saturatingAdding(limit), Self.rerankWindow) : limit
        let windowOffset = order == .relevance ? 0 : offset
        let rows = try Row.fetchAll(
            db, sql: SearchSQL.hitColumns(index) + "\n" + SearchSQL.matchFrom(index) + filterSQL + "\n"
                + (order == .relevance ? SearchSQL.byRelevance(index) : SearchSQL.byDate(index)),
            arguments: matchArguments + [window, windowOffset])
        var hits = rows.map(Self.hit)
        guard order == .relevance else { return hits }
        for index in hits.indices {
            hits[index].score *= 1 + (hits[index].title.map(snippets.containsMatch) == true ? Self.titleBoost : 0)
                + (hits[index].heading.map(snippets.containsMatch) == true ? Self.headingBoost : 0)
        }
        // Stable: equal scores keep the database's order (newest first).
        hits = hits.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.map(\.element)
        return Array(hits.dropFirst(offset).prefix(limit))
    }

    /// The newest forums among the query's `window` most recently imported matches: one pass
    /// of the index backwards, however many paragraphs match.
    private func newestImported(
        _ db: Database, index: SearchSQL.Index, matchArguments: StatementArguments, filterSQL: String, window: Int,
        limit: Int, offset: Int
    ) throws -> [SearchHit] {
        try Row.fetchAll(
            db, sql: SearchSQL.newestImported(index, conditions: filterSQL),
            arguments: matchArguments + [window, limit, offset]
        ).map(Self.hit)
    }

    /// The paragraphs that `match` finds in the index alone, most recently imported first, up
    /// to `bound`.
    private static func matchesNewestFirst(_ db: Database, index: SearchSQL.Index, match: String, bound: Int) throws -> [Int64] {
        var ids: [Int64] = []
        try db.cachedStatement(sql: SearchSQL.matchesNewestFirst(index)).forEachInteger(.text(match), .integer(bound)) {
            ids.append($0)
        }
        return ids
    }

    /// The hits of these paragraphs, newest forum first, as ``newestImported`` orders them.
    private static func newestForums(_ db: Database, of paragraphIDs: [Int64], limit: Int, offset: Int) throws -> [SearchHit] {
        let ids = "[" + paragraphIDs.map(String.init).joined(separator: ",") + "]"
        return try Row.fetchAll(db, sql: SearchSQL.newestForums, arguments: [ids, limit, offset]).map(hit)
    }

    private static func hit(_ row: Row) -> SearchHit {
        SearchHit(
            articleID: row["article_id"], paragraphID: row["paragraph_id"],
            municipality: row["municipality"], ags: row["ags"], state: row["state"],
            kind: ArticleKind(rawValue: row["kind"]) ?? .other, forumDate: row["forum_date"], publishedDate: row["published_date"], title: row["title"], heading: row["heading"],
            snippet: "", text: row["text"], speakers: [], score: row["score"])
    }

    /// How many of the best bm25 matches are ranked again with title and heading.
    static let rerankWindow = 100
    /// A match in the article's title raises the score by this share; in the section heading by
    /// the other.
    static let titleBoost = 0.3
    static let headingBoost = 0.15
}
