"""Budget lines and council resolutions, and the classes of the eighteenth session's blind rounds
(docs/blind-rounds.md), in our own words.

From the error analysis of local-government papers: the pot a sum is drawn from ("from the
Strategic Investment Reserve", "from General Fund reserves", "from its own resources") is the
giver's, and what follows it, after a time if one is written, names what the money is for; a
resolution's line opens with its verb ("Appropriate $4.8 million ..."), which is no table label;
and a fiscal year ("for FY2027") is a time, not a name.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, extract


def _recipients(text: str) -> list[object]:
    article = ArticleText("", text, date(2026, 3, 2))
    return [p.recipient for p in extract(article) if p.kind == "funding"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The cabinet agreed to move £1.9 million from the Corporate Risk Reserve over three years to "
            "the Riverside Library refurbishment.",
            "Riverside Library refurbishment",
        ),
        (
            "Supervisors voted to transfer $2.2 million from General Fund reserves to the Probation "
            "Department for the coming year.",
            "Probation Department",
        ),
        (
            "The council will provide €640,000 from its own resources in 2026 and 2027 for a town-centre "
            "shopfront grant scheme.",
            "town-centre shopfront grant scheme",
        ),
        (
            "The authority is releasing £3.1 million from the Transformation Fund for a new digital "
            "contact centre.",
            "digital contact centre",
        ),
    ],
)
def test_the_pot_a_sum_is_drawn_from_is_not_its_recipient(text: str, recipient: str) -> None:
    assert recipient in str(_recipients(text)[0])


@pytest.mark.parametrize(
    "text",
    [
        "Appropriate $2.4 million for the operating costs of the new youth shelter.",
        "Allocate £800,000 to the Harbour Walk lighting scheme.",
    ],
)
def test_a_resolutions_opening_verb_is_no_label(text: str) -> None:
    recipients = _recipients(text)
    assert recipients and recipients[0] is not None
    first = str(recipients[0]).split()[0]
    assert first not in ("Appropriate", "Allocate", "Authorize", "for", "FY2027")


def test_a_resolutions_verb_before_a_pot_is_no_recipient() -> None:
    assert _recipients("Appropriate $4.8 million from General Fund contingencies.") == [None]


def test_a_fiscal_year_after_a_sum_is_no_name() -> None:
    recipient = _recipients("Authorize $1.1 million for FY2027 operating costs of the county archive.")[0]
    assert recipient is None or "FY2027" not in str(recipient)


def test_a_table_label_still_names_its_line() -> None:
    # a capitalised name before a sum, as an allocation table writes it, is still read
    assert _recipients("Kestrel Valley Trust: £2.4 million to restore the old mill.")[0] == (
        "Kestrel Valley Trust"
    )
