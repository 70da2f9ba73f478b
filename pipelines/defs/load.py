"""Load stage: the validated frames into DuckDB's staging schema (the dbt sources)."""


import hashlib
from datetime import datetime, timezone
from pathlib import Path

import dagster as dg

from pipelines.defs.metadata import progress
import polars as pl

from pipelines.defs.resources import DUCKDB_POOL, CaravanPaths
from pipelines.incremental import kept_doc_ids
from pipelines.load import load_staging
from pipelines.lockfile import WarehouseBusy, WriterLock

STAGING_TABLES = ["documents", "observations", "table_cells", "quarantine", "files_seen"]


@dg.multi_asset(
    specs=[dg.AssetSpec(["staging", t], group_name="load", kinds={"duckdb"},
                        deps=["valid_documents", "valid_observations", "valid_table_cells", "quarantine_rows",
                              "files_seen", "document_regions"],
                        description=f"staging.{t} in the warehouse: the rows of new, changed and removed documents "
                                    f"replaced in one transaction, the unchanged documents' rows kept.")
           for t in STAGING_TABLES],
    pool=DUCKDB_POOL,
)
def staging_tables(context: dg.AssetExecutionContext, paths: CaravanPaths, valid_documents: pl.DataFrame,
                   valid_observations: Path, valid_table_cells: Path,
                   quarantine_rows: pl.DataFrame, files_seen: pl.DataFrame, document_regions: pl.DataFrame):
    # observations and cells come as the IO manager's Parquet files: DuckDB reads them itself, a row
    # group at a time (a cell's unit, which the file lacks, is null)
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    frames = {
        "documents": valid_documents.drop("main_region", strict=False)
        .join(document_regions.select("doc_id", "main_region"), on="doc_id", how="left")
        .with_columns(pl.lit(now).alias("ingested_at")),
        "observations": valid_observations,
        "table_cells": valid_table_cells,
        "quarantine": _keyed_quarantine(quarantine_rows, now),
    }
    try:  # one writer at a time, also when started from the Dagster UI
        with WriterLock(Path(paths.out_dir), what="Dagster asset staging_tables"):
            counts = load_staging(paths.db_path, frames, files_seen, keep_doc_ids=kept_doc_ids(files_seen))
    except WarehouseBusy as exc:
        raise dg.Failure(description=str(exc), allow_retries=False) from exc
    progress(context, f"load: {counts} into {paths.db_path}")
    for t in STAGING_TABLES:
        yield dg.MaterializeResult(asset_key=["staging", t], metadata={"dagster/row_count": counts[t],
                                                                      "database": str(paths.db_path)})


def _keyed_quarantine(rows: pl.DataFrame, now: datetime) -> pl.DataFrame:
    keys = [hashlib.sha256("\x1f".join(str(v) for v in r).encode()).hexdigest()[:32]
            for r in rows.select("source_file", "stage", "row_kind", "check_name", "reason", "payload").iter_rows()]
    return rows.with_columns(pl.Series("quarantine_id", keys, pl.String), pl.lit(now).alias("quarantined_at")) \
        .unique("quarantine_id", keep="first", maintain_order=True)
