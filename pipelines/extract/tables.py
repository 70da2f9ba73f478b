"""Observations from plain-text tables: markdown pipes, tabs, or space-aligned columns.

A table is read in four steps:
1. cells: each line is cut into cells (with their offsets); rows of a space-aligned table are
   placed under the header by position; a row that wrapped onto a second line is joined; a
   row with a cell missing or one too many goes to quarantine instead of shifting columns.
2. the frame: what the words around the table say (caption, "Unit: ..." line, the sentence
   that introduces it and the period of the paragraph above).
3. columns: which column names the rows, which dates them, which holds their unit, and for
   each value column its unit, measure, period, place and indicator from the header.
4. rows: each row's label decides its indicator, place and period once, for all its cells.

Vocabulary is in rules/tables.yaml; indicator cues are the prose extractor's (indicator_cues.csv).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache

from pipelines.extract.figure_places import partner_in, traveller_sides
from pipelines.extract.indicators import (
    choose_indicator,
    cue_in,
    domain_of,
    only_code_for_unit,
    other_domain,
    unit_fits,
)
from pipelines.extract.periods import find_times, in_year, part_of_year
from pipelines.extract.places import MAIN, find_places, investor_of, resolve_reference
from pipelines.extract.quantities import find_quantities, names_counted_thing
from pipelines.extract.segment import Line, TableBlock, is_caption_line, line_kind, sentences_of, unit_line
from pipelines.rules import load_rules

GROWTH_OR_SHARE = ("growth_yoy", "growth_avg_annual", "growth_other", "share")


# ---- vocabulary ------------------------------------------------------------------------------

@cache
def _rules() -> dict:
    r = load_rules()["tables"]
    comp = {key: re.compile(r[key], re.IGNORECASE) for key in (
        "empty_cell", "percent_unit", "not_units", "time_column_header", "unit_column_header",
        "skip_column_header", "place_words", "growth_base", "emphasis", "row_target", "target_year",
        "total_label", "of_which_label", "whole_words", "wrap_connector", "partner_label_header",
        "partner_caption", "flow_caption", "place_label_header", "place_kind_suffix", "not_place_label",
        "forecast_year", "estimate_year", "payments_caption", "entity_label_header", "due_column_header")}
    comp["header_measures"] = [(m, re.compile(p, re.IGNORECASE)) for m, p in r["header_measures"].items()]
    comp["caption_max_chars"] = r["caption_max_chars"]
    qualifiers = "|".join(re.escape(q).replace(r"\ ", r"\s+")
                          for q in sorted(load_rules()["numbers"]["qualifiers"], key=len, reverse=True))
    num = r"\d{1,3}(?:[,  ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    foot = f"(?:{r['footnote_marks']})?"
    # "1,878.48", "-5.2", "6.8%", "over 120", "1,234.5*"
    comp["number"] = re.compile(rf"^(?:(?:{qualifiers})\s+|[<>≥≤~]\s*)?(?P<sign>[-+−–])?\s*(?P<num>{num})"
                                rf"\s*(?P<pct>%)?\s*{foot}$", re.IGNORECASE)
    # "120-140", "6–7%": two figures
    comp["range"] = re.compile(rf"^(?P<a>{num})\s*(?P<pct1>%)?\s*(?:-|–|—|~|to)\s*(?P<b>{num})"
                               rf"\s*(?P<pct>%)?\s*{foot}$", re.IGNORECASE)
    return comp

# literal patterns compiled once: these run per cell and per label
_PIPE = re.compile(r"\|")
_TAB = re.compile(r"\t")
_GAP = re.compile(r" {2,}|\t")
_SENTENCE_END = re.compile(r"[.!?:;。：]$")
_SEPARATOR = re.compile(r"[, ]")
_POWER_OF_TEN = re.compile(r"10*")
_LETTER = re.compile(r"[^\W\d_]")
_PAREN = re.compile(r"[(（]([^()（）]*)[)）]")
_TRAILING_UNIT = re.compile(r"(?:,|\bin)\s+([^,]+)$")
_SPACED_PAREN = re.compile(r"\s*[(（][^()（）]*[)）]")
_WORD2 = re.compile(r"[^\W\d_]{2,}")
_WORD3 = re.compile(r"[^\W\d_]{3,}")
_DIGIT_SEPARATOR = re.compile(r"[,  ]")
_YEAR = re.compile(r"(?:19|20)\d\d")
_TIME_FILLER = re.compile(r"[(（][^()（）]*[)）]|\b(?:of|the|in|year|total|as of|by|end|at|on)\b", re.IGNORECASE)
_WORD_OR_DIGIT = re.compile(r"[A-Za-z]{2,}|\d")



def _is_empty(text: str) -> bool:
    return bool(_rules()["empty_cell"].match(text))


# ---- data ------------------------------------------------------------------------------------

@dataclass
class Cell:
    text: str  # the cell's words (a wrapped cell joined with its continuation)
    start: int  # offset in the document
    col: int = 0  # position in its line, for space-aligned columns
    raw: str = ""  # the words as written on the cell's first line: value_as_written

    def __post_init__(self):
        self.raw = self.raw or self.text

    @property
    def end(self) -> int:
        return self.start + len(self.raw)


@dataclass
class Unit:
    unit: str | None  # base unit; None when only a scale is known
    factor: float = 1.0
    countable: bool = True  # False for units the contract has no base unit for (kWh)


@dataclass
class Column:
    index: int
    header: str
    role: str = "value"  # label | time | due | place | unit | skip | value
    unit: Unit | None = None
    measure: str | None = None
    period: str | None = None
    region: str | None = None
    code: str | None = None
    side: str | None = None  # "Debt to China": the rows' counterpart ("to"); "Chinese FDI": the holder ("by")
    side_is_holder: bool = False
    origin: str | None = None  # "Arrivals from China in Kazakhstan": where the travellers come from (their partner)


@dataclass
class Frame:
    """What the text around a table says about all of its cells."""
    caption: str | None = None
    unit: Unit | None = None
    period: str | None = None
    region: str | None = None
    code: str | None = None  # the caption's indicator
    intro: str = ""  # the sentence that introduces the table: its indicator is the last resort
    partner_rows: bool = False  # rows named after countries are the partner side
    partner: str | None = None  # the caption's other side ("with Central Asian countries"): the total row's
    flow_partner: str | None = None  # "Meat exports to China by product": every row's partner
    wholes: set[str] = field(default_factory=set)  # the quantities the caption and headers name
    entity_rows: bool = False  # each row is a project, company or plant ("Project" heads the labels): no part


@dataclass
class RowInfo:
    """What a row's label (and its time, unit and status cells) says about all of its cells."""
    label: str
    kind: str = "item"  # blank | total | time | place | measure | item
    code: str | None = None
    code_label: str | None = None
    region: str | None = None
    partner: str | None = None
    period: str | None = None
    unit: Unit | None = None
    measure: str | None = None
    target: bool = False
    target_year: str | None = None
    month: int | None = None  # a label that is a month and nothing else ("June"): the column's or table's year's
    part: str | None = None  # a label that is a part of a year without one ("Q1", "Jan-Sep"), in the year 2000
    due_year: str | None = None  # a project's year of completion (a "Due for completion" column)


@dataclass
class TableRead:
    observations: list[dict] = field(default_factory=list)
    cells: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)


# ---- 1. cells --------------------------------------------------------------------------------

def split_cells(line: Line, kind: str) -> list[Cell]:
    """The cells of one table line, each with its offset in the document."""
    text = line.text
    if kind == "pipe":
        pieces = _pieces(text, _PIPE.finditer(text))
        if text.strip().startswith("|"):
            pieces = pieces[1:]  # the outer pipe opens the row; nothing stands before it
        if text.strip().endswith("|"):
            pieces = pieces[:-1]
    else:
        pieces = _pieces(text, (_TAB if kind == "tab" else _GAP).finditer(text))
        if kind == "aligned":
            pieces = [p for p in pieces if p[1].strip()]
    cells = []
    for off, raw in pieces:
        lead = len(raw) - len(raw.lstrip())
        words = _rules()["emphasis"].sub(r"\2", raw.strip())
        cells.append(Cell(words, line.start + off + lead, off + lead, raw=raw.strip()))
    return cells


def _pieces(text: str, separators) -> list[tuple[int, str]]:
    pieces, pos = [], 0
    for m in separators:
        pieces.append((pos, text[pos:m.start()]))
        pos = m.end()
    pieces.append((pos, text[pos:]))
    return pieces


def _fit(row: list[Cell], header: list[Cell], kind: str) -> list[Cell] | None:
    """The row with exactly one cell per header column, or None when it cannot be placed.
    A tab row may carry empty cells past the last column; a space-aligned row places each
    cell under the header cell it overlaps (its empty cells are simply not written)."""
    while len(row) > len(header) and not row[-1].text:
        row = row[:-1]  # an empty cell past the last column shifts nothing
    if len(row) == len(header):
        return row
    if kind != "aligned" or len(row) > len(header):
        return None
    return _place_by_position(row, header)


def _place_by_position(row: list[Cell], header: list[Cell]) -> list[Cell] | None:
    placed: dict[int, Cell] = {}
    for cell in row:
        col = _column_under(cell, header)
        if col is None or col in placed:
            return None  # two cells under one header cell: ambiguous
        placed[col] = cell
    return [placed.get(i, Cell("", header[i].start, header[i].col)) for i in range(len(header))]


def _column_under(cell: Cell, header: list[Cell]) -> int | None:
    """The header column a space-aligned cell stands under. Words that start left of the second
    header cell belong to the first column (labels are left-aligned, and may run long); else the
    header cell it overlaps most, else the one whose middle is nearest (a right-aligned number)."""
    a, b = cell.col, cell.col + len(cell.raw)
    if len(header) > 1 and a < header[1].col and not _has_figure(cell.text):
        return 0
    overlaps = [min(b, h.col + max(len(h.raw), 1)) - max(a, h.col) for h in header]
    if max(overlaps) > 0:
        return overlaps.index(max(overlaps))
    middle = (a + b) / 2
    distances = [abs(middle - (h.col + len(h.raw) / 2)) for h in header]
    return distances.index(min(distances))


def _cells_of_block(table: TableBlock) -> list[list[Cell]]:
    return [split_cells(ln, table.kind) for ln in table.lines if line_kind(ln.text) != "rule"]


def _join_wrapped(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Rows that wrapped onto a second line become one row again. A line with no figure that
    continues a label ("products", or after "Export of") is added to the row above; a label
    line with no figures whose label goes on in the next row is put in front of it."""
    out: list[list[Cell]] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, row):
            out[-1] = [_join(p, c) for p, c in zip(prev, row)]
        elif prev is not None and len(out) > 1 and _leads_into(prev, row):
            out[-1] = [_join(prev[0], row[0])] + row[1:]
        else:
            out.append(row)
    return out


def _continues(prev: list[Cell], row: list[Cell]) -> bool:
    if any(_has_figure(c.text) for c in row[1:]) or all(_is_empty(c.text) for c in row):
        return False
    label, prev_label = row[0].text, prev[0].text
    if not label:
        return True
    if _rules()["of_which_label"].match(label):
        return False
    return label[:1].islower() or label[:1] == "(" or bool(_rules()["wrap_connector"].search(prev_label))


def _leads_into(prev: list[Cell], row: list[Cell]) -> bool:
    """prev holds only the first part of row's label; row holds the figures."""
    if any(c.text for c in prev[1:]) or not prev[0].text or not any(_has_figure(c.text) for c in row[1:]):
        return False
    label = row[0].text
    starts_lower = label[:1].islower() and not _rules()["of_which_label"].match(label)
    return starts_lower or bool(_rules()["wrap_connector"].search(prev[0].text))


def _join(a: Cell, b: Cell) -> Cell:
    """a's words then b's; the offsets (and value_as_written) stay those of a's first line."""
    if _is_empty(b.text):
        return a
    if not a.text:
        return b
    return Cell(f"{a.text} {b.text}", a.start, a.col, raw=a.raw)


def _has_figure(text: str) -> bool:
    return bool(_rules()["number"].match(text) or _rules()["range"].match(text))


def _header_rows(rows: list[list[Cell]]) -> tuple[list[Cell], list[list[Cell]]]:
    """The header and the data rows. A first row with an empty label corner and cells
    that span the columns under them ("| | 2023 | | 2024 | |") over a row that names the
    columns is a two-line header: each column takes both texts."""
    header, names = rows[0], rows[1] if len(rows) > 2 else None
    # (also a header wrapped over two lines whose label corner only the second fills: "| Operating on |"
    # over "Region | 1 October 2025 |")
    spanning = bool(names) and not header[0].text
    if spanning and names[0].text and not any(_has_figure(c.text) for c in names[1:]):
        spans, last = [], ""
        for c in header:
            last = c.text or last
            spans.append(last)
        merged = [Cell(f"{s} {c.text}".strip(), c.start, c.col, raw=c.raw) for s, c in zip(spans, names)]
        return merged, rows[2:]
    return header, rows[1:]


# ---- 2. the frame ----------------------------------------------------------------------------

def intro_line(table: TableBlock) -> Line | None:
    """The prose line that introduces a table (its caption and unit lines skipped)."""
    return _surroundings(table)[2]


def _surroundings(table: TableBlock) -> tuple[str | None, Unit | None, Line | None]:
    """(caption, unit of the whole table, introducing line), from the lines just above."""
    caption = unit = intro = None
    for ln in reversed(table.context):
        text = ln.text.strip()
        if line_kind(text) in ("pipe", "tab", "rule"):
            break  # the table above: no caption or introduction in between
        m = unit_line(text)
        parsed = _unit_phrase(m.group("unit")) if m else None
        if parsed and unit is None:
            unit = parsed
            rest = text[: m.start()].strip(" ([（")
            caption = caption or (rest if rest else None)
            continue
        if caption is None and _is_caption(text):
            caption = text
            continue
        intro = ln
        break
    if caption and unit is None:
        unit = _header_unit(caption)
    return caption, unit, intro


def _is_caption(text: str) -> bool:
    """A caption is a title: "Table 1 ...", or a short line that does not end like a sentence."""
    if is_caption_line(text):
        return True
    short = len(text) <= _rules()["caption_max_chars"]
    return short and not _SENTENCE_END.search(text) and not text[:1].islower()


def _frame(table: TableBlock, doc, context_period: str | None) -> Frame:
    caption, unit, intro = _surroundings(table)
    intro_sentence = sentences_of(intro, 0)[-1].text if intro and intro.text.strip() else ""
    frame = Frame(caption=caption, unit=unit)
    frame.period = _caption_period(caption, doc) or _intro_period(intro_sentence, doc, context_period)
    places = [p.region for p in find_places(caption or "") if p.region != MAIN]
    frame.region = _place(caption or "", doc)
    frame.partner = next((p for p in places if p != frame.region), None)
    flow_partner = _caption_partner(caption or "", doc)
    if flow_partner and flow_partner == frame.region:  # "Meat exports to China by product": China is the partner
        frame.region, frame.partner = (doc.main_region if doc.main_region != flow_partner else None), flow_partner
        frame.flow_partner = flow_partner
    frame.intro = intro_sentence
    frame.partner_rows = bool(caption and _rules()["partner_caption"].search(caption))
    return frame


def _caption_partner(caption: str, doc) -> str | None:
    """The other side a caption's flow names ("exports to China", "trade with Kazakhstan", "receipts and
    payments with Central Asian countries")."""
    partner = partner_in(caption)
    payments = _rules()["payments_caption"].search(caption)
    if partner is None and payments:
        partner = next((p.region for p in find_places(caption) if p.start >= payments.end()), None)
    return resolve_reference(partner, doc) if partner else None


def _caption_period(caption: str | None, doc) -> str | None:
    times = [t for t in find_times(caption or "", doc.doc_date) if t.period]
    return times[0].period if times else None


def _caption_periods_by_column(caption: str | None, cols: list[Column], doc) -> None:
    """A caption that dates two quantities ("Average wage in the third quarter of 2025 and retail trade
    turnover in January-October 2025"): a column whose header words stand before one period only takes it."""
    times = [t for t in find_times(caption or "", doc.doc_date) if t.period]
    if len({t.period for t in times}) < 2:
        return
    segments, start = [], 0
    for t in times:
        segments.append((caption[start:t.start].lower(), t.period))
        start = t.end
    for col in cols:
        if col.role != "value" or col.period:
            continue
        words = set(_HEADER_WORD.findall(_strip_unit(col.header).lower()))
        named = {period for text, period in segments if any(re.search(rf"\b{w}", text) for w in words)}
        if len(named) == 1:
            col.period = named.pop()


_HEADER_WORD = re.compile(r"[a-z]{4,}")


def _intro_period(sentence: str, doc, context_period: str | None) -> str | None:
    """The sentence that introduces the table dates it when it has time words (an open-ended
    "in recent years" leaves it undated); else the paragraph's period carries on; else the one
    period the document states."""
    times = find_times(sentence, doc.doc_date)
    if times and all(t.kind == "span" for t in times) and _AVERAGE_GROWTH.search(sentence):
        times = []  # "From 2020 to 2024, GDP grew at an average annual rate of 7.1 percent": that span dates no table
    dated = [t.period for t in times if t.period]
    if dated:
        return dated[0]
    if times:
        return None
    return context_period or doc.stated_period


_AVERAGE_GROWTH = re.compile(r"\baverage(?:\s+annual)?\s+(?:growth|rate|increase)|\bannual\s+average\b|\bcagr\b",
                             re.IGNORECASE)


# ---- units -----------------------------------------------------------------------------------

def _spaced(words: str) -> str:
    return re.escape(words).replace(r"\ ", r"\s+")


@cache
def _unit_vocab() -> dict:
    units, numbers = load_rules()["units"], load_rules()["numbers"]
    scales = sorted(numbers["scales"].items(), key=lambda kv: len(kv[0]), reverse=True)
    return {
        "scales": [(re.compile(r"(?<![\w,.])" + _spaced(k) + r"(?![\w,])", re.IGNORECASE), float(v))
                   for k, v in scales],
        "after": [(re.compile(rf"(?<![a-z])(?:{u['pattern']})", re.IGNORECASE), u["unit"], float(u["factor"]))
                  for u in units["after_number"]],
        "before": [(re.compile(rf"(?<![a-z])(?:{u['pattern']})(?![a-z])", re.IGNORECASE), u["unit"])
                   for u in units["before_number"]],
        "count": re.compile(rf"\b(?:{'|'.join(units['count_nouns'])})\b", re.IGNORECASE),
        "number": re.compile(r"(?<![\w.])(\d{1,3}(?:[, ]\d{3})+|\d+)(?![\w.])"),
    }


@cache
def _unit_phrase(text: str) -> Unit | None:
    """'100 million yuan', 'CNY 100 Million', '10,000 tons', '%', 'USD million' -> Unit.
    None when the words name neither a unit nor a scale."""
    t = text.strip().strip("()（）").strip()
    if not t:
        return None
    if _rules()["percent_unit"].match(t) or t == "%":
        return Unit("percent")
    if _rules()["not_units"].search(t):
        return Unit(None, 1.0, countable=False)
    v = _unit_vocab()
    factor, rest = 1.0, t
    for pattern, scale in v["scales"]:
        m = pattern.search(rest)
        if m:
            factor, rest = scale, rest[: m.start()] + " " + rest[m.end():]
            break
    for m in v["number"].finditer(rest):  # "1,000 tons": a power of ten written as the scale
        n = _SEPARATOR.sub("", m.group(1))
        if not _POWER_OF_TEN.fullmatch(n):
            return None  # "(2019-2023)", "(No. 3)": not a unit
        factor *= float(n)
    unit = _unit_word(rest)
    if unit and unit[0] == "count" and factor == 1.0:
        return None  # "(city)", "(persons)": a bare number is a count anyway; not worth a unit
    if unit is None and factor == 1.0:
        return None
    if unit is None and _LETTER.search(rest):
        return Unit(None, factor, countable=False)  # "100 million cu.m", "10,000 mu": no base unit
    return Unit(unit[0] if unit else None, factor * (unit[1] if unit else 1.0))


def _unit_word(text: str) -> tuple[str, float] | None:
    v = _unit_vocab()
    for pattern, unit, factor in v["after"]:
        if pattern.search(text):
            return unit, factor
    for pattern, unit in v["before"]:
        if pattern.search(text):
            return unit, 1.0
    if v["count"].search(text):
        return "count", 1.0
    return None


_PERCENT_FIGURE = re.compile(r"\d[\d.]*%")


def _header_unit(text: str) -> Unit | None:
    """The unit a header or label states: "(100 million yuan)", ", %", "in 10,000 tons", "%"."""
    text = _PERCENT_FIGURE.sub("", text)  # "Production (100% basis), tU": a figure that qualifies, no unit
    for m in reversed(list(_PAREN.finditer(text))):
        parsed = _unit_phrase(m.group(1))
        if parsed:
            return parsed
    m = _TRAILING_UNIT.search(text)
    if m and _unit_phrase(m.group(1)):
        return _unit_phrase(m.group(1))
    if "%" in text:
        return Unit("percent")
    whole = _unit_phrase(text) if len(text.split()) <= 3 else None  # a header that is a unit: "USD million", "$ mn"
    return whole if whole and whole.unit else None


def _strip_unit(text: str) -> str:
    return _SPACED_PAREN.sub("", text).replace("%", "").strip(" ,")


# ---- 3. columns ------------------------------------------------------------------------------

def _columns(header: list[Cell], data: list[list[Cell]], frame: Frame, doc) -> list[Column]:
    cols = [Column(i, cell.text) for i, cell in enumerate(header)]
    for col in cols:
        texts = [row[col.index].text for row in data if not _is_empty(row[col.index].text)]
        col.role = _role(col.header, texts, col.index)
    label = _label_column(cols, data)
    if label is not None:
        cols[label].role = "label"
        frame.entity_rows = bool(_rules()["entity_label_header"].match(cols[label].header))
        for col in cols:  # "| Project | Prefecture | ... |": a second column of words that places each row
            if col.role == "value" and _rules()["place_label_header"].match(col.header) and _words_column(col, data):
                col.role = "place"
    for col in cols:  # "| Due for completion | 2026 |": the year a project's figures are planned for, no period
        if col.role == "time" and _rules()["due_column_header"].search(col.header):
            col.role = "due"
    for col in cols:
        if col.role == "value":
            _read_header(col, data, frame, doc)
    _parts_of_the_column_before(cols)
    _years_in_frame(cols, frame, doc)
    _qualify_percent_columns(cols)
    return cols


def _parts_of_the_column_before(cols: list[Column]) -> None:
    """'| Housing commissioned in 2024 | of which multi-apartment (%) |': an "of which" column is a part of
    the column before it, of its period; a part the catalog has no code for is `other`."""
    values = [c for c in cols if c.role == "value"]
    for before, col in zip(values, values[1:]):
        if _rules()["of_which_label"].match(col.header):
            col.period = col.period or before.period
            col.code = col.code or "other"


def _role(header: str, texts: list[str], index: int) -> str:
    r = _rules()
    if r["skip_column_header"].match(header) or (index == 0 and _numbers_rows(texts)):
        return "skip"
    if r["unit_column_header"].match(header) and not _mostly_numbers(texts):  # ("Units" over 27,480 counts them)
        return "unit"
    if r["time_column_header"].match(header):
        return "time"
    plain_header = _header_unit(header) is None and _header_measure(header) in (None, "target")
    if plain_header and texts and sum(1 for t in texts if _time_of(t)) >= 0.6 * len(texts):
        return "time"
    return "value"


def _mostly_numbers(texts: list[str]) -> bool:
    return bool(texts) and sum(1 for t in texts if _rules()["number"].match(t.strip())) >= 0.6 * len(texts)


def _numbers_rows(texts: list[str]) -> bool:
    """A first column holding 1, 2, 3, ... numbers the rows."""
    return len(texts) >= 2 and [t.rstrip(".") for t in texts] == [str(i) for i in range(1, len(texts) + 1)]


def _label_column(cols: list[Column], data: list[list[Cell]]) -> int | None:
    """The column that names the rows: the first mostly made of words, else the first time column."""
    for col in cols:
        if col.role == "value" and _words_column(col, data):
            return col.index
    return next((c.index for c in cols if c.role == "time"), None)


def _words_column(col: Column, data: list[list[Cell]]) -> bool:
    """Most of the column's cells are words, not figures."""
    texts = [row[col.index].text for row in data if not _is_empty(row[col.index].text)]
    words = [t for t in map(_strip_unit, texts) if t and not _has_figure(t) and not _quantities(t)]
    return bool(texts) and len(words) > len(texts) / 2


def _read_header(col: Column, data: list[list[Cell]], frame: Frame, doc) -> None:
    col.unit = _header_unit(col.header)
    col.measure = _header_measure(col.header)
    dated = col.header
    marked = _rules()["forecast_year"].fullmatch(dated) or _rules()["estimate_year"].fullmatch(dated)
    if marked:  # "2025f", "2024e": the year; a forecast's figures are targets
        dated = marked.group(1)
        col.measure = "target" if marked.re is _rules()["forecast_year"] else col.measure
    if col.measure in GROWTH_OR_SHARE:
        dated = _rules()["growth_base"].sub(" ", dated)  # "Increase over 2022": 2022 is the base
    times = [t for t in find_times(dated, doc.doc_date) if t.period]
    col.period = times[0].period if times else None
    col.region = _place(col.header, doc)
    col.code = _cue(_strip_unit(col.header), _figure_unit(col, data, frame))[0]
    col.side, col.side_is_holder = _column_side(col.header, doc)
    if col.code in load_rules()["places"]["travellers"]["codes"]:  # "Trips by Kazakh citizens to China"
        host, col.origin = traveller_sides(col.header, 0, len(col.header), len(col.header), find_places(col.header))
        col.region = resolve_reference(host, doc) if host else col.region


_TOWARDS = re.compile(r"\b(?:to|from|with|owed\s+to)\s+(?:the\s+)?$", re.IGNORECASE)


def _column_side(header: str, doc) -> tuple[str | None, bool]:
    """The other side a column of a table by country names: 'Debt to China' (the rows owe China: China is
    each row's partner), 'Chinese FDI stock' (China holds it in each row's country: China is the region)."""
    found = find_places(header)
    if found and _TOWARDS.search(header, 0, found[0].start):
        return resolve_reference(found[0].region, doc), False
    holder = investor_of(header)
    return (holder, True) if holder else (None, False)


def _years_in_frame(cols: list[Column], frame: Frame, doc) -> None:
    """The year columns of a table on part of a year ('Container transit, January-June 2025' | 2025 |
    2024 |) hold that part of each year: 2024 -> 2024-01/2024-06. Not when a header names a part of a
    year itself ('| 2024 | January-June 2025 |': its years are whole) or more than a year ('2024 (full year)')."""
    stated = _caption_period(frame.caption, doc)  # the caption's own words, not a period the text carries
    years = [c for c in cols if c.role == "value" and _YEAR.fullmatch(c.header.strip())]
    if not part_of_year(stated) or not years or any(part_of_year(c.period) for c in cols if c.role == "value"):
        return
    for col in years:
        col.period = in_year(stated, col.header.strip())


def _figure_unit(col: Column, data: list[list[Cell]], frame: Frame) -> str | None:
    """The unit of a column's first figure: the header's cue must fit it."""
    figures = (f for row in data for f in _cell_values(row[col.index], col, RowInfo(""), frame, None))
    return next((unit for _, unit, _ in figures), None)


def _qualify_percent_columns(cols: list[Column]) -> None:
    """A growth or share column qualifies the figure column before it ("Exports | Growth (%)"),
    or the run of figure columns before it: it takes the indicator of the run's first column
    ("Total | Exports | Imports | Growth (%)": the total's) and its latest period
    ("2023 | 2024 | Growth (%)", "2024 | 2023 | Growth (%)": 2024), unless its header gives its own."""
    run: list[Column] = []
    after_level = False
    for col in cols:
        if col.role != "value":
            continue
        is_percent = (col.unit and col.unit.unit == "percent") or col.measure in GROWTH_OR_SHARE
        if not is_percent:
            run = run + [col] if after_level else [col]
            after_level = True
            continue
        after_level = False
        if run:
            col.code = col.code or run[0].code
            # the latest period of the run ("2025 | 2024 | Change, %": 2025's change)
            col.period = col.period or max((c.period for c in run if c.period), default=None)
            col.region = col.region or run[0].region


def _header_measure(text: str) -> str | None:
    for measure, pattern in _rules()["header_measures"]:
        if pattern.search(text):
            return measure
    return None


# ---- 4. rows ---------------------------------------------------------------------------------

def _row_info(row: list[Cell], cols: list[Column], frame: Frame, doc, heading: RowInfo | None,
              prev: RowInfo | None) -> RowInfo:
    label_col = next((c for c in cols if c.role == "label"), None)
    label = row[label_col.index].text if label_col else ""
    text = " | ".join(c.text for c in row)
    info = RowInfo(label=label, unit=_header_unit(label) if label else None)
    info.target = bool(_rules()["row_target"].search(text))
    info.target_year = _target_year(text)
    dates = (_time_of(row[c.index].text) for c in cols if c.role == "time")
    info.period = next((p for p in dates if p), None)
    due = next((c for c in cols if c.role == "due"), None)
    if due:
        info.due_year = _time_of(row[due.index].text)
    if any(c.role == "time" and _header_measure(c.header) == "target" for c in cols):
        info.target_year = info.target_year or info.period  # a "Target year" column
    if label_col is None:
        info.kind = "time" if info.period else "blank"
        return _inherit(info, heading)
    _read_label(info, _level_unit(row, cols, frame, info), doc, frame)
    placed = next((p for p in (_place(row[c.index].text, doc) for c in cols if c.role == "place") if p), None)
    if placed:  # (over a place in the row's name: "Kalasu reservoir | Hotan")
        info.region = placed
    unlisted = _unlisted_place_label(label, label_col.header) \
        if info.kind == "item" and info.code is None and info.region is None and info.partner is None else None
    if unlisted:
        info.kind = "place"
        if frame.partner_rows:
            info.partner = unlisted
        else:
            info.region = unlisted
    if info.kind == "measure" and prev is not None:
        # "Growth (%)" under a level row: the level it qualifies
        info.code, info.code_label = prev.code, prev.code_label
        info.region, info.partner = prev.region, prev.partner
        info.period = info.period or prev.period
    return _inherit(info, heading)


def _read_label(info: RowInfo, level_unit: str | None, doc, frame: Frame) -> None:
    r = _rules()
    words = _strip_unit(r["of_which_label"].sub("", info.label).strip())
    info.measure = _header_measure(words)
    info.code, info.code_label = _cue(words, level_unit or (info.unit.unit if info.unit else None))
    place = _place(words, doc)
    time = _time_of(words)
    info.month = load_rules()["periods"]["months"].get(words.strip().rstrip(".").lower())
    if not words:
        info.kind = "blank"
    elif r["total_label"].match(words):
        info.kind = "total"
    elif time:
        info.kind, info.period = "time", info.period or time
    elif info.month:
        info.kind = "time"
    elif (part := _part_of_year_label(words)):
        info.kind, info.part = "time", part
    elif info.measure in GROWTH_OR_SHARE and info.code is None and place is None:
        info.kind = "measure"
    elif place and info.code is None and _only_places(words):
        info.kind = "place"
    if place and frame.partner_rows and info.kind == "place" and place != frame.region:
        info.partner = place
    else:
        info.region = place


def _unlisted_place_label(label: str, header: str) -> str | None:
    """'Santanghu' under 'Mining area', 'Gaochang District' under 'District': a place the seed lacks,
    as written without its kind noun; None when the column is not headed by a kind of place."""
    r = _rules()
    name = r["place_kind_suffix"].sub("", _strip_unit(label).strip(), count=1).strip()
    if not r["place_label_header"].match(header) or r["not_place_label"].match(name) \
            or not name[:1].isupper() or any(ch.isdigit() for ch in name):
        return None
    return name


def _only_places(label: str) -> bool:
    """'Horgos', 'Urumqi Customs', 'Kashgar Prefecture': a label that names nothing but a place."""
    rest = label
    for p in reversed(find_places(label)):
        rest = rest[: p.start] + " " + rest[p.end:]
    rest = _rules()["place_words"].sub(" ", rest)
    return not _WORD2.search(rest)


def _inherit(info: RowInfo, heading: RowInfo | None) -> RowInfo:
    """A label-only row above ("Urumqi", "2023") places or dates the rows under it."""
    if heading is not None:
        info.region = info.region or heading.region
        info.period = info.period or heading.period
    return info


def _level_unit(row: list[Cell], cols: list[Column], frame: Frame, info: RowInfo) -> str | None:
    """The unit of the row's first figure that is not a percent: it filters the label's cues."""
    unit_cell = _unit_cell(row, cols)
    for col in cols:
        if col.role != "value" or _is_empty(row[col.index].text):
            continue
        for _, unit, _ in _cell_values(row[col.index], col, info, frame, unit_cell):
            if unit != "percent":
                return unit
    return None


def _unit_cell(row: list[Cell], cols: list[Column]) -> str | None:
    """The row's cell in a unit column ("10,000 tons"), if the table has one."""
    return next((row[c.index].text for c in cols if c.role == "unit"), None)


def _target_year(text: str) -> str | None:
    m = _rules()["target_year"].search(text)
    return next((g for g in m.groups() if g), None) if m else None


def _is_heading(row: list[Cell], cols: list[Column]) -> bool:
    """A row with a label and nothing else written: a group heading ("Of which:", "Urumqi")."""
    label = next((c.index for c in cols if c.role == "label"), None)
    return label is not None and bool(row[label].text) and all(
        not c.text for i, c in enumerate(row) if i != label)


# ---- cells to observations -------------------------------------------------------------------

def _cell_values(cell: Cell, col: Column, info: RowInfo, frame: Frame,
                 unit_cell: str | None) -> list[tuple[float, str, str]]:
    """(value in base units, unit, as written) of each figure in a cell; none for an empty cell,
    a date, or a unit the contract does not know."""
    text = cell.text
    if _is_empty(text):
        return []
    r = _rules()
    m, rng = r["number"].match(text), r["range"].match(text)
    if m or rng:
        unit = _unit_for(bool((m or rng).group("pct")), col, info, frame, unit_cell)
        if not unit.countable:
            return []
        numbers = [_signed(m)] if m else [Decimal(_digits(rng.group("a"))), Decimal(_digits(rng.group("b")))]
        if m and unit.unit is None and _is_year(m.group("num")):
            return []  # a bare year in a column with no unit dates something; it is no figure
        base = unit.unit or "count"
        return [(float(n * Decimal(repr(unit.factor))), base, cell.raw) for n in numbers]
    return [(q.value, q.unit, cell.raw) for q in _quantities(text)]


def _unit_for(has_percent: bool, col: Column, info: RowInfo, frame: Frame, unit_cell: str | None) -> Unit:
    """Where a figure's unit comes from, nearest first: the cell, a percent header, the row's unit
    column, the row label, the column header, a growth or share header, the table."""
    if has_percent or (col.unit and col.unit.unit == "percent"):
        return Unit("percent")
    candidates = [
        _unit_phrase(unit_cell) if unit_cell else None,
        info.unit,
        col.unit,
        Unit("percent") if col.measure in GROWTH_OR_SHARE or info.measure in GROWTH_OR_SHARE else None,
        frame.unit,
    ]
    for unit in candidates:
        if unit is not None:
            if unit.unit is None and unit.countable:  # a scale alone ("(10,000)"): the table names the unit
                return Unit(frame.unit.unit if frame.unit else None, unit.factor)
            return unit
    return Unit(None)


def _signed(m: re.Match) -> Decimal:
    value = Decimal(_digits(m.group("num")))
    return -value if m.group("sign") in ("-", "−", "–") else value


def _digits(num: str) -> str:
    return _DIGIT_SEPARATOR.sub("", num)


def _is_year(num: str) -> bool:
    return bool(_YEAR.fullmatch(num))


def _quantities(text: str):
    if _rules()["not_units"].search(text):
        return []
    return [q for q in find_quantities(text) if q.unit]


def _measure(unit: str, col: Column, info: RowInfo) -> str:
    if info.target or col.measure == "target" or (info.due_year and not col.period):
        return "target"  # (a project's total, due in a year: its column names no period of its own)
    if unit == "percent":
        return next((m for m in (col.measure, info.measure) if m in GROWTH_OR_SHARE), "level")
    return "level"


def _period(measure: str, col: Column, info: RowInfo, frame: Frame) -> str | None:
    """A target has only its own target year. Else the row's date (time column, label, heading),
    the column header's, the caption's, the introducing sentence's, the paragraph's."""
    if measure == "target":
        return info.target_year or info.due_year or (col.period if col.measure == "target" else None)
    period = info.period or col.period or frame.period
    if info.month and period and _YEAR.fullmatch(period):  # "June" under "2025", or in a table of 2024
        return f"{period}-{info.month:02d}"
    if info.part and period and _YEAR.fullmatch(period):  # "Q1", "Jan-Sep" in a table of 2025
        return in_year(info.part, period)
    return period


def _part_of_year_label(words: str) -> str | None:
    """'Q1', 'Jan-Sep', 'First half': a part of a year that the table's year completes, in the year 2000."""
    if len(words) > 24 or not words[:1].isalpha():
        return None
    period = _time_of(f"{words} 2000")
    return period if part_of_year(period) else None


def _indicator(info: RowInfo, col: Column, frame: Frame, level_unit: str | None) -> tuple[str, str | None]:
    """(code, label). The row's own words name it first; a part of the table's quantity that the
    catalog has no code for is `other`; rows named by a time, place or "Total" take the column's
    or the table's quantity; last, the one catalog code whose unit is the row's unit."""
    # the caption's quantity only for cells in a unit it is measured in ("Vehicle trips" under "Cargo and vehicles")
    frame_code = frame.code if frame.code and (not level_unit or unit_fits(frame.code, level_unit)) else None
    whole = col.code or frame_code
    if info.code:
        if info.kind == "item" and info.code in frame.wholes and _names_a_part(info):
            return "other", info.label
        return info.code, info.label
    if info.kind == "item":
        if whole and frame.entity_rows:  # "Dashixia water control project | 138.2" under "Total investment": its own
            return whole, _strip_unit(col.header if col.code else frame.caption or info.label)
        if whole:
            return "other", info.label
        return only_code_for_unit(level_unit) or "other", info.label
    if not whole and level_unit == "count" and names_counted_thing(_strip_unit(col.header or "")):
        return "other", _strip_unit(col.header)  # "Vehicle trips (10,000)": a count no cue names is its own
    code = whole or _cue(frame.intro, level_unit)[0] or only_code_for_unit(level_unit)
    label = col.header if col.code else (frame.caption if frame_code else None)
    return code or "other", _strip_unit(label or info.label or col.header)


def _names_a_part(info: RowInfo) -> bool:
    """'Processing trade' under a trade table: the cue word is the whole, the rest names a part."""
    rest = info.label.replace(info.code_label or "", " ", 1)
    rest = _rules()["whole_words"].sub(" ", _strip_unit(_rules()["of_which_label"].sub("", rest)))
    for p in reversed(find_places(rest)):
        rest = rest[: p.start] + " " + rest[p.end:]
    return bool(_WORD3.search(rest))


def _row_observations(row: list[Cell], cols: list[Column], info: RowInfo, frame: Frame, doc,
                      table_id: str) -> list[dict]:
    unit_cell = _unit_cell(row, cols)
    level_unit = _level_unit(row, cols, frame, info)
    evidence = " | ".join(c.text for c in row)
    out = []
    for col in cols:
        if col.role != "value":
            continue
        cell = row[col.index]
        for value, unit, written in _cell_values(cell, col, info, frame, unit_cell):
            measure = _measure(unit, col, info)
            code, label = _indicator(info, col, frame, unit if unit != "percent" else level_unit)
            region = info.region or col.region or frame.region or doc.main_region
            partner = _partner(info, frame) or col.origin or (frame.flow_partner if info.partner is None else None)
            domain = other_domain(code, _domain(code, info, col, frame, level_unit or unit), unit)
            if info.partner and col.side and col.side != info.partner:
                # "| Kazakhstan | Debt to China | Chinese FDI stock |": each column says which side holds the figure;
                # a trade flow's sides follow the contract ("Trade with China": China, when it is a side)
                holder = col.side_is_holder or (domain == "trade" and col.side in load_rules()["places"]["side_preference"])
                region, partner = (col.side, info.partner) if holder else (info.partner, col.side)
            elif info.partner and partner == info.partner and domain != "trade" \
                    and not _rules()["flow_caption"].search(frame.caption or "") \
                    and not _rules()["payments_caption"].search(frame.caption or ""):
                region, partner = info.partner, None  # "Kazakhstan | GDP ...": the row's own figure, not a flow
            out.append({
                "indicator_code": code, "indicator_label": label or col.header,
                "domain": domain, "region": region,
                "partner": partner, "period": _period(measure, col, info, frame),
                "measure": measure, "value": value, "unit": unit, "value_as_written": written,
                "qualifier": None, "evidence": evidence, "char_start": cell.start, "char_end": cell.end,
                "method": "table", "table_id": table_id})
    return out


def _partner(info: RowInfo, frame: Frame) -> str | None:
    """Rows named after partners have them as partner; their total row has the caption's."""
    if info.partner:
        return info.partner
    return frame.partner if frame.partner_rows and info.kind == "total" else None


def _domain(code: str, info: RowInfo, col: Column, frame: Frame, unit: str) -> str:
    """An `other` row takes the domain of the nearest catalog concept: its label's cue, the
    table's quantity, else by unit."""
    if code != "other":
        return domain_of(code)
    near = info.code or col.code or frame.code or (_cue(frame.intro, unit)[0] if unit else None)
    if near:
        return domain_of(near)
    if frame.partner_rows and _rules()["flow_caption"].search(frame.caption or ""):
        return "trade"  # "Exports of passenger cars by main destination": a product's flow to its partners
    for text in (info.label, col.header, frame.caption):  # "Cotton output", "Transfer employment of rural labour"
        named = _other_domain(text or "", unit)
        if named:
            return named
    return {"km": "logistics", "count_per_day": "logistics"}.get(unit, "economy")  # (tonnes: mostly output)


def _other_domain(text: str, unit: str | None) -> str | None:
    """The domain an `other` cue (rules/indicator_cues.csv) or the domain words (rules/domain_words.yaml)
    in a label, header or caption name ("Gold produced, tonnes" is no cargo)."""
    if not text.strip() or not unit:
        return None
    choice = _label_choice(text, unit)
    return choice.domain if choice.code == "other" and (choice.distance != 9999 or choice.domain_named) else None


# ---- the table -------------------------------------------------------------------------------

def read_table(table: TableBlock, doc, context_period: str | None) -> TableRead:
    """Observations, cells and quarantined rows of one table. A table the reader fails on goes
    to quarantine whole, with the error; the document's prose and other tables still load."""
    try:
        return _read(table, doc, context_period)
    except Exception as exc:  # noqa: BLE001 - one unreadable table must not cost the document
        first = table.lines[0]
        return TableRead(rejected=[{
            "row_kind": "table_row", "check_name": "table_unreadable",
            "reason": f"the table reader failed on this table: {type(exc).__name__}: {exc}",
            "payload": {"table_id": _table_id(table), "row": first.text}, "char_start": first.start}])


def _read(table: TableBlock, doc, context_period: str | None) -> TableRead:
    out = TableRead()
    grid = _grid(table)
    if grid is None:
        return out
    header, data, ragged = grid
    frame = _frame(table, doc, context_period)
    cols = _columns(header, data, frame, doc)
    _caption_periods_by_column(frame.caption, cols, doc)
    _frame_from_columns(frame, cols, data)
    t = Layout(_table_id(table), table.index, header, cols, frame)
    _record(out, t, 0, header, [])
    _read_rows(out, t, data, doc)
    for r, line in enumerate(ragged, start=len(data) + 1):
        _record(out, t, r, line, [])  # kept whole in table_cells, under no column
        out.rejected.append(_rejection(line, header, t.table_id))
    return out


@dataclass
class Layout:
    """A table once its header is read: what every row is read against."""
    table_id: str
    index: int
    header: list[Cell]
    cols: list[Column]
    frame: Frame


def _table_id(table: TableBlock) -> str:
    return hashlib.sha256(f"{table.lines[0].start}:{table.lines[0].text}".encode()).hexdigest()[:16]


def _grid(table: TableBlock) -> tuple[list[Cell], list[list[Cell]], list[list[Cell]]] | None:
    """(header, data rows, ragged rows): every row with one cell per column, wrapped rows joined."""
    lines = _cells_of_block(table)
    if len(lines) < 2:
        return None
    first = _with_label_corner(lines[0], lines[1:], table.kind)
    fitted = [(line, _fit(line, first, table.kind)) for line in lines[1:]]
    header, data = _header_rows(_join_wrapped([first] + [f for _, f in fitted if f is not None]))
    return header, data, [line for line, f in fitted if f is None]


def _frame_from_columns(frame: Frame, cols: list[Column], data: list[list[Cell]]) -> None:
    """What the caption names, read once the table's unit is known; the quantities that the
    caption and the headers name (a row that only names a part of one of them is `other`)."""
    units = [u for u in (_figure_unit(c, data, frame) for c in cols if c.role == "value") if u]
    # the unit of the table's first figure that is not a percent: the caption's cue must fit it
    frame.code = _cue(_strip_unit(frame.caption or ""), next((u for u in units if u != "percent"), None))[0]
    if frame.code is None and frame.caption and any(_label_choice(_strip_unit(frame.caption), u).distance < 9999
                                                    for u in set(units)):
        frame.intro = ""  # "Average wage ... and retail trade turnover": a caption that names quantities the
        # catalog lacks; the introducing sentence's ("trade with China amounted to ...") is not the table's
    frame.partner_rows = frame.partner_rows or _partner_label_column(cols)
    frame.wholes = {c.code for c in cols if c.code} | ({frame.code} if frame.code else set())


def _read_rows(out: TableRead, t: Layout, data: list[list[Cell]], doc) -> None:
    heading = prev = None
    for r, row in enumerate(data, start=1):
        if _is_heading(row, t.cols):  # an "Of which:" heading keeps the place of the one above
            heading = _row_info(row, t.cols, t.frame, doc, heading, None)
            _record(out, t, r, row, [])
            continue
        info = _row_info(row, t.cols, t.frame, doc, heading, prev)
        observations = _row_observations(row, t.cols, info, t.frame, doc, t.table_id)
        _record(out, t, r, row, observations)
        out.observations += observations
        prev = info if observations else prev


def _partner_label_column(cols: list[Column]) -> bool:
    label = next((c for c in cols if c.role == "label"), None)
    return bool(label and _rules()["partner_label_header"].match(label.header))


def _with_label_corner(header: list[Cell], rows: list[list[Cell]], kind: str) -> list[Cell]:
    """A header that leaves out the label column's corner ("| 2023 | 2024 |" over
    "| GDP | 1 | 2 |") gets an empty first cell when most rows have one cell more, or, in a
    space-aligned table, when the header starts right of where the row labels end."""
    if not header or not rows:
        return header
    missing = sum(1 for r in rows if len(r) == len(header) + 1) >= max(1, 2 * len(rows) / 3)
    if kind == "aligned" and not missing:
        label_ends = sorted(r[0].col + len(r[0].raw) for r in rows if len(r) > 1)
        missing = bool(label_ends) and header[0].col >= label_ends[len(label_ends) // 2]
    return [Cell("", header[0].start - header[0].col, 0)] + header if missing else header


def _rejection(row: list[Cell], header: list[Cell], table_id: str) -> dict:
    written = " | ".join(c.text for c in row)
    n, h = len(row), len(header)
    what = "a cell missing" if n < h else "a cell too many"
    return {"row_kind": "table_row", "check_name": "ragged_row",
            "reason": f"table row has {n} cells where the header has {h} ({what}); "
                      f"not read, so that no figure lands in the wrong column",
            "payload": {"table_id": table_id, "row": written, "n_cells": n, "n_header_cells": h},
            "char_start": row[0].start if row else None}


def _record(out: TableRead, t: Layout, r: int, row: list[Cell], observations: list[dict]) -> None:
    """Every cell is kept, as written; a cell that gave exactly one figure keeps its base value.
    A ragged row's cells stand under no column (col_label null)."""
    label = next((c.index for c in t.cols if c.role == "label"), None)
    values: dict[int, list[float]] = {}
    for o in observations:
        values.setdefault(o["char_start"], []).append(o["value"])
    fits = len(row) == len(t.header)
    for c, cell in enumerate(row):
        found = values.get(cell.start, [])
        out.cells.append({
            "table_id": t.table_id, "table_index": t.index, "caption": t.frame.caption, "row_index": r,
            "col_index": c, "row_label": row[label].text if label is not None and label < len(row) else None,
            "col_label": t.header[c].text if fits else None, "raw_text": cell.text,
            "value": found[0] if len(found) == 1 and r > 0 else None,
            "char_start": cell.start, "char_end": cell.end})


# ---- shared readers --------------------------------------------------------------------------

@lru_cache(maxsize=64)  # a table's labels and headers repeat (a row label in each table, a caption's words)
def _cue(text: str, unit: str | None) -> tuple[str | None, str | None]:
    """(code, cue words) of the indicator a label or header names, for figures in `unit`."""
    if not text.strip():
        return None, None
    if unit is None:  # no unit to filter the cues by
        return cue_in(text), None
    choice = _label_choice(text, unit or "count")
    return (None, None) if choice.code == "other" else (choice.code, choice.label)


def _label_choice(text: str, unit: str):
    """What the cues say a label, header or caption names, for figures in `unit`."""
    return choose_indicator(text, len(text), len(text), unit, "level", None, 0)


@lru_cache(maxsize=64)  # the same header or label is asked for its period more than once
def _time_of(text: str) -> str | None:
    """The period a cell or label consists of ("2024", "May 2023", "First Half of 2023")."""
    times = [t for t in find_times(text, None) if t.period]
    if not times:
        return None
    rest = text
    for t in reversed(times):
        rest = rest[: t.start] + " " + rest[t.end:]
    rest = _TIME_FILLER.sub(" ", rest)
    return times[0].period if not _WORD_OR_DIGIT.search(rest) else None


def _place(text: str, doc) -> str | None:
    places = find_places(text)
    if not places:
        return None
    region = places[0].region
    return resolve_reference(region, doc)
