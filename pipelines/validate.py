"""Stage 3, validate: run the Pandera models; valid rows go on, failing rows go to quarantine
with the name and text of the check they failed. Nothing is dropped."""

from __future__ import annotations

import json

import pandera.polars as pa
import polars as pl

QUARANTINE_SCHEMA = {
    "doc_id": pl.String,
    "source_file": pl.String,
    "stage": pl.String,
    "row_kind": pl.String,
    "check_name": pl.String,
    "reason": pl.String,
    "payload": pl.String,
}


def split_valid(frame: pl.DataFrame, model: type[pa.DataFrameModel], row_kind: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(valid rows, quarantine rows). A row failing several checks is quarantined once, with all of them."""
    if frame.is_empty():
        return frame, empty_quarantine()
    try:
        model.validate(frame, lazy=True)
        return frame, empty_quarantine()
    except pa.errors.SchemaErrors as exc:
        failures = exc.failure_cases
    row_level = failures.filter(pl.col("index").is_not_null())
    table_level = failures.filter(pl.col("index").is_null())
    if not table_level.is_empty():  # a missing column or wrong type: the whole frame is unusable
        reason = "; ".join(f"{r['column']}: {r['check']} ({r['failure_case']})" for r in table_level.iter_rows(named=True))
        return frame.clear(), _quarantine_rows(frame, "schema", reason, row_kind)
    reasons = (row_level.group_by("index")
               .agg(pl.col("check").unique().sort().str.join(", ").alias("check_name"),
                    (pl.col("column") + ": " + pl.col("check")).unique().sort().str.join("; ").alias("reason"))
               .rename({"index": "_row"}))
    indexed = frame.with_row_index("_row").with_columns(pl.col("_row").cast(pl.Int32))
    bad = indexed.join(reasons, on="_row", how="inner")
    good = indexed.join(reasons, on="_row", how="anti").drop("_row")
    return good, _to_quarantine(bad, row_kind)


def _to_quarantine(bad: pl.DataFrame, row_kind: str) -> pl.DataFrame:
    payload_cols = [c for c in bad.columns if c not in ("_row", "check_name", "reason", "text", "doc_n_chars")]
    payloads = [json.dumps(r, default=str, ensure_ascii=False) for r in bad.select(payload_cols).iter_rows(named=True)]
    return pl.DataFrame({
        "doc_id": bad["doc_id"] if "doc_id" in bad.columns else [None] * bad.height,
        "source_file": bad["source_file"],
        "stage": ["validate"] * bad.height,
        "row_kind": [row_kind] * bad.height,
        "check_name": bad["check_name"],
        "reason": bad["reason"],
        "payload": payloads,
    }, schema=QUARANTINE_SCHEMA)


def _quarantine_rows(frame: pl.DataFrame, check: str, reason: str, row_kind: str) -> pl.DataFrame:
    return pl.DataFrame({
        "doc_id": frame["doc_id"] if "doc_id" in frame.columns else [None] * frame.height,
        "source_file": frame["source_file"],
        "stage": ["validate"] * frame.height,
        "row_kind": [row_kind] * frame.height,
        "check_name": [check] * frame.height,
        "reason": [reason] * frame.height,
        "payload": ["{}"] * frame.height,
    }, schema=QUARANTINE_SCHEMA)


def empty_quarantine() -> pl.DataFrame:
    return pl.DataFrame(schema=QUARANTINE_SCHEMA)


def quarantine_frame(rows: list[dict]) -> pl.DataFrame:
    """Quarantine rows built by earlier stages (files that could not be read, ragged table rows)."""
    return pl.DataFrame([{k: r.get(k) for k in QUARANTINE_SCHEMA} for r in rows], schema=QUARANTINE_SCHEMA)
