/// The statements that store an imported article. All values are bound, never spliced in.
enum ImportSQL {
    static let articleByHash = "SELECT id FROM articles WHERE content_hash = ?"
    /// Another outlet or address of a stored article (?1), unless the article or one of its
    /// sources already has that outlet and address.
    static let insertSource = """
        INSERT INTO article_sources (article_id, import_run_id, outlet, url, title, published_date, source_path, imported_at)
        SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8
        WHERE (?3 IS NOT NULL OR ?4 IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM articles WHERE id = ?1 AND outlet IS ?3 AND url IS ?4)
          AND NOT EXISTS (SELECT 1 FROM article_sources WHERE article_id = ?1 AND outlet IS ?3 AND url IS ?4)
        """
    /// A near copy of a stored article (?1), with its text, unless that text is there already.
    static let insertNearCopy = """
        INSERT INTO article_sources
            (article_id, import_run_id, outlet, url, title, published_date, source_path, text, distance, imported_at)
        SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10
        WHERE NOT EXISTS (SELECT 1 FROM article_sources WHERE article_id = ?1 AND text = ?8)
        """
    static let insertFingerprint = "INSERT OR IGNORE INTO article_fingerprints (band, value, article_id, fingerprint) VALUES (?, ?, ?, ?)"
    /// Stored articles whose fingerprint shares a band with the one given.
    static let fingerprintsInBand = """
        SELECT f.article_id, f.fingerprint FROM article_fingerprints f JOIN articles a ON a.id = f.article_id
        WHERE f.band = ? AND f.value = ?
        """
    static let articleText = "SELECT text, outlet FROM articles WHERE id = ?"
    static let articleMetadata = "SELECT metadata, source_path FROM articles WHERE id = ?"
    static let updateArticleMetadata = """
        UPDATE articles SET title = ?, outlet = ?, url = ?, author = ?, published_date = ?, metadata = ? WHERE id = ?
        """
    static let articlesWithoutFingerprint = """
        SELECT id, text FROM articles WHERE id NOT IN (SELECT article_id FROM article_fingerprints WHERE band = 0)
        """
    static let fingerprintCounts = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_fingerprints WHERE band = 0)"

    static let electionByName = """
        SELECT id FROM elections
        WHERE ags IS ? AND name IS ? AND election_date IS ?
        LIMIT 1
        """
    static let insertElection = """
        INSERT INTO elections (ags, name, election_date, office, round, year) VALUES (?, ?, ?, ?, ?, ?)
        """
    /// The election of an office in a place, year and round (the first when none is known).
    static let electionByOffice = """
        SELECT id FROM elections
        WHERE ags IS ? AND office = ? AND year = ? AND coalesce(round, 1) = coalesce(?, 1)
        ORDER BY id LIMIT 1
        """
    /// What the text says of an election, where the row does not know it yet.
    static let completeElection = """
        UPDATE elections SET office = coalesce(office, ?), round = coalesce(round, ?), year = coalesce(year, ?)
        WHERE id = ? AND (office IS NULL OR round IS NULL OR year IS NULL)
        """

    /// A forum is the same event when place and date agree (and the election, when both name one).
    static let forumByPlaceAndDate = """
        SELECT id, election_id FROM forums
        WHERE ags = ? AND forum_date = ? AND (election_id IS NULL OR ? IS NULL OR election_id = ?)
        ORDER BY id LIMIT 1
        """
    static let insertForum = """
        INSERT INTO forums (ags, state, election_id, forum_date, venue, title) VALUES (?, ?, ?, ?, ?, ?)
        """
    static let setForumElection = "UPDATE forums SET election_id = ? WHERE id = ? AND election_id IS NULL"
    static let setForumVenue = "UPDATE forums SET venue = ? WHERE id = ? AND venue IS NULL"

    static let insertArticle = """
        INSERT INTO articles
            (forum_id, kind, ags, state, import_run_id, title, outlet, url, author, published_date, source_path,
             source_format, source_encoding, content_hash, original_text, text, metadata, imported_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let insertSection = "INSERT INTO sections (article_id, ordinal, heading) VALUES (?, ?, ?)"
    static let insertParagraph = """
        INSERT INTO paragraphs (article_id, section_id, ordinal, text, stems, facets) VALUES (?, ?, ?, ?, ?, ?)
        """
    static let insertLink = "INSERT OR IGNORE INTO links (article_id, url, kind, label) VALUES (?, ?, ?, ?)"

    /// The name of everyone who stood in an election of this municipality (NULL: of no
    /// municipality), for ``CandidateRoster``.
    static let roster = """
        SELECT p.name, p.id FROM elections e
        JOIN candidacies c ON c.election_id = e.id
        JOIN persons p ON p.id = c.person_id
        WHERE e.ags IS ?
        """
    static let personsByAlias = "SELECT person_id FROM person_aliases WHERE alias = ?"
    static let personName = "SELECT name FROM persons WHERE id = ?"
    static let electionMunicipality = "SELECT ags FROM elections WHERE id = ?"
    static let insertPerson = "INSERT INTO persons (name, given_name, family_name, title) VALUES (?, ?, ?, ?)"
    static let insertAlias = "INSERT OR IGNORE INTO person_aliases (person_id, alias, kind) VALUES (?, ?, ?)"
    static let partyBySpelling = "SELECT party_id FROM party_spellings WHERE spelling = ?"
    static let partyByName = "SELECT id FROM parties WHERE name = ? COLLATE NOCASE"
    /// The last value is 1 for a party no catalogue lists (a local list), as written in the text.
    static let insertParty = "INSERT INTO parties (name, short_name, local) VALUES (?, ?, ?)"
    static let insertPartySpelling = "INSERT OR IGNORE INTO party_spellings (spelling, party_id) VALUES (?, ?)"
    static let candidacy = "SELECT id, party_id FROM candidacies WHERE person_id = ? AND election_id = ?"
    static let insertCandidacy = """
        INSERT INTO candidacies (person_id, election_id, party_id, party_spelling) VALUES (?, ?, ?, ?)
        """
    static let insertParticipant = "INSERT OR IGNORE INTO forum_participants (forum_id, candidacy_id) VALUES (?, ?)"
    static let setCandidacyParty = """
        UPDATE candidacies SET party_id = ?, party_spelling = ? WHERE id = ? AND party_id IS NULL
        """

    static let insertMention = """
        INSERT INTO mentions (paragraph_id, person_id, start_offset, end_offset, surface) VALUES (?, ?, ?, ?, ?)
        """
    static let insertQuote = """
        INSERT INTO quotes (paragraph_id, start_offset, end_offset, text, speaker_surface, person_id, attribution, speaker_role)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let insertOther = "INSERT OR IGNORE INTO forum_others (forum_id, person_id, role, description) VALUES (?, ?, ?, ?)"
    static let topicByName = "SELECT id FROM topics WHERE name = ?"
    static let insertParagraphTopic = "INSERT OR IGNORE INTO paragraph_topics (paragraph_id, topic_id) VALUES (?, ?)"
    static let insertQuoteTopic = "INSERT OR IGNORE INTO quote_topics (quote_id, topic_id) VALUES (?, ?)"
    static let organizationByName = """
        SELECT id FROM organizations WHERE name = ? COLLATE NOCASE OR (? IS NOT NULL AND short_name = ?) ORDER BY id LIMIT 1
        """
    static let insertOrganization = "INSERT INTO organizations (name, short_name) VALUES (?, ?)"
    static let setOrganizationShortName = "UPDATE organizations SET short_name = ? WHERE id = ? AND short_name IS NULL"
    static let insertForumOrganizer = "INSERT OR IGNORE INTO forum_organizers (forum_id, organization_id, surface) VALUES (?, ?, ?)"

    static let insertImportRun = """
        INSERT INTO import_runs (started_at, podium_version, arguments) VALUES (?, ?, ?)
        """
    static let insertImportError = """
        INSERT INTO import_errors (import_run_id, source_path, record, reason) VALUES (?, ?, ?, ?)
        """
    static let finishImportRun = """
        UPDATE import_runs SET finished_at = ?, imported = ?, duplicates = ?, failed = ? WHERE id = ?
        """
}
