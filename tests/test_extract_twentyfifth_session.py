"""Classes of the twenty-fifth session (docs/blind-rounds.md, round 130 onward), in our own words.

Rounds 128-130 (Australian and New Zealand councils; Canadian provincial boards; US and Canadian
personnel lists): the dollar of a council or health service whose release names no country; surplus
land and paid posts, which are no surplus and no payment; a council's own share in its own release;
gifts and bequests, a disaster's damage, a valuer's figure, a post's pay and a balance above its
forecast, none of them pledges; the next item of a list after "and a further"; lists of appointees
written in their lead-in's own sentence; a note in brackets after a list entry.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import funding_reasons, pledges_of

# --- the dollar of an article that names no country ------------------------------------------------


def test_a_health_service_of_one_country_named_only_as_publisher_tells_its_dollar() -> None:
    text = "The redevelopment of Kelso Bay Hospital will receive $120 million for a new emergency wing."
    found = pledges_of(text, "funding", publisher="Riverlands Local Health District")
    assert [p.currency for p in found] == ["AUD"]


@pytest.mark.parametrize(
    "text",
    [
        "The State Government has committed $48 million to stage two of the Marlow Point Hospital rebuild.",
        "Corrimal Heights City Council will spend $9.6 million over the next two financial years "
        "restoring the Bellwater foreshore.",
    ],
)
def test_the_states_government_with_capitals_and_the_financial_year_are_australian(text: str) -> None:
    assert [p.currency for p in pledges_of(text, "funding")] == ["AUD"]


def test_a_fiscal_year_with_no_country_stays_the_us_dollar() -> None:
    text = "The city council will spend $9.6 million in the next fiscal year restoring the lakefront."
    assert [p.currency for p in pledges_of(text, "funding")] == ["USD"]


def test_a_financial_year_in_a_territory_of_the_us_dollar_is_the_us_dollar() -> None:
    text = "The Government of the Turks and Caicos Islands will invest $14 million in border patrol "
    text += "boats in the current financial year."
    assert [p.currency for p in pledges_of(text, "funding")] == ["USD"]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("The Regional Municipality of Pinebrook will spend $12 million on transit shelters.", "CAD"),
        ("South Canterbury's district council will spend $3 million on a new library.", "NZD"),
    ],
)
def test_local_governments_and_regions_of_one_country_tell_its_dollar(text: str, currency: str) -> None:
    assert [p.currency for p in pledges_of(text, "funding")] == [currency]


# --- words that look like one thing and are another ------------------------------------------------


def test_money_from_the_sale_of_surplus_land_is_a_pledge_and_so_is_the_total_it_makes() -> None:
    text = (
        "The council will contribute a further $12 million from the sale of surplus land, taking the "
        "programme to $58 million."
    )
    assert sorted(p.amount for p in pledges_of(text, "funding")) == [12_000_000, 58_000_000]


def test_a_surplus_moved_into_a_programme_is_a_pledge_but_the_surplus_itself_is_not() -> None:
    text = (
        "The half-year review reported an operating surplus of $1.9 million. Councillors moved "
        "$400,000 of that surplus into the footpath program."
    )
    assert [p.amount for p in pledges_of(text, "funding")] == [400_000]


def test_paid_positions_are_no_payment_made_before() -> None:
    text = (
        "The ministry has allocated $30 million to bridge maintenance, including a further $2 million "
        "for a graduate scheme that will place 20 engineers in paid positions across its depots."
    )
    assert 2_000_000 in {p.amount for p in pledges_of(text, "funding")}


def test_the_next_item_after_a_cost_and_a_further_is_its_own_item() -> None:
    text = (
        "The state has set aside $20 million for the service, including $4 million for its set-up costs "
        "and a further $1.5 million for a cadet scheme."
    )
    assert 1_500_000 in {p.amount for p in pledges_of(text, "funding")}


# --- whose money ------------------------------------------------------------------------------------


def test_a_councils_own_share_in_its_own_release_is_its_pledge() -> None:
    text = "Under the agreement, the council will put in $18.3 million of its own to the stopbank works."
    found = pledges_of(text, "funding", publisher="Tarawhiti District Council")
    assert [p.amount for p in found] == [18_300_000]


def test_a_partners_own_share_in_another_bodys_release_is_not_its_pledge() -> None:
    text = "The city is contributing $4.1 million of its own to the crossing, officials said."
    assert pledges_of(text, "funding", publisher="Federal Rail Administration") == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "A bequest of $400,000 from the estate of a local bookseller will go towards the reading room.",
            "funding.others",
        ),
        (
            "The storms caused about $140 million of damage across the district last winter.",
            "funding.not-funding",
        ),
        ("An independent valuer put its market value at $16 million.", "funding.not-funding"),
        (
            "Councillors confirmed a total remuneration package of $398,000 a year for the new chief "
            "executive.",
            "funding.not-funding",
        ),
        (
            "The shire ended the year with $2.6 million more in its reserves than expected.",
            "funding.not-funding",
        ),
    ],
)
def test_gifts_damage_valuations_pay_and_balances_are_no_pledges(text: str, reason: str) -> None:
    assert pledges_of(text, "funding") == []
    assert reason in funding_reasons(text)


def test_money_for_damage_repairs_is_still_a_pledge() -> None:
    text = "The department will provide $5 million of damage repairs funding to the two towns."
    assert [p.amount for p in pledges_of(text, "funding")] == [5_000_000]


# --- appointments listed in their lead-in's sentence ------------------------------------------------


def test_a_list_of_appointees_after_the_colon_of_its_lead_in_sentence() -> None:
    text = (
        "Two part-time members have also been named: Ada Brennick, a housing economist from Lorne, for "
        "four years, and Tomas Verhulst, a former mayor of the Township of Ashby, for three years."
    )
    found = pledges_of(text, "appointment")
    assert [(p.person, p.role) for p in found] == [
        ("Ada Brennick", "part-time member"),
        ("Tomas Verhulst", "part-time member"),
    ]


def test_holders_of_one_post_for_regions_named_after_the_colon() -> None:
    text = (
        "Two regional deputy fire commissioners were also named: Kelvin Marsh for the North, and "
        "Rosa Delacroix for the Interior."
    )
    found = pledges_of(text, "appointment")
    assert [p.person for p in found] == ["Kelvin Marsh", "Rosa Delacroix"]
    assert {p.role for p in found} == {"regional deputy fire commissioner"}


def test_a_sentence_with_a_colon_and_no_list_of_people_is_read_as_before() -> None:
    text = "The minister said: Marta Quill has been appointed chair of the Coastal Board."
    assert [p.person for p in pledges_of(text, "appointment")] == ["Marta Quill"]


def test_a_note_in_brackets_on_how_long_a_post_is_held_ends_the_entry() -> None:
    text = (
        "The following appointments take effect on 1 March:\n"
        "- Hana Kowal, Chair, Island Appeals Board (three-year term)\n"
        "- Graham Tullis, Chair, Provincial Licensing Tribunal (interim, until a permanent chair is chosen)\n"
        "- Noor Vance, Chief Executive Officer, Island Housing Corporation (five-year term)"
    )
    found = pledges_of(text, "appointment")
    assert [(p.person, p.organisation) for p in found] == [
        ("Hana Kowal", "Island Appeals Board"),
        ("Graham Tullis", "Provincial Licensing Tribunal"),
        ("Noor Vance", "Island Housing Corporation"),
    ]


# --- recipients ---------------------------------------------------------------------------------


def test_a_year_the_money_runs_to_is_no_part_of_the_recipient() -> None:
    text = "The ministry confirmed €200 million for school buildings up to 2030."
    assert [p.recipient for p in pledges_of(text, "funding")] == ["school buildings"]


def test_a_plural_head_alone_refers_back_to_no_one_body() -> None:
    text = (
        "Inverclyde Council welcomed the plan. Councils will receive £28 million to employ 500 "
        "additional teachers."
    )
    assert [p.recipient for p in pledges_of(text, "funding")] != ["Inverclyde Council"]


def test_a_set_up_budget_belongs_to_the_body_the_text_creates() -> None:
    text = (
        "The Welsh Government will set up Homes Delivery Cymru, a new body to build social housing. "
        "The body will receive a set-up budget of £15 million over its first two years."
    )
    assert [p.recipient for p in pledges_of(text, "funding")] == ["Homes Delivery Cymru"]


@pytest.mark.parametrize(
    "lead_in",
    ["She will be joined on the board by:", "Other members of the board are:"],
)
def test_lead_ins_that_name_the_other_members_of_a_board(lead_in: str) -> None:
    text = (
        "The minister named Ines Carvalho as chair of the Coastal Homes Agency.\n\n"
        f"{lead_in}\n\n"
        "- Oisin Darragh, a chartered surveyor from Tralee;\n"
        "- Mr Bede Ferris, representing the county councils."
    )
    assert [p.person for p in pledges_of(text, "appointment")] == [
        "Ines Carvalho",
        "Oisin Darragh",
        "Bede Ferris",
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Marie-Claude Fortin is Canada's new finance minister after Wednesday's shuffle.",
            "finance minister",
        ),
        ("Dana Ruiz is the city's new police chief, the mayor said.", "police chief"),
    ],
)
def test_a_person_who_is_a_places_new_office_holder(text: str, role: str) -> None:
    assert [(p.role) for p in pledges_of(text, "appointment")] == [role]


def test_a_partys_spokesperson_claiming_a_headcount_is_no_pledge() -> None:
    text = (
        'The Labour Party\'s health spokesperson claimed the service would need "at least 600 more nurses". '
        "The department will hire 300 nurses."
    )
    assert [p.count for p in pledges_of(text, "headcount")] == [300]


def test_money_placed_at_a_bodys_disposal_is_still_a_pledge_but_land_disposals_are_not() -> None:
    assert [
        p.amount
        for p in pledges_of("Rs7 billion will be placed at the disposal of the relief agency.", "funding")
    ] == [7_000_000_000]
    assert pledges_of("In 2023-24 the agency disposed of surplus sites worth £212 million.", "funding") == []


def test_each_governments_share_goes_to_what_the_whole_goes_to() -> None:
    text = (
        "The two governments are committing $186 million to the Kinosew Lake all-season road: Canada will "
        "contribute $124 million, and Manitoba will provide $62 million."
    )
    found = pledges_of(text, "funding", publisher="Government of Canada")
    assert {p.amount: p.recipient for p in found} == {
        186_000_000: "Kinosew Lake all-season road",
        124_000_000: "Kinosew Lake all-season road",
        62_000_000: "Kinosew Lake all-season road",
    }


def test_each_governments_cell_of_a_table_line_goes_to_the_lines_item() -> None:
    text = (
        "The projects are:\n"
        "Maple Flats wastewater plant upgrade: federal $36,400,000; provincial $30,330,000\n"
        "Cedar Hill reservoir replacement: federal $8,200,000; provincial $6,830,000"
    )
    recipients = [p.recipient for p in pledges_of(text, "funding")]
    assert (
        recipients == ["Maple Flats wastewater plant upgrade"] * 2 + ["Cedar Hill reservoir replacement"] * 2
    )


def test_joining_them_as_members_opens_a_list_whose_entries_are_members() -> None:
    text = (
        "Rangi Marsh has been reappointed as chair of the Hospital Works Agency.\n\n"
        "Joining them as members are:\n\n"
        "- Priya Raman, a quantity surveyor from Napier;\n"
        "- Tom Whitby, a former chief financial officer of a health board; and\n"
        "- Lea Faleolo, a clinical nurse manager."
    )
    found = pledges_of(text, "appointment")
    assert [(p.person, p.role) for p in found[1:]] == [
        ("Priya Raman", "member"),
        ("Tom Whitby", "member"),
        ("Lea Faleolo", "member"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The minister named the first head of the Road Crash Investigation Branch, the new independent "
            "body that will examine serious crashes.",
            "Road Crash Investigation Branch",
        ),
        (
            "Ministers today set up the Coastal Homes Agency, the new arm's-length body that will assemble "
            "land.",
            "Coastal Homes Agency",
        ),
    ],
)
def test_a_name_followed_by_the_new_body_it_is(text: str, name: str) -> None:
    assert [p.name for p in pledges_of(text, "unit")] == [name]


def test_a_branch_of_something_else_is_no_body() -> None:
    text = "The council will spend $3.8 million to build the new Yarra Branch Library."
    assert pledges_of(text, "unit") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Police Academy can train up to 1,400 recruits a year.",
        "A wing of 82 recruits graduates from the Police College tomorrow.",
    ],
)
def test_what_an_academy_can_train_and_recruits_passing_out_are_no_pledges(text: str) -> None:
    assert pledges_of(text, "headcount") == []


def test_what_an_academy_will_train_is_a_pledge() -> None:
    assert [p.count for p in pledges_of("The academy will train 400 more recruits a year.", "headcount")] == [
        400
    ]


# --- round 132: local newspapers' reports --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The biggest single item is £5.2m for a replacement fire station at Kelby, where the current "
        "building has been condemned.",
        "Of that, £3.8m will go on the paramedics, according to a report by the trust's director of "
        "workforce.",
        "Of the money, £1.3m will fund a rent deposit scheme for families at risk of eviction.",
        "The trust will add £1.1m of its own money for a patient transport service.",
    ],
)
def test_words_that_read_as_a_critic_a_rent_or_a_partners_share_and_are_not(text: str) -> None:
    assert len(pledges_of(text, "funding")) == 1


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Opposition councillors condemned the £2m plan.", "funding.opposition"),
        ("The figures show £4m was lost, according to a report by the Audit Office.", "funding.opposition"),
    ],
)
def test_critics_and_outside_reports_are_still_read_as_such(text: str, reason: str) -> None:
    assert pledges_of(text, "funding") == []
    assert reason in funding_reasons(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The council's overall net revenue budget will be £612m next year.", "funding.budget"),
        ("Each will receive a pastoral package worth about £3,200.", "funding.per-unit"),
        ("The skills commissioner role is part-time and paid £62,000 a year.", "funding.budget"),
        ("Midwives who join will be offered a £2,000 payment after two years in post.", "funding.per-unit"),
        (
            "The council will open a Social Work Academy after spending £7.2m on agency staff last year.",
            "funding.delivered-in-the-past",
        ),
    ],
)
def test_budgets_packages_pay_incentives_and_past_spending_are_no_pledges(text: str, reason: str) -> None:
    assert pledges_of(text, "funding") == []
    assert reason in funding_reasons(text)


def test_a_new_bodys_budget_is_still_a_pledge() -> None:
    text = "The new agency's budget will be £40m over three years."
    assert [p.amount for p in pledges_of(text, "funding")] == [40_000_000]


def test_the_words_before_a_sum_that_end_the_last_items_predicate_name_nothing_for_it() -> None:
    text = "Of the money, £2.1m will pay for staff and £1.3m will fund a rent deposit scheme for families."
    assert [p.recipient for p in pledges_of(text, "funding")] == ["staff", "rent deposit scheme for families"]


def test_a_trusts_own_capital_goes_to_what_follows_it() -> None:
    text = (
        "The trust is also investing £3.2 million of its own capital in a new car park at the Halbury site."
    )
    assert [p.recipient for p in pledges_of(text, "funding")] == ["new car park at the Halbury site"]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Marcus Delane of Las Vegas, a retired police lieutenant, has been appointed to the Board of "
            "Parole Commissioners.",
            "Marcus Delane",
            "member of Board of Parole Commissioners",
        ),
        (
            "Dr. Anand Rao of Henderson, an infectious disease physician, has been appointed to the seat "
            "representing physicians.",
            "Anand Rao",
            "member",
        ),
        (
            "Chief Robert Tennant of the Prairie Fire Department was appointed to the Emergency Medical "
            "Services Board in the seat reserved for a fire service representative.",
            "Robert Tennant",
            "member of the Emergency Medical Services Board",
        ),
        (
            "The governor also designated Regent Carol Duffy, a member of the board since 2020, as chair.",
            "Carol Duffy",
            "chair",
        ),
    ],
)
def test_us_personnel_releases_home_towns_seats_and_styles(text: str, person: str, role: str) -> None:
    assert [(p.person, p.role) for p in pledges_of(text, "appointment")] == [(person, role)]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The council has agreed to put £500,000 into the Brindle Homes Fund, first set up with £750,000, "
            "bringing the fund to £1.25m.",
            "Brindle Homes Fund",
        ),
        (
            "Tarawhiti District Council has secured $27.5 million of Crown co-funding for the Orua River "
            "flood protection scheme. The council will put in $18.3 million, bringing the scheme's total "
            "budget to $45.8 million.",
            "scheme",  # (the scheme named in another sentence is not resolved: no "bringing" left in it)
        ),
    ],
)
def test_a_total_brought_to_a_figure_goes_to_what_it_is_the_total_of(text: str, recipient: str) -> None:
    assert pledges_of(text, "funding")[-1].recipient == recipient


# --- round 134: council reports --------------------------------------------------------------------


def test_lines_of_a_year_by_year_record_are_background() -> None:
    text = (
        "Grants handed out by the fund:\n"
        "2022: $455,000 to 38 groups\n"
        "2023: $590,000 to 44 groups\n"
        "The council will give $700,000 to 50 groups this year."
    )
    found = pledges_of(text, "funding")
    assert [p.amount for p in found] == [700_000]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The bill will rise by 4.8 per cent for a home assessed at $320,000.", "funding.not-funding"),
        ("Last year that grant was worth $14.2 million to Northfield.", "funding.background"),
    ],
)
def test_a_homes_assessed_value_and_what_a_grant_was_worth_last_year_are_no_pledges(
    text: str, reason: str
) -> None:
    assert pledges_of(text, "funding") == []
    assert reason in funding_reasons(text)


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "The regional district has named its finance director, Arjun Mehta, as interim chief "
            "administrative officer.",
            "Arjun Mehta",
            "interim chief administrative officer",
        ),
        (
            "Council approved the hiring of Daniel Ostrow, a deputy chief with the Calgary fire department, "
            "as fire chief.",
            "Daniel Ostrow",
            "fire chief",
        ),
        (
            "Former mayor Glenys Pratt has been appointed to the board of the Burralong Hospital and Health "
            "Service.",
            "Glenys Pratt",
            "member of the board of the Burralong Hospital and Health Service",
        ),
        (
            "Executive Director Ramona Kessler named Sgt. Daniel Whitby of the State Patrol as the hub's "
            "first supervisor.",
            "Daniel Whitby",
            "supervisor",
        ),
    ],
)
def test_council_reports_of_hires_boards_and_supervisors(text: str, person: str, role: str) -> None:
    assert [(p.person, p.role) for p in pledges_of(text, "appointment")] == [(person, role)]


def test_an_electoral_area_is_no_persons_name() -> None:
    text = "Directors appointed Area C director Dana Whitlock to chair the task force."
    assert [p.person for p in pledges_of(text, "appointment")] == ["Dana Whitlock"]


# --- round 135: health bodies' releases -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "The Welsh Ambulance Service will recruit 260 paramedics over two years, backed by £15.2 million "
            "of Welsh Government funding.",
            "paramedics",
        ),
        (
            "NHS Blood and Transplant will open three donor centres and recruit 200 donor carers, funded by "
            "£38 million from the Department of Health.",
            "donor carers",
        ),
    ],
)
def test_money_backing_a_recruitment_goes_to_the_staff_without_their_count(text: str, recipient: str) -> None:
    assert [p.recipient for p in pledges_of(text, "funding")] == [recipient]


def test_a_sum_committed_when_a_body_was_announced_goes_to_that_body() -> None:
    text = (
        "The Government will build the Carnegie National Elective Centre. The increase, on top of the £70 "
        "million committed when the centre was first announced in 2021, brings the capital contribution to "
        "£86 million."
    )
    recipients = {p.amount: p.recipient for p in pledges_of(text, "funding")}
    assert recipients[70_000_000] == "Carnegie National Elective Centre"
