"""Classes of the twenty-ninth session (docs/blind-rounds.md, round 170 onward), in our own words.

Recipients: a programme the sentence names before its sum receives it when the words around the sum
name nothing (not a programme the money comes from); "for which the government has confirmed a budget
of" names what the relative pronoun stands for; a lead-in clause before a colon is no table item; a
reading that names only money ("the total available") or its source ("from its capital programme")
is none; a facility described as new and named after the sum is what "the project" is. Units: a lead
that counts the new bodies makes the proper names that follow created; a public body's own company is
a unit. Appointments: a retired officer's mark between rank and name; Gulf styles of address.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import pledges_of


def _recipients(text: str) -> list[str | None]:
    return [p.recipient for p in pledges_of(text, "funding")]


# --- recipients ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The Ministry of Health today launched the Vida Rural programme, which will hire 900 nurses for "
            "clinics in the interior, with an investment of R$ 1.2 billion over three years.",
            "Vida Rural programme",
        ),
        (
            "Vida Rural complements the Saúde Escolar programme, which already reaches 2,000 schools and for "
            "which R$ 400 million has already been budgeted this year.",
            "Saúde Escolar programme",
        ),
    ],
)
def test_the_programme_a_sentence_names_before_its_sum_receives_it(text: str, recipient: str) -> None:
    assert _recipients(text) == [recipient]


def test_a_programme_the_money_comes_from_does_not_receive_the_match() -> None:
    text = (
        "The grant, from the state's Rural Bridges Program, will be matched by $2.6 million from the "
        "shire's own works reserve."
    )
    assert "Rural Bridges Program" not in _recipients(text)


def test_for_which_a_budget_was_confirmed_names_the_antecedent() -> None:
    text = (
        "The claim rests on the Coastal Rail Programme, for which the government has reconfirmed a budget "
        "of £6 billion over ten years."
    )
    assert _recipients(text) == ["Coastal Rail Programme"]


def test_a_clause_before_a_colon_is_no_table_item() -> None:
    text = "On Friday the ministry did announce fresh money: £80 million over two years for school kitchens."
    assert _recipients(text) == ["school kitchens"]


def test_a_table_item_described_by_a_participle_keeps_its_name() -> None:
    text = "Breakdown:\n- Extra harvest support announced today: £12 million\n- Total: £40 million"
    assert _recipients(text)[0] == "Extra harvest support announced today"


@pytest.mark.parametrize(
    "text",
    [
        "The new grant adds £5 million to the £30 million for dental access already agreed, bringing the "
        "total available to £35 million.",
        "Harbour Council will contribute £2 million from its capital programme.",
    ],
)
def test_a_reading_that_names_only_money_or_its_source_is_no_recipient(text: str) -> None:
    found = _recipients(text)
    assert "available" not in found
    assert all(r is None or not r.startswith("from its") for r in found)


def test_a_facility_described_as_new_and_named_after_the_sum_is_the_project() -> None:
    text = (
        "A new community health centre in Aberkell has been given the go-ahead after the government approved "
        "£11.2 million for the project.\n\nThe Aberkell Health and Wellbeing Centre, to be built on the old "
        "depot site, will bring GP and pharmacy services under one roof."
    )
    assert _recipients(text) == ["Aberkell Health and Wellbeing Centre"]


def test_the_project_refers_back_not_to_a_centre_named_later() -> None:
    text = (
        "The state will commit an extra $30 million to the redevelopment of Marrow Base Hospital, lifting "
        "the total investment in the project to $210 million. The money includes $6 million to fit out the "
        "new Marrow Regional Cancer Centre."
    )
    assert "Marrow Regional Cancer Centre" not in _recipients(text)[:2]


def test_a_legislatures_term_is_no_part_of_the_recipient() -> None:
    text = "The uplift brings total capital investment in diagnostics over this Parliament to £2.1 billion."
    assert _recipients(text) == ["capital investment in diagnostics"]


# --- units --------------------------------------------------------------------------------------


def test_a_lead_counting_new_bodies_makes_the_names_that_follow_created() -> None:
    text = (
        "Two new city institutions will be created. The Lindhagen Youth Activity Centre will open in the "
        "former post office, and the Lindhagen Municipal Climate Agency will advise households on "
        "insulation.\n\nThe Municipal Library said visitor numbers rose last year."
    )
    names = {p.name for p in pledges_of(text, "unit")}
    assert names == {"Lindhagen Youth Activity Centre", "Lindhagen Municipal Climate Agency"}


def test_names_without_a_counting_lead_stay_existing() -> None:
    text = "The Lindhagen Youth Activity Centre will open on Saturdays this summer."
    assert pledges_of(text, "unit") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The council has decided to establish a municipal public transport company, Tarnby Buses, which "
            "will take over local routes next year.",
            "Tarnby Buses",
        ),
        (
            "The city assembly approved the founding of Tarnby Municipal Housing, a joint-stock company "
            "wholly owned by the city, which will build rental flats.",
            "Tarnby Municipal Housing",
        ),
        (
            "The assembly also decided to establish Tarnby City Development Nonprofit Ltd., which will "
            "prepare the riverside masterplan.",
            "Tarnby City Development Nonprofit Ltd",
        ),
    ],
)
def test_a_public_bodys_own_company_is_a_unit(text: str, name: str) -> None:
    assert [p.name for p in pledges_of(text, "unit")] == [name]


def test_a_company_that_creates_a_body_is_still_private() -> None:
    text = "Harbourside Ltd will establish a new Innovation Centre at its plant."
    assert pledges_of(text, "unit") == []


# --- appointments -------------------------------------------------------------------------------


def test_a_retired_mark_between_rank_and_name_keeps_the_sentence_whole() -> None:
    text = "The board also named Brigadier General (Ret.) Samir Adel Haddad as the centre's director."
    assert [p.person for p in pledges_of(text, "appointment")] == ["Samir Adel Haddad"]


def test_a_gulf_style_of_address_is_no_part_of_the_name() -> None:
    text = "A royal order appointed Princess Noura bint Faisal Al Saud as President of the new academy."
    assert [p.person for p in pledges_of(text, "appointment")] == ["Noura bint Faisal Al Saud"]


def test_sheikh_as_a_surname_stays_in_the_name() -> None:
    text = "Group Manager Imran Sheikh has been appointed to command the new wildfire team."
    assert [p.person for p in pledges_of(text, "appointment")] == ["Imran Sheikh"]
