# Two commands do everything: `make run` runs the pipeline, `make test` runs the tests.
# uv is installed when missing; every command then runs in the locked environment.
SHELL := /bin/bash
export PATH := $(HOME)/.local/bin:$(HOME)/.cargo/bin:$(PATH)
# uv on PATH when present; else the one `make uv` installs with pip (run as a module).
UV := $(shell command -v uv 2>/dev/null || echo python3 -m uv)

.PHONY: run test dev lint eval bench uv sync clean

uv:
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 || \
		python3 -m pip install --quiet uv || python3 -m pip install --quiet --user uv

sync: uv
	@$(UV) sync --frozen --quiet

run: sync
	$(UV) run caravan run

test: sync
	$(UV) run pytest

dev: sync
	$(UV) run python -c "from pipelines.project import ensure_manifest; ensure_manifest(force=True)"
	DAGSTER_HOME=$(CURDIR)/.dagster_home $(UV) run dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

lint: sync
	$(UV) run ruff check pipelines schemas tests benchmarks

eval: sync
	$(UV) run python -m benchmarks.accuracy

bench: sync
	$(UV) run python -m benchmarks.throughput

clean:
	rm -rf warehouse dbt_project/target dbt_project/logs
