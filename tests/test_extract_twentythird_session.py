"""Classes of the twenty-third session (docs/blind-rounds.md, round 112 onward), in our own words.

Round 111 held out and rounds 112-113 (agriculture; arts and sport; public bodies spending their own
budgets; Caribbean and Pacific governments): a body that is no public one saying it will give money;
a company by its suffix with a full stop, or by what it does for a living, giving its own; another
country described as a donor; faith bodies; remittances and victims' losses; a fact line in a box
under its heading, with a qualifier after the colon or a financial year that has ended; dollars of
a province's government, of Australia's emergency number and of Ontario's police boards; Samoan and
Solomon Islands dollars; recipients from a row of cells divided by slashes, a pronoun after "and",
a clause's subject before ", funded through", and no month for a recipient.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import funding_reasons, pledges_of


@pytest.mark.parametrize(
    "text",
    [
        "The Stagecraft Trust, the national advisory body for theatres, welcomed the package and said it "
        "would put £1.2 million from its own reserves towards feasibility studies.",
        "Harbour Sound NZ said it would contribute $300,000 from its own funds to a touring programme.",
        "A gaming trust, the Southern Lights Community Trust, said it would add $5m from its community "
        "grants to a fund for grassroots netball.",
        "Westbrook Arts said it would invest $2 million in regional tours.",
    ],
)
def test_a_body_that_is_no_public_one_saying_it_will_give_gives_its_own(text: str) -> None:
    assert pledges_of(text, "funding") == []
    assert "funding.others" in funding_reasons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Marlow County Council said it would add £2.5 million to the town's flood defences.",
        "The regional health board said it would contribute $400,000 towards recruitment costs.",
        "The federal government says it will spend $150 million over five years on local newsrooms.",
        "In response, KVRTA said it will provide $500,000 in grants to shops affected by the works.",
    ],
)
def test_a_public_body_or_a_body_by_its_initials_saying_it_will_give_stillpledges_of(text: str) -> None:
    assert len(pledges_of(text, "funding")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The grid upgrade will be matched by the project's private partner, Saltmarsh Cables Ltd., which "
        "has committed $310 million.",
        "A private freight railroad that owns part of the Lakeshore route between the two towns has agreed "
        "to contribute $4 million in track materials.",
        "Japan, Palau's largest development partner, has committed ¥2 billion to the sea wall.",
        "A church congregation in Lotofaga has pledged WST 150,000 towards housing for nurses.",
    ],
)
def test_companies_donor_countries_and_faith_bodies_give_their_own(text: str) -> None:
    assert pledges_of(text, "funding") == []
    assert "funding.others" in funding_reasons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Remittances reached US$2.9 billion last year, the governor said.",
        "Police say card skimming is rising, with victims losing a combined $71 million.",
    ],
)
def test_remittances_and_what_victims_lose_are_no_funding(text: str) -> None:
    assert pledges_of(text, "funding") == []


def test_a_fact_box_under_its_heading_with_past_and_loss_figures_holds_no_pledge() -> None:
    text = (
        "The state will spend $120 million on levees.\n\nBy the numbers\n"
        "2022 storm damage in the district: $1.4 billion\n"
        "Council spending on road repairs in 2024-25: £1.2 billion\n"
        "Insured losses from hail in 2025: over $900 million"
    )
    assert [p.amount for p in pledges_of(text, "funding")] == [120_000_000]


def test_a_fact_line_that_dates_a_decision_stillpledges_of() -> None:
    text = "The rebuild is going ahead.\n\nKey figures\n2023 approved budget: $890 million"
    assert [p.amount for p in pledges_of(text, "funding")] == [890_000_000]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (
            "Coastal Ambulance Service has committed $40 million to a plan to cut response times, with a "
            "virtual hub to assess lower-urgency triple zero callers.",
            "AUD",
        ),
        ("The police services board approved $6 million for a new cyber crime unit on Tuesday.", "CAD"),
        (
            "The bridge authority will spend $212 million on the deck. The provincial government paid $25 "
            "million toward the approach roads last year.",
            "CAD",
        ),
        ("In Apia, the budget has ST$12.4 million allocated to the Ministry of Health.", "WST"),
        ("The Government will contribute ninety million Solomon dollars towards a new hospital wing.", "SBD"),
    ],
)
def test_the_dollar_of_a_country_told_by_its_institutions(text: str, currency: str) -> None:
    assert pledges_of(text, "funding")[0].currency == currency


def test_a_row_of_cells_divided_by_slashes_names_its_recipient() -> None:
    text = (
        "The department awarded $95 million to three ports:\n"
        "Port of Alderley, Oregon / shore power at two berths / $41,000,000\n"
        "Kestrel Bay Harbor District, Maine / cold-storage pier / $54,000,000"
    )
    recipients = [p.recipient for p in pledges_of(text, "funding")][1:]
    assert recipients == [
        "Port of Alderley, Oregon – shore power at two berths",
        "Kestrel Bay Harbor District, Maine – cold-storage pier",
    ]


def test_a_pronoun_after_and_is_the_body_the_text_creates() -> None:
    text = (
        "The Minister announced the creation of a Waterfront Extortion Task Team. The team will focus on "
        "gangs that demand a share of contracts, and it will receive R300 million over three years."
    )
    assert pledges_of(text, "funding")[0].recipient == "Waterfront Extortion Task Team"


def test_the_subject_before_funded_through_is_the_recipient_and_no_month_is() -> None:
    text = (
        "The Minister, Thandi Mokoena, has announced that the Border Management Agency will deploy 600 "
        "additional guards by March 2027, funded through a R900 million allocation."
    )
    assert pledges_of(text, "funding")[0].recipient == "Border Management Agency"


# --- 0.136.0: rounds 114-117 (explainers; Latin America; housing; speeches; US local government) ---


def test_a_pot_followed_by_when_or_where_names_itself() -> None:
    plan = pledges_of("Ottawa announced a $640-million wildfire readiness plan on Monday.", "funding")
    package = pledges_of("The minister unveiled an $820 million biosecurity package in Canberra.", "funding")
    assert (plan[0].recipient, package[0].recipient) == ("wildfire readiness plan", "biosecurity package")


def test_a_ministers_portfolio_and_name_are_no_recipient() -> None:
    text = (
        "Minister for Housing, Local Government and Heritage Ciarán Walsh has secured an additional "
        "€45 million for homeless services this year."
    )
    assert pledges_of(text, "funding")[0].recipient == "homeless services"


def test_bonds_sold_to_pay_for_a_work_fund_it() -> None:
    text = "The school board authorized the sale of 36 million dollars in bonds to build a new high school."
    assert [p.amount for p in pledges_of(text, "funding")] == [36_000_000]


def test_bonds_issued_for_themselves_are_still_borrowing() -> None:
    assert pledges_of("The Treasury will issue ¥9 trillion in additional bonds this year.", "funding") == []


def test_an_estimate_of_what_a_country_will_need_is_no_headcount() -> None:
    text = "An industry body estimates that the country will need 240,000 new software engineers by 2028."
    assert pledges_of(text, "headcount") == []


def test_others_money_a_state_expects_and_a_builder_with_a_figure_in_its_clause() -> None:
    for text in (
        "The package sits beside some $610 million that Wyoming expects to receive through the federal "
        "broadband program.",
        "Kestrel Developments, which is building 1,500 homes beside the station, has agreed to fund £40m "
        "of the interchange.",
        "Tidewater Insurance has committed $4 million to a premium discount scheme.",
    ):
        assert pledges_of(text, "funding") == [], text


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "The ministry also announced the following appointments:\n"
            "- Ana Dale, interim chief executive of the Prison Service (HMPS), while a permanent "
            "appointment is made;\n"
            "- Huw Rees, first director of the new Probation Academy; and\n"
            "- Mia Tane, chair of the Parole Board.",
            ["Ana Dale", "Huw Rees", "Mia Tane"],
        ),
        (
            "The minister used the launch to name three new members of the Screen Council, whose terms "
            "begin in May: the novelist Ana Dale; Huw Rees, a producer; and Mia Tane, who runs a youth "
            "theatre in Galway.",
            ["Ana Dale", "Huw Rees", "Mia Tane"],
        ),
        (
            "Members of the Harbour Advisory Board, appointed Sept. 4: Ana Dale (chair), a lawyer; Huw "
            "Rees, an organizer with Harbour Tenants United; and Mia Tane, a teacher.",
            ["Ana Dale", "Huw Rees", "Mia Tane"],
        ),
        (
            "The Minister has also reappointed commissioners Ana Dale and Huw Rees for further three-year "
            "terms.",
            ["Ana Dale", "Huw Rees"],
        ),
    ],
)
def test_lists_of_appointees_as_releases_write_them(text: str, people: list[str]) -> None:
    assert [p.person for p in pledges_of(text, "appointment")] == people


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Film-maker Ana Dale has been appointed as the commission's first chief executive.",
            "Ana Dale",
            None,
        ),
        (
            "The Government confirmed that Ana Dale, a former legal aid director, will serve as interim "
            "Domestic and Family Violence Commissioner while a permanent appointment is made.",
            "Ana Dale",
            "interim Domestic and Family Violence Commissioner",
        ),
        ("Station Officer Ana Dale has been appointed to command the new rescue team.", "Ana Dale", None),
        ("It will be coordinated by Ana Dale, a former planner.", "Ana Dale", "coordinator"),
        (
            "The board appointed Ana Dale, a retired accountant, to fill the District 3 seat.",
            "Ana Dale",
            "member",
        ),
        (
            "The board reappointed Ana Dale to a three-year term on the county Planning Commission.",
            "Ana Dale",
            None,
        ),
    ],
)
def test_appointments_by_other_verbs_and_callings(text: str, person: str, role: str | None) -> None:
    found = pledges_of(text, "appointment")
    assert [p.person for p in found] == [person]
    if role is not None:
        assert found[0].role == role


def test_the_minister_who_announces_an_appointment_is_not_appointed() -> None:
    text = (
        "The Minister of Education, Losa Vaai, announced that Mele Tui, a former principal, has been "
        "appointed the Council's first chairperson."
    )
    assert [p.person for p in pledges_of(text, "appointment")] == ["Mele Tui"]


def test_where_a_person_works_is_no_new_body_and_a_council_approves_one() -> None:
    assert pledges_of("Ana Dale, who runs a youth arts centre in Sligo, was named.", "unit") == []
    text = "The council also approved a Community Risk Reduction Unit within the fire department."
    assert [p.name for p in pledges_of(text, "unit")] == ["Community Risk Reduction Unit"]


# --- 0.137.0: rounds 115-116 (housing; disaster recovery; speeches) ---


@pytest.mark.parametrize(
    "text",
    [
        "The state has approved aid, and private donors have given more than $30 million to a relief fund.",
        "I welcome the £40 million that the major lenders pledged this morning towards a fraud platform.",
        "Private venture funding in the country's robotics firms reached $3.2 billion last year.",
        "The state budget office puts total flood damage at $21 billion.",
        "Several mayors argued the bill should have included at least $3 billion.",
    ],
)
def test_others_money_figures_and_counterfactuals_are_nopledges_of(text: str) -> None:
    assert pledges_of(text, "funding") == []


def test_a_team_that_went_home_is_no_headcount() -> None:
    text = "A search and rescue team of 64 specialists returned home yesterday after finishing its work."
    assert pledges_of(text, "headcount") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The President has designated Deputy Minister of Cooperative Governance Ana Dale as the "
            "national champion for the recovery effort.",
            "Ana Dale",
        ),
        (
            "Hon Huw Rees, the Member for Waitaki, comes into the executive as Minister for Rural Towns.",
            "Huw Rees",
        ),
    ],
)
def test_portfolio_words_and_entering_the_executive(text: str, person: str) -> None:
    assert [p.person for p in pledges_of(text, "appointment")] == [person]


def test_speculation_is_no_appointment_and_an_incorporated_body_is_no_person() -> None:
    text = "There has been speculation this week that Ana Dale will be named as a national adviser on drugs."
    assert pledges_of(text, "appointment") == []
    text = (
        "The Taskforce will be chaired by Huw Rees, former chief executive of Ngāti Rangi Iwi Incorporated, "
        "and Mia Tane has agreed to serve as deputy chair."
    )
    assert "Ngāti Rangi Iwi Incorporated" not in {p.person for p in pledges_of(text, "appointment")}


# --- 0.138.0: round 119 (education; public health and emergency services) ---


def test_a_yearly_payment_per_teacher_is_a_rate() -> None:
    text = (
        "The package includes $150 million for incentives for teachers, worth up to $15,000 a year per "
        "teacher, and about $40 million for mentoring."
    )
    assert sorted(p.amount for p in pledges_of(text, "funding")) == [40_000_000, 150_000_000]


def test_what_companies_agreed_to_pay_is_theirs() -> None:
    text = "The money comes from settlements under which drug makers agreed to pay roughly $19 billion."
    assert pledges_of(text, "funding") == []


def test_a_governors_residence_is_no_person() -> None:
    text = (
        "According to a notification issued by the Raj Bhavan, Prof. K. Anand Rao has been appointed "
        "Vice-Chancellor of Coastal Karnataka University."
    )
    assert [p.person for p in pledges_of(text, "appointment")] == ["K. Anand Rao"]


# --- 0.139.0: round 121 (courts and prisons; state and city transport) ---


def test_a_sum_closing_a_quotation_that_would_be_needed_is_a_demand() -> None:
    text = 'The lawyers\' association said "at least £40 million" would be needed to cope with the demand.'
    assert pledges_of(text, "funding") == []


@pytest.mark.parametrize(
    "text",
    [
        "The bus operators hope to recruit about 90 drivers next year.",
        "About 1,800 recruits passed out from the prison staff college in December 2023.",
    ],
)
def test_hopes_and_classes_that_passed_out_are_no_headcount(text: str) -> None:
    assert pledges_of(text, "headcount") == []


def test_a_body_that_will_employ_staff_after_projects_still_hires() -> None:
    text = "The unit will help councils process consents for water projects and will employ 45 planners."
    assert [p.count for p in pledges_of(text, "headcount")] == [45]


# --- 0.140.0: round 120, scored held out first (Indian press notes) ---


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "The Appointments Committee of the Cabinet has approved the appointment of the following "
            "officers as General Managers:\n- Asha Rao, IRSME, as General Manager, Western Railway;\n"
            "- Vikram Das, IRSEE, as General Manager, Eastern Railway.",
            ["Asha Rao", "Vikram Das"],
        ),
        ("Rohan Mehra moves as Commissioner of Police, Pune.", ["Rohan Mehra"]),
        ("Neha Kapoor, SP of Etah, goes to Agra as SSP.", ["Neha Kapoor"]),
        (
            "Meera Joshi, Inspector General (Cyber), has been promoted and appointed Additional Director "
            "General in charge of the new directorate.",
            ["Meera Joshi"],
        ),
    ],
)
def test_postings_as_indian_official_news_writes_them(text: str, people: list[str]) -> None:
    found = pledges_of(text, "appointment")
    assert [p.person for p in found] == people
    assert not any(p.role.startswith("as ") for p in found)


# --- 0.141.0: recipients of round 120 ---


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Twelve Hunter Valley manufacturers have been awarded a total of $8.5 million in state grants to "
            "expand their factories.",
            "Twelve Hunter Valley manufacturers",
        ),
        (
            "The Province is providing Invest Coastal with $30 million over three years to begin work.",
            "Invest Coastal",
        ),
    ],
)
def test_who_is_awarded_a_total_or_provided_with_the_sum_receives_it(text: str, recipient: str) -> None:
    assert pledges_of(text, "funding")[0].recipient == recipient


def test_projects_selected_to_receive_a_total_are_not_the_selector() -> None:
    text = (
        "The Commission has selected 80 transport projects to receive a total of €2.1 billion in EU grants."
    )
    assert pledges_of(text, "funding")[0].recipient != "Commission"
