"""US state releases and Latin American and African reports: the classes of blind round 42.

Each case is written in our own words (docs/blind-rounds.md): currencies written the local way
(Peru's "S/", CFA and Rwandan francs, dinars), award lists that name each grantee before its sum,
the kind of money a sum comes as ("in federal Title IV-E matching funds"), money a veto strikes
out, and pay levels and bonuses per head.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, extract


def _kind(text: str, kind: str, publisher: str = "") -> list[dict[str, object]]:
    article = ArticleText("", text, date(2025, 9, 1), publisher=publisher)
    return [p.to_prediction() for p in extract(article) if p.kind == kind]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("In Lima, the Executive approved a transfer of S/ 640 million to regional governments.", "PEN"),
        ("In Dakar, the new agency will be endowed with 90 billion CFA francs over five years.", "XOF"),
        ("In Kigali, the ministry allocated 12 billion Rwandan francs to schools.", "RWF"),
        ("The Tunisian health ministry said a further 20 million dinars will go to hospitals.", "TND"),
        ("In Geneva, the canton will provide 15 million francs for flood defences.", "CHF"),
    ],
)
def test_currencies_written_the_local_way(text: str, currency: str) -> None:
    assert [f["currency"] for f in _kind(text, "funding")] == [currency]


def test_an_award_list_names_each_grantee_before_its_sum() -> None:
    text = (
        "The department awarded grants to the Pine Ridge Housing Authority in South Dakota, $3.1 million; "
        "the City of Yakima, Washington, $2.4 million; and the Coastal Maine Continuum of Care, "
        "$1.9 million."
    )
    found = {f["amount"]: f["recipient"] for f in _kind(text, "funding")}
    assert found == {
        3.1e6: "Pine Ridge Housing Authority",
        2.4e6: "City of Yakima",
        1.9e6: "Coastal Maine Continuum of Care",
    }


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The division will receive $2.2 million in federal Title IV-E matching funds.", "division"),
        (
            "The Prairie Trails Fund will be seeded with $3 million in state infrastructure money.",
            "Prairie Trails Fund",
        ),
    ],
)
def test_the_kind_of_money_is_not_its_recipient(text: str, recipient: str) -> None:
    assert [f["recipient"] for f in _kind(text, "funding")] == [recipient]


@pytest.mark.parametrize(
    "text",
    [
        "The governor used her line-item veto to strike a $14 million appropriation for an arena.",
        "The bill raises starting pay for corrections officers from $41,000 to $46,000 a year.",
        "It includes a $4,000 hiring bonus for each trooper who completes the academy.",
    ],
)
def test_vetoed_money_and_pay_per_head_are_not_pledges(text: str) -> None:
    assert _kind(text, "funding", "Office of the Governor") == []


def test_a_missile_strike_is_no_veto() -> None:
    text = "Defence receives $1.2 billion to buy long-range strike missiles within the $90 billion program."
    assert 1.2e9 in [f["amount"] for f in _kind(text, "funding", "Department of Defence")]


def test_a_local_police_department_named_in_full_receives_its_grant() -> None:
    text = "The Santa Rosa Police Department will receive $1.2 million to hire 10 officers."
    assert [f["recipient"] for f in _kind(text, "funding", "U.S. Department of Justice")] == [
        "Santa Rosa Police Department"
    ]


def test_a_judge_joining_a_court_is_appointed_and_one_elevated_last_fall_is_not() -> None:
    text = (
        "Lena Ortiz, a deputy public defender, will join the 4th Judicial District Court. She fills the "
        "seat left open when Judge Mark Dunn was elevated to the Court of Appeals last fall."
    )
    assert [a["person"] for a in _kind(text, "appointment")] == ["Lena Ortiz"]
