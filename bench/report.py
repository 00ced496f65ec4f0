#!/usr/bin/env python3
"""The Markdown table of a benchmark run, from the raw results bench/run.sh leaves.

    python3 bench/report.py DATA_DIR [QUERY …]

Reads DATA_DIR/runs/TOOL.QUERY.{wall,warm,mem,warmnote} and DATA_DIR/expected/.
"""
import datetime
import os
import platform
import statistics
import sys

TOOLS = [("tracuu", "tracuu"), ("sqlite3", "sqlite3"), ("duckdb", "DuckDB")]
TITLES = {
    "q1": "Q1 filter + count",
    "q2": "Q2 group by, top 10",
    "q3": "Q3 contains (NFC = NFD)",
    "q4": "Q4 ~ (no diacritics)",
    "q5": "Q5 top 20 by change",
    "q6": "Q6 load metrics.csv",
}


def numbers(path):
    try:
        with open(path) as f:
            return [float(x) for x in f.read().split()]
    except (OSError, ValueError):
        return []


def text(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().strip()
    except OSError:
        return ""


def seconds(x):
    return "—" if x is None else f"{x:.3f}"


def millis(x):
    if x is None:
        return "—"
    ms = x * 1000
    if ms < 0.5:
        return "<1"          # the shells' timers count whole milliseconds
    return f"{ms:.0f}"      # whole milliseconds: the resolution of all three timers


def ratio(a, b):
    if a is None or b is None or b <= 0 or a <= 0:
        return "—"
    r = a / b
    return f"{r:.2f}×" if r < 10 else f"{r:.1f}×" if r < 100 else f"{r:.0f}×"


def machine():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kib = int(f.readline().split()[1])
            mem = f", {kib / 2**20:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    osname = platform.platform()
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    osname = line.split("=", 1)[1].strip().strip('"') + f", Linux {platform.release()}"
    except OSError:
        pass
    return f"{cores} cores ({cpu}){mem}, {osname}"


def main():
    data = sys.argv[1]
    queries = sys.argv[2:] or list(TITLES)
    runs = os.path.join(data, "runs")
    n_runs, n_warm = os.environ.get("RUNS", "3"), os.environ.get("WARM", "3")
    timer = "hyperfine -N" if os.environ.get("HAVE_HYPERFINE", "1") == "1" else "a shell loop"

    def size(name):
        return os.path.getsize(os.path.join(data, name)) / 2**20

    rows = sum(1 for _ in open(os.path.join(data, "metrics.csv"), "rb")) - 1
    articles = sum(1 for _ in open(os.path.join(data, "articles.jsonl"), "rb"))
    versions = "; ".join(text(os.path.join(runs, "versions")).splitlines())

    print(f"## tracuu, sqlite3 and DuckDB: {rows:,} metrics / {articles:,} articles\n")
    print(f"- data: metrics.csv {size('metrics.csv'):.1f} MiB, articles.jsonl {size('articles.jsonl'):.1f} MiB "
          f"(bench/generate.py)")
    print(f"- machine: {machine()}; run {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"- versions: {versions}")
    print(f"- answers: every tool gave the answer of bench/reference.py to every query below")
    print(f"- whole process: median of {n_runs} runs ({timer}), start to exit, files in the page cache; "
          f"query alone: median of {n_warm} runs in one process that loaded the data, by the tool's own "
          f"timer (`.timer on`; Q6: the load itself); peak: max RSS of the whole process (`/usr/bin/time -f %M`)")
    print(f"- ratios are tracuu's figure over the other's: below 1× tracuu is faster or smaller\n")

    print("| query | measure | tracuu | sqlite3 | DuckDB | tracuu/DuckDB | tracuu/sqlite3 |")
    print("|---|---|---:|---:|---:|---:|---:|")
    notes = []
    for q in queries:
        expected = text(os.path.join(data, "expected", q + ".tsv")).splitlines()
        answer = expected[0] if len(expected) == 1 else f"{len(expected)} rows"
        wall, warm, peak = {}, {}, {}
        for tool, _ in TOOLS:
            w = numbers(os.path.join(runs, f"{tool}.{q}.wall"))
            wall[tool] = statistics.median(w) if w else None
            k = numbers(os.path.join(runs, f"{tool}.{q}.warm"))
            warm[tool] = statistics.median(k) if k else None
            m = numbers(os.path.join(runs, f"{tool}.{q}.mem"))
            peak[tool] = m[0] / 1024 if m else None
        warm_cells = {}
        for tool, name in TOOLS:
            cell = millis(warm[tool])
            note = text(os.path.join(runs, f"{tool}.{q}.warmnote"))
            if note:
                notes.append(f"{name}, {q.upper()}: {note}")
                cell += f" [{len(notes)}]"
            warm_cells[tool] = cell
        title = f"{TITLES.get(q, q)} (answer: {answer})"
        print(f"| {title} | whole process, s | " + " | ".join(seconds(wall[t]) for t, _ in TOOLS)
              + f" | {ratio(wall['tracuu'], wall['duckdb'])} | {ratio(wall['tracuu'], wall['sqlite3'])} |")
        print(f"| | query alone, ms | " + " | ".join(warm_cells[t] for t, _ in TOOLS)
              + f" | {ratio(warm['tracuu'], warm['duckdb'])} | {ratio(warm['tracuu'], warm['sqlite3'])} |")
        print(f"| | peak, MiB | " + " | ".join("—" if peak[t] is None else f"{peak[t]:.0f}" for t, _ in TOOLS)
              + f" | {ratio(peak['tracuu'], peak['duckdb'])} | {ratio(peak['tracuu'], peak['sqlite3'])} |")
    if notes:
        print()
        for i, note in enumerate(notes, 1):
            print(f"[{i}] {note}")


if __name__ == "__main__":
    main()
