"""The measuring loop: one untimed pass over every query for the rankings (which also warms every
engine up), then timed passes over a latency sample, engines interleaved query by query."""
from __future__ import annotations

import gc
import math
import random
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
    errors: int = 0  # queries that failed in the ranking pass
    timing_errors: int = 0  # calls that failed in the timed passes
    first_error: str | None = None


class Bench:
    """Runs queries through targets, interleaved. Python-side timing wraps only the `search` call (the
    query was prepared before); Aisle's own in-process time is used when it reports one. `corpus` maps
    ordinals to product ids in `quality_pass`; `timed_pass` does not need it (the scale runs pass None)."""

    def __init__(self, corpus: Corpus | None, targets: list[Target], floors: dict[str, Callable[[], Any]]):
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

    def _fail(self, target: Target, query: Query, error: Exception, timed: bool) -> None:
        record = self.records[target.key]
        if timed:
            record.timing_errors += 1
        else:
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
                    self._fail(target, query, error, timed=False)
                    ranking = ([], 0)
                self.records[target.key].rankings[query.id] = ranking
            ticker.tick(i + 1)

    def timed_pass(self, queries: list[Query], progress: str, seed: int, batch: int = 1) -> None:
        """One timed pass: every target and floor answers every query of `queries` once.

        The pass goes in turns; in each turn every unit (a target or a floor) answers `batch` consecutive
        queries, the units in a freshly shuffled order, so a slow moment of the machine hits all of them
        alike and no unit always follows the same other one (whose work leaves the CPU caches cold or warm).
        Unit u answers query (i + u * stride) mod len(queries) at position i, so at any moment the units work
        on different queries and none finds the caches warmed by another configuration of the same engine
        that has just run the same query. The garbage collector is off during the pass so its pauses land
        on no engine."""
        self._prepare(queries)
        units: list[tuple[str, Any]] = [("target", t) for t in self.targets] + [("floor", f) for f in self.floors.items()]
        n, count = len(units), len(queries)
        stride = max(1, count // n)
        order = list(range(n))
        shuffle = random.Random(seed).shuffle
        ticker = _Ticker(progress, count)
        clock = time.perf_counter_ns
        gc.collect()
        gc.disable()
        try:
            for first in range(0, count, batch):
                positions = range(first, min(first + batch, count))
                shuffle(order)
                for u in order:
                    kind, unit = units[u]
                    if kind == "floor":
                        name, call = unit
                        samples = self.floor_us[name]
                        for _ in positions:
                            start = clock()
                            call()
                            samples.append((clock() - start) / 1000)
                        continue
                    record, prepared = self.records[unit.key], self.prepared[unit.key]
                    for i in positions:
                        query = queries[(i + u * stride) % count]
                        start = clock()
                        try:
                            hits = unit.search(prepared[query.id])
                        except Exception as error:  # counted as an error; the sample is dropped
                            self._fail(unit, query, error, timed=True)
                            continue
                        elapsed = (clock() - start) / 1000
                        record.engine_us.append(hits.engine_us if hits.engine_us is not None else elapsed)
                        record.client_us.append(hits.client_us if hits.client_us is not None else elapsed)
                ticker.tick(positions[-1] + 1)
        finally:
            gc.enable()


class _Ticker:
    """Progress on standard error, at most every 5 seconds, and when the pass ends."""

    def __init__(self, label: str, total: int):
        self.label, self.total = label, total
        self.start = self.last = time.perf_counter()

    def tick(self, done: int) -> None:
        now = time.perf_counter()
        if now - self.last >= 5 or done == self.total:
            self.last = now
            print(f"  {self.label}: {done:,}/{self.total:,} queries, {now - self.start:.0f} s", file=sys.stderr, flush=True)
