"""Which catalog indicator a number measures, and with which measure, from the words around it.

The cues are data (rules/indicator_cues.csv, rules/measures.yaml); the catalog is the dbt seed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipelines.rules import indicator_catalog, indicator_cues, load_rules


@dataclass
class Cue:
    code: str
    pattern: re.Pattern
    units: frozenset[str]
    priority: int


@dataclass
class IndicatorChoice:
    code: str
    label: str | None
    domain: str
    distance: int


@cache
def cues() -> list[Cue]:
    return [Cue(row["indicator_code"], re.compile(row["pattern"], re.IGNORECASE),
                frozenset(u for u in (row.get("units") or "").split("|") if u), int(row.get("priority") or 1))
            for row in indicator_cues()]


def domain_of(code: str) -> str:
    row = indicator_catalog().get(code)
    return row["domain"] if row else "economy"


def choose_indicator(sentence: str, start: int, end: int, unit: str, measure: str,
                     noun: str | None, window_start: int) -> IndicatorChoice:
    """Best cue for the number at [start, end): its own noun phrase first, then the nearest
    words before it in the clause, then the words after it (for levels)."""
    after = _noun_phrase(sentence, end)
    best: tuple[float, Cue, str, int] | None = None
    any_domain: tuple[float, str] | None = None
    regions = [("own", (noun or "") + " " + after, 0)]
    if measure == "share":
        regions = [("own", (noun or ""), 0)]
    regions.append(("before", sentence[window_start:start], start))
    for where, text, offset in regions:
        for cue in cues():
            for m in cue.pattern.finditer(text):
                length_bonus = min(len(m.group(0)), 30) / 6  # the longer, more specific cue wins a tie
                if where == "own":
                    distance = m.start()
                    score = 100 + cue.priority * 10 - distance / 10 + length_bonus
                else:
                    distance = offset - (window_start + m.end())
                    score = cue.priority * 6 - distance / 12 + length_bonus
                if any_domain is None or score > any_domain[0]:
                    any_domain = (score, domain_of(cue.code))
                if cue.units and unit not in cue.units:
                    continue
                if best is None or score > best[0]:
                    best = (score, cue, m.group(0), distance)
    if best is None or (best[3] > 220):
        label = (noun or after).strip() or None
        return IndicatorChoice("other", label, any_domain[1] if any_domain else _domain_by_unit(unit), 9999)
    _, cue, label, distance = best
    return IndicatorChoice(cue.code, label, domain_of(cue.code), distance)


def _noun_phrase(sentence: str, end: int) -> str:
    """The words right after a number, up to the next punctuation (at most 60 characters)."""
    m = re.match(r"[^,.;:()—–]{0,60}", sentence[end:])
    return m.group(0) if m else ""


def _domain_by_unit(unit: str) -> str:
    return {"t": "logistics", "km": "logistics", "count_per_day": "logistics"}.get(unit, "economy")


# ---- measures --------------------------------------------------------------------------------

@cache
def _measure_rules() -> dict:
    r = load_rules()["measures"]
    comp = {}
    for name in ("growth_avg_annual", "growth_other", "growth_yoy", "share"):
        comp[name] = ([re.compile(p, re.I) for p in r[name].get("before", [])],
                      [re.compile(p, re.I) for p in r[name].get("after", [])])
    for key in ("decline", "rate", "target", "target_year", "difference_after", "growth_words"):
        comp[key] = re.compile(r[key], re.I)
    return comp


def choose_measure(sentence: str, start: int, end: int, unit: str, is_fraction: bool,
                   window_start: int) -> tuple[str, bool]:
    """(measure, is_decline) for the number at [start, end)."""
    r = _measure_rules()
    before = sentence[window_start:start]
    near_before = before[-70:]
    after = sentence[end:end + 80]
    if unit == "percent":
        if is_fraction:
            return "share", False
        for name, window in (("growth_avg_annual", before[-120:]), ("growth_other", before[-160:]),
                             ("growth_yoy", near_before), ("share", near_before)):
            pats_before, pats_after = r[name]
            hit_before = any(p.search(window) for p in pats_before)
            hit_after = any(p.search(after) for p in pats_after)
            if hit_before or hit_after:
                if name == "growth_yoy" and r["rate"].search(near_before[-40:]) and not r["growth_words"].search(near_before[-40:]):
                    return "level", False
                decline = bool(r["decline"].search(near_before[-40:] + " " + after[:25]))
                if name == "share" and _is_target(sentence, start, window_start):
                    return "target", False
                return name, decline and name.startswith("growth")
        if _is_target(sentence, start, window_start):
            return "target", False
        return "level", False
    if _is_target(sentence, start, window_start):
        return "target", False
    return "level", False


def _is_target(sentence: str, start: int, window_start: int) -> bool:
    r = _measure_rules()
    clause = sentence[window_start:start]
    return bool(r["target"].search(clause[-160:]))


def target_year(sentence: str, end: int) -> str | None:
    m = _measure_rules()["target_year"].search(sentence[end:end + 60])
    return m.group(1) if m else None


def is_difference(sentence: str, end: int, unit: str) -> bool:
    """'9.8 billion more than planned', '15 trains more than a year earlier': not observations.
    A percent 'more than in 2011' is a growth rate, which the measure rules read instead."""
    if unit == "percent":
        return False
    return bool(_measure_rules()["difference_after"].match(sentence[end:end + 40]))
