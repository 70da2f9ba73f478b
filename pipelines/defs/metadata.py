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


def column_schema(frame: pl.DataFrame) -> dg.TableSchema:
    return dg.TableSchema(columns=[dg.TableColumn(name, str(dtype)) for name, dtype in frame.schema.items()])


def frame_metadata(frame: pl.DataFrame, preview_cols: list[str] | None = None) -> dict:
    shown = frame.select(preview_cols) if preview_cols else frame
    return {"dagster/row_count": frame.height, "dagster/column_schema": column_schema(frame),
            "preview": md_table(shown)}
