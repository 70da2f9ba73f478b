"""The place and partner of one prose figure: the two sides of a flow, a place named for the figure
itself, the clause's subject, the paragraph's or the document's place."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pipelines.extract.clauses import CONTRAST, aside_spans, list_runs
from pipelines.extract.places import (
    PlaceMention,
    canonical,
    common_region,
    country_of,
    demonyms,
    is_inside,
    is_local,
    is_subject,
    partner_patterns,
    pooled,
    resolve_reference,
    two_sides,
)
from pipelines.extract.prefilter import may_match, required_parts
from pipelines.extract.quantities import Quantity
from pipelines.rules import load_rules

if TYPE_CHECKING:  # annotations only: prose imports this module
    from pipelines.extract.prose import DocContext

_PLACE_LIST_SEP = re.compile(r"\s*(?:,\s*)?(?:and\s+|or\s+)?")


def respective_places(s: str, mentions: list[PlaceMention], qs: list[Quantity]) -> tuple[list[str | None], bool] | None:
    """'The Urumqi, Kashgar and Horgos sections ... 20, 6, and 17, respectively', '17,304, 15,512 and
    13,868 yuan in Aksu, Kashgar and Hotan, respectively': a list of figures takes the list of as many
    places named right before or after it. Returns each main figure's place (None outside the list)
    and whether the places are the figures' partners ('Trade with A and B came to ...')."""
    main = [q for q in qs if not q.equivalent and not q.range_pos]
    lists = [run for run in _place_runs(s, mentions) if len(run) > 1]
    for figures in (run for run in list_runs(s, main) if len(run) > 1) if main else ():
        before = [r for r in lists if r[-1].end <= figures[0].start and len(r) == len(figures)]
        after = [r for r in lists if r[0].start >= figures[-1].end and len(r) == len(figures)]
        places = before[-1] if before else after[0] if after else None
        if places:
            first = main.index(figures[0])
            out = [None] * len(main)
            out[first:first + len(figures)] = [m.region for m in places]
            return out, bool(_partner_lead().search(s, 0, places[0].start) or _partner_verb().match(s, places[-1].end)
                             or _partner_holders().search(s, max(0, places[0].start - 40), places[0].start))
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


@cache
def _partner_lead() -> re.Pattern:
    """A flow's other side named right before a list of places ("trade with", "exports to", "imports
    from"): the lead of places.yaml's first partner pattern, without its place."""
    lead = load_rules()["places"]["partner_patterns"][0].split("(?P<b>")[0]
    return re.compile(r"\b" + lead + "$", re.IGNORECASE)


@cache
def _pair_refs() -> re.Pattern:
    words = load_rules()["places"]["pair_references"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def bilateral_pair(s: str, doc: DocContext) -> tuple[str, str, bool] | None:
    """(a, b, a_is_possessive) when the sentence names two sides of a flow."""
    return _two_sides(s, doc) or _pair_reference(s, doc)


_NOT_A_FLOW = re.compile(r"\b(?:link|road|border|pass|crossing|railway|line|route|bridge|corridor|commission|relations?|"
                         r"agreement|treaty|summit|meeting|talks)s?\s+(?:\w+\s+)?between\s+$", re.IGNORECASE)


def _pair_reference(s: str, doc: DocContext) -> tuple[str, str, bool] | None:
    m = _pair_refs().search(s) if doc.last_pair else None
    if not m or _NOT_A_FLOW.search(s, max(0, m.start() - 40), m.start()):
        return None  # "the only road link between the two countries" names no flow's sides
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


_OF_THEM = re.compile(r"\s*(?:of them|of which|of [\w-]+(?:\s+[\w'’-]+){0,3}|,?\s*respectively)?[\s,]*(?:and|while|with|but|followed by)?\s*"
                      r"(?:the\s+)?(?:(?:port|city|station|county|prefecture|crossing)\s+of\s+)?"  # "..., and the port of Kuryk 1.9 million"
                      r"|[^.;]*,\s*(?:and\s+)?(?:the\s+)?(?:port|city|station|county|prefecture|crossing)\s+of\s+")  # (after a clause of its own)
_FEW_WORDS = re.compile(r"\s*(?:\w+\s+){0,2}")
_OWN_PLACE_BREAK = re.compile(r"[,;.:()—–]|\s-\s|\b(?:and|or|with|while|which|that|to|from|as|amid|after|when)\b")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_CHANGE_BETWEEN = re.compile(r"(?:'s|’s)?\s+(?:(?:port|city|zone|crossing|county)\s+)?(?:up|down|rising|falling|growing|gaining"
                             r"|increasing|decreasing|climbing)\s+(?:by\s+)?", re.IGNORECASE)
_SHARE_HOLDER = re.compile(r"\s*(?:\w+\s+)?(?:share|proportion|portion|part)\b", re.IGNORECASE)
_ITS_OPENS = re.compile(r"\W*(?:while|whereas|and|but)?\s*(?:its|their)\b", re.IGNORECASE)
# "the urban share was 36.2 percent in Kashgar and 29.8 percent in Hotan": a share's place right after it
_SHARE_IN_PLACE = re.compile(r"\s+(?:in|for)\s+(?:the\s+)?")
_THE_TWO = re.compile(r"\bthe (?:two|both|twin) (?!countries|sides|nations|states)[a-z]+s\b", re.IGNORECASE)


def figure_place(s, q, mentions, pair, place_list, main_index, measure, doc, para, window,
            partner) -> tuple[str, str | None]:
    """The figure's place and partner; window is q's clause start, partner figure_partner(s, q, window)
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
    owner = next((m for m in mentions if m.possessive and _ONLY_SPACE.fullmatch(s, m.end, q.start)), None)
    if owner:  # "Irkeshtam's 2.46 million tonnes made it the busiest road port"
        return resolve_reference(owner.region, doc), partner
    if q.in_parentheses:  # "the “Dostyk–Alashankou” crossing (from 14 to 28 trains per day)"
        near = [m for m in mentions if m.end <= q.start and q.start - m.end <= 40]
        if near:
            return resolve_reference(near[-1].region, doc), None
    prev_q = _previous_quantity(s, q)
    if prev_q is not None:  # "Horgos handled 58.2 billion yuan, and Alashankou 49.6 billion yuan"
        between = [m for m in mentions if prev_q <= m.start and m.end <= q.start]
        if between and _OF_THEM.fullmatch(s[prev_q:between[-1].start]) and _FEW_WORDS.fullmatch(s[between[-1].end:q.start]) \
                and not _partner_verb().search(s, between[-1].end, q.start):  # ("and Kazakhstan alone took 41.9 percent")
            return resolve_reference(between[-1].region, doc), None
    with_place = [m for m in mentions if m.end <= q.start and _WITH_BEFORE.search(s, 0, m.start)
                  and _CHANGE_BETWEEN.fullmatch(s, m.end, q.start)]
    if with_place:  # "..., with Horgos up 3.7%": the place the absolute clause names
        return resolve_reference(with_place[-1].region, doc), None
    own = [m for m in mentions if q.end <= m.start <= q.end + 45 and not _OWN_PLACE_BREAK.search(s[q.end:m.start])
           and (measure != "share" or (not m.possessive and _SHARE_IN_PLACE.fullmatch(s, q.end, m.start)))]
    if own:
        return resolve_reference(own[0].region, doc), None
    sides = para.pair or doc.last_pair
    if partner and sides and partner in sides:  # "Chinese exports to Kazakhstan": the known pair's other side
        return (sides[1] if sides[0] == partner else sides[0]), partner
    asides = aside_spans(s, q.start)  # "Remittances, mostly from Russia, fell": Russia is the aside's
    mentions_before = [m for m in mentions if m.end <= q.start and m.region != partner
                       and not any(a <= m.start and m.end <= b for a, b in asides)]
    before = [m for m in mentions_before if window <= m.start]
    if not before and (not CONTRAST.search(s, 0, q.start)  # ", while ..." starts a new subject, unless
                       or _ITS_OPENS.match(s, window)):  # "..., while its population ...": the sentence's own
        before = mentions_before
    subjects = [m for m in before if is_subject(s, m)]
    # "trade with Kazakhstan and Russia": with a partner named, places listed with it are no figure's own;
    # "travellers to and from Central Asia": where things go to or come from is not where the figure is
    before = subjects if partner else (subjects or [m for m in before if not _directed(s, m, mentions)])
    if before:
        poss = [m for m in before if m.possessive]
        holder = [m for m in poss if _SHARE_HOLDER.match(s[m.end:m.end + 25])]
        if holder:  # "China's share of the region's trade": the share is China's
            return resolve_reference(holder[0].region, doc), partner
        pick = poss[-1] if poss and (before[-1].start - poss[-1].start) < 60 else before[0]  # the subject, not the nearest
        inner = [m for m in before if m.start > pick.start and is_inside(m.region, pick.region) and is_subject(s, m)]
        if inner and not pick.possessive:  # "In southern Xinjiang, Kashgar airport ... handled": the narrower subject
            pick = inner[0]
        return resolve_reference(pooled(s, mentions, mentions.index(pick)) or pick.region, doc), partner
    two = _THE_TWO.search(s[:q.start])
    local = [p for p in doc.recent_places if is_local(p)] if two else []
    if len(local) >= 2:  # "the two ports" after "Horgos ... Alashankou": their common region
        joint = common_region(*local[-2:])
        if joint:
            return joint, partner
    if partner:  # "Trade with the five Central Asian countries reached ...": the story's own side
        return doc.main_region if doc.main_region != partner else (doc.topic or doc.main_region), partner
    origin = next((m.region for m in mentions_before if window <= m.start
                   and _inflow_before().search(s, max(0, m.start - 30), m.start)), None)
    if origin and origin != doc.main_region:  # "Transfers from China came to USD 14.8 million": the story's place receives
        return doc.main_region, origin
    return (doc.topic or doc.main_region), partner


_ONLY_SPACE = re.compile(r"\s*")


def _previous_quantity(s: str, q: Quantity) -> int | None:
    """End of the figure before q in the sentence (set by observations_from_sentence)."""
    return q.prev_end


def figure_partner(s: str, q: Quantity, window: int) -> str | None:
    """'Trade with Kazakhstan totaled ...': the other side, named with a preposition."""
    return partner_in(s, window, q.start)


def partner_in(s: str, start: int = 0, end: int | None = None) -> str | None:
    """The other side a flow names in s[start:end] ("trade with Kazakhstan", "exports to China")."""
    end = len(s) if end is None else end
    clause = s[start:end]
    low = clause.lower() if clause.isascii() else None
    for pat, required in _partner_rules():
        if may_match(required, low):  # most clauses hold none of the words a partner phrase needs
            for m in pat.finditer(s, start, end):
                return canonical(m.group("b"))
    return None


def _directed(s: str, m: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """Whether a place is where things go: after 'to', 'into', 'bound for', itself or the list it is in
    ("trains to Central Asia and Europe")."""
    first = next((run[0] for run in _place_runs(s, mentions) if m in run), m)
    return bool(_direction_before().search(s, max(0, first.start - 30), first.start))


@cache
def _partner_holders() -> re.Pattern:
    return re.compile(load_rules()["places"]["partner_holders"], re.IGNORECASE)


@cache
def _partner_verb() -> re.Pattern:
    verbs = "|".join(load_rules()["places"]["partner_verbs"])
    return re.compile(rf"\s+(?:{verbs})\b", re.IGNORECASE)


@cache
def _direction_before() -> re.Pattern:
    rules = load_rules()["places"]
    return re.compile(f"{rules['direction_before']}|{rules['inflow_before']}|{rules['people_from_before']}", re.IGNORECASE)


@cache
def _inflow_before() -> re.Pattern:
    return re.compile(load_rules()["places"]["inflow_before"], re.IGNORECASE)


@cache
def _partner_rules() -> list[tuple[re.Pattern, list]]:
    return [(p, required_parts(p.pattern)) for p in partner_patterns()]


_HOST_BREAK = re.compile(r"[,;:()]")


@cache
def _traveller_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """places.yaml travellers: a demonym before travellers, travellers before 'from', the travellers
    noun itself, and the words right before their destination."""
    rule, demonym = load_rules()["places"]["travellers"], demonyms()[0]
    nouns = rule["nouns"]
    return (re.compile(rf"(?<![\w-])(?P<d>{demonym})\s+(?:[a-z-]+\s+)?{nouns}\b", re.IGNORECASE),
            re.compile(rf"\b{nouns}{rule['origin_after']}$", re.IGNORECASE),
            re.compile(rf"\b{nouns}\b", re.IGNORECASE),
            re.compile(rf"{rule['host_after']}$", re.IGNORECASE))


def traveller_sides(s: str, start: int, end: int, at: int, mentions: list[PlaceMention]) -> tuple[str | None, str | None]:
    """(host, origin) of the travellers a clause s[start:end] counts for the figure at `at`: "Chinese
    arrivals in Kazakhstan", "visitors from China", "trips to China" (places.yaml travellers); None
    where it names none. Of several origins, the last one before the figure ("Citizens of China
    accounted for 71.5 percent and citizens of Kazakhstan for 26.8 percent")."""
    by_demonym, from_place, noun, to_place = _traveller_patterns()
    first = noun.search(s, start, end)
    if first is None:
        return None, None
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    origins = sorted([(d.start(), demonyms()[1][d.group("d").lower()]) for d in by_demonym.finditer(s, start, end)]
                     + [(m.start, m.region) for m in inside if from_place.search(s, max(start, m.start - 40), m.start)])
    before = [o for o in origins if o[0] < at]
    origin = before[-1][1] if before else origins[0][1] if origins else None
    # where they went is named right after them ("arrivals from China in Kazakhstan"), not in a later
    # aside ("1.32 million tourist visits, many of them to ... the Urho district")
    host = next((m.region for m in inside if first.start() < m.start <= first.end() + 40 and m.region != origin
                 and not _HOST_BREAK.search(s, first.end(), m.start)
                 and to_place.search(s, max(start, m.start - 12), m.start)), None)
    return host, origin
