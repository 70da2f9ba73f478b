"""Export stage: marts and dims as Parquet files for BI tools, with a manifest."""


from pathlib import Path

import dagster as dg
import polars as pl

from pipelines.defs.metadata import md_table, progress
from pipelines.defs.resources import DUCKDB_POOL, CaravanPaths
from pipelines.export import EXPORTED_MODELS, export_parquet
from pipelines.lockfile import WarehouseBusy, WriterLock


@dg.asset(
    deps=[dg.AssetKey([schema, model]) for schema, model in EXPORTED_MODELS],
    group_name="export",
    kinds={"parquet"},
    pool=DUCKDB_POOL,
    description="warehouse/parquet/<model>.parquet for every mart and dim, plus manifest.json.",
)
def parquet_exports(context: dg.AssetExecutionContext, paths: CaravanPaths) -> dg.MaterializeResult:
    try:  # the Parquet files are replaced as one writer's output, never while another run writes
        with WriterLock(Path(paths.out_dir), what="Dagster asset parquet_exports"):
            manifest = export_parquet(paths.db_path, paths.parquet_dir)
    except WarehouseBusy as exc:
        raise dg.Failure(description=str(exc), allow_retries=False) from exc
    progress(context, f"export: {len(manifest)} Parquet files in {paths.parquet_dir}")
    table = pl.DataFrame([{"model": m["model"], "rows": m["rows"], "columns": len(m["columns"])} for m in manifest])
    return dg.MaterializeResult(metadata={"path": str(paths.parquet_dir), "files": md_table(table, 50),
                                          "dagster/row_count": int(table["rows"].sum())})
