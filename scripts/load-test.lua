-- wrk script for scripts/load-test.sh: every connection takes the paths given after `--` in
-- turn, and the summary is printed as `key=value` lines the shell script reads.

local paths = {}
local next_path = 0
local thread_count = 0

-- Runs once per thread, before it starts: threads begin at different places in the list.
function setup(thread)
  thread:set("first", thread_count)
  thread_count = thread_count + 1
end

function init(args)
  for i, path in ipairs(args) do paths[i] = path end
  if #paths == 0 then paths[1] = "/" end
  next_path = (first or 0) % #paths
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write("\n--- load-test summary ---\n")
  io.write(string.format("requests=%d\n", summary.requests))
  io.write(string.format("seconds=%.2f\n", seconds))
  io.write(string.format("requests_per_second=%.0f\n", summary.requests / seconds))
  io.write(string.format("megabytes_per_second=%.1f\n", summary.bytes / seconds / 1e6))
  io.write(string.format("latency_p50_ms=%.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("latency_p99_ms=%.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("latency_max_ms=%.2f\n", latency.max / 1000))
  io.write(string.format("socket_errors=%d\n", e.connect + e.read + e.write + e.timeout))
  io.write(string.format("socket_errors_detail=connect %d, read %d, write %d, timeout %d\n",
    e.connect, e.read, e.write, e.timeout))
  -- wrk counts a response as a status error when its status is 400 or more.
  io.write(string.format("error_statuses=%d\n", e.status))
end
