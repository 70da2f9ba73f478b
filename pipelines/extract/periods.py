"""Time expressions in a sentence, as contract periods ('2024', '2025-Q1', '2024-01/2024-09', ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from pipelines.extract.prefilter import for_lower_case, gate, may_match, required_parts
from pipelines.rules import load_rules

OPEN = "open"  # an open-ended span ("since 2010"): the figure's period is null


@dataclass
class TimeExpr:
    start: int
    end: int
    period: str | None  # None for an open-ended span
    kind: str  # year | span | month | quarter | half | months | open | relative | same_period
    years: tuple[int, ...] = ()  # the years it names, for "respectively" and from-to pairs


@cache
def _vocab() -> dict:
    r = load_rules()["periods"]
    months = r["months"]
    month_re = "|".join(sorted(months, key=len, reverse=True))
    ordinal_re = "|".join(r["ordinals"])
    words = load_rules()["numbers"]["number_words"]
    count_re = "|".join(sorted(list(words) + [str(i) for i in range(1, 13)], key=len, reverse=True))
    y = r"((?:1[89]|20)\d\d)"
    this_year = r"(?:this|the)\s+year"  # "the first quarter of this year": the document's year
    # (patterns are written in lower case, "q1 2024": they ignore case, and lower-case letters serve _required)
    patterns = [
        # "1 November 2024 to 31 March 2025", "November 2024-March 2025": months across a year's end
        ("xrange", re.compile(rf"\b(?:from\s+)?(?:\d{{1,2}}\s+)?({month_re})\.?(?:\s+\d{{1,2}},?)?\s+{y}\s*(?:to|-|–|—|through|until)\s*"
                              rf"(?:\d{{1,2}}\s+)?({month_re})\.?(?:\s+\d{{1,2}},?)?\s+{y}\b", re.I)),
        ("fyp", re.compile(r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+five[- ]year\s+(?:plan|period)", re.I)),
        ("span", re.compile(rf"\b(?:from|between)\s+{y}\s*(?:to|and|-|–|—|through|until)\s*{y}\b", re.I)),
        ("span", re.compile(rf"\b{y}\s*(?:-|–|—|/)\s*{y}\b", re.I)),
        ("span", re.compile(rf"\b{y}\s*(?:-|–|—|/)\s*(\d\d)\b(?!\d)", re.I)),
        ("months", re.compile(rf"\b(?:the\s+)?first\s+({count_re})\s+months\s+(?:of\s+)?(?:(?:this|the)\s+year|{y})", re.I)),
        # "in the same period of 2024": the report's months, in that year (figure_periods reads the report's)
        ("same_period", re.compile(rf"\b(?:the\s+)?(?:same|corresponding|like)\s+(?:period|months|quarter|half)\s+(?:of|in)\s+{y}\b", re.I)),
        # "at the start of 2024", "at the beginning of the year": January of that year (a stock's date)
        ("year_start", re.compile(rf"\bat\s+the\s+(?:start|beginning|turn)\s+of\s+(?:{y}|(?:this|the)\s+year)\b", re.I)),
        # "the six months to 30 June 2025", "the nine months ended September 30, 2025": months up to that month
        ("months_to", re.compile(rf"\b({count_re})\s+months\s+(?:to|ended|ending|through|until)\s+(?:\d{{1,2}}\s+)?"
                                 rf"({month_re})\.?(?:\s+\d{{1,2}},?)?\s+{y}\b", re.I)),
        ("mrange", re.compile(rf"\b(?:from\s+)?(?:\d{{1,2}}\s+)?({month_re})\.?(?:\s+\d{{1,2}}\b)?\s*(?:to|-|–|—|through|until)\s*(?:\d{{1,2}}\s+)?({month_re})\b\.?(?:\s+\d{{1,2}}\b(?!,?\s*\d{{4}}))?(?:,?\s+(?:of\s+)?(?:{y}|(?:this|the)\s+year))?", re.I)),
        ("mrange", re.compile(rf"\bbetween\s+({month_re})\s+and\s+({month_re})\b(?:,?\s+(?:of\s+)?(?:{y}|(?:this|the)\s+year))?", re.I)),
        ("quarters", re.compile(rf"\b(?:the\s+)?first\s+({count_re})\s+quarters\s+(?:of\s+)?(?:{y}|{this_year})", re.I)),
        ("quarter", re.compile(rf"\b(?:the\s+)?({ordinal_re})\s+quarter\s+(?:of\s+)?(?:{y}|{this_year})", re.I)),
        ("quarter", re.compile(rf"\bq([1-4])\s*,?\s*{y}|\b{y}\s*q([1-4])\b", re.I)),
        ("half", re.compile(rf"\b(?:the\s+)?(first|second)(?:\s+|-)half\s+(?:of\s+)?(?:{y}|{this_year})", re.I)),
        ("half", re.compile(rf"\bh([12])\s*,?\s*{y}|\b{y}\s*h([12])\b", re.I)),
        # company and bank reporting: "9M 2025" (January-September), "1H 2025" (the first half)
        ("first_months", re.compile(rf"\b([1-9]|1[01])m\s*,?\s*{y}\b", re.I)),
        ("half", re.compile(rf"\b([12])h\s*,?\s*{y}\b", re.I)),
        ("month", re.compile(rf"\b(?:\d{{1,2}}\s+)?({month_re})\.?\s+(?:\d{{1,2}},?\s+)?(?:of\s+)?{y}", re.I)),
        ("year", re.compile(rf"(?<![\d,.$])\b{y}\b(?!\s*(?:-|–)\s*\d)(?!\d|,\d{3})", re.I)),
        # "in the first half", "in the third quarter", "in the first seven months": without a year, the
        # latest such period that had ended by the document's date
        ("bare_part", re.compile(rf"\b(?:in|during|for|over)\s+the\s+(?:(first|second)\s+half|({ordinal_re})\s+quarter"
                                 rf"|first\s+({count_re})\s+(months|quarters))\b(?!\s+of\b|\s+\d)", re.I)),
        # "Fourth-quarter output was 3.41 tonnes": the adjective, also without its year
        ("bare_part", re.compile(rf"\b(?:(first|second)-half|({ordinal_re})-quarter)(?=\s+[a-z])()()", re.I)),
        # "in December alone", "In May": a month without a year takes the document's year
        ("bare_month", re.compile(rf"\b(?:in|during|for|of)\s+(?:\d{{1,2}}\s+)?({month_re})\b(?:\s+alone)?(?!\s*\d|,?\s*(?:1[89]|20)\d\d\b|[\s,]*(?:this|last) year)", re.I)),
        # "signed ... on 16 May": a day of a month without a year, in the document's year
        ("bare_month", re.compile(rf"\b(?:on|by|as\s+of)\s+\d{{1,2}}\s+({month_re})\b(?!\.?\s*\d|,?\s*(?:1[89]|20)\d\d\b)", re.I)),
        # "had delivered ... by November 1": the same, the day after the month
        ("bare_month", re.compile(rf"\b(?:on|by|as\s+of)\s+({month_re})\.?\s+\d{{1,2}}\b(?!,?\s*(?:1[89]|20)\d\d\b|\s*\d)", re.I)),
        # "March was the busiest month", "October saw ...": a month as the sentence's subject
        ("bare_month", re.compile(rf"^\W*({month_re})(?=\s+(?:alone\s+)?(?:was|saw|brought|marked|set|recorded)\b)", re.I)),
    ]
    return {
        "months": months,
        "ordinals": r["ordinals"],
        "qcounts": {str(k): v for k, v in r["quarter_counts"].items()},
        "words": words,
        "patterns": patterns,
        # the words every match of a pattern holds: a lower-case ASCII sentence without them is not searched
        "required": {pattern: required_parts(pattern.pattern) for _, pattern in patterns},
        # each pattern compiled to read the lower-case copy of an ASCII sentence: the same matches, faster
        "fast": {pattern: for_lower_case(pattern.pattern) for _, pattern in patterns},
        "open": [re.compile(p, re.I) for p in r["open_ended"]],
        "rel_years": [(re.compile(rf"\b{re.escape(k)}\b", re.I), v) for k, v in r["relative_years"].items()],
        "rel_months": [re.compile(rf"\b{re.escape(k)}\b", re.I) for k in r["relative_months"]],
        "weekday": re.compile(r["weekday"], re.I),
        "weekday_not_after": re.compile(r["weekday_not_after"], re.I),
        # one search for a family: when its alternation finds nothing, none of its patterns can
        "any_month": gate(rf"\b(?:{month_re})"),
        "any_open": gate("|".join(f"(?:{p})" for p in r["open_ended"])),
        "any_relative": gate(rf"\b(?:{'|'.join(re.escape(k) for k in [*r['relative_years'], *r['relative_months']])})\b"
                             rf"|{r['weekday']}"),
        "citation": re.compile(r["citation"]),
        "present": re.compile(r["present_tense"], re.I),
        "past": re.compile(r["past_tense"], re.I),
    }


# kinds whose every pattern needs a year {y} / a month name at a word start: skipped when the sentence has none
_YEAR_KINDS = {"xrange", "span", "quarters", "quarter", "half", "month", "year", "months_to", "same_period", "first_months"}
_THIS_YEAR_KINDS = {"quarters", "quarter", "half"}  # these may say "of this year" instead
_THIS_YEAR = gate(r"\b(?:this|the)\s+year\b")
_MONTH_KINDS = {"xrange", "mrange", "month", "bare_month", "months_to"}
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MAY_DAY = re.compile(r"may\s+\d", re.IGNORECASE)


_PART_OF_YEAR = re.compile(r"(\d{4})-(?:H[12]|Q[1-4]|\d\d/\1-\d\d)")  # a half, a quarter, months (not one month)


def part_of_year(period: str | None) -> re.Match | None:
    """'2025-H1', '2025-Q3', '2025-01/2025-08' (a part of one year, its year in group 1); None else."""
    return _PART_OF_YEAR.fullmatch(period or "")


def in_year(part: str | None, year: str) -> str:
    """The same part of another year: ('2025-01/2025-08', '2024') -> '2024-01/2024-08'; the year alone when
    `part` is no part of a year."""
    m = part_of_year(part)
    return part.replace(m.group(1), year) if m else year


def count_of(token: str) -> int:
    """A count written in digits or as a word (numbers.yaml number_words): "10", "ten"; 0 if neither."""
    v = _vocab()
    token = token.lower()
    return int(token) if token.isdecimal() else int(v["words"].get(token, 0))  # ("²".isdigit(), not int)


def find_times(s: str, doc_date: date | None) -> list[TimeExpr]:
    """Every time expression in s, longest first where they overlap, in text order."""
    return [_fresh(t) for t in _times(s, doc_date)]  # fresh objects: callers may change them


def _fresh(t: TimeExpr) -> TimeExpr:
    """A shallow copy, as copy.copy makes one (all fields are immutable values), without its slow
    generic reduce protocol."""
    c = TimeExpr.__new__(TimeExpr)
    c.__dict__ = t.__dict__.copy()
    return c


@lru_cache(maxsize=64)  # the same sentence is read more than once (small: within one document)
def _times(s: str, doc_date: date | None) -> tuple[TimeExpr, ...]:
    v = _vocab()
    taken: list[tuple[int, int]] = []
    out: list[TimeExpr] = []

    def add(m: re.Match, period: str | None, kind: str, years: tuple[int, ...] = ()) -> None:
        start, end = m.span()
        for a, b in taken:  # a plain loop: this runs for every match
            if a < end and start < b:
                return
        taken.append((start, end))
        out.append(TimeExpr(start, end, period, kind, years))

    if "(" in s:  # a citation's year is no period: its span is taken before any pattern runs
        taken += [m.span() for m in v["citation"].finditer(s)]
    low = s.lower() if s.isascii() else None  # for the family gates
    if v["any_open"](s, low):
        for pat in v["open"]:
            for m in pat.finditer(s):
                add(m, None, "open")
    has_year, has_month = _YEAR.search(s) is not None, v["any_month"](s, low)
    this_year = not has_year and _THIS_YEAR(s, low)  # read only when it can matter
    for kind, pat, fast, required in _runnable(has_year, bool(this_year), has_month):
        if may_match(required, low):
            for m in (pat.finditer(s) if low is None else fast.finditer(low)):
                _add_match(kind, m, add, doc_date, s)
    if v["any_relative"](s, low):
        _relative(s, doc_date, add)
    return tuple(sorted(out, key=lambda t: t.start))


@cache
def _runnable(has_year: bool, this_year: bool, has_month: bool) -> tuple:
    """The patterns (kind, pattern, its lower-case form, what it requires) that can match a sentence
    with or without a year, "this year" and a month name, in their order: the loop skips the rest."""
    v = _vocab()
    return tuple((kind, pat, v["fast"][pat], v["required"][pat]) for kind, pat in v["patterns"]
                 if (has_year or kind not in _YEAR_KINDS or (this_year and kind in _THIS_YEAR_KINDS))
                 and (has_month or kind not in _MONTH_KINDS))


def _year_or_this(groups: list[str], doc_date: date | None) -> int | None:
    """The year a pattern captured after its first group, else (it said "this year") the document's."""
    if len(groups) > 1:
        return int(groups[1])
    return doc_date.year if doc_date else None


def _add_match(kind: str, m: re.Match, add, doc_date: date | None, s: str) -> None:
    """m matched s or its lower-case copy: only the case of a bare month's word is read from s."""
    v = _vocab()
    g = [x for x in m.groups() if x is not None]
    if kind == "year":  # the most frequent kind first
        add(m, g[0], "year", (int(g[0]),))
    elif kind == "xrange":
        (a, y1), (b, y2) = (v["months"][g[0].lower()], int(g[1])), (v["months"][g[2].lower()], int(g[3]))
        if (y1, a) < (y2, b):
            add(m, f"{y1}-{a:02d}/{y2}-{b:02d}", "months", (y1, y2))
    elif kind == "fyp":
        span = load_rules()["periods"]["five_year_plans"].get(int(g[0]))
        if span:
            add(m, f"{span[0]}/{span[1]}", "span", (span[0], span[1]))
    elif kind == "span":
        a, b = int(g[0]), int(g[1]) if len(g[1]) == 4 else int(g[0][:2] + g[1])
        if a < b:
            add(m, f"{a}/{b}", "span", (a, b))
    elif kind == "months":
        year = _year_or_this(g, doc_date)
        n = count_of(g[0])
        if year and 1 <= n <= 12:
            add(m, f"{year}-01/{year}-{n:02d}", "months", (year,))
    elif kind == "same_period":
        add(m, g[0], "same_period", (int(g[0]),))
    elif kind == "year_start":
        year = int(g[0]) if g and g[0] else (doc_date.year if doc_date else None)
        if year:
            add(m, f"{year}-01", "month", (year,))
    elif kind == "months_to":
        n, b, year = count_of(g[0]), v["months"][g[1].lower()], int(g[2])
        if 1 <= n <= b:
            add(m, f"{year}-{b - n + 1:02d}/{year}-{b:02d}", "months", (year,))
    elif kind == "mrange":
        a, b = v["months"][g[0].lower()], v["months"][g[1].lower()]
        year = int(g[2]) if len(g) > 2 else (doc_date.year if doc_date else None)
        if year and a < b:
            add(m, f"{year}-{a:02d}/{year}-{b:02d}", "months", (year,))
    elif kind == "bare_part":
        _add_bare_part(m, add, doc_date)
    elif kind == "bare_month":
        month = v["months"][g[0].lower()]
        if doc_date and s[m.start(1)].isupper():  # "may" the verb is no month
            year = doc_date.year if month <= doc_date.month else doc_date.year - 1
            add(m, f"{year}-{month:02d}", "month", (year,))
    elif kind == "quarters":
        n, year = v["qcounts"].get(g[0].lower(), 0), _year_or_this(g, doc_date)
        if n and year:
            add(m, f"{year}-01/{year}-{n:02d}", "months", (year,))
    elif kind == "quarter":
        q = g[0] if g[0].isdigit() and len(g[0]) == 1 else None
        if q is None and not g[0].isdigit():
            q, year = v["ordinals"][g[0].lower()], _year_or_this(g, doc_date)
            if not year:
                return
        elif len(g[0]) == 4:
            year, q = int(g[0]), int(g[1])
        else:
            year = int(g[1])
        add(m, f"{year}-Q{int(q)}", "quarter", (year,))
    elif kind == "first_months":
        n, year = int(g[0]), int(g[1])
        add(m, f"{year}-01/{year}-{n:02d}" if n > 1 else f"{year}-01", "months", (year,))
    elif kind == "half":
        if g[0].isdigit() and len(g[0]) == 4:
            year, h = int(g[0]), int(g[1])
        else:
            h = 1 if g[0].lower() in ("first", "1") else 2
            year = _year_or_this(g, doc_date)
            if not year:
                return
        add(m, f"{year}-H{h}", "half", (year,))
    elif kind == "month":
        month, year = v["months"][g[0].lower()], int(g[1])
        if g[0].lower() == "may" and not _MAY_DAY.match(m.group(0)[m.group(0).lower().find("may"):]):
            return
        add(m, f"{year}-{month:02d}", "month", (year,))


def _add_bare_part(m: re.Match, add, doc_date: date | None) -> None:
    """A part of a year named without its year: the latest one that had ended by the document's date."""
    if doc_date is None:
        return
    v = _vocab()
    half, quarter, count, what = m.groups()
    if half:
        n = 1 if half.lower() == "first" else 2
        last_month, period = 6 * n, lambda y: f"{y}-H{n}"
    elif quarter:
        n = v["ordinals"][quarter.lower()]
        last_month, period = 3 * n, lambda y: f"{y}-Q{n}"
    else:
        n = count_of(count) * (3 if what.lower() == "quarters" else 1)
        if not 1 <= n <= 12:
            return
        last_month, period = n, lambda y: f"{y}-01/{y}-{n:02d}"
    year = doc_date.year if last_month <= doc_date.month else doc_date.year - 1
    add(m, period(year), "months" if count else ("half" if half else "quarter"), (year,))


def _relative(s: str, doc_date: date | None, add) -> None:
    v = _vocab()
    for pattern, offset in v["rel_years"]:
        for m in pattern.finditer(s):
            period = str(doc_date.year + offset) if doc_date else None
            add(m, period, "relative" if period else "open", (doc_date.year + offset,) if doc_date else ())
    weekdays = [m for m in v["weekday"].finditer(s) if not v["weekday_not_after"].search(s, 0, m.start())]
    for m in [m for pattern in v["rel_months"] for m in pattern.finditer(s)] + weekdays:
        period = f"{doc_date.year}-{doc_date.month:02d}" if doc_date else None
        add(m, period, "relative" if period else "open", (doc_date.year,) if doc_date else ())


@cache
def _whole_year() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in load_rules()["periods"]["whole_year"]), re.IGNORECASE)


def is_whole_year(s: str, t: TimeExpr) -> bool:
    """'for the whole year', 'full-year': the report's own year (dated by the caller), whatever the
    publication date resolved it to."""
    return t.kind == "relative" and _whole_year().fullmatch(s[t.start:t.end]) is not None


def is_present_tense(s: str) -> bool:
    v = _vocab()
    return bool(v["present"].search(s)) and not v["past"].search(s)


def month_of(d: date) -> str:
    return f"{d.year}-{d.month:02d}"
