#!/usr/bin/env bash
# Shows where a partnerbook build spends its time: callgrind (instruction counts, inclusive and
# exclusive) on a small corpus, and perf samples (where the machine allows) on a large one.
#
#   bash bench/profile.sh
#
# Settings, from the environment:
#   PROFILE_CALLGRIND_PAGES=1000   corpus size for callgrind ("" skips it; it runs ~50x slower than native)
#   PROFILE_PERF_PAGES=10000       corpus size for perf ("" skips perf)
#   BENCH_SEED, BENCH_OUT, BENCH_LAYOUTS, BENCH_SKIP_BUILD as for bench/run.sh
# Output goes to $BENCH_OUT/profile/ (default bench/out/profile/).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${BENCH_OUT:-$ROOT/bench/out}/profile
CG_PAGES=${PROFILE_CALLGRIND_PAGES-1000}
PERF_PAGES=${PROFILE_PERF_PAGES-10000}
SEED=${BENCH_SEED:-7}
LAYOUTS=${BENCH_LAYOUTS:-}
export PARTNERBOOK_TODAY=2026-11-22
mkdir -p "$OUT"

note() { printf '== %s\n' "$*"; }
demangle() { if command -v swift-demangle > /dev/null; then swift-demangle --simplified; else swift demangle --simplified; fi; }

command -v valgrind > /dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y valgrind > /dev/null 2>&1; } || true
command -v valgrind > /dev/null || { echo "valgrind is required (apt-get install valgrind)"; exit 1; }

# Release with debug info, in its own scratch folder so bench/run.sh's build stays as it is.
PB=$ROOT/.build-profile/release/partnerbook
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    note "building partnerbook (release, -g)"
    (cd "$ROOT" && swift build -c release -Xswiftc -g --scratch-path .build-profile 2>&1 | tail -n 3)
fi

corpus() {
    local n=$1 dir=$OUT/corpus-$1
    rm -rf "$dir"; mkdir -p "$dir"
    python3 "$ROOT/bench/make-corpus.py" "$n" "$dir" --seed "$SEED" > /dev/null
    [ -n "$LAYOUTS" ] && cp -r "$LAYOUTS" "$dir/layouts"
    echo "$dir"
}

# --- callgrind ---
if [ -n "$CG_PAGES" ]; then
CORPUS=$(corpus "$CG_PAGES")
note "callgrind, $CG_PAGES pages"
rm -rf "$OUT/site-cg"
# Valgrind 3.19 cannot read the DWARF the Swift toolchain writes; a copy without it keeps the symbols.
objcopy --strip-debug "$PB" "$OUT/partnerbook-nodebug"
valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.out" \
    "$OUT/partnerbook-nodebug" build --source "$CORPUS" --output "$OUT/site-cg" --verbose > "$OUT/callgrind-run.txt" 2> "$OUT/callgrind-stderr.txt"
grep -v ': warning: ' "$OUT/callgrind-run.txt" || true
callgrind_annotate --inclusive=yes --threshold=100 "$OUT/callgrind.out" | demangle > "$OUT/callgrind-inclusive.txt"
callgrind_annotate --inclusive=no --threshold=100 "$OUT/callgrind.out" | demangle > "$OUT/callgrind-exclusive.txt"
note "top inclusive (instructions, all threads)"
grep -m 45 -E '^ *[0-9,]+ \(' "$OUT/callgrind-inclusive.txt" | cut -c1-220
note "top exclusive"
grep -m 45 -E '^ *[0-9,]+ \(' "$OUT/callgrind-exclusive.txt" | cut -c1-220
callgrind_annotate --tree=caller --inclusive=yes "$OUT/callgrind.out" | demangle > "$OUT/callgrind-callers.txt"
fi

# --- perf ---
if [ -n "$PERF_PAGES" ] && command -v perf > /dev/null; then
    CORPUS=$(corpus "$PERF_PAGES")
    rm -rf "$OUT/site-perf"
    note "perf (cpu-clock samples), $PERF_PAGES pages"
    if perf record -e cpu-clock -F 499 -o "$OUT/perf.data" -- \
        "$PB" build --source "$CORPUS" --output "$OUT/site-perf" --verbose > "$OUT/perf-run.txt" 2> "$OUT/perf-stderr.txt"; then
        grep -v ': warning: ' "$OUT/perf-run.txt" || true
        perf report -i "$OUT/perf.data" --no-children --stdio --sort dso,symbol 2> /dev/null | demangle > "$OUT/perf-self.txt"
        note "top self time"
        grep -m 45 -E '^ +[0-9.]+%' "$OUT/perf-self.txt" | cut -c1-200
        perf report -i "$OUT/perf.data" --no-children --stdio --sort dso 2> /dev/null > "$OUT/perf-dso.txt"
        note "self time by library"
        grep -m 15 -E '^ +[0-9.]+%' "$OUT/perf-dso.txt"
    else
        note "perf record failed: $(tail -n 1 "$OUT/perf-stderr.txt")"
    fi
    rm -rf "$OUT/site-perf" "$CORPUS"
fi
note "full annotations: $OUT/callgrind-inclusive.txt, $OUT/callgrind-exclusive.txt, $OUT/perf-self.txt"
