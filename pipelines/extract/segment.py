"""Cut a document into paragraphs, sentences and table blocks, keeping character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

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


_PIPE = re.compile(r"\|")
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_ALIGNED_GAP = re.compile(r"\S(?: {2,}|\t)\S")


def line_kind(line: str) -> str | None:
    s = line.strip()
    if not s:
        return None
    if _RULE.match(s) and "-" in s:
        return "rule"
    if s.count("|") >= 2 or (s.count("|") == 1 and (s.startswith("|") or s.endswith("|"))):
        return "pipe"
    if "\t" in s and len([c for c in s.split("\t") if c.strip()]) >= 2:
        return "tab"
    if len(re.split(r" {2,}", s)) >= 2 and len(s) < 300:
        return "aligned"
    return None


def split_blocks(text: str) -> tuple[list[list[Line]], list[TableBlock]]:
    """Paragraphs (each a non-empty prose line) and table blocks (runs of table-like lines)."""
    min_rows = load_rules()["text"]["table_min_rows"]
    lines = lines_of(text)
    paragraphs: list[list[Line]] = []
    tables: list[TableBlock] = []
    i = 0
    while i < len(lines):
        kind = line_kind(lines[i].text)
        if kind in ("pipe", "tab", "aligned", "rule"):
            j = i
            family = "pipe" if kind in ("pipe", "rule") else kind
            while j < len(lines) and _same_family(line_kind(lines[j].text), family):
                j += 1
            block = lines[i:j]
            body = [ln for ln in block if line_kind(ln.text) != "rule"]
            if len(body) >= min_rows and (family != "aligned" or _looks_numeric(body)):
                context = [ln for ln in lines[max(0, i - 3):i] if ln.text.strip()]
                tables.append(TableBlock(block, family, context, len(tables)))
                i = j
                continue
        if lines[i].text.strip():
            paragraphs.append([lines[i]])
        i += 1
    return paragraphs, tables


def _same_family(kind: str | None, family: str) -> bool:
    if family == "pipe":
        return kind in ("pipe", "rule")
    return kind == family


def _looks_numeric(lines: list[Line]) -> bool:
    """Space-aligned text is a table only when most rows carry numbers in their own columns."""
    rows = [re.split(r" {2,}|\t", ln.text.strip()) for ln in lines]
    numeric = sum(1 for cells in rows if any(re.fullmatch(r"[-+]?[\d,.]+%?", c.strip()) for c in cells[1:]))
    return numeric >= max(1, len(rows) // 2)


@cache
def _abbrev_re() -> re.Pattern:
    words = "|".join(sorted(load_rules()["text"]["abbreviations"], key=len, reverse=True))
    words = words.replace(".", r"\.")
    return re.compile(rf"(?:\b(?:{words})|\b[A-Z]|\b[A-Z]\.[A-Z])\.$", re.IGNORECASE)


_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?\s+(?=[\"“‘(\[]?[A-Z0-9\\$])")


def sentences_of(paragraph: Line, index: int) -> list[Sentence]:
    """Split a paragraph line into sentences; abbreviations and initials do not end one."""
    text = paragraph.text
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        head = text[max(0, m.start() - 12): m.start() + 1]
        if text[m.start()] == "." and _abbrev_re().search(head):
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
