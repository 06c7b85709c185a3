/// The statements behind the archive overview. Each follows a ``ForumSelection``, whose
/// `selected (id)` names the forums covered (all, or those of some states and years).
enum ArchiveOverviewSQL {
    static let totals = """
        SELECT (SELECT count(DISTINCT f.ags) FROM forums f JOIN selected s ON s.id = f.id) AS municipalities,
               \(ForumSelection.countColumns),
               (SELECT count(*) FROM forums f JOIN selected s ON s.id = f.id WHERE f.forum_date IS NULL) AS undated
        """
    static let byStateAndYear = """
        SELECT coalesce(f.state, 'unknown') AS state, CAST(substr(f.forum_date, 1, 4) AS INTEGER) AS year,
               count(*) AS forums
        FROM forums f JOIN selected s ON s.id = f.id
        WHERE f.forum_date IS NOT NULL
        GROUP BY 1, 2
        """
    static let byYear = """
        SELECT CAST(substr(f.forum_date, 1, 4) AS INTEGER) AS year, count(*) AS forums,
               count(DISTINCT f.ags) AS municipalities
        FROM forums f JOIN selected s ON s.id = f.id
        WHERE f.forum_date IS NOT NULL
        GROUP BY 1 ORDER BY 1
        """
    static let byState = """
        SELECT coalesce(f.state, 'unknown') AS state, count(*) AS forums, count(DISTINCT f.ags) AS municipalities
        FROM forums f JOIN selected s ON s.id = f.id
        GROUP BY 1 ORDER BY 2 DESC, 1
        """
    /// CROSS JOIN keeps SQLite on the forums' side: their articles' paragraphs (and topics,
    /// below) are then read through covering indexes in order. Left to itself, it started from
    /// every paragraph, or every topic link, and looked each one's article, forum or paragraph
    /// row up: at 100,000 articles 1.08 s against 0.65 s here, 4.1 s against 2.1 s below.
    /// Paragraphs are counted an article at a time, so that the GROUP BY sorts 100,000
    /// articles rather than 1.2 million paragraphs (1.04 s against 0.60 s).
    static let paragraphsByYear = """
        SELECT year, sum(paragraphs) AS paragraphs FROM (
            SELECT CAST(substr(f.forum_date, 1, 4) AS INTEGER) AS year,
                   (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id) AS paragraphs
            FROM selected s CROSS JOIN forums f ON f.id = s.id CROSS JOIN articles a ON a.forum_id = f.id
            WHERE f.forum_date IS NOT NULL)
        GROUP BY year HAVING sum(paragraphs) > 0
        """
    /// Each topic link of a dated forum's paragraph as (year, topic id), for the builder to
    /// count: sorting 1.5 million links for a GROUP BY took longer than reading them (2.4 s
    /// against 1.0 s at 100,000 articles).
    static let topicLinksByYear = """
        SELECT CAST(substr(f.forum_date, 1, 4) AS INTEGER) AS year, pt.topic_id
        FROM selected s CROSS JOIN forums f ON f.id = s.id CROSS JOIN articles a ON a.forum_id = f.id
        CROSS JOIN paragraphs p ON p.article_id = a.id
        CROSS JOIN paragraph_topics pt ON pt.paragraph_id = p.id
        WHERE f.forum_date IS NOT NULL
        """
    static let topicNames = "SELECT id, name FROM topics"
    static let topOrganizers = """
        SELECT o.name, o.short_name, count(DISTINCT f.id) AS forums, count(DISTINCT f.ags) AS municipalities
        FROM forum_organizers fo
        JOIN selected s ON s.id = fo.forum_id
        JOIN forums f ON f.id = fo.forum_id
        JOIN organizations o ON o.id = fo.organization_id
        GROUP BY o.id ORDER BY forums DESC, o.name LIMIT ?
        """
    /// `:states` is replaced by the bound states of the scope, or the condition is dropped.
    static let electionsWithoutForum = """
        SELECT e.id, e.name, e.election_date, e.ags, m.name AS municipality, m.state
        FROM elections e LEFT JOIN municipalities m ON m.ags = e.ags
        WHERE NOT EXISTS (SELECT 1 FROM forums WHERE election_id = e.id)
        """
    static let electionsWithoutForumOrder = "\nORDER BY e.election_date IS NULL, e.election_date DESC, e.id LIMIT ?"
    /// Consecutive forum years of one municipality further apart than a term.
    static let longGaps = """
        SELECT ags, municipality, state, previous AS from_year, year AS to_year FROM (
            SELECT f.ags, m.name AS municipality, m.state, CAST(substr(f.forum_date, 1, 4) AS INTEGER) AS year,
                   lag(CAST(substr(f.forum_date, 1, 4) AS INTEGER)) OVER (PARTITION BY f.ags ORDER BY f.forum_date) AS previous
            FROM forums f JOIN selected s ON s.id = f.id JOIN municipalities m ON m.ags = f.ags
            WHERE f.forum_date IS NOT NULL)
        WHERE year - previous > ?
        ORDER BY year - previous DESC, municipality LIMIT ?
        """
    static let largestUnreported = """
        SELECT m.ags, m.name, m.state, m.population FROM municipalities m
        WHERE m.ags NOT IN (SELECT f.ags FROM forums f JOIN selected s ON s.id = f.id WHERE f.ags IS NOT NULL)
        """
    static let largestUnreportedOrder = "\nORDER BY m.population IS NULL, m.population DESC LIMIT ?"
    static let mapPoints = """
        SELECT f.ags, m.name, m.latitude, m.longitude, count(*) AS forums
        FROM forums f JOIN selected s ON s.id = f.id JOIN municipalities m ON m.ags = f.ags
        WHERE m.latitude IS NOT NULL AND m.longitude IS NOT NULL
        GROUP BY f.ags ORDER BY m.name
        """
    /// Every gazetteer municipality rounded to a grid: the country's outline.
    static let mapBackground = """
        SELECT DISTINCT round(longitude / ?) AS x, round(latitude / ?) AS y FROM municipalities
        WHERE latitude BETWEEN 40 AND 60 AND longitude BETWEEN 0 AND 20 ORDER BY y, x
        """
}
