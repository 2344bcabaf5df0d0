#!/usr/bin/env bash
# One command for every GraphNews benchmark; writes docs/benchmarks.md.
#   tests/GraphNews.Benchmarks/run-all.sh [CORPUS.jsonl] [SYNTHETIC_SIZES]
# CORPUS defaults to ../shared/samples/wikinews-large.jsonl; SYNTHETIC_SIZES (comma-separated, default 10000)
# are the sizes of the synthetic corpora built from it for the memory, database and query-latency figures
# (add 100000 for the full-scale run). The load run needs Debian's wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:-../shared/samples/wikinews-large.jsonl}"
sizes="${2:-10000}"
work="$(mktemp -d /tmp/graphnews-bench-XXXXXX)"
out=docs/benchmarks.md
results="$work/results.md"
bench() { dotnet tests/GraphNews.Benchmarks/bin/Release/net10.0/GraphNews.Benchmarks.dll "$@" | grep '^|' | tee -a "$results"; }
graphnews() { dotnet src/GraphNews/bin/Release/net10.0/graphnews.dll "$@"; }
rss_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
db_mb() { du -cm "$1" "$1-wal" 2>/dev/null | tail -1 | cut -f1; }
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet build -c Release src/GraphNews -v q -nologo >/dev/null
dotnet build -c Release tests/GraphNews.Benchmarks -v q -nologo >/dev/null
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "| benchmark | figure | value |" > "$results"
echo "|---|---|---:|" >> "$results"
bench extraction --corpus "$corpus"
bench ingest --corpus "$corpus" --parallel 1
bench ingest --corpus "$corpus" --parallel 2

wrk_lines=""
for size in ${sizes//,/ }; do
  synthetic="$work/synthetic-$size.jsonl"
  bench synthetic-corpus --source "$corpus" --count "$size" --out "$synthetic"
  db="$work/synthetic-$size.db"
  bench ingest --corpus "$synthetic" --parallel 2 --db "$db" --window $((size / 5))
  # The seed article and the small Wikinews sample, so the headline question has real answers.
  graphnews ingest samples --db "$db" --quiet

  port=$((5600 + RANDOM % 300))
  dotnet src/GraphNews/bin/Release/net10.0/graphnews.dll serve --db "$db" --urls "http://127.0.0.1:$port" > "$work/serve.log" 2>&1 &
  server=$!
  until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do sleep 0.5; done
  entity="$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute('select source_id from facts group by source_id order by count(*) desc limit 1').fetchone()[0])" "$db")"
  bench query-latency --url "http://127.0.0.1:$port/graphql" --requests 300 --entity "$entity" --label "at $size articles"

  # Readers are not blocked by the writer: the same queries while a bulk ingest writes to the database.
  graphnews ingest "$corpus" --db "$db" --parallel 1 --quiet &
  writer=$!
  bench query-latency --url "http://127.0.0.1:$port/graphql" --requests 150 --entity "$entity" --label "at $size articles, during a bulk ingest"
  wait "$writer" || true

  if command -v wrk >/dev/null; then
    line="$(wrk -t2 -c32 -d30s -s tests/GraphNews.Benchmarks/load/wrk-graphql.lua "http://127.0.0.1:$port/graphql" | grep '^RESULT' || true)"
    wrk_lines+="| load | wrk -t2 -c32 -d30s, headline query only, $size articles | ${line#RESULT } |"$'\n'
    echo "$line"
    line="$(wrk -t2 -c32 -d30s -s tests/GraphNews.Benchmarks/load/wrk-graphql.lua "http://127.0.0.1:$port/graphql" -- "$entity" | grep '^RESULT' || true)"
    wrk_lines+="| load | wrk -t2 -c32 -d30s, headline + interactions($entity) alternating, $size articles | ${line#RESULT } |"$'\n'
    echo "$line"
  fi
  echo "| serve | server peak RSS (VmHWM) after queries, bulk ingest and load, $size articles | $(rss_mb "$server") MB |" | tee -a "$results"
  echo "| store | database size incl. WAL after the runs above, $size articles + $(wc -l < "$corpus") | $(db_mb "$db") MB |" | tee -a "$results"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""

  # A restart reloads the story index from the database instead of building it: its own peak.
  dotnet src/GraphNews/bin/Release/net10.0/graphnews.dll serve --db "$db" --urls "http://127.0.0.1:$port" > "$work/serve.log" 2>&1 &
  server=$!
  until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do sleep 0.5; done
  bench query-latency --url "http://127.0.0.1:$port/graphql" --requests 100 --entity "$entity" --label "at $size articles, after a restart" >/dev/null
  echo "| serve | server peak RSS (VmHWM) after a restart (story index reloaded) and 300 queries, $size articles | $(rss_mb "$server") MB |" | tee -a "$results"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
done
printf '%s' "$wrk_lines" >> "$results"

cores="$(nproc)"
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
ram="$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)"
commit="$(git rev-parse --short HEAD)"
git diff --quiet || commit="$commit (with uncommitted changes)"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
wrk_version="$(wrk -v 2>&1 | head -1 | cut -d' ' -f2 || true)"
{
  echo "# Benchmarks"
  echo
  echo "Generated by \`tests/GraphNews.Benchmarks/run-all.sh $corpus $sizes\` on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo
  echo "- Machine: $cores cores ($cpu), $ram RAM, $(uname -sr), .NET $(dotnet --version)"
  echo "- Commit: $commit"
  echo "- Load average before / after: $load_before / $load_after (shared machine: other jobs were running)"
  echo "- Load generator: Debian wrk $wrk_version with tests/GraphNews.Benchmarks/load/wrk-graphql.lua"
  echo
  cat "$results"
} > "$work/header.md"
if [ -f "$out" ] && grep -q '^## Notes' "$out"; then
  sed -n '/^## Notes/,$p' "$out" > "$work/notes.md"
  { cat "$work/header.md"; echo; cat "$work/notes.md"; } > "$out"
else
  cp "$work/header.md" "$out"
fi
echo "wrote $out"
