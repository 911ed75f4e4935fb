"""Scale runs: Aisle and tantivy on synthetic catalogues of growing size (`run.py --scale 100000,1000000`).

For each size: `aisle generate` writes a catalogue and its queries; each engine builds its index in a child
process of its own (wall clock, index size, peak RSS and sampled peak anonymous memory, a memory guard);
then both answer every generated query once untimed (warm-up; match counts and quality on the generated
judgments recorded) and in `passes` timed passes, interleaved query by query as in the side-by-side run.
The catalogue and the indexes of a size are deleted before the next size starts. Results are written
after every size, so a size that fails or is stopped still leaves the smaller ones on disk.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from . import child, report, scale_report
from .report import human_size
from .aisle_engine import AisleEngine, AisleTarget, ensure_binary
from .bench import Bench, summarize
from .corpus import FIELD_WEIGHTS, highest_grade, read_qrels, read_queries
from .engine import EngineError, Target, directory_bytes
from .metrics import evaluate

# `tantivy-same` builds tantivy with the same content as Aisle's index (`tantivy_engine.schema`'s
# same_content): whole products stored, filter and facet fields as fast fields. It is built and measured
# for size, time and memory only; its queries would be `tantivy`'s.
SCALE_ENGINES = ("aisle", "tantivy", "tantivy-same")
TANTIVY_CONFIG = "tantivy+boost"
COMPARE_DIR = Path(__file__).resolve().parent.parent


@dataclass
class ScaleOptions:
    """Everything a scale run depends on (run.py --scale's command line)."""

    sizes: list[int]
    out: Path
    aisle: Path
    engines: list[str] = field(default_factory=lambda: list(SCALE_ENGINES))
    modes: list[str] = field(default_factory=lambda: ["or"])
    k: int = 10
    queries: int = 500
    passes: int = 3
    seed: int = 1
    memory_limit_bytes: int | None = 12 * 2**30
    no_build: bool = False
    work_dir: Path | None = None
    command: str = ""
    repo_root: Path = Path(".")


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _tail(path: Path, lines: int = 8) -> str:
    text = path.read_text(errors="replace").strip().splitlines() if path.is_file() else []
    return "\n  ".join(text[-lines:])


def _failure(what: str, run: child.ChildRun, stderr: Path, limit: int | None) -> str:
    if run.over_memory_limit:
        return f"{what}: stopped by the memory guard (anonymous memory above {human_size(limit)})"
    return f"{what}: exit status {run.status}; standard error ends with:\n  {_tail(stderr)}"


def _last_json_line(path: Path) -> dict:
    lines = [line for line in path.read_text(errors="replace").splitlines() if line.strip()]
    try:
        value = json.loads(lines[-1])
    except (IndexError, ValueError):
        raise EngineError(f"{path} does not end with a JSON line: {lines[-3:]!r}") from None
    if not isinstance(value, dict) or not isinstance(value.get("documents"), int):
        raise EngineError(f"{path} ends with {lines[-1]!r}, not a JSON object with \"documents\"")
    return value


def _build(engine: str, products: Path, index: Path, logs: Path, options: ScaleOptions, binary: Path) -> dict:
    """Builds one engine's index in a child process; returns its record (with "error" when it failed)."""
    stdout, stderr = logs / f"{engine}-build.out", logs / f"{engine}-build.err"
    if engine == "aisle":
        command = [str(binary), "index", "build", "--from", str(products), "--index", str(index), "--json"]
        run = child.run(command, stdout, stderr, options.memory_limit_bytes)
    else:
        same = ["--same-content"] if engine == "tantivy-same" else []
        command = [sys.executable, "-m", "peers.tantivy_build", *same, str(products), str(index)]
        run = child.run(command, stdout, stderr, options.memory_limit_bytes, cwd=COMPARE_DIR)
    record = {"seconds": run.seconds, "max_rss_bytes": run.max_rss_bytes, "peak_anon_bytes": run.peak_anon_bytes,
              "status": run.status}
    if run.status != 0:
        record["error"] = _failure(f"{engine} build", run, stderr, options.memory_limit_bytes)
        return record
    try:
        summary = _last_json_line(stdout)
    except EngineError as error:
        record["error"] = f"{engine} build: {error}"
        return record
    record.update({"documents": summary["documents"], "bytes": directory_bytes(index),
                   "reported_seconds": summary.get("seconds")})
    try:
        record.update(_stored(engine, index, binary))
    except EngineError as error:
        record["error"] = f"{engine} build: {error}"
    return record


def _stored(engine: str, index: Path, binary: Path) -> dict:
    """How many of the index's bytes hold stored documents: Aisle's `documents` database (from `aisle index
    stats`, whose per-database sizes are kept too), tantivy's doc store files (`*.store`)."""
    if engine != "aisle":
        return {"stored_bytes": sum(p.stat().st_size for p in index.glob("*.store"))}
    stats = subprocess.run([str(binary), "index", "stats", "--index", str(index), "--json"], capture_output=True,
                           text=True)
    try:
        databases = {d["name"]: d["bytes"] for d in json.loads(stats.stdout)["databases"]}
        return {"stored_bytes": databases["documents"], "databases": databases}
    except (ValueError, KeyError, TypeError):
        raise EngineError(f"`aisle index stats --json` answered {stats.stdout[-300:]!r} "
                          f"(exit {stats.returncode}): {stats.stderr.strip()[-300:]}") from None


def _targets(built: dict[str, Path], options: ScaleOptions, binary: Path, logs: Path) -> list[tuple[str, Target]]:
    """(engine, target) per built engine and mode (`tantivy-same` is built only)."""
    targets: list[tuple[str, Target]] = []
    for engine, index in built.items():
        if engine == "tantivy-same":
            continue
        for mode in options.modes:
            if engine == "aisle":
                targets.append((engine, AisleTarget(binary, index, logs / f"aisle-query-server-{mode}.log", "aisle",
                                                    mode, options.k)))
            else:
                import tantivy

                from .tantivy_engine import TantivyTarget, field_boosts

                fields = list(FIELD_WEIGHTS)
                targets.append((engine, TantivyTarget(tantivy.Index.open(str(index)), fields, field_boosts(fields),
                                                      TANTIVY_CONFIG, mode, options.k, page=True)))
    return targets


def _warm_up(targets: list[Target], queries, qrels: dict[str, dict[str, int]]) -> dict[str, dict]:
    """Every target answers every query once, untimed: warms the caches, and gives each target's mean
    number of matches and its ranking quality on the generated judgments (rule-based, written with the
    catalogue: a check that both engines search the same fields, not a relevance benchmark)."""
    outcome: dict[str, dict] = {}
    for target in targets:
        rankings: dict[str, tuple[list[str], int]] = {}
        errors, first_error = 0, None
        for query in queries:
            try:
                hits = target.search(target.prepare(query.id, query.text))
                rankings[query.id] = ([str(key) for key in hits.keys], hits.total)
            except Exception as error:  # counted, reported with the first message; the run goes on
                errors += 1
                first_error = first_error or f"query {query.id} {query.text!r}: {type(error).__name__}: {error}"
                rankings[query.id] = ([], 0)
        totals = [total for _, total in rankings.values()]
        outcome[target.key] = {
            "mean_total": sum(totals) / len(totals) if totals else None,
            "quality": evaluate(rankings, qrels, highest_grade(qrels), errors).as_dict(),
            "first_error": first_error,
        }
    return outcome


def _one_size(size: int, options: ScaleOptions, binary: Path, workdir: Path, logs: Path) -> dict:
    directory = workdir / f"n{size}"
    corpus = directory / "corpus"
    size_logs = logs / f"n{size}"
    size_logs.mkdir(parents=True, exist_ok=True)
    record: dict = {"products": size, "load_before": os.getloadavg(), "builds": {}, "targets": []}
    _log(f"scale {size:,}: generating the catalogue")
    generate = child.run([str(binary), "generate", "--count", str(size), "--seed", str(options.seed),
                          "--queries", str(options.queries), "--out", str(corpus)],
                         size_logs / "generate.out", size_logs / "generate.err", options.memory_limit_bytes)
    if generate.status != 0:
        record["error"] = _failure("aisle generate", generate, size_logs / "generate.err", options.memory_limit_bytes)
        return record
    products = corpus / "products.jsonl"
    record["generate_seconds"] = generate.seconds
    record["corpus_bytes"] = products.stat().st_size
    queries = read_queries(corpus / "queries.tsv")
    qrels = read_qrels(corpus / "qrels.tsv")
    record["queries"] = len(queries)
    built: dict[str, Path] = {}
    for engine in options.engines:
        index = directory / engine
        _log(f"scale {size:,}: building {engine}")
        build = _build(engine, products, index, size_logs, options, binary)
        record["builds"][engine] = build
        if "error" in build:
            _log(f"  {build['error']}")
            continue
        _log(f"  {build['seconds']:.1f} s, {build['bytes'] / 2**20:,.1f} MiB, peak RSS "
             f"{build['max_rss_bytes'] / 2**20:,.0f} MiB, {build['documents']:,} documents")
        built[engine] = index
    targets: list[tuple[str, Target]] = []
    try:
        targets = _targets(built, options, binary, size_logs)
        if targets:
            _log(f"scale {size:,}: warm-up, {len(queries):,} queries × {len(targets)} targets")
            warm = _warm_up([target for _, target in targets], queries, qrels)
            bench = Bench(None, [target for _, target in targets], {})
            for number in range(1, options.passes + 1):
                bench.timed_pass(queries, f"timed pass {number}/{options.passes}", options.seed + number)
            for engine, target in targets:
                kept = bench.records[target.key]
                record["targets"].append({
                    "engine": engine, "config": target.config, "mode": target.mode, **warm[target.key],
                    "latency": {"engine_us": summarize(kept.engine_us), "client_us": summarize(kept.client_us),
                                "errors": kept.timing_errors, "first_error": kept.first_error},
                })
    finally:
        for _, target in targets:
            target.close()
        shutil.rmtree(directory, ignore_errors=True)
    record["load_after"] = os.getloadavg()
    return record


def run(options: ScaleOptions) -> dict:
    """Runs every size of `options.sizes` in order and writes scale.json, scale.md and scale.png into
    `options.out` after each one. Raises EngineError when the aisle executable is missing."""
    started = time.perf_counter()
    binary = ensure_binary(options.aisle, options.repo_root, not options.no_build)
    options.out.mkdir(parents=True, exist_ok=True)
    logs = options.out / "logs"
    workdir = Path(tempfile.mkdtemp(prefix="aisle-scale-", dir=options.work_dir))
    versions: dict[str, str] = {}
    configurations: dict[str, str] = {}
    if "aisle" in options.engines:
        aisle = AisleEngine(binary, options.repo_root, logs)
        versions.update(aisle.versions())
        configurations["aisle"] = aisle.describe()
    if "tantivy" in options.engines:
        from .tantivy_engine import TantivyEngine

        versions.update(TantivyEngine().versions())
        configurations["tantivy"] = (
            f"`{TANTIVY_CONFIG}`: every field of {', '.join(FIELD_WEIGHTS)} with `en_stem`, parser boosts "
            + ", ".join(f"{f}={w}" for f, w in FIELD_WEIGHTS.items())
            + "; `id` and `title` stored; built streaming from products.jsonl in its own Python process "
            "(JSON parsing included, default writer: 2 threads here, one commit, merges waited for)")
    if "tantivy-same" in options.engines:
        configurations["tantivy-same"] = (
            "built only, for size, time and memory: `tantivy`'s schema plus what Aisle's index holds beyond it, "
            "the whole product line stored (bytes) and the filter and facet fields as fast fields (price, rating, "
            "popularity f64; review_count, stock i64; brand, currency raw text; category a facet; attributes a "
            "raw JSON field; the text ones also get a small inverted index, which tantivy cannot leave out)")
    result = {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": report.machine(),
        "command": options.command,
        "settings": {"sizes": options.sizes, "engines": options.engines, "modes": options.modes, "k": options.k,
                     "queries": options.queries, "passes": options.passes, "seed": options.seed,
                     "memory_limit_bytes": options.memory_limit_bytes},
        "runs": [],
        "configurations": configurations,
        "versions": versions,
    }
    try:
        for size in options.sizes:
            result["runs"].append(_one_size(size, options, binary, workdir, logs))
            result["seconds"] = time.perf_counter() - started
            paths = scale_report.write(result, options.out)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    _log(f"done in {result['seconds']:.0f} s: " + ", ".join(str(p) for p in paths))
    return result
