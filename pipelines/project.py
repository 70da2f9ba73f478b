"""The dbt project and the places the pipeline reads and writes, importable without Dagster's
definitions (the CLI and tests use it to prepare dbt's manifest first)."""

from __future__ import annotations

import hashlib
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


# what dbt's manifest is made from: a change to any of these files means a new `dbt parse`
DBT_SOURCE_PATHS = ["models", "macros", "seeds", "tests", "snapshots", "analyses", "dbt_project.yml", "profiles.yml",
                    "packages.yml", "selectors.yml"]


def dbt_project_fingerprint() -> str:
    """A hash of the dbt project's own files (models, macros, seeds, tests, project and profile)."""
    digest = hashlib.sha256()
    for rel in DBT_SOURCE_PATHS:
        root = DBT_PROJECT_DIR / rel
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []
        for p in files:
            digest.update(p.relative_to(DBT_PROJECT_DIR).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def ensure_manifest(force: bool = False) -> Path:
    """dbt's manifest.json must exist before the definitions load, and match the project: run
    `dbt parse` when it is missing, when a project file or the warehouse path changed since the last
    parse (a fingerprint kept next to the manifest), or when forced."""
    manifest = dbt_project.manifest_path
    stamp = manifest.parent / ".caravan-parsed-fingerprint"
    # the profile renders CARAVAN_DUCKDB_PATH: dbt's partial parsing (which `dbt build` uses, after this
    # parse) only holds for the same rendered profile, so a new warehouse path means a new parse
    fingerprint = f"{dbt_project_fingerprint()} {os.environ.get('CARAVAN_DUCKDB_PATH', '')}"
    current = manifest.exists() and stamp.exists() and stamp.read_text().strip() == fingerprint
    if force or not current:
        env = {**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
        cmd = [sys.executable, "-m", "dbt.cli.main", "parse", "--project-dir", str(DBT_PROJECT_DIR),
               "--profiles-dir", str(DBT_PROJECT_DIR), "--quiet"]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"dbt parse failed:\n{done.stdout}\n{done.stderr}")
        stamp.write_text(fingerprint)
    return manifest
