"""Sentence structure the prose rules share: where a clause starts and ends, the asides between
commas or in parentheses, and the lists a sentence's figures form."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipelines.extract.quantities import Quantity
from pipelines.rules import load_rules


def range_continues(qs: list[Quantity], i: int) -> bool:
    """True when the next quantity is the second end of this one's range ('from 8 to 15')."""
    return i + 1 < len(qs) and qs[i + 1].range_pos == 1 and qs[i + 1].group == qs[i].group


CONTRAST = re.compile(r",\s+(?:while|whereas|but|although)\s", re.IGNORECASE)


RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)  # a list of figures pairs with a list of names


def clause_end(s: str, pos: int) -> int:
    ends = [i for i in (s.find(";", pos), s.find(":", pos)) if i >= 0]
    return min(ends) if ends else len(s)


def clause_start(s: str, pos: int) -> int:
    """Start of the clause holding pos: after the last ';' or ':' before it, or after the '(' of
    a parenthesis still open at pos (sentence start else)."""
    cut = max(s.rfind(";", 0, pos), s.rfind(":", 0, pos))
    contrast = [m.end() - 1 for m in CONTRAST.finditer(s, 0, pos)]  # ", while ...": a clause of its own
    if contrast:
        cut = max(cut, contrast[-1])
    paren = s.rfind("(", 0, pos)
    if paren > cut and s.find(")", paren, pos) < 0:
        cut = paren
    return cut + 1 if cut >= 0 else 0


@cache
def _aside() -> re.Pattern:
    """A relative or appositive clause between commas (rules/text.yaml aside_openers)."""
    openers = "|".join(load_rules()["text"]["aside_openers"])
    return re.compile(rf",\s+(?:{openers})\s[^,;]*,", re.IGNORECASE)


def after_new_subject(s: str, q: Quantity, window: int) -> int:
    """Where q's indicator words may start: after the figure before it when a new subject comes in
    between ("... rose 7.1% and construction jumped 11.4%"), else the clause start."""
    if q.prev_end is None or q.prev_end < window:
        return window
    return q.prev_end if _new_subject().match(s, q.prev_end, q.start) else window


@cache
def _new_subject() -> re.Pattern:
    return re.compile(load_rules()["measures"]["new_subject"], re.IGNORECASE)


def without_asides(s: str, pos: int) -> str:
    """The sentence with the asides that close before pos blanked out (same length): 'Remittances,
    which account for a fifth of GDP, fell 4.2%' - GDP names the aside's figure, not this one."""
    for a, b in aside_spans(s, pos):
        s = s[:a + 1] + " " * (b - a - 2) + s[b - 1:]
    if "(" in s:  # "investment (excluding rural households) increased": the households are no cue
        for m in _qualifier_parenthesis().finditer(s, 0, pos):
            s = s[:m.start() + 1] + " " * (m.end() - m.start() - 2) + s[m.end() - 1:]
    return s


@cache
def _qualifier_parenthesis() -> re.Pattern:
    openers = "|".join(load_rules()["text"]["qualifier_parentheses"])
    return re.compile(rf"\(\s*(?:{openers})\b[^()]*\)", re.IGNORECASE)


@lru_cache(maxsize=16)  # the indicator and the period of a figure both ask
def aside_spans(s: str, pos: int) -> tuple[tuple[int, int], ...]:
    """Spans of the relative or appositive clauses that close before pos."""
    if s.count(",", 0, pos) < 2:
        return ()  # an aside needs two commas
    return tuple(m.span() for m in _aside().finditer(s, 0, pos))


# ":" joins a ratio's parts; "up 29.0 percent and down 3.1 percent" is a list too
LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|:\s*)(?:(?:up|down|rising|falling|increasing|decreasing)\s+(?:by\s+)?)?")


def list_runs(s: str, qs: list[Quantity]) -> list[list[Quantity]]:
    """The figures split into lists: same unit, written as one list ("17,304, 15,512 and 12,950 yuan"
    share a group and its span) or joined by commas or 'and'."""
    runs = [[qs[0]]]
    for a, b in zip(qs, qs[1:]):
        if a.unit == b.unit and (a.group == b.group or LIST_SEP.fullmatch(s[a.end:b.start])):
            runs[-1].append(b)
        else:
            runs.append([b])
    return runs
