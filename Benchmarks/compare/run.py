#!/usr/bin/env python3
"""Aisle side by side with tantivy, SQLite FTS5, PostgreSQL FTS and Xapian on one corpus.

    python3 Benchmarks/compare/run.py setup                      # create .venv (also done on first run)
    python3 Benchmarks/compare/run.py --corpus DIR [options]     # full comparison
    python3 Benchmarks/compare/run.py --scale 100000,1000000     # Aisle and tantivy on synthetic catalogues
    python3 Benchmarks/compare/run.py --smoke [options]          # tiny end-to-end check, "N passed, M failed"
    python3 Benchmarks/compare/run.py --process-cost --corpus DIR # what a process boundary costs latency (tantivy)

See Benchmarks/compare/README.md for what is measured and how each engine is configured.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from peers import venv  # noqa: E402  (standard library only; the rest needs the virtual environment)


def _parser():
    import argparse

    from peers.runner import ENGINES
    from peers.scale import SCALE_ENGINES

    parser = argparse.ArgumentParser(
        prog="run.py", description="Compare Aisle with tantivy, SQLite FTS5, PostgreSQL FTS and Xapian; "
                                   "or Aisle with tantivy on synthetic catalogues of growing size (--scale).")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--corpus", type=Path, help="corpus directory (products.jsonl, queries.tsv, qrels.tsv)")
    source.add_argument("--smoke", action="store_true",
                        help="run every engine on a tiny built-in catalog, check the outcome, print `N passed, M failed`")
    source.add_argument("--scale", metavar="SIZES",
                        help="comma-separated catalogue sizes (e.g. 100000,1000000,10000000): generate each with "
                             "`aisle generate`, build Aisle and tantivy, measure build, size, memory and latency")
    parser.add_argument("--process-cost", action="store_true",
                        help="with --corpus: time tantivy in the runner's process and in a child process of its own "
                             "on the same queries, to show what a process boundary costs measured latency")
    parser.add_argument("--engines", help=f"comma-separated subset of {','.join(ENGINES)} (default all; "
                                          f"--scale: of {','.join(SCALE_ENGINES)}, default all)")
    parser.add_argument("--modes", help="comma-separated subset of or,and (default or,and; --scale: or)")
    parser.add_argument("--k", type=int, help="results per query (default 100, as Recall@100 needs; --scale: 10)")
    parser.add_argument("--passes", type=int, default=3,
                        help="timed passes over the latency sample (the ranking pass before them is the warm-up)")
    parser.add_argument("--limit-queries", type=int, metavar="N", help="use only the first N queries of queries.tsv")
    parser.add_argument("--latency-queries", type=int, default=1000, metavar="N",
                        help="size of the seeded query sample timed in each pass (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the latency sample and of the turn order")
    parser.add_argument("--batch", type=int, default=1, metavar="N",
                        help="queries each engine answers per turn in the timed passes (default 1: query by query)")
    parser.add_argument("--out", type=Path, help="output directory (default Benchmarks/results/<date>/; "
                                                 "with --smoke a temporary directory)")
    parser.add_argument("--aisle", type=Path, default=REPO_ROOT / ".build" / "release" / "aisle",
                        help="aisle executable (default .build/release/aisle)")
    parser.add_argument("--no-build", action="store_true", help="never run `swift build` for a missing aisle")
    parser.add_argument("--database-url", help="PostgreSQL URL (default $DATABASE_URL, else .local/services.env)")
    parser.add_argument("--work-dir", type=Path, help="where the indexes are built (default: a temporary directory)")
    parser.add_argument("--scale-queries", type=int, default=500, metavar="N",
                        help="--scale: queries generated per catalogue, all of them timed (default 500)")
    parser.add_argument("--memory-limit", type=float, default=12.0, metavar="GIB",
                        help="--scale: stop a build whose anonymous memory exceeds GIB GiB (default 12; 0 = no limit)")
    return parser


def main(argv: list[str]) -> int:
    if argv[:1] == ["setup"]:
        try:
            venv.setup()
        except venv.SetupError as error:
            print(f"setup: {error}", file=sys.stderr)
            return 1
        return 0
    try:
        venv.reenter(str(Path(__file__).resolve()), argv)
    except venv.SetupError as error:
        print(f"setup: {error}", file=sys.stderr)
        return 1

    import shlex
    from datetime import date

    from peers import smoke
    from peers.corpus import CorpusError
    from peers.engine import MODES, EngineError
    from peers.runner import ENGINES, Options, run

    parser = _parser()
    args = parser.parse_args(argv)
    if args.scale:
        return _scale(parser, args, argv)
    if args.process_cost:
        if not args.corpus or args.passes < 1:
            parser.error("--process-cost needs --corpus, and --passes at least 1")
        from peers import process_cost
        try:
            process_cost.run(args.corpus, args.passes)
        except CorpusError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        return 0
    engines = [e for e in (args.engines or ",".join(ENGINES)).split(",") if e]
    modes = [m for m in (args.modes or "or,and").split(",") if m]
    args.k = 100 if args.k is None else args.k
    if not engines or any(e not in ENGINES for e in engines):
        parser.error(f"--engines takes a comma-separated subset of {','.join(ENGINES)}")
    if not modes or any(m not in MODES for m in modes):
        parser.error("--modes takes a comma-separated subset of or,and")
    if min(args.k, args.passes, args.latency_queries, args.batch, args.limit_queries or 1) < 1:
        parser.error("--k, --passes, --latency-queries, --batch and --limit-queries must be at least 1")
    options = Options(
        corpus=args.corpus, engines=engines, modes=modes, k=args.k, passes=args.passes,
        limit_queries=args.limit_queries, latency_queries=args.latency_queries, seed=args.seed, batch=args.batch,
        out=args.out.resolve() if args.out else None, aisle=args.aisle.resolve(), no_build=args.no_build,
        database_url=args.database_url, work_dir=args.work_dir, repo_root=REPO_ROOT,
        command=shlex.join(["Benchmarks/compare/run.py", *argv]),
    )
    if args.smoke:
        return smoke.run(options)
    options.out = options.out or REPO_ROOT / "Benchmarks" / "results" / date.today().isoformat()
    try:
        run(options)
    except (CorpusError, EngineError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


def _scale(parser, args, argv: list[str]) -> int:
    """run.py --scale: parses the sizes and options, runs peers.scale, returns the exit status."""
    import shlex
    from datetime import date

    from peers.corpus import CorpusError
    from peers.engine import MODES, EngineError
    from peers.scale import SCALE_ENGINES, ScaleOptions, run

    try:
        sizes = [int(size) for size in args.scale.split(",") if size.strip()]
    except ValueError:
        parser.error(f"--scale takes comma-separated product counts such as 100000,1000000, not {args.scale!r}")
    engines = [e for e in (args.engines or ",".join(SCALE_ENGINES)).split(",") if e]
    modes = [m for m in (args.modes or "or").split(",") if m]
    if not sizes or min(sizes) < 1:
        parser.error("--scale takes at least one product count, each at least 1")
    if not engines or any(e not in SCALE_ENGINES for e in engines):
        parser.error(f"with --scale, --engines takes a comma-separated subset of {','.join(SCALE_ENGINES)}")
    if not modes or any(m not in MODES for m in modes):
        parser.error("--modes takes a comma-separated subset of or,and")
    k = 10 if args.k is None else args.k
    if min(k, args.passes, args.scale_queries) < 1 or args.memory_limit < 0:
        parser.error("--k, --passes and --scale-queries must be at least 1, --memory-limit at least 0")
    options = ScaleOptions(
        sizes=sizes, engines=engines, modes=modes, k=k, queries=args.scale_queries, passes=args.passes,
        seed=args.seed, memory_limit_bytes=int(args.memory_limit * 2**30) or None,
        out=(args.out or REPO_ROOT / "Benchmarks" / "results" / f"scale-{date.today().isoformat()}").resolve(),
        aisle=args.aisle.resolve(), no_build=args.no_build, work_dir=args.work_dir, repo_root=REPO_ROOT,
        command=shlex.join(["Benchmarks/compare/run.py", *argv]),
    )
    try:
        run(options)
    except (CorpusError, EngineError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
