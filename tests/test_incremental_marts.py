"""The incremental marts (dbt_project/macros/incremental_documents.sql): after one document is edited,
one deleted and one added, a re-run rewrites only those documents' rows, and the marts equal what a
fresh full build over the same raw folder makes; a full run (--full) rebuilds them whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipelines.cli import run_pipeline
from pipelines.export import EXPORTED_MODELS
from tests.conftest import SEED_RAW
from tests.warehouse import query

# the edited document holds the seed corpus's tables (fct_table_cells, a table, follows too)
KEPT, EDITED, DELETED = "000_6f38683e5e61234d.txt", "004_dad7f34484a8232e.txt", "001_c38d91500dcf1cc8.txt"
NEW = "Xinjiang economy\n\nIn 2023, Xinjiang's GDP reached 1.9 trillion yuan, up 6.8 percent. " \
      "Exports totaled 392.2 billion yuan.\n"
STAMPS = {"dim_source": ["ingested_at"], "quarantine": ["quarantined_at"]}  # when a row entered this warehouse
MARKED = ("fct_observations", "economy_indicators")
MARK = "set qualifier = 'marked before the re-run' where source_file = ?"


def _marts(db: Path, but_marks: bool = False) -> dict[str, list[tuple]]:
    """Every exported model's rows, in a fixed order (an incremental table appends its new rows last),
    without the times rows entered the warehouse; `but_marks`: nor the column _mark tags."""
    def cols(model: str) -> str:
        drop = [*STAMPS.get(model, []), *(["qualifier"] if but_marks and model in MARKED else [])]
        return f"* exclude ({', '.join(drop)})" if drop else "*"
    return {m: query(db, f'select {cols(m)} from "{s}"."{m}" order by all') for s, m in EXPORTED_MODELS}


def _mark(db: Path) -> None:
    """Tag the unchanged document's rows in the marts: only a model rebuilt whole loses the tag."""
    import duckdb

    con = duckdb.connect(str(db))
    try:
        for model in MARKED:
            con.execute(f"update marts.{model} {MARK}", [KEPT])
    finally:
        con.close()


def _marked(db: Path) -> int:
    return query(db, "select count(*) from marts.fct_observations where qualifier = 'marked before the re-run'")[0][0]


@pytest.mark.slow
def test_incremental_marts_equal_a_fresh_full_build(tmp_path, monkeypatch):
    raw, out, fresh = tmp_path / "raw", tmp_path / "out", tmp_path / "fresh"
    shutil.copytree(SEED_RAW, raw)
    db = out / "caravan.duckdb"
    assert run_pipeline(raw, out, quiet=True) == 0
    _mark(db)
    assert _marked(db) > 0

    with (raw / EDITED).open("a", encoding="utf-8") as fh:  # an edit: a new doc_id, the old one's rows go
        fh.write("\nIn 2025, Xinjiang's GDP reached 2.3 trillion yuan, up 5.9 percent.\n")
    (raw / DELETED).unlink()
    (raw / "new.txt").write_text(NEW, encoding="utf-8")
    assert run_pipeline(raw, out, quiet=True) == 0

    modes = [m for (m,) in query(db, "select mode from meta.dbt_builds order by built_at")]
    assert modes == ["full", "partial"]
    assert _marked(db) > 0, "the unchanged document's rows were rebuilt: the marts were not incremental"
    assert query(db, "select count(*) from marts.fct_observations where source_file in (?, ?)", [DELETED, EDITED]) \
        == query(db, "select count(*) from staging.observations where source_file in (?, ?)", [DELETED, EDITED])
    assert query(db, "select count(*) from marts.fct_observations where source_file = 'new.txt'")[0][0] > 0
    assert query(db, "select count(*) from marts.fct_table_cells")[0][0] > 0

    # equal to what a fresh full build over the same raw folder makes (but for the marks)
    assert run_pipeline(raw, fresh, quiet=True) == 0
    assert _marts(db, but_marks=True) == _marts(fresh / "caravan.duckdb", but_marks=True)
    reference = _marts(fresh / "caravan.duckdb")

    # --full: every incremental mart rebuilt whole (the marks gone), equal to the fresh build
    monkeypatch.setenv("CARAVAN_FULL_REFRESH", "1")
    assert run_pipeline(raw, out, quiet=True) == 0
    assert _marked(db) == 0
    assert _marts(db) == reference
