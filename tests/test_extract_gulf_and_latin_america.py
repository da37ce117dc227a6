"""The Gulf, the Maghreb, Türkiye and Latin America in English: the classes of blind round 53
(docs/blind-rounds.md), in our own words.

Currency abbreviations their news agencies write before a figure ("QR", "RO", "BD", "KD", "JD",
"SR", "LE", "TL", "TRY"), Turkish liras, the colón sign; "N thousand M million" as Mexican releases
write thousands of millions; a dollar figure "equivalent to" money stated elsewhere; a grant from
donor countries; an official gazette's name; a National Guard's "elements" and brigade members.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, explain, extract


def _article(text: str) -> ArticleText:
    return ArticleText("", text, date(2026, 3, 2))


def _pledges(text: str, kind: str) -> list[dict[str, object]]:
    return [p.to_prediction() for p in extract(_article(text)) if p.kind == kind]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("The ministry allocated QR310mn for four new clinics.", 310e6, "QAR"),
        ("The fund will channel RO 45 million to projects in the governorates.", 45e6, "OMR"),
        ("The Cabinet approved BD12 million for the next phase of the housing project.", 12e6, "BHD"),
        ("The Council allocated KD 30 million to school maintenance.", 30e6, "KWD"),
        ("The Cabinet allocated JD7 million to hire new teachers.", 7e6, "JOD"),
        ("The ministry set aside SR 900 million for new hospitals.", 900e6, "SAR"),
        ("The government is allocating LE 2.5 billion to raise nurses' allowances.", 2.5e9, "EGP"),
        ("The decree provides that 1.2 billion Turkish liras be transferred to the office.", 1.2e9, "TRY"),
        ("TRY 6 billion will be allocated to build schools in the region.", 6e9, "TRY"),
        ("The ministry will invest ₡4,500 million in new patrol boats.", 4.5e9, "CRC"),
    ],
)
def test_currencies_written_before_a_figure(text: str, amount: float, currency: str) -> None:
    assert [(p["amount"], p["currency"]) for p in _pledges(text, "funding")] == [(amount, currency)]


def test_thousands_of_millions_written_in_two_parts() -> None:
    text = "The strategy will have a budget of 2 thousand 450 million pesos for its first year."
    assert [p["amount"] for p in _pledges(text, "funding")] == [2_450_000_000]


def test_a_dollar_figure_equivalent_to_money_stated_elsewhere() -> None:
    text = (
        "The Cabinet raised nurses' allowances by LE 4 billion. The spokesman said the increase, equivalent"
        " to about $80 million, comes on top of other measures."
    )
    explanation = explain(_article(text))
    assert [p.currency for p in explanation.pledges if p.kind == "funding"] == ["EGP"]
    assert "funding.conversion" in explanation.reasons("funding")


def test_a_sum_first_stated_as_an_equivalent_is_still_pledged() -> None:
    text = "The government pledged the equivalent of US$250 million to the Lake Recovery Fund."
    assert [p["amount"] for p in _pledges(text, "funding")] == [250_000_000]


def test_a_worded_restatement_inside_the_brackets_before_a_conversion() -> None:
    text = (
        "The ministry announced an investment of ₡12,000 million (twelve thousand million colones, about"
        " US$ 23 million) for the coast guard."
    )
    assert [p["currency"] for p in _pledges(text, "funding")] == ["CRC"]


def test_a_grant_from_donor_countries_is_theirs() -> None:
    text = "The programme is complemented by a $60 million grant from donor countries for school repairs."
    assert _pledges(text, "funding") == []


def test_an_official_gazettes_name_is_no_person() -> None:
    text = (
        "By resolution published today in the official gazette El Diario, Rosa Elvira Condori Mamani was"
        " appointed Vice Minister of Higher Education."
    )
    assert [p["person"] for p in _pledges(text, "appointment")] == ["Rosa Elvira Condori Mamani"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("In addition, 3,600 elements of the National Guard will be deployed in 19 municipalities.", 3600),
        ("The plan includes the hiring of 1,250 forest brigade members for the fire season.", 1250),
    ],
)
def test_a_guards_elements_and_brigade_members_are_staff(text: str, count: int) -> None:
    assert [p["count"] for p in _pledges(text, "headcount")] == [count]
