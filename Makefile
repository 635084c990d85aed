# Osloregionen: `make run` serves the site on a fresh clone, `make test` runs every check.
SHELL := /bin/bash
# The interpreter: PYTHON if given, else the first of these that runs and is 3.11–3.13. It is
# resolved to the real executable (sys.executable): a pyenv shim is a script that picks a version
# at run time, and comparing the venv against a shim made `make install` rebuild .venv every time.
SUPPORTED_PYTHON := import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))
PYTHON ?= $(firstword $(foreach candidate,python3.11 python3.12 python3.13 python3,$(shell $(candidate) -c '$(SUPPORTED_PYTHON)' 2>/dev/null && echo $(candidate))))
REAL_PYTHON := $(shell $(PYTHON) -c 'import sys; print(sys.executable)' 2>/dev/null)
VENV := .venv
UV_VERSION := 0.13.9
UV := .tools/bin/uv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run test install assets migrate seed superuser lint check pytest messages publish-scheduled scheduler prerequisites clean stack stack-manage stack-stop

run: install assets messages migrate seed superuser ## Install, migrate, seed and serve on http://127.0.0.1:8000 (with the scheduler)
	@$(MANAGE) run_scheduler & scheduler=$$!; \
	trap 'kill $$scheduler 2>/dev/null' EXIT; \
	$(MANAGE) runserver 127.0.0.1:8000; status=$$?; exit $$status

test: install assets messages lint check pytest ## Lint, checks and the whole test suite

prerequisites:
	@test -n "$(REAL_PYTHON)" || { echo "Python 3.11, 3.12 eller 3.13 mangler: installer en av dem (https://www.python.org/downloads/) eller sett PYTHON=/sti/til/python3."; exit 1; }
	@$(REAL_PYTHON) -c '$(SUPPORTED_PYTHON)' || { echo "Python 3.11–3.13 trengs, fant $$($(REAL_PYTHON) --version). Sett PYTHON=python3.12 (eller 3.11/3.13)."; exit 1; }
	@command -v node >/dev/null || { echo "Node.js mangler: installer Node 20 eller nyere (https://nodejs.org/)."; exit 1; }
	@command -v npm >/dev/null || { echo "npm mangler: installer npm sammen med Node.js."; exit 1; }

$(UV): | prerequisites
	$(REAL_PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

install: prerequisites $(UV) node_modules/.installed ## Python and npm dependencies from the lock files
	@# Recreate the venv only when it was made from another interpreter (a running server keeps it).
	@if [ -e $(VENV)/bin/python ] && [ "$$(readlink -f $(VENV)/bin/python)" != "$$(readlink -f $(REAL_PYTHON))" ]; then \
		echo "$(VENV) er laget med $$(readlink -f $(VENV)/bin/python), lager den på nytt med $(REAL_PYTHON)."; rm -rf $(VENV); fi
	$(UV) sync --frozen --python $(REAL_PYTHON) --quiet

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

assets: ## Designsystemet CSS and the map into static/build/
	npm run --silent build

messages: ## Compile the nb and en translation catalogues (site and admin)
	@for dir in locale osloregionen/*/locale; do \
		if [ -d "$$dir" ]; then $(VENV)/bin/pybabel compile --domain=django --directory="$$dir" || exit 1; fi; \
	done
	@$(VENV)/bin/pybabel compile --domain=djangojs --directory=locale

migrate:
	$(MANAGE) migrate --noinput -v0

seed:
	$(MANAGE) load_seed_content

superuser: ## A development superuser `admin` (never in production)
	$(MANAGE) create_dev_superuser

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint templates --lint

check:
	DJANGO_SETTINGS_MODULE=osloregionen.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=osloregionen.settings.test $(MANAGE) makemigrations --check --dry-run -v1

# Tests in parallel, one worker per core (pytest-xdist); `make test PYTEST_WORKERS=0` runs them in one process.
PYTEST_WORKERS ?= auto
pytest:
	$(VENV)/bin/pytest --numprocesses=$(PYTEST_WORKERS)

publish-scheduled: ## Publish and unpublish pages whose go-live or expiry time has passed
	$(MANAGE) publish_scheduled

stack: install assets messages ## The production stack: PostgreSQL, Redis, 2 gunicorns, Varnish on http://127.0.0.1:8080/
	deploy/stack.sh start

stack-manage: ## A management command with the stack's settings: make stack-manage CMD="…"
	deploy/stack.sh manage $(CMD)

stack-stop: ## Stop what make stack started (by PID, from run/)
	deploy/stack.sh stop
scheduler: ## The scheduled jobs in the foreground (make run starts them beside runserver)
	$(MANAGE) run_scheduler

clean:
	rm -rf $(VENV) .tools node_modules static/build staticfiles run
