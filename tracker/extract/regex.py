"""Compiling the extractor's patterns: alternations factored into prefix trees.

Most cues are long alternations of words ("shortfall|short|savings|..."). At
every position of a scan the regex engine enters each branch in turn, and
under ``re.IGNORECASE`` it cannot skip a branch by its first letter. Sharing
first letters ("sh(?:ortfall|ort)|savings") lets it give up after one
comparison. :func:`compile_pattern` parses a pattern, factors the branches of
every alternation by their first literal character, and compiles the result.

The rewrite never changes what a pattern matches or which match it prefers:

* only consecutive branches are regrouped, never across a branch that does
  not start with a literal (a class, a group, an assertion);
* branches with different first characters cannot both match at one place,
  so moving them relative to each other changes nothing; branches sharing one
  keep their order;
* a branch that starts with a group of words is spread over them first
  ("(?:led|run) by" is "led by|run by"): a backtracking engine tries the two
  in the same order;
* neighbouring branches that start with the same assertion share it.

Two more rewrites, described where they are made, only let the engine's
search give up sooner: a set of the characters a match can start with
(:func:`_with_first_chars`) and, under IGNORECASE, branches split by the exact
characters of their first letter (:func:`_exact_first_letters`).

The parser and compiler of :mod:`re` are internal modules; if they are not
there (another Python), patterns are compiled as written. A test compares
both compilations on every rule's examples.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any

try:
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
    _constants: Any = importlib.import_module("re._constants")
    _sre: Any = importlib.import_module("_sre")
    _BRANCH = _constants.BRANCH
    _LITERAL = _constants.LITERAL
    _SUBPATTERN = _constants.SUBPATTERN
    _REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
    _ASSERTS = (_constants.ASSERT, _constants.ASSERT_NOT)
    _ASSERT = _constants.ASSERT
    _ATOMIC = _constants.ATOMIC_GROUP
    _GROUPREF_EXISTS = _constants.GROUPREF_EXISTS
    _AT = _constants.AT
    _IN = _constants.IN
    _RANGE = _constants.RANGE
    _CATEGORY = _constants.CATEGORY
    _CATEGORY_SPACE = _constants.CATEGORY_SPACE
    _CATEGORY_DIGIT = _constants.CATEGORY_DIGIT
    _INFO = _constants.INFO
    _INFO_CHARSET = _constants.SRE_INFO_CHARSET
    _AT_BEGINNINGS = (_constants.AT_BEGINNING, _constants.AT_BEGINNING_STRING)
    _LOCALE = int(re.LOCALE)
    _ASCII = int(re.ASCII)
    _EXTRA_CASES: Mapping[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
except (ImportError, AttributeError):  # pragma: no cover - another Python
    _parser = None

_IGNORECASE = int(re.IGNORECASE)


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, with alternations factored by first character."""
    if _parser is None:  # pragma: no cover
        return re.compile(source, flags)
    # A plain int, as re.compile makes it: the compiler tests the flags at every
    # node, and on a RegexFlag each test builds an enum member.
    flags = int(flags)
    tree = _parser.parse(source, flags)
    ignorecase = bool((flags | tree.state.flags) & _IGNORECASE)
    tree = _walk(tree, ignorecase)
    if not (flags | tree.state.flags) & (_ASCII | _LOCALE):
        tree = _exact_first_letters(tree, ignorecase)
    code = _compiler._code(tree, flags)
    code = _with_first_chars(code, tree, flags | tree.state.flags)
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    pattern: re.Pattern[str] = _sre.compile(
        source, flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup)
    )
    return pattern


# First characters: where ``search`` may skip ahead.
#
# The engine's search tries a match at every position of the text unless the
# compiled pattern starts with an INFO block naming the characters a match can
# start with; then it skips, in a tight loop, every position whose character
# is not one of them. :mod:`re` writes that set only for a pattern that starts
# with a literal or a class and is case-sensitive; most cues start with "\b"
# or a lookbehind, or ignore case, and get none. :func:`_with_first_chars`
# works out the set for them from the parsed pattern: every character the
# first consumed item can match (zero-width items such as "\b", lookbehinds
# and anchors are stepped over, but a lookahead that needs a character, as in
# "\b(?=[A-Za-z])(?:...)", gives its own first characters; optional items add
# their own first characters and the next item's), each case-insensitive
# literal widened to every character the engine folds to the same lower case,
# "\s" to every white space the engine knows (29 characters; many window cues
# start with "\s+" or have a branch that does) and "\d" to every decimal digit
# (660, those past U+FFFF written as one range: the engine tests a charset's
# characters past U+FFFF one by one). When any item on the way could match a
# character not listed (a negated class, "\w", ".", a backreference), or the
# pattern can match the empty string, nothing changes.
# The set only tells the engine where a match cannot start, so what a search
# finds is unchanged; match() and fullmatch() never read it.

_MAX_RANGE = 4096  # a wider class than this is not worth listing
_CASED_BELOW = 0x20000  # every code point with a different lower case lies below this
_folds: dict[int, frozenset[int]] | None = None


def _fold_table() -> dict[int, frozenset[int]]:
    """For each lower-case code point, every code point whose lower case it is."""
    global _folds
    if _folds is None:
        table: dict[int, set[int]] = {}
        tolower = _sre.unicode_tolower
        for point in range(_CASED_BELOW):
            low = tolower(point)
            if low != point:
                table.setdefault(low, {low}).add(point)
        _folds = {low: frozenset(points) for low, points in table.items()}
    return _folds


def _case_variants(point: int, ignorecase: bool) -> set[int]:
    """The characters a literal ``point`` matches (as the engine compares them)."""
    if not ignorecase:
        return {point}
    table = _fold_table()
    low = _sre.unicode_tolower(point)
    found = {point, low, *table.get(low, ())}
    for extra in _EXTRA_CASES.get(low, ()):
        found.add(extra)
        found.update(table.get(extra, ()))
        found.update(table.get(_sre.unicode_tolower(extra), ()))
    return found


def _first_of_class(items: Any, ignorecase: bool) -> set[int] | None:
    found: set[int] = set()
    for op, av in items:
        if op is _LITERAL:
            found |= _case_variants(av, ignorecase)
        elif op is _RANGE and av[1] - av[0] <= _MAX_RANGE:
            for point in range(av[0], av[1] + 1):
                found |= _case_variants(point, ignorecase)
        elif op is _CATEGORY and av is _CATEGORY_SPACE:
            found |= _SPACES  # "\s": white space, which has no case
        elif op is _CATEGORY and av is _CATEGORY_DIGIT:
            found |= _digits()  # "\d": decimal digits, which have no case
        else:  # a negation, another category ("\w", "\S"), a wide range
            return None
    return found


# Every character "\s" matches: the engine tests str.isspace's own test (Py_UNICODE_ISSPACE),
# true for no character past U+3000 (ASCII "\s" matches a part of these).
_SPACES = frozenset(point for point in range(0x3001) if chr(point).isspace())
_decimal_digits: frozenset[int] | None = None


def _digits() -> frozenset[int]:
    """Every character "\\d" matches: the engine tests str.isdecimal's own test
    (Py_UNICODE_ISDECIMAL), true for no character past U+1FBF9; worked out on first use."""
    global _decimal_digits
    if _decimal_digits is None:
        _decimal_digits = frozenset(point for point in range(0x20000) if chr(point).isdecimal())
    return _decimal_digits


def _first_of_item(op: Any, av: Any, ignorecase: bool) -> tuple[set[int], bool] | None:
    """(characters the item can start with, whether it can match empty), or None if unknown."""
    if op is _LITERAL:
        return _case_variants(av, ignorecase), False
    if op is _IN:
        found = _first_of_class(av, ignorecase)
        return None if found is None else (found, False)
    if op is _ASSERT and av[0] == 1:
        # a lookahead that needs a character ("(?=[A-Za-z])"): the match starts with one of its
        # first characters (and with what follows too, which only the lookahead is asked of)
        ahead = _first_of_sequence(av[1], ignorecase)
        if ahead is not None and not ahead[1]:
            return ahead[0], False
    if op is _AT or op in _ASSERTS:
        return set(), True  # zero-width: the match starts with what follows
    if op is _BRANCH:
        chars: set[int] = set()
        empty = False
        for branch in av[1]:
            first = _first_of_sequence(branch, ignorecase)
            if first is None:
                return None
            chars |= first[0]
            empty = empty or first[1]
        return chars, empty
    if op is _SUBPATTERN:
        _group, add, remove, inner = av
        inner_case = (ignorecase or bool(add & _IGNORECASE)) and not remove & _IGNORECASE
        return _first_of_sequence(inner, inner_case)
    if op in _REPEATS:
        low, _high, inner = av
        first = _first_of_sequence(inner, ignorecase)
        return None if first is None else (first[0], first[1] or low == 0)
    if op is _ATOMIC:
        return _first_of_sequence(av, ignorecase)
    return None  # any character, a backreference, a conditional


def _first_of_sequence(sub: Any, ignorecase: bool) -> tuple[set[int], bool] | None:
    chars: set[int] = set()
    for op, av in sub.data:
        first = _first_of_item(op, av, ignorecase)
        if first is None:
            return None
        chars |= first[0]
        if not first[1]:
            return chars, False
    return chars, True


def _with_first_chars(code: list[int], tree: Any, flags: int) -> list[int]:
    """``code`` with an INFO block listing the characters a match can start with,
    when :mod:`re` wrote none and they can be known (see above)."""
    if code[0] != _INFO or code[2] != 0 or code[3] == 0 or flags & _LOCALE:
        return code  # re's own prefix or set, a pattern that may match empty, or locale case
    data = tree.data
    if data and data[0][0] is _AT and data[0][1] in _AT_BEGINNINGS:
        return code  # anchored at the start: the engine tries one position anyway
    first = _first_of_sequence(tree, bool(flags & _IGNORECASE))
    if first is None or first[1] or not first[0]:
        return code
    # (characters past U+FFFF as one range over them all: the engine's charset lists each of
    # them apart, a test per character at every position; a wider set only lets it try more)
    points = sorted(first[0])
    charset: list[tuple[Any, Any]] = [(_LITERAL, point) for point in points if point <= 0xFFFF]
    if points[-1] > 0xFFFF:
        charset.append((_RANGE, (min(p for p in points if p > 0xFFFF), points[-1])))
    optimized, _cased = _compiler._optimize_charset(charset)
    info = [_INFO, 0, _INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(optimized, 0, info)
    info[1] = len(info) - 1
    return info + code[code[1] + 1 :]


# Branches the engine can skip after one comparison.
#
# Trying the branches of an alternation, the engine skips a branch whose
# first item is a case-sensitive literal the next character is not, at the
# cost of one comparison; any other branch is entered (state saved, the item
# matched, state restored). Under IGNORECASE every letter is a
# case-insensitive literal, so at each position every branch is entered.
# :func:`_exact_first_letters` writes a branch that starts with an ASCII
# letter once per character the engine accepts for that letter ("k..." as
# "(?-i:k)...|(?-i:K)...|(?-i:\u212a)...": every character whose lower case
# is "k", or one of the extra case equivalents :mod:`re` adds). At any one
# position at most one of the copies can start, so the same branches are
# tried in the same order and the same match is found. Copies are not
# rewritten inside, so a pattern grows a few times at most.


def _exactly_folding(letter: int) -> list[int]:
    """Every character the engine's case-insensitive literal ``letter`` matches."""
    low = _sre.unicode_tolower(letter)
    lows = {low, *_EXTRA_CASES.get(low, ())}
    table = _fold_table()
    found = {point for point in lows if _sre.unicode_tolower(point) in lows}
    for each in lows:
        found.update(point for point in table.get(each, ()) if _sre.unicode_tolower(point) in lows)
    return sorted(found)


def _exact_first_letters(sub: Any, ignorecase: bool) -> Any:
    """A copy of ``sub`` with each alternative's leading letter case-sensitive (see above)."""
    data = []
    for op, av in sub.data:
        if op is _BRANCH:
            branches = []
            for branch in av[1]:
                copies = _exact_first(sub.state, branch) if ignorecase else None
                # A branch written out once per letter is not rewritten inside: the
                # pattern grows at most a few times, never once per level.
                branches.extend(copies or [_exact_first_letters(branch, ignorecase)])
            av = (av[0], branches)
        else:
            av = _inner_mapped(op, av, ignorecase, _exact_first_letters)
        data.append((op, av))
    return _parser.SubPattern(sub.state, data)


def _inner_mapped(op: Any, av: Any, ignorecase: bool, rewrite: Callable[[Any, bool], Any]) -> Any:
    """The argument of a parsed-pattern node with every pattern nested in it passed
    through ``rewrite`` (with the case rule in force there); other nodes unchanged."""
    if op is _SUBPATTERN:
        group, add, remove, inner = av
        inner_case = (ignorecase or bool(add & _IGNORECASE)) and not remove & _IGNORECASE
        return (group, add, remove, rewrite(inner, inner_case))
    if op in _REPEATS:
        low, high, inner = av
        return (low, high, rewrite(inner, ignorecase))
    if op in _ASSERTS:
        direction, inner = av
        return (direction, rewrite(inner, ignorecase))
    if op is _ATOMIC:
        return rewrite(av, ignorecase)
    if op is _GROUPREF_EXISTS:
        group, yes, no = av
        return (group, rewrite(yes, ignorecase), None if no is None else rewrite(no, ignorecase))
    return av


def _exact_first(state: Any, branch: Any) -> list[Any] | None:
    """The branch once per character its first letter matches, or None when it starts otherwise."""
    if not branch.data:
        return None
    op, av = branch.data[0]
    if op is not _LITERAL or av >= 128 or not _sre.unicode_iscased(av):
        return None
    return [
        _parser.SubPattern(
            state,
            [
                (_SUBPATTERN, (None, 0, _IGNORECASE, _parser.SubPattern(state, [(_LITERAL, point)]))),
                *branch.data[1:],
            ],
        )
        for point in _exactly_folding(av)
    ]


def _walk(sub: Any, ignorecase: bool) -> Any:
    """A copy of the parsed pattern ``sub`` with every alternation factored."""
    data = []
    for op, av in sub.data:
        if op is _BRANCH:
            branches = _factor(sub.state, [_walk(b, ignorecase) for b in av[1]], ignorecase)
            if len(branches) == 1:
                data.extend(branches[0].data)
                continue
            av = (av[0], branches)
        else:
            av = _inner_mapped(op, av, ignorecase, _walk)
        data.append((op, av))
    return _parser.SubPattern(sub.state, data)


def _first(branch: Any, ignorecase: bool) -> object:
    """The literal character a branch starts with (folded when case is ignored), or None."""
    if not branch.data:
        return None
    op, av = branch.data[0]
    if op is not _LITERAL:
        return None
    if ignorecase:
        return chr(av).lower() if av < 128 else None  # non-ASCII case folding is left alone
    return av


_MAX_SPREAD = 16  # at most this many branches from one leading group


def _distribute(state: Any, branches: list[Any], ignorecase: bool) -> list[Any]:
    """Branches that start with a group of words spread over it: "(?:led|run)\\s+by" as
    "led\\s+by|run\\s+by", in the same order, so that they can be factored by first letter."""
    out: list[Any] = []
    for branch in branches:
        if branch.data and branch.data[0][0] is _BRANCH:
            inner = branch.data[0][1][1]
            rest = list(branch.data[1:])
            if len(inner) <= _MAX_SPREAD and all(_first(b, ignorecase) is not None for b in inner):
                out.extend(_parser.SubPattern(state, [*b.data, *rest]) for b in inner)
                continue
        out.append(branch)
    return out


def _factor(state: Any, branches: list[Any], ignorecase: bool) -> list[Any]:
    """The branches with those that share a first character joined under it."""
    out: list[Any] = []
    run: dict[object, list[Any]] = {}

    def close_run() -> None:
        for group in run.values():
            if len(group) == 1:
                out.append(group[0])
                continue
            rests = [_parser.SubPattern(state, list(b.data[1:])) for b in group]
            inner = _factor(state, rests, ignorecase)
            data = [group[0].data[0]]
            if len(inner) == 1:
                data.extend(inner[0].data)
            else:
                data.append((_BRANCH, (None, inner)))
            out.append(_parser.SubPattern(state, data))
        run.clear()

    for branch in _distribute(state, branches, ignorecase):
        key = _first(branch, ignorecase)
        if key is None:
            close_run()  # never regroup across a branch without a first literal
            out.append(branch)
        else:
            run.setdefault(key, []).append(branch)
    close_run()
    return _join_neighbours(state, out, ignorecase)


def _join_neighbours(state: Any, branches: list[Any], ignorecase: bool) -> list[Any]:
    """Neighbouring branches that start with the same assertion ("\\bfoo|\\bbar") share it:
    "\\b(?:foo|bar)" tries the same branches in the same order."""
    out: list[Any] = []
    i = 0
    while i < len(branches):
        first = branches[i].data[0] if branches[i].data else None
        j = i + 1
        if first is not None and first[0] is _AT:
            while j < len(branches) and branches[j].data and branches[j].data[0] == first:
                j += 1
        if j - i == 1:
            out.append(branches[i])
        else:
            rests = [_parser.SubPattern(state, list(b.data[1:])) for b in branches[i:j]]
            inner = _factor(state, rests, ignorecase)
            data = [first]
            if len(inner) == 1:
                data.extend(inner[0].data)
            else:
                data.append((_BRANCH, (None, inner)))
            out.append(_parser.SubPattern(state, data))
        i = j
    return out


class LazyPattern:
    """A pattern compiled (with :func:`compile_pattern`) on first use.

    After the first call its methods are the compiled pattern's own (instance
    attributes shadow the class's), so a lazy pattern costs no more than a
    compiled one. ``pattern`` and ``flags`` are the source and flags, as on
    :class:`re.Pattern`.
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            compiled = compile_pattern(self.pattern, self.flags)
            self._compiled = compiled
            self.search = compiled.search  # type: ignore[method-assign]
            self.match = compiled.match  # type: ignore[method-assign]
            self.fullmatch = compiled.fullmatch  # type: ignore[method-assign]
            self.finditer = compiled.finditer  # type: ignore[method-assign]
            self.findall = compiled.findall  # type: ignore[method-assign]
            self.sub = compiled.sub  # type: ignore[method-assign]
            self.split = compiled.split  # type: ignore[method-assign]
        return self._compiled

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled.groupindex

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)


# Characters that IGNORECASE matches as an a-z letter although they neither are one nor
# lower to one: "ſ" (s), "ı" and "İ" (i) and the Kelvin sign (k). A gate that reads the
# lower-cased text, or a sentence's a-z words, cannot see them; every gate lets a text
# holding one through to its pattern.
ODD_FOLDS = "\u017f\u0131\u0130\u212a"  # (written out again in folds_oddly)


def folds_oddly(text: str) -> bool:
    """Whether ``text`` holds one of :data:`ODD_FOLDS`."""
    # (four finds written out: a generator over ODD_FOLDS costs five times as much on the
    # non-ASCII texts, a fifth of the ~80 calls per document)
    return not text.isascii() and (
        "\u017f" in text or "\u0131" in text or "\u0130" in text or "\u212a" in text
    )


def lazy(source: str, flags: int | re.RegexFlag = 0) -> LazyPattern:
    """A module-level pattern: compiled on first use, alternations factored."""
    return LazyPattern(source, int(flags))


# --- required literals: a needle gate proved from the pattern itself ---------------------------

# Bounds that keep the analysis small: the strings an item matches exactly are enumerated
# only while there are this many at most, and a class only when it lists this many characters.
_MAX_EXACT = 64
_MAX_CLASS = 8


def required_literals(source: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-case ASCII strings at least one of which every match of the pattern holds, or
    None when the pattern gives no such set (an alternative made of classes and repeats only).

    Read from the parsed pattern, not written by hand, so it cannot fall behind the pattern:
    a sequence needs what any one of its items needs (its longest run of literal text is
    chosen), an alternation one of the strings of each branch, a repeat what its body needs
    when it must match once. Lower-casing is sound for a case-sensitive pattern too; a text
    holding one of :data:`ODD_FOLDS` must be read whatever it holds (see :func:`folds_oddly`).
    Strings with other characters than ASCII are not chosen (their case folds are not
    lower-casing)."""
    if _parser is None:  # pragma: no cover - another Python
        return None
    found = _needs(list(_parser.parse(source, flags)))
    if found is None:
        return None
    shortest_first = sorted(found, key=lambda string: (len(string), string))
    kept: list[str] = []
    for string in shortest_first:  # ("grant" is enough where "grants" would be read too)
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return tuple(kept)


def literal_gate(source: str, flags: int = 0) -> Callable[[str], bool] | None:
    """A test that is False only for a text the pattern cannot match anywhere (one scan of the
    lowered text for :func:`required_literals`), or None when the pattern gives no strings."""
    needles = required_literals(source, flags)
    if needles is None:
        return None
    # (factored by first character, as the rules' needles are: a scan of many strings costs
    # little more than one of a few)
    scan = compile_pattern("|".join(re.escape(needle) for needle in needles)).search

    def may_match(text: str) -> bool:
        return scan(text.lower()) is not None or folds_oddly(text)

    return may_match


def _needs(items: list[Any]) -> set[str] | None:
    """Strings one of which a match of the sequence ``items`` holds, or None."""
    choices: list[set[str]] = []
    run = {""}  # the strings the current stretch of exactly-known items spells
    for op, av in items:
        exact = _exact(op, av)
        if exact is not None and not all(map(str.isascii, exact)):
            choices.append(run)  # (no string is chosen across a character other than ASCII)
            run = {""}
            continue
        if exact is not None:
            joined = {a + b for a in run for b in exact}
            if len(joined) <= _MAX_EXACT:
                run = joined
            else:  # (too many spellings: the stretch so far is one choice, a new one starts here)
                choices.append(run)
                run = exact
            continue
        choices.append(run)
        run = {""}
        needed = _needs_of(op, av)
        if needed is not None:
            choices.append(needed)
    choices.append(run)
    # (a choice with characters other than ASCII is passed over: see required_literals)
    usable = [choice for choice in choices if choice and "" not in choice and all(map(str.isascii, choice))]
    if not usable:
        return None
    # the strongest requirement: its shortest string longest, then the fewest strings
    return max(usable, key=lambda choice: (min(map(len, choice)), -len(choice)))


def _needs_of(op: Any, av: Any) -> set[str] | None:
    """Strings one of which a match of one item (not exactly known) holds, or None."""
    if op is _SUBPATTERN:
        return _needs(list(av[-1]))
    if op is _ATOMIC:
        return _needs(list(av))
    if op is _BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            needed = _needs(list(branch))
            if needed is None:
                return None
            union |= needed
        return union
    if op in _REPEATS and av[0] >= 1:
        return _needs(list(av[2]))
    return None


def _exact(op: Any, av: Any) -> set[str] | None:
    """Every string one item matches (lower-cased), when they are few; assertions match ""."""
    if op is _LITERAL:
        return {chr(av).lower()}
    if op in _ASSERTS or op is _AT:
        return {""}  # (zero-width: what an assertion reads is not part of the match)
    if op is _SUBPATTERN:
        return _exact_sequence(list(av[-1]))
    if op is _BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            spelled = _exact_sequence(list(branch))
            if spelled is None:
                return None
            union |= spelled
        return union if len(union) <= _MAX_EXACT else None
    if op is _IN:
        return _class_characters(av)
    if op in _REPEATS and av[1] == 1:  # an optional item, or one written as {1}
        spelled = _exact_sequence(list(av[2]))
        if spelled is None:
            return None
        return spelled | {""} if av[0] == 0 else spelled
    return None


def _exact_sequence(items: list[Any]) -> set[str] | None:
    spelled = {""}
    for op, av in items:
        exact = _exact(op, av)
        if exact is None:
            return None
        spelled = {a + b for a in spelled for b in exact}
        if len(spelled) > _MAX_EXACT:
            return None
    return spelled


def _class_characters(items: list[Any]) -> set[str] | None:
    """The characters of a small class of literals and short ranges ("[Tt]", "[sz]"), lowered."""
    characters: set[str] = set()
    for op, av in items:
        if op is _LITERAL:
            characters.add(chr(av).lower())
        elif op is _RANGE and av[1] - av[0] < _MAX_CLASS:
            characters.update(chr(point).lower() for point in range(av[0], av[1] + 1))
        else:
            return None  # a category, a negation, a wide range
    return characters if len(characters) <= _MAX_CLASS else None
