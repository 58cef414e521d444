PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
OUT     := out
GRAPH   := $(OUT)/seeds.graph

.PHONY: install bytecode compiled demo test lint browser bench bench-large clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	$(MAKE) --no-print-directory bytecode
	touch $(STAMP)

# Byte-compile the package (pip does it for installed packages, not for an editable one):
# every command then starts without compiling kg's sources, also where Python is told not
# to write bytecode itself (PYTHONDONTWRITEBYTECODE). Sources edited later are recompiled.
bytecode:
	$(BIN)/python -m compileall -q kg bench

install: $(STAMP)

# The main job on the sample: extract, build the graph, query it, draw it.
demo: $(STAMP)
	$(BIN)/kg extract seeds/ --format table
	@mkdir -p $(OUT)
	$(BIN)/kg build seeds/ -g $(GRAPH) --overwrite  # the demo owns this file
	$(BIN)/kg query --graph $(GRAPH) --file cypher/officials.cypher --param country=Kazakhstan
	$(BIN)/kg export html $(GRAPH) -o $(OUT)/seeds.html
	$(BIN)/kg export png $(GRAPH) -o $(OUT)/seeds.png
	@echo "graph: $(GRAPH)  page: $(OUT)/seeds.html  picture: $(OUT)/seeds.png"

lint: $(STAMP)
	$(BIN)/ruff check kg tests bench
	$(BIN)/ruff format --check kg tests bench
	$(BIN)/mypy

# Debian's chromium and its driver for the HTML test; installed when missing and root.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-core >/dev/null; \
	  else echo "chromium not installed: the browser test will be skipped (apt-get install chromium chromium-driver)"; fi; \
	fi

test: lint browser
	$(BIN)/pytest

# The mypyc-compiled copy of the package, in build/compiled/ (never in kg/: Python would
# import a stale extension instead of an edited source); rebuilt only when kg/ changed
# since. About 2.5 CPU minutes, compiled on every core (5.7 min wall on 2 loaded cores).
# See the README's "Compiled build".
compiled: $(STAMP)
	$(BIN)/python -m bench.compiled

# Measures extraction on the Python source and on the compiled copy; when the copy cannot be
# built, the table says so and the source is measured alone (CI builds it and fails then).
bench: $(STAMP) bytecode
	@$(MAKE) --no-print-directory compiled || echo "make compiled failed: no compiled row"
	$(BIN)/python -m bench

# Whole `kg build --jobs 2` processes of 10k, 30k and 100k articles (corpora generated once
# into bench/corpus/): time, peak RSS, graph size, linearity; results in bench/results.json.
bench-large: $(STAMP) bytecode
	$(BIN)/python -m bench --large

clean:
	rm -rf $(VENV) $(OUT) build .pytest_cache .mypy_cache .ruff_cache
