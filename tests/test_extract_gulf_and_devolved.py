"""Wire stories from the Gulf, Central Asia and Eastern Europe, and devolved UK and Irish releases:
the classes of blind round 43 (docs/blind-rounds.md), in our own words.

Local currency words the wires write ("riyals", "dirham", "tenge", "soums", "lei", "Egyptian pound")
are money, with the dollar conversion in brackets the same sum; and what a sum is for when a
release says a board "is in line for" it, a package was "confirmed today for" it, or money was
"committed in last year's" plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, extract


def _funding(text: str, publisher: str = "") -> list[dict[str, object]]:
    article = ArticleText("", text, date(2025, 9, 1), publisher=publisher)
    return [p.to_prediction() for p in extract(article) if p.kind == "funding"]


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        (
            "RIYADH - The kingdom will give the new authority 12 billion riyals ($3.2 billion) over five "
            "years.",
            "SAR",
            12e9,
        ),
        (
            "DOHA - Qatar approved a budget with total spending of 200 billion riyals ($55 billion).",
            "QAR",
            200e9,
        ),
        (
            "The government will allocate 90 billion tenge ($190 million) to build flood defences.",
            "KZT",
            90e9,
        ),
        ("Uzbekistan will spend 2.5 trillion soums ($200 million) on building schools.", "UZS", 2.5e12),
        (
            "Romania's government approved an ordinance allocating 2.2 billion lei ($480 million) to "
            "hospitals.",
            "RON",
            2.2e9,
        ),
        (
            "Cairo announced a 30 billion Egyptian pound ($600 million) package for poorer families.",
            "EGP",
            30e9,
        ),
        ("The UAE launched a 2 billion dirham ($545 million) fund on Wednesday for start-ups.", "AED", 2e9),
    ],
)
def test_wire_currency_words_are_money_and_the_conversion_is_the_same_sum(
    text: str, currency: str, amount: float
) -> None:
    assert [(f["currency"], f["amount"]) for f in _funding(text)] == [(currency, amount)]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "There is a £90 million package confirmed today for Wales's health boards.",
            "Wales's health boards",
        ),
        ("NHS Tayside is in line for just under £11 million.", "NHS Tayside"),
        (
            "It adds to the £14 million committed in last year's midwifery workforce plan.",
            "midwifery workforce plan",
        ),
    ],
)
def test_what_a_devolved_release_gives_a_sum_to(text: str, recipient: str) -> None:
    assert [f["recipient"] for f in _funding(text)] == [recipient]
