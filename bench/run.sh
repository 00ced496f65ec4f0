#!/bin/bash
# Runs the benchmark queries Q1–Q6 with tracuu, sqlite3 and DuckDB over one data
# folder (from bench/generate.py), checks that each answer is the reference answer
# (bench/reference.py), then times them. Progress on stderr, a Markdown table on stdout.
#
#   bench/run.sh DATA_DIR > results.md
#
# Environment: RUNS (whole-process runs, default 3), WARM (query repeats in one
# loaded process, default 3), QUERIES (default "q1 q2 q3 q4 q5 q6"), TRACUU (the
# binary, default .build/release/tracuu), SQLITE3, DUCKDB (the binaries).
# Raw results stay in DATA_DIR/runs/. DATA_DIR must not hold spaces.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
data=$(cd "${1:?usage: bench/run.sh DATA_DIR}" && pwd)
case $data in *" "*) echo "bench: the data folder must not hold spaces: $data" >&2; exit 2 ;; esac
runs=${RUNS:-3} warm=${WARM:-3}
queries=${QUERIES:-q1 q2 q3 q4 q5 q6}
tools="tracuu sqlite3 duckdb"
out=$data/runs scripts=$data/runs/scripts

say() { echo "bench: $*" >&2; }
die() { echo "bench: error: $*" >&2; exit 1; }

for f in metrics.csv articles.jsonl; do
    [ -s "$data/$f" ] || die "$data/$f is missing: make it with python3 bench/generate.py $data"
done

# ---------------------------------------------------------------- what is needed

TRACUU=${TRACUU:-$repo/.build/release/tracuu}
[ -x "$TRACUU" ] || die "$TRACUU is missing: build it with swift build -c release (or make bench)"

missing=()
[ -n "${SQLITE3:-}" ] || command -v sqlite3 > /dev/null || missing+=(sqlite3)
command -v hyperfine > /dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
        say "installing ${missing[*]}"
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } > /dev/null 2>&1 \
            || say "apt-get could not install ${missing[*]}"
    else
        say "missing ${missing[*]} (as root: apt-get install -y ${missing[*]})"
    fi
fi
SQLITE3=${SQLITE3:-$(command -v sqlite3 || true)}
[ -n "$SQLITE3" ] || die "sqlite3 is needed: apt-get install -y sqlite3"

# The real Python and DuckDB binaries, not a pyenv shim or the Python launcher that
# pip's duckdb-cli puts on PATH (40–100 ms more on every start).
PY=$(python3 -c 'import sys; print(sys.executable)')
duckdb_native() { "$PY" -c 'import duckdb_cli, os; print(os.path.join(os.path.dirname(duckdb_cli.__file__), "duckdb"))' 2> /dev/null; }
if [ -z "${DUCKDB:-}" ]; then
    if ! command -v duckdb > /dev/null && ! duckdb_native > /dev/null; then
        say "installing DuckDB's command line (pip install duckdb-cli)"
        "$PY" -m pip install -q duckdb-cli > /dev/null 2>&1 || die "pip install duckdb-cli failed; set DUCKDB=/path/to/duckdb"
    fi
    DUCKDB=$(duckdb_native || true)
    if [ -z "$DUCKDB" ] || [ ! -x "$DUCKDB" ]; then DUCKDB=$(command -v duckdb || true); fi
    if [ -n "$DUCKDB" ] && [ "$(head -c 2 "$DUCKDB")" = "#!" ]; then
        die "$DUCKDB is a launcher script, not DuckDB: set DUCKDB=/path/to/the/duckdb/binary"
    fi
fi
[ -n "$DUCKDB" ] && [ -x "$DUCKDB" ] || die "DuckDB's command line is needed: pip install duckdb-cli"
have_hyperfine=$(command -v hyperfine > /dev/null && echo 1 || echo 0)
have_time=$([ -x /usr/bin/time ] && echo 1 || echo 0)
[ "$have_hyperfine" = 1 ] || say "no hyperfine: timing with a plain loop"
[ "$have_time" = 1 ] || say "no /usr/bin/time: no peak memory"

# ------------------------------------------------------------------- the reference

if [ ! -s "$data/expected/q6.tsv" ] || [ "$data/metrics.csv" -nt "$data/expected/q6.tsv" ] \
   || [ "$data/articles.jsonl" -nt "$data/expected/q6.tsv" ]; then
    say "computing the reference answers"
    "$PY" "$here/reference.py" "$data"
fi

# ------------------------------------------------------------- each tool's scripts
# tracuu loads every file of a --data folder: give it a folder holding only the
# file a query needs. The SQL is that of the shared peer harness's queries.md.

rm -rf "$out"
mkdir -p "$scripts" "$data/tracuu-metrics" "$data/tracuu-articles" "$data/tracuu-stub"
ln -sfn ../metrics.csv "$data/tracuu-metrics/metrics.csv"
ln -sfn ../articles.jsonl "$data/tracuu-articles/articles.jsonl"
echo '[]' > "$data/tracuu-stub/targets.json"     # a start without data, for timing .load

dataset() { case $1 in q3|q4) echo articles ;; *) echo metrics ;; esac; }

tq_query() { grep -v '^[[:space:]]*--' "$here/tracuu/$1.tq" | grep -v '^[[:space:]]*$'; }

sqlite_load_metrics="CREATE TABLE metrics(id INTEGER, district TEXT, province TEXT, indicator TEXT, period TEXT,
                     value REAL, unit TEXT, change REAL, estimated TEXT, article INTEGER);
.import --csv --skip 1 metrics.csv metrics
UPDATE metrics SET change = NULL WHERE change = '';"
sqlite_articles() {   # $1: VIEW (cold) or TABLE (warm)
    cat << EOF
.mode ascii
.separator "\037" "\n"
CREATE TABLE lines(j TEXT);
.import articles.jsonl lines
CREATE $1 articles AS SELECT j->>'id' AS id, j->>'title' AS title, j->>'date' AS date,
  j->>'district' AS district, j->>'province' AS province, j->>'term' AS term,
  j->>'author' AS author, j->>'text' AS text FROM lines;
EOF
}

sql_query() {   # $1 tool, $2 query
    case $2 in
    q1) echo "SELECT count(*) FROM metrics WHERE district = 'Triệu Phong' AND period BETWEEN '2021-Q1' AND '2021-Q4';" ;;
    q2) echo "SELECT indicator, sum(value) AS total, avg(change) AS avg_change FROM metrics WHERE province = 'Quảng Trị'
GROUP BY indicator ORDER BY total DESC LIMIT 10;" ;;
    q3) if [ "$1" = sqlite3 ]; then
            # LIKE folds ASCII only and compares bytes: the NFD spellings and both cases by hand
            echo "SELECT count(*) FROM articles WHERE text REGEXP '[nN](ô|Ô|[oO]\u0302)[nN][gG] [tT][hH](ô|Ô|[oO]\u0302)[nN] [mM](ớ|Ớ|[oO]\u031b\u0301)[iI]';"
        else
            echo "SELECT count(*) FROM articles WHERE contains(lower(nfc_normalize(text)), 'nông thôn mới');"
        fi ;;
    q4) if [ "$1" = sqlite3 ]; then
            echo "SELECT count(*) FROM articles WHERE text REGEXP
  '[nN][oOòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢ][\u0300-\u036f]*[nN][gG] [tT][hH][oOòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢ][\u0300-\u036f]*[nN] [mM][oOòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢ][\u0300-\u036f]*[iIìÌíÍỉỈĩĨịỊ][\u0300-\u036f]*';"
        else
            echo "SELECT count(*) FROM articles WHERE contains(strip_accents(lower(text)), 'nong thon moi');"
        fi ;;
    q5) echo "SELECT id, district, period, change FROM metrics WHERE period LIKE '2021%' AND change IS NOT NULL
ORDER BY change DESC, id LIMIT 20;" ;;
    q6) echo "SELECT count(*) FROM metrics;" ;;
    esac
}

# The load step: "open" reads the files the cheapest way the tool has (DuckDB: a
# view over the file; sqlite3 must import); "load" puts the table in memory.
sql_setup() {   # $1 tool, $2 dataset, $3 open|load
    case $1.$2.$3 in
    sqlite3.metrics.*) echo "$sqlite_load_metrics" ;;
    sqlite3.articles.open) sqlite_articles VIEW ;;
    sqlite3.articles.load) sqlite_articles TABLE ;;
    duckdb.metrics.open) echo "CREATE VIEW metrics AS FROM read_csv('metrics.csv');" ;;
    duckdb.metrics.load) echo "CREATE OR REPLACE TABLE metrics AS FROM read_csv('metrics.csv');" ;;
    duckdb.articles.open) echo "CREATE VIEW articles AS FROM read_json('articles.jsonl');" ;;
    duckdb.articles.load) echo "CREATE OR REPLACE TABLE articles AS FROM read_json('articles.jsonl');" ;;
    esac
}

for q in $queries; do
    [ -f "$here/tracuu/$q.tq" ] || die "no such query: $q (bench/tracuu/$q.tq)"
    ds=$(dataset "$q")
    for t in sqlite3 duckdb; do
        # whole process: q6 is the load itself, the others open the file
        mode=open; [ "$q" = q6 ] && mode=load
        printf '%s\n.headers off\n.mode tabs\n%s\n' "$(sql_setup $t "$ds" $mode)" "$(sql_query $t "$q")" > "$scripts/$t.$q.sql"
        # in one loaded process: the query K times under the shell's .timer; q6: the load
        # K times (DuckDB only: sqlite3's load is .import, a dot command .timer does not time)
        if [ "$q" != q6 ]; then
            { sql_setup $t "$ds" load; printf '.headers off\n.mode tabs\n.timer on\n'
              for _ in $(seq "$warm"); do sql_query $t "$q"; done; } > "$scripts/$t.$q.warm.sql"
        elif [ "$t" = duckdb ]; then
            { echo ".timer on"; for _ in $(seq "$warm"); do sql_setup $t "$ds" load; done
              printf '.timer off\n.headers off\n.mode tabs\n'; sql_query $t "$q"; } > "$scripts/$t.$q.warm.sql"
        fi
    done
    # tracuu, warm: load at start-up, the query K times under .timer; q6 times .load itself
    if [ "$q" = q6 ]; then
        { echo ".timer on"; echo ".load tracuu-metrics"; tq_query "$q"; } > "$scripts/tracuu.$q.warm.tq"
    else
        { echo ".timer on"; for _ in $(seq "$warm"); do tq_query "$q"; done; } > "$scripts/tracuu.$q.warm.tq"
    fi
done

cmd() {   # $1 tool, $2 query: the whole-process command, as words
    case $1 in
    tracuu) echo "$TRACUU --no-init --data tracuu-$(dataset "$2") -f $here/tracuu/$2.tq --format tsv --no-header" ;;
    sqlite3) echo "$SQLITE3 -init /dev/null -bail :memory: '.read $scripts/sqlite3.$2.sql'" ;;
    duckdb) echo "$DUCKDB -init /dev/null -bail -f $scripts/duckdb.$2.sql" ;;
    esac
}
run() { eval "set -- $(cmd "$1" "$2")"; "$@"; }   # runs cmd's words (hyperfine -N splits them alike)

cd "$data"

# ---------------------------------------------------------------- answers first

say "checking answers: $queries × $tools"
bad=0
for q in $queries; do
    for t in $tools; do
        rc=0
        run "$t" "$q" > "$out/$t.$q.out" 2> "$out/$t.$q.err" || rc=$?
        if [ $rc != 0 ]; then
            say "$q $t FAILED (exit $rc): $(head -c 600 "$out/$t.$q.err")"
            bad=1
        elif ! "$PY" "$here/check.py" "$data/expected/$q.tsv" "$out/$t.$q.out" 2> "$out/$t.$q.diff"; then
            say "$q $t gives a WRONG ANSWER:"; cat "$out/$t.$q.diff" >&2
            bad=1
        else
            say "$q $t ok: $(head -1 "$out/$t.$q.out" | cut -c1-60)"
        fi
    done
done
if [ $bad != 0 ]; then
    die "the tools disagree with the reference (bench/reference.py, $data/expected/); nothing timed.
answers: $out/TOOL.QUERY.out, differences: $out/TOOL.QUERY.diff"
fi

# ---------------------------------------------------------------------- timings

median() { tr ' ' '\n' | grep . | sort -g | awk '{ a[NR] = $1 } END { if (NR) printf "%.3f\n", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2); else print "-" }'; }

for q in $queries; do
    for t in $tools; do
        # whole process, files in the page cache (the check above read them)
        if [ "$have_hyperfine" = 1 ]; then
            hyperfine -N --style none --runs "$runs" --export-json "$out/$t.$q.json" "$(cmd "$t" "$q")" > /dev/null 2>&1 \
                || die "hyperfine failed on $t $q: $(cmd "$t" "$q")"
            "$PY" -c 'import json, sys; print(" ".join(str(x) for x in json.load(open(sys.argv[1]))["results"][0]["times"]))' \
                "$out/$t.$q.json" > "$out/$t.$q.wall"
        else
            for _ in $(seq "$runs"); do
                start=$(date +%s%N); run "$t" "$q" > /dev/null 2>&1; end=$(date +%s%N)
                awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f\n", (b - a) / 1e9 }'
            done | tr '\n' ' ' > "$out/$t.$q.wall"
        fi
        # peak memory: max RSS in KiB
        if [ "$have_time" = 1 ]; then
            eval "set -- $(cmd "$t" "$q")"
            /usr/bin/time -f %M -o "$out/$t.$q.mem" "$@" > /dev/null 2>&1 || true
        fi
        # in one loaded process, by the tool's own clock
        case $t in
        tracuu)
            start_data=tracuu-$(dataset "$q"); [ "$q" = q6 ] && start_data=tracuu-stub
            "$TRACUU" --no-init --data "$start_data" -f "$scripts/tracuu.$q.warm.tq" --format tsv --no-header \
                > /dev/null 2> "$out/$t.$q.warm.err" || true
            times=$(sed -n 's/^time: \([0-9.]*\) s$/\1/p' "$out/$t.$q.warm.err" | tr '\n' ' ')
            if [ "$q" = q6 ]; then
                set -- $times
                if [ $# -ge 2 ]; then
                    # .load prints its time: one load a process (a second .load adds the rows
                    # again), so K processes
                    loads=$1
                    for _ in $(seq 2 "$warm"); do
                        "$TRACUU" --no-init --data tracuu-stub -f "$scripts/tracuu.$q.warm.tq" --format tsv --no-header \
                            > /dev/null 2> "$out/$t.$q.warm.err" || true
                        loads="$loads $(sed -n 's/^time: \([0-9.]*\) s$/\1/p' "$out/$t.$q.warm.err" | head -1)"
                    done
                    echo "$loads" > "$out/$t.$q.warm"
                else
                    # .load is not timed by this tracuu: time the query only, K times
                    { echo ".timer on"; for _ in $(seq "$warm"); do tq_query "$q"; done; } > "$scripts/tracuu.$q.warm2.tq"
                    "$TRACUU" --no-init --data tracuu-metrics -f "$scripts/tracuu.$q.warm2.tq" --format tsv --no-header \
                        > /dev/null 2> "$out/$t.$q.warm.err" || true
                    sed -n 's/^time: \([0-9.]*\) s$/\1/p' "$out/$t.$q.warm.err" | tr '\n' ' ' > "$out/$t.$q.warm"
                    echo "query only: this tracuu's .load prints no time" > "$out/$t.$q.warmnote"
                fi
            else
                echo "$times" > "$out/$t.$q.warm"
            fi ;;
        sqlite3|duckdb)
            bin=$SQLITE3; [ $t = duckdb ] && bin=$DUCKDB
            if [ -f "$scripts/$t.$q.warm.sql" ]; then
                "$bin" -init /dev/null -bail < "$scripts/$t.$q.warm.sql" > "$out/$t.$q.warm.out" 2>&1 || true
                # "Run Time: real 0.071 user …" (sqlite3), "Run Time (s): real 0.011 …" (DuckDB)
                awk '/^Run Time/ { for (i = 1; i <= NF; i++) if ($i == "real") printf "%s ", $(i + 1) }' \
                    "$out/$t.$q.warm.out" > "$out/$t.$q.warm"
            else
                : > "$out/$t.$q.warm"
                echo "its load is .import, a dot command that .timer does not time" > "$out/$t.$q.warmnote"
            fi ;;
        esac
        say "$q $t: whole process $(median < "$out/$t.$q.wall") s, peak $(cat "$out/$t.$q.mem" 2> /dev/null || echo '?') KiB," \
            "query alone $(median < "$out/$t.$q.warm") s"
    done
done

# ---------------------------------------------------------------------- the table

{
    "$TRACUU" --version 2> /dev/null | head -1 | sed 's/^/tracuu /'
    "$SQLITE3" --version | cut -d' ' -f1-2 | sed 's/^/sqlite3 /'
    "$DUCKDB" --version | cut -d' ' -f1-3 | sed 's/^/duckdb /'
    [ "$have_hyperfine" = 1 ] && hyperfine --version
} > "$out/versions" 2> /dev/null || true
RUNS=$runs WARM=$warm HAVE_HYPERFINE=$have_hyperfine "$PY" "$here/report.py" "$data" $queries
