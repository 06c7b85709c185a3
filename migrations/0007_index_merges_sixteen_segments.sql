-- podium archive schema, version 7: the full-text indexes merge their segments sixteen at a time.
-- FTS5 writes each batch of new rows as an index segment and merges segments of one size into a
-- larger one as they accumulate: by default four at a time ('automerge' 4), so that every entry
-- is written again at each of many levels. Sixteen at a time writes each entry about half as
-- often: indexing the benchmark's 20,000 articles in its 40 batches took 2.45 s instead of
-- 3.67 s, and queries read a few more, larger segments (their times did not change measurably).
-- The setting is kept in the index's own `_config` table, so it holds for every writer.
INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('automerge', 16);
INSERT INTO paragraphs_trigram (paragraphs_trigram, rank) VALUES ('automerge', 16);
