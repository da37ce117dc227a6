"""Small jurisdictions, digital government, Indigenous governments and East Asia: the classes of
blind rounds 56 and 57 (docs/blind-rounds.md), in our own words.

Both round-56 sets passed every part of the bar when first scored; the one class taken from them is
a company's own report of a contract it won, which is its revenue, not a pledge. From round 57: the
dong written "VNĐ", and bodies "chartered" or "inaugurated". From round 58: a school's town and
Irish county between its name and its sum.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, extract


def _pledges(text: str) -> list[dict[str, object]]:
    article = ArticleText("", text, date(2026, 3, 2))
    return [p.to_prediction() for p in extract(article) if p.kind == "funding"]


@pytest.mark.parametrize(
    "text",
    [
        "Leith-based Harbour Secure said it had won a £2.4m contract to monitor the new unit's networks.",
        "Cedar Point Federal, a contractor, said Tuesday it had been awarded a $5.2 million task order.",
    ],
)
def test_a_companys_report_of_a_contract_it_won_is_no_pledge(text: str) -> None:
    assert _pledges(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry has awarded a £2.4m contract to Harbour Secure for network monitoring.",
        "The city has secured a $31 million federal grant to build the bus line.",
    ],
)
def test_contracts_awarded_and_grants_secured_by_public_bodies_are_read(text: str) -> None:
    assert len(_pledges(text)) == 1


def test_the_dong_as_viet_nam_news_writes_it() -> None:
    text = "The Deputy Prime Minister signed a decision allocating VNĐ820 billion to three central provinces."
    assert [(p["amount"], p["currency"]) for p in _pledges(text)] == [(820e9, "VND")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The tribal council charters the Pine River Band Housing Authority to run the new homes.",
            "Pine River Band Housing Authority",
        ),
        (
            "The Suzhou Municipal Bureau of Data, which was inaugurated on Monday, will coordinate compute.",
            "Suzhou Municipal Bureau of Data",
        ),
    ],
)
def test_bodies_chartered_or_inaugurated(text: str, name: str) -> None:
    article = ArticleText("", text, date(2026, 3, 2))
    assert [p.name for p in extract(article) if p.kind == "unit"] == [name]


def test_a_schools_town_and_irish_county_before_its_sum() -> None:
    text = "Gaelscoil na Mara, Arklow, Co. Wicklow will receive €9 million for a new building."
    assert [p["recipient"] for p in _pledges(text)] == ["Gaelscoil na Mara"]
