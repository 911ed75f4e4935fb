#!/usr/bin/env bash
# Load test of GET /v1/search with wrk: a release server on loopback over a corpus imported into the
# local PostgreSQL, N concurrent connections sending the corpus's queries (queries.tsv, in file order,
# every wrk thread from its own starting point) for a fixed time after a warm-up. Prints wrk's report,
# the server's own figures for the measured interval (searches run, search-cache hits and misses,
# engine time) and one summary line.
#
#   scripts/load-test.sh [--corpus DIR] [--connections N] [--duration SECONDS] [--threads N]
#                        [--warmup SECONDS] [--cache-bytes BYTES] [--params 'limit=10&facet=brand']
#                        [--aisle PATH]
#
#   --corpus       products.jsonl + queries.tsv (default ../shared/corpora/homedepot when present,
#                  else corpora/sample); imported once into database aisle_load_<folder name>, indexed
#                  into .local/load/<folder name>
#   --connections  concurrent connections (default 1000); --threads: wrk threads (default 2)
#   --duration     measured seconds (default 60); --warmup: seconds of load before it (default 10)
#   --cache-bytes  the server's search cache (default: the server's default; 0 turns it off)
#   --params       extra query parameters on every request (default none)
#   --aisle        an aisle binary to serve with (default: builds .build/release/aisle)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

corpus=""; connections=1000; duration=60; threads=2; warmup=10; cache_bytes=""; params=""; aisle=""
while [ $# -gt 0 ]; do
    case "$1" in
        --corpus) corpus="$2"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --cache-bytes) cache_bytes="$2"; shift 2 ;;
        --params) params="$2"; shift 2 ;;
        --aisle) aisle="$2"; shift 2 ;;
        *) echo "load-test: unknown option $1 (see the head of scripts/load-test.sh)" >&2; exit 2 ;;
    esac
done
if [ -z "$corpus" ]; then
    if [ -s ../shared/corpora/homedepot/products.jsonl ]; then corpus=../shared/corpora/homedepot; else corpus=corpora/sample; fi
fi
corpus="$(cd "$corpus" && pwd)"
for file in products.jsonl queries.tsv; do
    [ -s "$corpus/$file" ] || { echo "load-test: $corpus/$file is missing" >&2; exit 1; }
done
command -v wrk >/dev/null || { echo "load-test: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

scripts/setup.sh
scripts/services.sh start >/dev/null
set -a; source .local/services.env; set +a
if [ -z "$aisle" ]; then
    swift build -c release --product aisle
    aisle=.build/release/aisle
fi

name="$(basename "$corpus" | tr -c 'a-zA-Z0-9_\n' _)"
work=".local/load/$name"
mkdir -p "$work"
database="aisle_load_$name"
url="${DATABASE_URL%/*}/$database"
stamp="$(sha1sum "$corpus/products.jsonl" | cut -c1-40)"
if [ "$(cat "$work/imported" 2>/dev/null)" != "$stamp" ]; then
    psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null
    psql "$DATABASE_URL" -qc "CREATE DATABASE $database" >/dev/null
    rm -rf "$work/index"
    "$aisle" import "$corpus/products.jsonl" --database-url "$url"
    echo "$stamp" >"$work/imported"
fi

log="$work/server.log"
serve=("$aisle" serve --port 0 --index "$work/index" --database-url "$url" --log-level info)
[ -n "$cache_bytes" ] && serve+=(--search-cache-bytes "$cache_bytes")
"${serve[@]}" 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT INT TERM
port=""
for _ in $(seq 1 3000); do
    port="$(grep '"message":"listening"' "$log" 2>/dev/null | grep -o '"address":"[^"]*"' | grep -o '[0-9]*"$' | tr -d '"' || true)"
    [ -n "$port" ] && break
    kill -0 "$server" 2>/dev/null || { echo "load-test: the server stopped; see $log" >&2; tail -5 "$log" >&2; exit 1; }
    sleep 0.1
done
[ -n "$port" ] || { echo "load-test: the server did not start; see $log" >&2; exit 1; }
base="http://127.0.0.1:$port"
for _ in $(seq 1 300); do curl -sf "$base/readyz" >/dev/null && break; sleep 0.1; done
curl -sf "$base/readyz" >/dev/null || { echo "load-test: the server is not ready; see $log" >&2; exit 1; }

metric() {  # the value of one metric line (name with labels) in a /metrics scrape, 0 when absent
    awk -v name="$2" '$1 == name { print $2; found = 1 } END { if (!found) print 0 }' <<<"$1"
}
queries="$corpus/queries.tsv"
wrk_args=(-t "$threads" -c "$connections" --timeout 10s -s scripts/load-test.lua "$base")
if [ "$warmup" -gt 0 ]; then
    wrk -d "${warmup}s" "${wrk_args[@]}" -- "$queries" "$params" >/dev/null
fi
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }  # user + system time of a process, in clock ticks
before="$(curl -sf "$base/metrics")"
server_before="$(cpu_ticks "$server")"
echo "load-test: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run; $connections connections, $threads wrk threads, ${duration}s, corpus $corpus"
# `times` after wrk prints the CPU time of this subshell's children (wrk) as its last line.
report="$(wrk -d "${duration}s" --latency "${wrk_args[@]}" -- "$queries" "$params"; times)"
server_after="$(cpu_ticks "$server")"
after="$(curl -sf "$base/metrics")"
echo "$report" | head -n -2

result="$(grep '^RESULT ' <<<"$report")"
field() { grep -o "$1=[0-9.]*" <<<"$result" | cut -d= -f2; }
delta() { python3 -c "print(round(float('$(metric "$after" "$1")') - float('$(metric "$before" "$1")'), 6))"; }
hits="$(delta 'aisle_search_cache_requests_total{result="hit"}')"
misses="$(delta 'aisle_search_cache_requests_total{result="miss"}')"
searches="$(delta 'aisle_search_duration_seconds_count{endpoint="search"}')"
engine="$(delta 'aisle_search_duration_seconds_sum{endpoint="search"}')"
errors=$(( $(field connect) + $(field read) + $(field write) + $(field timeout) + $(field status) ))
python3 - "$hits" "$misses" "$searches" "$engine" "$(field requests)" "$((server_after - server_before))" "$(getconf CLK_TCK)" \
    "$(tail -1 <<<"$report")" <<'PY'
import re, sys
hits, misses, searches, engine, requests, server_ticks, tick = (float(x) for x in sys.argv[1:8])
wrk_seconds = sum(float(m) * 60 + float(s) for m, s in re.findall(r"(\d+)m([\d.]+)s", sys.argv[8]))
lookups = hits + misses
rate = f"{100 * hits / lookups:.1f} %" if lookups else "off"
mean = f"{1000 * engine / searches:.2f} ms" if searches else "-"
print(f"server: {int(searches)} searches run by the engine (mean {mean}), cache hit rate {rate} ({int(hits)} hits, {int(misses)} misses)")
print(f"CPU per request: server {1e6 * server_ticks / tick / requests:.0f} µs, wrk {1e6 * wrk_seconds / requests:.0f} µs "
      "(the machine's cores divided by their sum bound the requests per second)")
PY
echo "summary: $(field rps) requests/s, p50 $(field p50) ms, p95 $(field p95) ms, p99 $(field p99) ms, max $(field max) ms, errors $errors" \
    "(connect $(field connect), read $(field read), write $(field write), timeout $(field timeout), non-2xx $(field status))"
