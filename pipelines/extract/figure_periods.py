"""The period of one prose figure: its own time words, the sentence's, the paragraph's or the
document's (the contract's period rules), and the time words that are only a comparison base."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pipelines.extract.clauses import LIST_SEP, RESPECTIVELY, aside_spans, clause_start, range_continues
from pipelines.extract.periods import (
    TimeExpr,
    count_of,
    find_times,
    in_year,
    is_present_tense,
    is_whole_year,
    month_of,
)
from pipelines.extract.places import dateline_re
from pipelines.extract.quantities import Quantity
from pipelines.rules import load_rules

if TYPE_CHECKING:  # annotations only: prose imports this module
    from pipelines.extract.prose import DocContext


@cache
def base_month_re() -> re.Pattern:
    """A growth rate's base that is a month of the same year ('more than in February', 'from the previous month')."""
    months = "|".join(sorted(load_rules()["periods"]["months"], key=len, reverse=True))
    return re.compile(r"\s*(?:\w+\s+){0,2}?(?:higher|more|lower|less|up|down)\s+(?:than|from|on|over)\s+(?:in\s+)?"
                      rf"(?:the\s+(?:previous|preceding)\s+month|last\s+month|(?:{months})\b(?![\s,]*(?:19|20)\d\d)"
                      rf"(?!\s*(?:-|–|—|to)\s*(?:{months})))",  # ("than in January-June 2024" is a year before)
                      re.IGNORECASE)


def _pending_period(text: str | None, doc: DocContext) -> str | None:
    """The one period of the figure-less sentence just before, unless it dates an event."""
    if not text or re.search(load_rules()["periods"]["event_verbs"], text, re.I):
        return None
    kinds = ("year", "month", "half", "quarter", "months")
    stated = {t.period for t in find_times(text, doc.doc_date) if t.period and t.kind in kinds}
    return stated.pop() if len(stated) == 1 else None


def in_dateline(s: str, t: TimeExpr) -> bool:
    m = dateline_re().match(s)
    return bool(m) and t.start < m.end()


def inside_quantity(t: TimeExpr, qs: list[Quantity]) -> bool:
    return any(q.num_start <= t.start < q.end for q in qs)


_FROM = re.compile(r"from\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+(?:\S+\s+){0,1}$", re.IGNORECASE)


def is_from_to(s: str, q: Quantity) -> bool:
    return bool(_FROM.match(s[q.start:q.end]))
_NOW = re.compile(r"\b(?:now|currently|at present)\b", re.IGNORECASE)
_THAT_PERIOD = re.compile(r"\bsame period\b|\bthat period\b", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"\b(?:in )?(?:the )?same period\b", re.IGNORECASE)
_THE_MONTHS = re.compile(r"\b(?:for|in|over|during)\s+the\s+(?:first\s+|past\s+)?(?:(\w+)\s+months|(half[- ]year|half)|(quarter))\b"
                         r"(?!\s+of\b)", re.IGNORECASE)
_MONTHS_SPAN = re.compile(r"(\d{4})-01/\1-(\d\d)")
_FIRST_HALF = re.compile(r"(\d{4})-H1")
_MONTH = re.compile(r"(\d{4})-(\d\d)")
_QUARTER = re.compile(r"\d{4}-Q[1-4]")


def stated_months(s: str, stated: str | None) -> tuple[re.Match, str] | None:
    """'for the ten months', 'over the nine months', 'in the half-year', 'in the quarter' in a report on
    January-October, the first half, the end of September or a quarter: the words (the first that name
    them), and the period they name."""
    span, half, month, quarter = (p.fullmatch(stated or "") for p in (_MONTHS_SPAN, _FIRST_HALF, _MONTH, _QUARTER))
    if not (span or half or month or quarter):
        return None
    for m in _THE_MONTHS.finditer(s):
        period = _months_named(m, stated, span, half, month, quarter)
        if period:
            return m, period
    return None


def _months_so_far(s: str, doc_date) -> tuple[re.Match, str] | None:
    """'over the nine months' in a story of October 2025 that states no period: January-September 2025."""
    for m in _THE_MONTHS.finditer(s) if doc_date else ():
        n = 6 if m.group(2) else count_of(m.group(1) or "")
        if m.group(3) or not 1 < n <= 12 or m.group(0).lower().split()[2] == "past":
            continue
        year = doc_date.year if n <= doc_date.month else doc_date.year - 1
        return m, (f"{year}-H1" if m.group(2) else f"{year}-01/{year}-{n:02d}")
    return None


def _months_named(m: re.Match, stated: str, span, half, month, quarter) -> str | None:
    if quarter or m.group(3):  # "in the quarter" names a quarterly report's quarter, and only that
        return stated if quarter and m.group(3) else None
    n = 6 if m.group(2) else count_of(m.group(1))
    if (span and n == int(span.group(2))) or (half and n == 6):
        return stated
    if month and n == int(month.group(2)) > 1:  # a stock at the end of September: its year's nine months
        return f"{month.group(1)}-01/{month.group(1)}-{month.group(2)}"
    return None


def _nearer(a: tuple[int, int], b: tuple[int, int], q: Quantity) -> bool:
    """Whether span a is nearer to the figure q than span b."""
    def gap(span):
        return max(span[0] - q.end, q.start - span[1], 0)
    return gap(a) < gap(b)


_SPAN_END = re.compile(r"\s*(?:in|by)\s+the\s+(?:final|last)\s+year\b|\s*(?:by|at)\s+the\s+end\s+of\s+the\s+period\b",
                       re.IGNORECASE)


def figure_period(s, q, i, qs, times, measure, doc, para, period_list, main_index, carried) -> str | None:
    if measure == "target":
        return _target_year(s, q, times, doc.doc_date.year if doc.doc_date else None)
    if period_list is not None:
        idx = main_index - 1 if q.equivalent else main_index
        if 0 <= idx < len(period_list):
            return period_list[idx]
        if idx < 0:
            return None
    if measure == "growth_avg_annual":
        span = _sentence_span(times) or para.span
        if span:
            return f"{span[0]}/{span[1]}"
    if _SPAN_END.match(s, q.end):  # "reaching 135.4 billion yuan in the final year" of "over 2014-2023"
        span = _sentence_span(times) or para.span
        if span:
            return str(span[1])
    own = _own_time(s, q, qs, times)
    named = stated_months(s, doc.stated_period) if doc.stated_period else _months_so_far(s, doc.doc_date)
    # (the words, the stated period they name; without one, the months of the story's year so far)
    if named and clause_start(s, named[0].start()) == clause_start(s, q.start) and (
            own is None or _nearer(named[0].span(), (own.start, own.end), q)):
        return named[1]  # "handled 186,400 containers over the nine months, ...; ... for the full year"
    listed = _listed_after(s, q, qs)
    list_end = max([q.end] + [x.end for x in qs if id(x) in listed])
    if own is not None and own.start > list_end + 16 and carried and measure != "level":
        own = None  # "reached $31.5 billion in 2023, up 32 percent ...": the growth shares the level's period
    if own is not None:
        if own.kind == "open":
            return None
        if own.kind == "relative" and _YEAR_ONLY.fullmatch(doc.stated_period or "") \
                and is_whole_year(s, own):
            return doc.stated_period  # "for the whole year" in the 2024 communique, published in 2025
        if own.kind == "span" and measure in ("level", "share") and _is_from_to_pair(s, q, qs):
            return str(own.years[0] if _pair_position(s, q, qs) == 0 else own.years[1])
        if own.kind == "same_period":
            return in_year(doc.stated_period, own.period)  # "the same period of 2024"
        return own.period
    if _is_from_to_pair(s, q, qs):  # "grew from 4,912 km to 8,916 km" between the sentence's (or paragraph's) two years
        span = _sentence_span(times) or (para.span if _THAT_PERIOD.search(s) else None)
        if span:
            return str(span[0] if _pair_position(s, q, qs) == 0 else span[1])
    pair_end = _is_from_to_pair(s, q, qs) and _pair_position(s, q, qs) == 1
    if carried and not pair_end:  # an earlier clause of the sentence dated its figures (not the "from" end's year)
        return carried
    if measure == "growth_avg_annual" and para.span:
        return f"{para.span[0]}/{para.span[1]}"
    if _SAME_PERIOD.search(s) and para.period:
        return para.period
    if named:  # "for the ten months" of a January-October report
        return named[1]
    if doc.doc_date and _NOW.search(s, 0, q.start):  # "The region now has 28 civil airports": as of the story's date
        return month_of(doc.doc_date)
    if para.period:
        return para.period
    pending = _pending_period(para.pending_text, doc)
    if pending:  # the sentence just before dated what this one counts
        return pending
    now = doc.doc_date and is_present_tense(s)
    if now and _YEAR_ONLY.fullmatch(doc.stated_period or "") and int(doc.stated_period) < doc.doc_date.year \
            and not doc.title_states_period:
        return month_of(doc.doc_date)  # a news story on last year: "The joint venture is owned 51 percent by China"
    if doc.stated_period:
        return doc.stated_period
    if now:
        return month_of(doc.doc_date)
    return None


_YEAR_ONLY = re.compile(r"\d{4}")


def _names_a_year(t: TimeExpr) -> bool:
    """A whole year, written ("2024") or relative ("last year", "this year"), not a month or a span."""
    return t.kind in ("year", "relative") and bool(t.period) and len(t.period) == 4


def past_year_estimate(q: Quantity, times: list[TimeExpr], doc: DocContext) -> str | None:
    """The year, before the document's, that the words before q name (its only year there): "In 2024",
    or "Last year" in a report delivered in January."""
    if doc.doc_date is None:
        return None
    before = {t.period for t in times if t.end <= q.start and _names_a_year(t)}
    year = before.pop() if len(before) == 1 else None
    return year if year and int(year) < doc.doc_date.year else None


def _sentence_span(times: list[TimeExpr]) -> tuple[int, int] | None:
    """The span an average growth rate covers: the sentence's span words ("between 2015 and 2024"), else
    the years of its from-to levels."""
    spans = [t for t in times if t.kind == "span"]
    if spans:  # ("..., although they fell sharply in 2015 and in 2020": those years date no span)
        return spans[0].years
    years = sorted({y for t in times if t.kind in ("year", "relative") for y in t.years})
    if len(years) >= 2:
        return years[0], years[-1]
    spans = [t for t in times if t.kind == "span"]
    return spans[-1].years if spans else None


_TIME_AFTER = re.compile(r"\s*(?:in|as of|as|by|at|during|for|of)?\s*(?:the\s+)?(?:end\s+of\s+)?", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"\s*(?:over|throughout|between)\s+(?:the\s+)?(?:period\s+)?", re.IGNORECASE)  # "$14 billion over 2017-2023"
_TIME_ATTACHED = re.compile(r"\s*(?:in|as of|by)?\s*", re.IGNORECASE)
_POINTS_BACK = re.compile(r"\b(?:at that time|in that period|during that period|in the same period|at the same time"
                          r"|that year)\b", re.IGNORECASE)
_COMPARISON_BASE = re.compile(r"(?:\b(?:than|compared\s+(?:with|to)|against|over|twice|double|triple|times)\b"
                              r"|(?:\bpercent|\bper\s+cent|\bpct|%)\s+(?:from|on)\b)[^,;.\d]{0,40}$",
                              re.IGNORECASE)  # "nearly twice the 2023 figure", "up 27 percent from 2022": the base
_TARGET_BY = re.compile(r"\b(?:by|until|before)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)


def _own_time(s: str, q: Quantity, qs: list[Quantity], times: list[TimeExpr]) -> TimeExpr | None:
    """The time words that date this number: right after it ('... in 2015'), else the nearest
    before it in the sentence that no other number claims, else the nearest after it."""
    if not times:
        return None
    for t in times:
        gap = s[q.end:t.start]
        if 0 <= t.start - q.end <= 16 and (_TIME_AFTER.fullmatch(gap) or (t.kind == "span" and _SPAN_AFTER.fullmatch(gap))) \
                and not is_comparison_base(s, t):
            return t
    listed = _listed_after(s, q, qs)  # "against $48 billion and 55.1 million in 2000": the list's time
    # "exported 38,400 tonnes of walnuts worth 642 million yuan in January-October": the value's time is the volume's
    listed |= {id(o) for o in qs if o.start > q.end and _WORTH_BETWEEN.fullmatch(s, q.end, o.start)}
    attached = {id(t) for t in times for other in qs if other is not q and id(other) not in listed
                and 0 <= t.start - other.end <= 12 and _TIME_ATTACHED.fullmatch(s[other.end:t.start])}
    clause = clause_start(s, q.start)
    if _POINTS_BACK.search(s[clause:q.start]):
        clause = 0  # the clause points back at the sentence's earlier time words
    asides = aside_spans(s, q.start)  # ", a mode piloted since 2022," dates the mode
    before = [t for t in times if clause <= t.start and t.end <= q.start and id(t) not in attached
              and not is_comparison_base(s, t) and not any(a <= t.start and t.end <= b for a, b in asides)]
    if before:
        return before[-1]
    after = [t for t in times if t.start >= q.end and id(t) not in attached and not is_comparison_base(s, t)
             and not _NEXT_CLAUSE.search(s, q.end, t.start)]  # "..., and in August alone it reached": the next clause's
    return after[0] if after else None


_WORTH_BETWEEN = re.compile(r"\s+(?:of\s+(?:[\w-]+\s+){1,5}?)?(?:worth|valued\s+at)\s+(?:about\s+|some\s+|nearly\s+|over\s+)?",
                            re.IGNORECASE)


def _listed_after(s: str, q: Quantity, qs: list[Quantity]) -> set[int]:
    """The figures listed right after q ('q and B', 'q, B and C'), by id."""
    out: set[int] = set()
    i = next((k for k, x in enumerate(qs) if x is q), len(qs))
    prev = q
    for other in qs[i + 1:]:
        if not LIST_SEP.fullmatch(s, prev.end, other.start):
            break
        out.add(id(other))
        prev = other
    return out


def years_back(m: re.Match) -> int:
    """How many years 'a year earlier', 'a decade earlier', 'five years ago' reach back."""
    if not m.group("n"):
        return 1
    n = m.group("n").lower()
    count = 1 if n in ("a", "an") else count_of(n)
    return count * (10 if m.group("unit").lower().startswith("decade") else 1)


def years_before(period: str, years: int = 1) -> str:
    """The same period years back: 2024 -> 2023, 2025-01/2025-09 -> 2024-01/2024-09."""
    return re.sub(r"\b(\d{4})\b", lambda m: str(int(m.group(1)) - years), period)


def is_comparison_base(s: str, t: TimeExpr) -> bool:
    """'6.8 times more than in 1999', 'compared with 2019': a base, not the figure's period.
    'over 2017-2023' is a span the figure covers."""
    before = s[max(0, t.start - 60):t.start]
    if t.kind == "span" and _OVER.search(before):
        return False
    if t.kind == "open" and _SUPERLATIVE.search(before):
        return True  # "the busiest month since 2011", "a record high since the launch": a base
    if t.kind == "year" and _GOAL_AFTER.match(s, t.end):
        return True  # "58.5 percent of the 2025 target": the goal's year, not the figure's
    base = _COMPARISON_BASE.search(before)
    if base and base.group(0)[:4].lower() == "over" and not _DIGIT.search(before, 0, base.start()):
        return False  # "Over the first two months of 2025, 214 ...": no figure before it to compare
    return base is not None


_GOAL_AFTER = re.compile(r"\s+(?:annual\s+|full[- ]year\s+)?(?:target|goal|plan|quota)s?\b", re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r",\s+and\s+$", re.IGNORECASE)  # the time opens the next clause
_GOAL_OF = re.compile(r"\s+(?:of|is|was|at)\s+(?:about\s+|some\s+|around\s+)?", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


_SUPERLATIVE = re.compile(r"\b(?:\w{3,}est|most\s+\w+|record(?:\s+\w+)?)(?:\s+\w+)?\s*$", re.IGNORECASE)


_OVER = re.compile(r"\bover\s+(?:the\s+)?(?:period\s+)?$", re.IGNORECASE)


def _target_year(s: str, q: Quantity, times: list[TimeExpr], doc_year: int | None = None) -> str | None:
    """A target's own year: 'by 2029', 'by the end of the 12th five-year plan' (its last year), or a year
    not yet over written right after it ('a harvest of 1.2 million tonnes this autumn')."""
    own = next((t for t in times if 0 <= t.start - q.end <= 32 and (_TIME_AFTER.fullmatch(s[q.end:t.start])
                or _OF_THING_THEN.fullmatch(s[q.end:t.start]))
                and _names_a_year(t)), None)
    if own and (doc_year is None or int(own.period) >= doc_year):  # (an undated study's forecast keeps its year)
        return own.period
    near = [t for t in times if t.start >= q.end and t.start - q.end <= 60] + \
        list(reversed([t for t in times if t.end <= q.start]))
    for t in near:
        if t.start >= q.end and _FOR_AFTER.fullmatch(s, q.end, t.start) and _names_a_year(t):
            return t.period  # "221 billion tenge has been set aside for this year"
        if _TARGET_BY.search(s[max(0, t.start - 30):t.start]) \
                and t.kind in ("year", "span") and t.years:
            return str(t.years[-1])
        if t.kind == "year" and t.end <= q.start and _FOR_BEFORE.search(s, max(0, t.start - 8), t.start) \
                and clause_start(s, t.start) == clause_start(s, q.start):
            return t.period  # "For 2025 the government has set a target of $2.4 billion"
        goal = _GOAL_AFTER.match(s, t.end) if t.kind == "year" and t.end <= q.start else None
        if goal and _GOAL_OF.fullmatch(s, goal.end(), q.start):  # "the 2025 target of 37,000"
            return t.period
    colon = s.find(":", 0, q.start)  # "The targets for this year are: ...": the year the lead names
    lead = [t for t in times if t.end <= colon and t.kind in ("year", "relative") and t.period]
    if colon >= 0 and len(lead) == 1:
        return lead[0].period
    years = {t.period for t in times if _names_a_year(t)
             and not _dates_a_base(s, t, q)}  # "..., against $94.8 billion in 2024": that figure's year
    # "In 2026, GDP is expected to reach ...", "expects full-year trade to exceed ..."
    year = years.pop() if len(years) == 1 else None
    return year if year and doc_year and int(year) >= doc_year else None


# "to attract 1.1 trillion tenge of investment this year": the figure's own noun, then its year
_OF_THING_THEN = re.compile(r"\s+of\s+[\w-]+(?:\s+[\w-]+)?\s+(?:in\s+|by\s+|for\s+)?", re.IGNORECASE)
_FOR_AFTER = re.compile(r"[^.;,]{0,40}?\bfor\s+(?:the\s+)?", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
_BASE_FIGURE = re.compile(r"\b(?:against|compared\s+with|compared\s+to|versus|up\s+from|down\s+from)\s+[^,;]{0,30}?\s+(?:in\s+)?$",
                          re.IGNORECASE)


def _dates_a_base(s: str, t: TimeExpr, q: Quantity) -> bool:
    """The time dates a comparison figure after the target ('against $94.8 billion in 2024')."""
    return t.start > q.end and _BASE_FIGURE.search(s, q.end, t.start) is not None


def _is_from_to_pair(s: str, q: Quantity, qs: list[Quantity]) -> bool:
    """'increased from A (in 2015) to B (in 2024)', also written as one range ('from 16 to 25')."""
    if range_continues(qs, qs.index(q)) or q.range_pos == 1:
        return bool(_FROM.match(s[q.start:q.end]))
    idx = qs.index(q)
    prev = qs[idx - 1] if idx > 0 else None
    nxt = qs[idx + 1] if idx + 1 < len(qs) else None
    if nxt and _FROM_BEFORE.search(s[max(0, q.start - 30):q.start]) and _TO_BEFORE.search(s[q.end:nxt.start][-30:]):
        return True
    if prev and _TO_BEFORE.search(s[prev.end:q.start][-30:]) and _FROM_BEFORE.search(s[max(0, prev.start - 30):prev.start]):
        return True
    return False


def _pair_position(s: str, q: Quantity, qs: list[Quantity]) -> int:
    """0 for the 'from' end of 'from A to B', 1 for the 'to' end."""
    if q.range_pos == 1:
        return 1
    idx = qs.index(q)
    prev = qs[idx - 1] if idx else None
    if prev and _TO_BEFORE.search(s[prev.end:q.start][-30:]):
        return 1
    return 0


def respective_periods(s: str, times: list[TimeExpr], qs: list[Quantity]) -> list[str] | None:
    """'From 2022 to 2024, ... A, B and C, respectively' -> one year per figure."""
    main = [q for q in qs if not q.equivalent and not q.range_pos]
    # "... $10.1 billion and $9.4 billion in 2023 and 2024 respectively, a fall of 6.9 percent": the
    # list is the figures before "respectively"; a figure after it is dated as any other
    said = RESPECTIVELY.search(s)
    main = [q for q in main if not said or q.start < said.start()]
    spans = [t for t in times if t.kind == "span"]
    if spans and spans[0].years[1] - spans[0].years[0] + 1 == len(main):
        return [str(y) for y in range(spans[0].years[0], spans[0].years[1] + 1)]
    points = [t for t in times if t.kind in ("year", "month", "quarter", "half", "months")]
    if len(points) == len(main) and len(points) > 1:
        return [t.period for t in points]
    months = _month_list(s)
    if months and len(months) == len(main):
        return months
    return None


def _month_list(s: str) -> list[str] | None:
    """'in March and July 2025' -> ['2025-03', '2025-07']."""
    names = load_rules()["periods"]["months"]
    alt = "|".join(sorted(names, key=len, reverse=True))
    m = re.search(rf"\b((?:(?:{alt})\.?(?:,\s*|\s+and\s+))+(?:{alt})\.?)\s+((?:19|20)\d\d)\b", s, re.I)
    if not m:
        return None
    months = re.findall(rf"\b(?:{alt})\b", m.group(1), re.I)
    return [f"{m.group(2)}-{names[x.lower()]:02d}" for x in months]
