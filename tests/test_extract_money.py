"""Sums of money as written: symbols, codes, words, scales, ranges, qualifiers."""

from __future__ import annotations

import pytest

from tracker.extract.money import _prefix_anchors, dollar_currency, find_money


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("The council gets £75 million.", 75_000_000, "GBP"),
        ("The council gets £75m.", 75_000_000, "GBP"),
        ("A £1.2bn plan.", 1_200_000_000, "GBP"),
        ("A £1.2 bn plan.", 1_200_000_000, "GBP"),
        ("Worth £1,200 million.", 1_200_000_000, "GBP"),
        ("Grants total £750,000.", 750_000, "GBP"),
        ("It costs £4.5k.", 4_500, "GBP"),
        # "pounds" are the UK's, Egypt's or Sudan's: the article tells which (test_extract_currency)
        ("Some 1.5 billion pounds.", 1_500_000_000, "pounds"),
        ("An extra 20m pounds.", 20_000_000, "pounds"),
        ("A $2 trillion bill.", 2_000_000_000_000, "USD"),
        ("A $1.8B award.", 1_800_000_000, "USD"),
        ("A $85.1M grant.", 85_100_000, "USD"),
        ("Roughly half a billion pounds.", 500_000_000, "pounds"),
        ("A quarter of a billion pounds.", 250_000_000, "pounds"),
        ("Seventy-five million pounds for roads.", 75_000_000, "pounds"),
        ("Two hundred and fifty million euros for ports.", 250_000_000, "EUR"),
        ("£ten million for parks.", 10_000_000, "GBP"),
        ("A €28 million fund.", 28_000_000, "EUR"),
        ("R2.7 billion for clinics.", 2_700_000_000, "ZAR"),
        ("A bursary of R18,000.", 18_000, "ZAR"),
        ("Some 1.5 billion euros.", 1_500_000_000, "EUR"),
        ("A A$40 million grant.", 40_000_000, "AUD"),
        ("An AU$3bn plan.", 3_000_000_000, "AUD"),
        ("A C$12 million boost.", 12_000_000, "CAD"),
        ("A NZ$9m fund.", 9_000_000, "NZD"),
        ("A US$4 billion loan.", 4_000_000_000, "USD"),
        ("GBP 5m for repairs.", 5_000_000, "GBP"),
        ("EUR 40 million in grants.", 40_000_000, "EUR"),
        ("USD 3.5 billion in aid.", 3_500_000_000, "USD"),
        ("An extra 40 million EUR.", 40_000_000, "EUR"),
        ("A CAD 7m programme.", 7_000_000, "CAD"),
        ("Five million dollars for schools.", 5_000_000, "USD"),
        ("Ten million Australian dollars for reefs.", 10_000_000, "AUD"),
        ("A $1.2-billion investment in transit.", 1_200_000_000, "USD"),
        ("A 3.5-million dollar grant.", 3_500_000, "USD"),
        # "Rs" is written in several countries: the article tells which (test_extract_currency)
        ("Rs 500 crore for rural roads.", 5_000_000_000, "Rs"),
        ("Rs. 20 lakh for each village.", 2_000_000, "Rs"),
        ("Tk 1,250 crore for cyclone shelters.", 12_500_000_000, "BDT"),
        ("J$2.4 billion for farm roads.", 2_400_000_000, "JMD"),
        ("TT$40 million for the port.", 40_000_000, "TTD"),
        ("K380 million for teachers' salaries.", 380_000_000, "K"),
        ("PKR 12.6 billion for digital projects.", 12_600_000_000, "PKR"),
        ("2 billion naira for clinics.", 2_000_000_000, "NGN"),
        ("Rwf 36.5 billion for feeder roads.", 36_500_000_000, "RWF"),
        ("Br 2.6 billion for water schemes.", 2_600_000_000, "ETB"),
        ("6.4 billion birr for water schemes.", 6_400_000_000, "ETB"),
        ("FJ$18 million for jetties.", 18_000_000, "FJD"),
        ("a total of 1.2 trillion won this year", 1_200_000_000_000, "KRW"),
        ("Rp 4.2 trillion for doctors.", 4_200_000_000_000, "IDR"),
        ("₹1,200 crore for metro lines.", 12_000_000_000, "INR"),
    ],
)
def test_amount_and_currency(text: str, amount: float, currency: str) -> None:
    found = find_money(text)
    assert len(found) == 1
    money = found[0]
    resolved = dollar_currency(text) if money.currency == "$" else money.currency
    assert (money.amount, resolved) == (amount, currency)
    assert money.amount > 0


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("It gets up to £5m.", "up_to"),
        ("It gets as much as £5m.", "up_to"),
        ("It gets over £5m.", "at_least"),
        ("It gets more than £5m.", "at_least"),
        ("It gets at least £5m.", "at_least"),
        ("It gets in excess of £5m.", "at_least"),
        ("It gets about £5m.", "about"),
        ("It gets around £5m.", "about"),
        ("It gets almost £5m.", "about"),
        ("It gets some £5m.", "about"),
        ("It gets nearly £5m.", "about"),
        ("It gets approximately £5m.", "about"),
        ("It gets roughly £5m.", "about"),
        ("It gets £5m.", "exact"),
        ("It gets £5m-plus.", "at_least"),
        ("It gets £5m or more.", "at_least"),
        ("It gets nearly half a billion pounds.", "about"),
    ],
)
def test_qualifier(text: str, qualifier: str) -> None:
    (money,) = find_money(text)
    assert money.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("A £10-20 million pot.", 10_000_000, 20_000_000),
        ("A £10–20m pot.", 10_000_000, 20_000_000),
        ("A £5m-£10m pot.", 5_000_000, 10_000_000),
        ("A £10 to £20 million pot.", 10_000_000, 20_000_000),
        ("Between £10m and £20m will be offered.", 10_000_000, 20_000_000),
    ],
)
def test_range_reports_upper_bound_as_up_to(text: str, low: float, high: float) -> None:
    (money,) = find_money(text)
    assert (money.low, money.amount, money.qualifier) == (low, high, "up_to")


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("An extra £60 million – £1.4 million for each region – is on offer.", [60_000_000, 1_400_000]),
        ("Losses reached £8.3 billion – 7.5% of the total.", [8_300_000_000]),
        ("£10m and £20m were offered to two towns.", [10_000_000, 20_000_000]),
    ],
)
def test_not_ranges(text: str, amounts: list[float]) -> None:
    found = find_money(text)
    assert [m.amount for m in found] == amounts
    assert all(m.low is None for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ten per cent more pupils.",
        "5 million people live there.",
        "A million visitors came.",
        "In 2024 the scheme opened.",
        "Flight BA2025 landed at 10.30.",
        "The R2 ring road and the R10 form.",
        "",
    ],
)
def test_no_money(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(("text", "amount"), [("a $2.5 mil grant", 2.5e6), ("EUR 40 mio for ports", 40e6)])
def test_news_and_continental_abbreviations(text: str, amount: float) -> None:
    assert [m.amount for m in find_money(text)] == [amount]


def test_spans_point_at_the_sum() -> None:
    text = "The town gets £3.5 million, and the city gets €2bn."
    assert [text[m.start : m.end] for m in find_money(text)] == ["£3.5 million", "€2bn"]


@pytest.mark.parametrize(
    ("context", "currency"),
    [
        ("The Australian Government said Canberra will fund NSW towns.", "AUD"),
        ("Ottawa said Canadian lakes will be protected across Canada.", "CAD"),
        ("New Zealand ministers in Wellington announced it.", "NZD"),
        ("The Department of Transportation announced grants in Ohio.", "USD"),
        ("In Ohio, one Australian visitor came.", "USD"),  # a passing mention does not outweigh a US cue
        ("The Victorian Government said Melbourne TAFE campuses will grow.", "AUD"),
        ("Toronto and Winnipeg councils welcomed the money.", "CAD"),
        ("Auckland and Christchurch schools will share it.", "NZD"),
        ("Costs rose to C$4 million from C$3 million.", "CAD"),  # the article's own prefixed dollars
        ("Funding of A$2 million, and A$1 million more.", "AUD"),
    ],
)
def test_plain_dollar_follows_the_article_country(context: str, currency: str) -> None:
    assert dollar_currency(context) == currency


@pytest.mark.parametrize(
    "text",
    [
        "Rs 500 crore for roads, R3.4 billion for ports and Rs.50 lakh for schools",
        "Rural Roads (R12,000) and R2 and Rs and rand R\u00b2 R\u0663 R_ xR1 _R1 \u00e9R1 1R1 Rx",
        "Regional Rail gets R300 million; Rsync is no currency",
    ],
)
def test_rupee_and_rand_anchors_are_word_start_rs_or_r_before_a_digit(text: str) -> None:
    # The anchors' pattern passes every capital R that a scan of each "R" would keep:
    # at a word start (no letter or digit before it), before "s" or a str.isdigit character.
    expected = {
        i
        for i, char in enumerate(text)
        if char == "R"
        and (i == 0 or not text[i - 1].isalnum())
        and (text[i + 1 : i + 2] == "s" or text[i + 1 : i + 2].isdigit())
    }
    symbols = {i for i, char in enumerate(text) if char in "£€¥₹$"}
    assert set(_prefix_anchors(text, [])) - symbols == expected
