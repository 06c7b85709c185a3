-- podium archive schema, version 6: fewer b-tree writes an article, and lookups that seek.
--
-- The link tables (topics of paragraphs and quotes, panels and organisers of forums) are pairs
-- of ids with a primary key. As rowid tables, each link was written three times: the row, the
-- primary key's index and the index by the second id. WITHOUT ROWID, the primary key is the
-- row, so a link is written twice; an import writes about thirty links an article. Same
-- columns, same keys, same names: queries do not change. A view names these tables, so each is
-- copied aside, dropped and created again under its own name (a rename would fail on the view).
CREATE TEMP TABLE saved_paragraph_topics AS SELECT paragraph_id, topic_id FROM paragraph_topics;
DROP TABLE paragraph_topics;
CREATE TABLE paragraph_topics (
    paragraph_id    INTEGER NOT NULL REFERENCES paragraphs (id) ON DELETE CASCADE,
    topic_id        INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    PRIMARY KEY (paragraph_id, topic_id)
) STRICT, WITHOUT ROWID;
INSERT INTO paragraph_topics SELECT paragraph_id, topic_id FROM temp.saved_paragraph_topics ORDER BY 1, 2;
DROP TABLE temp.saved_paragraph_topics;
CREATE INDEX paragraph_topics_by_topic ON paragraph_topics (topic_id);

CREATE TEMP TABLE saved_quote_topics AS SELECT quote_id, topic_id FROM quote_topics;
DROP TABLE quote_topics;
CREATE TABLE quote_topics (
    quote_id        INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    topic_id        INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, topic_id)
) STRICT, WITHOUT ROWID;
INSERT INTO quote_topics SELECT quote_id, topic_id FROM temp.saved_quote_topics ORDER BY 1, 2;
DROP TABLE temp.saved_quote_topics;
CREATE INDEX quote_topics_by_topic ON quote_topics (topic_id);

CREATE TEMP TABLE saved_forum_participants AS SELECT forum_id, candidacy_id FROM forum_participants;
DROP TABLE forum_participants;
-- Who sat on the panel of a forum.
CREATE TABLE forum_participants (
    forum_id        INTEGER NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
    candidacy_id    INTEGER NOT NULL REFERENCES candidacies (id) ON DELETE CASCADE,
    PRIMARY KEY (forum_id, candidacy_id)
) STRICT, WITHOUT ROWID;
INSERT INTO forum_participants SELECT forum_id, candidacy_id FROM temp.saved_forum_participants ORDER BY 1, 2;
DROP TABLE temp.saved_forum_participants;
CREATE INDEX forum_participants_by_candidacy ON forum_participants (candidacy_id);

CREATE TEMP TABLE saved_forum_organizers AS SELECT forum_id, organization_id, surface FROM forum_organizers;
DROP TABLE forum_organizers;
CREATE TABLE forum_organizers (
    forum_id        INTEGER NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    surface         TEXT,           -- as the article named it
    PRIMARY KEY (forum_id, organization_id)
) STRICT, WITHOUT ROWID;
INSERT INTO forum_organizers SELECT forum_id, organization_id, surface FROM temp.saved_forum_organizers ORDER BY 1, 2;
DROP TABLE temp.saved_forum_organizers;
CREATE INDEX forum_organizers_by_organization ON forum_organizers (organization_id);

-- Import asks "did a person of this name stand in this municipality?" and "is there an
-- election of this name here?" for every candidate and article. With the person's id in the
-- index of candidacies by election, and the name in the index of elections by municipality,
-- both are answered from the indexes, without reading the rows. An election without a place
-- is found by its name instead of by walking every election without one. The indexes keep
-- their names and still serve every query they served.
DROP INDEX candidacies_by_election;
CREATE INDEX candidacies_by_election ON candidacies (election_id, person_id);
DROP INDEX elections_by_municipality;
CREATE INDEX elections_by_municipality ON elections (ags, election_date, name);
