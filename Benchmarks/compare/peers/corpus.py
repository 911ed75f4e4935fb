"""A corpus directory in the format of shared/corpora/README.md: products.jsonl, queries.tsv, qrels.tsv."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

# Field weights shared by every engine that can weight fields (tantivy's boosted configuration, SQLite's
# bm25() column weights, PostgreSQL's setweight classes, Xapian's wdf increments). Order = index order.
FIELD_WEIGHTS: dict[str, int] = {"title": 3, "brand": 2, "category": 2, "attributes": 1, "description": 1}


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


def _field_texts(record: dict) -> dict[str, str]:
    texts: dict[str, str] = {}
    titles = [record.get("title") or ""] + [t for t in record.get("alt_titles") or [] if isinstance(t, str)]
    texts["title"] = "\n".join(t for t in titles if t)
    for name in ("brand", "category", "description"):
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            texts[name] = value
    attributes = record.get("attributes")
    if isinstance(attributes, dict) and attributes:
        lines = []
        for key, value in attributes.items():
            values = value if isinstance(value, list) else [value]
            lines.append(f"{key} " + " ".join(str(v) for v in values if v is not None))
        texts["attributes"] = "\n".join(lines)
    return {k: v for k, v in texts.items() if v}


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
        with products_path.open(encoding="utf-8") as f:
            for number, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise CorpusError(f"{products_path}:{number}: not JSON ({error})") from None
                if not isinstance(record.get("id"), str) or not isinstance(record.get("title"), str):
                    raise CorpusError(f"{products_path}:{number}: `id` and `title` must be strings")
                if record["id"] in seen:
                    raise CorpusError(f"{products_path}:{number}: duplicate product id {record['id']!r}")
                seen.add(record["id"])
                products.append(Product(record["id"], _field_texts(record)))
        if not products:
            raise CorpusError(f"{products_path} holds no products")
        queries = [Query(qid, text) for qid, text in _read_tsv(directory / "queries.tsv", 2)]
        qrels: dict[str, dict[str, int]] = {}
        for qid, pid, grade in _read_tsv(directory / "qrels.tsv", 3):
            try:
                qrels.setdefault(qid, {})[pid] = int(grade)
            except ValueError:
                raise CorpusError(f"{directory / 'qrels.tsv'}: grade {grade!r} of ({qid}, {pid}) is not an integer") from None
        present = {name for p in products for name in p.fields}
        fields = tuple(name for name in FIELD_WEIGHTS if name in present)
        top_grade = max((g for judged in qrels.values() for g in judged.values()), default=1)
        return Corpus(directory.name, directory, products_path, products, queries, qrels, fields, top_grade)
