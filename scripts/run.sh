#!/usr/bin/env bash
# The main job, from a clean clone: installs what is missing, starts local PostgreSQL and Redis on
# loopback, builds Aisle, imports the sample catalog into PostgreSQL, builds the search index from it,
# evaluates its ranking, and serves the HTTP API on localhost (Ctrl-C stops it). Prints curl examples
# that work against it. AISLE_PORT picks the port (default: a free one).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/setup.sh
scripts/services.sh start
set -a; source .local/services.env; set +a
swift build -c release --product aisle
aisle=.build/release/aisle
index=.local/index

"$aisle" import corpora/sample/products.jsonl      # into PostgreSQL ($DATABASE_URL)
"$aisle" reindex --index "$index"                   # PostgreSQL -> new index generation, swapped in
"$aisle" index synonyms --index "$index" --set corpora/sample/synonyms.txt   # query-time rules, kept across reindexing
"$aisle" index stats --index "$index"
echo
echo "Ranking on the sample catalog's judged queries:"
"$aisle" eval --corpus corpora/sample

port="${AISLE_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
base="http://127.0.0.1:$port"
"$aisle" serve --port "$port" --index "$index" 2>>.local/server.log &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' EXIT INT TERM
for _ in $(seq 1 300); do
    curl -sf "$base/readyz" >/dev/null && break
    kill -0 "$server" 2>/dev/null || { echo "aisle serve stopped; see .local/server.log" >&2; tail -5 .local/server.log >&2; exit 1; }
    sleep 0.1
done
curl -sf "$base/readyz" >/dev/null || { echo "aisle serve did not become ready; see .local/server.log" >&2; exit 1; }

example() {  # a curl command line, printed as it can be pasted, and its answer (shortened)
    echo
    echo "\$ curl -s $*"
    eval "curl -s $*" | python3 -c 'import json, sys; print(json.dumps(json.load(sys.stdin), indent=1)[:1500])'
}
example "'$base/v1/search?q=cordless+drill&limit=2&facet=brand&highlight=true'"
example "'$base/v1/suggest?q=brushed+nick&limit=3'"
example "'$base/v1/search?q=fridge&limit=2'"
example "-X PATCH '$base/v1/products/S00001' -H 'Content-Type: application/json' -d '{\"price\": 74.97}'"
echo
echo "Serving $base (API: $base/openapi.json, metrics: $base/metrics, logs: .local/server.log). Ctrl-C stops it."
echo "Try: curl -s '$base/v1/search?q=3/4+in.+copper+pipe&filter=price:%5B0%20TO%2020%5D&limit=3'"
wait "$server"
