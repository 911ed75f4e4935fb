"""tantivy through its official Python bindings: `en_stem` analyzer, BM25, query parser with escaping."""
from __future__ import annotations

import importlib.metadata
import time
from pathlib import Path

import tantivy

from .corpus import FIELD_WEIGHTS, Corpus, read_products
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


# Product fields a catalogue filters, sorts and facets on: Aisle keeps each as a column (`columns`
# database); the same-content configuration keeps each as a tantivy fast field, typed as the JSON holds it.
FLOAT_COLUMNS = ("price", "rating", "popularity")
INTEGER_COLUMNS = ("review_count", "stock")
KEYWORD_COLUMNS = ("brand", "currency")


def schema(fields: list[str], same_content: bool = False) -> tantivy.Schema:
    """The index schema: `n` (the product's ordinal, a u64 fast field, how searches return hits), `id`
    (stored, indexed as one raw term) and each text field with the `en_stem` analyzer, `title` stored. The
    stored `id` and `title` are what a result page shows; they live in tantivy's compressed doc store.

    `same_content` adds what Aisle's index holds beyond that, so that index sizes compare like for like:
    the whole product line stored (`product`, bytes: Aisle's stored documents), the numeric fields as fast
    fields (Aisle's numeric columns), brand and currency as raw fast text fields, the category path as a
    facet field and the attributes as a fast JSON field (Aisle's facet columns). tantivy cannot keep text
    fast without also indexing it, so these carry a small inverted index Aisle's columns do not have."""
    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field("n", fast=True)
    builder.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
    for field in fields:
        builder.add_text_field(field, stored=field == "title", tokenizer_name="en_stem")
    if same_content:
        builder.add_bytes_field("product", stored=True)
        for name in FLOAT_COLUMNS:
            builder.add_float_field(f"column_{name}", fast=True)
        for name in INTEGER_COLUMNS:
            builder.add_integer_field(f"column_{name}", fast=True)
        for name in KEYWORD_COLUMNS:
            builder.add_text_field(f"column_{name}", fast=True, tokenizer_name="raw", index_option="basic")
        builder.add_facet_field("column_category")
        builder.add_json_field("column_attributes", fast=True, tokenizer_name="raw", index_option="basic")
    return builder.build()


def document(ordinal: int, product_id: str, texts: dict[str, str], record: dict | None = None,
             line: bytes | None = None) -> tantivy.Document:
    """One product as a document of `schema`: its ordinal, its id and its text fields; with `record` and
    `line` (same-content schema), its stored line and its columns too."""
    document = tantivy.Document()
    document.add_unsigned("n", ordinal)
    document.add_text("id", product_id)
    for field, text in texts.items():
        document.add_text(field, text)
    if record is not None and line is not None:
        document.add_bytes("product", line)
        for name in FLOAT_COLUMNS:
            if isinstance(record.get(name), (int, float)) and not isinstance(record.get(name), bool):
                document.add_float(f"column_{name}", float(record[name]))
        for name in INTEGER_COLUMNS:
            if isinstance(record.get(name), int) and not isinstance(record.get(name), bool):
                document.add_integer(f"column_{name}", record[name])
        for name in KEYWORD_COLUMNS:
            if isinstance(record.get(name), str) and record[name]:
                document.add_text(f"column_{name}", record[name])
        category = record.get("category")
        if isinstance(category, str) and category.strip():
            path = [part.strip().replace("/", " ") for part in category.split(">") if part.strip()]
            document.add_facet("column_category", tantivy.Facet.from_string("/" + "/".join(path)))
        if isinstance(record.get("attributes"), dict) and record["attributes"]:
            document.add_json("column_attributes", {k: str(v) for k, v in record["attributes"].items()})
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
        for ordinal, product in enumerate(read_products(corpus.products_path)):
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
