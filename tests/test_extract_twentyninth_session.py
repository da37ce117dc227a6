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


# --- second batch (round 171) -------------------------------------------------------------------


def test_a_named_centre_that_will_be_built_is_created() -> None:
    text = "The Kelso Fire Training Campus will be built on the old steelworks site near Motherwell."
    assert [p.name for p in pledges_of(text, "unit")] == ["Kelso Fire Training Campus"]


def test_a_name_its_creator_will_call_it_is_the_unit() -> None:
    text = (
        "The ambulance service is to open a new emergency operations centre in Tralee. The centre, which "
        "the service will call EOC West, will take calls from the whole region."
    )
    assert "EOC West" in {p.name for p in pledges_of(text, "unit")}


def test_a_parent_named_past_the_window_is_not_cut() -> None:
    text = (
        "The Government is investing $20 million over four years to build a new Regional Flood Coordination "
        "Centre and to set up a standing rapid response team, which will sit within the National Emergency "
        "Management Agency."
    )
    parents = {p.parent for p in pledges_of(text, "unit")}
    assert all(parent is None or not parent.endswith("Manageme") for parent in parents)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The Commission has selected 84 clean energy projects to receive €3.1 billion in EU grants.",
            "84 clean energy projects",
        ),
        (
            "Public support for battery research under the two rounds now amounts to roughly €2.2 billion.",
            "battery research under the two rounds",
        ),
    ],
)
def test_what_is_selected_or_supported_receives_the_sum(text: str, recipient: str) -> None:
    assert _recipients(text) == [recipient]


def test_its_budget_is_the_budget_of_the_body_created() -> None:
    text = (
        "The ministry will set up a Coastal Risk Analysis Centre in Volos. Its budget of €9 million comes "
        "from the national recovery plan."
    )
    assert _recipients(text) == ["Coastal Risk Analysis Centre"]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "The directorate will open in Kassel in May. Leading it will be Greta Holm, currently deputy "
            "head of the border division.",
            "Greta Holm",
            "head",
        ),
        (
            "A new Office of Grid Permits will open in June. Chairing it will be Dana Ruiz, a former state "
            "utilities regulator.",
            "Dana Ruiz",
            "chair",
        ),
    ],
)
def test_leading_it_will_be_names_the_head(text: str, person: str, role: str) -> None:
    assert [(p.person, p.role) for p in pledges_of(text, "appointment")] == [(person, role)]


def test_a_reappointed_head_named_first_takes_the_post_from_the_aside() -> None:
    text = "Ana Lutu, who has led the Port Agency since 2021, has been reappointed for a further three years."
    assert [(p.person, p.role) for p in pledges_of(text, "appointment")] == [("Ana Lutu", "head")]


def test_a_mandate_extended_is_the_post_held_again() -> None:
    text = "The Commission also extended the mandate of its Chief Adviser, Professor Jan Holm, by two years."
    assert [(p.person, p.role) for p in pledges_of(text, "appointment")] == [("Jan Holm", "Chief Adviser")]


@pytest.mark.parametrize(
    ("text", "amount", "recipient"),
    [
        (
            "The new Harbour Road fire station will cost €14.2 million.",
            14_200_000,
            "Harbour Road fire station",
        ),
        (
            "The fleet replacement, costing £6.3 million, will see 18 new fire engines introduced.",
            6_300_000,
            "fleet replacement",
        ),
        (
            "Establishing and operating the Tarn Consulate-General will cost around $19 million over "
            "four years.",
            19_000_000,
            "Tarn Consulate-General",
        ),
    ],
)
def test_what_a_thing_of_the_announcement_will_cost_is_a_pledge_for_it(
    text: str, amount: int, recipient: str
) -> None:
    found = pledges_of(text, "funding")
    assert [(p.amount, p.recipient) for p in found] == [(amount, recipient)]


@pytest.mark.parametrize(
    "text",
    [
        "Each 50-bed block will cost approximately ₹12 crore.",
        "The union says the plan would cost £40 million a year.",
        "The national insurance scheme is costing more than $48 billion this year.",
        "The last round of upgrades, completed in 2020, cost $72 million.",
    ],
)
def test_unit_prices_claims_and_past_costs_stay_rejected(text: str) -> None:
    assert pledges_of(text, "funding") == []


@pytest.mark.parametrize(
    "text",
    [
        "The office will take on 45 additional staff, adding to its current 110 employees.",
        "A ministry study found the country will need an estimated 76,000 additional care workers by 2030.",
        "The Government said 950 officers had been added since 2021.",
        "Around 390 police call handlers have already moved into the new centre.",
    ],
)
def test_present_staff_forecasts_and_done_hiring_are_no_headcount(text: str) -> None:
    counts = {p.count for p in pledges_of(text, "headcount")}
    assert counts <= {45}


def test_a_counted_lead_then_a_colon_appoints_the_people_after_it() -> None:
    text = (
        "Two new regional coordinators take up their posts on 1 May: Nikos Varga for Thessaly and the "
        "Ionian Islands, and Eleni Daskalou for Crete."
    )
    people = {p.person for p in pledges_of(text, "appointment")}
    assert people == {"Nikos Varga", "Eleni Daskalou"}


def test_a_listed_member_with_a_career_clause_is_an_entry() -> None:
    text = (
        "The President also intends to appoint the following individuals as members of the Council:\n\n"
        "Rosa Dalby-Kim, president of the Coastal Building Trades Council, who began her career as an "
        "ironworker apprentice.\n\nAnthony Marsh, chief executive of a regional electric cooperative."
    )
    assert {p.person for p in pledges_of(text, "appointment")} == {"Rosa Dalby-Kim", "Anthony Marsh"}


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The centres, in Leeds, Hull and Derby, will cost £24 million to fit out and equip.",
            "the centres",
        ),
        (
            "Refurbishment will cost £5.3 million, funded from the trust's capital allocation.",
            "Refurbishment",
        ),
        (
            "The Real Time Crime Center, which will link traffic cameras, will cost $940,000 to build and "
            "equip.",
            "Real Time Crime Center",
        ),
    ],
)
def test_the_subject_that_will_cost_the_sum_receives_it(text: str, recipient: str) -> None:
    assert _recipients(text) == [recipient]


def test_a_cost_someone_predicts_is_no_pledge() -> None:
    text = "Council member Tom Ode predicted that the board will cost $2 million a year within five years."
    assert pledges_of(text, "funding") == []


# --- third batch (round 172) --------------------------------------------------------------------


def test_an_assessor_for_a_fund_is_a_post() -> None:
    text = (
        "The council has also appointed Aroha Pōtae, a former Civil Defence controller, as independent "
        "assessor for the fund."
    )
    assert [p.person for p in pledges_of(text, "appointment")] == ["Aroha Pōtae"]


def test_chairing_a_ropu_is_a_post() -> None:
    text = "Mereana Karaka-Tipene will chair the rōpū."
    assert [p.person for p in pledges_of(text, "appointment")] == ["Mereana Karaka-Tipene"]


def test_joined_by_two_described_people_makes_them_members() -> None:
    text = (
        "Mr Jone Vaka has been appointed as the inaugural chair. He will be joined by Mrs Ana Rhys, "
        "president of the Growers Cooperative, and Dr Sam Ives, a plant chemist at the university."
    )
    people = {p.person: p.role for p in pledges_of(text, "appointment")}
    assert people == {"Jone Vaka": "chair", "Ana Rhys": "member", "Sam Ives": "member"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The Minister's other appointee is freshwater ecologist Dr Ravi Mehta.", {"Ravi Mehta"}),
        (
            "The rūnanga's remaining members are kaumātua Hapeta Rewi and Mihi Tāwhai, a young ranger.",
            {"Hapeta Rewi", "Mihi Tāwhai"},
        ),
    ],
)
def test_a_bodys_other_appointees_and_remaining_members_are_appointed(text: str, people: set[str]) -> None:
    assert {p.person for p in pledges_of(text, "appointment")} == people


def test_taakuta_as_a_surname_stays_in_the_name() -> None:
    text = "Wiremu Tākuta takes up the post of Minister for Māori Development."
    assert [p.person for p in pledges_of(text, "appointment")] == ["Wiremu Tākuta"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A national coordination hub, Te Whare Ora, will be set up in Palmerston North to match calls.",
            "Te Whare Ora",
        ),
        (
            "The Cabinet approved the creation of a new public sector undertaking to run city buses. The "
            "body, to be registered as the Tarn Urban Transport Corporation Limited, will take over the "
            "routes.",
            "Tarn Urban Transport Corporation Limited",
        ),
    ],
)
def test_a_described_body_named_in_an_aside_is_the_unit(text: str, name: str) -> None:
    assert [p.name for p in pledges_of(text, "unit")] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "In the last recruitment cycle, 28,900 constables were selected and are undergoing training.",
    ],
)
def test_staff_already_recruited_or_selected_are_no_headcount(text: str) -> None:
    assert pledges_of(text, "headcount") == []


def test_newly_hired_staff_who_will_staff_a_new_service_are_a_pledge() -> None:
    text = "The clinics will be staffed by 44 newly hired nurse practitioners from next spring."
    assert [p.count for p in pledges_of(text, "headcount")] == [44]


# --- fourth batch (round 173) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Kellan University receives £18 million to establish the Tarn Health Data Hub at its campus.",
            "Tarn Health Data Hub",
        ),
        (
            "Dunmore University is awarded £11.2 million for what it is calling the Civic Robotics Hub.",
            "Civic Robotics Hub",
        ),
    ],
)
def test_money_to_establish_a_named_body_goes_to_that_body(text: str, recipient: str) -> None:
    assert _recipients(text) == [recipient]


def test_an_initialism_inside_a_name_expands_an_acronym() -> None:
    text = (
        "The department set out the budget for UK Space and Innovation today. Of this, £2.6 billion will go "
        "to UKSI over four years."
    )
    assert _recipients(text) == ["UK Space and Innovation"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kellan University will lead QuARC, a new centre for quantum sensing.", "QuARC"),
    ],
)
def test_a_short_name_described_as_a_new_body_is_the_unit(text: str, name: str) -> None:
    assert [p.name for p in pledges_of(text, "unit")] == [name]


# --- fifth batch (round 174) --------------------------------------------------------------------


def test_a_partners_contribution_goes_to_what_the_sum_before_pays_for() -> None:
    text = (
        "The state has awarded $22 million for the Harbor Avenue reconstruction. The city will put up a "
        "$5.5 million local match from its capital improvement fund."
    )
    assert _recipients(text) == ["Harbor Avenue reconstruction", "Harbor Avenue reconstruction"]


def test_a_city_service_department_in_lower_case_receives_its_sum() -> None:
    text = "Of the general fund, the police department receives $71.8 million next year."
    assert _recipients(text) == ["police department"]
