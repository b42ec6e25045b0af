#!/usr/bin/env bash
# Times partnerbook on generated handbooks of 1,000 and 10,000 pages against cmark's raw render of
# the same Markdown and against Hugo on the same content, and prints the figures and the ratios the
# performance goals are stated in. BENCHMARKS.md explains what each figure means.
#
#   bash bench/run.sh
#
# Settings, from the environment:
#   BENCH_SIZES="1000 10000"     corpus sizes; growth is judged between the first and the last
#   BENCH_RUNS=3                 runs per partnerbook and cmark figure; the median is reported
#   BENCH_REBUILD_RUNS=11        runs per rebuild figure (each takes well under a second)
#   BENCH_HUGO_RUNS=1            runs per Hugo figure
#   BENCH_HUGO_MODES="window full"  Hugo sidebar modes to time ("" skips Hugo); see bench/hugo/config.yaml
#   BENCH_SEED=7                 corpus seed
#   BENCH_OUT=bench/out          where corpora, sites and logs go (git-ignored)
#   BENCH_LAYOUTS=               a layouts/ folder copied into each corpus (default: the built-in theme)
#   BENCH_TIMEOUT=900            seconds any one command may run
#   BENCH_SKIP_BUILD=1           reuse .build-release/release/partnerbook as it is
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${BENCH_OUT:-$ROOT/bench/out}
SIZES=${BENCH_SIZES:-"1000 10000"}
RUNS=${BENCH_RUNS:-3}
REBUILD_RUNS=${BENCH_REBUILD_RUNS:-11}
HUGO_RUNS=${BENCH_HUGO_RUNS:-1}
HUGO_MODES=${BENCH_HUGO_MODES-"window full"}
SEED=${BENCH_SEED:-7}
LAYOUTS=${BENCH_LAYOUTS:-}
LIMIT=${BENCH_TIMEOUT:-900}
export PARTNERBOOK_TODAY=2026-11-22   # review notices depend on the day; keep output comparable

mkdir -p "$OUT/logs"
OUT=$(cd "$OUT" && pwd)
RESULTS=$OUT/results.tsv
REPORT=$OUT/report.txt
exec > >(tee "$REPORT") 2>&1

note() { printf '== %s\n' "$*"; }

# A command the benchmark needs, installed from Debian when missing and we may.
need() {
    local command=$1 package=$2
    command -v "$command" > /dev/null && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
        note "installing $package"
        apt-get install -y "$package" > "$OUT/logs/apt-$package.log" 2>&1 \
            || { apt-get update > /dev/null 2>&1 && apt-get install -y "$package" > "$OUT/logs/apt-$package.log" 2>&1; } || true
    fi
    command -v "$command" > /dev/null
}

need python3 python3 || { echo "python3 is required"; exit 1; }
HAVE_CMARK=1; need cmark cmark || { HAVE_CMARK=0; note "cmark not found: its figures are skipped"; }
HAVE_HUGO=1; need hugo hugo || { HAVE_HUGO=0; note "hugo not found: its figures are skipped"; }
[ -n "$HUGO_MODES" ] || HAVE_HUGO=0

# --- measuring -------------------------------------------------------------------------------------

# measure LOG COMMAND...: runs COMMAND bounded by LIMIT; sets WALL (s), CPU_USER and SYS (CPU s),
# RSS_KB (peak resident set) and STATUS, from bench/timed.py. Output goes to LOG.out/.err.
measure() {
    local log=$1; shift
    read -r WALL CPU_USER SYS RSS_KB STATUS < <(python3 "$ROOT/bench/timed.py" "$LIMIT" "$log.out" "$log.err" "$@")
}

# record SIZE WHAT WALL CPU_USER SYS RSS_KB BYTES FILES NOTE
record() {
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$RESULTS"
}

# median of the numbers given
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# repeat N LABEL SIZE WHAT NOTE PREPARE COMMAND...: runs PREPARE then measures COMMAND N times and
# records the run whose wall time is the median, with the highest peak memory of all runs.
# Sets MEDIAN_LOG to that run's log prefix and FAILED when any run exited non-zero.
repeat() {
    local n=$1 label=$2 size=$3 what=$4 comment=$5 prepare=$6; shift 6
    local walls=() logs=() rss_max=0 i
    FAILED=0
    for ((i = 1; i <= n; i++)); do
        $prepare "$i"
        measure "$OUT/logs/$label-$i" "$@"
        [ "$STATUS" = 0 ] || FAILED=1
        walls+=("$WALL"); logs+=("$OUT/logs/$label-$i")
        printf '%s %s %s %.2f %s\n' "$WALL" "$CPU_USER" "$SYS" "$RSS_KB" "$STATUS" > "$OUT/logs/$label-$i.figures"
        [ "$RSS_KB" -gt "$rss_max" ] && rss_max=$RSS_KB
        printf '   %-28s run %d: %7.3f s wall, %6.2f s user, %5.2f s sys, %6.1f MB peak%s\n' "$what" "$i" "$WALL" "$CPU_USER" "$SYS" \
            "$(awk -v k="$RSS_KB" 'BEGIN { print k / 1024 }')" "$([ "$STATUS" = 0 ] || echo ", exit $STATUS")"
    done
    local mid; mid=$(median "${walls[@]}")
    for ((i = 0; i < n; i++)); do
        if [ "${walls[$i]}" = "$mid" ]; then MEDIAN_LOG=${logs[$i]}; break; fi
    done
    read -r WALL CPU_USER SYS _ _ < "$MEDIAN_LOG.figures"
    RSS_KB=$rss_max
    BYTES=-; FILES=-
    [ -n "${SITE:-}" ] && [ -d "$SITE" ] && { BYTES=$(du -sb "$SITE" | cut -f1); FILES=$(find "$SITE" -type f | wc -l); }
    [ "$FAILED" = 0 ] || comment="FAILED (see $MEDIAN_LOG.err) $comment"
    record "$size" "$what" "$WALL" "$CPU_USER" "$SYS" "$RSS_KB" "$BYTES" "$FILES" "$comment"
}

nothing() { :; }

# --- the steps -------------------------------------------------------------------------------------

note "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
note "partnerbook $(git -C "$ROOT" rev-parse --short HEAD 2> /dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- Sources 2> /dev/null || echo ' (Sources/ modified)')"
[ "$HAVE_CMARK" = 1 ] && note "$(cmark --version | sed -n 1p)"
[ "$HAVE_HUGO" = 1 ] && note "$(hugo version | cut -d' ' -f1-2)"

PB=$ROOT/.build-release/release/partnerbook
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    note "building partnerbook (release)"
    (cd "$ROOT" && swift build -c release --scratch-path .build-release 2>&1 | tail -n 3)
fi
[ -x "$PB" ] || { echo "no binary at $PB"; exit 1; }

printf 'size\twhat\twall_s\tuser_s\tsys_s\tpeak_kb\tout_bytes\tout_files\tnote\n' > "$RESULTS"

for N in $SIZES; do
    CORPUS=$OUT/corpus-$N
    note "$N pages: generating the corpus (seed $SEED)"
    rm -rf "$CORPUS"; mkdir -p "$CORPUS"
    python3 "$ROOT/bench/make-corpus.py" "$N" "$CORPUS" --seed "$SEED"
    [ -n "$LAYOUTS" ] && cp -r "$LAYOUTS" "$CORPUS/layouts"
    MD_BYTES=$(find "$CORPUS/content" -name '*.md' -print0 | du -cb --files0-from=- | tail -n 1 | cut -f1)

    # cmark: every page's body, front matter stripped, as one document, on one core.
    if [ "$HAVE_CMARK" = 1 ]; then
        BODIES=$OUT/bodies-$N.md
        find "$CORPUS/content" -name '*.md' | LC_ALL=C sort | xargs awk '
            FNR == 1 { front = ($0 == "---"); if (front) next }
            front && ($0 == "---") { front = 0; next }
            !front' > "$BODIES"
        SITE=
        repeat "$RUNS" "cmark-$N" "$N" "cmark, 1 core" "$(stat -c %s "$BODIES") bytes of bodies" nothing \
            sh -c "taskset -c 0 cmark '$BODIES' > '$OUT/cmark-$N.html'"
    fi

    # partnerbook: clean builds into a fresh folder.
    SITE=$OUT/site-$N
    fresh() { rm -rf "$SITE" "$CORPUS/.partnerbook-cache"; }
    repeat "$RUNS" "pb-clean-$N" "$N" "partnerbook clean" "$MD_BYTES bytes of Markdown" fresh \
        "$PB" build --source "$CORPUS" --output "$SITE" --verbose --no-cache
    PB_OK=$((1 - FAILED))
    cp "$MEDIAN_LOG.out" "$OUT/stages-$N.txt"
    if [ "$PB_OK" = 0 ]; then
        note "partnerbook failed on $N pages; its first errors:"
        grep -m 5 'error:' "$MEDIAN_LOG.err" || tail -n 5 "$MEDIAN_LOG.err"
    fi
    repeat 1 "pb-1core-$N" "$N" "partnerbook clean, 1 core" "taskset -c 0" fresh \
        taskset -c 0 "$PB" build --source "$CORPUS" --output "$SITE" --quiet --no-cache
    "$PB" build --source "$CORPUS" --output "$SITE" --quiet >/dev/null 2>&1   # leaves the build cache for the rebuilds below

    # partnerbook: build again over the existing site, unchanged, then after editing one chapter,
    # each a new process that reuses the previous build's layout from .partnerbook-cache/.
    repeat "$REBUILD_RUNS" "pb-noop-$N" "$N" "partnerbook rebuild, no edit" "existing output" nothing \
        "$PB" build --source "$CORPUS" --output "$SITE" --quiet
    EDITED=$(find "$CORPUS/content/chapters" -name '*.md' | LC_ALL=C sort | sed -n 1p)
    cp "$EDITED" "$OUT/edited.backup"
    edit() { printf '\nA sentence added for benchmark run %s.\n' "$1" >> "$EDITED"; }
    repeat "$REBUILD_RUNS" "pb-edit-$N" "$N" "partnerbook rebuild, 1 edit" "${EDITED#"$CORPUS"/}" edit \
        "$PB" build --source "$CORPUS" --output "$SITE" --quiet
    cp "$OUT/edited.backup" "$EDITED"

    # Hugo: the same content in a site with bench/hugo's settings and layouts.
    if [ "$HAVE_HUGO" = 1 ]; then
        HSRC=$OUT/hugo-$N
        rm -rf "$HSRC"; mkdir -p "$HSRC"
        cp -r "$ROOT/bench/hugo/." "$HSRC/"
        cp -r "$CORPUS/content" "$HSRC/content"
        mv "$HSRC/content/index.md" "$HSRC/content/_index.md"
        { grep -rlx 'status: draft' "$HSRC/content" || true; } | xargs -r sed -i 's/^status: draft$/status: draft\ndraft: true/'
        for MODE in $HUGO_MODES; do
            SITE=$OUT/hugo-site-$N
            hugo_fresh() { rm -rf "$SITE" "$OUT/hugo-cache"; }
            repeat "$HUGO_RUNS" "hugo-$MODE-$N" "$N" "hugo, sidebar $MODE" "" hugo_fresh \
                env HUGO_PARAMS_SIDEBAR="$MODE" hugo --quiet --source "$HSRC" --destination "$SITE" --cacheDir "$OUT/hugo-cache"
        done
        rm -rf "$SITE"
    fi
    SITE=
done

# --- the report ------------------------------------------------------------------------------------

echo
note "figures (median of $RUNS runs for clean builds and cmark, $REBUILD_RUNS for rebuilds; peak memory is the highest of the runs)"
awk -F'\t' 'NR == 1 { printf "%7s  %-30s %9s %9s %8s %10s %12s %8s  %s\n", "pages", "what", "wall s", "user s", "sys s", "peak MB", "output MB", "files", "note"; next }
    { printf "%7s  %-30s %9.3f %9.2f %8.2f %10.1f %12s %8s  %s\n", $1, $2, $3, $4, $5, $6 / 1024,
        ($7 == "-" ? "-" : sprintf("%.1f", $7 / 1e6)), $8, $9 }' "$RESULTS"

SMALL=$(echo $SIZES | awk '{ print $1 }')
LARGE=$(echo $SIZES | awk '{ print $NF }')
for N in $SIZES; do
    [ -f "$OUT/stages-$N.txt" ] && { echo; note "partnerbook --verbose stages, $N pages (median clean run)"; cat "$OUT/stages-$N.txt"; }
done

# field WHAT SIZE COLUMN: a figure from results.tsv, empty when absent or when that command failed
field() { awk -F'\t' -v w="$1" -v n="$2" -v c="$3" '$1 == n && $2 == w && $9 !~ /^FAILED/ { print $c; exit }' "$RESULTS"; }
# cpu WHAT SIZE: user + sys seconds, which other load on the machine disturbs less than wall time
cpu() { awk -F'\t' -v w="$1" -v n="$2" '$1 == n && $2 == w && $9 !~ /^FAILED/ { print $4 + $5; exit }' "$RESULTS"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || a == "-" || b == "-" || b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v op="$2" -v g="$3" 'BEGIN { if (v == "n/a") print "not measured";
    else if ((op == "<=" && v + 0 <= g + 0) || (op == ">=" && v + 0 >= g + 0)) print "met"; else print "NOT met" }'; }
goal() { local v=${2:-n/a}; printf '  %-66s %9s   goal %s %-6s %s\n' "$1" "$v" "$3" "$4" "$(verdict "$v" "$3" "$4")"; }

echo
note "goals ($LARGE pages unless said)"
PB_WALL=$(field "partnerbook clean" "$LARGE" 3)
PB_RSS=$(field "partnerbook clean" "$LARGE" 6)
goal "partnerbook clean / cmark 1 core (wall)" "$(ratio "$PB_WALL" "$(field "cmark, 1 core" "$LARGE" 3)")" "<=" 2
goal "partnerbook clean / cmark 1 core (CPU: user + sys)" "$(ratio "$(cpu "partnerbook clean" "$LARGE")" "$(cpu "cmark, 1 core" "$LARGE")")" "<=" 2
goal "partnerbook clean 1 core / cmark 1 core (wall)" "$(ratio "$(field "partnerbook clean, 1 core" "$LARGE" 3)" "$(field "cmark, 1 core" "$LARGE" 3)")" "<=" 2
for MODE in $HUGO_MODES; do
    goal "hugo (sidebar $MODE) / partnerbook clean (wall)" "$(ratio "$(field "hugo, sidebar $MODE" "$LARGE" 3)" "$PB_WALL")" ">=" 10
    goal "hugo (sidebar $MODE) / partnerbook clean (CPU: user + sys)" "$(ratio "$(cpu "hugo, sidebar $MODE" "$LARGE")" "$(cpu "partnerbook clean" "$LARGE")")" ">=" 10
    goal "hugo (sidebar $MODE) / partnerbook clean (peak memory)" "$(ratio "$(field "hugo, sidebar $MODE" "$LARGE" 6)" "$PB_RSS")" ">=" 5
done
for N in $SIZES; do
    goal "rebuild after one edit, $N pages (s; new build process with its cache)" "$(field "partnerbook rebuild, 1 edit" "$N" 3)" "<=" 0.050
done
if [ "$SMALL" != "$LARGE" ]; then
    goal "growth $LARGE/$SMALL pages: clean build time" "$(ratio "$PB_WALL" "$(field "partnerbook clean" "$SMALL" 3)")" "<=" 11
    goal "growth $LARGE/$SMALL pages: clean build CPU" "$(ratio "$(cpu "partnerbook clean" "$LARGE")" "$(cpu "partnerbook clean" "$SMALL")")" "<=" 11
    goal "growth $LARGE/$SMALL pages: output bytes" "$(ratio "$(field "partnerbook clean" "$LARGE" 7)" "$(field "partnerbook clean" "$SMALL" 7)")" "<=" 11
fi
echo
note "load average at the end $(cut -d' ' -f1-3 /proc/loadavg) (wall times stretch when other work shares the cores)"
note "raw figures: $RESULTS; this report: $REPORT; logs: $OUT/logs/"
