#!/usr/bin/env python3
"""Writes long flat queries into a folder, as seeds for FuzzQuery: `or`, `and`, `+` and mixed
chains of up to 100,000 terms (70 KB and more, where mutation alone never gets).

They once overflowed the stack (issue 10, items 6 and 7); `make fuzz` and `make fuzz-ci` both
start from them so that never comes back.

    python3 Tests/Fuzz/long-chains.py DIR [MAX_TERMS]

MAX_TERMS (default 100,000) leaves out longer chains: a 100,000-term seed takes seconds a run
under ASan, so a 30 s CI run keeps to 1,000 terms and mutates instead of replaying.
"""
import os
import sys


def chains(max_terms):
    for n in (n for n in (1_000, 5_000, 20_000, 100_000) if n <= max_terms):
        yield f"or-{n}", "targets where " + " or ".join(f'kind = "k{i}"' for i in range(n))
        yield f"and-{n}", "metrics where " + " and ".join(f"value > {i}" for i in range(n))
        yield f"plus-{n}", "metrics | select " + " + ".join("value" for _ in range(n))
        ops = ("and", "or")
        yield f"mixed-{n}", "metrics where " + " ".join(
            f"{ops[i % 2] + ' ' if i else ''}value + {i} > change" for i in range(n))
    # Named queries built on each other (item 8): each `let` uses the one before.
    yield "lets-2000", "let q0 = metrics\n" + "".join(f"let q{i} = q{i - 1} where value > {i}\n" for i in range(1, 2000)) + "q1999 | count\n"
    # A long chain that ends in a syntax error: the tree is freed, not run (item 7).
    if max_terms < 90_000:
        return
    yield "and-then-error-90000", "metrics where " + " and ".join("value > 1" for _ in range(90_000)) + " and )"


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: long-chains.py DIR [MAX_TERMS]")
    folder = sys.argv[1]
    max_terms = int(sys.argv[2]) if len(sys.argv) == 3 else 100_000
    os.makedirs(folder, exist_ok=True)
    for name, text in chains(max_terms):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
