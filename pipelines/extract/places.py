"""Place mentions in a sentence, resolved to the canonical names of the places seed."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from pipelines.extract.prefilter import for_lower_case, may_match, required_parts, trie_pattern
from pipelines.ingest import is_byline
from pipelines.rules import load_rules, places

MAIN = "@main"
COUNTRY = "@country"  # "the country": the country the document is about
KIND = "@kind:"  # "the prefecture" (@kind:prefecture): the place of that kind the document names most
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    region: str  # canonical name, or MAIN for "the region"
    possessive: bool


@cache
def _alias_table() -> tuple[re.Pattern, dict[str, str], dict[str, list[tuple[str, frozenset[str], str]]] | None]:
    rules = load_rules()["places"]
    ignore = {a.lower() for a in rules["ignore_seed_aliases"]}
    table: dict[str, str] = {}
    names_as_written: dict[str, set[str]] = {}  # every way a name is written ("Aksu City" and "Aksu city")
    for row in places():
        names = [row["region"]] + [a for a in (row.get("aliases") or "").split("|") if a.strip()]
        for name in names:
            if name.strip().lower() not in ignore:
                table[name.strip().lower()] = row["region"]
                names_as_written.setdefault(name.strip().lower(), set()).add(name.strip())
    for word, region in rules["references"].items():
        table[word.lower()] = region
        names_as_written.setdefault(word.lower(), {word})  # ("the Centre": its capitals are read too)
    # Case-sensitive matching of each spelling as written, capitalised and in capitals is much
    # faster than IGNORECASE over hundreds of alternatives.
    spellings = {v for a in table for written in names_as_written.get(a, {a}) for v in _case_variants(a, written)}
    # a reference written with capitals ("the Centre") is a name: its lower-case form ("the centre of
    # the city") is not read
    spellings -= {w.lower() for w in rules["references"] if w != w.lower()}
    longest_first = sorted(spellings, key=len, reverse=True)
    alternation = "|".join(re.escape(a) for a in longest_first)
    pattern = re.compile(rf"(?<![\w])(?P<name>{alternation})(?P<poss>['’]s)?(?![\w])")
    # The same spellings by their first word, lowercased, for _scan. None when a spelling does not
    # start with a word character: such a match need not start at a word, so _scan uses the pattern.
    # Each entry holds one lowercased spelling and the case variants the pattern accepts for it.
    by_first_word: dict[str, list[tuple[str, frozenset[str], str]]] | None = {}
    variants: dict[str, set[str]] = {}
    for spelling in longest_first:
        variants.setdefault(spelling.lower(), set()).add(spelling)
    for lower in sorted(variants, key=len, reverse=True):
        first = _WORD.match(lower)
        if not first or len(lower) != len(next(iter(variants[lower]))):
            by_first_word = None
            break
        by_first_word.setdefault(first.group(), []).append((lower, frozenset(variants[lower]), table[lower]))
    return pattern, table, by_first_word


def _case_variants(lower: str, written: str) -> set[str]:
    return {written, lower, written[:1].upper() + written[1:], lower[:1].upper() + lower[1:], written.upper()}


def place_pattern() -> str:
    """The alternation of every place spelling, for rules that name places ({place})."""
    return _alias_table()[0].pattern.split("(?P<name>", 1)[1].split(")(?P<poss>", 1)[0]


_ATTRIBUTION = re.compile(r"^[^\w\n]*According to [^,;\n]{0,120},|,\s*according to [^;\n]*$"
                          r"|,\s*(?:the\s+)?[\w ]{0,40}\s(?:said|reported|announced|showed)\.?$",
                          re.IGNORECASE | re.MULTILINE)
_ATTRIBUTION_VERBS = ("said", "reported", "announced", "showed")  # the verbs its third form ends with


def find_places(s: str, keep_dateline: bool = False, joined: bool = True) -> list[PlaceMention]:
    return list(_find_places(s, keep_dateline, joined))


@lru_cache(maxsize=64)  # the same sentence is asked for its places by several rules
def _find_places(s: str, keep_dateline: bool, joined: bool) -> tuple[PlaceMention, ...]:
    """Place mentions, leaving out an attribution ("According to the Khorgos border crossing, ...")
    and route or relation names between two countries ("the “China–Europe” route")."""
    found = _scan(s)
    if not found:  # most sentences name no place: no attribution or dateline to look for
        return ()
    skipped = _skipped(s, keep_dateline)
    out = _outside(found, skipped) if skipped else list(found)
    if may_match(_venue_words(), s.lower() if s.isascii() else None):  # most texts name no venue
        out = [m for m in out if not (s.endswith(_VENUE_ENDS, 0, m.start)  # a venue, not a figure's place
                                      and _venue_before().search(s, max(0, m.start - 40), m.start))]
    nouns, named_after, named_before = _organisations()
    if any(n in s for n in nouns):  # most texts name no organisation
        out = [m for m in out if not (named_after.match(s, m.end) or named_before.search(s, max(0, m.start - 30), m.start))]
    return tuple(_route_owners(s, _join_pairs(s, _drop_enclosing(s, out))) if joined else out)


@cache
def _organisations() -> tuple[tuple[str, ...], re.Pattern, re.Pattern]:
    """places.yaml organisation_nouns, and the text after and before a place that make it part of an
    organisation's or an event's name."""
    nouns = tuple(load_rules()["places"]["organisation_nouns"])
    alternation = "|".join(nouns)
    name_word = r"(?:[A-Z][\w'’&]*|and|of)"
    return (nouns, re.compile(rf"(?:\s*[-–—]\s*[A-Z][\w'’]*)*(?:\s+{name_word}){{0,4}}?\s+(?:{alternation})\b"),
            re.compile(rf"\b(?:{alternation})\s+of\s+(?:the\s+)?$"))


@cache
def _route_ends() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A place joined by a dash to a name the seed does not know, before a route noun: "the 42-km
    Andijan–Khanabad approach line", "the Osh–Sary-Tash–Irkeshtam highway", "the Khanabad–Andijan line"."""
    nouns = rf"\s+(?:[\w-]+\s+)?(?:{'|'.join(load_rules()['places']['route_nouns'])})s?\b"
    other = r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*"
    return (re.compile(rf"(?:\s*[-–—]\s*{other})+{nouns}"),  # the place first
            re.compile(rf"{other}\s*[-–—]\s*$"), re.compile(nouns))  # the place last


def _route_owners(s: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A place that only names a route's end stands for the route's owner: its region or country
    (Andijan -> Uzbekistan, Kashgar -> Xinjiang), not the town."""
    if "-" not in s and "–" not in s and "—" not in s:
        return mentions
    first, last, noun = _route_ends()
    out = []
    for m in mentions:
        names_route = first.match(s, m.end) or (last.search(s, max(0, m.start - 40), m.start) and noun.match(s, m.end))
        owner = _owner(m.region) if names_route else None
        out.append(PlaceMention(m.start, m.end, owner, m.possessive) if owner else m)
    return out


def _owner(region: str) -> str | None:
    """The nearest enclosing place of kind prefecture, region or country ('Kashgar' -> 'Xinjiang',
    'Irkeshtam' -> 'Kizilsu')."""
    for a in _ancestors(region):
        if _kind(a) in ("prefecture", "region", "country"):
            return a
    return None


def _outside(found: tuple[PlaceMention, ...], spans: tuple[tuple[int, int], ...]) -> list[PlaceMention]:
    """The mentions (in text order) that start in none of the spans."""
    starts = [m.start for m in found]
    inside = {i for a, b in spans for i in range(bisect_left(starts, a), bisect_left(starts, b))}
    return [m for i, m in enumerate(found) if i not in inside]


@lru_cache(maxsize=64)  # a sentence is asked for its places both joined and not
def _skipped(s: str, keep_dateline: bool) -> tuple[tuple[int, int], ...]:
    skipped = _attributions(s)
    if not keep_dateline:
        skipped += [m.span() for m in dateline_re().finditer(s)]
    return tuple(skipped)


def _attributions(s: str) -> list[tuple[int, int]]:
    """_ATTRIBUTION's spans. Every match holds "according to", or a comma and one of its verbs: an
    ASCII text without them is not searched (in ASCII text, IGNORECASE matches only ASCII letters)."""
    if s.isascii():
        low = s.lower()
        if "according to" not in low and ("," not in s or not any(v in low for v in _ATTRIBUTION_VERBS)):
            return []
    return [m.span() for m in _ATTRIBUTION.finditer(s)]


@cache
def _first_words() -> re.Pattern:
    """A whole word that starts some spelling, in lowercased text."""
    return re.compile(rf"\b{trie_pattern(_alias_table()[2] or ())}\b")


@cache
def _spellings_at(first: str) -> re.Pattern:
    """The spellings a first word starts, lowercased, in _scan's order, one group each, followed as
    the pattern's tail allows: group k is the first of them that the text continues with."""
    entries = (_alias_table()[2] or {})[first]
    alternation = "|".join(f"({re.escape(lower)})" for lower, _, _ in entries)
    return re.compile(rf"(?:{alternation})(?=(?:['’]s)?(?!\w))")


_TAIL = re.compile(r"(['’]s)?(?!\w)")  # how the pattern ends a name: an optional possessive, then no word character


@lru_cache(maxsize=64)
def _scan(s: str) -> tuple[PlaceMention, ...]:
    """The mentions pattern.finditer(s) finds: taken from the last document scanned when s is cut
    from it, else scanned."""
    found = _from_document(s)
    return found if found is not None else _scan_text(s)


@dataclass
class _Scanned:
    text: str
    low: str
    mentions: tuple[PlaceMention, ...]
    starts: list[int]
    hint: int = 0  # where the last text was found: sentences are asked for in order


_last_document: list[_Scanned] = []  # the document main_region read last


def _remember_document(text: str) -> None:
    """Scan the whole document once: the scans of its head and its sentences are read off this one.
    Not when _scan_text reads it with the pattern, nor with a 'Σ' (its lower case depends on the
    letters around it)."""
    if _last_document and _last_document[0].text == text:  # main_area asks main_region again
        return
    mentions, low = _scan_text(text), text.lower()
    if _alias_table()[2] is not None and len(low) == len(text) and "Σ" not in text:
        _last_document[:] = [_Scanned(text, low, mentions, [m.start for m in mentions])]
    else:
        _last_document.clear()


_WORD_CHAR = re.compile(r"\w")


def _from_document(s: str) -> tuple[PlaceMention, ...] | None:
    """The mentions of s read off the last document's scan, or None. s at [a, b) of that text
    scans as the text does inside [a, b) when no word runs on across a or b (the scan reads one
    character either side of a word or a match) and no mention of the text crosses a or b: the
    same words start spellings, and a spelling that fits in s fits in the text the same way."""
    if not _last_document:
        return None
    doc = _last_document[0]
    a = doc.text.find(s, doc.hint)
    if a < 0 and (a := doc.text.find(s)) < 0:
        return None
    doc.hint = a
    b = a + len(s)
    for i in (a - 1, b):
        if 0 <= i < len(doc.text) and (_WORD_CHAR.match(doc.text, i) or _WORD_CHAR.match(doc.low, i)):
            return None
    i, j = bisect_left(doc.starts, a), bisect_left(doc.starts, b)
    if (i and doc.mentions[i - 1].end > a) or (j and doc.mentions[j - 1].end > b):
        return None
    if a == 0:  # the document's head (text[:20000], the headline): the mentions as they are
        return doc.mentions[i:j]
    return tuple(PlaceMention(m.start - a, m.end - a, m.region, m.possessive) for m in doc.mentions[i:j])


def _scan_text(s: str) -> tuple[PlaceMention, ...]:
    """The places of s: the seed's spellings, and names the seed lacks that a place noun follows."""
    known = _scan_spellings(s)
    unlisted = _unlisted(s, known) + _states(s, known) + _facilities(s, known)
    return tuple(sorted(known + unlisted, key=lambda m: m.start)) if unlisted else known


@cache
def _unlisted_pattern() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """The place noun (read first: most texts hold none), and the capitalised name right before it."""
    rule = load_rules()["places"]["unlisted"]
    nouns = "|".join(rule["nouns"])
    name = r"[A-Z][a-z]{2,}(?:[- ][A-Z][a-z]{2,})?"
    return (_either_case(rf"(?:{nouns.lower()})\b(?P<poss>['’]s)?"),
            re.compile(rf"(?<![\w-])(?P<name>{name})$"), frozenset(w.lower() for w in rule["not_names"]))


@cache
def _state_pattern() -> tuple[re.Pattern, re.Pattern]:
    """'the Kyrgyz government', 'the Chinese side': a country named by its demonym and its state. The
    state noun (read first: most texts hold none), and the demonym right before it."""
    nouns = "|".join(load_rules()["places"]["state_nouns"])
    return (_either_case(rf"(?:{nouns.lower()})\b(?P<poss>['’]s)?"),
            re.compile(rf"(?<![\w-])(?P<name>{_demonyms()[0]})$", re.IGNORECASE))


def _either_case(pattern: str) -> tuple[re.Pattern, re.Pattern]:
    """An IGNORECASE pattern, and the same compiled to read the lower-case copy of an ASCII text
    (prefilter.for_lower_case: case-sensitive there, and faster)."""
    return re.compile(pattern, re.IGNORECASE), for_lower_case(pattern)


def _named_before_nouns(s: str, nouns: tuple[re.Pattern, re.Pattern], name: re.Pattern):
    """(name match, noun match) for each noun after spaces whose words right before them match `name`,
    as one pattern "name, spaces, noun" would find them left to right: a name never starts inside the
    match before it. The nouns are found first (most texts hold none), by a pattern that starts with
    their letters, in the lower-case copy of the text (the regex engine skips ahead to those letters
    there, not under IGNORECASE); the spaces before a noun are walked here."""
    any_case, lower_case = nouns
    low = s.lower()  # (as _remember_document: same offsets when the lengths agree and no 'Σ' reads its context)
    found = lower_case.finditer(low) if len(low) == len(s) and "Σ" not in s else any_case.finditer(s)
    end = 0
    for noun in found:
        gap = noun.start()
        while gap > end and s[gap - 1].isspace():
            gap -= 1
        if gap == noun.start():
            continue  # no space before it: inside a word
        m = name.search(s, max(end, gap - 40), gap)
        if m:
            end = noun.end()
            yield m, noun


def _states(s: str, known: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
    sides = _demonyms()[1]
    return tuple(PlaceMention(m.start(), m.end("name"), sides[m.group("name").lower()], bool(noun.group("poss")))
                 for m, noun in _named_before_nouns(s, *_state_pattern()) if not _overlaps(m.start(), noun.end(), known))


@cache
def _facility_pattern() -> tuple[tuple[re.Pattern, re.Pattern], re.Pattern, re.Pattern]:
    """The facility noun (read first: most texts hold none), the name right before it (a unit number
    "-1" allowed), and the words after it that make it a company's name."""
    rule = load_rules()["places"]["facilities"]
    nouns = "|".join(n.lower().replace(" ", r"\s+") for n in sorted(rule["nouns"], key=len, reverse=True))
    return (_either_case(rf"(?:{nouns})\b"),
            re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]{2,}(?:[- ][A-Z][a-z]{2,})?)(?:-\d{1,2})?$"),
            re.compile(rule["not_after"], re.IGNORECASE))


def _facilities(s: str, known: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
    """'the Rogun hydropower plant': the named facility, a place of its own (places.yaml facilities)."""
    nouns, name, company = _facility_pattern()
    _, _, not_names = _unlisted_pattern()
    sides = _demonyms()[1]
    out = []
    for m, noun in _named_before_nouns(s, nouns, name):
        words, start = m.group("name").split(), m.start()
        if len(words) > 1 and words[0].lower() in not_names:  # "The Rogun hydropower plant"
            words, start = words[1:], m.end("name") - len(words[-1])
        first = words[0].split("-")[0].lower()
        if first in not_names or first in sides or company.match(s, noun.end()) or _overlaps(start, noun.end(), known):
            continue
        out.append(PlaceMention(start, m.end("name"), " ".join(words), False))
    return tuple(out)


def _unlisted(s: str, known: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
    """'In Lop county, ...': a place the seed does not hold keeps the text's spelling (the contract);
    review_unlisted_regions lists them for the seed."""
    nouns, name, not_names = _unlisted_pattern()
    out = []
    for m, noun in _named_before_nouns(s, nouns, name):
        first = m.group("name").split()[0].split("-")[0].lower()
        if first in not_names or _overlaps(m.start(), noun.end(), known):
            continue
        out.append(PlaceMention(m.start(), m.end("name"), m.group("name"), bool(noun.group("poss"))))
    return tuple(out)


def _scan_spellings(s: str) -> tuple[PlaceMention, ...]:
    r"""What pattern.finditer(s) finds, without running its alternation of hundreds of spellings
    at every position: a match starts a word (every spelling starts with a word character, and
    (?<!\w) holds), so each word that starts some spelling looks up those spellings and tries them
    exactly as written, longest first as the alternation does; the next match starts after this
    one ends."""
    pattern, table, by_first_word = _alias_table()
    low = s.lower()  # lowercasing keeps what is a word character, so words start where they did
    if by_first_word is None or len(low) != len(s):  # 'İ' lowercases to two characters: positions shift
        return tuple(PlaceMention(m.start(), m.end(), table[m.group("name").lower()], bool(m.group("poss")))
                     for m in pattern.finditer(s))
    out, end = [], 0
    for word in _first_words().finditer(low):
        start = word.start()
        if start < end:
            continue
        # most first words ("the") start no spelling here: one match says which spelling may, if any
        head = _spellings_at(word.group()).match(low, start)
        if head is None:
            continue
        for lower, as_written, region in by_first_word[word.group()][head.lastindex - 1:]:
            if low.startswith(lower, start) and s[start:start + len(lower)] in as_written \
                    and (tail := _TAIL.match(s, start + len(lower))):
                out.append(PlaceMention(start, tail.end(), region, tail.group(1) is not None))
                end = tail.end()
                break
    return tuple(out)


_DASH = re.compile(r"\s*[-–—]\s*")  # the gaps between two mentions that _join_pairs and _drop_enclosing read
_WORD_OR_NONE = re.compile(r"\s*(?:\w+\s+)?")
_COMMA = re.compile(r",\s*")


def _join_pairs(s: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'Dostyk-Alashankou': a crossing named by both sides is the Chinese side's; a section
    between two places of one region ('Dostyk–Moyinty') is that region."""
    out: list[PlaceMention] = []
    dropped_end = -1  # end of the last route name dropped: "China-Europe-China" drops its third part too
    for m in mentions:
        if dropped_end >= 0 and _DASH.fullmatch(s[dropped_end:m.start]):
            dropped_end = m.end
            continue
        prev = out[-1] if out else None
        if prev and _DASH.fullmatch(s[prev.end:m.start]):
            a, b = prev.region, m.region
            chinese = [r for r in (a, b) if r == "China" or _is_parent("China", r)]
            if len(chinese) == 1 and a != "China" and b != "China":
                region = chinese[0]
            elif _parents().get(a) and _parents().get(a) == _parents().get(b):
                region = _parents()[a]
            elif _kind(a) in ("country", "group") and _kind(b) in ("country", "group"):
                out.pop()  # "China–Central Asia" names a route or a relation, not a place
                dropped_end = m.end
                continue
            else:
                out.append(m)
                continue
            out[-1] = PlaceMention(prev.start, m.end, region, m.possessive)
            continue
        out.append(m)
    return out


def _drop_enclosing(s: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'northwest China's Xinjiang', 'Xinjiang, China': keep the narrower place."""
    keep = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt and m.possessive and _WORD_OR_NONE.fullmatch(s[m.end:nxt.start]) and _is_parent(m.region, nxt.region):
            continue
        prev = keep[-1] if keep else None
        if prev and _COMMA.fullmatch(s[prev.end:m.start]) and _is_parent(m.region, prev.region):
            continue
        keep.append(m)
    return keep


@cache
def _kinds() -> dict[str, str]:
    return {row["region"]: row.get("kind") or "" for row in places()}


def _kind(region: str) -> str:
    return _kinds().get(region, "")


def is_local(region: str) -> bool:
    """A port, city, site or zone (not a prefecture, region, country or group)."""
    return _kind(region) in ("port", "city", "site", "zone")


@cache
def _parents() -> dict[str, str]:
    return {row["region"]: row.get("parent") or "" for row in places()}


def is_inside(inner: str, outer: str) -> bool:
    """Whether a place lies in another ('Kashgar' in 'Xinjiang')."""
    return _is_parent(outer, inner)


def _is_parent(outer: str, inner: str) -> bool:
    seen = set()
    p = _parents().get(inner, "")
    while p and p not in seen:
        if p == outer:
            return True
        seen.add(p)
        p = _parents().get(p, "")
    return False


_PREPOSITION = (r"\b(?:in|of|from|to|with|at|by|across|into|for|on|between|among|than|via|near|through|along|"
                r"past|towards?|within|outside|inside)\s+(?:the\s+)?")
PREPOSITION_BEFORE = re.compile(_PREPOSITION + "$", re.IGNORECASE)


_LISTED_AFTER_PREPOSITION = re.compile(
    _PREPOSITION + r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*(?:,\s+[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*)*"
    r",?\s+(?:and|or)\s+(?:the\s+)?$", re.IGNORECASE)


def is_subject(s: str, m: PlaceMention) -> bool:
    """A place that can be what a sentence is about: possessive, or not the object of a preposition
    (nor listed after one: "Exports to Kazakhstan and Russia")."""
    if m.possessive:
        return True
    return not (PREPOSITION_BEFORE.search(s[max(0, m.start - 20):m.start])
                or _LISTED_AFTER_PREPOSITION.search(s[max(0, m.start - 80):m.start]))


@cache
def dateline_re() -> re.Pattern:
    return re.compile(load_rules()["places"]["dateline"])


def main_region(text: str) -> str:
    """The place a document is about: the one it names most (first 20,000 characters), a name in
    the headline (the first line) counting three times: a headline names the story's subject.
    A story filed from a country is about that country unless it names a place in it more: a
    Tajik agency's story on trade with China is Tajikistan's."""
    filed_from = _filing_lines(text)  # the place a story is filed from is not what it is about
    mentions = [m for m in _document_places(text) if not any(a <= m.start < b for a, b in filed_from)]
    counts = Counter(m.region for m in mentions if not m.region.startswith("@"))
    by_kind = places_by_kind(text)
    for m in mentions:  # "the prefecture's GDP" speaks of the prefecture the document names most
        if m.region.startswith(KIND) and m.region[len(KIND):] in by_kind:
            counts[by_kind[m.region[len(KIND):]]] += 1
    headline = text.lstrip().split("\n", 1)[0][:300]
    for m in find_places(headline):
        if not m.region.startswith("@"):
            counts[m.region] += 2
    if not counts:
        return home_country(text) or "Xinjiang"
    top, home = counts.most_common(1)[0][0], home_country(text)
    tied = [region for region, n in counts.items() if n == counts[top]]
    joint = common_region(*tied[:2]) if len(tied) > 1 else None
    if joint and joint in counts and all(joint in _ancestors(region) for region in tied):
        top = joint  # a paper on Central Asia names its countries equally often: it is about the region
    if home is None or _country_or_none(top) == home:  # a group of countries (Central Asia) lies in no home
        return top
    inside = [region for region, _ in counts.most_common() if _country_or_none(region) == home]
    return inside[0] if inside else home


def _document_places(text: str) -> list[PlaceMention]:
    """The places of the document's first 20,000 characters, which main_region, main_area and
    places_by_kind count. The whole document is scanned here once (whichever of them comes first):
    the scans of its sentences are read off that one (_from_document)."""
    _remember_document(text)
    return find_places(text[:20000])


def _head_lines(text: str) -> list[tuple[int, str]]:
    """The first five non-empty lines of the document's head, with their offsets (a ministry's
    release may print its name, its service and a headline before 'Astana, 14 May 2025')."""
    out, pos = [], 0
    for line in text[:600].split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out[:5]


def _filing_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the dateline ('ASTANA, January 10, 2024 -') and byline lines of the head."""
    spans = []
    for pos, line in _head_lines(text):
        m = dateline_re().match(line)
        if m:
            spans.append((pos, pos + m.end()))
        elif is_byline(line):
            spans.append((pos, pos + len(line)))
    return spans


@lru_cache(maxsize=4)  # main_region and the extractor both ask, for the document just read
def home_country(text: str) -> str | None:
    """The country a story is filed from: its dateline's place, or a place its byline names
    ('24.kg news agency | 21 January 2025, 14:05 | Bishkek'); a publisher's name ('China Daily') is
    no filing place."""
    for pos, line in _head_lines(text):
        m = dateline_re().match(line)
        if m:
            found = find_places(m.group(0), keep_dateline=True)
            return country_of(found[0].region) if found else None
        if is_byline(line):
            for publisher in _publishers():
                line = publisher.sub(" ", line)
            countries = [c for c in (_country_or_none(x.region) for x in find_places(line, keep_dateline=True)) if c]
            if countries:
                return countries[0]
    return None


@cache
def _publishers() -> list[re.Pattern]:
    return [re.compile(p) for p in load_rules()["documents"]["publisher_patterns"]]


def _country_or_none(region: str) -> str | None:
    """The country a place lies in (itself when it is one), None when it lies in none (Central Asia)."""
    return next((r for r in (region, *_ancestors(region)) if _kind(r) == "country"), None)


def places_by_kind(text: str) -> dict[str, str]:
    """The place of each kind (prefecture, city, ...) the document names most: what 'the
    prefecture' and 'the city' mean in it."""
    counts = Counter(m.region for m in _document_places(text) if not m.region.startswith("@"))
    out: dict[str, str] = {}
    for region, _ in counts.most_common():
        out.setdefault(_kind(region), region)
    return out


def resolve_reference(region: str, doc) -> str:
    """A place word's place in this document: 'the region', 'the country', 'the prefecture'.
    `doc` holds main_region, main_area, home_country and places_by_kind (prose.DocContext)."""
    if region == COUNTRY:
        return doc.home_country or country_of(doc.main_region)
    if region == MAIN:
        return doc.main_area or doc.main_region
    if region.startswith(KIND):
        return doc.places_by_kind.get(region[len(KIND):]) or doc.main_region
    return region


def main_area(text: str) -> str:
    """What "the region" means: the area (not a country) the document names most: Xinjiang in a
    story on Xinjiang, Central Asia in one on Central Asia; the main place when it is an area itself
    (a Xinjiang story that names Central Asia as a destination more often) or names none."""
    main = main_region(text)
    if _kind(main) in ("region", "group"):
        return main
    counts = Counter(m.region for m in _document_places(text)
                     if not m.region.startswith("@") and _kind(m.region) in ("region", "group"))
    return counts.most_common(1)[0][0] if counts else main


def country_of(region: str) -> str:
    """The country a place lies in (itself when it is one); China for a place in no country."""
    return _country_or_none(region) or "China"


_POOLING_PREPOSITION = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)


def pooled(s: str, mentions: list[PlaceMention], i: int) -> str | None:
    """'the Horgos and Alashankou ports': places listed together take their common parent."""
    run = [i]
    j = i
    while j + 1 < len(mentions) and re.fullmatch(r"\s*(?:,\s*)?(?:and\s+|or\s+)?", s[mentions[j].end:mentions[j + 1].start]):
        j += 1
        run.append(j)
    k = i
    while k - 1 >= 0 and re.fullmatch(r"\s*(?:,\s*)?(?:and\s+|or\s+)?", s[mentions[k - 1].end:mentions[k].start]):
        k -= 1
        run.insert(0, k)
    if len(run) < 2 or not (re.match(r"\s+(?:[a-z-]+\s+)?[a-z-]+s\b", s[mentions[run[-1]].end:])  # "ports", "border crossings"
                            or _POOLING_PREPOSITION.search(s, 0, mentions[run[0]].start)):  # "firms in Urumqi and Kashgar"
        return None
    ancestors = [set(_ancestors(mentions[x].region)) for x in run]
    common = set.intersection(*ancestors)
    for a in _ancestors(mentions[run[0]].region):
        if a in common:
            return a
    return None


def common_region(a: str, b: str) -> str | None:
    """The nearest region both places lie in ('Horgos', 'Alashankou' -> 'Xinjiang')."""
    theirs = set(_ancestors(b))
    return next((x for x in _ancestors(a) if x in theirs), None)


def _ancestors(region: str) -> list[str]:
    out, seen = [], set()
    p = _parents().get(region, "")
    while p and p not in seen:
        out.append(p)
        seen.add(p)
        p = _parents().get(p, "")
    return out


@cache
def partner_patterns() -> list[re.Pattern]:
    place = place_pattern()
    return [re.compile(p.replace("{place}", rf"(?:{place})"), re.IGNORECASE)
            for p in load_rules()["places"]["partner_patterns"]]


@cache
def _bilateral_forms() -> list[tuple[re.Pattern | None, ...]]:
    def comp(p):
        return re.compile(p, re.IGNORECASE) if p else None
    return [(comp(f.get("before")), comp(f.get("between")), comp(f.get("after")))
            for f in load_rules()["places"]["bilateral_forms"]]


@lru_cache(maxsize=64)  # prose asks again for the same sentence or clause
def two_sides(s: str) -> tuple[PlaceMention, PlaceMention] | None:
    """The first pair of places the sentence names as the two sides of a flow."""
    mentions = _find_places(s, False, False)
    for a, b in zip(mentions, mentions[1:]):
        if a.region == b.region:
            continue
        for before, between, after in _bilateral_forms():
            # the text between first: its patterns are anchored at its start, the cheapest to refute
            if (between is None or between.search(s[a.end:b.start])) and \
                    (before is None or before.search(s[max(0, a.start - 40):a.start])) and \
                    (after is None or after.search(s[b.end:b.end + 40])):
                return a, b
    return _adjective_pair(s) or _investor_pair(s)


def demonyms() -> tuple[str, dict[str, str]]:
    """The demonym alternation and each demonym's country (lower-case keys): see _demonyms."""
    return _demonyms()


@cache
def _demonyms() -> tuple[str, dict[str, str]]:
    """The demonyms of places.yaml (adjective_pairs' sides) as an alternation, longest first, and each
    one's country by its lower-case spelling: what the pair, investor and state patterns read."""
    sides = {k.lower(): v for k, v in load_rules()["places"]["adjective_pairs"]["sides"].items()}
    return "|".join(sorted(map(re.escape, sides), key=len, reverse=True)), sides


def _overlaps(start: int, end: int, known: tuple[PlaceMention, ...]) -> bool:
    return any(k.start < end and start < k.end for k in known)


@cache
def _adjective_pair_re() -> tuple[re.Pattern, re.Pattern, dict[str, str], list[tuple[str, ...]]]:
    rule = load_rules()["places"]["adjective_pairs"]
    demonym, sides = _demonyms()
    side = rf"(?:{demonym}|{place_pattern()})"
    after = rule["after"].lstrip("^")
    pattern = rf"(?<![\w-])(?P<a>{side})\s*[-–—]\s*(?P<b>{side})(?=\b{after})"
    # a demonym beside a dash: the cheap test before the full pattern (most dashes join two names)
    gate = rf"(?<![\w-])(?:{demonym})\s*[-–—]|[-–—]\s*(?:{demonym})(?!\w)"
    # (every gate match holds a demonym: what required_parts says of the alternation)
    return re.compile(pattern, re.IGNORECASE), re.compile(gate, re.IGNORECASE), sides, required_parts(f"(?:{demonym})")


def _adjective_pair(s: str) -> tuple[PlaceMention, PlaceMention] | None:
    """"Kyrgyz-Chinese trade", "Sino-Kazakh cooperation": a pair named by demonyms (at least one;
    two place names are a pair of mentions, read above)."""
    pattern, gate, sides, required = _adjective_pair_re()
    if ("-" not in s and "–" not in s and "—" not in s) or not may_match(required, s.lower() if s.isascii() else None) \
            or not gate.search(s):
        return None
    for m in pattern.finditer(s):
        a, b = (sides.get(m.group(k).lower()) for k in "ab")
        if not (a or b):
            continue
        a, b = a or canonical(m.group("a")), b or canonical(m.group("b"))
        if a != b:
            return PlaceMention(m.start("a"), m.end("a"), a, False), PlaceMention(m.start("b"), m.end("b"), b, False)
    return None


@cache
def _investor_pair_re() -> tuple[re.Pattern, list[tuple[str, ...]]]:
    """The pattern, and what every match holds (a demonym, an investor word): most sentences lack one."""
    rule, (demonym, _) = load_rules()["places"]["investor_pairs"], _demonyms()
    pattern = rf"{_investor_head().pattern}(?:[^.;]|\.(?=\d)){{0,40}}?{rule['into']}(?P<b>{demonym}|{place_pattern()})\b"
    return re.compile(pattern, re.IGNORECASE), required_parts(pattern)


@cache
def _venue_before() -> re.Pattern:
    return re.compile(load_rules()["places"]["venue_before"], re.IGNORECASE)


_VENUE_ENDS = ("in ", "at ", "the ")  # how the text right before a venue ends (venue_before)


@cache
def _venue_words() -> list[tuple[str, ...]]:
    """What every venue_before match holds (a venue word and 'in' or 'at')."""
    return required_parts(load_rules()["places"]["venue_before"])


def _investor_pair(s: str) -> tuple[PlaceMention, PlaceMention] | None:
    """"Chinese companies have invested $3.2 billion in the Tajik economy": the investor's country and
    the host."""
    pattern, required = _investor_pair_re()
    if not may_match(required, s.lower() if s.isascii() else None):
        return None
    m = pattern.search(s)
    if not m or _venue_before().search(s, max(0, m.start("b") - 40), m.start("b")):
        return None  # "signed at an investment forum in Ust-Kamenogorsk": a venue, not the host (see _find_places)
    sides = _demonyms()[1]
    a = sides[m.group("a").lower()]
    b = sides.get(m.group("b").lower()) or canonical(m.group("b"))
    if a == b:
        return None
    return PlaceMention(m.start("a"), m.end("a"), a, False), PlaceMention(m.start("b"), m.end("b"), b, False)


def investor_of(text: str) -> str | None:
    """'Chinese FDI stock', 'Chinese investment': the country a demonym before an investor word
    (investor_pairs) names; None without one."""
    sides = _demonyms()[1]
    m = _investor_head().search(text)
    return sides.get(m.group("a").lower()) if m else None


@cache
def _investor_head() -> re.Pattern:
    """A demonym before an investor word ('Chinese companies', 'Chinese FDI'): investor_pairs' head."""
    demonym = _demonyms()[0]
    investors = load_rules()["places"]["investor_pairs"]["investors"]
    return re.compile(rf"(?<![\w-])(?P<a>{demonym})\s+(?:[\w-]+\s+)?{investors}\b", re.IGNORECASE)


def canonical(name: str) -> str:
    return _alias_table()[1].get(re.sub(r"['’]s$", "", name.strip()).lower(), name)
