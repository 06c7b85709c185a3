/// The statements behind a forum report; each takes the forum's id.
enum ForumReportSQL {
    static let forum = """
        SELECT f.id, f.forum_date, f.ags, m.name AS municipality, f.state, f.venue, e.name AS election,
               e.election_date,
               (SELECT coalesce(a.title, f.title) FROM articles a WHERE a.forum_id = f.id ORDER BY a.id LIMIT 1) AS title
        FROM forums f
        LEFT JOIN municipalities m ON m.ags = f.ags
        LEFT JOIN elections e ON e.id = f.election_id
        WHERE f.id = ?
        """
    static let organizers = """
        SELECT o.name, o.short_name FROM forum_organizers fo JOIN organizations o ON o.id = fo.organization_id
        WHERE fo.forum_id = ? ORDER BY o.name
        """
    static let links = """
        SELECT l.url, l.kind, l.label FROM links l JOIN articles a ON a.id = l.article_id
        WHERE a.forum_id = ? ORDER BY l.kind != 'video', l.id
        """
    /// The panel and anyone else quoted in the forum's articles, with the party of their
    /// candidacy in the forum's election.
    static let people = """
        SELECT pe.id, pe.name, pe.family_name, \(SharedSQL.partyLabel) AS party,
               EXISTS (SELECT 1 FROM forum_participants fp WHERE fp.forum_id = f.id AND fp.candidacy_id = c.id) AS on_panel
        FROM forums f
        JOIN persons pe ON pe.id IN (
            SELECT c2.person_id FROM forum_participants fp2 JOIN candidacies c2 ON c2.id = fp2.candidacy_id
            WHERE fp2.forum_id = f.id
            UNION SELECT q.person_id FROM quotes q JOIN paragraphs p ON p.id = q.paragraph_id
                  JOIN articles a ON a.id = p.article_id WHERE a.forum_id = f.id)
        LEFT JOIN candidacies c ON c.person_id = pe.id AND c.election_id = f.election_id
        LEFT JOIN parties pa ON pa.id = c.party_id
        WHERE f.id = ?
        ORDER BY on_panel DESC, pe.family_name, pe.name
        """
    static let quotes = """
        SELECT q.id, q.text, q.speaker_surface, q.attribution, q.person_id, p.id AS paragraph_id,
               p.text AS context, s.heading,
               (SELECT group_concat(t.name, char(31)) FROM quote_topics qt JOIN topics t ON t.id = qt.topic_id
                WHERE qt.quote_id = q.id) AS topics
        FROM quotes q
        JOIN paragraphs p ON p.id = q.paragraph_id
        JOIN sections s ON s.id = p.section_id
        JOIN articles a ON a.id = p.article_id
        WHERE a.forum_id = ?
        ORDER BY a.id, p.ordinal, q.start_offset
        """
    static let sources = """
        SELECT id, title, outlet, author, published_date, url, source_path FROM articles
        WHERE forum_id = ? ORDER BY published_date IS NULL, published_date, id
        """
}
