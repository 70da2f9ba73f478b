"""Stage 4, load: write the validated frames into DuckDB's `staging` schema.

Idempotent and transactional: in one transaction, every document's rows are replaced (keyed
by its content hash) and the rows of documents no longer in the raw folder are removed, so a
re-run gives the same tables and a crash leaves the previous state. Values travel as bound
frames and parameters, never pasted into SQL text.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

DDL = """
create schema if not exists staging;
create table if not exists staging.documents (
    doc_id varchar primary key, source_file varchar not null, source_names varchar[], title varchar,
    doc_date date, publisher varchar, encoding varchar, n_chars integer, n_bytes bigint,
    main_region varchar, ingested_at timestamp);
create table if not exists staging.observations (
    obs_id varchar primary key, doc_id varchar not null, source_file varchar, indicator_code varchar,
    indicator_label varchar, domain varchar, region varchar, partner varchar, period varchar,
    measure varchar, value double, unit varchar, value_as_written varchar, qualifier varchar,
    evidence varchar, char_start integer, char_end integer, method varchar, table_id varchar);
create table if not exists staging.table_cells (
    cell_id varchar primary key, table_id varchar, doc_id varchar not null, source_file varchar,
    table_index integer, caption varchar, row_index integer, col_index integer, row_label varchar,
    col_label varchar, raw_text varchar, value double, unit varchar, char_start integer, char_end integer);
create table if not exists staging.quarantine (
    quarantine_id varchar primary key, doc_id varchar, source_file varchar, stage varchar,
    row_kind varchar, check_name varchar, reason varchar, payload varchar, quarantined_at timestamp);
create table if not exists staging.files_seen (
    source_file varchar primary key, doc_id varchar, outcome varchar, reason varchar);
"""

COLUMNS = {
    "documents": ["doc_id", "source_file", "source_names", "title", "doc_date", "publisher", "encoding",
                  "n_chars", "n_bytes", "main_region", "ingested_at"],
    "observations": ["obs_id", "doc_id", "source_file", "indicator_code", "indicator_label", "domain", "region",
                     "partner", "period", "measure", "value", "unit", "value_as_written", "qualifier", "evidence",
                     "char_start", "char_end", "method", "table_id"],
    "table_cells": ["cell_id", "table_id", "doc_id", "source_file", "table_index", "caption", "row_index",
                    "col_index", "row_label", "col_label", "raw_text", "value", "unit", "char_start", "char_end"],
    "quarantine": ["quarantine_id", "doc_id", "source_file", "stage", "row_kind", "check_name", "reason",
                   "payload", "quarantined_at"],
}


def connect(db_path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    db_path = Path(db_path)
    if not read_only:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(db_path), read_only=read_only)


def load_staging(db_path: Path, frames: dict[str, pl.DataFrame], files_seen: pl.DataFrame) -> dict[str, int]:
    """Replace the staging rows of every document in `frames['documents']` and drop the rest.
    Returns each staging table's row count after the load."""
    con = connect(db_path)
    try:
        con.execute(DDL)
        con.execute("begin transaction")
        try:
            keep = frames["documents"].select("doc_id")
            con.register("incoming_docs", keep.to_arrow())
            for table in ("observations", "table_cells", "documents"):
                con.execute(f"delete from staging.{table} where doc_id in (select doc_id from incoming_docs) "
                            f"or doc_id not in (select doc_id from incoming_docs)")
            con.execute("delete from staging.quarantine")  # rebuilt whole: its rows key on files, not content
            con.execute("delete from staging.files_seen")
            for table, cols in COLUMNS.items():
                frame = frames[table].select(cols)
                con.register("incoming", frame.to_arrow())
                con.execute(f"insert into staging.{table} ({', '.join(cols)}) select {', '.join(cols)} from incoming")
                con.unregister("incoming")
            con.register("incoming", files_seen.to_arrow())
            con.execute("insert into staging.files_seen select source_file, doc_id, outcome, reason from incoming")
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        return {t: con.execute(f"select count(*) from staging.{t}").fetchone()[0]
                for t in (*COLUMNS, "files_seen")}
    finally:
        con.close()
