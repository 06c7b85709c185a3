-- podium archive schema, version 4: imports index a batch of paragraphs at once.
-- A trigger that writes to an FTS5 table runs inside a statement savepoint, and FTS5 (SQLite
-- 3.40) writes its pending terms out as a new index segment at every savepoint: one segment,
-- and soon a merge, per paragraph. That made the full-text index most of an import's cost.
--
-- While podium imports, it keeps one row here, inside its own transaction: paragraphs with ids
-- from `first_paragraph_id` on are not indexed by the triggers; podium indexes them in one
-- statement each (for each index) just before it commits the batch, and deletes the row in the
-- same transaction. So the table is empty in every committed state (`podium check` says so),
-- and the triggers work as before for everyone else: the sqlite3 shell, Datasette, podium's
-- other commands.
CREATE TABLE paragraphs_index_pending (
    first_paragraph_id INTEGER NOT NULL
) STRICT;

DROP TRIGGER paragraphs_fts_after_insert;
DROP TRIGGER paragraphs_fts_after_delete;
DROP TRIGGER paragraphs_fts_after_update;
DROP TRIGGER paragraphs_trigram_after_insert;
DROP TRIGGER paragraphs_trigram_after_delete;
DROP TRIGGER paragraphs_trigram_after_update;

CREATE TRIGGER paragraphs_fts_after_insert AFTER INSERT ON paragraphs
WHEN NOT EXISTS (SELECT 1 FROM paragraphs_index_pending WHERE new.id >= first_paragraph_id)
BEGIN
    INSERT INTO paragraphs_fts (rowid, text, stems, facets) VALUES (new.id, new.text, new.stems, new.facets);
END;
CREATE TRIGGER paragraphs_fts_after_delete AFTER DELETE ON paragraphs
WHEN NOT EXISTS (SELECT 1 FROM paragraphs_index_pending WHERE old.id >= first_paragraph_id)
BEGIN
    INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text, stems, facets)
    VALUES ('delete', old.id, old.text, old.stems, old.facets);
END;
CREATE TRIGGER paragraphs_fts_after_update AFTER UPDATE OF text, stems, facets ON paragraphs
WHEN NOT EXISTS (SELECT 1 FROM paragraphs_index_pending WHERE old.id >= first_paragraph_id)
BEGIN
    INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text, stems, facets)
    VALUES ('delete', old.id, old.text, old.stems, old.facets);
    INSERT INTO paragraphs_fts (rowid, text, stems, facets) VALUES (new.id, new.text, new.stems, new.facets);
END;

CREATE TRIGGER paragraphs_trigram_after_insert AFTER INSERT ON paragraphs
WHEN EXISTS (SELECT 1 FROM search_settings WHERE name = 'substring_index' AND value = 'on')
    AND NOT EXISTS (SELECT 1 FROM paragraphs_index_pending WHERE new.id >= first_paragraph_id)
BEGIN
    INSERT INTO paragraphs_trigram (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER paragraphs_trigram_after_delete AFTER DELETE ON paragraphs
WHEN EXISTS (SELECT 1 FROM search_settings WHERE name = 'substring_index' AND value = 'on')
    AND NOT EXISTS (SELECT 1 FROM paragraphs_index_pending WHERE old.id >= first_paragraph_id)
BEGIN
    INSERT INTO paragraphs_trigram (paragraphs_trigram, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER paragraphs_trigram_after_update AFTER UPDATE OF text ON paragraphs
WHEN EXISTS (SELECT 1 FROM search_settings WHERE name = 'substring_index' AND value = 'on')
    AND NOT EXISTS (SELECT 1 FROM paragraphs_index_pending WHERE old.id >= first_paragraph_id)
BEGIN
    INSERT INTO paragraphs_trigram (paragraphs_trigram, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO paragraphs_trigram (rowid, text) VALUES (new.id, new.text);
END;
