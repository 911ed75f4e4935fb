"""scale.json, scale.md and scale.png from a scale run's result dictionary (peers/scale.py)."""
from __future__ import annotations

import json
from pathlib import Path

from .report import human_size, write_files


def _ms(us: float | None) -> str:
    if us is None:
        return "–"
    return f"{us / 1000:,.2f}" if us < 10_000 else f"{us / 1000:,.1f}"


def _count(n: int) -> str:
    """300, 3k, 100k, 1M, 10M: catalogue sizes as axis labels."""
    for divisor, suffix in ((1_000_000, "M"), (1_000, "k")):
        if n >= divisor:
            return f"{n / divisor:g}{suffix}"
    return str(n)


def _rows(result: dict) -> list[tuple[int, str, dict, dict | None]]:
    """(products, engine, build record, target record or None) per size, engine and mode; a build that
    failed has no target."""
    rows = []
    for run in result["runs"]:
        for engine, build in run["builds"].items():
            targets = [t for t in run["targets"] if t["engine"] == engine]
            rows += [(run["products"], engine, build, target) for target in targets] or [(run["products"], engine, build, None)]
    return rows


def _cells(products: int, engine: str, build: dict, target: dict | None) -> list[str]:
    cells = [f"{products:,}", target["config"] if target else engine, target["mode"] if target else "–"]
    if "error" in build:
        cells += [f"failed after {build['seconds']:,.0f} s", "–", "–", "–"]
    else:
        cells += [f"{build['seconds']:,.1f}", f"{build['documents'] / build['seconds']:,.0f}", human_size(build["bytes"]),
                  human_size(build["stored_bytes"])]
    cells += [human_size(build["max_rss_bytes"]) if build["max_rss_bytes"] else "–", human_size(build["peak_anon_bytes"])]
    e = target["latency"]["engine_us"] if target else None
    cells += [_ms(e["p50"]), _ms(e["p95"]), _ms(e["p99"]), f"{e['qps']:,.0f}"] if e else ["–"] * 4
    quality = target["quality"] if target else None
    if quality and target["mean_total"] is not None and quality["ndcg10"] is not None:
        cells += [f"{target['mean_total']:,.0f}", str(quality["zero_result"]), f"{quality['ndcg10']:.3f}"]
    else:
        cells += ["–"] * 3
    return cells


def markdown(result: dict) -> str:
    """The run as Markdown: settings, one table row per size, engine and mode, failures, configurations."""
    s, m = result["settings"], result["machine"]
    memory = f"{m['memory_bytes'] / 2**30:.1f} GiB" if m["memory_bytes"] else "unknown"
    limit = s["memory_limit_bytes"]
    lines = [
        "# Aisle and tantivy on synthetic catalogues",
        "",
        f"- Date: {result['date']}",
        f"- Machine: {m['nproc']} cores ({m['cpu']}), {memory} memory, {m['os']}, Python {m['python']}",
        f"- Command: `{result['command']}` ({result.get('seconds', 0) / 60:.1f} min)",
        f"- Catalogues: `aisle generate --count N --seed {s['seed']} --queries {s['queries']}`; queries: the "
        f"{s['queries']} generated ones, top {s['k']}, exact match counts, modes {', '.join(s['modes'])}; one "
        f"untimed pass (warm-up), then {s['passes']} timed passes, engines interleaved query by query, one thread",
        "- Builds: one child process per engine, one after the other; memory guard "
        + (f"{limit / 2**30:.1f} GiB of anonymous memory" if limit else "off"),
        "",
        "| products | engine | mode | build (s) | docs/s | index size | of which stored | peak RSS | peak anon. "
        "| p50 ms | p95 ms | p99 ms | QPS | mean matches | zero results | NDCG@10 |",
        "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    failures = []
    for products, engine, build, target in _rows(result):
        lines.append("| " + " | ".join(_cells(products, engine, build, target)) + " |")
        if "error" in build:
            failures.append(f"- {products:,} products, {engine}: {build['error']}")
        if target and target["first_error"]:
            failures.append(f"- {products:,} products, {target['config']}/{target['mode']}: "
                            f"{target['quality']['errors']} queries failed; first: {target['first_error']}")
        if target and target["latency"]["errors"]:
            failures.append(f"- {products:,} products, {target['config']}/{target['mode']}: {target['latency']['errors']} "
                            f"timed calls failed; first: {target['latency']['first_error']}")
    failures += [f"- {run['products']:,} products: {run['error']}" for run in result["runs"] if "error" in run]
    lines += [
        "",
        "Build: wall clock of the child process (Aisle: `aisle index build`, reading and parsing products.jsonl "
        "included; tantivy: a Python process streaming the same file into the index, JSON parsing included). "
        "Index size: the files of the index directory; of which stored: the stored documents (Aisle: every product's "
        "JSON line, zstd-compressed with a trained dictionary; tantivy: id and title, LZ4-compressed; tantivy-same: "
        "every product's JSON line, LZ4-compressed). Peak RSS: GNU time's maximum resident set "
        "size of the build, which counts the index pages it maps too; peak anon.: its anonymous memory (heap), "
        "sampled every 10 ms at first and every 0.2 s after a second. "
        "Latency: Aisle's in-process microseconds per query; tantivy's binding call, which also reads the hits' "
        "stored id and title (a result page). NDCG@10 is on the generator's rule-based judgments: a check that both "
        "engines search the same fields, not a relevance result.",
    ]
    if failures:
        lines += ["", "## Failures", "", *failures]
    lines += ["", "## Configurations", ""]
    lines += [f"- **{name}**: {text}" for name, text in result["configurations"].items()]
    lines += ["", "## Versions", ""]
    lines += [f"- {name}: {version}" for name, version in result["versions"].items()]
    return "\n".join(lines) + "\n"


def plot(result: dict, path: Path) -> None:
    """Two panels against catalogue size (log-log): build time per engine, and p99 (solid) and p50 (dashed)
    latency per engine and mode."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    figure, (build_axes, latency_axes) = plt.subplots(1, 2, figsize=(11, 4.5))
    colours: dict[str, str] = {}
    builds: dict[str, list[tuple[int, float]]] = {}
    latencies: dict[tuple[str, str], list[tuple[int, float, float]]] = {}
    for products, engine, build, target in _rows(result):
        colours.setdefault(engine, f"C{len(colours) % 10}")
        if "error" not in build and (products, build["seconds"]) not in builds.get(engine, []):
            builds.setdefault(engine, []).append((products, build["seconds"]))
        if target and target["latency"]["engine_us"]:
            e = target["latency"]["engine_us"]
            label = f"{target['config']} ({target['mode']})"
            latencies.setdefault((engine, label), []).append((products, e["p99"] / 1000, e["p50"] / 1000))
    for engine, points in builds.items():
        xs, ys = zip(*sorted(points))
        build_axes.plot(xs, ys, marker="o", color=colours[engine], label=engine)
    for (engine, label), points in latencies.items():
        xs, p99, p50 = zip(*sorted(points))
        latency_axes.plot(xs, p99, marker="o", color=colours[engine], label=f"{label} p99")
        latency_axes.plot(xs, p50, marker=".", linestyle="--", color=colours[engine], alpha=0.7, label=f"{label} p50")
    s = result["settings"]
    build_axes.set_title("index build (wall clock)")
    build_axes.set_ylabel("seconds")
    latency_axes.set_title(f"query latency, top {s['k']}, exact count ({s['queries']} queries × {s['passes']})")
    latency_axes.set_ylabel("milliseconds")
    sizes = sorted({run["products"] for run in result["runs"]})
    for axes in (build_axes, latency_axes):
        axes.set_xscale("log")
        axes.set_yscale("log")
        axes.set_xticks(sizes, [_count(n) for n in sizes])
        axes.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
        axes.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda y, _: f"{y:g}"))
        axes.yaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
        axes.set_xlabel("products in the catalogue")
        axes.grid(True, which="both", alpha=0.3)
        axes.legend(fontsize=8, frameon=False)
    figure.suptitle(f"Aisle and tantivy on synthetic catalogues ({result['date'][:10]}, "
                    f"{result['machine']['nproc']} cores)", fontsize=10)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def write(result: dict, out: Path) -> list[Path]:
    """Writes scale.json, scale.md and scale.png into `out`; returns their paths."""
    return write_files(result, out, "scale", markdown, plot)
