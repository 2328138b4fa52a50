#!/usr/bin/env python3
"""Tables and growth slopes for docs/performance.md from the runs benchmarks/run-size.sh left in artifacts/perf/N/.

Usage: benchmarks/summarise.py [artifacts/perf]   (prints Markdown)

Each figure's growth is the least-squares slope of log(value) against log(relations) over the sizes measured:
1 means it grows in proportion to the corpus, 0 that it does not grow, 2 that it grows with its square.
"""
import glob
import json
import math
import os
import sys

BASELINES = {"LoadBenchmarks": "ReadFiles", "StoreBenchmarks": "RelationById", "MentionBenchmarks": "OneName"}


def read_time(path):
    """/usr/bin/time -f '%e %M' output: seconds and peak resident KB; None when the step was not run."""
    if not os.path.exists(path):
        return None
    with open(path) as f:
        lines = [line for line in f.read().splitlines() if line.strip()]
    figures = [line.split() for line in lines if line[0].isdigit()][-1]
    stopped = any(line.startswith("stopped") for line in lines)
    return float(figures[0]), int(figures[1]) / 1024, stopped


def read_bdn(folder):
    rows = {}
    for path in sorted(glob.glob(os.path.join(folder, "bdn", "results", "*-report-brief.json"))):
        with open(path) as f:
            report = json.load(f)
        for bench in report["Benchmarks"]:
            stats = bench.get("Statistics")
            if not stats:
                continue
            rows[(bench["Type"], bench["Method"])] = {
                "title": bench.get("MethodTitle", bench["Method"]).strip("'"),
                "mean": stats["Mean"],
                "median": stats["Median"],
                "p95": stats["Percentiles"]["P95"],
                "allocated": (bench.get("Memory") or {}).get("BytesAllocatedPerOperation"),
            }
    for (kind, method), row in rows.items():
        baseline = rows.get((kind, BASELINES.get(kind)))
        row["ratio"] = row["mean"] / baseline["mean"] if baseline else None
    return rows


def read_http(folder):
    path = os.path.join(folder, "load.tsv")
    if not os.path.exists(path):
        return {}, []
    facts, endpoints, header = {}, [], None
    with open(path) as f:
        for line in f.read().splitlines():
            cells = line.split("\t")
            if line.startswith("# "):
                facts[cells[0][2:]] = cells[1]
            elif header is None:
                header = cells
            else:
                endpoints.append(dict(zip(header, cells)))
    return facts, endpoints


def duration(ns):
    for unit, size in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= size:
            return f"{ns / size:.3g} {unit}"
    return f"{ns:.3g} ns"


def ms(cell):
    return cell if cell.startswith("none") else f"{cell} ms"


def size(n_bytes):
    if n_bytes is None:
        return "-"
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if n_bytes >= scale:
            return f"{n_bytes / scale:.3g} {unit}"
    return f"{n_bytes:.0f} B"


def slope(points):
    points = [(math.log(n), math.log(v)) for n, v in points if v and v > 0]
    if len(points) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "artifacts/perf"
    sizes = sorted(int(d) for d in os.listdir(root) if d.isdigit())
    growth = {}

    def track(name, n, value, shown):
        growth.setdefault(name, {})[n] = (value, shown)

    for n in sizes:
        folder = os.path.join(root, str(n))
        print(f"### {n:,} relations\n")
        print("| Start-up and memory | Value |\n|---|---|")
        for label, path in (("generate", "generate.time"), ("validate (CLI)", "validate.time")):
            measured = read_time(os.path.join(folder, path))
            if measured and measured[2]:
                print(f"| {label}: wall time, peak RSS | unfinished: stopped after {measured[0]:.0f} s at {measured[1]:.0f} MB |")
            elif measured:
                print(f"| {label}: wall time, peak RSS | {measured[0]:.1f} s, {measured[1]:.0f} MB |")
                track(f"{label}: wall time", n, measured[0], f"{measured[0]:.1f} s")
                track(f"{label}: peak RSS", n, measured[1], f"{measured[1]:.0f} MB")
        facts, endpoints = read_http(folder)
        for key, value in facts.items():
            if key in ("connections", "seconds per endpoint"):
                print(f"| wrk {key} | {value} |")
            elif key not in ("corpus", "relations"):
                print(f"| API {key} | {value} |")
                if value not in ("-", ""):
                    track(f"API {key}", n, float(value), value)
        bdn = read_bdn(folder)
        if bdn:
            print("\n| In process (BenchmarkDotNet) | Mean | Median | P95 | Ratio to baseline | Allocated |\n|---|---|---|---|---|---|")
            for (kind, _), row in sorted(bdn.items(), key=lambda item: (item[0][0], item[1]["ratio"] or 0)):
                ratio = f"{row['ratio']:.3g}" if row["ratio"] is not None else "-"
                print(f"| {row['title']} | {duration(row['mean'])} | {duration(row['median'])} | {duration(row['p95'])} | {ratio} | {size(row['allocated'])} |")
                track(f"in process: {row['title']} (mean)", n, row["mean"], duration(row["mean"]))
        if endpoints:
            print("\n| HTTP (wrk) | Answer | Requests/s | p50 | p99 | Errors | Throughput vs /health/live | p99 vs /health/live |\n|---|---|---|---|---|---|---|---|")
            for e in endpoints:
                print(f"| {e['endpoint']} | {size(float(e['bytes']))} | {e['requests/s']} | {ms(e['p50 ms'])} | {ms(e['p99 ms'])} | {e['errors']} | {e['throughput vs baseline']} | {e['p99 vs baseline']} |")
                if not e["p99 ms"].startswith("none"):
                    track(f"HTTP p99: {e['endpoint']}", n, float(e["p99 ms"]), f"{e['p99 ms']} ms")
        print()

    print("### Growth\n")
    print("Slope of log(value) against log(relations), least squares over the sizes measured.\n")
    print("| Figure | " + " | ".join(f"{n:,}" for n in sizes) + " | Slope |")
    print("|---|" + "---|" * len(sizes) + "---|")
    for name, values in growth.items():
        s = slope([(n, v) for n, (v, _) in values.items()])
        cells = " | ".join(values[n][1] if n in values else "-" for n in sizes)
        print(f"| {name} | {cells} | {'-' if s is None else f'{s:.2f}'} |")


if __name__ == "__main__":
    main()
