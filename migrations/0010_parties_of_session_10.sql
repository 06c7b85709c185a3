-- Parties and spellings that data/parties.csv gained in session 10 (issue 19), for archives made
-- before: "B 90/Die Grünen", dieBasis, the Bayernpartei. A new archive is filled from data/ after
-- its migrations, so these statements only touch an archive that already has its parties; a
-- party or spelling a user has already added, renamed or removed in SQL is left as it is.

INSERT INTO parties (name, short_name, local)
SELECT name, short_name, 0
FROM (SELECT 'Basisdemokratische Partei Deutschland' AS name, 'dieBasis' AS short_name
      UNION ALL SELECT 'Bayernpartei', 'Bayernpartei') AS added
WHERE EXISTS (SELECT 1 FROM parties)
  AND NOT EXISTS (SELECT 1 FROM parties AS known WHERE known.name = added.name OR known.short_name = added.short_name);

INSERT OR IGNORE INTO party_spellings (spelling, party_id)
SELECT added.spelling, parties.id
FROM (SELECT 'B 90/Die Grünen' AS spelling, 'Grüne' AS short_name
      UNION ALL SELECT 'B 90/Grüne', 'Grüne'
      UNION ALL SELECT 'dieBasis', 'dieBasis'
      UNION ALL SELECT 'Die Basis', 'dieBasis'
      UNION ALL SELECT 'Die Basis Partei', 'dieBasis'
      UNION ALL SELECT 'Bayernpartei', 'Bayernpartei') AS added
JOIN parties ON parties.short_name = added.short_name AND parties.local = 0;
