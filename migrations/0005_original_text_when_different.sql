-- podium archive schema, version 5: `articles.original_text` only where it differs from `text`.
-- Nearly every article reads the same before and after normalisation, and storing the text
-- twice made up a tenth of an archive. Now `original_text` is NULL where it equals `text`
-- byte for byte, so `coalesce(original_text, text)` is the body as read. SQLite cannot make a
-- NOT NULL column nullable in place: the column is dropped and added again, at the end.
CREATE TEMP TABLE original_texts AS
SELECT id, original_text FROM articles WHERE CAST(original_text AS BLOB) IS NOT CAST(text AS BLOB);

ALTER TABLE articles DROP COLUMN original_text;
-- The body as read, before normalisation; NULL when that is exactly `text`.
ALTER TABLE articles ADD COLUMN original_text TEXT;

UPDATE articles SET original_text = (SELECT o.original_text FROM temp.original_texts o WHERE o.id = articles.id)
WHERE id IN (SELECT id FROM temp.original_texts);

DROP TABLE temp.original_texts;
