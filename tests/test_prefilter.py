"""The cue prefilter may only skip a pattern that cannot match: it must never change a result."""

import re
from pathlib import Path

import pytest

from pipelines.extract.indicators import cues
from pipelines.extract.prefilter import PREFIX, PrefixIndex, leading_prefixes

RAW = Path(__file__).resolve().parents[1] / "raw"


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?:foreign|total) trade", {"for", "tot"}),
    (r"(?<![\w-])invest\w*", {"inv"}),
    (r"\bgdp\b|gross (?:regional|domestic) product", {"gdp", "gro"}),
    (r"(?:annual |designed )?capacity", {"ann", "des", "cap"}),
    (r"by rail", {"by"}),
    (r"ex\w+", {"ex"}),
])
def test_leading_prefixes(pattern, expected):
    assert leading_prefixes(re.compile(pattern, re.IGNORECASE)) == expected


@pytest.mark.parametrize("pattern", [r"[a-z]+ trade", r".{0,20}trade", r"(?:trade)?", r"#N# passengers", r"\$\d+"])
def test_a_pattern_without_a_literal_start_is_always_run(pattern):
    assert leading_prefixes(re.compile(pattern)) is None


def test_every_cue_that_matches_a_sentence_is_a_candidate():
    """Every indicator cue against every clause of the seed corpus: no match is filtered out."""
    patterns = [c.pattern for c in cues()]
    index = PrefixIndex(patterns)
    texts = [t for f in sorted(RAW.glob("*.txt")) for t in re.split(r"(?<=[.;:])\s+|\n", f.read_text(encoding="utf-8"))]
    texts += ["Exports to Kazakhstan rose", "GDP per capita", "the Gross Regional Product", "ANNUAL CAPACITY of 5 tons"]
    checked = 0
    for text in texts:
        candidates = index.candidates(text)
        for i, pattern in enumerate(patterns):
            if pattern.search(text):
                assert i in candidates, (pattern.pattern, text)
                checked += 1
    assert checked > 500  # the corpus exercises the cues


def word_prefixes(text: str) -> set[str]:
    """The first 1..3 characters of every word of the text, lower-cased: what the index stands for."""
    return {w[:k] for w in set(re.findall(r"\w+", text.lower())) for k in range(1, PREFIX + 1)}


def test_candidates_are_those_of_the_word_prefixes():
    """The index finds prefixes with one regex; the result is the one the words' prefixes give."""
    index = PrefixIndex([c.pattern for c in cues()])
    texts = [t for f in sorted(RAW.glob("*.txt")) for t in re.split(r"(?<=[.;:])\s+|\n", f.read_text(encoding="utf-8"))]
    texts += ["", "by", "Bys ex-post EXPORTS", "Ünïcode ſ ΣΑΣ"]
    for text in texts:
        expected = set(index.always).union(*(index.by_prefix[p] for p in word_prefixes(text) & index.by_prefix.keys()))
        assert index.candidates(text) == expected, text


def test_place_scan_finds_what_the_alias_pattern_finds():
    """places._scan_spellings looks spellings up by their first word instead of running the alternation
    of every spelling; on the seed corpus and on awkward strings it must find the same mentions (the
    scan then adds names the seed lacks: tests/prose/test_places.py)."""
    from pipelines.extract.places import PlaceMention, _alias_table, _scan_spellings

    pattern, table, _ = _alias_table()
    texts = [f.read_text(encoding="utf-8") for f in sorted(RAW.glob("*.txt"))]
    texts += ["XINJIANG's exports", "Urumqi’s", "Horgos-Khorgos", "the region's GDP", "Kazakhstani", "İstanbul Almaty",
              "ALMATY, Kazakhstan", "xinjiang_uygur", "Ürümqi and Kashgar"]
    for text in texts:
        expected = tuple(PlaceMention(m.start(), m.end(), table[m.group("name").lower()], bool(m.group("poss")))
                         for m in pattern.finditer(text))
        assert _scan_spellings(text) == expected
