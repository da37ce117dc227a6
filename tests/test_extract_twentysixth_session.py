"""Classes of the twenty-sixth session (docs/blind-rounds.md, round 136 onward), in our own words.

The dollar of an article that names no country but spells as no US writer does; foreign-currency
stories about countries the non-dollar list did not know.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import pledges_of

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
