"""Observations from prose: each quantity of each sentence, with its period, place, measure and
indicator resolved by the contract's rules (sentence first, then paragraph, then document)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from pipelines.extract.indicators import (DEFAULT_LEVEL, choose_indicator, default_code_for_unit, choose_measure, cue_in, domain_of, is_difference,
                                           is_rate_indicator, cues_in_order, named_group,
                                           unit_fits)
from pipelines.extract.periods import TimeExpr, find_times, is_present_tense, is_whole_year, month_of
from pipelines.extract.places import (PlaceMention, canonical, country_of, find_places, resolve_reference,
                                      dateline_re, is_subject, partner_patterns, pooled, two_sides, common_region)
from pipelines.extract.quantities import Quantity, find_quantities
from pipelines.extract.prefilter import may_match, required_parts
from pipelines.extract.segment import Sentence
from pipelines.rules import load_rules


@dataclass
class DocContext:
    doc_date: date | None
    main_region: str
    stated_period: str | None  # the one period the title or lead states (rule 3)
    last_pair: tuple[str, str] | None = None
    topic: str | None = None  # the subject place of the latest sentence that names one
    home_country: str | None = None  # "the country": the dateline's country, else the main place's
    main_area: str | None = None  # "the region": the area (not a country) the document names most
    recent_places: list = field(default_factory=list)  # the last distinct places named, for "the two ports"
    places_by_kind: dict = field(default_factory=dict)  # "the prefecture": the prefecture named most


@dataclass
class ParagraphState:
    period: str | None = None  # the period that dated the paragraph's last figure (rule 2)
    span: tuple[int, int] | None = None  # years of the last from-to pair or span
    region: str | None = None
    pair: tuple[str, str] | None = None  # the two sides this paragraph's flows are between
    cue_code: str | None = None  # the last indicator named in the paragraph ("it reached ...")
    cue_texts: list = field(default_factory=list)  # later sentences not yet read for cues (read when needed)
    previous: "ParagraphState | None" = None  # the paragraph before, for a pronoun that reaches back
    has_figures: bool = False
    pending_text: str | None = None  # the previous sentence, when it had no figures (its period may carry)

    def current_cue(self) -> str | None:
        """The paragraph's latest indicator cue; sentences are read for cues only when a figure needs one."""
        for text in reversed(self.cue_texts):
            code = cue_in(text)
            if code:
                self.cue_code = code
                break
        self.cue_texts.clear()
        return self.cue_code


_OF_WHICH = re.compile(r",\s*of (?:whom|which|them|these|this)\b[^,;.]{0,40}$", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_BASE_YEAR = re.compile(r"\s*(?:\w+\s+){0,2}?(?:higher|more|lower|less|up|down)\s+(?:than|from|on|over)\s+"
                        r"(?:in\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR4 = re.compile(r"\d{4}")


@cache
def _base_month() -> re.Pattern:
    """A growth rate's base that is a month of the same year ('more than in February', 'from the previous month')."""
    months = "|".join(sorted(load_rules()["periods"]["months"], key=len, reverse=True))
    return re.compile(r"\s*(?:\w+\s+){0,2}?(?:higher|more|lower|less|up|down)\s+(?:than|from|on|over)\s+(?:in\s+)?"
                      rf"(?:the\s+(?:previous|preceding)\s+month|last\s+month|(?:{months})\b(?![\s,]*(?:19|20)\d\d))",
                      re.IGNORECASE)


@dataclass
class _Figures:
    """What the figures of one sentence share, and the observations read from it so far."""
    sent: Sentence
    quantities: list[Quantity]
    times: list[TimeExpr]
    mentions: list[PlaceMention]
    pair: tuple[str, str, bool] | None  # the two sides the sentence names, if any
    period_list: list[str] | None  # "respectively": one period, place or code per main figure
    place_list: tuple[list[str | None], bool] | None
    code_list: list[str | None] | None
    out: list[dict] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.sent.text


def observations_from_sentence(sent: Sentence, doc: DocContext, para: ParagraphState) -> list[dict]:
    s = sent.text
    dateline = dateline_re().match(s)  # "URUMQI, April 8, 2025 (Xinhua) --": its year is no figure
    after_dateline = dateline.end() if dateline else 0
    quantities = _drop_thresholds(s, [q for q in find_quantities(s) if q.num_start >= after_dateline
                                      and not is_difference(s, q.num_start, q.end, q.unit)])
    pair = _bilateral(s, doc)
    if pair:
        para.pair = pair[:2]
    if not quantities:
        para.cue_texts.append(s)
        para.pending_text = s
        note_topic(sent, doc)
        return []
    times = [t for t in find_times(s, doc.doc_date) if not _inside_quantity(t, quantities) and not _in_dateline(s, t)]
    mentions = find_places(s)
    respectively = bool(_RESPECTIVELY.search(s))
    f = _Figures(sent, quantities, times, mentions, pair,
                 _respective_periods(s, times, quantities) if respectively else None,
                 _respective_places(s, mentions, quantities) if respectively else None,
                 _respective_indicators(s, quantities, respectively))
    main_index = 0  # the figure's place in the sentence's list of figures (ranges and restatements not counted)
    for i, q in enumerate(quantities):
        f.out.append(_observation(f, i, main_index, doc, para))
        if not q.equivalent and not _range_continues(quantities, i):
            main_index += 1
    _growth_takes_its_level(s, f.out, sent.start)
    note_topic(sent, doc)
    last = next((o["indicator_code"] for o in reversed(f.out) if o["indicator_code"] != "other"), None)
    if last:
        para.cue_code = last
        para.cue_texts.clear()
    else:
        para.cue_texts.append(s)
    _remember(para, f.out, times)
    para.pending_text = None
    return f.out


def _observation(f: _Figures, i: int, main_index: int, doc: DocContext, para: ParagraphState) -> dict:
    """The observation of the sentence's i-th figure: its measure, indicator, period and place."""
    s, q = f.text, f.quantities[i]
    prev = f.out[-1] if f.out else None
    q.prev_end = f.quantities[i - 1].end if i else None
    window = _clause_start(s, q.start)
    measure, decline, part_of_prev = _measure(f, q, window, prev)
    choice = _indicator(f, q, window, measure, prev, part_of_prev, main_index, para)
    period, measure = _dated(f, q, i, measure, main_index, doc, para)
    region, partner = _place(f, q, window, choice, measure, main_index, doc, para, prev)
    return {
        "indicator_code": choice.code,
        "indicator_label": choice.label,
        "domain": choice.domain,
        "region": region,
        "partner": resolve_reference(partner, doc) if partner else None,  # "exports to the region": the region it means
        "period": period,
        "measure": measure,
        "value": float(-abs(q.value) if decline else q.value),
        "unit": q.unit,
        "value_as_written": s[q.start:q.end],
        "qualifier": q.qualifier,
        "evidence": s.strip(),
        "char_start": f.sent.start + q.start,
        "char_end": f.sent.start + q.end,
        "method": "prose",
    }


def _measure(f: _Figures, q: Quantity, window: int, prev: dict | None) -> tuple[str, bool, bool]:
    """(measure, is a decline, is a share of the figure before)."""
    s = f.text
    measure, decline = choose_measure(s, q.num_start, q.end, q.unit, q.is_fraction, window)
    if measure == DEFAULT_LEVEL:  # "46% of the total population; Han-Chinese—40%": the list goes on
        same = prev and prev["unit"] == q.unit and prev["measure"] in ("share", "growth_yoy")
        measure = prev["measure"] if same else "level"
    if q.equivalent and prev:  # "1 billion yuan (approximately $137 million)" restates the figure before
        measure, decline = prev["measure"], prev["value"] < 0
    part_of_prev = bool(q.unit == "percent" and prev and prev["unit"] != "percent"
                        and _OF_WHICH.search(s, max(prev["char_end"] - f.sent.start, 0), q.start))
    if part_of_prev:  # "2.69 million, of whom 44.3 percent lived in towns": a share of that figure
        measure, decline = "share", False
    if q.range_pos == 1 and _is_from_to(s, q) and measure == "level" and _target_words().search(s):
        measure = "target"
    return measure, decline, part_of_prev


@cache
def _target_words() -> re.Pattern:
    return re.compile(load_rules()["measures"]["target"], re.IGNORECASE)


def _indicator(f: _Figures, q: Quantity, window: int, measure: str, prev: dict | None, part_of_prev: bool,
               main_index: int, para: ParagraphState):
    """The figure's indicator: its cue, else the figure it qualifies or continues, the whole it is a
    share of, its unit's usual indicator; a respectively list overrides them."""
    s = f.text
    own_subject = _after_new_subject(s, q, window)  # "... and construction jumped 11.4%": a subject of its own
    choice = choose_indicator(_without_asides(s, q.start), q.start, q.end, q.unit, measure, q.noun,
                              own_subject, s[q.num_start:q.end])
    unknown_rate = q.unit == "percent" and measure == "level" and choice.code != "other" \
        and not is_rate_indicator(choice.code)
    if unknown_rate:
        choice.code = "other"  # "the urbanization rate of the population was 59.24%" is no population figure
    cue_at = q.start - choice.distance
    prev_end = prev["char_end"] - f.sent.start if prev else 0
    cue_after_prev = prev and cue_at > prev_end and not _OF_PHRASE.fullmatch(s, prev_end, cue_at)
    # (a cue in the previous figure's own "of ..." phrase, "9.87 million tonnes of import and export cargo", is its)
    level_before = next((o for o in reversed(f.out) if o["unit"] != "percent"), None)
    # "reached 186.4 billion yuan, up 23.5 percent and accounting for 38.2 percent": rates of one level
    of_a_level = prev and (prev["unit"] != "percent" or (
        level_before and prev["indicator_code"] == level_before["indicator_code"]))
    follows_level = of_a_level and choice.distance > 0 and not cue_after_prev \
        and (measure.startswith("growth") or measure == "share") or part_of_prev
    its_share = measure == "share" and prev and _ITS_SHARE.search(s, prev_end, q.start)
    if follows_level or (q.equivalent and prev) or its_share:  # a growth rate qualifies the level before it;
        # "($34 billion)" restates it; "and its share of foreign trade climbed to 66.6%" is its part of a whole
        choice.code, choice.domain = prev["indicator_code"], prev["domain"]
    elif choice.code == "other" and choice.distance == 9999 and not _names_its_own_thing(q) and not unknown_rate \
            and own_subject == window:  # an `other` cue ("retail trade") names the figure's own thing
        inherited = _inherited_indicator(q, measure, prev, para, s[window:q.start])
        if inherited:
            choice.code, choice.domain = inherited
    whole = _whole(s, q) if measure == "share" and choice.code == "other" and choice.distance == 9999 else None
    if whole:  # "China accounted for 28.4 percent of the republic's total foreign trade turnover"
        choice.code, choice.domain = whole, domain_of(whole)
    if choice.code == "other" and choice.distance == 9999 and default_code_for_unit(q.unit):
        # "40 GW of wind and solar": kW is capacity; "96 trucks a day" counts a thing of its own, in that domain
        choice.domain = domain_of(default_code_for_unit(q.unit))
        choice.code = "other" if q.noun else default_code_for_unit(q.unit)
    listed = f.code_list[main_index] if f.code_list is not None and not q.equivalent \
        and 0 <= main_index < len(f.code_list) else None
    if listed:  # "the primary, secondary and tertiary industries ... 14.2, 41.0 and 44.8 percent"
        choice.code, choice.domain = listed, domain_of(listed)
    return choice


def _dated(f: _Figures, q: Quantity, i: int, measure: str, main_index: int, doc: DocContext,
           para: ParagraphState) -> tuple[str | None, str]:
    """(period, measure): the figure's period, and its measure once the period is known (a growth
    against a base other than the year before is growth_other; a past 'target' is an estimate)."""
    s = f.text
    base = _BASE_YEAR.match(s[q.end:q.end + 40]) if measure == "growth_yoy" else None
    carried = next((o["period"] for o in reversed(f.out)
                    if o["period"] and o["measure"] not in ("target", "growth_avg_annual")), None)
    period = _period(s, q, i, f.quantities, f.times, measure, doc, para, f.period_list, main_index, carried)
    estimate = _past_year(q, f.times, doc) if measure == "target" and period is None else None
    if estimate:  # "In 2024, GDP is expected to reach 312.6 billion yuan" (said in 2025): an estimate
        measure, period = "level", estimate
    earlier = _YEAR_EARLIER.match(s, q.end) if period and measure != "target" else None
    if earlier:  # "down from 23.4 million a year earlier", "16.3 million tonnes a decade earlier"
        period = _years_before(period, _years_back(earlier))
    if measure == "growth_yoy" and not _YOY_WORDS.search(s) and (
            (period and _SPAN.fullmatch(period)) or _SINCE_YEAR.search(s, 0, q.start)):
        measure = "growth_other"  # "from 2014 to 2020 ... an increase of 19.47 percent": against 2014, not a year before
    if base and period and _YEAR4.fullmatch(period) and int(base.group(1)) != int(period) - 1:
        measure = "growth_other"  # "87.5 percent higher than in 2012" (in 2022): not a year-on-year rate
    if measure == "growth_yoy" and _base_month().match(s, q.end):
        measure = "growth_other"  # "21 percent more than in February": against the month before, not a year
    return period, measure


def _place(f: _Figures, q: Quantity, window: int, choice, measure: str, main_index: int, doc: DocContext,
           para: ParagraphState, prev: dict | None) -> tuple[str, str | None]:
    """(region, partner): the clause's two sides if it names them, else the figure's own place."""
    s = f.text
    flow = choice.domain in ("trade", "logistics")  # two sides are a flow's, not a GDP's in the same sentence
    clause_pair = _bilateral(s[window:_clause_end(s, q.end)], doc) if flow else None
    # read once here: _region needs the partner only when clause_pair is still None, as it is here
    own_partner = _partner(s, q, window) if clause_pair is None else None
    if clause_pair is None and own_partner is None:  # "trade with China ..." names its own side
        clause_pair = f.pair if f.pair and not f.pair[2] and flow else None
        # the paragraph's pair applies to its flows; an earlier paragraph's only when a side is named again
        known_pair = para.pair or (doc.last_pair if choice.domain == "trade" and f.mentions else None)
        if clause_pair is None and flow and known_pair and all(m.region in known_pair for m in f.mentions):
            clause_pair = (*known_pair, False)
    region, partner = _region(s, q, f.mentions, clause_pair, f.place_list, main_index, measure, doc, para,
                              window, own_partner)
    if partner is None and clause_pair is None and choice.domain == "trade" and region != doc.main_region \
            and country_of(region) == region and _PARTNER_ROLE.search(s, 0, q.start):
        region, partner = doc.main_region, region  # "Kazakhstan remained the largest partner with 71.8 billion yuan"
    if q.equivalent and prev:  # "$28.6 billion (13.4 trillion tenge)": the same figure, the same place
        region, partner = prev["region"], prev["partner"]
    return region, partner


def _pending_period(text: str | None, doc: DocContext) -> str | None:
    """The one period of the figure-less sentence just before, unless it dates an event."""
    if not text or re.search(load_rules()["periods"]["event_verbs"], text, re.I):
        return None
    kinds = ("year", "month", "half", "quarter", "months")
    stated = {t.period for t in find_times(text, doc.doc_date) if t.period and t.kind in kinds}
    return stated.pop() if len(stated) == 1 else None


_STARTS_WITH_PRONOUN = re.compile(r"\W*(?:it|its|they|their|this|these|he|she)\b", re.IGNORECASE)


def note_topic(sent: Sentence, doc: DocContext) -> None:
    """Remember the subject place of a sentence, for later sentences that name none ('Its capacity ...'),
    and the places it names, for 'the two ports' later."""
    for m in find_places(sent.text, joined=False):
        region = resolve_reference(m.region, doc)
        if region in doc.recent_places:
            doc.recent_places.remove(region)
        doc.recent_places.append(region)
    del doc.recent_places[:-4]
    if _STARTS_WITH_PRONOUN.match(sent.text):
        return  # the subject is a pronoun: the topic stays
    mentions = [m for m in find_places(sent.text) if m.start < 100 and is_subject(sent.text, m)]
    if mentions:
        doc.topic = resolve_reference(mentions[0].region, doc)


_PASSED = re.compile(r"\b(?:topped|exceeded|surpassed|passed|crossed)\s+(?:the\s+)?$", re.IGNORECASE)
_REACHING = re.compile(r"\b(?:reaching|reached|to|at|was|stood at|totall?ing|amounting to)\b", re.IGNORECASE)


def _drop_thresholds(s: str, qs: list[Quantity]) -> list[Quantity]:
    """'exceeded $10,000, reaching $11,346': a threshold followed by the exact figure in the same
    sentence is one observation, the exact one."""
    keep = []
    for i, q in enumerate(qs):
        threshold = q.qualifier in ("over", "at_least") or _PASSED.search(s[max(0, q.start - 30):q.start])
        exact_after = any(o.unit == q.unit and not o.qualifier and not o.equivalent and o.group != q.group
                          and (o.noun is None or q.noun is None or o.noun == q.noun)  # "40,000 trains ... 18 countries"
                          and _REACHING.search(s[q.end:o.start]) and ";" not in s[q.end:o.start]
                          for o in qs[i + 1:])
        if not (threshold and exact_after):
            keep.append(q)
    return keep


def _range_continues(qs: list[Quantity], i: int) -> bool:
    """True when the next quantity is the second end of this one's range ('from 8 to 15')."""
    return i + 1 < len(qs) and qs[i + 1].range_pos == 1 and qs[i + 1].group == qs[i].group


_OF_WHOLE = re.compile(r"\s*(?:share\s+)?of\s+([^,;.()]{1,80})", re.IGNORECASE)


def _whole(s: str, q: Quantity) -> str | None:
    """The indicator of the whole a share with no words of its own is a part of ('28.4 percent of
    total trade turnover': a share of trade_total), when that indicator takes percent."""
    m = _OF_WHOLE.match(s, q.end)
    code = cue_in(m.group(1)) if m else None
    return code if code and code != "other" and unit_fits(code, "percent") else None


def _names_its_own_thing(q: Quantity) -> bool:
    return bool(q.noun) and q.noun != "of them"


_PRONOUN_SUBJECT = re.compile(r"^\W*of\s+(?:the|these|those|which)\b[^,;]{0,40},|"  # "Of the new entrants, 2,137 ..."
                              r"^\W*(?:[\w,-]+\s+){0,4}?(?:it|its|they|their|them|this|that|these|the figure|the count|the tally|the total|"
                              r"the volume|the amount|the number|the value|the turnover)\b|\bof them\b"
                              r"|\b(?:it|they)\s+(?:\w+\s+)?(?:rose|fell|grew|reached|was|were|stood|totall?ed|amounted|"
                              r"increased|decreased|climbed|jumped|dropped|declined|hit|topped)\b"
                              r"|\b(?:it|them)\s+(?:(?:up|down|back)\s+)?to\s*$", re.IGNORECASE)  # "cut it to $30 billion"


def _inherited_indicator(q: Quantity, measure: str, prev_obs: dict | None, para: ParagraphState, clause: str):
    """A number with no cue of its own continues the figure before it: a growth rate or share
    qualifies the level before it, 'in 2000, 4.7 million' continues a list, and 'it reached
    $432 million' continues the paragraph's subject."""
    if prev_obs and (measure != "level" or prev_obs["unit"] == q.unit):
        return prev_obs["indicator_code"], prev_obs["domain"]
    if q.noun != "of them" and not _PRONOUN_SUBJECT.search(clause):  # "Labor-intensive goods accounted for ..." names its own subject
        return None
    code = para.current_cue() or (para.previous.current_cue() if para.previous else None)  # "it rose ..." reaches back
    if code and unit_fits(code, q.unit):
        return code, domain_of(code)
    return None


def _in_dateline(s: str, t: TimeExpr) -> bool:
    m = dateline_re().match(s)
    return bool(m) and t.start < m.end()


def _inside_quantity(t: TimeExpr, qs: list[Quantity]) -> bool:
    return any(q.num_start <= t.start < q.end for q in qs)


_CONTRAST = re.compile(r",\s+(?:while|whereas|but|although)\s", re.IGNORECASE)


def _clause_end(s: str, pos: int) -> int:
    ends = [i for i in (s.find(";", pos), s.find(":", pos)) if i >= 0]
    return min(ends) if ends else len(s)


def _clause_start(s: str, pos: int) -> int:
    """Start of the clause holding pos: after the last ';' or ':' before it, or after the '(' of
    a parenthesis still open at pos (sentence start else)."""
    cut = max(s.rfind(";", 0, pos), s.rfind(":", 0, pos))
    contrast = [m.end() - 1 for m in _CONTRAST.finditer(s, 0, pos)]  # ", while ...": a clause of its own
    if contrast:
        cut = max(cut, contrast[-1])
    paren = s.rfind("(", 0, pos)
    if paren > cut and s.find(")", paren, pos) < 0:
        cut = paren
    return cut + 1 if cut >= 0 else 0


_FROM = re.compile(r"from\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+(?:\S+\s+){0,1}$", re.IGNORECASE)


def _is_from_to(s: str, q: Quantity) -> bool:
    return bool(_FROM.match(s[q.start:q.end]))


# ---- periods ---------------------------------------------------------------------------------

_PARTNER_ROLE = re.compile(r"\b(?:largest|biggest|main|top|leading|second[- ]largest|third[- ]largest)\s+"
                           r"(?:trading\s+|trade\s+)?partners?\b", re.IGNORECASE)
_NOW = re.compile(r"\b(?:now|currently|at present)\b", re.IGNORECASE)
_THAT_PERIOD = re.compile(r"\bsame period\b|\bthat period\b", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"\b(?:in )?(?:the )?same period\b", re.IGNORECASE)


def _period(s, q, i, qs, times, measure, doc, para, period_list, main_index, carried) -> str | None:
    if measure == "target":
        return _target_year(s, q, times, doc.doc_date.year if doc.doc_date else None)
    if period_list is not None:
        idx = main_index - 1 if q.equivalent else main_index
        if 0 <= idx < len(period_list):
            return period_list[idx]
        return None
    if measure == "growth_avg_annual":
        span = _sentence_span(times) or para.span
        if span:
            return f"{span[0]}/{span[1]}"
    own = _own_time(s, q, qs, times)
    listed = _listed_after(s, q, qs)
    list_end = max([q.end] + [x.end for x in qs if id(x) in listed])
    if own is not None and own.start > list_end + 16 and carried:
        own = None  # "reached $31.5 billion in 2023, up 32 percent ...": the growth shares the level's period
    if own is not None:
        if own.kind == "open":
            return None
        if own.kind == "relative" and _YEAR_ONLY.fullmatch(doc.stated_period or "") \
                and is_whole_year(s, own):
            return doc.stated_period  # "for the whole year" in the 2024 communique, published in 2025
        if own.kind == "span" and measure == "level" and _is_from_to_pair(s, q, qs):
            return str(own.years[0] if _pair_position(s, q, qs) == 0 else own.years[1])
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
    if doc.doc_date and _NOW.search(s, 0, q.start):  # "The region now has 28 civil airports": as of the story's date
        return month_of(doc.doc_date)
    if para.period:
        return para.period
    pending = _pending_period(para.pending_text, doc)
    if pending:  # the sentence just before dated what this one counts
        return pending
    if doc.stated_period:
        return doc.stated_period
    if doc.doc_date and is_present_tense(s):
        return month_of(doc.doc_date)
    return None


_YEAR_ONLY = re.compile(r"\d{4}")


def _past_year(q: Quantity, times: list[TimeExpr], doc: DocContext) -> str | None:
    """The year, before the document's, that the words before q name (its only year there)."""
    if doc.doc_date is None:
        return None
    before = {t.period for t in times if t.kind == "year" and t.end <= q.start}
    year = before.pop() if len(before) == 1 else None
    return year if year and int(year) < doc.doc_date.year else None


def _sentence_span(times: list[TimeExpr]) -> tuple[int, int] | None:
    """The span an average growth rate covers: the years of the sentence's from-to levels, else its span words."""
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
        if 0 <= t.start - q.end <= 16 and (_TIME_AFTER.fullmatch(gap) or (t.kind == "span" and _SPAN_AFTER.fullmatch(gap))):
            return t
    listed = _listed_after(s, q, qs)  # "against $48 billion and 55.1 million in 2000": the list's time
    attached = {id(t) for t in times for other in qs if other is not q and id(other) not in listed
                and 0 <= t.start - other.end <= 12 and _TIME_ATTACHED.fullmatch(s[other.end:t.start])}
    clause = _clause_start(s, q.start)
    if _POINTS_BACK.search(s[clause:q.start]):
        clause = 0  # the clause points back at the sentence's earlier time words
    asides = _asides(s, q.start)  # ", a mode piloted since 2022," dates the mode
    before = [t for t in times if clause <= t.start and t.end <= q.start and id(t) not in attached
              and not is_comparison_base(s, t) and not any(a <= t.start and t.end <= b for a, b in asides)]
    if before:
        return before[-1]
    after = [t for t in times if t.start >= q.end and id(t) not in attached and not is_comparison_base(s, t)]
    return after[0] if after else None


def _listed_after(s: str, q: Quantity, qs: list[Quantity]) -> set[int]:
    """The figures listed right after q ('q and B', 'q, B and C'), by id."""
    out: set[int] = set()
    i = next((k for k, x in enumerate(qs) if x is q), len(qs))
    prev = q
    for other in qs[i + 1:]:
        if not _LIST_SEP.fullmatch(s, prev.end, other.start):
            break
        out.add(id(other))
        prev = other
    return out


@cache
def _aside() -> re.Pattern:
    """A relative or appositive clause between commas (rules/text.yaml aside_openers)."""
    openers = "|".join(load_rules()["text"]["aside_openers"])
    return re.compile(rf",\s+(?:{openers})\s[^,;]*,", re.IGNORECASE)


def _after_new_subject(s: str, q: Quantity, window: int) -> int:
    """Where q's indicator words may start: after the figure before it when a new subject comes in
    between ("... rose 7.1% and construction jumped 11.4%"), else the clause start."""
    if q.prev_end is None or q.prev_end < window:
        return window
    return q.prev_end if _new_subject().match(s, q.prev_end, q.start) else window


@cache
def _new_subject() -> re.Pattern:
    return re.compile(load_rules()["measures"]["new_subject"], re.IGNORECASE)


_ITS_SHARE = re.compile(r"\b(?:its|their)\s+(?:\w+\s+)?(?:share|proportion)\s+(?:of|in)\b", re.IGNORECASE)
_OF_PHRASE = re.compile(r"\s*of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}[\w-]*", re.IGNORECASE)
_RISE_TO = re.compile(r"\s*(?:[\w-]+\s+){0,3}?to\s+(?:about\s+|nearly\s+|over\s+|some\s+)?$", re.IGNORECASE)


def _growth_takes_its_level(s: str, out: list[dict], offset: int) -> None:
    """'jumped 62 percent to 4.5 million tonnes': the rate is the growth of the level it rises to,
    whatever keyword stands nearer to the rate."""
    for a, b in zip(out, out[1:]):
        if a["measure"].startswith("growth") and b["measure"] == "level" and b["indicator_code"] != "other" \
                and b["unit"] != "percent" and _RISE_TO.fullmatch(s[a["char_end"] - offset:b["char_start"] - offset]):
            a["indicator_code"], a["domain"] = b["indicator_code"], b["domain"]


_YOY_WORDS = re.compile(r"year[- ]on[- ]year|\by/y\b|from a year (?:earlier|ago)|over the (?:previous|last|same period)",
                        re.IGNORECASE)
_SPAN = re.compile(r"\d{4}/\d{4}")
_SINCE_YEAR = re.compile(r"\bsince\s+(?:the\s+)?(?:end\s+of\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
_YEAR_EARLIER = re.compile(r"\s*(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>years?|decades?)"
                           r"\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|preceding|prior)\s+year"
                           r"|(?:in\s+)?the\s+same\s+period\s+(?:of\s+)?(?:last|the\s+previous)\s+year)\b", re.IGNORECASE)


def _years_back(m: re.Match) -> int:
    """How many years 'a year earlier', 'a decade earlier', 'five years ago' reach back."""
    if not m.group("n"):
        return 1
    n = m.group("n").lower()
    count = 1 if n in ("a", "an") else int(n) if n.isdigit() else int(load_rules()["numbers"]["number_words"].get(n, 1))
    return count * (10 if m.group("unit").lower().startswith("decade") else 1)


def _years_before(period: str, years: int = 1) -> str:
    """The same period years back: 2024 -> 2023, 2025-01/2025-09 -> 2024-01/2024-09."""
    return re.sub(r"\b(\d{4})\b", lambda m: str(int(m.group(1)) - years), period)


def _without_asides(s: str, pos: int) -> str:
    """The sentence with the asides that close before pos blanked out (same length): 'Remittances,
    which account for a fifth of GDP, fell 4.2%' - GDP names the aside's figure, not this one."""
    for a, b in _asides(s, pos):
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
def _asides(s: str, pos: int) -> tuple[tuple[int, int], ...]:
    """Spans of the relative or appositive clauses that close before pos."""
    if s.count(",", 0, pos) < 2:
        return ()  # an aside needs two commas
    return tuple(m.span() for m in _aside().finditer(s, 0, pos))


def is_comparison_base(s: str, t: TimeExpr) -> bool:
    """'6.8 times more than in 1999', 'compared with 2019': a base, not the figure's period.
    'over 2017-2023' is a span the figure covers."""
    before = s[max(0, t.start - 60):t.start]
    if t.kind == "span" and _OVER.search(before):
        return False
    if t.kind == "open" and _SUPERLATIVE.search(before):
        return True  # "the busiest month since 2011", "a record high since the launch": a base
    base = _COMPARISON_BASE.search(before)
    if base and base.group(0)[:4].lower() == "over" and not _DIGIT.search(before, 0, base.start()):
        return False  # "Over the first two months of 2025, 214 ...": no figure before it to compare
    return base is not None


_DIGIT = re.compile(r"\d")


_SUPERLATIVE = re.compile(r"\b(?:\w{3,}est|most\s+\w+|record(?:\s+\w+)?)(?:\s+\w+)?\s*$", re.IGNORECASE)


_OVER = re.compile(r"\bover\s+(?:the\s+)?(?:period\s+)?$", re.IGNORECASE)


def _target_year(s: str, q: Quantity, times: list[TimeExpr], doc_year: int | None = None) -> str | None:
    """A target's own year: 'by 2029', 'by the end of the 12th five-year plan' (its last year)."""
    near = [t for t in times if t.start >= q.end and t.start - q.end <= 60] + \
        list(reversed([t for t in times if t.end <= q.start]))
    for t in near:
        if _TARGET_BY.search(s[max(0, t.start - 30):t.start]) \
                and t.kind in ("year", "span") and t.years:
            return str(t.years[-1])
    colon = s.find(":", 0, q.start)  # "The targets for this year are: ...": the year the lead names
    lead = [t for t in times if t.end <= colon and t.kind in ("year", "relative") and t.period]
    if colon >= 0 and len(lead) == 1:
        return lead[0].period
    years = {t.period for t in times if t.kind in ("year", "relative") and t.period and len(t.period) == 4}
    # "In 2026, GDP is expected to reach ...", "expects full-year trade to exceed ..."
    year = years.pop() if len(years) == 1 else None
    return year if year and doc_year and int(year) >= doc_year else None


def _is_from_to_pair(s: str, q: Quantity, qs: list[Quantity]) -> bool:
    """'increased from A (in 2015) to B (in 2024)', also written as one range ('from 16 to 25')."""
    if _range_continues(qs, qs.index(q)) or q.range_pos == 1:
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


def _respective_periods(s: str, times: list[TimeExpr], qs: list[Quantity]) -> list[str] | None:
    """'From 2022 to 2024, ... A, B and C, respectively' -> one year per figure."""
    main = [q for q in qs if not q.equivalent and not q.range_pos]
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


# ":" joins a ratio's parts; "up 29.0 percent and down 3.1 percent" is a list too
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|:\s*)(?:(?:up|down|rising|falling|increasing|decreasing)\s+(?:by\s+)?)?")
_PLACE_LIST_SEP = re.compile(r"\s*(?:,\s*)?(?:and\s+|or\s+)?")


def _respective_indicators(s: str, qs: list[Quantity], respectively: bool) -> list[str] | None:
    """Indicators named in a list before a list of figures: one each, in order."""
    main = [q for q in qs if not q.equivalent and not q.range_pos]
    listed = all(a.unit == b.unit and _LIST_SEP.fullmatch(s[a.end:b.start])
                 for a, b in zip(main, main[1:]))
    if len(main) < 2:
        return None
    if not (respectively or listed):
        return _group_runs(s, main)
    codes = cues_in_order(s[:main[0].start], main[0].unit)
    if len(codes) == len(main):
        return codes
    ratio = listed and all(q.is_fraction for q in main)  # "the ratio of the three industries was 25.6 : 33.8 : 40.6"
    group = named_group(s[:main[0].start], len(main), main[0].unit) if respectively or ratio else None
    if group:  # "the three industries ... 14.6, 40.7 and 44.7 percent, respectively"
        return group
    if respectively:  # "... urban and rural residents was 41,036 yuan and 21,870 yuan, up 4.1 percent and 7.2 percent
        # respectively": each list of figures takes the indicators named in order before it
        out: list[str | None] = []
        for run in _runs(s, main):
            codes = cues_in_order(s[:run[0].start], run[0].unit if run[0].unit != "percent" else None)
            out += codes[-len(run):] if len(run) >= 2 and len(codes) >= len(run) else [None] * len(run)
        if any(out):
            return out
    return None


def _group_runs(s: str, main: list[Quantity]) -> list[str | None] | None:
    """Without "respectively", a list of figures right after words that name a group takes its
    indicators ("urban and rural residents' incomes reached 44,620 yuan and 22,385 yuan, up 4.6
    percent and 7.1 percent")."""
    out: list[str | None] = []
    for run in _runs(s, main):
        group = named_group(s[:run[0].start], len(run), run[0].unit) if len(run) >= 2 else None
        out += group or [None] * len(run)
    return out if any(out) else None


def _runs(s: str, qs: list[Quantity]) -> list[list[Quantity]]:
    """The figures split into lists: same unit, written as one list ("17,304, 15,512 and 12,950 yuan"
    share a group and its span) or joined by commas or 'and'."""
    runs = [[qs[0]]]
    for a, b in zip(qs, qs[1:]):
        if a.unit == b.unit and (a.group == b.group or _LIST_SEP.fullmatch(s[a.end:b.start])):
            runs[-1].append(b)
        else:
            runs.append([b])
    return runs


def _respective_places(s: str, mentions: list[PlaceMention], qs: list[Quantity]) -> tuple[list[str | None], bool] | None:
    """'The Urumqi, Kashgar and Horgos sections ... 20, 6, and 17, respectively', '17,304, 15,512 and
    13,868 yuan in Aksu, Kashgar and Hotan, respectively': a list of figures takes the list of as many
    places named right before or after it. Returns each main figure's place (None outside the list)
    and whether the places are the figures' partners ('Trade with A and B came to ...')."""
    main = [q for q in qs if not q.equivalent and not q.range_pos]
    lists = [run for run in _place_runs(s, mentions) if len(run) > 1]
    for figures in (run for run in _runs(s, main) if len(run) > 1) if main else ():
        before = [r for r in lists if r[-1].end <= figures[0].start and len(r) == len(figures)]
        after = [r for r in lists if r[0].start >= figures[-1].end and len(r) == len(figures)]
        places = before[-1] if before else after[0] if after else None
        if places:
            first = main.index(figures[0])
            out = [None] * len(main)
            out[first:first + len(figures)] = [m.region for m in places]
            return out, bool(_PARTNER_LEAD.search(s, 0, places[0].start))
    return None


def _place_runs(s: str, mentions: list[PlaceMention]) -> list[list[PlaceMention]]:
    """The places split into lists: joined by commas, 'and' or 'or'."""
    runs: list[list[PlaceMention]] = []
    for m in mentions:
        if runs and _PLACE_LIST_SEP.fullmatch(s[runs[-1][-1].end:m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


# a flow's other side, named right before a list of places: "trade with", "exports to", "imports from"
_PARTNER_LEAD = re.compile(r"\b(?:trade|turnover|exports?|imports?|shipments)\s+(?:\w+\s+){0,2}?(?:with|to|from)\s+(?:the\s+)?$",
                           re.IGNORECASE)


# ---- places ----------------------------------------------------------------------------------

@cache
def _pair_refs() -> re.Pattern:
    words = load_rules()["places"]["pair_references"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def _bilateral(s: str, doc: DocContext) -> tuple[str, str, bool] | None:
    """(a, b, a_is_possessive) when the sentence names two sides of a flow."""
    return _two_sides(s, doc) or _pair_reference(s, doc)


def _pair_reference(s: str, doc: DocContext) -> tuple[str, str, bool] | None:
    m = _pair_refs().search(s) if doc.last_pair else None
    if not m:
        return None
    a, b = doc.last_pair
    if "countr" in m.group(0).lower():  # "the two countries" after "Kazakhstan and Xinjiang": their countries
        a, b = country_of(a), country_of(b)
        if a == b:
            return None
    return a, b, False


def _two_sides(s: str, doc: DocContext) -> tuple[str, str, bool] | None:
    sides = two_sides(s)
    if not sides:
        return None
    a, b = sides
    doc.last_pair = (resolve_reference(a.region, doc), resolve_reference(b.region, doc))
    return doc.last_pair[0], doc.last_pair[1], a.possessive


_OF_THEM = re.compile(r"\s*(?:of them|of which|of [\w-]+(?:\s+[\w'’-]+){0,3})?[\s,]*(?:and|while|with|but|followed by)?\s*"
                      r"(?:the\s+)?(?:(?:port|city|station|county|prefecture|crossing)\s+of\s+)?"  # "..., and the port of Kuryk 1.9 million"
                      r"|[^.;]*,\s*(?:and\s+)?(?:the\s+)?(?:port|city|station|county|prefecture|crossing)\s+of\s+")  # (after a clause of its own)
_FEW_WORDS = re.compile(r"\s*(?:\w+\s+){0,2}")
_OWN_PLACE_BREAK = re.compile(r"[,;.:()—–]|\s-\s|\b(?:and|or|with|while|which|that|to|from|as|amid|after|when)\b")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_CHANGE_BETWEEN = re.compile(r"(?:'s|’s)?\s+(?:(?:port|city|zone|crossing|county)\s+)?(?:up|down|rising|falling|growing|gaining"
                             r"|increasing|decreasing|climbing)\s+(?:by\s+)?", re.IGNORECASE)
_SHARE_HOLDER = re.compile(r"\s*(?:\w+\s+)?(?:share|proportion|portion|part)\b", re.IGNORECASE)
_THE_TWO = re.compile(r"\bthe (?:two|both|twin) (?!countries|sides|nations|states)[a-z]+s\b", re.IGNORECASE)


def _region(s, q, mentions, pair, place_list, main_index, measure, doc, para, window,
            partner) -> tuple[str, str | None]:
    """The figure's place and partner; window is q's clause start, partner _partner(s, q, window)
    (computed by the caller whenever pair is None)."""
    if place_list is not None:
        idx = main_index - 1 if q.equivalent else main_index
        places, as_partners = place_list
        place = places[idx] if 0 <= idx < len(places) else None
        if place and as_partners:  # "Trade with Tajikistan and Turkmenistan came to A and B, respectively"
            return doc.main_region, resolve_reference(place, doc)
        if place:
            return resolve_reference(place, doc), None
    if pair:
        a, b, a_poss = pair
        pref = load_rules()["places"]["side_preference"]
        if not a_poss:
            for side in pref:
                if side in (a, b):
                    return (a, b) if side == a else (b, a)
        return a, b
    if q.in_parentheses:  # "the “Dostyk–Alashankou” crossing (from 14 to 28 trains per day)"
        near = [m for m in mentions if m.end <= q.start and q.start - m.end <= 40]
        if near:
            return resolve_reference(near[-1].region, doc), None
    prev_q = _previous_quantity(s, q)
    if prev_q is not None:  # "Horgos handled 58.2 billion yuan, and Alashankou 49.6 billion yuan"
        between = [m for m in mentions if prev_q <= m.start and m.end <= q.start]
        if between and _OF_THEM.fullmatch(s[prev_q:between[-1].start]) and _FEW_WORDS.fullmatch(s[between[-1].end:q.start]):
            return resolve_reference(between[-1].region, doc), None
    with_place = [m for m in mentions if m.end <= q.start and _WITH_BEFORE.search(s, 0, m.start)
                  and _CHANGE_BETWEEN.fullmatch(s, m.end, q.start)]
    if with_place:  # "..., with Horgos up 3.7%": the place the absolute clause names
        return resolve_reference(with_place[-1].region, doc), None
    own = [m for m in mentions if q.end <= m.start <= q.end + 45 and measure != "share"
           and not _OWN_PLACE_BREAK.search(s[q.end:m.start])]
    if own:
        return resolve_reference(own[0].region, doc), None
    sides = para.pair or doc.last_pair
    if partner and sides and partner in sides:  # "Chinese exports to Kazakhstan": the known pair's other side
        return (sides[1] if sides[0] == partner else sides[0]), partner
    asides = _asides(s, q.start)  # "Remittances, mostly from Russia, fell": Russia is the aside's
    mentions_before = [m for m in mentions if m.end <= q.start and m.region != partner
                       and not any(a <= m.start and m.end <= b for a, b in asides)]
    before = [m for m in mentions_before if window <= m.start]
    if not before and not _CONTRAST.search(s, 0, q.start):  # ", while ..." starts a new subject
        before = mentions_before
    subjects = [m for m in before if is_subject(s, m)]
    before = subjects or before
    if before:
        poss = [m for m in before if m.possessive]
        holder = [m for m in poss if _SHARE_HOLDER.match(s[m.end:m.end + 25])]
        if holder:  # "China's share of the region's trade": the share is China's
            return resolve_reference(holder[0].region, doc), partner
        pick = poss[-1] if poss and (before[-1].start - poss[-1].start) < 60 else before[0]  # the subject, not the nearest
        return resolve_reference(pooled(s, mentions, mentions.index(pick)) or pick.region, doc), partner
    two = _THE_TWO.search(s[:q.start])
    if two and len(doc.recent_places) >= 2:  # "the two ports" after "Horgos and Alashankou": their common region
        a, b = doc.recent_places[-2:]
        joint = common_region(a, b)
        if joint:
            return joint, partner
    if partner:  # "Trade with the five Central Asian countries reached ...": the story's own side
        return doc.main_region if doc.main_region != partner else (doc.topic or doc.main_region), partner
    return (doc.topic or doc.main_region), partner


def _previous_quantity(s: str, q: Quantity) -> int | None:
    """End of the figure before q in the sentence (set by observations_from_sentence)."""
    return q.prev_end


def _partner(s: str, q: Quantity, window: int) -> str | None:
    """'Trade with Kazakhstan totaled ...': the other side, named with a preposition."""
    clause = s[window:q.start]
    low = clause.lower() if clause.isascii() else None
    for pat, required in _partner_rules():
        if may_match(required, low):  # most clauses hold none of the words a partner phrase needs
            for m in pat.finditer(s, window, q.start):
                return canonical(m.group("b"))
    return None


@cache
def _partner_rules() -> list[tuple[re.Pattern, list]]:
    return [(p, required_parts(p.pattern)) for p in partner_patterns()]


def _remember(para: ParagraphState, obs: list[dict], times: list[TimeExpr]) -> None:
    own_periods = [o["period"] for o in obs if o["period"] and o["measure"] not in ("target", "growth_avg_annual")]
    if own_periods and times:
        para.period = own_periods[-1]
    years = [int(o["period"]) for o in obs if o["period"] and _YEAR4.fullmatch(o["period"]) and o["measure"] == "level"]
    spans = [t for t in times if t.kind == "span"]
    if len(set(years)) >= 2:  # the years of the levels a later average growth rate summarises
        para.span = (min(years), max(years))
    elif spans:
        para.span = spans[-1].years
    if obs:
        para.region = obs[-1]["region"]
        para.has_figures = True
