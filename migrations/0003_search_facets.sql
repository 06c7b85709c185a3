-- podium archive schema, version 3: search facets.
-- The filters of search (place, state, year, people, parties, topics, organisers, quoted
-- speech) become words of a third column of the full-text index, so that FTS5 intersects a
-- filter with the words searched for instead of SQLite joining every match. The view
-- `paragraph_facet_tokens` below makes the words; podium refreshes `paragraphs.facets` from it
-- whenever an article is stored or reprocessed, and `podium reindex` refreshes all (after
-- edits in SQL).

ALTER TABLE paragraphs ADD COLUMN facets TEXT NOT NULL DEFAULT '';

DROP TRIGGER paragraphs_fts_after_insert;
DROP TRIGGER paragraphs_fts_after_delete;
DROP TRIGGER paragraphs_fts_after_update;
DROP TABLE paragraphs_fts;

-- Tokens, all letters and digits so that the unicode61 tokenizer keeps each whole:
--   fa07315000   the forum's municipality (AGS)       fs + hex   its state (hex of the name)
--   fy2019       the forum's year
--   fp12         a person quoted or named              fq3        the party of their candidacy
--   ft5          a topic of the paragraph              fo7        an organiser of the forum
--   fquote       the paragraph quotes someone
CREATE VIEW paragraph_facet_tokens AS
SELECT
    p.id AS paragraph_id,
    trim(
        coalesce(' fa' || f.ags, '')
        || coalesce(' fs' || hex(f.state), '')
        || coalesce(' fy' || substr(f.forum_date, 1, 4), '')
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
JOIN forums f ON f.id = a.forum_id;

UPDATE paragraphs SET facets = (SELECT facets FROM paragraph_facet_tokens WHERE paragraph_id = paragraphs.id);

-- Written content="paragraphs" exactly so: that is how Datasette and sqlite-utils find the
-- full-text index of a table (version 1, as it landed, wrote it with spaces, which they miss).
CREATE VIRTUAL TABLE paragraphs_fts USING fts5 (
    text,
    stems,
    facets,
    content="paragraphs",
    content_rowid="id",
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER paragraphs_fts_after_insert AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraphs_fts (rowid, text, stems, facets) VALUES (new.id, new.text, new.stems, new.facets);
END;
CREATE TRIGGER paragraphs_fts_after_delete AFTER DELETE ON paragraphs BEGIN
    INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text, stems, facets)
    VALUES ('delete', old.id, old.text, old.stems, old.facets);
END;
CREATE TRIGGER paragraphs_fts_after_update AFTER UPDATE OF text, stems, facets ON paragraphs BEGIN
    INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text, stems, facets)
    VALUES ('delete', old.id, old.text, old.stems, old.facets);
    INSERT INTO paragraphs_fts (rowid, text, stems, facets) VALUES (new.id, new.text, new.stems, new.facets);
END;

INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('rebuild');
