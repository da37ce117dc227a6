"""Which country an article is about, counted from the names it writes.

A symbol several countries write ("$", "Rs", "K", "P") means the currency of
the country the article names most. The names are data: per currency, the
places, institutions, nationalities and its ISO code, each starting with a
capital ("_" for a space), and the letters written before its "$" ("NZ$").

Counting reads the capitalised words of the text once (one ``findall``), so
it costs the same however many countries are known; a name of several words
("New Zealand", "Hawke's Bay") is looked for only where its first word occurs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from tracker.extract.regex import lazy

# The capitalised words of a text: a capital, then letters, digits and dots ("U.S.", "Gov.");
# an apostrophe or hyphen ends the word ("Australia's", "Australian-made"). (No word boundary
# is asked for before the capital: it would cost twice the scan, and a capital inside a word
# starts none of the names: "iPad" gives "Pad".)
_CAPITALISED = lazy(r"[A-Z][\w.]*")
_FIRST_WORD = re.compile(r"[\w.]+")
# Words that stand before a place name without making it part of a person's name.
_NOT_GIVEN_NAMES = (
    "In At From To Of The For And By On Near Outside Inside Across Greater North South East West Central "
    "Upper Lower Port Mount Lake Fort Cape New Old St Saint Royal Downtown Metro Metropolitan Inner Outer "
    "Northern Southern Eastern Western Regional Rural City Town Council Mayor Premier Minister Near Like"
).split()


@lru_cache(maxsize=256)
def _as_surname(word: str) -> re.Pattern[str]:
    """A place name written as the surname of a person: after a capitalised given name, with no
    capitalised word after it ("replacing Glenn Hobart, who retired"; not "the Royal Hobart Hospital")."""
    not_given = "|".join(_NOT_GIVEN_NAMES)
    return re.compile(
        rf"(?<=[a-z,;)]\s)(?!(?:{not_given})\b)[A-Z][a-z]{{2,}}\s{re.escape(word)}\b(?!\s*[A-Z(])"
    )


# Titles written before a person's given name in the press ("Mayor Victoria Brandt", "Dr Adelaide Ross").
_TITLES_BEFORE_GIVEN = (
    "Mayor|Ms|Mrs|Miss|Mr|Dr|Councillor|Councilmember|Commissioner|Judge|Senator|Sen|Rep|Chief|Director"
)


def _as_given_name(word: str) -> re.Pattern[str]:
    """A place name written as a person's given name: after a title, before a capitalised surname
    that is not a place's or a body's word ("Mayor Victoria Brandt"; not "Premier Victoria Police")."""
    return re.compile(
        rf"\b(?:{_TITLES_BEFORE_GIVEN})\.?\s{re.escape(word)}\s(?!(?:Police|Government|University|Street|Road|Park"
        rf"|Square|Station|Hospital|State|Council)\b)[A-Z][a-z]+"
    )


@dataclass
class CountryNames:
    """Per currency, the names of its country (and its "<letters>$" prefixes), counted in a text."""

    names: Mapping[str, str]  # currency -> its country's names, space-separated ("_" for a space)
    prefixes: Mapping[str, Iterable[str]] = field(default_factory=dict)  # currency -> letters before "$"

    def __post_init__(self) -> None:
        self._single: dict[str, list[str]] = {}  # a one-word name -> the currencies it names
        # first word -> (name, its pattern, currency)
        self._multi: dict[str, list[tuple[str, re.Pattern[str], str]]] = {}
        for code, written in self.names.items():
            for name in (*written.split(), code):
                name = name.replace("_", " ")
                first = _FIRST_WORD.match(name)
                assert first is not None and name[0].isupper(), name
                if first.group() == name:
                    self._single.setdefault(name, []).append(code)
                else:
                    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
                    self._multi.setdefault(first.group(), []).append((name, pattern, code))
        self._prefix_codes: dict[str, list[str]] = {}
        for code, letters in self.prefixes.items():
            for prefix in letters:
                self._prefix_codes.setdefault(prefix, []).append(code)

    def counts(self, text: str) -> Counter[str]:
        """How many times the text names each currency's country."""
        found: Counter[str] = Counter()
        words = Counter(_CAPITALISED.findall(text))
        for word, times in words.items():
            codes = self._single.get(word)
            if codes is None and word.endswith("."):
                codes = self._single.get(word.rstrip("."))  # "Washington." at a sentence's end
            if codes is None and len(word) > 3 and word.isupper():
                codes = self._single.get(word.capitalize())  # a dateline: "LAHORE, May 6:"
            if codes and f" {word}" in text:
                times -= len(_as_surname(word).findall(text))  # "replacing Glenn Hobart,": a person
                # "Mayor Victoria Brandt": a given name after a title, a surname after it
                times -= len(_as_given_name(word).findall(text))
            for code in codes or ():
                found[code] += max(0, times)
            for key in {word, word.rstrip(".")}:
                for name, pattern, code in self._multi.get(key, ()):
                    if name in text:  # a plain search first: most first words ("New") start no name
                        found[code] += len(pattern.findall(text))
        if self._prefix_codes and "$" in text:
            self._count_prefixes(text, found)
        return found

    def _count_prefixes(self, text: str, found: Counter[str]) -> None:
        """ "NZ$5m": the letters before a "$" name its country. A prefix that is also a name of
        the country ("US", "AUD") was counted as a word: "US$" counts once."""
        at = text.find("$")
        while at != -1:
            start = at
            while start > 0 and "A" <= text[start - 1] <= "Z":
                start -= 1
            prefix = text[start:at]
            before = text[start - 1] if start else " "
            if prefix and not (before.isalnum() or before in "_$"):
                for code in self._prefix_codes.get(prefix, ()):
                    if code not in self._single.get(prefix, ()):
                        found[code] += 1
            at = text.find("$", at + 1)


# --- the dollar: a bare "$" ----------------------------------------------------

# Signs that a bare "$" is the US dollar; they outweigh a passing mention of another country.
US_NAMES = (
    "U.S. US USA United_States America American Americans Washington Congress White_House Biden Trump "
    "Governor Gov. Texas California Florida Georgia New_York Ohio Michigan Pennsylvania Illinois Arizona "
    "Colorado Oregon Virginia Carolina "
    # the other states and the largest cities (read beside other dollar countries' names, and before
    # the spellings no US writer uses: currency._spelling_currency)
    "Alabama Alaska Arkansas Connecticut Delaware Hawaii Idaho Indiana Iowa Kansas Kentucky Louisiana "
    "Maryland Massachusetts Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey "
    "New_Mexico North_Dakota South_Dakota Oklahoma Rhode_Island Tennessee Utah Vermont Wisconsin Wyoming "
    "Chicago Boston Denver Seattle Atlanta Detroit Philadelphia Baltimore Minneapolis Phoenix Dallas Houston "
    "Miami Los_Angeles San_Francisco Nashville "
    # territories whose money is the US dollar ("the Government of the Turks and Caicos Islands")
    "Turks_and_Caicos Puerto_Rico Guam"
)
# Every other country that writes "$", by the names it is known by ("Shire Council" is an
# Australian local government, a British shire spends pounds; New Zealand's regions and towns
# that share no name with a place elsewhere).
DOLLAR_COUNTRY_NAMES = {
    "AUD": "Australia Australias Australian Australians Canberra NSW New_South_Wales Queensland Victoria "
    "Victorian Tasmania Tasmanian Albanese Commonwealth_Government Sydney Melbourne Brisbane Adelaide "
    "Perth Hobart Northern_Territory TAFE Centrelink Shire_Council Shire_of Western_Australia Pilbara "
    "Kimberley Karratha Broome Geraldton Kalgoorlie Bunbury Port_Hedland Darwin Alice_Springs Cairns "
    "Townsville Gold_Coast Wollongong Geelong Ballarat Bendigo Launceston Dubbo Wagga_Wagga Tamworth "
    "Toowoomba Rockhampton Bundaberg Mildura Shepparton Albury Wodonga Lismore Coffs_Harbour Port_Macquarie "
    # a department only Australia's federal government has
    "Aged_Care",
    "CAD": "Canada Canadas Canadian Canadians Ottawa Ontario Quebec Québec Alberta British_Columbia Trudeau "
    "Carney Manitoba Saskatchewan Nova_Scotia New_Brunswick Newfoundland Yukon Nunavut Toronto Vancouver "
    "Montreal Montréal Winnipeg Calgary Edmonton Saskatoon Prince_Edward_Island Rideau_Hall Parliament_Hill "
    # (Ontario's and Nova Scotia's upper-tier councils: "the Regional Municipality of Durham")
    "Halifax Regional_Municipality "
    "Privy_Council_Office "
    # a tax, a police force and rural road names only Canada has ("$3,412,500 (plus HST)", "Range Road 184")
    "HST RCMP Range_Road Township_Road "
    # a councillor as Canadian papers abbreviate the title, and Ontario's members of its parliament
    "Coun MPP MPPs B.C.",
    "NZD": "New_Zealand New_Zealander New_Zealanders Wellington Aotearoa Auckland Christchurch Māori Maori "
    "Otago Southland Waikato Taranaki Northland Hawke's_Bay Bay_of_Plenty Manawatū Manawatu Whanganui "
    "Canterbury Marlborough Nelson_Tasman West_Coast_Regional Gisborne Napier Hastings_District "
    "Palmerston_North "
    "Dunedin Tauranga Rotorua Invercargill Te_Whatu_Ora "
    # bodies and a legal form only New Zealand has ("established as a Crown entity")
    "Crown_entity Crown_entities Kāinga_Ora Kainga_Ora Waka_Kotahi Oranga_Tamariki Pharmac Te_Pūkenga "
    # the Government's release site ("Beehive – Minister of Education")
    "Beehive "
    # the plan every New Zealand council adopts under its Local Government Act ("Long Term Plan 2025-2034")
    "Long_Term_Plan",
    "SGD": "Singapore Singaporean Singaporeans Jurong Tampines Changi Sentosa Punggol "
    # institutions only Singapore has (the Housing and Development Board, the Central Provident Fund)
    "HDB CPF ComCare SkillsFuture Workfare MINDEF Ministry_of_Manpower Workplace_Safety_and_Health_Council "
    "Urban_Redevelopment_Authority Land_Transport_Authority NParks JTC_Corporation",
    "HKD": "Hong_Kong Hong_Konger Hong_Kongers Kowloon New_Territories "
    # the Government's own name and districts and bodies only Hong Kong has
    "HKSAR Northern_Metropolis Sha_Tin Tuen_Mun Yuen_Long Tsuen_Wan Kwun_Tong Lantau LegCo",
    "FJD": "Fiji Fijian Fijians Suva SUVA Viti_Levu Vanua_Levu Lautoka Nadi Labasa Sigatoka Nausori Savusavu",
    "JMD": "Jamaica Jamaican Jamaicans Montego_Bay Portmore Spanish_Town",
    "BSD": "Bahamas Bahamian Bahamians Nassau Grand_Bahama New_Providence Family_Islands Exuma Eleuthera "
    "Abaco Andros",
    "GYD": "Guyana Guyanese Demerara Berbice Essequibo Bartica Lethem Rupununi Mahaica Moruca",
    "BMD": "Bermuda Bermudian Bermudians",
    "BZD": "Belize Belizean Belizeans Belmopan",
    "XCD": "Grenada Grenadian Grenadians Saint_Lucia St_Lucia St._Lucia Dominica Antigua Barbuda "
    "Saint_Kitts St_Kitts St._Kitts Nevis Saint_Vincent St_Vincent St._Vincent Grenadines Anguilla "
    "Montserrat Eastern_Caribbean",
    "KYD": "Cayman_Islands Caymanian Caymanians Grand_Cayman",
    "TTD": "Trinidad Tobago Trinidadian Trinidadians Port_of_Spain",
    "BBD": "Barbados Barbadian Barbadians Bajan Bajans Bridgetown",
    "NAD": "Namibia Namibian Namibians Windhoek",
    "SBD": "Solomon_Islands Solomon_Islander Solomon_Islanders Honiara",
    "WST": "Samoa Samoan Samoans Apia Savai'i Upolu",
    "TOP": "Tonga Tongan Tongans Nuku'alofa",
    "LRD": "Liberia Liberian Liberians Monrovia",
    "SRD": "Suriname Surinamese Paramaribo",
    "TWD": "Taiwan Taiwanese Taipei Kaohsiung",
    "BND": "Brunei Bruneian Bruneians Bandar_Seri_Begawan",
}
DOLLARS = CountryNames(
    {"USD": US_NAMES, **DOLLAR_COUNTRY_NAMES},
    prefixes={
        "USD": ("US",), "AUD": ("A", "AU", "AUD"), "CAD": ("C", "CA", "CAN"), "NZD": ("NZ",), "SGD": ("S",),
        "HKD": ("HK",), "FJD": ("FJ",), "JMD": ("J",), "BSD": ("B",), "GYD": ("G",), "BMD": ("BD",),
        "BZD": ("BZ",), "XCD": ("EC",), "KYD": ("CI",), "TTD": ("TT",), "BBD": ("BBD", "BDS"), "NAD": ("N",),
        "SBD": ("SI",), "WST": ("WS",), "TOP": ("T",), "LRD": ("L",), "SRD": ("SR",), "TWD": ("NT",),
        "BND": ("B",),
    },
)  # fmt: skip
# "Mayor Cr Janine Whitlock": the councillor's title of Australian local government; a place
# named "<Name> Shire" (the mayor of Karrabin Shire), but not a shire hall, horse or hotel.
AUSTRALIAN_LOCAL_GOVERNMENT = lazy(r"\bCr\s(?=[A-Z][a-z])|\b[A-Z][a-z]+\s+Shire\b(?!\s+(?:Hall|Horse|Hotel))")

# --- the other symbols several countries write ----------------------------------

_PHILIPPINES = (
    "Philippines Philippine Filipino Filipinos Manila Luzon Visayas Mindanao Cebu Davao Quezon_City"
)
SHARED_SYMBOL_COUNTRIES = {
    "Rs": CountryNames(
        {
            "INR": "India Indian New_Delhi Mumbai Kolkata Chennai Bengaluru Lok_Sabha Rajya_Sabha Karnataka "
            "Kerala Tamil_Nadu Maharashtra Uttar_Pradesh Gujarat Rajasthan Bihar Odisha West_Bengal "
            "Telangana "
            "Andhra_Pradesh Assam Madhya_Pradesh",
            "PKR": "Pakistan Pakistani Pakistanis Islamabad Karachi Lahore Rawalpindi Peshawar Quetta Sindh "
            "Balochistan Khyber_Pakhtunkhwa PSDP",
            "LKR": "Sri_Lanka Sri_Lankan Sri_Lankans Lanka Ceylon Colombo Kandy Galle Jaffna Kurunegala "
            "Anuradhapura Batticaloa Trincomalee Sabaragamuwa Mahaweli Grama_Niladhari "
            "Divisional_Secretariat Maha_season Yala_season",
            # (and its provinces and cities)
            "NPR": "Nepal Nepali Nepalese Kathmandu Pokhara Lalitpur Biratnagar Bharatpur Birgunj Janakpur "
            "Bagmati Koshi Madhesh Gandaki Lumbini Karnali Sudurpaschim",
            "MUR": "Mauritius Mauritian Mauritians Port_Louis Rodrigues",
            "SCR": "Seychelles Seychellois Mahé",
        }
    ),
    "K": CountryNames(
        {
            "ZMW": "Zambia Zambian Zambians Lusaka Copperbelt",
            "MWK": "Malawi Malawian Malawians Lilongwe Blantyre",
            "PGK": "Papua_New_Guinea Port_Moresby",
        }
    ),
    "P": CountryNames({"PHP": _PHILIPPINES, "BWP": "Botswana Batswana Motswana Gaborone Francistown"}),
    "Sh": CountryNames(
        {
            "KES": "Kenya Kenyan Kenyans Nairobi Mombasa Kisumu Nakuru",
            "UGX": "Uganda Ugandan Ugandans Kampala",
            "TZS": "Tanzania Tanzanian Tanzanians Dodoma Dar_es_Salaam Zanzibar",
        }
    ),
    "Dh": CountryNames(
        {
            "MAD": "Morocco Moroccan Moroccans Rabat Casablanca Marrakesh Marrakech Tangier Fez",
            "AED": "UAE United_Arab_Emirates Emirati Dubai Abu_Dhabi Sharjah",
        }
    ),
    "B$": CountryNames({"BSD": DOLLAR_COUNTRY_NAMES["BSD"], "BND": DOLLAR_COUNTRY_NAMES["BND"]}),
    # "742 billion pounds" in an article about Egypt are Egyptian pounds
    "pounds": CountryNames(
        {
            "GBP": "UK Britain British England English Scotland Scottish Wales Welsh London Westminster "
            "Whitehall Northern_Ireland",
            "EGP": "Egypt Egyptian Egyptians Cairo Alexandria",
            "SDG": "Sudan Sudanese Khartoum",
            "LBP": "Lebanon Lebanese Beirut",
            "SSP": "South_Sudan Juba",
            "SYP": "Syria Syrian Damascus",
        }
    ),
    # "150 billion francs" in a release from Dakar are CFA francs; from Kigali, Rwandan francs
    "francs": CountryNames(
        {
            "CHF": "Switzerland Swiss Geneva Zurich Bern Berne Lausanne Basel",
            "XOF": "Senegal Senegalese Dakar Côte_d'Ivoire Ivorian Abidjan Yamoussoukro Mali Malian Bamako "
            "Burkina_Faso Burkinabe Ouagadougou Niger Nigerien Niamey Togo Togolese Lomé Benin Beninese "
            "Cotonou Guinea-Bissau Bissau BCEAO UEMOA WAEMU",
            "XAF": "Cameroon Cameroonian Yaoundé Douala Gabon Gabonese Libreville Chad Chadian N'Djamena "
            "Brazzaville Central_African_Republic Bangui Equatorial_Guinea Malabo CEMAC BEAC",
            "RWF": "Rwanda Rwandan Rwandans Kigali",
            "BIF": "Burundi Burundian Bujumbura Gitega",
            "GNF": "Conakry",
            "DJF": "Djibouti Djiboutian",
        }
    ),
    # "6 billion CFA francs" from Yaoundé are Central Africa's (XAF); from Dakar, West Africa's (XOF)
    "CFA": CountryNames(
        {
            "XOF": "Senegal Senegalese Dakar Côte_d'Ivoire Ivorian Abidjan Yamoussoukro Mali Malian Bamako "
            "Burkina_Faso Burkinabe Ouagadougou Niger Nigerien Niamey Togo Togolese Lomé Benin Beninese "
            "Cotonou Guinea-Bissau Bissau BCEAO UEMOA WAEMU",
            "XAF": "Cameroon Cameroonian Yaoundé Douala Gabon Gabonese Libreville Chad Chadian N'Djamena "
            "Brazzaville Central_African_Republic Bangui Equatorial_Guinea Malabo CEMAC BEAC",
        }
    ),
    # "28 billion riyals" from Riyadh are Saudi riyals; from Doha, Qatari riyals
    "riyals": CountryNames(
        {
            "SAR": "Saudi Saudi_Arabia Saudis Riyadh Jeddah Mecca Makkah Medina Dammam NEOM",
            "QAR": "Qatar Qatari Qataris Doha",
            "OMR": "Oman Omani Omanis Muscat",
            "YER": "Yemen Yemeni Yemenis Sanaa Aden",
            "IRR": "Iran Iranian Iranians Tehran",
        }
    ),
    "dinars": CountryNames(
        {
            "TND": "Tunisia Tunisian Tunisians Tunis Sfax Sousse",
            "DZD": "Algeria Algerian Algerians Algiers Oran Constantine",
            "JOD": "Jordan Jordanian Jordanians Amman",
            "KWD": "Kuwait Kuwaiti Kuwaitis",
            "BHD": "Bahrain Bahraini Bahrainis Manama",
            "LYD": "Libya Libyan Libyans Tripoli Benghazi",
            "IQD": "Iraq Iraqi Iraqis Baghdad Basra Erbil",
            "RSD": "Serbia Serbian Serbians Belgrade",
        }
    ),
    # "40 million kroner" from Oslo are Norwegian kroner; "krona" from Reykjavik, Icelandic
    "kroner": CountryNames(
        {
            "DKK": "Denmark Danish Danes Copenhagen Aarhus Odense Aalborg Greenland Faroe_Islands",
            "NOK": "Norway Norwegian Norwegians Oslo Bergen Trondheim Stavanger Tromsø Storting",
        }
    ),
    "krona": CountryNames(
        {
            "SEK": "Sweden Swedish Swedes Stockholm Gothenburg Malmö Uppsala Riksdag",
            "ISK": "Iceland Icelandic Icelanders Reykjavik Reykjavík Althingi",
        }
    ),
    "pesos": CountryNames(
        {
            "PHP": _PHILIPPINES,
            # (and its states, largest cities and national water commission)
            "MXN": "Mexico Mexican Mexicans Jalisco Guadalajara Monterrey Nuevo_León Nuevo_Leon Puebla "
            "Oaxaca "
            "Chiapas Yucatán Yucatan Veracruz Sonora Chihuahua Tijuana Conagua CDMX",
            "ARS": "Argentina Argentine Argentines Argentinian Argentinians Buenos_Aires",
            "COP": "Colombia Colombian Colombians Bogotá Bogota",
            "CLP": "Chile Chilean Chileans Santiago",
        }
    ),
}
