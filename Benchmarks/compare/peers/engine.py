"""What every engine adapter provides: a build step, and one search target per configuration and mode."""
from __future__ import annotations

import os
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from .corpus import Corpus

MODES = ("or", "and")


class EngineError(Exception):
    """An engine could not be set up, built or queried; the message names the engine and the cause."""


@dataclass(frozen=True)
class BuildStats:
    """Wall-clock seconds to build the index, its size on disk in bytes, and the documents it holds."""

    seconds: float
    bytes: int
    documents: int
    extra: dict[str, Any] | None = None  # engine-specific facts (e.g. Aisle's self-reported numbers)


@dataclass
class Hits:
    """One answer: top-k keys, the exact number of matching documents, and (when the engine measures
    itself, as Aisle does) its in-process microseconds and the client round trip in microseconds.

    `keys` are product ordinals (indexes into Corpus.products) when the target's `ordinals` is True,
    product ids otherwise."""

    keys: list
    total: int
    engine_us: float | None = None
    client_us: float | None = None


class Target(ABC):
    """One engine configuration in one mode ("or" or "and"), ready to answer queries.

    `prepare` turns a user's query into this engine's input outside the timed region (escaping only);
    `search` is the timed call: it runs the engine's own query parsing, matching, ranking, top-k and count.
    """

    config: str
    mode: str
    ordinals: bool = True

    @property
    def key(self) -> str:
        return f"{self.config}/{self.mode}"

    @abstractmethod
    def prepare(self, query_id: str, text: str) -> Any:
        """The engine's input for this query; must not raise."""

    @abstractmethod
    def search(self, prepared: Any) -> Hits:
        """Runs one query; raises EngineError (or the binding's own exception) when the engine fails."""

    def close(self) -> None:
        """Releases what the target holds (processes, connections)."""


class Engine(ABC):
    """One engine: builds its index from a corpus, then hands out search targets.

    Call `build` once before `targets`, `floor` or `close`."""

    name: str

    @abstractmethod
    def build(self, corpus: Corpus, workdir: Path) -> BuildStats:
        """Indexes every product of `corpus` (text fields as Corpus.fields) under `workdir`, reading them from
        `corpus.products_path` with `read_products` inside the timed region (as Aisle's build reads the file)."""

    @abstractmethod
    def configs(self) -> list[str]:
        """Names of the query configurations this engine is measured in (usually just its name)."""

    @abstractmethod
    def target(self, config: str, mode: str, k: int) -> Target:
        """A target answering the top `k` in `mode` with configuration `config`."""

    @abstractmethod
    def versions(self) -> dict[str, str]:
        """Versions (and relevant settings) of the engine and its binding."""

    def describe(self) -> str:
        """One line on how the engine is configured, for the report."""
        return ""

    def floor(self) -> Callable[[], Any] | None:
        """The cheapest call into the engine through the same binding (e.g. `SELECT 1`), or None."""
        return None

    def close(self) -> None:
        """Releases the engine's resources (connections, server-side tables)."""


def directory_bytes(path: Path) -> int:
    """Sum of the sizes of the regular files under `path`."""
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            full = os.path.join(root, name)
            if os.path.isfile(full) and not os.path.islink(full):
                total += os.path.getsize(full)
    return total
