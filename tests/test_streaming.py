"""Frames stream between stages: LazyFrames through the IO manager, validation chunk by chunk."""

import dagster as dg
import polars as pl

from pipelines.defs.io import FrameIOManager
from pipelines.validate import split_valid_chunked
from schemas import ObservationModel
from tests.test_faults import _frame, _observation


def test_io_manager_sinks_a_lazyframe_and_hands_back_a_scan_or_a_frame(tmp_path):
    io = FrameIOManager(base_dir=str(tmp_path))
    io.setup_for_execution(dg.build_init_resource_context())
    frame = pl.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
    out = dg.build_output_context(asset_key=dg.AssetKey("thing"))
    io.handle_output(out, frame.lazy())
    assert (tmp_path / "thing.parquet").exists() and not (tmp_path / ".thing.tmp").exists()

    def load(typ):
        ctx = dg.build_input_context(asset_key=dg.AssetKey("thing"), upstream_output=out,
                                     dagster_type=dg.PythonObjectDagsterType(typ))
        return io.load_input(ctx)
    assert isinstance(load(pl.LazyFrame), pl.LazyFrame)
    assert load(pl.LazyFrame).collect().equals(frame)
    assert isinstance(load(pl.DataFrame), pl.DataFrame) and load(pl.DataFrame).equals(frame)


def test_uniqueness_holds_across_chunks(tmp_path):
    rows = [_observation(obs_id=f"o{i}") for i in range(6)]
    rows[5]["obs_id"] = rows[0]["obs_id"]  # a repeat in another chunk than the first
    frame = _frame(rows).lazy()
    valid, bad, checked = split_valid_chunked(frame, ObservationModel, "observation", "obs_id", tmp_path, chunk_rows=2)
    assert checked == 6
    assert valid.collect().height == 4
    assert bad.height == 2 and set(bad["check_name"]) == {"field_uniqueness"}
    assert all("is not unique" in r for r in bad["reason"])


def test_io_manager_writes_the_row_groups_an_output_asks_for_and_hands_a_path_input_the_file(tmp_path):
    import pyarrow.parquet as pq
    from pathlib import Path

    io = FrameIOManager(base_dir=str(tmp_path))
    io.setup_for_execution(dg.build_init_resource_context())
    out = dg.build_output_context(asset_key=dg.AssetKey("docs"), definition_metadata={"parquet_row_group_rows": 3})
    io.handle_output(out, pl.DataFrame({"a": list(range(10))}).lazy())
    assert [g.num_rows for g in _row_groups(pq.ParquetFile(tmp_path / "docs.parquet"))] == [3, 3, 3, 1]
    ctx = dg.build_input_context(asset_key=dg.AssetKey("docs"), upstream_output=out,
                                 dagster_type=dg.PythonObjectDagsterType(Path))
    assert io.load_input(ctx) == tmp_path / "docs.parquet"


def _row_groups(f):
    return [f.metadata.row_group(i) for i in range(f.metadata.num_row_groups)]


def _texts(raw, n: int, chars: int) -> None:
    raw.mkdir()
    for i in range(n):
        (raw / f"{i:02d}.txt").write_text(f"Report {i}\n\n" + "In 2024, Xinjiang's GDP grew 6 percent. " * (chars // 40),
                                          encoding="utf-8")


def test_ingest_writes_the_text_in_batches_and_agrees_with_reading_it_whole(tmp_path):
    from pipelines.incremental import read_changed
    from pipelines.ingest import read_corpus

    raw, folder = tmp_path / "raw", tmp_path / "batches"
    _texts(raw, 10, 2_000)
    (raw / "zz_copy.txt").write_bytes((raw / "03.txt").read_bytes())  # a duplicate read after its batch was written
    folder.mkdir()
    changed = read_changed(raw, folder=folder, batch_chars=5_000)
    files = sorted(folder.glob("*.parquet"))
    # about 5,000 characters a batch: three documents of ~2,000 each, never the whole folder at once
    assert [pl.read_parquet(f).height for f in files] == [3, 3, 3, 1]
    assert isinstance(changed.documents, pl.LazyFrame) and changed.n_documents == 10
    docs, _, _ = read_corpus(raw)
    assert changed.documents.collect().equals(docs)  # the copy's name is joined onto its batch-mate
    assert docs.filter(pl.col("source_file") == "03.txt")["source_names"].to_list() == [["03.txt", "zz_copy.txt"]]


def test_extraction_reads_the_documents_a_batch_at_a_time(tmp_path):
    from pipelines.batches import extract_to_parquet
    from pipelines.incremental import read_changed

    raw = tmp_path / "raw"
    _texts(raw, 6, 2_000)
    documents = read_changed(raw).documents
    out = extract_to_parquet(documents.lazy(), tmp_path / "x", workers=1, batch_chars=4_000)
    per_batch = [pl.read_parquet(f).height for f in sorted((tmp_path / "x" / "regions").glob("*.parquet"))]
    assert per_batch == [2, 2, 2]  # one region row per document, two documents a batch
    assert out["observations"].select("doc_id").unique().collect().height == 6


def test_a_row_failing_its_checks_in_a_later_chunk_is_quarantined_and_the_rest_kept(tmp_path):
    rows = [_observation(obs_id=f"o{i}") for i in range(7)]
    rows[5]["unit"] = "furlong"  # in the third chunk of two rows
    valid, bad, checked = split_valid_chunked(_frame(rows).lazy(), ObservationModel, "observation", "obs_id",
                                              tmp_path, chunk_rows=2)
    assert checked == 7
    assert sorted(valid.collect()["obs_id"]) == ["o0", "o1", "o2", "o3", "o4", "o6"]
    assert bad["payload"].str.contains('"o5"').to_list() == [True] and "unit" in bad["reason"][0]
    assert len(list(tmp_path.glob("*.parquet"))) == 4  # a file per chunk with valid rows


def test_load_reads_a_parquet_file_itself_and_a_column_it_lacks_is_null(tmp_path):
    from datetime import datetime
    from pipelines.load import COLUMNS, load_staging
    from tests.warehouse import query

    doc = {"doc_id": "d" * 64, "source_file": "a.txt", "source_names": ["a.txt"], "title": None, "doc_date": None,
           "publisher": None, "encoding": "utf-8", "n_chars": 10, "n_bytes": 10, "main_region": None,
           "ingested_at": datetime(2025, 1, 1)}
    cells = pl.DataFrame({c: [None] for c in COLUMNS["table_cells"] if c != "unit"}, schema_overrides={
        c: pl.String for c in COLUMNS["table_cells"]}).with_columns(cell_id=pl.lit("c1"), doc_id=pl.lit("d" * 64))
    cells = cells.with_columns(pl.col(c).cast(pl.Int64) for c in ("table_index", "row_index", "col_index",
                                                                  "char_start", "char_end")).with_columns(
        pl.col("value").cast(pl.Float64))
    cells.write_parquet(tmp_path / "cells.parquet")
    obs = _frame([_observation(doc_id="d" * 64)]).drop("doc_n_chars")
    obs.write_parquet(tmp_path / "obs.parquet")
    seen = pl.DataFrame({"source_file": ["a.txt"], "doc_id": ["d" * 64], "outcome": ["document"], "reason": [None]},
                        schema_overrides={"reason": pl.String})
    quarantine = pl.DataFrame(schema={c: (pl.Datetime("us") if c == "quarantined_at" else pl.String)
                                      for c in COLUMNS["quarantine"]})
    counts = load_staging(tmp_path / "w.duckdb", {"documents": pl.DataFrame([doc]), "observations": tmp_path / "obs.parquet",
                                                  "table_cells": tmp_path / "cells.parquet", "quarantine": quarantine}, seen)
    assert counts["observations"] == 1 and counts["table_cells"] == 1
    assert query(tmp_path / "w.duckdb", "select cell_id, unit from staging.table_cells") == [("c1", None)]


def test_ingest_asset_stores_documents_in_small_row_groups_and_removes_its_batch_files(tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    from pipelines.defs.ingest import ingest_raw_files
    from pipelines.defs.resources import CaravanPaths

    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(450):
        (raw / f"{i:03d}.txt").write_text(f"Report {i}\n\nIn 2024, Xinjiang's GDP grew {i % 9} percent.\n")
    monkeypatch.setenv("CARAVAN_PROGRESS", "0")
    paths = CaravanPaths(raw_dir=str(raw), out_dir=str(tmp_path / "out"))
    result = dg.materialize([ingest_raw_files], resources={
        "paths": paths, "io_manager": FrameIOManager(base_dir=str(tmp_path / "store"))})
    assert result.success
    stored = pq.ParquetFile(tmp_path / "store" / "documents.parquet")
    assert [g.num_rows for g in _row_groups(stored)] == [200, 200, 50]  # a reader decodes ~200 texts at a time
    assert not (tmp_path / "out" / "tmp").exists()


def test_values_carry_no_binary_float_noise():
    """68.4 x 10^9 in floating point is 68400000000.00001; the warehouse holds 68400000000."""
    from pipelines.batches import extract_batch
    text = "In 2024 the Alashankou port handled goods worth 68.4 billion yuan, and 37 million mu were sown."
    doc = {"doc_id": "d1", "source_file": "d1.txt", "n_chars": len(text), "text": text, "doc_date": None, "title": None}
    values = extract_batch([doc]).observations["value"].to_list()
    assert values[0] == 68_400_000_000.0 and repr(values[0]) == "68400000000.0"
