#!/usr/bin/env bash
# A/B bulk-build time of two aisle binaries over the same products, and whether they write the same
# index.
#
# usage: scripts/ab-build.sh [options] AISLE_A AISLE_B PRODUCTS_JSONL
#
#   PRODUCTS_JSONL    products in the shared corpus format (shared/corpora/README.md), e.g.
#                     ../shared/corpora/homedepot/products.jsonl or the `aisle generate` output
#   --rounds N        builds per binary (default 5), alternating: A then B in odd rounds, B then A
#                     in even ones, so drift in machine load hits both
#   --compare-only    one build each, no timing: only whether the two indexes hold the same data
#
# Each build is `AISLE index build --from PRODUCTS_JSONL --index DIR` into a fresh temporary
# folder, timed from outside (wall clock, and user + system CPU of the process and its threads).
# Prints the median wall and CPU seconds per binary and the B/A ratios of the medians, then
# compares the last two indexes database by database (`mdb_dump` of each, Debian lmdb-utils):
# "same" when every database holds the same keys and values, else the databases that differ.
# A change of speed alone should print "same"; a format change prints the databases it changed.
#
# example: scripts/ab-build.sh --rounds 6 /work/bin/aisle-old .build/release/aisle ../shared/corpora/homedepot/products.jsonl
set -euo pipefail

rounds=5 compare_only=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --rounds) rounds=$2; shift 2 ;;
        --compare-only) compare_only=1; shift ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        -*) echo "ab-build.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) break ;;
    esac
done
if [[ $# -ne 3 ]]; then
    echo "usage: scripts/ab-build.sh [--rounds N] [--compare-only] AISLE_A AISLE_B PRODUCTS_JSONL (see --help)" >&2
    exit 2
fi
a=$1 b=$2 products=$3
for binary in "$a" "$b"; do
    [[ -x "$binary" ]] || { echo "ab-build.sh: $binary is not an executable" >&2; exit 2; }
done
[[ -f "$products" ]] || { echo "ab-build.sh: $products not found" >&2; exit 2; }
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "ab-build.sh: --rounds takes a positive integer, not $rounds" >&2; exit 2; }
command -v mdb_dump >/dev/null || { echo "ab-build.sh: mdb_dump not found (Debian: lmdb-utils; scripts/setup.sh installs it)" >&2; exit 2; }
[[ $compare_only -eq 1 ]] && rounds=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$a" "$b" "$products" "$rounds" "$work" "$compare_only" <<'PY'
import hashlib, os, resource, shutil, statistics, subprocess, sys, time

a, b, products, rounds, work, compare_only = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6] == "1"
binaries = {"A": a, "B": b}
wall = {"A": [], "B": []}
cpu = {"A": [], "B": []}

def build(name):
    index = os.path.join(work, name)
    shutil.rmtree(index, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([binaries[name], "index", "build", "--from", products, "--index", index],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"ab-build.sh: {binaries[name]} index build failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    wall[name].append(seconds)
    cpu[name].append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    print(f"  round {len(wall[name])} {name}: {seconds:.2f} s wall, {cpu[name][-1]:.2f} s CPU", file=sys.stderr, flush=True)
    return index

indexes = {}
for r in range(rounds):
    for name in (("A", "B") if r % 2 == 0 else ("B", "A")):
        indexes[name] = build(name)

print(f"{products}: {rounds} build(s) per binary" + ("" if compare_only else ", alternating"))
if not compare_only:
    for name in ("A", "B"):
        print(f"{name} {binaries[name]}: wall median {statistics.median(wall[name]):.2f} s (min {min(wall[name]):.2f}), "
              f"CPU median {statistics.median(cpu[name]):.2f} s")
    print(f"B/A: wall {statistics.median(wall['B']) / statistics.median(wall['A']):.3f}, "
          f"CPU {statistics.median(cpu['B']) / statistics.median(cpu['A']):.3f}")

def databases(index):
    """Each named database of the index's live generation: sha256 of its `mdb_dump` (keys and values)."""
    generation = os.path.realpath(os.path.join(index, "current"))
    listing = subprocess.run(["mdb_dump", "-l", generation], capture_output=True, text=True, check=True).stdout.split()
    digests = {}
    for database in listing:
        dump = subprocess.run(["mdb_dump", "-s", database, generation], capture_output=True, check=True).stdout
        # The header names the database and its flags; the data lines follow "HEADER=END".
        digests[database] = hashlib.sha256(dump.split(b"HEADER=END", 1)[-1]).hexdigest()
    return digests

left, right = databases(indexes["A"]), databases(indexes["B"])
differ = sorted(name for name in set(left) | set(right) if left.get(name) != right.get(name))
print("index content: same" if not differ else "index content differs in: " + ", ".join(differ))
PY
