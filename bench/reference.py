#!/usr/bin/env python3
"""The right answers to the benchmark queries, computed in plain Python.

    python3 bench/reference.py DATA_DIR     # writes DATA_DIR/expected/q1.tsv … q6.tsv

Standard library only, written to be read rather than to be fast. Answers have the
format every tool prints (bench/README.md): no header, one line a row, fields
separated by a TAB.

    Q1  metrics of district "Triệu Phong" in the four quarters of 2021: a count
    Q2  metrics of province "Quảng Trị", per indicator: sum(value), mean(change)
        (empty changes left out); the 10 largest sums, largest first
    Q3  articles whose text contains "nông thôn mới", ignoring case, with NFC and
        NFD spellings equal (NFC, then full case folding): a count
    Q4  articles whose text contains "nong thon moi" with case and diacritics
        ignored (NFD, combining marks dropped, lower case, đ and Ð as d): a count
    Q5  the 20 metrics of 2021 (the year or one of its quarters) with the largest
        change, empty changes left out, ties by smaller id: id, district, period, change
    Q6  the number of rows of metrics.csv
"""
import csv
import json
import os
import sys
import unicodedata

Q1_QUARTERS = {"2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"}
Q5_PERIODS = Q1_QUARTERS | {"2021"}


def exact_fold(text):
    """Q3's key: canonical equivalence and no case."""
    return unicodedata.normalize("NFC", text).casefold()


def plain_fold(text):
    """Q4's key: what is left when diacritics and case are taken away."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.lower().replace("đ", "d").replace("ð", "d")


def metrics_answers(path):
    q1 = rows = 0
    groups = {}                 # indicator -> [sum of value, sum of change, changes]
    q5 = []                     # (change, id, district, period)
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            rows += 1
            change = None if r["change"] == "" else float(r["change"])
            if r["district"] == "Triệu Phong" and r["period"] in Q1_QUARTERS:
                q1 += 1
            if r["province"] == "Quảng Trị":
                g = groups.setdefault(r["indicator"], [0.0, 0.0, 0])
                g[0] += float(r["value"])
                if change is not None:
                    g[1] += change
                    g[2] += 1
            if r["period"] in Q5_PERIODS and change is not None:
                q5.append((change, int(r["id"]), r["district"], r["period"]))
    top = sorted(groups.items(), key=lambda kv: -kv[1][0])[:10]
    q2 = [f"{name}\t{s:.6f}\t{(c / n if n else float('nan')):.9f}" for name, (s, c, n) in top]
    q5.sort(key=lambda t: (-t[0], t[1]))
    q5 = [f"{i}\t{d}\t{p}\t{c}" for c, i, d, p in q5[:20]]
    return {"q1": [str(q1)], "q2": q2, "q5": q5, "q6": [str(rows)]}


def articles_answers(path):
    q3 = q4 = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            q3 += "nông thôn mới" in exact_fold(text)
            q4 += "nong thon moi" in plain_fold(text)
    return {"q3": [str(q3)], "q4": [str(q4)]}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: reference.py DATA_DIR")
    data = sys.argv[1]
    answers = metrics_answers(os.path.join(data, "metrics.csv"))
    answers.update(articles_answers(os.path.join(data, "articles.jsonl")))
    out = os.path.join(data, "expected")
    os.makedirs(out, exist_ok=True)
    for q in sorted(answers):
        with open(os.path.join(out, q + ".tsv"), "w", encoding="utf-8") as f:
            f.write("".join(line + "\n" for line in answers[q]))
        lines = answers[q]
        print(f"{q}: " + (lines[0] if len(lines) == 1 else f"{len(lines)} rows, first: {lines[0]}"), file=sys.stderr)


if __name__ == "__main__":
    main()
