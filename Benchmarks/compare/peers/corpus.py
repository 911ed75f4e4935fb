"""A corpus directory in the format of shared/corpora/README.md: products.jsonl, queries.tsv, qrels.tsv."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Field weights shared by every engine that can weight fields (tantivy's boosted configuration, SQLite's
# bm25() column weights, PostgreSQL's setweight classes, Xapian's wdf increments). Order = index order.
# `sku` holds a product's `sku` and `model` codes (Aisle indexes both as its `sku` field).
FIELD_WEIGHTS: dict[str, int] = {"title": 3, "brand": 2, "category": 2, "sku": 2, "attributes": 1, "description": 1}


class CorpusError(Exception):
    """The corpus directory is missing a file or holds a malformed line."""


@dataclass(frozen=True)
class Product:
    """One product: its id and the text of each searchable field it has (never empty strings)."""

    id: str
    fields: dict[str, str]


@dataclass(frozen=True)
class Query:
    """One query exactly as the user typed it."""

    id: str
    text: str


def field_texts(record: dict) -> dict[str, str]:
    """The searchable text of one products.jsonl record by field name (FIELD_WEIGHTS' names); fields
    without text are left out."""
    texts: dict[str, str] = {}
    titles = [record.get("title") or ""] + [t for t in record.get("alt_titles") or [] if isinstance(t, str)]
    texts["title"] = "\n".join(t for t in titles if t)
    for name in ("brand", "category", "description"):
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            texts[name] = value
    codes = [record.get(key) for key in ("sku", "model")]
    texts["sku"] = " ".join(str(code) for code in codes if isinstance(code, (str, int)) and str(code).strip())
    attributes = record.get("attributes")
    if isinstance(attributes, dict) and attributes:
        lines = []
        for key, value in attributes.items():
            values = value if isinstance(value, list) else [value]
            lines.append(f"{key} " + " ".join(str(v) for v in values if v is not None))
        texts["attributes"] = "\n".join(lines)
    return {k: v for k, v in texts.items() if v}


def read_products(path: Path) -> Iterator[Product]:
    """The products of a products.jsonl file, streamed in file order (the n-th one has ordinal n); blank lines
    are skipped. Raises CorpusError naming the line of one that is not a product. Every engine's build reads
    the file through this inside its timer, so that each build time covers reading and parsing products.jsonl
    as `aisle index build` does."""
    return (product for _, product in _numbered_products(path))


def _numbered_products(path: Path) -> Iterator[tuple[int, Product]]:
    """read_products, each product with its 1-based line number."""
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise CorpusError(f"{path}:{number}: not JSON ({error})") from None
            if not isinstance(record.get("id"), str) or not isinstance(record.get("title"), str):
                raise CorpusError(f"{path}:{number}: `id` and `title` must be strings")
            yield number, Product(record["id"], field_texts(record))


def _read_tsv(path: Path, columns: int) -> list[list[str]]:
    if not path.is_file():
        raise CorpusError(f"{path} is missing (see shared/corpora/README.md for the corpus format)")
    rows = []
    with path.open(encoding="utf-8") as f:
        next(f, None)  # header line
        for number, line in enumerate(f, start=2):
            line = line.rstrip("\n")
            if not line:
                continue
            parts = line.split("\t")
            if len(parts) != columns:
                raise CorpusError(f"{path}:{number}: expected {columns} tab-separated columns, found {len(parts)}")
            rows.append(parts)
    return rows


def read_queries(path: Path) -> list[Query]:
    """The queries of a queries.tsv file, in file order; raises CorpusError on a missing file or bad line."""
    return [Query(qid, text) for qid, text in _read_tsv(path, 2)]


def read_qrels(path: Path) -> dict[str, dict[str, int]]:
    """The grades of a qrels.tsv file as {query id: {product id: grade}}; raises CorpusError on a missing
    file, a bad line or a grade that is not an integer."""
    qrels: dict[str, dict[str, int]] = {}
    for qid, pid, grade in _read_tsv(path, 3):
        try:
            qrels.setdefault(qid, {})[pid] = int(grade)
        except ValueError:
            raise CorpusError(f"{path}: grade {grade!r} of ({qid}, {pid}) is not an integer") from None
    return qrels


def highest_grade(qrels: dict[str, dict[str, int]]) -> int:
    """The highest grade in `qrels` (1 when it is empty): the grade MRR looks for."""
    return max((g for judged in qrels.values() for g in judged.values()), default=1)


@dataclass
class Corpus:
    """Products, queries and graded judgments of one corpus directory, loaded whole into memory.

    `products[i]` is the product with ordinal i (its line in products.jsonl); engines that have internal
    document numbers store that ordinal. `fields` lists the searchable fields any product has, in
    `FIELD_WEIGHTS` order. `top_grade` is the highest grade in qrels.tsv (MRR looks for it).
    """

    name: str
    directory: Path
    products_path: Path
    products: list[Product]
    queries: list[Query]
    qrels: dict[str, dict[str, int]]
    fields: tuple[str, ...]
    top_grade: int

    @staticmethod
    def load(directory: str | Path) -> "Corpus":
        """Reads a corpus directory; raises CorpusError naming the file and line of any problem."""
        directory = Path(directory).resolve()
        products_path = directory / "products.jsonl"
        if not products_path.is_file():
            raise CorpusError(f"{products_path} is missing (see shared/corpora/README.md for the corpus format)")
        products: list[Product] = []
        seen: set[str] = set()
        for number, product in _numbered_products(products_path):
            if product.id in seen:
                raise CorpusError(f"{products_path}:{number}: duplicate product id {product.id!r}")
            seen.add(product.id)
            products.append(product)
        if not products:
            raise CorpusError(f"{products_path} holds no products")
        queries = read_queries(directory / "queries.tsv")
        qrels = read_qrels(directory / "qrels.tsv")
        present = {name for p in products for name in p.fields}
        fields = tuple(name for name in FIELD_WEIGHTS if name in present)
        return Corpus(directory.name, directory, products_path, products, queries, qrels, fields, highest_grade(qrels))
