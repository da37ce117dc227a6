"""The twenty-fifth speed session's shortcuts each answer as the plain reading they replace.

Each is compared with that reading on every rule example and counter-example, on every sentence
of every labelled document and on texts written for the purpose.
"""

from __future__ import annotations

import sys

from tests.support.extraction import every_example_and_labelled_sentence
from tracker.extract.similarity import _LOWERS_TO_A_TO_Z, ascii_words, words_of


def test_words_of_a_text_outside_ascii_are_those_of_its_lower_case() -> None:
    """words_of reads a text outside ASCII without lowering it first (unless it holds one of
    the two characters that lower to an a-z letter): the same words as the a-z runs of its
    lower case."""
    lowering_to_a_to_z = [
        chr(point)
        for point in range(0x80, sys.maxunicode + 1)
        if any(c.isascii() and c.isalpha() for c in chr(point).lower())
    ]
    assert sorted(lowering_to_a_to_z) == sorted(_LOWERS_TO_A_TO_Z)
    written = (
        "the council’s £40m fund – for 12 towns (phase-two)",
        "déjà vu: naïve café, \u212aELVIN \u017fkills, STRAẞE, İSTANBUL, ıstanbul",
        "ÀÉÎÕÜ words — CAPITALS outside ASCII",
        "\ud800 lone surrogate",
    )
    for text in (*written, *every_example_and_labelled_sentence()):
        assert words_of(text) == frozenset(ascii_words(text.lower())), text
