-- wrk script: POST the headline GraphQL question ("who has Trump discussed Ukraine with?"), alternating
-- with the interactions of the actor given after "--" when one is given (e.g. the busiest entity); counts
-- HTTP and GraphQL errors and prints throughput and latency percentiles for run-all.sh.
-- Usage: wrk -t2 -c32 -d30s -s load/wrk-graphql.lua http://127.0.0.1:5000/graphql [-- country:iran]
local bodies = {}
local next_body = 1

local function question(actor, about)
  local topic = about and string.format(', about: \\"%s\\"', about) or ""
  return string.format('{"query":"{ interactions(actor: \\"%s\\"%s, first: 20) { totalCount nodes { type modality date actor { name } counterpart { name } evidence { sentence } } } }"}', actor, topic)
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  failed = 0
  bodies = { question("Trump", "Ukraine") }
  if args[1] then
    table.insert(bodies, question(args[1], nil))
  end
end

function request()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, bodies[next_body])
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
