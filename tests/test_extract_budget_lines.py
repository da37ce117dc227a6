"""Budget lines and council resolutions, and the classes of the eighteenth session's blind rounds
(docs/blind-rounds.md), in our own words.

From the error analysis of local-government papers: the pot a sum is drawn from ("from the
Strategic Investment Reserve", "from General Fund reserves", "from its own resources") is the
giver's, and what follows it, after a time if one is written, names what the money is for; a
resolution's line opens with its verb ("Appropriate $4.8 million ..."), which is no table label;
and a fiscal year ("for FY2027") is a time, not a name.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, extract


def _recipients(text: str) -> list[object]:
    article = ArticleText("", text, date(2026, 3, 2))
    return [p.recipient for p in extract(article) if p.kind == "funding"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The cabinet agreed to move £1.9 million from the Corporate Risk Reserve over three years to "
            "the Riverside Library refurbishment.",
            "Riverside Library refurbishment",
        ),
        (
            "Supervisors voted to transfer $2.2 million from General Fund reserves to the Probation "
            "Department for the coming year.",
            "Probation Department",
        ),
        (
            "The council will provide €640,000 from its own resources in 2026 and 2027 for a town-centre "
            "shopfront grant scheme.",
            "town-centre shopfront grant scheme",
        ),
        (
            "The authority is releasing £3.1 million from the Transformation Fund for a new digital "
            "contact centre.",
            "digital contact centre",
        ),
    ],
)
def test_the_pot_a_sum_is_drawn_from_is_not_its_recipient(text: str, recipient: str) -> None:
    assert recipient in str(_recipients(text)[0])


@pytest.mark.parametrize(
    "text",
    [
        "Appropriate $2.4 million for the operating costs of the new youth shelter.",
        "Allocate £800,000 to the Harbour Walk lighting scheme.",
    ],
)
def test_a_resolutions_opening_verb_is_no_label(text: str) -> None:
    recipients = _recipients(text)
    assert recipients and recipients[0] is not None
    first = str(recipients[0]).split()[0]
    assert first not in ("Appropriate", "Allocate", "Authorize", "for", "FY2027")


def test_a_resolutions_verb_before_a_pot_is_no_recipient() -> None:
    assert _recipients("Appropriate $4.8 million from General Fund contingencies.") == [None]


def test_a_fiscal_year_after_a_sum_is_no_name() -> None:
    recipient = _recipients("Authorize $1.1 million for FY2027 operating costs of the county archive.")[0]
    assert recipient is None or "FY2027" not in str(recipient)


def test_a_table_label_still_names_its_line() -> None:
    # a capitalised name before a sum, as an allocation table writes it, is still read
    assert _recipients("Kestrel Valley Trust: £2.4 million to restore the old mill.")[0] == (
        "Kestrel Valley Trust"
    )


# Round 72 (sub-national budgets; ministers' statements and written answers in parliaments).


def _appointees(text: str) -> list[object]:
    article = ArticleText("", text, date(2026, 3, 2))
    return [p.person for p in extract(article) if p.kind == "appointment"]


def _headcounts(text: str) -> list[object]:
    article = ArticleText("", text, date(2026, 3, 2))
    return [p.count for p in extract(article) if p.kind == "headcount"]


def _funding(text: str) -> list[object]:
    article = ArticleText("", text, date(2026, 3, 2))
    return [p.amount for p in extract(article) if p.kind == "funding"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Under the bill $120 million would be deposited in the Rural Water Revolving Fund.",
            "Rural Water Revolving Fund",
        ),
        ("Agriculture received the largest sectoral allocation of N88.2 billion this year.", "Agriculture"),
        ("Hobart Water accounts for the largest share, with $64 million for new mains.", "Hobart Water"),
        (
            "The Ministry allocated £9 million over 2025-26 and 2026-27 to Harbourside Trust for sea walls.",
            "Harbourside Trust",
        ),
        (
            "Cabinet approved new funding of $41 million over four years, starting in 2026-27, to support "
            "rural paramedic stations.",
            "rural paramedic stations",
        ),
        (
            "This is on top of the $300 million committed in the 2024 Fall Economic Statement for wildfire "
            "crews.",
            "wildfire crews",
        ),
        (
            "The state set aside N2 billion as its counterpart funding for the Lakeside Irrigation Project.",
            "Lakeside Irrigation Project",
        ),
        (
            "R640 million is allocated over the medium-term expenditure framework to the school safety "
            "patrollers programme.",
            "school safety patrollers programme",
        ),
    ],
)
def test_recipients_of_budget_lines(text: str, recipient: str) -> None:
    assert recipient in str(_recipients(text)[0])


def test_a_body_referred_back_to_is_named() -> None:
    text = (
        "The minister announced a new Coastal Skills Hub in Wexford. Close to €2 million has been "
        "provided for the fit-out and staffing of the hub this year."
    )
    assert "Coastal Skills Hub" in str(_recipients(text)[-1])
    created = (
        "The state will launch the Dryland Farming Resilience Fund in May. The fund will be created with "
        "$90 million to help farmers adapt."
    )
    assert _recipients(created) == ["Dryland Farming Resilience Fund"]


@pytest.mark.parametrize(
    "text",
    [
        "I remind her that her own party went into the last election promising a £300 million rail fund.",
        "The Deputy's party, in its alternative budget, proposed €45 million for coastal ambulance bases.",
        "Those opposite promised a $700 million rural roads fund and never costed it.",
        "The Liberal Democrats took a £2.4 billion housing plan to the last election.",
    ],
)
def test_the_other_sides_promises_in_a_parliament_are_not_pledges(text: str) -> None:
    assert _funding(text) == []


def test_the_oppositions_commitment_to_recruit_is_no_headcount() -> None:
    assert _headcounts("The Opposition's commitment to recruit 3,000 extra nurses is unfunded.") == []


def test_a_guard_the_governments_own_pledge_in_a_parliament_is_read() -> None:
    assert _funding("The Government will provide £300 million for coastal rail, as I told the House.") == [
        300_000_000
    ]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "The city has already trained and deployed 1 200 marshals since the scheme began, and a further "
            "300 marshals will be recruited this year.",
            [300],
        ),
        ("A motion to add twelve more officers was defeated 7-6.", []),
        ("Councillor Ama Boateng said she would seek funding for 15 additional housing inspectors.", []),
        ("The service received €20 million in 2024, which funded 140 new posts; all have been filled.", []),
    ],
)
def test_staff_already_in_post_voted_down_or_only_sought_are_no_pledge(text: str, counts: list[int]) -> None:
    assert _headcounts(text) == counts


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "The Authority's first board will be chaired by former mayor Rua Tamihana. Joining her are civil "
            "engineer Tomasi Vaka, Dubbo accountant Lena Ruiz and farmer Colm Doyle.",
            ["Rua Tamihana", "Tomasi Vaka", "Lena Ruiz", "Colm Doyle"],
        ),
        (
            "The new commissioners and their portfolios are: Mrs Bisi Adewale, Finance; Dr Tunde Bakare, "
            "Health; and Engr. Kemi Ojo, Works.",
            ["Bisi Adewale", "Tunde Bakare", "Kemi Ojo"],
        ),
        (
            "Advocate Thandeka Zulu has been appointed as the Gauteng Health Ombud for five years.",
            ["Thandeka Zulu"],
        ),
        (
            "Ms Lowe: The minister has appointed Professor Aroha Reti as interim Rural Health Commissioner.",
            ["Aroha Reti"],
        ),
        (
            "I have asked Sir Colin Marsh, former Chief Inspector of Schools, to lead an independent "
            "review of school transport.",
            ["Colin Marsh"],
        ),
        (
            "Commander Ada Lutz has been named director of the centre, with Inspector Ravi Gill serving as "
            "deputy director.",
            ["Ada Lutz", "Ravi Gill"],
        ),
    ],
)
def test_appointments_in_line_ups_transcripts_and_asides(text: str, people: list[str]) -> None:
    assert _appointees(text) == people


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Ana Bell: The Deputies opposite may not like it, but the homes are being built.",
        "Dr Ines Moe is expected to lead the final review of the programme later this year.",
    ],
)
def test_a_speaker_or_a_task_is_no_appointment(text: str) -> None:
    assert _appointees(text) == []


# Round 73 (cabinet line-ups and appointments; local papers on council and board decisions).


def _currencies(text: str) -> list[object]:
    article = ArticleText("", text, date(2026, 3, 2))
    return [p.currency for p in extract(article) if p.kind == "funding"]


def test_a_local_paper_writing_of_the_province_spends_canadian_dollars() -> None:
    text = (
        "Riverside District School Board trustees voted on Tuesday to spend $3.2 million on new portable "
        "classrooms. The province's school grants have not kept pace with growth, trustees said."
    )
    assert _currencies(text) == ["CAD"]


def test_a_us_local_paper_with_a_state_still_spends_us_dollars() -> None:
    text = (
        "The county board voted on Tuesday to spend $3.2 million on a new clinic. The state's grants "
        "cover the rest; the province across the border has no such grants."
    )
    assert _currencies(text) == ["USD"]


@pytest.mark.parametrize(
    "text",
    [
        '"We costed a £5m programme in our budget amendment and it was voted down," he said.',
        "He has proposed spending $12 million on express buses, an idea the board has not taken up.",
        "Ms Reyes voted against, arguing that the county should instead offer $400,000 in incentives.",
        "The Nationals promised a $35 million hospital rebuild at the last state election.",
        "Ms Evans said a review commissioned by her party had recommended £8m for orthopaedics.",
    ],
)
def test_proposals_that_lost_or_are_not_the_governments_are_no_funding(text: str) -> None:
    assert _funding(text) == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The Opposition repeated its promise of 200,000 government jobs if voted to power.", []),
        ("Critics called for the money to go instead to 300 new border officers.", []),
        ("She noted that three vacancies in the parks team have been unfilled since May.", []),
        ("Two additional arborists will be hired to look after the city's street trees.", [2]),
    ],
)
def test_round_73_headcount(text: str, counts: list[int]) -> None:
    assert _headcounts(text) == counts


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Councillors elected Cr Mai Tran as mayor of the City of Kestrel Bay on Tuesday.", ["Mai Tran"]),
        (
            "Nana Kofi Boateng, a retired chief director, has been appointed Chairman of the Council.",
            ["Kofi Boateng"],
        ),
        (
            "The board voted to fill two vacancies, appointing pharmacist Ray Ortiz and retired nurse "
            "Jan Moss to fill the unexpired terms.",
            ["Ray Ortiz", "Jan Moss"],
        ),
    ],
)
def test_round_73_appointments(text: str, people: list[str]) -> None:
    assert _appointees(text) == people


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The Cabinet gave administrative approval of Rs 48 crore for the construction of six cold "
            "stores.",
            "construction of six cold stores",
        ),
        (
            "Probation services in the north will be strengthened with £90 million next year.",
            "Probation services",
        ),
        ("This adds to $12 million the authority announced last spring for recovery beds.", "recovery beds"),
        (
            "It is part of the $2.1 billion allocated in the 2026/27 Estimates of Expenditure for the "
            "coastguard's capital programme.",
            "capital programme",
        ),
    ],
)
def test_round_73_recipients(text: str, recipient: str) -> None:
    assert recipient in str(_recipients(text)[0])


# Round 74 (a week of government releases; wire-service and national newspaper reports).


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "A Kestrel Valley Transition Board, chaired by regional mayor Ana Vea, will oversee the money.",
            ["Ana Vea"],
        ),
        (
            "The premier reshuffled her cabinet, moving veteran MP Tomas Reid into the defence portfolio.",
            ["Tomas Reid"],
        ),
        ("Sam Ives takes over the health brief from Monday.", ["Sam Ives"]),
        (
            "The Minister has appointed two new members to the Board of the Authority, following an open "
            "competition run by the Public Appointments Service:\n\n- Ms. Ruth Keane, a solicitor; and\n"
            "- Mr. Ivo Brandt, an accountant.",
            ["Ruth Keane", "Ivo Brandt"],
        ),
    ],
)
def test_round_74_appointments(text: str, people: list[str]) -> None:
    assert _appointees(text) == people


@pytest.mark.parametrize(
    "text",
    [
        "A Kestrel Valley Transition Board, chaired by Ann Lee, met on Tuesday.",
        "Jo Bell, who holds the finance portfolio, said the budget was sound.",
    ],
)
def test_a_board_that_met_or_a_portfolio_held_is_no_appointment(text: str) -> None:
    assert _appointees(text) == []


def test_companies_money_beside_the_governments_is_not_its_pledge() -> None:
    text = (
        "The state will commit $300 million to a battery research hub, alongside a $1.5 billion "
        "investment by technology company Corvane Systems. Corvane confirmed it would invest $200 million "
        "in a plant, with a further $90 million from its Japanese joint-venture partner. The Northern "
        "Plains Railroad has agreed to contribute $12 million toward new sidings."
    )
    assert _funding(text) == [300_000_000]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "The fund will retrain about 900 workers expected to lose their jobs, and the jobs agency will "
            "deploy 30 work coaches to the town.",
            [30],
        ),
        ("The navy is short about 4,000 sailors, according to the department.", []),
    ],
)
def test_round_74_headcount(text: str, counts: list[int]) -> None:
    assert _headcounts(text) == counts


# Round 75 (agencies' and regulators' releases; regional and trade press).


@pytest.mark.parametrize(
    "text",
    [
        "The headline sum is larger than the £90m the department put into scanners in 2022-23.",
        "The package is smaller than the NZ$40m rural fund of 2019-2022.",
        "The scheme remained oversubscribed, with applications this year totaling about $3.1 billion.",
        "Officials expected the region to benefit to the tune of around €80 million, though no allocation "
        "has been made.",
        "A further $900,000 has been contributed by Harbour Cement Ltd under its offset obligations.",
        "The trust bought the old depot from the council last year for £1.3 million.",
    ],
)
def test_yardsticks_requests_undecided_sums_and_purchases_are_no_funding(text: str) -> None:
    assert _funding(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The 2019 ruling on class sizes led to the hiring of about 2,100 teachers.",
        "said the sheriff, whose office received funding for four deputies.",
        "The ministry has struggled to fill around 6,000 vacancies despite two recruitment drives.",
        "The Government's 2020 commitment to 250 extra officers had been fully delivered.",
    ],
)
def test_hiring_done_funded_before_or_not_achieved_is_no_headcount(text: str) -> None:
    assert _headcounts(text) == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "This is on top of the £25m commitment made in the autumn statement for mobile clinics.",
            "mobile clinics",
        ),
        ("A further €6 million or so will fund a new Midlands Frailty Hub.", "Midlands Frailty Hub"),
        (
            "This is in addition to the £40m already in councils' settlements for school meals.",
            "school meals",
        ),
        (
            "Some £90m of the new money will be spent upgrading the rail depot at Harwell.",
            "upgrading the rail depot",
        ),
    ],
)
def test_round_75_recipients(text: str, recipient: str) -> None:
    assert recipient in str(_recipients(text)[0])


# Round 76 (budget speeches and budget-day bundles; fact-checks of government claims).


def test_an_australian_fact_check_with_no_country_named_spends_australian_dollars() -> None:
    text = (
        "The minister's release lists $300 million for new emergency departments in Dubbo and Wagga Wagga, "
        "to be managed by the Department of Health and Aged Care."
    )
    assert _currencies(text) == ["AUD"]


@pytest.mark.parametrize(
    "text",
    [
        "She also cited $40 million the Harlow-Benn Foundation has pledged towards a cancer wing.",
        "And the $500 million a large pension fund says it will invest alongside the agency is private.",
        "The post credits the government with a ₹300 crore contribution by a solar panel manufacturer.",
        "The Social Democrats say the fund should be €1.5 billion, arguing that ten years is too long.",
    ],
)
def test_other_givers_and_parties_figures_in_a_fact_check_are_no_funding(text: str) -> None:
    assert _funding(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the government had delivered on its promise of 400 extra frontline officers.",
        "Police workforce data shows 8,100 sworn officers at June 2024.",
        "The department's annual report shows 2,400 GPs now practise in remote areas.",
        "A new assistant commissioner will oversee the extra officers across the 12 police districts.",
        "The 9,000 volunteer firefighters the minister said had been trained through an earlier program "
        "were not new.",
    ],
)
def test_figures_of_strength_and_promises_kept_are_no_headcount(text: str) -> None:
    assert _headcounts(text) == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "That figure includes $1.2 billion committed under the 2021 Flood Resilience Strategy.",
            "2021 Flood Resilience Strategy",
        ),
        (
            "The remainder, NZ$12 million, is committed to the training costs of the final intake.",
            "training costs",
        ),
        (
            "A National Green Skills Fund of Funds will be set up with a corpus of ₹5,000 crore.",
            "National Green Skills Fund",
        ),
        (
            "A new Coastal Roads Taskforce will be created. It will have around $40 million over its first "
            "two years.",
            "Coastal Roads Taskforce",
        ),
    ],
)
def test_round_76_recipients(text: str, recipient: str) -> None:
    assert recipient in str(_recipients(text)[-1])


def test_a_heading_above_a_sentence_is_no_label() -> None:
    assert "Agriculture" not in str(
        _recipients("Agriculture\nThe KSh 4 billion seed subsidy is retained in full.")[0]
    )


# Round 77 (a week of releases from English-speaking governments; broadcasters' and papers' reports).


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "The Secretary has also appointed three members: Professor Ann Rhys of Bangor University, "
            "housing campaigner Jo Okafor and Councillor Huw Bell of Powys County Council.",
            ["Ann Rhys", "Jo Okafor", "Huw Bell"],
        ),
        (
            "The Governor appointed three new members to the Food Access Task Force, which advises the state "
            "on supply: Dana Whit, director of the Learning Network; the Reverend Eli Monroe, who founded a "
            "food bank; and Dr. Kim Tran, a professor of nutrition.",
            ["Dana Whit", "Eli Monroe", "Kim Tran"],
        ),
        (
            "Professor Hamish Dale of Curtin University's School of Mines and Kiri Walters, a business "
            "leader, have been appointed as the council's inaugural members.",
            ["Hamish Dale", "Kiri Walters"],
        ),
        (
            "Dr Tan will retire in March. She will be succeeded at the agency by Mr Ravi Menon.",
            ["Ravi Menon"],
        ),
    ],
)
def test_round_77_appointments(text: str, people: list[str]) -> None:
    assert _appointees(text) == people


def test_a_one_word_body_after_of_does_not_join_a_list_of_appointees() -> None:
    text = (
        "The Fund will be overseen by a board chaired by Marta Bell, a past president of the Kingston "
        "Institution of Engineers, and Andre White, currently a deputy secretary, has been seconded as its "
        "Executive Director."
    )
    assert "Kingston Institution" not in _appointees(text)


# Round 78 (releases of smaller English-writing governments; city, county and municipal releases).


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("A contract worth $412,500 (plus HST) was awarded for the water main on Range Road 184.", "CAD"),
        (
            "Kahurangi District Council has adopted its Long Term Plan 2025-2034, committing $310 million.",
            "NZD",
        ),
    ],
)
def test_local_signs_of_canadian_and_new_zealand_dollars(text: str, currency: str) -> None:
    assert _currencies(text) == [currency]


def test_a_new_building_the_announcer_will_build_at_a_cost_is_funding() -> None:
    assert _funding("A new fire station at Kestrel will be built at a cost of R19.5 million.") == [19_500_000]


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Tomás Ó Dálaigh (Independent) proposed an additional €2 million for rural footpaths.",
        "The remaining £1.5m has been pledged by the Ashford Community Foundation.",
        "Last year the county used a $900,000 federal grant to buy body-worn cameras.",
    ],
)
def test_a_members_motion_a_foundations_pledge_and_last_years_grant_are_no_funding(text: str) -> None:
    assert _funding(text) == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Other members include Mrs. Ama Owusu, a former deputy director; and Alhaji Sani Issah, "
            "President of the Northern Farmers' Association.",
            ["Ama Owusu", "Sani Issah"],
        ),
        (
            "Mr. Mwila Banda, who has been Permanent Secretary for Energy, moves to Luapula Province as "
            "Provincial Permanent Secretary.",
            ["Mwila Banda"],
        ),
    ],
)
def test_round_78_appointments(text: str, people: list[str]) -> None:
    assert _appointees(text) == people


# Round 81 (feed items with page furniture; policy newsletters summarising a week).


def test_appointed_to_the_board_in_lower_case_is_a_seat() -> None:
    text = "Hemi Rangi, a civil engineer from Gisborne, has also been appointed to the board."
    article = ArticleText("", text, date(2026, 3, 2))
    assert [(p.person, p.role) for p in extract(article) if p.kind == "appointment"] == [
        ("Hemi Rangi", "member of board")
    ]


def test_first_members_listed_after_a_colon_are_appointed() -> None:
    text = (
        "The province appointed its first members: Dr. Amy Chau, a family physician, who will serve as "
        "chair; Marc Leduc, director of a health centre in Sudbury; and Grace Oye, a nurse practitioner."
    )
    assert _appointees(text) == ["Amy Chau", "Marc Leduc", "Grace Oye"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The minister unveiled a A$1.2 billion package over the forward estimates to expand northern "
            "bases.",
            "expand northern bases",
        ),
        (
            "The ministry committed €2 billion between 2026 and 2029 to renovate 30 rail corridors.",
            "renovate 30 rail corridors",
        ),
        (
            "This is on top of the R900m allocated in the February budget for grid maintenance.",
            "grid maintenance",
        ),
    ],
)
def test_round_81_recipients(text: str, recipient: str) -> None:
    assert recipient in str(_recipients(text)[0])


def test_a_body_called_by_its_name_that_will_be_established_is_a_unit() -> None:
    article = ArticleText(
        "",
        "A Crown entity called Coastal Works New Zealand will be established from 1 July.",
        date(2026, 3, 2),
    )
    assert [p.name for p in extract(article) if p.kind == "unit"] == ["Coastal Works New Zealand"]


def test_parties_by_their_side_are_no_government() -> None:
    assert _headcounts("Parties on the left would raise taxes and fund 900 extra nurses.") == []
