"""The dbt project and the places the pipeline reads and writes, importable without Dagster's
definitions (the CLI and tests use it to prepare dbt's manifest first)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dagster_dbt import DbtProject

REPO_ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
DEFAULT_RAW_DIR = REPO_ROOT / "raw"
DEFAULT_OUT_DIR = REPO_ROOT / "warehouse"

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
# No prepare_if_dev() here: under `dagster dev` every step subprocess imports this module, and
# re-parsing in each of them rewrites manifest.json while the others read it. `make dev`, the CLI
# and the tests run `dbt parse` once, first (ensure_manifest).


def duckdb_path(out_dir: Path) -> Path:
    return Path(out_dir).resolve() / "caravan.duckdb"


def ensure_manifest(force: bool = False) -> Path:
    """dbt's manifest.json must exist before the definitions load: run `dbt parse` when missing."""
    manifest = dbt_project.manifest_path
    if force or not manifest.exists():
        env = {**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
        cmd = [sys.executable, "-m", "dbt.cli.main", "parse", "--project-dir", str(DBT_PROJECT_DIR),
               "--profiles-dir", str(DBT_PROJECT_DIR), "--quiet"]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"dbt parse failed:\n{done.stdout}\n{done.stderr}")
    return manifest
