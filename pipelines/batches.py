"""Extraction in batches: documents go to worker processes a batch at a time and their rows come
back column by column, to become Polars frames batch by batch, so both cores work, the parent never
holds every observation as Python dicts, and only a few batches of text are in flight at once.

The unit of work is `pipelines.extract.extract_one` (one document: its observations, table cells
and rejected rows); this module only schedules it. Workers are forked (as extract_corpus's) and
use no Polars: a forked child of a process whose Polars thread pool has run must not touch Polars,
and `spawn` would re-import the caller's main script. The parent turns each batch's columns into
frames.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import polars as pl

from pipelines.extract import (CELL_SCHEMA, OBSERVATION_SCHEMA, PARALLEL_MIN_CHARS, document_main_region, extract_one,
                               tidy_values)

REJECT_SCHEMA = {k: pl.String for k in ("doc_id", "source_file", "stage", "row_kind", "check_name", "reason", "payload")}
REGION_SCHEMA = {"doc_id": pl.String, "main_region": pl.String}
BATCH_CHARS = 1_000_000  # about 100 documents of 10 KB: small enough to keep memory flat, large enough to amortise
DOC_COLUMNS = ["doc_id", "source_file", "n_chars", "text", "doc_date", "title"]
SCHEMAS = {"observations": OBSERVATION_SCHEMA, "table_cells": CELL_SCHEMA, "rejects": REJECT_SCHEMA,
           "regions": REGION_SCHEMA}  # the frames of a batch


class Batch:
    """The frames of one batch of documents."""

    __slots__ = ("n_chars", "n_docs", "observations", "regions", "rejects", "table_cells")

    def __init__(self, observations, table_cells, rejects, regions, n_docs, n_chars):
        self.observations, self.table_cells, self.rejects, self.regions = observations, table_cells, rejects, regions
        self.n_docs, self.n_chars = n_docs, n_chars


def extract_batch(docs: list[dict]) -> Batch:
    """Extract a list of document rows, here."""
    return _frames(extract_columns(docs))


def _columns(rows: list[dict], schema: dict) -> dict[str, list]:
    return {c: [r.get(c) for r in rows] for c in schema}


def extract_columns(docs: list[dict]) -> dict:
    """The rows of a list of documents, as plain column lists (what a worker sends back)."""
    observations, cells, rejected, regions = [], [], [], []
    for doc in docs:
        o, c, r = extract_one(doc)
        observations += o
        cells += c
        rejected += r
        try:
            region = document_main_region(doc["text"])
        except Exception:  # noqa: BLE001 - a document without a main region is still loaded
            region = None
        regions.append({"doc_id": doc["doc_id"], "main_region": region})
    return {"observations": _columns(observations, OBSERVATION_SCHEMA), "table_cells": _columns(cells, CELL_SCHEMA),
            "rejects": _columns(rejected, REJECT_SCHEMA), "regions": _columns(regions, REGION_SCHEMA),
            "n_docs": len(docs), "n_chars": sum(d["n_chars"] or 0 for d in docs)}


def _frames(cols: dict) -> Batch:
    return Batch(tidy_values(pl.DataFrame(cols["observations"], schema=OBSERVATION_SCHEMA, strict=False)),
                 tidy_values(pl.DataFrame(cols["table_cells"], schema=CELL_SCHEMA, strict=False)),
                 pl.DataFrame(cols["rejects"], schema=REJECT_SCHEMA, strict=False),
                 pl.DataFrame(cols["regions"], schema=REGION_SCHEMA, strict=False),
                 cols["n_docs"], cols["n_chars"])


def _sizes(documents: pl.DataFrame | pl.LazyFrame) -> list[int]:
    """Each document's n_chars (of a Parquet scan, that column alone is read)."""
    return documents.lazy().select(pl.col("n_chars").fill_null(0)).collect()["n_chars"].to_list()


def _slices(documents: pl.DataFrame | pl.LazyFrame, batch_chars: int) -> Iterator[list[dict]]:
    """Document rows in batches of about `batch_chars` characters (at least one document each). Of a
    LazyFrame (a Parquet scan) each batch is read on its own: the slice reaches the reader, so the
    whole corpus's text is never in memory at once."""
    frame = documents.lazy().select(DOC_COLUMNS)
    sizes = _sizes(documents)
    start, total = 0, 0
    for i, n in enumerate(sizes):
        total += n
        if total >= batch_chars or i == len(sizes) - 1:
            yield frame.slice(start, i + 1 - start).collect().to_dicts()
            start, total = i + 1, 0


def default_workers() -> int:
    """CARAVAN_EXTRACT_WORKERS, else every core."""
    try:
        return max(1, int(os.environ["CARAVAN_EXTRACT_WORKERS"]))
    except (KeyError, ValueError):
        return os.cpu_count() or 1


def iter_batches(documents: pl.DataFrame | pl.LazyFrame, workers: int | None = None,
                 batch_chars: int = BATCH_CHARS) -> Iterator[Batch]:
    """Each batch's frames, in document order. A large corpus is spread over `workers` processes
    with at most two batches per worker in flight; a small one runs here (starting workers would
    cost more than it saves)."""
    workers = workers or default_workers()
    total = sum(_sizes(documents))
    if workers <= 1 or total < PARALLEL_MIN_CHARS:
        for docs in _slices(documents, batch_chars):
            yield extract_batch(docs)
        return
    # the forked workers' garbage collector would touch every object they inherit, copying the
    # parent's pages one by one (each worker grew to ~180 MB at 10k documents); frozen, it skips them
    gc.freeze()
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            pending: deque[Future] = deque()
            for docs in _slices(documents, batch_chars):
                pending.append(pool.submit(extract_columns, docs))
                while len(pending) >= 2 * workers:
                    yield _frames(pending.popleft().result())
            while pending:
                yield _frames(pending.popleft().result())
    finally:
        gc.unfreeze()


def extract_to_parquet(documents: pl.DataFrame | pl.LazyFrame, folder: Path, workers: int | None = None,
                       batch_chars: int = BATCH_CHARS, on_batch: Callable[[int, int], None] | None = None
                       ) -> dict[str, pl.LazyFrame]:
    """Extract batch by batch, each batch's four frames written to `folder/<name>/<n>.parquet` as it
    comes; returns a scan of each name's files. The caller holds one batch at a time, never every
    observation (at 10k documents, ~700k rows, ~300 MB as one frame)."""
    for name in SCHEMAS:
        (folder / name).mkdir(parents=True, exist_ok=True)
    done_docs = done_chars = n = 0
    for n, batch in enumerate(iter_batches(documents, workers, batch_chars), start=1):
        for name in SCHEMAS:
            getattr(batch, name).write_parquet(folder / name / f"{n:06d}.parquet", compression="lz4")
        done_docs += batch.n_docs
        done_chars += batch.n_chars
        if on_batch:
            on_batch(done_docs, done_chars)
    if not n:  # no documents: an empty file of each, so that every scan has the frame's columns
        for name, schema in SCHEMAS.items():
            pl.DataFrame(schema=schema).write_parquet(folder / name / "000000.parquet")
    return {name: pl.scan_parquet(sorted((folder / name).glob("*.parquet"))) for name in SCHEMAS}


def extract_frames(documents: pl.DataFrame | pl.LazyFrame, workers: int | None = None, batch_chars: int = BATCH_CHARS,
                   on_batch: Callable[[int, int], None] | None = None) -> Batch:
    """Every document's frames, concatenated; `on_batch(documents done, characters done)` after each batch."""
    parts: list[Batch] = []
    done_docs = done_chars = 0
    for batch in iter_batches(documents, workers, batch_chars):
        parts.append(batch)
        done_docs += batch.n_docs
        done_chars += batch.n_chars
        if on_batch:
            on_batch(done_docs, done_chars)

    def concat(attr: str, schema: dict) -> pl.DataFrame:
        frames = [getattr(b, attr) for b in parts if getattr(b, attr).height]
        # no rechunk: one contiguous copy of every observation would double the step's peak
        return pl.concat(frames, how="vertical_relaxed", rechunk=False) if frames else pl.DataFrame(schema=schema)
    return Batch(concat("observations", OBSERVATION_SCHEMA), concat("table_cells", CELL_SCHEMA),
                 concat("rejects", REJECT_SCHEMA), concat("regions", REGION_SCHEMA), done_docs, done_chars)
