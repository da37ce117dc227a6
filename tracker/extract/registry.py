"""One registry of named rules: what each decides, and examples that prove it.

Two sorts of rule live here.

* A :class:`Rule` is a cue: a regular expression (built from the shared
  lexicons in :mod:`tracker.extract.lexicon`) or a predicate over a text
  window. It is compiled once, lazily, on first use (alternations factored
  by first letter, :mod:`tracker.extract.regex`); after that ``search``,
  ``match`` and ``finditer`` are the compiled pattern's own methods, so a rule
  costs no more than a bare pattern. A rule may carry *needles*: lower-case
  strings one of which every match contains (in some case); a window without
  any of them is skipped without running the pattern (``search`` and
  ``finditer``).
* A :class:`Decision` is what a finder concludes about a candidate: a pledge
  is made ("unit.created") or a candidate is rejected for a named reason
  ("funding.per-unit"). Rejections are returned with that name by
  :func:`tracker.extract.explain`.

Both carry examples and counter-examples in our own words. The test suite
runs every one of them: a cue's examples must match (its counter-examples
must not); a decision's examples must lead the extractor to that decision.

Cue examples mark the candidate with ``|`` when the rule reads one side of
it: for ``window="before"`` the rule sees the text before the bar (the words
before a sum, a name or a number), for ``window="after"`` the text after it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from tracker.extract.regex import compile_pattern, folds_oddly

Window = Literal["text", "before", "after"]
Mode = Literal["search", "match"]

RULES: dict[str, Rule] = {}
DECISIONS: dict[str, Decision] = {}


class Rule:
    """A named cue: a lazily compiled pattern (or a predicate) with examples."""

    def __init__(
        self,
        name: str,
        decides: str,
        pattern: str | None = None,
        *,
        flags: int = 0,
        needles: tuple[str, ...] = (),
        predicate: Callable[[str], object] | None = None,
        window: Window = "text",
        mode: Mode = "search",
        examples: tuple[str, ...] = (),
        counter: tuple[str, ...] = (),
        prepare: Callable[[str], str] | None = None,
    ) -> None:
        if (pattern is None) == (predicate is None):
            raise ValueError(f"rule {name}: give a pattern or a predicate")
        if name in RULES:
            raise ValueError(f"rule {name} registered twice")
        self.name = name
        self.decides = decides
        self.source = pattern
        self.flags = flags
        self.needles = needles
        self.predicate = predicate
        self.window = window
        self.mode = mode
        self.examples = examples
        self.counter = counter
        self.prepare = prepare  # how an example is turned into what the rule reads
        self._compiled: re.Pattern[str] | None = None
        # Whether a lower-cased window holds a needle: one scan of the engine over an
        # alternation of the needles, not one ``in`` per needle (see _needle_in).
        self._has_needle = (
            compile_pattern("|".join(re.escape(needle) for needle in needles)).search if needles else None
        )
        RULES[name] = self

    def __repr__(self) -> str:
        return f"Rule({self.name!r})"

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern (compiled on first use)."""
        if self._compiled is None:
            assert self.source is not None, f"rule {self.name} is a predicate"
            self._compiled = compile_pattern(self.source, self.flags)
            # From now on the bound methods of the compiled pattern answer
            # directly (instance attributes shadow these methods).
            if not self.needles:
                self.search = self._compiled.search  # type: ignore[method-assign]
                self.finditer = self._compiled.finditer  # type: ignore[method-assign]
            self.match = self._compiled.match  # type: ignore[method-assign]
            self.fullmatch = self._compiled.fullmatch  # type: ignore[method-assign]
            self.sub = self._compiled.sub  # type: ignore[method-assign]
            self.findall = self._compiled.findall  # type: ignore[method-assign]
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._has_needle is not None:
            if not self._needle_in(string):
                return None
            return self.pattern.search(string, pos, endpos)
        return self.pattern.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._has_needle is not None:
            if not self._needle_in(string):
                return iter(())
            return self.pattern.finditer(string, pos, endpos)
        return self.pattern.finditer(string, pos, endpos)

    def _needle_in(self, string: str) -> bool:
        """Whether ``string`` may hold a needle in a case the pattern matches. The lower-cased
        copy is scanned (a case-insensitive scan of the window costs a third more); a window
        holding a character that IGNORECASE folds oddly (regex.ODD_FOLDS) is always read."""
        assert self._has_needle is not None
        if self._has_needle(string.lower()) is not None:
            return True
        return folds_oddly(string)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.pattern.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.pattern.sub(repl, string, count)

    def fires(self, example: str) -> bool:
        """Whether the rule fires on an example written as in the docstring above."""
        text = _window(example, self.window)
        if self.prepare is not None:
            text = self.prepare(text)
        if self.predicate is not None:
            return bool(self.predicate(text))
        if self.mode == "match":
            return self.match(text) is not None
        return self.search(text) is not None


def _window(example: str, window: Window) -> str:
    if window == "text":
        return example
    before, bar, after = example.partition("|")
    if not bar:
        raise ValueError(f"example needs a '|' marking the candidate: {example!r}")
    return before if window == "before" else after


def rule(
    name: str,
    decides: str,
    pattern: str | None = None,
    **kwargs: Any,
) -> Rule:
    """Register and return a cue (see :class:`Rule`)."""
    return Rule(name, decides, pattern, **kwargs)


Outcome = Literal["reject", "accept"]


@dataclass(frozen=True)
class Decision:
    """A named conclusion a finder reaches about a candidate.

    ``outcome`` is "reject" (the candidate is not a pledge, and the name is
    returned as the reason) or "accept" (a pledge is made). Examples are short
    announcements in our own words: for a rejection, the extractor must give
    this reason for some candidate of ``kind`` in each example and must not in
    any counter-example; for an acceptance, each example must yield a pledge of
    ``kind`` whose ``extra["rule"]`` is this name.
    """

    name: str
    kind: str
    outcome: Outcome
    decides: str
    examples: tuple[str, ...] = ()
    counter: tuple[str, ...] = ()
    uses: tuple[str, ...] = field(default=())


def decision(
    name: str,
    kind: str,
    outcome: Outcome,
    decides: str,
    *,
    examples: tuple[str, ...] = (),
    counter: tuple[str, ...] = (),
    uses: tuple[str, ...] = (),
) -> str:
    """Register a decision and return its name (the reason string finders report)."""
    if name in DECISIONS:
        raise ValueError(f"decision {name} registered twice")
    DECISIONS[name] = Decision(name, kind, outcome, decides, examples, counter, uses)
    return name


@dataclass(frozen=True)
class Rejection:
    """A candidate a finder looked at and turned down, and why."""

    kind: str
    reason: str  # the name of a registered rejection Decision
    text: str  # the candidate as written (a sum, a name, a count)
    start: int  # offsets into ArticleText.text
    end: int


class Rejections:
    """Where finders report what they turned down; a no-op unless collecting."""

    __slots__ = ("items",)

    def __init__(self) -> None:
        self.items: list[Rejection] = []

    def add(self, kind: str, reason: str, text: str, start: int, end: int) -> None:
        self.items.append(Rejection(kind, reason, text, start, end))


class _Ignore(Rejections):
    __slots__ = ()

    def add(self, kind: str, reason: str, text: str, start: int, end: int) -> None:
        return None


IGNORE: Rejections = _Ignore()
