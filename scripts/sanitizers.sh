#!/usr/bin/env bash
# Runs the whole test suite twice: under AddressSanitizer (memory errors: overflows, use after free,
# in Swift, libcmark and libyaml alike) and under ThreadSanitizer (data races; pages are parsed,
# rendered and laid out in parallel). Each has its own build folder, .build-asan/ and .build-tsan/,
# so neither disturbs the other or the ordinary .build/. The CLI tests run the `partnerbook` built
# with the same sanitizer. Extra arguments go to `swift test`, e.g. `--filter BadInputTests`.
#
#   bash scripts/sanitizers.sh [swift test arguments]
#
# Instrumented builds are slower, so every time limit in the tests is stretched
# (PARTNERBOOK_TEST_TIME_SCALE, 10 unless set). Leaks are checked in every `partnerbook` process;
# in the XCTest process itself they are not (scripts/lsan-suppressions.txt says why).
# Exit status 1 if either run fails.
set -uo pipefail
cd "$(dirname "$0")/.."
export PARTNERBOOK_TEST_TIME_SCALE="${PARTNERBOOK_TEST_TIME_SCALE:-10}"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
failed=()
for sanitizer in address thread; do
  scratch=".build-${sanitizer:0:1}san"
  echo "== swift test --sanitize=$sanitizer --scratch-path $scratch" >&2
  if swift test --sanitize="$sanitizer" --scratch-path "$scratch" "$@"; then
    echo "== $sanitizer: passed" >&2
  else
    echo "== $sanitizer: FAILED" >&2
    failed+=("$sanitizer")
  fi
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "sanitizers: failed under ${failed[*]}" >&2
  exit 1
fi
echo "sanitizers: the tests pass under AddressSanitizer and ThreadSanitizer" >&2
