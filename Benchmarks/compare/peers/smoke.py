"""--smoke: a tiny invented catalog run through every engine end to end, a tiny scale run, the process-cost
measurement (`--process-cost`) on the tiny catalog, and checks on the outcome."""
from __future__ import annotations

import json
import math
import sys
import tempfile
from pathlib import Path

from . import child, runner, scale
from .corpus import Corpus
from .metrics import condensed_ndcg_at, ndcg_at, recall_at, reciprocal_rank_at

# (id, title, brand, category, description, attributes). Invented text, no real catalogue.
_PRODUCTS = [
    ("d1", "Voltmark 20V Cordless Drill Driver Kit", "Voltmark", "Tools > Power Tools > Drills",
     "Compact cordless drill with two batteries, charger and carrying bag.", {"voltage": "20 V", "chuck": "1/2 in."}),
    ("d2", "Voltmark 12V Cordless Impact Driver", "Voltmark", "Tools > Power Tools > Impact Drivers",
     "Impact driver for screws and lag bolts.", {"voltage": "12 V"}),
    ("d3", "Ridgeline Corded Hammer Drill 7 Amp", "Ridgeline", "Tools > Power Tools > Drills",
     "Hammer drill for masonry and concrete.", {"power": "7 A"}),
    ("d4", "Titanium Drill Bit Set (29-Piece)", "Ridgeline", "Tools > Accessories > Drill Bits",
     "Bits for wood, metal and plastic.", {"pieces": 29}),
    ("d5", "Greenfield 40V Cordless Leaf Blower", "Greenfield", "Outdoors > Lawn Care > Blowers",
     "Battery leaf blower, 450 CFM.", {"voltage": "40 V"}),
    ("f1", "Aquella Single-Handle Pull-Down Kitchen Faucet in Brushed Nickel", "Aquella",
     "Plumbing > Kitchen Faucets", "Pull-down sprayer with magnetic docking.", {"finish": "brushed nickel"}),
    ("f2", "Aquella Two-Handle Bathroom Faucet in Chrome", "Aquella", "Plumbing > Bathroom Faucets",
     "Widespread lavatory faucet.", {"finish": "chrome"}),
    ("f3", "Rivera Brushed Nickel Shower Head, 5-Spray", "Rivera", "Plumbing > Shower Heads",
     "Five spray settings, 1.8 GPM.", {"finish": "brushed nickel"}),
    ("f4", "Kitchen Sink Strainer in Stainless Steel", "Rivera", "Plumbing > Kitchen Sinks",
     "Basket strainer for standard drains.", {"material": "stainless steel"}),
    ("l1", "Brightway 4 ft. LED Shop Light, 4000 Lumens", "Brightway", "Lighting > Shop Lights",
     "Linkable LED shop light with pull chain.", {"length": "4 ft.", "lumens": 4000}),
    ("l2", "Brightway LED Flush Mount Ceiling Light", "Brightway", "Lighting > Ceiling Lights",
     "Low-profile ceiling fixture.", {"color temperature": "3000 K"}),
    ("l3", "Solar Path Light (6-Pack)", "Greenfield", "Lighting > Outdoor Lighting",
     "Stake-mounted solar lights for walkways.", {"pieces": 6}),
    ("l4", "60-Watt Equivalent A19 LED Light Bulb (4-Pack)", "Brightway", "Lighting > Light Bulbs",
     "Soft white dimmable bulbs.", {"wattage": "9 W"}),
    ("p1", "Colorwell 1 gal. Eggshell Interior Paint, Swiss White", "Colorwell", "Paint > Interior Paint",
     "Scrubbable one-coat interior paint and primer.", {"sheen": "eggshell", "size": "1 gal."}),
    ("p2", "Colorwell 5 gal. Flat Exterior Paint, Barn Red", "Colorwell", "Paint > Exterior Paint",
     "Weather-resistant exterior house paint.", {"sheen": "flat"}),
    ("p3", "9 in. Paint Roller Cover, 3/8 in. Nap (3-Pack)", "Colorwell", "Paint > Paint Tools",
     "Roller covers for smooth to semi-smooth walls.", {"nap": "3/8 in."}),
    ("p4", "2 in. Angled Sash Paint Brush", "Colorwell", "Paint > Paint Tools",
     "Brush for trim and cutting in.", {"width": "2 in."}),
    ("p5", "Painter's Tape, 1.88 in. x 60 yd.", "Stickwell", "Paint > Paint Tools",
     "Blue painter's tape, clean removal.", {"width": "1.88 in."}),
    ("h1", "Simplex 12-Gauge Angle Bracket, Galvanized", "Simplex", "Hardware > Brackets",
     "90-degree angle bracket for framing.", {"gauge": 12}),
    ("h2", "Simplex Joist Hanger for 2x8 Lumber", "Simplex", "Hardware > Joist Hangers",
     "Face-mount joist hanger.", {"size": "2x8"}),
    ("h3", "Heavy-Duty Shelf Bracket, 10 in., Black", "Simplex", "Hardware > Shelf Brackets",
     "Steel shelf bracket holds 200 lb.", {"length": "10 in."}),
    ("h4", "Deck Screws #8 x 2-1/2 in. (1 lb. Box)", "Fastmore", "Hardware > Screws",
     "Coated exterior wood screws.", {"length": "2-1/2 in."}),
    ("h5", "Stainless Steel Cabinet Pull, 5 in.", "Fastmore", "Hardware > Cabinet Hardware",
     "Bar pull for kitchen cabinets.", {"material": "stainless steel"}),
    ("g1", "Greenfield 21 in. Self-Propelled Gas Lawn Mower", "Greenfield", "Outdoors > Lawn Mowers",
     "Rear-wheel drive mower with bagger.", {"deck": "21 in."}),
    ("g2", "Garden Hose, 5/8 in. x 50 ft.", "Greenfield", "Outdoors > Watering",
     "Kink-resistant rubber garden hose.", {"length": "50 ft."}),
    ("g3", "Galvanized Steel Trash Can, 31 gal.", "Fastmore", "Outdoors > Trash Cans",
     "Outdoor garbage can with locking lid.", {"capacity": "31 gal."}),
    ("g4", "Cedar Raised Garden Bed, 4 ft. x 4 ft.", "Greenfield", "Outdoors > Garden Beds",
     "Untreated cedar planter box.", {"size": "4 ft. x 4 ft."}),
    ("w1", "White Vinyl Replacement Window, 32 in. x 54 in.", "Clearview", "Doors & Windows > Windows",
     "Double-hung window, low-E glass.", {"width": "32 in."}),
    ("w2", "Steel Entry Door with Half-Lite Glass, 36 in.", "Clearview", "Doors & Windows > Exterior Doors",
     "Pre-hung steel front door.", {"width": "36 in."}),
    ("w3", "Sliding Patio Screen Door, 36 in.", "Clearview", "Doors & Windows > Screen Doors",
     "Aluminium frame screen door.", {"width": "36 in."}),
    ("t1", "Porcelain Floor Tile, 12 in. x 24 in., Gray", "Stonecraft", "Flooring > Tile",
     "Matte porcelain tile for floors and walls.", {"size": "12 x 24"}),
    ("t2", "Vinyl Plank Flooring, Oak (20 sq. ft.)", "Stonecraft", "Flooring > Vinyl",
     "Click-lock waterproof vinyl planks.", {"coverage": "20 sq. ft."}),
    ("t3", "Tile Adhesive, 1 gal. Premixed", "Stonecraft", "Flooring > Tile Tools",
     "Ready-to-use adhesive for ceramic tile.", {"size": "1 gal."}),
    ("e1", "Outdoor Extension Cord, 50 ft. 12/3", "Voltmark", "Electrical > Extension Cords",
     "Heavy-duty outdoor cord, lighted end.", {"length": "50 ft."}),
    ("e2", "Smart Wi-Fi Light Switch, White", "Brightway", "Electrical > Switches",
     "Works with voice assistants, no hub needed.", {"color": "white"}),
    ("e3", "Duplex Wall Outlet, 15 Amp, White (10-Pack)", "Brightway", "Electrical > Outlets",
     "Tamper-resistant receptacles.", {"amperage": "15 A"}),
]

# (id, query, {product id: grade}). Grades 0-2 like homedepot.
_QUERIES = [
    ("1", "cordless drill", {"d1": 2, "d3": 1, "d2": 1, "d4": 0}),
    ("2", "brushed nickel kitchen faucet", {"f1": 2, "f3": 1, "f2": 1}),
    ("3", "4 ft LED shop light", {"l1": 2, "l2": 1}),
    ("4", "painting rollers", {"p3": 2, "p4": 1}),
    ("5", "angle bracket", {"h1": 2, "h3": 1, "h2": 1}),
    ("6", "garden hose 50 ft", {"g2": 2, "e1": 0}),
    ("7", "Cordless (drill) -driver title:kit ^2 ~ * [20v] AND OR NOT\\ \"voltmark", {"d1": 2, "d2": 1}),
    ("8", "purple cordless faucet", {"f1": 0}),
    ("9", "exterior paint", {"p2": 2, "p1": 1}),
    ("10", "porcelain tile", {"t1": 2, "t3": 1}),
    ("11", "replacement window", {"w1": 2}),
    ("12", "lawn mower", {"g1": 2}),
]

# Queries where the product must come back in the top 3 of every engine in every mode.
_OBVIOUS = [("1", "d1"), ("2", "f1"), ("3", "l1"), ("4", "p3"), ("5", "h1")]
_SYNTAX_QUERY, _SYNTAX_PRODUCT = "7", "d1"  # must be answered without error; OR mode finds d1
_NO_MATCH_QUERY = "8"  # no product holds all three words: AND matches nothing, OR matches something


def write_corpus(directory: Path) -> Path:
    """Writes the smoke catalog as a corpus directory and returns it."""
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / "products.jsonl").open("w") as f:
        for pid, title, brand, category, description, attributes in _PRODUCTS:
            f.write(json.dumps({"id": pid, "title": title, "brand": brand, "category": category,
                                "description": description, "attributes": attributes}) + "\n")
    with (directory / "queries.tsv").open("w") as f:
        f.write("query_id\tquery\n")
        for qid, text, _ in _QUERIES:
            f.write(f"{qid}\t{text}\n")
    with (directory / "qrels.tsv").open("w") as f:
        f.write("query_id\tproduct_id\tgrade\n")
        for qid, _, grades in _QUERIES:
            for pid, grade in grades.items():
                f.write(f"{qid}\t{pid}\t{grade}\n")
    return directory


class _Checks:
    def __init__(self) -> None:
        self.passed = self.failed = 0

    def check(self, name: str, ok: bool, detail: str = "") -> None:
        if ok:
            self.passed += 1
            print(f"ok   {name}")
        else:
            self.failed += 1
            print(f"FAIL {name}" + (f": {detail}" if detail else ""))


def _metric_checks(checks: _Checks) -> None:
    grades = {"a": 2, "c": 1, "d": 2, "z": 0}
    ideal = 2 + 2 / math.log2(3) + 1 / 2
    checks.check("metrics: NDCG@10 of a known ranking",
                 abs(ndcg_at(["a", "b", "c"], grades) - (2 + 1 / 2) / ideal) < 1e-9)
    checks.check("metrics: condensed NDCG@10 drops unjudged products",
                 abs(condensed_ndcg_at(["a", "b", "c"], grades) - (2 + 1 / math.log2(3)) / ideal) < 1e-9)
    checks.check("metrics: MRR@10 finds the first top-grade product",
                 reciprocal_rank_at(["b", "c", "d"], grades, 2) == 1 / 3 and reciprocal_rank_at(["c"], grades, 2) == 0.0)
    checks.check("metrics: Recall@100 counts grade >= 1 only", abs(recall_at(["a", "z", "c"], grades) - 2 / 3) < 1e-9)
    checks.check("metrics: queries without relevant products do not score",
                 ndcg_at(["a"], {"a": 0}) is None and reciprocal_rank_at(["a"], {"a": 1}, 2) is None)


def _outcome_checks(checks: _Checks, outcome: runner.Outcome, products: int) -> None:
    result = outcome.result
    for name, build in result["builds"].items():
        checks.check(f"{name}: indexed every product", build["documents"] == products,
                     f"{build['documents']} documents, expected {products}")
    for row in result["results"]:
        key = f"{row['config']}/{row['mode']}"
        quality, latency = row["quality"], row["latency"]["engine_us"]
        checks.check(f"{key}: no query failed", quality["errors"] == 0 and row["latency"]["errors"] == 0,
                     row["first_error"] or "")
        in_range = all(0.0 <= quality[m] <= 1.0 for m in ("ndcg10", "ndcg10_judged", "mrr10", "recall100"))
        checks.check(f"{key}: metrics in [0, 1], NDCG@10 >= 0.5", in_range and quality["ndcg10"] >= 0.5,
                     f"NDCG@10 {quality['ndcg10']}, MRR@10 {quality['mrr10']}, Recall@100 {quality['recall100']}")
        checks.check(f"{key}: latencies measured", latency is not None and 0 < latency["p50"] <= latency["p99"],
                     str(latency))
        rankings = outcome.rankings[key]
        for qid, pid in _OBVIOUS:
            ids = rankings[qid][0]
            checks.check(f"{key}: query {qid} finds {pid} in the top 3", pid in ids[:3], f"top 3: {ids[:3]}")
        if row["mode"] == "or":
            ids = rankings[_SYNTAX_QUERY][0]
            checks.check(f"{key}: query-syntax characters are plain text", _SYNTAX_PRODUCT in ids[:3],
                         f"top 3: {ids[:3]}")
            checks.check(f"{key}: query {_NO_MATCH_QUERY} matches something", rankings[_NO_MATCH_QUERY][1] > 0)
        else:
            total = rankings[_NO_MATCH_QUERY][1]
            checks.check(f"{key}: query {_NO_MATCH_QUERY} matches nothing", total == 0, f"total {total}")
            partner = outcome.rankings.get(f"{row['config']}/or")
            if partner:
                wider = all(total_and <= partner[qid][1] for qid, (_, total_and) in rankings.items())
                checks.check(f"{key}: never matches more than OR", wider)
    written = all(p.is_file() and p.stat().st_size > 0 for p in outcome.paths)
    checks.check("results.json, results.md and results.png written", written)
    parsed = json.loads(outcome.paths[0].read_text())
    checks.check("results.json records machine, corpus, command and versions",
                 all(parsed.get(k) for k in ("machine", "corpus", "command", "versions", "date")))


_SCALE_PRODUCTS, _SCALE_QUERIES = 200, 30


def _child_checks(checks: _Checks, directory: Path) -> None:
    small = child.run(["sleep", "0.05"], directory / "small.out", directory / "small.err", None)
    checks.check("scale: a child's peak RSS is its own, not the runner's",
                 small.status == 0 and 0 < small.max_rss_bytes < 32 << 20, str(small))
    grab = "import time; block = bytearray(400 << 20); time.sleep(20)"
    guarded = child.run([sys.executable, "-c", grab], directory / "guard.out", directory / "guard.err", 100 << 20)
    checks.check("scale: the memory guard stops a child above its limit",
                 guarded.over_memory_limit and guarded.status < 0 and guarded.seconds < 10
                 and guarded.peak_anon_bytes > 100 << 20, str(guarded))


def _scale_checks(checks: _Checks, options: runner.Options, directory: Path) -> None:
    # tantivy's same-content build (scale only) comes with tantivy.
    engines = [e for e in scale.SCALE_ENGINES if e in options.engines or (e == "tantivy-same" and "tantivy" in options.engines)]
    if not engines:
        return
    _child_checks(checks, directory)
    scale_options = scale.ScaleOptions(
        sizes=[_SCALE_PRODUCTS], out=directory / "scale", aisle=options.aisle, engines=engines, queries=_SCALE_QUERIES,
        passes=1, seed=options.seed, no_build=options.no_build, work_dir=options.work_dir, command="smoke",
        repo_root=options.repo_root,
    )
    try:
        result = scale.run(scale_options)
    except Exception as error:  # any failure of the run itself is one failed check, with its message
        checks.check("scale: the run goes end to end", False, f"{type(error).__name__}: {error}")
        return
    checks.check("scale: the run goes end to end", True)
    run = result["runs"][0]
    for engine in engines:
        build = run["builds"].get(engine, {"error": "not built"})
        checks.check(f"scale {engine}: built every product, measured size and memory",
                     "error" not in build and build["documents"] == _SCALE_PRODUCTS and build["bytes"] > 0
                     and build["max_rss_bytes"] > 0 and build["peak_anon_bytes"] > 0, str(build))
    for target in run["targets"]:
        key = f"scale {target['config']}/{target['mode']}"
        latency, quality = target["latency"], target["quality"]
        checks.check(f"{key}: every query answered and timed",
                     quality["errors"] == 0 and latency["errors"] == 0 and latency["engine_us"] is not None
                     and latency["engine_us"]["samples"] == _SCALE_QUERIES, target["first_error"] or str(latency))
        checks.check(f"{key}: finds the judged products (NDCG@10 >= 0.5)",
                     quality["ndcg10"] is not None and quality["ndcg10"] >= 0.5 and target["mean_total"] > 0,
                     f"NDCG@10 {quality['ndcg10']}, mean matches {target['mean_total']}")
    queried = [e for e in engines if e != "tantivy-same"]
    checks.check("scale: every engine answered", len(run["targets"]) == len(queried) * len(scale_options.modes))
    written = [directory / "scale" / name for name in ("scale.json", "scale.md", "scale.png")]
    checks.check("scale.json, scale.md and scale.png written", all(p.is_file() and p.stat().st_size > 0 for p in written))


def _process_cost_checks(checks: _Checks, corpus: Path) -> None:
    from . import process_cost  # needs tantivy, as the comparison's tantivy engine does

    try:
        rows = process_cost.measure(Corpus.load(corpus), 1)
    except Exception as error:  # any failure of the run itself is one failed check, with its message
        checks.check("process cost: tantivy timed in process and in child processes", False, f"{type(error).__name__}: {error}")
        return
    timed = all(summary is not None and summary["samples"] == len(_QUERIES) and summary["p50"] > 0 for _, summary in rows)
    checks.check("process cost: tantivy timed in process and in child processes", len(rows) >= 3 and timed, str(rows))


def run(options: runner.Options) -> int:
    """Runs the smoke comparison with `options` (its corpus replaced by the smoke catalog), then a scale run
    of a 200-product synthetic catalogue with the engines of `options` that scale runs support, and (with
    tantivy) the process-cost measurement on the smoke catalog; prints one
    line per check and a final `N passed, M failed`; returns the process exit status (0 only if all passed)."""
    checks = _Checks()
    _metric_checks(checks)
    with tempfile.TemporaryDirectory(prefix="aisle-compare-smoke-") as tmp:
        options.corpus = write_corpus(Path(tmp) / "smoke-corpus")
        options.out = options.out or Path(tmp) / "results"
        options.passes, options.latency_queries, options.limit_queries = 1, len(_QUERIES), None
        try:
            outcome = runner.run(options)
        except Exception as error:  # any failure of the run itself is one failed check, with its message
            checks.check("the comparison runs end to end", False, f"{type(error).__name__}: {error}")
        else:
            checks.check("the comparison runs end to end", True)
            _outcome_checks(checks, outcome, len(_PRODUCTS))
        _scale_checks(checks, options, Path(tmp))
        if "tantivy" in options.engines:
            _process_cost_checks(checks, options.corpus)
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 0 if checks.failed == 0 else 1
