"""Small helpers so every asset says what it did: in the UI, and on the console of `caravan run`."""

import os
import sys

import dagster as dg
import polars as pl


def progress(context, message: str) -> None:
    """Log a stage's one-line progress; `caravan run` (CARAVAN_PROGRESS=1) also prints it plainly,
    since it keeps Dagster's own console log to warnings."""
    context.log.info(message)
    if os.environ.get("CARAVAN_PROGRESS") == "1":
        print(f"[caravan] {message}", file=sys.stderr, flush=True)


def md_table(frame: pl.DataFrame, limit: int = 20) -> dg.MetadataValue:
    if frame.is_empty():
        return dg.MetadataValue.md("(no rows)")
    head = frame.head(limit)
    cells = [[("" if v is None else str(v)).replace("|", "\\|").replace("\n", " ")[:80] for v in row]
             for row in head.iter_rows()]
    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(r) + " |" for r in cells]
    return dg.MetadataValue.md("\n".join(lines))


def column_schema(frame: pl.DataFrame | pl.LazyFrame) -> dg.TableSchema:
    schema = frame.collect_schema() if isinstance(frame, pl.LazyFrame) else frame.schema
    return dg.TableSchema(columns=[dg.TableColumn(name, str(dtype)) for name, dtype in schema.items()])


def frame_metadata(frame: pl.DataFrame | pl.LazyFrame, preview_cols: list[str] | None = None) -> dict:
    """Row count, columns and the first rows; of a LazyFrame (a Parquet scan) without reading it all."""
    shown = frame.select(preview_cols) if preview_cols else frame
    if isinstance(frame, pl.LazyFrame):
        rows, shown = row_count(frame), shown.head(20).collect()
    else:
        rows = frame.height
    return {"dagster/row_count": rows, "dagster/column_schema": column_schema(frame), "preview": md_table(shown)}


def row_count(frame: pl.DataFrame | pl.LazyFrame) -> int:
    """A frame's height; a Parquet scan's from the files' footers."""
    return frame.select(pl.len()).collect().item() if isinstance(frame, pl.LazyFrame) else frame.height
