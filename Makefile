# The two commands: `make site` builds the site, `make test` runs every test.
# Every target is phony: a folder named site/ must never make `make site` a no-op.
.PHONY: site test serve check schema bench clean venv golden tools messages

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)

VNU := .tools/node_modules/vnu-jar/build/dist/vnu.jar
VNU_VERSION := 26.9.27
AXE := .tools/node_modules/axe-core/axe.min.js
AXE_VERSION := 4.14.1

# Reproducible builds: every date MkDocs writes (the sitemap's) is the last commit's. Where git
# cannot say (no checkout, or one git refuses as another user's), the build says so and uses now.
LAST_COMMIT := $(shell git log -1 --format=%ct 2>/dev/null)
ifeq ($(LAST_COMMIT),)
LAST_COMMIT := $(shell date -d 'today 00:00' +%s)
$(warning git gives no last commit here: the site's dates are today's, not the last commit's)
endif
export SOURCE_DATE_EPOCH ?= $(LAST_COMMIT)
# Material prints an end-of-life banner about MkDocs 2 on every build.
export NO_MKDOCS_2_WARNING := 1

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

site: venv
	@# The generator writes docs/ and MkDocs builds site/ beside the old ones; both are swapped
	@# in only when everything succeeded (generator/build/write.py): a failure anywhere (bad data, a
	@# broken link in the prose) leaves both exactly as the last good build left them.
	@# It also keeps schema/ (the editors' JSON Schemas) current, from the data it checked.
	$(BIN)/python -m generator site

# The interface's words: the template of every message (generator/site/locale/messages.pot),
# from the templates and the code, and each language's catalogue updated from it (new messages
# empty, changed ones marked fuzzy): then translate them there. tests/test_i18n.py checks that
# each catalogue translates every message. The theme's and the scripts' words are written from
# the catalogues into theme/partials/fs-words/ (themewords.py).
LOCALE := generator/site/locale
messages: venv
	$(BIN)/pybabel extract -F $(LOCALE)/babel.cfg --no-location --omit-header --sort-output -k N_ -o $(LOCALE)/messages.pot .
	$(BIN)/pybabel update -i $(LOCALE)/messages.pot -d $(LOCALE) --width 100
	$(BIN)/python -m generator.site.themewords

# The Nu Html Checker, from npm's vnu-jar (it carries vnu.jar; Java runs it).
$(VNU):
	npm install --silent --no-audit --no-fund --prefix .tools vnu-jar@$(VNU_VERSION)

# What the tests need beyond Python: Debian's chromium (browser tests), Java and npm (the Nu
# Html Checker). Installed where missing when we may (root with apt-get); otherwise the one
# command to run is named, before any test starts.
DEBIAN_TOOLS := chromium:/usr/bin/chromium default-jre-headless:java npm:npm
INSTALL_TOOLS ?= yes

tools:
	@missing=""; for tool in $(DEBIAN_TOOLS); do \
	  command -v "$${tool#*:}" >/dev/null 2>&1 || missing="$$missing $${tool%%:*}"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$(INSTALL_TOOLS)" = yes ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make test: installing Debian's$$missing"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing >/dev/null; \
	  else \
	    echo "make test needs Debian's$$missing: run  sudo apt-get install$$missing  and then make test again" >&2; \
	    exit 1; \
	  fi; \
	fi

# axe-core, the accessibility engine the browser tests inject into each page.
$(AXE):
	npm install --silent --no-audit --no-fund --prefix .tools axe-core@$(AXE_VERSION)

# Zensical, Material's successor, in a venv of its own: a test builds the same site with it
# (tests/test_zensical.py), and the bench times it.
ZENSICAL := .tools/zensical/bin/zensical
ZENSICAL_VERSION := 0.0.73

$(ZENSICAL):
	$(PYTHON) -m venv .tools/zensical
	.tools/zensical/bin/python -m pip install --quiet --disable-pip-version-check zensical==$(ZENSICAL_VERSION)

test: venv tools $(VNU) $(AXE) $(ZENSICAL)
	$(BIN)/python -m pytest

# --dirty: after an edit only the pages the generator rewrote are rebuilt (generator/hooks.py
# keeps the whole search index across such builds).
serve: venv
	$(BIN)/mkdocs serve --dirty

check: venv
	$(BIN)/python -m generator check

schema: venv
	$(BIN)/python -m generator schema

bench: venv $(ZENSICAL)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf site .site.* .docs.* .tools

golden: venv
	$(BIN)/python -m pytest tests/test_golden.py --update-golden
