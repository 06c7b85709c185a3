#!/usr/bin/env python3
"""Scores podium's extraction against hand-written labels (`make eval`).

Each labelled article is a text file and a JSON file of labels: `NAME.txt` beside
`NAME.labels.json`, or `texts/NAME.txt` with `labels/NAME.json` in a folder of both. Every
article is imported alone, as a user would import it (the text only, no metadata), into a
fresh archive; what podium extracted is read back with SQL and compared with the labels.

    python3 scripts/eval.py [--podium BIN] [--details] FOLDER...

The labels (see fixtures/labelled/README.md):
  kind              forum_report | election_other | other
  municipality      the forum's place as the text makes it clear, or null
  forum_date        YYYY-MM-DD where the text states it, or null
  election          {office, round, year, date} or null
  organizers        [names]
  candidates        [{name, party}]   party null when the text gives none
  others            [{name, role}]    moderator, organiser, expert, audience, other, ...
  quotes            [{starts, speaker, role}]   speaker null when the text does not make it clear

Prints recall and precision per field over all articles, and per article with --details.
"""
import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
from concurrent.futures import ThreadPoolExecutor

TITLES = {"dr", "prof", "dipl", "ing", "med", "jur", "rer", "nat", "phil", "h", "c", "mba"}

PARTY_ALIASES = {
    "grune": "gruene", "gruene": "gruene", "bundnis 90/die grunen": "gruene", "b90/grune": "gruene",
    "die grunen": "gruene", "bundnis 90/grune": "gruene", "grunen": "gruene", "bundnis90/die grunen": "gruene",
    "b 90/die grunen": "gruene", "b90/die grunen": "gruene", "b 90/grune": "gruene",
    "die linke": "linke", "linke": "linke", "die linke.": "linke",
    "freie wahler": "fw", "fw": "fw", "fwg": "fw", "freie wahlergemeinschaft": "fw", "fwv": "fw",
    "parteilos": "parteilos", "unabhangig": "parteilos", "ptl.": "parteilos", "unabh.": "parteilos",
    "einzelbewerber": "parteilos", "parteiunabhangig": "parteilos", "einzelbewerberin": "parteilos",
    "einzelkandidat": "parteilos", "einzelkandidatin": "parteilos", "unabhangiger kandidat": "parteilos",
    "unabhangige kandidatin": "parteilos", "bsw": "bsw", "bundnis sahra wagenknecht": "bsw",
    "bundnis sahra wagenknecht (bsw)": "bsw",
    "afd": "afd", "alternative fur deutschland": "afd",
    "die partei": "die partei", "partei": "die partei",
    "diebasis": "die basis", "die basis": "die basis",
}


def fold(text):
    """Lower case without diacritics: 'Kürwitz' and 'Kurwitz' compare equal."""
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower().replace("ß", "ss").strip()


def name_parts(name):
    words = [w for w in re.split(r"[\s.]+", fold(name)) if w and w not in TITLES]
    return words


def same_person(a, b):
    """Same family name, and the same given name where both give one."""
    pa, pb = name_parts(a), name_parts(b)
    if not pa or not pb:
        return False
    if pa[-1] != pb[-1]:
        return False
    if len(pa) > 1 and len(pb) > 1:
        return pa[0] == pb[0] or pa[0][0] == pb[0][0] and (len(pa[0]) <= 2 or len(pb[0]) <= 2)
    return True


def party_key(party):
    if party is None:
        return None
    key = fold(party).replace("–", "-").strip()
    key = re.sub(r"\s+", " ", key).replace(" / ", "/").replace(" und ", "/")
    # "für die AfD": a label that keeps the text's words around the party.
    key = re.sub(r"^fur (die |den )?", "", key)
    if key in PARTY_ALIASES:
        return PARTY_ALIASES[key]
    # A joint nomination compares part by part, each with or without its article ("Die Stadtgestalter").
    parts = [part.removeprefix("die ") for part in key.split("/")]
    return "/".join(PARTY_ALIASES.get(part, PARTY_ALIASES.get("die " + part, part)) for part in parts)


def quote_key(text):
    text = fold(text)
    text = re.sub(r"[„“”\"»«‚‘’'`]", "", text)
    return re.sub(r"\W+", " ", text).strip()


class Articles:
    """The labelled articles of the folders given."""

    def __init__(self, folders):
        self.items = []
        for folder in folders:
            if os.path.isdir(os.path.join(folder, "labels")):
                for name in sorted(os.listdir(os.path.join(folder, "labels"))):
                    if name.endswith(".json"):
                        base = name[:-5]
                        self.add(os.path.join(folder, "texts", base + ".txt"), os.path.join(folder, "labels", name))
            else:
                for name in sorted(os.listdir(folder)):
                    if name.endswith(".labels.json"):
                        base = name[: -len(".labels.json")]
                        self.add(os.path.join(folder, base + ".txt"), os.path.join(folder, name))

    def add(self, text, labels):
        with open(labels, encoding="utf-8") as handle:
            self.items.append((text, json.load(handle)))


def columns(db, table):
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def extracted(podium, template, text_path, scratch):
    """What podium stored for one article imported alone."""
    archive = os.path.join(scratch, os.path.basename(text_path) + ".sqlite")
    shutil.copyfile(template, archive)
    result = subprocess.run([podium, "import", "--db", archive, text_path], capture_output=True, text=True)
    db = sqlite3.connect(archive)
    out = {"import": result.returncode, "stderr": result.stderr.strip()}
    article = db.execute("SELECT id, forum_id FROM articles").fetchone()
    if article is None:
        out.update(kind=None, candidates=[], quotes=[], municipality=None, forum_date=None, election=None, organizers=[])
        return out
    article_id, forum_id = article
    kind = None
    if "kind" in columns(db, "articles"):
        kind = db.execute("SELECT kind FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
        # The labels' name for election news that reports no forum.
        kind = {"election_coverage": "election_other"}.get(kind, kind)
    elif forum_id is not None:
        kind = "forum_report"
    out["kind"] = kind
    out["forum"] = forum_id
    participant_roles = "role" in columns(db, "forum_participants")
    candidates = []
    if forum_id is not None:
        sql = """
            SELECT p.name, coalesce(pa.short_name, pa.name, c.party_spelling)
            FROM forum_participants fp JOIN candidacies c ON c.id = fp.candidacy_id
            JOIN persons p ON p.id = c.person_id LEFT JOIN parties pa ON pa.id = c.party_id
            WHERE fp.forum_id = ?"""
        if participant_roles:
            sql += " AND fp.role = 'candidate'"
        candidates = [{"name": n, "party": p} for n, p in db.execute(sql, (forum_id,))]
    out["candidates"] = candidates
    speaker_role = "speaker_role" in columns(db, "quotes")
    quotes = []
    for row in db.execute(
        f"""SELECT q.text, pe.name, q.attribution, {'q.speaker_role' if speaker_role else 'NULL'},
                   (SELECT count(*) FROM candidacies c JOIN forums f ON f.election_id = c.election_id
                    WHERE c.person_id = q.person_id AND f.id = ?)
            FROM quotes q JOIN paragraphs p ON p.id = q.paragraph_id LEFT JOIN persons pe ON pe.id = q.person_id
            WHERE p.article_id = ? ORDER BY q.id""",
        (forum_id, article_id),
    ):
        text, speaker, attribution, role, is_candidate = row
        if role is None:
            role = "candidate" if is_candidate else ("audience" if attribution == "audience" else None)
        quotes.append({"text": text, "speaker": speaker, "attribution": attribution, "role": role})
    out["quotes"] = quotes
    if forum_id is not None:
        year = "e.year" if "year" in columns(db, "elections") else "substr(e.election_date, 1, 4)"
        forum = db.execute(
            f"""SELECT m.name, f.forum_date, e.office, e.round, e.election_date, e.name, {year}
               FROM forums f LEFT JOIN municipalities m ON m.ags = f.ags LEFT JOIN elections e ON e.id = f.election_id
               WHERE f.id = ?""",
            (forum_id,),
        ).fetchone()
        out["municipality"], out["forum_date"] = forum[0], forum[1]
        out["election"] = {
            "office": forum[2], "round": forum[3], "date": forum[4], "name": forum[5],
            "year": int(forum[6]) if forum[6] else None,
        } if any(forum[2:]) else None
        # An organisation answers to its name and its short name: "Südwestrundfunk (SWR)".
        out["organizers"] = [
            r[0] if not r[1] or r[1] == r[0] else f"{r[0]} ({r[1]})" for r in db.execute(
                "SELECT o.name, o.short_name FROM forum_organizers fo JOIN organizations o ON o.id = fo.organization_id"
                " WHERE fo.forum_id = ?",
                (forum_id,))
        ]
    else:
        out.update(municipality=None, forum_date=None, election=None, organizers=[])
    db.close()
    os.remove(archive)
    return out


class Score:
    def __init__(self):
        self.counts = {}

    def add(self, field, hit, total):
        got = self.counts.setdefault(field, [0, 0])
        got[0] += hit
        got[1] += total

    def line(self, field):
        hit, total = self.counts.get(field, [0, 0])
        share = f"{100 * hit / total:5.1f}%" if total else "    –"
        return f"{field:<58} {share}  ({hit} of {total})"


def score_article(labels, got, score, notes):
    kind = labels.get("kind", "forum_report")
    is_forum = kind == "forum_report"
    kind_right = (got["kind"] or "other") == kind or (got["kind"] is None and kind != "forum_report")
    score.add("kind right", kind_right, 1)
    if not kind_right:
        notes.append(f"kind: {got['kind']} (label {kind})")
    if not is_forum:
        score.add("non-forum articles without candidates", not got["candidates"], 1)
        score.add("non-forum articles without a forum", got.get("forum") is None, 1)
        if got["candidates"]:
            notes.append("candidates in a non-forum article: " + ", ".join(c["name"] for c in got["candidates"]))
        return
    labelled = labels.get("candidates", [])
    found = got["candidates"]
    matched = []
    for candidate in labelled:
        match = next((f for f in found if same_person(f["name"], candidate["name"])), None)
        score.add("candidates found (recall)", match is not None, 1)
        if match is None:
            notes.append(f"missed candidate {candidate['name']} ({candidate.get('party')})")
            continue
        matched.append(match["name"])
        if candidate.get("party") is not None:
            right = party_key(match["party"]) == party_key(candidate["party"])
            score.add("party right, among found candidates with a party", right, 1)
            if not right:
                notes.append(f"party of {candidate['name']}: {match['party']} (label {candidate['party']})")
        else:
            score.add("no party invented, among found candidates without one", match["party"] is None, 1)
            if match["party"] is not None:
                notes.append(f"party of {candidate['name']}: {match['party']} (label none)")
    others = labels.get("others", [])
    for f in found:
        is_candidate = any(same_person(f["name"], c["name"]) for c in labelled)
        score.add("found candidates that are candidates (precision)", is_candidate, 1)
        if not is_candidate:
            other = next((o for o in others if same_person(f["name"], o["name"])), None)
            notes.append(f"not a candidate: {f['name']}" + (f" (label: {other['role']})" if other else ""))
    # Quotes
    for quote in labels.get("quotes", []):
        key = quote_key(quote["starts"])
        match = next((q for q in got["quotes"] if quote_key(q["text"]).startswith(key[:40]) or key[:40] in quote_key(q["text"])), None)
        role = quote.get("role")
        if role == "candidate":
            score.add("candidate quotes found", match is not None, 1)
            if match is None:
                notes.append(f"missed quote „{quote['starts']}“")
                continue
            if quote.get("speaker"):
                right = match["speaker"] is not None and same_person(match["speaker"], quote["speaker"])
                score.add("right speaker, among found candidate quotes", right, 1)
                score.add(f"  by {match['attribution']}: right speaker", right, 1)
                if not right:
                    notes.append(f"speaker of „{quote['starts']}“: {match['speaker'] or '(none)'}, label {quote['speaker']}")
            else:
                score.add("unclear candidate quotes left without a speaker", match["speaker"] is None, 1)
        elif match is not None:
            pinned = match["speaker"] is not None and any(same_person(match["speaker"], c["name"]) for c in labelled)
            score.add("quotes of others pinned on a candidate (lower is better)", pinned, 1)
            if pinned:
                score.add(f"  pinned by {match['attribution']} (count)", 1, 1)
                notes.append(f"„{quote['starts']}“ ({role}) given to {match['speaker']}")
    # Where and when: right where the text states it, and nothing invented where it does not.
    for key, what, where, same in [
        # A label names the place as people do: "Landau" is Landau in der Pfalz, "Bautzen" is
        # Bautzen / Budyšin, "Stolberg" is Stolberg (Rhld.).
        ("municipality", "place", "the text names",
         lambda a, b: fold(a or "") == fold(b) or any(fold(a or "").startswith(fold(b) + s) for s in (" ", "/", "("))),
        ("forum_date", "forum date", "the text states", lambda a, b: a == b),
    ]:
        if labels.get(key):
            right = same(got[key], labels[key])
            score.add(f"{what} right" + ("" if key == "municipality" else f", where {where} it"), right, 1)
            if not right:
                notes.append(f"{what}: {got[key]} (label {labels[key]})")
        else:
            score.add(f"{what} given where {where} none (lower is better)", bool(got[key]), 1)
            if got[key]:
                notes.append(f"{what} given where {where} none: {got[key]}")
    if labels.get("election"):
        election = got["election"] or {}
        label = labels["election"]
        office = fold(election.get("office") or "") == fold(label.get("office") or "")
        score.add("election office right", office, 1)
        if not office:
            notes.append(f"election office: {election.get('office')} (label {label.get('office')})")
        for key, what in [("round", "election round right, where the text makes it clear"),
                          ("year", "election year right, where the text states it"),
                          ("date", "election day right, where the text states it")]:
            if label.get(key) is not None:
                right = election.get(key) == label[key]
                score.add(what, right, 1)
                if not right:
                    notes.append(f"election {key}: {election.get(key)} (label {label[key]})")
            elif key != "round":
                given = election.get(key) is not None
                score.add(f"election {key} given where the text states none (lower is better)", given, 1)
                if given:
                    notes.append(f"election {key} given where the text states none: {election.get(key)}")
    def same_organisation(label, found):
        """'Freie Wählergemeinschaft (AUF)' answers to 'Freie Wählergemeinschaft AUF', its name and its short name."""
        name, _, short = found.partition(" (")
        short = short.rstrip(")")
        forms = [found, name] + ([f"{name} {short}"] if short else [])
        return fold(label) == fold(short) or any(fold(label) in fold(f) or fold(f) in fold(label) for f in forms)

    for organizer in labels.get("organizers", []):
        hit = any(same_organisation(organizer, o) for o in got["organizers"])
        score.add("organisers found", hit, 1)
        if not hit:
            notes.append(f"missed organiser: {organizer}")
    for o in got["organizers"]:
        good = any(same_organisation(organizer, o) for organizer in labels.get("organizers", []))
        score.add("found organisers that are organisers (precision)", good, 1)
        if not good:
            notes.append(f"not an organiser: {o}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--podium", default=".build/release/podium")
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--json", help="write the scores to this file")
    args = parser.parse_args()
    articles = Articles(args.folders).items
    if not articles:
        sys.exit("error: no labelled articles in " + ", ".join(args.folders))
    scratch = tempfile.mkdtemp(prefix="podium-eval-")
    try:
        template = os.path.join(scratch, "template.sqlite")
        subprocess.run([args.podium, "migrate", "--db", template], check=True, capture_output=True)
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            results = list(pool.map(lambda item: extracted(args.podium, template, item[0], scratch), articles))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    score = Score()
    for (path, labels), got in zip(articles, results):
        notes = []
        score_article(labels, got, score, notes)
        if args.details and notes:
            print(f"{os.path.basename(path)}:")
            for note in notes:
                print("  " + note)
    if args.details:
        print()
    forum_reports = sum(1 for _, labels in articles if labels.get("kind", "forum_report") == "forum_report")
    print(f"{len(articles)} labelled articles ({forum_reports} forum reports)")
    for field in score.counts:
        print(score.line(field))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({field: {"hit": h, "total": t} for field, (h, t) in score.counts.items()}, handle, indent=1)


if __name__ == "__main__":
    main()
