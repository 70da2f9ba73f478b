"""Stage 2, extract: observations from the prose and the tables of one document.

Pure functions over text (no Dagster): `extract_document` is what the asset, the tests and the
benchmarks all call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

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
    para_states: dict[int, ParagraphState] = {}
    for index, para in enumerate(paragraphs):
        line = para[0]
        if any(p.search(line.text) for p in _skip_patterns()):
            continue
        state = para_states.setdefault(index, ParagraphState())
        for sent in sentences_of(line, index):
            result.observations += observations_from_sentence(sent, doc, state)
    for table in tables:
        context_period = _period_before(text, table.lines[0].start, doc_date, result.observations)
        read = read_table(table, doc, context_period)
        result.observations += read.observations
        result.table_cells += read.cells
        result.rejected += read.rejected
    result.observations.sort(key=lambda o: o["char_start"])
    return result


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
