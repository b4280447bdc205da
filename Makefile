# The two commands: `make site` builds the site, `make test` runs every test.
# Every target is phony: a folder named site/ must never make `make site` a no-op.
.PHONY: site test serve check schema bench clean venv golden

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)

# Material prints an end-of-life banner about MkDocs 2 on every build.
export NO_MKDOCS_2_WARNING := 1
# `make site` runs the generator itself; the MkDocs hook need not run it again.
SITE_ENV := FACTSHEET_HOOK=off

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

site: venv
	$(BIN)/python -m generator schema
	$(BIN)/python -m generator build
	@# Build into a fresh folder and swap it in: a failed build leaves site/ as it was.
	rm -rf .site-new
	$(SITE_ENV) $(BIN)/mkdocs build --strict --site-dir .site-new
	rm -rf .site-old; if [ -d site ]; then mv site .site-old; fi; mv .site-new site; rm -rf .site-old

test: venv
	$(BIN)/python -m pytest

serve: venv
	$(BIN)/mkdocs serve

check: venv
	$(BIN)/python -m generator check

schema: venv
	$(BIN)/python -m generator schema

bench: venv
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf site .site-* docs/.generated

golden: venv
	$(BIN)/python -m pytest tests/test_golden.py --update-golden
