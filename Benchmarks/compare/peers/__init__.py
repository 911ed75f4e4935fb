"""Side-by-side comparison of Aisle with tantivy, SQLite FTS5, PostgreSQL FTS and Xapian.

Entry point: Benchmarks/compare/run.py. See Benchmarks/compare/README.md.
"""
