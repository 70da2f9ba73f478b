"""Cut a document into paragraphs, sentences and table blocks, keeping character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from pipelines.extract.prefilter import for_lower_case
from pipelines.rules import load_rules


@dataclass
class Line:
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class TableBlock:
    lines: list[Line]
    kind: str  # pipe | tab | aligned
    context: list[Line] = field(default_factory=list)  # lines just above: caption, "Unit: ..."
    index: int = 0


@dataclass
class Sentence:
    start: int
    text: str
    paragraph: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def lines_of(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(Line(pos, raw))
        pos += len(raw) + 1
    return out


@cache
def _table_rules() -> dict:
    r = load_rules()["tables"]
    return {
        "rule": re.compile(r["rule_line"]),
        "caption": re.compile(r["caption_line"], re.IGNORECASE),
        "units": [re.compile(p, re.IGNORECASE) for p in r["unit_line"]],
        "note": re.compile(r["note_line"], re.IGNORECASE),
        "wrap_max": r["wrapped_line_max_chars"],
        "caption_max": r["caption_max_chars"],
    }


def line_kind(line: str) -> str | None:
    """rule | pipe | tab | aligned | None (prose, or blank)."""
    s = line.strip()
    if not s:
        return None
    if _table_rules()["rule"].match(s):
        return "rule"
    if "|" in s:
        return "pipe"
    if "\t" in s and len([c for c in s.split("\t") if c.strip()]) >= 2:
        return "tab"
    if "  " in s and len(s) < 300:  # two or more cells split on a run of spaces
        return "aligned"
    return None


def unit_line(text: str) -> re.Match | None:
    """'Unit: CNY 100 Million' and the like; the caller checks that the words parse as a unit."""
    for pattern in _table_rules()["units"]:
        m = pattern.search(text)
        if m:
            return m
    return None


_IN_LINE = re.compile(r"^\(?\s*in\s", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?。]$")


def _stated_unit_line(text: str) -> bool:
    """'Unit: ...' or a line that is only '(100 million yuan)'; not an 'In ...' line, which may
    be prose ('In 2023')."""
    text = text.strip()
    return bool(unit_line(text)) and not _IN_LINE.match(text)


def is_caption_line(text: str) -> bool:
    """'Table 1: GDP by industry, 2023': a numbered title, not a sentence ('Table 1 shows ...')."""
    text = text.strip()
    title_like = len(text) <= _table_rules()["caption_max"] and not _SENTENCE_END.search(text)
    return title_like and bool(_table_rules()["caption"].match(text))


def split_blocks(text: str) -> tuple[list[list[Line]], list[TableBlock]]:
    """Paragraphs (each a non-empty prose line) and table blocks (runs of table-like lines).
    The caption and unit lines right above a table belong to it, not to the prose."""
    lines = lines_of(text)
    kinds = [line_kind(ln.text) for ln in lines]  # read once: the table scan looks at a line several times
    paragraphs: list[list[Line]] = []
    tables: list[TableBlock] = []
    furniture: set[int] = set()  # line starts of captions and unit lines of tables
    i = 0
    while i < len(lines):
        found = _table_at(lines, kinds, i)
        if found:
            first, end, family = found
            context = _context(lines, first)
            furniture.update(ln.start for ln in _furniture(context))
            tables.append(TableBlock(lines[first:end], family, context, len(tables)))
            paragraphs = [p for p in paragraphs if p[0].start not in furniture]
            i = end
            continue
        if lines[i].text.strip():
            paragraphs.append([lines[i]])
        i += 1
    return paragraphs, tables


def _table_at(lines: list[Line], kinds: list[str | None], i: int) -> tuple[int, int, str] | None:
    """(first line, end line, family) of a table starting at line i, or None. kinds: line_kind of each line."""
    family = _family_at(lines, kinds, i)
    if family is None:
        return None
    j = i if kinds[i] else i + 1  # an indented one-cell header is the first line
    while j < len(lines):
        kind = kinds[j]
        if kind in (family, "rule") or (j > i and _is_wrapped(lines, kinds, j, family)):
            j += 1
        else:
            break
    first, end = _trim(lines, kinds, i, j)
    body = [ln for ln, kind in zip(lines[first:end], kinds[first:end]) if kind != "rule"]
    if len(body) < load_rules()["text"]["table_min_rows"]:
        return None
    if family != "pipe" and not _looks_numeric(body):
        return None
    return first, end, family


_INDENTED = re.compile(r" {8,}\S")
_WRAPPED = re.compile(r"\s{2,}\S|[a-z]")
_CELL_SEP = re.compile(r" {2,}|\t")
_FIGURE = re.compile(r"[-+−]?[\d,.]+%?")


def _family_at(lines: list[Line], kinds: list[str | None], i: int) -> str | None:
    """The kind of the first table line at i (rule lines may lead the table)."""
    j = i
    while j < len(lines) and kinds[j] == "rule":
        j += 1
    if j >= len(lines):
        return None
    kind = kinds[j]
    if kind in ("pipe", "tab", "aligned"):
        return kind
    # a header whose only cell is indented far right ("            2023") opens an aligned table
    nxt = kinds[j + 1] if j + 1 < len(lines) else None
    indented_header = _INDENTED.match(lines[j].text) and len(lines[j].text.strip()) <= 40
    if j == i and nxt == "aligned" and indented_header:
        return "aligned"
    return None


def _is_wrapped(lines: list[Line], kinds: list[str | None], j: int, family: str) -> bool:
    """A short line inside a tab or space-aligned table continues a row; so does an indented or
    lower-case one right under its last row."""
    if family == "pipe":
        return False
    text = lines[j].text.strip()
    rules = _table_rules()
    if not text or len(text) > rules["wrap_max"] or is_caption_line(text) or unit_line(text):
        return False
    if j + 1 < len(lines) and kinds[j + 1] == family:
        return True
    return bool(_WRAPPED.match(lines[j].text))


def _trim(lines: list[Line], kinds: list[str | None], i: int, j: int) -> tuple[int, int]:
    """Drop a caption or unit line caught at the top of an aligned block and notes at its end."""
    rules = _table_rules()
    while i < j and (is_caption_line(lines[i].text) or _stated_unit_line(lines[i].text)):
        i += 1
    while j > i and (rules["note"].match(lines[j - 1].text) or kinds[j - 1] == "rule"):
        j -= 1
    return i, j


def _context(lines: list[Line], first: int) -> list[Line]:
    """Up to three non-empty lines right above a table (nearest last): caption, unit, intro."""
    above = [ln for ln in lines[max(0, first - 6):first] if ln.text.strip()]
    return above[-3:]


def _furniture(context: list[Line]) -> list[Line]:
    """The caption and unit lines directly above a table: they hold no prose figures."""
    out = []
    for ln in reversed(context):
        if _stated_unit_line(ln.text) or is_caption_line(ln.text):
            out.append(ln)
        else:
            break
    return out


def _looks_numeric(lines: list[Line]) -> bool:
    """Space-aligned text is a table only when most rows carry numbers in their own columns."""
    rows = [_CELL_SEP.split(ln.text.strip()) for ln in lines]
    numeric = sum(1 for cells in rows if any(_FIGURE.fullmatch(c.strip()) for c in cells[1:]))
    return numeric >= max(1, len(rows) // 2)


@cache
def _abbrev_re(lowered: bool = False) -> re.Pattern:
    """An abbreviation or an initial right before a full stop; with lowered=True, compiled to read
    the lower-case copy of an ASCII text (periods.for_lower_case), which is faster."""
    words = "|".join(sorted(load_rules()["text"]["abbreviations"], key=len, reverse=True))
    words = words.replace(".", r"\.")
    pattern = rf"(?:\b(?:{words})|\b[a-z]|\b[a-z]\.[a-z])\.$"  # [a-z]: any letter, as case is ignored
    return for_lower_case(pattern) if lowered else re.compile(pattern, re.IGNORECASE)


_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?\s+(?=[\"“‘(\[]?[A-Z0-9\\$])")


def sentences_of(paragraph: Line, index: int) -> list[Sentence]:
    """Split a paragraph line into sentences; abbreviations and initials do not end one."""
    text = paragraph.text
    lowered = text.isascii()
    low, abbrev = text.lower() if lowered else text, _abbrev_re(lowered)
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        # a slice, not search(pos): a word cut at the slice's start still starts a word there
        if text[m.start()] == "." and abbrev.search(low[max(0, m.start() - 12): m.start() + 1]):
            continue
        end = m.end()
        piece = text[start:end].rstrip()
        if piece.strip():
            out.append(Sentence(paragraph.start + start, piece, index))
        start = end
    tail = text[start:].rstrip()
    if tail.strip():
        out.append(Sentence(paragraph.start + start, tail, index))
    return out
