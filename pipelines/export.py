"""Stage 6, export: every mart and dim as Parquet for BI tools, plus a manifest."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from pipelines.load import connect

EXPORTED_MODELS = [
    ("marts", "fct_observations"), ("marts", "dim_indicator"), ("marts", "dim_region"), ("marts", "dim_source"),
    ("marts", "dim_table"), ("marts", "fct_table_cells"), ("marts", "quarantine"),
    ("marts", "economy_indicators"), ("marts", "trade_indicators"), ("marts", "logistics_indicators"),
    ("marts", "social_indicators"), ("review", "review_unmapped_labels"),
]


def export_parquet(db_path: Path, parquet_dir: Path) -> list[dict]:
    """Write each model to parquet_dir/<model>.parquet; return the manifest rows.

    DuckDB writes the files itself (streaming, no frame in memory). A file the last export wrote
    from the same dbt build (meta.dbt_builds) and that is still whole (its recorded size) is kept:
    a run where nothing changed rewrites nothing, and a set a killed export left behind (files of a
    newer build, a missing file, a temporary file) is repaired."""
    parquet_dir = Path(parquet_dir)
    parquet_dir.mkdir(parents=True, exist_ok=True)
    for leftover in parquet_dir.glob(".*.parquet.tmp"):  # a killed export's half-written file
        leftover.unlink(missing_ok=True)
    previous = _previous_manifest(parquet_dir)
    manifest = []
    con = connect(db_path, read_only=True)
    try:
        build = _dbt_build(con)
        for schema, model in EXPORTED_MODELS:
            path = parquet_dir / f"{model}.parquet"
            old = previous.get(model)
            if (build is not None and old and previous.get("__build__") == build and path.exists()
                    and path.stat().st_size == old.get("bytes")):
                manifest.append(old)
                continue
            relation = con.sql(f'select * from "{schema}"."{model}"')
            tmp = parquet_dir / f".{model}.parquet.tmp"
            relation.write_parquet(str(tmp), compression="zstd")
            tmp.replace(path)  # readers never see a half-written file
            rows = con.sql(f'select count(*) from "{schema}"."{model}"').fetchone()[0]
            manifest.append({"model": model, "schema": schema, "rows": rows, "columns": relation.columns,
                             "bytes": path.stat().st_size})
    finally:
        con.close()
    generated = datetime.now(timezone.utc).isoformat(timespec="seconds")
    (parquet_dir / "manifest.json").write_text(
        json.dumps({"generated_at": generated, "dbt_build": build, "models": manifest}, indent=2), encoding="utf-8")
    return manifest


def _dbt_build(con) -> str | None:
    """When the marts were last built (meta.dbt_builds, kept by the transform step), or None."""
    if not con.execute("select count(*) from information_schema.tables "
                       "where table_schema = 'meta' and table_name = 'dbt_builds'").fetchone()[0]:
        return None
    built = con.execute("select max(built_at) from meta.dbt_builds").fetchone()[0]
    return built.isoformat() if built else None


def _previous_manifest(parquet_dir: Path) -> dict:
    try:
        data = json.loads((parquet_dir / "manifest.json").read_text(encoding="utf-8"))
        return {"__build__": data.get("dbt_build"), **{m["model"]: m for m in data["models"]}}
    except (OSError, ValueError, KeyError, TypeError):
        return {}
