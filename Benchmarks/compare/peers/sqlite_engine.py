"""SQLite FTS5 through Python's sqlite3: porter + unicode61 tokenizer, bm25() with column weights."""
from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from .corpus import FIELD_WEIGHTS, Corpus, read_products
from .engine import BuildStats, Engine, Hits, Target


def fts5_query(text: str, mode: str) -> str:
    """Each whitespace-separated word as an FTS5 string ("..." with quotes doubled), so no character has
    query-syntax meaning; the tokenizer turns a word of several tokens into a phrase. Joined by OR, or
    by FTS5's implicit AND."""
    words = ['"' + word.replace('"', '""') + '"' for word in text.split()]
    return (" OR " if mode == "or" else " ").join(words)


class _SQLiteTarget(Target):
    def __init__(self, path: Path, weights: str, config: str, mode: str, k: int):
        self.connection = sqlite3.connect(path, check_same_thread=False)
        self.config, self.mode, self.k = config, mode, k
        self.count_sql = "SELECT count(*) FROM fts WHERE fts MATCH ?"
        self.top_sql = f"SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, {weights}), rowid LIMIT {k}"

    def prepare(self, query_id: str, text: str) -> str:
        return fts5_query(text, self.mode)

    def search(self, prepared: str) -> Hits:
        if not prepared:
            return Hits([], 0)
        execute = self.connection.execute
        total = execute(self.count_sql, (prepared,)).fetchone()[0]
        rows = execute(self.top_sql, (prepared,)).fetchall()
        return Hits([rowid - 1 for (rowid,) in rows], total)

    def close(self) -> None:
        self.connection.close()


class SQLiteEngine(Engine):
    """SQLite FTS5, contentless table (index only, rowid = product ordinal + 1), one column per field."""

    name = "sqlite"

    def __init__(self) -> None:
        self.path: Path | None = None
        self.fields: list[str] = []
        self.floor_connection: sqlite3.Connection | None = None

    def build(self, corpus: Corpus, workdir: Path) -> BuildStats:
        self.path = workdir / "sqlite" / "fts.db"
        self.path.parent.mkdir(parents=True)
        self.fields = list(corpus.fields)
        columns = ", ".join(self.fields)
        start = time.perf_counter()
        connection = sqlite3.connect(self.path)
        connection.execute(f"CREATE VIRTUAL TABLE fts USING fts5({columns}, content='', tokenize='porter unicode61')")
        placeholders = ", ".join("?" for _ in self.fields)
        rows = ((ordinal + 1, *(p.fields.get(f, "") for f in self.fields))
                for ordinal, p in enumerate(read_products(corpus.products_path)))
        connection.executemany(f"INSERT INTO fts(rowid, {columns}) VALUES (?, {placeholders})", rows)
        connection.commit()
        connection.execute("INSERT INTO fts(fts) VALUES ('optimize')")
        connection.commit()
        documents = connection.execute("SELECT count(*) FROM fts_docsize").fetchone()[0]
        connection.close()
        seconds = time.perf_counter() - start
        size = sum(os.path.getsize(p) for p in self.path.parent.iterdir() if p.is_file())
        return BuildStats(seconds, size, documents)

    def configs(self) -> list[str]:
        return ["sqlite"]

    def target(self, config: str, mode: str, k: int) -> Target:
        weights = ", ".join(str(float(FIELD_WEIGHTS[f])) for f in self.fields)
        return _SQLiteTarget(self.path, weights, config, mode, k)

    def describe(self) -> str:
        return ("FTS5 contentless table, `tokenize='porter unicode61'` (Unicode 6.1 word split, case and diacritic "
                "folding, Porter stemmer, no stop words); rank `bm25(fts, "
                + ", ".join(f"{f}={FIELD_WEIGHTS[f]}" for f in self.fields)
                + ")` (k1=1.2 b=0.75, fixed in FTS5); exact count by a second `count(*)` statement")

    def versions(self) -> dict[str, str]:
        return {"SQLite": sqlite3.sqlite_version}

    def floor(self):
        self.floor_connection = connection = sqlite3.connect(self.path, check_same_thread=False)
        return lambda: connection.execute("SELECT 1").fetchone()

    def close(self) -> None:
        if self.floor_connection is not None:
            self.floor_connection.close()
