"""Appointment finder: a named person put into a role by the announcement."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.appointments import find_appointments
from tracker.extract.people import people_in
from tracker.extract.sentences import split_sentences
from tracker.extract.types import ArticleText


def _found(text: str) -> list[tuple[str, str]]:
    article = ArticleText("Title", text, date(2025, 3, 1))
    return [(m.person or "", m.role or "") for m in find_appointments(article, split_sentences(text))]


def _people(text: str) -> list[str]:
    return [person for person, _ in _found(text)]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "The department has appointed Jane Holloway as its new chief executive.",
            "Jane Holloway",
            "chief executive",
        ),
        (
            "The Treasury has named Omar Patel as the next Permanent Secretary.",
            "Omar Patel",
            "Permanent Secretary",
        ),
        (
            "Priya Nair has been appointed interim director of the Met Office.",
            "Priya Nair",
            "interim director of the Met Office",
        ),
        (
            "Dr Ruth Okafor is to be the next chair of the Care Council.",
            "Ruth Okafor",
            "chair of the Care Council",
        ),
        ("Tom Reeve becomes Minister for Local Growth.", "Tom Reeve", "Minister for Local Growth"),
        (
            "Anna Kowalski takes over as Chair of the Ports Authority.",
            "Anna Kowalski",
            "Chair of the Ports Authority",
        ),
        # A style written once is not part of the name (see test_style_kept_when_the_document_repeats_it).
        ("Sir Alan Brent is to chair the Water Review.", "Alan Brent", "Chair of the Water Review"),
        ("Maria Lopez will head the new agency.", "Maria Lopez", "head of the new agency"),
        ("The new Command will be led by Air Marshal Sir Kevin Doyle.", "Kevin Doyle", "head of Command"),
        ("Moore said the new office would be headed by Dr. Karen Liu.", "Karen Liu", "head of office"),
        (
            "Lena Fischer, who runs a housing charity, has been chosen as the new Housing Ombudsman.",
            "Lena Fischer",
            "Housing Ombudsman",
        ),
        (
            "Mark Hale, currently deputy governor, was yesterday confirmed as Governor.",
            "Mark Hale",
            "Governor",
        ),
        (
            "The President nominated Carla Diaz to serve as Secretary of Labor.",
            "Carla Diaz",
            "Secretary of Labor",
        ),
        (
            "Officials announced the appointment of Ben Ward as Chief Information Officer.",
            "Ben Ward",
            "Chief Information Officer",
        ),
        (
            "Helen Mirza has been sworn in as Administrator of the Maritime Agency.",
            "Helen Mirza",
            "Administrator of the Maritime Agency",
        ),
        (
            "The Prime Minister confirmed Sam Idris's appointment as Minister for Veterans.",
            "Sam Idris",
            "Minister for Veterans",
        ),
        (
            "Lucy Grant is to join the Board of the Food Standards Agency.",
            "Lucy Grant",
            "member of the Board of the Food Standards Agency",
        ),
        ("Rosa Klein has been reappointed as chair for a second term.", "Rosa Klein", "chair"),
        ("The President tapped Jane Doe to lead the Water Agency.", "Jane Doe", "leader of the Water Agency"),
        (
            "The board has appointed Sam Lee chief executive with immediate effect.",
            "Sam Lee",
            "chief executive",
        ),
        (
            "Premier Jo Brant announced Kim Ho as the new Police Commissioner.",
            "Kim Ho",
            "Police Commissioner",
        ),
        ("Ravi Shah joins the board as a non-executive director.", "Ravi Shah", "non-executive director"),
        ("Nina Cole will act as interim chief executive until May.", "Nina Cole", "interim chief executive"),
        ("Li Wei takes up her new role as Chief Nurse in June.", "Li Wei", "Chief Nurse"),
        ("Omar Haddad is the new chair of the Arts Council.", "Omar Haddad", "chair of the Arts Council"),
        (
            "The new chief executive of the agency will be Dr Mia Stone.",
            "Mia Stone",
            "chief executive of the agency",
        ),
        ("Joe Park has been given the role of Victims Commissioner.", "Joe Park", "Victims Commissioner"),
        (
            "Secretary Lane swore in Maria Ortiz as Administrator of the agency.",
            "Maria Ortiz",
            "Administrator of the agency",
        ),
        (
            "The ministry said Sara Dean, currently governor of HMP Hull, will become Director of Prisons.",
            "Sara Dean",
            "Director of Prisons",
        ),
        # phrasings from US, Commonwealth and EU styles
        (
            "Tomasz Nowak takes the helm at the Port Authority next month.",
            "Tomasz Nowak",
            "head of the Port Authority",
        ),
        (
            "Karen Obi will take charge of the new Housing Agency.",
            "Karen Obi",
            "head of the new Housing Agency",
        ),
        (
            "The minister appointed former police chief Alan Reyes as head of the taskforce.",
            "Alan Reyes",
            "head of the taskforce",
        ),
        (
            "The council appointed veteran planner Sue Grant to the post of chief planning officer.",
            "Sue Grant",
            "chief planning officer",
        ),
        (
            "Deputy director Lee Chang will act up as director until a permanent appointment is made.",
            "Lee Chang",
            "director",
        ),
        ("Jonas Berg steps in as acting chief executive.", "Jonas Berg", "acting chief executive"),
        (
            "Governor Ames announced that Ruth Kim will be the state's new Surgeon General.",
            "Ruth Kim",
            "Surgeon General",
        ),
        ("Premier Lee named Tom Walsh Minister for Housing.", "Tom Walsh", "Minister for Housing"),
        (
            "Mayor Diaz named Tasha Greene the city's new police commissioner.",
            "Tasha Greene",
            "police commissioner",
        ),
        (
            "The Commission has designated Pieter de Vries as Special Envoy for the Sahel.",
            "Pieter de Vries",
            "Special Envoy for the Sahel",
        ),
        ("Mr Okoro has accepted the role of Chief Scientist.", "Okoro", "Chief Scientist"),
        ("Kate Morgan has agreed to chair the review.", "Kate Morgan", "Chair of the review"),
        (
            "The Board has selected Anya Petrov to become the next Chief Executive.",
            "Anya Petrov",
            "Chief Executive",
        ),
        (
            "Ben Carter has been elevated to the role of deputy commissioner.",
            "Ben Carter",
            "deputy commissioner",
        ),
        ("Dr Amy Lin has been promoted to chief nursing officer.", "Amy Lin", "chief nursing officer"),
        ("The Governor has picked longtime aide Ray Burns as chief of staff.", "Ray Burns", "chief of staff"),
        (
            "Eleanor Vance has been hired as the city's first chief heat officer.",
            "Eleanor Vance",
            "chief heat officer",
        ),
        ("The new director, Dr Paul Yates, starts in March.", "Paul Yates", "director"),
        ("The agency will be headed by Lt. Gen. Frank Hollis.", "Frank Hollis", "head of agency"),
        (
            "The Secretary swore in Brad T. Olsen as the 31st Under Secretary of the Navy.",
            "Brad T. Olsen",
            "Under Secretary of the Navy",
        ),
        ("Jane Holt (52) will become chief executive in January.", "Jane Holt", "chief executive"),
        (
            "The Governor appointed Vera Lind, a former prosecutor, as the state's first Inspector General.",
            "Vera Lind",
            "Inspector General",
        ),
        ("Mayor Lee appointed Ida Moss, 47, as the city's new fire chief.", "Ida Moss", "fire chief"),
        (
            "Kim Lau is the first woman to be appointed Chief Fire Officer.",
            "Kim Lau",
            "Chief Fire Officer",
        ),
        (
            "The health board has appointed interim chief executive Rob Kerr on a permanent basis.",
            "Rob Kerr",
            "interim chief executive",
        ),
        (
            "Lena Park has been appointed chief executive, having served as deputy since 2019.",
            "Lena Park",
            "chief executive",
        ),
        (
            "Ravi Patel has been appointed headteacher of the new academy.",
            "Ravi Patel",
            "headteacher of the new academy",
        ),
        (
            "Judge Ana Silva has been named a Justice of the Supreme Court.",
            "Ana Silva",
            "Justice of the Supreme Court",
        ),
        (
            "Kofi Mensah has been announced as the new chief executive of the Water Board.",
            "Kofi Mensah",
            "chief executive of the Water Board",
        ),
        ("Ines Vidal has been confirmed in the role of Chief Executive.", "Ines Vidal", "Chief Executive"),
        (
            "Omar Reid has been appointed by the Governor as Commissioner of Corrections.",
            "Omar Reid",
            "Commissioner of Corrections",
        ),
        (
            "Mia Tanaka was appointed on Monday as Secretary of the Department.",
            "Mia Tanaka",
            "Secretary of the Department",
        ),
        (
            "The Premier announced that former judge Ada Byrne would chair the inquiry.",
            "Ada Byrne",
            "Chair of the inquiry",
        ),
        ("Its first director will be Noel Fitz, currently a deputy director.", "Noel Fitz", "director"),
        (
            "An interim president for the agency, Luc Moreau, has been named while a search takes place.",
            "Luc Moreau",
            "interim president for the agency",
        ),
        (
            "The appointment of Eva Stone as chief executive was confirmed by the board.",
            "Eva Stone",
            "chief executive",
        ),
    ],
)
def test_appointments(text: str, person: str, role: str) -> None:
    assert _found(text) == [(person, role)]


# Round 3 classes (news copy and reshuffles): each phrasing written for the test.
@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # a title written in capitals after "the" is no person ("National Flood Response")
        (
            "Jo Rae will be the inaugural National Drought Response Coordinator.",
            "Jo Rae",
            "National Drought Response Coordinator",
        ),
        # "and" inside a capitalised title; a long aside before "will be"
        (
            "Dr Ian Moe, who ran one of the county's biggest colleges for a decade before retiring, "
            "will be the mayor's Housing and Rural Planning Adviser.",
            "Ian Moe",
            "mayor's Housing and Rural Planning Adviser",
        ),
        # an aside with a bracket of its own, and a person written with initials
        (
            "Senior engineer K. L. Ravi, currently Chief Engineer (Roads and Bridges), would be posted as "
            "the first Member Secretary of the Board.",
            "K. L. Ravi",
            "Member Secretary of the Board",
        ),
        (
            "Nia Roe, who moves across Whitehall to become Transport Secretary, spoke.",
            "Nia Roe",
            "Transport Secretary",
        ),
        ("Sam Oduya was promoted from schools minister to Chief Whip.", "Sam Oduya", "Chief Whip"),
        (
            "Jo Kerr, whose appointment as the new chief fire officer was confirmed on Monday, spoke.",
            "Jo Kerr",
            "chief fire officer",
        ),
        ("Lin Abara, a former judge, takes over from the outgoing chair in May.", "Lin Abara", "chair"),
        (
            "Its chair, Ana Lutu, has been reappointed for a second three-year term by the minister.",
            "Ana Lutu",
            "chair",
        ),
        (
            "The minister confirmed the reappointment of the chair of the Parks Board, Rua Tane, "
            "for a second term.",
            "Rua Tane",
            "chair of the Parks Board",
        ),
        (
            "Speaking on Monday, Jo Ray, the newly appointed Ports Commissioner, said the plan would help.",
            "Jo Ray",
            "Ports Commissioner",
        ),
        (
            "The governor named Tom Bale, a former county sheriff and longtime advocate for treatment, "
            "as the Bureau's law enforcement liaison.",
            "Tom Bale",
            "Bureau's law enforcement liaison",
        ),
    ],
)
def test_round_three_phrasings(text: str, person: str, role: str) -> None:
    assert _found(text) == [(person, role)]


# When the appointment takes effect, written between the verb and the post; "in the role of".
@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Mia Lopez was sworn in on Monday as the state's first Drought Commissioner.",
            "Mia Lopez",
            "Drought Commissioner",
        ),
        ("Ken Oduya was confirmed today as chief executive.", "Ken Oduya", "chief executive"),
        (
            "The council confirmed Emma Ward in the role of interim director of housing.",
            "Emma Ward",
            "interim director of housing",
        ),
    ],
)
def test_when_and_in_the_role_of(text: str, person: str, role: str) -> None:
    assert _found(text) == [(person, role)]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "The post of chief inspector will be filled on an interim basis by Sam Tull.",
            "Sam Tull",
            "interim chief inspector",
        ),
        (
            "Moyo's position at the agency will be filled in an acting capacity by Colonel Ada Nkosi.",
            "Ada Nkosi",
            "Moyo's position at the agency",
        ),
    ],
)
def test_a_post_filled_by_a_person(text: str, person: str, role: str) -> None:
    assert _found(text) == [(person, role)]


@pytest.mark.parametrize(
    "text",
    [
        # biography and people already in post
        "She was appointed chief executive of the Land Trust in 2016.",
        "Professor Anil Rao remains in post as chief scientist until July.",
        "Navid Shah, who remains Chief Strategy Officer, welcomed the news.",
        # tipped or expected
        "Jo March is expected to be named as the new chief executive next week.",
        "Former minister Ed Stone is tipped to become chair of the inquiry.",
        # posts to be announced, unnamed people
        "The panel's chair is due to be announced in September.",
        "He will take over from General Sir Peter Lane as head of the Army.",
        # leading or joining an event is not a post
        "Foreign Secretary Ann Lowe will lead the UK delegation to the summit.",
        "Trade Minister Raj Singh will join the Prime Minister on the visit.",
        "Ann Lowe will chair the meeting of ministers.",
        # ordinary speech and meetings
        "Security Minister Dan Hart chaired the first meeting today.",
        "Health Secretary Ann Lowe said the appointment was good news.",
        # a role with no title word (a favoured candidate is not an appointment)
        "The minister named Kerr as the government's favoured candidate.",
        # no title in the role
        "The minister announced Tom Smith as the winner of the award.",
        # the appointer is not the appointee
        "The Education Department has named its priorities for the year.",
        # an apposition with speech is someone in post, not a start
        "The new chair, Peter Vole, said the board was pleased.",
        "Jo Hart was named in the report as a former director.",
        "The chief executive will be Jane Holt's main point of contact.",
        "Jane Holt took charge of the investigation in 2018.",
        "Minister Jane Holt will take charge of the response in Queensland.",
        "The minister designated Lake Tekapo as a dark sky reserve.",
        "Jane Holt would be a strong candidate for chair, colleagues said.",
        # appointed before this announcement, and the opposition's posts
        "Jane Holt, who was named chief executive last month, welcomed the funding.",
        "Jane Holt was appointed chair of the authority two years ago.",
        "Jane Holt, appointed Commissioner in 2021, said the plan was overdue.",
        "Opposition leader Tom Bass named Jane Holt as his shadow treasurer.",
        "Kim Lau was the first woman to be appointed Chief Fire Officer.",
        "The council appointed builders Morgan Hale as principal contractor.",
    ],
)
def test_not_appointments(text: str) -> None:
    assert _people(text) == []


def test_one_appointment_per_person_with_full_name() -> None:
    text = (
        "Dr Penelope Ashby confirmed as new chair of the Health Board.\n\n"
        "Dr Penny Ashby is to be the next chair of the Health Board. "
        "Dr Ashby currently chairs a local trust. Penny Ashby said she was honoured. "
        "Ms Ashby will take up the post of chair in June."
    )
    assert _people(text) == ["Penny Ashby"]


def test_style_kept_when_the_document_repeats_it() -> None:
    text = "Sir Alan Brent is to chair the Water Review. Sir Alan Brent said he was delighted."
    assert _people(text) == ["Sir Alan Brent"]


def test_short_name_resolved_from_earlier_mention() -> None:
    text = (
        "Olympic rower Chris Dale will lead the new agency. "
        "Mr Dale will serve as interim commissioner of Active Rivers England."
    )
    assert _found(text) == [("Chris Dale", "interim commissioner of Active Rivers England")]


def test_several_appointments_in_one_sentence() -> None:
    text = "Amy Cole becomes Director for primary care and Raj Mehta becomes Director for hospitals."
    assert _found(text) == [
        ("Amy Cole", "Director for primary care"),
        ("Raj Mehta", "Director for hospitals"),
    ]


def test_listed_after_a_colon() -> None:
    text = "The minister has appointed three new board members: Ann Bell, Raj Singh and Tom Hughes."
    assert _found(text) == [
        ("Ann Bell", "board member"),
        ("Raj Singh", "board member"),
        ("Tom Hughes", "board member"),
    ]
    text = (
        "The Minister has appointed the following people to the Board of the Heritage Trust: "
        "Ms Ann Bell and Dr Tom Hughes."
    )
    assert _people(text) == ["Ann Bell", "Tom Hughes"]
    assert _people("The Minister announced the following: a new fund, a new board and more staff.") == []


def test_listed_subjects() -> None:
    text = "Ann Lee and Raj Patel have been appointed as non-executive directors of the Land Registry."
    assert _people(text) == ["Ann Lee", "Raj Patel"]


def test_leaving_to_become() -> None:
    text = "He succeeds Admiral Sir John Kemp, who is leaving to become Chairman of the Alliance Committee."
    assert _found(text) == [("John Kemp", "Chairman of the Alliance Committee")]


def test_organisation_from_appointer_and_role() -> None:
    text = "Rail Corp Ltd has named Mark Stone OBE as its new Chief Executive."
    article = ArticleText("Title", text, date(2025, 1, 1))
    (mention,) = find_appointments(article, split_sentences(text))
    assert (mention.person, mention.organisation) == ("Mark Stone", "Rail Corp Ltd")
    assert text[mention.start : mention.end] == mention.evidence


@pytest.mark.parametrize(
    ("run", "name", "styled"),
    [
        ("Lieutenant General Mark Ashby-Grant CBE", "Mark Ashby-Grant", ""),
        ("General Sir Nicola Jane Hale", "Nicola Jane Hale", "Sir"),
        ("Sir Oliver Penn", "Oliver Penn", "Sir"),
        ("The Rt Hon Jane Doyle", "Jane Doyle", ""),
        ("Former Federal Police Commissioner Alan Brock APM OAM", "Alan Brock", ""),
        ("Ms Eilidh McAndrew", "Eilidh McAndrew", ""),
        # initials before a surname are the given names (round 3)
        ("Senior engineer K. L. Ravi", "K. L. Ravi", ""),
        ("J. Okafor", "J. Okafor", ""),
    ],
)
def test_person_without_ranks_honorifics_and_post_nominals(run: str, name: str, styled: str) -> None:
    (person,) = people_in(run)
    assert (person.name, person.styled) == (name, styled)


# People and posts as structure (issue 9): every phrasing below is written for the test.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The following appointments were made today:\n\n"
            "Nia Garland MP – to become Secretary of State for Rural Affairs\n"
            "Owen Pask MP – remains as Minister of State for Housing\n"
            "Rosa Imrie MP – stays on as Parliamentary Secretary to the Treasury\n"
            "Lord Trevithick – to become a Lord in Waiting (Government Whip)",
            ["Nia Garland", "Lord Trevithick"],
        ),
        (
            "Its chair, Mhairi Boyd, and deputy chair, Dr Kofi Mensah, will take up their posts in May.",
            ["Mhairi Boyd", "Kofi Mensah"],
        ),
        ("The new Minister of State Alex Turnbull MP met teachers on Monday.", ["Alex Turnbull"]),
        (
            "The chair of the review, Joan Roe, and her deputy, Sam Poe, will begin work at once.",
            ["Joan Roe", "Sam Poe"],
        ),
        (
            "The President intends to appoint Jo Ray, of Ohio, to be a Member of the Board of the Rivers "
            "Corporation.",
            ["Jo Ray"],
        ),
        ("• Lena Ortiz, of Nevada, to serve as Co-Chair", ["Lena Ortiz"]),
        (
            "Senior nurse Ama Owusu will take up the newly created post of Chief Midwife for the region.",
            ["Ama Owusu"],
        ),
        ("Ian Dove has been promoted to Minister of State for Security.", ["Ian Dove"]),
        ("Deputy chair Ruth Kemi has been reappointed for a further term of three years.", ["Ruth Kemi"]),
        (
            "Port Commissioner Dan Hale named Chief Inspector Vera Albu as the unit's first director.",
            ["Vera Albu"],
        ),
        ("Professor Áine Ní Dhomhnaill will chair the new commission.", ["Áine Ní Dhomhnaill"]),
        (
            "Robert T. Vance Jr. has been named chief executive of the Port Authority.",
            ["Robert T. Vance Jr."],
        ),
        (
            "Eoin Grady, who has moved to the Finance Department as Minister of State, said he was pleased.",
            ["Eoin Grady"],
        ),
        ("The Honourable Claire Dubois becomes Minister of Fisheries.", ["Claire Dubois"]),
        ("Nadia Harb continues as Minister of Finance.", []),
        ("Tom Vale was appointed Health Minister in 2019 and led the vaccine rollout.", []),
        ("Ann Moss, who was first appointed in 2018, chairs the audit committee.", []),
        ("The new chair, Peter Vole, said the board was pleased.", []),
    ],
)
def test_people_and_posts(text: str, expected: list[str]) -> None:
    article = ArticleText("Title", text, date(2025, 3, 1))
    assert [m.person for m in find_appointments(article, split_sentences(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Governor has made the following appointments to the board of the "
            "Lakes Transit Authority:\n\n"
            "- Ms Rana Haddad (chair)\n"
            "- Mr Piotr Zielinski\n\n"
            "The appointments run for three years.",
            [("Rana Haddad", "chair"), ("Piotr Zielinski", "member of the board of Lakes Transit Authority")],
        ),
        (
            "The Prime Minister has announced the following appointments:\n\n"
            "Jo Bell MP as Minister for Housing. She replaces Tom Reed MP, who has resigned.\n\n"
            "Sam Reid MP returns to the backbenches.",
            [("Jo Bell", "Minister for Housing")],
        ),
    ],
)
def test_lists_after_a_lead_in(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_lead_in_naming_the_post_with_as_members_of() -> None:
    text = (
        "The Governor intends to appoint the following individuals as members of the Coastal Council:\n\n"
        "Marta Velez, Member. Ms. Velez is a harbour engineer.\n\n"
        "Dr. Owen Pike, Member. Dr. Pike is a marine biologist."
    )
    assert _people(text) == ["Marta Velez", "Owen Pike"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members named in a copular list, with asides
        (
            "The other members are Jo Hart, a retired judge from the north, and Sam Ives, a county engineer.",
            ["Jo Hart", "Sam Ives"],
        ),
        ("The other trustees named today are Dr Lena Park and Raj Oberoi.", ["Lena Park", "Raj Oberoi"]),
        # coordinated subjects with asides before a plural passive
        (
            "Dr Ana Kell, a soil scientist, and Chief Tom Rua, a former mayor, have been named co-chairs.",
            ["Ana Kell", "Tom Rua"],
        ),
        # the person after a description of them
        ("The panel will be chaired by a former mayor of the city, Cllr Rosa Diaz.", ["Rosa Diaz"]),
    ],
)
def test_lists_and_descriptions_of_appointees(text: str, expected: list[str]) -> None:
    assert _people(text) == expected


def test_members_of_an_existing_body_are_not_appointed() -> None:
    assert _people("Its members are Jo Hart and Sam Ives.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reshuffle names a department or a portfolio, not a title
        (
            "Rhian Tovey succeeds Marsh at the Department for Education.",
            [("Rhian Tovey", "Department for Education")],
        ),
        (
            "Bryn Coles is named Minister of Justice, succeeding Ada Penn, who moves to Foreign Affairs.",
            [("Bryn Coles", "Minister of Justice"), ("Ada Penn", "Foreign Affairs")],
        ),
    ],
)
def test_reshuffle_moves(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_move_to_a_place_is_no_appointment() -> None:
    assert _people("Ada Penn, who moves to London next month, thanked her staff.") == []


def test_a_hyphenated_rank_is_not_part_of_the_name() -> None:
    text = "Rear-Admiral Tess Carrow has been appointed as the first Commander of the Maritime Cyber Command."
    assert _people(text) == ["Tess Carrow"]


def test_a_statement_in_the_first_person_names_its_author() -> None:
    text = (
        "Statement by the First Minister on the new cabinet\n\n"
        "Statement by the First Minister Jo Bell MSP\n\n"
        "I have told the Presiding Officer that the Assembly has nominated me to be the First Minister "
        "and that the King has appointed me accordingly."
    )
    assert _found(text) == [("Jo Bell", "First Minister")]


def test_first_person_without_a_byline_names_nobody() -> None:
    assert _found("The Assembly has nominated me to be the First Minister.") == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # reshuffles in news copy: moves between portfolios, promotions, successors
        (
            "The Premier announced a reshuffle, with Associate Trade Minister Hine Te Whare promoted to "
            "Minister of Trade and the outgoing trade minister, Gus Pell, moving to Tourism.",
            ["Hine Te Whare", "Gus Pell"],
        ),
        ("The reshuffle sees Energy Minister Ola Brandt move to Foreign Affairs.", ["Ola Brandt"]),
        ("Ms Brandt is replaced at Energy by Transport Minister Ike Sowande.", ["Ike Sowande"]),
        ("She reshaped her Cabinet, promoting Lu Wen to Defence Secretary.", ["Lu Wen"]),
        ("Dara Quill, lately a whip, replaces him as Culture Secretary.", ["Dara Quill"]),
        ("Tom Ives is promoted into Cabinet as Minister of Housing.", ["Tom Ives"]),
        ("Nell Roe, a backbencher since 2024, takes over the fisheries brief.", ["Nell Roe"]),
        # a list of members with descriptors, and Aboriginal honorifics
        (
            "Retired judge Ann Coe and Wiradjuri elder Uncle Bill Moran have been appointed as "
            "commissioners.",
            ["Ann Coe", "Bill Moran"],
        ),
        (
            "Two serving trustees, Hana Moe and Ivo Grant, have been reappointed for a further two years.",
            ["Hana Moe", "Ivo Grant"],
        ),
    ],
)
def test_round_four_reshuffles_and_lists(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    "text",
    [
        "The Chief Executive, Ann Coe, confirmed that the review will report in May.",
        "Ms Brandt was replaced by a committee of three.",
        "Ola Brandt moves to Wellington next year with her family.",
    ],
)
def test_round_four_counter_examples(text: str) -> None:
    assert _people(text) == []


def test_list_entries_that_only_describe_the_person_take_the_lead_ins_post() -> None:
    text = (
        "The Minister today announced appointments to the board of the Prairie Rail Corporation.\n\n"
        "The following individuals have been appointed directors for terms of three years:\n\n"
        "Ola Brandt, of Moose Jaw, Saskatchewan, an engineer;\n\n"
        "Ike Sowande, a former auditor of the province; and\n\n"
        "Lu Wen, of Brandon, Manitoba.\n\n"
        "The board meets monthly."
    )
    assert _found(text) == [("Ola Brandt", "director"), ("Ike Sowande", "director"), ("Lu Wen", "director")]


def test_a_new_members_are_lead_in_names_the_post() -> None:
    text = (
        "The Cabinet Secretary announced three appointments to the Board.\n\n"
        "The new Non-Executive Members are:\n\n"
        "Dr Ada Lowe, a general practitioner in Dunmore;\n\n"
        "Sam Ives, a chartered accountant."
    )
    assert _people(text) == ["Ada Lowe", "Sam Ives"]


def test_asides_with_a_place_and_a_service() -> None:
    assert _people(
        "The Department announced that Kay Sol, a retired judge from Dayton, Ohio, will serve as "
        "Special Counsel to the Board."
    ) == ["Kay Sol"]
    assert _people("Inspector Lu Tam of the Metropolitan Police has been named Head of the Cyber Unit.") == [
        "Lu Tam"
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # board lists after a colon: a descriptor before each name, a post in brackets, asides
        # closed by semicolons, a lead-in "to the board of X:" that is longer than a title
        (
            "The Secretary also named two new members to the Water Board: retired hydrologist Ana Lowe and"
            " ferry skipper Tom Rhys.",
            ["Ana Lowe", "Tom Rhys"],
        ),
        (
            "The minister today announced the following appointments to the board of the Lowland Canals"
            " Trust: Ruth Odell (Chair), Sam Ives and Ian Barra.",
            ["Ruth Odell", "Sam Ives", "Ian Barra"],
        ),
        (
            "Two new trustees have been appointed to the Trust: Kay Morrow, a retired teacher; and Ben Ahl,"
            " a solicitor.",
            ["Kay Morrow", "Ben Ahl"],
        ),
        (
            "Other members of the panel will be Dara Quill, Lou Fenn and Pat Eyre.",
            ["Dara Quill", "Lou Fenn", "Pat Eyre"],
        ),
        # the post first, with a descriptor before the name, in reported speech too
        ("Its first chief executive will be senior civil servant Ana Lowe.", ["Ana Lowe"]),
        ("The minister said the agency's chair would be former headteacher Ross Kerr.", ["Ross Kerr"]),
        # a body being set up, with its chair in a participle
        (
            "A new Coastal Ferries Taskforce, chaired by former harbour master Ros Imrie, will report"
            " in May.",
            ["Ros Imrie"],
        ),
        # Singapore and Indian styles: a Chinese name kept whole, Shri and a service post-nominal,
        # "given additional charge as"
        (
            "Mr Goh Wei Ming, currently deputy secretary at the Ministry, has been appointed as Director of"
            " the Data Office.",
            ["Goh Wei Ming"],
        ),
        (
            "Shri Arvind Kulkarni, IAS, Joint Secretary (Ports), has been given additional charge as Director"
            " General of Shipping.",
            ["Arvind Kulkarni"],
        ),
    ],
)
def test_round_five_lists_styles_and_participles(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    "text",
    [
        "The new ministers will be sworn in at Rideau Hall this afternoon.",
        "The 2019 review, led by Ann Lee, found little to change.",
        "The existing board, chaired by Ann Lee, met today.",
        "The board members are drawn from every county: Ann Lee said so.",
    ],
)
def test_round_five_counter_examples(text: str) -> None:
    assert _people(text) == []


def test_names_are_reported_as_written_with_every_given_name() -> None:
    assert [p.name for p in people_in("Ms Tan Hui Min spoke.")] == ["Tan Hui Min"]
    assert [p.name for p in people_in("Mary Anne Jones spoke.")] == ["Mary Anne Jones"]
    assert [p.name for p in people_in("Hon. Peter Mwangi Kariuki spoke.")] == ["Peter Mwangi Kariuki"]
    assert [p.name for p in people_in("Dr Vikram Sundaresan, a data scientist")] == ["Vikram Sundaresan"]


def test_a_surname_alone_takes_the_documents_given_name_and_surname() -> None:
    from tracker.extract.people import full_names, given_and_surname, resolve

    text = "General Sir Nicola Jane Hale retires. General Hale becomes Chief of the Defence Staff."
    index = full_names(text)
    assert resolve("Hale", index) == "Nicola Hale"
    assert resolve("Nicola Jane Hale", index) == "Nicola Jane Hale"  # written out: kept
    assert given_and_surname("Mary Anne Jones") == "Mary Jones"
    assert given_and_surname("Tan Hui Min") == "Tan Hui Min"
    assert given_and_surname("Ana de la Cruz") == "Ana de la Cruz"
    assert given_and_surname("P. R. Lathika") == "P. R. Lathika"


def test_a_home_state_without_commas_in_a_us_personnel_template() -> None:
    assert _people(
        "The President intends to nominate Lea M. Orr of New Mexico to be a Member of the Mine Safety Board."
    ) == ["Lea M. Orr"]
    assert _people("The President intends to nominate Lea Orr of Ohio.") == []


def test_a_named_force_without_the_after_a_person() -> None:
    assert _people(
        "Chief Superintendent Ana Rees of Gwent Valleys Police has been appointed as the unit's first head."
    ) == ["Ana Rees"]


def test_joining_as_a_participle_after_with() -> None:
    assert _people(
        "The board will be chaired by Mayor Ann Hale, with council leaders Tom Abbot and Rita Mir joining as"
        " non-executive directors."
    ) == ["Ann Hale", "Tom Abbot", "Rita Mir"]
    assert _people("Tom Abbot, joining as a volunteer in 2019, said the work was hard.") == []


def test_lettered_list_entries_that_describe_the_person_take_the_lead_ins_post() -> None:
    text = (
        "The Ministry announces changes to the Board of the Harbour Agency.\n\n"
        "The following new members have been appointed for a three-year term:\n\n"
        "a) Dr Omar Sadiq, Chief Operating Officer, a shipping line;\n"
        "b) Ms Wendy Tay Li Ping, Partner, a law firm;\n"
        "(c) Mr Ravi Das, Director (Ports), Ministry of Transport.\n\n"
        "The following members have been reappointed for a further term:\n\n"
        "i. Professor Ann Goh, Dean, a local university.\n\n"
        "Three members will retire on 31 March."
    )
    assert _found(text) == [
        ("Omar Sadiq", "member"),
        ("Wendy Tay Li Ping", "member"),
        ("Ravi Das", "member"),
        ("Ann Goh", "member"),
    ]


def test_joining_the_board_as_a_post_leads_a_list() -> None:
    text = (
        "Joining the board as non-executive directors are:\n\n"
        "- Ms Jo Bain, a former head teacher;\n"
        "- Dr Ivo Marsh, a retired surgeon.\n\n"
        "The board met on Tuesday."
    )
    assert _found(text) == [("Jo Bain", "non-executive director"), ("Ivo Marsh", "non-executive director")]


def test_a_list_of_members_leaving_is_no_list_of_appointments() -> None:
    text = (
        "The following members will retire from the board:\n\n"
        "a) Mr Alan Pike, Partner, an accounting firm;\n"
        "b) Ms Rosa Vane, Chair, a housing trust."
    )
    assert _found(text) == []


def test_a_boards_membership_after_a_colon_in_the_same_sentence() -> None:
    text = (
        "The board of the Harbour Fund will be as follows: Dr Ama Owusu - Chairperson; Mr Kofi Mensah "
        "- Vice-Chairperson; and Ms Efua Boateng - member representing the port workers. They will serve "
        "for three years."
    )
    assert _found(text) == [
        ("Ama Owusu", "Chairperson"),
        ("Kofi Mensah", "Vice-Chairperson"),
        ("Efua Boateng", "member representing the port workers"),
    ]


def test_a_boards_membership_in_the_paragraph_after_its_lead_in() -> None:
    text = (
        "The board of the Valley Transport Partnership will be:\n\n"
        "Chair: Morven Lyle, a former council chief executive; Deputy Chair: Councillor Ewan Rae, "
        "Glen Council; Board member: Professor Isla Grant, a transport researcher."
    )
    assert _found(text) == [
        ("Morven Lyle", "Chair"),
        ("Ewan Rae", "Deputy Chair"),
        ("Isla Grant", "Board member"),
    ]


def test_a_sentence_that_only_looks_like_a_membership_is_none() -> None:
    assert _found("The board of the Fund will be as follows: small; nimble; and local.") == []
    assert _found("The panel is: independent - and fast; Ann Lee said so.") == []


def test_degrees_written_with_full_stops_are_post_nominals() -> None:
    text = (
        "Dr. Lena Ortiz-Hale, M.D., M.P.H., a family physician from Tulsa, Oklahoma, has been selected "
        "as the Office's first Director."
    )
    assert _found(text) == [("Lena Ortiz-Hale", "Director")]
    (person,) = people_in("Sam Reyes, Ed.D., spoke.")
    assert person.name == "Sam Reyes"


def test_made_is_an_appointing_participle_only_before_a_title() -> None:
    assert _people("Ms Dina Rahman, Joint Secretary, has been made coordinator of the new cell.") == [
        "Dina Rahman"
    ]
    assert _people("Ms Dina Rahman said £2m has been made available to the cell.") == []


def test_a_re_election_to_a_chair_is_an_appointment() -> None:
    assert _people("Ambassador Lars Holm was re-elected as chair of the Executive Board.") == ["Lars Holm"]


def test_a_reshuffle_list_after_its_lead_in_names_each_post() -> None:
    text = (
        "The full list of cabinet moves announced by Downing Street:\n"
        "- Petra Lorne - Home Secretary\n"
        "- Idris Vane - Chief Whip\n\n"
        "The key changes to the ministry, which will be sworn in on Monday, are:\n"
        "- Mara Quill: Minister for Housing\n"
    )
    assert _found(text) == [
        ("Petra Lorne", "Home Secretary"),
        ("Idris Vane", "Chief Whip"),
        ("Mara Quill", "Minister for Housing"),
    ]


def test_hong_kong_given_names_keep_both_syllables() -> None:
    text = (
        "The Secretary has appointed Mr Lam Chi-wing as Chairman. Dr Cheung Pui-ling has been appointed as "
        "Vice-Chairman."
    )
    assert _people(text) == ["Lam Chi-wing", "Cheung Pui-ling"]
    assert _people("A Glasgow-based engineer, Ann Lee-Smith, has been appointed chair.") == ["Ann Lee-Smith"]


def test_nigerian_and_indian_honorifics_and_a_backbench_mp_are_not_names() -> None:
    assert _people(
        "The Governor approved the appointment of Engr. Tunde Alabi as its pioneer Managing Director."
    ) == ["Tunde Alabi"]
    assert _people("Backbench MP Tom Brenner is appointed Minister of State for Cyber Security.") == [
        "Tom Brenner"
    ]


def test_a_second_appointee_and_post_after_the_first() -> None:
    assert _found(
        "The Minister appointed Dr Sam Reilly as chair and former principal Jo Ferris as deputy chair."
    ) == [
        ("Sam Reilly", "chair"),
        ("Jo Ferris", "deputy chair"),
    ]
    text = "It will be chaired by Professor Hamid Rahimi, a dean, with Jo Ferris as deputy chair."
    assert [person for person, _ in _found(text)] == ["Hamid Rahimi", "Jo Ferris"]


def test_a_posting_and_malay_and_kenyan_honorifics() -> None:
    text = "The Cabinet approved the posting of Tariq Khan, a regional officer, as the first Commandant."
    assert _people(text) == ["Tariq Khan"]
    assert _people("The unit will be headed by Puan Norliza Ismail, a deputy director.") == ["Norliza Ismail"]
    assert _people("The Secretary has appointed Eng. Peter Langat as Acting Director General.") == [
        "Peter Langat"
    ]


def test_joined_by_seconded_to_take_up_and_transferred_as() -> None:
    assert _found(
        "She will be joined by non-executive directors Rupert Vale, a surveyor, and Aisha Grant."
    ) == [
        ("Rupert Vale", "non-executive director"),
        ("Aisha Grant", "non-executive director"),
    ]
    text = "Mr Wong Ka-ming will be seconded to take up the post of Head of the Harbour Office."
    assert _people(text) == ["Wong Ka-ming"]
    assert _people("Dr. Rekha Das, who has been transferred as Commissioner of Health, will chair it.") == [
        "Rekha Das"
    ]
    assert _people("It includes one Grade B post for the head of the office.") == []


def test_a_line_up_that_writes_each_post_before_its_minister() -> None:
    text = (
        "The new line-up includes:\n\n- Minister of Health: Ruth Kachi (moved from Education)\n\n"
        "- Deputy Minister of Finance: Kondo Mbewe\n"
    )
    assert _found(text) == [
        ("Ruth Kachi", "Minister of Health"),
        ("Kondo Mbewe", "Deputy Minister of Finance"),
    ]


def test_a_list_headed_body_by_body_with_place_and_post_entries() -> None:
    text = (
        "The following appointments were approved by the Executive Council:\n\n"
        "Harbour Health Board of Directors\n"
        "- Moira Keddy, Baddeck, chair\n"
        "- Dr. Samuel Obi, Truro, member (reappointment)\n\n"
        "Coastal Protection Advisory Panel\n"
        "- Rhona Flett, Digby, vice-chair\n\n"
        "Ms. Keddy is a retired deputy minister."
    )
    assert _found(text) == [("Moira Keddy", "chair"), ("Samuel Obi", "member"), ("Rhona Flett", "vice-chair")]


def test_first_members_announced_with_asides_take_the_lead_ins_post() -> None:
    text = (
        "A seven-member Lakes Advisory Board will guide the Commissioner. The Premier today announced the"
        " first three members:\n\n"
        "- Alan Brodie (chair), former Mayor of the Town of Kellow\n"
        "- Noreen Pask, Tarrant University\n"
        "- Devi Lal, Kellow Chamber of Commerce\n\n"
        "The remaining members will be appointed later."
    )
    assert _people(text) == ["Alan Brodie", "Noreen Pask", "Devi Lal"]
    assert _found(text)[0] == ("Alan Brodie", "chair")


def test_a_list_of_new_ministers_by_portfolio() -> None:
    text = (
        "The House approved a cabinet reshuffle on Monday.\n\n"
        "The new ministers are:\n\n"
        "Finance: Karim Haddad, previously deputy governor of the central bank\n"
        "Health and Population: Dr Laila Nassar, dean of a medical faculty\n"
        "Tourism and Antiquities: Yara Helmy\n\n"
        "The ministers of foreign affairs and defence kept their portfolios."
    )
    assert _found(text) == [
        ("Karim Haddad", "Minister of Finance"),
        ("Laila Nassar", "Minister of Health and Population"),
        ("Yara Helmy", "Minister of Tourism and Antiquities"),
    ]


def test_entries_on_consecutive_lines_after_a_lead_in() -> None:
    text = (
        "The Premier announced changes to Executive Council today.\n\n"
        "The new cabinet assignments, sworn in this afternoon, are:\n"
        "Minister of Health and Wellness: Hon. Carla Doucet\n"
        "Minister of Fisheries: Hon. Peter Gaudet\n\n"
        "The new independent members, who take up their posts on 1 February, are:\n"
        "Dr Rhys Vaughan (vice chair), a retired GP from Mold\n"
        "Cerys Bell, finance and audit\n\n"
        "The other non-official members appointed are:\n\n"
        "Ms Lam Wing-yee\n\n"
        "Professor Tsang Chi-ho\n\n"
        "The ex-officio members are the Secretary for Labour and the Director of Social Welfare."
    )
    assert _people(text) == [
        "Carla Doucet",
        "Peter Gaudet",
        "Rhys Vaughan",
        "Cerys Bell",
        "Lam Wing-yee",
        "Tsang Chi-ho",
    ]
    assert dict(_found(text))["Rhys Vaughan"] == "vice chair"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The president appointed lawyer and public health specialist Ana Ruiz Pardo as Superintendent",
            "Ana Ruiz Pardo",
        ),
        (
            "The Government appointed former Supreme Court Justice Ingrid Moll as special investigator.",
            "Ingrid Moll",
        ),
        (
            "The Federal Council has appointed Dr. med. Jonas Keller as the new director of the Office.",
            "Jonas Keller",
        ),
    ],
)
def test_appointees_with_descriptions_and_degrees_before_their_names(text: str, person: str) -> None:
    assert _people(text) == [person]


def test_a_cabinet_statements_appointments_heading_and_board_list() -> None:
    text = (
        "D. Appointments\n\n"
        "All appointments are subject to the verification of qualifications.\n\n"
        "(a) Ms Naledi Khumalo as Director-General of the Department of Water.\n\n"
        "(b) Board of the Water Research Commission:\n"
        "- Prof. Sipho Ndlovu (Chairperson)\n"
        "- Dr Pieter Botha\n\n"
        "E. Messages\n\n"
        "Cabinet extends its condolences to the family of the late Mr Sam Nkosi."
    )
    assert _found(text) == [
        ("Naledi Khumalo", "Director-General of the Department of Water"),
        ("Sipho Ndlovu", "Chairperson"),
        ("Pieter Botha", "member"),
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Attorney Carla Stroud of the District of Vermont has been appointed director of the unit.",
            "Carla Stroud",
        ),
        (
            "The Chair announced the appointment of Ambassador Awa Diallo of Senegal as the Special Envoy.",
            "Awa Diallo",
        ),
    ],
)
def test_an_office_or_country_between_the_appointee_and_the_post(text: str, person: str) -> None:
    assert _people(text) == [person]


def test_decision_lists_in_more_formats() -> None:
    text = (
        "The approved appointments are as follows:\n\n"
        "Chairman: Senator Musa Danjuma (rtd.)\n"
        "Managing Director: Engr. Adaeze Obi\n\n"
        "Members:\n"
        "1. Dr. Tunde Bakare - South West\n"
        "2. Mrs. Ifeoma Eze - South East\n\n"
        "The Board will be inaugurated next week."
    )
    assert _people(text) == ["Musa Danjuma", "Adaeze Obi", "Tunde Bakare", "Ifeoma Eze"]
    assert _people("Appoint Helen Marsh as interim Director of Children's Services.") == ["Helen Marsh"]
    assert _people(
        "Fifth: Appointing Eng. Saad Al-Harbi as Chief Executive Officer of the Water Centre."
    ) == ["Saad Al-Harbi"]
    assert _people(
        "Cabinet approved the appointment of Dr. Jane Wambui as Chairperson of the Board, and of Mr. Peter"
        " Langat as Acting Chief Executive Officer."
    ) == ["Jane Wambui", "Peter Langat"]
    assert _people("Cabinet approved the appointment of Dr. R. P. Nimal Perera as Director General.") == [
        "R. P. Nimal Perera"
    ]


def test_lists_and_phrasings_of_round_eighteen() -> None:
    # a list after "and of", a list joined by "and" appointed "to" a body, a body's line of entries
    assert _people(
        "The minister announced the appointment of Ann Roe as Chair of the Lakes Trust, and of Tom Tay,"
        " Dee John and Al Moor as non-executive members of the board."
    ) == ["Ann Roe", "Tom Tay", "Dee John", "Al Moor"]
    assert _found(
        "The council voted to confirm the appointment of Rosa Lind and Kai Ho to the Harbour Planning"
        " Commission."
    ) == [
        ("Rosa Lind", "member of Harbour Planning Commission"),
        ("Kai Ho", "member of Harbour Planning Commission"),
    ]
    text = (
        "Orders in council made the following appointments to agencies and boards:\n\n"
        "Northern Rail Board: Lena Voss, reappointed as chair; Omar Reyes, member.\n"
        "Prairie Lottery Corporation: Ida Marsh, member."
    )
    assert _found(text) == [("Lena Voss", "chair"), ("Omar Reyes", "member"), ("Ida Marsh", "member")]
    # particles one after another, consent to serve, an Indian district's collector
    assert _people("Johan van der Berg was appointed chairperson of the Vaal Water Board.") == [
        "Johan van der Berg"
    ]
    assert _people("Professor Ewa Nowak has agreed to serve as the institute's first chair.") == ["Ewa Nowak"]
    assert _people(
        "Ravi Kale, joint secretary in the Revenue department, takes over as collector of Pune."
    ) == ["Ravi Kale"]


def test_lists_and_phrasings_of_round_nineteen() -> None:
    # a gazette's membership: a lead-in ending ":—", entries describing the person before the post
    text = (
        "The State Government hereby constitutes the Coastal Rescue Authority.\n\n"
        "2. The Authority shall consist of the following, namely:—\n\n"
        "(a) Shri Arun Kumar Das, IAS (Retd.), former Secretary to Government — Chairperson;\n"
        "(b) Smt. Rina Sahu, social worker, Puri — Member;"
    )
    assert _people(text) == ["Arun Kumar Das", "Rina Sahu"]
    # an appointment revoked is none; "binte" inside a Malay name; a research centre is no person
    assert _people("I further revoke the appointment of Mr Tevita Lomu as a member of the Board.") == []
    assert _people(
        "Dr Siti Aminah binte Yusof, Senior Researcher at the Centre for Ocean Research Singapore, will be"
        " appointed Director (Standards)."
    ) == ["Siti Aminah binte Yusof"]
    assert _people("Its chair will be Ewan Fraser-Lind, the former chief executive of the Ferry Board.") == [
        "Ewan Fraser-Lind"
    ]
    assert _people("Cr Mere Walker was named as the panel's chair.") == ["Mere Walker"]
    assert _people("Dr. Noura bint Saad Al-Otaibi was appointed as Deputy Chief Executive Officer.") == [
        "Noura bint Saad Al-Otaibi"
    ]
    assert _people(
        "The approved appointments are as follows:\n\nMembers:\n1. Mallam Sani Garba Bello - North West"
    ) == ["Sani Garba Bello"]


def test_lists_and_phrasings_of_round_twenty() -> None:
    # a board's lead-in "Joining him on the board are:", a swearing-in's list, a post in a company
    text = (
        "Jo Bell will serve as board chair. Joining him on the board are:\n\n"
        "• Ana Ruiz, a family physician in Sackville;\n• Tom Hale, former mayor of Riverview;"
    )
    assert _people(text) == ["Jo Bell", "Ana Ruiz", "Tom Hale"]
    text = (
        "I presided over the swearing-in of two County Executive Committee Members, who take charge "
        "today:\n\n1. Ms. Jane Wairimu Kago – CECM, Health Services;\n2. Mr. Paul Otieno Ouma – CECM, Roads;"
    )
    assert _people(text) == ["Jane Wairimu Kago", "Paul Otieno Ouma"]
    assert _people("Retired officer Asha Rao has been appointed special officer of the new bus company.") == [
        "Asha Rao"
    ]
    # a given name written short; elections to a body's own posts; a profession before a name
    assert _people("The Mayor has designated Atty. Ma. Luisa Reyes as Officer-in-Charge of the Office.") == [
        "Ma. Luisa Reyes"
    ]
    assert _people("Councillors elected Cr Dan Pike as deputy mayor for 2026.") == ["Dan Pike"]
    assert _people("Sociologist Ana Lima, a researcher, was named its first secretary.") == ["Ana Lima"]


def test_lists_and_phrasings_of_round_twenty_one() -> None:
    # more members named after a body's head; ranks of several police services; a body commanded
    assert _people(
        "Others named to the board are Hajiya Ada Bello (North-West) and Chief Obi Eze (South-East)."
    ) == [
        "Ada Bello",
        "Obi Eze",
    ]
    assert _people("The Centre will be headed by Deputy Commissioner of Police Andrea Blake.") == [
        "Andrea Blake"
    ]
    assert _people("The Task Force will be commanded by Deputy Commissioner Anne Roy.") == ["Anne Roy"]
    # a Tamil Nadu order: an honorific, a service written with full stops and retired
    assert _people(
        "The Government appoint Thiru R. Kannan, I.A.S. (Retd.), former Principal Secretary to Government,"
        " as Chairperson of the Commission."
    ) == ["R. Kannan"]
    # a lead-in naming new members "to" a body; postings with a rank before each name
    text = (
        "The Governor also named two new members to the Coastal Fire Council:\n\n"
        "* Jo Pike, a county commissioner;\n* Tess Long, a forest ecologist."
    )
    assert _people(text) == ["Jo Pike", "Tess Long"]
    text = (
        "The IGP has approved the following postings with immediate effect:\n\n"
        "1. COP Sam Adjei - Director-General, Operations\n2. ACP Kofi Mensah - Regional Police Commander"
    )
    assert _people(text) == ["Sam Adjei", "Kofi Mensah"]


def test_lists_and_phrasings_of_round_twenty_two() -> None:
    # a gazette's lead-in ending with a dash, lettered entries, two entries on one line pair
    text = (
        "The Minister has appointed the following persons to be members of the Board of the Lakes Authority "
        "for a period of three years with effect from 1st May, 2026—\n\n"
        "(a) Neo Dube, Chairperson;\n(b) Lesego Phiri;\n(c) Tau Moyo; and\n(d) Kea Sithole."
    )
    assert _people(text) == ["Neo Dube", "Lesego Phiri", "Tau Moyo", "Kea Sithole"]
    # a descriptor before the last of a list; "anak" inside an Iban name
    assert _people(
        "Council voted to appoint Rae Mbeki and resident member Gus Otte to the Board of the Water"
        " Commission."
    ) == ["Rae Mbeki", "Gus Otte"]
    assert _people(
        "The Cabinet approved the appointment of Jonah Nyipa anak Ngau and Lily Wong Siew Ling as members"
        " of the board."
    ) == ["Jonah Nyipa anak Ngau", "Lily Wong Siew Ling"]
    # an acting post; a post and its ministry as the appointee's aside
    assert _people(
        "Tumi Molefe, Deputy Permanent Secretary, Ministry of Water, has been appointed to act as Permanent"
        " Secretary of that Ministry."
    ) == ["Tumi Molefe"]
    # a retired rank in brackets; "made" before a hyphenated title
    text = "The cabinet approved the appointment of Lt Gen (retd) Asad Khan as chairman of the board."
    assert _people(text) == ["Asad Khan"]
    assert _people("Lena Marr has been made parliamentary under-secretary for roads.") == ["Lena Marr"]
    # a body set up with its head; an interim body chaired by someone described first
    text = "A Flood Cell will be set up, with Dr Saima Aziz, a planner, as its head."
    assert _people(text) == ["Saima Aziz"]
    assert _people(
        "Until the Bill passes it will operate as an interim body, chaired by consultant surgeon Dr Ana Ruiz."
    ) == ["Ana Ruiz"]
    # the holder described in an apposition
    text = "Its chair, the former nurse and union organiser Bea Kofi, will start in June."
    assert _people(text) == ["Bea Kofi"]
    # a hedge on the body, not on the appointment; a past time about a predecessor
    assert _people(
        "Superintendent Hana Tui will lead the new unit, which is expected to be operational by July."
    ) == ["Hana Tui"]
    assert _people(
        "The board has appointed Graeme Ash as interim chief executive after Pip Lund stepped down last"
        " month."
    ) == ["Graeme Ash"]


def test_round_twenty_two_counter_examples() -> None:
    assert _people("The board met on Monday, with Ann Lee as its chair.") == []
    assert _people("Ann Lee, the chair, is tipped to become the next governor.") == []


def test_lists_and_tables_of_round_twenty_three() -> None:
    # headings over parts of a reshuffle list; a title joined by a hyphen; Welsh and Kalenjin particles
    text = (
        "The King has approved the following appointments:\n\nMinisters of State\n\n"
        "- Aled ap Rhys – Minister of State for Policing (Home Office)\n\n"
        "Parliamentary Under-Secretaries of State\n\n"
        "- Kofi Asante-Ward – Parliamentary Under-Secretary of State (Department for Transport)"
    )
    assert _people(text) == ["Aled ap Rhys", "Kofi Asante-Ward"]
    assert _people("The President appointed Kiprotich arap Langat as Cabinet Secretary for Water.") == [
        "Kiprotich arap Langat"
    ]
    # a lead-in with words between "following" and "appointments"; "I nominate:"; "other appointments"
    text = (
        "The Minister today announced the following Governor in Council appointments:\n\n"
        "• Anne Lachance-Obi as Chairperson of the Board of the Lakes Pilotage Authority, for a term of four"
        " years;"
    )
    assert _people(text) == ["Anne Lachance-Obi"]
    text = "Subject to approval, I nominate:\n\n1. Jane Kamau as Cabinet Secretary, Ministry of Lands;"
    assert _people(text) == ["Jane Kamau"]
    text = "The other appointments are:\n\n• Emeka Nwosu – ordinary member, five-year term"
    assert _people(text) == ["Emeka Nwosu"]
    # a numbered list of ministers with their ministries, a ministry of several capitalised words
    text = (
        "The five ministers of state sworn in, with their ministries, are:\n\n"
        "1. K. Selvan Annadurai – Fisheries, Animal Husbandry and Dairying\n2. Ravi Ralte – Education"
    )
    assert _people(text) == ["K. Selvan Annadurai", "Ravi Ralte"]
    # tables: a column of names beside a column of posts; a header that is the post
    text = (
        "Enterprise Board\n\nName | Designation | Appointment\n"
        "Mr Ken Tan Wei Ming | Chairman | New appointment (two-year term)\n"
        "Mdm Rosnah binti Rahman | Member | Reappointment (two-year term)\n"
    )
    assert _people(text) == ["Ken Tan Wei Ming", "Rosnah binti Rahman"]
    text = "Mission | Head of Mission\nEmbassy of Ireland, Tokyo | Dearbhla Nic Giolla Bhríde\n"
    found = find_appointments(ArticleText("", text), split_sentences(text))
    assert [(m.person, m.role, m.organisation) for m in found] == [
        ("Dearbhla Nic Giolla Bhríde", "Head of Mission", "Embassy of Ireland, Tokyo")
    ]


def test_holders_of_one_post_term_extensions_and_company_posts() -> None:
    # "The chairpersons are:" over "Body – Person" lines
    text = (
        "The President appointed chairpersons of two councils.\n\nThe chairpersons are:\n\n"
        "(i) University of Lakeside – Professor Emerita Ama Owusu\n"
        "(ii) Coastal Teaching Hospital Board – Kofi Boadu"
    )
    assert _found(text) == [("Ama Owusu", "chairperson"), ("Kofi Boadu", "chairperson")]
    # a term extended is the post held again
    assert _people("The term of board member Priya Raghu has been extended by 12 months.") == ["Priya Raghu"]
    assert _people(
        "The term of Hetty Ash as Chair of the Board of Trustees has been extended by 18 months."
    ) == ["Hetty Ash"]
    # posts in companies are no public appointments
    assert (
        _people("The listed engineering firm Corran plc this week appointed Liam Oke as its chief executive.")
        == []
    )
    assert _people("Ann Vogel joins the board of Harbourline Group as a non-executive director.") == []
    assert _people("HS2 Ltd has named Mark Wilde as its new Chief Executive.") == ["Mark Wilde"]


def test_honours_after_a_name_moves_and_additional_charge() -> None:
    text = "Lt Gen Simone Hadd, AO, DSC, to be promoted to General and appointed Vice Chief of the Army."
    assert _found(text) == [("Simone Hadd", "Vice Chief of the Army")]
    text = "Anjali Iyer, Inspector General of Police (Konkan Range), moves to Pune as Commissioner of Police."
    assert _people(text) == ["Anjali Iyer"]
    text = "Gurpreet Bhullar, DIG, will hold additional charge of the Anti-Terrorism Squad."
    assert _found(text) == [("Gurpreet Bhullar", "head of Anti-Terrorism Squad (additional charge)")]


def test_a_gazettes_names_before_their_post() -> None:
    # the names on their own lines after "appoints—", the post after them; revoked names are no entries
    text = (
        "IN EXERCISE of the powers conferred by section 7 of the Roads Act, the Secretary appoints—\n\n"
        "Amani Wairimu Shaba (Dr.) - (Chairperson),\nOchieng' Otieno Baraka,\n\n"
        "to be members of the Board of Directors of the Urban Roads Authority, for a period of three (3) "
        "years, and revokes the appointment of—\n\nDaniel Ogola Otieno."
    )
    assert _found(text) == [
        ("Amani Wairimu Shaba", "Chairperson"),
        ("Ochieng' Otieno Baraka", "member of the Board of Directors of the Urban Roads Authority"),
    ]


def test_a_second_verb_of_the_bodys_clause() -> None:
    text = "The taskforce will sit within the Police and be led by Detective Superintendent Grant Rawa."
    assert _found(text) == [("Grant Rawa", "head of taskforce")]


def test_a_count_of_new_posts_then_who_fills_them() -> None:
    text = "The Minister has appointed two new members, Cath Voss and Sione Latu, to the Board."
    assert _found(text) == [("Cath Voss", "member"), ("Sione Latu", "member")]


def test_a_surname_the_article_names_in_full_is_the_subject_of_a_later_appointment() -> None:
    text = (
        "The Prime Minister reshaped her team on Friday, moving Hattie Colvin to the Home Office.\n\n"
        "Colvin, who had been business secretary for a year, was appointed Home Secretary in place of"
        " Dev Oyelade, who has left the government."
    )
    assert _found(text) == [("Hattie Colvin", "Home Secretary")]
    # a surname nobody is named with in full is no one
    assert _found("Colvin, who had been business secretary, was appointed Home Secretary.") == []


def test_made_before_a_title_and_the_place_of_a_swearing_in() -> None:
    assert _found("Arun Chauhan was made Minister of State for School Education.") == [
        ("Arun Chauhan", "Minister of State for School Education")
    ]
    assert _found("Arun Chauhan was made aware of the Minister of State's decision.") == []
    assert _found("Jean Arsenault was sworn in as Minister of Finance at Rideau Hall on Monday.") == [
        ("Jean Arsenault", "Minister of Finance")
    ]


def test_an_earlier_reshuffle_named_by_its_month_is_past() -> None:
    assert _found("Jules Marsh was appointed policing minister in September's reshuffle.") == []
    assert _found("Jules Marsh was appointed policing minister in the March reshuffle.") == []


def test_a_dateline_in_capitals_is_a_place() -> None:
    assert people_in("PORT MORESBY — The National Executive Council approved the plan.") == []
    assert [p.name for p in people_in("SUVA, Fiji - Ana Rokotuivuna was named chair.")] == ["Ana Rokotuivuna"]


def test_a_governor_s_list_names_each_member_s_board_in_the_entry() -> None:
    text = (
        "Governor Dana Whitby today announced the following appointments to state boards and commissions:\n\n"
        "• Marisa Echeverri, of Hood Falls, to the Oregon Board of Pharmacy for a term expiring June 30,"
        " 2028.\n\n"
        "• Teo Barnes, of Linn Ridge, reappointed to the State Parole Board for a second term.\n\n"
        "• Ann Leland, of Salem, as chair of the Water Resources Commission."
    )
    article = ArticleText("Title", text, date(2025, 3, 1))
    found = [(m.person, m.role, m.organisation) for m in find_appointments(article, split_sentences(text))]
    assert found == [
        ("Marisa Echeverri", "member", "Oregon Board of Pharmacy"),
        ("Teo Barnes", "member", "State Parole Board"),
        ("Ann Leland", "chair", "Water Resources Commission"),
    ]


def test_postings_with_a_batch_year_and_past_posts_behind_a_possessive() -> None:
    assert _people(
        "Sri Amit Sena, IPS (2006), Deputy Inspector General of Police, Northern Range, Sambalpur, is"
        " promoted and posted as Inspector General of Police, Crime Branch, Cuttack."
    ) == ["Amit Sena"]
    assert _found("The trust's previous chair, Mari Holt, left in January to take up a national role.") == []
    assert _people("Special Agent in Charge Carla Jennings will lead the office as its first director.") == [
        "Carla Jennings"
    ]


def test_members_joining_a_chair_on_a_panel_and_family_names_written_first() -> None:
    assert _people(
        "Joining her on the Panel are Dan Kowal, a civil engineer, and Priya Raman, an accountant."
    ) == [
        "Dan Kowal",
        "Priya Raman",
    ]
    text = (
        "The Public Service Division said Goh Boon Hock, now a Deputy Secretary, will move to Finance.\n\n"
        "Mr Goh will be appointed Second Permanent Secretary (Finance) on the same date."
    )
    assert _people(text) == ["Goh Boon Hock"]


def test_conservators_and_inaugurations() -> None:
    assert _people(
        "Esther Wanjiru Mwangi, currently Head of Forest Conservation, has been appointed Acting Chief"
        " Conservator of Forests."
    ) == ["Esther Wanjiru Mwangi"]
    assert _people(
        "The Minister also inaugurated Ana Rokotuivuna as Head of the Peat Restoration Agency."
    ) == ["Ana Rokotuivuna"]


def test_an_inline_list_of_new_commissioners_after_a_colon() -> None:
    text = (
        "The newly posted Commissioners are: CP Ada Okonkwo, Commissioner of Police, Enugu State Command;"
        " CP Musa Danjuma, Commissioner of Police, Niger State Command."
    )
    assert _found(text) == [
        ("Ada Okonkwo", "Commissioner of Police, Enugu State Command"),
        ("Musa Danjuma", "Commissioner of Police, Niger State Command"),
    ]
