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
