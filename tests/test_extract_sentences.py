"""The sentence splitter's shortcuts: the abbreviation look-behinds, the full-stop-only
boundary pattern and the cheap Sentence constructor say what the plain computations say."""

from __future__ import annotations

import re
from functools import cache

from tracker.extract import evaluation as ev
from tracker.extract.sentences import (
    _ABBREVIATIONS,
    _BOUNDARY,
    _FULL_STOP_BOUNDARY,
    Sentence,
    _sentence,
    split_sentences,
)

_EDGES = (
    "U.S. forces",
    "e.g. this",
    "J. Smith",
    "a.",
    ".",
    "Mr.",
    "MR. Smith",
    "No. 10",
    "x",
    "x.p.m. The",
    "5 p.m. The",
    "Library roof ..... $1.2 million",
    "He paused... Then",
    "0\n 0",
    "\u017ft. The",  # a long s is no ASCII letter: the run before the full stop is "t"
    "U.\u212a. The",  # nor is the Kelvin sign
    "Sept. The",
    "etc.. The",
    "(Mr.) Smith",
)


@cache
def _texts() -> tuple[str, ...]:
    texts = [*_EDGES]
    for labelled in ev.labelled_sets():
        for doc in labelled.documents()[:40]:
            texts.extend(s.text for s in split_sentences(doc["text"]))
    return tuple(dict.fromkeys(texts))


def _ends_with_abbreviation(text: str, end: int) -> bool:
    """The plain test (besides dot leaders): the run of letters and full stops before the full
    stop at ``end - 1`` (searched in the 40 characters before it) is a known abbreviation or one
    character."""
    if text[max(0, end - 3) : end] == "...":
        return True  # the last dot of a leader or an ellipsis ends no sentence either
    match = re.compile(r"([A-Za-z.]+)\.$").search(text, max(0, end - 40), end)
    return match is not None and (match.group(1).lower() in _ABBREVIATIONS or len(match.group(1)) == 1)


def test_abbreviation_look_behinds_are_the_plain_test() -> None:
    for text in _texts():
        for end in range(1, len(text) + 1):
            if text[end - 1] != ".":
                continue
            probe = f"{text[:end]} The"  # a boundary but for the abbreviation test
            expected = _ends_with_abbreviation(text, end)
            for pattern in (_BOUNDARY, _FULL_STOP_BOUNDARY):
                assert (pattern.compiled.match(probe, end - 1) is None) == expected, (text, end)


def test_full_stop_boundary_finds_what_the_boundary_finds_without_exclamations() -> None:
    for text in _texts():
        if "!" in text or "?" in text:
            continue
        found = [m.span(1) for m in _BOUNDARY.finditer(text)]
        assert [m.span(1) for m in _FULL_STOP_BOUNDARY.finditer(text)] == found, text


def test_cheap_sentence_is_a_sentence() -> None:
    made, plain = _sentence("It will.", 3, 11), Sentence("It will.", 3, 11)
    assert type(made) is Sentence
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert vars(made) == vars(plain)


def test_an_indented_line_cut_off_a_table_keeps_no_leading_space() -> None:
    text = "Roads ..... $4 million\n   Bridges ..... $2 million"
    assert [s.text for s in split_sentences(text)] == ["Roads ..... $4 million", "Bridges ..... $2 million"]
    assert [s.text for s in split_sentences("0\n 0")] == ["0", "0"]


def test_sentences_keep_their_spans() -> None:
    text = "Mr. Smith said so.  The U.S. will act!\n\n  - First item\n- Second. Third?"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Mr. Smith said so.",
        "The U.S. will act!",
        "- First item",
        "- Second.",
        "Third?",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_the_full_stop_of_rs_ends_no_sentence() -> None:
    text = "The Cabinet approved Rs. 18.5 billion for tanks. Work starts in May."
    assert [s.text for s in split_sentences(text)] == [
        "The Cabinet approved Rs. 18.5 billion for tanks.",
        "Work starts in May.",
    ]


def test_lines_of_a_table_are_sentences_of_their_own() -> None:
    text = (
        "Key allocations are:\n\n"
        "Health and care: £21.7 billion, including £1.1 billion for waiting lists\n"
        "Housing Supply Programme: £768 million, up from £556 million spent in 2024-25\n"
        "Harbour Police: £1.62 billion\n\n"
        "The minister said the money would\nHelp every region and\nthe islands."
    )
    found = [s.text for s in split_sentences(text)]
    assert "Harbour Police: £1.62 billion" in found
    assert "Housing Supply Programme: £768 million, up from £556 million spent in 2024-25" in found
    assert "The minister said the money would\nHelp every region and\nthe islands." in found
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
