# tracuu — two commands do all the set-up on a fresh Debian machine:
#   make run    install what is missing, build, start the shell over the bundled data
#   make test   install what is missing, build, run every test
SWIFT ?= swift

.PHONY: run test build release deps clean gazetteer sample-data

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

clean:
	rm -rf .build
