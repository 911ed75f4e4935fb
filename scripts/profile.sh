#!/usr/bin/env bash
# Where an aisle binary spends its CPU: perf's self-time shares, by function, of a bulk build or
# of a query-server answering a corpus's queries. The profile figures quoted in README and commit
# messages come from this script.
#
# usage: scripts/profile.sh [options] build AISLE CORPUS_DIR
#        scripts/profile.sh [options] query AISLE CORPUS_DIR [-- QUERY-SERVER ARGS...]
#
#   build             `AISLE index build --from CORPUS_DIR/products.jsonl` into a temporary folder
#   query             builds that index first (not profiled), then `AISLE query-server` answers
#                     every query of CORPUS_DIR/queries.tsv --rounds times (the first round warms
#                     the caches; all rounds are profiled)
#   --index DIR       query: use this index instead of building one
#   --k K             query: results per query (default 10)
#   --mode or|and     query: default or
#   --rounds N        query: rounds over the queries (default 3)
#   --top N           functions listed (default 25)
#   --frequency HZ    perf sampling frequency (default 4000)
#   -- ARGS           passed to `aisle query-server` (--facet ..., --filter ..., --no-typos)
#
# Needs `perf` (Debian: linux-perf) and permission to profile (perf_event_paranoid <= 2, or root).
# Prints the shares of samples per function (self time, children not included) and, for `query`,
# p50/p95/p99 of the last round as query-server reports them (profiling slows every query a little).
#
# example: scripts/profile.sh query .build/release/aisle ../shared/corpora/homedepot
set -euo pipefail

k=10 mode=or rounds=3 top=25 frequency=4000 index=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --index) index=$2; shift 2 ;;
        --k) k=$2; shift 2 ;;
        --mode) mode=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --top) top=$2; shift 2 ;;
        --frequency) frequency=$2; shift 2 ;;
        -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
        --) break ;;
        -*) echo "profile.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) break ;;
    esac
done
if [[ $# -lt 3 || ( "$1" != build && "$1" != query ) ]]; then
    echo "usage: scripts/profile.sh [options] build|query AISLE CORPUS_DIR [-- QUERY-SERVER ARGS...] (see --help)" >&2
    exit 2
fi
what=$1 aisle=$2 corpus=$3
shift 3
[[ "${1:-}" == "--" ]] && shift
command -v perf >/dev/null || { echo "profile.sh: perf is not installed (Debian: apt-get install linux-perf)" >&2; exit 2; }
[[ -x "$aisle" ]] || { echo "profile.sh: $aisle is not an executable" >&2; exit 2; }
[[ -f "$corpus/products.jsonl" || ( "$what" == query && -n "$index" ) ]] || { echo "profile.sh: $corpus/products.jsonl not found" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=$work/perf.data

if [[ "$what" == build ]]; then
    perf record -q -F "$frequency" -o "$data" "$aisle" index build --from "$corpus/products.jsonl" --index "$work/index" >/dev/null 2>"$work/stderr" \
        || { cat "$work/stderr" >&2; exit 1; }
    echo "bulk build of $corpus/products.jsonl"
else
    [[ -f "$corpus/queries.tsv" ]] || { echo "profile.sh: $corpus/queries.tsv not found" >&2; exit 2; }
    if [[ -z "$index" ]]; then
        index=$work/index
        "$aisle" index build --from "$corpus/products.jsonl" --index "$index" >/dev/null
    fi
    python3 - "$corpus/queries.tsv" "$rounds" >"$work/queries.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    queries = [line.rstrip("\n").split("\t", 1)[1] for line in f.readlines()[1:] if "\t" in line]
for _ in range(int(sys.argv[2])):
    for i, q in enumerate(queries):
        print(json.dumps({"id": i, "q": q}))
PY
    perf record -q -F "$frequency" -o "$data" "$aisle" query-server --index "$index" --k "$k" --mode "$mode" --plain-text "$@" \
        <"$work/queries.jsonl" >"$work/answers.jsonl" 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
    python3 - "$work/answers.jsonl" "$rounds" "$k" "$mode" "$*" <<'PY'
import json, sys
answers = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
rounds = int(sys.argv[2])
last = sorted(a["us"] for a in answers[len(answers) - len(answers) // rounds:])
pct = lambda q: last[min(len(last) - 1, int(q * len(last)))]
print(f"query-server, {len(last)} queries x {rounds} rounds, k={sys.argv[3]}, mode={sys.argv[4]}"
      + (f", args {sys.argv[5]}" if sys.argv[5] else "")
      + f"; last round (under perf): p50 {pct(.5):.0f} p95 {pct(.95):.0f} p99 {pct(.99):.0f} us")
PY
fi

echo "self time by function (share of all samples):"
perf report -i "$data" --no-children --fields overhead,dso,sym --stdio -g none 2>/dev/null \
    | grep -E '^ +[0-9.]+%' | head -n "$top" \
    | while IFS= read -r line; do
        read -r share dso _ symbol <<<"$line"
        # Only Swift symbols are demangled (swift-demangle would mangle C names such as __memcmp).
        if [[ "$symbol" == '$s'* ]] && command -v swift-demangle >/dev/null; then
            types=$(swift-demangle --compact "$symbol" | sed -nE 's/^generic specialization <([^>]*)>.*/ <\1>/p')
            symbol="$(swift-demangle --simplified --compact "$symbol")$types"
        fi
        printf '%7s  %-20s %s\n' "$share" "$dso" "${symbol:0:150}"
    done
