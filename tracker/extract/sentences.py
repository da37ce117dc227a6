"""Split plain text into sentences with character spans.

Announcements are paragraphs separated by blank lines; a sentence never
crosses a paragraph. Inside a paragraph a line break ends a sentence when the
next line is a list item ("- ", "* ", "• ", "1. ") or the line itself ends
with terminal punctuation or a colon, so each bullet is its own sentence while
hard-wrapped prose stays whole. Abbreviations common in UK/US/AU government text
("Mr.", "Dr.", "St.", "No.", "U.S.") and decimal amounts ("£1.2bn") do not end a
sentence.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from tracker.extract.regex import lazy


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


_PARAGRAPH = lazy(r"[^\n]+(?:\n(?!\s*\n)(?![ \t]*(?:[-*•–]|\d{1,2}[.)])\s)(?<![.!?:;\"”’]\n)[^\n]+)*")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) then
# whitespace and an upper-case letter, digit, quote or currency symbol.
_BOUNDARY = lazy(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9£$€])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st no nos prof sir rt hon gen col lt sgt insp supt det cllr rev "
    "jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept govt vs "
    "e.g i.e etc u.s u.k a.m p.m jr sr sen rep gov supt insp det sgt lt capt maj brig adm cdr hon".split()
)


# What an abbreviation is written with ("Mr", "U.S", "e.g"): the run of these before its full stop.
_ABBREVIATION_CHARACTERS = string.ascii_letters + "."


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with an abbreviation: a full stop after a run of
    letters and full stops that is a known abbreviation or one letter ("J. Smith").

    The run is what ``([A-Za-z.]+)\\.$`` searched in the last 40 characters finds (a word
    longer than that is no abbreviation): ``str.rstrip`` with those characters cuts it off
    in one call, where the engine tried the pattern at each of the 40 positions."""
    if text[end - 1] != ".":
        return False
    before = text[max(start, end - 40) : end - 1]
    word = before[len(before.rstrip(_ABBREVIATION_CHARACTERS)) :]
    if not word:
        return False
    return word.lower() in _ABBREVIATIONS or len(word) == 1


def _split_paragraph(text: str, offset: int) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if _ends_with_abbreviation(text, start, boundary.start() + 1):
            continue
        end = boundary.end()
        chunk = text[start:end].rstrip()
        if chunk:
            sentences.append(Sentence(chunk, offset + start, offset + start + len(chunk)))
        start = end
    tail = text[start:].rstrip()
    if tail:
        sentences.append(Sentence(tail, offset + start, offset + start + len(tail)))
    return sentences


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; ``text[s.start:s.end] == s.text`` for each."""
    sentences: list[Sentence] = []
    for paragraph in _PARAGRAPH.finditer(text):
        raw = paragraph.group(0)
        stripped = raw.lstrip()
        lead = len(raw) - len(stripped)
        sentences.extend(_split_paragraph(stripped, paragraph.start() + lead))
    return sentences
