#!/usr/bin/env bash
# A/B latency of two aisle binaries over the same queries and the same index.
#
# usage: scripts/ab.sh [options] AISLE_A AISLE_B CORPUS_DIR [-- QUERY-SERVER ARGS...]
#
#   CORPUS_DIR        any corpus directory in the shared format (products.jsonl, queries.tsv with a
#                     header line; see shared/corpora/README.md)
#   --index DIR       the index both binaries read (default: built once by AISLE_A from
#                     CORPUS_DIR/products.jsonl into a temporary directory, removed at the end)
#   --index-b DIR     the index AISLE_B reads instead (two builds of different index formats:
#                     each reads an index it wrote; default: the same as AISLE_A's)
#   --k K             results per query (default 10)
#   --mode or|and     default or
#   --rounds N        rounds (default 4) over every query, A first in odd rounds and B first in
#                     even ones
#   --interleave round|query
#                     round (default, as every figure before 2026-12-08 was measured): each binary
#                     answers a whole round alone, with warm caches, but a host slower during one
#                     binary's round shows as a difference. query: each query goes to both
#                     binaries one right after the other, so drift in machine load (seconds long on
#                     a shared host, and as large as a small change) hits both alike; each process
#                     then starts a query with caches the other just used, as the engines the
#                     benchmark runner interleaves do, and who goes first alternates from query to
#                     query (the second finds the index pages the first read in the CPU's caches).
#                     Prefer it for differences of a few percent.
#   --limit N         only the first N queries of queries.tsv (default all)
#   -- ARGS           passed to both `aisle query-server` processes (--facet ..., --filter ...,
#                     --no-typos)
#
# Latency is the `us` field query-server reports (in-process time of one search, no pipe I/O),
# every query answered once as a warm-up and then timed in each round; a query's latency is its
# best of the rounds. Prints p50/p95/p99/mean in microseconds per binary and B/A ratios, and how
# many queries got different ids, scores, totals or facet counts (0 unless the change alters
# results; facet counts are compared when both binaries report them).
#
# example: scripts/ab.sh --rounds 4 /work/bin/aisle-old .build/release/aisle ../shared/corpora/homedepot
set -euo pipefail

k=10 mode=or rounds=4 limit=0 index="" index_b="" interleave=round
while [[ $# -gt 0 ]]; do
    case "$1" in
        --index) index=$2; shift 2 ;;
        --index-b) index_b=$2; shift 2 ;;
        --k) k=$2; shift 2 ;;
        --mode) mode=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --limit) limit=$2; shift 2 ;;
        --interleave) interleave=$2; shift 2 ;;
        -h|--help) sed -n '2,33p' "$0"; exit 0 ;;
        --) break ;;
        -*) echo "ab.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) break ;;
    esac
done
if [[ $# -lt 3 ]]; then
    echo "usage: scripts/ab.sh [options] AISLE_A AISLE_B CORPUS_DIR [-- QUERY-SERVER ARGS...] (see --help)" >&2
    exit 2
fi
a=$1 b=$2 corpus=$3
shift 3
[[ "${1:-}" == "--" ]] && shift
for binary in "$a" "$b"; do
    [[ -x "$binary" ]] || { echo "ab.sh: $binary is not an executable" >&2; exit 2; }
done
[[ -f "$corpus/queries.tsv" ]] || { echo "ab.sh: $corpus/queries.tsv not found" >&2; exit 2; }
[[ "$interleave" == query || "$interleave" == round ]] || { echo "ab.sh: --interleave is query or round, not $interleave" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ -z "$index" ]]; then
    [[ -f "$corpus/products.jsonl" ]] || { echo "ab.sh: $corpus/products.jsonl not found" >&2; exit 2; }
    index=$work/index
    echo "building the index with $a ..." >&2
    "$a" index build --from "$corpus/products.jsonl" --index "$index" >/dev/null
fi

python3 - "$a" "$b" "$corpus/queries.tsv" "$index" "${index_b:-$index}" "$k" "$mode" "$rounds" "$limit" "$interleave" "$@" <<'PY'
import json, subprocess, sys

a, b, queries_path, index, index_b, k, mode, rounds, limit, interleave = sys.argv[1:11]
extra = sys.argv[11:]
rounds, limit = int(rounds), int(limit)
with open(queries_path, encoding="utf-8") as f:
    queries = [line.rstrip("\n").split("\t", 1)[1] for line in f.readlines()[1:] if "\t" in line]
if limit > 0:
    queries = queries[:limit]

def start(binary, index):
    return subprocess.Popen([binary, "query-server", "--index", index, "--k", k, "--mode", mode, "--plain-text"] + extra,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

def ask(process, i):
    process.stdin.write(json.dumps({"id": i, "q": queries[i]}) + "\n")
    process.stdin.flush()
    answer = json.loads(process.stdout.readline())
    if "error" in answer:
        sys.exit(f"ab.sh: query {i} ({queries[i]!r}): {answer['error']}")
    return answer

def run(process):
    return [ask(process, i) for i in range(len(queries))]

servers = {"A": start(a, index), "B": start(b, index_b)}
best, first = {}, {}
for name, process in servers.items():
    first[name] = run(process)  # warm-up
    best[name] = [float("inf")] * len(queries)
for r in range(rounds):
    order = ("A", "B") if r % 2 == 0 else ("B", "A")
    if interleave == "query":
        # The second to answer a query finds the index pages the first just read in the CPU's
        # caches (both map the same file): who goes first alternates from query to query too.
        for i in range(len(queries)):
            for name in (order if i % 2 == 0 else order[::-1]):
                best[name][i] = min(best[name][i], ask(servers[name], i)["us"])
    else:
        for name in order:
            for i, answer in enumerate(run(servers[name])):
                best[name][i] = min(best[name][i], answer["us"])
for process in servers.values():
    process.stdin.close()
    process.wait()

def pct(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

print(f"{len(queries)} queries, k={k}, mode={mode}, {rounds} rounds (best per query), interleaved by {interleave}, index {index}"
      + (f", B's index {index_b}" if index_b != index else "")
      + (f", args {' '.join(extra)}" if extra else ""))
summary = {}
for name, binary in (("A", a), ("B", b)):
    values = best[name]
    summary[name] = [pct(values, .5), pct(values, .95), pct(values, .99), sum(values) / len(values)]
    p50, p95, p99, mean = summary[name]
    print(f"{name} {binary}: p50 {p50:.0f} p95 {p95:.0f} p99 {p99:.0f} mean {mean:.0f} us")
print("B/A: " + " ".join(f"{label} {summary['B'][i] / summary['A'][i]:.3f}" for i, label in enumerate(("p50", "p95", "p99", "mean"))))
def same(x, y):
    facets = "facets" not in x or "facets" not in y or x["facets"] == y["facets"]
    return facets and (x["ids"], x["scores"], x["total"]) == (y["ids"], y["scores"], y["total"])
differ = sum(1 for x, y in zip(first["A"], first["B"]) if not same(x, y))
print(f"queries with different ids, scores, totals or facet counts: {differ}"
      + ("" if all("facets" in x for x in first["A"] + first["B"]) or not extra else " (facets compared only where both report them)"))
PY
