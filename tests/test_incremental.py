"""Only the new: a run reads and extracts only the files that changed since the last run, replaces
exactly their rows, deletes the rows of removed files, and dbt rebuilds only what depends on
changed rows; the sensor asks for one run per batch of changes."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import dagster as dg
import polars as pl
import pytest

from pipelines.cli import run_pipeline
from pipelines.incremental import read_changed
from pipelines.ingest import read_corpus
from pipelines.project import ensure_manifest
from tests.conftest import SEED_RAW
from tests.warehouse import query

GDP = "Xinjiang economy\n\nIn {year}, Xinjiang's GDP reached {value} trillion yuan, up {growth} percent.\n"
TRADE = ("Xinjiang trade\n\nIn {year}, the foreign trade of Xinjiang reached {value} billion yuan. Exports totaled "
         "{exports} billion yuan.\n")


def _corpus(raw: Path) -> Path:
    raw.mkdir(parents=True)
    (raw / "gdp.txt").write_text(GDP.format(year=2023, value="1.9", growth="6.8"), encoding="utf-8")
    (raw / "trade.txt").write_text(TRADE.format(year=2024, value="468.3", exports="392.2"), encoding="utf-8")
    (raw / "sub").mkdir()
    (raw / "sub" / "gdp_2022.txt").write_text(GDP.format(year=2022, value="1.8", growth="3.2"), encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")  # quarantined: read again by every run, never kept
    return raw


def _materialize_staging(raw: Path, out: Path) -> dict:
    """ingest -> extract -> validate -> load (no dbt: what these tests check is staging); returns
    what ingest reported."""
    ensure_manifest()
    from pipelines.definitions import ALL_ASSETS, resources
    from pipelines.defs.resources import CaravanPaths

    os.environ["CARAVAN_PROGRESS"] = "0"
    staging_assets = ALL_ASSETS[:4]  # ingest, extract, validate, load
    result = dg.materialize(staging_assets, resources=resources(CaravanPaths(raw_dir=str(raw), out_dir=str(out))))
    assert result.success
    meta = next(m.metadata for m in result.asset_materializations_for_node("ingest_raw_files")
                if m.asset_key.to_user_string() == "documents")
    return {k: v.value for k, v in meta.items() if k.startswith(("files", "documents_"))}




def _by_file(db: Path) -> dict[str, list[tuple]]:
    """Each file's staging rows (observations with every column, its document, its files_seen row)."""
    out: dict[str, list] = {}
    for table, at in (("observations", 2), ("documents", 1), ("files_seen", 0)):  # where source_file is
        for row in query(db, f"select * from staging.{table} order by all"):
            out.setdefault(row[at], []).append((table, row))
    return out


@pytest.fixture()
def warehouse(tmp_path):
    raw, out = _corpus(tmp_path / "raw"), tmp_path / "out"
    first = _materialize_staging(raw, out)
    return raw, out, out / "caravan.duckdb", first


def test_first_run_reads_and_extracts_every_file(warehouse):
    _, _, db, first = warehouse
    assert first["files"] == 4 and first["files_read"] == 4
    assert first["documents_extracted"] == 3 and first["documents_kept"] == 0
    assert query(db, "select count(*) from staging.files_seen where mtime_ns is not null and size_bytes > 0 "
                     "and extractor_version is not null and extracted_at is not null")[0][0] == 3


def test_second_run_with_nothing_changed_reads_and_extracts_nothing(warehouse):
    raw, out, db, _ = warehouse
    before = _by_file(db)
    again = _materialize_staging(raw, out)
    assert again["files_read"] == 1  # the quarantined empty.txt only: unreadable files are tried every run
    assert again["documents_extracted"] == 0 and again["documents_kept"] == 3 and again["documents_removed"] == 0
    assert _by_file(db) == before  # every row, extraction timestamps included


def test_editing_one_file_reextracts_only_it_and_replaces_exactly_its_rows(warehouse):
    raw, out, db, _ = warehouse
    before = _by_file(db)
    (raw / "trade.txt").write_text(TRADE.format(year=2024, value="470.1", exports="395.0"), encoding="utf-8")
    run = _materialize_staging(raw, out)
    assert run["files_read"] == 2 and run["documents_extracted"] == 1 and run["documents_kept"] == 2
    assert run["documents_removed"] == 1  # the old content of trade.txt
    after = _by_file(db)
    for name in ("gdp.txt", "sub/gdp_2022.txt"):
        assert after[name] == before[name], name
    values = {v for (v,) in query(db, "select value from staging.observations where source_file = 'trade.txt'")}
    assert 470.1e9 in values and 468.3e9 not in values
    old_doc = next(r for t, r in before["trade.txt"] if t == "documents")[0]
    assert query(db, "select count(*) from staging.observations where doc_id = ?", [old_doc])[0][0] == 0


def test_deleting_a_file_removes_its_rows(warehouse):
    raw, out, db, _ = warehouse
    before = _by_file(db)
    (raw / "sub" / "gdp_2022.txt").unlink()
    run = _materialize_staging(raw, out)
    assert run["documents_extracted"] == 0 and run["documents_removed"] == 1
    after = _by_file(db)
    assert "sub/gdp_2022.txt" not in after
    assert after["gdp.txt"] == before["gdp.txt"] and after["trade.txt"] == before["trade.txt"]
    assert query(db, "select count(*) from staging.observations where source_file = 'sub/gdp_2022.txt'")[0][0] == 0


def test_a_copy_under_a_later_name_is_a_duplicate_and_extracts_nothing(warehouse):
    raw, out, db, _ = warehouse
    shutil.copy(raw / "gdp.txt", raw / "gdp_copy.txt")  # sorts after gdp.txt: gdp.txt stays the primary name
    run = _materialize_staging(raw, out)
    assert run["files_read"] == 2 and run["documents_extracted"] == 0
    assert query(db, "select source_names from staging.documents where source_file = 'gdp.txt'")[0][0] == \
        ["gdp.txt", "gdp_copy.txt"]
    assert query(db, "select outcome from staging.files_seen where source_file = 'gdp_copy.txt'") == [("duplicate",)]


def test_a_rules_change_reextracts_everything(warehouse, monkeypatch):
    raw, out, _, _ = warehouse
    from pipelines import incremental

    monkeypatch.setattr(incremental, "extractor_version", lambda: "another-version")
    run = _materialize_staging(raw, out)
    assert run["files_read"] == 4 and run["documents_extracted"] == 3 and run["documents_kept"] == 0


def test_read_changed_without_history_agrees_with_read_corpus(tmp_path):
    raw = _corpus(tmp_path / "raw")
    shutil.copy(raw / "gdp.txt", raw / "a_copy.txt")  # a duplicate that sorts first: it is the primary name
    docs, seen, quarantined = read_corpus(raw)
    changed = read_changed(raw)
    assert changed.documents.equals(docs)
    assert changed.files_seen.select(seen.columns).equals(seen)
    assert changed.quarantined == quarantined


@pytest.mark.slow
def test_whole_pipeline_reruns_skip_dbt_and_rebuild_only_what_changed(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for name in ("001_c38d91500dcf1cc8.txt", "004_dad7f34484a8232e.txt"):
        shutil.copy(SEED_RAW / name, raw / name)
    (raw / "gdp.txt").write_text(GDP.format(year=2023, value="1.9", growth="6.8"), encoding="utf-8")
    timings = out / "logs" / "timings.json"

    assert run_pipeline(raw, out, quiet=True) == 0
    first = json.loads(timings.read_text())
    parquet = out / "parquet" / "fct_observations.parquet"
    exported = parquet.stat().st_mtime_ns
    assert first["ingest"]["documents_extracted"] == 3

    assert run_pipeline(raw, out, quiet=True) == 0  # nothing changed: nothing read, no dbt build, no file rewritten
    second = json.loads(timings.read_text())
    assert second["ingest"]["documents_extracted"] == 0 and second["ingest"]["files_read"] == 0
    assert parquet.stat().st_mtime_ns == exported
    assert len(query(out / "caravan.duckdb", "select * from meta.dbt_builds")) == 1

    (raw / "gdp.txt").write_text(GDP.format(year=2023, value="2.2", growth="6.8"), encoding="utf-8")
    assert run_pipeline(raw, out, quiet=True) == 0
    third = json.loads(timings.read_text())
    assert third["ingest"]["documents_extracted"] == 1 and third["ingest"]["files_read"] == 1
    facts = pl.read_parquet(parquet).filter(pl.col("source_file") == "gdp.txt")["value"].to_list()
    assert 2.2e12 in facts and 1.9e12 not in facts
    builds = query(out / "caravan.duckdb", "select mode from meta.dbt_builds order by built_at")
    assert [m for (m,) in builds] == ["full", "partial"]


# ---- the sensor ----------------------------------------------------------------------------------

def _tick(raw: Path, cursor: str | None, instance) -> object:
    from pipelines.defs.resources import CaravanPaths
    from pipelines.defs.sensors import raw_files_sensor

    ctx = dg.build_sensor_context(cursor=cursor, instance=instance,
                                  resources={"paths": CaravanPaths(raw_dir=str(raw), out_dir=str(raw.parent / "out"))})
    return raw_files_sensor(ctx)


def _age(raw: Path, seconds: float = 60) -> None:
    past = time.time() - seconds
    for p in raw.rglob("*"):
        os.utime(p, (past, past))


def test_sensor_asks_one_run_for_a_batch_of_new_files_and_none_when_nothing_changed(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    instance = dg.DagsterInstance.ephemeral()
    for i in range(25):  # a batch arriving together
        (raw / f"report_{i:02d}.txt").write_text(GDP.format(year=2000 + i, value="1.1", growth="5"), encoding="utf-8")
    _age(raw)
    first = _tick(raw, None, instance)
    assert isinstance(first, dg.SensorResult) and len(first.run_requests) == 1
    assert first.run_requests[0].tags["caravan/files"] == "25"

    again = _tick(raw, first.cursor, instance)  # nothing changed
    assert isinstance(again, dg.SkipReason)

    (raw / "report_03.txt").write_text(GDP.format(year=2003, value="1.2", growth="5"), encoding="utf-8")  # an edit
    _age(raw)
    edited = _tick(raw, first.cursor, instance)
    assert isinstance(edited, dg.SensorResult) and len(edited.run_requests) == 1
    assert edited.run_requests[0].run_key != first.run_requests[0].run_key


def test_sensor_waits_while_files_are_still_being_written(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "new.txt").write_text(GDP.format(year=2024, value="2.0", growth="6"), encoding="utf-8")  # just now
    monkeypatch.setenv("CARAVAN_SENSOR_QUIET_SECONDS", "30")
    assert isinstance(_tick(raw, None, dg.DagsterInstance.ephemeral()), dg.SkipReason)
    monkeypatch.setenv("CARAVAN_SENSOR_QUIET_SECONDS", "0")
    assert isinstance(_tick(raw, None, dg.DagsterInstance.ephemeral()), dg.SensorResult)


def test_sensor_is_registered_with_the_job():
    ensure_manifest()
    from pipelines.definitions import defs

    sensor = defs.resolve_sensor_def("raw_files_sensor")
    assert sensor.job_name == "caravan_all"


def test_batched_extraction_in_workers_matches_extract_corpus(monkeypatch):
    """The pipeline extracts through pipelines.batches (forked workers, batch by batch); the rows are
    those of extract_corpus, in the same order."""
    from pipelines import batches
    from pipelines.extract import extract_corpus

    docs, _, _ = read_corpus(SEED_RAW)
    monkeypatch.setattr(batches, "PARALLEL_MIN_CHARS", 0)  # workers even for five documents
    out = batches.extract_frames(docs, workers=2, batch_chars=20_000)
    observations, cells, rejected = extract_corpus(docs, workers=1)
    assert out.n_docs == docs.height and out.observations.height > 100
    assert out.observations.equals(observations) and out.table_cells.equals(cells)
    assert out.rejects.height == len(rejected)
    assert out.regions["doc_id"].to_list() == docs["doc_id"].to_list()


def test_sensor_asks_again_when_the_run_of_a_change_set_failed(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(GDP.format(year=2020, value="1.4", growth="3"), encoding="utf-8")
    _age(raw)
    instance = dg.DagsterInstance.ephemeral()
    first = _tick(raw, None, instance)
    key = first.run_requests[0].run_key
    assert isinstance(_tick(raw, first.cursor, instance), dg.SkipReason)  # no run recorded: nothing to retry

    @dg.op
    def fail():
        raise RuntimeError("the warehouse was busy")

    dg.GraphDefinition("g", node_defs=[fail]).to_job().execute_in_process(
        instance=instance, raise_on_error=False, tags={"dagster/run_key": key})
    again = _tick(raw, first.cursor, instance)
    assert isinstance(again, dg.SensorResult) and again.run_requests[0].run_key == f"{key}-retry1"
