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

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

import polars as pl

from pipelines.extract import CELL_SCHEMA, OBSERVATION_SCHEMA, PARALLEL_MIN_CHARS, document_main_region, extract_one

REJECT_SCHEMA = {k: pl.String for k in ("doc_id", "source_file", "stage", "row_kind", "check_name", "reason", "payload")}
REGION_SCHEMA = {"doc_id": pl.String, "main_region": pl.String}
BATCH_CHARS = 1_000_000  # about 100 documents of 10 KB: small enough to keep memory flat, large enough to amortise
DOC_COLUMNS = ["doc_id", "source_file", "n_chars", "text", "doc_date", "title"]


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
    return Batch(pl.DataFrame(cols["observations"], schema=OBSERVATION_SCHEMA, strict=False),
                 pl.DataFrame(cols["table_cells"], schema=CELL_SCHEMA, strict=False),
                 pl.DataFrame(cols["rejects"], schema=REJECT_SCHEMA, strict=False),
                 pl.DataFrame(cols["regions"], schema=REGION_SCHEMA, strict=False),
                 cols["n_docs"], cols["n_chars"])


def _slices(documents: pl.DataFrame, batch_chars: int) -> Iterator[list[dict]]:
    """Document rows in batches of about `batch_chars` characters (at least one document each)."""
    if documents.is_empty():
        return
    frame = documents.select(DOC_COLUMNS)
    sizes = frame["n_chars"].to_list()
    start, total = 0, 0
    for i, n in enumerate(sizes):
        total += n or 0
        if total >= batch_chars:
            yield frame.slice(start, i + 1 - start).to_dicts()
            start, total = i + 1, 0
    if start < len(sizes):
        yield frame.slice(start).to_dicts()


def default_workers() -> int:
    """CARAVAN_EXTRACT_WORKERS, else every core."""
    try:
        return max(1, int(os.environ["CARAVAN_EXTRACT_WORKERS"]))
    except (KeyError, ValueError):
        return os.cpu_count() or 1


def iter_batches(documents: pl.DataFrame, workers: int | None = None, batch_chars: int = BATCH_CHARS) -> Iterator[Batch]:
    """Each batch's frames, in document order. A large corpus is spread over `workers` processes
    with at most two batches per worker in flight; a small one runs here (starting workers would
    cost more than it saves)."""
    workers = workers or default_workers()
    total = int(documents["n_chars"].sum() or 0) if not documents.is_empty() else 0
    if workers <= 1 or total < PARALLEL_MIN_CHARS:
        for docs in _slices(documents, batch_chars):
            yield extract_batch(docs)
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        pending: deque[Future] = deque()
        for docs in _slices(documents, batch_chars):
            pending.append(pool.submit(extract_columns, docs))
            while len(pending) >= 2 * workers:
                yield _frames(pending.popleft().result())
        while pending:
            yield _frames(pending.popleft().result())


def extract_frames(documents: pl.DataFrame, workers: int | None = None, batch_chars: int = BATCH_CHARS,
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
