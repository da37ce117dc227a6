"""Classes of the twenty-fourth session (docs/blind-rounds.md, round 124 onward), in our own words.

Rounds 124-125 (defence and veterans; public-service reform; health capital programmes; arm's-length
public bodies): a recipient that only refers back ("the project", "the company") named by what it
refers to; posts cut, put at risk or withdrawn are no headcount; a list of appointments under "The
appointments are:" whose entries write their own post and body, and a date the post begins; a
formation that takes command of a brigade; military formations activated or the army's newest; a
contractor that waives its fees; the dollars of Canada's and Australia's public services.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import funding_reasons, pledges_of


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The state will spend a further €12 million on the extension of Carrowmore Hospital's "
            "maternity wing, bringing total investment in the project to €47 million.",
            "extension of Carrowmore Hospital's maternity wing",
        ),
        (
            "The ministry has allocated a rise of $90 million for the Harbour Police next year, bringing "
            "the force's total budget to $1.4 billion.",
            "Harbour Police",
        ),
    ],
)
def test_a_total_that_refers_back_to_the_project_goes_to_the_sum_before_it_in_the_sentence(
    text: str, recipient: str
) -> None:
    found = pledges_of(text, "funding")
    assert len(found) == 2
    assert {p.recipient for p in found} == {recipient}


def test_the_company_is_the_company_named_before_it_by_its_legal_form() -> None:
    text = (
        "The council set up Tallowfield Homes Ltd in March to build rental housing on council land.\n\n"
        "The company will be backed by a £20 million loan facility from the council over five years."
    )
    found = pledges_of(text, "funding")
    assert [p.recipient for p in found] == ["Tallowfield Homes Ltd"]


def test_a_reference_with_no_sum_before_it_in_its_sentence_is_left_as_written() -> None:
    # (another sentence's sum is as often a part of the programme as the programme itself)
    text = (
        "The department gave $4 million to school breakfast providers in May.\n\n"
        "Officials said a further $6 million would go to the programme next year."
    )
    recipients = {p.amount: p.recipient for p in pledges_of(text, "funding")}
    assert recipients.get(6_000_000) != "school breakfast providers"


@pytest.mark.parametrize(
    "text",
    [
        "Around 400 administrative roles will be disestablished by June, the department confirmed.",
        "About 900 vacancies that had been advertised will be withdrawn under the freeze.",
        "The union claimed the merger would put 6,000 public service jobs at risk.",
        "An opposition spokesperson said the plan would cost 250 council jobs in rural districts.",
        "The merged agency will have about 2,100 roles, down from the 2,600 staff it employs today.",
    ],
)
def test_posts_cut_withdrawn_or_put_at_risk_are_no_headcount(text: str) -> None:
    assert pledges_of(text, "headcount") == []


@pytest.mark.parametrize(
    "text",
    [
        "The grant will cover the cost of 15 park rangers to be recruited by the councils.",
        "The funding covers travel costs for 30 nurses to be hired from overseas.",
        "Around 200 roles will be cut from head office, and 120 new caseworker posts will be advertised.",
    ],
)
def test_staff_paid_for_or_hired_beside_cuts_still_count(text: str) -> None:
    assert len(pledges_of(text, "headcount")) == 1


def test_a_list_under_the_appointments_are_reads_each_entrys_own_post_and_body() -> None:
    text = (
        "The Prime Minister has approved three senior appointments.\n\n"
        "The appointments are:\n\n"
        "- Marguerite Osei-Lang, Permanent Secretary, Department for Coastal Affairs, from 1 March\n"
        "- Pieter Valcourt, Director General, National Statistics Service\n"
        "- Hollis Amadi, interim Chief Executive, Public Records Agency"
    )
    found = pledges_of(text, "appointment")
    assert [(p.person, p.role, p.organisation) for p in found] == [
        ("Marguerite Osei-Lang", "Permanent Secretary", "Department for Coastal Affairs"),
        ("Pieter Valcourt", "Director General", "National Statistics Service"),
        ("Hollis Amadi", "interim Chief Executive", "Public Records Agency"),
    ]


def test_a_former_post_in_a_list_entry_is_who_the_person_is_not_the_post() -> None:
    text = (
        "The Minister has appointed:\n"
        "- Siobhan Carrick (Chairperson), former chief executive of a water utility\n"
        "- Ruairi Feeney, former Assistant Secretary at the Department of Finance, Budgets and Reform"
    )
    roles = {p.person: p.role for p in pledges_of(text, "appointment")}
    assert roles.get("Ruairi Feeney") != "former Assistant Secretary at the Department of Finance"


def test_taking_command_of_the_brigade_is_an_appointment() -> None:
    text = "Col. Dana Whitcombe, who now commands a training wing, will take command of the brigade in May."
    assert [p.person for p in pledges_of(text, "appointment")] == ["Dana Whitcombe"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The 9th Coastal Sensing Battalion will be activated in March under the 3rd Division.",
            "Coastal Sensing Battalion",
        ),
        (
            "The Navy's newest patrol unit, the Southern Reef Squadron, will be based at Port Elric.",
            "Southern Reef Squadron",
        ),
    ],
)
def test_military_formations_activated_or_newest_are_new_units(text: str, name: str) -> None:
    assert [p.name for p in pledges_of(text, "unit")] == [name]


def test_a_contractor_that_waives_its_fees_gives_its_own_money() -> None:
    text = "The system's lead contractor, Brightwater Digital, has agreed to waive $8 million in fees."
    assert pledges_of(text, "funding") == []
    assert "funding.others" in funding_reasons(text)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (
            "The Treasury Board approved $30 million for the leadership college, and two assistant deputy "
            "minister posts will be created.",
            "CAD",
        ),
        (
            "The Assistant Treasurer confirmed $75 million for the tax office's new analytics platform.",
            "AUD",
        ),
    ],
)
def test_public_service_offices_of_one_country_tell_its_dollar(text: str, currency: str) -> None:
    assert [p.currency for p in pledges_of(text, "funding")] == [currency]


def test_a_sum_added_to_one_approved_in_an_earlier_year_restates_that_one() -> None:
    text = (
        "The province has raised the budget for Lakehead Regional Hospital to $1.4 billion, adding $300 "
        "million to the $1.1 billion approved in 2023."
    )
    scopes = {p.amount: p.scope for p in pledges_of(text, "funding")}
    assert scopes == {1_400_000_000: "total", 300_000_000: "new", 1_100_000_000: "existing"}


def test_a_contrast_after_a_rate_opens_a_new_sum_not_a_list_of_rates() -> None:
    text = (
        "Under the plan, $500 million would go to stabilization grants, with each hospital eligible for "
        "grants of up to $20 million, while $300 million would fund the rebuilding of rural clinics."
    )
    assert sorted(p.amount for p in pledges_of(text, "funding")) == [300_000_000, 500_000_000]


def test_a_record_since_an_event_after_the_sum_is_no_background() -> None:
    text = (
        "The agency has committed $180 million in loans to three port projects, its largest round since "
        "the agency was set up."
    )
    assert [p.amount for p in pledges_of(text, "funding")] == [180_000_000]


def test_a_building_condemned_by_inspectors_is_no_critic() -> None:
    text = (
        "A further R60 million has been set aside for a new mortuary at Kareedouw, replacing a building "
        "condemned by inspectors in 2023."
    )
    assert [p.amount for p in pledges_of(text, "funding")] == [60_000_000]


def test_new_funding_received_is_a_pledge_but_not_over_years_past() -> None:
    assert (
        len(
            pledges_of(
                "The regulator said it has received £9 million in new funding from the department.", "funding"
            )
        )
        == 1
    )
    past = "Low-fee schools received A$500 million in extra capital grants over the past four years."
    assert pledges_of(past, "funding") == []


def test_the_largest_single_loan_to_a_named_body_is_an_allocation() -> None:
    text = "The biggest single loan, of $75 million, goes to the Harbourside Community Housing Company."
    assert [p.amount for p in pledges_of(text, "funding")] == [75_000_000]


def test_a_plan_that_would_have_met_the_needs_is_no_pledge() -> None:
    text = "Trustee Dale Ormsby argued that a smaller $60 million plan would have met the district's needs."
    assert pledges_of(text, "funding") == []


def test_a_government_that_raised_the_budget_to_a_figure_gives_it() -> None:
    text = (
        "The state has raised the budget to $900 million, adding $150 million to the $750 million "
        "committed in 2024."
    )
    assert 900_000_000 in [p.amount for p in pledges_of(text, "funding")]


def test_a_county_after_a_table_lines_item_is_where_not_what() -> None:
    text = (
        "Projects supported include:\n"
        "Ardnagross riverside walk, Co. Galway: €1.4 million\n"
        "Kilbrack community kitchen, Co. Mayo: €900,000"
    )
    assert [p.recipient for p in pledges_of(text, "funding")] == [
        "Ardnagross riverside walk",
        "Kilbrack community kitchen",
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Aroha Kereama, who chaired the review, was on Tuesday appointed general manager of the Coastal "
            "Roads Authority.",
            "Aroha Kereama",
        ),
    ],
)
def test_a_day_between_the_auxiliary_and_appointed(text: str, person: str) -> None:
    assert [p.person for p in pledges_of(text, "appointment")] == [person]


def test_a_mayor_who_on_monday_announced_appointments_is_not_appointed() -> None:
    text = (
        "Mayor Delia Fairbrook on Monday announced the first members of her administration, naming a "
        "new city administrator."
    )
    assert [p.person for p in pledges_of(text, "appointment")] == []


def test_an_electricity_generator_that_will_contribute_gives_its_own() -> None:
    text = (
        "Electricity generator Rangitoto Power has agreed to contribute $3 million over five years to "
        "the centre."
    )
    assert pledges_of(text, "funding") == []


def test_the_new_board_lists_its_members() -> None:
    text = (
        "The Minister has appointed the first board of the Water Regulator.\n\n"
        "The new board:\n"
        "- Professor Thandi Mokoena (chairperson), former head of engineering at a university\n"
        "- Dr Amir Patel, public health microbiologist"
    )
    assert [p.person for p in pledges_of(text, "appointment")] == ["Thandi Mokoena", "Amir Patel"]


def test_us_personnel_lines_under_a_lead_in_that_a_full_stop_ends() -> None:
    text = (
        "Gov. Dana Whitcombe on Thursday announced the following appointments to state boards and "
        "commissions. Appointments that require Senate confirmation will be forwarded next week.\n\n"
        "Public Service Commission: Irene Calder of Maple Ridge, an energy attorney, for a term ending "
        "Dec. 31, 2030.\n"
        "State Parole Board: Luis Orrantia of Stone Harbor, a retired judge, as chair."
    )
    found = {p.person: (p.role, p.organisation) for p in pledges_of(text, "appointment")}
    assert found == {
        "Irene Calder": ("member", "Public Service Commission"),
        "Luis Orrantia": ("chair", "State Parole Board"),
    }


def test_the_deputy_mayors_are_lists_its_entries() -> None:
    text = (
        "The mayor also announced two deputy mayors.\n\n"
        "The deputy mayors are:\n"
        "Nadia Oyelaran, currently the city's budget director, as deputy mayor for operations;\n"
        "Colm Ridgeway, a former housing authority director, as deputy mayor for housing."
    )
    assert [p.person for p in pledges_of(text, "appointment")] == ["Nadia Oyelaran", "Colm Ridgeway"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "She appointed Rev. Marcia Doyle, pastor of Greater Bethel Baptist Church, and Dr. Ivan Petrov, "
            "chief of surgery at the county hospital, as the commission's co-chairs.",
            ["Marcia Doyle", "Ivan Petrov"],
        ),
        (
            "Supervisors appointed three board members: Ellen Voss, a retired banker from Port Leland; "
            "Dario Finch, a lawyer; and Maya Ortiz, a carpenter.",
            ["Ellen Voss", "Dario Finch", "Maya Ortiz"],
        ),
    ],
)
def test_churches_and_ports_are_no_peoples_names(text: str, people: list[str]) -> None:
    assert [p.person for p in pledges_of(text, "appointment")] == people


def test_named_to_oversee_a_body_is_an_appointment() -> None:
    text = (
        "The chief named Capt. Lena Morrow, previously commander of the north precinct, to oversee the new "
        "Real-Time Crime Center."
    )
    found = pledges_of(text, "appointment")
    assert [(p.person, p.role) for p in found] == [("Lena Morrow", "head of the new Real-Time Crime Center")]


@pytest.mark.parametrize(
    "text",
    [
        "A 2022 round of grants distributed $14 million to seven projects, most of them now finished.",
        "Last spring the commission approved a $150 million rate increase for the state's largest utility.",
        "The administrator said the reserve fund would still hold about $25 million after the budget passes.",
    ],
)
def test_past_rounds_rate_increases_and_reserve_balances_are_no_pledges(text: str) -> None:
    assert pledges_of(text, "funding") == []


def test_annual_installments_restate_the_commitment() -> None:
    text = (
        "The county committed another $6 million over three years, paid in annual installments of $2 million."
    )
    assert [p.amount for p in pledges_of(text, "funding")] == [6_000_000]


def test_a_surname_that_is_a_city_names_no_country() -> None:
    text = (
        "The City Council approved a $20 million road package on Monday.\n\n"
        "Marta Ruiz will become public works director, replacing Glenn Hobart, who retired in May."
    )
    assert [p.currency for p in pledges_of(text, "funding")] == ["USD"]


def test_a_leadership_installed_and_its_post_first_lines() -> None:
    text = (
        "At a ceremony on the same day, the President installed the agency's leadership:\n"
        "Head: Budi Santoso, previously Deputy Minister of Public Works;\n"
        "Deputy Head: Dewi Lestari, a coastal engineer;\n"
        "Principal Secretary: Yosef Lamere, a senior official of the Ministry of Fisheries."
    )
    assert [p.person for p in pledges_of(text, "appointment")] == [
        "Budi Santoso",
        "Dewi Lestari",
        "Yosef Lamere",
    ]


def test_a_board_as_follows_with_posts_before_a_dash() -> None:
    text = (
        "The Board of Trustees is as follows:\n"
        "Chair - Losana Vakaloloma, former Permanent Secretary for Rural Development\n"
        "Deputy Chair - Dr Epeli Nata, Senior Lecturer in Geography\n"
        "Trustee - Kamla Devi, chartered accountant"
    )
    found = [(p.person, p.role) for p in pledges_of(text, "appointment")]
    assert found == [
        ("Losana Vakaloloma", "Chair"),
        ("Epeli Nata", "Deputy Chair"),
        ("Kamla Devi", "Trustee"),
    ]


def test_members_under_a_new_members_heading_with_their_own_jobs() -> None:
    text = (
        "The following members have also been appointed for a two-year term from 1 April 2025:\n\n"
        "New members\n"
        "Ms Farah Idris, Partner, Idris & Tan LLP\n"
        "Mr Lim Wei Ming, Director, School of Design, Harbourfront Polytechnic\n\n"
        "Reappointed member\n"
        "Mr Tan Boon Hock, Chief Executive Officer, Kallang Freight"
    )
    found = {p.person: p.role for p in pledges_of(text, "appointment")}
    assert found == {"Farah Idris": "member", "Lim Wei Ming": "member", "Tan Boon Hock": "member"}


def test_a_tax_that_will_yield_a_sum_and_a_hotels_offer_are_no_pledges() -> None:
    assert (
        pledges_of("The increase in the property tax, which will yield around €9m, was approved.", "funding")
        == []
    )
    assert (
        pledges_of("The Harbour View Hotel has offered €50,000 towards a bike hire scheme.", "funding") == []
    )
