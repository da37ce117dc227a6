"""The word gates of the appointment relations let through every sentence the plain
computation finds something in."""

from __future__ import annotations

import itertools
from functools import cache
from re._constants import (  # type: ignore[import-not-found]
    BRANCH,
    CATEGORY,
    CATEGORY_SPACE,
    IN,
    LITERAL,
    MAX_REPEAT,
    MAXREPEAT,
    SUBPATTERN,
)
from re._parser import parse  # type: ignore[import-not-found]
from typing import Any

from tests.support.extraction import every_example_and_labelled_sentence
from tracker.extract import appointment_rules as rel
from tracker.extract.appointments import _any, _apposition_may_appoint, _may_appoint, _relations, _Unmask
from tracker.extract.people import mask, people_in
from tracker.extract.similarity import word_set

# Sentences written to reach each gated cue, in every form its words take.
_WRITTEN = (
    "Jo Bell has been re-appointed for a further term.",
    "Jo Bell, the chair, has been reconfirmed as chair.",
    "Jo Bell is the new chief executive.",
    "Jo Bell was re-elected until 2030 as chair.",
    "Jo Bell has been confirmed with immediate effect.",
    "Jo Bell, who had served, remains in post.",
    "Jo Bell – staying on as Minister of State",
    "Jo Bell will keep the post of chair.",
    "Jo Bell retains the role.",
    "The minister swore in Jo Bell as chair.",
    "The minister has re-appointed Jo Bell as chair.",
    "The new chair, Jo Bell, will take up the post in May.",
    "Its chair, Jo Bell, will be beginning work in May.",
    "Its chair, Jo Bell, has been appointed by the board.",
    "The board welcomed Jo Bell as its first chair.",
    "Jo Bell, acting up as chief executive, spoke.",
    "Jo Bell steps up as interim chair.",
    "Jo Bell, who steps in as chair, spoke.",
    "Jo Bell will take charge of the Harbour Authority.",
    "Jo Bell has been given additional charge as Mission Director.",
    "Jo Bell assumed command of the Border Force.",
    "The minister confirmed the appointment of Jo Bell as chair.",
    "Jo Bell's appointment as chair was welcomed.",
    "Ann Lee, whose appointment as chair was confirmed on Monday, spoke.",
    "The panel will be led on an interim basis by Jo Bell.",
    "The review will be co-chaired by Jo Bell and Sam Ives.",
)


@cache
def _sentences() -> tuple[str, ...]:
    """Every rule example and counter-example, the sentences above, and the sentences of
    every labelled document that mention a person."""
    texts = dict.fromkeys((*_WRITTEN, *every_example_and_labelled_sentence()))
    return tuple(t for t in texts if "|" not in t and people_in(t))


def _masked() -> list[tuple[str, str, frozenset[str]]]:
    return [(text, mask(text, people_in(text)), word_set(text)) for text in _sentences()]


def test_every_gated_relation_match_passes_its_gate() -> None:
    reached = {name: 0 for name in ("subject", "stays", "object", "reappointed", "apposition")}
    for text, masked, words in _masked():
        if rel.SUBJECT.pattern.search(masked):
            reached["subject"] += 1
            assert rel.may_be_subject(words), text
        if rel.STAYS.pattern.search(masked):
            reached["stays"] += 1
            assert not rel.STAYS_WORDS.isdisjoint(words), text
        if rel.OBJECT.pattern.search(masked):
            reached["object"] += 1
            assert not rel.OBJECT_WORDS.isdisjoint(words), text
        if rel.SUBJECT_REAPPOINTED.pattern.search(masked):
            reached["reappointed"] += 1
            assert rel.REAPPOINTED_TERM_TAIL.search(masked), text
        if rel.REAPPOINTED_TERM_TAIL.search(masked):
            assert _any(masked, rel.REAPPOINTED_TERM_NEEDLES), text
        for m in rel.APPOSITION.pattern.finditer(masked):
            after = masked[m.end() :]
            if (m.group("new") and not rel.SPEAKS.match(after)) or rel.TAKES_UP.search(after):
                reached["apposition"] += 1
                assert _apposition_may_appoint(masked, words), text
    assert all(reached.values()), reached  # each gate was tested on matches


def test_phrase_anchored_sentences_with_a_relation_pass_the_sentence_gate() -> None:
    """A sentence that holds "step", "charge", "command", "appointment" or "led" and a relation
    (or someone staying in post) is read: the word counts as an anchor where the phrase is written."""
    by_phrase = 0
    for text, masked, words in _masked():
        if rel.ANCHOR_PHRASE_WORDS.isdisjoint(words):
            continue
        unmask = _Unmask(text, people_in(text))
        if any(_relations(masked, unmask, words)) or rel.STAYS.pattern.search(masked):
            assert _may_appoint(text, words), text
            by_phrase += rel.ANCHOR_WORDS.isdisjoint(words)
    assert by_phrase  # sentences anchored by a phrase alone were tested


def _strings(parsed: Any) -> list[str]:
    """Every string a parsed finite pattern matches, a run of white space written as one space."""
    found = [""]
    for op, arg in parsed:
        if op is LITERAL:
            options = [chr(arg)]
        elif op is IN:
            options = [chr(a) if o is LITERAL else " " for o, a in arg]
            assert all(o is LITERAL or (o is CATEGORY and a is CATEGORY_SPACE) for o, a in arg)
        elif op is BRANCH:
            options = [text for branch in arg[1] for text in _strings(branch)]
        elif op is SUBPATTERN:
            options = _strings(arg[3])
        else:
            assert op is MAX_REPEAT, op
            low, high, body = arg
            high = max(low, 1) if high == MAXREPEAT else high
            inner = _strings(body)
            options = ["".join(p) for n in range(low, high + 1) for p in itertools.product(inner, repeat=n)]
        found = [f + o for f in found for o in options]
    return found


def test_object_words_hold_a_word_of_every_appointing_verb() -> None:
    written = _strings(parse(rel._APPOINT_VERBS))
    assert "re-appointed" in written and "swore in" in written
    for verb in written:
        assert not rel.OBJECT_WORDS.isdisjoint(word_set(verb)), verb


def test_subject_words_hold_a_word_of_every_participle() -> None:
    participles = "|".join(rel._PARTICIPLES)
    for verb in _strings(parse(rf"(?:re-?)?(?:{participles})")):
        assert rel.may_be_subject(word_set(verb)), verb


def test_takes_up_needles_are_in_every_takes_up_example() -> None:
    for example in rel.TAKES_UP.examples:
        assert _any(example, rel.TAKES_UP_NEEDLES), example
