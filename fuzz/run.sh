#!/usr/bin/env bash
# Fuzzes front matter parsing and the Markdown pipeline with libFuzzer and AddressSanitizer.
#
#   bash fuzz/run.sh [RUNS [LIBFUZZER FLAGS…]]
#
# RUNS is 200000 unless given; FUZZ_MAX_LEN (8192 bytes), FUZZ_TIMEOUT (10 s per input) and
# FUZZ_LEAKS=1 (leak checks, several times slower) tune it. Flags after RUNS go to libFuzzer and win
# over these: `bash fuzz/run.sh 20000 -len_control=0 -max_len=65536` tries long inputs from the start.
#
# PartnerbookKit and its dependencies are built by SwiftPM with coverage and ASan into .build-fuzz/
# (a library target only, so nothing defines main), then fuzz/FuzzTarget.swift is linked with them
# and libFuzzer's main. It starts from the seed inputs in fuzz/corpus/ (first byte: options, the
# rest: a Markdown file) and keeps what it learns in .build-fuzz/corpus/. Inputs that crash, hang or
# run out of memory are saved in fuzz/findings/; make each a regression test, then delete it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-200000}"
shift || true
scratch=.build-fuzz
config=release

# swiftc keeps only its last -sanitize= flag, and SwiftPM passes one per sanitizer: the -Xswiftc flag,
# which comes last, gives Swift code both coverage and ASan; clang adds its flags up by itself.
swift build -c "$config" --scratch-path "$scratch" --sanitize=fuzzer --sanitize=address \
  -Xswiftc -sanitize=fuzzer,address --target PartnerbookKit >&2
bin="$scratch/$config"
rm -f "$scratch/partnerbook-fuzz"
mapfile -t objects < <(find "$bin"/{PartnerbookKit,Yams,CYaml,Mustache}.build -name '*.o' | sort)
swiftc -O -sanitize=fuzzer,address -parse-as-library fuzz/FuzzTarget.swift "${objects[@]}" -I "$bin/Modules" \
  -Xcc -fmodule-map-file=Sources/CMark/module.modulemap \
  -Xcc -fmodule-map-file="$scratch/checkouts/Yams/Sources/CYaml/include/module.modulemap" \
  -lcmark -o "$scratch/partnerbook-fuzz" 2>&1 | grep -v "Cannot export local symbol" >&2 || true
[ -x "$scratch/partnerbook-fuzz" ] || { echo "fuzz: linking the fuzz target failed" >&2; exit 1; }

mkdir -p "$scratch/corpus" fuzz/findings
log="$scratch/fuzz.log"
set +e
"$scratch/partnerbook-fuzz" -runs="$runs" -max_len="${FUZZ_MAX_LEN:-8192}" -timeout="${FUZZ_TIMEOUT:-10}" \
  -rss_limit_mb=2048 -detect_leaks="${FUZZ_LEAKS:-0}" -print_final_stats=1 -artifact_prefix=fuzz/findings/ \
  "$@" "$scratch/corpus" fuzz/corpus 2>&1 | tee "$log" | grep -E "^#[0-9]+.*(pulse|DONE|NEW)|ERROR|SUMMARY|Done" | tail -n 20
status=${PIPESTATUS[0]}
set -e
done_line=$(grep -E "^Done [0-9]+ runs" "$log" | tail -n 1 || true)
findings=$(find fuzz/findings -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
echo "fuzz: ${done_line:-stopped early (see $log)}; libFuzzer exit status $status; $findings finding(s) in fuzz/findings/"
[ "$status" -eq 0 ] && [ "$findings" -eq 0 ]
