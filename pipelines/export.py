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
    """Write each model to parquet_dir/<model>.parquet; return the manifest rows."""
    parquet_dir = Path(parquet_dir)
    parquet_dir.mkdir(parents=True, exist_ok=True)
    manifest = []
    con = connect(db_path, read_only=True)
    try:
        for schema, model in EXPORTED_MODELS:
            frame = con.sql(f'select * from "{schema}"."{model}"').pl()
            tmp = parquet_dir / f".{model}.parquet.tmp"
            frame.write_parquet(tmp)
            tmp.replace(parquet_dir / f"{model}.parquet")  # readers never see a half-written file
            manifest.append({"model": model, "schema": schema, "rows": frame.height, "columns": frame.columns})
    finally:
        con.close()
    generated = datetime.now(timezone.utc).isoformat(timespec="seconds")
    (parquet_dir / "manifest.json").write_text(
        json.dumps({"generated_at": generated, "models": manifest}, indent=2), encoding="utf-8")
    return manifest
