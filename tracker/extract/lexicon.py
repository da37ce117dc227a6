"""Shared concepts of the extractor, kept once, as data.

Every kind reads the same lists: months and weekdays, parties and the
opposition, private-sector markers, past-time phrases, public-body head
nouns, role titles, staff nouns, honorifics, ranks and post-nominals. A rule
that needs one of these concepts builds its pattern from the list here (with
:func:`alternation`), so that a word added here is known to every kind.

The lists are plain words and phrases; the helpers below turn them into
regular-expression alternations (longest first, spaces as ``\\s+``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def words(text: str) -> tuple[str, ...]:
    """A whitespace-separated word list as a tuple (phrases are written with underscores)."""
    return tuple(w.replace("_", " ") for w in text.split())


def alternation(items: Iterable[str], *, plural: bool = False) -> str:
    """A non-capturing regex alternation of ``items``, longest first.

    Spaces inside a phrase match any run of whitespace. With ``plural`` an
    optional plural ending is added to each item.
    """
    suffix = r"(?:s|es)?" if plural else ""
    return "(?:" + _trie(set(items)) + ")" + suffix


def _trie(items: set[str]) -> str:
    """The alternation of ``items`` written as a prefix tree.

    The regex engine tries the branches of an alternation one by one at every
    position; sharing prefixes ("ministry|minister" as "ministr(?:y|er)") lets it
    give up after one character instead of trying every word. Longer words are
    still preferred to their prefixes: the tail after a shared prefix is
    optional and greedy, and branches are tried longest word first.
    """
    text, _ = _branches(items)
    return text


def _branches(items: set[str]) -> tuple[str, bool]:
    """The prefix tree of ``items`` and whether it has several top-level branches."""
    by_first: dict[str, set[str]] = {}
    ends = False
    for item in items:
        if item:
            by_first.setdefault(item[0], set()).add(item[1:])
        else:
            ends = True
    branches = []
    for first, rests in sorted(by_first.items(), key=lambda kv: (-max(map(len, kv[1])), kv[0])):
        head = r"\s+" if first == " " else re.escape(first)
        tail, several = _branches(rests)
        branches.append(head + (f"(?:{tail})" if several else tail))
    if ends:
        if not branches:
            return "", False
        return "(?:" + "|".join(branches) + ")?", False
    return "|".join(branches), len(branches) > 1


# --- time ---------------------------------------------------------------

MONTHS = words("January February March April May June July August September October November December")
MONTH_ABBREVIATIONS = words("jan feb mar apr jun jul aug sep sept oct nov dec")
WEEKDAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
SEASONS = words("spring summer autumn winter")
MONTH = alternation(MONTHS)
WEEKDAY = alternation(WEEKDAYS)
SEASON = alternation(SEASONS)

# Phrases that place an event before the announcement ("last year", "to
# date"). Each kind combines them with its own verbs.
PAST_TIME_PHRASES = words(
    "last_year last_month last_week last_spring last_summer last_autumn last_winter previously "
    "in_the_past so_far to_date earlier_this_year"
)
PAST_TIME = alternation(PAST_TIME_PHRASES)
# "three years ago", "since 2015", "over the past decade".
AGO = r"(?:\w+\s+)?(?:years?|months?|weeks?)\s+ago"
SINCE_YEAR = rf"since\s+(?:{MONTH}\s+)?(?:19|20)\d\d"

# --- parties, the opposition and other voices that are not the government ---

PARTIES = words(
    "Republican Democratic Democrat GOP Labor Liberal Green Labour Conservative Tory Lib_Dem "
    "Liberal_Democrat SNP Plaid Reform NDP Bloc Coalition Sinn_Féin Fianna_Fáil Fine_Gael Social_Democrats "
    # parties of other parliaments, by the names their English-language press uses
    "PiS Fidesz Jobbik ODS CDU CSU AfD FDP SVP VVD PVV Likud BJP ANC EFF IFP Democratic_Alliance "
    "APC PDP NPP LDP KMT PTI PPP "
    # Australia's National Party and Queensland's Liberal National Party, as the press names them
    "Nationals LNP"
)
PARTY = alternation(PARTIES)
# Plural or collective forms used as a speaker ("Republicans said").
PARTY_SPEAKERS = words(
    "Republicans Republican Democrats Democrat GOP Labor Liberals Liberal Greens Green Labour "
    "Conservatives Conservative Tories Lib_Dems Lib_Dem Liberal_Democrats SNP Reform_UK unions union"
)
# Analysts outside government whose figures are findings, not pledges ("the think tank says
# around £4bn ...", "its own analysis suggested ...", "a report by a budget watchdog estimated").
ANALYST_VOICES = words(
    "think_tank think-tank thinktank own_analysis own_estimate own_estimates own_modelling report_by "
    "study_by analysis_by"
)
# The opposition in a parliament that calls its sides Majority and Minority (Ghana, Nigeria, Kenya):
# "the Minority spokesperson on Health", "the Minority Caucus", "Minority Leader".
MINORITY_BENCH = (
    r"(?-i:Minority)\s+(?:(?:[\w-]+\s+){0,2}?(?:spokes(?:person|man|woman)|[Ll]eader|[Cc]aucus|MPs?"
)
MINORITY_BENCH += r"|[Cc]hief\s+[Ww]hip|[Ww]hip)|in\s+Parliament)\b"
# Words that mark a critic's or the opposition's voice (lower case).
OPPOSITION_WORDS = words("critic critics opposition shadow union unions")
# A party or bloc referred to by a pronoun or article ("his party would", "the alliance has
# promised"): in an article, the government is "the government", so such a group is a rival voice
# ("the bloc" is not one: news calls the EU that).
RIVAL_GROUPS = words("party alliance caucus")
# Members of a legislature or council as people, not the body: some of them proposing something is
# no decision of the body ("some legislators have proposed a $100 million fund").
LEGISLATORS = words(
    "legislators lawmakers senators MPs TDs MSPs MLAs MPPs backbenchers councillors councilors "
    "councilmembers assemblymembers representatives deputies members"
)
# What marks a plan as someone else's, set against the government's ("a competing plan").
RIVAL_PLAN_WORDS = words("competing rival alternative")
# How a parliament names the other side: "those opposite", "the members opposite".
OPPOSITE_SIDE = words("those_opposite members_opposite deputies_opposite senators_opposite the_other_side")
# Bodies that review the government and recommend or estimate what it should do: their
# recommendations and estimates are not the government's commitments.
REVIEW_BODIES = words(
    "inquiry commission committee review auditor auditors auditor-general coroner jury watchdog ombudsman "
    "panel taskforce report inspectorate"
)
# Conditions of an election not yet won ("if it won power", "if elected").
ELECTION_CONDITIONS = words("power office government election vote poll")
OPPOSITION_POSTS = words(
    "minister secretary treasurer chancellor attorney cabinet spokesperson spokesman spokeswoman"
)

# --- the private sector -------------------------------------------------

# Legal-form suffixes of companies.
COMPANY_SUFFIXES = words("Ltd plc PLC Inc LLC GmbH Corp Pty Limited")
# Nouns for private givers and employers (singular and plural written out).
PRIVATE_GIVERS = words(
    "private private-sector private_sector industry industries corporate commercial philanthropic charitable "
    "donor donors investor investors businesses company companies firm firms bank banks lender lenders "
    "carmaker carmakers "
    "manufacturer "
    "manufacturers developer developers operator operators retailer retailers plc Ltd Inc LLC philanthropist "
    "shipbuilder shipbuilders processor processors joint_venture joint_ventures "
    "philanthropists philanthropy philanthropies charity charities utility utilities nonprofit nonprofits "
    "non-profit non-profits "
    "not-for-profit NGO NGOs "
    # faith bodies ("A church congregation in Falealupo has pledged")
    "church churches congregation congregations parish parishes diocese dioceses mosque mosques "
    # mills and member-owned lenders ("A pulp and paper mill has announced it will spend", "Credit unions
    # provided a further €5 million in loans")
    "mill mills credit_union credit_unions building_society building_societies"
)
# Nouns that introduce a company by name ("battery maker X", "the developer, X,").
PRIVATE_DESCRIPTORS = words(
    "maker makers manufacturer manufacturers company firm developer housebuilder builder operator retailer "
    "supermarket chain bank lender insurer carmaker automaker miner producer supplier investor conglomerate "
    "startup start-up airline utility group corporation multinational business contractor contractors telco "
    "chipmaker chipmakers venture generator generators"
)
# More private givers: foundations, employers, providers, insurers, pension funds.
PRIVATE_GIVER_EXTRAS = words(
    "foundation foundations employers providers insurers pension_fund pension_funds housebuilders "
    # Australia's pension funds ("Superannuation funds have committed a further $1.8 billion")
    "superannuation_fund superannuation_funds super_funds "
    # the press's word for a company of a trade ("Property group X, which is building 540 apartments")
    "property_group property_groups media_group retail_group engineering_group construction_group "
    "energy_group mining_group insurance_group hotel_group hospitality_group logistics_group food_group "
    "supermarkets chains "
    "makers miners business_groups industry_groups employer_groups consortium consortia housing_associations "
    # the press's word for a large company of a trade ("a steel major", "the oil major")
    "steel_major oil_major mining_major energy_major pharma_major tech_major auto_major cement_major "
    # trade and employers' bodies ("The Retail Merchants Association said it would spend")
    "association associations chamber_of_commerce"
    # lenders outside government ("development finance institutions have expressed interest in lending")
    " development_finance_institutions DFIs"
    # service and sports clubs ("The Rotary Club has donated $80,000"); business improvement districts,
    # which spend the levy their businesses pay
    " club clubs business_improvement_district business_improvement_districts backers"
    # humanitarian societies that give from their own appeals ("New Zealand Red Cross said it would put
    # $1.5 million from its own appeal")
    " Red_Cross Red_Crescent Salvation_Army"
    # Māori tribal bodies, which give from their own settlements ("the iwi will contribute $2m")
    " iwi rūnanga runanga hapū"
    # the press's word for large technology companies ("pledges by US technology groups to invest £31bn")
    " technology_groups tech_groups tech_giants technology_giants"
)
# Collective nouns that, after "a"/"an", introduce a giver outside government ("a coalition of
# hospital systems", "a distillery group"): the government is never introduced with "a".
PRIVATE_COLLECTIVES = words("group coalition consortium syndicate co-operative cooperative")
# Private projects a sum sizes ("a £1.2bn battery factory"): the investor's money, not a grant.
PRIVATE_PROJECTS = words(
    "factory factories gigafactory gigafactories smelter smelters refinery refineries data_centre "
    "data_center manufacturing_plant manufacturing_plants"
)
# Countries and unions that pledge money to funds and appeals ("Ireland EUR 10 million" in a list of
# pledges names a giver, where "Anuradhapura Rs. 4.2 billion" in a list of allocations names a
# recipient).
DONOR_COUNTRIES = words(
    "Australia Austria Belgium Canada China Denmark Estonia Finland France Germany Greece Iceland India "
    "Ireland Italy Japan Korea Kuwait Latvia Lithuania Luxembourg Malta Netherlands New_Zealand Norway "
    "Poland Portugal Qatar Saudi_Arabia Singapore Slovakia Slovenia Spain Sweden Switzerland Turkey "
    "United_Arab_Emirates United_Kingdom United_States UK US USA EU European_Union European_Commission "
    "Team_Europe"
)
# The same countries' governments by their adjective ("the Australian Government has committed").
DONOR_ADJECTIVES = words(
    "Australian Austrian Belgian Canadian Chinese Danish Dutch Finnish French German Indian Irish Italian "
    "Japanese Korean Kuwaiti Norwegian Qatari Saudi Spanish Swedish Swiss Turkish Emirati British American"
)
# Countries whose money is not a dollar, with their capitals and adjectives: an article about one
# writes foreign sums in US dollars ("Egypt's $8 billion loan programme", "the $67 billion railway"),
# whatever else its bare "$" might mean.
NON_DOLLAR_COUNTRIES = words(
    "Egypt Egyptian Cairo Vietnam Vietnamese Hanoi Indonesia Indonesian Jakarta Kenya Kenyan Nairobi "
    "Morocco Moroccan Rabat Nigeria Nigerian Abuja Ghana Ghanaian Accra Ethiopia Ethiopian Addis_Ababa "
    "Uganda Ugandan Kampala Tanzania Tanzanian Zambia Zambian Lusaka Malawi Rwanda Senegal Algeria Tunisia "
    "India Indian New_Delhi Pakistan Pakistani Islamabad Bangladesh Bangladeshi Dhaka Sri_Lanka Colombo "
    "Nepal Philippines Philippine Filipino Manila Malaysia Malaysian Kuala_Lumpur Thailand Thai Bangkok "
    "Japan Japanese Tokyo China Chinese Beijing Korea Korean Seoul India Turkey Turkish Ankara "
    "Saudi_Arabia Saudi Riyadh Qatar Doha Kuwait Israel Jordan Iraq Iran Brazil Brazilian Brasilia "
    "Chile Chilean Santiago Mexico Mexican Argentina Argentine Buenos_Aires Colombia Colombian Bogota Peru "
    "Peruvian Lima Germany German Berlin France French Paris Poland Polish Warsaw Italy Italian Rome "
    "Spain Spanish Madrid Ukraine Ukrainian Kyiv "
    # Central Asia and the Caucasus, mainland South-East Asia, and more of Africa
    "Uzbekistan Uzbek Tashkent Kazakhstan Kazakh Astana Almaty Kyrgyzstan Kyrgyz Bishkek Tajikistan Tajik "
    "Dushanbe Turkmenistan Ashgabat Mongolia Mongolian Ulaanbaatar Tbilisi Armenia Armenian "
    "Yerevan Azerbaijan Azerbaijani Baku Cambodia Cambodian Phnom_Penh Laos Lao Vientiane Myanmar Yangon "
    "Naypyidaw Mozambique Mozambican Maputo Angola Angolan Luanda Cameroon Cameroonian Yaounde Madagascar "
    "Antananarivo Botswana Gaborone Sudan Khartoum"
)
# Aid agencies of other governments, whose grants a release reports beside its own money
# ("JICA has provided a PHP2.1-billion grant").
DEVELOPMENT_AGENCIES = words(
    "JICA USAID GIZ KfW AFD KOICA FCDO MFAT DFAT IFAD Global_Gateway "
    # United Nations agencies and funds that give relief in others' countries
    "UNICEF WFP World_Food_Programme UNHCR UNDP OCHA UNFPA IFRC Central_Emergency_Response_Fund "
    # and those that give technical help and health supplies ("The UN Food and Agriculture Organization
    # (FAO) will contribute")
    "FAO Food_and_Agriculture_Organization UNESCO ILO UNEP "
    # and the health agencies of the UN and the Americas ("the Pan American Health Organization, which is
    # providing US$1.2 million in technical support")
    "PAHO Pan_American_Health_Organization World_Health_Organization"
)
# The publishers at home with a donor: the European Union's own releases come from its Commission,
# Council or delegations ("European Commission", "EU Delegation to Fiji").
DONOR_PUBLISHERS = {"European Union": ("Europe", "EU ")}
# Lenders of other governments and of the world whose loans and facilities a release reports
# ("a US$150 million facility from the World Bank"): their money, not the announcer's; so is a
# loan from any development bank ("the Inter-American Development Bank").
MULTILATERAL_LENDERS = words(
    "World_Bank International_Monetary_Fund IMF European_Investment_Bank Development_Bank "
    "Export-Import_Bank Exim_Bank EXIM_Bank "
    "Asian_Infrastructure_Investment_Bank New_Development_Bank International_Development_Association IDA "
    "Global_Fund Gavi "
    # UN agencies and donor governments' aid agencies, whose grants are theirs
    "World_Food_Programme WFP UNICEF UNDP UNHCR USAID JICA KOICA"
    # donor governments' aid agencies by their full names ("the Korea International Cooperation Agency")
    " International_Cooperation_Agency"
    # the United Nations' own funds and programmes ("the United Nations Capital Development Fund"), and
    # the other funds and banks that lend or give to governments
    " United_Nations International_Finance_Corporation IFC European_Bank_for_Reconstruction_and_Development"
    " EBRD Green_Climate_Fund Global_Environment_Facility Global_Partnership_for_Education OPEC_Fund"
    " Afreximbank"
)
# Fundraising that a sum is the target of ("a £2m appeal"): money asked of donors.
FUNDRAISING_NOUNS = words("appeal appeals fundraiser fundraising crowdfunder crowdfunding")
# What private givers do with their money (stems; a word may continue: "invest" -> "investing").
PRIVATE_MONEY_VERBS = words(
    "invest donat contribut rais put_in commit spend spent add match lever attract unlock mobilis pour "
    "plough pencil hand given agreed_to_pay "
    # (a company that forgoes its fees: "The contractor, X, has agreed to waive $20 million in fees")
    "waiv forgo forego "
    "pump sunk sink lend loan pledg gave gift offer refund set_aside announc provid confirm make borrow pool "
    "co-fund co-financ co-invest promis arrang propos indicat_interest"
)
# Partners, public or not, whose own contribution beside the announced money is theirs, not the
# announcing government's ("the university is contributing £2m towards equipment").
# (and, in a release of a higher level of government, the other governments that co-finance:
# "The Polish authorities will provide", "the provinces are contributing")
PARTNER_FUNDERS = words(
    "university universities college colleges partners partner_organisations partner_organizations "
    "authorities provinces municipalities"
)
# What partners do with their own money (stems).
PARTNER_MONEY_VERBS = words("contribut put_in match add co-fund co-financ chip_in pledg commit provid")
# Another party's own announcement reported beside the article's ("The Lottery has separately
# awarded £3m", "the state government separately announced $65m"): what it did, as stems. Every
# labelled set so far counts such money as no pledge of the article, whoever the other party is.
SEPARATE_ANNOUNCEMENT_VERBS = words(
    "announc pledg commit confirm award sanction donat agre rais offer approv allocat grant provid said says "
    "invest spend spent contribut finalis finaliz negotiat arrang prepar financ"
)
# Words a private employer or project is called by (units and headcount).
PRIVATE_EMPLOYERS = words("company firm manufacturer retailer factory gigafactory")
# Words before "Corporation" that make it a public finance or development body, not a company
# ("the Industrial Development Corporation", "the National Reconstruction Fund Corporation").
PUBLIC_CORPORATION_WORDS = words(
    "Development Fund Finance Reconstruction Investment Housing Guarantee Export Credit"
)
# Last words of company names ("Pacific Valley Power").
COMPANY_NAME_ENDS = words(
    "Power Group Holdings Corp Corporation Motors Airlines Airways Technologies Industries Mining Minerals "
    "Steel Materials Chemicals Pharmaceuticals Electronics Semiconductor Semiconductors Marine Shipping "
    "Renewables Developments Properties Coaches Construction Ventures Logistics Buses Distillery "
    "Distilleries Brewery Breweries Foods Hotel Hotels Resorts Manufacturing Systems Dynamics Aerospace "
    "Robotics "
    "Metals Networks Mutual Textiles Railroad Refining Packaging Mobility Batteries Ammonia Aluminium "
    "Aluminum Cement Cooperative Co-operative Mines Insurance Insurers Assurance"
)
# Last words of the names of givers outside government that are not companies ("the Northern
# Habitat Builders Society", "the Pemberton Foundation").
# (and the volunteer groups that raise money for a hospital: "The Tallowood Hospital Auxiliary has donated")
NON_PROFIT_NAME_ENDS = words("Society Foundation Charity Philanthropies Auxiliary")
# What a company does, in a relative clause that describes a giver ("X, which operates a gold mine,
# will contribute"; "Y, which was selected to run the routes, will spend"): the giver is a business.
COMMERCIAL_ACTIVITY = words(
    "operates runs owns develops builds manufactures makes produces sells mines is_developing is_building "
    "is_planning was_selected was_chosen was_contracted was_hired won_the_contract has_been_selected"
)

# --- public bodies ------------------------------------------------------

# Verbs that end a body ("a previous government closed a marine rescue centre"): what they take
# existed before, and is not created.
CLOSURE_VERBS = words(
    "close closes closed closing shut shuts shutting shut_down shuts_down scrap scraps scrapped scrapping "
    "abolish abolishes abolished abolishing axe axes axed axing disband disbands disbanded disbanding "
    "dissolve dissolves dissolved dissolving wind_up winds_up wound_up"
)

# Head nouns of organisational units (SCHEMA rule 5 and issue 9).
BODY_HEADS = words(
    "unit team taskforce task_force command commission panel board council office centre center hub "
    "institute academy campus fund agency body authority corps cell directorate bureau inspectorate squad "
    "observatory secretariat service committee tribunal division group bank corporation administration "
    "registry forum reserve incubator accelerator network force squadron college brigade regiment battalion "
    "wing headquarters court trust museum branch "
    # a country's missions abroad
    "embassy consulate consulate-general desk"
)
# ...as written, singular and plural.
BODY_HEAD_FORMS = words(
    "unit units team teams taskforce taskforces task_force task_forces command commands commission "
    "commissions panel panels board boards council councils office offices centre centres center centers "
    "hub hubs institute institutes academy academies campus campuses fund funds agency agencies body bodies "
    "authority authorities corps cell cells directorate directorates bureau bureaus bureaux inspectorate "
    "inspectorates squad squads observatory secretariat service committee committees tribunal tribunals "
    "division divisions group groups bank banks corporation corporations administration administrations "
    "registry forum forums department departments ministry ministries partnership partnerships reserve "
    "incubator incubators accelerator accelerators network force forces squadron squadrons college colleges "
    "brigade brigades regiment regiments battalion battalions wing wings headquarters court courts "
    "embassy embassies consulate consulates consulate-general consulates-general desk desks trust trusts "
    "museum museums branch branches"
)
# Heads of working units that a text uses for one another ("a new specialist team ... known as
# the Rural Fraud Unit"): a description with one may be named by a name with another.
OPERATIONAL_HEADS = words("unit team squad cell taskforce task_force")
# Heads of money pots: written in lower case without a sum of their own ("a new hardship fund"),
# an unnamed fund is no unit (SCHEMA rule 5), only a creation the text may name elsewhere.
FUND_HEAD_FORMS = words("fund funds")
# Lower-case heads that only say a body is created ("a new standards office", "a new body"):
# the unit is the proper name the text gives it.
EVENT_HEAD_FORMS = words(
    "office offices authority authorities body bodies regulator organisation organization department "
    "ministry company board council service corporation corporations"
)
# Heads that name a unit even in lower case ("a new fraud squad").
DESCRIPTIVE_HEAD_FORMS = words(
    "unit units team teams taskforce taskforces task_force task_forces command commands hub hubs fund funds "
    "agency agencies cell cells squad squads corps centre centres center centers panel panels commission "
    "commissions institute institutes directorate directorates"
)
# What a lower-case clinical or service unit treats or serves ("a dialysis unit", "a ward team"),
# or the homes a housing unit is ("a new affordable unit"): such units are facilities, care teams
# or dwellings, not organisational bodies.
SERVICE_MODIFIERS = words(
    "ward clinical dialysis cardiac cardiology stroke maternity renal cancer oncology diagnostic surgical "
    "health medical care hospital research laboratory lab treatment rehabilitation intensive_care "
    "emergency_department day_surgery outpatient mental_health affordable rental residential dwelling "
    "apartment "
    # places and venues: "a new town centre", "a new leisure centre", "a data centre"
    "town city village shopping civic leisure sports visitor visitors conference convention data "
    "distribution logistics community support"
)
# Heads of programmes and schemes money goes through ("Town Renewal Acceleration Scheme").
PROGRAMME_HEADS = words(
    "scheme schemes programme programmes program programs initiative initiatives plan plans partnership "
    "partnerships project projects challenge network strategy package grant grants"
)
# Heads of the names of public works ("the N80 Stradbally Bypass", "the Hunter Valley Rail Line"):
# what "the project" or "the scheme" of a transport or works release refers back to.
WORKS_HEADS = words(
    "Bypass Highway Motorway Expressway Freeway Road Bridge Viaduct Tunnel Interchange Link Corridor Railway "
    "Line Busway Tramway Metro Crossing Roundabout Junction Terminal Dam Reservoir Pipeline Seawall "
    "Breakwater Wharf Quay Marina Airport Port Harbour Station Greenway"
)
# Words that follow "New" in place names ("New Zealand Conservation Authority"): there "New"
# is part of the name, not a sign that the body is new.
NEW_PLACE_WORDS = words(
    "Zealand York South_Wales Jersey Mexico Brunswick Hampshire Delhi England Orleans Caledonia Guinea "
    "Westminster Forest Territories Haven Plymouth Town"
)
# Kinds of group that are bodies ("working group").
GROUP_KINDS = words("working advisory steering reference expert")
# Nouns that stand for a body without naming it ("a new arm's-length body").
BODY_NOUNS = words("body agency authority organisation organization entity regulator")
# Words in a name that say it is an organisation ("... Office", "... Trust").
ORGANISATION_WORDS = words(
    "Office Department Ministry Ltd Limited plc Agency Board Council Government Authority Service NHS "
    "Commission Trust Executive Committee Regulator Bank Command Force Police Army Navy University Institute "
    "Foundation Unit Team Administration Parliament Assembly Court"
)
# Generic public employers ("the council will hire ...").
PUBLIC_EMPLOYERS = words(
    "government department ministry council agency office authority service unit taskforce team commission "
    "board trust NHS state province federal city county municipality we"
)
# Words that mark a speaker as a public body or office holder ("Lancashire County Council said it would
# add", "the Army said it would invest"): a body saying it will give money that has none of them is
# a company, charity, association or party putting in its own ("The Theatres Trust ... said it would put").
PUBLIC_SPEAKER_WORDS = words(
    "government governments ministry ministries department departments treasury council councils prefecture "
    "state states province provincial federal city county municipality municipal borough executive "
    "administration army navy military defence defense agency authority commission office NHS board service "
    "minister ministers secretary premier mayor governor president cabinet police hospital health "
    "he she it we"
)
# Who gives public money (a recipient is never one of these).
GIVERS = words("government ministry department treasury office secretary minister chancellor")

# --- people -------------------------------------------------------------

# Where ministers are sworn in, which a post's title does not run into ("sworn in as Minister of
# Finance at Rideau Hall").
CEREMONY_PLACES = words(
    "Rideau_Hall Government_House Buckingham_Palace Rashtrapati_Bhavan Raj_Bhavan State_House Malacanang"
    " Istana"
)

# Titles of posts (singular; plurals are matched with an "s").
ROLE_TITLES = words(
    "holder "
    "chief executive director chair chairs chairman chairwoman chairperson minister secretary commissioner "
    "envoy ambassador adviser advisor head leader president governor officer member lead trustee judge "
    "editor deputy manager controller registrar inspector ombudsman representative coordinator "
    "investigator facilitator rapporteur mediator "
    "co-ordinator tsar czar "
    "boss principal dean rector provost consul attorney auditor comptroller surgeon commander chancellor "
    "counsel clerk whip spokesperson spokesman spokeswoman champion administrator superintendent constable "
    "general marshal admiral treasurer solicitor advocate regulator high_commissioner ceo cfo coo "
    "non-executive chief_of_staff convenor convener moderator warden laureate curator justice ombudsperson "
    "ombud "
    "undersecretary adjutant headteacher headmaster headmistress matron delegate commandant prosecutor "
    "examiner actuary coroner sheriff magistrate lord_in_waiting baroness_in_waiting liaison premier "
    "taoiseach tánaiste collector cecm officer-in-charge secretaries deputies conservator prefect "
    # a government's special representative in Central Europe; a South African provincial minister
    # (Member of the Executive Council); an independent reviewer of legislation
    "plenipotentiary mec reviewer "
    # Indian police ranks by their initials ("goes to Bareilly as SSP")
    "ssp dsp dgp igp adgp "
    # a council's mayor, whom councillors elect ("Councillors elected Cr Hannah Nguyen as mayor")
    "mayor "
    # a council's senior professional posts ("appointed Senior Planner in charge of the new unit")
    "planner "
    # a unit's first-line head ("named Sgt. ⟨P⟩ as the hub's first supervisor")
    "supervisor "
    # a hospital's senior doctors ("has been appointed consultant geriatrician")
    "consultant "
    # those who judge applications, disputes or claims for a fund or a body ("appointed ⟨P⟩ as
    # independent assessor for the fund")
    "assessor adjudicator arbitrator "
    # titles joined to a word before them, which a word-by-word reading does not split
    "under-secretary vice-chancellor vice-chair vice-chairman vice-chairperson vice-president co-chair"
)
# Te reo Māori words for a body that New Zealand releases use in English text ("will chair the rōpū",
# "the poari"), with and without macrons.
MAORI_BODY_NOUNS = words("rōpū ropu poari komiti rūnanga runanga kāhui kahui tari")
# Seats one is appointed to rather than titles ("appointed to the board").
SEAT_NOUNS = words("board council committee panel cabinet post role")
ROLE_WORDS = frozenset(
    {w for w in ROLE_TITLES if " " not in w}
    | set(SEAT_NOUNS)
    | set(words("members directors trustees commissioners secretaries"))
)
# ("Aunty" and "Uncle": Aboriginal and Torres Strait Islander honorifics for elders;
# "Shri", "Smt" and "Kumari": Indian official style)
HONORIFICS = words(
    "Mr Mrs Ms Miss Mx Dr Prof Professor Rt Hon Right Honourable Cllr Councillor Rev Reverend Aunty Uncle "
    "Shri Sri Smt Shrimati Kumari Engr Eng Arc Barr Barrister Alhaji Hajia Hajiya Puan Encik Cik Datuk Dato "
    "Seri Datin Haji Hajjah Cr Mallam Malam Atty Thiru Tmt Selvi Maître Mdm Madam Emeritus Emerita "
    # a South African advocate's style ("Advocate Thandi Dube", "Adv. Dube"); a Ghanaian chief's
    "Advocate Adv Nana "
    # a Fijian chiefly title ("Adi Litia Qalo"; "Ratu" is written as part of the name)
    "Adi "
    # a First Nations elder's style ("Elder Robert Sam")
    "Elder "
    # a Malaysian professional engineer's title ("Ir Dr Norhayati Zainal")
    "Ir "
    # US boards' and councils' styles for their members ("Regent Carolyn Duffy", "Trustee Ana Ortiz",
    # "Alderman Joe Price")
    "Regent Trustee Alderman Alderwoman Alderperson "
    # the Gulf's and the Arab world's styles of women of rulers' families ("Sheikha Mai Al Khalifa",
    # "Princess Reema bint Bandar"); not "Sheikh" or "Prince", which are also surnames and given
    # names ("Imran Sheikh", "Prince Mahlangu")
    "Sheikha Shaikha Princess Sayyida"
)
# Indian all-India and central services, written after an officer's name as a post-nominal
# aside ("Shri A. Rao, IAS, Joint Secretary, has been appointed ...").
SERVICE_POSTNOMINALS = words(
    # (and the railway services: mechanical, electrical, signal, stores, accounts, personnel engineers)
    "IAS IPS IFS IRS IRTS IAAS ICAS IDAS IES ISS IRSE IPoS IRSME IRSEE IRSSE IRSS IRAS IRPS IRPFS IDES"
)
# Family names that come first in Chinese names as Singapore and Malaysia write them ("Tan Boon
# Keat"): the name is kept whole, as no middle name can be dropped from it.
CHINESE_FAMILY_NAMES = words(
    "Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia Seah Foo Leong "
    "Lau Kwek Heng Quek Phua Yap Yong Loh Pang Chew Choo Soh Tham Wee Chin Liew Lai Tang Cheng Kang"
)
# Styles kept as part of a UK name ("Sir Alan Brent").
STYLES = words("Sir Dame Lord Baroness Lady")
RANKS = words(
    "General Lieutenant Major Brigadier Colonel Captain Commander Admiral Vice Rear Marshal Air Chief "
    "Commodore Sergeant Corporal Private Lt Gen Col Maj Capt Cdr Adm Brig Constable Superintendent "
    "Inspector Detective Commissioner Det Ch Supt Insp Sgt DCI DSI DIG AIG IG IGP SSP DSP ASP COP DCOP ACP "
    "CSP CP DCP Sheriff Undersheriff"
)
# Pay grades written before a staff noun ("200 Band 5 nurses", "Grade 7 officials"): the number
# after one is part of the role, not a count.
PAY_GRADE_WORDS = words("band grade level tier")
# Words after a hyphen that make a compound adjective, not a given name's second syllable
# ("Glasgow-based", "Labour-led"; a Hong Kong given name is written "Chi-wing").
COMPOUND_SUFFIXES = words(
    "based led owned run born funded backed style wide level term year old sized scale like free only "
    "type class made bound friendly focused"
)
# Words that open sentences: pronouns, determiners, conjunctions and the commonest prepositions. After
# an initialism ("B.C.", "N.S.W."), which may end a sentence or stand inside a name, only one of these
# shows that a new sentence starts ("to open the B.C. Benefits Navigation Centre", but "in Washington,
# D.C. The agency").
SENTENCE_OPENERS = words(
    "The A An It Its He She His Her They Their We Our I This That These Those There Here In On At For "
    "From With By After Before During Since Until While When If As But And Or So Yet However Meanwhile "
    "Officials Ministers Today Yesterday Last Next Under Over Some Many Most Each Every No One Both All"
)
# Abbreviations inside the names of places and bodies ("St. Jerome Irrigation District", "Mt. Hope"):
# their full stop ends no phrase.
NAME_ABBREVIATIONS = words("St Mt Ft")
# Abbreviated titles written with a full stop ("Lt. Gen.", "Dr.").
TITLE_ABBREVIATIONS = words(
    "Lt Gen Col Maj Capt Cdr Adm Brig Sgt Dr Mr Mrs Ms Prof Rev Hon Rt Cllr Sen Rep Gov Insp Supt Det Engr "
    "Eng Arc Barr Smt Atty Tmt Adv"
)
# Post-nominals and name suffixes: a run of capitals ("CBE", "KC"), degrees written with full
# stops as US releases write them ("M.D.", "M.P.H.", "Ph.D.", "Ed.D."), or these.
DOTTED_DEGREE = r"(?:[A-Z][a-z]?\.){2,4}"
POSTNOMINAL = rf"(?:[A-Z]{{2,5}}|{DOTTED_DEGREE}|Gen\.?|KC|QC|Bt|Jr\.?|Sr\.?)"
# The post-nominals releases write after names: honours, offices and degrees. A run of capitals
# after a name that is none of these is a family name written in capitals, as francophone and
# Malagasy releases write them ("Mr Abdoulaye Ndiaye FALL", "Mrs Nadège ONDO EYENE"): four letters
# or more, or any length after "Mr", "Mrs" or "Dr".
KNOWN_POSTNOMINALS = words(
    "MP MLA MPP MNA MHA MHK MSP MS TD QC KC SC JP DL OBE MBE CBE KBE DBE GBE KCB GCB CB KCMG GCMG CMG KCVO "
    "GCVO CVO LVO MVO OM CH AO AC AM OAM PSM APM AFSM ESM CSC DSC DSO MC VC GC PC MEP MLC FRS FRSE FREng "
    "FRCP FRCS FRCGP FRCN FRCPath FRACS FRACP FAICD PhD MD BA MA BSc MSc MBA LLB LLM RN QSO ONZM CNZM KNZM "
    "DCNZM MNZM QSM ONZ QPM KPM CStJ OStJ SBS GBS BBS MH IDSM PVSM AVSM VSM SM IAS IPS IFS MNI MON OFR CON "
    "GCON OON MFR"
)
# The portfolios an office is "of" or "for", as written between the office and its holder's name
# ("Secretary of Transportation Wallace Greer", "Minister for Health Jane Roe").
PORTFOLIO_WORDS = words(
    "Transportation Transport Health Education Defense Defence State Labor Labour Agriculture Commerce "
    "Energy Finance Justice Treasury Interior Housing Veterans Homeland Security Environment Employment "
    "Revenue Corrections Public Safety Human Services Natural Resources Tourism Trade Industry Culture "
    "Foreign Home Affairs Immigration Infrastructure Planning Police Policing Children Families Health "
    "Economic Development Workforce Commerce Administration and"
)
# Of those, the members of a legislature (written after a name, and in the press before it with the
# member's seat: "Clare TD Gráinne Ní Bhriain").
MEMBER_POSTNOMINALS = words("MP MLA MPP MNA MHA MHK MSP MS TD MEP MLC")

# --- staff --------------------------------------------------------------

# Plural staff nouns of public services in several countries.
STAFF_NOUNS = words(
    # police, justice, security, defence
    "officers officials staff personnel specialists investigators agents inspectors examiners constables "
    "sergeants "
    "PCSOs detectives guards soldiers troops sailors marines reservists troopers deputies sheriffs gendarmes "
    # (a military air arm's flying crews: "recruit and train 36 additional aircrew")
    "aircrew "
    "dispatchers handlers prosecutors defenders judges magistrates lawyers solicitors barristers attorneys "
    "paralegals clerks bailiffs wardens marshals coastguards lifeguards firefighters rangers spies diplomats "
    "interpreters translators linguists screeners auditors assessors caseworkers "
    # health and care
    "nurses midwives doctors GPs registrars consultants paramedics EMTs surgeons physicians clinicians "
    "anaesthetists anesthetists psychiatrists psychologists therapists physiotherapists radiographers "
    "radiologists sonographers pathologists pharmacists dentists hygienists optometrists audiologists "
    "dietitians podiatrists carers aides orderlies porters medics responders veterinarians "
    # education
    "teachers assistants lecturers professors academics tutors mentors instructors trainers educators "
    "coaches librarians headteachers headmasters headmistresses principals paraprofessionals paraeducators "
    # academic posts a research fund creates ("40 research fellows", "25 assistant professorships");
    # (not "chairs": labellers differ on research chairs, and board chairs are appointments)
    "fellows postdocs professorships lectureships readerships "
    "counsellors counselors "
    # technical and professional
    "advisers advisors analysts engineers scientists physicists technologists technicians statisticians "
    "economists researchers ecologists biologists hydrologists geologists epidemiologists surveyors "
    "planners architects managers administrators coordinators navigators controllers operators pilots "
    "drivers mechanics electricians accountants experts professionals practitioners workers employees "
    "cleaners chaplains recruits "
    # public-service roles in several countries
    "gardaí gardai ambassadors interrupters enablers navigators stewards attendants officiants caretakers "
    "geriatricians paediatricians pediatricians obstetricians gynaecologists dermatologists neurologists "
    "cardiologists oncologists haematologists immunologists virologists microbiologists toxicologists "
    "coders programmers supervisors deckhands seafarers crew crews enforcers intermediaries patrolmen "
    "patrolwomen "
    "attachés attaches "
    "maintainers recorders operatives promoters connectors "
    # museums, archives and heritage
    "conservators conservationists restorers curators archivists archaeologists liaisons "
    # parks, streets and buildings
    "arborists gardeners groundskeepers foresters labourers laborers janitors custodians "
    # posts, not people
    "posts roles jobs vacancies positions hires"
)
# Nouns a staff noun only describes ("600 staff houses", "250 police vehicles"): buildings and
# equipment for staff, not staff.
# Public services' staff in the singular, as they name posts ("officer positions", "nurse posts").
PUBLIC_POST_NOUNS = words(
    "officer nurse teacher constable firefighter paramedic midwife caseworker inspector ranger deputy "
    "trooper warden prosecutor magistrate detective sergeant dispatcher"
)
STAFF_FACILITY_NOUNS = words(
    "houses housing quarters accommodation hostels residences flats dormitories canteens rooms lounges "
    "vehicles cars vans motorcycles motorbikes uniforms equipment "
    # the areas a force is divided into ("across the 12 police districts")
    "districts divisions areas regions zones "
    # the bodies that employ them ("hiring grants to 190 police departments")
    "departments agencies forces stations precincts"
)
# Buildings and works a sum pays for, named by their common noun after it ("a £22.2 million research
# institute", "a $31 million central library"): what the money builds is its recipient.
FACILITY_NOUNS = words(
    "library libraries hospital hospitals clinic clinics institute institutes museum museums theatre theater "
    "stadium arena school schools college campus laboratory laboratories lab labs depot depots "
    "station stations bridge bridges terminal terminals courthouse prison prisons jail ward wards wing "
    "buildings complex park parks plaza square pavilion gallery galleries"
)
# The heads of a force's or service's name whose members are its staff ("1,200 members of the
# Tactical Response Team units", "500 members of the Defence Force").
FORCE_MEMBER_HEADS = words("Police Policing Force Forces Guard Corps Army Navy Constabulary Gendarmerie")
# Emergency telephone numbers, written before the staff who answer them ("18 additional 911
# dispatchers", "999 call handlers"): a modifier, never a count.
EMERGENCY_NUMBERS = words("911 999")
# Owners that make a company public ("a wholly owned company", "the council-owned company"): written
# before "-owned" or " owned".
PUBLIC_OWNERS = words("wholly jointly publicly council state government city municipally municipal")
# Words that make "members" a force's staff ("9,300 sworn members", "500 Garda members"): police
# services in several countries count their officers as members.
STAFF_MEMBER_MARKERS = words(
    # ("320 additional regular members": a Canadian police force's officers)
    "sworn uniformed Garda garda operational frontline front-line regular ADF Reserve Force Defence Defense "
    "faculty Guard force forces brigade crew"
)
# Words of a body's name after which "in" introduces its field, inside the name ("Centre of
# Excellence in Quantum Biology", "Institute for Research in Public Health").
NAME_WORDS_BEFORE_FIELD = words("Excellence Research Studies Innovation")
# A country's missions abroad, named with their city: "Embassy of Ireland in Manila", "Consulate
# General in Lagos", "High Commission in Suva".
MISSION_HEADS = words("Embassy Consulate Consulate-General General Commission")
# Words that make "trainees" a force's recruits ("1,000 Garda trainees", "police trainees"): a
# force takes its officers in as trainees, where other trainees are people on a course.
STAFF_TRAINEE_MARKERS = words(
    "Garda garda police Police prison Prison army Army military "
    # trainees of a public service's own grades, hired into paid posts ("2,200 air traffic controller
    # trainees"); not "teacher trainees" or "nurse trainees", students of a course
    "controller firefighter paramedic probation correctional corrections dispatcher"
)
# Endings of specialists' names ("geriatricians", "radiographers", "physiotherapists"):
# any word with one of these endings is a staff noun.
STAFF_SUFFIXES = words("ologists iatricians iatrists ographers otherapists")
# Verbs whose object is always people taken into a workforce ("will assign 60 underwriters"):
# the noun after them is staff, whether or not it is in STAFF_NOUNS.
PEOPLE_HIRING_VERBS = words(
    "hire hiring recruit recruiting employ employing assign assigning redeploy redeploying"
)
# Collective nouns for a body's staff ("the total seasonal workforce", "its staff complement").
WORKFORCE_NOUNS = words("workforce staff complement headcount staffing")
# Plural nouns that are never staff, though they follow a hiring verb and a number
# ("train 500 apprentices", "fund 40 projects", "add 300 beds").
NOT_STAFF_NOUNS = frozenset(
    words(
        "years months weeks days hours times apprentices students trainees pupils learners graduates "
        "patients residents households families children homes houses places beds projects schemes "
        "programmes programs grants businesses firms companies vehicles buses trains cars cameras units "
        "sites schools hospitals clinics stations routes miles kilometres hectares tonnes vessels boats "
        "ships aircraft helicopters drones ambulances vans trucks lorries devices laptops computers "
        "participants applicants customers visitors passengers users members volunteers people"
    )
)
# Voices other than the government's: their figures are claims or demands.
THIRD_PARTY_VOICES = words(
    "critic critics opposition union unions association associations federation federations "
    "campaigners campaigner advocates advocate charity charities minority"
)
# Nouns for posts rather than people: a public hirer must be named.
POST_NOUNS = words("posts roles jobs vacancies positions hires")

# --- names --------------------------------------------------------------

# Given names written short with a full stop, part of the name ("Ma. Cristina Ledesma", "Mohd.
# Razali", "Md. Abdul Karim", "Wm. Hart").
GIVEN_NAME_ABBREVIATIONS = words("Ma Mohd Muhd Md Wm Chas Geo Jos Thos Jas")
# Particles inside a personal name ("Áine Ní Bhriain", "Ruud van Dijk").
# ("Te" inside Māori names: "Mere Te Rangi"; "anak" in Iban names: "Jonathan Nyipa anak Ngau")
NAME_PARTICLES = words(
    "de van von da di del della du dos das bin bint binti binte bte anak al le la Ní Nic Mac Ó Uí "
    # Welsh "ap", Kalenjin "arap", Kikuyu "wa"; "son of"/"daughter of" in Singapore and Malaysia
    "ter den der Te ap arap wa s/o d/o a/l a/p"
)
# Particles that may also open a given name ("Te Aroha Parata", "Te Ururoa Flavell"): kept at the
# start of a name when a given name and a family name follow.
GIVEN_NAME_PARTICLES = words("Te")
# Capitalised words of office that, written right before a surname, make it a
# person ("Minister Kerrigan", "Senator Kowalczyk", "Deputy Calleary").
NOT_NAME_TITLES = frozenset(
    words(
        "Minister Ministers Secretary Senator Representative Rep Sen Gov Governor Mayor Premier President "
        "Commissioner Chair Chairman Chairwoman Director Judge Justice Ambassador Envoy Treasurer "
        "Chancellor Speaker Councillor Cllr Superintendent Inspector Detective Constable Sergeant Officer "
        "Agent Taoiseach Tánaiste Attorney Auditor Controller Registrar Ombudsman Bishop Archbishop Coroner "
        "Sheriff Marshal Warden Principal Professor Dean Provost Rector Assemblymember Congressman "
        "Congresswoman Councilmember Alderman Delegate Trustee Member Backbench Backbencher MP MPs Charge"
    )
)
# Office words that are also surnames ("Sara Dean", "Ann Marshal"): at the end of a
# name they are the surname.
SURNAME_TITLES = frozenset(
    words(
        "Dean Judge Marshal Warden Clerk Sheriff Bishop Major Chancellor Mayor Constable Sergeant Porter "
        "Provost Deacon Sen Rector Holder"
    )
)
# Capitalised words that are never part of a person's name in announcements:
# offices, bodies, departments, nationalities, and words that open sentences.
NOT_NAME_WORDS = frozenset(
    {w.capitalize() for w in ROLE_TITLES if " " not in w}
    | {f"{w.capitalize()}s" for w in ROLE_TITLES if " " not in w}
    | {f"{w.capitalize()[:-1]}ies" for w in ROLE_TITLES if " " not in w and w.endswith("y")}
    | {w.capitalize().rstrip("s") for w in STAFF_NOUNS if w.islower() and w.endswith("s")}
    | {w.capitalize() for w in STAFF_NOUNS if w.islower()}
    | {w.capitalize() for w in BODY_HEAD_FORMS if " " not in w}
    | {w.capitalize() for w in PAY_GRADE_WORDS}
    | set(NOT_NAME_TITLES)
    | set(
        words(
            # Māori tribal names written after a person's name ("Tania Rewiti (Ngāti Porou)")
            "Ngāti Ngati Ngāi Ngai "
            "Social Care Safety Media Sport Skills Trade Industry Energy Development Affairs Justice Policy "
            "Services Housing Communities Environment Food Rural Science Technology Innovation Business "
            "Enterprise Digital Climate Equality Employment Training Veterans Recovery Growth Prevention "
            "Humanitarian Integrated Network Programme Scheme Strategy Trust School Schools College "
            "University Hospital Hospitals Partnership Alliance Review The A An This That These Those It He "
            "She They We I His Her Their Our Its Former Incoming Outgoing New Acting Interim Vice Department "
            "Government Ministry NHS Police Federal Australian British UK US U.S. EU European Health Defence "
            "Home Foreign Security Olympic Labour Conservative Tory Party Prime State Cabinet Culture "
            "Education Transport Work Pensions Today Yesterday Tomorrow Scottish Welsh Irish English "
            "Canadian Research Studies Sciences Sociologist Economist Epidemiologist Academic Historian "
            "Journalist Activist Entrepreneur Businessman Businesswoman Criminologist Anthropologist "
            "Psychologist Lawyer Accountant Jurist "
            # a district's electoral areas ("Area C director ⟨P⟩")
            "Area "
            # places of worship named like people ("pastor of Greater Mount Zion Baptist Church")
            "Church Chapel Cathedral Mosque Temple Synagogue Baptist Methodist Presbyterian "
            # the first words of place names ("a retired banker from Port Ashford")
            "Port Fort Cape Mount Lake "
            # callings written before a name like a title ("Film-maker Lim Mei Ling has been appointed")
            # (not those that are also surnames: "Farmer", "Baker", "Taylor")
            "Film-maker Filmmaker Playwright Novelist Poet Author Artist Broadcaster Composer Musician "
            "Choreographer Curator Architect Engineer Scientist Barrister Solicitor Designer Actor Actress "
            "Athlete Campaigner "
            # a council resolution's verbs, which open its items ("Appoints Jo Bell as Chief Executive")
            "Appoints Appoint Approves Approve Resolves Endorses Adopts Authorises Authorizes Delegates "
            # the parts of a department a civil servant's post is in ("Expenditure Management Sector")
            "Sector Management Expenditure Branch Wing Operations Finance Planning Statistics Administration "
            "Accounts Treasuries Revenue Procurement Tax Taxation Customs Audit Property Estates Lands "
            "Chamber "
            "American National Royal According Under Speaking Asked Writing Announcing Commenting Honourable "
            "Hon Right In On At By For From With As After Before During Over Among Since Until While When "
            "Where If Separately Meanwhile Also However And But Or So Then Both All Each Every No Not Of To "
            "Dear Congratulations Welcoming Responding Following Later Earlier Last Next First Second Third "
            "Public Parliament Parliamentary Assembly Senate House Congress Executive Legislative Court "
            "Supreme High Local Regional County City District Provincial Municipal Northern Southern Eastern "
            # a metropolitan area's first word ("Greater Manchester's Transport Commissioner") and the
            # words of peoples ("Torres Strait Islander nurse and midwife ⟨P⟩")
            "Greater Metropolitan Islander Islanders "
            "Western North South East West Central Inter Under Assistant Associate Special Senior Junior "
            "General Lord Lady Sir Dame Baroness Mr Mrs Ms Miss Mx Dr Prof Cllr Rev Hon Garda Gardaí Army "
            "Navy Air Force Forces Border Patrol Coast Guard Coastguard Fire Rescue Ambulance Paramedic "
            "Nominee Appointee Designee Biography Background Notes Editors Staff Operations Intelligence "
            "Financial Finance Economic Economy Strategic Performance Quality Standards Resilience Delivery "
            "Infrastructure Planning Water Marine Maritime Coastal Regional Policing Crime Victims Children "
            "Families Youth Older Disability Disabilities Mental Primary Secondary Community Communities "
            # the harms a commissioner or unit is named for ("Domestic and Family Violence Commissioner")
            "Violence Domestic Family Abuse Sexual Harassment Homelessness Poverty Addiction Gambling "
            "Trafficking Slavery Exploitation Safeguarding "
            # the groups a department is named for ("Department for Education, Children and Young People")
            "People Persons Citizens Residents Carers Seniors Elders "
            "Ltd Limited plc PLC Inc LLC GmbH Corp Corporation Group Holdings Company "
            # a campaign's or club's name ("Fairhaven Renters United", "Leeds United")
            "United Incorporated Iwi Bhavan Bhawan "
            # portfolio words that stand right before a minister's name ("Deputy Minister of Cooperative
            # Governance Sipho Dlamini")
            "Governance Affairs Development Resources Relations Enterprise Trade Energy Environment "
            "Agriculture Fisheries Forestry Tourism Heritage Housing Industry Employment Welfare Arts Sport "
            # the last words of co-operatives', utilities' and firms' names ("the Eastern Carrow Electric
            # Cooperative")
            "Cooperative Co-operative Electric Utilities Mutual Society Industries Technologies "
            "Pharmaceuticals Airlines Airways "
            # the words of benefits' and agencies' names ("Pension Age Heating Payment", "the Office for
            # Economic Affairs and Export Control"), which no person's name holds
            "Control Export Import Regulation Protection Enforcement Payment Payments Allowance Allowances "
            "Benefit Benefits Welfare Support Supply Heating Fuel Transit Railways Airport Airports Highways "
            "Motorways "
            # verbs that open a decision's item: "Appoint Helen Aspinall as", "Approving X"
            "Appoint Appointing Approve Approving Note Noting Agree Agreeing Authorise Authorising Authorize "
            "Authorizing Designate Designating Nominate Nominating "
            # the words of an ambassador's full title ("Ambassador Extraordinary and Plenipotentiary")
            "Extraordinary Plenipotentiary"
        )
    )
)
