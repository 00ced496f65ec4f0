# tracuu — two commands do all the set-up on a fresh Debian machine:
#   make run    install what is missing, build, start the shell over the bundled data
#   make test   install what is missing, build, run every test
#   make fuzz   build the libFuzzer targets and run each for FUZZ_SECONDS (Tests/Fuzz)
SWIFT ?= swift

.PHONY: run test build release deps clean gazetteer sample-data measures eval

run: deps build
	$(SWIFT) run --skip-build tracuu

build:
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

test: deps
	$(SWIFT) test

# libedit gives the shell its line editing. Install its headers when they are missing:
# with apt-get as root, otherwise say what to install.
deps:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing libedit-dev and pkg-config…"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libedit-dev pkg-config >/dev/null; \
	  else \
	    echo "tracuu needs libedit's headers: sudo apt-get install libedit-dev pkg-config" >&2; exit 1; \
	  fi; \
	fi

# The bundled sample data is compiled in: regenerate its Swift file after editing examples/data.
gazetteer:
	python3 scripts/embed-gazetteer.py

sample-data:
	python3 scripts/embed-sample-data.py

# The vocabulary of measures is compiled in: regenerate its Swift file after editing measures.tsv.
measures:
	python3 scripts/embed-measures.py

clean:
	rm -rf .build

# Fuzzing (Tests/Fuzz/run.sh): each target for FUZZ_SECONDS over its seeds in
# Tests/Fuzz/corpus/; what it finds goes to .fuzz/. `make fuzz` adds generated long chains
# (Tests/Fuzz/long-chains.py) to the query seeds.
#   make fuzz                      every target, 60 s each
#   FUZZ_SECONDS=600 make fuzz     the long run
#   make fuzz-ci                   every target, 30 s each, for CI
# fuzz-ci starts from chains of up to 1,000 terms (longer ones take seconds a run under ASan,
# leaving a 30 s run no time to mutate); make fuzz from chains of up to 100,000.
FUZZ_SECONDS ?= 60

.PHONY: fuzz fuzz-ci
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) SWIFT=$(SWIFT) bash Tests/Fuzz/run.sh --long-chains

fuzz-ci: deps
	FUZZ_SECONDS=30 LONG_CHAIN_TERMS=1000 SWIFT=$(SWIFT) bash Tests/Fuzz/run.sh --long-chains

# Extraction quality on the development set of articles (../shared/devset/README.md), when it is there.
#   make eval                   summary of recall, precision and per-field accuracy
#   EVAL_FLAGS=--detail make eval   and every miss
DEVSET ?= ../shared/devset
eval: build
	@if [ -f "$(DEVSET)/score.py" ]; then \
	  python3 "$(DEVSET)/score.py" .build/debug/tracuu $(EVAL_FLAGS) && \
	  bash scripts/eval-measures.sh .build/debug/tracuu "$(DEVSET)" && \
	  python3 scripts/eval-measures-gold.py .build/debug/tracuu "$(DEVSET)" $(EVAL_FLAGS); \
	else \
	  echo "make eval: no development set at $(DEVSET) (set DEVSET=path to score.py's folder)"; \
	fi

# Benchmark: tracuu against sqlite3 and DuckDB on generated data (bench/README.md).
#   make bench                                            1,000,000 metrics, 100,000 articles
#   BENCH_METRICS=100000 BENCH_ARTICLES=10000 make bench  a quick run
# The table goes to standard output (make bench > results.md), the rest to standard error.
BENCH_METRICS ?= 1000000
BENCH_ARTICLES ?= 100000
BENCH_DATA = .bench-data/$(BENCH_METRICS)-$(BENCH_ARTICLES)

.PHONY: bench bench-scaling bench-ingest
# Ingest speed: MB of raw articles read a second (bench/ingest.sh; BENCH_INGEST_MB, default 50).
bench-ingest: deps
	@$(SWIFT) build -c release >&2
	@bash bench/ingest.sh

# Scaling: 1x against 10x input for the views and parses that once grew quadratically.
bench-scaling: deps
	@$(SWIFT) build -c release >&2
	@python3 bench/scaling.py .build/release/tracuu

bench: deps
	@$(SWIFT) build -c release >&2
	@$(MAKE) --no-print-directory $(BENCH_DATA)/expected/q6.tsv >&2
	@bash bench/run.sh $(BENCH_DATA)
	@echo
	@bash bench/ingest.sh

$(BENCH_DATA)/metrics.csv: bench/generate.py
	python3 bench/generate.py $(BENCH_DATA) --metrics $(BENCH_METRICS) --articles $(BENCH_ARTICLES)

$(BENCH_DATA)/expected/q6.tsv: $(BENCH_DATA)/metrics.csv bench/reference.py
	python3 bench/reference.py $(BENCH_DATA)
