#!/usr/bin/env python3
"""Writes long flat queries into a folder, as seeds for FuzzQuery: `or`, `and`, `+` and mixed
chains of up to 100,000 terms (70 KB and more, where mutation alone never gets).

They once overflowed the stack (issue 10, items 6 and 7); `make fuzz` and `make fuzz-ci` both
start from them so that never comes back.

    python3 Tests/Fuzz/long-chains.py DIR
"""
import os
import sys


def chains():
    for n in (1_000, 5_000, 20_000, 100_000):
        yield f"or-{n}", "targets where " + " or ".join(f'kind = "k{i}"' for i in range(n))
        yield f"and-{n}", "metrics where " + " and ".join(f"value > {i}" for i in range(n))
        yield f"plus-{n}", "metrics | select " + " + ".join("value" for _ in range(n))
        ops = ("and", "or")
        yield f"mixed-{n}", "metrics where " + " ".join(
            f"{ops[i % 2] + ' ' if i else ''}value + {i} > change" for i in range(n))
    # A long chain that ends in a syntax error: the tree is freed, not run (item 7).
    yield "and-then-error-90000", "metrics where " + " and ".join("value > 1" for _ in range(90_000)) + " and )"
    # Named queries built on each other (item 8): each `let` uses the one before.
    yield "lets-2000", "let q0 = metrics\n" + "".join(f"let q{i} = q{i - 1} where value > {i}\n" for i in range(1, 2000)) + "q1999 | count\n"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: long-chains.py DIR")
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    for name, text in chains():
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
