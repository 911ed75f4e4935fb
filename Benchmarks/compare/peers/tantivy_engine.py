"""tantivy through its official Python bindings: `en_stem` analyzer, BM25, query parser with escaping."""
from __future__ import annotations

import importlib.metadata
import time
from pathlib import Path

import tantivy

from .corpus import FIELD_WEIGHTS, Corpus
from .engine import BuildStats, Engine, Hits, Target, directory_bytes

# Characters with a meaning in tantivy's query language; each is escaped with a backslash so it is
# analyzed as text. A whitespace-separated word that the analyzer splits into several tokens becomes a
# phrase (tantivy's own behaviour), as in SQLite and Xapian below.
_SPECIAL = set('+-&|!(){}[]^"~*?:\\/<>=\'`$')
_OPERATORS = {"AND", "OR", "NOT", "IN", "TO"}


def escape(text: str) -> str:
    """The user's words with every query-syntax character escaped and operator words lower-cased."""
    escaped = "".join("\\" + ch if ch in _SPECIAL else ch for ch in text)
    return " ".join(word.lower() if word in _OPERATORS else word for word in escaped.split())


def schema(fields: list[str]) -> tantivy.Schema:
    """The index schema: `n` (the product's ordinal, a u64 fast field, how searches return hits), `id`
    (stored, indexed as one raw term) and each text field with the `en_stem` analyzer, `title` stored. The
    stored `id` and `title` are what a result page shows; they live in tantivy's compressed doc store."""
    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field("n", fast=True)
    builder.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
    for field in fields:
        builder.add_text_field(field, stored=field == "title", tokenizer_name="en_stem")
    return builder.build()


def document(ordinal: int, product_id: str, texts: dict[str, str]) -> tantivy.Document:
    """One product as a document of `schema`: its ordinal, its id and its text fields."""
    document = tantivy.Document()
    document.add_unsigned("n", ordinal)
    document.add_text("id", product_id)
    for field, text in texts.items():
        document.add_text(field, text)
    return document


def field_boosts(fields: list[str]) -> dict[str, float]:
    """FIELD_WEIGHTS of `fields` as query-parser boosts (the `tantivy+boost` configuration)."""
    return {f: float(FIELD_WEIGHTS[f]) for f in fields}


class TantivyTarget(Target):
    """Top-k search with an exact count over `fields` of an open index. Hits are product ordinals read from
    the `n` fast field; with `page`, hits are product ids instead, read with each hit's stored `title` from
    the doc store inside the timed call, as a service that returns a result page does."""

    def __init__(self, index: tantivy.Index, fields: list[str], boosts: dict[str, float] | None,
                 config: str, mode: str, k: int, page: bool = False):
        self.index, self.fields, self.boosts = index, fields, boosts
        self.config, self.mode, self.k = config, mode, k
        self.searcher = index.searcher()
        self.conjunction = mode == "and"
        self.page = page
        self.ordinals = not page

    def prepare(self, query_id: str, text: str) -> str:
        return escape(text)

    def search(self, prepared: str) -> Hits:
        if not prepared:
            return Hits([], 0)
        query = self.index.parse_query(prepared, self.fields, field_boosts=self.boosts,
                                       conjunction_by_default=self.conjunction)
        result = self.searcher.search(query, self.k, count=True)
        addresses = [address for _, address in result.hits]
        if self.page:
            page = [(d.get_first("id"), d.get_first("title")) for d in map(self.searcher.doc, addresses)]
            return Hits([product_id for product_id, _ in page], result.count)
        return Hits(self.searcher.fast_field_values("n", addresses), result.count)


class TantivyEngine(Engine):
    """tantivy (Rust, via PyO3). One index, two query configurations: `tantivy` (parser defaults, every
    field equal) and `tantivy+boost` (FIELD_WEIGHTS as parser field boosts)."""

    name = "tantivy"

    def __init__(self) -> None:
        self.index: tantivy.Index | None = None
        self.fields: list[str] = []

    def build(self, corpus: Corpus, workdir: Path) -> BuildStats:
        directory = workdir / "tantivy"
        directory.mkdir(parents=True)
        self.fields = list(corpus.fields)
        start = time.perf_counter()
        index = tantivy.Index(schema(self.fields), path=str(directory))
        writer = index.writer()
        for ordinal, product in enumerate(corpus.products):
            writer.add_document(document(ordinal, product.id, product.fields))
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        seconds = time.perf_counter() - start
        self.index = index
        return BuildStats(seconds, directory_bytes(directory), index.searcher().num_docs)

    def configs(self) -> list[str]:
        return ["tantivy", "tantivy+boost"]

    def target(self, config: str, mode: str, k: int) -> Target:
        boosts = field_boosts(self.fields) if config == "tantivy+boost" else None
        return TantivyTarget(self.index, self.fields, boosts, config, mode, k)

    def describe(self) -> str:
        return ("tokenizer `en_stem` (simple tokenizer, lower-case, English Snowball stemmer, no stop words), BM25 "
                "k1=1.2 b=0.75; `tantivy`: query parser over all fields unboosted; `tantivy+boost`: field boosts "
                + ", ".join(f"{f}={FIELD_WEIGHTS[f]}" for f in self.fields)
                + "; exact count (Count collector); hits read as ordinals from a u64 fast field; `id` and `title` stored "
                "(LZ4-compressed doc store), as a result page needs them")

    def versions(self) -> dict[str, str]:
        return {"tantivy (Python package)": importlib.metadata.version("tantivy"), "tantivy": tantivy.__version__}

    def floor(self):
        searcher = self.index.searcher()
        return lambda: searcher.num_docs
