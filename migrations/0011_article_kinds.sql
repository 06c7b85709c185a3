-- podium archive schema, version 11: what each article reports.
--
-- Not every article about an election reports a forum: results, previews, announcements and
-- portraits are election coverage, and an archive also holds other news. Each article now says
-- what it reports in `kind`; only a forum report belongs to a forum (and so has candidates,
-- participants, quotes and organisers). Every article keeps its own place and state, so that
-- an article without a forum is still found by place, listed and searched. Before this version
-- every article was stored as a forum report: they stay so until `podium reextract` decides again.
--
-- SQLite cannot drop NOT NULL from a column, so the table is made again under its own name
-- (https://sqlite.org/lang_altertable.html#otheralter); the views that read it go first and
-- come back after, with the article's own place and kind.
DROP VIEW paragraph_details;
DROP VIEW quote_details;
DROP VIEW paragraph_facet_tokens;

CREATE TABLE new_articles (
    id              INTEGER PRIMARY KEY,
    forum_id        INTEGER REFERENCES forums (id),  -- the forum it reports; NULL unless kind = 'forum_report'
    kind            TEXT NOT NULL DEFAULT 'forum_report'
                    CHECK (kind IN ('forum_report', 'election_coverage', 'other')),
    ags             TEXT REFERENCES municipalities (ags),  -- the place it reports from
    state           TEXT,           -- the municipality's state, or the state given without one
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
    original_text   TEXT,                  -- the body as read, where normalisation changed it
    text            TEXT NOT NULL,         -- the normalised body
    metadata        TEXT NOT NULL DEFAULT '{}',  -- the metadata given (options, front matter, JSON keys), as JSON
    imported_at     TEXT NOT NULL,
    CHECK ((forum_id IS NOT NULL) = (kind = 'forum_report'))
) STRICT;
INSERT INTO new_articles
    (id, forum_id, kind, ags, state, import_run_id, title, outlet, url, author, published_date, source_path,
     source_format, source_encoding, content_hash, original_text, text, metadata, imported_at)
SELECT a.id, a.forum_id, 'forum_report', f.ags, f.state, a.import_run_id, a.title, a.outlet, a.url, a.author,
       a.published_date, a.source_path, a.source_format, a.source_encoding, a.content_hash, a.original_text, a.text,
       a.metadata, a.imported_at
FROM articles a JOIN forums f ON f.id = a.forum_id
ORDER BY a.id;
DROP TABLE articles;
ALTER TABLE new_articles RENAME TO articles;
CREATE INDEX articles_by_forum ON articles (forum_id);
CREATE INDEX articles_by_outlet ON articles (outlet);
CREATE INDEX articles_by_municipality ON articles (ags, published_date);
CREATE INDEX articles_by_kind ON articles (kind, published_date);

-- Flat rows for ad-hoc queries: every paragraph, with its article's place and kind, and the
-- forum's date where the article reports one.
CREATE VIEW paragraph_details AS
SELECT
    p.id            AS paragraph_id,
    p.article_id    AS article_id,
    a.forum_id      AS forum_id,
    p.ordinal       AS ordinal,
    s.heading       AS heading,
    p.text          AS text,
    a.ags           AS ags,
    m.name          AS municipality,
    a.state         AS state,
    f.forum_date    AS forum_date,
    coalesce(a.title, f.title) AS title,
    a.outlet        AS outlet,
    a.url           AS url,
    a.kind          AS kind,
    a.published_date AS published_date
FROM paragraphs p
JOIN articles a ON a.id = p.article_id
JOIN sections s ON s.id = p.section_id
LEFT JOIN forums f ON f.id = a.forum_id
LEFT JOIN municipalities m ON m.ags = a.ags;

CREATE VIEW quote_details AS
SELECT
    q.id            AS quote_id,
    q.paragraph_id  AS paragraph_id,
    p.article_id    AS article_id,
    q.text          AS text,
    q.speaker_surface AS speaker_surface,
    pe.name         AS speaker,
    q.speaker_role  AS speaker_role,
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

-- The search facets as in version 3, of the article's place; the year is the forum's, or the
-- year of publication of an article that reports no dated forum.
CREATE VIEW paragraph_facet_tokens AS
SELECT
    p.id AS paragraph_id,
    trim(
        coalesce(' fa' || a.ags, '')
        || coalesce(' fs' || hex(a.state), '')
        || coalesce(' fy' || substr(coalesce(f.forum_date, a.published_date), 1, 4), '')
        || coalesce((SELECT group_concat(' fp' || x.person_id, '') FROM (
               SELECT person_id FROM quotes WHERE paragraph_id = p.id AND person_id IS NOT NULL
               UNION SELECT person_id FROM mentions WHERE paragraph_id = p.id AND person_id IS NOT NULL) x), '')
        || coalesce((SELECT group_concat(' fq' || y.party_id, '') FROM (
               SELECT DISTINCT c.party_id FROM candidacies c
               WHERE c.election_id = f.election_id AND c.party_id IS NOT NULL AND c.person_id IN (
                   SELECT person_id FROM quotes WHERE paragraph_id = p.id
                   UNION SELECT person_id FROM mentions WHERE paragraph_id = p.id)) y), '')
        || coalesce((SELECT group_concat(' ft' || topic_id, '') FROM paragraph_topics WHERE paragraph_id = p.id), '')
        || coalesce((SELECT group_concat(' fo' || organization_id, '') FROM forum_organizers WHERE forum_id = f.id), '')
        || CASE WHEN EXISTS (SELECT 1 FROM quotes WHERE paragraph_id = p.id) THEN ' fquote' ELSE '' END
    ) AS facets
FROM paragraphs p
JOIN articles a ON a.id = p.article_id
LEFT JOIN forums f ON f.id = a.forum_id;

-- Reports of undated forums now have the year they were published in.
UPDATE paragraphs SET facets = (SELECT facets FROM paragraph_facet_tokens WHERE paragraph_id = paragraphs.id)
WHERE facets IS NOT (SELECT facets FROM paragraph_facet_tokens WHERE paragraph_id = paragraphs.id);
