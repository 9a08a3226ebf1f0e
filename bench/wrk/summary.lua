-- Prints one machine-readable line at the end of a wrk run; bench/run.sh parses it.
-- Latencies are in microseconds; "failed" counts responses with a status of 400 or more.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH requests=%d seconds=%.2f rps=%.1f p50_us=%d p99_us=%d failed=%d socket_errors=%d p95_us=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50), latency:percentile(99), summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(95)))
end
