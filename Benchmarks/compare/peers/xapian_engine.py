"""Xapian through Debian's python3-xapian: English stemmer, BM25, QueryParser with STEM_SOME."""
from __future__ import annotations

import time
from pathlib import Path

import xapian

from .corpus import FIELD_WEIGHTS, Corpus, read_products
from .engine import BuildStats, Engine, Hits, Target, directory_bytes

_OPERATORS = {"or": xapian.Query.OP_OR, "and": xapian.Query.OP_AND}


class _XapianTarget(Target):
    def __init__(self, path: Path, config: str, mode: str, k: int):
        self.database = xapian.Database(str(path))
        self.config, self.mode, self.k = config, mode, k
        self.parser = xapian.QueryParser()
        self.parser.set_stemmer(xapian.Stem("english"))
        self.parser.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
        self.parser.set_database(self.database)
        self.parser.set_default_op(_OPERATORS[mode])
        self.enquire = xapian.Enquire(self.database)
        self.enquire.set_weighting_scheme(xapian.BM25Weight())
        self.everything = self.database.get_doccount()

    def prepare(self, query_id: str, text: str) -> str:
        return text

    def search(self, prepared: str) -> Hits:
        # Flags 0: no boolean operators, +/-, quotes, brackets or wildcards; every character is text.
        self.enquire.set_query(self.parser.parse_query(prepared, 0))
        # checkatleast = every document makes the match count exact, like every other engine here.
        matches = self.enquire.get_mset(0, self.k, self.everything)
        return Hits([m.docid - 1 for m in matches], matches.get_matches_estimated())

    def close(self) -> None:
        self.database.close()


class XapianEngine(Engine):
    """Xapian (glass backend), one unprefixed term space; fields weighted by wdf increment."""

    name = "xapian"

    def __init__(self) -> None:
        self.path: Path | None = None
        self.fields: list[str] = []
        self.floor_database: xapian.Database | None = None

    def build(self, corpus: Corpus, workdir: Path) -> BuildStats:
        self.path = workdir / "xapian"
        self.fields = list(corpus.fields)
        start = time.perf_counter()
        database = xapian.WritableDatabase(str(self.path), xapian.DB_CREATE_OR_OVERWRITE)
        generator = xapian.TermGenerator()
        generator.set_stemmer(xapian.Stem("english"))
        for ordinal, product in enumerate(read_products(corpus.products_path)):
            document = xapian.Document()
            generator.set_document(document)
            for field in self.fields:
                text = product.fields.get(field)
                if text:
                    generator.index_text(text, FIELD_WEIGHTS[field])
                    generator.increase_termpos()
            database.replace_document(ordinal + 1, document)
        database.commit()
        documents = database.get_doccount()
        database.close()
        seconds = time.perf_counter() - start
        return BuildStats(seconds, directory_bytes(self.path), documents)

    def configs(self) -> list[str]:
        return ["xapian"]

    def target(self, config: str, mode: str, k: int) -> Target:
        return _XapianTarget(self.path, config, mode, k)

    def describe(self) -> str:
        return ("TermGenerator with the English Snowball stemmer (STEM_SOME: stemmed and unstemmed terms, positions), "
                "field weights as wdf increments "
                + ", ".join(f"{f}={FIELD_WEIGHTS[f]}" for f in self.fields)
                + "; BM25Weight defaults (k1=1 k2=0 k3=1 b=0.5 min_normlen=0.5); QueryParser STEM_SOME, flags 0 "
                "(no operators), default_op OR or AND; exact count (checkatleast = all documents)")

    def versions(self) -> dict[str, str]:
        return {"Xapian": xapian.version_string()}

    def floor(self):
        self.floor_database = xapian.Database(str(self.path))
        return self.floor_database.get_doccount

    def close(self) -> None:
        if self.floor_database is not None:
            self.floor_database.close()
