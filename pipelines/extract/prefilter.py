r"""A cheap test that a pattern cannot match a text, so most patterns are never run.

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
        return self.candidates_of_lower(text.lower())

    def candidates_of_lower(self, low: str) -> set[int]:
        """candidates(text) for low = text.lower()."""
        found = set(self.always)
        if self._heads is not None:
            for head in set(self._heads.findall(low)):
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


# ---- lower-case copies: the same matches without IGNORECASE --------------------------------

def reads_lower_case(pattern: str) -> bool:
    """Whether an IGNORECASE pattern finds the same matches in the lower-case copy of an ASCII
    text: not when a part of it is case-sensitive ("(?-i:plan)" must not match "Plan")."""
    return not _case_sensitive_part(sre_parse.parse(pattern, re.IGNORECASE))


def _case_sensitive_part(node) -> bool:
    if isinstance(node, sre_parse.SubPattern):
        node = node.data
    if isinstance(node, tuple) and len(node) == 2 and isinstance(node[0], C._NamedIntConstant):
        op, av = node
        if op is C.SUBPATTERN and av[2] & re.IGNORECASE:  # (group, add_flags, del_flags, body)
            return True
        node = av
    if isinstance(node, (list, tuple)):
        return any(_case_sensitive_part(x) for x in node)
    return False


def for_lower_case(pattern: str) -> re.Pattern:
    """An IGNORECASE pattern compiled to read the lower-case copy of an ASCII text. When every
    character it names passes _lower_char, case-sensitive: the same matches, 2-3x faster.
    Only for a pattern that reads_lower_case."""
    if not reads_lower_case(pattern):
        raise ValueError(f"a case-sensitive part cannot read a lower-case copy: {pattern}")
    if _lower_ascii(sre_parse.parse(pattern, re.IGNORECASE)):
        return re.compile(pattern)
    return re.compile(pattern, re.IGNORECASE)


def gate(pattern: str):
    """gate(s, low) -> whether the IGNORECASE pattern occurs in s; low is s.lower() when s is
    ASCII (then checked for what the pattern requires, and searched with for_lower_case), else None."""
    slow, fast = re.compile(pattern, re.IGNORECASE), for_lower_case(pattern)
    required = required_parts(pattern)

    def gate(s: str, low: str | None) -> bool:
        if low is None:
            return slow.search(s) is not None
        return may_match(required, low) and fast.search(low) is not None
    return gate


def _lower_ascii(node) -> bool:
    """Every literal and range of a parsed pattern holds only characters that pass _lower_char."""
    if isinstance(node, sre_parse.SubPattern):
        node = node.data
    if isinstance(node, tuple) and len(node) == 2 and isinstance(node[0], C._NamedIntConstant):
        op, av = node
        if op in (C.LITERAL, C.NOT_LITERAL):
            return _lower_char(av)
        if op is C.RANGE:
            return all(map(_lower_char, range(av[0], av[1] + 1)))
        node = av
    if isinstance(node, (list, tuple)):  # the items of a subpattern, class or branch, a repeat's body
        return all(_lower_ascii(x) for x in node)
    return True  # counts, flags, group numbers, categories (\d \w \s), anchors


def required_parts(pattern: str) -> list[tuple[str, ...]]:
    """What every match of an IGNORECASE pattern holds (see _required), for may_match; the sets of
    longer words first, as they are the rarer ones and may_match stops at the first one missing."""
    parts = _fewest(_required(sre_parse.parse(pattern, re.IGNORECASE)))
    return sorted(parts, key=lambda alts: min(map(len, alts)), reverse=True)


def _fewest(parts: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The same test with fewer lookups: an alternative holding another one adds nothing ("quarters"
    holds "quarter", "september" holds "sep"), nor does a part that another one implies; the
    shorter alternatives, more often present, are tried first."""
    def fewer(alts):
        return tuple(sorted({a for a in alts if not any(b != a and b in a for b in alts)}, key=lambda a: (len(a), a)))

    def implies(x, y):  # every text holding an alternative of x holds one of y
        return all(any(b in a for b in y) for a in x)
    parts = list(dict.fromkeys(fewer(p) for p in parts))
    return [y for y in parts if not any(x != y and implies(x, y) and not implies(y, x) for x in parts)]


def _required(node) -> list[tuple[str, ...]]:
    """What every match of a parsed pattern holds: a list of alternatives, one of each present
    ("five", "year"; "from" or "between"), in _lower_char letters. A lower-case ASCII text that
    lacks one cannot match. Lookarounds and optional parts add nothing."""
    out, run = [], ""
    for op, av in (node.data if isinstance(node, sre_parse.SubPattern) else node):
        if op is C.LITERAL and _lower_char(av):
            run += chr(av)
            continue
        if run:
            out.append((run,))
            run = ""
        if op is C.SUBPATTERN:
            out += _required(av[-1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            out += _required(av[2])
        elif op is C.BRANCH:
            each = [max((alts[0] for alts in _required(alt) if len(alts) == 1), key=len, default=None)
                    for alt in av[1]]
            if all(each):
                out.append(tuple(each))
        elif op is C.IN and all(o is C.LITERAL and _lower_char(c) for o, c in av):
            out.append(tuple(chr(c) for _, c in av))
    return out + [(run,)] if run else out


def may_match(required: list[tuple[str, ...]], low: str | None) -> bool:
    """Whether a text may match a pattern that requires these (see _required); low is its lower-case
    copy when it is ASCII, else None (then it may). Plain loops: generators cost more than the test."""
    if low is None:
        return True
    for alts in required:
        for a in alts:
            if a in low:
                break
        else:
            return False
    return True


def _lower_char(code: int) -> bool:
    """A lower-case ASCII character, or a non-ASCII one without case ('’', '€'): under IGNORECASE
    neither matches a character of ASCII text other than itself."""
    c = chr(code)
    return c.lower() == c and (c.isascii() or c.upper() == c)
