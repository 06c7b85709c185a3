/// The statements behind `podium quotes`, `podium candidates` and `podium forums`. Filters
/// append conditions from ``FilterSQL``; every value is bound.
enum ListingSQL {
    /// Quotes with their forum, speaker and party. `forumsFirst` walks the forums newest first
    /// (the `forums_by_date` index), so that a page of a large archive is read without sorting
    /// every quote; a filter by person starts from that person's few quotes instead.
    static func quotes(forumsFirst: Bool) -> String {
        let source = forumsFirst
            ? """
              FROM forums f
              CROSS JOIN articles a ON a.forum_id = f.id
              CROSS JOIN paragraphs p ON p.article_id = a.id
              CROSS JOIN quotes q ON q.paragraph_id = p.id
              """
            : """
              FROM quotes q
              JOIN paragraphs p ON p.id = q.paragraph_id
              JOIN articles a ON a.id = p.article_id
              JOIN forums f ON f.id = a.forum_id
              """
        return """
            SELECT q.id, q.text, q.speaker_surface, q.attribution, pe.name AS speaker, q.speaker_role,
                   \(SharedSQL.partyLabel) AS party,
                   m.name AS municipality, f.ags, f.state, f.forum_date, p.id AS paragraph_id, p.article_id,
                   coalesce(a.title, f.title) AS title,
                   (SELECT group_concat(t.name, char(31)) FROM quote_topics qt JOIN topics t ON t.id = qt.topic_id
                    WHERE qt.quote_id = q.id) AS topics
            \(source)
            LEFT JOIN municipalities m ON m.ags = f.ags
            LEFT JOIN persons pe ON pe.id = q.person_id
            LEFT JOIN candidacies c ON c.person_id = q.person_id AND c.election_id = f.election_id
            LEFT JOIN parties pa ON pa.id = c.party_id
            WHERE 1 = 1
            """
    }
    /// Newest forum first, undated last: SQLite sorts NULL below every date, so descending
    /// puts it last and the date index gives the order.
    static let quotesOrder = "\nORDER BY f.forum_date DESC, q.id"

    /// Candidacies whose forums the conditions appended next select (they close the `EXISTS`).
    static let candidaciesFrom = """
        FROM candidacies c
        JOIN persons pe ON pe.id = c.person_id
        JOIN elections e ON e.id = c.election_id
        LEFT JOIN municipalities m ON m.ags = e.ags
        LEFT JOIN parties pa ON pa.id = c.party_id
        WHERE EXISTS (SELECT 1 FROM forum_participants fp JOIN forums f ON f.id = fp.forum_id
                      WHERE fp.candidacy_id = c.id
        """
    /// One row a person and municipality, by municipality and surname.
    static let candidatesPage = "SELECT c.person_id, e.ags\n" + candidaciesFrom
    static let candidatesPageOrder = """

        GROUP BY c.person_id, e.ags
        ORDER BY m.name, pe.family_name, pe.name, c.person_id
        """
    /// A page of a listing: limit and offset are the last arguments.
    static let page = "\nLIMIT ? OFFSET ?"
    /// The places of elections (NULL: none) in the candidate listing's order.
    static let candidatePlaces = "SELECT DISTINCT m.name, e.ags FROM elections e LEFT JOIN municipalities m ON m.ags = e.ags"
    static let candidatePlacesOrder = "\nORDER BY m.name, e.ags"
    /// The candidacies of one person in one municipality (the last two arguments), oldest first.
    static let candidacies = """
        SELECT pe.name, m.name AS municipality, m.state,
               coalesce(e.election_date, (SELECT max(forum_date) FROM forums WHERE election_id = e.id)) AS date,
               \(SharedSQL.partyLabel) AS party

        """ + candidaciesFrom
    static let candidaciesOfCandidate = """

        AND c.person_id = ? AND e.ags IS ?
        ORDER BY date
        """
    static let aliases = "SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias"
    static let quoteCount = "SELECT count(*) FROM quotes WHERE person_id = ?"
    static let paragraphCount = """
        SELECT count(*) FROM (SELECT paragraph_id FROM quotes WHERE person_id = ?
                              UNION SELECT paragraph_id FROM mentions WHERE person_id = ?)
        """

    static let forums = """
        SELECT f.id, m.name AS municipality, f.ags, f.state, f.forum_date, f.venue, e.name AS election,
               e.office, e.round, e.year AS election_year,
               (SELECT coalesce(a.title, f.title) FROM articles a WHERE a.forum_id = f.id ORDER BY a.id LIMIT 1) AS title
        FROM forums f
        LEFT JOIN municipalities m ON m.ags = f.ags
        LEFT JOIN elections e ON e.id = f.election_id
        WHERE 1 = 1
        """
    static let forumsOrder = "\nORDER BY f.forum_date DESC, f.id"
    static let forumOrganizers = """
        SELECT o.name, o.short_name FROM forum_organizers fo JOIN organizations o ON o.id = fo.organization_id
        WHERE fo.forum_id = ? ORDER BY o.name
        """
    static let forumLinks = """
        SELECT l.url, l.kind FROM links l JOIN articles a ON a.id = l.article_id WHERE a.forum_id = ? ORDER BY l.id
        """
    static let forumCandidates = """
        SELECT pe.name, \(SharedSQL.partyLabel) AS party
        FROM forum_participants fp JOIN candidacies c ON c.id = fp.candidacy_id
        JOIN persons pe ON pe.id = c.person_id LEFT JOIN parties pa ON pa.id = c.party_id
        WHERE fp.forum_id = ? ORDER BY pe.family_name, pe.name
        """
    /// The forum's other people: moderators, organisers, experts, the audience, others.
    static let forumOthers = """
        SELECT pe.name, fo.role, fo.description FROM forum_others fo JOIN persons pe ON pe.id = fo.person_id
        WHERE fo.forum_id = ? ORDER BY fo.role, pe.family_name, pe.name
        """
    static let forumArticleCount = "SELECT count(*) FROM articles WHERE forum_id = ?"

    /// Every article with the forum it reports, if any.
    static let articles = """
        SELECT a.id, a.kind, a.published_date, a.forum_id, f.forum_date, m.name AS municipality, a.ags, a.state,
               a.outlet, coalesce(a.title, f.title) AS title, a.url, a.source_path
        FROM articles a
        LEFT JOIN forums f ON f.id = a.forum_id
        LEFT JOIN municipalities m ON m.ags = a.ags
        WHERE 1 = 1
        """
    static let articleSources = "SELECT outlet, url, published_date FROM article_sources WHERE article_id = ? ORDER BY id"
    /// Newest first, by the forum's day or else the day of publication; undated last.
    static let articlesOrder = """

        ORDER BY coalesce(f.forum_date, a.published_date) IS NULL, coalesce(f.forum_date, a.published_date) DESC, a.id DESC
        """

    /// A `group_concat(…, char(31))` value as a list.
    static func list(_ value: String?) -> [String] {
        value?.split(separator: "\u{1F}").map(String.init) ?? []
    }
}
