/// The statements behind `podium search`. Filters add fixed fragments with bound values only;
/// the index's table name is one of two constants, never user input.
enum SearchSQL {
    /// The full-text index a search runs on, with its bm25 ranking function.
    enum Index {
        /// `paragraphs_fts`: words and stems; exact forms in `text` weigh twice the stems.
        case words
        /// `paragraphs_trigram`: substrings (opt-in).
        case substrings

        var table: String { self == .words ? "paragraphs_fts" : "paragraphs_trigram" }
        /// Exact forms weigh twice the stems; the facets are filters, not words, and weigh nothing.
        var rank: String { self == .words ? "bm25(paragraphs_fts, 2.0, 1.0, 0.0)" : "bm25(paragraphs_trigram)" }
    }

    /// The columns of a hit; unscored, bm25 is not computed (it reads every match of every word).
    static func hitColumns(_ index: Index, scored: Bool = true) -> String {
        """
        SELECT p.id AS paragraph_id, p.article_id, a.ags, m.name AS municipality, a.state, a.kind,
               f.forum_date, a.published_date, coalesce(f.forum_date, a.published_date) AS date,
               coalesce(a.title, f.title) AS title, s.heading, p.text, \(scored ? "-" + index.rank : "0.0") AS score
        """
    }

    /// What a hit's columns read besides its paragraph `p`: its article, and the forum that
    /// reports, if any.
    private static let hitJoins = """
        JOIN sections s ON s.id = p.section_id
        JOIN articles a ON a.id = p.article_id
        LEFT JOIN forums f ON f.id = a.forum_id
        LEFT JOIN municipalities m ON m.ags = a.ags
        """

    static func matchFrom(_ index: Index) -> String {
        "FROM \(index.table)\nJOIN paragraphs p ON p.id = \(index.table).rowid\n" + hitJoins + "\nWHERE \(index.table) MATCH ?"
    }

    /// A broad query's order: newest first (the forum's date, else the article's publication),
    /// undated last, over the columns of a hit.
    private static let newestForumFirst = "ORDER BY date IS NULL, date DESC, paragraph_id DESC LIMIT ? OFFSET ?"

    /// Relevance: bm25, ties newest first.
    static func byRelevance(_ index: Index) -> String {
        "ORDER BY round(\(index.rank), 2), date IS NULL, date DESC, p.id LIMIT ? OFFSET ?"
    }

    static func byDate(_ index: Index) -> String {
        "ORDER BY date IS NULL, date DESC, \(index.rank), p.id LIMIT ? OFFSET ?"
    }

    /// The number of matches within the filters' conditions, up to the bound given as the last
    /// argument.
    static func boundedCount(_ index: Index, conditions: String) -> String {
        "SELECT count(*) FROM (SELECT 1 " + matchFrom(index) + conditions + " LIMIT ?)"
    }

    /// The first and last date of the archive's forums and of its other articles' publication:
    /// index lookups each (min and max in one SELECT would scan the table).
    static let dateSpan = """
        SELECT min(first), max(last) FROM (
            SELECT (SELECT min(forum_date) FROM forums) AS first, (SELECT max(forum_date) FROM forums) AS last
            UNION ALL SELECT (SELECT min(published_date) FROM articles WHERE kind = 'election_coverage'),
                             (SELECT max(published_date) FROM articles WHERE kind = 'election_coverage')
            UNION ALL SELECT (SELECT min(published_date) FROM articles WHERE kind = 'other'),
                             (SELECT max(published_date) FROM articles WHERE kind = 'other'))
        """

    /// Matches of the word index, without any join, up to the bound given last.
    static let boundedWordMatchCount = "SELECT count(*) FROM (SELECT 1 FROM paragraphs_fts WHERE paragraphs_fts MATCH ? LIMIT ?)"

    /// A window of the most recently imported matches (the index read backwards), newest forum
    /// first, undated last: window, limit and offset are the last arguments.
    static func newestImported(_ index: Index, conditions: String) -> String {
        "SELECT * FROM (" + hitColumns(index, scored: false) + "\n" + matchFrom(index) + conditions
            + "\nORDER BY \(index.table).rowid DESC LIMIT ?)\n" + newestForumFirst
    }

    /// Matches in the index alone, the most recently imported first, up to the bound given last.
    static func matchesNewestFirst(_ index: Index) -> String {
        "SELECT rowid FROM \(index.table) WHERE \(index.table) MATCH ? ORDER BY rowid DESC LIMIT ?"
    }

    /// The hits of the paragraphs a JSON array of ids names, in the order of ``newestImported``:
    /// ids, limit and offset are the arguments.
    static let newestForums = "SELECT * FROM (" + hitColumns(.words, scored: false) + "\nFROM paragraphs p\n" + hitJoins
        + "\nWHERE p.id IN (SELECT value FROM json_each(?)))\n" + newestForumFirst

    static let speakers = """
        SELECT DISTINCT pe.name FROM quotes q JOIN persons pe ON pe.id = q.person_id
        WHERE q.paragraph_id = ? ORDER BY pe.name
        """
}
