"""How frames travel between stages: each Polars frame an asset returns is written as a Parquet file
(lz4) and read back by the stage that needs it. Dagster's default IO manager pickles: pickling a
frame of ~700k observations builds several copies of it in memory for a moment (the peak of a
10k-document run); Parquet is written from the frame's own buffers and read back at about the
frame's size (an uncompressed Arrow IPC file of the same frame read back at twice that, measured
at 10k documents). Anything that is not a frame is pickled as before. Files live where
Dagster's default IO manager keeps its own (the instance's storage directory), one per asset key,
so a stage materialized on its own in the UI reads its inputs from the last run that made them.

A stage may also return a `pl.LazyFrame` (usually a scan of Parquet files it wrote batch by batch):
it is sunk into the file with Polars' streaming engine, so no stage needs every row in memory at
once; an input annotated `pl.LazyFrame` is handed over as a scan of the file (one annotated
`pl.DataFrame` is read whole, as before), and one annotated `Path` gets the Parquet file itself, for
a reader of its own (DuckDB). The same idea as dagster-polars' PolarsParquetIOManager,
without the extra dependency.

Parquet files are written in row groups of ROW_GROUP_ROWS rows, or of an output's
`parquet_row_group_rows` definition metadata: a reader (a slice, DuckDB) decodes a whole row group
at a time, and the streaming sink holds one in memory, so a frame of wide rows (documents with
their text, ~10 KB each) asks for small ones.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import dagster as dg
import polars as pl
from pydantic import PrivateAttr


ROW_GROUP_ROWS = 50_000  # ~25 MB of observations


class FrameIOManager(dg.ConfigurableIOManager):
    base_dir: str | None = None  # default: the Dagster instance's storage directory
    _base: Path | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        if self.base_dir:
            self._base = Path(self.base_dir)
        elif context.instance is not None:
            self._base = Path(context.instance.storage_directory())

    def _path(self, context: dg.OutputContext | dg.InputContext) -> Path:
        base = self._base or Path(os.environ.get("DAGSTER_HOME", ".")) / "storage"
        if context.has_asset_key:
            return base.joinpath(*context.asset_key.path)
        return base.joinpath(*context.get_identifier())

    @staticmethod
    def _as(path: Path, suffix: str) -> Path:
        return path.with_name(path.name + suffix)

    def handle_output(self, context: dg.OutputContext, obj) -> None:
        path = self._path(context)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        rows = (context.definition_metadata or {}).get("parquet_row_group_rows", ROW_GROUP_ROWS)
        if isinstance(obj, pl.LazyFrame) and pl.Null not in obj.collect_schema().dtypes():
            # batch by batch: flat memory
            obj.sink_parquet(tmp, compression="lz4", row_group_size=rows, engine="streaming")
            tmp.replace(self._as(path, ".parquet"))
            self._as(path, ".pickle").unlink(missing_ok=True)
            return
        if isinstance(obj, pl.LazyFrame):  # a scan may read files its stage removes: pickle the rows
            obj = obj.collect()
        if isinstance(obj, pl.DataFrame) and pl.Null not in obj.schema.dtypes():  # Parquet has no Null type
            obj.write_parquet(tmp, compression="lz4", row_group_size=rows)
            tmp.replace(self._as(path, ".parquet"))
            self._as(path, ".pickle").unlink(missing_ok=True)
        else:
            with open(tmp, "wb") as fh:
                pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(self._as(path, ".pickle"))
            self._as(path, ".parquet").unlink(missing_ok=True)

    def load_input(self, context: dg.InputContext):
        path = self._path(context.upstream_output) if context.upstream_output else self._path(context)
        lazy = context.dagster_type.typing_type is pl.LazyFrame
        if context.dagster_type.typing_type is Path:
            if not self._as(path, ".parquet").exists():
                raise FileNotFoundError(f"{self._as(path, '.parquet')}: the upstream output was not stored as Parquet")
            return self._as(path, ".parquet")
        if self._as(path, ".parquet").exists():
            return (pl.scan_parquet if lazy else pl.read_parquet)(self._as(path, ".parquet"))
        with open(self._as(path, ".pickle"), "rb") as fh:
            obj = pickle.load(fh)
        return obj.lazy() if lazy and isinstance(obj, pl.DataFrame) else obj
