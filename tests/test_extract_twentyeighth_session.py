"""Classes of the twenty-eighth session (docs/blind-rounds.md, round 158 onward), in our own words.

Recipients: a building named by its common noun right after the sum is what the money builds; a list
of awards whose lines open with another government's department gives the money to that department,
while a government's own department heading a budget line is the channel; a portfolio's line with its
item in brackets gives the money to the item; "in operating funding" is the kind of money, not what it
is for.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import pledges_of


def _recipients(text: str) -> list[str | None]:
    return [p.recipient for p in pledges_of(text, "funding")]


# --- a building after the sum --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Dunmere University is to open a £14.5 million marine science institute focused on "
            "offshore wind.",
            "marine science institute",
        ),
        (
            "Councillors backed a $26 million regional library on the site of the old bus depot.",
            "regional library",
        ),
    ],
)
def test_a_building_named_after_the_sum_is_the_recipient(text: str, recipient: str) -> None:
    assert _recipients(text) == [recipient]


def test_spending_a_sum_building_something_is_not_a_building_named() -> None:
    text = "The state government will spend $48 million building a new ferry terminal at Gullwing Bay."
    assert _recipients(text) != ["building"]


# --- lines of awards and lines of a budget --------------------------------------------------------


def test_a_line_opening_with_another_governments_department_names_the_grantee() -> None:
    text = (
        "Harbour crossing grants\n\n"
        "- Nevada Department of Transportation: $210 million toward replacing the Carson Flats bridge\n"
        "- Idaho Department of Transportation: $95 million for seismic work on two overpasses"
    )
    assert _recipients(text) == ["Nevada Department of Transportation", "Idaho Department of Transportation"]


def test_a_line_opening_with_the_governments_own_department_names_the_purpose() -> None:
    text = (
        "The Treasury has agreed these claims on the Reserve.\n\n"
        "Department for Culture, Media and Sport: £85 million for repairs to flood-damaged museums"
    )
    assert _recipients(text) == ["repairs to flood-damaged museums"]


def test_a_portfolio_line_names_its_item_in_brackets() -> None:
    text = (
        "Projects in the electorate:\n\n"
        "Transport: $12.5 million (Ridgeview Road duplication)\n"
        "Education: $4.1 million (Ashdale Primary classroom block)"
    )
    assert _recipients(text) == ["Ridgeview Road duplication", "Ashdale Primary classroom block"]


# --- the kind of money before its purpose ----------------------------------------------------------


def test_operating_funding_is_the_kind_of_money_not_its_purpose() -> None:
    text = (
        "The government has set aside $96 million in operating funding over three years to hire and "
        "train 180 additional paramedics."
    )
    (recipient,) = _recipients(text)
    assert recipient is not None and recipient.startswith("hire and train")


def test_a_countys_count_of_projects_in_brackets_is_no_item() -> None:
    text = (
        "Allocations by county:\n\nSligo: €2.3 million (eight projects)\nLaois: €1.2 million (five projects)"
    )
    assert _recipients(text) == ["Sligo", "Laois"]


# --- headcount: "These include:" -------------------------------------------------------------------


def test_lines_after_these_include_are_parts_of_the_headcount() -> None:
    text = (
        "The plan funds 1,400 additional posts in 2026. These include:\n\n"
        "- 500 nurses and midwives;\n"
        "- 180 consultants, mainly in emergency medicine;\n"
        "- 320 therapists and psychologists."
    )
    counts = sorted(p.count for p in pledges_of(text, "headcount") if p.count is not None)
    assert counts == [180, 320, 500, 1400]


# --- appointments: a member's seat before the name; a fronted list without a colon ---------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Mayo TD Aoife Ní Mháille has been appointed Minister of State for Rural Transport.",
            "Aoife Ní Mháille",
        ),
        ("Cardiff MS Rhodri Pugh was named Chief Whip on Tuesday.", "Rhodri Pugh"),
    ],
)
def test_a_members_seat_and_house_before_the_name_are_no_part_of_it(text: str, person: str) -> None:
    assert [p.person for p in pledges_of(text, "appointment")] == [person]


def test_a_fronted_list_of_members_without_a_colon_appoints_each() -> None:
    text = (
        "The minister named Ruth Adebayo as chair of the Coastal Funding Board. Joining the board as "
        "members are Dr Tomasi Vake, a retired hydrologist, and Ngaire Holt, a former harbourmaster."
    )
    assert {p.person for p in pledges_of(text, "appointment")} == {
        "Ruth Adebayo",
        "Tomasi Vake",
        "Ngaire Holt",
    }
