"""results.json, results.md and results.png from one run's result dictionary."""
from __future__ import annotations

import json
import os
import platform
from pathlib import Path


def machine() -> dict:
    """Cores, memory, CPU model and OS of this machine."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) * 1024
                break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "memory_bytes": memory, "cpu": cpu,
            "os": f"{platform.system()} {platform.release()}", "python": platform.python_version()}


def _num(value, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return f"{value:,}"


def _us(value) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def human_size(n: int) -> str:
    """`n` bytes in B, KiB, MiB or GiB (binary units), for tables."""
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:,.1f} {unit}" if unit != "B" else f"{n} B"
        n /= 1024
    return str(n)


def markdown(result: dict) -> str:
    """The run as a Markdown document: settings, quality, latency, build, configurations, versions."""
    c, s, m = result["corpus"], result["settings"], result["machine"]
    memory = f"{m['memory_bytes'] / 2**30:.1f} GiB" if m["memory_bytes"] else "unknown"
    lines = [
        f"# Aisle and its peers on `{c['name']}`",
        "",
        f"- Date: {result['date']}",
        f"- Machine: {m['nproc']} cores ({m['cpu']}), {memory} memory, {m['os']}, Python {m['python']}",
        f"- Corpus: `{c['name']}` ({c['path']}): {c['products']:,} products, fields {', '.join(c['fields'])}; "
        f"{c['queries_run']:,} of {c['queries']:,} queries; {c['judgments']:,} judgments, top grade {c['top_grade']}",
        f"- Command: `{result['command']}` ({result['seconds'] / 60:.1f} min)",
        f"- Settings: k={s['k']}, modes {', '.join(s['modes'])}; rankings from one pass over every query (also the "
        f"warm-up); latency on {s['latency_queries']:,} queries sampled with seed {s['seed']}, {s['passes']} timed "
        f"pass{'es' if s['passes'] != 1 else ''}, engines interleaved query by query, one thread, exact match "
        "counts everywhere",
        "",
        f"## Ranking quality ({c['queries_run']:,} queries)",
        "",
        "| engine | mode | NDCG@10 | NDCG@10 judged only | MRR@10 | Recall@100 | judged in top 10 | zero-result queries | errors |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in result["results"]:
        q = row["quality"]
        lines.append(
            f"| {row['config']} | {row['mode']} | {_num(q['ndcg10'])} | {_num(q['ndcg10_judged'])} | {_num(q['mrr10'])} "
            f"| {_num(q['recall100'])} | {_num(q['judged_at_10'], 2)} | {q['zero_result']:,} | {q['errors']:,} |"
        )
    first = result["results"][0]["quality"] if result["results"] else None
    if first:
        lines += ["", f"NDCG@10 and Recall@100 average over the {first['ndcg_queries']:,} queries with a product of grade ≥ 1, "
                  f"MRR@10 over the {first['mrr_queries']:,} with a product of grade {c['top_grade']}; unjudged results count 0."]
    lines += [
        "",
        f"## Latency (µs, {s['latency_queries']:,} queries × {s['passes']} pass{'es' if s['passes'] != 1 else ''})",
        "",
        "| engine | mode | p50 | p95 | p99 | mean | QPS | client p50 | client p99 |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in result["results"]:
        e, cl = row["latency"]["engine_us"], row["latency"]["client_us"]
        if e is None:
            lines.append(f"| {row['config']} | {row['mode']} | – | – | – | – | – | – | – |")
            continue
        lines.append(
            f"| {row['config']} | {row['mode']} | {_us(e['p50'])} | {_us(e['p95'])} | {_us(e['p99'])} | {_us(e['mean'])} "
            f"| {e['qps']:,.0f} | {_us(cl['p50'])} | {_us(cl['p99'])} |"
        )
    if result["floors"]:
        floors = "; ".join(f"{name} {_us(f['p50'])} (p99 {_us(f['p99'])})" for name, f in result["floors"].items() if f)
        lines += ["", f"Call floors, p50 µs (the cheapest call through the same binding, measured interleaved with the "
                  f"queries): {floors}."]
    lines += [
        "",
        "Python engines: time of the binding call that parses, matches, ranks, counts and returns the top-k ordinals "
        "(the binding's overhead is inside; see the floors). PostgreSQL: includes the loopback round trip "
        "(its floor is `SELECT 1`). Aisle: p50…mean are the in-process microseconds it reports; client columns are "
        "the pipe round trip with JSON lines, seen from the runner.",
        "",
        "## Index build",
        "",
        "| engine | build (s) | index size | documents |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, build in result["builds"].items():
        lines.append(f"| {name} | {build['seconds']:.2f} | {human_size(build['bytes'])} | {build['documents']:,} |")
    lines += ["", "## Configurations", ""]
    for name, text in result["configurations"].items():
        lines.append(f"- **{name}**: {text}")
    lines += ["", "## Versions", ""]
    for name, version in result["versions"].items():
        lines.append(f"- {name}: {version}")
    failures = [r for r in result["results"] if r["first_error"]]
    if failures:
        lines += ["", "## Errors", ""]
        for row in failures:
            lines.append(f"- {row['config']}/{row['mode']}: {row['quality']['errors']} queries failed in the ranking pass, "
                         f"{row['latency']['errors']} calls in the timed passes; first: {row['first_error']}")
    return "\n".join(lines) + "\n"


def plot(result: dict, path: Path) -> None:
    """NDCG@10 against p50 latency (log scale): one colour per engine configuration, circles for OR,
    squares for AND, and a legend naming each point."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(9, 5))
    colours = {}
    for row in result["results"]:
        e, q = row["latency"]["engine_us"], row["quality"]
        if e is None or q["ndcg10"] is None:
            continue
        colour = colours.setdefault(row["config"], f"C{len(colours) % 10}")
        axes.scatter(e["p50"], q["ndcg10"], marker="o" if row["mode"] == "or" else "s", s=60, color=colour,
                     label=f"{row['config']} ({row['mode']})", alpha=0.85)
    axes.set_xscale("log")
    axes.set_xlabel("p50 latency (µs, log scale)")
    axes.set_ylabel("NDCG@10")
    axes.set_title(f"{result['corpus']['name']}: quality against speed (k={result['settings']['k']})")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(loc="center left", bbox_to_anchor=(1.02, 0.5), fontsize=8, frameon=False)
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


def write_files(result: dict, out: Path, stem: str, markdown, plot) -> list[Path]:
    """Writes `stem`.json (the result), `stem`.md (`markdown(result)`) and `stem`.png (`plot`)
    into `out`; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / f"{stem}.json", out / f"{stem}.md", out / f"{stem}.png"]
    paths[0].write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    paths[1].write_text(markdown(result))
    plot(result, paths[2])
    return paths


def write(result: dict, out: Path) -> list[Path]:
    """Writes results.json, results.md and results.png into `out`; returns their paths."""
    return write_files(result, out, "results", markdown, plot)
