"""Currencies: symbols, ISO codes and words, and what a bare "$" means.

A plain "$" is resolved from the article: the country named most often in
the title and text (Australia -> AUD, Canada -> CAD, New Zealand -> NZD,
Singapore -> SGD, Hong Kong -> HKD, Fiji -> FJD, Jamaica -> JMD), at least twice so that a
passing mention does not flip it; otherwise USD. The other symbols that several
countries write are resolved the same way (:func:`shared_symbol_currency`): "Rs"
(India's rupee unless Pakistan, Sri Lanka or Nepal is named more) and "K" (the
kwacha of Zambia or Malawi, or Papua New Guinea's kina; no currency where none
of them is named).
"""

from __future__ import annotations

from tracker.extract.regex import LazyPattern, lazy

SYMBOLS = {
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₦": "NGN", "₱": "PHP",
    "a$": "AUD", "au$": "AUD", "aud$": "AUD", "c$": "CAD", "ca$": "CAD", "can$": "CAD",
    "nz$": "NZD", "us$": "USD", "hk$": "HKD", "s$": "SGD", "j$": "JMD", "tt$": "TTD", "fj$": "FJD",
    "bbd$": "BBD", "bds$": "BBD",
    "rs": "Rs", "rs.": "Rs",
}  # fmt: skip
# Symbols spelt with letters, as East African and Malaysian releases write them before a
# figure ("KSh 4.2 billion", "USh 300 million", "RM50 million"); read only right before one.
LETTER_SYMBOLS = {
    "KShs": "KES", "KSh": "KES", "Kshs": "KES", "Ksh": "KES", "USh": "UGX", "TSh": "TZS", "RM": "MYR",
    "GH¢": "GHS", "GH₵": "GHS", "Tk": "BDT", "Rwf": "RWF", "Br": "ETB", "Rp": "IDR",
}  # fmt: skip
# One capital right before the digits, as South African, Nigerian, Philippine and Zambian releases
# write the rand, naira, peso and kwacha ("R3.4 billion", "N612.5 billion", "P9.4-billion",
# "K380 million"): a sum only with a scale or digit grouping ("R2" is a road, "N95" a mask, "P45" a
# form). "K" is shared by several countries (SHARED_SYMBOLS).
SINGLE_LETTER_SYMBOLS = {"R": "ZAR", "N": "NGN", "P": "PHP", "K": "K"}
SYMBOLS.update(
    {symbol.lower(): code for symbol, code in (*LETTER_SYMBOLS.items(), *SINGLE_LETTER_SYMBOLS.items())}
)
# Symbols written as one character of their own.
SIGN_SYMBOLS = "£€¥₹₦₱$"
CODES = tuple(
    "GBP USD EUR AUD CAD NZD CHF JPY INR HKD SGD ZAR SEK NOK DKK KES UGX TZS MYR GHS NGN PHP PKR BDT LKR "
    "NPR JMD TTD ZMW MWK PGK FJD RWF ETB IDR KRW CNY BBD".split()
)
WORDS = {
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "pounds sterling": "GBP",
    "euro": "EUR", "euros": "EUR", "dollar": "$", "dollars": "$",
    "us dollars": "USD", "australian dollars": "AUD", "canadian dollars": "CAD",
    "new zealand dollars": "NZD", "yen": "JPY", "rupees": "Rs", "francs": "CHF",
    "naira": "NGN", "rand": "ZAR", "cedis": "GHS", "ringgit": "MYR", "taka": "BDT", "kwacha": "K",
    "birr": "ETB", "rupiah": "IDR", "won": "KRW", "yuan": "CNY", "renminbi": "CNY",
}  # fmt: skip


_SPACES = lazy(r"\s+")


def currency_of(symbol: str | None, word: str | None) -> str | None:
    """ISO code for a written symbol or word; "$" when only a dollar sign says so."""
    if symbol:
        key = symbol.strip().lower()
        if key.upper() in CODES:
            return key.upper()
        if key.rstrip("$").strip().upper() in CODES:
            return key.rstrip("$").strip().upper()
        return SYMBOLS.get(key, "$" if key == "$" else None)
    if word:
        key = _SPACES.sub(" ", word.lower())
        return WORDS.get(key) or (key.upper() if key.upper() in CODES else None)
    return None


_COUNTRY_CUES = (
    (
        "AUD",
        lazy(
            r"\b(?:Australian?s?|Canberra|NSW|New South Wales|Queensland|Victorian?|Tasmanian?|Albanese"
            r"|Commonwealth Government|Sydney|Melbourne|Brisbane|Adelaide|Perth|Hobart|Northern Territory"
            # "Shire Council" is an Australian local government (a British shire spends pounds)
            r"|TAFE|Centrelink|Shire\s+Council|Shire\s+of)\b|(?<![\w$])(?:A|AU|AUD)\$|\bAUD\b"
            # "Mayor Cr Janine Whitlock": the councillor's title of Australian local government
            r"|\bCr\s(?=[A-Z][a-z])"
            # a place named "<Name> Shire" (the mayor of Karrabin Shire): Australian local government
            r"|[A-Z][a-z]+\s+Shire\b(?!\s+(?:Hall|Horse|Hotel))"
        ),
    ),
    (
        "CAD",
        lazy(
            r"\b(?:Canad(?:a|ian)s?|Ottawa|Ontario|Quebec|Québec|Alberta|British Columbia|Trudeau|Carney"
            r"|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Yukon|Nunavut|Toronto|Vancouver"
            r"|Montreal|Montréal|Winnipeg|Calgary|Edmonton)\b|(?<![\w$])(?:C|CA|CAN)\$|\bCAD\b"
        ),
    ),
    (
        "NZD",
        lazy(
            r"\b(?:New Zealand(?:ers?)?|Wellington|Aotearoa|Auckland|Christchurch|Māori|Maori"
            # regions and towns of New Zealand that share no name with a place elsewhere
            r"|Otago|Southland|Waikato|Taranaki|Northland|Hawke's Bay|Bay of Plenty|Manawatū|Manawatu"
            r"|Whanganui|Dunedin|Tauranga|Rotorua|Invercargill|Te Whatu Ora)\b"
            r"|(?<![\w$])NZ\$|\bNZD\b"
        ),
    ),
    (
        "SGD",
        lazy(
            # places that share no name with a place elsewhere
            r"\b(?:Singapore(?:ans?)?|Jurong|Tampines|Changi|Sentosa|Punggol)\b|(?<![\w$])S\$|\bSGD\b"
        ),
    ),
    (
        "HKD",
        lazy(r"\b(?:Hong Kong(?:ers?)?|Kowloon|New Territories)\b|(?<![\w$])HK\$|\bHKD\b"),
    ),
    (
        "FJD",
        lazy(r"\b(?:Fiji(?:ans?)?|Fijian|Suva|SUVA|Viti Levu|Vanua Levu)\b|(?<![\w$])FJ\$|\bFJD\b"),
    ),
    (
        "JMD",
        lazy(r"\b(?:Jamaica(?:ns?)?|Montego Bay|Portmore|Spanish Town)\b|(?<![\w$])J\$|\bJMD\b"),
    ),
)


# Signs that a bare "$" is the US dollar; they outweigh a passing mention of another country.
_US_CUES = (
    r"\b(?:U\.S\.|US|USA|United States|America|American|Americans|Washington|Congress"
    r"|White House|Biden|Trump|Governor|Gov\.|Texas|California|Florida|Georgia"
    r"|New York|Ohio|Michigan|Pennsylvania|Illinois|Arizona|Colorado|Oregon|Virginia|Carolina)\b"
    r"|\bUS\$|\bUSD\b"
)
_ALL_CUES: tuple[tuple[str, LazyPattern], ...] = (("USD", lazy(_US_CUES)), *_COUNTRY_CUES)

# One scan for all four countries: each cue is a named group.
# Every cue starts with a capital: the look-ahead skips all other positions fast.
_ANY_COUNTRY = lazy(
    "(?=[A-Z])(?:" + "|".join(f"(?P<{code}>{pattern.pattern})" for code, pattern in _ALL_CUES) + ")"
)


# Te reo Māori names (places and people: "Kaiwera", "Rangihuna", "Te Awaroa") mark New Zealand
# even when the article names no New Zealand place the cues above know. Such a word is
# open syllables only ((ng|wh|h k m n p r t w)? + vowel), at least four of them, which few
# English names are; two different ones are needed, and they count as the publisher does.
_MAORI_WORD = lazy(
    r"\b(?:(?:Ng|Wh|[HKMNPRTW])[aeiouāēīōū]|[AEIOUĀĒĪŌŪ])(?:(?:ng|wh|[hkmnprtw])?[aeiouāēīōū]){3,}\b"
)
MAORI_NAMES_NEEDED = 2


def _maori_names(text: str) -> int:
    return len(set(_MAORI_WORD.findall(text)))


# Where no country is named, the system of government still tells the dollar: ministers
# and "Member for <seat>" are Westminster (not the United States); among the Westminster
# dollar countries provinces are Canadian and states Australian (New Zealand has neither).
_WESTMINSTER = lazy(r"\b(?:Minister|Premier|Member for [A-Z])")
_PROVINCE = lazy(r"\b(?:[Tt]he province(?:'s)?|[Pp]rovincial)\b")
_STATE = lazy(r"\b(?:[Tt]he state(?:'s)?|[Ss]tate (?:government|budget|election|parliament))\b")


def _system_of_government(context: str) -> str | None:
    if not _WESTMINSTER.search(context):
        return None
    if _PROVINCE.search(context):
        return "CAD"
    if _STATE.search(context):
        return "AUD"
    return None


def dollar_currency(context: str, publisher: str = "") -> str:
    """The currency a bare "$" most likely means in an article.

    Each country cue in the title and text counts once and in the publisher's
    name twice (the publisher is the surest sign). Another country's dollar
    needs more counts than the US cues (state names, Congress, U.S....), so a
    passing mention of Australia does not flip a US story that says where it
    is; an article that names no country at all reads as USD.
    """
    counts = {"USD": 0}
    for text, weight in ((context, 1), (publisher, 2)):
        for m in _ANY_COUNTRY.finditer(text):
            code = m.lastgroup or "USD"
            counts[code] = counts.get(code, 0) + weight
    # (read only when the cues above are weak: one count at most, so most articles skip the scan)
    if max(counts.values()) <= 1 and _maori_names(context) >= MAORI_NAMES_NEEDED:
        counts["NZD"] = counts.get("NZD", 0) + 2
    if max(counts.values()) <= 1 and (system := _system_of_government(context)):
        counts[system] = counts.get(system, 0) + 2
    best, best_count = "USD", counts["USD"]
    for code, _ in _COUNTRY_CUES:  # ties go to the earlier country
        if counts.get(code, 0) > best_count:
            best, best_count = code, counts[code]
    return best


# Symbols that several countries write, and what each means where no country is named.
SHARED_SYMBOLS: dict[str, str | None] = {"$": "USD", "Rs": "INR", "K": None}
# The countries of each shared symbol but "$" (see dollar_currency), each by names of its own:
# places, institutions and its currency's code.
_SHARED_CUES: dict[str, tuple[tuple[str, LazyPattern], ...]] = {
    "Rs": (
        (
            "INR",
            lazy(
                r"\b(?:India|Indian|New Delhi|Mumbai|Kolkata|Chennai|Bengaluru|Lok Sabha|Rajya Sabha"
                r"|Karnataka|Kerala|Tamil Nadu|Maharashtra|Uttar Pradesh|Gujarat|Rajasthan|Bihar|Odisha"
                r"|West Bengal|Telangana|Andhra Pradesh|Assam|Madhya Pradesh|INR)\b"
            ),
        ),
        (
            "PKR",
            lazy(
                r"\b(?:Pakistan(?:is?)?|Islamabad|Karachi|Lahore|Rawalpindi|Peshawar|Quetta|Sindh|Balochistan"
                r"|Khyber Pakhtunkhwa|PSDP|PKR)\b"
            ),
        ),
        ("LKR", lazy(r"\b(?:Sri Lanka(?:ns?)?|Colombo|LKR)\b")),
        ("NPR", lazy(r"\b(?:Nepal(?:i|ese)?|Kathmandu|NPR)\b")),
    ),
    "K": (
        ("ZMW", lazy(r"\b(?:Zambia(?:ns?)?|Lusaka|Copperbelt|ZMW)\b")),
        ("MWK", lazy(r"\b(?:Malawi(?:ans?)?|Lilongwe|Blantyre|MWK)\b")),
        ("PGK", lazy(r"\b(?:Papua New Guinea|Port Moresby|PGK)\b")),
    ),
}


def shared_symbol_currency(symbol: str, context: str, publisher: str = "") -> str | None:
    """The currency a symbol that several countries write means in an article: the country
    named most (the publisher's name counting twice), else the symbol's default."""
    if symbol == "$":
        return dollar_currency(context, publisher)
    counts: dict[str, int] = {}
    for code, pattern in _SHARED_CUES[symbol]:
        counts[code] = len(pattern.findall(context)) + 2 * len(pattern.findall(publisher))
    best = max(counts, key=lambda code: counts[code])  # ties go to the earlier country
    return best if counts[best] > 0 else SHARED_SYMBOLS[symbol]
