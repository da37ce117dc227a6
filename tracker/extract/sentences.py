"""Split plain text into sentences with character spans.

Announcements are paragraphs separated by blank lines; a sentence never
crosses a paragraph. Inside a paragraph a line break ends a sentence when the
next line is a list item ("- ", "* ", "• ", "1. ") or the line itself ends
with terminal punctuation or a colon, or where a line of a table of allocations
("Police Scotland: £1.62 billion") meets a line that starts with a capital, so each
bullet and table line is its own sentence while hard-wrapped prose stays whole.
Abbreviations common in UK/US/AU government text ("Mr.", "Dr.", "St.", "No.",
"U.S.") and decimal amounts ("£1.2bn") do not end a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import overload

from tracker.extract import lexicon as lex
from tracker.extract.regex import LazyPattern, lazy
from tracker.extract.similarity import word_set


class _Words:
    """A sentence's lower-case words (:func:`word_set`), read once for every finder's gates: kept
    in the instance's dictionary at first use, which is then read before this descriptor (not
    ``functools.cached_property``, whose lock costs more than the words)."""

    @overload
    def __get__(self, sentence: None, owner: type | None = None) -> _Words: ...
    @overload
    def __get__(self, sentence: Sentence, owner: type | None = None) -> frozenset[str]: ...
    def __get__(self, sentence: Sentence | None, owner: type | None = None) -> _Words | frozenset[str]:
        if sentence is None:
            return self
        words = sentence.__dict__["words"] = word_set(sentence.text)
        return words


# A quoted question and who asked it: '"What happened to the $35 million?" asked the secretary general.'
_ASKED_AFTER = lazy(r"\?[\"”’']\s*,?\s*(?:asked|said|wondered|demanded)\b")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int

    words = _Words()  # (not a field: no annotation)

    @property
    def is_question(self) -> bool:
        """A question ("Is the minister aware that the ministry promised 6,000 workers?") asks; it
        commits to nothing, whoever asks it (no labelled pledge in any set is stated in one)."""
        text = self.text.rstrip().rstrip("\"”’'")
        return text.endswith("?") or ("?" in text and _ASKED_AFTER.search(text) is not None)


# A paragraph's lines join (hard-wrapped text) unless a line ends with a stop, the next opens with a
# bullet or a number, or the next is a label line ("Mysuru division: Rs 140 crore", a fact sheet's
# breakdown written one item a line, or its part, "of which: police grant: £31.2 billion").
_PARAGRAPH = lazy(
    r"[^\n]+(?:\n(?!\s*\n)(?![ \t]*(?:[-*•–]|\d{1,2}[.)])\s)(?<![.!?:;\"”’]\n)"
    r"(?![ \t]*[A-Z][\w'’()&/.-]*(?:[ \t]+[\w'’()&/.-]+){0,6}:[ \t])"
    # (nor a breakdown's part line: "  of which: police grant to forces: £31.2 billion")
    r"(?![ \t]*(?:of[ \t]+which|including|incl\.)[ \t]*:)[^\n]+)*"
)
# Titles written with a full stop ("Dr.", "Engr.") come from the lexicon; the rest are abbreviations
# of other words that a full stop ends. (Initialisms such as "U.S." are read apart: see
# _INITIALISM_INSIDE.)
_ABBREVIATIONS = (
    frozenset(
        "mr mrs ms dr st no nos prof sir rt hon gen col lt sgt insp supt det cllr rev "
        "jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept govt vs "
        "e.g i.e etc a.m p.m jr sr sen rep gov supt insp det sgt lt capt maj brig adm cdr hon rs "
        # Indian services written with full stops ("R. Senthilnathan, I.A.S. (Retd.)")
        "i.a.s i.p.s i.f.s "
        # the degrees of German-speaking titles: "Dr. med. Lukas Imhof", "Dr. rer. nat."
        "med rer nat phil jur habil "
        # approximations written short before a figure: "(approx. €1.7 billion)", "ca. 40 staff"
        "approx appr ca est "
        # a retired officer's mark: "Brigadier General (Ret.) Bassam Al Maaytah"
        "ret retd".split()
    )
    | {title.lower() for title in lex.TITLE_ABBREVIATIONS}
    | {w.lower() for w in lex.GIVEN_NAME_ABBREVIATIONS}
)


def _either_case(word: str) -> str:
    """``word`` in any mix of cases, spelt out ("[Mm][Rr]"): IGNORECASE would also take
    "ſ" for "s" and the Kelvin sign for "k", which are no ASCII letters."""
    return "".join(f"[{c.upper()}{c}]" if c.isalpha() else re.escape(c) for c in word)


def _after_abbreviation() -> str:
    """Look-behinds, one per length, that hold at a full stop ending an abbreviation: a
    known abbreviation or one character ("J. Smith") as the whole run of letters and full
    stops before it ("Mr.", "U.S.", not "x.p.m."). One run never crosses the whitespace
    that starts a sentence, so the run ends the sentence's own last word."""
    by_length: dict[int, list[str]] = {1: ["[A-Za-z.]"]}
    for word in sorted(_ABBREVIATIONS):
        by_length.setdefault(len(word), []).append(_either_case(word))
    # (and the number of a list's item at a line's start: "1. Dr. Funmilayo Adeyemi")
    numbered = r"(?<!\n\d\.)(?<!\n\d\d\.)"
    return (
        numbered
        + "".join(rf"(?<!(?<![A-Za-z.])(?:{'|'.join(words)})\.)" for _, words in sorted(by_length.items()))
        + _INITIALISM_INSIDE
    )


# An initialism of two to four capitals ("B.C.", "N.S.W.") ends a sentence only when a word that
# opens sentences follows it (see lexicon.SENTENCE_OPENERS); otherwise it stands inside a name.
_OPENER = lex.alternation(lex.SENTENCE_OPENERS)
_CAPITAL_DOT = r"[A-Z]\."
_INITIALISM_INSIDE = "".join(
    rf"(?!(?<=(?<![A-Za-z.]){_CAPITAL_DOT * letters})\s+(?!{_OPENER}\b))" for letters in (2, 3, 4)
)


# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) then
# whitespace and an upper-case letter, digit, quote or currency symbol; a full
# stop after an abbreviation does not end one. Group 1 is the end of the sentence.
# The look-ahead comes first: it turns down most full stops ("£1.2bn", "gov.uk")
# before the abbreviation look-behinds are tried.
_CLOSING = r"[\"'”’)\]]*"
_NEXT = r"[\"'“‘(\[]?[A-Z0-9£$€]"
# What follows the terminal character inside group 1: a boundary ahead, no abbreviation behind.
# (nor does the last dot of a leader or an ellipsis: "Body-worn cameras ..... $11.3 million")
_ENDS = rf"(?={_CLOSING}\s+{_NEXT})(?<!\.\.\.){_after_abbreviation()}{_CLOSING}"
_BOUNDARY = lazy(rf"([.!?]{_ENDS})\s+(?={_NEXT})")
# The same where a paragraph holds no "!" or "?": a pattern that starts with one literal
# character lets the engine's search skip to it in a tight loop, where it tests each
# character against a class otherwise (most of the cost of a scan).
_FULL_STOP_BOUNDARY = lazy(rf"(\.{_ENDS})\s+(?={_NEXT})")

_new = object.__new__


def _sentence(text: str, start: int, end: int) -> Sentence:
    """``Sentence(text, start, end)`` at half the cost: a frozen dataclass's ``__init__``
    sets each field through ``object.__setattr__``; this fills the instance's
    dictionary directly (the same object: equal, same hash and repr)."""
    sentence = _new(Sentence)
    fields = sentence.__dict__
    fields["text"] = text
    fields["start"] = start
    fields["end"] = end
    return sentence


def _split_paragraph(
    text: str, start: int, end: int, boundaries: LazyPattern, sentences: list[Sentence]
) -> None:
    """Append the sentences of ``text[start:end]`` (a paragraph without leading space)."""
    for boundary in boundaries.finditer(text, start, end):
        stop = boundary.end(1)
        sentences.append(_sentence(text[start:stop], start, stop))
        start = boundary.end()
    tail = text[start:end].rstrip()
    if tail:
        sentences.append(_sentence(tail, start, start + len(tail)))


# A line of a table of allocations or posts, written without bullets or full stops ("Police
# Scotland: £1.62 billion, including ...", "Missouri DOT – $148,000,000 to ...", "Finance: Tarek
# Mansour"): its item, a colon or a dash, then a sum, a figure or a person. Such lines are
# sentences of their own, not hard-wrapped prose.
_TABLE_LINE = lazy(
    r"[ \t]*[A-Z][^\n:–—.!?]{0,100}?(?::|\s[–—|-])[ \t]*(?:[£$€₹₱₦]|[A-Z]{1,3}\$|\d"
    # or a person: "Finance: Tarek Mansour, previously deputy governor"
    r"|(?:[A-Z][a-z]{0,6}\.\s+)?[A-Z][a-z'’-]+\s+[A-Z][a-z])"
)


# A line of a table written with a dot leader between the item and its figure
# ("Body-worn camera replacement ..... $11.3 million", "Court upgrades … up to $9m").
_LEADER_LINE = lazy(
    r"[^\n]*?(?:\.{3,}|…|(?:[ \t]\.){3,})[ \t]*(?:(?:up\s+to|about|around|approximately)\s+)?"
    # (a symbol, letters before a figure as "GH¢1,900,000" or "KSh 40m", or a figure)
    r"(?:[£$€₹₱₦¢₵]|[A-Z][A-Za-z]{0,3}[$¢₵]?[ \t]?\d|\d)"
)
# A row of a table written with pipes: "Leeds South Bank extension | Leeds City Council | £14.2m",
# also opened by one as Markdown writes it ("| Education | School roof | 1,250,000 |").
_PIPE_ROW = lazy(r"[ \t]*\|?[^\n|]+\|[^\n]*\|")
# A line that opens with a figure ("1,100 nurses and midwives", "$38 million to hire ..."): two
# such lines one after the other are items of a list, not prose wrapped before a figure.
_FIGURE_FIRST = lazy(r"[ \t]*(?:[£$€₹₱₦]|[A-Z]{1,3}\$|\d)")


def _lines_apart(text: str, start: int, end: int, listed: bool = False) -> list[tuple[int, int]]:
    """``text[start:end]`` (a paragraph) cut where a line of a table meets a line that starts
    with a capital, and between two lines that open with a figure: each piece is split into
    sentences on its own."""
    pieces = []
    line = start
    while (newline := text.find("\n", line, end)) != -1:
        following = newline + 1
        if (
            (listed and not text[following : following + 1].islower())
            or (
                text[following : following + 1].isupper()
                and (_TABLE_LINE.match(text, line, newline) or _TABLE_LINE.match(text, following, end))
            )
            or (_FIGURE_FIRST.match(text, line, newline) and _FIGURE_FIRST.match(text, following, end))
            or (_PIPE_ROW.match(text, line, newline) and _PIPE_ROW.match(text, following, end))
            or (
                not text[following : following + 1].islower()
                and (_LEADER_LINE.match(text, line, newline) or _LEADER_LINE.match(text, following, end))
            )
        ):
            pieces.append((start, newline))
            start = following
        line = following
    pieces.append((start, end))
    return pieces


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; ``text[s.start:s.end] == s.text`` for each."""
    sentences: list[Sentence] = []
    for paragraph in _PARAGRAPH.finditer(text):
        raw = paragraph.group(0)
        end = paragraph.end()
        boundaries = _BOUNDARY if "!" in raw or "?" in raw else _FULL_STOP_BOUNDARY
        start = end - len(raw.lstrip())
        if "\n" not in raw:
            _split_paragraph(text, start, end, boundaries, sentences)
            continue
        # a block right after a line that ends with a colon is a list: each line is an entry
        listed = text[:start].rstrip().endswith(":")
        for piece_start, piece_end in _lines_apart(text, start, end, listed):
            # (a line cut off may open with the spaces of an indented table)
            while piece_start < piece_end and text[piece_start].isspace():
                piece_start += 1
            if piece_start < piece_end:
                _split_paragraph(text, piece_start, piece_end, boundaries, sentences)
    return sentences


def _ends_inside_quote(text: str) -> bool | None:
    """Whether ``text`` leaves a quotation open at its end (None when it holds no quotation mark).
    A straight mark opens where a word starts after it and closes where one ends before it."""
    last = max(text.rfind("“"), text.rfind("”"), text.rfind('"'))
    if last < 0:
        return None
    mark = text[last]
    if mark != '"':
        return mark == "“"
    return last == 0 or text[last - 1] in " \t\n(—–-:"


def quote_opener(sentences: list[Sentence], index: int, reach: int = 3) -> Sentence | None:
    """The sentence that opened the quotation ``sentences[index]`` goes on in, if any: in 'The
    shadow secretary said: "This is the fifth minister in three years. We would hire 13,000
    officers."', the second sentence speaks in the voice the first attributes. Looks back over at
    most ``reach`` sentences; a sentence that opens a quotation of its own has none."""
    if sentences[index].text[:1] in ('"', "“"):
        return None
    for before in range(index - 1, max(-1, index - 1 - reach), -1):
        inside = _ends_inside_quote(sentences[before].text)
        if inside is not None:
            return sentences[before] if inside else None
    return None


def attribution(opener: Sentence) -> str:
    """The words of ``opener`` before the quotation it leaves open (who is speaking)."""
    text = opener.text
    at = max(text.rfind("“"), text.rfind('"'))
    return text[:at] if at >= 0 else ""
