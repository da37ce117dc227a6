"""Topic classification: the fast matching gives what the plain case-blind patterns give."""

from __future__ import annotations

import random
import re
import sys

from tracker.domain import topics
from tracker.domain.topics import FOLDS_TO_ASCII, LEXICON, Topic, topic_weights


def _plain_weights(text: str) -> dict[Topic, int]:
    """The definition: each topic's case-blind pattern run over the text as it is."""
    hits = {topic: len(pattern.findall(text)) for topic, pattern in topics._patterns().items()}
    return {topic: count for topic, count in hits.items() if count}


def test_the_letters_that_fold_to_ascii_are_all_known() -> None:
    # _matching lower-cases text and matches exactly unless one of these is present.
    case_blind_letter = re.compile("(?i)[a-z]")
    folding = {
        chr(code)
        for code in range(0x80, sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF and case_blind_letter.fullmatch(chr(code))
    }
    two_char_lower = {
        chr(code)
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF and len(chr(code).lower()) != 1
    }
    assert folding | two_char_lower <= FOLDS_TO_ASCII


def test_lower_case_keeps_word_characters_word_characters() -> None:
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF or char in FOLDS_TO_ASCII:
            continue
        assert bool(word.fullmatch(char)) == bool(word.fullmatch(char.lower())), hex(code)


def test_cues_are_lower_case_words() -> None:
    for cues in LEXICON.values():
        for cue in cues:
            assert re.fullmatch(r"[a-z][a-z -]*\*?", cue), cue


def test_fast_weights_equal_the_plain_patterns_on_mixed_text() -> None:
    stems = [cue.rstrip("*") for cues in LEXICON.values() for cue in cues]
    extra = ["the", "Minister", "£5m", "a2b", "x_y", "_", "2", "-", " ", "ing", "s", "é"]
    extra += ["\u0130", "\u0131", "\u017fchool", "\u212a", "HOSPITAL", "Police-", "NHS"]
    rnd = random.Random(5)
    for _ in range(20_000):
        words = [rnd.choice(stems + extra) for _ in range(rnd.randint(1, 8))]
        words = [w.upper() if rnd.random() < 0.2 else w.title() if rnd.random() < 0.2 else w for w in words]
        text = rnd.choice([" ", "", "-"]).join(words)
        assert topic_weights(None, None, text) == _plain_weights(text), text
