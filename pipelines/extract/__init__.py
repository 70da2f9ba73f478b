"""Stage 2, extract: observations from the prose and the tables of one document.

Pure functions over text (no Dagster): `extract_document` is what the asset, the tests and the
benchmarks all call.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

import polars as pl

from pipelines.extract.periods import find_times
from pipelines.extract.places import main_region
from pipelines.extract.prose import DocContext, ParagraphState, observations_from_sentence
from pipelines.extract.segment import sentences_of, split_blocks
from pipelines.extract.tables import read_table
from pipelines.rules import load_rules


@dataclass
class Extraction:
    observations: list[dict] = field(default_factory=list)
    table_cells: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)  # table rows that cannot be read: quarantine


@cache
def _skip_patterns() -> list[re.Pattern]:
    return [re.compile(p) for p in load_rules()["text"]["skip_paragraph_patterns"]]


def extract_document(text: str, doc_date: date | None = None, title: str | None = None) -> Extraction:
    paragraphs, tables = split_blocks(text)
    doc = DocContext(doc_date=doc_date, main_region=main_region(text), stated_period=_stated_period(text, title, doc_date))
    result = Extraction()
    previous: ParagraphState | None = None
    for index, para in enumerate(paragraphs):
        line = para[0]
        if any(p.search(line.text) for p in _skip_patterns()):
            continue
        state = ParagraphState()
        sentences = sentences_of(line, index)
        if sentences and _starts_with_pronoun(sentences[0].text) and previous is not None:
            state.cue_code, state.pair = previous.cue_code, previous.pair  # "In 1992, it reached ..." continues
        elif sentences:
            doc.topic = None  # a new paragraph names its own subject
        previous = state
        for sent in sentences:
            result.observations += observations_from_sentence(sent, doc, state)
    for table in tables:
        context_period = _period_before(text, table.lines[0].start, doc_date, result.observations)
        read = read_table(table, doc, context_period)
        result.observations += read.observations
        result.table_cells += read.cells
        result.rejected += read.rejected
    result.observations.sort(key=lambda o: o["char_start"])
    return result


def _starts_with_pronoun(s: str) -> bool:
    """The sentence's subject is a pronoun: 'It was reopened', 'In 1992, it reached'."""
    return bool(re.match(r"\W*(?:[\w-]+\W+){0,3}?(?:it|its|they|their|this|these)\b", s, re.I))


def _stated_period(text: str, title: str | None, doc_date: date | None) -> str | None:
    """Rule 3: the title or lead states exactly one reporting period."""
    lead = (title or "") + "\n" + text[:400].split("\n\n")[0]
    periods = {t.period for t in find_times(lead, doc_date) if t.period and t.kind not in ("open", "relative")}
    return periods.pop() if len(periods) == 1 and title else None


def _period_before(text: str, pos: int, doc_date: date | None, observations: list[dict]) -> str | None:
    """A table without a period of its own continues the paragraph just above it."""
    before = [o for o in observations if o["char_end"] <= pos and o["method"] == "prose"]
    if not before:
        return None
    last = before[-1]
    gap = text[last["char_end"]:pos]
    if gap.count("\n") <= 1:
        return last["period"]
    return None


# ---- the stage over a frame of documents ----------------------------------------------------

OBSERVATION_SCHEMA = {
    "obs_id": pl.String, "doc_id": pl.String, "source_file": pl.String, "indicator_code": pl.String,
    "indicator_label": pl.String, "domain": pl.String, "region": pl.String, "partner": pl.String,
    "period": pl.String, "measure": pl.String, "value": pl.Float64, "unit": pl.String,
    "value_as_written": pl.String, "qualifier": pl.String, "evidence": pl.String,
    "char_start": pl.Int64, "char_end": pl.Int64, "method": pl.String, "table_id": pl.String,
    "doc_n_chars": pl.Int64,
}
CELL_SCHEMA = {
    "cell_id": pl.String, "table_id": pl.String, "doc_id": pl.String, "source_file": pl.String,
    "table_index": pl.Int64, "caption": pl.String, "row_index": pl.Int64, "col_index": pl.Int64,
    "row_label": pl.String, "col_label": pl.String, "raw_text": pl.String, "value": pl.Float64,
    "char_start": pl.Int64, "char_end": pl.Int64, "doc_n_chars": pl.Int64,
}


def extract_one(doc: dict) -> tuple[list[dict], list[dict], list[dict]]:
    """Observations, table cells and rejected rows of one document row, with their keys.
    A failure inside the extractor quarantines the document's extraction, never the run."""
    base = {"doc_id": doc["doc_id"], "source_file": doc["source_file"], "doc_n_chars": doc["n_chars"]}
    try:
        ex = extract_document(doc["text"], doc["doc_date"], doc["title"])
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the others
        return [], [], [{**base, "stage": "extract", "row_kind": "file", "check_name": "extractor_error",
                         "reason": f"the extractor failed on this document: {type(exc).__name__}: {exc}",
                         "payload": "{}"}]
    observations = [{**base, **o, "table_id": o.get("table_id"),
                     "obs_id": _key(doc["doc_id"], i, o["char_start"], o["value"], o["unit"], o["measure"])}
                    for i, o in enumerate(ex.observations)]
    cells = [{**base, **c, "cell_id": _key(c["table_id"], doc["doc_id"], c["row_index"], c["col_index"])}
             for c in ex.table_cells]
    rejected = [{**base, "stage": "extract", **{k: r[k] for k in ("row_kind", "check_name", "reason")},
                 "payload": json.dumps(r["payload"], ensure_ascii=False)} for r in ex.rejected]
    return observations, cells, rejected


def extract_corpus(documents: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, list[dict]]:
    observations, cells, rejected = [], [], []
    for doc in documents.select("doc_id", "source_file", "n_chars", "text", "doc_date", "title").iter_rows(named=True):
        o, c, r = extract_one(doc)
        observations += o
        cells += c
        rejected += r
    return (pl.DataFrame(observations, schema=OBSERVATION_SCHEMA, strict=False),
            pl.DataFrame(cells, schema=CELL_SCHEMA, strict=False), rejected)


def _key(*parts) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:32]
