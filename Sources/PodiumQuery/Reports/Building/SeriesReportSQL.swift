/// The statements behind a series report. Each follows a ``ForumSelection``, whose
/// `selected (id)` names the forums covered.
enum SeriesReportSQL {
    static let totals = """
        SELECT \(ForumSelection.countColumns),
               (SELECT min(forum_date) FROM forums WHERE id IN (SELECT id FROM selected)) AS first_date,
               (SELECT max(forum_date) FROM forums WHERE id IN (SELECT id FROM selected)) AS last_date
        """
    static let places = """
        SELECT DISTINCT f.ags, m.name, coalesce(m.state, f.state) AS state
        FROM forums f JOIN selected s ON s.id = f.id LEFT JOIN municipalities m ON m.ags = f.ags
        ORDER BY m.name LIMIT ?
        """
    /// Oldest first, undated last; bound by a limit.
    static let timeline = """
        SELECT f.id, f.forum_date, f.ags, m.name AS municipality, f.state, e.name AS election,
               (SELECT coalesce(a.title, f.title) FROM articles a WHERE a.forum_id = f.id ORDER BY a.id LIMIT 1) AS title,
               (SELECT group_concat(coalesce(o.short_name, o.name), char(31)) FROM forum_organizers fo
                JOIN organizations o ON o.id = fo.organization_id WHERE fo.forum_id = f.id) AS organizers,
               (SELECT count(*) FROM forum_participants WHERE forum_id = f.id) AS candidates
        FROM forums f
        JOIN selected s ON s.id = f.id
        LEFT JOIN municipalities m ON m.ags = f.ags
        LEFT JOIN elections e ON e.id = f.election_id
        ORDER BY f.forum_date IS NULL, f.forum_date, f.id
        LIMIT ?
        """
    /// One row a candidacy on a panel of the selection, oldest first.
    static let candidacies = """
        SELECT c.person_id, pe.name, pe.family_name, e.name AS election,
               coalesce(e.election_date, min(f.forum_date)) AS date,
               \(SharedSQL.partyLabel) AS party, m.name AS municipality
        FROM forum_participants fp
        JOIN selected s ON s.id = fp.forum_id
        JOIN forums f ON f.id = fp.forum_id
        JOIN candidacies c ON c.id = fp.candidacy_id
        JOIN persons pe ON pe.id = c.person_id
        JOIN elections e ON e.id = c.election_id
        LEFT JOIN parties pa ON pa.id = c.party_id
        LEFT JOIN municipalities m ON m.ags = e.ags
        GROUP BY c.id
        ORDER BY date IS NULL, date
        """
    static let quotesByPerson = """
        SELECT q.person_id, count(*) AS quotes
        FROM selected s JOIN articles a ON a.forum_id = s.id JOIN paragraphs p ON p.article_id = a.id
        JOIN quotes q ON q.paragraph_id = p.id
        WHERE q.person_id IS NOT NULL
        GROUP BY q.person_id
        """
    /// Paragraphs that quote or name each person; each branch read through the selection's
    /// paragraphs (CROSS JOIN keeps that order: SQLite would otherwise scan every mention).
    static let paragraphsByPerson = """
        SELECT person_id, count(*) AS paragraphs FROM (
            SELECT q.paragraph_id, q.person_id
            FROM selected s CROSS JOIN articles a ON a.forum_id = s.id CROSS JOIN paragraphs p ON p.article_id = a.id
            CROSS JOIN quotes q ON q.paragraph_id = p.id WHERE q.person_id IS NOT NULL
            UNION
            SELECT m.paragraph_id, m.person_id
            FROM selected s CROSS JOIN articles a ON a.forum_id = s.id CROSS JOIN paragraphs p ON p.article_id = a.id
            CROSS JOIN mentions m ON m.paragraph_id = p.id WHERE m.person_id IS NOT NULL)
        GROUP BY person_id
        """
    static let quoteTopicsByPerson = """
        SELECT q.person_id, t.name AS topic, count(*) AS quotes
        FROM selected s JOIN articles a ON a.forum_id = s.id JOIN paragraphs p ON p.article_id = a.id
        JOIN quotes q ON q.paragraph_id = p.id
        JOIN quote_topics qt ON qt.quote_id = q.id
        JOIN topics t ON t.id = qt.topic_id
        WHERE q.person_id IS NOT NULL
        GROUP BY q.person_id, t.id
        """
    static let personNames = "SELECT id, name FROM persons WHERE id = ?"
}
