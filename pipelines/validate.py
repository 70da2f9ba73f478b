"""Stage 3, validate: run the Pandera models; valid rows go on, failing rows go to quarantine
with the name and text of the check they failed. Nothing is dropped."""

from __future__ import annotations

import json
from pathlib import Path

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


CHUNK_ROWS = 100_000  # observations per chunk: ~40 MB, and Pandera's working copies of it


def split_valid_chunked(frame: pl.LazyFrame, model: type[pa.DataFrameModel], row_kind: str, key: str, folder: Path,
                        chunk_rows: int = CHUNK_ROWS, drop: tuple[str, ...] = ()) -> tuple[pl.LazyFrame, pl.DataFrame, int]:
    """`split_valid` a chunk at a time, so memory does not grow with the frame: (a scan of the valid
    rows, written to Parquet under `folder` with the `drop` columns left out; the quarantine rows;
    the number of rows checked). Pandera sees one chunk, so the model's `unique=True` key is
    checked here over the whole frame first: every row whose key repeats is quarantined (once, as
    `field_uniqueness`, as Pandera would) and never reaches the chunks."""
    folder.mkdir(parents=True, exist_ok=True)
    total = frame.select(pl.len()).collect().item()
    repeated = (frame.group_by(key).len().filter((pl.col("len") > 1) & pl.col(key).is_not_null())
                .select(key).collect(engine="streaming")[key].implode())  # only the key column is read
    bad, written = [], []
    for n, start in enumerate(range(0, total, chunk_rows)):
        chunk = frame.slice(start, chunk_rows).collect()
        dup = chunk.filter(pl.col(key).is_in(repeated))
        if dup.height:
            bad.append(_to_quarantine(dup.with_columns(
                pl.lit("field_uniqueness").alias("check_name"),
                (pl.lit(f"{key} = ") + pl.col(key).str.slice(0, 80) + pl.lit(": is not unique")).alias("reason")),
                row_kind))
            chunk = chunk.filter(~pl.col(key).is_in(repeated))
        good, quarantined = split_valid(chunk, model, row_kind)
        bad.append(quarantined)
        if good.height:
            written.append(folder / f"{n:06d}.parquet")
            good.drop(drop, strict=False).write_parquet(written[-1], compression="lz4")
    if not written:  # no valid rows: an empty file, so that the scan has the frame's columns
        written.append(folder / "empty.parquet")
        frame.drop(drop, strict=False).head(0).collect().write_parquet(written[-1])
    return pl.scan_parquet(written), pl.concat([empty_quarantine(), *bad], how="vertical_relaxed"), total


def split_valid(frame: pl.DataFrame, model: type[pa.DataFrameModel], row_kind: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(valid rows, quarantine rows). A row failing several checks is quarantined once, with all of them.
    A number written as text that does not parse is quarantined (check `value_does_not_parse`), not
    the whole frame; validation itself failing quarantines the frame with the reason. Never raises."""
    if frame.is_empty():
        return frame, empty_quarantine()
    frame, unparsed = _parse_numbers(frame, model, row_kind)
    try:
        model.validate(frame, lazy=True)
        return frame, unparsed
    except pa.errors.SchemaErrors as exc:
        failures = exc.failure_cases
    except Exception as exc:  # noqa: BLE001 - a check that cannot run must not stop the run
        reason = f"validation could not run: {type(exc).__name__}: {exc}"[:500]
        return frame.clear(), pl.concat([unparsed, _quarantine_rows(frame, "schema", reason, row_kind)])
    row_level = failures.filter(pl.col("index").is_not_null())
    table_level = failures.filter(pl.col("index").is_null())
    if not table_level.is_empty():  # a missing column or wrong type: the whole frame is unusable
        reason = "; ".join(f"{r['column']}: {r['check']} ({str(r['failure_case'])[:120]})"
                           for r in table_level.iter_rows(named=True))[:1000]
        return frame.clear(), pl.concat([unparsed, _quarantine_rows(frame, "schema", reason, row_kind)])
    row_level = row_level.with_columns(pl.struct("schema_context", "column", "check", "failure_case")
                                       .map_elements(_plain_reason, return_dtype=pl.String).alias("_said"))
    reasons = (row_level.group_by("index")
               .agg(pl.col("check").unique().sort().str.join(", ").alias("check_name"),
                    pl.col("_said").unique().sort().str.join("; ").alias("reason"))
               .rename({"index": "_row"}))
    indexed = frame.with_row_index("_row").with_columns(pl.col("_row").cast(pl.Int32))
    bad = indexed.join(reasons, on="_row", how="inner")
    good = indexed.join(reasons, on="_row", how="anti").drop("_row")
    return good, pl.concat([unparsed, _to_quarantine(bad, row_kind)])


_BUILTIN = {  # pandera's names for its built-in checks, in words
    "not_nullable": "is missing",
    "isin": "is not one of the allowed values",
    "str_matches": "does not have the expected form",
    "str_length": "is empty",
    "greater_than_or_equal_to": "is below the minimum",
    "greater_than": "is not above the minimum",
    "less_than_or_equal_to": "is above the maximum",
    "in_range": "is out of range",
    "field_uniqueness": "is not unique",
    "unique": "is not unique",
}


def _plain_reason(r: dict) -> str:
    """One failed check as a phrase: `value = nan: the value does not parse as a finite number`,
    `unit = 'furlong': is not one of the allowed values`, or a row check's own message."""
    if r["schema_context"] != "Column":
        return r["check"]
    words = next((w for name, w in _BUILTIN.items() if r["check"].startswith(name)), r["check"])
    return f"{r['column']} = {str(r['failure_case'])[:80]}: {words}"


def _parse_numbers(frame: pl.DataFrame, model: type[pa.DataFrameModel], row_kind: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Numeric columns that arrive as text are parsed here; rows whose text is not a number are
    quarantined with the text they held, and the rest go on as numbers."""
    try:
        columns = model.to_schema().columns
    except Exception:  # noqa: BLE001
        return frame, empty_quarantine()
    bad = pl.lit(False)
    notes = []
    casts = {}
    for name, col in columns.items():
        target = getattr(col.dtype, "type", None)
        if name not in frame.columns or frame[name].dtype != pl.String or target is None or not target.is_numeric():
            continue
        cleaned = pl.col(name).str.strip_chars().str.replace_all(r"(\d),(\d{3})", "${1}${2}")
        parsed = cleaned.cast(target, strict=False)
        failed = pl.col(name).is_not_null() & (pl.col(name).str.strip_chars() != "") & parsed.is_null()
        bad = bad | failed
        notes.append(pl.when(failed).then(pl.lit(f"{name} = ") + pl.col(name).str.slice(0, 80)
                                          + pl.lit(": does not parse as a number")))
        casts[name] = parsed
    if not casts:
        return frame, empty_quarantine()
    marked = frame.with_columns(bad.alias("_bad"), pl.concat_str(notes, separator="; ", ignore_nulls=True).alias("reason"))
    failed_rows = marked.filter(pl.col("_bad")).drop("_bad").with_columns(
        pl.lit("value_does_not_parse").alias("check_name"))
    good = marked.filter(~pl.col("_bad")).drop("_bad", "reason").with_columns(**casts)
    return good, _to_quarantine(failed_rows, row_kind)


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
