"""Some of feedparser's inner steps made cheaper, with exactly the same results.

Installed when ``feedread`` is imported, which only the parser process does (and
tests). Each replacement is checked against what it replaces in
tests/test_parse.py, and each one is skipped if feedparser ever changes the thing
it replaces, so an upgrade costs speed, never correctness. Sanitizing and every
other step stay feedparser's own.
"""

from __future__ import annotations

import copy
import inspect
import textwrap
from collections.abc import Callable
from typing import Any

import feedparser
from feedparser.util import FeedParserDict

# Code points the translate table below covers: the Basic Multilingual Plane.
BMP = 0x10000


def fast_cp1252_table(table: dict[int, str]) -> list[int | str]:
    """``table`` as a list answering every BMP code point (itself, unless ``table`` maps it)."""
    fast: list[int | str] = list(range(BMP))
    for code, replacement in table.items():
        fast[code] = replacement
    return fast


def _install_cp1252_table() -> None:
    """feedparser maps C1 controls (U+0080-U+009F, Windows-1252 bytes misread as
    Latin-1) to what they meant with ``text.translate(table)`` on every text it
    returns. Its table is a 27-key dict: for non-ASCII text CPython looks up each
    character and raises and clears a KeyError for every miss, a third of
    feedparser's time on feeds of 300-word entries with a £ in each. A list that
    answers every BMP code point gives the same text (a code point beyond it is an
    IndexError, a LookupError: kept as it is, as before) in half the time. Only
    the binding in ``feedparser.mixin`` is replaced."""
    mixin = getattr(feedparser, "mixin", None)
    table = getattr(mixin, "_cp1252", None)
    if not isinstance(table, dict) or not all(isinstance(code, int) and code < BMP for code in table):
        return
    mixin._cp1252 = fast_cp1252_table(table)  # type: ignore[union-attr]


# The C1 controls, U+0080-U+009F: the only code points feedparser's cp1252 table maps.
_C1_BYTES = bytes(range(0x80, 0xA0))


def holds_c1(text: str) -> bool:
    """Whether ``text`` holds a C1 control. Its Latin-1 bytes (everything above U+00FF
    dropped) lose length when the C1 bytes are deleted: two C loops over bytes, 1-3 us on
    a 2 KB text where ``str.translate`` takes 60-80 us (a table lookup per character)."""
    latin = text.encode("latin-1", "ignore")
    return len(latin.translate(None, _C1_BYTES)) != len(latin)


def cp1252_mapped(text: str, table: Any) -> str:
    """``text.translate(table)`` for a table that maps only C1 controls: text without
    any is returned as it is, which is what the translation would give."""
    return text.translate(table) if holds_c1(text) else text


def deepcopy_feedparser_dict(self: FeedParserDict, memo: dict[int, Any]) -> Any:
    """What ``copy.deepcopy`` does to a FeedParserDict, step for step, without its generic
    detour through ``__reduce_ex__`` and ``copy._reconstruct``: a new object of the
    same class, registered in ``memo``; a deep copy of its attributes, if any; then each
    item deep-copied and set through the class's own ``__setitem__`` (key aliases apply,
    as they did)."""
    cls: Any = type(self)
    new = cls.__new__(cls)
    memo[id(self)] = new
    if self.__dict__:
        new.__dict__.update(copy.deepcopy(self.__dict__, memo))
    for key, value in self.items():
        new[copy.deepcopy(key, memo)] = copy.deepcopy(value, memo)
    return new


def _install_deepcopy() -> None:
    """feedparser deep-copies an element's content parameters (a small FeedParserDict)
    for every title and summary it keeps: 20 us each through ``copy``'s generic path,
    half that through :func:`deepcopy_feedparser_dict`."""
    if "__deepcopy__" in vars(FeedParserDict) or "__reduce_ex__" in vars(FeedParserDict):
        return
    FeedParserDict.__deepcopy__ = deepcopy_feedparser_dict


def markup_free(text: str) -> bool:
    """Whether ``text`` holds neither "<" nor "&", the only characters feedparser's
    HTML processors act on (``sgmllib.interesting``): the rest passes through them
    as data, verbatim."""
    return "<" not in text and "&" not in text


def sanitized_plain_text(text: str) -> str:
    """What ``feedparser.sanitizer._sanitize_html`` returns for markup-free text: the
    text (no tag to drop, no entity to rewrite), stripped, with CRLF as LF."""
    return text.strip().replace("\r\n", "\n")


def _skipping_markup_free(process: Callable[..., str], plain: Callable[[str], str]) -> Callable[..., str]:
    def process_markup_only(html_source: str, *args: Any) -> str:
        return plain(html_source) if markup_free(html_source) else process(html_source, *args)

    process_markup_only.__wrapped__ = process  # type: ignore[attr-defined]
    return process_markup_only


def _install_plain_text_shortcuts() -> None:
    """feedparser runs each text that may hold HTML (a summary, a content) through two
    SGML parses, one resolving relative links and one sanitizing, about a quarter of
    its time on a feed whose entries are plain prose. Text with no "<" and no "&" has
    nothing either would change, so it skips them (the sanitizer's own strip and
    newline clean-up kept). Only the bindings in ``feedparser.mixin`` are replaced,
    and only while feedparser's SGML parser treats just "<" and "&" specially."""
    from feedparser import sanitizer, urls
    from feedparser.sgml import sgmllib

    mixin = getattr(feedparser, "mixin", None)
    interesting = getattr(sgmllib, "interesting", None)
    if mixin is None or getattr(interesting, "pattern", None) != "[&<]":
        return
    if mixin._sanitize_html is sanitizer._sanitize_html:
        mixin._sanitize_html = _skipping_markup_free(sanitizer._sanitize_html, sanitized_plain_text)
    if mixin.resolve_relative_uris is urls.resolve_relative_uris:
        mixin.resolve_relative_uris = _skipping_markup_free(urls.resolve_relative_uris, str)


# The one line of ``_FeedParserMixin.pop`` that :func:`_install_c1_guard` replaces.
POP_TRANSLATE = "output = output.translate(_cp1252)"
POP_GUARDED = "output = _tracker_cp1252_mapped(output, _cp1252)"


def guarded_pop_source(source: str) -> str | None:
    """``pop``'s source with its translation guarded, or None if the line is not there once."""
    if source.count(POP_TRANSLATE) != 1:
        return None
    return source.replace(POP_TRANSLATE, POP_GUARDED)


def _install_c1_guard() -> None:
    """feedparser maps C1 controls in every text it returns (``pop``), a third of its time
    on feeds of 300-word entries with a £ in each: ``str.translate`` falls back to a table
    lookup per character as soon as a text is not ASCII. Texts without a C1 control, nearly
    all of them, come out of that translation unchanged, so ``pop`` is recompiled from its
    own source with that one line asking :func:`cp1252_mapped` instead; the function keeps
    feedparser's module as its globals (later rebindings there still apply) and its line
    numbers. Nothing is installed if the source cannot be read or the line is not found."""
    mixin = getattr(feedparser, "mixin", None)
    pop = getattr(getattr(mixin, "_FeedParserMixin", None), "pop", None)
    if mixin is None or pop is None or hasattr(pop, "__wrapped__"):
        return
    try:
        lines, first = inspect.getsourcelines(pop)
        filename = inspect.getsourcefile(pop) or "<feedparser pop>"
    except (OSError, TypeError):
        return
    guarded = guarded_pop_source(textwrap.dedent("".join(lines)))
    if guarded is None or pop.__code__.co_freevars:
        return
    code = compile("\n" * (first - 1) + guarded, filename, "exec")
    defined: dict[str, Any] = {}
    mixin._tracker_cp1252_mapped = cp1252_mapped
    exec(code, vars(mixin), defined)  # feedparser's own source, one line changed
    new_pop = defined["pop"]
    new_pop.__wrapped__ = pop
    new_pop.__qualname__ = pop.__qualname__
    mixin._FeedParserMixin.pop = new_pop


def install() -> None:
    """Install every shortcut (idempotent)."""
    _install_cp1252_table()
    _install_c1_guard()
    _install_deepcopy()
    _install_plain_text_shortcuts()
