"""Which catalog indicator a number measures, and with which measure, from the words around it.

The cues are data (rules/indicator_cues.csv, rules/measures.yaml); the catalog is the dbt seed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from pipelines.extract.clauses import clause_end
from pipelines.extract.prefilter import (
    PrefixIndex,
    for_lower_case,
    may_match,
    reads_lower_case,
    required_parts,
)
from pipelines.rules import currencies, indicator_catalog, indicator_cues, load_rules


@dataclass
class Cue:
    code: str
    pattern: re.Pattern
    units: frozenset[str]
    priority: int
    domain: str | None = None  # for `other` cues: the domain of the nearest catalog concept
    spans_number: bool = False  # the pattern holds NUMBER_MARK (set once here, not tested per number)
    fast: re.Pattern | None = None  # the pattern for the lower-case copy of an ASCII text (prefilter.for_lower_case)
    required: list = field(default_factory=list)  # what every match holds (prefilter.required_parts)

    def finditer(self, text: str, low: str | None):
        """The matches in text; low is its lower-case copy when it is ASCII (read faster there, at
        the same offsets; a match's text is then lower-case: take labels from text), else None."""
        if low is None:
            return self.pattern.finditer(text)
        return self.fast.finditer(low) if may_match(self.required, low) else ()


@dataclass
class IndicatorChoice:
    code: str
    label: str | None
    domain: str
    distance: int
    domain_named: bool = True  # False: no words named the domain (economy, the default)
    own_words: bool = False  # the cue is in the figure's own phrase ("the 5.3 percent growth of urban income") or spans it


@cache
def cues() -> list[Cue]:
    found = [Cue(row["indicator_code"], _compile_cue(row["pattern"]), _units(row.get("units") or ""),
                 int(row.get("priority") or 1), row.get("domain") or None)
             for row in indicator_cues()]
    for cue in found:
        cue.spans_number = NUMBER_MARK in cue.pattern.pattern
        lower = cue.pattern.pattern.replace(NUMBER_MARK, NUMBER_MARK.lower())  # the same under IGNORECASE
        cue.fast, cue.required = for_lower_case(lower), required_parts(lower)
    return found


def _units(listed: str) -> frozenset[str]:
    """A cue's units; one that takes a currency takes them all (a GDP in soms is still a GDP)."""
    units = frozenset(u for u in listed.split("|") if u)
    return units | currencies() if units & currencies() else units


def _compile_cue(pattern: str) -> re.Pattern:
    # whole words only; "[^.;]" (not past the clause) still lets a decimal point through ("11.2 times")
    pattern = pattern.replace("[^.;]", r"(?:[^.;]|\.(?=\d))")
    return re.compile(r"(?<![\w-])(?:" + pattern + r")(?:s|es)?(?!\w)", re.IGNORECASE)  # plurals too


def domain_of(code: str) -> str:
    row = indicator_catalog().get(code)
    return row["domain"] if row else "economy"


NUMBER_MARK = "#N#"
_PASSIVE_PART = re.compile(r"\b(?:covered|ensured|provided|accounted for|made up|contributed|generated|held)\s+by\s+",
                           re.IGNORECASE)  # cues may span the number: "capacity of #N# passengers"


def choose_indicator(sentence: str, start: int, end: int, unit: str, measure: str,
                     noun: str | None, window_start: int, written: str = "", prev_end: int = 0) -> IndicatorChoice:
    """Best cue for the number at [start, end).

    Three places are searched: words that span the number (cues holding #N#, strongest), the
    number's own noun phrase ("27 civil airports", "tons of freight"), and the clause before it
    (nearest wins). A specific counted noun ("25 measures") that no cue knows makes the
    observation `other` rather than borrowing a cue from the clause; a generic one ("people")
    does not. A cue before the figure before (prev_end) weighs less: that figure took it."""
    own = written if measure == "share" else _own_phrase(sentence, end, unit, noun, written)  # a share's own phrase names the whole
    if measure == "share":  # "70% of the total was covered by transborder trade": the part comes after "by"
        passive = _PASSIVE_PART.search(sentence, end, end + 90)
        if passive:
            own = sentence[passive.end():passive.end() + 60]
    before = sentence[window_start:start]
    generic = bool(noun) and bool(_generic_noun().fullmatch(noun.split()[-1]))
    specific_noun = bool(noun) and not generic and noun != "of them"
    around = before + " " + NUMBER_MARK + " " + sentence[end:end + 160]
    best: tuple[float, Cue, str, int] | None = None
    any_domain: tuple[float, str] | None = None
    index = _cue_index()
    # only cues that a word of the text begins like can match it (pipelines/extract/prefilter.py)
    # `around` is `before`, a space, then words of their own (prefixes never span a non-word character)
    lows = {"around": _ascii_lower(around), "own": _ascii_lower(own), "before": _ascii_lower(before)}
    may_before = _candidates(index, before, lows["before"])
    may = {"around": may_before | _candidates(index, around, lows["around"], len(before) + 1),
           "own": _candidates(index, own, lows["own"]), "before": may_before}
    all_cues = cues()
    for i in sorted(may["around"] | may["own"] | may["before"]):
        cue = all_cues[i]
        fits = not cue.units or unit in cue.units
        if cue.spans_number:
            texts = [(around, "around")] if fits else []
        else:  # own words are read by every cue: an `other` takes the domain they name
            texts = [(own, "own"), (before, "before")] if fits else [(own, "own")]
        for text, where in texts:
            if i not in may[where]:
                continue
            for m in cue.finditer(text, lows[where]):
                score, distance = _score(cue, m, where, len(before), generic)
                if where == "before" and _IN_PLACE_PHRASE.search(text, max(0, m.start() - 40), m.start()):
                    score -= 12  # "trains ... through Xinjiang's land ports totaled 4,126": the ports only say where
                if where == "before" and specific_noun:
                    score -= 100  # the counted noun names the quantity; the clause only frames it
                if where == "before" and window_start + m.end() <= prev_end:
                    score -= PREVIOUS_FIGURES_CUE  # "trade totalled 41.25 billion yuan, of which exports were 12.08 billion"
                if where == "own" and (any_domain is None or score > any_domain[0]):
                    any_domain = (score, cue.domain or domain_of(cue.code))  # an `other` takes the domain its own words name
                if cue.units and unit not in cue.units:
                    continue
                if best is None or score > best[0]:
                    best = (score, cue, text[m.start():m.end()], distance, where)
    if best is None or best[0] < -50 or best[3] > 220:
        label = (noun or own).strip() or None
        # the words of its own phrase first (a cue there did not fit its unit), the last one: the head noun
        # ("1,200 customs officers", "3,400 railway staff")
        own_words = _domain_words(own)
        domain = own_words[-1][1] if own_words else any_domain[1] if any_domain else \
            _other_domain(sentence, window_start, start, end)
        return IndicatorChoice("other", label, domain or "economy", 9999, domain is not None)
    _, cue, label, distance, where = best
    domain = cue.domain or (any_domain[1] if cue.code == "other" and any_domain else domain_of(cue.code))
    return IndicatorChoice(cue.code, label.replace(NUMBER_MARK, "").strip(), domain, distance, own_words=where != "before")


PREVIOUS_FIGURES_CUE = 6  # a cue's priority step (_score): a cue after the figure before wins a tie


_IN_PLACE_PHRASE = re.compile(r"\b(?:through|via|across|at|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:['’]s)?\s+){0,2}(?:[a-z-]+\s+)?$")


def _ascii_lower(text: str) -> str | None:
    return text.lower() if text.isascii() else None


def _candidates(index: PrefixIndex, text: str, low: str | None, offset: int = 0) -> set[int]:
    """index.candidates(text[offset:]), from the lower-case copy of text when there is one."""
    return index.candidates(text[offset:]) if low is None else index.candidates_of_lower(low[offset:])


@cache
def _cue_index() -> PrefixIndex:
    return PrefixIndex([cue.pattern for cue in cues()])


@cache
def only_code_for_unit(unit: str | None) -> str | None:
    """The one catalog code measured in this unit (kW: energy_capacity); never for percent."""
    if not unit or unit == "percent":
        return None
    codes = [code for code, row in indicator_catalog().items() if (row.get("default_unit") or "") == unit]
    return codes[0] if len(codes) == 1 else None


def other_domain(code: str, domain: str, unit: str | None) -> str:
    """An `other` amount of money is economy (or trade) but not social: people's figures are counts and
    rates; what they earn, spend or are paid is the economy's (all gold sets: 1 social amount in 222).
    An area or a power capacity is the economy's whatever words stand near it (gold: 29 of 29, 6 of 6)."""
    if code != "other":
        return domain
    if unit in ("ha", "kW") or (domain == "social" and unit in currencies()):
        return "economy"
    return domain


def default_code_for_unit(unit: str | None, text: str = "") -> str | None:
    """What a figure no cue names measures, by its unit: the catalog's one code for the unit, else
    the usual one (rules/measures.yaml unit_defaults: tonnes are cargo, in a text that speaks of moving goods)."""
    only = only_code_for_unit(unit)
    if only or unit is None:
        return only
    context = _unit_default_context().get(unit)
    return load_rules()["measures"].get("unit_defaults", {}).get(unit) if context is None or context.search(text) else None


@cache
def _unit_default_context() -> dict[str, re.Pattern]:
    return {u: re.compile(p, re.IGNORECASE) for u, p in load_rules()["measures"].get("unit_default_context", {}).items()}


def is_rate_indicator(code: str) -> bool:
    """A percent level is a rate: only rate indicators may hold one (else it is `other`)."""
    return code in load_rules()["measures"]["rate_indicators"]


def unit_fits(code: str, unit: str) -> bool:
    """Whether any cue of the code accepts the unit (a code with no unit list accepts all)."""
    return any(not c.units or unit in c.units for c in cues() if c.code == code)


@cache
def _all_cues() -> tuple[re.Pattern, re.Pattern, list[Cue]]:
    """Every plain cue in one alternation, so a sentence is scanned once: for any text, and for the
    lower-case copy of an ASCII one (prefilter.for_lower_case)."""
    plain = [c for c in cues() if not c.spans_number]
    alternation = "|".join(f"(?P<c{i}>{c.pattern.pattern})" for i, c in enumerate(plain))
    # every cue starts with the same look-behind (_compile_cue): testing it once before the branches
    # skips the positions inside words without trying every branch there
    pattern = r"(?<![\w-])(?:" + alternation + ")"
    return re.compile(pattern, re.IGNORECASE), for_lower_case(pattern), plain


def _all_cue_matches(text: str):
    pattern, fast, plain = _all_cues()
    matches = fast.finditer(text.lower()) if text.isascii() else pattern.finditer(text)
    return ((m, plain[int(m.lastgroup[1:])]) for m in matches)


def cues_in_order(text: str, unit: str | None = None) -> list[str]:
    """The catalog codes a text names specifically (no generic cue), in order ('urban ... rural ...'),
    that fit the unit."""
    codes: list[str] = []
    for _, cue in _all_cue_matches(text):
        if cue.code not in codes and cue.priority > 1 and (unit is None or not cue.units or unit in cue.units):
            codes.append(cue.code)
    return codes


@cache
def _groups() -> list[tuple[re.Pattern, list[str]]]:
    return [(re.compile(r"(?<![\w-])(?:" + g["pattern"] + r")(?!\w)", re.IGNORECASE), list(g["codes"]))
            for g in load_rules()["indicator_groups"]["groups"]]


def named_group(text: str, n: int, unit: str) -> list[str] | None:
    """The codes of the last group of n indicators named in the text (rules/indicator_groups.yaml)
    that all take the unit, else None."""
    found = None
    for pattern, codes in _groups():
        for m in pattern.finditer(text):
            if len(codes) == n and all(unit_fits(c, unit) for c in codes) and (found is None or m.start() > found[0]):
                found = (m.start(), codes)
    return found[1] if found else None


def cue_in(text: str) -> str | None:
    """The catalog code a sentence talks about most specifically (for later sentences that say 'it')."""
    best = None
    for m, cue in _all_cue_matches(text):
        score = cue.priority * 10 + len(m.group(0)) / 6
        if best is None or score > best[0]:
            best = (score, cue.code)
    return best[1] if best else None


def _other_domain(sentence: str, window_start: int, start: int, end: int) -> str | None:
    """An `other` row's domain when its own words name none: the nearest catalog concept after it
    in the clause, else the domain words (rules/domain_words.yaml) nearest it in the clause; None
    when nothing names one."""
    stop = re.search(r"[,;.]\s", sentence[end:])
    after = sentence[end:end + (stop.start() if stop else len(sentence))]
    code = cue_in(after)
    if code:
        return domain_of(code)
    before = [(start - pos, domain) for pos, domain in _domain_words(sentence[window_start:start], window_start)]
    after_words = [(pos - end, domain) for pos, domain in _domain_words(after, end)]
    nearest = min(before + after_words, default=None)
    return nearest[1] if nearest else None


@cache
def _domain_words_pattern() -> tuple[re.Pattern, list[str]]:
    """One alternation with a group per domain (d0, d1, ...: a domain name need not be a group name),
    and the domains in group order; a domain listing no words is left out."""
    domains = [(d, words) for d, words in load_rules()["domain_words"].items() if words]
    alternation = "|".join(f"(?P<d{i}>" + "|".join(words) + ")" for i, (_, words) in enumerate(domains))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?!\w)", re.IGNORECASE), [d for d, _ in domains]


def _domain_words(text: str, offset: int = 0) -> list[tuple[int, str]]:
    """(position, domain) of each domain word in text, positions shifted by offset."""
    pattern, domains = _domain_words_pattern()
    return [(m.start() + offset, domains[int(m.lastgroup[1:])]) for m in pattern.finditer(text)]


def _score(cue: Cue, m: re.Match, where: str, before_len: int, generic: bool) -> tuple[float, int]:
    length_bonus = min(len(m.group(0)), 30) / 6  # the longer, more specific cue wins a tie
    if where == "around":
        return 120 + cue.priority * 10 + length_bonus, 0
    if where == "own":
        distance = m.start()
        base = cue.priority * 6 if generic else 100 + cue.priority * 10
        return base - distance / 10 + length_bonus, distance
    distance = before_len - m.end()
    return cue.priority * 6 - distance / 6 + length_bonus, distance


@cache
def _generic_noun() -> re.Pattern:
    words = load_rules()["units"]["generic_count_nouns"]
    return re.compile(r"(?:" + "|".join(words) + r")", re.IGNORECASE)


_PHRASE_STOP = re.compile(r"[,;.:()]|\s[—–]|[—–]\s|\s(?:and|or)\s+(?:the|a|an|its|their|\d)|\s(?:while|which|that|with|reaching|"
                          r"reached|to|from|but|whereas|covering|including|such as|involving|mainly|especially)\s",
                          re.IGNORECASE)


# "5.2% and imports fell ...", "a fall of 4.3 percent as some operators tested the route": a new subject
_PERCENT_STOP = re.compile(_PHRASE_STOP.pattern + r"|\s(?:and|or|as|after|because)\s", re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r"[,;]|\s(?:and|while|but|whereas)\s", re.IGNORECASE)
_ADJECTIVE = re.compile(r"-[a-z]+$", re.I)
_OF_PHRASE_START = re.compile(r"\s*(?:of|in|worth of)\b", re.I)


def _own_phrase(sentence: str, end: int, unit: str, noun: str | None, written: str) -> str:
    """The words that belong to the number: its written form and the noun phrase after it.
    A money amount only owns an 'of ...' / 'in ...' phrase ('5 billion yuan of investment')."""
    after = sentence[end:end + 80]
    stop = (_PERCENT_STOP if unit == "percent" else _PHRASE_STOP).search(after)
    after = after[: stop.start()] if stop else after
    adjective = _ADJECTIVE.search(written)  # "the 381.5-km ... route": the number qualifies a noun
    if unit not in ("count", "count_per_day", "percent") and not adjective \
            and not _OF_PHRASE_START.match(after):
        after = ""
    return " ".join(p for p in (written, after.strip()) if p)


# ---- measures --------------------------------------------------------------------------------

class _Rule:
    """A measures.yaml pattern (IGNORECASE) that tests a text, given as (text, low): low is the
    lower-case copy of an ASCII text, else None. A text lacking a word every match holds is not read;
    the lower-case copy is read case-sensitively where the pattern allows (prefilter.py)."""

    def __init__(self, pattern: str):
        self.pattern = re.compile(pattern, re.I)
        self.required = required_parts(pattern)
        self.fast = for_lower_case(pattern) if reads_lower_case(pattern) else None

    def found(self, text: str, low: str | None) -> bool:
        if not may_match(self.required, low):
            return False
        if low is None or not self.fast:
            return self.pattern.search(text) is not None
        return self.fast.search(low) is not None

    def starts(self, text: str, low: str | None) -> bool:
        """Whether the pattern matches at the start of the text (re.match)."""
        if not may_match(self.required, low):
            return False
        if low is None or not self.fast:
            return self.pattern.match(text) is not None
        return self.fast.match(low) is not None


def _any_found(rules: list[_Rule], text: str, low: str | None) -> bool:
    for rule in rules:  # a plain loop: any() over a generator costs more than most of the tests
        if rule.found(text, low):
            return True
    return False


def names_growth(sentence: str, start: int, end: int, window_start: int) -> bool:
    """Whether the words around a rate name a year-on-year growth (measures.yaml growth_yoy), target
    words aside: "is expected to reach 312.6 billion yuan, an increase of 6.3 percent"."""
    before, after = _measure_rules()["growth_yoy"]
    near = _from_participle_clause(sentence[window_start:start][-70:])
    return _any_found(before, *_pair(near)) or _any_found(after, *_pair(sentence[end:end + 80]))


def _pair(text: str) -> tuple[str, str | None]:
    """A text and its lower-case copy if it is ASCII (what _Rule reads)."""
    return text, _ascii_lower(text)


@cache
def _measure_rules() -> dict:
    r = load_rules()["measures"]
    comp = {}
    for name in ("growth_avg_annual", "growth_other", "growth_yoy", "share"):
        # kept as lists: one alternation was no faster (a pattern with a literal start loses its fast scan)
        comp[name] = ([_Rule(p) for p in r[name].get("before", [])], [_Rule(p) for p in r[name].get("after", [])])
    for key in ("decline", "rate", "target", "difference_after", "growth_words", "target_after",
                "difference_before", "reached", "target_year_after"):
        comp[key] = _Rule(r[key])
    comp["target_year"] = re.compile(r["target_year"], re.I)
    comp["per_year_growth"] = (_Rule(r["per_year_growth"]["before"]), _Rule(r["per_year_growth"]["after"]))
    return comp


def choose_measure(sentence: str, start: int, end: int, unit: str, is_fraction: bool,
                   window_start: int) -> tuple[str, bool]:
    """(measure, is_decline) for the number at [start, end)."""
    r = _measure_rules()
    before = sentence[window_start:start]
    new_clause = None
    for new_clause in _NEW_CLAUSE.finditer(before):
        pass
    if new_clause:  # "..., an average annual growth of 10.2 percent, and its share climbed to 66.6 percent"
        before = before[new_clause.end():]
    near_before = _from_participle_clause(before[-70:])
    after = sentence[end:end + 80]
    if unit == "percent":
        if is_fraction:
            return "share", False
        if _in_target_list(sentence, start):
            return "target", False
        sign = _SIGN.search(sentence, max(0, start - 2), start)
        if sign:  # "6.2 million tonnes (+21.5%)": a signed rate is a change
            return "growth_yoy", sign.group(1) != "+"
        near, after_pair, near_end = _pair(near_before), _pair(after), _pair(near_before[-40:])
        per_year_before, per_year_after = r["per_year_growth"]
        if per_year_after.found(*after_pair) and per_year_before.found(*near_end):
            return "growth_avg_annual", False  # "..., or about 4.5 percent a year"
        # "an increase of 8.3 percent over last year, and accounted for 92.8 percent": the share words stand nearer
        share_first = _any_found(r["share"][0], *near_end) and not _any_found(r["growth_yoy"][0], *near_end)
        order = (("growth_avg_annual", _pair(before[-120:])), ("growth_other", _pair(before[-160:])),
                 ("growth_yoy", near), ("share", near))
        for name, window in (order[3:] + order[:3] if share_first else order):
            pats_before, pats_after = r[name]
            hit_before, hit_after = _any_found(pats_before, *window), _any_found(pats_after, *after_pair)
            if name == "growth_yoy" and not hit_before and _any_found(r["share"][0], *near):
                hit_after = False  # "accounting for 24.7 percent of the total over the same period": a share
            if hit_before or hit_after:
                if name == "growth_yoy" and r["rate"].found(*near_end) and not r["growth_words"].found(*near_end):
                    return "level", False
                after_clause = _NEXT_CLAUSE.split(after, maxsplit=1)[0]  # ", while imports slipped" is another figure's
                decline = r["decline"].found(*_pair(near_before[-40:] + " " + after_clause[:25]))
                if name in ("share", "growth_yoy") and _is_target(sentence, start, end, window_start):
                    # "aims for GDP growth of around 7 percent"; "expects remittances to fall by 5-7 percent": -5, -7
                    return "target", decline and name == "growth_yoy"
                return name, decline and name.startswith("growth")
        if _is_target(sentence, start, end, window_start):
            return "target", False
        if r["rate"].found(*near_end):
            return "level", False
        return DEFAULT_LEVEL, False
    if _is_target(sentence, start, end, window_start):
        return "target", False
    return "level", False


_NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|while|whereas|but)\s+(?:its|their|the)\s", re.IGNORECASE)
_PARTICIPLE_CLAUSE = re.compile(r"(?:,|\band)\s+(?:[a-z]+ing|equal\s+to|equivalent\s+to)\b", re.IGNORECASE)


def _from_participle_clause(near_before: str) -> str:
    """'up 23.5 percent year on year and accounting for 38.2 percent': the words before a
    participle clause ('and accounting for', ', making up', 'and equal to') qualify the figure before it."""
    last = None
    for last in _PARTICIPLE_CLAUSE.finditer(near_before):
        pass
    return near_before[last.start():] if last else near_before


_SIGN = re.compile(r"(?:^|(?<=[\s(\[]))([+−–-])$")  # a sign right before a number, not a range dash ("5-7%")
DEFAULT_LEVEL = "level?"  # no cue at all: the caller may continue the figure before (a list of shares)


_COORDINATED_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+", re.IGNORECASE)  # "..., and plans to spend ...": another figure's


@cache
def _attributive_figure() -> re.Pattern:
    return re.compile(load_rules()["measures"]["attributive_figure"], re.IGNORECASE)


def _is_target(sentence: str, start: int, end: int, window_start: int) -> bool:
    r = _measure_rules()
    clause = sentence[window_start:start]
    if _in_target_list(sentence, start):
        return True
    if r["target"].found(*_pair(clause[-160:])) or r["target_after"].starts(*_pair(sentence[end:end + 40])):
        return True
    if _attributive_figure().match(sentence, start, end):  # "a 1.2-billion-yuan centre ... is under construction"
        rest = _COORDINATED_CLAUSE.split(sentence[end:clause_end(sentence, end)][:160], 1)[0]
        if r["target"].found(*_pair(rest)):
            return True
    # "35 million tonnes by 2030" is a target, unless the clause says it was reached ("had reached ... by 2023")
    return r["target_year_after"].starts(*_pair(sentence[end:end + 60].lstrip(" ,"))) \
        and not r["reached"].found(*_pair(clause[-80:]))


def _in_target_list(sentence: str, start: int) -> bool:
    """'The main targets for this year are: GDP growth of around 6.5 percent; ...': every figure
    after a colon whose lead names targets is one, growth rates included."""
    colon = sentence.find(":", 0, start)
    return colon >= 0 and _measure_rules()["target"].found(*_pair(sentence[:colon]))


def target_year(sentence: str, end: int) -> str | None:
    m = _measure_rules()["target_year"].search(sentence[end:end + 60])
    return m.group(1) if m else None


def is_difference(sentence: str, start: int, end: int, unit: str) -> bool:
    """'9.8 billion more than planned', '15 trains more than a year earlier': not observations.
    A percent 'more than in 2011' is a growth rate, which the measure rules read instead."""
    if unit == "percent":
        return False
    r = _measure_rules()
    if r["difference_before"].found(*_pair(sentence[max(0, start - 90):start])):
        return True  # "an increase of 110,000 over the end of last year" is a change, not an amount
    return r["difference_after"].starts(*_pair(sentence[end:end + 40]))
