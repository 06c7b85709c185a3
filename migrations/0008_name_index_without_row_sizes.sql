-- podium archive schema, version 8: the name indexes of version 7 keep no row sizes.
-- Names are matched, never ranked: the size of each row (FTS5's columnsize), which only bm25
-- reads, made an import index 72,000 names in 40 batches in 0.41 s instead of 0.07 s.
-- The triggers of version 7 stay: they name the tables, which are made again here as they
-- were, with `columnsize = 0`, and filled from persons and person_aliases.
DROP TABLE persons_fts;
DROP TABLE person_aliases_fts;

CREATE VIRTUAL TABLE persons_fts USING fts5 (
    name,
    family_name,
    content="persons",
    content_rowid="id",
    tokenize = 'unicode61 remove_diacritics 2',
    columnsize = 0
);

CREATE VIRTUAL TABLE person_aliases_fts USING fts5 (
    alias,
    content="person_aliases",
    content_rowid="id",
    tokenize = 'unicode61 remove_diacritics 2',
    columnsize = 0
);

INSERT INTO persons_fts (persons_fts) VALUES ('rebuild');
INSERT INTO person_aliases_fts (person_aliases_fts) VALUES ('rebuild');
