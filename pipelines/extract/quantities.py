"""Find the quantities in a sentence: number, scale word, unit, qualifier, and the counted noun.

Everything a quantity can look like comes from the rule files (numbers.yaml, units.yaml,
filters.yaml); this module only knows how the pieces sit next to each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipelines.extract.places import find_places
from pipelines.extract.prefilter import for_lower_case, may_match
from pipelines.rules import currencies, load_rules


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
    is_fraction: bool = False  # a part of a whole ("half of", a part of "25.6 : 33.8 : 40.6"): a share
    in_parentheses: bool = False  # written inside "( ... )" right after its opening
    equivalent: bool = False  # the figure before it restated in another unit: "246.36 billion yuan ($34 billion)"
    range_pos: int = 0  # 0 first/only, 1 second of "X to Y"
    has_scale: bool = False
    multiplier: float = 1.0  # scale x unit factor applied to the written number
    unit_after: bool = False  # a unit word follows the number ("16,859 yuan"): it is not the open end of a range
    prev_end: int | None = None  # where the figure before it in the sentence ends
    sentence: str = ""
    bare: bool = False  # a number with neither unit nor scale: kept only when a list or range gives it one
    guessed_count: bool = False  # a count only by its look ("4,654,000"): a list's unit after it wins


def _fraction_tails(fractions) -> tuple[str, ...]:
    """What every fraction ends with ('half', 'fifth', 'in ten'): required_parts would keep 'one' of
    'one in ten', which nearly every text holds."""
    tails = set()
    for f in fractions:
        words = f.lower().replace("-", " ").split()
        tails.add(" ".join(words[-2:]) if len(words) > 2 and words[-2] == "in" else words[-1].rstrip("s"))
    return tuple(sorted(tails))


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _patterns(lowered: bool = False) -> dict:
    """The patterns. With lowered=True the IGNORECASE ones are compiled to read the lower-case copy
    of an ASCII sentence (periods.for_lower_case); the case-sensitive ones (year, url) read the
    sentence itself either way."""
    ci = for_lower_case if lowered else (lambda p: re.compile(p, re.IGNORECASE))
    r = load_rules()
    numbers, units, filters = r["numbers"], r["units"], r["filters"]
    word = _alternation(numbers["number_words"])
    scale = _alternation(numbers["scales"])
    stop = "|".join(units["count_noun_gap_stopwords"])
    # a number word joined to a word by a hyphen ("twenty-foot containers", "ten-day") is an adjective, no
    # count; joined to a scale word ("two-million Corps") it is one
    num = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:{word})(?:[- ](?:{word}))?(?!-(?!(?:{scale})\b)[^\W\d_]))"
    p = {
        "number": ci(rf"(?<![\w.,/])(?P<num>{num})(?![\w]*\d)"),
        "scale": ci(rf"(?:-|\s*)(?P<scale>{scale})\b"),  # matched at pos
        "scale_values": {re.sub(r"\s+", " ", k.lower()): float(v) for k, v in numbers["scales"].items()},
        "qualifier_names": {re.sub(r"\s+", " ", k.lower()): v for k, v in numbers["qualifiers"].items()},
        # one alternation, one named group per unit: a single match per number
        "units_after": ci(r"(?:-|\s*)(?:" + "|".join(f"(?P<u{i}>{u['pattern']})" for i, u in enumerate(units["after_number"]))
                          + ")"),
        "unit_table": [(u["unit"], float(u["factor"])) for u in units["after_number"]],
        "units_before": [(ci(rf"(?:{u['pattern']})\s*$"), u["unit"])
                         for u in units["before_number"]],
        # one search says whether any of them matches (most numbers have no currency before them)
        "any_unit_before": ci("(?:" + "|".join(f"(?:{u['pattern']})" for u in units["before_number"]) + r")\s*$"),
        "per_day": ci(rf"^\s*(?:{units['per_day']})"),
        "new_quantity_noun": ci(rf"\b(?:{'|'.join(units['new_quantity_nouns'])})\b"),
        "number_of": ci(r"\bnumber of\b[^.;\d]*$"),
        "count_noun_word": ci(rf"(?:{'|'.join(units['count_nouns'])})"),
        "count_noun_stop": ci(rf"(?:{stop})"),
        "count_noun_gap": int(units["count_noun_gap"]),
        # "us\$" for "US$": the match ignores case, and lower-case patterns read ASCII text faster
        "qualifier": ci(rf"(?P<q>\b(?:{_alternation(numbers['qualifiers'])}))\s+(?:\\?\$|us\$|€|¥)?$"),
        "fraction": ci(rf"(?<![\w-])(?P<frac>{_alternation(numbers['fractions'])})\s+of\b"),
        "filter_before": ci("|".join(f"(?:{p})" for p in filters["before"])),
        "filter_after": _text_after(filters["after"], ci),
        "not_unit": _text_after(filters["after_any"], ci),
        "per_area": ci(filters["per_area_after"]),
        "descriptor": ci(filters["word_descriptor_before"]),
        "range_sep": ci(r"^\s*(?:-|–|—|to)\s*(?=(?:\\?\$|us\$)?\s*\d)"),
        "list_sep": ci(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?=(?:\\?\$|us\$)?\d)"),
        "out_of": ci(r"^\s+out\s+of\s+(?:its\s+|the\s+|their\s+)?(?=\d|\w)"),
        "of_them": ci(r"^\s+of\s+(?:them|these|those|which)\b"),
        "year": re.compile(r"^(?:1[89]\d\d|20\d\d)$"),
        "month": ci(
            r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"),
        "url": re.compile(r"(?:https?://|www\.)\S+|\[[^\]]*https?://[^\]]*\]|\S+@\S+\.\w+"),
    }
    p["fraction_parts"] = [_fraction_tails(numbers["fractions"]), ("of",)]  # a fraction's last word and "of"
    p["lowered"] = lowered
    p["date_after"] = ci(r"^\s*(?:-\s*\d{1,2}\s+)?" + p["month"].pattern)
    p["date_before"] = ci(p["month"].pattern + r"\s*$")
    return p


_WS = re.compile(r"\s+")
_DIGITS = re.compile(r"[\d,]+(?:\.\d+)?")
_WORD_SEP = re.compile(r"[- ]+")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_YEAR_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|this|that|in|since|by|of|during|until|through"
                               r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s+$",
                               re.IGNORECASE)  # ("In January-August 2025 industrial enterprises produced")
_OPEN_PAREN = re.compile(r"\(\s*(?:or\s+|approximately\s+|about\s+|around\s+|roughly\s+|some\s+|from\s+|with\s+)?$")
_OF = re.compile(r"\sof\b", re.IGNORECASE)  # every fraction match ends in "\s+of\b"
_MULTIPLIER_OR_PERIOD = re.compile(r"(?:\bby|(?<!more )(?<!less )\bthan|\bfirst|\bsecond|\blast|\blatter|\bformer)\s+$",
                                   re.IGNORECASE)
_TO = re.compile(r"^\s*(?:to|-|–|—)")
_FROM = re.compile(r"\bfrom\s+(?:\S+\s+)?$")
_RESTATED = re.compile(r"\s*\(\s*(?:or|approximately|about|around|roughly|some|equivalent to)?\s*")


def _text_after(patterns: list[str], compile_):
    """A test of the text after a number. When every rule is anchored with ^ (no MULTILINE), a
    match at the start is the only one search could find, and match does not scan the whole rest."""
    combined = compile_("|".join(f"(?:{p})" for p in patterns))
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
    # The IGNORECASE patterns of an ASCII sentence read its lower-case copy t, which is faster (see
    # _patterns); offsets are the same in both, and words are taken from the sentence itself.
    lowered = sentence.isascii()
    t = sentence.lower() if lowered else sentence
    pats = _patterns(lowered)
    # every url match holds "://", "www." or "@" (the pattern is case-sensitive)
    has_url = "://" in sentence or "www." in sentence or "@" in sentence
    urls = [m.span() for m in pats["url"].finditer(sentence)] if has_url else []
    found: list[Quantity] = []
    for m in pats["number"].finditer(t):
        if urls and any(a <= m.start() < b for a, b in urls):
            continue
        q = _read_at(sentence, t, m, pats)
        if q is not None:
            found.append(q)
    fractions = _fractions(sentence, t, found, pats)
    if fractions:  # "seven in ten of them": the fraction, not a count of ten
        found = [q for q in found if not any(f.num_start <= q.num_start < f.end for f in fractions)] + fractions
    found = _ratio_parts(sentence, found)
    found.sort(key=lambda q: q.num_start)
    _share_units(sentence, found)
    _inherit_units(found)
    _mark_equivalents(sentence, found)
    return tuple(q for q in found if q.unit)


def _read_at(s: str, t: str, m: re.Match, pats: dict) -> Quantity | None:
    """The quantity at number match m (of t, the text pats read: see _quantities), or None."""
    token = s[m.start("num"):m.end("num")]
    is_word = not token[0].isdigit()
    value = parse_number(token)
    if value is None:
        return None
    before, pos = t[max(0, m.start() - 60): m.start()], m.end()  # rules read only the words just before
    cur = _currency_before(before, pats)
    scale, pos = _scale(t, pos, pats)
    if pats["not_unit"](t[pos:]):
        return None
    unit, factor, pos = _unit_after(t, pos, pats)
    unit_after = unit is not None
    start = m.start()
    if cur:
        unit, factor, cur_len = cur[0], 1.0, cur[1]
        start -= cur_len
    rest = t[pos:]
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
        cn = _counted_noun(s[pos:], rest, pats)
        if cn:
            unit, factor = "count", 1.0
            noun, length = cn
            pos += length
            per_day = pats["per_day"].match(t[pos:])
        elif pats["of_them"].match(rest):
            unit, factor = "count", 1.0
            noun = "of them"
    if per_day and unit == "count":
        unit = "count_per_day"
        pos += per_day.end()
    if unit is not None and unit not in currencies() and pats["per_area"].match(t[pos:pos + 60]):
        return None  # a yield or a density: "104.8 tonnes per hectare"
    if is_word:
        if unit is None and scale is None and not pats["out_of"].match(rest):
            return None
        if pats["descriptor"].search(before) and scale is None:
            return None
        if scale is None and _names_a_place(s, m.end()):
            return None  # "trade between Xinjiang and five Central Asian countries": a name, not a count
    elif pats["year"].match(token) and scale is None and (unit is None or (
            noun and _YEAR_DETERMINER.search(before))):
        return None  # a year, also as an adjective: "the 2011 document"
    # (the checks above and this one are pure tests of the text: this slower one runs last, when the others have passed)
    if not cur and pats["filter_before"].search(before):
        return None
    bare = unit is None and scale is None
    guessed = bare and bool(_THOUSANDS.fullmatch(token))
    if guessed:
        unit, bare = "count", False  # "4,654,000 passed through customs": a large count
    elif bare and pats["number_of"].search(t[max(0, m.start() - 80):m.start()]):
        unit, bare = "count", False  # "the number of civil airports rose from 16 to 25"
    daily = pats["per_day"].match(rest) if bare else None
    if daily:  # "up from 14 a day": a daily count
        unit, bare, pos = "count_per_day", False, pos + daily.end()
    qual = pats["qualifier"].search(t[max(0, start - 40):start])
    if qual:
        start = max(0, start - 40) + qual.start("q")
    value = value * (scale or 1.0) * factor
    return Quantity(start=start, end=pos, num_start=m.start(), value=value, unit=unit or "",
                    qualifier=_qualifier_name(qual.group("q")) if qual else None, noun=noun,
                    in_parentheses=_in_parentheses(s, start), has_scale=scale is not None, bare=bare,
                    multiplier=(scale or 1.0) * factor, unit_after=unit_after, sentence=s, guessed_count=guessed)


def _names_a_place(s: str, pos: int) -> bool:
    """The words right after pos name a place ("Central Asian countries")."""
    after = s[pos:pos + 60]
    found = find_places(after)
    return bool(found) and not after[:found[0].start].strip()


_WORD = re.compile(r"\s*(\(?)([A-Za-z'’-]+)(\)?)(,?)")


def names_counted_thing(text: str) -> bool:
    """Whether a label holds a counted noun (units.yaml count_nouns): 'Vehicle trips', 'New firms'."""
    word = _patterns()["count_noun_word"].fullmatch
    return any(word(w) for w in re.findall(r"[A-Za-z]+", text))


def _counted_noun(rest: str, rest_t: str, pats: dict) -> tuple[str, int] | None:
    """'27 civil airports', '4,391 production and construction, transport and commercial units':
    a counted noun within a few words (no stopword between). Returns (noun phrase, its length).
    The words are read in rest_t, the text pats read (see _quantities); the phrase comes from rest."""
    noun, stop = pats["count_noun_word"].fullmatch, pats["count_noun_stop"].fullmatch
    prev, pos = None, 0
    for _ in range(pats["count_noun_gap"] + 1):  # the words that may be the noun, read one by one
        w = _WORD.match(rest_t, pos)  # [A-Za-z]: the same words in either case
        if not w:
            return None
        word = w.group(2)
        if noun(word) or (prev is not None and noun(f"{prev} {word}")):
            end = w.end(2) + len(w.group(3))
            return rest[:end].strip(), end
        if stop(word):
            return None  # no noun after a stopword counts
        prev, pos = word, w.end()
    return None


def _scale(t: str, pos: int, pats: dict) -> tuple[float | None, int]:
    m = pats["scale"].match(t, pos)
    if not m:
        return None, pos
    return pats["scale_values"][_WS.sub(" ", m.group("scale").lower())], m.end()


def _unit_after(t: str, pos: int, pats: dict) -> tuple[str | None, float, int]:
    m = pats["units_after"].match(t, pos)
    if not m:
        return None, 1.0, pos
    unit, factor = pats["unit_table"][int(m.lastgroup[1:])]
    return unit, factor, m.end()


def _currency_before(before: str, pats: dict) -> tuple[str, int] | None:
    tail = before[-6:]
    if not pats["any_unit_before"].search(tail):
        return None
    for pattern, unit in pats["units_before"]:
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


def _fractions(s: str, t: str, found: list[Quantity], pats: dict) -> list[Quantity]:
    """'half of the region's GDP' is a 50 % share. pats read t (see _quantities)."""
    if not _OF.search(s) or not may_match(pats["fraction_parts"], t if pats["lowered"] else None):
        return []
    taken = [(q.start, q.end) for q in found]
    out = []
    fractions = _fraction_values()
    for m in pats["fraction"].finditer(t):
        if any(a <= m.start() < b for a, b in taken):
            continue
        head = t[max(0, m.start() - 40): m.start()]
        if _MULTIPLIER_OR_PERIOD.search(head):
            continue  # "increased by one-third" is a multiplier; "the first half of 2023" a period
        qual = pats["qualifier"].search(head)
        start = m.start() - len(head) + qual.start("q") if qual else m.start()
        value = fractions[_WS.sub(" ", m.group("frac").lower())]
        out.append(Quantity(start=start, end=m.end(), num_start=m.start(), value=value, unit="percent",
                            qualifier=_qualifier_name(qual.group("q")) if qual else None, is_fraction=True))
    return out


_RATIO = re.compile(r"(?<![\d.:])\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?){1,3}(?!\.?\d|\s*:\s*\d)")
_RATIO_PART = re.compile(r"\d+(?:\.\d+)?")


def _ratio_parts(s: str, found: list[Quantity]) -> list[Quantity]:
    """'The ratio of the three industries was 25.6 : 33.8 : 40.6': parts that add up to 100, after
    a ratio word (numbers.yaml ratio_words), are percent shares, one list."""
    if ":" not in s:
        return found
    for m in _RATIO.finditer(s):
        parts = list(_RATIO_PART.finditer(s, m.start(), m.end()))
        if abs(sum(float(p.group()) for p in parts) - 100) > 0.6 or not _ratio_words().search(s, max(0, m.start() - 80), m.start()):
            continue
        found = [q for q in found if not m.start() <= q.num_start < m.end()]
        group = -2 - m.start()  # one list of its own (below the groups _share_units hands out)
        found += [Quantity(start=p.start(), end=p.end(), num_start=p.start(), value=float(p.group()), unit="percent",
                           group=group, is_fraction=True, sentence=s) for p in parts]
    return found


@cache
def _ratio_words() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(load_rules()["numbers"]["ratio_words"]) + r")\b", re.IGNORECASE)


@cache
def _fraction_values() -> dict[str, float]:
    return {_WS.sub(" ", k.lower()): v for k, v in load_rules()["numbers"]["fractions"].items()}


_COMMA_OR = re.compile(r"\s*,\s*or\s")


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
            cur_between = _currency_before(between, pats)
            gap = between[: len(between) - cur_between[1]] if cur_between else between
            # "17,304, 15,512 and 12,950 yuan": a number that looked like a count takes the list's unit
            open_prev = (prev.unit in ("", q.unit) or not q.unit or prev.guessed_count) and not prev.has_scale \
                and prev.noun is None and not prev.unit_after
            # "158.1 million, 190.8 million and 172.3 million tourists": a list of scaled numbers shares its noun
            scaled_list = prev.has_scale and not prev.unit and not prev.unit_after and prev.noun is None \
                and q.unit != "percent"  # ("1.64 million, 72.4 percent of it urban": no percent is scaled)
            # ("rose 9.2 percent to 52.7 million": a rate, then the level it rose to; no range)
            is_range = bool(pats["range_sep"].match(gap + "0")) and open_prev and not (prev.unit == "percent" and q.has_scale)
            # "21,650, or 58.5 percent of the target": the share restates the count ("5, 6, or 7 percent" is a list)
            restated = q.unit == "percent" and _COMMA_OR.match(gap) is not None \
                and not (i > 1 and pats["list_sep"].match(s[qs[i - 2].end: prev.num_start] + "0"))
            is_list = bool(pats["list_sep"].match(gap + "0")) and (open_prev or scaled_list) and not restated \
                and not (q.unit == "percent" and prev.guessed_count)  # ("was 1,182,800, 2.9 percent more")
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
        if q.unit and q.unit != "percent":  # ("rose 9.2 percent to 52.7 million": no percent is scaled)
            last_unit = q.unit
        elif q.has_scale and not q.unit:
            # "... $436 billion in 2023 and its population 80.2 million": a noun between names a new quantity
            names_other = last_unit and _patterns()["new_quantity_noun"].search(q_text_between(q, last_end))
            q.unit = last_unit = "count" if names_other else (last_unit or "count")  # ("from 55.4 million to 82.1 million")
        last_end = q.end


def _mark_equivalents(s: str, qs: list[Quantity]) -> None:
    """A parenthesis opened right after a figure, holding a figure in another unit, restates it."""
    for prev, q in zip(qs, qs[1:]):
        if q.in_parentheses and q.unit != prev.unit and _RESTATED.fullmatch(s[prev.end:q.start]):
            q.equivalent = True
