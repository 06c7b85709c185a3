-- podium archive schema, version 9: everyone in the room, and who said what in which role.
--
-- A forum has candidates (forum_participants, as before) and other people: the moderator, an
-- organiser's speaker, an expert on the panel, someone in the audience, an office-holder the
-- report names. A quote belongs to a person in a role; candidate listings and share of voice
-- still count candidates only. A party that no catalogue lists ("Bürger für Musterstadt") is a
-- party of its own, marked local, so that a candidate is never lost over a party's spelling.

ALTER TABLE parties ADD COLUMN local INTEGER NOT NULL DEFAULT 0 CHECK (local IN (0, 1));

-- The people of a forum who are not candidates, in the role the report gives them.
CREATE TABLE forum_others (
    forum_id        INTEGER NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('moderator', 'organiser', 'expert', 'audience', 'other')),
    description     TEXT,           -- how the report introduced them: "Moderatorin", "Landtagsabgeordnete"
    PRIMARY KEY (forum_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX forum_others_by_person ON forum_others (person_id);

-- The speaker's role when the quote was extracted: NULL where nobody could be named.
ALTER TABLE quotes ADD COLUMN speaker_role TEXT
    CHECK (speaker_role IS NULL OR speaker_role IN ('candidate', 'moderator', 'organiser', 'expert', 'audience', 'other'));
UPDATE quotes SET speaker_role = CASE
    WHEN attribution = 'audience' THEN 'audience'
    WHEN person_id IS NOT NULL THEN 'candidate'
END;

-- Who was in the room: the candidates with their parties, and the others with their roles.
CREATE VIEW forum_people AS
SELECT fp.forum_id, c.person_id, pe.name, 'candidate' AS role,
       coalesce(pa.short_name, pa.name, c.party_spelling) AS party, NULL AS description
FROM forum_participants fp
JOIN candidacies c ON c.id = fp.candidacy_id
JOIN persons pe ON pe.id = c.person_id
LEFT JOIN parties pa ON pa.id = c.party_id
UNION ALL
SELECT fo.forum_id, fo.person_id, pe.name, fo.role, NULL AS party, fo.description
FROM forum_others fo
JOIN persons pe ON pe.id = fo.person_id;

DROP VIEW quote_details;
CREATE VIEW quote_details AS
SELECT
    q.id            AS quote_id,
    q.paragraph_id  AS paragraph_id,
    p.article_id    AS article_id,
    q.text          AS text,
    q.speaker_surface AS speaker_surface,
    pe.name         AS speaker,
    q.speaker_role  AS speaker_role,
    coalesce(pa.short_name, pa.name, c.party_spelling) AS party,
    q.attribution   AS attribution,
    f.ags           AS ags,
    m.name          AS municipality,
    f.state         AS state,
    f.forum_date    AS forum_date
FROM quotes q
JOIN paragraphs p ON p.id = q.paragraph_id
JOIN articles a ON a.id = p.article_id
JOIN forums f ON f.id = a.forum_id
LEFT JOIN municipalities m ON m.ags = f.ags
LEFT JOIN persons pe ON pe.id = q.person_id
LEFT JOIN candidacies c ON c.person_id = q.person_id AND c.election_id = f.election_id
LEFT JOIN parties pa ON pa.id = c.party_id;
