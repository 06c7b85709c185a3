-- podium archive schema, version 13: one story, many outlets.
--
-- The same report often appears in several outlets, or under a second address, sometimes with
-- a new title, an outlet's line or a word changed. An import that meets a text the archive
-- holds, or a near copy of one, keeps the story once (its paragraphs, quotes and candidates are
-- not counted twice) and records the copy here as another source of the stored article: its
-- outlet, address, title and day, and its text where it differs, so that nothing is lost.
CREATE TABLE article_sources (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    import_run_id   INTEGER REFERENCES import_runs (id) ON DELETE SET NULL,
    outlet          TEXT,
    url             TEXT,
    title           TEXT,
    published_date  TEXT CHECK (published_date IS NULL OR published_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source_path     TEXT NOT NULL,
    text            TEXT,           -- the copy's text, where it is not the article's
    distance        INTEGER NOT NULL DEFAULT 0,  -- bits between the fingerprints: 0 for the same text
    imported_at     TEXT NOT NULL
) STRICT;
CREATE INDEX article_sources_by_article ON article_sources (article_id);

-- The fingerprint of each article's text (SimHash of its word shingles), in four 16-bit bands:
-- a near copy, within three bits, shares at least one band, so four lookups find it.
CREATE TABLE article_fingerprints (
    band            INTEGER NOT NULL CHECK (band BETWEEN 0 AND 3),
    value           INTEGER NOT NULL,
    article_id      INTEGER NOT NULL,  -- no reference: a deleted article's rows are skipped
    fingerprint     INTEGER NOT NULL,  -- the whole 64 bits, as a signed integer
    PRIMARY KEY (band, value, article_id)
) STRICT, WITHOUT ROWID;
