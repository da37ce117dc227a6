"""US state governments and government factsheets: the classes of blind round 52
(docs/blind-rounds.md), in our own words.

A governor's list of appointments, each line a body, a colon and its appointees ("of" their home
town, an aside, the post last); a list after "the Minister has appointed:"; judicial appointments
written "Name – Court"; a pair appointed with an aside each; a task force "commanded by" someone;
the predecessor a new holder succeeds; a body's description that is not another body's name;
people paid a bonus; a sum struck out or demanded; the first rise since a year; a budget bill; and
recipients after "a total allocation of" and after two years.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, explain, extract


def _article(text: str) -> ArticleText:
    return ArticleText("", text, date(2026, 3, 2))


def _pledges(text: str, kind: str) -> list[dict[str, object]]:
    return [p.to_prediction() for p in extract(_article(text)) if p.kind == kind]


def test_a_governors_list_of_bodies_with_their_appointees() -> None:
    text = (
        "The Governor announced the following appointments:\n\n"
        "Coastal Freight Council: Dana Whitcombe of Gloucester, a retired harbour pilot, as chair; and"
        " Luis Amaral of Lowell, dean of a community college, as vice chair.\n\n"
        "Board of Library Commissioners: Priya Nandakumar of Amherst, a former school librarian, appointed"
        " for a term expiring June 30, 2030."
    )
    found = {p["person"]: p for p in _pledges(text, "appointment")}
    assert set(found) == {"Dana Whitcombe", "Luis Amaral", "Priya Nandakumar"}
    assert found["Dana Whitcombe"]["role"] == "chair"
    assert found["Luis Amaral"]["organisation"] == "Coastal Freight Council"
    assert found["Priya Nandakumar"]["organisation"] == "Board of Library Commissioners"


def test_a_bulleted_list_after_the_minister_has_appointed() -> None:
    text = (
        "Following an open competition, the Minister has appointed:\n"
        "- Dr Maeve Corrigan (Chairperson), former head of a research charity\n"
        "- Fergal Nolan, former Assistant Secretary at the Department of Finance, Policy and Reform\n"
        "- Siobhán Tierney, Director of Nursing at a regional hospital"
    )
    people = {p["person"] for p in _pledges(text, "appointment")}
    assert people == {"Maeve Corrigan", "Fergal Nolan", "Siobhán Tierney"}


def test_judicial_appointments_written_name_dash_court() -> None:
    text = (
        "Governor Pryor today announced the appointment of two judges.\n\n"
        "Marlene Ostrowski Hale – Court of Appeals, Western Section\n\n"
        "Hale fills the vacancy left by a retirement.\n\n"
        "Desmond Carver Ruiz – 14th Judicial District Circuit Court\n\n"
        "Ruiz has practised law in Lebanon for 20 years."
    )
    found = {p["person"]: p for p in _pledges(text, "appointment")}
    assert set(found) == {"Marlene Ostrowski Hale", "Desmond Carver Ruiz"}
    assert found["Desmond Carver Ruiz"]["role"] == "judge of the 14th Judicial District Circuit Court"


def test_a_pair_appointed_each_with_a_home_town_and_an_aside() -> None:
    text = (
        "The Governor appointed Tomasa Lucero of Socorro, a rancher and irrigation district board member,"
        " and Kee Benally of Shiprock, an engineer who runs tribal water projects, as the board's co-chairs."
    )
    found = {p["person"]: p for p in _pledges(text, "appointment")}
    assert set(found) == {"Tomasa Lucero", "Kee Benally"}
    assert found["Kee Benally"]["role"] == "board's co-chair"


def test_a_task_force_commanded_by_an_officer() -> None:
    text = "The task force will be commanded by Col. Ignacio Varela, a 20-year veteran of the Guard."
    assert [p["person"] for p in _pledges(text, "appointment")] == ["Ignacio Varela"]


def test_the_predecessor_who_moved_earlier_is_not_appointed() -> None:
    text = "Judge Amos Grady will succeed Judge Lorna Pettit, who was elected to the Supreme Court in May."
    explanation = explain(_article(text))
    assert [p.person for p in explanation.pledges if p.kind == "appointment"] == []
    assert "appointment.predecessor" in explanation.reasons("appointment")


def test_a_predecessor_moving_to_a_new_post_here_is_appointed() -> None:
    text = "Ann Roe succeeds Tom Hale, who is leaving to become Chairman of the Ports Commission."
    assert "Tom Hale" in {p["person"] for p in _pledges(text, "appointment")}


def test_a_former_job_in_an_aside_does_not_make_a_post_private() -> None:
    text = (
        "Chua Wei Ming, former managing director of a private equity firm, has been appointed chairman"
        " of the Fund's investment committee."
    )
    assert [p["person"] for p in _pledges(text, "appointment")] == ["Chua Wei Ming"]


def test_a_new_centre_is_not_another_centre_the_text_names() -> None:
    text = (
        "Anyone can walk into a Community Wellbeing Centre without a referral. Last year the existing"
        " centres saw 40,000 people.\n\nWho will lead the new youth centre?"
    )
    assert "Community Wellbeing Centre" not in {p["name"] for p in _pledges(text, "unit")}


def test_a_body_set_up_in_an_earlier_year_is_not_new() -> None:
    text = (
        "Support payments were made in 2024/25, and in 2024 the health agency set up a remote clinics"
        " reference group of doctors and nurses."
    )
    explanation = explain(_article(text))
    assert [p for p in explanation.pledges if p.kind == "unit"] == []
    assert "unit.created-in-the-past" in explanation.reasons("unit")


@pytest.mark.parametrize(
    "text",
    [
        "We expect about 2,400 nurses to receive a payment over the life of the package.",
        "Around 900 teachers will each receive a retention bonus.",
    ],
)
def test_staff_paid_a_bonus_are_not_hired(text: str) -> None:
    assert _pledges(text, "headcount") == []


def test_staff_to_be_trained_are_still_read() -> None:
    assert [p["count"] for p in _pledges("The state will recruit 250 new teachers.", "headcount")] == [250]


@pytest.mark.parametrize(
    "text",
    [
        "The minority leader said the state should also restore the $9 million in academy funding.",
        "She vetoed a provision that would have moved $31 million from the Rainy Day Fund into roads.",
    ],
)
def test_money_demanded_or_struck_out_is_no_pledge(text: str) -> None:
    assert _pledges(text, "funding") == []


def test_the_first_rise_since_a_year_is_new_money() -> None:
    text = "Rural library funding rises by $6 million, the first increase to that line since 2011."
    assert [p["amount"] for p in _pledges(text, "funding")] == [6_000_000]


def test_a_package_in_a_budget_bill_is_funding() -> None:
    text = (
        "The Legislature gave final approval to its companion budget bill, a $640 million package to"
        " build homes and keep shelters open."
    )
    assert [p["amount"] for p in _pledges(text, "funding")] == [640_000_000]


def test_a_programme_for_low_income_households_is_funded() -> None:
    text = "The Warm Homes Program, which helps low-income households insulate lofts, receives $18 million."
    found = _pledges(text, "funding")
    assert [(p["amount"], p["recipient"]) for p in found] == [(18_000_000, "Warm Homes Program")]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The prisons sector will receive a total allocation of €1.4 billion in 2026.", "prisons sector"),
        (
            "The Commission proposes to mobilise €2 billion in 2026 and 2027 for a European Flood Recovery"
            " Facility.",
            "European Flood Recovery Facility",
        ),
    ],
)
def test_recipients_after_an_allocation_and_after_two_years(text: str, recipient: str) -> None:
    assert [p["recipient"] for p in _pledges(text, "funding")] == [recipient]


def test_what_rises_by_a_sum_receives_it() -> None:
    text = "Rural library funding rises by $6 million, the first increase to that line since 2011."
    assert [p["recipient"] for p in _pledges(text, "funding")] == ["Rural library funding"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "It restores the $40 million the Legislature appropriated last session for the Strategic Water"
            " Supply.",
            "Strategic Water Supply",
        ),
        (
            "The county adds to the $60 million the commission set aside for the Justice Center.",
            "Justice Center",
        ),
    ],
)
def test_the_givers_clause_after_a_sum_names_what_it_is_for(text: str, recipient: str) -> None:
    assert [p["recipient"] for p in _pledges(text, "funding")] == [recipient]


def test_a_rebuild_of_a_place_is_the_recipient() -> None:
    text = "The plan includes a $3.2 million rebuild of the playground and splash pad at Mill Park."
    [found] = _pledges(text, "funding")
    assert str(found["recipient"]).startswith("rebuild of the playground")
