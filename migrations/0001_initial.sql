-- podium archive schema, version 1.
-- Tables are plural and snake_case; dates are ISO 8601 text (YYYY-MM-DD), timestamps
-- ISO 8601 UTC (YYYY-MM-DDTHH:MM:SSZ). Every table is STRICT so that types hold.
-- A shipped migration is never changed: later changes are new files.

-- The built-in gazetteer (Destatis GV-ISys); podium fills it when it creates an archive.
CREATE TABLE municipalities (
    ags             TEXT PRIMARY KEY CHECK (length(ags) = 8 AND ags NOT GLOB '*[^0-9]*'),
    name            TEXT NOT NULL,  -- short name: "Kaiserslautern"
    official_name   TEXT NOT NULL,  -- as published: "Kaiserslautern, Stadt"
    district        TEXT,
    state           TEXT NOT NULL,
    population      INTEGER,
    postal_code     TEXT,
    latitude        REAL,
    longitude       REAL
) STRICT;
CREATE INDEX municipalities_by_name ON municipalities (name COLLATE NOCASE);
CREATE INDEX municipalities_by_state ON municipalities (state);

-- An election in a municipality; office, date and round may be unknown.
CREATE TABLE elections (
    id              INTEGER PRIMARY KEY,
    ags             TEXT REFERENCES municipalities (ags),
    name            TEXT,           -- as reported: "Oberbürgermeisterwahl 2023"
    office          TEXT,           -- "Oberbürgermeister", "Gemeinderat", ...
    election_date   TEXT CHECK (election_date IS NULL OR election_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    round           INTEGER CHECK (round IS NULL OR round >= 1)  -- 2 = Stichwahl
) STRICT;
CREATE INDEX elections_by_municipality ON elections (ags, election_date);

-- The event: a panel of candidates before an election.
CREATE TABLE forums (
    id              INTEGER PRIMARY KEY,
    ags             TEXT REFERENCES municipalities (ags),
    state           TEXT,           -- the municipality's state, or the state given without one
    election_id     INTEGER REFERENCES elections (id),
    forum_date      TEXT CHECK (forum_date IS NULL OR forum_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    venue           TEXT,
    title           TEXT
) STRICT;
CREATE INDEX forums_by_municipality ON forums (ags, forum_date);
CREATE INDEX forums_by_date ON forums (forum_date);
CREATE INDEX forums_by_state ON forums (state, forum_date);
CREATE INDEX forums_by_election ON forums (election_id);

-- One import of files; its errors are kept so that nothing fails silently.
CREATE TABLE import_runs (
    id              INTEGER PRIMARY KEY,
    started_at      TEXT NOT NULL,
    finished_at     TEXT,
    podium_version  TEXT NOT NULL,
    arguments       TEXT NOT NULL,  -- the paths and options of the call, as JSON
    imported        INTEGER NOT NULL DEFAULT 0,
    duplicates      INTEGER NOT NULL DEFAULT 0,
    failed          INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE import_errors (
    id              INTEGER PRIMARY KEY,
    import_run_id   INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
    source_path     TEXT NOT NULL,
    record          INTEGER,        -- line of a .jsonl file, index in a JSON array
    reason          TEXT NOT NULL
) STRICT;
CREATE INDEX import_errors_by_run ON import_errors (import_run_id);

-- The report of a forum as it was published.
CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    forum_id        INTEGER NOT NULL REFERENCES forums (id),
    import_run_id   INTEGER REFERENCES import_runs (id) ON DELETE SET NULL,
    title           TEXT,
    outlet          TEXT,
    url             TEXT,
    author          TEXT,
    published_date  TEXT CHECK (published_date IS NULL OR published_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source_path     TEXT NOT NULL,
    source_format   TEXT NOT NULL CHECK (source_format IN ('txt', 'md', 'html', 'json', 'jsonl')),
    source_encoding TEXT NOT NULL DEFAULT 'UTF-8',
    content_hash    TEXT NOT NULL UNIQUE,  -- SHA-256 of the normalised text: one article, one row
    original_text   TEXT NOT NULL,         -- the body as read, before normalisation
    text            TEXT NOT NULL,         -- the normalised body
    metadata        TEXT NOT NULL DEFAULT '{}',  -- the metadata given (options, front matter, JSON keys), as JSON
    imported_at     TEXT NOT NULL
) STRICT;
CREATE INDEX articles_by_forum ON articles (forum_id);
CREATE INDEX articles_by_outlet ON articles (outlet);

-- A part of an article under one heading; ordinal 0 is the part before the first heading.
CREATE TABLE sections (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    heading         TEXT,
    UNIQUE (article_id, ordinal)
) STRICT;

-- The unit of search: one paragraph of an article.
CREATE TABLE paragraphs (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    section_id      INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,      -- position in the article, from 1
    text            TEXT NOT NULL,
    stems           TEXT NOT NULL DEFAULT '',  -- the text's German stems, for stemmed search
    UNIQUE (article_id, ordinal)
) STRICT;
CREATE INDEX paragraphs_by_section ON paragraphs (section_id);

-- Full-text index over paragraphs (external content), readable with the stock sqlite3 shell:
--   SELECT rowid, text FROM paragraphs_fts WHERE paragraphs_fts MATCH 'digitalisierung';
-- Written content="paragraphs" exactly so: that is how Datasette and sqlite-utils find the
-- full-text index of a table.
CREATE VIRTUAL TABLE paragraphs_fts USING fts5 (
    text,
    stems,
    content="paragraphs",
    content_rowid="id",
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Triggers keep the index in step with the table, also for rows written from the shell.
CREATE TRIGGER paragraphs_fts_after_insert AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraphs_fts (rowid, text, stems) VALUES (new.id, new.text, new.stems);
END;
CREATE TRIGGER paragraphs_fts_after_delete AFTER DELETE ON paragraphs BEGIN
    INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text, stems)
    VALUES ('delete', old.id, old.text, old.stems);
END;
CREATE TRIGGER paragraphs_fts_after_update AFTER UPDATE OF text, stems ON paragraphs BEGIN
    INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text, stems)
    VALUES ('delete', old.id, old.text, old.stems);
    INSERT INTO paragraphs_fts (rowid, text, stems) VALUES (new.id, new.text, new.stems);
END;

-- People, and every spelling under which they appeared.
CREATE TABLE persons (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,  -- the canonical full name: "Thomas Kürwitz"
    given_name      TEXT,
    family_name     TEXT,
    title           TEXT            -- academic title: "Dr.", "Prof. Dr."
) STRICT;
CREATE INDEX persons_by_name ON persons (name);
CREATE INDEX persons_by_family_name ON persons (family_name);

CREATE TABLE person_aliases (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    alias           TEXT NOT NULL,  -- "Kurzwitz"
    kind            TEXT NOT NULL,  -- 'spelling', 'surname', 'misspelling', ...
    UNIQUE (person_id, alias)
) STRICT;
CREATE INDEX person_aliases_by_alias ON person_aliases (alias);

CREATE TABLE parties (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,  -- canonical: "Bündnis 90/Die Grünen"
    short_name      TEXT                   -- "Grüne"
) STRICT;

CREATE TABLE party_spellings (
    spelling        TEXT PRIMARY KEY COLLATE NOCASE,  -- "GRÜNE", "Grüne", "B90/Grüne"
    party_id        INTEGER NOT NULL REFERENCES parties (id) ON DELETE CASCADE
) STRICT;

-- A person standing in an election, for a party (or none): the party belongs here.
CREATE TABLE candidacies (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    election_id     INTEGER NOT NULL REFERENCES elections (id) ON DELETE CASCADE,
    party_id        INTEGER REFERENCES parties (id),
    party_spelling  TEXT,           -- the party as the source wrote it
    UNIQUE (person_id, election_id)
) STRICT;
CREATE INDEX candidacies_by_election ON candidacies (election_id);

-- Who sat on the panel of a forum.
CREATE TABLE forum_participants (
    forum_id        INTEGER NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
    candidacy_id    INTEGER NOT NULL REFERENCES candidacies (id) ON DELETE CASCADE,
    PRIMARY KEY (forum_id, candidacy_id)
) STRICT;
CREATE INDEX forum_participants_by_candidacy ON forum_participants (candidacy_id);

CREATE TABLE organizations (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,  -- "Bundesverband mittelständische Unternehmen"
    short_name      TEXT                   -- "BVMW"
) STRICT;

CREATE TABLE forum_organizers (
    forum_id        INTEGER NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    surface         TEXT,           -- as the article named it
    PRIMARY KEY (forum_id, organization_id)
) STRICT;
CREATE INDEX forum_organizers_by_organization ON forum_organizers (organization_id);

-- Direct speech in a paragraph; offsets count characters (Unicode scalars) of paragraphs.text.
CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    paragraph_id    INTEGER NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
    start_offset    INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset      INTEGER NOT NULL CHECK (end_offset >= start_offset),
    text            TEXT NOT NULL,
    speaker_surface TEXT,           -- how the article names the speaker: "Pfeiffer", "er"
    person_id       INTEGER REFERENCES persons (id) ON DELETE SET NULL,  -- NULL: unknown or not a candidate
    attribution     TEXT NOT NULL   -- how: 'speech_verb' (a verb by a name), 'subject' (the sentence's or
                                    -- paragraph's candidate), 'context' (a pronoun or description resolved
                                    -- to the candidate of the preceding sentences), 'audience', 'unresolved'
) STRICT;
CREATE INDEX quotes_by_paragraph ON quotes (paragraph_id);
CREATE INDEX quotes_by_person ON quotes (person_id);

-- A person named in a paragraph.
CREATE TABLE mentions (
    id              INTEGER PRIMARY KEY,
    paragraph_id    INTEGER NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
    person_id       INTEGER REFERENCES persons (id) ON DELETE SET NULL,  -- NULL: ambiguous
    start_offset    INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset      INTEGER NOT NULL CHECK (end_offset >= start_offset),
    surface         TEXT NOT NULL
) STRICT;
CREATE INDEX mentions_by_paragraph ON mentions (paragraph_id);
CREATE INDEX mentions_by_person ON mentions (person_id);

-- The topic taxonomy and its German term patterns.
CREATE TABLE topics (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE  -- "Kinderbetreuung/Kita"
) STRICT;

CREATE TABLE topic_terms (
    id              INTEGER PRIMARY KEY,
    topic_id        INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    pattern         TEXT NOT NULL,
    UNIQUE (topic_id, pattern)
) STRICT;

CREATE TABLE paragraph_topics (
    paragraph_id    INTEGER NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
    topic_id        INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    PRIMARY KEY (paragraph_id, topic_id)
) STRICT;
CREATE INDEX paragraph_topics_by_topic ON paragraph_topics (topic_id);

CREATE TABLE quote_topics (
    quote_id        INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    topic_id        INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, topic_id)
) STRICT;
CREATE INDEX quote_topics_by_topic ON quote_topics (topic_id);

-- Links an article gives: the video stream, the source, the canonical page.
CREATE TABLE links (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    url             TEXT NOT NULL,
    kind            TEXT NOT NULL,  -- 'video', 'source', 'canonical', 'other'
    label           TEXT,           -- the words before the link: "im Netz gesehen"
    UNIQUE (article_id, url)
) STRICT;

-- Flat rows for ad-hoc queries.
CREATE VIEW paragraph_details AS
SELECT
    p.id            AS paragraph_id,
    p.article_id    AS article_id,
    a.forum_id      AS forum_id,
    p.ordinal       AS ordinal,
    s.heading       AS heading,
    p.text          AS text,
    f.ags           AS ags,
    m.name          AS municipality,
    f.state         AS state,
    f.forum_date    AS forum_date,
    coalesce(a.title, f.title) AS title,
    a.outlet        AS outlet,
    a.url           AS url
FROM paragraphs p
JOIN articles a ON a.id = p.article_id
JOIN sections s ON s.id = p.section_id
JOIN forums f ON f.id = a.forum_id
LEFT JOIN municipalities m ON m.ags = f.ags;

CREATE VIEW quote_details AS
SELECT
    q.id            AS quote_id,
    q.paragraph_id  AS paragraph_id,
    p.article_id    AS article_id,
    q.text          AS text,
    q.speaker_surface AS speaker_surface,
    pe.name         AS speaker,
    coalesce(pa.short_name, pa.name, c.party_spelling) AS party,
    q.attribution   AS attribution,
    f.ags           AS ags,
    m.name          AS municipality,
    f.state         AS state,
    f.forum_date    AS forum_date
FROM quotes q
JOIN paragraphs p ON p.id = q.paragraph_id
JOIN articles a ON a.id = p.article_id
JOIN forums f ON f.id = a.forum_id
LEFT JOIN municipalities m ON m.ags = f.ags
LEFT JOIN persons pe ON pe.id = q.person_id
LEFT JOIN candidacies c ON c.person_id = q.person_id AND c.election_id = f.election_id
LEFT JOIN parties pa ON pa.id = c.party_id;
