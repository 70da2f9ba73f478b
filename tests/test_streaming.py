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
