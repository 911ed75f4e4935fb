#!/usr/bin/env bash
# Checks the HTTP API against its OpenAPI document with schemathesis (from PyPI, in .local/venv):
# starts `aisle serve` on a fresh database of the running test instance and a fresh index, with a
# few sample products, and runs every check schemathesis has on every operation.
#
#   scripts/api-check.sh [path/to/aisle]     (default .build/debug/aisle; DATABASE_URL must be set)
#
# The default run is deterministic (the same requests every time) and takes about 20 s.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
aisle="${1:-.build/debug/aisle}"
: "${DATABASE_URL:?set DATABASE_URL (scripts/test.sh does)}"

venv=.local/venv
if [ ! -x "$venv/bin/st" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "schemathesis==4.32.5"
fi

work="$(mktemp -d)"
database="aisle_api_check_$$"
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
psql "$DATABASE_URL" -qc "CREATE DATABASE $database" >/dev/null
url="${DATABASE_URL%/*}/$database"

head -n 50 corpora/sample/products.jsonl >"$work/products.jsonl"
"$aisle" import "$work/products.jsonl" --database-url "$url" 2>/dev/null
"$aisle" serve --port 0 --index "$work/index" --database-url "$url" --log-level info 2>"$work/server.log" &
server=$!
port=""
for _ in $(seq 1 600); do
    port="$(grep '"message":"listening"' "$work/server.log" 2>/dev/null | grep -o '"address":"[^"]*"' | grep -o '[0-9]*"$' | tr -d '"' || true)"
    [ -n "$port" ] && break
    kill -0 "$server" 2>/dev/null || { echo "api-check: the server stopped" >&2; cat "$work/server.log" >&2; exit 1; }
    sleep 0.1
done
[ -n "$port" ] || { echo "api-check: the server did not start" >&2; cat "$work/server.log" >&2; exit 1; }

# AISLE_API_ST_ARGS replaces the generation settings (e.g. "--max-examples 200 --seed 7" to explore).
# shellcheck disable=SC2086
"$venv/bin/st" --config-file scripts/schemathesis.toml run "http://127.0.0.1:$port/openapi.json" \
    --checks all ${AISLE_API_ST_ARGS:---max-examples 25 --generation-deterministic} --no-color
