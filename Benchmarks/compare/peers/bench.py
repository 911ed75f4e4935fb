"""The measuring loop: every target answers every query in turn (engines interleaved query by query),
one untimed pass for the rankings, then a warm-up pass and timed passes over a latency sample."""
from __future__ import annotations

import gc
import math
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from .corpus import Corpus, Query
from .engine import Hits, Target


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list (p in 0...100)."""
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def summarize(values: list[float]) -> dict[str, float] | None:
    """p50/p95/p99/mean in microseconds, and QPS = 1e6 / mean (one thread, back to back)."""
    if not values:
        return None
    ordered = sorted(values)
    mean = sum(ordered) / len(ordered)
    return {
        "samples": len(ordered),
        "p50": percentile(ordered, 50),
        "p95": percentile(ordered, 95),
        "p99": percentile(ordered, 99),
        "mean": mean,
        "qps": 1e6 / mean if mean > 0 else float("inf"),
    }


@dataclass
class TargetRecord:
    """What one target produced: rankings of the quality pass, timings of the timed passes, failures."""

    rankings: dict[str, tuple[list[str], int]] = field(default_factory=dict)
    engine_us: list[float] = field(default_factory=list)
    client_us: list[float] = field(default_factory=list)
    errors: int = 0
    first_error: str | None = None


class Bench:
    """Runs queries through targets interleaved: for query i, every target answers it, starting with
    target i mod n, so slow phases of the machine hit all engines alike. Python-side timing wraps only the
    `search` call (the query was prepared before); Aisle's own in-process time is used when it reports one."""

    def __init__(self, corpus: Corpus, targets: list[Target], floors: dict[str, Callable[[], Any]]):
        self.corpus = corpus
        self.targets = targets
        self.floors = floors
        self.records = {t.key: TargetRecord() for t in targets}
        self.floor_us: dict[str, list[float]] = {name: [] for name in floors}
        self.prepared: dict[str, dict[str, Any]] = {t.key: {} for t in targets}

    def _prepare(self, queries: list[Query]) -> None:
        for target in self.targets:
            table = self.prepared[target.key]
            for query in queries:
                if query.id not in table:
                    table[query.id] = target.prepare(query.id, query.text)

    def _ids(self, target: Target, hits: Hits) -> list[str]:
        if target.ordinals:
            products = self.corpus.products
            return [products[k].id for k in hits.keys]
        return hits.keys

    def _fail(self, target: Target, query: Query, error: Exception) -> None:
        record = self.records[target.key]
        record.errors += 1
        if record.first_error is None:
            record.first_error = f"query {query.id} {query.text!r}: {type(error).__name__}: {error}"

    def quality_pass(self, queries: list[Query], progress: str) -> None:
        """Collects each target's top-k ids and total for every query (untimed)."""
        self._prepare(queries)
        ticker = _Ticker(progress, len(queries))
        n = len(self.targets)
        for i, query in enumerate(queries):
            for j in range(n):
                target = self.targets[(i + j) % n]
                try:
                    hits = target.search(self.prepared[target.key][query.id])
                    ranking = (self._ids(target, hits), hits.total)
                except Exception as error:  # an engine's failure on one query is counted, not fatal
                    self._fail(target, query, error)
                    ranking = ([], 0)
                self.records[target.key].rankings[query.id] = ranking
            ticker.tick(i + 1)

    def timed_pass(self, queries: list[Query], progress: str, record: bool) -> None:
        """One pass over `queries`; with `record`, keeps every target's and floor's microseconds.
        The garbage collector is off during the pass so its pauses land on no engine."""
        self._prepare(queries)
        units: list[tuple[str, Any]] = [("target", t) for t in self.targets] + [("floor", f) for f in self.floors.items()]
        n = len(units)
        ticker = _Ticker(progress, len(queries))
        clock = time.perf_counter_ns
        gc.collect()
        gc.disable()
        try:
            for i, query in enumerate(queries):
                for j in range(n):
                    kind, unit = units[(i + j) % n]
                    if kind == "floor":
                        name, call = unit
                        start = clock()
                        call()
                        elapsed = (clock() - start) / 1000
                        if record:
                            self.floor_us[name].append(elapsed)
                        continue
                    prepared = self.prepared[unit.key][query.id]
                    start = clock()
                    try:
                        hits = unit.search(prepared)
                    except Exception as error:  # counted in the quality pass already; skip the sample
                        self._fail(unit, query, error)
                        continue
                    elapsed = (clock() - start) / 1000
                    if record:
                        rec = self.records[unit.key]
                        rec.engine_us.append(hits.engine_us if hits.engine_us is not None else elapsed)
                        rec.client_us.append(hits.client_us if hits.client_us is not None else elapsed)
                ticker.tick(i + 1)
        finally:
            gc.enable()


class _Ticker:
    """Progress on standard error about every 10 %."""

    def __init__(self, label: str, total: int):
        self.label, self.total = label, total
        self.start = time.perf_counter()
        self.step = max(1, total // 10)

    def tick(self, done: int) -> None:
        if done % self.step == 0 or done == self.total:
            print(f"  {self.label}: {done}/{self.total} queries, {time.perf_counter() - self.start:.0f} s",
                  file=sys.stderr, flush=True)
