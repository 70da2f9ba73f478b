"""Stage 4, load: write the validated frames into DuckDB's `staging` schema.

Idempotent and transactional: one transaction replaces every staging table with the rows of this
run (documents keyed by their content hash, so an unchanged file gets the same rows back, an edited
file's rows are replaced, a deleted file's rows go), and a crash or a kill at any point leaves the
previous state. `ingested_at` / `quarantined_at` keep the time a row first entered the warehouse,
so a re-run over the same files changes nothing at all. Values travel as bound frames and
parameters, never pasted into SQL text; table names come from the fixed list below.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa

from pipelines.lockfile import WarehouseBusy, lock_wait_seconds

TABLES = {
    "documents": """(
    doc_id varchar primary key, source_file varchar not null, source_names varchar[], title varchar,
    doc_date date, publisher varchar, encoding varchar, n_chars integer, n_bytes bigint,
    main_region varchar, ingested_at timestamp, loaded_at timestamp)""",
    "observations": """(
    obs_id varchar primary key, doc_id varchar not null, source_file varchar, indicator_code varchar,
    indicator_label varchar, domain varchar, region varchar, partner varchar, period varchar,
    measure varchar, value double, unit varchar, value_as_written varchar, qualifier varchar,
    evidence varchar, char_start integer, char_end integer, method varchar, table_id varchar)""",
    "table_cells": """(
    cell_id varchar primary key, table_id varchar, doc_id varchar not null, source_file varchar,
    table_index integer, caption varchar, row_index integer, col_index integer, row_label varchar,
    col_label varchar, raw_text varchar, value double, unit varchar, char_start integer, char_end integer)""",
    "quarantine": """(
    quarantine_id varchar primary key, doc_id varchar, source_file varchar, stage varchar,
    row_kind varchar, check_name varchar, reason varchar, payload varchar, quarantined_at timestamp)""",
    "files_seen": """(
    source_file varchar primary key, doc_id varchar, outcome varchar, reason varchar, mtime_ns bigint,
    size_bytes bigint, extractor_version varchar, extracted_at timestamp)""",
}
DDL = "create schema if not exists staging;\n" + "\n".join(
    f"create table if not exists staging.{t} {cols};" for t, cols in TABLES.items())
# a warehouse from before loaded_at: its documents count as built (the new dbt project builds in full)
DDL += "\nalter table staging.documents add column if not exists loaded_at timestamp;"

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
    "files_seen": ["source_file", "doc_id", "outcome", "reason", "mtime_ns", "size_bytes", "extractor_version",
                   "extracted_at"],
}
# what the next run compares a file with (pipelines/incremental.py); null when a caller has none
FILES_SEEN_STATE = {"mtime_ns": pl.Int64, "size_bytes": pl.Int64, "extractor_version": pl.String,
                    "extracted_at": pl.Datetime("us")}
# tables whose rows belong to a document: an incremental load keeps the rows of unchanged documents
DOC_TABLES = ("documents", "observations", "table_cells", "quarantine")
# the column that keeps the first time a row was written, and the key it follows
KEEP_FIRST_SEEN = {"documents": ("doc_id", "ingested_at"), "quarantine": ("quarantine_id", "quarantined_at")}
# when the load last (re)wrote a document's rows: the incremental marts rebuild the documents loaded
# after the last dbt build (dbt_project/macros/incremental_documents.sql). Not in COLUMNS: the frames
# lack it, and a document re-extracted to the same rows is no change for transform_plan's fingerprints
LOADED_AT = {"documents": "loaded_at"}

_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")


def connect(db_path: Path, read_only: bool = False, wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse. When another process holds DuckDB's file lock, wait up to `wait` seconds
    (default CARAVAN_LOCK_WAIT) for it to let go, then raise WarehouseBusy with one sentence that
    names the process and the way out."""
    db_path = Path(db_path)
    if not read_only:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + (lock_wait_seconds() if wait is None else wait)
    while True:
        try:
            # one thread: Caravan's statements stream Parquet in and out, and DuckDB's Parquet writer
            # fills a row group per thread; at 10k documents a second thread held ~200 MB more in the
            # export and made neither it nor the load faster
            return duckdb.connect(str(db_path), read_only=read_only,
                                  config={"memory_limit": memory_limit(), "threads": 1})
        except duckdb.IOException as exc:
            if "Could not set lock" not in str(exc):
                raise
            if time.monotonic() >= deadline:
                raise WarehouseBusy(busy_message(db_path, str(exc))) from None
            time.sleep(0.25)


def memory_limit() -> str:
    """DuckDB's memory cap for Caravan's own connections (CARAVAN_DUCKDB_MEMORY, default 192MB).
    DuckDB's default (80% of RAM) lets its cache grow with the warehouse: the export of a 10k-document
    corpus held ~900 MB. Measured at 10k (peak of the process, seconds): the load 460 MB with 384MB,
    380 MB with 192MB, in ~5 s either way; the export 385 MB / 2.5 s and 330 MB / 2.5 s (128MB: 6.5 s).
    What does not fit is spilled to disk."""
    return os.environ.get("CARAVAN_DUCKDB_MEMORY", "192MB")


def busy_message(db_path: Path, duckdb_error: str) -> str:
    """DuckDB's 'Could not set lock on file' error, as one sentence a person can act on."""
    m = _LOCK_HOLDER.search(duckdb_error)
    holder = f"{os.path.basename(m['program'])} (PID {m['pid']})" if m else "another process"
    stop = f" (`kill {m['pid']}` stops it)" if m else ""
    return (f"the warehouse {db_path} is held open by {holder}: close that connection (a DuckDB shell, notebook "
            f"or BI tool) or let that process finish{stop}, then run again; readers should use the Parquet "
            f"files in {db_path.parent / 'parquet'}, not the database file")


Source = pl.DataFrame | pl.LazyFrame | Path  # a table's rows: a frame, or a Parquet file of them


def load_staging(db_path: Path, frames: dict[str, Source], files_seen: pl.DataFrame,
                 keep_doc_ids: list[str] | set[str] | None = None) -> dict[str, int]:
    """Replace the staging tables with this run's rows, in one transaction.
    With `keep_doc_ids` (an incremental run: documents unchanged since the last run), the rows of
    those documents stay as they are; every other document's rows are replaced by this run's, or
    deleted when this run has none (its file is gone); files_seen is replaced whole.
    A table's rows may be a Parquet file (the IO manager's): DuckDB reads it itself, a row group at a
    time within its memory limit, and a column the file lacks is null. A LazyFrame is inserted a
    chunk at a time. Either way memory does not grow with the corpus (a stream of Arrow batches
    from Polars held ~250 MB more than DuckDB's own Parquet reader, at 10k documents).
    Returns each staging table's row count after the load."""
    keep = set(keep_doc_ids or ()) - set(_column(frames["documents"], "doc_id"))
    loaded_at = datetime.now(UTC).replace(tzinfo=None)
    frames = reconcile(frames, files_seen, keep)
    con = connect(db_path)
    try:
        con.execute("begin transaction")
        try:
            con.execute(DDL)
            if keep:
                _register_kept(con, keep)
            for table, cols in COLUMNS.items():
                stamp = None
                if table in KEEP_FIRST_SEEN:  # the time a row first entered the warehouse survives re-runs
                    key, stamp = KEEP_FIRST_SEEN[table]
                    con.execute(f"create or replace temp table first_seen as select {key}, {stamp} from staging.{table}")
                source = frames[table]
                if isinstance(source, Path):
                    incoming = con.read_parquet(str(source))
                    cols = [c for c in cols if c in incoming.columns]
                    incoming = incoming.select(*cols)
                else:
                    incoming = source.select(cols)
                if table == "quarantine":  # small; the filter below wants it in memory
                    incoming = incoming.lazy().collect()
                if keep and table in DOC_TABLES:  # the unchanged documents' rows stay; the others go
                    con.execute(f"delete from staging.{table} where doc_id is null or doc_id not in (select doc_id from kept)")
                    if table == "quarantine":  # a kept document's row may say the same
                        held = con.execute("select quarantine_id from staging.quarantine").pl()["quarantine_id"]
                        incoming = incoming.filter(~pl.col("quarantine_id").is_in(held.implode()))
                else:  # a fresh table rather than deleting every row: the same result, without index churn
                    con.execute(f"drop table staging.{table}")
                    con.execute(f"create table staging.{table} {TABLES[table]}")
                select = ", ".join(f"coalesce(first_seen.{c}, incoming.{c})" if c == stamp else f"incoming.{c}"
                                   for c in cols)
                into = ", ".join(cols)
                if table in LOADED_AT:
                    into, select = f"{into}, {LOADED_AT[table]}", f"{select}, ?"
                # one statement over the whole stream: DuckDB then writes full row groups to disk as
                # they fill; a statement per chunk kept every row in the transaction's memory (+1 GB at 10k)
                con.register("incoming", incoming if isinstance(source, Path) else _arrow(incoming))
                params = [loaded_at] if table in LOADED_AT else []
                if stamp:
                    con.execute(f"insert into staging.{table} ({into}) select {select} from incoming "
                                f"left join first_seen using ({key})", params)
                else:
                    con.execute(f"insert into staging.{table} ({into}) select {select} from incoming", params)
                con.unregister("incoming")
                if stamp:
                    con.execute("drop table first_seen")
            if keep:  # a kept document may have gained or lost a duplicate name
                con.execute("""update staging.documents as d set source_names = n.names
                               from (select doc_id, list(source_file order by source_file) as names
                                     from staging.files_seen where outcome in ('document', 'duplicate')
                                     group by doc_id) as n
                               where d.doc_id = n.doc_id and d.source_names is distinct from n.names""")
                con.unregister("kept")
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
        return {t: con.execute(f"select count(*) from staging.{t}").fetchone()[0] for t in COLUMNS}
    finally:
        con.close()


LOAD_CHUNK_ROWS = 100_000


def _arrow(frame: pl.DataFrame | pl.LazyFrame) -> pa.Table | pa.RecordBatchReader:
    """A DataFrame as an Arrow table; a LazyFrame (a Parquet scan) as a stream of Arrow batches of
    LOAD_CHUNK_ROWS rows, read as DuckDB consumes them, so the load never holds every observation."""
    if isinstance(frame, pl.DataFrame):
        return frame.to_arrow()
    schema = frame.head(0).collect().to_arrow().schema
    rows = frame.select(pl.len()).collect().item()

    def batches():  # slices, not collect_batches: its read-ahead held ~2x the memory (measured at 10k documents)
        for start in range(0, rows, LOAD_CHUNK_ROWS):
            yield from frame.slice(start, LOAD_CHUNK_ROWS).collect().to_arrow().cast(schema).to_batches()
    return pa.RecordBatchReader.from_batches(schema, batches())


def _lazy(source: Source) -> pl.LazyFrame:
    return pl.scan_parquet(source) if isinstance(source, Path) else source.lazy()


def _column(frame: Source, name: str) -> list:
    """One column's values (of a LazyFrame or a file only that column is read)."""
    return _lazy(frame).select(name).collect()[name].to_list()


def _register_kept(con: duckdb.DuckDBPyConnection, keep: set[str]) -> None:
    """The kept documents, as table `kept`; each must be in staging (else the run read a state
    another writer has changed since, and keeping would lose rows: stop, and let the next run redo it)."""
    con.register("kept", pa.table({"doc_id": pa.array(sorted(keep), pa.string())}))
    missing = con.execute("select count(*) from kept where doc_id not in (select doc_id from staging.documents)").fetchone()[0]
    if missing:
        raise RuntimeError(f"{missing} documents this run meant to keep are no longer in staging.documents (another "
                           f"run changed the warehouse meanwhile): run again, or run with --full")


# ---- nothing lost, nothing doubled -----------------------------------------------------------

def reconcile(frames: dict[str, Source], files_seen: pl.DataFrame, keep: set[str] | None = None
              ) -> dict[str, Source]:
    """Make the frames agree before they are written: a file read as a document whose document did
    not pass validation is recorded as quarantined (with a quarantine row for every name it had), and
    observations or cells of a document that is not loaded are quarantined rather than left dangling.
    Documents in `keep` are loaded already (an incremental run keeps their rows).
    Returns the frames with `files_seen` added (with every column of staging.files_seen)."""
    loaded = set(_column(frames["documents"], "doc_id")) | set(keep or ())
    files_seen = files_seen.with_columns(pl.lit(None, dtype).alias(c) for c, dtype in FILES_SEEN_STATE.items()
                                         if c not in files_seen.columns)
    quarantine = frames["quarantine"].lazy().collect()  # small: the rows held back
    extra: list[dict] = []
    stamp = datetime.now(UTC).replace(tzinfo=None)

    lost = files_seen.filter(pl.col("outcome").is_in(["document", "duplicate"]) & ~pl.col("doc_id").is_in(list(loaded)))
    if lost.height:
        why = {r["doc_id"]: r["reason"] for r in quarantine.filter(pl.col("row_kind") == "file")
               .select("doc_id", "reason").iter_rows(named=True) if r["doc_id"]}
        held = set(quarantine.filter(pl.col("row_kind") == "file")["source_file"].to_list())
        reasons = []
        for r in lost.iter_rows(named=True):
            reason = f"the document did not pass the document checks: {why.get(r['doc_id'], 'see the quarantine')}"
            reasons.append(reason)
            if r["source_file"] not in held:
                extra.append({"doc_id": r["doc_id"], "source_file": r["source_file"], "stage": "validate",
                              "row_kind": "file", "check_name": "document_not_loaded", "reason": reason,
                              "payload": "{}"})
        lost = lost.with_columns(pl.lit("quarantined").alias("outcome"), pl.Series("reason", reasons, pl.String))
        files_seen = pl.concat([files_seen.join(lost.select("source_file"), on="source_file", how="anti"),
                                lost.select(files_seen.columns)]).sort("source_file")

    out = dict(frames)
    for table, row_kind in (("observations", "observation"), ("table_cells", "table_cell")):
        frame, key = frames[table], "obs_id" if table == "observations" else "cell_id"
        # only the orphans' few columns are collected; a LazyFrame stays lazy
        orphans = _lazy(frame).filter(~pl.col("doc_id").is_in(list(loaded))).select("doc_id", "source_file", key).collect()
        if orphans.height:
            out[table] = (pl.scan_parquet(frame) if isinstance(frame, Path) else frame).filter(
                pl.col("doc_id").is_in(list(loaded)))
            extra += [{"doc_id": r["doc_id"], "source_file": r["source_file"], "stage": "validate",
                       "row_kind": row_kind, "check_name": "document_not_loaded",
                       "reason": "its document did not pass the document checks",
                       "payload": json.dumps({key: r[key]})} for r in orphans.iter_rows(named=True)]
    if extra:
        rows = pl.DataFrame(extra, schema={c: pl.String for c in extra[0]}).with_columns(
            pl.Series("quarantine_id", [quarantine_key(r) for r in extra], pl.String),
            pl.lit(stamp).alias("quarantined_at"))
        out["quarantine"] = pl.concat([quarantine, rows.select(quarantine.columns)], how="vertical_relaxed") \
            .unique("quarantine_id", keep="first", maintain_order=True)
    out["files_seen"] = files_seen
    return out


def quarantine_key(row: dict) -> str:
    """The key of a quarantine row: a hash of what it says (the same recipe as the load asset's)."""
    parts = (row.get(c) for c in ("source_file", "stage", "row_kind", "check_name", "reason", "payload"))
    return hashlib.sha256("\x1f".join(str(v) for v in parts).encode()).hexdigest()[:32]
