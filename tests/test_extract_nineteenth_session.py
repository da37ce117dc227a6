"""Classes of the nineteenth session's blind rounds (docs/blind-rounds.md, rounds 83 onward), in
our own words.

Round 83 (housing and planning; research and innovation funding): academic posts are staff;
people at work now are no pledge; a development corporation described before it is named is the
named body; bodies others call for, and places such as a town centre, are no units; a yearly sum
bodies receive or spend now, a pay level reached, a round already run, households' own shares and
some members' proposals are no funding; a round of a programme is the programme; a stage or two
years after a sum are no recipient.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, PledgeMention, extract


def _pledges(text: str, kind: str) -> list[PledgeMention]:
    return [p for p in extract(ArticleText("", text, date(2025, 6, 2))) if p.kind == kind]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The new fellowship scheme will fund 30 early-career research fellows at eight universities.", 30),
        ("The programme will create 45 assistant professorships in engineering by 2028.", 45),
        ("The institute will hire 12 postdocs in its first year.", 12),
    ],
)
def test_academic_posts_are_staff(text: str, count: int) -> None:
    assert [p.count for p in _pledges(text, "headcount")] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "The union noted that about 40,000 postdocs in the country work on fixed-term contracts, and that "
        "300 posts would barely register.",
        "More than 600 teachers in the district work part-time.",
    ],
)
def test_people_at_work_now_are_no_pledge(text: str) -> None:
    assert _pledges(text, "headcount") == []


def test_people_who_will_start_work_are_a_pledge() -> None:
    text = "The department will recruit 300 nurses, and the first 120 nurses will start work in May."
    assert 300 in [p.count for p in _pledges(text, "headcount")]


def test_a_development_corporation_described_first_is_the_body_named_later() -> None:
    text = (
        "A new development corporation will be set up to unlock 12,000 homes along the Alder valley. "
        "The Alder Valley Development Corporation will take on planning powers for 1,400 hectares."
    )
    assert [p.name for p in _pledges(text, "unit")] == ["Alder Valley Development Corporation"]


@pytest.mark.parametrize(
    "text",
    [
        "Opposition members have called for a £400 million housing emergency fund and for new powers.",
        "Tenant groups urged ministers to set up a Renters Protection Agency.",
        "Campaigners demand a new Rivers Regulator for the region.",
    ],
)
def test_bodies_others_ask_for_are_no_units(text: str) -> None:
    assert _pledges(text, "unit") == []


@pytest.mark.parametrize(
    "text",
    [
        "The state will turn the old rail yards into a new town centre for the western suburbs.",
        "A new leisure centre will open in the spring.",
        "A new community centre will open in Eastfield next year.",
    ],
)
def test_places_and_venues_are_no_units(text: str) -> None:
    assert _pledges(text, "unit") == []


def test_a_body_the_government_sets_up_is_still_a_unit() -> None:
    text = "The minister will set up a new Housing Standards Agency next year."
    assert [p.name for p in _pledges(text, "unit")] == ["Housing Standards Agency"]


@pytest.mark.parametrize(
    "text",
    [
        "The four research councils together spend about $2.9 billion a year.",
        "The 12 existing centres receive around CHF 70 million a year from the foundation.",
        "The minimum stipend for doctoral students rose to £21,400 this year.",
        "The Harbour Fund, which backs coastal research and awarded NZ$60 million to 90 projects in its "
        "most recent round, will continue.",
        "Beneficiaries will contribute about ₹3,200 crore towards the cost of the new houses.",
        "Some legislators have proposed a separate $80 million fund for permitting staff.",
        "A group of backbench MPs wants a £40 million fund for rural bus routes.",
    ],
)
def test_status_quo_pay_levels_past_rounds_and_others_shares_are_no_funding(text: str) -> None:
    assert _pledges(text, "funding") == []


def test_a_legislature_that_approves_money_commits_it() -> None:
    text = "Legislators approved a $80 million fund for permitting staff."
    assert [p.amount for p in _pledges(text, "funding")] == [80_000_000]


def test_the_latest_round_announced_is_funding() -> None:
    text = (
        "Fourteen groups have been awarded a total of £5.1 million in the latest round of the Village "
        "Energy Grant."
    )
    assert [p.amount for p in _pledges(text, "funding")] == [5_100_000]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The council confirmed £900 million for its next round of doctoral training.", "doctoral training"),
        ("The minister announced $210 million for the latest round of Discovery Grants.", "Discovery Grants"),
        (
            "The minister confirmed €380 million over 2026 and 2027 for the Affordable Purchase Loan.",
            "Affordable Purchase Loan",
        ),
    ],
)
def test_round_83_recipients(text: str, recipient: str) -> None:
    assert [p.recipient for p in _pledges(text, "funding")] == [recipient]


def test_a_stage_of_a_programme_is_no_recipient() -> None:
    text = (
        "The foundation will fund the three centres with a total of CHF 48 million over the first "
        "four-year phase."
    )
    assert all("phase" not in str(p.recipient) for p in _pledges(text, "funding"))


def test_a_committee_recommending_last_year_is_no_pledge() -> None:
    text = (
        "The Housing Committee recommended last year that inspector numbers should be doubled to 600 by "
        "the end of the decade."
    )
    assert _pledges(text, "headcount") == []


def test_an_aside_with_a_bracket_that_goes_on_keeps_the_appointment() -> None:
    text = (
        "Dr Mei Tan, a former pro vice-chancellor (research) at a coastal university and until recently "
        "head of a national imaging facility, has been appointed chair of the council's board."
    )
    assert [p.person for p in _pledges(text, "appointment")] == ["Mei Tan"]


# Round 84 (agriculture and rural affairs; local papers on councils, police and health boards).


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "The authority will put £3.8m into youth services next year, reopening two youth clubs in "
            "Northgate that closed in 2019.",
            3_800_000,
        ),
        (
            "The budget includes €2.1 million for road maintenance, up from €1.7 million this year, and "
            "€640,000 for a new Climate Action Office.",
            640_000,
        ),
        (
            "She said R900 million would go to water, including R310 million to replace old pipes in "
            "Eastvale, where some households have gone without water for weeks.",
            310_000_000,
        ),
        (
            "The Cabinet Secretary said the National Treasury had approved Sh350 million to set up the "
            "board.",
            350_000_000,
        ),
    ],
)
def test_money_announced_beside_past_words_of_other_things_is_funding(text: str, amount: int) -> None:
    assert amount in [p.amount for p in _pledges(text, "funding")]


@pytest.mark.parametrize(
    "text",
    [
        "Individual grants range from $100,000 to $10 million and will pay for cold storage.",
        "The Hillcrest Rotary Club has donated $60,000 to furnish a waiting room at the hospital.",
        "A co-operative will use its grant, along with $2 million of its members' own equity, to expand.",
        "He had asked the board to set aside $1 million for a jail treatment programme.",
    ],
)
def test_ranges_clubs_owners_equity_and_requests_are_no_funding(text: str) -> None:
    assert _pledges(text, "funding") == []


def test_an_executive_asking_its_council_to_approve_money_proposes_it() -> None:
    text = "The mayor will ask the council to approve $1.8 million to reopen the west side fire station."
    assert [p.amount for p in _pledges(text, "funding")] == [1_800_000]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("An extra £2.5m for potholes brings total spending on highways this year to £11.5m.", "potholes"),
        (
            "The budget includes $3 million to establish a homelessness support hub and money for 15 extra "
            "staff.",
            "establish a homelessness support hub",
        ),
        (
            "Of the amount, P300 million will be added to the lending fund of the Harvest Recovery loan "
            "program.",
            "lending fund of the Harvest Recovery loan program",
        ),
    ],
)
def test_round_84_recipients(text: str, recipient: str) -> None:
    assert recipient in [p.recipient for p in _pledges(text, "funding")]


def test_establishment_funding_goes_to_the_body_created() -> None:
    text = (
        "The council will set up the Coastal Harbour Authority next year. The council will provide $6.1 "
        "million in establishment funding."
    )
    recipients = [p.recipient for p in _pledges(text, "funding")]
    assert recipients == ["Coastal Harbour Authority"]


def test_a_support_hub_is_a_service_not_a_body() -> None:
    text = "The council will spend $3 million to establish a homelessness support hub in the city centre."
    assert _pledges(text, "unit") == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Two new non-executive board members have also been appointed by the four farming ministers: "
            "Ana Dale, a pig producer from Yorkshire, and Huw Rees, who runs a sheep farm near Brecon.",
            ["Ana Dale", "Huw Rees"],
        ),
        (
            "The panel endorsed the commissioner's choice of Sunita Rao, a former magistrate, as her deputy "
            "police and crime commissioner.",
            ["Sunita Rao"],
        ),
        (
            "Councillor Ann Whelan, who proposed the initiative, was elected by committee members to chair "
            "it.",
            ["Ann Whelan"],
        ),
        ("Ann Whelan was appointed by the minister to lead the review.", ["Ann Whelan"]),
    ],
)
def test_round_84_appointments(text: str, people: list[str]) -> None:
    assert [p.person for p in _pledges(text, "appointment")] == people


def test_a_persons_past_in_a_clause_on_their_name_does_not_date_the_staff() -> None:
    text = (
        "She said the rural team would have 12 dedicated officers and would be led by Inspector Kate Barrow, "
        "who has run the rural crime pilot since 2021."
    )
    assert [p.count for p in _pledges(text, "headcount")] == [12]


def test_veterinarians_are_staff() -> None:
    text = "The agency will hire 45 additional import inspectors and 20 veterinarians for disease response."
    assert sorted(p.count for p in _pledges(text, "headcount")) == [20, 45]


# Round 85 (welfare and cost-of-living support; trade, investment promotion and industrial strategy).


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "A joint venture, Ridgeline Advanced Packaging, will open a plant. Ridgeline Advanced Packaging "
            "expects to invest $1.1 billion over five years.",
            1_100_000_000,
        ),
        (
            "The state will give a $20 million loan to Tarrant Green Ammonia. Tarrant Green Ammonia's "
            "backers have pencilled in about $2 billion for the first stage.",
            2_000_000_000,
        ),
        (
            "The ministry will award ¥60 billion to Setouchi Cell Works for a new cell plant in Himeji. "
            "Setouchi Cell Works plans total investment of about ¥300 billion.",
            300_000_000_000,
        ),
        ("The industry association Chipnet has recommended a national chips fund of €10 billion.", 10e9),
        ("The country's electronics production reached Rs 9.5 lakh crore last year.", 9.5e12),
        ("Client companies' total spending in the Irish economy reached €30 billion.", 30e9),
        (
            "The announcement coincides with a decision by medical technology firm Corvell Medical to "
            "establish a €150 million manufacturing facility in Galway.",
            150_000_000,
        ),
        ("The department says envoy visits helped secure export deals worth £1.1 billion last year.", 1.1e9),
        ("Its president said the company would also put ¥2 billion into local scholarships.", 2e9),
    ],
)
def test_companies_industry_bodies_and_the_economy_are_no_government(text: str, amount: float) -> None:
    assert amount not in [p.amount for p in _pledges(text, "funding")]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "The minister announced a contribution of up to $240 million from the Strategic Innovation Fund "
            "to Arvalis Aluminium to replace ageing pot lines.",
            240_000_000,
        ),
        (
            "The Federal Government will support the construction of a new fab by Elbtal Semiconductor in "
            "Dresden with a grant of €920 million.",
            920_000_000,
        ),
        (
            "The ministry certified plans submitted by two battery manufacturers and decided to provide "
            "subsidies of up to ¥150 billion for the projects.",
            150_000_000_000,
        ),
        (
            "The Industrial Development Corporation will provide a R650 million loan to a fruit processor.",
            650_000_000,
        ),
        (
            "The trade body Business Aotearoa welcomed it. Invest Aotearoa will be funded with $12 million "
            "over its first two years.",
            12_000_000,
        ),
        ("The enhancement will cost the Government about $900 million over five years.", 900_000_000),
        (
            "The Governor today proposed $310 million over the next two-year budget cycle for carers.",
            310_000_000,
        ),
    ],
)
def test_public_money_to_companies_and_the_governments_own_cost_are_funding(text: str, amount: int) -> None:
    assert amount in [p.amount for p in _pledges(text, "funding")]


@pytest.mark.parametrize(
    "text",
    [
        "Last year's credits cost the Exchequer €1.2 billion.",
        "The annual earnings exemption for people with disabilities will increase to $18,000.",
        "Members' retirement balances totalled more than $600 billion at the end of last year.",
        "The charity Carers Together, which handed out £3.2 million from its own grants fund last winter, "
        "welcomed the plan.",
    ],
)
def test_past_costs_thresholds_balances_and_charities_are_no_funding(text: str) -> None:
    assert _pledges(text, "funding") == []


def test_people_who_become_eligible_are_no_staff() -> None:
    text = "Around 60,000 additional carers are expected to become eligible as a result."
    assert _pledges(text, "headcount") == []


def test_a_promise_restated_after_a_tranche_is_headcount() -> None:
    text = (
        "They are the next tranche of the 3,000 extra positions the government has promised to fill by 2026."
    )
    assert [p.count for p in _pledges(text, "headcount")] == [3000]


@pytest.mark.parametrize(
    "text",
    [
        "Pension Age Heating Payment replaces Winter Fuel Payment in Scotland.",
        "The Cabinet appointed Dr Katrin Vogel, until now head of department at the Federal Office for "
        "Economic Affairs and Export Control (BAFA), as Federal Government Commissioner for Chips.",
    ],
)
def test_benefits_and_agencies_names_are_no_people(text: str) -> None:
    people = [p.person for p in _pledges(text, "appointment")]
    assert all(person and "Payment" not in person and "Control" not in person for person in people)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The package comes on top of the £14 million already committed in the autumn to rebuild the "
            "online claim service.",
            "rebuild the online claim service",
        ),
        (
            "Staff will be hired, and a further $320 million has been set aside in this year's funding for "
            "the call centre expansion.",
            "call centre expansion",
        ),
    ],
)
def test_round_85_recipients(text: str, recipient: str) -> None:
    assert recipient in [p.recipient for p in _pledges(text, "funding")]


def test_a_body_that_will_have_a_sum_receives_it() -> None:
    text = (
        "The minister announced a new Benefit Rules Review Panel. The panel will have $1.8 million to "
        "commission research."
    )
    assert [p.recipient for p in _pledges(text, "funding")] == ["Benefit Rules Review Panel"]


def test_a_state_owned_utility_hires_as_a_public_body() -> None:
    text = (
        "State-owned utility Harbour Coast Water will fund the plant. Harbour Coast Water will recruit 28 "
        "plant operators and technicians."
    )
    assert [p.count for p in _pledges(text, "headcount")] == [28]


def test_a_dividend_returned_to_the_state_is_no_funding() -> None:
    text = "The utility returned a dividend of $22 million to the state last year."
    assert _pledges(text, "funding") == []


# Round 86 (an ordinary week of releases; justice, courts, prisons and legal aid).


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "The package includes $15 million to establish a new Bail Enforcement Centre, which will bring "
            "police, probation and the Crown together to monitor high-risk accused.",
            15_000_000,
        ),
        (
            "The Governor today signed a public defense bill committing $95 million over the 2025-27 "
            "biennium.",
            95_000_000,
        ),
    ],
)
def test_an_accused_noun_and_a_bill_that_commits_money_are_funding(text: str, amount: int) -> None:
    assert amount in [p.amount for p in _pledges(text, "funding")]


@pytest.mark.parametrize(
    "text",
    [
        "The average cost of keeping one person in prison is now more than $150,000 a year.",
        "Deposits into the fund fell to about $1.2 billion last fiscal year, down from $6.6 billion in 2017.",
        "The Judges' Association called on the Federation to contribute €1 billion.",
        "The Socialist group said it would table an amendment to add €100 million for legal aid.",
    ],
)
def test_average_costs_last_fiscal_year_calls_on_others_and_amendments_are_no_funding(text: str) -> None:
    assert _pledges(text, "funding") == []


def test_a_project_approved_in_a_month_is_named_not_the_month() -> None:
    text = (
        "The eCourts Project Phase III, approved in September 2023 with an outlay of Rs 7,210 crore, "
        "continues."
    )
    assert [p.recipient for p in _pledges(text, "funding")] == ["Courts Project Phase III"]


# Round 87 (environment, parks and wildlife; transport).


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "The Cabinet Secretary named Erastus Kiprono, a career ranger, as acting Director-General of the "
            "service following the end of his predecessor's contract last month.",
            "Erastus Kiprono",
            "acting Director-General of the service",
        ),
        (
            "Darnell Okafor, a structural engineer who has worked at the department for 19 years, most "
            "recently as Grand Region bridge engineer, has been named the office's director.",
            "Darnell Okafor",
            "office's director",
        ),
        ("Jo Bell has been named the agency's chief executive.", "Jo Bell", "agency's chief executive"),
        (
            "Elder Robert Sam, a former chief and long-time trapper, has agreed to chair the interim board.",
            "Robert Sam",
            "Chair of the interim board",
        ),
        (
            "Colette Brunet, BC Transit's director of regional operations, will serve as interim chief "
            "executive officer.",
            "Colette Brunet",
            "interim chief executive officer",
        ),
    ],
)
def test_round_87_appointments(text: str, person: str, role: str) -> None:
    assert [(p.person, p.role) for p in _pledges(text, "appointment")] == [(person, role)]


def test_two_described_commissioners_counted_are_appointed() -> None:
    text = (
        "The council also confirmed it has appointed two independent hearing commissioners, Kahu Rewa and "
        "Sarah Lind, "
        "to hear submissions on Plan Change 9, which would set new nitrogen limits."
    )
    assert [p.person for p in _pledges(text, "appointment")] == ["Kahu Rewa", "Sarah Lind"]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "The settlement includes an extra £500 million compared with last year's allocation, the "
            "largest rise in a decade.",
            500_000_000,
        ),
        (
            "Of the allocation, R1.9 billion will go to the Mabopane corridor and R1.1 billion to the Cape "
            "Flats line, both of which have been partially or fully closed since 2020.",
            1_100_000_000,
        ),
    ],
)
def test_an_increase_on_last_year_and_a_clause_on_the_lines_are_no_background(text: str, amount: int) -> None:
    assert amount in [p.amount for p in _pledges(text, "funding")]


# Round 89 (education; emergency management, recovery and defence), read after its first scoring.


def test_damage_at_the_start_of_a_sentence_is_no_funding() -> None:
    assert (
        _pledges("Damage to infrastructure has reached ₱2.7 billion and is expected to rise.", "funding")
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "More than 200 firefighters from the Fire and Rescue Service were involved in rescues in the storm.",
        "Over 300 international firefighters from Mexico have arrived in the province.",
    ],
)
def test_staff_already_at_work_on_an_event_are_no_pledge(text: str) -> None:
    assert _pledges(text, "headcount") == []


def test_staff_who_will_arrive_are_a_pledge() -> None:
    text = "The service will send 300 more firefighters, who will arrive in the province next week."
    assert [p.count for p in _pledges(text, "headcount")] == [300]
