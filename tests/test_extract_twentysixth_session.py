"""Classes of the twenty-sixth session (docs/blind-rounds.md, round 136 onward), in our own words.

The dollar of an article that names no country but spells as no US writer does; foreign-currency
stories about countries the non-dollar list did not know. Rounds 136-137 (provincial and state releases,
newspapers, health and justice announcements): lists of appointees after "the appointment of four new
sheriffs:" and "The inaugural members are:", and the count of such a list, which is no headcount; a
reaction after a list; a department named for a group and a body named for an office word, neither a
person; an aside that names a place and its state and goes on; intakes that will begin training; classes
that passed out and a sector's forecast need; each one's share in a clause; income bounds.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import pledges_of
from tracker.extract.recipient import recipient_after

# --- the dollar of an article that names no country, by its spelling ------------------------------


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (
            "Councillors approved $2.4 million to resurface the footpaths of older neighbourhoods.",
            "AUD",
        ),
        (
            "Councillors approved $2.4 million for the sports centre; tenders will be called in the fall.",
            "CAD",
        ),
        (
            "The chief administrative officer said council will spend $900,000 on a new community centre.",
            "CAD",
        ),
        (
            "ELMSWORTH, Ont. — Councillors set aside $3 million for a library branch and community centre.",
            "CAD",
        ),
        (
            "The council will put $5 million into its coastal restoration programme and a visitor centre.",
            "NZD",
        ),
    ],
)
def test_spelling_no_us_writer_uses_tells_another_dollar(text: str, currency: str) -> None:
    assert [p.currency for p in pledges_of(text, "funding")] == [currency]


@pytest.mark.parametrize(
    "text",
    [
        "Council members approved $2.4 million to resurface the sidewalks of older neighborhoods.",
        # (US copy written abroad keeps "per cent")
        "The transit authority will spend $54 million on hiring, a 12 per cent rise on last year.",
        # (a country named outweighs the spelling)
        "The Minnesota legislature approved $20 million for a new community health centre.",
    ],
)
def test_us_spelling_and_named_us_places_stay_the_us_dollar(text: str) -> None:
    assert [p.currency for p in pledges_of(text, "funding")] == ["USD"]


def test_a_story_about_a_country_of_another_currency_writes_us_dollars() -> None:
    text = "Uzbekistan will spend $355 million on new schools, and Tashkent will open a training centre."
    assert [p.currency for p in pledges_of(text, "funding")] == ["USD"]


# --- lists of appointees and the counts that name them ----------------------------------------------

SHERIFFS = (
    "The Justice Secretary has approved the appointment of three new sheriffs on the recommendation of "
    "the appointments panel:\n\n"
    "Morag Ellison KC, to the sheriffdom of Glenmore and Lochside at Dunvale\n"
    "Callum Baird, advocate, to the sheriffdom of Eastmarch at Kinross\n"
    "Isla Fenwick, solicitor advocate, to the sheriffdom of Westmoor, Carse and Fells at Ardrie\n\n"
    "Sheriff Principal Hamish Dunne, who has presided over the Eastmarch sheriffdom since 2018, welcomed "
    "the appointments.\n\n"
    '"These three new sheriffs will help us clear the backlog," the Justice Secretary said.'
)


def test_the_appointment_of_a_number_of_post_holders_leads_a_list_of_them() -> None:
    found = pledges_of(SHERIFFS, "appointment")
    assert [(p.person, p.role) for p in found] == [
        ("Morag Ellison", "sheriff"),
        ("Callum Baird", "sheriff"),
        ("Isla Fenwick", "sheriff"),
    ]


def test_the_count_of_the_people_a_list_appoints_is_no_headcount() -> None:
    assert pledges_of(SHERIFFS, "headcount") == []


def test_a_count_of_posts_nobody_is_named_to_stays_a_headcount() -> None:
    text = (
        "The courts service will recruit three new sheriffs next year. Ann Lee was appointed sheriff in 2019."
    )
    assert [p.count for p in pledges_of(text, "headcount")] == [3]


def test_an_inaugural_membership_written_post_first_is_a_list_of_appointments() -> None:
    text = (
        "The province has established a Tenancy Standards Council.\n\nThe inaugural members are:\n\n"
        "Chair: Rosalind Achebe, Moose Hollow - housing lawyer\n"
        "Member: Gregor Lindqvist, Pine Falls - retired property manager"
    )
    assert [(p.person, p.role) for p in pledges_of(text, "appointment")] == [
        ("Rosalind Achebe", "Chair"),
        ("Gregor Lindqvist", "Member"),
    ]


# --- names that are no people, and asides that go on -------------------------------------------------


def test_a_department_named_for_a_group_holds_no_person() -> None:
    text = (
        "Marek Wozniak, currently director of standards in the Department for Families, Children and Young "
        "People, will serve as interim deputy ombudsman until a permanent appointment is made."
    )
    assert [p.person for p in pledges_of(text, "appointment")] == ["Marek Wozniak"]


def test_an_office_word_inside_a_bodys_name_is_no_persons_title() -> None:
    text = (
        "The department will spend $9 million on a new training center run by the Bureau of Justice "
        "Assistance for small agencies."
    )
    assert pledges_of(text, "appointment") == []


def test_an_aside_naming_a_place_and_its_state_may_go_on_before_the_appointment() -> None:
    text = (
        "Renata Okafor-Lind, who served as sheriff in Dalton, Georgia, for eight years before joining the "
        "Bureau of Justice Assistance in 2021, has been named director of the new center."
    )
    assert [p.person for p in pledges_of(text, "appointment")] == ["Renata Okafor-Lind"]


# --- headcount: intakes, classes that passed out, forecasts --------------------------------------------


def test_an_intake_of_staff_that_will_begin_training_is_a_headcount() -> None:
    text = "The first intake of 60 career firefighters will begin training in September."
    assert [p.count for p in pledges_of(text, "headcount")] == [60]


@pytest.mark.parametrize(
    "text",
    [
        "Last spring 60 career firefighters began training at the academy.",
        "Speaking at the passing-out parade of 1 800 constables, the Minister praised the recruits.",
        "Modelling projects that the sector will need around 40,000 additional carers by 2032.",
    ],
)
def test_trainees_who_began_classes_that_passed_out_and_a_sectors_need_are_no_headcount(text: str) -> None:
    assert pledges_of(text, "headcount") == []


# --- funding: each one's share in a clause, and income bounds ------------------------------------------


def test_each_ones_share_in_a_with_clause_is_a_rate() -> None:
    text = (
        "The remaining $6 million will be shared between tenancy advice services, with each service "
        "receiving a top-up of about $150,000."
    )
    assert [p.amount for p in pledges_of(text, "funding")] == [6_000_000]


def test_an_income_bound_of_who_benefits_is_no_sum() -> None:
    text = "The agency will spend $12 million on a free filing service for households earning under $55,000."
    assert [p.amount for p in pledges_of(text, "funding")] == [12_000_000]


def test_making_a_sum_available_is_no_income_bound() -> None:
    text = "The state is making up to $30 million available for planning grants."
    assert [p.amount for p in pledges_of(text, "funding")] == [30_000_000]


# --- recipients of round 138 -------------------------------------------------------------------------


def recipients_of(text: str) -> list[str | None]:
    return [p.recipient for p in pledges_of(text, "funding")]


def test_a_part_of_someones_share_goes_to_what_it_is_earmarked_for() -> None:
    text = "Of Ontario's share, $1.4 million is earmarked for wetland restoration along the Saltmarsh River."
    assert recipients_of(text) == ["wetland restoration along the Saltmarsh River"]


def test_a_budget_the_new_body_will_have_is_the_bodys() -> None:
    text = (
        "The city will create a Department of Coastal Resilience to bring its flood staff together. "
        "The new department will have a first-year budget of $3.8 million."
    )
    assert recipients_of(text) == ["Department of Coastal Resilience"]


def test_how_a_sum_is_paid_is_no_recipient() -> None:
    text = "The Scottish Government agreed to fund the £14.2 million project in full."
    assert recipients_of(text) != ["full"]


def test_a_name_before_its_sum_in_apposition_is_the_recipient() -> None:
    text = (
        "The university launched the Harrowgate Institute for Estuary Studies, a £18 million centre that "
        "will study erosion."
    )
    assert recipients_of(text) == ["Harrowgate Institute for Estuary Studies"]


def test_a_pot_the_sum_names_after_funded_through_is_the_recipient() -> None:
    text = (
        "The department said it would place 40 more teachers in remote schools from the start of Term 2, "
        "funded through a $7.5 million rural staffing package."
    )
    assert recipients_of(text) == ["rural staffing package"]


def test_staff_a_service_relies_on_now_are_no_headcount() -> None:
    text = "The hospitals now employ about 300 nurses and rely on 80 agency nurses to fill gaps."
    assert pledges_of(text, "headcount") == []


# --- round 139: flattened tables, shares, givers, and appointments in council copy ----------------------


def test_a_table_flattened_onto_one_line_gives_each_sum_its_own_label() -> None:
    text = (
        "The other main allocations are:\n\nRoad resurfacing: £6.1m Refurbishment of Millgate Swimming "
        "Baths: £4.2m Market square regeneration at Eastgate: £2.9m"
    )
    assert recipients_of(text) == [
        "Road resurfacing",
        "Refurbishment of Millgate Swimming Baths",
        "Market square regeneration at Eastgate",
    ]


def test_what_accounts_for_the_largest_share_receives_it() -> None:
    text = "Housing accounts for the largest share, at €98 million."
    assert recipients_of(text) == ["Housing"]


def test_a_shake_up_of_a_service_names_the_service() -> None:
    text = "The council has approved a £2.7 million shake-up of adult social care."
    assert recipients_of(text) == ["shake-up of adult social care"]


def test_the_giver_after_the_sum_is_passed_over_for_what_it_is_for() -> None:
    after = " by the Department of Rural, Community and Islands Affairs for its Village Renewal Programme."
    assert recipient_after(after) == ("Village Renewal Programme", 2)


@pytest.mark.parametrize(
    "text",
    [
        "Australia, under the bilateral policing agreement, has committed A$150 million over four years.",
        "A Luxembourg-based development agency has committed EUR 2 million to equip the laboratory.",
        "The Pan American Health Organization is providing US$1.1 million in technical support.",
    ],
)
def test_another_countrys_government_or_agency_gives_no_pledge_of_the_announcer(text: str) -> None:
    text = "The Government will spend K40 million on new police posts. " + text
    found = pledges_of(text, "funding", publisher="Department of Police, Papua New Guinea")
    assert [p.amount for p in found] == [40_000_000]


def test_the_role_a_body_has_anew_is_the_one_someone_is_appointed_to() -> None:
    text = (
        "Lisnagarry County Council has a new chief executive, after Aoife Brennock was appointed to the role."
    )
    assert [(p.person, p.role) for p in pledges_of(text, "appointment")] == [
        ("Aoife Brennock", "chief executive")
    ]


def test_a_planner_is_a_post() -> None:
    text = "Dara Ó Ceallaigh, a planner with the council since 2017, has been appointed Senior Planner."
    assert [p.person for p in pledges_of(text, "appointment")] == ["Dara Ó Ceallaigh"]


def test_members_included_with_a_descriptor_before_each_name() -> None:
    text = (
        "The board will be chaired by Ravi Persad. Other members include chartered accountant Lena Baptiste, "
        "logistics specialist Omar Greaves, and officials of the Ministry of Finance."
    )
    assert [p.person for p in pledges_of(text, "appointment")] == [
        "Ravi Persad",
        "Lena Baptiste",
        "Omar Greaves",
    ]


# --- round 140: Nepal's units, conversions, and sizes that are no hires ----------------------------------


def test_nepals_arba_is_a_hundred_crore_of_its_rupees() -> None:
    text = "The Ministry of Finance in Kathmandu has released Rs 2.4 arba for the election security plan."
    assert [(p.amount, p.currency) for p in pledges_of(text, "funding")] == [(2_400_000_000, "NPR")]


def test_a_sum_converted_into_another_currency_is_the_same_pledge() -> None:
    text = "The government will spend DKK 300 million on rural police. "
    text += "Converted, the package amounts to about EUR 40 million."
    assert [p.currency for p in pledges_of(text, "funding")] == ["DKK"]


@pytest.mark.parametrize(
    "text",
    [
        "She will lead an agency with around 1,100 employees.",
        "The party said DKK 2 billion would be needed to rebuild what went after the 2007 police reform.",
        '"Every district hospital will get at least 30 additional nurses," the minister said.',
    ],
)
def test_a_bodys_size_a_year_before_a_noun_and_each_ones_share_are_no_headcount(text: str) -> None:
    assert pledges_of(text, "headcount") == []


# --- round 141: bodies created with their budgets, lenders, strengths, Chile's UF ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "South Korea on Tuesday launched a Coastal Policy Agency under the Prime Minister's Office, with a "
        "budget of 1.4 trillion won for next year.",
        "The government created a National Drought Agency and gave it a budget of 9.5 billion pesos.",
        "Cabinet approved the creation of a National Drought Agency and allocated it 2.5 billion dirhams.",
    ],
)
def test_a_body_the_clause_creates_receives_the_budget_it_is_given(text: str) -> None:
    assert recipients_of(text)[0] in ("Coastal Policy Agency", "National Drought Agency")


def test_a_development_bank_named_by_its_kind_lends_its_own_money() -> None:
    text = "The ministry will spend $40 million on pipes. "
    text += "A regional development bank approved a $250 million loan."
    assert [p.amount for p in pledges_of(text, "funding")] == [40_000_000]


def test_a_strength_a_country_has_roughly_is_no_headcount() -> None:
    assert pledges_of("The country has roughly 150,000 municipal police officers.", "headcount") == []


def test_chiles_unidad_de_fomento_is_its_own_currency_and_the_dollars_after_it_a_conversion() -> None:
    text = (
        "Chile's Health Ministry will invest UF 12 million (about $480 million) in three regional hospitals."
    )
    assert [(p.amount, p.currency) for p in pledges_of(text, "funding")] == [(12_000_000, "CLF")]


# --- round 142: one grant to a body named as the subject; times that are averages -----------------------


def test_a_body_named_as_subject_receiving_a_grant_of_a_sum_is_one_award() -> None:
    text = "Lakeside Community Housing Trust will receive a separate grant of $30 million to buy 120 homes."
    assert [p.amount for p in pledges_of(text, "funding")] == [30_000_000]


def test_each_of_many_receiving_a_grant_of_a_sum_is_a_rate() -> None:
    text = "The state will spend $12 million. Each Community Housing Trust will receive a grant of $500,000."
    assert [p.amount for p in pledges_of(text, "funding")] == [12_000_000]


def test_an_average_of_time_makes_no_sum_an_average() -> None:
    text = "Millbrook City Council, which has the longest average assessment times, will receive $21 million."
    assert [p.amount for p in pledges_of(text, "funding")] == [21_000_000]


# --- round 143: who staff are, air crews, teams by their size, bodies funded with a sum ------------------


def test_staff_described_by_who_they_are_are_still_to_be_hired() -> None:
    text = (
        "The department will hire 1,200 additional counsellors, including 300 peer support workers who are "
        "Veterans themselves."
    )
    assert sorted(p.count for p in pledges_of(text, "headcount")) == [300, 1200]


def test_aircrew_are_staff() -> None:
    text = "The Air Force will recruit and train 24 additional aircrew to fly the new helicopters."
    assert [p.count for p in pledges_of(text, "headcount")] == [24]


def test_a_team_counted_by_its_people_is_a_headcount_and_a_bodys_members_are_not() -> None:
    assert [
        p.count for p in pledges_of("The Government will deploy a 40-person medical team.", "headcount")
    ] == [40]
    text = "The 15-member task force will report to the governor by December."
    assert pledges_of(text, "headcount") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Police will set up a Rural Stock Theft Squad in the district. The squad is being set up with "
            "$1.1 million over two years.",
            "Rural Stock Theft Squad",
        ),
    ],
)
def test_a_body_being_set_up_with_the_sum_receives_it(text: str, body: str) -> None:
    assert body in (recipients_of(text)[-1] or "")


# --- round 144: the early years, a federal government's transfers, each one's size ------------------------


def test_early_years_staff_are_counted() -> None:
    text = "The Inspectorate will recruit 180 additional early years inspectors by 2027."
    assert [p.count for p in pledges_of(text, "headcount")] == [180]


def test_a_federal_governments_bilateral_transfers_to_provinces_are_its_own() -> None:
    text = "The plan includes $210 million in bilateral transfers to provinces and $40 million for an office."
    assert [p.amount for p in pledges_of(text, "funding")] == [210_000_000, 40_000_000]


def test_each_of_many_grants_worth_a_sum_is_a_rate() -> None:
    text = "The council will award €90 million. The grants, each worth up to €2 million, fund research."
    assert [p.amount for p in pledges_of(text, "funding")] == [90_000_000]
