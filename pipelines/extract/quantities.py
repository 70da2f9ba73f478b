"""Find the quantities in a sentence: number, scale word, unit, qualifier, and the counted noun.

Everything a quantity can look like comes from the rule files (numbers.yaml, units.yaml,
filters.yaml); this module only knows how the pieces sit next to each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipelines.rules import load_rules


@dataclass
class Quantity:
    start: int  # span of value_as_written, relative to the sentence
    end: int
    num_start: int
    value: float  # in base units
    unit: str
    qualifier: str | None = None
    noun: str | None = None  # the counted noun phrase or the words right after the unit
    group: int = -1  # quantities written as one span (a range, a list) share a group
    is_fraction: bool = False
    in_parentheses: bool = False  # written inside "( ... )" right after its opening
    equivalent: bool = False  # the figure before it restated in another unit: "246.36 billion yuan ($34 billion)"
    range_pos: int = 0  # 0 first/only, 1 second of "X to Y"
    has_scale: bool = False
    multiplier: float = 1.0  # scale x unit factor applied to the written number
    unit_after: bool = False  # a unit word follows the number ("16,859 yuan"): it is not the open end of a range
    prev_end: int | None = None  # where the figure before it in the sentence ends
    sentence: str = ""
    bare: bool = False  # a number with neither unit nor scale: kept only when a list or range gives it one


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> dict:
    r = load_rules()
    numbers, units, filters = r["numbers"], r["units"], r["filters"]
    word = _alternation(numbers["number_words"])
    stop = "|".join(units["count_noun_gap_stopwords"])
    num = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:{word})(?:[- ](?:{word}))?)"
    p = {
        "number": re.compile(rf"(?<![\w.,/])(?P<num>{num})(?![\w]*\d)", re.IGNORECASE),
        "scale": re.compile(rf"(?:-|\s*)(?P<scale>{_alternation(numbers['scales'])})\b", re.IGNORECASE),  # matched at pos
        "scale_values": {re.sub(r"\s+", " ", k.lower()): float(v) for k, v in numbers["scales"].items()},
        "qualifier_names": {re.sub(r"\s+", " ", k.lower()): v for k, v in numbers["qualifiers"].items()},
        # one alternation, one named group per unit: a single match per number
        "units_after": re.compile(r"(?:-|\s*)(?:" + "|".join(f"(?P<u{i}>{u['pattern']})" for i, u in enumerate(units["after_number"]))
                                  + ")", re.IGNORECASE),
        "unit_table": [(u["unit"], float(u["factor"])) for u in units["after_number"]],
        "units_before": [(re.compile(rf"(?:{u['pattern']})\s*$", re.IGNORECASE), u["unit"])
                         for u in units["before_number"]],
        "per_day": re.compile(rf"^\s*(?:{units['per_day']})", re.IGNORECASE),
        "new_quantity_noun": re.compile(rf"\b(?:{'|'.join(units['new_quantity_nouns'])})\b", re.IGNORECASE),
        "number_of": re.compile(r"\bnumber of\b[^.;\d]*$", re.IGNORECASE),
        "count_noun_word": re.compile(rf"(?:{'|'.join(units['count_nouns'])})", re.IGNORECASE),
        "count_noun_stop": re.compile(rf"(?:{stop})", re.IGNORECASE),
        "count_noun_gap": int(units["count_noun_gap"]),
        "qualifier": re.compile(rf"(?P<q>\b(?:{_alternation(numbers['qualifiers'])}))\s+(?:\\?\$|US\$|€|¥)?$", re.IGNORECASE),
        "fraction": re.compile(rf"(?<![\w-])(?P<frac>{_alternation(numbers['fractions'])})\s+of\b", re.IGNORECASE),
        "filter_before": re.compile("|".join(f"(?:{p})" for p in filters["before"]), re.IGNORECASE),
        "filter_after": _text_after(filters["after"]),
        "not_unit": _text_after(filters["after_any"]),
        "descriptor": re.compile(filters["word_descriptor_before"], re.IGNORECASE),
        "range_sep": re.compile(r"^\s*(?:-|–|—|to)\s*(?=(?:\\?\$|US\$)?\s*\d)", re.IGNORECASE),
        "list_sep": re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?=(?:\\?\$|US\$)?\d)", re.IGNORECASE),
        "out_of": re.compile(r"^\s+out\s+of\s+(?:its\s+|the\s+|their\s+)?(?=\d|\w)", re.IGNORECASE),
        "of_them": re.compile(r"^\s+of\s+(?:them|these|those|which)\b", re.IGNORECASE),
        "year": re.compile(r"^(?:1[89]\d\d|20\d\d)$"),
        "month": re.compile(
            r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?",
            re.IGNORECASE),
        "url": re.compile(r"(?:https?://|www\.)\S+|\[[^\]]*https?://[^\]]*\]|\S+@\S+\.\w+"),
    }
    p["date_after"] = re.compile(r"^\s*(?:-\s*\d{1,2}\s+)?" + p["month"].pattern, re.IGNORECASE)
    p["date_before"] = re.compile(p["month"].pattern + r"\s*$", re.IGNORECASE)
    return p


_WS = re.compile(r"\s+")
_DIGITS = re.compile(r"[\d,]+(?:\.\d+)?")
_WORD_SEP = re.compile(r"[- ]+")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_YEAR_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|this|that|in|since|by)\s+$", re.IGNORECASE)
_OPEN_PAREN = re.compile(r"\(\s*(?:or\s+|approximately\s+|about\s+|around\s+|roughly\s+|some\s+|from\s+|with\s+)?$")
_OF = re.compile(r"\sof\b", re.IGNORECASE)  # every fraction match ends in "\s+of\b"
_MULTIPLIER_OR_PERIOD = re.compile(r"(?:\bby|(?<!more )(?<!less )\bthan|\bfirst|\bsecond|\blast|\blatter|\bformer)\s+$",
                                   re.IGNORECASE)
_TO = re.compile(r"^\s*(?:to|-|–|—)")
_FROM = re.compile(r"\bfrom\s+(?:\S+\s+)?$")
_RESTATED = re.compile(r"\s*\(\s*(?:or|approximately|about|around|roughly|some|equivalent to)?\s*")


def _text_after(patterns: list[str]):
    """A test of the text after a number. When every rule is anchored with ^ (no MULTILINE), a
    match at the start is the only one search could find, and match does not scan the whole rest."""
    combined = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    return combined.match if all(p.startswith("^") for p in patterns) else combined.search


def parse_number(token: str) -> float | None:
    token = token.strip().lower()
    if _DIGITS.fullmatch(token):
        return float(token.replace(",", ""))
    words = load_rules()["numbers"]["number_words"]
    parts = _WORD_SEP.split(token)
    total = 0.0
    for p in parts:
        if p not in words:
            return None
        total = total * words[p] if words[p] == 100 and total else total + words[p]
    return total


def find_quantities(sentence: str) -> list[Quantity]:
    """All quantities of a sentence, in order, with lists and ranges grouped."""
    return [_fresh(q) for q in _quantities(sentence)]  # fresh objects: callers set fields on them


def _fresh(q: Quantity) -> Quantity:
    """A shallow copy, as copy.copy makes one (all fields are immutable values), without its slow
    generic reduce protocol."""
    c = Quantity.__new__(Quantity)
    c.__dict__ = q.__dict__.copy()
    return c


@lru_cache(maxsize=64)  # the same sentence or table cell is read more than once (small: within one document)
def _quantities(sentence: str) -> tuple[Quantity, ...]:
    pats = _patterns()
    # every url match holds "://", "www." or "@" (the pattern is case-sensitive)
    has_url = "://" in sentence or "www." in sentence or "@" in sentence
    urls = [m.span() for m in pats["url"].finditer(sentence)] if has_url else []
    found: list[Quantity] = []
    for m in pats["number"].finditer(sentence):
        if urls and any(a <= m.start() < b for a, b in urls):
            continue
        q = _read_at(sentence, m)
        if q is not None:
            found.append(q)
    found += _fractions(sentence, found)
    found.sort(key=lambda q: q.num_start)
    _share_units(sentence, found)
    _inherit_units(found)
    _mark_equivalents(sentence, found)
    return tuple(q for q in found if q.unit)


def _read_at(s: str, m: re.Match) -> Quantity | None:
    pats = _patterns()
    token = m.group("num")
    is_word = not token[0].isdigit()
    value = parse_number(token)
    if value is None:
        return None
    before, pos = s[max(0, m.start() - 60): m.start()], m.end()  # rules read only the words just before
    cur = _currency_before(before)
    if not cur and pats["filter_before"].search(before):
        return None
    scale, pos = _scale(s, pos)
    if pats["not_unit"](s[pos:]):
        return None
    unit, factor, pos = _unit_after(s, pos)
    unit_after = unit is not None
    start = m.start()
    if cur:
        unit, factor, cur_len = cur[0], 1.0, cur[1]
        start -= cur_len
    rest = s[pos:]
    if unit is None and scale is None:
        if pats["filter_after"](rest):
            return None
        if _is_date_part(s, m, token, scale):
            return None
    if unit == "count" or unit is None:
        per_day = pats["per_day"].match(rest)
    else:
        per_day = None
    noun = None
    if unit is None:
        cn = _counted_noun(rest)
        if cn:
            unit, factor = "count", 1.0
            noun, length = cn
            pos += length
            per_day = pats["per_day"].match(s[pos:])
        elif pats["of_them"].match(rest):
            unit, factor = "count", 1.0
            noun = "of them"
    if per_day and unit == "count":
        unit = "count_per_day"
        pos += per_day.end()
    if is_word:
        if unit is None and scale is None and not pats["out_of"].match(rest):
            return None
        if pats["descriptor"].search(before) and scale is None:
            return None
    elif pats["year"].match(token) and scale is None and (unit is None or (
            noun and _YEAR_DETERMINER.search(before))):
        return None  # a year, also as an adjective: "the 2011 document"
    bare = unit is None and scale is None
    if bare and _THOUSANDS.fullmatch(token):
        unit, bare = "count", False  # "4,654,000 passed through customs": a large count
    elif bare and pats["number_of"].search(s[max(0, m.start() - 80):m.start()]):
        unit, bare = "count", False  # "the number of civil airports rose from 16 to 25"
    if bare and pats["per_day"].match(rest):
        unit, bare = "count", False  # "up from 14 a day": a daily count
    qual = pats["qualifier"].search(s[max(0, start - 40):start])
    if qual:
        start = max(0, start - 40) + qual.start("q")
    value = value * (scale or 1.0) * factor
    return Quantity(start=start, end=pos, num_start=m.start(), value=value, unit=unit or "",
                    qualifier=_qualifier_name(qual.group("q")) if qual else None, noun=noun,
                    in_parentheses=_in_parentheses(s, start), has_scale=scale is not None, bare=bare,
                    multiplier=(scale or 1.0) * factor, unit_after=unit_after, sentence=s)


_WORD = re.compile(r"\s*(\(?)([A-Za-z'’-]+)(\)?)(,?)")


def _counted_noun(rest: str) -> tuple[str, int] | None:
    """'27 civil airports', '4,391 production and construction, transport and commercial units':
    a counted noun within a few words (no stopword between). Returns (noun phrase, its length)."""
    pats = _patterns()
    words: list[re.Match] = []
    pos = 0
    for _ in range(pats["count_noun_gap"] + 2):
        m = _WORD.match(rest, pos)
        if not m:
            break
        words.append(m)
        pos = m.end()
    for k, w in enumerate(words):
        two = f"{words[k - 1].group(2)} {w.group(2)}" if k else None
        if pats["count_noun_word"].fullmatch(w.group(2)) or (two and pats["count_noun_word"].fullmatch(two)):
            if any(pats["count_noun_stop"].fullmatch(g.group(2)) for g in words[:k]):
                return None
            end = w.end(2) + len(w.group(3))
            return rest[:end].strip(), end
        if k >= pats["count_noun_gap"]:
            break
    return None


def _scale(s: str, pos: int) -> tuple[float | None, int]:
    pats = _patterns()
    m = pats["scale"].match(s, pos)
    if not m:
        return None, pos
    return pats["scale_values"][_WS.sub(" ", m.group("scale").lower())], m.end()


def _unit_after(s: str, pos: int) -> tuple[str | None, float, int]:
    m = _patterns()["units_after"].match(s, pos)
    if not m:
        return None, 1.0, pos
    unit, factor = _patterns()["unit_table"][int(m.lastgroup[1:])]
    return unit, factor, m.end()


def _currency_before(before: str) -> tuple[str, int] | None:
    tail = before[-6:]
    for pattern, unit in _patterns()["units_before"]:
        m = pattern.search(tail)
        if m:
            return unit, len(m.group(0))
    return None


def _is_date_part(s: str, m: re.Match, token: str, scale) -> bool:
    """Day of a date ("October 18, 2023", "7 October, 1954", "4-5 June")."""
    if scale or not token.isdigit() or int(token) > 31:
        return False
    pats = _patterns()
    after, before = s[m.end(): m.end() + 14], s[max(0, m.start() - 12): m.start()]
    return bool(pats["date_after"].match(after) or pats["date_before"].search(before))


def _qualifier_name(word: str) -> str:
    return _patterns()["qualifier_names"].get(_WS.sub(" ", word.lower()), word.lower())


def _in_parentheses(s: str, start: int) -> bool:
    return bool(_OPEN_PAREN.search(s[max(0, start - 20):start]))


def _fractions(s: str, found: list[Quantity]) -> list[Quantity]:
    """'half of the region's GDP' is a 50 % share."""
    if not _OF.search(s):
        return []
    taken = [(q.start, q.end) for q in found]
    out = []
    fractions = _fraction_values()
    for m in _patterns()["fraction"].finditer(s):
        if any(a <= m.start() < b for a, b in taken):
            continue
        head = s[max(0, m.start() - 40): m.start()]
        if _MULTIPLIER_OR_PERIOD.search(head):
            continue  # "increased by one-third" is a multiplier; "the first half of 2023" a period
        qual = _patterns()["qualifier"].search(head)
        start = m.start() - len(head) + qual.start("q") if qual else m.start()
        value = fractions[_WS.sub(" ", m.group("frac").lower())]
        out.append(Quantity(start=start, end=m.end(), num_start=m.start(), value=value, unit="percent",
                            qualifier=_qualifier_name(qual.group("q")) if qual else None, is_fraction=True))
    return out


@cache
def _fraction_values() -> dict[str, float]:
    return {_WS.sub(" ", k.lower()): v for k, v in load_rules()["numbers"]["fractions"].items()}


def _share_units(s: str, qs: list[Quantity]) -> None:
    """Ranges ('120-140 billion CNY', '6–7%') and lists ('20, 6, and 17 permissions') take the
    scale and unit written once after their last number."""
    pats = _patterns()
    group = 0
    i = len(qs) - 1
    while i >= 0:
        q = qs[i]
        if q.group < 0:
            q.group = group
            group += 1
        if i > 0:
            prev = qs[i - 1]
            between = s[prev.end: q.num_start]
            cur_between = _currency_before(between)
            gap = between[: len(between) - cur_between[1]] if cur_between else between
            open_prev = (prev.unit in ("", q.unit) or not q.unit) and not prev.has_scale and prev.noun is None \
                and not prev.unit_after
            # "158.1 million, 190.8 million and 172.3 million tourists": a list of scaled numbers shares its noun
            scaled_list = prev.has_scale and not prev.unit and not prev.unit_after and prev.noun is None
            is_range = bool(pats["range_sep"].match(gap + "0")) and open_prev
            is_list = bool(pats["list_sep"].match(gap + "0")) and (open_prev or scaled_list)
            is_out_of = bool(pats["out_of"].match(gap + "0")) and not prev.unit
            if is_range or is_list or is_out_of:
                q.unit = q.unit or prev.unit
                if not prev.has_scale and not is_out_of:
                    prev.value = _bare(s, prev) * q.multiplier
                    prev.multiplier = q.multiplier
                prev.unit = q.unit
                prev.noun = prev.noun or q.noun
                prev.group = q.group
                span_start = prev.start
                for other in qs:
                    if other.group == q.group:
                        other.start = min(other.start, span_start)
                        other.end = max(other.end, q.end)
                if is_range:
                    q.range_pos = 1
                if _TO.match(gap) and _FROM.search(s[max(0, prev.start - 30): prev.start]):
                    prev.start = s.rfind("from", 0, prev.start)
                    q.start = prev.start
        i -= 1


def _bare(s: str, q: Quantity) -> float:
    m = _patterns()["number"].match(s, q.num_start)
    if not m:
        return q.value
    return parse_number(m.group("num")) or q.value




def q_text_between(q: Quantity, start: int) -> str:
    return q.sentence[start:q.num_start] if q.sentence else ""


def _inherit_units(qs: list[Quantity]) -> None:
    """'in 1999, 3.68 million tons; in 2000, 4.7 million': a scaled number without a unit takes
    the unit of the quantity before it in the sentence."""
    last_unit = None
    last_end = 0
    for q in qs:
        if q.unit:
            last_unit = q.unit
        elif q.has_scale:
            # "... $436 billion in 2023 and its population 80.2 million": a noun between names a new quantity
            names_other = last_unit and _patterns()["new_quantity_noun"].search(q_text_between(q, last_end))
            q.unit = "count" if names_other else (last_unit or "count")
        last_end = q.end


def _mark_equivalents(s: str, qs: list[Quantity]) -> None:
    """A parenthesis opened right after a figure, holding a figure in another unit, restates it."""
    for prev, q in zip(qs, qs[1:]):
        if q.in_parentheses and q.unit != prev.unit and _RESTATED.fullmatch(s[prev.end:q.start]):
            q.equivalent = True
