# investdesk — `make run` starts the platform with demo data, `make test` runs every test,
# `make serve` is the production server (gunicorn + worker; see deploy/README.md).
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= config.settings.local

.PHONY: run serve test install system-deps assets lint format bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

# Debian packages the PDF export (WeasyPrint's Pango) and the browser tests (Chromium) need.
system-deps:
	@if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  missing=""; \
	  for pkg in chromium fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0; do \
	    dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; \
	  done; \
	  if [ -n "$$missing" ]; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  fi; \
	else \
	  echo "Not root or no apt-get: make sure chromium and Pango are installed."; \
	fi

assets:
	@if [ -f package.json ]; then \
	  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund --silent; fi; \
	  npm run --silent build; \
	fi

run: install assets
	@mkdir -p var
	$(BIN)/investdesk migrate --noinput -v 0
	$(BIN)/investdesk collectstatic --noinput -v 0
	$(BIN)/investdesk demo --if-empty
	$(BIN)/investdesk reindex -v 0
	@echo ""
	@echo "  investdesk is running on http://$(HOST):$(PORT)/"
	@echo "  Log in as: demo / $${INVESTDESK_DEMO_PASSWORD:-demo}"
	@echo "  (other demo logins, same password: ivanova, petrov, sidorova — curators;"
	@echo "   leader — leadership; analyst — analyst; partner — partner)"
	@echo ""
	@# The background worker (ingestion from the web, feed polling) runs beside the server
	@# and stops with it; its queue is a SQLite file under var/, no extra server needed.
	@$(BIN)/investdesk run_huey --workers 1 > var/worker.log 2>&1 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(BIN)/investdesk runserver $(HOST):$(PORT)

# Production: gunicorn with config.settings.production on $(HOST):$(PORT) behind a TLS proxy.
# Needs DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS; workers/threads from WEB_CONCURRENCY and
# GUNICORN_THREADS (config/gunicorn.conf.py). SERVE_MIGRATE=0 skips migrations (run them once,
# from one machine, when several serve one database); SERVE_WORKER=0 leaves the background
# worker to its own unit (deploy/systemd/investdesk-worker.service).
SERVE_SETTINGS ?= config.settings.production
SERVE_MIGRATE ?= 1
SERVE_WORKER ?= 1
SERVE_VAR := $(or $(INVESTDESK_VAR_DIR),var)
serve: export DJANGO_SETTINGS_MODULE := $(SERVE_SETTINGS)
serve: install assets
	@if [ -z "$$DJANGO_SECRET_KEY" ] || [ -z "$$DJANGO_ALLOWED_HOSTS" ]; then \
	  echo "make serve: set DJANGO_SECRET_KEY (50+ random characters) and DJANGO_ALLOWED_HOSTS" >&2; \
	  echo "(comma-separated host names) in the environment; see deploy/environment.md." >&2; \
	  exit 2; \
	fi
	@mkdir -p $(SERVE_VAR)
	$(BIN)/investdesk check --deploy
	$(BIN)/investdesk collectstatic --noinput -v 0
	@if [ "$(SERVE_MIGRATE)" = "1" ]; then $(BIN)/investdesk migrate --noinput -v 0; fi
	@echo "investdesk (gunicorn, $(SERVE_SETTINGS)) on http://$(HOST):$(PORT)/ behind a TLS proxy; reload: kill -HUP $$(cat $(SERVE_VAR)/gunicorn.pid)" >&2
	@if [ "$(SERVE_WORKER)" = "1" ]; then \
	  $(BIN)/investdesk run_huey --workers $${HUEY_WORKERS:-1} & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	  HOST=$(HOST) PORT=$(PORT) $(BIN)/gunicorn -c config/gunicorn.conf.py --pid $(SERVE_VAR)/gunicorn.pid; \
	else \
	  HOST=$(HOST) PORT=$(PORT) exec $(BIN)/gunicorn -c config/gunicorn.conf.py --pid $(SERVE_VAR)/gunicorn.pid; \
	fi

# The suite runs on every core (pytest-xdist); PYTEST_ARGS=-n0 runs it in one process.
PYTEST_ARGS ?= -n auto

test: install system-deps assets
	$(BIN)/ruff check investdesk config bench tests
	$(BIN)/lint-imports
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/investdesk check
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/investdesk makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/pytest $(PYTEST_ARGS)

lint:
	$(BIN)/ruff check investdesk config bench tests
	$(BIN)/lint-imports
	$(BIN)/ruff format --check investdesk config bench tests

format:
	$(BIN)/ruff format investdesk config bench tests
	$(BIN)/ruff check --fix investdesk config bench tests

bench: install
	$(BIN)/python bench/extract_quality.py
	$(BIN)/python bench/ingest_speed.py

clean:
	rm -rf $(VENV) node_modules investdesk/static/dist var/static
