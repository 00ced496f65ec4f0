#!/bin/bash
# Ingest speed: how many megabytes of raw article text `tracuu ingest` reads a second,
# files shared out on all cores. The corpus is the repository's seed articles, with the
# development set's excerpts when ../shared/devset is there, copied under new names until
# the bodies reach BENCH_INGEST_MB megabytes (default 50). Progress on stderr; a Markdown
# table on stdout.
#
#   bench/ingest.sh [CORPUS_DIR] > ingest.md
#
# Environment: BENCH_INGEST_MB (default 50), RUNS (default 1: one run of 50 MB takes minutes),
# TRACUU (the binary, default .build/release/tracuu).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
megabytes=${BENCH_INGEST_MB:-50}
runs=${RUNS:-1}
corpus=${1:-$repo/.bench-data/ingest-$megabytes}
TRACUU=${TRACUU:-$repo/.build/release/tracuu}
say() { echo "bench-ingest: $*" >&2; }
[ -x "$TRACUU" ] || { say "error: $TRACUU is missing: build it with swift build -c release"; exit 1; }

sources=("$repo"/examples/seeds/*.txt)
[ -d "$repo/../shared/devset/texts" ] && sources+=("$repo"/../shared/devset/texts/*.txt)

# The corpus is made once for each size (git-ignored, under .bench-data/).
if [ ! -s "$corpus/.complete" ]; then
    say "copying ${#sources[@]} articles into $corpus until they hold $megabytes MB"
    rm -rf "$corpus" && mkdir -p "$corpus"
    limit=$((megabytes * 1000 * 1000)) total=0 n=0
    while [ "$total" -lt "$limit" ]; do
        for f in "${sources[@]}"; do
            n=$((n + 1))
            cp "$f" "$corpus/a$n.txt"
            total=$((total + $(stat -c %s "$f")))
            [ "$total" -ge "$limit" ] && break
        done
    done
    echo "$total $n" > "$corpus/.complete"
fi
read -r bytes files < "$corpus/.complete"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Wall-clock seconds of each run, by Python's monotonic clock (no bc on a bare machine).
times=()
for run in $(seq 1 "$runs"); do
    rm -rf "$out/rows"
    seconds=$(python3 -c 'import subprocess, sys, time
start = time.monotonic()
with open(sys.argv[3], "w") as report:
    code = subprocess.call([sys.argv[1], "ingest", sys.argv[2], "--out", sys.argv[4]], stdout=subprocess.DEVNULL, stderr=report)
if code != 0: sys.exit(code)
print(f"{time.monotonic() - start:.3f}")' "$TRACUU" "$corpus" "$out/report" "$out/rows") \
        || { say "error: tracuu ingest failed:"; tail -5 "$out/report" >&2; exit 1; }
    say "run $run: $seconds s ($(tail -1 "$out/report"))"
    times+=("$seconds")
done
rows=$(tail -1 "$out/report" | sed 's/^in all: //')
python3 - "$bytes" "$files" "$(nproc)" "$rows" "${times[@]}" <<'PY'
import sys
size, files, cores, rows, *times = sys.argv[1:]
best = min(float(t) for t in times)
mb = int(size) / 1e6
print(f"| ingest, {cores} cores | files | MB | seconds (best of {len(times)}) | MB/s | rows |")
print("|---|---|---|---|---|---|")
print(f"| tracuu ingest --out | {int(files):,} | {mb:.1f} | {best:.2f} | {mb / best:.2f} | {rows} |")
PY
