# Breder Belang: `make run` serves the site with demo content, `make test` runs the tests.
# `make help` lists every target.

PYTHON ?= python3
VENV ?= .venv
PORT ?= 8000
# Links in calendars, sitemaps and e-mails point here; the demo loader gives Wagtail's Site
# record the same host and port.
export SITE_URL ?= http://127.0.0.1:$(PORT)
BIN := $(VENV)/bin
# As in production (docs/operations.md): Django has no lifespan events, the site reads the
# forwarded headers itself, and no per-message compression of the websockets (a deflate per
# phone and message in a big room).
UVICORN_OPTIONS := --lifespan off --no-proxy-headers --ws-per-message-deflate false
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed
# The server and, next to it, the worker that runs background tasks (matching rounds, e-mail,
# notifications); stopping the server (Ctrl-C) stops the worker too.
SERVE := export DJANGO_SETTINGS_MODULE=config.settings.dev; \
	$(MANAGE) db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT; trap 'exit 130' INT TERM; \
	$(BIN)/uvicorn --host 127.0.0.1 --port $(PORT) $(UVICORN_OPTIONS) config.asgi:application

.DEFAULT_GOAL := help
.PHONY: help install run serve migrate demo test test-full lint format check messages clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --upgrade pip
	$(BIN)/pip install -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) ## Create the virtualenv and install everything

migrate: install ## Apply database migrations
	$(MANAGE) migrate --no-input

demo: migrate ## Load the demo content (idempotent) and the demo logins
	$(MANAGE) load_demo --with-demo-logins

run: demo ## Set up everything and serve the site over ASGI on 127.0.0.1:$(PORT), with the task worker
	@echo
	@echo "  Site:   http://127.0.0.1:$(PORT)/"
	@echo "  Admin:  http://127.0.0.1:$(PORT)/admin/"
	@echo "  Demo logins, password breder-belang for all:"
	@echo "    admin@demo.brederbelang.nl        superuser (site and admin)"
	@echo "    loket@demo.brederbelang.nl        desk: approves organisations and cases"
	@echo "    redacteur@demo.brederbelang.nl    editor"
	@echo "    facilitator@demo.brederbelang.nl  facilitator"
	@echo "    beheerder@demo.brederbelang.nl    organisation administrator (Chain Logistics)"
	@echo "    lid@demo.brederbelang.nl          network member (Chain Logistics)"
	@echo "  Background tasks run in the worker started beside the server (manage.py db_worker)."
	@echo
	$(SERVE)

serve: ## Serve (with the task worker) without setting up (after a first `make run`)
	$(SERVE)

test: install ## Run the whole test suite (PostgreSQL when DATABASE_URL points at one)
	$(BIN)/pytest $(PYTEST_ARGS)

test-full: install ## Run the suite on the full stack: PostgreSQL, OpenSearch and Redis, started here
	DATABASE_URL=$$(scripts/postgres.sh start | tail -n 1) \
	OPENSEARCH_URL=$$(scripts/opensearch.sh start | tail -n 1) \
	REDIS_URL=$$(scripts/redis.sh start | tail -n 1) \
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install ## Lint Python (ruff), templates (djhtml) and the floors between the apps (import-linter)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports --no-cache

format: install ## Format Python and templates
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

check: install ## Django system checks and a check that migrations are complete
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

messages: install ## Update and compile the translation files (needs GNU gettext)
	$(MANAGE) makemessages -l nl -l en --no-location -i ".venv/*"
	$(MANAGE) compilemessages -i ".venv"

clean: ## Remove the virtualenv, the local database and collected files
	rm -rf $(VENV) db.sqlite3 staticfiles .test-media .pytest_cache
