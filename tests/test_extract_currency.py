"""Which dollar a bare "$" means: the country the article (or its publisher) names."""

from __future__ import annotations

import pytest

from tracker.extract import extract
from tracker.extract.currency import dollar_currency, shared_symbol_currency
from tracker.extract.money import find_money
from tracker.extract.types import ArticleText


@pytest.mark.parametrize(
    ("context", "currency"),
    [
        ("The Queensland Government and Brisbane will spend $20 million on bridges.", "AUD"),
        ("Ottawa and Ontario will provide $5 million to food banks.", "CAD"),
        ("Wellington confirmed $3 million for ferries across New Zealand.", "NZD"),
        ("The agency will award $8 million in grants.", "USD"),
        ("Governor Ruiz of Texas signed $40 million, after talks with Australian investors.", "USD"),
        ("The Australian minister met U.S. officials in Washington about $9 million.", "USD"),
        ("In Ohio, one Australian visitor came to see the $7 million site.", "USD"),
        ("The $9 million scheme opens in March.", "USD"),
    ],
)
def test_bare_dollars_follow_the_country_named(context: str, currency: str) -> None:
    assert dollar_currency(context) == currency


def test_the_publisher_counts_double() -> None:
    assert dollar_currency("The state will fund $7 million for trams.", "Government of Victoria") == "AUD"
    assert dollar_currency("Texas and Ohio: the Australian team visited; $7 million.", "") == "USD"
    assert dollar_currency("Texas: $7 million for trams.", "Government of Victoria") == "AUD"


def test_the_publisher_tells_the_dollar_when_the_text_does_not() -> None:
    text = "The council will spend $2 million on new playgrounds this year."
    plain = extract(ArticleText("Playgrounds", text))
    published = extract(ArticleText("Playgrounds", text, publisher="City of Adelaide"))
    assert [p.currency for p in plain if p.kind == "funding"] == ["USD"]
    assert [p.currency for p in published if p.kind == "funding"] == ["AUD"]


@pytest.mark.parametrize(
    ("context", "currency"),
    [
        # te reo Māori place and personal names mark New Zealand, even unnamed
        ("Minister Aroha Tukituki opened the Waimakere ward with $4 million for beds.", "NZD"),
        ("The Te Whanaupara bypass gets $60 million; Mayor Hemi Rangatahi welcomed it.", "NZD"),
        # one such name, or English names of that shape, do not
        ("Maria Hartley of Romania said the $4 million was welcome.", "USD"),
        ("The Waimakere stadium will get $4 million.", "USD"),
        # a "<Name> Shire" is an Australian local government
        ("Mayor of Tullabin Shire Kay Rhodes said $2 million would fix the roads.", "AUD"),
        ("The Shire Hall in Hereford hosted the $2 million auction.", "USD"),
        # New Zealand regions and towns, here in the publisher's name
        ("The Southland council will get $3 million for flood banks.", "NZD"),
        # a minister with a province is Canadian, with a state Australian
        ("Finance Minister Ada Roy said the provincial budget adds $90 million for roads.", "CAD"),
        ("The state government's $50 million plan was announced by Health Minister Li Chen.", "AUD"),
        ("The Member for Orrin Vale said the state budget had $8 million for schools.", "AUD"),
        # without a minister, a state or a province alone does not move the dollar
        ("The state government's $50 million plan was announced by Governor-elect Pat Doyle.", "USD"),
        ("The state budget adds $8 million for schools.", "USD"),
        # a minister with neither a state nor a province names no country
        ("The Minister said $8 million would go to schools.", "USD"),
    ],
)
def test_local_names_tell_the_dollar_when_no_country_is_named(context: str, currency: str) -> None:
    assert dollar_currency(context) == currency


def test_a_regional_publisher_tells_the_dollar() -> None:
    assert dollar_currency("Police get $34 million for a rural team.", "The Otago Observer") == "NZD"


@pytest.mark.parametrize(
    ("context", "publisher", "currency"),
    [
        ("The ministry will set aside $80 million for barriers.", "Ministry of Transport, Singapore", "SGD"),
        ("Singapore will spend $2 billion; Singaporeans aged 40 and over qualify.", "The Ledger", "SGD"),
        ("New ferry piers at Changi and Punggol will cost $90 million.", "", "SGD"),
        ("Hong Kong will build a $3 billion hospital in Kowloon.", "", "HKD"),
        ("A visitor from Singapore praised the $5 million Texas plan.", "Governor of Texas", "USD"),
    ],
)
def test_singapore_and_hong_kong_dollars(context: str, publisher: str, currency: str) -> None:
    assert dollar_currency(context, publisher) == currency


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("an allocation of KSh 4.2 billion this year", 4.2e9, "KES"),
        ("Kshs 650 million for the clinics", 6.5e8, "KES"),
        ("USh 300 million for boreholes", 3e8, "UGX"),
        ("TSh 20 billion for the port", 2e10, "TZS"),
        ("RM50 million for rural schools", 5e7, "MYR"),
        ("GH¢620 million to the Highway Authority", 6.2e8, "GHS"),
        ("a budget of N612.5 billion for 2026", 6.125e11, "NGN"),
        ("the P9.4-billion allocation for teachers", 9.4e9, "P"),  # peso or pula: the article says
        ("NLe 75 million for feeder roads", 7.5e7, "SLE"),
        ("release ₱12 billion to the Food Authority", 1.2e10, "PHP"),
        ("₦45 billion for roads", 4.5e10, "NGN"),
    ],
)
def test_letter_symbols_before_a_figure(text: str, amount: float, currency: str) -> None:
    from tracker.extract.money import find_money

    (money,) = find_money(text)
    assert (money.amount, money.currency) == (amount, currency)


@pytest.mark.parametrize(
    "text",
    ["The RM team met 5 times.", "a KSh sign", "the FARM 50 plan", "N95 masks", "the P45 form", "R2 road"],
)
def test_letter_symbols_are_no_sums_without_a_figure_right_after(text: str) -> None:
    from tracker.extract.money import find_money

    assert find_money(text) == []


@pytest.mark.parametrize(
    ("context", "publisher", "currency"),
    [
        ("The state cabinet in Karnataka approved Rs 2,400 crore for irrigation.", "", "INR"),
        ("The ministry secured Rs 12.6 billion for projects in Islamabad and Karachi.", "", "PKR"),
        ("Rs 40 billion for rural roads.", "Ministry of Finance, Government of Pakistan", "PKR"),
        ("Colombo will spend Rs 3 billion on the Sri Lankan railways.", "", "LKR"),
        ("Rs 500 crore for rural roads.", "", "INR"),  # no country named: the rupee most written
        ("India's minister met Pakistan's envoy; Rs 90 crore for Indian border posts in Punjab.", "", "INR"),
    ],
)
def test_rupees_follow_the_country_named(context: str, publisher: str, currency: str) -> None:
    assert shared_symbol_currency("Rs", context, publisher) == currency


def test_kwacha_needs_its_country() -> None:
    assert shared_symbol_currency("K", "Lusaka: K380 million for teachers in Zambia.") == "ZMW"
    assert shared_symbol_currency("K", "K45 million for clinics.", "Government of Malawi") == "MWK"
    assert shared_symbol_currency("K", "The K9 unit got K2,000,000.") is None


def test_sums_in_a_shared_symbol_take_the_articles_currency() -> None:
    def funding(text: str, publisher: str = "") -> list[tuple[float | None, str | None]]:
        pledges = extract(ArticleText("", text, publisher=publisher))
        return [(p.amount, p.currency) for p in pledges if p.kind == "funding"]

    zambia = "The Ministry of Education in Zambia has authorised K380 million to pay 4,500 new teachers."
    assert funding(zambia) == [(380_000_000, "ZMW")]
    assert funding("The council will spend K380 million on new teachers.") == []  # no kwacha country
    pakistan = "The federal government will provide Rs 4.5 billion for a new cyber centre in Islamabad."
    assert funding(pakistan) == [(4_500_000_000, "PKR")]
    assert funding("The ministry will spend J$650 million on irrigation.") == [(650_000_000, "JMD")]


def test_a_fijian_dollar_and_a_rupee_written_with_a_full_stop() -> None:
    assert dollar_currency("SUVA - The Fijian Government will spend $42.5 million on jetties.") == "FJD"
    text = "Colombo - The Cabinet has approved Rs. 18.5 billion for minor tanks in Sri Lanka's dry zone."
    pledges = [p for p in extract(ArticleText("", text)) if p.kind == "funding"]
    assert [(p.amount, p.currency) for p in pledges] == [(18_500_000_000, "LKR")]


@pytest.mark.parametrize(
    ("text", "publisher", "expected"),
    [
        ("The Bahamas will spend $42 million on Family Islands airports, Nassau said.", "", "BSD"),
        ("Guyana's budget gives $18.4 billion to hospitals; Guyanese patients will benefit.", "", "GYD"),
        ("The Government of Samoa approved $14.2 million tala for Apia's hospital.", "", "WST"),
        ("Windhoek: the ministry committed N$350 million to the highway.", "", "NAD"),
        ("Gaborone has committed P180 million to the border post in Botswana.", "", "BWP"),
        ("The Department of Education will release P9.4 billion for classrooms in Mindanao.", "", "PHP"),
        ("Rs 650 million will be provided for a geriatric institute.", "Government of Mauritius", "MUR"),
        ("The cabinet approved 2.1 billion baht for a scam centre.", "", "THB"),
        ("The programme is worth VND 12.5 trillion.", "", "VND"),
        ("The cabinet approved an EGP 60 billion package.", "", "EGP"),
        ("The council set aside 5 billion Egyptian pounds for bread.", "", "EGP"),
        ("Nairobi: the Treasury allocated Sh 14.6 billion to the Teachers Service Commission.", "", "KES"),
        ("The agency will be endowed with 14 billion dirhams, Rabat said.", "", "MAD"),
    ],
)
def test_currencies_of_more_countries(text: str, publisher: str, expected: str) -> None:
    pledges = [p for p in extract(ArticleText("", text, publisher=publisher)) if p.kind == "funding"]
    assert [p.currency for p in pledges] == [expected], text


def test_country_names_are_counted_once_each() -> None:
    from tracker.extract.countries import DOLLARS

    counts = DOLLARS.counts("New Zealanders in New Zealand paid NZ$5m; Hawke's Bay and US$2m. U.S. aid.")
    assert counts["NZD"] == 4  # New Zealanders, New Zealand, NZ$, Hawke's Bay
    assert counts["USD"] == 2  # US$ once (a name and a prefix), U.S.
    assert DOLLARS.counts("Newcastle, New York. Australia's and Australian-made.")["AUD"] == 2
    assert DOLLARS.counts("Newcastle, New York.")["USD"] == 1


def test_a_bare_dollar_in_more_countries() -> None:
    assert dollar_currency("Nassau: the Bahamas will spend $9m on Exuma clinics.") == "BSD"
    assert dollar_currency("St. Lucia and Grenada agreed $3m for the Eastern Caribbean court.") == "XCD"
    assert dollar_currency("Taipei said $40 billion would go to chips in Taiwan.") == "TWD"
    assert dollar_currency("A $9 million scheme opens in March.") == "USD"


def test_a_dollar_written_with_its_letters_is_another_countrys() -> None:
    # a Jamaican report that writes US$ for American aid; a Fijian one that names A$ and NZ$ aid
    jamaica = (
        "The Government will spend $1.8 billion on new patrol cars. Jamaica recorded fewer murders, the "
        "Jamaica Constabulary Force said. The United States provided US$3 million in radios."
    )
    assert dollar_currency(jamaica) == "JMD"
    fiji = (
        "The Government will spend $30 million to rebuild schools in Lautoka and Nadi. Australia has "
        "announced A$10 million and New Zealand NZ$4 million in relief."
    )
    assert dollar_currency(fiji) == "FJD"
    # a UN release that writes US$ and names one dollar country among the donors keeps the US dollar
    assert dollar_currency("Canada pledged $20 million and the Fund released US$10 million.") == "USD"


def test_councillors_written_cr_beside_maori_names_are_new_zealand_s() -> None:
    text = (
        "Councillors voted to spend $8.1 million on stormwater pipes in Te Awanui and Rangiora Flats. "
        "Cr Mere Tamati and Cr Hohepa Walker backed the Kōwhai Rise plan."
    )
    assert dollar_currency(text) == "NZD"


def test_sri_lankan_rupees_by_the_island_s_names() -> None:
    context = "Budget 2026 live from Colombo: Rs 50 billion for rural roads in Uva and Kandy."
    assert shared_symbol_currency("Rs", context, "Lanka Observer") == "LKR"


def test_pounds_written_as_a_word_follow_the_country_named() -> None:
    def funding(text: str) -> list[tuple[float | None, str | None]]:
        return [(p.amount, p.currency) for p in extract(ArticleText("", text)) if p.kind == "funding"]

    cairo = "CAIRO - Egypt's budget allocates 54 billion pounds to the Takaful cash transfer programme."
    assert funding(cairo) == [(54_000_000_000, "EGP")]
    assert funding("The council will invest five million pounds in new roads.") == [(5_000_000, "GBP")]
    assert (
        shared_symbol_currency("pounds", "Khartoum and Sudan's ministry set aside 2 billion pounds.") == "SDG"
    )


def test_a_bare_dollar_in_an_article_about_a_country_without_a_dollar_is_the_us_dollar() -> None:
    # (no dollar country named: a minister beside a "state budget" or "provincial authorities" would
    # otherwise read as Australian or Canadian)
    cairo = "Egypt's Finance Minister said in Cairo the state budget counts on the $8bn IMF programme."
    assert dollar_currency(cairo) == "USD"
    hanoi = (
        "Vietnam's Prime Minister said in Hanoi provincial authorities would clear land for the $67bn line."
    )
    assert dollar_currency(hanoi) == "USD"


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("UShs 312 billion", "UGX"),
        ("UShs. 5 billion", "UGX"),
        ("TShs 300 million", "TZS"),
        ("SAT$8.6 million", "WST"),
        ("GY$12 billion", "GYD"),
        ("MK 4.5 billion", "MWK"),
        ("VT 200 million", "VUV"),
    ],
)
def test_letter_symbols_of_east_africa_the_pacific_and_the_caribbean(written: str, code: str) -> None:
    found = find_money(f"Cabinet approved {written} for roads.")
    assert [(m.currency, m.start) for m in found] == [(code, len("Cabinet approved "))]


def test_canadian_institutions_name_the_canadian_dollar() -> None:
    text = (
        "Ministers were sworn in at Rideau Hall, and the Privy Council Office will house a new secretariat"
        " on U.S. trade talks in Washington and Canada's response, with a budget of $12 million."
    )
    assert dollar_currency(text) == "CAD"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Warsaw will spend 40 million złoty on drones.", "PLN"),
        ("Prague will spend 3 billion koruna on rail.", "CZK"),
        ("The plan gives 4 billion Czech crowns to universities.", "CZK"),
        ("Sofia will add 150 million leva to the health fund.", "BGN"),
        ("Kyiv will allocate 5 billion hryvnia for shelters.", "UAH"),
        ("The ministry will spend 120 billion forint on hospitals.", "HUF"),
        ("The Stockholm government will provide 1.2 billion kronor to the regions.", "SEK"),
        ("The government will allocate 900 million krónur to the coastguard.", "ISK"),
        ("Tbilisi will spend 60 million lari on roads.", "GEL"),
        ("The ministry will spend 80 million quetzales on clinics.", "GTQ"),
    ],
)
def test_currency_words_of_europe_asia_and_the_americas(text: str, code: str) -> None:
    [money] = find_money(text)
    assert money.currency == code


@pytest.mark.parametrize(
    ("text", "publisher", "code"),
    [
        ("Denmark will spend 2.5 billion kroner on an Arctic command.", "", "DKK"),
        ("The government in Oslo will spend 300 million kroner on ferries.", "", "NOK"),
        ("The ministry will spend 300 million kroner on ferries.", "Norwegian Ministry of Transport", "NOK"),
        ("Reykjavik will give 900 million krona to harbours.", "", "ISK"),
        ("The agency will give 900 million krona to harbours.", "", "SEK"),
    ],
)
def test_kroner_and_krona_follow_the_country_named(text: str, publisher: str, code: str) -> None:
    [pledge] = [p for p in extract(ArticleText("", text, publisher=publisher)) if p.kind == "funding"]
    assert pledge.currency == code
