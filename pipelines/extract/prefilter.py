"""A cheap test that a pattern cannot match a text, so most patterns are never run.

The rule files hold dozens of cue patterns; running each over each sentence with Python's regex
engine is most of the extractor's time, and most cues are absent from most sentences. From a
pattern's parse tree we take the literal prefixes (up to 3 characters) that every match must begin
with ("invest\\w*..." -> "inv", "(?:foreign|total) trade" -> "for", "tot"); a text can hold a match
only if one of its words begins with one of them. Patterns whose start is not literal (a character
class, a wildcard) are always run. The test never says no when the pattern would match: it is a
filter, the pattern still decides. It holds for patterns whose matches begin at a word start, as
the indicator cues' do (indicators._compile_cue puts (?<![\w-]) in front of each); a pattern that
may match inside a word ("trade" in "cotrade") must not be indexed here.
"""

from __future__ import annotations

import re

try:  # Python 3.11+: the regex parser the re module itself uses
    from re import _constants as C
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

PREFIX = 3
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}


def leading_prefixes(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-cased prefixes one of which every match starts with; None when the start is not literal."""
    leads = _lead(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    prefixes = {text for text, _ in leads}
    return None if "" in prefixes else frozenset(prefixes)


class PrefixIndex:
    """Patterns by the prefixes their matches begin with: which of them may match a text."""

    def __init__(self, patterns: list[re.Pattern]):
        self.always: set[int] = set()
        self.by_prefix: dict[str, set[int]] = {}
        for i, pattern in enumerate(patterns):
            prefixes = leading_prefixes(pattern)
            if prefixes is None:
                self.always.add(i)
            for prefix in prefixes or ():
                self.by_prefix.setdefault(prefix, set()).add(i)
        # Finding the prefixes with one regex is far cheaper than slicing every word in Python. At a
        # word start the trie matches the longest prefix the word begins with; the shorter ones it
        # begins with are that prefix's own prefixes, so each key stands for the patterns of all of them.
        keys = self.by_prefix.keys()
        self._heads = re.compile(r"(?<!\w)" + trie_pattern(keys)) if keys else None
        self._with_shorter = {k: frozenset().union(*(self.by_prefix.get(k[:n], ()) for n in range(1, len(k) + 1)))
                              for k in keys}

    def candidates(self, text: str) -> set[int]:
        """Indices of the patterns that may match the text (a superset of those that do);
        the same as taking the first 1..3 characters of every word that some pattern has."""
        found = set(self.always)
        if self._heads is not None:
            for head in set(self._heads.findall(text.lower())):
                found |= self._with_shorter[head]
        return found


def trie_pattern(words) -> str:
    """A regex matching the longest of the (non-empty) words that the text continues with, as a
    trie ("k(?:ashgar|horgos)"): the engine follows one branch per character, not every word."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    def rx(node: dict) -> str:
        alts = [re.escape(ch) + rx(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body  # greedy: the longer word first
    return rx(tree)


def _lead(items: list) -> set[tuple[str, bool]]:
    """(prefix, closed) pairs for a sequence: closed prefixes cannot grow any more."""
    leads = {("", False)}
    for op, av in items:
        if all(closed for _, closed in leads):
            break
        leads = {joined for lead in leads for joined in _extend(lead, _lead_of(op, av))}
    return leads


def _extend(lead: tuple[str, bool], nxt: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    text, closed = lead
    if closed:
        return {lead}
    out = set()
    for more, more_closed in nxt:
        joined = (text + more)[:PREFIX]
        out.add((joined, more_closed or len(joined) >= PREFIX))
    return out


def _lead_of(op, av) -> set[tuple[str, bool]]:
    if op in _ZERO_WIDTH:
        return {("", False)}
    if op == C.LITERAL:
        ch = chr(av).lower()
        # a non-word character ends the word the text's prefixes are taken from
        return {(ch, False)} if re.fullmatch(r"\w", ch) else {("", True)}
    if op == C.SUBPATTERN:
        return _lead(list(av[-1]))
    if op == C.BRANCH:
        return {lead for branch in av[1] for lead in _lead(list(branch))}
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _, inner = av
        once = {(text, True) for text, _ in _lead(list(inner))}  # what follows a repeat is not known
        return once | {("", False)} if low == 0 else once
    return {("", True)}  # a class, a wildcard, a back-reference: any character may come here
