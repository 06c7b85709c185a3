-- podium archive schema, version 12: the year of an election.
--
-- Reports name the election they are about ("OB-Wahl 2019", "die Bürgermeisterwahl im
-- Herbst") more often than its day. podium now reads the office, the round and the year from
-- the text and keeps the year even where the day is unknown, so that two reports of the same
-- election (same place, office, year and round) share one row, and listings group by it.
ALTER TABLE elections ADD COLUMN year INTEGER CHECK (year IS NULL OR year BETWEEN 1800 AND 2200);
UPDATE elections SET year = CAST(substr(election_date, 1, 4) AS INTEGER) WHERE election_date IS NOT NULL;
CREATE INDEX elections_by_office ON elections (ags, office, year, round);
