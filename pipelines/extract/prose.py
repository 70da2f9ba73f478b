"""Observations from prose: each quantity of each sentence, with its period, place, measure and
indicator resolved by the contract's rules (sentence first, then paragraph, then document).

This module reads a sentence's figures and decides measure and indicator; a figure's period is
figure_periods.py's, its place figure_places.py's, and the clause and list structure they share
is clauses.py's."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from pipelines.extract.clauses import (
    CONTRAST,
    LIST_SEP,
    RESPECTIVELY,
    after_new_subject,
    aside_spans,
    clause_end,
    clause_start,
    list_runs,
    range_continues,
    without_asides,
)
from pipelines.extract.figure_periods import (
    base_month_re,
    figure_period,
    in_dateline,
    inside_quantity,
    is_from_to,
    past_year_estimate,
    respective_periods,
    years_back,
    years_before,
)
from pipelines.extract.figure_places import (
    bilateral_pair,
    figure_partner,
    figure_place,
    respective_places,
    traveller_sides,
)
from pipelines.extract.indicators import (
    DEFAULT_LEVEL,
    choose_indicator,
    choose_measure,
    cue_in,
    cues_in_order,
    default_code_for_unit,
    domain_of,
    is_difference,
    is_rate_indicator,
    named_group,
    names_growth,
    other_domain,
    unit_fits,
)
from pipelines.extract.periods import TimeExpr, find_times, month_of
from pipelines.extract.places import (
    PlaceMention,
    country_of,
    dateline_re,
    find_places,
    is_inside,
    is_subject,
    pooled,
    resolve_reference,
)
from pipelines.extract.quantities import Quantity, find_quantities
from pipelines.extract.segment import Sentence
from pipelines.rules import currencies, load_rules


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
    title_states_period: bool = False  # a report's title ("2024 Statistical Communique"), not only a story's lead
    product_scope: str | None = None  # the product whose exports the headline reports ("fruit and vegetable")
    section_year: str | None = None  # the year a section heading states ("Outlook for 2025"): its targets'


@dataclass
class ParagraphState:
    period: str | None = None  # the period that dated the paragraph's last figure (rule 2)
    span: tuple[int, int] | None = None  # years of the last from-to pair or span
    region: str | None = None
    pair: tuple[str, str] | None = None  # the two sides this paragraph's flows are between
    flow: tuple[str, str] | None = None  # (region, partner) of the paragraph's last two-sided figure
    cue_code: str | None = None  # the last indicator named in the paragraph ("it reached ...")
    cue_texts: list = field(default_factory=list)  # later sentences not yet read for cues (read when needed)
    previous: "ParagraphState | None" = None  # the paragraph before, for a pronoun that reaches back
    has_figures: bool = False
    level_domain: str | None = None  # the domain of the paragraph's last level: what "of the total" is a part of
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


_PART_OPENS = re.compile(r"\s*(?P<of>of\s+(?:them|these)\s*)?\(\s*", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\bof\s+(?:which|whom|them)\b[^,;()]{0,20}$", re.IGNORECASE)


def _part_in_parentheses(s: str, prev: dict, prev_end: int, q: Quantity, offset: int) -> bool:
    """'2.51 million of them (81.2%)', 'of which 4 billion yuan (40%)': the percent is the part's share."""
    m = _PART_OPENS.fullmatch(s, prev_end, q.num_start)
    return bool(m) and bool(m.group("of") or _PART_BEFORE.search(s, 0, prev["char_start"] - offset))
# "hosted $8.1 billion of it, or 46.6 percent": the percent restates the level as its share
_OR_RESTATED = re.compile(r"(?:\s+of\s+(?:it|them|this|that|the\s+total))?\s*,\s*or\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|around\s+|almost\s+)?",
                          re.IGNORECASE)
_PRESENT_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:present|current|existing)\s+$", re.IGNORECASE)
_AGAINST_BEFORE = re.compile(r"\b(?:against|after|compared\s+with|compared\s+to|versus|vs\.?|up\s+from|down\s+from)\s+"
                            r"(?:about\s+|some\s+|nearly\s+|around\s+|just\s+|only\s+)?$", re.IGNORECASE)
_OF_WHICH = re.compile(r",\s*of (?:whom|which|them|these|this)\b[^,;.]{0,40}$", re.IGNORECASE)
_BASE_YEAR = re.compile(r"\s*(?:\w+\s+){0,2}?(?:higher|more|lower|less|up|down)\s+(?:than|from|on|over)\s+"
                        r"(?:in\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR4 = re.compile(r"\d{4}")


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
    pair = bilateral_pair(s, doc)
    if pair:
        para.pair = pair[:2]
    if not quantities:
        para.cue_texts.append(s)
        para.pending_text = s
        note_topic(sent, doc)
        return []
    asides = aside_spans(s, quantities[0].start)  # "Alashankou, opened as a rail port in 1990, handles ...": not its year
    times = [t for t in find_times(s, doc.doc_date) if not inside_quantity(t, quantities) and not in_dateline(s, t)
             and not any(a <= t.start and t.end <= b for a, b in asides)]
    mentions = find_places(s)
    respectively = bool(RESPECTIVELY.search(s))
    place_list = respective_places(s, mentions, quantities) if respectively else None
    # a list the places take ("the Urumqi and Kashgar pilots recorded exports of 28.7 and 9.4 billion yuan,
    # respectively") is not also a list of indicators
    f = _Figures(sent, quantities, times, mentions, pair,
                 respective_periods(s, times, quantities) if respectively else None, place_list,
                 _respective_indicators(s, quantities, respectively and place_list is None))
    main_index = 0  # the figure's place in the sentence's list of figures (ranges and restatements not counted)
    for i, q in enumerate(quantities):
        f.out.append(_observation(f, i, main_index, doc, para))
        if not q.equivalent and not range_continues(quantities, i):
            main_index += 1
    _growth_takes_its_level(s, f.out, sent.start)
    _growth_list_takes_the_level_list(s, f.out, sent.start)
    _elided_shares_take_the_first_whole(s, f.out, sent.start)
    _ranked_after_the_leader(f, doc)
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
    window = clause_start(s, q.start)
    if window and s[window - 1] == ":" and not s[window:q.start].strip():
        window = clause_start(s, window - 1)  # "• Passengers carried: 15.9 million": the label names the figure
    measure, decline, part_of_prev = _measure(f, q, window, prev)
    choice = _indicator(f, q, window, measure, prev, part_of_prev, main_index, para)
    if q.noun == "of them" and prev and prev["unit"] == q.unit and measure == prev["measure"]:
        # "five airports handled 2.18 million passenger trips, and Korla Airport accounted for 1.64 million of them"
        choice.code, choice.domain = prev["indicator_code"], prev["domain"]
    if doc.product_scope and choice.code == "exports" and not _whole_trade_words().search(s, window, q.start):
        choice.code = "other"  # "In March alone exports reached $118.2 million" in a story on fruit exports
    elif doc.product_scope and choice.code == "other" and not choice.domain_named:
        choice.domain = "trade"  # "The vehicles were worth 58.47 billion yuan" in a story on car exports
    period, measure = _dated(f, q, i, measure, main_index, doc, para)
    region, partner = _place(f, q, window, choice, measure, main_index, doc, para, prev)
    return {
        "indicator_code": choice.code,
        "indicator_label": choice.label,
        "domain": other_domain(choice.code, choice.domain, q.unit),
        "region": region,
        "partner": _other_side(region, partner, doc),
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


def _other_side(region: str, partner: str | None, doc: DocContext) -> str | None:
    """The partner as a place ("exports to the region": the region it means), never the region itself
    ("Kazakh exports to China" in a story whose topic is China)."""
    side = resolve_reference(partner, doc) if partner else None
    return side if side != region else None


def _measure(f: _Figures, q: Quantity, window: int, prev: dict | None) -> tuple[str, bool, bool]:
    """(measure, is a decline, is a share of the figure before)."""
    s = f.text
    measure, decline = choose_measure(s, q.num_start, q.end, q.unit, q.is_fraction, window)
    if measure == DEFAULT_LEVEL:  # "46% of the total population; Han-Chinese—40%": the list goes on
        same = prev and prev["unit"] == q.unit and prev["measure"] in ("share", "growth_yoy", "growth_avg_annual")
        measure = prev["measure"] if same else "level"
    if q.equivalent and prev:  # "1 billion yuan (approximately $137 million)" restates the figure before
        measure, decline = prev["measure"], prev["value"] < 0
    elif q.range_pos == 1 and prev and prev["measure"] == measure and prev["unit"] == q.unit and prev["value"] < 0:
        decline = True  # "to fall by 5-7 percent": the range's second end falls as its first
    prev_end = max(prev["char_end"] - f.sent.start, 0) if prev else 0
    part_of_prev = bool(q.unit == "percent" and prev and prev["unit"] != "percent" and (
        _OF_WHICH.search(s, prev_end, q.start)
        or (measure == "level" and _part_in_parentheses(s, prev, prev_end, q, f.sent.start))
        or (measure in ("level", "share") and _OR_RESTATED.fullmatch(s, prev_end, q.start))))
    if part_of_prev:  # "2.69 million, of whom 44.3 percent lived in towns", "2.51 million of them (81.2%)": its share
        measure, decline = "share", False
    if q.range_pos == 1 and is_from_to(s, q) and measure == "level" and _target_words().search(s):
        measure = "target"
    if measure == "target" and q.range_pos == 0 and _PRESENT_BEFORE.search(s, max(0, q.start - 30), q.start):
        measure = "level"  # "to raise its capacity from the present 50,000 to 150,000": the level now
    if measure == "target" and _AGAINST_BEFORE.search(s, max(0, q.start - 30), q.start):
        measure = "level"  # "expect full-year trade of $110-115 billion, against $94.8 billion in 2024": the actual
    return measure, decline, part_of_prev


@cache
def _ranked_after() -> re.Pattern:
    return re.compile(load_rules()["places"]["ranked_after"], re.IGNORECASE)


@cache
def _comparison_words() -> re.Pattern:
    return re.compile(load_rules()["measures"]["comparison_words"], re.IGNORECASE)


@cache
def _all_partners() -> re.Pattern:
    return re.compile(load_rules()["places"]["all_partners"], re.IGNORECASE)


@cache
def _target_words() -> re.Pattern:
    return re.compile(load_rules()["measures"]["target"], re.IGNORECASE)


def _indicator(f: _Figures, q: Quantity, window: int, measure: str, prev: dict | None, part_of_prev: bool,
               main_index: int, para: ParagraphState):
    """The figure's indicator: its cue, else the figure it qualifies or continues, the whole it is a
    share of, its unit's usual indicator; a respectively list overrides them."""
    s = f.text
    own_subject = after_new_subject(s, q, window)  # "... and construction jumped 11.4%": a subject of its own
    choice = choose_indicator(without_asides(s, q.start), q.start, q.end, q.unit, measure, q.noun,
                              own_subject, s[q.num_start:q.end], q.prev_end or 0)
    unknown_rate = q.unit == "percent" and measure == "level" and choice.code != "other" \
        and not is_rate_indicator(choice.code)
    if unknown_rate:
        choice.code = "other"  # "the urbanization rate of the population was 59.24%" is no population figure
    cue_at = q.start - choice.distance
    prev_end = prev["char_end"] - f.sent.start if prev else 0
    cue_after_prev = prev and (choice.own_words or cue_at > prev_end and not _OF_PHRASE.fullmatch(s, prev_end, cue_at))
    # (a cue in the previous figure's own "of ..." phrase, "9.87 million tonnes of import and export cargo", is its)
    level_before = next((o for o in reversed(f.out) if o["unit"] != "percent"), None)
    # "reached 186.4 billion yuan, up 23.5 percent and accounting for 38.2 percent": rates of one level
    of_a_level = prev and (prev["unit"] != "percent" or (
        level_before and prev["indicator_code"] == level_before["indicator_code"]))
    follows_level = of_a_level and choice.distance > 0 and not cue_after_prev \
        and (measure.startswith("growth") or measure == "share") \
        or (part_of_prev and (not cue_after_prev or _OR_RESTATED.fullmatch(s, prev_end, q.start)))
    # (", or 42.4 percent of all exports" restates the part before as its share: its words name the whole)
    # ("..., of which exports accounted for 92 percent": the share of the part it names)
    its_share = measure == "share" and prev and _ITS_SHARE.search(s, prev_end, q.start)
    if follows_level or (q.equivalent and prev) or its_share:  # a growth rate qualifies the level before it;
        # "($34 billion)" restates it; "and its share of foreign trade climbed to 66.6%" is its part of a whole
        choice.code, choice.domain = prev["indicator_code"], prev["domain"]
    elif choice.code == "other" and choice.distance == 9999 and not _names_its_own_thing(q) and not unknown_rate \
            and (own_subject == window or _IT.search(s, own_subject, q.start)):
        # an `other` cue ("retail trade") names the figure's own thing; a new clause whose subject is
        # "it" ("..., and in August alone it reached 72.4 billion yuan") continues the figure before
        inherited = _inherited_indicator(q, measure, prev, para, s[window:q.start])
        if inherited:
            choice.code, choice.domain = inherited
    if measure == "share" and choice.own_words and choice.code in _parts_are_other() and not part_of_prev \
            and _names_a_part(f, q, window):  # "Wages make up 46.3 percent of rural household income": a part by
        choice.code = "other"  # source, product or company of the whole its own words name, in its domain
    whole = _whole(s, q, para) if measure == "share" and choice.code == "other" and choice.distance == 9999 \
        and not part_of_prev else None  # (a part's share restated after it is the part's: "gold, $512.3 million, or 42.4%")
    if whole and _names_a_part(f, q, window):  # "pipeline gas made up 92 percent of its exports": a product's
        choice.domain = domain_of(whole)  # part of the whole stays `other`, in the whole's domain
    elif whole is None and measure == "share" and choice.code == "other" and choice.distance == 9999 \
            and para.level_domain and _of_the_total(s, q):
        choice.domain = para.level_domain  # "textile exports ... Cotton yarn accounted for 47.2 percent of the total"
    elif measure == "level" and para.level_domain and _of_the_total(s, q) and _names_a_part(f, q, window):
        # "Wheat accounted for 9.1 million tonnes of the total", "Rail accounted for 12.9 million tonnes of this
        # volume": a part by product or mode, other in the domain of what the paragraph counted
        choice.code, choice.domain = "other", para.level_domain
    elif measure == "level" and choice.code == "other" and choice.distance == 9999 and para.cue_code \
            and _of_the_total(s, q):  # "Kazakhstan accounted for 150 billion yuan of the total": a part of that quantity
        choice.code, choice.domain = para.cue_code, domain_of(para.cue_code)
    elif whole:  # "China accounted for 28.4 percent of the republic's total foreign trade turnover"
        choice.code, choice.domain = whole, domain_of(whole)
    usual = default_code_for_unit(q.unit, s) if choice.code == "other" and choice.distance == 9999 else None
    if usual and not (choice.domain_named and choice.domain != domain_of(usual)):
        # "40 GW of wind and solar": kW is capacity; "96 trucks a day" counts a thing of its own, in that
        # domain; words that name another keep it other there ("farmers harvested 3.41 million tonnes of cotton")
        choice.domain = domain_of(usual)
        choice.code = "other" if q.noun else usual
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
    period = figure_period(s, q, i, f.quantities, f.times, measure, doc, para, f.period_list, main_index, carried)
    estimate = past_year_estimate(q, f.times, doc) if measure == "target" and period is None else None
    if estimate:  # "In 2024, GDP is expected to reach 312.6 billion yuan, an increase of 6.3 percent" (said in
        # 2025): an estimate of the level, and of its growth
        growth = q.unit == "percent" and names_growth(s, q.start, q.end, clause_start(s, q.start))
        measure, period = ("growth_yoy" if growth else "level"), estimate
    if measure == "target" and period is None:  # under "Outlook for 2025": that year's
        period = doc.section_year
    if measure == "level" and q.range_pos == 0 and doc.doc_date and _PRESENT_BEFORE.search(s, max(0, q.start - 30), q.start):
        period = month_of(doc.doc_date)  # "from the present 50,000 to 150,000 by 2027": now
    earlier = _YEAR_EARLIER.match(s, q.end) if period and measure != "target" else None
    if earlier:  # "down from 23.4 million a year earlier", "16.3 million tonnes a decade earlier"
        period = years_before(period, years_back(earlier))
    if measure == "growth_yoy" and not _YOY_WORDS.search(s) and (
            (period and _SPAN.fullmatch(period)) or _SINCE_YEAR.search(s, 0, q.start)):
        measure = "growth_other"  # "from 2014 to 2020 ... an increase of 19.47 percent": against 2014, not a year before
    if base and period and _YEAR4.fullmatch(period) and int(base.group(1)) != int(period) - 1:
        measure = "growth_other"  # "87.5 percent higher than in 2012" (in 2022): not a year-on-year rate
    if measure == "growth_yoy" and base_month_re().match(s, q.end):
        measure = "growth_other"  # "21 percent more than in February": against the month before, not a year
    return period, measure


def _place(f: _Figures, q: Quantity, window: int, choice, measure: str, main_index: int, doc: DocContext,
           para: ParagraphState, prev: dict | None) -> tuple[str, str | None]:
    """(region, partner): the clause's two sides if it names them, else the figure's own place."""
    s = f.text
    # two sides are a flow's (of goods or of capital), not a GDP's in the same sentence
    flow = choice.domain in ("trade", "logistics") or choice.code in load_rules()["places"]["investor_pairs"]["codes"]
    clause_pair = bilateral_pair(s[window:clause_end(s, q.end)], doc) if flow else None
    # read once here: figure_place needs the partner only when clause_pair is still None, as it is here
    own_partner = figure_partner(s, q, window) if clause_pair is None else None
    if clause_pair is None and own_partner is None:  # "trade with China ..." names its own side
        clause_pair = f.pair if f.pair and not f.pair[2] and flow else None
        # the paragraph's pair applies to its flows; an earlier paragraph's only when a side is named again
        known_pair = para.pair or (doc.last_pair if choice.domain == "trade" and f.mentions else None)
        if clause_pair is None and flow and known_pair and all(m.region in known_pair for m in f.mentions) \
                and not _all_partners().search(s, window, q.start):  # "Kyrgyzstan's foreign trade turnover reached"
            # the paragraph's last flow keeps its sides ("Exports to China came to A, while imports stood at B")
            flow_sides = para.flow if para.flow and set(para.flow) == set(known_pair) else None
            clause_pair = (*flow_sides, True) if flow_sides else (*known_pair, False)
    region, partner = figure_place(s, q, f.mentions, clause_pair, f.place_list, main_index, measure, doc, para,
                              window, own_partner)
    if partner is None and clause_pair is None and region != doc.main_region \
            and country_of(region) == region and _partner_role().search(s, 0, q.start):
        region, partner = doc.main_region, region  # "Kazakhstan remained the largest partner with 71.8 billion yuan"
    if choice.code in load_rules()["places"]["travellers"]["codes"]:
        region, partner = _travellers_place(f, q, window, region, partner, doc, para)
    restated = measure == "share" and prev and prev["unit"] != "percent" \
        and _OR_RESTATED.fullmatch(s, max(prev["char_end"] - f.sent.start, 0), q.start)
    if (q.equivalent or restated) and prev:  # "$28.6 billion (13.4 trillion tenge)", "$8.1 billion of it, or
        region, partner = prev["region"], prev["partner"]  # 46.6 percent": the same figure, the same place
    elif _part_of_the_whole_before(s, q, region, partner, choice, para):
        # "China's investment in Central Asia stood at $17.4 billion. Kazakhstan hosted $8.1 billion of it":
        # a part of another place's figure names that place's partner
        region, partner = para.region, region
    if partner and flow:
        para.flow = (region, partner)
    return region, partner


def _travellers_place(f: _Figures, q: Quantity, window: int, region: str, partner: str | None, doc: DocContext,
                      para: ParagraphState) -> tuple[str, str | None]:
    """Travellers are counted where they go, with where they come from as the partner: "Chinese
    arrivals in Kazakhstan" (the contract's "visitors"); with no destination named, the other side
    of the pair the text is about, or the story's place."""
    host, origin = traveller_sides(f.text, window, clause_end(f.text, q.end), q.start, f.mentions)
    host = resolve_reference(host, doc) if host else None
    if host == origin:  # "Chinese citizens entered the country" in a story about China's side
        host = None
    if origin is None:
        return (host or region), partner
    if host is None and region == origin:
        sides = para.pair or doc.last_pair
        host = (sides[1] if sides[0] == origin else sides[0]) if sides and origin in sides else \
            doc.main_region if doc.main_region != origin else None
    return (host or region), origin


_STARTS_WITH_PRONOUN = re.compile(r"\W*(?:it|its|they|their|this|these|he|she)\b", re.IGNORECASE)


def note_topic(sent: Sentence, doc: DocContext) -> None:
    """Remember the subject place of a sentence, for later sentences that name none ('Its capacity ...'),
    and the places it names, for 'the two ports' later."""
    for m in find_places(sent.text, joined=False):
        region = resolve_reference(m.region, doc)
        if region in doc.recent_places:
            doc.recent_places.remove(region)
        doc.recent_places.append(region)
    del doc.recent_places[:-8]
    if _STARTS_WITH_PRONOUN.match(sent.text):
        return  # the subject is a pronoun: the topic stays
    found = find_places(sent.text)
    mentions = [m for m in found if m.start < 100 and is_subject(sent.text, m)]
    if mentions:  # "Mary and Lebap velayats delivered ...": a list of places leaves their common parent
        doc.topic = resolve_reference(pooled(sent.text, found, found.index(mentions[0])) or mentions[0].region, doc)


_PASSED = re.compile(r"\b(?:topped|exceeded|surpassed|passed|crossed)\s+(?:the\s+)?$", re.IGNORECASE)
_REACHING = re.compile(r"\b(?:reaching|reached|to|at|was|stood at|totall?ing|amounting to)\b", re.IGNORECASE)


def _drop_thresholds(s: str, qs: list[Quantity]) -> list[Quantity]:
    """'exceeded $10,000, reaching $11,346': a threshold followed by the exact figure in the same
    sentence is one observation, the exact one. A threshold per item ('186 projects worth more than
    100 million yuan each') is a size class, no observation."""
    keep = []
    for i, q in enumerate(qs):
        threshold = q.qualifier in ("over", "at_least") or _PASSED.search(s[max(0, q.start - 30):q.start])
        if threshold and _EACH.match(s, q.end):
            continue
        exact_after = any(o.unit == q.unit and not o.qualifier and not o.equivalent and o.group != q.group
                          and (o.noun is None or q.noun is None or o.noun == q.noun)  # "40,000 trains ... 18 countries"
                          and _REACHING.search(s[q.end:o.start]) and ";" not in s[q.end:o.start]
                          for o in qs[i + 1:])
        if not (threshold and exact_after):
            keep.append(q)
    return keep


_EACH = re.compile(r"\s*(?:each|apiece)\b", re.IGNORECASE)
_OF_WHOLE = re.compile(r"\s*(?:share\s+)?of\s+([^,;.()]{1,80})", re.IGNORECASE)
_WHOLE_AFTER_OF = re.compile(r"\s*([^,;.()]{1,80})")  # "Nearly a quarter of | the visits": the fraction took its "of"


def _of_whole(s: str, q: Quantity) -> re.Match | None:
    """The words of the whole a share is a part of: after "of" (the figure's own "of" when a fraction
    ends with it)."""
    return (_WHOLE_AFTER_OF if s.endswith(" of", q.start, q.end) else _OF_WHOLE).match(s, q.end)


_BACK_REFERENCE = re.compile(r"(?:the|this|that|its|their)\s+(?:total|volume|value|amount|sum)\b", re.IGNORECASE)


def _whole(s: str, q: Quantity, para: ParagraphState) -> str | None:
    """The indicator of the whole a share with no words of its own is a part of ('28.4 percent of
    total trade turnover': a share of trade_total; '47.2 percent of the total': of the paragraph's
    last indicator), when that indicator takes percent."""
    m = _of_whole(s, q)
    code = cue_in(m.group(1)) if m else None
    if code in (None, "other") and _of_the_total(s, q):
        code = para.cue_code
    return code if code and code != "other" and unit_fits(code, "percent") else None


def _of_the_total(s: str, q: Quantity) -> bool:
    """'47.2 percent of the total', "Kazakhstan's share of the total slipped to 43.9 percent": a share
    of what the paragraph counted last."""
    m = _of_whole(s, q)
    return bool(m and _BACK_REFERENCE.match(m.group(1))) or bool(
        _SHARE_OF_THE_TOTAL.search(s, clause_start(s, q.start), q.start))


_SHARE_OF_THE_TOTAL = re.compile(r"\bshare\s+of\s+" + _BACK_REFERENCE.pattern, re.IGNORECASE)


@cache
def _parts_are_other() -> frozenset[str]:
    """indicator_groups.yaml parts_are_other: wholes whose parts by product or source are `other`."""
    return frozenset(load_rules()["indicator_groups"]["parts_are_other"])


_SHARE_SUBJECT = re.compile(r"(?:^|,\s*)(?P<subject>[^,;]{3,60}?)\s+(?:made\s+up|makes?\s+up|accounted\s+for|accounts?\s+for|comprised|represented"
                            r"|constituted)\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|over\s+|around\s+)?$",
                            re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:it|its|they|their|this|these|that|those|which)\b", re.IGNORECASE)


def _names_a_part(f: _Figures, q: Quantity, window: int) -> bool:
    """The share's subject is a thing no catalog cue names and no place ('pipeline gas', 'crude oil and
    petroleum products'): a part of the whole by product or mode, `other` in the contract."""
    m = _SHARE_SUBJECT.search(f.text, window, q.start)
    if not m:
        return False
    a, b = m.span("subject")
    subject = m.group("subject")
    return not (_PRONOUN.search(subject) or cue_in(subject) or any(a <= p.start < b for p in f.mentions))


def _names_its_own_thing(q: Quantity) -> bool:
    return bool(q.noun) and q.noun != "of them"


_PRONOUN_SUBJECT = re.compile(r"^\W*of\s+(?:the|these|those|which)\b[^,;]{0,40},|"  # "Of the new entrants, 2,137 ..."
                              r"^\W*(?:[\w,-]+\s+){0,4}?(?:it|its|they|their|them|this|that|these|the figure|the count|the tally|the total|"
                              r"the volume|the amount|the number|the value|the turnover)\b"
                              r"(?!\s+(?:years?|months?|quarters?|half|weeks?|season|period|time)\b)|\bof them\b"  # ("This year, ...")
                              r"|\b(?:it|they)\s+(?:\w+\s+)?(?:rose|fell|grew|reached|was|were|stood|totall?ed|amounted|"
                              r"increased|decreased|climbed|jumped|dropped|declined|hit|topped)\b"
                              r"|\b(?:it|them)\s+(?:(?:up|down|back)\s+)?to\s*$"  # "cut it to $30 billion"
                              r"|\b(?:this|that|which)\s+(?:is|was|equals|amounts\s+to)\s+(?:equivalent\s+|equal\s+)?(?:to\s+)?"
                              r"(?:about\s+|around\s+|some\s+|roughly\s+)?$", re.IGNORECASE)  # "this is equivalent to 18.76 billion manat"


def _inherited_indicator(q: Quantity, measure: str, prev_obs: dict | None, para: ParagraphState, clause: str):
    """A number with no cue of its own continues the figure before it: a growth rate or share
    qualifies the level before it, 'in 2000, 4.7 million' continues a list, and 'it reached
    $432 million' continues the paragraph's subject."""
    if prev_obs and (measure not in ("level", "target") or prev_obs["unit"] == q.unit
                     or (measure == "target" and {prev_obs["unit"], q.unit} <= currencies())):  # (a cost is no length)
        return prev_obs["indicator_code"], prev_obs["domain"]
    # "Hotan recorded the fastest growth, 8.4 percent a year": a place's growth rate no cue names, ranked
    # against the paragraph's figures
    comparing = measure.startswith("growth") and para.has_figures and bool(_comparison_words().search(clause)) \
        and bool(find_places(clause))
    if q.noun != "of them" and not comparing and not _PRONOUN_SUBJECT.search(clause) \
            and not _OF_IT.match(q.sentence or "", q.end):
        return None  # "Labor-intensive goods accounted for ..." names its own subject ("hosted $8.1 billion of it" does not)
    code = para.current_cue() or (para.previous.current_cue() if para.previous else None)  # "it rose ..." reaches back
    if code and unit_fits(code, q.unit):
        return code, domain_of(code)
    return None


def _part_of_the_whole_before(s: str, q: Quantity, region: str, partner: str | None, choice, para: ParagraphState) -> bool:
    """The figure is a place's part ('of it') of the paragraph's last figure, of the same indicator,
    held by a place the part's place does not lie in (not after a figure of its own sentence: "6.4 GW of
    capacity, more than 90 percent of it in hydropower plants" is a part of that one)."""
    return bool(partner is None and q.prev_end is None and para.region and para.region != region
                and para.cue_code == choice.code
                and _OF_IT.match(s, q.end) and not is_inside(region, para.region))


@cache
def _whole_trade_words() -> re.Pattern:
    """documents.yaml product_scope_whole: words that make a story's exports all of them ("total exports")."""
    return re.compile(load_rules()["documents"]["product_scope_whole"], re.IGNORECASE)


@cache
def _partner_role() -> re.Pattern:
    return re.compile(load_rules()["places"]["partner_roles"], re.IGNORECASE)


_IT = re.compile(r"\b(?:it|they)\s+(?:\w+\s+)?$", re.IGNORECASE)
_OF_IT = re.compile(r"\s+of\s+(?:it|them|this|that)(?:\s+(?:stock|total|amount|sum|volume|figure))?\b", re.IGNORECASE)
_ITS_SHARE = re.compile(r"\b(?:its|their)\s+(?:\w+\s+)?(?:share|proportion)\s+(?:of|in)\b", re.IGNORECASE)
_OF_PHRASE = re.compile(r"\s*of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}[\w-]*", re.IGNORECASE)
_RISE_TO = re.compile(r"\s*(?:[\w-]+\s+){0,3}?to\s+(?:about\s+|nearly\s+|over\s+|some\s+)?$", re.IGNORECASE)


def _growth_takes_its_level(s: str, out: list[dict], offset: int) -> None:
    """'jumped 62 percent to 4.5 million tonnes (in 2023)': the rate is the growth of the level it rises
    to, whatever keyword stands nearer to the rate, over the level's period."""
    for a, b in zip(out, out[1:]):
        if a["measure"].startswith("growth") and b["measure"] == "level" and b["unit"] != "percent" \
                and _RISE_TO.fullmatch(s[a["char_end"] - offset:b["char_start"] - offset]):
            a["period"] = b["period"]
            if b["indicator_code"] != "other":
                a["indicator_code"], a["domain"] = b["indicator_code"], b["domain"]


def _growth_list_takes_the_level_list(s: str, out: list[dict], offset: int) -> None:
    """'the primary industry added 14.02 billion yuan, the secondary industry 61.85 billion yuan and the
    tertiary industry 45.76 billion yuan, increases of 5.2, 8.4 and 6.3 percent': a list of as many growth
    rates as the levels right before them is their growth, one for one."""
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and out[j + 1]["measure"].startswith("growth") and \
                LIST_SEP.fullmatch(s[out[j]["char_end"] - offset:out[j + 1]["char_start"] - offset]):
            j += 1
        k = j - i + 1
        levels = out[i - k:i] if i >= k else []
        if k >= 2 and out[i]["measure"].startswith("growth") and levels \
                and all(o["measure"] == "level" and o["unit"] != "percent" for o in levels) \
                and len({(o["indicator_code"], o["region"], o["partner"]) for o in levels}) == k:
            # (levels of one quantity, "from 17,921 yuan in 2012 to 38,410 yuan in 2022", are no such list)
            for growth, level in zip(out[i:j + 1], levels):
                growth["indicator_code"], growth["domain"] = level["indicator_code"], level["domain"]
                growth["region"], growth["partner"], growth["period"] = level["region"], level["partner"], level["period"]
        i = j + 1


_FIRST_SHARE_GAP = re.compile(r"\s+of\s+(?P<whole>[^,;.]{1,60}),\s*(?:and\s+)?(?:[\w'’-]+\s+){1,4}")
_NEXT_SHARE_GAP = re.compile(r",?\s*(?:and\s+)?(?:[\w'’-]+\s+){1,4}")


def _elided_shares_take_the_first_whole(s: str, out: list[dict], offset: int) -> None:
    """'Construction employed 38 percent of registered migrants, agriculture 17 percent and trade 14
    percent': shares listed without their verb are shares of the first one's whole, and take its
    indicator when that whole named it (not 'industry accounted for 40 percent of GDP, agriculture 17
    percent': a sector's share of GDP is its own value added)."""
    first = None
    for a, b in zip(out, out[1:]):
        if not (a["measure"] == b["measure"] == "share" and a["unit"] == b["unit"] == "percent"):
            first = None
            continue
        gap = s[a["char_end"] - offset:b["char_start"] - offset]
        if first is None:
            m = _FIRST_SHARE_GAP.fullmatch(gap)
            first = a if m and cue_in(m.group("whole")) == a["indicator_code"] else None
        elif not _NEXT_SHARE_GAP.fullmatch(gap):
            first = None
        if first is not None:
            b["indicator_code"], b["domain"] = first["indicator_code"], first["domain"]


_PLACE_WITH_FIGURE = re.compile(r"\s*(?:\(|,\s*|with\s+|at\s+|on\s+|:\s*)(?:about\s+|some\s+|nearly\s+|almost\s+)?")


def _ranked_after_the_leader(f: _Figures, doc: DocContext) -> None:
    """'Kazakhstan remains the largest partner, with $41.0 billion, followed by Kyrgyzstan ($19.8 billion),
    Uzbekistan ($14.0 billion) ...': each place ranked after the leader, with a figure in the leader's
    unit, has the leader's indicator and the same sides (the place is the leader's partner's peer)."""
    ranked = _ranked_after().search(f.text)
    if not ranked:
        return
    offset = f.sent.start
    leader = next((o for o in reversed(f.out) if o["char_end"] - offset <= ranked.start() and o["unit"] != "percent"), None)
    if leader is None:
        return
    end = clause_end(f.text, ranked.end())  # (after a ';' or ', while' a new clause ranks nothing)
    contrast = CONTRAST.search(f.text, ranked.end(), end)
    end = contrast.start() if contrast else end
    for o in f.out:
        if not ranked.end() <= o["char_start"] - offset < end or o["unit"] != leader["unit"]:
            continue
        place = next((m for m in f.mentions if m.end <= o["char_start"] - offset
                      and _PLACE_WITH_FIGURE.fullmatch(f.text, m.end, o["char_start"] - offset)), None)
        if place is None:
            continue
        side = resolve_reference(place.region, doc)
        o["indicator_code"], o["domain"] = leader["indicator_code"], leader["domain"]
        o["region"], o["partner"] = (leader["region"], side) if leader["partner"] else (side, None)


_YOY_WORDS = re.compile(r"year[- ]on[- ]year|\by/y\b|from a year (?:earlier|ago)|over the (?:previous|last|same period)",
                        re.IGNORECASE)
_SPAN = re.compile(r"\d{4}/\d{4}")
_SINCE_YEAR = re.compile(r"\bsince\s+(?:the\s+)?(?:end\s+of\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
_YEAR_EARLIER = re.compile(r"\s*(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>years?|decades?)"
                           r"\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|preceding|prior)\s+year"
                           r"|(?:in\s+)?the\s+same\s+period\s+(?:of\s+)?(?:last|the\s+previous)\s+year)\b", re.IGNORECASE)


def _respective_indicators(s: str, qs: list[Quantity], respectively: bool) -> list[str] | None:
    """Indicators named in a list before a list of figures: one each, in order."""
    main = [q for q in qs if not q.equivalent and not q.range_pos]
    listed = all(a.unit == b.unit and LIST_SEP.fullmatch(s[a.end:b.start])
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
        return _run_codes(s, main, by_cues=True)
    return None


def _group_runs(s: str, main: list[Quantity]) -> list[str | None] | None:
    """Without "respectively", a list of figures right after words that name a group takes its
    indicators ("urban and rural residents' incomes reached 44,620 yuan and 22,385 yuan, up 4.6
    percent and 7.1 percent")."""
    return _run_codes(s, main, by_cues=False)


def _run_codes(s: str, main: list[Quantity], by_cues: bool) -> list[str | None] | None:
    """One code per figure, list by list: the indicators named between the list before and this one
    (by_cues), else a group named there, else, for a list of rates as long as the list before, that
    list's ("... 43,150 yuan and 23,690 yuan respectively, rising 4.8 percent and 7.5 percent": the
    rates of the two levels, in order), else (by_cues) the last indicators named before it."""
    out: list[str | None] = []
    before: tuple[list[Quantity], list[str | None]] | None = None  # the list before and its codes
    for run in list_runs(s, main):
        unit = run[0].unit if run[0].unit != "percent" else None
        since = s[before[0][-1].end if before else 0:run[0].start]  # the words since the list before
        codes: list[str | None] | None = None
        if len(run) >= 2:
            if by_cues and before:
                between = cues_in_order(since, unit)
                codes = between if len(between) == len(run) else None
            codes = codes or named_group(since, len(run), run[0].unit)
            if codes is None and unit is None and before and len(before[0]) == len(run) and any(before[1]):
                codes = before[1]
            if codes is None and by_cues:
                named = cues_in_order(s[:run[0].start], unit)
                codes = named[-len(run):] if len(named) >= len(run) else None
        codes = codes or [None] * len(run)
        out += codes
        before = (run, codes)
    return out if any(out) else None


_PERIOD_END = re.compile(r"(\d{4})(?:-(?:(\d\d)|Q([1-4])|H([12])))?$")


def _period_end(period: str) -> tuple[int, int]:
    """(year, month) a period ends in: '2025-Q3' -> (2025, 9), '2015/2024' -> (2024, 12)."""
    m = _PERIOD_END.search(period)
    if not m:
        return (0, 0)
    month = int(m.group(2)) if m.group(2) else 3 * int(m.group(3)) if m.group(3) else 6 * int(m.group(4)) if m.group(4) else 12
    return int(m.group(1)), month


def _remember(para: ParagraphState, obs: list[dict], times: list[TimeExpr]) -> None:
    own_periods = [o["period"] for o in obs if o["period"] and o["measure"] not in ("target", "growth_avg_annual")]
    if own_periods and times:  # the latest, not a comparison base after it ("12.6 percent, from 12.2 percent in September")
        para.period = max(reversed(own_periods), key=_period_end)
    years = [int(o["period"]) for o in obs if o["period"] and _YEAR4.fullmatch(o["period"]) and o["measure"] == "level"]
    spans = [t for t in times if t.kind == "span"]
    if len(set(years)) >= 2:  # the years of the levels a later average growth rate summarises
        para.span = (min(years), max(years))
    elif spans:
        para.span = spans[-1].years
    if obs:
        para.region = obs[-1]["region"]
        para.has_figures = True
    levels = [o for o in obs if o["measure"] == "level" and o["unit"] != "percent"]
    if levels:
        para.level_domain = levels[-1]["domain"]
