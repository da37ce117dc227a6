"""National news and environment releases: the classes of blind round 40 (docs/blind-rounds.md).

Each case is written in our own words: what a sum is for when the sentence names the spending
("Health spending will reach"), a share or a facility; the budget a sum was allocated in; whose
money it is (outside analysts, lenders, landowners pooling their own); staff moved rather than
hired; and reshuffle phrasings ("moves into cabinet as", "asked to serve as").
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, extract


def _kind(text: str, kind: str, publisher: str = "") -> list[dict[str, object]]:
    article = ArticleText("", text, date(2025, 9, 1), publisher=publisher)
    return [p.to_prediction() for p in extract(article) if p.kind == kind]


def _recipients(text: str, publisher: str = "") -> list[object]:
    return [f["recipient"] for f in _kind(text, "funding", publisher)]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Education spending will reach a record £61 billion next year, the minister said.", "Education"),
        (
            "Overall funding for the 12 health boards will rise to up to £9.8bn in 2026-27.",
            "12 health boards",
        ),
        ("Quebec's share of the funding, $640 million, will flow over four years.", "Quebec"),
        (
            "The plan builds on the $900 million rail freight loan facility announced in last year's Budget.",
            "rail freight loan facility",
        ),
        ("Defence will spend $2.2 billion over the next decade on coastal radar.", "coastal radar"),
        (
            "Ministers confirmed the £30 million already committed in last year's Programme for Government "
            "for river monitoring.",
            "river monitoring",
        ),
        (
            "The ministry will strengthen the Forest Guard (Skogvakt, SKV) with NOK 90 million over three "
            "years.",
            "Forest Guard",
        ),
        (
            "The ministry will allocate a further €14 million for 2025–2026 to the meadows programme.",
            "meadows programme",
        ),
        (
            "The auction is part of the overall heat subsidy pool of DKK 9 billion.",
            "overall heat subsidy pool",
        ),
    ],
)
def test_what_the_sum_is_for(text: str, recipient: str) -> None:
    assert _recipients(text) == [recipient]


def test_the_budget_a_sum_was_allocated_in_is_not_its_recipient() -> None:
    text = "The new wardens will be funded through the $120 million allocated in this year's Budget."
    assert _recipients(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Aoife Kerr, an economist at the Harbour Policy Institute, said about €700 million of the rise "
        "would go on pay.",
        "A group of private landowners has pooled R12 million to fence the reserve.",
        "Commercial banks and development finance institutions have expressed interest in lending up to "
        "R9 billion against future tariffs.",
        "The irrigation communities will contribute €20 million through the tariffs they pay.",
    ],
)
def test_money_that_is_not_the_government_s_own(text: str) -> None:
    assert _kind(text, "funding", "Ministry of Water") == []


def test_budget_estimates_tabled_by_the_government_are_its_own_pledge() -> None:
    text = (
        "According to budget estimates tabled in Parliament, the ministry will receive Sh4.1 billion for "
        "seeds."
    )
    assert [f["amount"] for f in _kind(text, "funding", "Ministry of Agriculture")] == [4.1e9]


def test_money_committed_last_year_and_left_unspent_is_an_existing_pledge() -> None:
    text = (
        "The Minister said €6 million committed last year for drones would be carried forward, after "
        "delays meant little of it was spent."
    )
    found = _kind(text, "funding", "Department of Justice")
    assert [(f["amount"], f["scope"]) for f in found] == [(6e6, "existing")]


@pytest.mark.parametrize(
    "text",
    [
        "About 80 existing staff from the Roads Agency are expected to move across to the new authority.",
        "Police figures show a small rise, with total numbers now at 9,120 sworn staff.",
        "The opposition said the government would miss its target by more than 300 officers.",
        "About 45 employees will move across from the Fisheries Agency in the spring.",
    ],
)
def test_staff_in_post_moved_or_short_of_a_target_are_not_headcount_pledges(text: str) -> None:
    assert _kind(text, "headcount") == []


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Senator Mara Quill moves from the outer ministry into cabinet as Minister for Water.",
            "Mara Quill",
            "Minister for Water",
        ),
        (
            "Ewan Doig has been asked to serve as interim permanent secretary at the department.",
            "Ewan Doig",
            "interim permanent secretary at the department",
        ),
    ],
)
def test_reshuffle_phrasings_appoint(text: str, person: str, role: str) -> None:
    assert {a["person"]: a["role"] for a in _kind(text, "appointment")} == {person: role}


def test_asking_to_join_is_still_a_hedge() -> None:
    assert _kind("Lena Voss has asked to join the board as chair.", "appointment") == []
