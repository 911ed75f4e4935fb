"""One comparison run: build every engine, collect rankings, time the passes, assemble the result."""
from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from . import report
from .bench import Bench, summarize
from .corpus import Corpus
from .engine import Engine, EngineError, Target
from .metrics import evaluate

ENGINES = ("aisle", "tantivy", "sqlite", "postgres", "xapian")


@dataclass
class Options:
    """Everything a run depends on (run.py's command line)."""

    corpus: Path
    engines: list[str] = field(default_factory=lambda: list(ENGINES))
    modes: list[str] = field(default_factory=lambda: ["or", "and"])
    k: int = 100
    passes: int = 3
    limit_queries: int | None = None
    latency_queries: int = 1000
    seed: int = 1
    batch: int = 1
    out: Path | None = None
    aisle: Path | None = None
    no_build: bool = False
    database_url: str | None = None
    work_dir: Path | None = None
    command: str = ""
    repo_root: Path = Path(".")


@dataclass
class Outcome:
    """The result dictionary (as written to results.json) and every target's rankings by query id."""

    result: dict
    rankings: dict[str, dict[str, tuple[list[str], int]]]
    paths: list[Path]


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _engines(options: Options, logs: Path) -> list[Engine]:
    """Engine adapters in the order asked, each checked for what it needs before anything is built."""
    engines: list[Engine] = []
    for name in options.engines:
        if name == "aisle":
            from .aisle_engine import AisleEngine, ensure_binary

            binary = ensure_binary(options.aisle, options.repo_root, not options.no_build)
            engines.append(AisleEngine(binary, options.repo_root, logs))
        elif name == "tantivy":
            from .tantivy_engine import TantivyEngine

            engines.append(TantivyEngine())
        elif name == "sqlite":
            from .sqlite_engine import SQLiteEngine

            engines.append(SQLiteEngine())
        elif name == "postgres":
            from .postgres_engine import PostgresEngine, resolve_database_url

            engines.append(PostgresEngine(resolve_database_url(options.database_url, options.repo_root)))
        elif name == "xapian":
            from .xapian_engine import XapianEngine

            engines.append(XapianEngine())
        else:
            raise EngineError(f"unknown engine {name!r}; choose from {', '.join(ENGINES)}")
    return engines


def run(options: Options) -> Outcome:
    """Runs the comparison described by `options` and writes results.{json,md,png} into `options.out`.
    Raises CorpusError or EngineError (with the engine and cause in the message) when a step fails."""
    started = time.perf_counter()
    corpus = Corpus.load(options.corpus)
    queries = corpus.queries[: options.limit_queries] if options.limit_queries else corpus.queries
    out = options.out
    out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="aisle-compare-", dir=options.work_dir))
    engines: list[Engine] = []
    targets: list[Target] = []
    try:
        engines = _engines(options, out / "logs")
        builds: dict[str, dict] = {}
        for engine in engines:
            _log(f"build {engine.name}: {len(corpus.products):,} products")
            stats = engine.build(corpus, workdir)
            label = engine.name if len(engine.configs()) == 1 else f"{engine.name} (all configurations)"
            builds[label] = {"seconds": stats.seconds, "bytes": stats.bytes, "documents": stats.documents,
                             **(stats.extra or {})}
            _log(f"  {stats.seconds:.1f} s, {stats.bytes / 2**20:.1f} MiB, {stats.documents:,} documents")
        for engine in engines:
            for config in engine.configs():
                for mode in options.modes:
                    targets.append(engine.target(config, mode, options.k))
        floors = {e.name: f for e in engines if (f := e.floor()) is not None}
        bench = Bench(corpus, targets, floors)
        _log(f"rankings: {len(queries):,} queries × {len(targets)} targets")
        bench.quality_pass(queries, "rankings")
        sample = random.Random(options.seed).sample(queries, min(options.latency_queries, len(queries)))
        for number in range(1, options.passes + 1):
            bench.timed_pass(sample, f"timed pass {number}/{options.passes}", options.seed + number, options.batch)
        results = []
        for target in targets:
            record = bench.records[target.key]
            quality = evaluate(record.rankings, corpus.qrels, corpus.top_grade, record.errors)
            results.append({
                "engine": next(e.name for e in engines if target.config in e.configs()),
                "config": target.config,
                "mode": target.mode,
                "quality": quality.as_dict(),
                "latency": {"engine_us": summarize(record.engine_us), "client_us": summarize(record.client_us),
                            "errors": record.timing_errors},
                "first_error": record.first_error,
            })
        versions: dict[str, str] = {}
        for engine in engines:
            versions.update(engine.versions())
        result = {
            "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "machine": report.machine(),
            "command": options.command,
            "corpus": {
                "name": corpus.name, "path": str(corpus.directory), "products": len(corpus.products),
                "fields": list(corpus.fields), "queries": len(corpus.queries), "queries_run": len(queries),
                "judgments": sum(len(j) for j in corpus.qrels.values()), "top_grade": corpus.top_grade,
            },
            "settings": {"k": options.k, "modes": options.modes, "passes": options.passes,
                         "latency_queries": len(sample), "seed": options.seed,
                         "batch": options.batch},
            "builds": builds,
            "results": results,
            "floors": {name: summarize(values) for name, values in bench.floor_us.items()},
            "configurations": {e.name: e.describe() for e in engines},
            "versions": versions,
            "seconds": time.perf_counter() - started,
        }
        rankings = {t.key: bench.records[t.key].rankings for t in targets}
    finally:
        for target in targets:
            target.close()
        for engine in engines:
            engine.close()
        shutil.rmtree(workdir, ignore_errors=True)
    paths = report.write(result, out)
    _log(f"done in {result['seconds']:.0f} s: " + ", ".join(str(p) for p in paths))
    return Outcome(result, rankings, paths)
