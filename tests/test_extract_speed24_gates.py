"""The word gates of the twenty-fourth speed session each skip only scans that cannot match.

Each gate is compared with the scan it guards: on every rule example and counter-example, on
sentences written for the purpose and on every sentence of every labelled document, every
match of the guarded pattern passes its gate, and the gated function answers as the plain scan.
"""

from __future__ import annotations

from functools import cache

from tests.support.extraction import every_example_and_labelled_sentence
from tracker.extract import appointment_rules as rel
from tracker.extract import funding_rules as rules
from tracker.extract.funding_context import SumContext
from tracker.extract.regex import folds_oddly, lazy
from tracker.extract.similarity import word_set

_WRITTEN = (
    "Jo Bell will be beginning work in May.",
    "Jo Bell has been made chair.",
    "Jo Bell was re-elected in May.",
    "The review will be co-chaired by Jo Bell.",
    "Jo Bell is to co-chair the review.",
    "Jo Bell, the nominees and the designee spoke.",
    "Jo Bell will start work as chair.",
    "Its chair will be Jo Bell.",
    "JO BELL WAS APPOINTED CHAIR.",
    "Jo Bell was ſworn in as chair.",
    "Jo Bell was tapped to lead it.",
    "The other founding trustees are Jo Bell and Sam Ives.",
    "The remaining £2m would come from developer contributions.",
    "£4m will instead come from private investment.",
    "£4m, which would come from business donations, was welcomed.",
)


@cache
def _texts() -> tuple[str, ...]:
    return tuple(dict.fromkeys((*_WRITTEN, *every_example_and_labelled_sentence())))


_VERB, _TITLE_AFTER, _TITLE_FIRST = rel._ANCHOR_PARTS


def test_every_anchor_match_passes_its_word_gate() -> None:
    reached = {"verb": 0, "title_after": 0, "title_first": 0}
    for text in _texts():
        words = word_set(text)
        assert rel.anchored(text, words) == rel.anchored(text), text
        if folds_oddly(text):
            continue  # (never gated)
        if _VERB.search(text):
            reached["verb"] += 1
            assert rel._may_hold_verb(words), text
        if _TITLE_AFTER.search(text):
            reached["title_after"] += 1
            assert not rel._TITLE_AFTER_WORDS.isdisjoint(words), text
        if _TITLE_FIRST.search(text):
            reached["title_first"] += 1
            assert "be" in words and not rel._WILL_WORDS.isdisjoint(words), text
    assert all(n > 20 for n in reached.values()), reached


def test_anchor_verb_gate_turns_sentences_away() -> None:
    assert not rel._may_hold_verb(word_set("The council will spend £4m on new roads and parks."))
    assert rel._may_hold_verb(word_set("Jo Bell will be beginning work in May."))
    assert rel._may_hold_verb(word_set("Jo Bell has been made chair."))


_COMES_FROM = lazy(rules._COMES_FROM_PRIVATE, rules._I)


def test_others_after_gated_alternative_holds_its_word() -> None:
    """Every window after any point of a sentence that speaks of coming: where the alternative cut
    out matches, the sentence holds "come"; others_after answers as OTHERS_AFTER does."""
    reached = 0
    for text in _texts():
        if "come" not in text.lower() and not folds_oddly(text):
            continue
        words = word_set(text)
        for at in range(len(text)):
            after = text[at:]
            if _COMES_FROM.match(after):
                reached += 1
                assert folds_oddly(text) or "come" in words, text
            gate = None if folds_oddly(text) else words
            assert rules.others_after(after, gate) == bool(rules.OTHERS_AFTER.pattern.match(after)), after
    assert reached >= 3


def test_near_before_reads_clause_breaks_as_before() -> None:
    for text in _texts():
        for before in (text[-60:], text[:60]):
            breaks = list(rules.CLAUSE_BREAK.finditer(before))
            expected = before[breaks[-1].end() :] if breaks else before
            assert SumContext(before, "", text).near_before == expected, before
