#!/usr/bin/env python3
"""How often a development-set figure gets the right measure (issue 12: >= 90% of the
figures whose gold indicator is in the vocabulary), and the right share of its plan
(`plan`, issue 11 item 6: `vượt 9%` is 109).

The gold indicator's measure is what tracuu derives for it when loaded from a CSV file
(the same MeasureMatcher as for extracted rows, by the gold unit); a gold figure counts
when that is a measure. It is matched with the extracted figure of the same article and
value (or change) as score.py matches them, and scores when the two measures agree.
Run by make eval:  scripts/eval-measures-gold.py TRACUU DEVSET
"""
import csv, json, os, subprocess, sys, tempfile

tracuu, devset = sys.argv[1], sys.argv[2]
gold = json.load(open(os.path.join(devset, "gold.json"), encoding="utf-8"))


def query(data, q):
    p = subprocess.run([tracuu, "--no-init", "--data", data, "-c", q, "--format", "json"],
                       capture_output=True, timeout=300, env={**os.environ, "NO_COLOR": "1"})
    out = p.stdout.decode("utf-8", "replace")
    try:
        v = json.loads(out)
        return v if isinstance(v, list) else [v]
    except ValueError:
        return [json.loads(line) for line in out.splitlines() if line.strip()]


def close(a, b):
    return a is not None and b is not None and abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


with tempfile.TemporaryDirectory() as folder:
    with open(os.path.join(folder, "metrics.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "indicator", "unit"])
        for e in gold:
            for n, g in enumerate(e["metrics"]):
                w.writerow([f"{e['id']}#{n}", g.get("indicator") or "", g.get("unit") or ""])
    derived = {row["id"]: row.get("measure") for row in query(folder, "metrics | select id, measure")}

extracted = query(os.path.join(devset, "texts"), "metrics | select article, value, change, unit, indicator, measure, plan")
by_article = {}
for m in extracted:
    by_article.setdefault(os.path.splitext(os.path.basename(str(m.get("article") or "")))[0], []).append(m)

in_vocabulary = found = right = 0
wrong = []
plans = [0, 0, 0]  # gold figures with a plan share, found, with the right share
for e in gold:
    pool = list(by_article.get(e["id"], []))
    for n, g in enumerate(e["metrics"]):
        measure = derived.get(f"{e['id']}#{n}")
        gv, gc = g.get("value"), g.get("change_pct")
        hit = next((x for x in pool if (gv is not None and close(x.get("value"), gv))
                    or (gv is None and gc is not None and close(x.get("change"), gc))), None)
        if hit is not None:
            pool.remove(hit)
        if g.get("plan"):
            first = g["plan"][0]
            want = 100 + first["pct"] if first["relation"] == "vượt" and first["pct"] < 100 else first["pct"]
            plans[0] += 1
            if hit is not None:
                plans[1] += 1
                plans[2] += 1 if close(hit.get("plan"), want) else 0
        if not measure:
            continue
        in_vocabulary += 1
        if hit is None:
            continue
        found += 1
        if hit.get("measure") == measure:
            right += 1
        else:
            wrong.append((e["id"], g.get("indicator"), measure, hit.get("measure"), hit.get("indicator"), hit.get("unit")))

pct = lambda a, b: f"{100 * a / b:.0f}%" if b else "n/a"
print(f"measures against gold: {right} of {in_vocabulary} figures whose indicator is in the vocabulary "
      f"({pct(right, in_vocabulary)}); {right} of the {found} found ({pct(right, found)})")
print(f"plan shares against gold: {plans[2]} of {plans[0]} figures with one ({pct(plans[2], plans[0])}); "
      f"{plans[2]} of the {plans[1]} found ({pct(plans[2], plans[1])})")
if "--detail" in sys.argv:
    for article, indicator, want, got, read, unit in wrong:
        print(f"  {article}: {indicator!r} is {want!r}; extracted {read!r} ({unit}) as {got!r}")
