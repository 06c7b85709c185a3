#!/bin/sh
# Runs each libFuzzer harness of podium for a bounded time (`make fuzz`, FUZZ_SECONDS each).
# A crash stops the run and leaves its input in out/fuzz/crashes/; copy it to
# fuzz/regressions/TARGET/ so that `make test` replays it for ever after the fix.
set -eu
seconds=${FUZZ_SECONDS:-60}
binary=.build-fuzz/debug/PodiumFuzz
mkdir -p out/fuzz/crashes
for target in ${FUZZ_TARGETS:-frontmatter text json jsonl html query}; do
    corpus=out/fuzz/corpus-$target
    mkdir -p "$corpus"
    case $target in
        query) seeds=fuzz/queries ;;
        *) seeds="fixtures/seed fixtures/articles fixtures/broken fixtures/partial" ;;
    esac
    [ -d "fuzz/regressions/$target" ] && seeds="$seeds fuzz/regressions/$target"
    echo "fuzzing $target for $seconds s"
    log=out/fuzz/$target.log
    # shellcheck disable=SC2086
    if ! PODIUM_FUZZ_TARGET=$target "$binary" -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=20 \
            -artifact_prefix="out/fuzz/crashes/$target-" -print_final_stats=1 "$corpus" $seeds >"$log" 2>&1; then
        tail -40 "$log"
        echo "error: the $target harness crashed; the input is in out/fuzz/crashes/ (see $log)"
        exit 1
    fi
    grep -E "stat::number_of_executed_units|Done" "$log" | sed 's/^/  /'
done
