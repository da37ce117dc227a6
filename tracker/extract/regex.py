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
    _ATOMIC = _constants.ATOMIC_GROUP
    _GROUPREF_EXISTS = _constants.GROUPREF_EXISTS
    _AT = _constants.AT
except (ImportError, AttributeError):  # pragma: no cover - another Python
    _parser = None

_IGNORECASE = int(re.IGNORECASE)


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, with alternations factored by first character."""
    if _parser is None:  # pragma: no cover
        return re.compile(source, flags)
    tree = _parser.parse(source, flags)
    tree = _walk(tree, bool((flags | tree.state.flags) & _IGNORECASE))
    code = _compiler._code(tree, flags)
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    pattern: re.Pattern[str] = _sre.compile(
        source, flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup)
    )
    return pattern


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
        elif op is _SUBPATTERN:
            group, add, remove, inner = av
            inner_case = (ignorecase or bool(add & _IGNORECASE)) and not remove & _IGNORECASE
            av = (group, add, remove, _walk(inner, inner_case))
        elif op in _REPEATS:
            low, high, inner = av
            av = (low, high, _walk(inner, ignorecase))
        elif op in _ASSERTS:
            direction, inner = av
            av = (direction, _walk(inner, ignorecase))
        elif op is _ATOMIC:
            av = _walk(av, ignorecase)
        elif op is _GROUPREF_EXISTS:
            group, yes, no = av
            av = (group, _walk(yes, ignorecase), None if no is None else _walk(no, ignorecase))
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


def lazy(source: str, flags: int | re.RegexFlag = 0) -> LazyPattern:
    """A module-level pattern: compiled on first use, alternations factored."""
    return LazyPattern(source, int(flags))
