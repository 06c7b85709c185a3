#!/usr/bin/env python3
"""The benchmark behind `make bench SIZE=small|default|large`.

In one run, on one corpus (generated forum reports in every import format, with real news from
10kGNAD mixed in when ../shared/corpora has it): podium's import (articles/s, MB/s, peak memory, database
size), search latency per query class, listing commands, reports and `podium check`; and the
same paragraphs loaded and searched by two baselines, so that ratios hold on a noisy machine:
the raw limit (a bare FTS5 table filled by the stock sqlite3 shell in one transaction) and the
peer (sqlite-utils from PyPI: insert, enable-fts, search). Writes bench/results/SIZE-DATE-COMMIT.json
and prints a table.
"""
import csv
import datetime
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time

SIZES = {"small": 1_000, "default": 20_000, "large": 100_000}
PODIUM = ".build/release/podium"
BENCH = ".build/release/PodiumBench"
SEED = 1

# The same classes as `PodiumBench search`, as raw FTS5 queries (None: the raw table cannot
# answer it: no stems, no trigrams, no metadata).
RAW_QUERIES = {
    "rare_term": "Glasfasernetz",
    "mid_frequency_term": "Hochwasserschutz",
    "common_term": "Stadt",
    "term_in_most_paragraphs": "die",
    "phrase": '"Der Verkehr muss fließen"',
    "prefix": "Digital*",
    "stemmed_form": "Schulen",
}


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def timed(command, stdin=None):
    """Wall seconds and peak resident KiB of a command, by /usr/bin/time."""
    stats = "out/.time"
    start = time.monotonic()
    with open(stdin) if stdin else open(os.devnull) as source:
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", stats] + command, check=True, stdin=source,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.monotonic() - start
    with open(stats) as handle:
        rss_kib = int(handle.read().strip().splitlines()[-1])
    return seconds, rss_kib


def file_bytes(path):
    return sum(os.path.getsize(path + suffix) for suffix in ("", "-wal") if os.path.exists(path + suffix))


def percentiles(samples):
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, -(-len(ordered) * 95 // 100) - 1)]
    return {"cold_ms": samples[0], "p50_ms": ordered[len(ordered) // 2], "p95_ms": p95, "max_ms": ordered[-1]}


def latency(search, make_connection, queries):
    """Cold (a fresh connection) then 39 warm runs of each query, as PodiumBench does."""
    figures = {}
    for label, query in queries.items():
        connection = make_connection()
        samples = []
        for attempt in range(40):
            start = time.perf_counter()
            search(connection if attempt else make_connection(), query)
            samples.append((time.perf_counter() - start) * 1000)
        figures[label] = percentiles(samples)
    return figures


def raw_search(connection, query):
    return connection.execute(
        "SELECT rowid, snippet(paragraphs, 1, '[', ']', '…', 10) FROM paragraphs WHERE paragraphs MATCH ? "
        "ORDER BY rank LIMIT 20", (query,)).fetchall()


def peer_available(venv):
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        try:
            run([sys.executable, "-m", "venv", venv])
            run([python, "-m", "pip", "install", "--quiet", "sqlite-utils"])
        except subprocess.CalledProcessError as error:
            print(f"  sqlite-utils could not be installed, the peer is skipped: {error.stderr.strip()[-200:]}")
            return None
    return python


PEER_SEARCH = """
import json, sys, time, sqlite_utils
queries = json.loads(sys.argv[2])
figures = {}
for label, query in queries.items():
    samples = []
    db = sqlite_utils.Database(sys.argv[1])
    for attempt in range(40):
        if attempt == 0:
            db = sqlite_utils.Database(sys.argv[1])
        start = time.perf_counter()
        list(db["paragraphs"].search(query, limit=20))
        samples.append((time.perf_counter() - start) * 1000)
    figures[label] = samples
print(json.dumps(figures))
"""


def main():
    size = sys.argv[1] if len(sys.argv) > 1 else "small"
    count = SIZES[size]
    folder = f"out/bench-{size}"
    os.makedirs(folder, exist_ok=True)
    archive, raw_db, peer_db = (f"{folder}/{name}.sqlite" for name in ("archive", "raw", "peer"))
    for path in (archive, raw_db, peer_db):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
    corpus = f"{folder}/corpus"
    real_news = "../shared/corpora/10kGNAD-test.csv"
    mix = ["--real", real_news] if os.path.exists(real_news) else []
    print(f"corpus: {count} articles (seed {SEED}) in every import format"
          + (", one in twenty real news from 10kGNAD while they last" if mix else "; 10kGNAD absent, generated only"))
    generated = json.loads(run([BENCH, "generate", str(count), str(SEED), corpus] + mix).stdout)
    text_bytes = generated["text_bytes"]

    print("podium import …")
    seconds, rss = timed([PODIUM, "import", "--db", archive, corpus])
    articles = int(run(["sqlite3", archive, "SELECT count(*) FROM articles"]).stdout)
    paragraphs = int(run(["sqlite3", archive, "SELECT count(*) FROM paragraphs"]).stdout)
    database_bytes = file_bytes(archive)
    result = {
        "size": size, "articles": articles, "paragraphs": paragraphs,
        "corpus": {"formats": generated["formats"], "files": generated["files"], "real_articles": generated["real"]},
        "machine": {"cores": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
                    "sqlite": sqlite3.sqlite_version},
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "commit": run(["git", "rev-parse", "--short", "HEAD"]).stdout.strip(),
        "import": {"seconds": seconds, "articles_per_second": articles / seconds,
                   "text_mb_per_second": text_bytes / 1e6 / seconds, "peak_rss_mb": rss / 1024},
        "database": {"bytes": database_bytes, "bytes_per_article": database_bytes / articles,
                     "text_bytes": text_bytes, "ratio_to_text": database_bytes / text_bytes},
    }

    # People import the same folders again as new articles join them: every article a duplicate.
    print("podium import of the same corpus again …")
    again_seconds, again_rss = timed([PODIUM, "import", "--db", archive, corpus])
    result["import"]["again"] = {"seconds": again_seconds, "articles_per_second": articles / again_seconds,
                                 "peak_rss_mb": again_rss / 1024}
    if int(run(["sqlite3", archive, "SELECT count(*) FROM articles"]).stdout) != articles:
        sys.exit("the second import of the corpus stored articles again")

    # The same paragraphs for the baselines: article id and text, as podium split them.
    paragraphs_csv = f"{folder}/paragraphs.csv"
    with open(paragraphs_csv, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["article_id", "text"])
        for row in sqlite3.connect(archive).execute("SELECT article_id, text FROM paragraphs ORDER BY id"):
            writer.writerow(row)

    print("raw limit: sqlite3 shell, bare FTS5 table, one transaction …")
    load = f"{folder}/raw-load.sql"
    with open(load, "w") as handle:
        handle.write("CREATE VIRTUAL TABLE paragraphs USING fts5(article_id UNINDEXED, text, tokenize = 'unicode61');\n"
                     f"BEGIN;\n.import --csv --skip 1 {paragraphs_csv} paragraphs\nCOMMIT;\n")
    raw_seconds, _ = timed(["sqlite3", raw_db], stdin=load)
    result["raw"] = {"import_seconds": raw_seconds, "articles_per_second": articles / raw_seconds,
                     "bytes": file_bytes(raw_db)}
    result["import"]["ratio_to_raw"] = result["import"]["articles_per_second"] / result["raw"]["articles_per_second"]

    print("peer: sqlite-utils insert + enable-fts …")
    python = peer_available(f"out/venv-bench")
    result["import"]["ratio_to_sqlite_utils"] = None
    if python:
        utils = os.path.join(os.path.dirname(python), "sqlite-utils")
        insert_seconds, _ = timed([utils, "insert", peer_db, "paragraphs", paragraphs_csv, "--csv"])
        fts_seconds, _ = timed([utils, "enable-fts", peer_db, "paragraphs", "text", "--fts5"])
        peer_seconds = insert_seconds + fts_seconds
        result["sqlite_utils"] = {"import_seconds": peer_seconds, "articles_per_second": articles / peer_seconds,
                                  "bytes": file_bytes(peer_db)}
        result["import"]["ratio_to_sqlite_utils"] = result["import"]["articles_per_second"] / result["sqlite_utils"]["articles_per_second"]

    # Searched first as imported (the index as import's merges left it), then, for the
    # substring class, after `podium reindex --substring`, which also optimises the index.
    print("search, the archive as imported …")
    podium = json.loads(run([BENCH, "search", archive, "--json"]).stdout)

    print("podium reindex --substring (for the substring class) …")
    result["import"]["substring_index_seconds"], _ = timed([PODIUM, "reindex", "--substring", "--db", archive])
    result["database"]["bytes_with_substring_index"] = file_bytes(archive)

    print("search, after the reindex …")
    reindexed = json.loads(run([BENCH, "search", archive, "--json"]).stdout)
    podium["substring"] = reindexed["substring"]
    raw = latency(raw_search, lambda: sqlite3.connect(raw_db), RAW_QUERIES)
    result["search"] = {"p95_ms": {label: figures["p95_ms"] for label, figures in podium.items()}, "podium": podium,
                        "podium_after_reindex": reindexed, "raw": raw,
                        "ratio_to_raw_p95": {label: podium[label]["p95_ms"] / raw[label]["p95_ms"] for label in raw}}
    if python:
        samples = json.loads(run([python, "-c", PEER_SEARCH, peer_db, json.dumps(RAW_QUERIES)]).stdout)
        peer = {label: percentiles(values) for label, values in samples.items()}
        result["search"]["sqlite_utils"] = peer
        result["search"]["ratio_to_sqlite_utils_p95"] = {label: podium[label]["p95_ms"] / peer[label]["p95_ms"] for label in peer}

    print("listings, reports, check …")
    municipality = run(["sqlite3", archive, "SELECT m.name FROM forums f JOIN municipalities m ON m.ags = f.ags "
                        "GROUP BY f.ags ORDER BY count(*) DESC, m.name LIMIT 1"]).stdout.strip()
    result["listing_seconds"] = {
        name: timed([PODIUM, name, "--db", archive, "--limit", "100", "--format", "json"])[0]
        for name in ("quotes", "candidates", "forums")}
    municipality_seconds, municipality_rss = timed(
        [PODIUM, "report", "--db", archive, "--municipality", municipality, "--format", "html", "--output", f"{folder}/municipality.html"])
    archive_seconds, archive_rss = timed([PODIUM, "report", "--db", archive, "--format", "html", "--output", f"{folder}/archive.html"])
    result["report"] = {"municipality": municipality, "municipality_seconds": municipality_seconds, "archive_seconds": archive_seconds,
                        "peak_rss_mb": max(municipality_rss, archive_rss) / 1024}
    result["check_seconds"], _ = timed([PODIUM, "check", "--db", archive])
    # Last, as they rewrite what extraction stored (the same rows again, with the same rules).
    print("reextract, retag …")
    result["reprocess_seconds"] = {name: timed([PODIUM, name, "--db", archive])[0] for name in ("reextract", "retag")}

    os.makedirs("bench/results", exist_ok=True)
    # One file a size, day and commit: a later run of other code does not overwrite it.
    path = f"bench/results/{size}-{result['date'][:10]}-{result['commit']}.json"
    with open(path, "w") as handle:
        json.dump(result, handle, indent=2, sort_keys=True, ensure_ascii=False)
        handle.write("\n")
    print_table(result)
    print(f"results: {path}")


def print_table(result):
    imp, db = result["import"], result["database"]
    peer = result.get("sqlite_utils")
    print(f"\n{result['size']}: {result['articles']} articles, {result['paragraphs']} paragraphs")
    print(f"import     {imp['articles_per_second']:8.0f} articles/s  {imp['text_mb_per_second']:5.2f} MB/s  "
          f"peak {imp['peak_rss_mb']:.0f} MB  ({imp['seconds']:.1f} s)")
    again = imp["again"]
    print(f"  again    {again['articles_per_second']:8.0f} articles/s  ({again['seconds']:.1f} s, every article a duplicate)")
    print(f"  raw      {result['raw']['articles_per_second']:8.0f} articles/s  ratio podium/raw {imp['ratio_to_raw']:.2f}")
    if peer:
        print(f"  peer     {peer['articles_per_second']:8.0f} articles/s  ratio podium/sqlite-utils {imp['ratio_to_sqlite_utils']:.2f}")
    print(f"database   {db['bytes'] / 1e6:8.1f} MB  {db['bytes_per_article']:.0f} bytes/article  {db['ratio_to_text']:.2f}× the text "
          f"(raw FTS5 {result['raw']['bytes'] / 1e6:.1f} MB)")
    print(f"{'search p95 (ms)':28} {'podium':>8} {'reindexed':>9} {'raw':>8} {'peer':>8}")
    search = result["search"]
    for label, figures in search["podium"].items():
        reindexed = search.get("podium_after_reindex", {}).get(label, {}).get("p95_ms")
        raw = search["raw"].get(label, {}).get("p95_ms")
        peer_ms = search.get("sqlite_utils", {}).get(label, {}).get("p95_ms")
        print(f"  {label:26} {figures['p95_ms']:8.1f} {reindexed if reindexed is None else round(reindexed, 1)!s:>9} "
              f"{raw if raw is None else round(raw, 1)!s:>8} {peer_ms if peer_ms is None else round(peer_ms, 1)!s:>8}")
    print("listings   " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in result["listing_seconds"].items()))
    report = result["report"]
    print(f"reports    municipality ({report['municipality']}) {report['municipality_seconds']:.2f} s, "
          f"archive {report['archive_seconds']:.2f} s")
    print(f"check      {result['check_seconds']:.2f} s")
    print("reprocess  " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in result["reprocess_seconds"].items()))


if __name__ == "__main__":
    main()
