#!/usr/bin/env bash
# Puts `partnerbook serve` under load: wrk with 64 connections for 10 seconds, on loopback, against
# the preview of this repository's own handbook, taking several pages in turn. Prints throughput
# and latency (p50, p99) and exits 1 on any socket error or any answer that is not 200 OK; the
# server is stopped however the script ends.
#
# Usage: scripts/load-test.sh [PATH...]
#   PATHs default to the home page, a chapter, a checklist, /stories/ and the stylesheet. Give
#   canonical paths (a page's ends in /): each must answer 200, not a redirect.
# Settings: CONNECTIONS (64), DURATION (seconds, 10), THREADS (wrk threads, 2), PARTNERBOOK (a built
#   executable; otherwise it is built with `swift build -c release --scratch-path .build-release`).
# Needs wrk and curl (apt-get install wrk curl).
set -euo pipefail

cd "$(dirname "$0")/.."
connections=${CONNECTIONS:-64}
duration=${DURATION:-10}
threads=${THREADS:-2}
paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  paths=(/ /chapters/partnering-versus-collaborating/ /checklists/running-a-check-in/ /stories/ /assets/style.css)
fi
for tool in wrk curl; do
  command -v "$tool" >/dev/null || { echo "load-test: needs $tool (apt-get install $tool)" >&2; exit 2; }
done

if [ -z "${PARTNERBOOK:-}" ]; then
  swift build -c release --scratch-path .build-release --product partnerbook >&2
  PARTNERBOOK="$(swift build -c release --scratch-path .build-release --show-bin-path)/partnerbook"
fi

log=$(mktemp)
server=""
stop_server() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -INT "$server"
    for _ in $(seq 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server" 2>/dev/null || true
  fi
  [ -z "$server" ] || wait "$server" 2>/dev/null || true
  rm -f "$log"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

"$PARTNERBOOK" serve --source . --host 127.0.0.1 --port 0 >"$log" 2>&1 &
server=$!

url=""
for _ in $(seq 600); do
  url=$(sed -n 's|.*Serving the handbook at \(http://127\.0\.0\.1:[0-9]*/\).*|\1|p' "$log" | head -1)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { echo "load-test: partnerbook serve stopped:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "load-test: the server did not start within 60 s:" >&2; cat "$log" >&2; exit 1; }

for path in "${paths[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "${url%/}$path")
  if [ "$status" != 200 ]; then
    echo "load-test: $path answers $status, not 200 (a page's canonical path ends in /)" >&2
    exit 1
  fi
done

echo "load-test: $connections connections for ${duration} s ($threads wrk threads) at $url on ${paths[*]}"
out=$(wrk --latency -t "$threads" -c "$connections" -d "${duration}s" -s scripts/load-test.lua "$url" -- "${paths[@]}")
echo "$out"

value() { echo "$out" | sed -n "s/^$1=//p"; }
# wrk prints this line only when some response had a status of 400 or more.
non2xx=$(echo "$out" | sed -n 's/^ *Non-2xx or 3xx responses: *//p')
non2xx=${non2xx:-0}
requests=$(value requests)
socket_errors=$(value socket_errors)
alive=yes
kill -0 "$server" 2>/dev/null || alive=no

echo
echo "throughput:    $(value requests_per_second) requests/s ($(value megabytes_per_second) MB/s), $requests requests in $(value seconds) s"
echo "latency:       p50 $(value latency_p50_ms) ms, p99 $(value latency_p99_ms) ms, max $(value latency_max_ms) ms"
echo "socket errors: $socket_errors ($(value socket_errors_detail))"
echo "non-2xx:       $non2xx"
echo "server:        $([ $alive = yes ] && echo 'still running' || echo 'STOPPED')"

if [ "${requests:-0}" -eq 0 ] || [ "$socket_errors" -ne 0 ] || [ "$non2xx" -ne 0 ] || [ "$(value error_statuses)" -ne 0 ] || [ $alive = no ]; then
  echo "load-test: FAILED" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
echo "load-test: passed"
