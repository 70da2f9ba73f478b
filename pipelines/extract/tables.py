"""Observations from plain-text tables: markdown pipes, tabs, or space-aligned columns.

Units and scales come from the header cell ("Added Value (100 million yuan)"), a line above the
table ("Unit: CNY 100 Million"), a unit column, or the cell itself ("10 million kilowatts").
Every cell is kept in table_cells; a ragged row goes to quarantine instead of shifting columns.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache

from pipelines.extract.indicators import choose_indicator, domain_of
from pipelines.extract.periods import find_times
from pipelines.extract.places import MAIN, find_places
from pipelines.extract.quantities import find_quantities
from pipelines.extract.segment import Line, TableBlock
from pipelines.rules import indicator_catalog, load_rules

EMPTY_CELL = re.compile(r"^\s*(?:-+|–|—|…|\.\.\.|n/?a|na|none|nil|x|\*)?\s*$", re.IGNORECASE)
NUMBER_CELL = re.compile(r"^\s*(?P<sign>[-+−])?\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<pct>%)?\s*$")


@dataclass
class Cell:
    text: str
    start: int  # offset in the document

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class TableRead:
    observations: list[dict] = field(default_factory=list)
    cells: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)


@dataclass
class ColumnUnit:
    unit: str | None
    multiplier: float


def split_cells(line: Line, kind: str) -> list[Cell]:
    text = line.text
    if kind == "pipe":
        parts = [(m.start(), m.group(0)) for m in re.finditer(r"[^|]+|(?<=\|)(?=\|)", text)]
        stripped = text.strip()
        if stripped.startswith("|") or stripped.endswith("|"):
            parts = [p for p in parts if p[1].strip() or _between_pipes(text, p[0])]
        sep = None
    else:
        sep = r"\t" if kind == "tab" else r" {2,}|\t"
        parts, pos = [], 0
        for m in re.finditer(sep, text):
            parts.append((pos, text[pos:m.start()]))
            pos = m.end()
        parts.append((pos, text[pos:]))
        parts = [p for p in parts if p[1].strip() or kind == "tab"]
    cells = []
    for off, raw in parts:
        lead = len(raw) - len(raw.lstrip())
        cells.append(Cell(raw.strip(), line.start + off + lead))
    if kind == "pipe":
        cells = _trim_outer(text, cells)
    return cells


def _between_pipes(text: str, pos: int) -> bool:
    return pos > 0 and text[pos - 1] == "|"


def _trim_outer(text: str, cells: list[Cell]) -> list[Cell]:
    s = text.strip()
    if s.startswith("|") and cells and not cells[0].text and text.lstrip().startswith("|") and False:
        cells = cells[1:]
    if s.endswith("|") and cells and not cells[-1].text:
        cells = cells[:-1]
    return cells


def read_table(table: TableBlock, doc, context_period: str | None) -> TableRead:
    out = TableRead()
    body = [ln for ln in table.lines if not re.fullmatch(r"\s*\|?[\s:|-]*-{2,}[\s:|-]*\|?\s*", ln.text)]
    rows = _merge_continuations([split_cells(ln, table.kind) for ln in body], body)
    if len(rows) < 2:
        return out
    header, data = rows[0], rows[1:]
    table_id = hashlib.sha256(f"{table.lines[0].start}:{table.lines[0].text}".encode()).hexdigest()[:16]
    caption = _caption(table)
    table_unit = _table_unit(table)
    col_units = [_header_unit(c.text) for c in header]
    label_col = _label_column(header, data)
    unit_col = _unit_column(header)
    caption_period = _first_period(caption or "", doc.doc_date)
    caption_region = _region_in(caption or "", doc)
    _cells_of(out, table_id, table.index, caption, 0, header, header, label_col)
    for r, row in enumerate(data, start=1):
        if len(row) != len(header):
            out.rejected.append({
                "row_kind": "table_row", "check_name": "ragged_row",
                "reason": f"table row {r} has {len(row)} cells, the header has {len(header)}: not read, to avoid shifting columns",
                "payload": {"table_id": table_id, "row": " | ".join(c.text for c in row)},
                "char_start": row[0].start if row else None})
            continue
        _cells_of(out, table_id, table.index, caption, r, row, header, label_col)
        out.observations += _row_observations(row, header, r, label_col, unit_col, col_units, table_unit, doc,
                                              caption_period or context_period, caption_region, table_id)
    return out


def _merge_continuations(rows: list[list[Cell]], lines: list[Line]) -> list[list[Cell]]:
    """A row whose label cell is empty and whose other cells are empty too continues the row above."""
    merged: list[list[Cell]] = []
    for row in rows:
        if merged and row and len(row) == len(merged[0]) and not any(NUMBER_CELL.match(c.text) for c in row) \
                and (not row[0].text or row[0].text[:1].islower()) and len(merged) > 1:
            prev = merged[-1]
            for i, c in enumerate(row):
                if c.text:
                    prev[i] = Cell(f"{prev[i].text} {c.text}".strip(), prev[i].start)
            continue
        merged.append(row)
    return merged


def _cells_of(out: TableRead, table_id: str, index: int, caption, r: int, row: list[Cell], header, label_col) -> None:
    for c, cell in enumerate(row):
        m = NUMBER_CELL.match(cell.text)
        out.cells.append({
            "table_id": table_id, "table_index": index, "caption": caption, "row_index": r, "col_index": c,
            "row_label": row[label_col].text if label_col < len(row) else None,
            "col_label": header[c].text if c < len(header) else None,
            "raw_text": cell.text, "value": _number(m) if (m and r > 0) else None,
            "char_start": cell.start, "char_end": cell.end})


def _number(m: re.Match) -> float:
    v = float(m.group("num").replace(",", ""))
    return -v if m.group("sign") in ("-", "−") else v


def _row_observations(row, header, r, label_col, unit_col, col_units, table_unit, doc, base_period,
                      base_region, table_id) -> list[dict]:
    label = row[label_col].text
    row_text = " | ".join(c.text for c in row)
    target_row = bool(re.search(load_rules()["measures"]["table_row_target"], row_text, re.I))
    row_period = _first_period(label, doc.doc_date)
    row_time = next((p for c in row if c is not row[label_col] and not NUMBER_CELL.match(c.text)
                     for p in [_first_period(c.text, doc.doc_date)] if p), None)
    region = _region_in(label, doc) or base_region or doc.main_region
    level_unit = next((col_units[i].unit for i in range(len(row)) if col_units[i].unit not in (None, "percent")), None)
    out = []
    for c, cell in enumerate(row):
        if c == label_col or c == unit_col or EMPTY_CELL.match(cell.text):
            continue
        head = header[c].text
        value, unit, written = _cell_value(cell, col_units[c], table_unit, row[unit_col].text if unit_col is not None else None)
        if value is None:
            continue
        measure = _header_measure(head, unit)
        if target_row and measure == "level":
            measure = "target"
        period = row_period or _first_period(head, doc.doc_date)
        if measure == "target":
            period = None
        elif period is None:
            period = row_time or base_period
        choice = choose_indicator(label, len(label), len(label), level_unit or unit, "level", None, 0)
        if choice.code == "other":
            choice = choose_indicator(head, len(head), len(head), unit, "level", None, 0)
        if choice.code == "other":
            code = _only_code_for_unit(unit)
            if code:
                choice.code, choice.domain = code, domain_of(code)
        out.append({
            "indicator_code": choice.code, "indicator_label": label if choice.code != "other" else f"{label} {head}",
            "domain": choice.domain, "region": region, "partner": None, "period": period, "measure": measure,
            "value": value, "unit": unit, "value_as_written": written, "qualifier": None, "evidence": row_text,
            "char_start": cell.start, "char_end": cell.end, "method": "table", "table_id": table_id})
    return out


def _cell_value(cell: Cell, col: ColumnUnit, table_unit: ColumnUnit | None, unit_cell: str | None):
    m = NUMBER_CELL.match(cell.text)
    if m:
        unit = col.unit or (table_unit.unit if table_unit else None)
        mult = col.multiplier if col.unit else (table_unit.multiplier if table_unit else 1.0)
        if unit_cell:
            parsed = _header_unit(f"({unit_cell})")
            unit, mult = parsed.unit or unit, parsed.multiplier
        if m.group("pct"):
            unit, mult = "percent", 1.0
        return _number(m) * mult, unit or "count", cell.text
    qs = find_quantities(cell.text)
    if qs:
        q = qs[0]
        return q.value, q.unit, cell.text
    return None, None, None


@cache
def _unit_parse(text: str) -> ColumnUnit:
    t = text.strip()
    if re.fullmatch(r"%|percent|per cent|pct", t, re.I):
        return ColumnUnit("percent", 1.0)
    qs = find_quantities("1 " + t) if not re.match(r"\d", t) else find_quantities(t)
    if qs and qs[0].num_start == 0:
        q = qs[0]
        return ColumnUnit(q.unit if q.unit != "count" or q.noun else q.unit, q.value)
    if qs:
        return ColumnUnit(qs[0].unit, qs[0].value)
    cur = re.match(r"^(?:cny|rmb|yuan|usd|us\$|\$|eur)\s+(.*)$", t, re.I)
    if cur:
        inner = _unit_parse(cur.group(1) + " " + cur.group(0).split()[0])
        return inner
    return ColumnUnit(None, 1.0)


def _header_unit(text: str) -> ColumnUnit:
    m = re.search(r"\(([^()]*)\)\s*$", text)
    if not m:
        return ColumnUnit(None, 1.0)
    return _unit_parse(m.group(1))


def _table_unit(table: TableBlock) -> ColumnUnit | None:
    pat = load_rules()["units"]["table_unit_line"]
    for ln in reversed(table.context):
        m = re.match(pat, ln.text, re.I)
        if m:
            words = m.group("unit")
            parsed = _unit_parse(words)
            if parsed.unit is None:
                parts = words.split()
                parsed = _unit_parse(" ".join(parts[1:] + parts[:1]))
            return parsed
    return None


def _caption(table: TableBlock) -> str | None:
    for ln in reversed(table.context):
        text = ln.text.strip()
        if text and not re.match(load_rules()["units"]["table_unit_line"], text, re.I):
            return text[:300]
    return None


def _label_column(header: list[Cell], data: list[list[Cell]]) -> int:
    for c in range(len(header)):
        texts = [row[c].text for row in data if c < len(row)]
        if texts and sum(1 for t in texts if NUMBER_CELL.match(t) or EMPTY_CELL.match(t)) < len(texts) / 2:
            return c
    return 0


def _unit_column(header: list[Cell]) -> int | None:
    pat = load_rules()["units"]["unit_column_header"]
    for c, cell in enumerate(header):
        if re.match(pat, cell.text, re.I):
            return c
    return None


def _header_measure(head: str, unit: str) -> str:
    if unit != "percent":
        return "target" if re.search(load_rules()["measures"]["table_headers"]["target"], head, re.I) else "level"
    for measure, pat in load_rules()["measures"]["table_headers"].items():
        if re.search(pat, head, re.I):
            return measure
    return "level"


def _first_period(text: str, doc_date) -> str | None:
    times = [t for t in find_times(text, doc_date) if t.period]
    return times[0].period if times else None


def _region_in(text: str, doc) -> str | None:
    places = find_places(text)
    if not places:
        return None
    region = places[0].region
    return doc.main_region if region == MAIN else region


@cache
def _only_code_for_unit(unit: str) -> str | None:
    codes = [code for code, row in indicator_catalog().items() if (row.get("default_unit") or "") == unit]
    return codes[0] if len(codes) == 1 else None
