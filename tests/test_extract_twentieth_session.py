"""Classes of the twentieth session (docs/blind-rounds.md, round 90 onward), in our own words.

Before round 90, from the recipients still under the bar in the sets tuned on: an initialism inside
a name ("N.S.W. Health") ends no sentence; a comma after a common adjective lists modifiers; a
pronoun the money is for ("set aside for it", ", for which") stands for the sentence's subject or
the phrase before it; a date with its day between a giver's verb and the recipient; a pot's money
named by its owner ("in Crown funding") and a pot's acronym in brackets come before what the money
is for.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, PledgeMention, extract
from tracker.extract.sentences import split_sentences


def _pledges(text: str, kind: str) -> list[PledgeMention]:
    return [p for p in extract(ArticleText("", text, date(2025, 6, 2))) if p.kind == kind]


def _recipients(text: str) -> list[str | None]:
    return [p.recipient for p in _pledges(text, "funding")]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Funding for the P.E.I. Housing Corporation rises. Tenants welcome it.", 2),
        ("The N.S.W. Rural Fire Service will get new tankers.", 1),
        # an initialism followed by a word that opens sentences ends one
        ("She moved to Washington, D.C. The agency followed a year later.", 2),
        ("He studied in the U.K. They met there.", 2),
    ],
)
def test_an_initialism_inside_a_name_ends_no_sentence(text: str, sentences: int) -> None:
    assert len(split_sentences(text)) == sentences


def test_a_name_with_an_initialism_is_the_recipient() -> None:
    text = "The Province will provide $8 million to expand the P.E.I. Seniors Advice Line across the island."
    [recipient] = _recipients(text)
    assert recipient is not None and "Seniors Advice Line" in recipient


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A further £2.5 million will pay for free, confidential debt advice for tenants.", "debt advice"),
        ("The council will spend £4 million on new, low-cost bus routes to the hospital.", "bus routes"),
    ],
)
def test_a_comma_after_a_common_adjective_lists_modifiers(text: str, expected: str) -> None:
    [recipient] = _recipients(text)
    assert recipient is not None and expected in recipient


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Winter Fuel Top-Up will be paid from December, with £64 million set aside to fund it.",
            "Winter Fuel Top-Up",
        ),
        (
            "The Rural Broadband Voucher has been extended to 2027, with €18 million reserved for it.",
            "Rural Broadband Voucher",
        ),
        (
            "Ministers will introduce a one-off bonus for foster carers in March, for which $22 million "
            "has been provided.",
            "one-off bonus for foster carers",
        ),
        (
            "The new Veterans Ombudsman takes office in May, and the department is giving her a budget of "
            "$6 million over three years.",
            "Veterans Ombudsman",
        ),
    ],
)
def test_a_pronoun_the_money_is_for_stands_for_the_subject(text: str, expected: str) -> None:
    [recipient] = _recipients(text)
    assert recipient is not None and expected in recipient


def test_a_pronoun_with_the_giver_as_subject_names_no_recipient() -> None:
    text = "The Fire Levy Relief will continue. The Government has set aside £30 million for it."
    assert _recipients(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The grant adds to the $3 million the State committed on May 12 to the Lakeside Food Bank.",
            "Lakeside Food Bank",
        ),
        (
            "It follows the £7 million the council pledged on 4 February 2025 to the Marsh Lane Lido.",
            "Marsh Lane Lido",
        ),
    ],
)
def test_a_date_with_its_day_stands_between_giver_and_recipient(text: str, expected: str) -> None:
    [recipient] = _recipients(text)
    assert recipient is not None and expected in recipient


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ministers approved $31 million in Crown funding over three years to modernise the country's "
            "flood warning network.",
            "flood warning network",
        ),
        (
            "The Cabinet released ₹900 crore from the State Disaster Response Fund (SDRF) for the flooded "
            "districts of Assam.",
            "flooded districts of Assam",
        ),
    ],
)
def test_a_pots_owner_or_acronym_comes_before_what_the_money_is_for(text: str, expected: str) -> None:
    [recipient] = _recipients(text)
    assert recipient is not None and expected in recipient
