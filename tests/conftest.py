"""Shared fixtures: one full pipeline run over the seed corpus into a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pipelines.cli import run_pipeline

REPO = Path(__file__).resolve().parents[1]
SEED_RAW = REPO / "raw"


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory) -> Path:
    """The whole pipeline over raw/ (the seed corpus); returns the output folder."""
    out = tmp_path_factory.mktemp("warehouse")
    assert run_pipeline(SEED_RAW, out, quiet=True) == 0
    return out


@pytest.fixture()
def query(seed_run):
    def run(sql: str, params=None):
        con = duckdb.connect(str(seed_run / "caravan.duckdb"), read_only=True)
        try:
            return con.execute(sql, params or []).fetchall()
        finally:
            con.close()
    return run


def copy_corpus(dest: Path, names: list[str] | None = None) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for f in sorted(SEED_RAW.glob("*.txt")):
        if names is None or f.name in names:
            shutil.copy(f, dest / f.name)
    return dest
