"""Crash safety: SIGKILL at random points during the load and during dbt; the next run gives the same
warehouse as a clean run. The staging load is one transaction (a kill leaves the old state or the new
one, never a mix); the dbt models rebuild from staging."""

from __future__ import annotations

import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import polars as pl
import pytest

from tests.conftest import SEED_RAW
from tests.test_faults import GDP, digest

REPO = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}

# ---- the load transaction, killed from outside ----------------------------------------------

LOADER = r'''
import sys
from datetime import datetime
import polars as pl
from pipelines.load import load_staging

db, tag, n_docs, n_obs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
ids = [f"{tag}-{i:05d}" for i in range(n_docs)]
docs = pl.DataFrame({"doc_id": ids, "source_file": [f"{tag}/f{i}.txt" for i in range(n_docs)]}).with_columns(
    pl.concat_list("source_file").alias("source_names"), pl.lit(tag).alias("title"),
    pl.lit(None, pl.Date).alias("doc_date"), pl.lit(None, pl.String).alias("publisher"), pl.lit("utf-8").alias("encoding"),
    pl.lit(100).alias("n_chars"), pl.lit(100).alias("n_bytes"), pl.lit("Xinjiang").alias("main_region"),
    pl.lit(datetime(2024, 1, 1)).alias("ingested_at"))
text = ["indicator_code", "indicator_label", "domain", "region", "partner", "period", "measure", "unit",
        "value_as_written", "qualifier", "evidence", "method", "table_id"]
obs = pl.DataFrame({"obs_id": [f"{tag}-o{i}" for i in range(n_obs)], "doc_id": [ids[i % n_docs] for i in range(n_obs)]}
                   ).with_columns(pl.lit("f.txt").alias("source_file"), *[pl.lit(tag).alias(c) for c in text],
                                  pl.lit(1.0).alias("value"), pl.lit(0).alias("char_start"), pl.lit(1).alias("char_end"))
cells = pl.DataFrame(schema={**{c: pl.String for c in ("cell_id", "table_id", "doc_id", "source_file", "caption",
                                                     "row_label", "col_label", "raw_text", "unit")},
                             **{c: pl.Int64 for c in ("table_index", "row_index", "col_index", "char_start", "char_end")},
                             "value": pl.Float64})
quarantine = pl.DataFrame({"quarantine_id": [f"{tag}-q"], "doc_id": [None], "source_file": [f"{tag}/bad.txt"],
                           "stage": ["ingest"], "row_kind": ["file"], "check_name": ["unreadable_file"],
                           "reason": ["empty file"], "payload": ["{}"]}, schema_overrides={"doc_id": pl.String}
                          ).with_columns(pl.lit(datetime(2024, 1, 1)).alias("quarantined_at"))
seen = docs.select("source_file", "doc_id", pl.lit("document").alias("outcome"), pl.lit(None, pl.String).alias("reason"))
seen = pl.concat([seen, pl.DataFrame({"source_file": [f"{tag}/bad.txt"], "doc_id": [None], "outcome": ["quarantined"],
                                      "reason": ["empty file"]}, schema=seen.schema)])
print("loading", flush=True)
load_staging(db, {"documents": docs, "observations": obs, "table_cells": cells, "quarantine": quarantine}, seen)
print("done", flush=True)
'''


def _staging_state(db: Path) -> set[tuple]:
    """(table, tag, rows) for every staging table: one tag per table when the load was atomic."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            ("documents", *con.execute("select min(title), max(title), count(*) from staging.documents").fetchone()),
            ("observations", *con.execute("select min(region), max(region), count(*) from staging.observations").fetchone()),
            ("quarantine", *con.execute("select min(split_part(source_file, '/', 1)), max(split_part(source_file, '/', 1)), "
                                        "count(*) from staging.quarantine").fetchone()),
            ("files_seen", *con.execute("select min(split_part(source_file, '/', 1)), max(split_part(source_file, '/', 1)), "
                                        "count(*) from staging.files_seen").fetchone()),
        }
    finally:
        con.close()


def _complete(tag: str, n_docs: int, n_obs: int) -> set[tuple]:
    return {("documents", tag, tag, n_docs), ("observations", tag, tag, n_obs), ("quarantine", tag, tag, 1),
            ("files_seen", tag, tag, n_docs + 1)}


def test_kill_inside_the_load_transaction_leaves_old_or_new_never_a_mix(tmp_path):
    db = tmp_path / "caravan.duckdb"
    sizes = {"A": (300, 200_000), "B": (500, 200_000)}

    def load(tag: str, kill_after: float | None) -> tuple[bool, float]:
        proc = subprocess.Popen([sys.executable, "-c", LOADER, str(db), tag, *map(str, sizes[tag])],
                                stdout=subprocess.PIPE, text=True, cwd=REPO, env=ENV)
        assert proc.stdout.readline().strip() == "loading"
        started = time.monotonic()
        if kill_after is not None:
            time.sleep(kill_after)
            proc.send_signal(signal.SIGKILL)
        finished = "done" in proc.stdout.read()
        proc.wait()
        return finished, time.monotonic() - started

    assert load("A", None)[0]
    state = _complete("A", *sizes["A"])
    assert _staging_state(db) == state
    finished, took = load("B", None)  # how long a load takes here: the kills land inside it
    assert finished
    state = _complete("B", *sizes["B"])
    outcomes = []
    for i, share in enumerate((0.1, 0.3, 0.5, 0.7, 0.2, 0.6)):
        tag = "A" if i % 2 == 0 else "B"
        finished, _ = load(tag, share * took)
        now = _staging_state(db)
        assert now in (state, _complete(tag, *sizes[tag])), (i, tag, now)  # old or new, never a mix
        if finished:
            assert now == _complete(tag, *sizes[tag])
        outcomes.append(finished)
        state = now
    assert outcomes.count(False) >= 2, f"too few kills landed before the load finished: {outcomes}"
    assert load("A", None)[0] and _staging_state(db) == _complete("A", *sizes["A"])


# ---- whole runs, killed during the load and during dbt --------------------------------------

def _corpus(raw: Path) -> Path:
    raw.mkdir(parents=True)
    for name in ("001_c38d91500dcf1cc8.txt", "004_dad7f34484a8232e.txt"):
        shutil.copy(SEED_RAW / name, raw / name)
    shutil.copy(SEED_RAW / "001_c38d91500dcf1cc8.txt", raw / "copy of 001.txt")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "small.txt").write_text(GDP.format(year=2023))
    return raw


def _start(raw: Path, out: Path, wait: float = 120) -> tuple[subprocess.Popen, queue.Queue]:
    proc = subprocess.Popen([sys.executable, "-m", "pipelines.cli", "run", "--raw-dir", str(raw), "--out", str(out),
                             "--wait", str(wait)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            cwd=REPO, env=ENV, start_new_session=True)
    lines: queue.Queue = queue.Queue()

    def pump():
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return proc, lines


def _wait_for(lines: queue.Queue, markers: tuple[str, ...], timeout: float = 300) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        if line is None:
            return False
        if any(marker in line for marker in markers):
            return True
    raise AssertionError(f"none of {markers} within {timeout} s")


def _drain(lines: queue.Queue) -> str:
    time.sleep(0.5)
    log = []
    while not lines.empty():
        log.append(lines.get() or "")
    return "".join(line for line in log if "caravan" in line or "Error" in line or "error" in line)[-4000:]


def _relations(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("select table_schema, table_name, table_type from information_schema.tables "
                           "order by 1, 2").fetchall()
    finally:
        con.close()


def _edit(raw: Path) -> None:
    """The corpus changes between runs: one file edited, one deleted, one added."""
    (raw / "small.txt").write_text(GDP.format(year=2024).replace("1.9 trillion", "2.05 trillion"))
    (raw / "copy of 001.txt").unlink()
    (raw / "new.txt").write_text(GDP.format(year=2022))


@pytest.mark.slow
def test_sigkill_during_load_and_dbt_then_next_run_equals_clean_run(tmp_path):
    """A warehouse built from the corpus, then the corpus changes and runs are killed (during the
    load, during dbt: the whole process group, or the parent only, leaving dbt orphaned); the next
    run gives the same warehouse as a clean run over the changed corpus."""
    raw, clean, crashed = tmp_path / "raw", tmp_path / "clean", tmp_path / "crashed"
    _corpus(raw)
    proc, lines = _start(raw, crashed)  # the state before the crashes: a complete, recorded build
    assert proc.wait(timeout=600) == 0, _drain(lines)
    _edit(raw)
    proc, lines = _start(raw, clean)
    assert proc.wait(timeout=600) == 0, _drain(lines)
    reference = digest(clean / "caravan.duckdb")
    assert reference["marts.dim_source"][0] == 4 and reference["marts.fct_observations"][0] > 0

    rng = random.Random(11)
    # (the line after which to kill, the longest random delay after it, kill the whole group or the parent only)
    validated = ("validate:",)
    dbt = ("transform: dbt build (", "transform: dbt build of", "Running dbt command")
    plan = [(validated, 0.5, True), (dbt, 10.0, True), (dbt, 3.0, True), (dbt, 6.0, False)]
    killed = 0
    for markers, spread, group in plan:
        proc, lines = _start(raw, crashed)
        if _wait_for(lines, markers):
            time.sleep(rng.uniform(0, spread))
            if proc.poll() is None:
                if group:  # the run and its dbt child, as a crash or an OOM kill takes them
                    os.killpg(proc.pid, signal.SIGKILL)
                else:  # the parent only: its dbt child may still be writing when the next run starts
                    os.kill(proc.pid, signal.SIGKILL)
                killed += 1
        proc.wait(timeout=600)
    assert killed >= 3

    proc, lines = _start(raw, crashed, wait=300)  # waits for an orphaned dbt to let go of the file
    assert proc.wait(timeout=900) == 0, _drain(lines)
    assert digest(crashed / "caravan.duckdb") == reference
    assert _relations(crashed / "caravan.duckdb") == _relations(clean / "caravan.duckdb")
    assert sorted(p.name for p in (crashed / "parquet").glob("*.parquet")) == \
        sorted(p.name for p in (clean / "parquet").glob("*.parquet"))
    for name in ("fct_observations", "dim_source", "quarantine"):
        assert pl.read_parquet(crashed / "parquet" / f"{name}.parquet").height == \
            pl.read_parquet(clean / "parquet" / f"{name}.parquet").height, name
