-- wrk script: POST the headline GraphQL question; counts HTTP and GraphQL errors and prints
-- throughput and latency percentiles in a form run-all.sh copies into docs/benchmarks.md.
-- Usage: wrk -t2 -c32 -d30s --latency -s load/wrk-graphql.lua http://127.0.0.1:5000/graphql
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"{ interactions(actor: \\"Trump\\", about: \\"Ukraine\\", first: 20) { totalCount nodes { type modality actor { name } counterpart { name } } } }"}'

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  failed = 0
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do
    failures = failures + thread:get("failed")
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f graphql_or_http_errors=%d socket_errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    failures, socket, summary.errors.status))
end
