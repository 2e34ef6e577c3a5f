# `make demo` and `make test` set themselves up on a fresh machine with Python 3.11 and access to
# the package registries: a virtualenv for Python packages, Debian packages for the browser,
# Graphviz and Virtuoso that the tests drive for real.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
DEMO_INSTALLED := $(VENV)/.installed-demo
DEMO_STORE := out/demo-store
# The sample news page is third-party text: it is read from the shared corpus beside the checkout,
# never kept in the repository (`make demo SAMPLE=path/to/page.txt` reads another).
SAMPLE ?= ../shared/corpus/000_9d4d6b1e05b12518.txt
DEBIAN_PACKAGES := chromium fonts-dejavu-core graphviz virtuoso-opensource

.PHONY: demo test system-packages clean

# The demo needs the package only; the tests add their extra (pytest, Playwright, an Oxigraph server).
$(DEMO_INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(INSTALLED): $(DEMO_INSTALLED)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Installs what is missing (as root, with apt-get); elsewhere says what to install.
system-packages:
	@missing=""; \
	for pkg in $(DEBIAN_PACKAGES); do dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing Debian packages:$$missing" >&2; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "please install the Debian packages:$$missing" >&2; \
	  fi; \
	fi

# No Debian packages: the HTML diagram inlines its script and needs neither a browser nor Graphviz.
demo: $(DEMO_INSTALLED)
	@test -f "$(SAMPLE)" || { echo "make demo: the sample news page $(SAMPLE) is missing; give one with SAMPLE=path/to/page.txt" >&2; exit 1; }
	rm -rf $(DEMO_STORE) $(DEMO_STORE).quarantine.jsonl
	$(BIN)/icgraph ingest --store $(DEMO_STORE) $(SAMPLE)
	$(BIN)/icgraph query who-met-whom --store $(DEMO_STORE) --format table
	$(BIN)/icgraph draw --store $(DEMO_STORE) --html out/demo-network.html
	@echo "diagram written to $(CURDIR)/out/demo-network.html"

# graphology's GEXF parser (npm), which the export tests hand the GEXF file to
tests/js/node_modules/.installed: tests/js/package.json tests/js/package-lock.json
	cd tests/js && npm ci --no-audit --no-fund --silent
	touch $@

test: $(INSTALLED) system-packages tests/js/node_modules/.installed
	$(BIN)/pytest

clean:
	rm -rf $(VENV) out icgraph-store icgraph-store.quarantine.jsonl
