-- Opt-in substring search, for the tails of German compounds ("Plätze" in
-- "Kindergartenplätzen"): a trigram index of paragraphs. It costs about three times the text
-- in size, so it is filled and kept in step only after `podium reindex --substring`, which
-- sets search_settings.substring_index to 'on'.

-- Switches of the search indexes, by name.
CREATE TABLE search_settings (
    name            TEXT PRIMARY KEY,
    value           TEXT NOT NULL
) STRICT;

-- Declared with content = 'paragraphs' (spaced) on purpose: Datasette and sqlite-utils take
-- the first `content="paragraphs"` table for a table's search, and that must stay paragraphs_fts.
-- Readable with the stock sqlite3 shell:
--   SELECT rowid FROM paragraphs_trigram WHERE paragraphs_trigram MATCH 'plätze';
CREATE VIRTUAL TABLE paragraphs_trigram USING fts5 (
    text,
    content = 'paragraphs',
    content_rowid = 'id',
    tokenize = 'trigram'
);

CREATE TRIGGER paragraphs_trigram_after_insert AFTER INSERT ON paragraphs
WHEN EXISTS (SELECT 1 FROM search_settings WHERE name = 'substring_index' AND value = 'on')
BEGIN
    INSERT INTO paragraphs_trigram (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER paragraphs_trigram_after_delete AFTER DELETE ON paragraphs
WHEN EXISTS (SELECT 1 FROM search_settings WHERE name = 'substring_index' AND value = 'on')
BEGIN
    INSERT INTO paragraphs_trigram (paragraphs_trigram, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER paragraphs_trigram_after_update AFTER UPDATE OF text ON paragraphs
WHEN EXISTS (SELECT 1 FROM search_settings WHERE name = 'substring_index' AND value = 'on')
BEGIN
    INSERT INTO paragraphs_trigram (paragraphs_trigram, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO paragraphs_trigram (rowid, text) VALUES (new.id, new.text);
END;
