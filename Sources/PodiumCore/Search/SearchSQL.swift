/// The statements behind `podium search`. Filters add fixed fragments with bound values only.
enum SearchSQL {
    static let hitColumns = """
        SELECT p.id AS paragraph_id, p.article_id, f.ags, m.name AS municipality, f.state,
               f.forum_date, coalesce(a.title, f.title) AS title, s.heading, p.text, -bm25(paragraphs_fts, 2.0, 1.0) AS score
        """

    static let matchFrom = """
        FROM paragraphs_fts
        JOIN paragraphs p ON p.id = paragraphs_fts.rowid
        JOIN sections s ON s.id = p.section_id
        JOIN articles a ON a.id = p.article_id
        JOIN forums f ON f.id = a.forum_id
        LEFT JOIN municipalities m ON m.ags = f.ags
        WHERE paragraphs_fts MATCH ?
        """

    /// Relevance: bm25 (exact forms in `text` weigh twice the stems), ties newest first.
    static let byRelevance = """
        ORDER BY round(bm25(paragraphs_fts, 2.0, 1.0), 2), f.forum_date IS NULL, f.forum_date DESC, p.id
        LIMIT ? OFFSET ?
        """
    static let byDate = """
        ORDER BY f.forum_date IS NULL, f.forum_date DESC, bm25(paragraphs_fts, 2.0, 1.0), p.id
        LIMIT ? OFFSET ?
        """

    static let count = "SELECT count(*) "

    static let speakers = """
        SELECT DISTINCT pe.name FROM quotes q JOIN persons pe ON pe.id = q.person_id
        WHERE q.paragraph_id = ? ORDER BY pe.name
        """

}
