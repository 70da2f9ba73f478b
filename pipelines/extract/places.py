"""Place mentions in a sentence, resolved to the canonical names of the places seed."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from pipelines.rules import load_rules, places

MAIN = "@main"


@dataclass
class PlaceMention:
    start: int
    end: int
    region: str  # canonical name, or MAIN for "the region"
    possessive: bool


@cache
def _alias_table() -> tuple[re.Pattern, dict[str, str]]:
    rules = load_rules()["places"]
    ignore = {a.lower() for a in rules["ignore_seed_aliases"]}
    table: dict[str, str] = {}
    for row in places():
        names = [row["region"]] + [a for a in (row.get("aliases") or "").split("|") if a.strip()]
        for name in names:
            if name.strip().lower() not in ignore:
                table[name.strip().lower()] = row["region"]
    for word, region in {**rules["references"], **rules["adjectives"]}.items():
        table[word.lower()] = region
    alternation = "|".join(re.escape(a) for a in sorted(table, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?P<name>{alternation})(?P<poss>['’]s)?(?![\w])", re.IGNORECASE)
    return pattern, table


def place_pattern() -> str:
    """The alternation of every place spelling, for rules that name places ({place})."""
    return _alias_table()[0].pattern.split("(?P<name>", 1)[1].split(")(?P<poss>", 1)[0]


def find_places(s: str) -> list[PlaceMention]:
    pattern, table = _alias_table()
    out = []
    for m in pattern.finditer(s):
        region = table[m.group("name").lower()]
        out.append(PlaceMention(m.start(), m.end(), region, bool(m.group("poss"))))
    return _drop_enclosing(s, out)


def _drop_enclosing(s: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'northwest China's Xinjiang', 'Xinjiang, China': keep the narrower place."""
    keep = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt and m.possessive and re.fullmatch(r"\s*(?:\w+\s+)?", s[m.end:nxt.start]) and _is_parent(m.region, nxt.region):
            continue
        prev = keep[-1] if keep else None
        if prev and re.fullmatch(r",\s*", s[prev.end:m.start]) and _is_parent(m.region, prev.region):
            continue
        keep.append(m)
    return keep


@cache
def _parents() -> dict[str, str]:
    return {row["region"]: row.get("parent") or "" for row in places()}


def _is_parent(outer: str, inner: str) -> bool:
    seen = set()
    p = _parents().get(inner, "")
    while p and p not in seen:
        if p == outer:
            return True
        seen.add(p)
        p = _parents().get(p, "")
    return False


def main_region(text: str) -> str:
    """The place a document is about: the one it names most (first 20,000 characters)."""
    counts = Counter(m.region for m in find_places(text[:20000]) if m.region != MAIN)
    return counts.most_common(1)[0][0] if counts else "Xinjiang"


@cache
def bilateral_patterns() -> list[re.Pattern]:
    place = place_pattern()
    return [re.compile(p.replace("{place}", rf"(?:{place})(?:['’]s)?"), re.IGNORECASE)
            for p in load_rules()["places"]["bilateral_patterns"]]


def canonical(name: str) -> str:
    return _alias_table()[1].get(re.sub(r"['’]s$", "", name.strip()).lower(), name)
