-- podium archive schema, version 7: a word index of people's names.
-- A filter by candidate (`podium search --candidate`, the listings) takes any spelling of a
-- name, ignoring case and diacritics. Comparing that with every name and alias in Swift read
-- the whole of both tables: 1.4 s and 300 MB at 350,000 persons. These two indexes fold words as
-- search does (unicode61, remove_diacritics 2), so podium looks up the few names that contain
-- the words of the one asked for and compares only those.
--
-- External content, like paragraphs_fts, so that the sqlite3 shell, sqlite-utils and Datasette
-- find them too:
--   SELECT rowid, name FROM persons_fts WHERE persons_fts MATCH 'kurwitz';
-- The triggers keep them in step with the tables; an import turns its connection's triggers off
-- and indexes the names its batch added just before it commits, as it does the paragraphs.
CREATE VIRTUAL TABLE persons_fts USING fts5 (
    name,
    family_name,
    content="persons",
    content_rowid="id",
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE person_aliases_fts USING fts5 (
    alias,
    content="person_aliases",
    content_rowid="id",
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER persons_fts_after_insert AFTER INSERT ON persons BEGIN
    INSERT INTO persons_fts (rowid, name, family_name) VALUES (new.id, new.name, new.family_name);
END;
CREATE TRIGGER persons_fts_after_delete AFTER DELETE ON persons BEGIN
    INSERT INTO persons_fts (persons_fts, rowid, name, family_name) VALUES ('delete', old.id, old.name, old.family_name);
END;
CREATE TRIGGER persons_fts_after_update AFTER UPDATE OF id, name, family_name ON persons BEGIN
    INSERT INTO persons_fts (persons_fts, rowid, name, family_name) VALUES ('delete', old.id, old.name, old.family_name);
    INSERT INTO persons_fts (rowid, name, family_name) VALUES (new.id, new.name, new.family_name);
END;

CREATE TRIGGER person_aliases_fts_after_insert AFTER INSERT ON person_aliases BEGIN
    INSERT INTO person_aliases_fts (rowid, alias) VALUES (new.id, new.alias);
END;
CREATE TRIGGER person_aliases_fts_after_delete AFTER DELETE ON person_aliases BEGIN
    INSERT INTO person_aliases_fts (person_aliases_fts, rowid, alias) VALUES ('delete', old.id, old.alias);
END;
CREATE TRIGGER person_aliases_fts_after_update AFTER UPDATE OF id, alias ON person_aliases BEGIN
    INSERT INTO person_aliases_fts (person_aliases_fts, rowid, alias) VALUES ('delete', old.id, old.alias);
    INSERT INTO person_aliases_fts (rowid, alias) VALUES (new.id, new.alias);
END;

INSERT INTO persons_fts (persons_fts) VALUES ('rebuild');
INSERT INTO person_aliases_fts (person_aliases_fts) VALUES ('rebuild');
