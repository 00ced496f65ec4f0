#!/usr/bin/env python3
"""Compares a tool's answer with the reference answer.

    python3 bench/check.py EXPECTED.tsv ACTUAL.tsv

Exit 0 when they agree, 1 with what differs on stderr. Both are TAB-separated, no
header. Fields agree when their text is the same, or when both are numbers within
1e-9 relative or 1e-3 absolute difference (tools print a double each their own way:
3512665.1, 3512665.1000000006).
"""
import math
import sys


def number(s):
    try:
        x = float(s)
    except ValueError:
        return None
    return x if math.isfinite(x) else None


def same(expected, actual):
    if expected == actual:
        return True
    e, a = number(expected), number(actual)
    if e is None or a is None:
        return False
    return abs(e - a) <= 1e-3 or abs(e - a) <= 1e-9 * max(abs(e), abs(a))


def differences(expected_lines, actual_lines):
    out = []
    if len(expected_lines) != len(actual_lines):
        out.append(f"{len(actual_lines)} lines, expected {len(expected_lines)}")
    for n, (e, a) in enumerate(zip(expected_lines, actual_lines), 1):
        ef, af = e.split("\t"), a.split("\t")
        if len(ef) != len(af) or not all(same(x, y) for x, y in zip(ef, af)):
            out.append(f"line {n}: expected {e!r}, got {a!r}")
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: check.py EXPECTED.tsv ACTUAL.tsv")
    with open(sys.argv[1], encoding="utf-8") as f:
        expected = f.read().splitlines()
    with open(sys.argv[2], encoding="utf-8", errors="replace") as f:
        actual = [line for line in f.read().splitlines() if line != ""]
    found = differences(expected, actual)
    for line in found[:8]:
        print("  " + line, file=sys.stderr)
    if len(found) > 8:
        print(f"  … and {len(found) - 8} more differences", file=sys.stderr)
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
