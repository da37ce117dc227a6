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


# --- headcount: posts filled now, posts kept, people who take part, the private side ---------------


@pytest.mark.parametrize(
    "text",
    [
        "About 12,600 staff nurses are at present attached to district hospitals.",
        "The force has a sanctioned strength of 40,000, of which roughly 35,500 posts are filled.",
        "The district has 640 doctors in position against 910 sanctioned posts.",
        "The department confirmed that 1,500 teaching posts will be maintained next year.",
        "Around 8,000 civil servants are expected to take part in the pilot.",
        "The ministry set a target of certifying 50,000 workers under the new skills card.",
        "Private clinic owners said they plan to hire about 900 nurses of their own.",
    ],
)
def test_staff_in_post_kept_taking_part_or_hired_privately_are_no_pledge(text: str) -> None:
    assert pledges_of(text, "headcount") == []


def test_posts_to_be_in_position_by_a_date_are_a_pledge() -> None:
    text = "The first tranche of 800 inspectors will be in position by the end of 2027."
    assert [p.count for p in pledges_of(text, "headcount")] == [800]


# --- units: 'the constitution of a'; a body's name before a noun in -ing --------------------------


def test_the_constitution_of_a_named_body_creates_it() -> None:
    text = "The Cabinet approved the constitution of a National Spice Export Authority under the ministry."
    assert [p.name for p in pledges_of(text, "unit")] == ["National Spice Export Authority"]


def test_a_courts_name_before_a_noun_in_ing_is_no_new_body() -> None:
    text = "The ministry paid the arrears after a High Court ruling in March."
    assert pledges_of(text, "unit") == []


# --- funding: careers in biographies, caps per project, a past budget's allocation ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Ms Perera served as district secretary and, earlier, as project director of the Rs 4,800 crore "
        "coastal highway project.",
        "He was chief secretary of the state, where he oversaw the Rs 12,000 crore rural roads package.",
        "Support to a single project will be limited to Rs 80 crore.",
        "In the last national budget the agency received a basic allocation of around NOK 6 billion.",
    ],
)
def test_careers_caps_and_past_allocations_are_no_pledge(text: str) -> None:
    assert pledges_of(text, "funding") == []


def test_someone_who_served_before_may_lead_new_money() -> None:
    text = "Ms Rao, who served as finance secretary, will now lead the new Rs 500 crore mission."
    assert [p.amount for p in pledges_of(text, "funding")] == [5_000_000_000]


# --- US state governments: appointees, vetoes, failed bills ------------------------------------------


def test_plain_lines_after_appointed_colon_each_naming_a_post_are_appointments() -> None:
    text = (
        "The panel will have nine members. The governor today appointed:\n\n"
        "Marta Quist, a soil scientist and former director of the state survey, as chair\n"
        "Deon Hale, a rancher from Bitter Creek, as a member\n"
        "Mayor Ines Rowe of Castle Flats, as a member\n\n"
        "The other six members will be named next month."
    )
    assert {p.person for p in pledges_of(text, "appointment")} == {"Marta Quist", "Deon Hale", "Ines Rowe"}


def test_a_retired_officers_mark_does_not_hide_the_name() -> None:
    text = (
        "Brigadier General Alma Petrov (Ret.) of Cedar Bluff has been named executive director of the "
        "commission."
    )
    assert [p.person for p in pledges_of(text, "appointment")] == ["Alma Petrov"]


def test_an_office_and_its_portfolio_before_the_name_is_the_post() -> None:
    text = (
        "The governor also reappointed Secretary of Transportation Odell Price, who has led the agency "
        "since 2022."
    )
    assert [(p.person, p.role) for p in pledges_of(text, "appointment")] == [
        ("Odell Price", "Secretary of Transportation")
    ]


def test_a_count_of_member_states_is_no_appointment() -> None:
    text = "So far, 12 regional hubs have been selected across 9 Member States."
    assert pledges_of(text, "appointment") == []


@pytest.mark.parametrize(
    "text",
    [
        "Holt struck $12 million for a stadium study, $4 million for a museum and $1.5 million for a golf "
        "course.",
        "The governor used her line-item authority to strike six items totaling $21.3 million.",
        "Over the last two fiscal years, the state put $410 million into road resurfacing.",
        "Their caucus had offered a $12.4 billion alternative that failed on a party-line vote in June.",
        "A $600 million housing bond proposed by legislative Democrats died in committee last session.",
        "The state has received $90 million so far, of which $31 million has already been distributed to "
        "clinics.",
    ],
)
def test_vetoed_past_and_failed_money_is_no_pledge(text: str) -> None:
    assert pledges_of(text, "funding") == []


# --- units: headless names set up by an active verb; careers; successors ---------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The combined authority board today agreed to establish Invest Tarnside.", "Invest Tarnside"),
        ("The budget provides $41.2 million over four years to set up Bushfire Recovery Tasmania.", None),
    ],
)
def test_a_headless_name_an_active_verb_sets_up_is_a_body(text: str, name: str | None) -> None:
    expected = name or "Bushfire Recovery Tasmania"
    assert [p.name for p in pledges_of(text, "unit")] == [expected]


def test_a_place_made_something_is_no_body() -> None:
    text = "The council agreed to establish Port Ardrain as a freight gateway for the region."
    assert pledges_of(text, "unit") == []


def test_a_body_that_replaces_former_schemes_is_new() -> None:
    text = "The Tarn Valley Business Growth Fund replaces the region's former European-backed loan schemes."
    assert [p.name for p in pledges_of(text, "unit")] == ["Tarn Valley Business Growth Fund"]


# --- health services: Canada's provinces, clinical posts, terms, conversions, charities ------------


def test_a_provincial_ministry_makes_dollars_canadian() -> None:
    text = (
        "Lakehead Health's board has approved $46 million in new investments, provided by the provincial "
        "Ministry of Health, for surgery and home care."
    )
    assert [p.currency for p in pledges_of(text, "funding")] == ["CAD"]


def test_a_consultant_post_and_a_board_for_terms_are_appointments() -> None:
    text = (
        "Dr Ilse Varga has been appointed consultant geriatrician at Kilbrack University Hospital. "
        "Noel Tran and Ruth Oduya have also been appointed to the board for four-year terms."
    )
    assert {p.person for p in pledges_of(text, "appointment")} == {"Ilse Varga", "Noel Tran", "Ruth Oduya"}


def test_a_building_converted_into_a_named_centre_creates_it() -> None:
    text = (
        "The trust will spend £4 million converting the old Larchfield day hospital into the Fenmoor "
        "Crisis Assessment Centre."
    )
    assert [p.name for p in pledges_of(text, "unit")] == ["Fenmoor Crisis Assessment Centre"]


@pytest.mark.parametrize(
    "text",
    [
        "The Larchfield Hospital Auxiliary has donated $60,000 for a garden at the new unit.",
        "Mind in Fenmoor will add £120,000 from its own fundraising to open the café at weekends.",
    ],
)
def test_a_charitys_own_money_is_no_pledge(text: str) -> None:
    assert pledges_of(text, "funding") == []


# --- lists of members in a sentence; staff in scare quotes -----------------------------------------


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "The other board members are hydrologist Tessa Gray, farm director Ravi Lall and local "
            "government veteran Mona Pike, a former mayor of Leighton Shire.",
            {"Tessa Gray", "Ravi Lall", "Mona Pike"},
        ),
        (
            "The incoming commissioners are Ada Ruiz, formerly an economist at the tribunal; Ben Tamu, a "
            "retired engineer; and Cleo Vance, a consumer advocate.",
            {"Ada Ruiz", "Ben Tamu", "Cleo Vance"},
        ),
        (
            "Three directors were also appointed to the agency's founding board: former mayor Gus Ellery, "
            "who will chair it, economist Nina Ford and energy developer Luke Hart.",
            {"Gus Ellery", "Nina Ford", "Luke Hart"},
        ),
    ],
)
def test_a_sentence_listing_new_members_appoints_each(text: str, people: set[str]) -> None:
    assert {p.person for p in pledges_of(text, "appointment")} == people


def test_staff_in_scare_quotes_are_counted() -> None:
    text = 'The Employment Service will deploy 120 specialist "green work coaches" in jobcentres.'
    assert [(p.count, p.role) for p in pledges_of(text, "headcount")] == [
        (120, "specialist green work coaches")
    ]


# --- debts, past spending, lenders' loans; a surname that is a word of office; ceremonies ---------


@pytest.mark.parametrize(
    "text",
    [
        "Several councils have issued section 114 notices, including one with debts of £1.2 billion.",
        "Spending on children and young people's mental health services reached £1.9 billion last year.",
        "Earlier this year the department awarded £24 million to research projects on tidal turbines.",
        "The port is co-financed by a US$60 million loan approved by the Asian Development Bank's board.",
    ],
)
def test_debts_past_spending_and_lenders_loans_are_no_pledge(text: str) -> None:
    assert pledges_of(text, "funding") == []


def test_a_surname_that_is_a_word_of_office_is_a_name() -> None:
    text = "Attorney-at-law Marcia Holder has been appointed chairman of the housing board."
    assert [p.person for p in pledges_of(text, "appointment")] == ["Marcia Holder"]


def test_sworn_in_at_a_ceremonys_place_as_a_minister() -> None:
    text = "Dion Rolle, the MP for Fox Hill, was sworn in at Government House as the first Minister of Ports."
    assert [(p.person, p.role) for p in pledges_of(text, "appointment")] == [
        ("Dion Rolle", "Minister of Ports")
    ]


# --- US cities and counties ---------------------------------------------------------------------------


def test_a_us_dateline_and_a_mayors_given_name_keep_dollars_american() -> None:
    text = (
        "ELMWOOD, Mich. — The City Council approved $1.4 million to set up a transportation department. "
        "Mayor Victoria Brandt said the Ottawa Falls County plan would follow."
    )
    assert {p.currency for p in pledges_of(text, "funding")} == {"USD"}


@pytest.mark.parametrize(
    "text",
    [
        "Deets earned $184,000 in his final year.",
        "He noted the county's general fund reserve has fallen to $9 million from $15 million in 2021.",
        "After the House version cut it to $12 million, the senator fought to restore the money.",
        "The owner of a median homestead valued at $285,000 will pay roughly $74 more in county tax.",
    ],
)
def test_pay_levels_cuts_and_values_are_no_pledge(text: str) -> None:
    assert pledges_of(text, "funding") == []


def test_a_person_of_their_office_named_to_chair_a_panel() -> None:
    text = "The board named Lt. Rosa Munoz of the Dunmore County Sheriff's Office to chair the panel."
    assert [p.person for p in pledges_of(text, "appointment")] == ["Rosa Munoz"]


def test_lines_after_voted_to_confirm_new_commissioners_are_appointments() -> None:
    text = (
        "Council members voted 7-0 to confirm three new commissioners:\n\n"
        "Elena Pratt, a retired civil engineer who worked for the state for 28 years\n"
        "Samuel Oko, a housing policy researcher at Gulf Coast University\n\n"
        "They fill seats left vacant by resignations."
    )
    assert {p.person for p in pledges_of(text, "appointment")} == {"Elena Pratt", "Samuel Oko"}


def test_vacancies_a_body_is_facing_are_no_pledge() -> None:
    text = "Facing 96 vacancies at the county jail, the board approved $2.9 million to raise starting pay."
    assert pledges_of(text, "headcount") == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The board accepted a $640,000 state grant that will pay for five clinicians at the jail.",
            "five clinicians",
        ),
        ("The county accepted a $95,000 federal grant that will fund two crisis counsellors.", "two crisis"),
    ],
)
def test_what_a_grant_will_pay_for_is_its_recipient(text: str, start: str) -> None:
    (recipient,) = _recipients(text)
    assert recipient is not None and recipient.startswith(start)


def test_money_for_grants_that_cover_costs_goes_to_the_grants() -> None:
    text = "The package includes $2 million for grower assistance grants that will cover the cost of netting."
    assert _recipients(text) == ["grower assistance grants"]
