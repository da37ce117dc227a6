"""Francophone and lusophone Africa in English, and transcripts of spoken announcements: the
classes of blind round 54 (docs/blind-rounds.md), in our own words.

Family names written in capitals; a Council of Ministers' individual measures, each line a post,
a colon and its holder, under the body's own heading ("In the X", "Under the Y:"); the CFA franc
of Central Africa; kwanzas and escudos; "i.e." and ", the equivalent of" before a conversion;
money a past campaign "had mobilised"; sums spoken in words ("two point four billion", "twelve
thousand five hundred crore"); posts "agreed to be", "will direct"; the first half of an office's
name read as a person; programmes named in Spanish and Portuguese "endowed with" a sum; a ranking
of shares; recipients after "destined to", "used by", "executed by".
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, explain, extract


def _article(text: str) -> ArticleText:
    return ArticleText("", text, date(2026, 3, 2))


def _pledges(text: str, kind: str) -> list[dict[str, object]]:
    return [p.to_prediction() for p in extract(_article(text)) if p.kind == kind]


def test_family_names_written_in_capitals() -> None:
    text = (
        "The Council adopted the following individual measures:\n"
        "- Mr Ousseynou Diop SARR, Principal Tax and Property Inspector, is appointed Director-General of"
        " the National Agency for Rural Roads;\n"
        "- Mrs Aminata KANE, economist, is appointed Chair of the Board of Directors of the Housing Company."
    )
    assert {p["person"] for p in _pledges(text, "appointment")} == {"Ousseynou Diop SARR", "Aminata KANE"}


def test_known_post_nominals_still_end_a_name() -> None:
    assert [
        p["person"] for p in _pledges("Jo Bell MP has been appointed Minister for Ports.", "appointment")
    ] == ["Jo Bell"]


def test_posts_then_holders_under_the_bodies_headings() -> None:
    text = (
        "III. INDIVIDUAL MEASURES\n\n"
        "Under the Presidency of the Republic:\n\n"
        "- Director-General of the National Agency for Rural Electrification: Mr Romuald HOUNSOU;\n\n"
        "Under the Ministry of Health:\n\n"
        "- Secretary-General of the Ministry: Mrs Edwige Carine ADJOVI."
    )
    found = {p["person"]: p for p in _pledges(text, "appointment")}
    assert set(found) == {"Romuald HOUNSOU", "Edwige Carine ADJOVI"}
    assert found["Edwige Carine ADJOVI"]["organisation"] == "Ministry of Health"


def test_a_cabinet_communique_in_the_body_heading_style() -> None:
    text = (
        "5. The Cabinet approved the following appointments:\n\n"
        "In the Rwanda Institute for Soil Health (RISH)\n"
        "- Dr. Claudine Mukamana: Director General\n\n"
        "In the National Seed Board\n"
        "- Mr. Eric Habimana: Chairperson of the Board of Directors"
    )
    found = {p["person"]: p for p in _pledges(text, "appointment")}
    assert set(found) == {"Claudine Mukamana", "Eric Habimana"}
    assert found["Claudine Mukamana"]["organisation"] == "Rwanda Institute for Soil Health"


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Yaoundé — The agency will receive 4 billion CFA francs for rural roads.", "XAF"),
        ("Libreville — The Council allocated 7 billion FCFA to land titling.", "XAF"),
        ("Dakar — The Council allocated 12 billion FCFA to school canteens.", "XOF"),
        ("The Council will allocate 9.6 billion kwanzas for border scanners.", "AOA"),
        ("The Council will open a credit line of up to Kz 40 billion for cooperatives.", "AOA"),
        ("The Government will allocate 150 million escudos for the fisheries school.", "CVE"),
    ],
)
def test_central_african_francs_kwanzas_and_escudos(text: str, currency: str) -> None:
    assert [p["currency"] for p in _pledges(text, "funding")] == [currency]


@pytest.mark.parametrize(
    "text",
    [
        "The loan, of 80 million euros, i.e. about 52.5 billion CFA francs, will build the road.",
        "The Fund will receive an initial endowment of 90 billion Congolese francs, the equivalent of about"
        " 32 million US dollars, to rebuild stadiums.",
    ],
)
def test_i_e_and_the_equivalent_of_restate_a_sum(text: str) -> None:
    assert "funding.conversion" in explain(_article(text)).reasons("funding")


def test_money_a_past_campaign_had_mobilised() -> None:
    text = "He recalled that the 2024 campaign had mobilised 95 billion CFA francs in input subsidies."
    assert _pledges(text, "funding") == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("We are putting in two point four billion dollars for hospitals.", 2_400_000_000),
        ("We are allocating twelve thousand five hundred crore rupees for critical care blocks.", 125e9),
    ],
)
def test_sums_spoken_in_words(text: str, amount: float) -> None:
    assert [p["amount"] for p in _pledges(text, "funding")] == [amount]


@pytest.mark.parametrize(
    "text",
    [
        "Martina Kealy has agreed to be its first chair.",
        "Dr. Samuel Otieno, who many of you know from the laboratories, will direct it.",
        "Adjunct Professor Karen Whyte has been appointed Chief Nursing and Midwifery Officer.",
    ],
)
def test_posts_said_aloud(text: str) -> None:
    people = [p["person"] for p in _pledges(text, "appointment")]
    assert len(people) == 1 and " " in str(people[0])


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The minister presented the Plan de Choque de Atención Primaria 2026 (Primary Care Plan 2026),"
            " endowed with €236 million.",
            "Plan de Choque de Atención Primaria 2026",
        ),
        (
            "The Ministry launched the Barrios sin Violencia programme, which will have a budget of UYU 900"
            " million.",
            "Barrios sin Violencia programme",
        ),
        ("ARS 15,000 million will be destined to the acquisition of surveillance radars.", "acquisition of"),
        (
            "Of the total, COP 850,000 million will be executed directly by community action boards.",
            "community",
        ),
    ],
)
def test_recipients_of_translated_releases(text: str, recipient: str) -> None:
    [found] = _pledges(text, "funding")
    assert str(found["recipient"]).startswith(recipient)


def test_a_ranking_of_shares() -> None:
    text = (
        "Galicia will receive the largest allocation, €96 million, followed by Asturias, with €71 million,"
        " and Cantabria, with €39 million."
    )
    assert [p["recipient"] for p in _pledges(text, "funding")] == ["Galicia", "Asturias", "Cantabria"]
