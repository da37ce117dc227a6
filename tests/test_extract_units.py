"""Unit finder: new bodies, teams, taskforces, hubs and named funds."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.sentences import split_sentences
from tracker.extract.types import ArticleText
from tracker.extract.units import find_units


def _names(text: str) -> list[str]:
    article = ArticleText("Title", text, date(2025, 3, 1))
    return [m.name or "" for m in find_units(article, split_sentences(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister announced a new Coastal Flood Resilience Taskforce.",
            ["Coastal Flood Resilience Taskforce"],
        ),
        (
            "The department will set up a National Water Safety Unit next year.",
            ["National Water Safety Unit"],
        ),
        ("Ministers have launched the Office for Rural Connectivity.", ["Office for Rural Connectivity"]),
        (
            "The state will establish the Centre for Disease Preparedness.",
            ["Centre for Disease Preparedness"],
        ),
        ("Known as Regional Skills Hubs, the centres will open in May.", ["Regional Skills Hubs"]),
        ("Twelve councils will host 24 new Family Support Hubs.", ["Family Support Hubs"]),
        (
            "A new £5m Coastal Communities Recovery Fund is being set up.",
            ["Coastal Communities Recovery Fund"],
        ),
        ("Firms can bid to a £12 million clean steel innovation fund.", ["clean steel innovation fund"]),
        (
            "The agency will create a new cell to track online scams across the country.",
            ["cell to track online scams across the country"],
        ),
        ("A new cyber fraud squad will work from Leeds.", ["cyber fraud squad"]),
        (
            "The announcement confirmed the creation of the National Drought Agency.",
            ["National Drought Agency"],
        ),
        (
            "The Rivers Authority, a new body to protect inland waters, will report to ministers.",
            ["Rivers Authority"],
        ),
        ("A team of 400 people will be set up to clear the visa backlog.", ["team of 400 people"]),
        ("The new Energy Security Council will meet monthly.", ["Energy Security Council"]),
        ("The Pentagon will stand up a new Joint Drone Task Force.", ["Joint Drone Task Force"]),
        ("Government Launches New Child Poverty Taskforce", ["Child Poverty Taskforce"]),
        ("Governor Announces New Office Of Climate Resilience", ["Office Of Climate Resilience"]),
        ("The department launched its new Digital Skills Unit today.", ["Digital Skills Unit"]),
        ("Staff will move to the NCA's new Economic Crime Centre.", ["Economic Crime Centre"]),
        ("Ministers are establishing a cross-government Migration Task Force.", ["Migration Task Force"]),
        (
            "The law creates a new independent statutory body, the Australian Centre for Disease Control.",
            ["Australian Centre for Disease Control"],
        ),
        (
            "The National Cyber Response Centre, launched today, will protect councils.",
            ["National Cyber Response Centre"],
        ),
        (
            "The Government will stand up a National Heat Resilience Taskforce.",
            ["National Heat Resilience Taskforce"],
        ),
        ("The legislation creates the Office of Rural Water Security.", ["Office of Rural Water Security"]),
        (
            "Officials confirmed that a Capital Works Board will oversee the spending.",
            ["Capital Works Board"],
        ),
        # committees, tribunals, divisions and working groups
        (
            "The Secretary will establish a Wildfire Science Advisory Committee.",
            ["Wildfire Science Advisory Committee"],
        ),
        ("A new Extreme Heat Working Group will report to the Governor.", ["Extreme Heat Working Group"]),
        (
            "The department will create a Division of Rural Broadband within the agency.",
            ["Division of Rural Broadband"],
        ),
        ("The law creates a new Housing Tribunal to hear rental disputes.", ["Housing Tribunal"]),
        ("The minister will chair a new interagency working group.", ["interagency working group"]),
        # bodies whose names have no head noun
        ("The government will set up Skills Wales, a new body to oversee training.", ["Skills Wales"]),
        (
            "Ministers will create a new arm's-length body, Clean Power Scotland, to invest in wind.",
            ["Clean Power Scotland"],
        ),
        (
            "A new agency, to be called Water Resilience Yukon, will be established.",
            ["Water Resilience Yukon"],
        ),
        ("A new working group on drought will be formed.", ["working group on drought"]),
    ],
)
def test_new_units(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # unnamed funds are money, not units
        "A new £40 million fund will pay for the scheme.",
        "The minister unveiled a £2 million fund for rural bus routes.",
        # programmes, schemes, strategies and plans
        "The government launched a new apprenticeship programme and a national strategy.",
        # existing bodies merely mentioned
        "The money goes to the National Crime Agency and the Serious Fraud Office.",
        "Our new Coastal Protection Command is already making a difference.",
        "The money goes to the newly formed Coastal Protection Command, the body created to guard ports.",
        "The fund was set up in 2019 by the Scottish Government.",
        "The Northern Recovery Agency, set up after the 2015 floods, advised ministers.",
        # bodies created by companies
        "Harbour Energy Ltd will set up a new Battery Research Unit in Hull.",
        # a generic description alone names nothing
        "The new team will start work in April.",
        # rebrands
        "The Rail Safety Office will be renamed the Rail Standards Board.",
        # the name modifies another noun
        "Jane Roe becomes the new Border Protection Command leader.",
        # a deployment, not a new body
        "An International Medical Team is also on its way to the region.",
        # buildings and schools, not bodies
        "The money will build 40 new community diagnostic centres.",
        "A new £20m cancer centre will be built at the hospital site.",
        "The trust will open a new academy in the town.",
        # the head noun is only a modifier
        "She is moving to a different Diplomatic Service post.",
        # places where something happens, not bodies created
        "The minister made the announcement at a detention centre in the city's west end.",
        "Speaking at a community health centre in Leeds, the minister said more would follow.",
        "He visited an emergency operations centre in Kelowna.",
        "Patients will be treated at a new urgent care centre in Mackay.",
        # a body given a new name, and a fund launched before
        "The Highways Agency will now be known as the National Roads Authority.",
        "From April, the Skills Agency becomes the Jobs and Skills Authority.",
        "The Local Roads Fund, launched last year, has been extended.",
        "The general told members during a House Budget Committee hearing in March.",
        "A group of residents met the bank on Monday.",
        "A Senate committee will examine the bill next week.",
        "A tribunal will hear the case in May.",
        "The working group met on Tuesday.",
        "The new agency will be based in Leeds.",
        "In June, a new body was formed.",
        "The recently created Water Safety Authority will oversee the work.",
        "The Flood Resilience Taskforce, set up by the previous government, will be wound up.",
        "The team on duty will respond.",
    ],
)
def test_not_units(text: str) -> None:
    assert _names(text) == []


def test_restatements_merge() -> None:
    text = (
        "New cyber command announced.\n\n"
        "The review will create a Cyber and Space Operations Command. "
        "The new Command will be based in Wiltshire."
    )
    assert _names(text) == ["Cyber and Space Operations Command"]


def test_description_dropped_when_named_unit_exists() -> None:
    text = (
        "The ministry launches new team to help exporters.\n\n"
        "The ministry has launched the Export Readiness Office, which will help small firms."
    )
    assert _names(text) == ["Export Readiness Office"]


def test_parent_from_run_by_and_within() -> None:
    text = "A new Data Sharing Centre, run by the Home Office, opens today."
    article = ArticleText("Title", text, date(2025, 1, 1))
    (mention,) = find_units(article, split_sentences(text))
    assert mention.parent == "Home Office"
    assert text[mention.start : mention.end] == mention.evidence
    assert mention.fingerprint == find_units(article, split_sentences(text))[0].fingerprint


def test_parent_right_after_the_name() -> None:
    text = "The agency will set up a new Economic Crime Unit at the National Crime Agency."
    article = ArticleText("Title", text, date(2025, 1, 1))
    (mention,) = find_units(article, split_sentences(text))
    assert (mention.name, mention.parent) == ("Economic Crime Unit", "National Crime Agency")


def test_headless_body_that_opens_for_business() -> None:
    assert _names("Mr Lee will lead Active Coasts England (ACE), which opens for business on Monday.") == [
        "Active Coasts England"
    ]


# New bodies as named entities (issue 9): each text is written for the test.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "",
            "The Bill will establish the independent Office for Rental Standards.",
            ["Office for Rental Standards"],
        ),
        ("", "Ministers will set up a new publicly owned company, Tidal Power Wales.", ["Tidal Power Wales"]),
        (
            "",
            "Practices can apply to the Coast Transition Fund, backed by £2m, from May.",
            ["Coast Transition Fund"],
        ),
        ("", "The city is investing $1bn in a Housing Delivery Fund.", ["Housing Delivery Fund"]),
        (
            "",
            "The state will establish a national centre to coordinate flood warnings. "
            "The National Flood Warning Centre (NFWC) will sit within the Environment Ministry.",
            ["National Flood Warning Centre"],
        ),
        (
            "New standards office to protect tenants",
            "The Office for Tenancy Standards (OTS) will set rules for landlords.",
            ["Office for Tenancy Standards"],
        ),
        (
            "",
            "A new Department of Coastal Affairs will be established in July.",
            ["Department of Coastal Affairs"],
        ),
        ("", "A new ward team will also be set up to support older patients.", []),
        ("", "A dialysis unit is due to open at the community hospital in spring.", []),
        ("", "The European Medicines Agency will review the data.", []),
        ("", "Charities can now bid for the next round of the Harbour Renewal Fund.", []),
        ("", "She is a fellow of a professional planning institute.", []),
        ("", "The Ministry of Transport has launched a consultation on parking.", []),
    ],
)
def test_new_bodies_as_named_entities(title: str, text: str, expected: list[str]) -> None:
    article = ArticleText(title=title, text=text, published=date(2025, 6, 1))
    assert [m.name for m in find_units(article, split_sentences(text))] == expected


def test_a_description_that_introduces_a_name_is_not_a_second_body() -> None:
    text = (
        "The Government will establish a new Crown agency, River Care Aotearoa, to help councils restore "
        "wetlands, backed by $12 million."
    )
    assert _names(text) == ["River Care Aotearoa"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description whose purpose is not in the name the text gives it
        (
            "The government will create a new state office to hurry up building on public land. "
            "The Land Release Coordination Office (LRCO) will open in May.",
            ["Land Release Coordination Office"],
        ),
        # a working unit described as a team and named as a unit
        (
            "The money will set up a specialist fraud team for rural areas. "
            "The team will be known as the Rural Fraud Unit.",
            ["Rural Fraud Unit"],
        ),
    ],
)
def test_a_description_takes_the_name_the_text_gives(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_an_unnamed_fund_is_no_unit_but_a_sized_named_one_is() -> None:
    assert _names("The plan sets aside £2 million towards a new carers' hardship fund.") == []
    assert _names("Ministers announced a new £50 million coastal recovery fund.") == ["coastal recovery fund"]


def test_a_name_without_a_head_created_by_a_passive_verb() -> None:
    text = "A new national body will run the grid. Coastal Skills Wales will be established on 1 April 2027."
    assert _names(text) == ["Coastal Skills Wales"]
    assert _names("The Rural Homes Programme will be established next year.") == []
    assert _names("Homes England was established in 2018 and will be expanded.") == []


def test_a_lower_case_plural_is_a_set_of_places_not_a_body() -> None:
    assert _names("Patients will get help at new urgent care centres in every county.") == []
    assert _names("Ministers will set up new regional hubs across the country.") == []


def test_a_named_reserve_is_a_body() -> None:
    text = "Savings: a Sovereign Infrastructure Reserve will be set up to hold windfall receipts."
    assert _names(text) == ["Sovereign Infrastructure Reserve"]


# Round 3 classes (news copy): each sentence written for the test.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "New" in a place name is part of the name, not a sign the body is new
        ("The minister thanked the chair of the New Zealand Harbours Authority for her work.", []),
        ("The state will set up a New South Wales Drought Authority.", ["New South Wales Drought Authority"]),
        # created in a year before publication, with the verb before the name
        ("When ministers launched the Market Towns Fund in the spring of 2021, they made big promises.", []),
        # a body described by what it is made of; incubators as public-body heads
        (
            "She will chair a Rural Skills Board made up of employers, colleges and councils.",
            ["Rural Skills Board"],
        ),
        (
            "A Public Sector Data Incubator will be set up within the Cabinet Office.",
            ["Public Sector Data Incubator"],
        ),
        # a new service described in lower case and named in the next sentence
        (
            "Residents will get earlier flood warnings through a new provincial service announced today. "
            "The Coastal Flood Intelligence Service will combine river and storm forecasting.",
            ["Coastal Flood Intelligence Service"],
        ),
        # a rival party's body
        ("Its policing spokesman said his party would set up a Rural Crime Command.", []),
        ("The Liberal Democrats would set up a Rural Transport Fund worth £500 million.", []),
    ],
)
def test_round_three_classes(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "a newly created X" introduces a body to the reader; "the newly formed X" does not
        (
            "Grants will be paid by a newly created Office of Rural Road Safety from April.",
            ["Office of Rural Road Safety"],
        ),
        (
            "The rest pays for the Upland Peat Science Hub, a newly established research partnership with"
            " two universities.",
            ["Upland Peat Science Hub"],
        ),
        ("Trams will be run by a newly established arm's-length body, Fenland Trams.", ["Fenland Trams"]),
        # a name without a head noun, created by "announced the creation of"
        (
            "The Chancellor announced the creation of Skills Wales North, a regional arm of the agency.",
            ["Skills Wales North"],
        ),
        # a network is a body
        (
            "The minister confirmed the establishment of a Coastal Stroke Network across five hospitals.",
            ["Coastal Stroke Network"],
        ),
    ],
)
def test_round_five_new_bodies(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The newly formed Border Response Command received extra cash.",
        "The merger is another step towards the creation of Rail Britain.",
        "Ministers welcomed the creation of jobs in North Wales.",
    ],
)
def test_round_five_counter_examples(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # forces, squadrons and colleges are bodies when the text creates them
        (
            "The provincial cabinet approved the raising of a new Rapid Response Force for the south.",
            ["Rapid Response Force"],
        ),
        (
            "The air force will stand up a new Uncrewed Systems Squadron in May.",
            ["Uncrewed Systems Squadron"],
        ),
        (
            "The department is establishing a National Probation Training College at Kowhai Bay.",
            ["National Probation Training College"],
        ),
        # a name the text calls a programme is none
        (
            "Ottawa today launched the Northern Clean Water Accelerator, a $410-million program to end "
            "advisories.",
            [],
        ),
        # a name after "at" is where a new centre is, not the name given for it
        (
            "A charity has offered £8 million towards a new training centre at Harbour City College.",
            ["training centre"],
        ),
    ],
)
def test_round_ten_unit_classes(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The plan includes the creation of a dedicated Rural Crime Unit within Dale Police.",
            ["Rural Crime Unit"],
        ),
        (
            "Recruitment will be run by a newly constituted State Health Recruitment Board.",
            ["State Health Recruitment Board"],
        ),
    ],
)
def test_creation_with_a_modifier_and_newly_constituted(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_body_that_speaks_is_not_the_name_of_a_new_one() -> None:
    text = (
        "A new arm's-length body to oversee council audits will be set up next month. The Institute of "
        "Public Auditors said it would work with the body. The Local Audit Authority will take over in May."
    )
    assert "Institute of Public Auditors" not in _names(text)


def test_a_lower_case_team_or_panel_with_only_an_article_is_no_new_body() -> None:
    assert _names("The company will employ 18 staff, including a small lettings team.") == []
    assert _names("The centres were selected by an international expert panel.") == []
    assert _names("The ministry will set up a new flood response team.") == ["flood response team"]


def test_an_event_that_creates_three_bodies_takes_the_names_listed_after_it() -> None:
    text = (
        "The Ministry is establishing three new research centres. The centres are: the Centre for Dry Crops "
        "in Greifenau; the Lake Soil Centre in Hallenbach; the Centre for Digital Farming in Weissfeld."
    )
    names = _names(text)
    assert "Centre for Dry Crops" in names and "Centre for Digital Farming" in names
    single = "The Ministry is establishing a new research centre. The Centre for Dry Crops opened in 1998."
    assert _names(single) == []


def test_a_recommended_or_counterfactual_body_is_not_created() -> None:
    from tracker.extract import extract
    from tracker.extract.types import ArticleText

    for text in (
        "The committee said the Government should establish an independent Probation Workforce Commission.",
        "A companion bill that would have created a Child Care Workforce Commission stalled in the Senate.",
    ):
        assert [p for p in extract(ArticleText("", text)) if p.kind == "unit"] == [], text
    created = "The Government will establish an independent Probation Workforce Commission."
    assert [p.name for p in extract(ArticleText("", created)) if p.kind == "unit"] == [
        "Probation Workforce Commission"
    ]


def test_a_new_home_is_no_body() -> None:
    text = "Between 2011 and 2021 the city lost 15 rental homes for every new affordable unit built."
    assert _names(text) == []


def test_bodies_created_in_a_past_month_or_by_an_act_exist_already() -> None:
    texts = [
        "Ann Roe was appointed chair of the Delivery Board, which was created in March to run projects.",
        "The council approved the board of the Roads Agency, which was established by an Act signed in May.",
    ]
    for text in texts:
        assert find_units(ArticleText("", text), split_sentences(text)) == []


def test_a_body_visited_is_not_created() -> None:
    text = (
        "The Agency for Ageing Well will be set up. Dr Tan spoke during a visit to an Active Ageing Centre."
    )
    names = [m.name for m in find_units(ArticleText("", text), split_sentences(text))]
    assert names == ["Agency for Ageing Well"]


def test_a_body_formally_established_today_is_new() -> None:
    assert _names(
        "The Harbour and Fisheries Authority was formally established today under the new Act."
    ) == ["Harbour and Fisheries Authority"]
    assert _names("The Harbour and Fisheries Authority was formally established in 2018 under the Act.") == []


def test_a_body_that_comes_into_being_is_new_and_a_new_post_in_a_board_is_not() -> None:
    assert _names(
        "The Freight Resilience Authority, which formally comes into being on 1 February, will run it."
    ) == ["Freight Resilience Authority"]
    assert _names("New Chair for Capricorn Coast Hospital and Health Board") == []


def test_a_headquarters_and_a_named_board_after_its_description() -> None:
    assert _names(
        "The cabinet will set up a Headquarters for Wage Growth Strategy under the Prime Minister."
    ) == ["Headquarters for Wage Growth Strategy"]
    assert _names(
        "The Government will establish a new statutory board, the Digital Trust Agency, in July."
    ) == ["Digital Trust Agency"]
