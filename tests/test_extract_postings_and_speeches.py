"""Police and civil-service postings, and the classes of the seventeenth session's blind rounds
(docs/blind-rounds.md), in our own words.

From round 55's error analysis: a post written as its acronym and its place ("posted as DPO
Mardan"), which the name finder read as a person; "transferred from X and posted as"; "given the
charge of"; a contractual appointment "given" to someone; and "last week's floods", which names a
thing by its time and does not date the appointment made in the same clause.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, extract
from tracker.extract.people import people_in


def _appointments(text: str) -> list[tuple[object, object]]:
    article = ArticleText("", text, date(2026, 3, 2))
    return [(p.person, p.role) for p in extract(article) if p.kind == "appointment"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The board named CEO Anita Walsh to the panel.", ["Anita Walsh"]),
        ("DIG Farah Naz Qureshi met the SSP Kohat on Monday.", ["Farah Naz Qureshi"]),
        ("She has been appointed Divisional Forest Officer Mansehra.", []),
        ("He becomes DPO Mardan with immediate effect.", []),
        # a family name in capitals after an honorific, and initials, are still names
        ("Mr RANDRIA Tojo Nirina chaired the meeting.", ["RANDRIA Tojo Nirina"]),
        ("Gov. KT Ollander signed the order.", ["KT Ollander"]),
        ("Chief Inspector Haq said the unit would open.", ["Haq"]),
    ],
)
def test_a_posts_acronym_and_place_are_no_persons_name(text: str, names: list[str]) -> None:
    assert [p.name for p in people_in(text)] == names


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "The province posted new district police officers (DPOs) on Friday. DIG Farah Naz Qureshi has "
            "been appointed DPO Mardan.",
            "Farah Naz Qureshi",
            "DPO Mardan",
        ),
        (
            "A senior superintendent of police (SSP) leads each district. SSP Omar Farooq Butt has been "
            "transferred from the Anti-Narcotics Force and posted as SSP Operations.",
            "Omar Farooq Butt",
            "SSP Operations",
        ),
        (
            "Four deputy commissioners (DCs) were changed. Asma Jabeen Khattak has been given the charge of "
            "DC Swat.",
            "Asma Jabeen Khattak",
            "DC Swat",
        ),
        (
            "Retired secretary Naveed Alam Chowdhury has been given a three-year contractual appointment as "
            "secretary of the Ministry of Water Resources.",
            "Naveed Alam Chowdhury",
            "secretary of the Ministry of Water Resources",
        ),
        (
            "The Cabinet appointed Secretary Hari Prasad Dhakal as Chief Secretary and set up a panel on "
            "last week's landslides.",
            "Hari Prasad Dhakal",
            "Chief Secretary",
        ),
    ],
)
def test_postings_by_acronym_and_official_style_are_appointments(text: str, person: str, role: str) -> None:
    [(found, post)] = _appointments(text)
    assert found == person
    assert isinstance(post, str) and post.endswith(role)  # ("head of DC Swat": the charge of a post)


@pytest.mark.parametrize(
    "text",
    [
        # an acronym the article never uses for a post is no post
        "DIG Farah Naz Qureshi has been appointed NDMA Mardan.",
        # a time that dates the appointment still does
        "Hari Prasad Dhakal was appointed Chief Secretary last week, the minister recalled.",
    ],
)
def test_what_still_is_no_posting(text: str) -> None:
    assert _appointments(text) == []
