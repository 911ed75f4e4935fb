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


class _TantivyTarget(Target):
    def __init__(self, index: tantivy.Index, fields: list[str], boosts: dict[str, float] | None,
                 config: str, mode: str, k: int):
        self.index, self.fields, self.boosts = index, fields, boosts
        self.config, self.mode, self.k = config, mode, k
        self.searcher = index.searcher()
        self.conjunction = mode == "and"

    def prepare(self, query_id: str, text: str) -> str:
        return escape(text)

    def search(self, prepared: str) -> Hits:
        if not prepared:
            return Hits([], 0)
        query = self.index.parse_query(prepared, self.fields, field_boosts=self.boosts,
                                       conjunction_by_default=self.conjunction)
        result = self.searcher.search(query, self.k, count=True)
        ordinals = self.searcher.fast_field_values("n", [address for _, address in result.hits])
        return Hits(ordinals, result.count)


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
        builder = tantivy.SchemaBuilder()
        builder.add_unsigned_field("n", fast=True)
        for field in self.fields:
            builder.add_text_field(field, stored=False, tokenizer_name="en_stem")
        index = tantivy.Index(builder.build(), path=str(directory))
        writer = index.writer()
        for ordinal, product in enumerate(corpus.products):
            document = tantivy.Document()
            document.add_unsigned("n", ordinal)
            for field, text in product.fields.items():
                document.add_text(field, text)
            writer.add_document(document)
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        seconds = time.perf_counter() - start
        self.index = index
        return BuildStats(seconds, directory_bytes(directory), index.searcher().num_docs)

    def configs(self) -> list[str]:
        return ["tantivy", "tantivy+boost"]

    def target(self, config: str, mode: str, k: int) -> Target:
        boosts = {f: float(FIELD_WEIGHTS[f]) for f in self.fields} if config == "tantivy+boost" else None
        return _TantivyTarget(self.index, self.fields, boosts, config, mode, k)

    def describe(self) -> str:
        return ("tokenizer `en_stem` (simple tokenizer, lower-case, English Snowball stemmer, no stop words), BM25 "
                "k1=1.2 b=0.75; `tantivy`: query parser over all fields unboosted; `tantivy+boost`: field boosts "
                + ", ".join(f"{f}={FIELD_WEIGHTS[f]}" for f in self.fields)
                + "; exact count (Count collector); ids from a u64 fast field")

    def versions(self) -> dict[str, str]:
        return {"tantivy (Python package)": importlib.metadata.version("tantivy"), "tantivy": tantivy.__version__}

    def floor(self):
        searcher = self.index.searcher()
        return lambda: searcher.num_docs
