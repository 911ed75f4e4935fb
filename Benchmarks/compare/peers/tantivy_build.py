"""Builds a tantivy index from products.jsonl in a process of its own, streaming, so that the scale runs can
measure its wall clock and peak memory the way they measure `aisle index build`.

    python -m peers.tantivy_build PRODUCTS_JSONL INDEX_DIR

Reads one product per line (never the whole file), indexes every field of FIELD_WEIGHTS with the schema of
tantivy_engine (ordinal, stored id and title), commits once, waits for the merges, and ends its standard
output with one JSON line {"documents": N, "seconds": S}. Exits with status 1 and a message naming the line
on a malformed product.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import tantivy

from .corpus import FIELD_WEIGHTS, field_texts
from .tantivy_engine import document, schema


class BuildError(Exception):
    """A products.jsonl line is not a product; the message names the file and line."""


def build(products: Path, directory: Path) -> dict:
    """Indexes `products` into a new index at `directory`; returns {"documents", "seconds"}."""
    directory.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    index = tantivy.Index(schema(list(FIELD_WEIGHTS)), path=str(directory))
    writer = index.writer()
    ordinal = 0
    with products.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise BuildError(f"{products}:{number}: not JSON ({error})") from None
            if not isinstance(record.get("id"), str) or not isinstance(record.get("title"), str):
                raise BuildError(f"{products}:{number}: `id` and `title` must be strings")
            writer.add_document(document(ordinal, record["id"], field_texts(record)))
            ordinal += 1
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return {"documents": index.searcher().num_docs, "seconds": time.perf_counter() - start}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m peers.tantivy_build PRODUCTS_JSONL INDEX_DIR", file=sys.stderr)
        return 2
    try:
        summary = build(Path(argv[0]), Path(argv[1]))
    except (BuildError, OSError) as error:
        print(f"tantivy build: {error}", file=sys.stderr)
        return 1
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
