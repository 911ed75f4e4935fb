#!/usr/bin/env bash
# The whole test suite, from a clean clone: installs what is missing, starts the test instance of
# PostgreSQL and Redis (.local/test, fsync off), builds, and runs every test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/setup.sh
export AISLE_SERVICES_DIR="$root/.local/test"
AISLE_PG_FSYNC=off scripts/services.sh start
set -a; source "$AISLE_SERVICES_DIR/services.env"; set +a

swift build --build-tests
swift test --skip-build
# The side-by-side benchmark runner end to end on a tiny corpus (every engine, both modes).
python3 Benchmarks/compare/run.py --smoke --aisle .build/debug/aisle --no-build
# The HTTP API against its OpenAPI document (schemathesis, deterministic).
scripts/api-check.sh .build/debug/aisle
