"""Currencies: symbols, ISO codes and words, and what a bare "$" means.

A plain "$" is resolved from the article: the country named most often in
the title and text (Australia -> AUD, Canada -> CAD, the Bahamas -> BSD, and
every other dollar country in :mod:`tracker.extract.countries`), more often than
the United States so that a passing mention does not flip it; otherwise USD.
The other symbols and words that several countries write are resolved the same
way (:func:`shared_symbol_currency`): "Rs" (the rupee of India, Pakistan, Sri
Lanka, Nepal, Mauritius or the Seychelles), "K" (the kwacha of Zambia or Malawi,
or Papua New Guinea's kina; no currency where none of them is named), "P" (the
Philippine peso or Botswana's pula), "Sh" (Kenyan, Ugandan or Tanzanian
shillings), "Dh" (Moroccan or UAE dirhams), "B$" (the Bahamas or Brunei) and
"pesos".
"""

from __future__ import annotations

import re
from collections import Counter

from tracker.extract import lexicon as lex
from tracker.extract.countries import (
    AUSTRALIAN_LOCAL_GOVERNMENT,
    DOLLAR_COUNTRY_NAMES,
    DOLLARS,
    SHARED_SYMBOL_COUNTRIES,
    CountryNames,
)
from tracker.extract.regex import compile_pattern, lazy

# Dollars (and other currencies written "<letters>$") by the letters before the "$": "NZ$",
# "B$", "WS$". A bare "$" is resolved from the article (dollar_currency); so is "B$", which the
# Bahamas and Brunei both write (SHARED_SYMBOLS).
DOLLAR_PREFIXES = {
    "A": "AUD", "AU": "AUD", "AUD": "AUD", "C": "CAD", "CA": "CAD", "CAN": "CAD", "NZ": "NZD",
    "US": "USD", "HK": "HKD", "S": "SGD", "J": "JMD", "TT": "TTD", "FJ": "FJD", "F": "FJD", "BBD": "BBD",
    "BDS": "BBD", "B": "B$", "G": "GYD", "BD": "BMD", "EC": "XCD", "BZ": "BZD", "CI": "KYD",
    "WS": "WST", "SAT": "WST", "ST": "WST", "SI": "SBD", "T": "TOP", "L": "LRD", "NT": "TWD", "N": "NAD",
    "R": "BRL", "SR": "SRD", "GY": "GYD",
}  # fmt: skip
SYMBOLS = {
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₦": "NGN", "₱": "PHP", "₩": "KRW", "₫": "VND",
    "฿": "THB", "₺": "TRY", "₴": "UAH", "₪": "ILS", "₡": "CRC",
    **{f"{prefix.lower()}$": code for prefix, code in DOLLAR_PREFIXES.items()},
    "rs": "Rs", "rs.": "Rs",
}  # fmt: skip
# Symbols spelt with letters, as East African, Malaysian and West African releases write them
# before a figure ("KSh 4.2 billion", "Sh 300 million", "RM50 million", "NLe 120 million");
# read only right before one.
LETTER_SYMBOLS = {
    "KShs": "KES", "KSh": "KES", "Kshs": "KES", "Ksh": "KES", "USh": "UGX", "UShs": "UGX", "Ushs": "UGX",
    "TSh": "TZS", "TShs": "TZS", "Tshs": "TZS", "MK": "MWK", "ZK": "ZMW", "VT": "VUV", "RM": "MYR",
    "GH¢": "GHS", "GH₵": "GHS", "Tk": "BDT", "Rwf": "RWF", "Br": "ETB", "Rp": "IDR", "NLe": "SLE",
    # Peru's sol ("S/ 1,240 million"), the CFA franc ("FCFA 30 billion")
    "S/": "PEN", "S/.": "PEN", "FCFA": "CFA", "CFAF": "CFA", "FRw": "RWF",
    # Angola's kwanza ("Kz 80 billion")
    "Kz": "AOA",
    # the baht as Thai English-language papers write it ("Bt1.2 billion")
    "Bt": "THB", "Bt.": "THB",
    # the Gulf's, Jordan's, Egypt's, Türkiye's and the Maghreb's, as their news agencies write them
    # ("QR1.8bn", "RO 120 million", "BD28 million", "KD 45 million", "JD18 million", "SR 2 billion",
    # "LE 9.5 billion", "TL 4.5 billion", "TRY 18 billion" (the code, read only before a figure),
    # "DA 12 billion", "DT 300 million")
    "QR": "QAR", "RO": "OMR", "BD": "BHD", "KD": "KWD", "JD": "JOD", "SR": "SAR", "LE": "EGP",
    "L.E.": "EGP", "TL": "TRY", "TRY": "TRY", "DA": "DZD", "DT": "TND",
    # the Balkans' ("KM 24 million", convertible marks; "ALL 2.4 billion", the lek, whose code is
    # also a word and is read only before a figure)
    "KM": "BAM", "ALL": "ALL",
    # the dong as Việt Nam News writes it ("VNĐ1.15 trillion", with the capital D with stroke)
    "VNĐ": "VND", "VNÐ": "VND",
    # Rwanda's franc, Ethiopia's birr and Zimbabwe Gold as their releases write them before a figure
    # ("Frw 4.8 billion", "Birr 8.5 billion", "ZiG1.8 billion")
    "Frw": "RWF", "Birr": "ETB", "ZiG": "ZWG",
    # Chile's inflation-indexed unit, in which its large public contracts are priced ("UF 14.5 million")
    "UF": "CLF",
    "Shs": "Sh", "Sh": "Sh", "Dh": "Dh", "Dhs": "Dh", "Nu": "BTN", "Rf": "MVR", "SAT": "WST",
    # (with a full stop, as Kenyan gazette notices write them: "KSh. 500,000,000")
    "KShs.": "KES", "KSh.": "KES", "Kshs.": "KES", "Ksh.": "KES", "Shs.": "Sh", "Sh.": "Sh", "Tk.": "BDT",
    "USh.": "UGX", "UShs.": "UGX", "TSh.": "TZS", "TShs.": "TZS",
}  # fmt: skip
# One capital right before the digits, as South African, Nigerian, Philippine, Botswanan and
# Zambian releases write the rand, naira, peso, pula and kwacha ("R3.4 billion", "N612.5 billion",
# "P9.4-billion", "K380 million"): a sum only with a scale or digit grouping ("R2" is a road, "N95"
# a mask, "P45" a form). "P" and "K" are shared by several countries (SHARED_SYMBOLS).
# (and the Gambian dalasi: "D450 million")
SINGLE_LETTER_SYMBOLS = {"R": "ZAR", "N": "NGN", "P": "P", "K": "K", "D": "GMD"}
SYMBOLS.update(
    {symbol.lower(): code for symbol, code in (*LETTER_SYMBOLS.items(), *SINGLE_LETTER_SYMBOLS.items())}
)
# Symbols written as one character of their own.
SIGN_SYMBOLS = "£€¥₹₦₱₩₫฿₺₴₪₡$"
# ISO 4217 codes read before or after a figure ("EGP 60 billion", "40 million EUR"). Codes that
# are also common words or acronyms in capitals ("ALL", "TOP", "CUP", "PEN", "TRY", "MOP") are left
# out: "TOP 10" is no sum.
CODES = tuple(
    "GBP USD EUR AUD CAD NZD CHF JPY INR HKD SGD ZAR SEK NOK DKK KES UGX TZS MYR GHS NGN PHP PKR BDT LKR "
    "NPR JMD TTD ZMW MWK PGK FJD RWF ETB IDR KRW CNY BBD THB VND EGP MAD AED SAR QAR KWD BHD OMR JOD ILS "
    "PLN CZK HUF RON BGN ISK BRL MXN ARS CLP COP UYU TWD KYD BSD BZD BMD XCD GYD SRD NAD BWP MUR SCR SZL "
    "LSL MZN AOA SLE GMD LRD XOF XAF WST SBD VUV MVR BTN MMK KHR LAK MNT KZT UZS UAH TND DZD SDG SSP "
    "ZWL ZWG BND MDL GEL AMD AZN RSD MKD BAM BYN KGS TJS TMT AFN CVE KMF STN DJF ERN".split()
)
# Codes that are also words in capitals ("TOP 10", "MOP"): read only before a figure with its scale
# ("TOP 7.9 million", Tonga's pa'anga).
SCALED_CODES = ("TOP", "MOP")
# The codes as a set, to look one up (``in`` on the tuple compares with each code in turn;
# the tuple keeps its order for the patterns built from it).
_CODE_SET = frozenset((*CODES, *SCALED_CODES))
# A currency word after a figure ("1.5 billion pounds", "2.1 billion baht"). "$", "Rs", "P", "Sh",
# "Dh" and "K" mark words several countries use, resolved from the article like the symbols.
WORDS = {
    "pound": "pounds", "pounds": "pounds", "sterling": "GBP", "pounds sterling": "GBP",
    "euro": "EUR", "euros": "EUR", "dollar": "$", "dollars": "$", "yen": "JPY", "rupees": "Rs",
    "francs": "francs", "franc": "francs", "fcfa": "CFA", "dinars": "dinars", "dinar": "dinars",
    "riyals": "riyals", "riyal": "riyals", "rials": "riyals", "dirham": "Dh", "tenge": "KZT", "soums": "UZS",
    "soum": "UZS", "lei": "RON",
    "soles": "PEN", "sols": "PEN", "naira": "NGN", "rand": "ZAR", "cedis": "GHS", "ringgit": "MYR",
    "taka": "BDT",
    "kwacha": "K", "birr": "ETB", "rupiah": "IDR", "won": "KRW", "yuan": "CNY", "renminbi": "CNY",
    "baht": "THB", "dong": "VND", "tala": "WST", "pula": "BWP", "leones": "SLE", "kina": "PGK",
    "vatu": "VUV", "rufiyaa": "MVR", "ngultrum": "BTN", "zloty": "PLN", "zlotys": "PLN", "forints": "HUF",
    "reais": "BRL", "dirhams": "Dh", "shillings": "Sh", "pesos": "pesos", "peso": "pesos", "hryvnias": "UAH",
    "shekels": "ILS", "lira": "TRY", "liras": "TRY", "meticais": "MZN", "metical": "MZN", "kwanza": "AOA",
    "kwanzas": "AOA", "escudos": "CVE",
    # the singulars and the other spellings of the words above, as English copy writes them
    "rupee": "Rs", "shilling": "Sh", "cedi": "GHS", "rands": "ZAR", "forint": "HUF", "hryvnia": "UAH",
    "hryvnya": "UAH", "hryvnyas": "UAH", "złoty": "PLN", "złotys": "PLN",
    "zlotych": "PLN", "złotych": "PLN", "leone": "SLE", "shekel": "ILS", "new shekels": "ILS",
    # the crowns of the Nordic countries and Czechia ("kroner" is Danish or Norwegian, "krona"
    # Swedish or Icelandic: SHARED_SYMBOLS)
    "kroner": "kroner", "krone": "kroner", "kronor": "SEK", "krona": "krona", "krónur": "ISK",
    "kronur": "ISK", "króna": "ISK", "koruna": "CZK", "korunas": "CZK", "koruny": "CZK", "korun": "CZK",
    # the rest of Europe and Central Asia
    "leu": "RON", "leva": "BGN", "lev": "BGN", "levs": "BGN", "denars": "MKD", "denar": "MKD",
    "lek": "ALL", "leke": "ALL", "convertible marks": "BAM", "lari": "GEL", "laris": "GEL",
    "dram": "AMD", "drams": "AMD", "manat": "AZN", "manats": "AZN", "somoni": "TJS", "soms": "KGS",
    "roubles": "RUB", "rubles": "RUB", "rouble": "RUB", "ruble": "RUB", "afghanis": "AFN",
    # Africa
    "ariary": "MGA", "dalasi": "GMD", "nakfa": "ERN", "ouguiya": "MRU", "emalangeni": "SZL",
    "lilangeni": "SZL", "maloti": "LSL", "loti": "LSL", "kwachas": "K",
    # the Americas and Asia
    "quetzales": "GTQ", "quetzals": "GTQ", "lempiras": "HNL", "colones": "CRC", "córdobas": "NIO",
    "cordobas": "NIO", "guaraníes": "PYG", "guaranis": "PYG", "bolivianos": "BOB", "balboas": "PAB",
    "gourdes": "HTG", "bolívares": "VES", "bolivares": "VES", "kyat": "MMK", "kyats": "MMK",
    "riel": "KHR", "riels": "KHR", "kip": "LAK", "tugrik": "MNT", "tugriks": "MNT", "patacas": "MOP",
    "pa'anga": "TOP",
}  # fmt: skip
# The currency words a nationality names ("Egyptian pounds", "Kenyan shillings", "Hong Kong
# dollars"): the adjective decides the currency, whatever the word.
NATIONAL_CURRENCY_WORDS = (
    "dollars", "pounds", "rupees", "shillings", "pesos", "dirhams", "francs", "dinars", "riyals",
    "kroner", "krone", "kronor", "krona", "crowns", "lira", "liras",
)  # fmt: skip
NATIONAL_ADJECTIVES = {
    "us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
    "new zealand": "NZD", "hong kong": "HKD", "singapore": "SGD", "jamaican": "JMD", "fiji": "FJD",
    "fijian": "FJD", "namibian": "NAD", "bahamian": "BSD", "guyanese": "GYD", "guyana": "GYD",
    "barbados": "BBD", "barbadian": "BBD", "bermudian": "BMD", "bermuda": "BMD", "belize": "BZD",
    "east caribbean": "XCD", "trinidad and tobago": "TTD", "new taiwan": "TWD", "taiwan": "TWD",
    "solomon islands": "SBD", "solomon": "SBD", "samoan": "WST", "tongan": "TOP",
    "liberian": "LRD", "brunei": "BND", "egyptian": "EGP", "sudanese": "SDG",
    "indian": "INR", "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR", "nepali": "NPR",
    "mauritian": "MUR", "seychelles": "SCR", "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS",
    "moroccan": "MAD", "uae": "AED", "emirati": "AED", "philippine": "PHP", "mexican": "MXN",
    "argentine": "ARS", "colombian": "COP", "chilean": "CLP", "swiss": "CHF", "tunisian": "TND",
    "algerian": "DZD", "jordanian": "JOD", "saudi": "SAR", "qatari": "QAR", "omani": "OMR",
    "kuwaiti": "KWD", "bahraini": "BHD", "south african": "ZAR", "cfa": "CFA", "rwandan": "RWF",
    "burundian": "BIF", "guinean": "GNF", "congolese": "CDF", "danish": "DKK", "norwegian": "NOK",
    "swedish": "SEK", "icelandic": "ISK", "czech": "CZK", "lebanese": "LBP", "syrian": "SYP",
    "iraqi": "IQD", "libyan": "LYD", "serbian": "RSD", "yemeni": "YER", "iranian": "IRR",
    "turkish": "TRY",
}  # fmt: skip
# ...and their singular, as a compound writes it ("a 40 billion Egyptian pound package").
_SINGULAR_CURRENCY_WORDS = ("dollar", "pound", "dirham", "riyal", "dinar", "franc", "rupee")
WORDS.update(
    {
        f"{adjective} {word}": code
        for adjective, code in NATIONAL_ADJECTIVES.items()
        for word in (*NATIONAL_CURRENCY_WORDS, *_SINGULAR_CURRENCY_WORDS)
    }
)


_SPACES = lazy(r"\s+")


def currency_of(symbol: str | None, word: str | None) -> str | None:
    """ISO code for a written symbol or word; "$" when only a dollar sign says so."""
    if symbol:
        key = symbol.strip().lower()
        if key.upper() in _CODE_SET:
            return key.upper()
        if key.rstrip("$").strip().upper() in _CODE_SET:
            return key.rstrip("$").strip().upper()
        return SYMBOLS.get(key, "$" if key == "$" else None)
    if word:
        key = _SPACES.sub(" ", word.lower())
        return WORDS.get(key) or (key.upper() if key.upper() in _CODE_SET else None)
    return None


# Te reo Māori names (places and people: "Kaiwera", "Rangihuna", "Te Awaroa") mark New Zealand
# even when the article names no New Zealand place the cues above know. Such a word is
# open syllables only ((ng|wh|h k m n p r t w)? + vowel), at least four of them, which few
# English names are; two different ones are needed, and they count as the publisher does.
_MAORI_WORD = lazy(
    r"\b(?:(?:Ng|Wh|[HKMNPRTW])[aeiouāēīōū]|[AEIOUĀĒĪŌŪ])(?:(?:ng|wh|[hkmnprtw])?[aeiouāēīōū]){3,}\b"
)
MAORI_NAMES_NEEDED = 2
# A capitalised word with a macron ("Kōwhai", "Ōtāhuhu") is te reo Māori however short: English
# writes no macrons, and the other languages that do write no "$".
# (the macron may be on the first letter: "Ōtaki", "Ōpōtiki")
_MACRON_WORD = lazy(r"\b(?:[A-ZĀĒĪŌŪ]\w*[āēīōūĀĒĪŌŪ]|[ĀĒĪŌŪ])\w*\b")


def _maori_names(text: str) -> int:
    """How many different Māori words the text holds; a word with a macron counts twice."""
    words = set(_MAORI_WORD.findall(text))
    macron = set(_MACRON_WORD.findall(text)) - words if any(c in text for c in "āēīōūĀĒĪŌŪ") else set()
    return len(words) + 2 * len(macron)


# Where no country is named, the system of government still tells the dollar: ministers
# and "Member for <seat>" are Westminster (not the United States); among the Westminster
# dollar countries provinces are Canadian and states Australian (New Zealand has neither).
_WESTMINSTER = lazy(r"\b(?:Minister|Premier|Member for [A-Z])")
_PROVINCE = lazy(r"\b(?:[Tt]he province(?:'s)?|[Pp]rovincial)\b")
_FEDERAL = lazy(r"\b(?:[Ff]ederal|Ottawa)\b")
# ("the provincial government paid $25 million": New Zealand's "provincial" is of towns and regions)
_THE_PROVINCE = lazy(r"\b(?:[Tt]he province|[Pp]rovincial government)\b")
# Canada's territories as their own governments write of them ("the territorial government has
# approved", "the territory will also spend"); Australia's Territory is written with a capital.
_TERRITORY = lazy(r"\b(?:territorial government|[Tt]he territory(?:'s)?)\b")
# Australia's federal government as its ministers write of it ("the Commonwealth's investment", money
# for "states and territories"); read only beside Westminster's ministers.
# (and the opposition's shadow ministry, which Canada calls critics and New Zealand spokespeople)
_COMMONWEALTH = lazy(
    r"\b(?:[Tt]he Commonwealth(?:'s)?(?! of)|states and territories|Shadow (?:[A-Z][\w-]+ ){0,3}"
    r"(?:Minister|Treasurer|Attorney-General))\b"
)
_STATE = lazy(r"\b(?:[Tt]he state(?:'s)?|[Ss]tate (?:government|budget|election|parliament))\b")


def _system_of_government(context: str) -> str | None:
    # (a province beside the federal government is Canadian whatever its ministers are called; so
    # is "the province" a local paper writes of its own, with no state: "the province's grants give
    # the board $212 million"; "provincial" alone may be New Zealand's "provincial towns")
    if (
        (_PROVINCE.search(context) and _FEDERAL.search(context)) or _THE_PROVINCE.search(context)
    ) and not _STATE.search(context):
        return "CAD"
    if not _WESTMINSTER.search(context):
        return None
    if _PROVINCE.search(context):
        return "CAD"
    if _TERRITORY.search(context) and not _STATE.search(context):
        return "CAD"
    if _STATE.search(context) or _COMMONWEALTH.search(context):
        return "AUD"
    return None


# The names of countries whose money is no dollar, counted like the dollar countries' names.
_NON_DOLLAR = CountryNames({"ZZZ": " ".join(name.replace(" ", "_") for name in lex.NON_DOLLAR_COUNTRIES)})
# How many of their names make an article one about such a country.
NON_DOLLAR_NAMES_NEEDED = 2


# Phrases of public life that only one dollar country writes: its emergency number ("triple zero
# callers"), its offices and services ("the Assistant Treasurer", "Centrelink", "TAFE"), the board every
# Ontario police service answers to, and the federal public service's ranks and boards ("assistant deputy
# minister", "the Treasury Board", "the Privy Council Office").
_ONE_COUNTRY_PHRASES = {
    # (and the states' health services: New South Wales's Local Health Districts, Queensland's Hospital and
    # Health Services, South Australia's Local Health Networks)
    "AUD": (
        *("triple zero", "Triple Zero", "triple-zero", "Assistant Treasurer", "Centrelink", "TAFE"),
        *("Local Health District", "Hospital and Health Service", "Local Health Network"),
        # (the states' governments as their releases write them, with capitals: the US writes "the state
        # government")
        "State Government",
    ),
    "CAD": (
        "police services board",
        "Police Services Board",
        "assistant deputy minister",
        "associate deputy minister",
        "deputy ministers",
        "Treasury Board",
        "Privy Council Office",
        "Clerk of the Privy Council",
        # a province's own government, as Canadian health authorities and councils write of it ("the new
        # money, provided by the provincial Ministry of Health")
        "provincial Ministry",
        "provincial ministry",
        "provincial government",
        "Provincial Government",
        "provincial Minister",
    ),
}


# The budget year as Australia's governments and councils name it; the US and Canada write "fiscal
# year", and New Zealand's articles, which write it too, are told by their Māori names first. The
# weakest sign: read only where nothing else names a country.
_FINANCIAL_YEAR = "financial year"

# Spellings no US writer uses ("councillors", "neighbourhood", "centre", "labour"; not "per cent",
# which US copy written abroad keeps): an article that names no country but writes them is of
# another dollar country. Which one: New Zealand's government writes "programme" (Australia's and
# Canada's "program"); North America's season ("in the fall"), its town manager ("chief
# administrative officer") and its provinces' abbreviations are Canada's; else Australia, the
# commonest. Read only where nothing else names a country, like the financial year.
_COMMONWEALTH_SPELLING = lazy(
    r"\b(?:[Cc]ouncillors?|[Cc]ounsellors?|[Cc]ounselling|[Nn]eighbour\w*|[Cc]entres?|[Ll]abour|[Dd]efence|[Ff]avour\w*"
    r"|[Cc]olour\w*|(?:kilo)?metres?)\b"
)
_NEW_ZEALAND_SPELLING = lazy(r"\b[Pp]rogrammes?\b")
# (and a dateline's province as the Canadian Press abbreviates it: "KINGSFORD, Ont. —")
_CANADIAN_USAGE = lazy(
    r"\b(?:(?:in|this|last|next) (?:the )?fall\b|[Cc]hief [Aa]dministrative [Oo]fficer"
    r"|(?<=, )(?:Ont|Que|Alta|Sask|Man|B\.C|N\.S|N\.B|Nfld|P\.E\.I)\.)"
    # a sum hyphenated to its scale, as Canadian papers write it: "an $842-million budget"
    r"|\$\d[\d.,]*-(?:million|billion)\b"
)


def _spelling_currency(context: str) -> str | None:
    if not _COMMONWEALTH_SPELLING.search(context):
        return None
    if _NEW_ZEALAND_SPELLING.search(context):
        return "NZD"
    return "CAD" if _CANADIAN_USAGE.search(context) else "AUD"


# A dateline's state in Associated Press style ("BROOKHAVEN, Mich. —", "SALEM, Ore. (AP) —").
_US_DATELINE = lazy(
    r"[A-Z]{3,},\s(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va"
    r"|Wis|Wyo)\.\s*(?:\(AP\)\s*)?[—–-]"
)


def dollar_currency(context: str, publisher: str = "") -> str:
    """The currency a bare "$" most likely means in an article.

    Each name of a country (countries.DOLLARS) in the title and text counts once
    and in the publisher's name twice (the publisher is the surest sign). Another
    country's dollar needs more counts than the US names (state names, Congress,
    U.S....), so a passing mention of Australia does not flip a US story that says
    where it is; an article that names no country at all reads as USD.
    """
    counts = DOLLARS.counts(context)
    if "." in context[:400] and _US_DATELINE.search(context[:400]):
        counts["USD"] += 2  # "BROOKHAVEN, Mich. —": a US dateline with its state as AP writes it
    published = DOLLARS.counts(publisher) if publisher else Counter()
    if any(times and code != "USD" for code, times in published.items()):
        # A publisher of another dollar country that writes "US$218 million" marks those sums as
        # US dollars, and its bare "$" as its own: "US$" is then no sign for the US dollar.
        counts["USD"] = max(0, counts["USD"] - context.count("US$") - context.count("US $"))
    _discount_prefixed(context, counts)
    maori = _maori_names(context) >= MAORI_NAMES_NEEDED
    if ("Cr" in context or "Shire" in context) and not maori:
        # (New Zealand councils write "Cr" too: with Māori names about, it says nothing)
        counts["AUD"] += len(AUSTRALIAN_LOCAL_GOVERNMENT.findall(context))
    for code, times in published.items():
        counts[code] += 2 * times
    # (read only when the names above are weak: one count at most, so most articles skip the scan)
    if max(counts.values(), default=0) <= 1 and _NON_DOLLAR.counts(context)["ZZZ"] >= NON_DOLLAR_NAMES_NEEDED:
        return "USD"  # an article about Egypt or Vietnam writes foreign sums in US dollars
    if max(counts.values(), default=0) <= 1 and maori:
        counts["NZD"] += 2
    if max(counts.values(), default=0) <= 1:
        for code, phrases in _ONE_COUNTRY_PHRASES.items():
            # (the publisher's name too: "Tablelands Coast Local Health District")
            if any(phrase in context or phrase in publisher for phrase in phrases):
                counts[code] += 2
    if max(counts.values(), default=0) <= 1 and (system := _system_of_government(context)):
        counts[system] += 2
    if not any(counts.values()) and _FINANCIAL_YEAR in context:
        counts["AUD"] += 1
    if not any(counts.values()) and (spelt := _spelling_currency(context)):
        counts[spelt] += 1
    best, best_count = "USD", counts["USD"]
    for code in DOLLAR_COUNTRY_NAMES:  # ties go to the earlier country
        if counts[code] > best_count:
            best, best_count = code, counts[code]
    return best


def _discount_prefixed(context: str, counts: Counter[str]) -> None:
    """A country whose dollar the text writes with its letters ("A$20 million", "US$5 million")
    is another country than the one whose dollar it writes bare: when the text names a second
    dollar country at least twice, the first's names do not count for the bare "$" (a Fijian report that names
    Australia's A$20m and New Zealand's NZ$5m in aid; a Jamaican one that names US$5m)."""
    prefixed = [
        code
        for code, times in counts.items()
        if times and code in _PREFIXED and _PREFIXED[code].search(context)
    ]
    # (the other country must be named more than in passing: a UN release that writes "US$" and
    # names Canada once among the donors still means US dollars)
    if not prefixed or not any(times >= 2 for code, times in counts.items() if code not in prefixed):
        return
    for code in prefixed:
        counts[code] = 0


# Per dollar currency, its letters right before a "$" ("A$", "NZ$", "US $"). Compiled with
# compile_pattern, which lists the letters a match can start with: re alone tries the look-behind
# at every position of the article.
_PREFIXED = {
    code: compile_pattern(
        rf"(?<![A-Za-z])(?:{'|'.join(re.escape(p) for p, c in DOLLAR_PREFIXES.items() if c == code)}) ?\$"
    )
    for code in set(DOLLAR_PREFIXES.values())
}


# Symbols and words that several countries write, and what each means where no country is named.
SHARED_SYMBOLS: dict[str, str | None] = {
    "$": "USD", "Rs": "INR", "K": None, "P": "PHP", "Sh": "KES", "Dh": "AED", "B$": "BSD", "pesos": "PHP",
    "pounds": "GBP", "francs": "CHF", "dinars": None, "riyals": "SAR", "kroner": "DKK", "krona": "SEK",
    # the CFA franc of West Africa (XOF) or of Central Africa (XAF), by the country named
    "CFA": "XOF",
}  # fmt: skip


def shared_symbol_currency(symbol: str, context: str, publisher: str = "") -> str | None:
    """The currency a symbol that several countries write means in an article: the country
    named most (the publisher's name counting twice), else the symbol's default."""
    if symbol == "$":
        return dollar_currency(context, publisher)
    countries = SHARED_SYMBOL_COUNTRIES[symbol]
    counts = countries.counts(context)
    for code, times in countries.counts(publisher).items():
        counts[code] += 2 * times
    best = max(countries.names, key=lambda code: counts[code])  # ties go to the earlier country
    return best if counts[best] > 0 else SHARED_SYMBOLS[symbol]
