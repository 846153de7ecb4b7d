# Heupcheck. The two commands of the README: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := run
.PHONY: install browser-tools model run chat test extraction-report lock clean

install:            ## Python 3.10 venv, pinned dependencies, Dutch spaCy pipeline
	@bash scripts/bootstrap.sh

browser-tools:      ## Debian chromium and the pinned playwright-core + axe-core, for the browser tests
	@bash scripts/install_browser_tools.sh

model: install      ## train the Rasa model when data or config changed
	@bash scripts/train_if_stale.sh

run: model          ## start the action server, Rasa and the web chat on 127.0.0.1
	@bash scripts/run.sh

chat: install       ## chat in the terminal with a running `make run`
	@.venv/bin/python scripts/chat.py

test: model browser-tools  ## the whole suite (unit, extraction bar, actions, stories, validate, e2e, browser)
	@source scripts/env.sh && .venv/bin/python -m pytest tests

extraction-report: install  ## per-slot precision/recall and negation accuracy of bot/understanding.py
	@source scripts/env.sh && .venv/bin/python -m tests.extraction.report

lock:               ## re-resolve requirements.lock from requirements.in (Rasa 3.6.21's era)
	@.venv/bin/python -m uv pip compile --python-version 3.10 --exclude-newer 2025-01-15 \
	    --no-annotate --no-header requirements.in -o requirements.lock

clean:
	rm -rf models build .rasa results tests/browser/node_modules
