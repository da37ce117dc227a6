"""Justice releases and council reporting: the classes of blind round 39 (docs/blind-rounds.md).

Each case is written in our own words: appointments listed as paragraphs under a lead-in, people
kept on or nominated for appointment, new offices named a sentence after they are described,
courts as new bodies, budgets a council adopts or gives, and the figures a report quotes that are
not pledges (a gap, a past year's money, posts lying vacant, a commitment completed).
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, extract


def _kind(text: str, kind: str, publisher: str = "") -> list[dict[str, object]]:
    article = ArticleText("", text, date(2025, 9, 1), publisher=publisher)
    return [p.to_prediction() for p in extract(article) if p.kind == kind]


def _people(text: str) -> dict[object, object]:
    return {a["person"]: a["role"] for a in _kind(text, "appointment")}


def test_paragraphs_under_a_lead_in_each_appoint_their_person() -> None:
    text = (
        "The following people have been appointed as justices of the peace, effective 3 March:\n\n"
        "Tomasz Wrona will preside in the Lakeshore Region. He spent nine years as a duty counsel.\n\n"
        "Adaeze Obi will preside in the Northern Region. She has worked as a tribunal clerk since 2015.\n\n"
        "The new justices bring wide experience, the minister said."
    )
    assert _people(text) == {"Tomasz Wrona": "justice of the peace", "Adaeze Obi": "justice of the peace"}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "The region now has a children's advocate, with Mere Tainui appointed to lead a new office "
            "that will hear complaints from families.",
            "Mere Tainui",
            "leader of office",
        ),
        (
            "The Cabinet today, on the advice of the Minister, nominated Judge Ronan Keale for appointment "
            "by the President as President of the Circuit Court.",
            "Ronan Keale",
            "President of the Circuit Court",
        ),
        (
            "Councillors voted to keep deputy county manager Lise Baptiste on as interim county manager "
            "until a permanent hire is made.",
            "Lise Baptiste",
            "interim county manager",
        ),
        (
            "Harriet Osei, a veteran of the state highway patrol, will be Fairmont's next police chief.",
            "Harriet Osei",
            "police chief",
        ),
        (
            "Joint commissioner Kavya Rane has been given charge of the cell.",
            "Kavya Rane",
            "head of the cell",
        ),
        (
            "Dipankar Sen, deputy health officer, has been appointed to head the cell.",
            "Dipankar Sen",
            "head of the cell",
        ),
    ],
)
def test_appointments_written_without_the_usual_verb_and_post(text: str, person: str, role: str) -> None:
    assert _people(text) == {person: role}


def test_a_post_held_since_an_earlier_departure_is_not_an_appointment() -> None:
    text = (
        "Deputy Chief Ana Bello, who has led the force as acting chief since Whitlow's departure, will "
        "return to running the training academy."
    )
    assert _kind(text, "appointment") == []


def test_the_newly_established_office_is_a_new_body_but_the_newly_formed_one_is_known() -> None:
    created = (
        "The commissioner will lead the newly established Office of the Tenants' Advocate, a new agency."
    )
    assert [u["name"] for u in _kind(created, "unit")] == ["Office of the Tenants' Advocate"]
    known = "Staff will move to the newly formed Harbour Safety Command next week."
    assert _kind(known, "unit") == []


def test_a_court_the_text_establishes_is_a_new_body() -> None:
    text = "The Attorney-General announced $6 million to establish the Riverina Drug Court next year."
    assert [u["name"] for u in _kind(text, "unit")] == ["Riverina Drug Court"]


def test_a_new_office_described_first_takes_the_name_given_in_the_next_sentence() -> None:
    text = (
        "The island will get its first tenancy commissioner, with Sione Latu appointed to lead a new "
        "office.\n\nThe Office of the Tenancy Commissioner will be an independent statutory body."
    )
    assert [u["name"] for u in _kind(text, "unit")] == ["Office of the Tenancy Commissioner"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The county added $20 million, on top of the $90 million committed in the weeks after the flood.",
            None,
        ),
        (
            "This comes on top of the £1.8 billion the government has committed to repairing sea walls "
            "over 2025 to 2027.",
            "repairing sea walls",
        ),
        (
            "The Hill Farming Fund will reopen with £6 million for farmers hit by the storms.",
            "Hill Farming Fund",
        ),
        ("A further £900,000 will open a Youth Advice Hub in Dunmore.", "Youth Advice Hub in Dunmore"),
        ("The council will spend an extra £3 million from its reserves on mending roads.", "mending roads"),
        ("The unit will open in May, with Rs 4 crore allotted for its first year.", None),
    ],
)
def test_recipients_are_neither_times_nor_the_giver(text: str, recipient: str | None) -> None:
    found = [f["recipient"] for f in _kind(text, "funding")]
    if recipient is None:
        assert all(r is None or ("week" not in str(r) and "year" not in str(r)) for r in found)
    else:
        assert recipient in found


def test_a_relative_clause_on_another_noun_does_not_date_the_money() -> None:
    text = (
        "A further £1.2 million over two years will go to youth clubs, reopening evening sessions at "
        "three halls that were closed in 2023."
    )
    assert [f["amount"] for f in _kind(text, "funding", "Dunmore City Council")] == [1.2e6]


@pytest.mark.parametrize(
    "text",
    [
        "Marlow County put $400,000 into tenant legal aid last year.",
        "The council says it still faces a gap of £19 million next year.",
    ],
)
def test_past_money_and_a_gap_are_not_pledges(text: str) -> None:
    assert _kind(text, "funding") == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Supervisors voted 4-1 to approve a $900 million budget for fiscal 2026.", 900e6),
        (
            "Under the plan, the housing department will have an $11 million budget for the rest of the "
            "year.",
            11e6,
        ),
    ],
)
def test_a_budget_adopted_or_given_is_a_pledge(text: str, amount: float) -> None:
    found = _kind(text, "funding")
    assert [f["amount"] for f in found] == [amount]
    assert all("year" not in str(f["recipient"]) for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said about 2,100 nursing posts were lying vacant as of June.",
        "In 2024 the province completed its commitment to hire 40 new prosecutors.",
    ],
)
def test_vacant_posts_and_a_completed_commitment_are_not_headcount_pledges(text: str) -> None:
    assert _kind(text, "headcount") == []


def test_people_accused_of_crimes_are_not_critics_of_the_money() -> None:
    text = (
        "A further $3.1 million will be used to equip 30 courtrooms with video links so that accused "
        "people can appear from custody."
    )
    assert [f["amount"] for f in _kind(text, "funding", "Ministry of the Attorney General")] == [3.1e6]
