"""Classes of the twenty-seventh session (docs/blind-rounds.md, round 145 onward), in our own words.

A body announced under a description ("a new volunteer marine rescue unit") and then named plainly
("the Kestrel Point Marine Rescue Unit") is one body, while two bodies each introduced as new are two;
a lower-case unit with no cue but its article ("a medic unit") is no body; "to be set up" after a
description is its creation, not its purpose; a body a government closed existed.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import pledges_of

# --- a description and the name the text gives it -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A new Harbour Lifeboat unit is to be established at Kestrel Point, with the department "
            "allocating €2.2 million for a boathouse.\n\nThe Kestrel Point Lifeboat Unit will operate "
            "two inshore boats.",
            "Kestrel Point Lifeboat Unit",
        ),
        (
            "Walkers on the Ardmore cliffs will be covered by a new volunteer cliff rescue unit from "
            "next spring.\n\nThe minister said the package would pay for the Ardmore Cliff Rescue Unit "
            "and two new vehicles.",
            "Ardmore Cliff Rescue Unit",
        ),
    ],
)
def test_a_description_named_plainly_later_is_that_body(text: str, name: str) -> None:
    assert [p.name for p in pledges_of(text, "unit")] == [name]


def test_two_bodies_each_introduced_as_new_stay_two() -> None:
    text = (
        "The package includes a new £90 million youth diversion fund for councils.\n\n"
        "It also sets out a new £15m Street Outreach Youth Fund, run by the police."
    )
    names = {p.name for p in pledges_of(text, "unit")}
    assert names == {"youth diversion fund", "Street Outreach Youth Fund"}


# --- a lower-case unit with only an article ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The new station will house a ladder truck, a medic unit and a fire engine.",
        "The hospital will add a dialysis unit on its second floor.",
    ],
)
def test_a_lower_case_unit_with_only_an_article_is_no_body(text: str) -> None:
    assert pledges_of(text, "unit") == []


def test_a_lower_case_unit_with_a_creation_cue_is_a_body() -> None:
    text = "A further SEK 40 million will pay for a national appeals unit to be set up in Umeå."
    assert [p.name for p in pledges_of(text, "unit")] == ["national appeals unit"]


# --- a body that was closed ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The critic noted that a previous government closed a coastal rescue centre in 2011.",
        "Ministers abolished the Regional Growth Board in 2015 and never replaced it.",
    ],
)
def test_a_body_that_was_closed_is_not_created(text: str) -> None:
    assert pledges_of(text, "unit") == []


# --- rounds 146 and 147: lists of posts, chairs, settlements, sizes per item, trainees, list items -----


def test_a_second_set_of_posts_in_the_sentence_of_a_first() -> None:
    text = (
        "The minister has appointed Carys Lloyd as chair of Canal Trust Wales, together with two new "
        "non-executive directors, Owain Price and Meera Shah."
    )
    people = {p.person: p.role for p in pledges_of(text, "appointment")}
    assert set(people) == {"Carys Lloyd", "Owain Price", "Meera Shah"}
    assert people["Owain Price"] == "non-executive director"


def test_members_named_after_a_person_whose_aside_names_a_firm() -> None:
    text = (
        "Alan Kerrow, a former partner of a Douglas-based private equity firm, has been appointed as its "
        "chair, with Ruth Quayle and Sam Teare appointed as independent members."
    )
    assert {p.person for p in pledges_of(text, "appointment")} == {"Alan Kerrow", "Ruth Quayle", "Sam Teare"}


def test_a_body_chaired_independently() -> None:
    text = (
        "The Executive will set up a Rough Sleeping Taskforce. It will be chaired independently by Nuala "
        "Byrne, a former director of a housing charity."
    )
    assert [p.person for p in pledges_of(text, "appointment")] == ["Nuala Byrne"]


def test_an_increase_compared_with_a_base_after_it_is_money_given() -> None:
    text = "The settlement includes an increase of £412 million compared with the current year."
    assert [p.amount for p in pledges_of(text, "funding")] == [412_000_000]


def test_a_budget_lines_capital_grant_is_one_grant_named_by_its_line() -> None:
    text = "For 2026-27 the settlement provides councils with a general capital grant of £640 million."
    [grant] = pledges_of(text, "funding")
    assert grant.amount == 640_000_000
    assert grant.recipient is not None and "capital grant" in grant.recipient


def test_individual_investments_of_up_to_are_a_size_per_item() -> None:
    text = (
        "The fund will invest £30 million over five years. Individual investments of up to £750,000 "
        "will be available, usually alongside private investors."
    )
    assert [p.amount for p in pledges_of(text, "funding")] == [30_000_000]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The agency will hire 900 air traffic controller trainees next year.", 900),
        ("The service will hire 60 paramedic trainees this spring.", 60),
    ],
)
def test_trainees_of_a_public_service_grade_hired_are_staff(text: str, count: int) -> None:
    assert [p.count for p in pledges_of(text, "headcount")] == [count]


def test_trainee_teachers_on_courses_stay_students() -> None:
    assert pledges_of("Some 2,300 teacher trainees started courses this autumn.", "headcount") == []


def test_named_bodies_listed_after_bullets_each_created() -> None:
    text = (
        "The agency will establish three regional flood forecasting hubs to give councils earlier warning "
        "of storms.\n\nThe hubs are:\n\n- the Northern Flood Forecasting Hub, based in Leeds;\n"
        "- the Western Flood Forecasting Hub, based in Bristol;\n"
        "- the Eastern Flood Forecasting Hub, based in Norwich."
    )
    names = {p.name for p in pledges_of(text, "unit")}
    assert names == {
        "Northern Flood Forecasting Hub",
        "Western Flood Forecasting Hub",
        "Eastern Flood Forecasting Hub",
    }


# --- rounds 148 and 149: places before posts, times before "as", posts held, private givers ----------


def test_a_metropolitan_areas_post_is_no_person() -> None:
    text = "Priya Kaur has been appointed Greater Bristol's first Transport Commissioner."
    [appointment] = pledges_of(text, "appointment")
    assert appointment.person == "Priya Kaur"
    assert "Transport Commissioner" in (appointment.role or "")


def test_a_time_of_day_between_the_oath_and_the_post() -> None:
    text = "Ewan Tully, the Member for Ballarat North, will be sworn in this afternoon as Minister for Ports."
    assert [(p.person, p.role) for p in pledges_of(text, "appointment")] == [
        ("Ewan Tully", "Minister for Ports")
    ]


def test_a_predecessor_who_now_serves_elsewhere_is_no_appointment() -> None:
    text = "Her predecessor, Owen Marsh, now serves as Secretary of State for Transport."
    assert pledges_of(text, "appointment") == []


@pytest.mark.parametrize(
    "text",
    [
        "Property group Quayside Living, which is building 320 apartments in the harbour, has offered "
        "€4 million towards the restoration of nearby terraces.",
        "The developer of the Millbrook site, Ashcombe Estates, has agreed to contribute £12 million "
        "towards the new station.",
        "Superannuation funds have committed a further $900 million to co-invest alongside the agency.",
    ],
)
def test_companies_and_pension_funds_give_their_own_money(text: str) -> None:
    assert pledges_of(text, "funding") == []


def test_what_a_recipient_previously_received_is_background() -> None:
    text = "The tribe previously received a $600,000 federal language grant, which ended in 2023."
    assert pledges_of(text, "funding") == []


# --- rounds 150 and 151: wire restatements, company deals, breakdown lines, explainers -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The package, worth about US$210 million, comes a week after a rival bid collapsed.",
        "The package is worth about US$45m.",
    ],
)
def test_a_package_restated_in_another_currency_is_the_same_money(sentence: str) -> None:
    text = f"The Government will spend NZ$350 million on ferry terminals over four years. {sentence}"
    assert [p.amount for p in pledges_of(text, "funding")] == [350_000_000]


def test_a_package_worth_a_sum_in_the_articles_currency_is_its_size() -> None:
    text = "The minister announced support for rail freight. The package is worth about $45m."
    assert [p.amount for p in pledges_of(text, "funding")] == [45_000_000]


@pytest.mark.parametrize(
    "sentence",
    [
        "On the markets, builder Carrick Holdings rose 2 per cent after agreeing a €150 million takeover of "
        "a Belgian pipe maker.",
        "The shipyard last week reported an order book of 900 million pounds.",
    ],
)
def test_company_takeovers_and_order_books_are_no_pledges(sentence: str) -> None:
    text = f"The Government will spend €60 million on lifeboat stations. {sentence}"
    assert [p.amount for p in pledges_of(text, "funding")] == [60_000_000]


def test_a_breakdowns_part_lines_name_their_own_items() -> None:
    text = (
        "HOME OFFICE\n"
        "Total departmental expenditure limit, 2026-27 to 2028-29: £41.2 billion\n"
        "  of which: counter-fraud analysts: £85 million\n"
        "  of which: new Port Screening Centre, Harwich: £120 million"
    )
    recipients = {p.amount: p.recipient for p in pledges_of(text, "funding")}
    assert recipients[41_200_000_000] == "Home Office"
    assert recipients[85_000_000] == "counter-fraud analysts"
    assert "Port Screening Centre" in (recipients[120_000_000] or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Coastal Intelligence Centre will be a new hub within the Border Force, bringing analysts "
            "together.",
            "Coastal Intelligence Centre",
        ),
        (
            "The Coffee Mill Renewal Fund is a new fund to be set up under the Agriculture Authority.",
            "Coffee Mill Renewal Fund",
        ),
    ],
)
def test_an_explainer_that_says_what_new_body_a_name_is(text: str, name: str) -> None:
    assert [p.name for p in pledges_of(text, "unit")] == [name]


# --- round 152: posts that cost, Canadian dollars, budgets that add staff, second objects, lists -----


def test_what_new_posts_will_cost_is_money_committed() -> None:
    text = (
        "Trustees approved 20 new teaching posts for the district. The new positions will cost about "
        "$2.1 million in the first year."
    )
    assert [p.amount for p in pledges_of(text, "funding")] == [2_100_000]


def test_the_price_of_a_thing_bought_stays_a_cost() -> None:
    assert pledges_of("The new bridge is costing £80 million.", "funding") == []


def test_a_sum_hyphenated_to_its_scale_with_commonwealth_spelling_is_canadian() -> None:
    text = (
        "The Maple Ridge school board has approved a $512-million budget that hires 12 attendance "
        "counsellors."
    )
    assert [p.currency for p in pledges_of(text, "funding")] == ["CAD"]


def test_a_budget_that_adds_staff_pledges_them() -> None:
    text = "The board has approved a budget that adds 30 classroom teachers and 12 educational assistants."
    assert sorted(p.count for p in pledges_of(text, "headcount")) == [12, 30]


def test_an_authorised_hiring_before_a_dated_aside() -> None:
    text = "The council authorized hiring 12 firefighters to staff it, the first new station since 2011."
    assert [p.count for p in pledges_of(text, "headcount")] == [12]


def test_the_second_object_of_a_hiring_verb_is_staff() -> None:
    text = "Council approved a plan to hire seven building inspectors and three plan reviewers."
    assert sorted(p.count for p in pledges_of(text, "headcount")) == [3, 7]


def test_a_fronted_passive_leads_a_list_of_appointees() -> None:
    text = (
        "The commissioners on Monday appointed three new members to the Harlow Hospital Authority board.\n\n"
        "Appointed to four-year terms were:\n"
        "- Dr. Ada Whitlow, a retired family physician;\n"
        "- Marcus Penn, a pastor in Harlow;\n"
        "- Ruth Okafor, an accountant in Harlow."
    )
    assert {p.person for p in pledges_of(text, "appointment")} == {
        "Ada Whitlow",
        "Marcus Penn",
        "Ruth Okafor",
    }


# --- round 154: vetoes, reserves, bills not passed, small states' codes, named laws ----------------


def test_money_a_governor_vetoed_is_no_pledge() -> None:
    text = (
        "The governor signed the $9.1 billion budget. She vetoed $4.2 million for a stadium parking "
        "garage, saying it duplicated existing funding."
    )
    assert [p.amount for p in pledges_of(text, "funding")] == [9_100_000_000]


@pytest.mark.parametrize(
    "sentence",
    [
        "The budget leaves the state's rainy-day fund at $1.1 billion.",
        "The budget leaves $900 million in the state's reserves.",
    ],
)
def test_what_a_budget_leaves_in_reserve_is_no_pledge(sentence: str) -> None:
    text = f"Lawmakers approved $40 million for rural clinics. {sentence}"
    assert [p.amount for p in pledges_of(text, "funding")] == [40_000_000]


def test_a_bill_that_would_have_created_a_body_is_no_pledge() -> None:
    text = (
        "House Bill 1180, which would have created a Delta Development Authority with $15 million, "
        "was vetoed."
    )
    assert pledges_of(text, "funding") == []


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Government has set aside TOP 6.2 million in the budget for new nurses.", "TOP"),
        ("The State will contribute CVE 1.8 billion from the national budget.", "CVE"),
    ],
)
def test_small_states_codes(text: str, currency: str) -> None:
    assert [p.currency for p in pledges_of(text, "funding")] == [currency]


def test_a_code_that_is_a_word_needs_its_scale() -> None:
    assert pledges_of("The TOP 5,000 firms were ranked by turnover.", "funding") == []


def test_a_named_law_sized_by_the_sum_after_it_is_the_recipient() -> None:
    text = "The governor signed the Rural Nurse Pipeline Act, a $64 million plan to fill clinic vacancies."
    [law] = pledges_of(text, "funding")
    assert law.recipient == "Rural Nurse Pipeline Act"


def test_what_a_new_team_costs_goes_to_the_team_the_article_names() -> None:
    text = (
        "The budget also creates an Attendance Support Team of 12 counsellors. The team will cost "
        "$1.1 million."
    )
    [cost] = pledges_of(text, "funding")
    assert cost.recipient == "Attendance Support Team"


def test_the_project_is_the_facility_the_release_builds() -> None:
    text = (
        "Work will start this spring on the Harbourview Library and Community Hub. The council has "
        "committed $3.2 million to the project."
    )
    [money] = pledges_of(text, "funding")
    assert money.recipient == "Harbourview Library and Community Hub"
