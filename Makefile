# Smart Pick: `make up` runs the platform, `make test` runs every test. Both set up a fresh clone.
SHELL := /bin/bash
UV_VERSION := 0.13.8
UV := .local/uv/bin/uv
PY := .venv/bin/python

.PHONY: setup build up down status test lint bench-pipeline bench-notifications bench-gateway \
	webhooks-verifier mailpit-page graphiql-assets kustomize web browser wrk soak

# Python tooling: uv in a small private venv, then the project's locked dependencies.
$(UV):
	python3 -m venv .local/uv
	.local/uv/bin/pip install -q uv==$(UV_VERSION)

.venv/.synced: $(UV) uv.lock pyproject.toml
	UV_PYTHON_DOWNLOADS=never $(UV) sync --frozen --extra plot
	touch $@

setup: .venv/.synced

# Kafka jars (Maven Central) and the FerretDB binary (Go module proxy), rebuilt only when changed.
build: setup
	$(PY) -m deploy.local.infra build

# The npm standardwebhooks library that tests check our webhook signatures with (locked, npm ci).
WEBHOOKS_VERIFIER := tests/webhooks_verifier
$(WEBHOOKS_VERIFIER)/node_modules/.installed: $(WEBHOOKS_VERIFIER)/package-lock.json
	cd $(WEBHOOKS_VERIFIER) && npm ci --no-audit --no-fund
	touch $@

webhooks-verifier: $(WEBHOOKS_VERIFIER)/node_modules/.installed

# jsdom, to open Mailpit's web page as a browser would in the tests (locked, npm ci).
MAILPIT_PAGE := tests/mailpit_page
$(MAILPIT_PAGE)/node_modules/.installed: $(MAILPIT_PAGE)/package-lock.json
	cd $(MAILPIT_PAGE) && npm ci --no-audit --no-fund --ignore-scripts
	touch $@

mailpit-page: $(MAILPIT_PAGE)/node_modules/.installed

# kustomize, to build deploy/k8s's overlays as `kubectl apply -k` does (Go module proxy).
KUSTOMIZE_VERSION := v5.7.1
KUSTOMIZE := .local/bin/kustomize
$(KUSTOMIZE):
	GOBIN=$(abspath .local/bin) go install sigs.k8s.io/kustomize/kustomize/v5@$(KUSTOMIZE_VERSION)

kustomize: $(KUSTOMIZE)

# GraphiQL and React, which the gateway serves to its IDE in local runs (locked, npm ci).
GRAPHIQL := gateway/ide
$(GRAPHIQL)/node_modules/.installed: $(GRAPHIQL)/package-lock.json
	cd $(GRAPHIQL) && npm ci --no-audit --no-fund --ignore-scripts
	touch $@

graphiql-assets: $(GRAPHIQL)/node_modules/.installed

# The web client: its npm packages (locked, npm ci), then Vite's build in web/dist, redone only
# when a source changed.
WEB := web
$(WEB)/node_modules/.installed: $(WEB)/package-lock.json
	cd $(WEB) && npm ci --no-audit --no-fund
	touch $@

WEB_SOURCES := $(shell find $(WEB)/src $(WEB)/public -type f 2>/dev/null) \
	$(addprefix $(WEB)/,index.html package.json vite.config.ts tsconfig.json)
$(WEB)/dist/index.html: $(WEB)/node_modules/.installed $(WEB_SOURCES)
	cd $(WEB) && npm run build

web: $(WEB)/dist/index.html

# Debian's Chromium for the browser tests (tests/e2e/web), when the machine has none; Playwright
# drives it and never downloads a browser of its own.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		$(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; fi

lint: setup
	.venv/bin/ruff check .
	.venv/bin/mypy .

# The 30 slowest tests are listed at the end: `make test` has a budget of about 25 minutes.
test: build lint webhooks-verifier mailpit-page graphiql-assets kustomize web browser
	$(PY) -m pytest --durations=30

# The fault tests' long version (tests/fault): 10,000 profile updates per fault, each fault (a
# service killed, Kafka or FerretDB restarted, a matching instance paused) injected midway, on
# servers of their own; `make test` runs the short version. Counts at the end of the log.
soak: build
	SMARTPICK_FAULT_SIZE=soak $(PY) -m pytest -m fault tests/fault

status: setup
	$(if $(INSTANCES),SMARTPICK_INSTANCES="$(INSTANCES)") $(PY) -m deploy.local.stack status

# The platform in the background; prints the URLs, the GraphQL one last. Safe to run twice.
# INSTANCES="matching=3 notifications=2" runs more instances of a service (deploy/local/README.md);
# TRACES=1 also runs Zipkin, a trace viewer the apps export their spans to (docs/tracing.md).
up: build graphiql-assets web
	$(if $(INSTANCES),SMARTPICK_INSTANCES="$(INSTANCES)") $(if $(TRACES),SMARTPICK_TRACES="$(TRACES)") \
		$(PY) -m deploy.local.stack up

down:
	@if [ -x $(PY) ]; then $(PY) -m deploy.local.stack down; fi

# The event pipeline's long load run against `make up` (figures in benchmarks/RESULTS.md); the
# short version, 2,000 updates of 200 applicants with matching killed midway, is part of `make test`.
bench-pipeline: up
	$(PY) benchmarks/pipeline.py

# Notices handled per second and the latency from an event to the live feed and to the mail
# server, on servers the script starts on ports of its own and stops (figures in
# benchmarks/RESULTS.md): a few minutes; `make bench-notifications BENCH_ARGS=--quick`, under one.
bench-notifications: build
	$(PY) -u benchmarks/notifications.py $(or $(BENCH_ARGS),--find-max)

# The gateway's latency over a direct call to a service and its requests per second with 1 and 2
# workers, on servers the script starts on ports of its own and stops, under wrk (Debian's, installed
# when missing). Figures appended to benchmarks/RESULTS.md; `make bench-gateway BENCH_ARGS=--quick`,
# ~2 min.
wrk:
	@if ! command -v wrk >/dev/null; then $(SUDO) apt-get update && $(SUDO) apt-get install -y wrk; fi

bench-gateway: build wrk
	$(PY) -u benchmarks/gateway_speed.py --results benchmarks/RESULTS.md $(BENCH_ARGS)
