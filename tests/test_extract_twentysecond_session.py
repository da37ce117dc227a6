"""Classes of the twenty-second session (docs/blind-rounds.md, round 105 onward), in our own words.

Round 105 (Canadian provincial and territorial releases; US state and city announcements): a company
or charity that opens the sentence and gives the money (by its name's last word, a description, or a
clause about its business); a fact line whose label names a figure of the economy; money a government
expects from another; a motion that failed; the pay a post starts on; a Canadian territory's dollar;
a habit of hiring, someone's alternative and an event of a past year are no headcount pledges; "a new
post" is no body; a new fund described after its name; people listed with and without asides before
their shared post; a co-operative's name is no person's; recipients from a fact line with details in
brackets, a row with its count between dashes, a loan to a body named before it, a pot the money is
drawn from and a second verb of the sentence's subject.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import funding_reasons, pledges_of


@pytest.mark.parametrize(
    "text",
    [
        "Copperline Holdings, which is building a hotel beside the new ferry terminal, has agreed to "
        "contribute $9 million toward the waterfront promenade.",
        "Redstone Mines, which runs a nickel mine north of the town, will contribute $12 million to the "
        "access road.",
        "The Lakeshore Builders Society has contributed $400,000 toward a youth trades program.",
        "The Halvorsen Community Trust, a local philanthropy, will provide $2 million over four years to "
        "support tutors at the school.",
        "Prairie Express, which was chosen in May to run the new routes, says it will spend $5 million on "
        "low-floor coaches.",
    ],
)
def test_a_company_or_charity_opening_the_sentence_gives_its_own_money(text: str) -> None:
    assert pledges_of(text, "funding") == []
    assert "funding.others" in funding_reasons(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Authority, which operates the port, will invest $25 million in new berths.",
        "Valley Transit, which operates the city's buses, will spend $18 million on electric buses.",
        "The Regional Development Corporation will provide a $40 million loan to the shipyard.",
    ],
)
def test_a_public_body_that_runs_things_stillpledges_of(text: str) -> None:
    assert len(pledges_of(text, "funding")) == 1


def test_a_fact_line_of_trade_figures_is_no_pledge() -> None:
    text = (
        "Trade at a glance:\n\nOntario exports to Japan: $2.2 billion (2024)\n\n"
        "Imports from Japan: $3.1 billion (2024)\n\nPort upgrades: $45 million"
    )
    [pledge] = pledges_of(text, "funding")
    assert pledge.amount == 45_000_000 and pledge.recipient == "Port upgrades"


def test_a_fact_line_that_names_a_purpose_is_still_a_pledge() -> None:
    [pledge] = pledges_of("Funding by measure:\n\nPlanning appeals backlog: £30m", "funding")
    assert pledge.amount == 30_000_000


@pytest.mark.parametrize(
    "text",
    [
        "The county will add its share to the $140 million Harwick expects from the federal transit program.",
        "The state expects to receive roughly $300 million over ten years from the settlement.",
        "She proposed moving $3 million to road repairs, a motion that failed 2-5.",
        "An amendment to put $4 million into bike lanes was voted down by the council.",
        "New deputies start at $52,300 a year.",
    ],
)
def test_money_received_from_others_a_defeated_motion_and_pay_are_nopledges_of(text: str) -> None:
    assert pledges_of(text, "funding") == []


def test_a_motion_that_passed_stillpledges_of() -> None:
    assert (
        len(pledges_of("He proposed moving $3 million to road repairs, a motion that passed 5-2.", "funding"))
        == 1
    )


def test_a_budget_presented_as_proposed_is_the_governments_own() -> None:
    [pledge] = pledges_of("The mayor presented a proposed $1.4 billion operating budget for 2027.", "funding")
    assert pledge.amount == 1_400_000_000


@pytest.mark.parametrize(
    "text",
    [
        "The territorial government has approved $40 million for the Hay Lake bridge, the Minister said.",
        "The territory will spend $6 million on runway lighting, Minister Ada Rusk announced.",
    ],
)
def test_a_canadian_territory_writes_canadian_dollars(text: str) -> None:
    [pledge] = pledges_of(text, "funding")
    assert pledge.currency == "CAD"


@pytest.mark.parametrize(
    "text",
    [
        "The Parks Service typically hires about 600 seasonal rangers each summer.",
        "He wants the board to hire 30 counsellors instead.",
        "During the 2022 wildfires she oversaw the deployment of 800 soldiers.",
    ],
)
def test_habits_alternatives_and_past_events_are_no_headcountpledges_of(text: str) -> None:
    assert pledges_of(text, "headcount") == []


def test_paraprofessionals_are_staff() -> None:
    text = "The district will hire 40 special education teachers and 75 paraprofessionals next year."
    assert sorted(p.count for p in pledges_of(text, "headcount")) == [40, 75]


def test_hiring_instead_of_agency_staff_is_still_a_pledge() -> None:
    assert [
        p.count for p in pledges_of("The trust will hire 60 nurses instead of agency staff.", "headcount")
    ] == [60]


def test_a_new_post_is_no_body() -> None:
    text = "Ana Brill will serve as the Seniors Advocate, a new post with authority to inspect care homes."
    assert pledges_of(text, "unit") == []


def test_a_new_fund_described_after_its_name_is_a_body() -> None:
    text = "The province will capitalize the Northern Roof Repair Fund, a new fund that will lend to owners."
    assert [p.name for p in pledges_of(text, "unit")] == ["Northern Roof Repair Fund"]


def test_people_listed_with_and_without_asides_share_the_post() -> None:
    text = (
        "The mayor named Dr. Lena Ortiz, the city's public health officer, and Chief Paul Akers of the "
        "Fire Department as co-chairs of the heat task force."
    )
    people = {p.person: p.role for p in pledges_of(text, "appointment")}
    assert set(people) == {"Lena Ortiz", "Paul Akers"}
    assert all(role and "co-chair" in role for role in people.values())


def test_a_cooperatives_name_is_no_persons() -> None:
    text = (
        "The minister named the board's first two members: Rita Vance, manager of the Upper Valley "
        "Electric Cooperative, and Joel Park, principal of Kestrel High School."
    )
    assert {p.person for p in pledges_of(text, "appointment")} == {"Rita Vance", "Joel Park"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Costs by project\nBayline tram extension (4.2 km, three stops): $220,000,000",
            "Bayline tram extension",
        ),
        ("Approved projects\nHarbour View Co-op, Lakeport — 40 homes — $5,200,000", "Harbour View Co-op"),
        ("The province is offering Vantor a conditional, repayable loan of up to $15 million.", "Vantor"),
        (
            "The governor directed $9 million from the state's tobacco settlement account toward school "
            "nurses.",
            "school nurses",
        ),
        (
            "The budget sets aside $3.2 million for a police cadet academy and raises the starting salary "
            "for recruits.",
            "police cadet academy",
        ),
    ],
)
def test_recipients_of_lines_loans_pots_and_second_verbs(text: str, expected: str) -> None:
    [pledge] = pledges_of(text, "funding")
    assert pledge.recipient is not None and pledge.recipient.startswith(expected)
    assert "raises" not in pledge.recipient and "(" not in pledge.recipient


# Round 106 (Irish departments and newspapers; Australian state and federal releases).


def test_a_board_list_named_after_how_it_was_chosen() -> None:
    text = (
        "Three ordinary members have also been named following a competition run by the Public "
        "Appointments Service: Dr Aoife Lally, a geologist; Brendan Coyle, a barrister; and Nuala Feeney, "
        "a retired harbour master."
    )
    assert {p.person for p in pledges_of(text, "appointment")} == {
        "Aoife Lally",
        "Brendan Coyle",
        "Nuala Feeney",
    }


def test_directors_appointed_to_the_board_for_terms_introduce_the_list() -> None:
    text = (
        "The Minister today appointed a new chair of the Ridgeway Water Corporation.\n\n"
        "Two new directors have also been appointed to the board for three-year terms:\n"
        "- Ama Owusu, a civil engineer\n- Colm Reddy, a sheep farmer"
    )
    assert {p.person for p in pledges_of(text, "appointment")} >= {"Ama Owusu", "Colm Reddy"}


def test_a_post_line_with_its_holders_after_a_colon() -> None:
    text = (
        "Following a public process, the Minister has appointed the following to the board:\n\n"
        "Chair: Orla Keane, a film producer\n"
        "Members: Dara Quinn, an investor; Dr Siobhán Walsh, a lecturer; and Tobi Adebayo, an engineer"
    )
    people = {p.person: p.role for p in pledges_of(text, "appointment")}
    assert set(people) == {"Orla Keane", "Dara Quinn", "Siobhán Walsh", "Tobi Adebayo"}
    assert people["Tobi Adebayo"] == "Member"


def test_serving_a_term_as_a_post_appoints() -> None:
    text = "Liam Garvey, who ran a county council for a decade, will serve a five-year term as chairperson."
    assert [p.person for p in pledges_of(text, "appointment")] == ["Liam Garvey"]


@pytest.mark.parametrize(
    "line",
    [
        "Agency spend on locum doctors in 2024: €96 million",
        "Estimated losses to card fraud last year: €3.4 million",
        "Cost of the relief in 2024: €6.1 million",
    ],
)
def test_a_fact_line_dated_in_a_past_year_is_background(line: str) -> None:
    text = f"Sector snapshot\n\n{line}\n\nNew funding for the clinics: €12 million"
    assert [p.amount for p in pledges_of(text, "funding")] == [12_000_000]


def test_a_rounded_restatement_with_one_significant_digit_is_the_same_sum() -> None:
    text = (
        "The Minister announced a €52 million package for fire service recruitment.\n\n"
        '"This investment, just over €50 million in a single year, matters," she said.'
    )
    assert [p.amount for p in pledges_of(text, "funding")] == [52_000_000]


def test_a_cap_just_above_another_sum_is_its_own() -> None:
    text = (
        "The northern committee will receive £18.5 million. Up to £20 million will be available to the "
        "rail operator."
    )
    assert sorted(p.amount for p in pledges_of(text, "funding")) == [18_500_000, 20_000_000]


@pytest.mark.parametrize(
    "text",
    [
        "The Commonwealth's total investment in the scheme reaches $900 million, the Minister said.",
        "The Minister said $40 million would go to states and territories that meet targets.",
        "Police Minister Dana Hollis announced $12 million for rural stations. Shadow Police Minister Ken "
        "Abbott said it fell short.",
    ],
)
def test_australian_government_words_write_australian_dollars(text: str) -> None:
    assert {p.currency for p in pledges_of(text, "funding")} == {"AUD"}


def test_an_industry_bodys_levy_money_is_its_own() -> None:
    text = "The Growers Council has pledged $300,000 from its industry levy fund to support fruit fly traps."
    assert pledges_of(text, "funding") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A Cyber Intelligence Exchange will be established inside the agency.",
            "Cyber Intelligence Exchange",
        ),
        (
            "Of the new money, $80 million will seed the Coastal Towns Fund, which pays for halls.",
            "Coastal Towns Fund",
        ),
    ],
)
def test_bodies_named_with_a_and_funds_seeded_are_new(text: str, name: str) -> None:
    assert [p.name for p in pledges_of(text, "unit")] == [name]


def test_a_time_aside_after_the_sum_does_not_hide_what_it_sets_up() -> None:
    text = "The $14 million commitment, spread over four years, will set up a new Stock Theft Squad."
    [pledge] = pledges_of(text, "funding")
    assert pledge.recipient is not None and "Stock Theft Squad" in pledge.recipient


# Round 107 (UK devolved and local government; Indian, Singaporean, Malaysian and Philippine notes).


def test_a_plan_that_will_see_staff_recruited_pledges_them() -> None:
    text = "The plan will see 36 permanent mental health nurses recruited by next spring."
    assert [p.count for p in pledges_of(text, "headcount")] == [36]


def test_staff_taken_into_posts_in_past_years_are_background() -> None:
    text = "Between 2017 and 2024, some 9,000 contract nurses were taken into permanent posts, it said."
    assert pledges_of(text, "headcount") == []


def test_a_publicly_owned_operator_named_and_set_up_is_a_body() -> None:
    text = "A publicly owned operator, Marlow Valley Buses, will be set up as a subsidiary of the authority."
    assert [p.name for p in pledges_of(text, "unit")] == ["Marlow Valley Buses"]


def test_a_body_placed_within_another_is_not_created() -> None:
    text = "A new Careers Guidance Office will be set up within the ministry's Schools Division from May."
    assert [p.name for p in pledges_of(text, "unit")] == ["Careers Guidance Office"]


def test_an_appointer_in_the_active_perfect_is_not_appointed() -> None:
    text = "The Health Secretary, Gwen Morris, has appointed a new chair and two members to the board."
    assert pledges_of(text, "appointment") == []


def test_a_list_whose_last_member_is_placed_by_an_of_phrase() -> None:
    text = (
        "Rhys Lloyd, a games developer, and Dr Amina Sheikh of Caerleon University's law school have "
        "been appointed as non-executive directors of Digital Growth Wales."
    )
    assert {p.person for p in pledges_of(text, "appointment")} == {"Rhys Lloyd", "Amina Sheikh"}


def test_a_heading_that_names_board_appointments_leads_post_lines() -> None:
    text = (
        "The fund opens in April.\n\nHeritage board appointments\n"
        "Chair: Bríd Kelly, conservation architect\nNon-executive member: Sean Tully, master thatcher"
    )
    assert {p.person for p in pledges_of(text, "appointment")} == {"Bríd Kelly", "Sean Tully"}


def test_the_following_have_also_been_appointed_leads_a_list() -> None:
    text = (
        "The following have also been appointed to the agency's board with effect from 1 July:\n\n"
        "- Professor Lim Wei Ling, Dean, School of Law\n- Mr Arjun Menon, Partner, Menon and Tay LLP"
    )
    assert {p.person for p in pledges_of(text, "appointment")} == {"Lim Wei Ling", "Arjun Menon"}


def test_a_cabinet_items_appointment_of_opens_with_the_noun() -> None:
    text = "Appointment of senior officer Kavita Menon, presently Principal Secretary, as Chief Secretary."
    assert [p.person for p in pledges_of(text, "appointment")] == ["Kavita Menon"]


@pytest.mark.parametrize(
    "text",
    [
        "Separately, the National Lottery Heritage Fund has awarded £900,000 to village halls.",
        "Funding at a glance:\n\nDeveloper contributions towards new cycle lanes: £4 million",
        '"Experts told the committee it would take at least £30 million to make a difference," she said.',
        "Per-pupil funding for special schools will rise by about S$1,200 a year.",
    ],
)
def test_lottery_and_developer_money_estimates_and_rates_are_nopledges_of(text: str) -> None:
    assert pledges_of(text, "funding") == []


# Round 108 (US federal agencies; New Zealand government and regional news).


def test_a_us_personnel_entry_with_town_and_state_as_a_member() -> None:
    text = (
        "The President also intends to appoint:\n\n"
        "Mara Lindell, of Cedar Falls, Iowa, as a Member of the Prairie Water Board, for a term expiring "
        "in 2030"
    )
    [pledge] = pledges_of(text, "appointment")
    assert pledge.person == "Mara Lindell" and pledge.role is not None and "Member" in pledge.role


def test_officer_positions_paid_for_are_staff_and_police_departments_are_not() -> None:
    text = (
        "The office announced $120 million in hiring grants to 95 police departments. The grants will pay "
        "for 600 new full-time officer positions over three years."
    )
    assert [p.count for p in pledges_of(text, "headcount")] == [600]


def test_a_ratio_of_posts_is_no_count() -> None:
    assert pledges_of("The union said one in eight nurse posts was vacant.", "headcount") == []


def test_a_table_cell_sum_goes_to_the_rows_recipient() -> None:
    text = (
        "Selected awards (state | recipient | amount):\n\n"
        "Kansas | Prairie Wind Telephone Cooperative | $12.5 million\n"
        "Idaho | Snake Basin Broadband Authority | $9.1 million"
    )
    recipients = {p.amount: p.recipient for p in pledges_of(text, "funding")}
    assert "Prairie Wind Telephone Cooperative" in (recipients[12_500_000] or "")
    assert "Snake Basin Broadband Authority" in (recipients[9_100_000] or "")


def test_a_purpose_carried_by_a_named_programme_goes_to_the_programme() -> None:
    text = (
        "The department awarded $140 million to bring clean water to tribal homes through its Tribal "
        "Water Access Program."
    )
    [pledge] = pledges_of(text, "funding")
    assert pledge.recipient == "Tribal Water Access Program"


def test_a_government_paying_up_to_a_sum_is_one_commitment() -> None:
    [pledge] = pledges_of("The Crown will pay up to $60 million towards stopbanks in the region.", "funding")
    assert pledge.amount == 60_000_000 and pledge.qualifier == "up_to"


def test_a_hyphened_near_is_a_hedge_and_restates_the_sum() -> None:
    text = (
        "The Crown will pay up to $95 million towards flood defences.\n\n"
        "The council chair said the Crown's near-$100m commitment would let work start."
    )
    assert [p.amount for p in pledges_of(text, "funding")] == [95_000_000]


def test_entering_the_executive_as_a_minister_appoints() -> None:
    [pledge] = pledges_of("Mere Walker enters the Executive as Associate Minister of Health.", "appointment")
    assert pledge.person == "Mere Walker"


@pytest.mark.parametrize(
    "line",
    [
        "Cost to train one detector dog team: about $110,000",
        "Typical cost of a household connection: $8,500",
        "Federal share per project: no more than $100 million",
        "Estimated storm damage in the region, 2023: $1.3 billion",
        "Cost of eradicating the 2024 fruit fly incursion: $22 million",
    ],
)
def test_unit_costs_caps_and_past_figures_on_fact_lines(line: str) -> None:
    text = f"At a glance:\n\n{line}\n\nSalaries and training for new biosecurity officers: $7 million"
    assert [p.amount for p in pledges_of(text, "funding")] == [7_000_000]


@pytest.mark.parametrize(
    "text",
    [
        "Te Rūnanga o Ngāti Rua has committed $500,000 toward housing for nurses.",
        "Ngāi Tahu will give $2 million to the marae upgrades.",
    ],
)
def test_an_iwis_money_is_its_own(text: str) -> None:
    assert pledges_of(text, "funding") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The taskforce, to be known as Te Kāhui Rongo, will operate within the district.", "Te Kāhui Rongo"),
        ("The hub, to be called Te Awhina, will be run by the health district.", "Te Awhina"),
    ],
)
def test_a_described_body_named_in_an_aside_in_any_language(text: str, name: str) -> None:
    assert [p.name for p in pledges_of(text, "unit")] == [name]


def test_an_acronym_in_the_aside_is_no_name_of_its_own() -> None:
    text = "The task force, to be known as NFTF, will meet weekly during the monsoon season."
    assert pledges_of(text, "unit") == []


# Round 110 (council news in the UK, Ireland and Australia; health and education ministries).


@pytest.mark.parametrize(
    "text",
    [
        "Last financial year the Shire delivered $24.7 million of capital works.",
        "Council delivered $81 million of capital works in 2024-25, including the boat ramp.",
        "Fines totalling €48,300 were collected, while prosecutions brought in a further €19,750.",
        "A further £4.3 million would come from developer contributions linked to the housing scheme.",
        "The federation said schools had been underfunded by $1.9 billion last year alone.",
        "Trust finances:\n\nDeficit in 2024-25: £38 million",
    ],
)
def test_works_delivered_revenue_others_money_and_gaps_are_nopledges_of(text: str) -> None:
    assert pledges_of(text, "funding") == []


def test_works_still_to_deliver_are_a_pledge() -> None:
    assert len(pledges_of("The Shire will deliver $30 million of capital works next year.", "funding")) == 1


def test_what_the_money_replaces_does_not_date_it() -> None:
    text = (
        "The province will invest $300 million to rebuild Kestrel General Hospital, replacing a building "
        "that has served the town since 1958."
    )
    assert [p.amount for p in pledges_of(text, "funding")] == [300_000_000]


def test_a_building_a_service_works_from_is_no_new_body() -> None:
    text = "Capital works:\n\nNew Rural Fire Service depot, Koorab | $1.6m"
    assert pledges_of(text, "unit") == []


def test_a_day_is_no_recipient_and_a_new_item_is_one() -> None:
    [day] = pledges_of("The committee approved a £1.1 million package on Thursday.", "funding")
    assert day.recipient is None
    [item] = pledges_of("Capital items:\n\nA new branch library at Ballinure: €750,000", "funding")
    assert item.recipient is not None and "branch library at Ballinure" in item.recipient
