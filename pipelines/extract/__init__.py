"""Stage 2, extract: observations from the prose and the tables of one document.

Pure functions over text (no Dagster): `extract_document` is what the asset, the tests and the
benchmarks all call.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

import polars as pl

from pipelines.extract.figure_periods import is_comparison_base
from pipelines.extract.indicators import cue_in
from pipelines.extract.periods import find_times, is_whole_year
from pipelines.extract.places import (
    dateline_re,
    demonyms,
    find_places,
    home_country,
    main_area,
    main_region,
    places_by_kind,
)
from pipelines.extract.prose import DocContext, ParagraphState, observations_from_sentence
from pipelines.extract.segment import Line, sentences_of, split_blocks
from pipelines.extract.tables import intro_line, read_table
from pipelines.ingest import document_date, document_title, is_byline
from pipelines.rules import load_rules


@lru_cache(maxsize=4)  # the load stage asks for the main region of the document just extracted
def document_main_region(text: str) -> str:
    return main_region(text)


@dataclass
class Extraction:
    observations: list[dict] = field(default_factory=list)
    table_cells: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)  # table rows that cannot be read: quarantine


@cache
def _skip_patterns() -> list[re.Pattern]:
    return [re.compile(p) for p in load_rules()["text"]["skip_paragraph_patterns"]]


def product_scope(title: str | None) -> str | None:
    """The product whose exports a headline reports (documents.yaml product_scope), or None."""
    rules = load_rules()["documents"]
    m = re.search(rules["product_scope"], title or "")
    if not m:
        return None
    sides = demonyms()[1]
    words = [w for w in m.group("product").lower().split() if w not in sides and w != "on"]  # "Kazakh beef exports"
    product = " ".join(words)
    stop = set(rules["product_scope_not_products"]) - {"and"}
    if not words or any(w in stop for w in words) or find_places(product) or cue_in(product) not in (None, "other"):
        return None
    return product


def _head_product_scope(text: str, title: str | None) -> str | None:
    """The product scope a headline states: the title, or a short line among the first four (a
    ministry's release prints its name before its headline)."""
    heads = [title] if title else []
    heads += [line for line in text[:800].split("\n") if line.strip() and len(line) <= 200][:4]
    return next((p for p in map(product_scope, heads) if p), None)


def extract_document(text: str, doc_date: date | None = None, title: str | None = None) -> Extraction:
    paragraphs, tables = split_blocks(text)
    doc_date = doc_date or document_date(text)
    stated_period, title_states_period = _stated_period(text, title, doc_date)
    doc = DocContext(doc_date=doc_date, main_region=document_main_region(text), stated_period=stated_period,
                     home_country=home_country(text), main_area=main_area(text),
                     places_by_kind=places_by_kind(text), title_states_period=title_states_period,
                     product_scope=_head_product_scope(text, title))
    result = Extraction()
    previous: ParagraphState | None = None
    for index, para in enumerate(paragraphs):
        line = para[0]
        if any(p.search(line.text) for p in _skip_patterns()):
            continue
        state = ParagraphState()
        sentences = sentences_of(line, index)
        if _SECTION_HEADING.fullmatch(line.text.strip()):  # a new section: "Outlook for 2025" dates its targets
            years = set(_YEAR_IN_HEADING.findall(line.text))
            doc.section_year = years.pop() if len(years) == 1 and _target_heading().search(line.text) else None
        state.previous = previous  # read for cues only if a pronoun reaches back
        if previous is not None:
            previous.previous = None  # one paragraph back is enough; older texts can be freed
        if sentences and _starts_with_pronoun(sentences[0].text) and previous is not None:
            state.cue_code, state.pair = previous.current_cue(), previous.pair  # "In 1992, it reached ..." continues
        elif sentences:
            doc.topic = None  # a new paragraph names its own subject
        previous = state
        for sent in sentences:
            result.observations += observations_from_sentence(sent, doc, state)
    for table in tables:
        context_period = _period_before(intro_line(table), result.observations)
        read = read_table(table, doc, context_period)
        result.observations += read.observations
        result.table_cells += read.cells
        result.rejected += read.rejected
    result.observations.sort(key=lambda o: o["char_start"])
    if stated_period:
        for o in result.observations:
            o["period"] = _in_stated_terms(o["period"], stated_period)
    return result


def _in_stated_terms(period: str | None, stated: str) -> str | None:
    """A period written as the document states its own: in a story on the marketing year 'from
    September 2024 to June 2025', a '2023/24 season' is September 2023 to June 2024 (the contract
    writes 'January-June' as months, whatever half the title names: that form stays)."""
    if period is None:
        return None
    season, pair = _MONTHS_ACROSS.fullmatch(stated), _YEARS_SPAN.fullmatch(period)
    if season and pair and int(season.group(3)) == int(season.group(1)) + 1 and int(pair.group(2)) == int(pair.group(1)) + 1:
        return f"{pair.group(1)}-{season.group(2)}/{pair.group(2)}-{season.group(4)}"
    return period


# ("This year, the region plans ...": a time, not a pronoun)
_PRONOUN_SUBJECT = re.compile(r"\W*(?:[\w-]+\W+){0,3}?(?P<pronoun>it|its|they|their|this|these)\b"
                              r"(?!\s+(?:years?|months?|quarters?|half|weeks?|season|period|time|spring|summer|autumn|winter)\b)",
                              re.I)


def _starts_with_pronoun(s: str) -> bool:
    """The sentence's subject is a pronoun: 'It was reopened', 'In 1992, it reached' (not 'KTZ said it
    had invested': there the pronoun is the speaker, named right before it)."""
    m = _PRONOUN_SUBJECT.match(s)
    return bool(m) and not _speaker().search(s, 0, m.start("pronoun"))


@cache
def _speaker() -> re.Pattern:
    verbs = "|".join(load_rules()["text"]["speech_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+(?:that\s+)?$", re.IGNORECASE)


@cache
def _issue_line() -> re.Pattern:
    return re.compile(load_rules()["documents"]["issue_line"])


@cache
def _target_heading() -> re.Pattern:
    return re.compile(load_rules()["periods"]["target_section_heading"], re.IGNORECASE)


@cache
def _lead_dateline() -> re.Pattern:
    return re.compile(load_rules()["documents"]["lead_dateline"])


@cache
def _year_ended() -> re.Pattern:
    return re.compile(load_rules()["periods"]["year_ended"], re.IGNORECASE)


@cache
def _lead_skip() -> re.Pattern:
    return re.compile(load_rules()["documents"]["lead_skip"])


def _stated_period(text: str, title: str | None, doc_date: date | None) -> tuple[str | None, bool]:
    """Rule 3: the title or the lead (its first sentence) states exactly one reporting period. A
    release's heading lines before its lead ("Express information No. 07/214", "Socio-economic
    situation: external sector, January-June 2025") are read in turn until one states it. Returns the
    period and whether the title states one (a report's title, not only a story's lead)."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if not paragraphs:
        return None, False
    title = title or document_title(text)
    body = paragraphs[1:] if title and paragraphs[0].strip().strip("#*").strip() == title else paragraphs
    # the lead is the first paragraph that is no byline ("Updated: 2025-06-05 09:12 | China Daily")
    leads = [p for p in body if not _lead_skip().search(p) and not is_byline(p)] or [""]
    titled = _periods_stated(title or "", doc_date)
    stated: set[str] = set()
    for n, lead in enumerate(leads[:_MAX_HEADING_LINES + 1]):
        stated = set() if _issue_line().search(lead) else _lead_periods(lead, bool(titled), doc_date)
        if stated or not _HEADING_LINE.fullmatch(lead.strip()):
            break
    periods = _narrowest(titled | {p for p in stated if _same_months(p) not in {_same_months(t) for t in titled}})
    if len(periods) > 1 and n and len(titled) == 1:
        periods = set(titled)  # a lead read past the heading lines does not outvote the title
    return (periods.pop() if len(periods) == 1 else None), bool(titled)


_PART = re.compile(r"(\d{4})-([HQ])([1-4])")


def _same_months(period: str) -> str:
    """'2025-H1' and '2025-01/2025-06' name the same months (a title's 'first-half 2025' and a lead's 'six
    months to 30 June 2025'): the months form of either."""
    m = _PART.fullmatch(period)
    if not m:
        return period
    year, size, n = m.group(1), 6 if m.group(2) == "H" else 3, int(m.group(3))
    return f"{year}-{size * (n - 1) + 1:02d}/{year}-{size * n:02d}"


_YEARS_SPAN = re.compile(r"(\d{4})/(\d{4})")
_MONTHS_ACROSS = re.compile(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)")  # months across years: year, month, year, month


def _narrowest(periods: set[str]) -> set[str]:
    """'the 2024-2025 snow season (1 November 2024 to 31 March 2025)': the months that a span of years
    is made precise by are the period."""
    months = {p for p in periods if _MONTHS_ACROSS.fullmatch(p)}
    spans = {p for p in periods if _YEARS_SPAN.fullmatch(p)}
    covered = {s for s in spans for m in months if _MONTHS_ACROSS.fullmatch(m).group(1, 3) == _YEARS_SPAN.fullmatch(s).groups()}
    return periods - covered if covered else periods


_MAX_HEADING_LINES = 3
_SECTION_HEADING = re.compile(r"[^\n]{1,60}(?<![.!?:;,])")  # a short line, not ended like a sentence
_YEAR_IN_HEADING = re.compile(r"\b(?:19|20)\d\d\b")
_HEADING_LINE = re.compile(r"[^\n]{1,120}(?<![.!?])")  # short, and not ended like a sentence


def _lead_periods(lead: str, titled: bool, doc_date: date | None) -> set[str]:
    """The periods the lead's first sentence states (its second when neither it nor the title states one)."""
    lead = dateline_re().sub("", lead, count=1)
    lead = _lead_dateline().sub("", lead, count=1)
    lead = re.sub(r"^\W*date\s+\d{4}-\d{2}-\d{2}", "", lead)
    lead = _year_ended().sub(r"\1", lead)  # "for the year ended 31 December 2024": 2024
    first = sentences_of(Line(0, lead), 0)
    first_text = first[0].text if first else ""
    if re.search(load_rules()["periods"]["event_verbs"], first_text, re.I):
        # a lead that dates an event states no reporting period, unless the event is the story's own
        # news ("The fair closed on Thursday with 286 projects signed"): then the month it is dated in
        # (not when the title states a period, nor when the lead names another: "today published its results
        # for the year ended 31 December 2024" is dated by that year; "The 2025 ... Fair closed on Thursday" is not)
        times = [] if titled or doc_date is None else find_times(first_text, doc_date)
        days = {t.period for t in times if t.kind == "relative" and "-" in t.period}
        others = {t.period for t in times if t.period not in days and t.period != str(doc_date.year)}
        return set() if others else days
    periods = _periods_stated(first_text, doc_date)
    if not periods and not titled and len(first) > 1:  # a lead that opens without a period ("... had their busiest
        second = first[1].text  # autumn on record. Customs data for the first ten months of 2025 show ..."): its next sentence
        periods = set() if re.search(load_rules()["periods"]["event_verbs"], second, re.I) else _periods_stated(second, doc_date)
    return periods


def _periods_stated(text: str, doc_date: date | None) -> set[str]:
    kinds = ("year", "half", "quarter", "months", "month", "span", "relative")  # "last year" in the lead: against the date
    times = [t for t in find_times(text, doc_date) if t.period and t.kind in kinds
             and not is_comparison_base(text, t) and not is_whole_year(text, t)  # "up 27 percent from 2022" states no period
             and not (t.kind == "year" and _TARGET_BY.search(text, max(0, t.start - 10), t.start))]
    # (nor "to get 1.9 trillion soums by 2027"; "by the end of September" dates a stock, it stays)
    if any(t.kind != "relative" for t in times):  # "today reported its results for the six months to 30 June 2025":
        times = [t for t in times if t.kind != "relative" or "-" not in t.period]  # the day it reports is no period
    return {t.period for t in times}


_TARGET_BY = re.compile(r"\bby\s+$", re.IGNORECASE)


def _period_before(intro: Line | None, observations: list[dict]) -> str | None:
    """A table without a period of its own continues the paragraph that introduces it (its
    caption and unit lines skipped): the period of that paragraph's last figure. A target's
    year dates no table, nor an average growth's span ("From 2020 to 2024, GDP grew at an average
    annual rate of 7.1 percent" closing the paragraph before a table of 2024's GDP)."""
    if intro is None:
        return None
    inside = sorted((o for o in observations if o["method"] == "prose" and o["measure"] not in ("target", "growth_avg_annual")
                     and intro.start <= o["char_start"] < intro.end), key=lambda o: o["char_start"])
    return inside[-1]["period"] if inside else None


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


PARALLEL_MIN_CHARS = 2_000_000  # below this, starting worker processes costs more than it saves


def extract_corpus(documents: pl.DataFrame, workers: int | None = None) -> tuple[pl.DataFrame, pl.DataFrame, list[dict]]:
    """Extract every document; documents are independent, so large corpora use every core."""
    rows = documents.select("doc_id", "source_file", "n_chars", "text", "doc_date", "title").to_dicts()
    workers = workers or os.cpu_count() or 1
    if workers > 1 and sum(r["n_chars"] for r in rows) >= PARALLEL_MIN_CHARS:
        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(extract_one, rows, chunksize=max(1, len(rows) // (workers * 8))))
    else:
        results = [extract_one(r) for r in rows]
    observations, cells, rejected = [], [], []
    for o, c, r in results:
        observations += o
        cells += c
        rejected += r
    return (tidy_values(pl.DataFrame(observations, schema=OBSERVATION_SCHEMA, strict=False)),
            tidy_values(pl.DataFrame(cells, schema=CELL_SCHEMA, strict=False)), rejected)


VALUE_DIGITS = 12  # far beyond any figure's written precision, short of float noise


def tidy_values(frame: pl.DataFrame) -> pl.DataFrame:
    """Values without binary-float noise: '68.4 billion' is 68400000000, not 68400000000.00001."""
    return frame.with_columns(pl.col("value").round_sig_figs(VALUE_DIGITS))


def _key(*parts) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:32]
