-- podium archive schema, version 13: every outlet that published an article.
--
-- The same report often appears in several outlets, or under a second address. An import
-- that meets a text the archive holds keeps it once (its paragraphs, quotes and candidates are
-- not counted twice) and, where the copy came from another outlet or address, records that
-- source here, so that no outlet or URL is lost. The article's own metadata stays in `articles`.
CREATE TABLE article_sources (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    import_run_id   INTEGER REFERENCES import_runs (id) ON DELETE SET NULL,
    outlet          TEXT,
    url             TEXT,
    title           TEXT,
    published_date  TEXT CHECK (published_date IS NULL OR published_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source_path     TEXT NOT NULL,
    imported_at     TEXT NOT NULL
) STRICT;
CREATE INDEX article_sources_by_article ON article_sources (article_id);
