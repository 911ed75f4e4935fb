#!/usr/bin/env bash
# The main job, from a clean clone: installs what is missing, starts local PostgreSQL and Redis on
# loopback (the catalog and accounts will live there), builds Aisle, indexes the sample catalog and
# searches it from the command line. (The HTTP server replaces the last step when it lands.)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/setup.sh
scripts/services.sh start
swift build -c release --product aisle
aisle=.build/release/aisle
index=.local/index

"$aisle" index build --from corpora/sample/products.jsonl --index "$index"
"$aisle" index stats --index "$index"
for query in "cordless drill" "brushed nickel faucet" "3/4 in. copper pipe"; do
    echo
    echo "\$ aisle search --index $index \"$query\""
    "$aisle" search --index "$index" "$query" --limit 5
done
echo
echo "Ranking on the sample catalog's judged queries:"
"$aisle" eval --corpus corpora/sample
echo
echo "Try more: $aisle search --index $index \"your query\"   (see README.md for filters, facets and the query language)"
