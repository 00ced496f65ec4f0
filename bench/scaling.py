#!/usr/bin/env python3
"""Times tracuu on 1x and 10x inputs that once grew quadratically (issue 10, item 25),
and says whether each grew about linearly.

    python3 bench/scaling.py [path/to/tracuu]      (default: .build/release/tracuu)

Cases: `.tokens` on a query of N conditions, a script of N dot-command lines, a query
of N `or` conditions, and `.ast` of N conditions. Ten times the input should take
about ten times as long; a ratio near 100 means a quadratic step is back. Timing is
for this benchmark only: the unit tests count work instead.
"""
import os
import subprocess
import sys
import tempfile
import time

CASES = {
    ".tokens, N conditions": (1_000, lambda n: ".tokens targets where " + " and ".join(f"due > {i}" for i in range(n)) + "\n"),
    ".ast, N conditions": (1_000, lambda n: ".ast targets where " + " and ".join(f"due > {i}" for i in range(n)) + "\n"),
    "N dot-command lines": (4_000, lambda n: "".join(".format csv\n" for _ in range(n)) + "targets | count\n"),
    "query of N or-terms": (10_000, lambda n: "targets where " + " or ".join(f'kind = "k{i}"' for i in range(n)) + " | count\n"),
}


def seconds(tracuu, script):
    with tempfile.NamedTemporaryFile("w", suffix=".tq", delete=False, encoding="utf-8") as f:
        f.write(script)
        path = f.name
    try:
        best = None
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run([tracuu, "-f", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            took = time.perf_counter() - start
            best = took if best is None else min(best, took)
        return best
    finally:
        os.unlink(path)


def main():
    tracuu = sys.argv[1] if len(sys.argv) > 1 else ".build/release/tracuu"
    if not os.access(tracuu, os.X_OK):
        sys.exit(f"no tracuu at {tracuu}: build it first (swift build -c release)")
    baseline = seconds(tracuu, "targets | count\n")
    print(f"{'case':<24} {'N':>7} {'1x s':>8} {'10x s':>8} {'ratio':>6}")
    worst = 0.0
    for name, (n, make) in CASES.items():
        # The start-up time (loading the sample) is the same for both: take it off.
        one = max(seconds(tracuu, make(n)) - baseline, 1e-3)
        ten = max(seconds(tracuu, make(10 * n)) - baseline, 1e-3)
        ratio = ten / one
        worst = max(worst, ratio)
        print(f"{name:<24} {n:>7} {one:>8.3f} {ten:>8.3f} {ratio:>6.1f}")
    print("linear" if worst < 25 else "grows faster than linear: look for a quadratic step")
    return 0 if worst < 25 else 1


if __name__ == "__main__":
    sys.exit(main())
