"""South Asia outside India, and Eastern Europe, the Balkans and the Caucasus: the classes of blind
round 55 (docs/blind-rounds.md), in our own words.

ISO codes of the region's currencies (MDL, GEL, AMD, AZN, RSD, MKD, BAM) and "KM" and "ALL" before a
figure; "lakh crore" and Indian digit grouping; Sri Lanka named by its institutions; letters of
appointment presented to several people; a force's unit raised and equipped; sergeants; staff who
migrated; "the employment of" staff; a monthly supplement; "which is around" before a conversion;
damage "worth" a sum; what something costs someone; prefects; a chamber is no person.
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
    ("text", "currency"),
    [
        ("The Government allocated MDL 120 million for the renovation of kindergartens.", "MDL"),
        ("The Government approved GEL 22 million for border crossing points.", "GEL"),
        ("The Government decided to allocate AMD 9.4 billion for seismic strengthening of schools.", "AMD"),
        ("AZN 75 million will be used to build a residential quarter.", "AZN"),
        ("The Government adopted a conclusion allocating RSD 2.1 billion for health centres.", "RSD"),
        ("An additional MKD 140 million will be used to buy laptops for schools.", "MKD"),
        ("The Government approved KM 11 million for civil protection.", "BAM"),
        ("The Council approved a decision allocating ALL 1.6 billion to housing reconstruction.", "ALL"),
    ],
)
def test_currencies_of_eastern_europe_and_the_caucasus(text: str, currency: str) -> None:
    assert [p["currency"] for p in _pledges(text, "funding")] == [currency]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The Finance Adviser unveiled a Tk 6.45 lakh crore budget for the coming fiscal year.", 6.45e12),
        ("The rest, Tk 1,25,000 crore, will be financed from the government's own resources.", 1.25e12),
    ],
)
def test_lakh_crore_and_indian_digit_grouping(text: str, amount: float) -> None:
    assert [p["amount"] for p in _pledges(text, "funding")] == [amount]


def test_sri_lanka_named_by_its_institutions_names_its_rupee() -> None:
    text = (
        "The Cabinet approved allocating Rs. 640 million to restore tanks in the Mahaweli zone before the"
        " Maha season."
    )
    assert [p["currency"] for p in _pledges(text, "funding")] == ["LKR"]


def test_letters_of_appointment_presented_to_several_people() -> None:
    text = (
        "The President presented letters of appointment to Ibrahim Shafeeq Ali as Minister of Transport,"
        " and to Dr Mariyam Shiuna Hassan as Minister of Education."
    )
    assert {p["person"] for p in _pledges(text, "appointment")} == {
        "Ibrahim Shafeeq Ali",
        "Mariyam Shiuna Hassan",
    }


def test_a_unit_raised_and_equipped() -> None:
    text = "The province will raise and equip a Rapid Response Unit within the Counter-Terrorism Department."
    assert [p["name"] for p in _pledges(text, "unit")] == ["Rapid Response Unit"]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "The plan provides for the recruitment of 900 enforcement officers and 2,100 sergeants.",
            [900, 2100],
        ),
        ("The Government approved the permanent employment of 450 doctors in public hospitals.", [450]),
        ("About 2,000 nurses are estimated to have migrated in the same period.", []),
    ],
)
def test_staff_hired_employed_or_gone(text: str, counts: list[int]) -> None:
    assert [p["count"] for p in _pledges(text, "headcount")] == counts


def test_the_employment_service_is_no_hiring() -> None:
    text = "The State Employment Service counted 14,000 unfilled vacancies in care as of June."
    assert _pledges(text, "headcount") == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Teachers moving there will receive a monthly supplement of AMD 60,000 and housing.",
            "funding.per-unit",
        ),
        (
            "The Government allocated RSD 3.2 billion for 19 hospitals in the country, which is around EUR 27"
            " million.",
            "funding.conversion",
        ),
        ("The floods of October 2024 caused damage worth more than KM 210 million.", "funding.not-funding"),
        (
            "Patients were treated abroad at a cost to the Health Fund of about EUR 12 million.",
            "funding.not-funding",
        ),
    ],
)
def test_rates_conversions_damage_and_costs(text: str, reason: str) -> None:
    assert reason in explain(_article(text)).reasons("funding")


def test_a_prefect_is_appointed() -> None:
    assert [
        p["person"] for p in _pledges("Drita Kola becomes Prefect of the Vlorë Qark.", "appointment")
    ] == ["Drita Kola"]


def test_a_chamber_is_no_person() -> None:
    text = (
        "The council will be chaired by the Minister of Health and will include the deans, the Serbian"
        " Medical Chamber and the Health Insurance Fund."
    )
    assert _pledges(text, "appointment") == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The annual development programme (ADP) has been set at Rs410bn for the year.",
            "annual development",
        ),
        ("For the Sehat Card Plus health insurance programme, Rs28bn has been allocated.", "Sehat Card Plus"),
        ("The education sector received the largest sectoral share at Rs180 billion.", "education sector"),
        ("Tk 32,500 crore has been proposed for the health sector.", "health sector"),
    ],
)
def test_budget_lines_set_at_and_purposes_put_first(text: str, recipient: str) -> None:
    [found] = _pledges(text, "funding")
    assert str(found["recipient"]).startswith(recipient)


def test_for_example_is_no_recipient() -> None:
    assert [p["recipient"] for p in _pledges("For example, £5m will go to parks.", "funding")] == ["parks"]
