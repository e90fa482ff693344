# Kabar Arsip. On a fresh machine: `make html` then `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEEDS  ?= seeds
OUTPUT ?= output
STAMP  := $(VENV)/.installed-requirements
PORT   ?= 8000

.PHONY: html publish serve test test-fast install clean bench bench-linking bench-search

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

html: $(STAMP)
	KABAR_SEEDS="$(abspath $(SEEDS))" $(BIN)/pelican content -s pelicanconf.py -o "$(abspath $(OUTPUT))"

serve: html
	$(BIN)/python -m http.server --bind 127.0.0.1 --directory "$(OUTPUT)" $(PORT)

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf "$(OUTPUT)" .pytest_cache
