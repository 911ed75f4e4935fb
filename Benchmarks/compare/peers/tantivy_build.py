"""Builds a tantivy index from products.jsonl in a process of its own, streaming, so that the scale runs can
measure its wall clock and peak memory the way they measure `aisle index build`.

    python -m peers.tantivy_build [--same-content] PRODUCTS_JSONL INDEX_DIR

Reads one product per line (never the whole file), indexes every field of FIELD_WEIGHTS with the schema of
tantivy_engine (ordinal, stored id and title; with --same-content also the whole line stored and the
catalogue's filter and facet fields as fast fields, what Aisle's index holds), commits once, waits for the merges, and ends its standard
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


def build(products: Path, directory: Path, same_content: bool = False) -> dict:
    """Indexes `products` into a new index at `directory`; returns {"documents", "seconds"}."""
    directory.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    index = tantivy.Index(schema(list(FIELD_WEIGHTS), same_content), path=str(directory))
    writer = index.writer()
    ordinal = 0
    with products.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as error:
                raise BuildError(f"{products}:{number}: not JSON ({error})") from None
            if not isinstance(record.get("id"), str) or not isinstance(record.get("title"), str):
                raise BuildError(f"{products}:{number}: `id` and `title` must be strings")
            extra = (record, raw.rstrip(b"\r\n")) if same_content else (None, None)
            writer.add_document(document(ordinal, record["id"], field_texts(record), *extra))
            ordinal += 1
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return {"documents": index.searcher().num_docs, "seconds": time.perf_counter() - start}


def main(argv: list[str]) -> int:
    same_content = argv[:1] == ["--same-content"]
    paths = argv[1:] if same_content else argv
    if len(paths) != 2:
        print("usage: python -m peers.tantivy_build [--same-content] PRODUCTS_JSONL INDEX_DIR", file=sys.stderr)
        return 2
    try:
        summary = build(Path(paths[0]), Path(paths[1]), same_content)
    except (BuildError, OSError) as error:
        print(f"tantivy build: {error}", file=sys.stderr)
        return 1
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
