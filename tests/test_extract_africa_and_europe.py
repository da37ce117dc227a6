"""Releases from sub-Saharan Africa and from Central, Eastern and Northern Europe: the classes of
blind round 44 (docs/blind-rounds.md), in our own words.

A civil-service list under a lead-in that names the post ("The new Permanent Secretaries are:"),
whose lines give the post and then the ministry; list lines that end with a semicolon; a force's
members deployed; money from lenders, donors and the United Nations' funds; a body "incorporated
as" something; a board appointed for an existing corporation; money an earlier decision approved
that the new money comes on top of; a conversion after "approx."; and names spelt with the
letters of Central European alphabets.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, extract


def _pledges(text: str, kind: str, publisher: str = "") -> list[dict[str, object]]:
    article = ArticleText("", text, date(2026, 3, 2), publisher=publisher)
    return [p.to_prediction() for p in extract(article) if p.kind == kind]


def test_a_list_of_posts_each_with_its_ministry() -> None:
    text = (
        "The President has appointed four new Principal Secretaries.\n\n"
        "The new Principal Secretaries are:\n\n"
        "Amani Wekesa Otieno, Principal Secretary, Ministry of Roads and Public Works;\n"
        "Halima Chebet Kiprono, Principal Secretary, Ministry of Trade, Industry and Cooperatives;\n"
        "Jabari Mwangi Kamau, Principal Secretary, Ministry of Health; and\n"
        "Neema Atieno Odhiambo, Principal Secretary, Ministry of Energy."
    )
    found = {p["person"]: p for p in _pledges(text, "appointment")}
    assert set(found) == {
        "Amani Wekesa Otieno",
        "Halima Chebet Kiprono",
        "Jabari Mwangi Kamau",
        "Neema Atieno Odhiambo",
    }
    assert found["Halima Chebet Kiprono"]["organisation"] == "Ministry of Trade, Industry and Cooperatives"
    assert found["Amani Wekesa Otieno"]["role"] == "Principal Secretary"


def test_list_lines_that_a_semicolon_ends_are_one_entry_each() -> None:
    text = (
        "The Minister has named the members of the new Skills Council. The other members appointed are:\n\n"
        "Kefilwe Moagi, an engineer;\n"
        "Dineo Sebina, a school principal; and\n"
        "Tumelo Kgari, a farmer from Serowe."
    )
    people = {p["person"] for p in _pledges(text, "appointment")}
    assert {"Kefilwe Moagi", "Dineo Sebina", "Tumelo Kgari"} <= people


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("From Monday, 900 members of the Rapid Response Police units will be deployed to the coast.", 900),
        ("Some 400 members of the Defence Force will be sent to the flooded districts.", 400),
    ],
)
def test_a_forces_members_deployed_are_staff(text: str, count: int) -> None:
    assert [p["count"] for p in _pledges(text, "headcount")] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "The council will have 12 members of the Police Authority on its panel.",
        "A further GH¢ 40 million will build 300 staff houses for nurses in rural districts.",
        "The ministry will reappoint three serving members of the land board.",
    ],
)
def test_board_members_and_staff_houses_are_no_headcount(text: str) -> None:
    assert _pledges(text, "headcount") == []


@pytest.mark.parametrize(
    "text",
    [
        "Partners will also help, with KSh 15 billion in concessional lending from the African "
        "Development Bank for sewers.",
        "The Minister welcomed a separate commitment by the Global Fund of $90 million for malaria nets.",
        "She thanked donors for a N2.5 billion donation of ambulances by a group of private hospitals.",
        "The United Nations Capital Development Fund has provided US$4 million for the payments platform.",
    ],
)
def test_money_from_lenders_donors_and_un_funds_is_not_the_governments(text: str) -> None:
    assert _pledges(text, "funding", publisher="Ministry of Finance") == []


def test_a_body_incorporated_as_something_is_created() -> None:
    created = _pledges("The Youth Enterprise Bank will be incorporated as a public company.", "unit")
    assert [p["name"] for p in created] == ["Youth Enterprise Bank"]
    assert _pledges("The Youth Enterprise Fund will be incorporated into the National Bank.", "unit") == []


def test_a_new_board_for_an_existing_corporation_is_no_new_body() -> None:
    text = "The Minister has appointed a new Board of Directors for the Lobatse Meat Corporation."
    assert _pledges(text, "unit") == []
    assert _pledges(
        "The Minister will set up a new Board of Directors for the Lobatse Meat Corporation.", "unit"
    )


def test_money_an_earlier_decision_approved_under_the_new_money_is_existing() -> None:
    text = (
        "The Government has approved CZK 9 billion for the second phase of the signalling upgrade. "
        "It comes on top of CZK 4.5 billion that the cabinet approved in 2024 for the first phase."
    )
    by_amount = {p["amount"]: p for p in _pledges(text, "funding")}
    assert by_amount[4.5e9]["scope"] == "existing"
    assert by_amount[9e9]["scope"] == "new"


def test_a_past_grant_a_project_follows_is_background() -> None:
    text = (
        "The Galway plant follows a €3 million research grant that the agency approved in 2021 for the "
        "company's Cork site."
    )
    assert _pledges(text, "funding") == []


def test_a_conversion_after_approx_is_the_same_money() -> None:
    text = (
        "The parties agreed a coastal package worth DKK 8.2 billion (approx. €1.1 billion) for patrol ships."
    )
    assert [(p["amount"], p["currency"]) for p in _pledges(text, "funding")] == [(8.2e9, "DKK")]


def test_names_in_central_european_letters() -> None:
    [found] = _pledges("Łukasz Wiśniewski was appointed Minister of Digital Affairs.", "appointment")
    assert found["person"] == "Łukasz Wiśniewski"


# Round 45: English councils and NHS bodies, Caribbean and Pacific island governments.


def test_a_council_owned_companys_recruits_are_a_pledge() -> None:
    text = (
        "The council will set up its own care company. The new company, Fenwold Care Ltd, will be wholly "
        "owned by the council.\n\nThe company will recruit 25 home care workers in its first year."
    )
    assert [p["count"] for p in _pledges(text, "headcount")] == [25]
    assert _pledges("The software company said it would recruit 40 engineers.", "headcount") == []


def test_developers_planning_contributions_are_not_the_councils() -> None:
    text = "The pool will draw on £1.2 million in section 106 contributions from two estates' developers."
    assert _pledges(text, "funding", publisher="Fenwold District Council") == []


def test_a_recipient_in_the_givers_place_is_no_private_giver() -> None:
    text = "The company will be backed by a loan facility of up to £30 million from the council."
    [found] = _pledges(text, "funding", publisher="Fenwold District Council")
    assert (found["amount"], found["qualifier"]) == (30e6, "up_to")


def test_two_names_after_one_creation_cue_are_both_new() -> None:
    text = (
        "The council will open the Eastgate Family Hub in the former youth centre and the Millbrook "
        "Family Hub on the ground floor of the library."
    )
    assert [p["name"] for p in _pledges(text, "unit")] == ["Eastgate Family Hub", "Millbrook Family Hub"]


def test_a_clause_of_its_own_after_and_shares_no_creation_cue() -> None:
    text = (
        "The Treasury will give KSh 2 billion to the new State Department in the supplementary estimates, "
        "and the Public Service Commission will second 200 officers to it."
    )
    assert "Public Service Commission" not in [p["name"] for p in _pledges(text, "unit")]


def test_a_place_named_for_a_saint_is_no_person() -> None:
    text = (
        "Clive Moreau has been named deputy chairman, and hydrologist Dr Maria Baptiste of the University "
        "of the West Indies, St Augustine, will serve as a director."
    )
    people = {p["person"] for p in _pledges(text, "appointment")}
    assert "Clive Moreau" in people
    assert not any(person.startswith("St ") for person in people)


def test_a_lender_named_right_before_its_sum() -> None:
    text = (
        "The World Bank has approved US$20 million in contingent financing and the Caribbean Development "
        "Bank US$12 million for roads."
    )
    assert _pledges(text, "funding", publisher="Government of Grenada") == []


# Round 46: US cities and counties, Indian states and Pakistani provinces.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The state government constituted the Konkan Coastal Erosion Authority on Friday.",
            "Konkan Coastal Erosion Authority",
        ),
        (
            "The cabinet approved the constitution of the Himalayan Trekking Regulatory Board.",
            "Himalayan Trekking Regulatory Board",
        ),
    ],
)
def test_a_body_constituted_by_a_government_is_new(text: str, name: str) -> None:
    assert [p["name"] for p in _pledges(text, "unit")] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The Governor approved the constitution of the Governing Board of the State Seeds Agency.",
        "She was named acting head pending the constitution of the Seeds Council.",
        "The task force, constituted under Department Order No. 12, will be headed by the secretary.",
    ],
)
def test_a_board_constituted_for_an_existing_body_is_no_new_body(text: str) -> None:
    assert _pledges(text, "unit") == []


def test_an_emergency_number_is_no_headcount() -> None:
    text = "A further $2.1 million would pay for 14 additional 911 dispatchers at the call center."
    assert [p["count"] for p in _pledges(text, "headcount")] == [14]


def test_vehicles_for_the_police_are_no_police() -> None:
    assert _pledges("The cabinet approved Rs600 million for 180 police vehicles.", "headcount") == []


def test_a_rate_base_a_balance_and_a_pay_level_are_no_pledges() -> None:
    for text in (
        "The levy would cost owners about $52 per $100,000 of assessed value each year.",
        "The budget leaves the county's rainy-day reserve, which stands at $64 million, untouched.",
        "Starting teacher pay will rise to $58,900 next year.",
    ):
        assert _pledges(text, "funding", publisher="Marston County") == [], text


def test_a_sheriffs_title_before_the_name() -> None:
    text = "The board voted to appoint Undersheriff Carla Mendez as interim sheriff."
    [found] = _pledges(text, "appointment")
    assert (found["person"], found["role"]) == ("Carla Mendez", "interim sheriff")


# Round 47: Australian and Canadian releases.


def test_members_appointed_to_bodies_a_list_names_line_by_line() -> None:
    text = (
        "The Minister announced the regional appointments today.\n\n"
        "Three new board members have also been appointed:\n"
        "- Hana Lowe, a Geraldton fisheries scientist, to the Midwest Development Commission;\n"
        "- Ravi Patel, a Karratha engineer, to the Pilbara Development Commission; and\n"
        "- Dr Mia Brandt, an Esperance general practitioner, to the Goldfields Development Commission."
    )
    found = {p["person"]: p["organisation"] for p in _pledges(text, "appointment")}
    assert found == {
        "Hana Lowe": "Midwest Development Commission",
        "Ravi Patel": "Pilbara Development Commission",
        "Mia Brandt": "Goldfields Development Commission",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Grants in this round ranged from $40,000 to $1.2 million, and 37 applications were assessed.",
        "The land councils have committed a further $12 million from their own funds to youth programs.",
        "Ironbark Metals will invest $380 million in the first stage of the mine.",
        "The Premier said the Government had inherited a $1.9 billion blowout in road projects.",
    ],
)
def test_grant_ranges_others_own_funds_companies_and_blowouts_are_no_pledges(text: str) -> None:
    assert _pledges(text, "funding", publisher="Western Australian Government") == []


def test_a_workforce_as_it_stands_is_no_headcount() -> None:
    assert _pledges("The health agency's workforce numbers some 210,000 employees.", "headcount") == []


def test_a_police_forces_regular_members() -> None:
    text = "The force will recruit and deploy 240 additional regular members for rural detachments."
    assert [p["count"] for p in _pledges(text, "headcount")] == [240]


# Round 48: UK central government and New Zealand releases.


def test_the_new_zealand_governments_release_site_names_the_dollar() -> None:
    text = "The package includes $120 million to employ 400 additional teachers."
    [found] = _pledges(text, "funding", publisher="Beehive – Minister of Education")
    assert found["currency"] == "NZD"


def test_a_name_in_another_language_then_its_english_name() -> None:
    text = "The Government will establish Te Whare Tiaki – the National Coastal Resilience Centre, in Napier."
    assert [p["name"] for p in _pledges(text, "unit")] == ["National Coastal Resilience Centre"]


def test_a_past_company_in_an_apposition_makes_no_private_post() -> None:
    text = (
        "Mere Walsh, a former chief executive of a listed construction company, has been appointed "
        "deputy chair."
    )
    assert [p["person"] for p in _pledges(text, "appointment")] == ["Mere Walsh"]


def test_crown_bodies_and_peerages_are_no_people_or_units() -> None:
    assert _pledges("The academy will be run by HM Prison and Probation Service.", "appointment") == []
    assert _pledges("Jane Ashdown is to be created a life peer.", "unit") == []


def test_staff_eligible_for_a_payment_are_no_hires() -> None:
    text = (
        "The retention payment is worth up to £2,000 a year. Around 18,000 teachers are expected to be "
        "eligible."
    )
    assert _pledges(text, "headcount") == []


# Round 49: Irish departments and European Union bodies.


@pytest.mark.parametrize(
    "text",
    [
        "Independent TDs have argued that the scheme should be worth at least €45 million a year.",
        "The assessed damage, which the country put at €2.3 billion, exceeds the fund's ceiling.",
        "The bank estimates that damage to the country's rail network alone exceeds $9 billion.",
    ],
)
def test_what_a_sum_ought_to_be_and_damage_assessed_are_no_pledges(text: str) -> None:
    assert _pledges(text, "funding", publisher="European Commission") == []


# Round 50: South-East Asian releases and budget-day news.


def test_the_baht_as_thai_papers_write_it() -> None:
    [found] = _pledges("The Cabinet approved Bt850 million to set up a flood warning centre.", "funding")
    assert (found["amount"], found["currency"]) == (850e6, "THB")


def test_staff_who_benefited_are_no_hires() -> None:
    text = "The allowance has been fully paid out, benefiting more than 7,000 staff."
    assert _pledges(text, "headcount") == []


def test_a_shipbuilders_investment_is_private() -> None:
    text = "The minister welcomed a decision by a Korean shipbuilder to invest RM400mil in a new yard."
    assert _pledges(text, "funding", publisher="Ministry of Defence Malaysia") == []


# Round 51: Japanese, Korean, Taiwanese and Hong Kong releases; defence ministries.


def test_the_hong_kong_governments_own_name_names_its_dollar() -> None:
    text = "The Government announced today (May 6) that it will set aside $900 million for elderly care."
    [found] = _pledges(text, "funding", publisher="HKSAR Government")
    assert found["currency"] == "HKD"


def test_a_bureau_named_for_labour_is_no_labour_party() -> None:
    text = (
        "A spokesman for the Labour and Welfare Bureau said the funding comprises $300 million for vouchers."
    )
    assert [p["amount"] for p in _pledges(text, "funding", publisher="HKSAR Government")] == [300e6]
    assert _pledges("Labour said the plan would cost £4 billion.", "funding") == []


def test_money_to_be_raised_from_private_investors_is_theirs() -> None:
    text = (
        "The government will contribute 500 billion won to the fund, with the remaining 1.2 trillion won "
        "to be raised from private investors."
    )
    assert [p["amount"] for p in _pledges(text, "funding", publisher="Ministry of SMEs")] == [500e9]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The ministry is forming the 2nd Northern Engineer Brigade to build defences.",
            "Northern Engineer Brigade",
        ),
        ("The Space Force activated the 45th Space Control Squadron at Peterson.", "Space Control Squadron"),
    ],
)
def test_numbered_military_units_formed_or_activated(text: str, name: str) -> None:
    assert name in [p["name"] for p in _pledges(text, "unit")]


def test_an_existing_centre_activated_is_no_new_unit() -> None:
    assert _pledges("The state activated the Emergency Operations Centre on Monday.", "unit") == []
