# Kabar Arsip. On a fresh machine: `make html` then `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEEDS  ?= seeds
OUTPUT ?= output
STAMP  := $(VENV)/.installed-requirements
PORT   ?= 8000

.PHONY: html publish serve test install clean digest translations bench eval

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

html: $(STAMP)
	KABAR_SEEDS="$(abspath $(SEEDS))" $(BIN)/pelican content -s pelicanconf.py -o "$(abspath $(OUTPUT))"

# the published build: absolute links under SITEURL (e.g. https://org.github.io/archive)
publish: $(STAMP)
	@test -n "$(SITEURL)" || { echo "make publish needs SITEURL=https://…"; exit 2; }
	SITEURL="$(SITEURL)" KABAR_SEEDS="$(abspath $(SEEDS))" $(BIN)/pelican content -s publishconf.py -o "$(abspath $(OUTPUT))"

# newsletter digest: make digest FROM=2024-03-01 TO=2024-03-31 LANG=en SITEURL=https://…
# (LANG from the shell's environment is its locale, not a choice: then the digest is in English)
DIGEST_LANG = $(if $(filter environment undefined,$(origin LANG)),en,$(LANG))
digest: html
	$(BIN)/python tools/digest.py --from "$(FROM)" --to "$(TO)" --lang "$(DIGEST_LANG)" --site-url "$(SITEURL)" \
		--catalogue "$(abspath $(OUTPUT))/api/articles.json" --out digests

# refresh the interface catalogs after changing templates
translations: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -o theme/translations/messages.pot --omit-header --no-location --sort-output .
	$(BIN)/pybabel update -i theme/translations/messages.pot -d theme/translations --omit-header --no-fuzzy-matching

# build, serve on 127.0.0.1:$(PORT), and rebuild (one line each) when a seed, content/, the theme or the code changes
serve: $(STAMP)
	$(BIN)/python tools/serve.py --seeds "$(abspath $(SEEDS))" --output "$(abspath $(OUTPUT))" --port $(PORT)

test: $(STAMP) browser-deps
	$(BIN)/python -m pytest

# Debian's chromium for the browser tests (tests/browser); installs it only when missing.
.PHONY: browser-deps
browser-deps:
	bash tools/install_browser.sh

# benchmarks (figures in the README): linking, whole build against plain Pelican, search
bench: $(STAMP)
	$(BIN)/python tools/bench_linking.py --sizes 1000,5000,20000
	$(BIN)/python tools/bench_build.py --sizes 1000,5000,10000 --runs 3
	$(BIN)/python tools/bench_search.py --n 10000
	$(BIN)/python tools/bench_rebuild.py --n 10000 --runs 2

# measure understanding on labelled real reports: make eval SEEDS=dir TRUTH=truth.json
# (no TRUTH: every labelled set whose texts are fetched, see README "Measuring on real reports";
#  then, the development sets built as one archive too: a pair's other meetings in the same build)
EVAL_OUT ?= eval-out
eval: $(STAMP)
ifeq ($(strip $(TRUTH)),)
	$(BIN)/python tools/eval_sets.py --out "$(abspath $(EVAL_OUT))"
	$(BIN)/python tools/eval_sets.py --together dev --out "$(abspath $(EVAL_OUT))"
else
	@rm -rf "$(abspath $(EVAL_OUT))"
	@KABAR_SEEDS="$(abspath $(SEEDS))" $(BIN)/pelican content -s pelicanconf.py -o "$(abspath $(EVAL_OUT))" \
		> "$(abspath $(EVAL_OUT)).log" 2>&1 || { tail -30 "$(abspath $(EVAL_OUT)).log"; exit 1; }
	@echo "built $(SEEDS) into $(EVAL_OUT)/ (log: $(EVAL_OUT).log)"
	$(BIN)/python tools/eval.py --catalogue "$(abspath $(EVAL_OUT))/api/articles.json" --truth "$(abspath $(TRUTH))"
endif

clean:
	rm -rf "$(OUTPUT)" "$(EVAL_OUT)" .pytest_cache .kabar-cache
