"""PostgreSQL 15 full-text search through psycopg 3: weighted tsvector, GIN index, ts_rank."""
from __future__ import annotations

import os
import time
from pathlib import Path

import psycopg

from .corpus import Corpus, read_products
from .engine import BuildStats, Engine, EngineError, Hits, Target

# setweight class per field and ts_rank's weight per class. ts_rank takes {D, C, B, A}; the values follow
# FIELD_WEIGHTS (title 3, brand/category/sku 2, attributes/description 1), scaled so that A = 1.
_CLASSES = {"title": "A", "brand": "B", "category": "B", "sku": "B", "attributes": "C", "description": "D"}
_RANK_WEIGHTS = "{0.333333, 0.333333, 0.666667, 1.0}"
_TSQUERY = {
    # plainto_tsquery ignores all punctuation and operators: the text is only analyzed. For OR, its
    # AND operators become OR (phrases it makes of hyphenated words stay phrases).
    "and": "plainto_tsquery('english', %s)",
    "or": "replace(plainto_tsquery('english', %s)::text, ' & ', ' | ')::tsquery",
}


def resolve_database_url(explicit: str | None, repo_root: Path) -> str:
    """--database-url, else $DATABASE_URL, else DATABASE_URL from the repository's .local/services.env
    (written by scripts/services.sh start). Raises EngineError when none is set."""
    if explicit:
        return explicit
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    env_file = repo_root / ".local" / "services.env"
    if env_file.is_file():
        for line in env_file.read_text().splitlines():
            if line.startswith("DATABASE_URL="):
                return line.split("=", 1)[1].strip()
    raise EngineError(
        "postgres: no database to use; run `scripts/services.sh start` (it writes .local/services.env), "
        "set DATABASE_URL, or pass --database-url"
    )


def _connect(url: str) -> psycopg.Connection:
    try:
        connection = psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as error:
        raise EngineError(f"postgres: cannot connect to {url}: {error}".strip()) from None
    connection.add_notice_handler(lambda diagnostic: None)  # "query contains only stop words" notices
    return connection


class _PostgresTarget(Target):
    def __init__(self, url: str, schema: str, config: str, mode: str, k: int):
        self.connection = _connect(url)
        self.config, self.mode, self.k = config, mode, k
        # psycopg prepares a statement on the server after 5 executions of it, as an application would.
        self.sql = (
            f"SELECT n, count(*) OVER () FROM {schema}.docs, (SELECT {_TSQUERY[mode]} AS q) AS query "
            f"WHERE doc @@ q ORDER BY ts_rank('{_RANK_WEIGHTS}', doc, q) DESC, n LIMIT {k}"
        )

    def prepare(self, query_id: str, text: str) -> tuple[str]:
        return (text,)

    def search(self, prepared: tuple[str]) -> Hits:
        rows = self.connection.execute(self.sql, prepared).fetchall()
        return Hits([n for n, _ in rows], rows[0][1] if rows else 0)

    def close(self) -> None:
        self.connection.close()


class PostgresEngine(Engine):
    """A table (product ordinal, weighted tsvector) with a GIN index in a schema of its own, dropped on close."""

    name = "postgres"

    def __init__(self, url: str) -> None:
        self.url = url
        self.schema = f"aisle_compare_{os.getpid()}"
        self.connection = _connect(url)
        self.floor_connection: psycopg.Connection | None = None
        self.fields: list[str] = []

    def build(self, corpus: Corpus, workdir: Path) -> BuildStats:
        self.fields = list(corpus.fields)
        s = self.schema
        execute = self.connection.execute
        execute(f"DROP SCHEMA IF EXISTS {s} CASCADE")
        execute(f"CREATE SCHEMA {s}")
        start = time.perf_counter()
        columns = ", ".join(f"{f} text" for f in self.fields)
        execute(f"CREATE UNLOGGED TABLE {s}.staging (n integer, {columns})")
        with self.connection.cursor().copy(f"COPY {s}.staging (n, {', '.join(self.fields)}) FROM STDIN") as copy:
            for ordinal, product in enumerate(read_products(corpus.products_path)):
                copy.write_row((ordinal, *(product.fields.get(f) for f in self.fields)))
        vector = " || ".join(
            f"setweight(to_tsvector('english', coalesce({f}, '')), '{_CLASSES[f]}')" for f in self.fields
        )
        execute(f"CREATE TABLE {s}.docs AS SELECT n, {vector} AS doc FROM {s}.staging")
        execute(f"DROP TABLE {s}.staging")
        execute(f"CREATE INDEX docs_doc ON {s}.docs USING gin (doc)")
        execute(f"VACUUM ANALYZE {s}.docs")
        seconds = time.perf_counter() - start
        size = execute(f"SELECT pg_total_relation_size('{s}.docs')").fetchone()[0]
        documents = execute(f"SELECT count(*) FROM {s}.docs").fetchone()[0]
        return BuildStats(seconds, size, documents)

    def configs(self) -> list[str]:
        return ["postgres"]

    def target(self, config: str, mode: str, k: int) -> Target:
        return _PostgresTarget(self.url, self.schema, config, mode, k)

    def describe(self) -> str:
        return ("tsvector `to_tsvector('english', …)` (English Snowball stemmer and stop words) with setweight "
                + ", ".join(f"{f}={_CLASSES[f]}" for f in self.fields)
                + f", GIN index; `ts_rank('{_RANK_WEIGHTS}', doc, q)` (weights D,C,B,A; normalization 0); "
                "AND: `plainto_tsquery`, OR: the same with `&` replaced by `|`; exact count by `count(*) OVER ()`; "
                "times include the client round trip over loopback TCP")

    def versions(self) -> dict[str, str]:
        execute = self.connection.execute
        settings = {
            name: execute(f"SHOW {name}").fetchone()[0]
            for name in ("server_version", "jit", "shared_buffers", "work_mem", "fsync")
        }
        return {
            "PostgreSQL": settings.pop("server_version"),
            "PostgreSQL settings": ", ".join(f"{k}={v}" for k, v in settings.items()),
            "psycopg": psycopg.__version__,
            "libpq": str(psycopg.pq.version()),
        }

    def floor(self):
        self.floor_connection = connection = _connect(self.url)
        return lambda: connection.execute("SELECT 1").fetchone()

    def close(self) -> None:
        if self.floor_connection is not None:
            self.floor_connection.close()
        try:
            self.connection.execute(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE")
        finally:
            self.connection.close()
