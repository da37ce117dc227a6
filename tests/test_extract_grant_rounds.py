"""Grant rounds and round-ups: lists of new bodies, who receives a sum, whose money it is.

The classes of blind round 35 (docs/blind-rounds.md), each in our own words: a funder's list of
the centres it creates, the body a relative clause or a list line gives a sum to, a public
foundation's own money, a further sum "was allocated" at a meeting, and the appointments of a
cabinet or council digest.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, extract
from tracker.extract.parties import private_names


def _kind(text: str, kind: str, publisher: str = "") -> list[dict[str, object]]:
    article = ArticleText("", text, date(2025, 9, 1), publisher=publisher)
    return [p.to_prediction() for p in extract(article) if p.kind == kind]


LISTED_CENTRES = (
    "The Science Council today announced $40 million over five years to establish three Dryland "
    "Farming Research Centers.\n\nThe awards are:\n\n"
    "Mallee Soils Center, led by Inland State University: $14 million\n\n"
    "Center for Groundwater Futures, led by the University of the Western Plains: $13 million\n\n"
    "Saltbush Grazing Center, led by Redrock College: $13 million"
)


def test_a_list_names_the_bodies_a_plural_says_are_created() -> None:
    names = [u["name"] for u in _kind(LISTED_CENTRES, "unit", "Science Council")]
    assert names == ["Mallee Soils Center", "Center for Groundwater Futures", "Saltbush Grazing Center"]


def test_each_list_line_gives_its_sum_to_the_body_it_names() -> None:
    found = {f["amount"]: f["recipient"] for f in _kind(LISTED_CENTRES, "funding", "Science Council")}
    assert found[14e6] == "Mallee Soils Center"
    assert found[13e6] in ("Center for Groundwater Futures", "Saltbush Grazing Center")


def test_items_of_one_list_are_two_bodies_not_one() -> None:
    text = (
        "The Government will invest $60 million in two new Research Council Centres of Excellence.\n\n"
        "The new centres are:\n\n"
        "the Centre of Excellence for Arid Soils, administered by Marrow University, $31 million\n\n"
        "the Centre of Excellence in Coral Genetics, administered by Reefside University, $29 million"
    )
    names = [u["name"] for u in _kind(text, "unit")]
    assert names == ["Centre of Excellence for Arid Soils", "Centre of Excellence in Coral Genetics"]
    recipients = {f["amount"]: f["recipient"] for f in _kind(text, "funding")}
    assert recipients[31e6] == "Centre of Excellence for Arid Soils"


def test_a_name_in_apposition_names_the_new_body_and_its_money() -> None:
    text = (
        "The agency will provide $5 million to a new data hub, the Tidal Records Office, hosted by "
        "Bayside College."
    )
    assert [u["name"] for u in _kind(text, "unit")] == ["Tidal Records Office"]
    assert [f["recipient"] for f in _kind(text, "funding")] == ["Tidal Records Office"]


def test_the_speaker_after_a_description_is_not_its_name() -> None:
    text = (
        "Nine towns will share £20 million from a new fund to reopen empty shops, the Ministry of "
        "Towns has confirmed."
    )
    assert "Ministry of Towns" not in [u["name"] for u in _kind(text, "unit")]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The largest awards go to Kōtuku Dance Company, which will receive $2.1 million.",
            "Kōtuku Dance Company",
        ),
        (
            "The Harbour Energy Hub, led by the University of Eastport, which receives £9.5 million to study "
            "shore power.",
            "Harbour Energy Hub",
        ),
    ],
)
def test_a_relative_clause_gives_the_sum_to_the_name_before_it(text: str, recipient: str) -> None:
    assert [f["recipient"] for f in _kind(text, "funding")] == [recipient]


def test_a_public_foundation_that_publishes_the_release_gives_its_own_money() -> None:
    text = "The Northern Foundation for Innovation today announced an investment of $52 million in 30 labs."
    assert [f["amount"] for f in _kind(text, "funding", "Northern Foundation for Innovation")] == [52e6]
    assert _kind(text, "funding") == []  # reported by someone else, a foundation's money is others'


def test_a_total_that_counts_partners_contributions_is_not_the_government_s() -> None:
    text = (
        "Partners will raise the remaining 60 per cent. Including those contributions, the projects "
        "represent a total investment of close to $130 million."
    )
    assert _kind(text, "funding") == []


def test_a_further_sum_allocated_at_the_meeting_is_its_decision() -> None:
    found = _kind(
        "A further £2.5 million was allocated from the capital programme to repair school roofs.", "funding"
    )
    assert [f["amount"] for f in found] == [2.5e6]
    assert _kind("A further £2.5 million was allocated last year to repair school roofs.", "funding") == []


@pytest.mark.parametrize(
    "text",
    [
        "The agency disbursed RM90 million in loans to 8,000 traders in the first half of the year.",
        "Central government previously contributed $1.1 million to the design of the bridge.",
        "The World Bank-financed Urban Drainage Project will invest KES 300 million in culverts.",
        "Mining. Ridgeway Nickel Corp. said it would invest $150 million in its mine.",
    ],
)
def test_money_given_before_or_by_others_is_not_a_pledge(text: str) -> None:
    assert _kind(text, "funding") == []


def test_a_company_name_does_not_run_back_over_a_heading() -> None:
    assert "Ridgeway Nickel" in private_names("Mining. Ridgeway Nickel Corp. said it would invest.")
    assert not any(name.startswith("Mining") for name in private_names("Mining. Ridgeway Nickel Corp. said."))


def test_an_initial_government_contribution_to_a_new_fund_is_the_fund_s() -> None:
    text = (
        "Cabinet endorsed the establishment of the Reef Island Resilience Fund, with an initial Government "
        "contribution of $3.2 million, to finance seawalls."
    )
    assert [(f["amount"], f["recipient"]) for f in _kind(text, "funding", "Fiji Government")] == [
        (3.2e6, "Reef Island Resilience Fund")
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Cabinet approved the nomination of Ruth Wanjiru as Chairperson of the Board of the Lake "
            "Authority.",
            "Ruth Wanjiru",
        ),
        ("The Minister has also reappointed Tui Barrett for a second three-year term.", "Tui Barrett"),
        ("Aroha Kemp was appointed to the Planning Commission to fill the District 2 vacancy.", "Aroha Kemp"),
        (
            "The Commissioner has posted R. Senthil, executive engineer in the east zone, to head the cell.",
            "R. Senthil",
        ),
        (
            "The Minister has appointed two new members to the Council: the potter Ann Hale and the "
            "Galway-based producer Rob Dunne.",
            "Ann Hale",
        ),
    ],
)
def test_digest_appointments(text: str, person: str) -> None:
    assert person in [a["person"] for a in _kind(text, "appointment")]


def test_a_nomination_announced_before_is_not_made_here() -> None:
    text = (
        "The President previously announced the nomination of Gen. Ira Cole as Chairman of the Joint Staff."
    )
    assert _kind(text, "appointment") == []


def test_students_of_a_programme_are_not_staff() -> None:
    text = "The centres will support 120 graduate students and 45 undergraduate researchers each year."
    assert _kind(text, "headcount") == []
    assert [h["count"] for h in _kind("The hubs will recruit 70 postdoctoral researchers.", "headcount")] == [
        70
    ]


def test_comparison_bases_and_awards_to_a_named_body() -> None:
    text = (
        "The council has confirmed funding of €8.2 million for 30 venues in 2025, an increase of 9% on the "
        "€7.5 million allocated under the Venues scheme last year."
    )
    assert [f["amount"] for f in _kind(text, "funding")] == [8.2e6]
    granted = _kind(
        "A grant of £1.75 million has been made to Tynebridge Council to restore the park.", "funding"
    )
    assert [(f["amount"], "Tynebridge Council" in str(f["recipient"])) for f in granted] == [(1.75e6, True)]


def test_an_acronym_inside_a_name_does_not_end_the_recipient() -> None:
    text = "The Government will invest $50 million in two new Marine Research Council (MRC) Centres of Study."
    assert [f["recipient"] for f in _kind(text, "funding")] == [
        "two new Marine Research Council Centres of Study"
    ]


def test_people_who_share_a_sum_are_not_hires() -> None:
    assert _kind("The 150 senior researchers will share €300 million.", "headcount") == []
    staffed = _kind("The centre will be staffed by 30 engineers and will receive $15 million.", "headcount")
    assert [h["count"] for h in staffed] == [30]
    hired = _kind("The programme will fund the recruitment of 400 assistant professors.", "headcount")
    assert [h["count"] for h in hired] == [400]


PROGRAMME_TABLE = (
    "The table below compares the new plan with what the department spent over the previous cycle:\n"
    "Program area | 2021-2024 actual | 2025-2028 planned\n"
    "Road resurfacing | $1.1 billion | $1.5 billion\n"
    "Bridge renewal | $0.7 billion | $0.9 billion"
)


def test_a_table_s_column_of_past_spending_is_background() -> None:
    found = {f["amount"]: f["recipient"] for f in _kind(PROGRAMME_TABLE, "funding")}
    assert found == {1.5e9: "Road resurfacing", 0.9e9: "Bridge renewal"}


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The agency has awarded a $90 million contract to Northway Builders for the reconstruction of "
            "the Elm Street bridge.",
            "reconstruction of the Elm Street bridge",
        ),
        (
            "The railway awarded a KSh900 million contract to a consortium led by Delta Rail to install new "
            "signalling on the line.",
            "install new signalling on the line",
        ),
        (
            "The metro company said it had awarded a ₹650-crore contract to a joint venture for the 3-km "
            "Hilltop tunnel.",
            "3-km Hilltop tunnel",
        ),
    ],
)
def test_a_contract_s_sum_pays_for_the_work_not_the_contractor(text: str, recipient: str) -> None:
    assert [f["recipient"] for f in _kind(text, "funding")] == [recipient]


@pytest.mark.parametrize(
    "text",
    [
        "The builders' federation said costs on the ring road had risen by $18 million since bids opened.",
        "Phase 1 itself overshot its budget by about ₹600 crore.",
        "The $900m Eastern Link, which was built and financed by a private consortium, opened in 2017.",
        "Outside council balance sheets, the new utility will be able to borrow up to $1.2 billion.",
        "Separately, a steel major said it had committed Rs 500 crore to mangrove planting.",
    ],
)
def test_overruns_private_and_borrowed_money_are_not_pledges(text: str) -> None:
    assert _kind(text, "funding") == []


def test_a_lender_s_loan_is_not_the_government_s_share() -> None:
    text = (
        "The cities will put in ₹400 crore, while the remaining ₹2,100 crore will be raised as a loan from "
        "the Asian Development Bank."
    )
    assert [f["amount"] for f in _kind(text, "funding")] == [4e9]


def test_the_borrower_s_own_share_beside_a_loan_is_its_pledge() -> None:
    text = (
        "The line is financed partly by a $90-million loan from the World Bank, with the national "
        "government providing a ₱2.1-billion counterpart fund."
    )
    assert [f["amount"] for f in _kind(text, "funding")] == [2.1e9]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The councils have established a new jointly owned water services organisation, Coastal Water "
            "Services.",
            "Coastal Water Services",
        ),
        (
            "Delivery will be handled by a newly formed wholly owned company, Riverside Homes Ltd.",
            "Riverside Homes Ltd",
        ),
    ],
)
def test_a_public_body_named_in_apposition_is_a_new_unit(text: str, name: str) -> None:
    assert [u["name"] for u in _kind(text, "unit")] == [name]


def test_directors_named_among_the_board_and_malaysian_styles() -> None:
    text = (
        "The councils have appointed an establishment board. Ana Kora will chair it, with civil engineer "
        "Tom Reid and accountant Lea Fono among the directors."
    )
    assert [a["person"] for a in _kind(text, "appointment")] == ["Ana Kora", "Tom Reid", "Lea Fono"]
    styled = _kind(
        "Former state secretary Datuk Seri Azlan Hashim has been appointed to chair the task force.",
        "appointment",
    )
    assert [a["person"] for a in styled] == ["Azlan Hashim"]


def test_members_named_among_a_board_without_an_appointment_are_not_appointed() -> None:
    assert (
        _kind("Ira Moss and Dee Chan are among the members who voted against the plan.", "appointment") == []
    )


def test_members_listed_with_semicolons_take_the_seats_the_article_counts() -> None:
    text = (
        "The district has welcomed the appointment of three new members to its board.\n\n"
        "The Minister has appointed Dr Ana Vea, a Port Kiri doctor with an interest in aged care; Tom Reid, "
        "chief executive of a community health service; and Lea Fono, an accountant who chairs a council "
        "committee."
    )
    found = [(a["person"], a["role"]) for a in _kind(text, "appointment")]
    assert found == [("Ana Vea", "member"), ("Tom Reid", "member"), ("Lea Fono", "member")]


def test_a_programme_sum_after_a_rate_is_no_item_of_the_rate_s_list() -> None:
    text = (
        "The package includes $12 million for a payment to about 150 practices, worth an average of $80,000 "
        "per practice, and $7 million to expand after-hours telehealth cover."
    )
    found = {f["amount"]: f["recipient"] for f in _kind(text, "funding")}
    assert found == {12e6: found[12e6], 7e6: "expand after-hours telehealth cover"}
    assert [
        f["amount"] for f in _kind("Individual grants range from $150,000 to $4.5 million.", "funding")
    ] == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The new funding brings the province's Nursing Workforce Plan to a total of $150 million.",
            "Nursing Workforce Plan",
        ),
        (
            "The allocation brought the Department's investment in elective care to £55 million.",
            "elective care",
        ),
    ],
)
def test_a_total_brought_to_a_sum_names_what_it_is_of(text: str, recipient: str) -> None:
    assert [f["recipient"] for f in _kind(text, "funding")] == [recipient]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Officials said $60 million will be released this fiscal year for early works.", "early works"),
        (
            "The Union Cabinet cleared the ₹5,100-crore second phase of the Nagpur Metro.",
            "second phase of the Nagpur Metro",
        ),
        (
            "The state will contribute $80 million towards the pipeline from its water grid program.",
            "pipeline",
        ),
    ],
)
def test_what_a_released_sum_a_project_s_phase_and_a_contribution_are_for(text: str, recipient: str) -> None:
    assert [f["recipient"] for f in _kind(text, "funding")] == [recipient]


def test_a_similar_earlier_plan_and_people_who_may_lose_work_are_not_pledges() -> None:
    assert (
        _kind(
            "The senator said a similar KSh9 billion plan announced in 2019 had delivered little.", "funding"
        )
        == []
    )
    text = "The alliance warned that some 4,000 jeepney drivers could lose their routes once the line opens."
    assert _kind(text, "headcount") == []


@pytest.mark.parametrize(
    "text",
    [
        "Households whose homes were destroyed will receive $6,000 in vouchers, while those with partial "
        "damage will receive $2,500.",
        "Ex gratia of Rs 3 lakh will be paid to the next of kin of each person who died.",
        "Enrolled households will receive an additional KSh 4,000 every month until the rains.",
        "Australia has announced A$5 million in assistance, New Zealand NZ$2 million, and Japan $1 million.",
        "The World Food Programme has appealed for $60 million to support the drought response.",
        "UNICEF has dispatched hygiene kits worth $200,000.",
    ],
)
def test_payments_per_household_and_donors_relief_are_not_the_government_s_pledges(text: str) -> None:
    assert _kind(text, "funding", "Government of Fiji") == []


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("The government has earmarked 40 billion lira for housing reconstruction.", 40e9, "TRY"),
        ("The Council of Ministers approved 900 million meticais for the recovery of districts.", 9e8, "MZN"),
        ("Another Rs 300 crore has been kept aside for repairing roads.", 3e9, "INR"),
        ("The governor is directing $40 million in state surplus funds to flooded towns.", 40e6, "USD"),
    ],
)
def test_relief_money_in_more_words(text: str, amount: float, currency: str) -> None:
    assert [(f["amount"], f["currency"]) for f in _kind(text, "funding")] == [(amount, currency)]


@pytest.mark.parametrize(
    "text",
    [
        "The State Retail Merchants Association said it would spend $150,000 on a hotline for its members.",
        "Licensed agencies must also furnish a security deposit of S$15,000.",
        "Families who borrow ₦10,000 to pay school fees should not be harassed, the minister said.",
    ],
)
def test_associations_deposits_and_borrowers_are_not_pledges(text: str) -> None:
    assert _kind(text, "funding") == []


def test_a_portfolio_s_words_name_no_private_giver() -> None:
    text = (
        "The Minister of State for Employment Affairs and Retail Businesses has announced an additional "
        "€9 million for the Workplace Relations Commission."
    )
    assert [f["amount"] for f in _kind(text, "funding")] == [9e6]


def test_a_department_named_after_a_country_is_no_person() -> None:
    text = (
        "Ravi Sandhu, currently a senior director at Immigration, Refugees and Citizenship Canada, has been "
        "appointed as its executive director."
    )
    assert [a["person"] for a in _kind(text, "appointment")] == ["Ravi Sandhu"]


def test_a_description_after_a_name_and_an_article_alone_create_no_second_body() -> None:
    text = "Another $9 million will fund a Payroll Enforcement Task Force, a new cross-agency team."
    assert [u["name"] for u in _kind(text, "unit")] == ["Payroll Enforcement Task Force"]
    text = (
        "The Kenya Workers Welfare Fund will be set up this year. In addition, the National Employment "
        "Authority will receive KSh 400 million so that workers can confirm that an agency is licensed."
    )
    assert [u["name"] for u in _kind(text, "unit")] == ["Kenya Workers Welfare Fund"]


@pytest.mark.parametrize(
    "text",
    [
        "He pointed out that Rs6 billion allocated after the 2022 floods had never been fully utilised.",
        "Preliminary damage across all sectors has been assessed at $120 million.",
        "The People's Republic of China handed over a VT40 million cash grant to the Government.",
    ],
)
def test_unused_money_damage_and_a_donor_s_handover_are_not_pledges(text: str) -> None:
    assert _kind(text, "funding", "Government of Vanuatu") == []


def test_the_bodies_a_new_taskforce_draws_its_members_from_are_not_new() -> None:
    text = (
        "A Coastal Embankment Task Force, comprising officials from the Water Development Board, the Roads "
        "Department and the Armed Forces Division, will be formed within the ministry."
    )
    assert [u["name"] for u in _kind(text, "unit")] == ["Coastal Embankment Task Force"]


def test_people_who_took_part_before_are_not_hires() -> None:
    text = "The agency said 6,000 search and rescue personnel had taken part in operations since the quake."
    assert _kind(text, "headcount") == []


@pytest.mark.parametrize(
    "text",
    [
        "Adjusted for inflation, the combined sum is worth about $3.1 billion in 2022 dollars.",
        "At the official exchange rate, the new sum is worth roughly $520 million.",
        "He welcomed a R80 million contribution from Business Against Crime towards CCTV.",
        "A 2024 legislative audit identified $21 million in grants for projects that had stalled.",
        "The road was first promised in 2016, when the government of the day announced a ₦50bn contract.",
    ],
)
def test_fact_checks_restatements_others_and_earlier_governments_are_not_pledges(text: str) -> None:
    assert _kind(text, "funding") == []


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        (
            "Most of it, $1.2 billion, is school property funding that was already set aside in previous "
            "Budgets.",
            "existing",
        ),
        (
            "It includes $900 million for fuels reduction that was already committed under the 2021 law.",
            "existing",
        ),
    ],
)
def test_money_already_set_aside_is_an_existing_pledge(text: str, scope: str) -> None:
    assert [f["scope"] for f in _kind(text, "funding")] == [scope]


def test_a_contribution_from_a_government_is_a_pledge() -> None:
    assert [
        f["amount"]
        for f in _kind("The scheme gets a £5 million contribution from the Welsh Government.", "funding")
    ] == [5e6]


@pytest.mark.parametrize(
    "text",
    [
        "The tuition fee cap for full-time undergraduates will rise to £9,535 from September.",
        "Average teacher salary in FY2025: $61,200.",
        "FY2025 program cost per student unit value: $6,120.50.",
        "A report last year said more than N40 billion in matching grants remained unaccessed by states.",
    ],
)
def test_fees_pay_per_head_and_unclaimed_money_are_not_pledges(text: str) -> None:
    assert _kind(text, "funding") == []


def test_an_allocation_line_after_a_rate_is_still_a_pledge() -> None:
    text = "Tackling child poverty, including the Child Payment at £27.15 a week per child: £410 million"
    assert [f["amount"] for f in _kind(text, "funding")] == [410e6]
    assert [f["amount"] for f in _kind("Wage improvement for care workers: ¥40.0 billion", "funding")] == [
        40e9
    ]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "40 billion lira will be transferred to the Housing Development Administration.",
            "Housing Development Administration",
        ),
        (
            "Rs5 billion would be placed at the disposal of the National Disaster Management Authority.",
            "National Disaster Management Authority",
        ),
        (
            "₦3 billion of the approved sum would be used to set up a Lending Enforcement Unit.",
            "set up a Lending Enforcement Unit",
        ),
        (
            "The $9 million it announced in January for the Workforce Outreach Initiative remains in place.",
            "Workforce Outreach Initiative",
        ),
    ],
)
def test_passives_of_transfer_and_a_sum_announced_earlier_name_their_recipient(
    text: str, recipient: str
) -> None:
    assert [f["recipient"] for f in _kind(text, "funding")] == [recipient]


def test_a_body_s_own_total_and_a_new_office_s_share_name_the_body() -> None:
    text = (
        "The Housing Starts Fund was set up in 2023. The top-up is bringing the fund's total to $4.5 billion "
        "through 2028."
    )
    assert [f["recipient"] for f in _kind(text, "funding")] == ["Housing Starts Fund"]
    text = (
        "The state will create an Office of Wage Recovery. The new office will get $9 million of that money."
    )
    assert [f["recipient"] for f in _kind(text, "funding")] == ["Office of Wage Recovery"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The previous government promised 5,000 more GPs in 2019 and fell well short.", "headcount"),
        ("Budget papers show the net reduction to highway funding was closer to $300 million.", "funding"),
        ("Appropriations we could trace total about ₦120 billion over the decade.", "funding"),
        ("We found no calculation that produces the £2 billion figure.", "funding"),
    ],
)
def test_an_earlier_government_s_promise_and_the_checker_s_own_tally_are_not_pledges(
    text: str, kind: str
) -> None:
    assert _kind(text, kind) == []


def test_money_a_minister_says_was_found_is_still_a_pledge() -> None:
    assert [
        f["amount"] for f in _kind("This year we found an extra £250 million for schools.", "funding")
    ] == [250e6]
