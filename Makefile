# podium — build, demo, test, install.
# `make demo` and `make test` install what is missing (Debian: libsqlite3-dev, libxml2-dev, sqlite3).

PREFIX ?= /usr/local
SWIFT ?= swift
RELEASE_BIN := .build/release/podium
DEMO_DB := out/demo.sqlite
# apt-get needs root; use sudo when we are not root and it exists.
SUDO := $(shell [ "$$(id -u)" != 0 ] && command -v sudo)

.PHONY: all build release demo test bench install uninstall clean deps screenshots fuzz reliability eval

all: build

deps:
	@if ! pkg-config --exists sqlite3 libxml-2.0 2>/dev/null || ! command -v sqlite3 >/dev/null 2>&1; then \
		echo "Installing libsqlite3-dev, libxml2-dev and sqlite3 with apt-get…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq pkg-config libsqlite3-dev libxml2-dev sqlite3; \
	fi
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "error: Swift 6 is required (https://swift.org/install)"; exit 1; }
	@# SwiftPM asks the embedding plugin for its input files only when it plans the build anew:
	@# a migration, data table or template added since the last build must make it plan again.
	@if [ -f .build/embedded.stamp ] && [ -n "$$(find migrations data templates -newer .build/embedded.stamp | head -1)" ]; then \
		touch Package.swift; fi; mkdir -p .build && touch .build/embedded.stamp

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The main job on the built-in fixtures: a fresh archive, an import, searches, a check.
demo: release
	@mkdir -p out && rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(RELEASE_BIN) import --db $(DEMO_DB) fixtures/seed fixtures/articles fixtures/duplicates
	$(RELEASE_BIN) search --db $(DEMO_DB) Digitalisierung --limit 3
	$(RELEASE_BIN) search --db $(DEMO_DB) '"Kita-Plätze" OR Kindergartenplätze' --from 2018 --format json
	$(RELEASE_BIN) check --db $(DEMO_DB)
	$(RELEASE_BIN) report --db $(DEMO_DB) --format html --output out/archive-report.html
	$(RELEASE_BIN) report --db $(DEMO_DB) --municipality Mainz --format html --output out/mainz-report.html
	$(RELEASE_BIN) report --db $(DEMO_DB) --municipality Mainz --format md --output out/mainz-report.md
	$(RELEASE_BIN) report --db $(DEMO_DB) --forum 1 --format md --output out/kaiserslautern-forum-report.md
	@echo "Reports: out/archive-report.html, out/mainz-report.html, out/mainz-report.md, out/kaiserslautern-forum-report.md"
	@echo "The demo archive is $(DEMO_DB); try: sqlite3 $(DEMO_DB) 'SELECT municipality, forum_date, title FROM paragraph_details GROUP BY article_id'"

# Tests put their scratch archives in a folder of this run's own (TMPDIR), removed afterwards,
# so that runs leave nothing behind in /tmp.
TEST_TMP := $(CURDIR)/.build/test-tmp
test: deps
	@rm -rf $(TEST_TMP) && mkdir -p $(TEST_TMP)
	TMPDIR=$(TEST_TMP) $(SWIFT) test; status=$$?; rm -rf $(TEST_TMP); exit $$status

# Extraction scored against labels (scripts/eval.py): the labelled fixtures, and any folders of
# labelled real articles given in EVAL_DIRS (kept outside the repository).
EVAL_DIRS ?=
eval: release
	python3 scripts/eval.py --podium $(RELEASE_BIN) fixtures/labelled $(EVAL_DIRS)

# The benchmark (scripts/bench.py): a generated corpus (small 1,000 / default 20,000 / large
# 100,000 articles); podium's import, size, search latency per query class, listings, reports
# and check; the same paragraphs in a bare FTS5 table (stock sqlite3 shell) and in sqlite-utils
# (from PyPI) for ratios. Results: bench/results/SIZE-DATE-COMMIT.json.
SIZE ?= small
bench: release
	@[ -x /usr/bin/time ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time; }
	@python3 -c 'import venv, sqlite3' 2>/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3 python3-venv; }
	python3 scripts/bench.py $(SIZE)

# The README's pictures of the HTML reports: headless Chromium (Debian: chromium) on the demo's reports.
CHROMIUM ?= chromium
screenshots: demo
	@command -v $(CHROMIUM) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1500 \
		--screenshot=docs/report-mainz.png file://$(CURDIR)/out/mainz-report.html
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1500 \
		--screenshot=docs/report-archive.png file://$(CURDIR)/out/archive-report.html
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
		--print-to-pdf=out/mainz-report.pdf file://$(CURDIR)/out/mainz-report.html

# libFuzzer on the readers and the query language, FUZZ_SECONDS (60) a harness.
FUZZ_SECONDS ?= 60
fuzz: deps
	PODIUM_FUZZ=1 $(SWIFT) build --product PodiumFuzz --build-path .build-fuzz
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

# The long checks: ten times the articles and kills of the crash and concurrency tests, then fuzzing.
reliability: deps
	PODIUM_RELIABILITY_SCALE=10 $(SWIFT) test --filter ReliabilityTests
	$(MAKE) fuzz FUZZ_SECONDS=$(or $(FUZZ_SECONDS),300)

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/podium

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/podium

clean:
	rm -rf .build .build-fuzz out
