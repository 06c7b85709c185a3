#!/usr/bin/env python3
"""What podium answers on one archive, written to files, so that two builds can be compared.

    python3 scripts/snapshot.py PODIUM ARCHIVE OUT

runs searches, every listing and every kind of report against ARCHIVE (only reading it) and
writes each answer to OUT/<name>.<format>. A refactoring that must not change behaviour
passes when `diff -r` of the two folders (old build, new build, same archive) is empty.
Report timestamps are replaced by a fixed word, so that only behaviour differs.
"""
import os
import re
import subprocess
import sys

SEARCHES = [
    ["Glasfasernetz"], ["Hochwasserschutz"], ["Stadt"], ["die"], ['"Der Verkehr muss fließen"'],
    ["Digital*"], ["Schulen"], ["Schule"], ["Kita-Plätze"], ["Kindergartenplätze OR Kita"],
    ["Verkehr -Radweg"], ["Bürgermeister"], ["Buergermeister"], ["Straßenbahn"], ["Strassenbahn"],
    ["Flüchtlinge"], ["Wohnen"], ["Haushalt", "--from", "2018"], ["Stadt", "--from", "2010", "--to", "2015"],
    ["Stadt", "--municipality", "Mainz"], ["Schulen", "--state", "RP"], ["Verkehr", "--topic", "Verkehr"],
    ["Schulen", "--candidate", "Claudia Albers"], ["Schulen", "--party", "SPD"],
    ["Bürger", "--organizer", "Mieterverein"], ["Stadt", "--kind", "other"], ["Stadt", "--kind", "forum_report"],
    ["Stadt", "--outlet", "Stadtpost"], ["Digitalisierung", "--limit", "50"], ["Stadt", "--limit", "5", "--offset", "20"],
    ["Kita", "--quotes"], ["Verkehr", "--quotes", "--state", "Bayern"],
]

FILTERS = [
    [], ["--municipality", "Mainz"], ["--state", "BY"], ["--from", "2015", "--to", "2020"],
    ["--candidate", "Claudia Albers"], ["--party", "Grüne"], ["--topic", "Verkehr"],
    ["--organizer", "Mieterverein"], ["--outlet", "Stadtpost"], ["--kind", "forum_report"], ["--kind", "other"],
]

LISTINGS = ["quotes", "candidates", "forums", "articles"]
REPORT_FORMATS = ["json", "md", "html"]
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?")


def answer(podium, archive, arguments):
    result = subprocess.run([podium, *arguments, "--db", archive], capture_output=True, text=True)
    return f"exit {result.returncode}\n{TIMESTAMP.sub('TIMESTAMP', result.stdout)}{result.stderr}"


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    podium, archive, out = sys.argv[1:]
    os.makedirs(out, exist_ok=True)
    answers = {}
    for number, words in enumerate(SEARCHES):
        for form in ("json", "csv"):
            answers[f"search-{number:02}.{form}"] = ["search", *words, "--format", form]
    for listing in LISTINGS:
        for number, filters in enumerate(FILTERS):
            answers[f"{listing}-{number:02}.json"] = [listing, *filters, "--format", "json", "--limit", "1000"]
        answers[f"{listing}-all.csv"] = [listing, "--format", "csv", "--limit", "100000"]
        answers[f"{listing}-page.table"] = [listing, "--limit", "40", "--offset", "10"]
    forum = subprocess.run(["sqlite3", archive, "SELECT min(id) FROM forums"], capture_output=True, text=True).stdout.strip()
    reports = [[], ["--forum", forum], *FILTERS[1:]]
    for number, filters in enumerate(reports):
        for form in REPORT_FORMATS:
            answers[f"report-{number:02}.{form}"] = ["report", *filters, "--format", form]
    for name, arguments in answers.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as handle:
            handle.write(answer(podium, archive, arguments))
    print(f"{len(answers)} answers in {out}")


if __name__ == "__main__":
    main()
