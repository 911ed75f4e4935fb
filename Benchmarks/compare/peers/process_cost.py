"""What answering from a process of its own costs an engine's measured latency, shown with tantivy.

    python3 Benchmarks/compare/run.py --process-cost --corpus DIR [--passes N]

The comparison times tantivy, SQLite and Xapian inside the runner's process and Aisle inside its own
`aisle query-server`, which waits on a pipe between queries. This builds one tantivy index of the corpus
and times the same OR top-10 searches (every query of queries.tsv, `--passes` times; the last pass is
reported) four ways, always around the search call alone: inside the runner; and in a child process that
answers JSON lines as `aisle query-server` does, on the runner's CPU, on another CPU, and where the
scheduler puts it (how the comparison runs Aisle). The child rows less the in-process row are what the
process boundary costs, the engine being the same.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import tantivy

from .bench import summarize
from .corpus import Corpus
from .tantivy_engine import TantivyEngine, TantivyTarget

COMPARE_DIR = Path(__file__).resolve().parent.parent


def _timed(target: TantivyTarget, queries: list[str], passes: int) -> list[float]:
    """Microseconds of each search of the last pass."""
    prepared = [target.prepare(str(i), text) for i, text in enumerate(queries)]
    times: list[float] = []
    for _ in range(passes):
        times = []
        for query in prepared:
            start = time.perf_counter_ns()
            target.search(query)
            times.append((time.perf_counter_ns() - start) / 1000)
    return times


def _child(index: Path, fields: list[str], queries: list[str], passes: int, cpu: int | None) -> list[float]:
    """Microseconds of each search of the last pass, as a child process serving `index` reports them."""
    command = [sys.executable, "-m", "peers.process_cost", "--serve", str(index), *fields]
    process = subprocess.Popen(command, cwd=COMPARE_DIR, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                               bufsize=1)
    try:
        if cpu is not None:
            os.sched_setaffinity(process.pid, {cpu})
        times: list[float] = []
        for _ in range(passes):
            times = []
            for text in queries:
                process.stdin.write(json.dumps({"q": text}) + "\n")
                process.stdin.flush()
                times.append(float(json.loads(process.stdout.readline())["us"]))
        return times
    finally:
        process.stdin.close()
        process.wait()


def serve(index: Path, fields: list[str]) -> None:
    """The child: answers each {"q"} line on standard input with {"us"}, the microseconds of the search."""
    target = TantivyTarget(tantivy.Index.open(str(index)), fields, None, "tantivy", "or", 10)
    for line in sys.stdin:
        prepared = target.prepare("", json.loads(line)["q"])
        start = time.perf_counter_ns()
        target.search(prepared)
        print(json.dumps({"us": (time.perf_counter_ns() - start) / 1000}), flush=True)


def measure(corpus: Corpus, passes: int) -> list[tuple[str, dict[str, float]]]:
    """(placement, latency summary of the last pass) in the runner's process and for the three child
    placements (two when the runner may use one CPU only)."""
    queries = [q.text for q in corpus.queries]
    cpus = sorted(os.sched_getaffinity(0))
    rows: list[tuple[str, dict[str, float]]] = []
    with tempfile.TemporaryDirectory(prefix="aisle-process-cost-") as work:
        engine = TantivyEngine()
        engine.build(corpus, Path(work))
        index, fields = Path(work) / "tantivy", list(corpus.fields)
        rows.append(("in the runner's process", summarize(_timed(engine.target("tantivy", "or", 10), queries, passes))))
        os.sched_setaffinity(0, {cpus[0]})
        try:
            rows.append(("child process, the runner's CPU", summarize(_child(index, fields, queries, passes, cpus[0]))))
            if len(cpus) > 1:
                rows.append(("child process, another CPU", summarize(_child(index, fields, queries, passes, cpus[1]))))
        finally:
            os.sched_setaffinity(0, set(cpus))
        rows.append(("child process, where the scheduler puts it", summarize(_child(index, fields, queries, passes, None))))
    return rows


def run(corpus_dir: Path, passes: int) -> None:
    """Measures `corpus_dir` (see `measure`) and prints the table."""
    corpus = Corpus.load(corpus_dir)
    rows = measure(corpus, passes)
    queries = corpus.queries
    print(f"tantivy on {corpus.name}: {len(queries):,} queries, OR, top 10, last of {passes} passes; µs")
    print("| placement | p50 | p95 | p99 | mean |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for placement, s in rows:
        print(f"| {placement} | {s['p50']:.1f} | {s['p95']:.1f} | {s['p99']:.1f} | {s['mean']:.1f} |")


if __name__ == "__main__":
    if sys.argv[1:2] != ["--serve"] or len(sys.argv) < 4:
        print("usage: python -m peers.process_cost --serve INDEX_DIR FIELD... (started by run.py --process-cost)",
              file=sys.stderr)
        sys.exit(2)
    serve(Path(sys.argv[2]), sys.argv[3:])
