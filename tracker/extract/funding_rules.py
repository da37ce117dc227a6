"""Cues that decide whether a sum of money is a funding pledge.

Each cue is matched against a small window of the sentence around one sum:
``before`` (text since the previous sum, at most a couple of hundred
characters) and ``after`` (text up to the next sum). Keeping the windows local
lets a sentence hold both a pledge and a statistic ("The extra £2bn goes to
small firms by 2028, on top of the £900m the ministry spent last year").

The cues follow SCHEMA.md: rates and per-unit figures (rule 3), past spending
as background (rule 1), other targets such as savings, costs and forecasts
(rule 8) and money from others (rule 10) are not pledges. Shared concepts
(months, parties, private givers, past time) come from
:mod:`tracker.extract.lexicon`. Every cue is registered with examples in
:mod:`tracker.extract.registry`; the decisions built from them are in
:mod:`tracker.extract.funding_context`.
"""

from __future__ import annotations

import re

from tracker.extract import lexicon as lex
from tracker.extract.regex import folds_oddly, lazy
from tracker.extract.registry import rule
from tracker.extract.similarity import ascii_words

_I = re.IGNORECASE
_MONTH = lex.MONTH

# Several patterns open with "\b(?=[A-Za-z])": the look-ahead lets the scanner
# skip spaces and punctuation quickly, which halves the cost per window.

# Rule 3: a rate or per-unit figure, read from the words right after the sum.
PER_UNIT_AFTER = rule(
    "funding.cue.per-unit-after",
    "a rate or a per-head figure follows the sum (SCHEMA rule 3)",
    r"^\s*(?:(?:a|per|every|each)\s+(?:financial\s+)?year\s+(?:each|apiece|(?:to|for)\s+(?:each|every))\b"
    # ("worth up to $20,000 a year per teacher")
    r"|(?:a|per)\s+year\s+(?:per|for\s+each|a)\s+(?:[\w-]+\s+)?(?:teacher|nurse|doctor|officer|worker|student|pupil"
    r"|person|household|family|recruit|employee|member|child|patient|resident)\b"
    r"|each(?! (?:financial )?year)|apiece|a head|per\b(?! annum| (?:financial )?year)"
    r"|(?:for|to|in) (?:each|every)\b(?! of the (?:next|coming|following|\w+) (?:\w+ )?(?:years|months))"
    r"|-?a-year (?:post|job|role|salary|position|contract)"
    r"|a (?:pupil|student|person|household|family|month|week|day|night)|an hour"
    r"|(?:every|each) (?:month|week|fortnight|day)\b"
    # a payment to each recruit: "a £20,000 golden hello", "a $15,000 signing bonus"
    r"|(?:golden\s+hello|golden\s+handshake|sign(?:ing|-on)\s+bonus|(?:joining|hiring|retention|recruitment)\s+bonus"
    r"(?!es|\s+(?:scheme|programme|program|fund|pot|package|initiative))"
    r"|relocation\s+(?:payment|grant))"
    # "$5,000 grants to 2,000 firms": the size of each grant.
    r"|(?:one-off\s+|individual\s+|annual\s+(?:[a-z]+\s+)?)?(?:grants|payments|rebates|vouchers|bursaries"
    r"|scholarships|bonuses|awards|stipends|allowances|allowance)\b(?!\s+(?:programme|program|scheme|fund|package|pot|round"
    r"|initiative|system|platform|service|process|ceremony))"
    r"|in (?:lifetime )?earnings|of (?:future )?earnings"
    # "a $4,000 relocation incentive", "a £2,500 bonus": money per person ("a £1bn winter fuel
    # allowance" is a programme)
    r"|(?:(?:retention|relocation|recruitment|joining|signing|sign-on|loyalty|welcome|completion"
    r"|settling-in)\s+(?:incentive|bonus|payment|allowance|grant)|incentive|bonus|stipend|salary|bursary|scholarship)\b"
    r"(?!\s+(?:programme|program|scheme|fund|package|pot|round|initiative|pool|budget)))",
    flags=_I,
    window="after",
    examples=(
        "£2,000| each",
        "£300| per pupil",
        "$5,000| grants to 900 shops",
        "£1m| for each county",
        "$4,000| relocation incentive",
        "up to $2 million| a year each, depending on",
        "worth £3,000| a year to each eligible teacher",
    ),
    counter=(
        "£40m| per year",
        "£3m| grants programme for villages",
        "£9m| for the ferry",
        "£20m| retention bonus scheme",
        "£1bn| winter fuel allowance for pensioners",
    ),
)
# "£700m a year": a yearly rate. Rule 3 rejects it when it restates a larger
# multi-year sum; the finder checks for one. "$21m a year after that" is
# ongoing money of its own.
ANNUAL_AFTER = rule(
    "funding.cue.annual-after",
    "the sum is a yearly rate",
    r"^\s*(?:(?:a|per|each|every) (?:financial )?year\b"
    r"(?!\s+(?:after|later)\b|\s+from\s+(?:now|then|today|the\s+(?:date|start|end|launch)))"
    r"|annually|per annum"
    r"|in each of the (?:next|coming|following) \w+ (?:financial )?years)",
    flags=_I,
    window="after",
    examples=(
        "£90m| a year",
        "€4m| annually",
        "$2m| per financial year",
        "£10m| in each of the next two years",
        "£14m| a year from the Scottish Government",
    ),
    counter=("£21m| a year after that", "£5m| for parks", "£3m| a year from now"),
)
ONGOING = rule(
    "funding.cue.ongoing",
    "yearly money continues after a fixed term (its own commitment)",
    r"\b(?:after that|thereafter|ongoing|on an ongoing basis|in perpetuity)\b",
    flags=_I,
    examples=("a year after that", "on an ongoing basis"),
    counter=("this year",),
)
# "€28m (£24m)", "£100m, or about $130m": the same money in another currency.
EQUIVALENT_BEFORE = rule(
    "funding.cue.equivalent-before",
    "'equivalent to' right before the sum: another currency's figure for money stated elsewhere",
    # (not "pledged the equivalent of US$697 million": a sum stated first in another currency's terms;
    # after a comma it restates one: "140 billion Congolese francs, the equivalent of about")
    r"(?:\b(?:equivalent\s+to|equating\s+to|which\s+equates\s+to)|,\s+(?:the\s+|or\s+the\s+)?equivalent\s+of"
    # "Converted, the package amounts to about": the sum just stated, in another currency
    r"|\b[Cc]onverted(?:\s+(?:in)?to\s+[\w\s]{2,20}?)?,\s+[^.;]{0,60}?(?:amounts?\s+to|comes?\s+to|equals?|totals?"
    r"|is|are))\s+"
    r"(?:about|around|approximately|approx\.|roughly|some|nearly|almost|circa)?\s*$",
    flags=_I,
    needles=("equ", "onverted"),
    window="before",
    examples=(
        "The allowance increase, equivalent to about |",
        "which equates to |",
        "140 billion Congolese francs, the equivalent of about |",
        "Converted, the package amounts to about |",
    ),
    counter=("The allowance increase of |", "The bloc pledged the equivalent of |"),
)
# "The package, worth about US$380 million, comes a week after ...", "The package is worth about US$56m":
# a wire story restating the package it reported in the local currency (read only for a sum in another
# currency than the article's first).
WORTH_RESTATED = rule(
    "funding.cue.worth-restated",
    "'The package is worth about' before a sum in another currency than the article's: the same money",
    r"(?:^|[;:]\s*)\W*(?:the|its|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:package|scheme|plan|programme|program"
    r"|announcement|deal|measures?|spending|investment|funding|budget|fund|allocation|support)"
    r"(?:\s*,\s*|\s+(?:is|was|are|were)\s+)(?:worth|valued\s+at)\s+(?:about|around|roughly|some|nearly|almost"
    r"|approximately|just\s+over|just\s+under)?\s*$",
    flags=_I,
    needles=("worth", "valued"),
    window="before",
    examples=("The package, worth about |", "The Government's mental health package is worth about |"),
    counter=("The council will spend |", "A new fund worth |"),
)
CONVERSION_BEFORE = rule(
    "funding.cue.conversion-before",
    "the sum restates the previous one in another currency",
    # ("₡28,000 million (twenty-eight thousand million colones, about US$ 54 million)": the sum in
    # words first, inside the brackets)
    r"^\s*(?:\((?:[^()£$€\d]{2,60},\s*)?|,?\s*or\s+|,?\s*i\.\s?e\.,?\s+"
    # ("RSD 4.8 billion for 23 hospitals, which is around EUR 41 million")
    r"|[^.;()£$€]{0,100}?,\s*which\s+is\s+(?=(?:about|around|approximately|roughly|some)\b)"
    r"|,?\s*(?:(?:is|are|was|were)\s+)?(?:equivalent to|roughly|about)\s+"
    # "$45.6 billion programme, equivalent to about US$218 million": a noun or two between
    r"|(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?:(?:is|are|was|were)\s+)?equivalent\s+to\s+)\s*"
    # ("DKK 12.5 billion (approx. €1.7 billion)", "(ca. €40 million)")
    r"(?:about|around|approximately|approx\.?|appr\.|roughly|nearly|almost|circa|ca\."
    r"|some|c\.|~)?\s*$",
    flags=_I,
    window="before",
    examples=(
        " (|",
        " (approx. |",
        ", or about |",
        " equivalent to |",
        " is equivalent to approximately |",
        " programme is equivalent to about |",
        " (twenty-eight thousand million colones, about |",
        ", i.e. about |",
        " for 23 health centres, which is around |",
    ),
    counter=(" and |", " for the port, |"),
)
# "Each family whose house was destroyed will receive NPR 500,000", "Each meal is budgeted at Rp 15,000":
# a sentence about each one of many, the sum each one's.
EACH_RECEIVES = rule(
    "funding.cue.each-receives",
    "a sentence that opens with 'Each' gives each one's sum",
    r"^\s*Each\s+[^.;£$€]{1,100}?\b(?:receives?|gets?|is\s+(?:budgeted|priced|valued|capped|set)\s+at|costs?"
    r"|is\s+worth|(?:is|are)\s+(?:paid|entitled\s+to|eligible\s+for))\s+"
    # ("Each will receive a pastoral package worth about")
    r"(?:an?\s+(?:[\w-]+\s+){0,3}?(?:package|payment|grant|bonus|allowance|award)\s+(?:worth|of)\s+)?"
    r"(?:up\s+to\s+|about\s+|around\s+)?$"
    # "..., with each centre receiving an indexation top-up of about": the same in a clause
    r"|\bwith\s+each\s+[^.;£$€]{1,60}?\breceiving\s+(?:an?\s+(?:[\w-]+\s+){0,3}?(?:package|payment|grant|bonus"
    r"|allowance|award|top-up|share|sum)\s+(?:worth|of)\s+)?(?:up\s+to\s+|about\s+|around\s+)?$",
    window="before",
    examples=(
        "Each family whose house was completely destroyed will receive |",
        "shared between the legal centres, with each centre receiving an indexation top-up of about |",
        "Each meal is budgeted at |",
        "Each will receive a pastoral package worth about |",
    ),
    counter=("The council will receive |",),
)
# Households and people paid a sum each: "Households whose homes were destroyed will receive",
# "those with partially damaged homes will get", "Ex gratia of Rs 4 lakh will be paid to the next of
# kin", "€10,000 for owners of homes declared uninhabitable" (read for sums under a million only).
PEOPLE_RECEIVE = rule(
    "funding.cue.people-receive",
    "households, families or people who each receive the sum: a payment per recipient (SCHEMA rule 3)",
    r"\b(?:households?|families|homeowners|owners|residents|individuals|victims|survivors|next\s+of\s+kin"
    r"|those|beneficiaries|farmers|fishers|fisherfolk|pensioners|tenants)\b(?:(?!\b(?:and|but)\b)[^.;£$€₹])*?"
    r"\b(?:will|would|shall|are\s+to|can|could|may)\s+(?:each\s+|also\s+)?(?:receive|get|be\s+paid|be\s+given)\s+"
    r"(?:an?\s+)?(?:additional\s+|extra\s+|one-off\s+|one-time\s+|further\s+)?(?:(?:up\s+to|about|around)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "Households whose homes were completely destroyed will receive |",
        "while those with partially damaged homes will get |",
    ),
    counter=("The council will receive |", "Schools and hospitals will get an extra |"),
)
TO_PEOPLE = rule(
    "funding.cue.to-people",
    "the sum is paid to each household, family or next of kin (SCHEMA rule 3)",
    r"^\s*(?:will\s+be\s+|is\s+to\s+be\s+)?(?:paid\s+|given\s+|credited\s+)?(?:to|for)\s+(?:the\s+)?"
    r"(?:owners|households|families|next\s+of\s+kin|victims|survivors|homeowners|each)\b",
    flags=_I,
    window="after",
    mode="match",
    examples=(
        "Ex gratia of Rs 4 lakh| will be paid to the next of kin of each person who died",
        "an additional €10,000| for owners of homes declared uninhabitable",
    ),
    counter=("$5 million| for flood defences",),
)
# ...or from the words right before it ("grants of up to £1m", "capped at £400,000").
PER_UNIT_BEFORE = rule(
    "funding.cue.per-unit-before",
    "the words before the sum make it a size per grant, a cap or a threshold",
    # a floor or ceiling per recipient: "No council will receive less than", "the largest allocations will
    # be around"
    r"\bno\s+\w+\s+(?:will\s+)?(?:receives?|gets?)\s+(?:less|more)\s+than\s+$"
    # the size of each of many: "Individual investments of up to", "individual awards will be worth"
    r"|\bindividual\s+(?:[\w-]+\s+)?(?:investments?|awards?|grants?|loans?|allocations?|projects?|payments?)\s+"
    r"(?:of|worth|(?:will\s+be|are)\s+(?:worth\s+)?)\s*(?:up\s+to\s+|about\s+|around\s+|between\s+)?$"
    # the size of each of many: "The grants, each worth up to"
    r"|,\s+each\s+(?:worth|valued\s+at|capped\s+at)\s+(?:up\s+to\s+|about\s+|around\s+)?$"
    # a size bound of who may apply: "organizations with annual budgets under", "firms with a turnover
    # below"
    # ("urgent purchases below", "contracts above": the size a rule applies to)
    r"|\b(?:budgets|turnovers?|incomes|revenues?|purchases|contracts|orders|procurements|tenders)\s+(?:of\s+)?"
    r"(?:under|below|less\s+than|above|exceeding)\s+$"
    # an income bound of who benefits: "a free filing tool for households earning under"
    # (not "making up to $25 million available")
    r"|\b(?:earning|earn|earns)\s+(?:under|below|less\s+than|more\s+than|over|above)\s+$"
    r"|\b(?:largest|smallest|biggest)\s+(?:allocations?|grants?|awards?|shares?)\s+(?:will\s+be|are|were)\s+"
    r"(?:around|about|up\s+to|roughly)\s+$|"
    r"(?:\b(?:bursar(?:y|ies)|scholarships?|awards?|payments?|instal(?:l)?ments?|loans?|bonus(?:es)?|salar(?:y|ies)"
    r"|allowances?"
    # (a government's "counterpart contribution of" is its share of a project, no rate; so is "an
    # initial Government contribution of" a new fund's money)
    r"|bids?|vouchers?|prizes?|fees?|incentives?|stipends?|honorari(?:um|a)|remuneration"
    # (nor is "a contribution of up to $240 million from the X Fund to Company": one grant)
    r"|(?<!counterpart )(?<!government )(?<!initial )(?<!federal )(?<!state )(?<!a )contributions?"
    # (a new body's first money is no size per grant: "a take-off grant of ₦6bn", "a start-up grant of")
    # (nor "supports the plant with a grant of €920 million": one grant to one project)
    # (nor a budget line's grant to a sector: "a general capital grant of £750 million", "the block grant of")
    r"|(?<!take-off )(?<!takeoff )(?<!start-up )(?<!startup )(?<!seed )(?<!establishment )(?<!with a )"
    r"(?<!capital )(?<!block )(?<!revenue )grants?"
    r"|rebates?|refunds?|fines?|penalt(?:y|ies)|deposits?)\b(?:(?:\s+(?:and|or)\s+[\w-]+)?,)?"
    r"(?:\s+(?:amount|value|level|rate))?"
    # "loyalty payments will be worth £2,500": the verb may sit between the noun and "worth";
    # "Assessment grants provide up to $500,000"
    r"(?:\s+(?:(?:will|would|could|can|may)\s+be|is|are|(?:will\s+)?(?:provides?|offers?|pays?|covers?)))?"
    # ("Smaller grants, starting at": the size of the smallest)
    r"\s+(?:of|worth|up to|of up to|worth up to|starting at|starting from)\s+(?:up to\s+|as much as\s+)?"
    # a cap on each of many: "Assistance to a single project will be limited to"
    r"|\b(?:a\s+single|each|any\s+one|an\s+individual)\s+(?:project|scheme|applicant|recipient|beneficiary"
    r"|household|company|firm|institution|organi[sz]ation)\b[^£$€;.]{0,40}?\b(?:limited|capped|restricted)\s+to"
    r"(?:\s+a\s+maximum\s+of)?\s+$"
    # a cost per item: "cuts the average cost per line from about $11,000 to roughly"
    r"|\bcost\s+per\s+[\w-]+\b[^.;]{0,60}?\b(?:to|from|of|at|is|was)\s+(?:(?:about|around|roughly|some)\s+)?$"
    r"|\b(?:capped at|a maximum (?:\w+ )?of|a ceiling of|a cap of|(?:is|are) entitled to"
    # a payment per person and period: "a monthly supplement of AMD 70,000"
    r"|\b(?:monthly|weekly|daily|hourly|one-time|one-off)\s+(?:[\w-]+\s+)?(?:supplements?|payments?|allowances?"
    r"|bonus(?:es)?|top-ups?|stipends?|grants?)\s+of"
    # "The Chair's remuneration is", "The basic pension will increase to": the level of a person's pay
    # ("The annual earnings exemption will increase to $18,000": a threshold per person)
    # ("Scholarship for girls in Class 9-12: Rs 5,000 a year": a line's rate per head)
    r"|\b(?:remuneration|salar(?:y|ies)|wages?|pensions?|bursar(?:y|ies)|scholarships?|fellowships?|stipends?"
    r"|honorari(?:um|a)|fees"
    r"|(?:(?:earnings|income)\s+)?(?:exemptions?|disregards?)|(?:earnings|income)\s+(?:thresholds?|limits?)"
    # ("The tuition fee cap for undergraduates will rise to", "the maximum maintenance support ... is")
    r"|fee\s+caps?|(?:maximum\s+)?maintenance\s+(?:support|loans?|grants?)"
    # ("the application fee is SEK 1,500": a charge per applicant)
    r"|(?:application|entry|admission|licen[cs]e|visa|processing|registration|citizenship)\s+fees?"
    # ("starting teacher pay will rise to": the post between)
    r"|(?:starting|basic|base|entry-level)\s+(?:[\w-]+\s+)?(?:pay|rate|salary|wage))\b"
    # ("Directors' fees are set at SAT 6,000 per annum")
    # ("the quarterly cash stipend paid to about 9.9 million families will rise to")
    # ("Average teacher salary in FY2025: $66,400", a table's line with a colon for the verb)
    # ("Starting pay for corrections officers in the two counties averages about")
    r"(?:\s+[\w'’.-]+){0,8}?(?:\s*:|\s+(?:averages?|averaged)|\s+(?:(?:is|are|will\s+be)(?:\s+(?:set|fixed|pegged)\s+at"
    r"|\s+within\s+the\s+(?:band|range)\s+of)?"
    # (a level reached before is a level too: "The minimum stipend ... rose to")
    r"|(?:(?:will|has|have|had)\s+)?(?:rises?|rose|risen|increases?|increased|go(?:es)?\s+up|went\s+up"
    # ("starting pay will rise from $49,800 to": the old level between)
    r"|gone\s+up|(?:be|been|was|were)\s+(?:raised|increased))(?:\s+from\s+\S{1,20})?\s+to))"
    # "(the remuneration for the role) is within the band of": a pay band, however far its noun
    r"|\bwithin\s+the\s+(?:pay\s+|salary\s+)?(?:band|range)\s+of"
    # "the enhanced starting rate of €38,000"
    r"|\b(?:starting|basic|base|entry-level)\s+(?:pay|rate|salary|wage)\s+of"
    # "raise starting pay for probationary troopers to", "raises starting pay for caseworkers from $43,000
    # to": a level of pay
    r"|\b(?:rais|increas|lift|boost)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(?:starting|basic|base|entry-level|minimum)\s+"
    r"(?:pay|salary|salaries|wages?|rate)\b[^.;£$€]{0,60}?\b(?:to|from)"
    # "Per-pupil funding for high needs will rise to": an amount per head
    r"|per-(?:pupil|head|capita|person|student|patient|child)\b[^£$€;]{0,50}?\b(?:to|of|at|by)"
    # "program cost per student unit value:": a figure per head, written as a line's label
    r"|\bper\s+(?:pupil|head|capita|person|student|patient|child|household)\b[^£$€;.]{0,40}:"
    # "the maximum award to any one council is £2m": a cap, however far its verb
    r"|maximum\s+(?:award|grant|amount|payment|contribution|allocation|sum)s?\b[^£$€;]{0,50}?"
    r"(?:\b(?:is|will\s+be|was|of)|:)"
    r"|(?:can|may|could) (?:get|claim|receive|apply for|be awarded)(?: [\w-]+){0,2}?(?: of)?(?: up to)?"
    # "the Chairperson receives €20,520": a board member's fee
    r"|\b(?:chair(?:person|man|woman)?|deputy\s+chair|members?|directors?|trustees?)\s+(?:receives?|is\s+paid"
    r"|are\s+paid|gets?)"
    # "at the rate of $58,410 per annum for the Chair": a rate
    r"|at the rate of"
    r"|(?:(?:are|is|be)\s+)?eligible for(?=\s+(?:up\s+to|as\s+much\s+as|a\s+maximum))"
    r"|(?:are|is) eligible for"
    # ("New officers start at $48,900 a year": the pay a post starts on)
    # (not a government paying one sum: "The Crown will pay up to $95 million towards flood defences")
    r"|(?<!crown will )(?<!government will )(?<!state will )(?<!council will )(?<!ministry will )"
    r"(?<!province will )(?<!treasury will )pays?|paying|(?:be|are|is)\s+paid|earns?|earned|earning"
    r"|(?<=\s)(?:start|starts)\s+(?:at|on)"
    r"|an?(?:\s+(?:annual|monthly|weekly|yearly|basic|gross))?"
    # (not "will support the construction of a fab with a grant of €920 million": one grant)
    r"\s+salary of|a grant of(?<!take-off grant of)(?<!start-up grant of)(?<!with a grant of)|an award of"
    r"|individual (?:grants|bids"
    r"|awards)[^£$€]{0,20}|(?:range|ranging|ranges|vary|varying) (?:in size )?from|between"
    # "Each apprentice receives £6,000": an amount per head.
    # "which gives each of the 30 wards": an amount per unit, the giver first
    r"|(?:gives?|giving|provides?|providing|allocates?)\s+each\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}[\w-]+"
    r"|(?:each|every)(?:\s+[\w-]+){0,6}?\s+(?:(?:will|can|may)\s+(?:also\s+)?|(?:will\s+be|is|are)\s+able\s+to\s+)?"
    r"(?:receives?|receiving|gets?|getting|is given|is paid|be offered|be given|be awarded|claims?"
    r"|qualif(?:y|ies) for|draws?(?:\s+down)?|access"
    r"|bids?\s+for"
    r"|apply\s+for)(?:\s+(?:[\w-]+\s+){0,2}?(?:funding|money|support|grants?|payments?|allocations?|sums?)"
    r"\s+of)?(?:\s+(?:at\s+least|a\s+minimum\s+of|more\s+than|over|an?))?(?:\s+(?:additional|extra|further))?"
    # "any scheme worth more than £1m": a threshold, not money given.
    r"|(?:any|every|all|individual)\s+(?:[\w-]+\s+){1,3}?(?:worth|costing|valued at|over|above|exceeding"
    r"|in excess of|of more than|of over)(?:\s+(?:more than|over|at least))?"
    r"|(?:projects?|schemes?|contracts?|bids?|applications?|purchases?|decisions?)\s+(?:worth\s+|valued at\s+"
    r"|costing\s+)?(?:above|exceeding|in excess of|over|of more than|of over))\s+"
    r"(?:(?:up to|as much as|around|about)\s+)?)$",
    flags=_I,
    needles=(
        *(
            "grant",
            "bursar",
            "scholarship",
            "award",
            "payment",
            "instal",
            "loan",
            "bonus",
            "salar",
            "allowance",
            "start",
        ),
        *("pension", "wage", "rate", "band", "earnings", "income", "exemption", "disregard"),
        *(
            "fee",
            "incentive",
            "stipend",
            "honorari",
            "remuneration",
            "contribution",
            "rebate",
            "refund",
            "fine",
            "penalt",
            "entitled",
        ),
        *("bid", "voucher", "prize", "cap", "maximum", "ceiling", "worth", "can", "may", "could"),
        *("eligible", "pay", "earn", "individual", "rang", "vary", "between", "each", "every", "any"),
        *("all", "project", "scheme", "contract", "application", "purchase", "decision"),
        *("fellowship", "limited", "restricted", "cost"),
    ),
    window="before",
    examples=(
        "Individual investments of up to |",
        "Clubs can apply for grants of up to |£20,000",
        "Bids are capped at |",
        "Each trainee receives |",
        "Each district will receive at least |",
        "any road scheme worth more than |",
        "The chair receives fees of |",
        "Directors' fees are set at |",
        "Recruits will continue to receive the enhanced starting rate of |",
        "The remuneration is within the band of |",
        "The remuneration for the Chief Executive role is within the band of |",
        "Each deployed nurse will receive a monthly salary of |",
        "a recruitment incentive of up to |",
        "Individual projects may receive contributions of up to |",
        "Loyalty payments will be worth |",
        "The maximum grant to any one club is |",
        "with individual schemes eligible for up to |",
        "Each hub will be able to draw down up to |",
        "Each clinic will receive start-up funding of about |",
        "Fines of up to |",
        "with each force receiving a minimum of |",
        "the Ward Development Fund, which gives each of the 30 wards |",
        "existing staff, who will each receive |",
        "The minimum stipend for doctoral students rose to |",
        "Maximum grant per hub: |",
        "The annual earnings exemption will increase to |",
        "Assistance to a single project will be limited to |",
    ),
    counter=(
        "The council will invest |",
        "a new fund of |",
        "an incentive package worth up to |",
        "The clinics will receive start-up funding of |",
    ),
)

# "Glenarrow Council has set a revenue budget of £612.4m", "has tabled a RM1.42bn budget for 2026",
# "signed the 2026 Appropriation Bill of N1.08tn into law": a government setting its own budget
# commits that money (scope total), though a budget's size is otherwise no pledge.
_SETS_BUDGET = (
    r"(?:set|sets|setting|tabled|tables|tabling|presented|presents|presenting|adopted|adopts|adopting|passed"
    r"|proposed|proposes|proposing"
    r"|passes|signed|signs|unveiled|unveils|delivered|delivers|approved|approves|approving"
    # ("voted 8-3 to approve a $1.2 billion budget")
    r"|approve|adopt|pass|table|present|sign|propose)"
)
OWN_BUDGET_BEFORE = rule(
    "funding.cue.own-budget-before",
    "a government sets, tables, adopts or signs its own budget of the sum",
    rf"\b{_SETS_BUDGET}\s+(?:(?:a|an|its|the|their|his|her)\s+)?(?P<budget>(?:[\w/'’-]+\s+){{0,3}}?(?:budget"
    r"|appropriation\s+(?:bill|act)))(?:\s+(?:proposal|estimates?))?\s+of\s+"
    r"(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$"
    # ("presented a proposed $2.3 billion operating budget": the budget's state before the sum)
    rf"|\b{_SETS_BUDGET}\s+(?:a|an|its|the|their)\s+(?:(?:record|proposed|draft|balanced|revised|preliminary)\s+)?$"
    # "the department will have an $18.5 million budget for the rest of the year": a budget given
    r"|\bwill\s+(?:now\s+|also\s+)?have\s+(?:a|an)\s+(?:(?:annual|yearly|initial|operating|total)\s+)?$"
    # "approved the 2025/26 state budget on Tuesday, with total spending of": the budget's size
    rf"|\b{_SETS_BUDGET}\s+(?:a|an|its|the|their|his|her)\s+(?P<spending>(?:[\w/'’-]+\s+){{0,3}}?budget)\b"
    r"[^.;:£$€]{0,40}?\s+with\s+(?:an?\s+)?(?:total|overall|planned|projected|core|general\s+account)\s+"
    r"(?:spending|expenditure|outlays?|envelope)\s+of\s+(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "Glenarrow Council has set a revenue budget of |",
        "The state government has tabled a |",
        "The finance ministry proposed a 2027 budget with total spending of |",
        "The Cabinet approved a supplementary budget for fiscal 2025 with general account spending of |",
        "Commissioners voted 8-3 to approve a |",
        "The county executive presented a proposed |",
        "Under the plan, the department will have an |",
    ),
    counter=("The agency has an annual budget of |", "The agency has a budget with total spending of |"),
)
OWN_BUDGET_AFTER = lazy(r"^\s*(?:[\w/-]+\s+){0,3}?(?:budget|appropriation)\b", _I)
# "a R21.6bn budget for the 2025/26 financial year", "for the fiscal year that begins July 1": the
# time a budget is for (its year, when given, names it).
BUDGET_YEAR = lazy(
    r"^\s*(?:for|of)\s+(?:the\s+)?(?:(?:coming|next|new|current)\s+)?(?:(?:financial|fiscal)\s+(?:year\s+)?)?(?:FY\s*)?"
    r"(?:(?P<year>(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?)\b|(?=(?:financial|fiscal)\s+year\b|year\b))",
    _I,
)


def own_budget(before: str, after: str) -> bool:
    """Whether the sum is a budget its government sets here (see OWN_BUDGET_BEFORE)."""
    m = OWN_BUDGET_BEFORE.search(before)
    return m is not None and (
        m.group(0).rstrip().lower().endswith("of") or OWN_BUDGET_AFTER.match(after) is not None
    )


_PURPOSE_NEXT = lazy(r"^\s+(?:for|to)\s", _I)


def own_budget_name(before: str, after: str) -> str | None:
    """The budget a sum is the size of, as the text names it ("2025/26 state budget" from "the
    2025/26 state budget" or "a state budget for the 2025/26 financial year"), when its government
    sets it here (see OWN_BUDGET_BEFORE); None for "a £50m budget for flood defences", whose
    purpose is what receives the money."""
    m = OWN_BUDGET_BEFORE.search(before)
    if m is None:
        return None
    named: str | None = m.group("budget") or m.group("spending")
    rest = after
    if not m.group(0).rstrip().lower().endswith("of"):
        head = OWN_BUDGET_AFTER.match(after)
        if head is None:
            return None
        named, rest = head.group(0), after[head.end() :]
    if not named:
        return None
    named = named.strip()
    year = BUDGET_YEAR.match(rest)
    if year:
        found = year.group("year")
        if not found or found in named:
            return named
        # "2025/26 state budget"; a possessive keeps its order: "the council's budget for 2025/26"
        return f"{named} for {found}" if "'s " in named or "’s " in named else f"{found} {named}"
    return None if _PURPOSE_NEXT.match(rest) else named


# "of which €4.1bn is grants and €2.3bn loans", "comprises $524m operating and $88m capital": a
# stated sum split by the kind of money, which restates it (its parts go to no one of their own).
SPLIT_BY_KIND = rule(
    "funding.cue.split-by-kind",
    "the sum is a stated sum's share of one kind of money: grants, loans, operating or capital",
    r"^\s*(?:(?:is|are|will\s+be)\s+)?(?:in\s+)?(?:grants?|loans?|guarantees?|operating|capital|revenue)"
    r"(?:\s+(?:funding|spending|expenditure|money))?(?=\s+(?:from|and)\b|\s*[.;,]|\s*$)",
    flags=_I,
    window="after",
    mode="match",
    examples=("of which EUR 4.1 billion| is grants and", "comprises $524 million| operating and"),
    counter=("£45m| in grants to councils for roads",),
)
SPLIT_LEAD = lazy(
    r"\b(?:of\s+which|compris(?:es|ing)|made\s+up\s+of|split\s+(?:between|into)|consist(?:s|ing)\s+of)\b", _I
)
# "J$1.5bn over three years, starting with J$600m in 2026/27", "£65m over five years, including
# £15m in its first year": the first slice of a multi-year sum restates it.
FIRST_SLICE = rule(
    "funding.cue.first-slice",
    "the sum is the first year's slice of a multi-year sum",
    r"\b(?:starting|beginning)\s+with\s+(?:(?:about|around|some)\s+)?$"
    r"|\bincluding\s+(?=\S+\s+(?:in|for)\s+(?:its|the)\s+first\s+(?:year|twelve\s+months)\b)"
    # a yearly profile: "will be phased in, from $62m in 2025-26 to $148m in 2028-29"
    r"|\b(?:phased\s+in|ris(?:es|ing)|grow(?:s|ing)|increas(?:es|ing)|ramp(?:s|ing)?\s+up),?\s+from\s+$"
    r"|^\s*(?:in|for)\s+(?:FY\s*)?(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?\s+to\s+$",
    flags=_I,
    window="before",
    examples=(
        "over three years, starting with |",
        "the $410 million will be phased in, from |",
        " in 2025-26 to |",
    ),
    counter=("The fund will open in May, with |",),
)
# "€1.3 million over three years, including €400,000 in year one": the first year's part of the
# multi-year sum just stated.
FIRST_YEAR_AFTER = rule(
    "funding.cue.first-year-after",
    "the sum after 'including' is the first year's part of the sum before it",
    r"^\s+(?:in|for)\s+(?:(?:its|the)\s+first\s+(?:full\s+)?(?:year|twelve\s+months)|year\s+(?:one|1))\b",
    flags=_I,
    window="after",
    mode="match",
    examples=("over three years, including €400,000| in year one.",),
    counter=("including €400,000| for the library",),
)
# "a repayable contribution of $1,500,000 to Island Blue Mussel Farms Inc.": one award to one
# named recipient, which the words of a rate before it ("contribution of") do not make a rate.
TO_NAMED_RECIPIENT = rule(
    "funding.cue.to-named-recipient",
    "the sum goes 'to' or 'for' a body named right after it: one award, not a rate",
    # (a body's name of two capitalised words, or an acronym: "to NAFED")
    # ("A grant of £2.25m has been made to Gateshead Council": the award, passive)
    # ("The biggest single loan, of $120 million, goes to the Coral Sea Housing Company": the one it names)
    r"^,?\s+(?:(?:has|have)\s+been\s+|was\s+|is\s+|will\s+be\s+)?(?:(?:made|awarded|given|paid|offered)\s+"
    r"|(?:goes|went|will\s+go)\s+)?"
    r"(?:to|for)\s+(?:the\s+)?(?-i:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|&)\s+)?[A-Z]|[A-Z]{3,}\b)",
    flags=_I,
    window="after",
    mode="match",
    examples=(
        "a repayable contribution of $1,500,000| to Island Blue Mussel Farms Inc.",
        "A grant of £2.25 million| has been made to Gateshead Council",
        "a technical supplementary grant of Rs 3.2 billion| for the Frontier Corps",
        "a one-time grant of ₹300 crore| to NAFED to upgrade its warehouses",
        "The biggest single loan, of $120 million|, goes to the Coral Sea Community Housing Company",
    ),
    counter=("a grant of £5,000| to each club", "grants of up to £1m| to councils"),
)
# "will extend Canada Post a repayable loan of up to $1.03 billion": a body named as the one who
# receives it, right before the award: one award, not a size per recipient.
# A motion or amendment that lost: "He proposed redirecting $2 million to shelters, a motion that failed
# 1-4", "an amendment to add $5m, which was voted down": nobody commits the sum.
DEFEATED_AFTER = rule(
    "funding.cue.defeated-after",
    "the proposal that holds the sum was voted down or failed",
    r"^[^.;]{0,120}?(?:,\s+(?:a|an|the)\s+(?:motion|amendment|proposal|bid|plan)\s+(?:that|which)\s+"
    r"(?:failed|lost|fell)\b|\b(?:was|were)\s+(?:defeated|voted\s+down|rejected\s+by\s+(?:the\s+)?"
    r"(?:board|council|committee|commissioners|supervisors|legislature|assembly|senate|house)))",
    flags=_I,
    window="after",
    mode="match",
    examples=(
        "| to emergency shelter, a motion that failed 1-4.",
        "| for bike lanes was voted down on Tuesday.",
    ),
    counter=(
        "| to emergency shelter, a motion that passed 4-1.",
        "| for the plan that failed residents last year.",
    ),
)
NAMED_BEFORE_AWARD = rule(
    "funding.cue.named-before-award",
    "a giving verb names the body that gets the one loan or grant before it: one award, not a rate",
    r"\b(?:extend|give|offer|provide|grant|award|lend|hand)(?:s|ed|ing|en|ided)?\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w'’&.-]*)(?:\s+(?:of\s+|and\s+|&\s+)?(?-i:[A-Z][\w'’&.-]*)){0,5}\s+"
    # (its adjectives may be listed with commas: "a conditional, repayable loan")
    r"an?\s+(?:[\w-]+,?\s+){0,3}?(?:loan|grant|contribution|award|payment|facility)\s+of\s+(?:up\s+to\s+)?$"
    # the body named as the subject: "Harbourside Community Housing Trust will receive a separate grant of"
    r"|(?:^|[.;:]\s+)(?!(?-i:Each|Every|All|Some|Most|Many|Those|These)\b)(?-i:[A-Z][\w'’&.-]*)"
    r"(?:\s+(?:of\s+|and\s+|&\s+|the\s+)?(?-i:[A-Z][\w'’&.-]*)){1,6}\s+(?:will|is\s+to|shall)\s+(?:also\s+)?"
    r"(?:receive|get|be\s+given|be\s+awarded)\s+an?\s+(?:separate\s+|single\s+|one-off\s+|further\s+)?"
    r"(?:loan|grant|contribution|award|payment)\s+of\s+$",
    flags=_I,
    window="before",
    examples=(
        "Ottawa said it will extend Harbour Post a repayable loan of up to |",
        "The province is offering Medalux a conditional, repayable loan of up to |",
        "Harbourside Community Housing Trust will receive a separate grant of |",
    ),
    counter=(
        "Clubs can apply for a grant of up to |",
        "The state will give each club a grant of |",
        "Each Community Housing Trust will receive a grant of |",
    ),
)
# Rule 1: money spent, paid or received before the announcement.
_FUTURE_LEADS = ("to be ", "will be ", "would be ", "be ", "being ")
# ... and money left unspent: "little of it was spent", "none of it was spent", "was never spent"
# "paid" after an article, a conjunction or a word that lists what a sum buys is an adjective
# ("tuition and paid placements", "including paid traineeships")
# (and after a verb of finding or offering work: "to find paid work", "into paid employment")
_ADJECTIVE_LEADS = (
    "and ",
    "or ",
    "a ",
    "the ",
    ", ",
    "including ",
    "with ",
    "more ",
    "find ",
    "into ",
    "offer ",
)
_UNSPENT_LEADS = (*_FUTURE_LEADS, "of it was ", "of it has been ", "never ", "not ", "not been ", "yet ")


def _not_after(word: str, leads: tuple[str, ...]) -> str:
    """``word`` not written right after any of ``leads``: "spent(?<!to be spent)...".

    The look-behinds follow the word rather than lead it ("(?<!to be )spent"): a branch that
    opens with a literal is grouped with the others sharing its first letter and tried only
    where that letter stands (see :mod:`tracker.extract.regex`), while one that opens with
    look-behinds has them tried at the start of every word. Both match the same text."""
    return word + "".join(f"(?<!{lead}{word})" for lead in leads)


BACKGROUND = rule(
    "funding.cue.background",
    "the words around the sum place it before the announcement (SCHEMA rule 1)",
    # "paid" after an article or a conjunction is an adjective ("tuition and paid placements")
    rf"\b(?=[A-Za-z])(?:{_not_after('spent', _UNSPENT_LEADS)}|spends"
    rf"|{_not_after('reimbursed', _FUTURE_LEADS)}"
    # (and after a word that lists what a sum buys: "including paid traineeships", "with paid placements")
    rf"|{_not_after('paid', (*_FUTURE_LEADS, *_ADJECTIVE_LEADS))}"
    rf"(?!\s+(?:to|for|by|into|from|out of"
    rf"|with|directly|through|via|in"
    # ("place 20 graduate engineers in paid positions": paid work, an adjective)
    rf"|positions?|placements?|roles?|jobs?|work|employment|internships?|traineeships?|apprenticeships?|posts?"
    rf"|leave|staff)\b)"
    # ("places 600 seniors in paid classroom apprenticeships": a word may describe the paid post)
    rf"(?!\s+[a-z-]+\s+(?:positions?|placements?|roles?|jobs?|internships?|traineeships?|apprenticeships?"
    rf"|posts?|residencies)\b)"
    rf"|(?:has|have|had|was|were|already) (?:been )?paid|paid out|squandered|wasted|has gone|have gone"
    rf"|had gone"
    # ("of which $54 million has already been distributed to county health departments")
    r"|already been (?:spent|paid(?: out)?|distributed|disbursed|handed out|drawn down)"
    r"|already (?:provided|spent|paid|gone|reached|made|sent|given|invested|received|awarded|distributed"
    r"|disbursed|released|transferred"
    r"|delivered)"
    # money given before and left unused: "had never been fully utilised"
    r"|(?:had|has|have) (?:never|not) been (?:fully )?(?:utili[sz]ed|used|spent|disbursed)"
    r"|had (?:\w+ly )?(?:approved|allocated|provided|given|awarded|set aside|agreed|promised|pledged|invested"
    r"|mobili[sz]ed"
    r"|committed"
    r"|proposed)"
    r"|(?:has|have|had) (?:already )?(?:received|put|sent)|received a further|previously (?:sent|paid"
    r"|spent|given|contributed|provided|awarded|granted|invested|donated|gave|disbursed"
    # what a recipient got before: "The Band previously received a $900,000 federal grant"
    r"|received|secured|won|got)"
    rf"|previous|so far|to date|since (?:{_MONTH} )?(?:19|20)\d\d|since (?:the|it|its|then|launch)\b"
    # "$2bn awarded last year": a delivery verb and a past time after the sum.
    r"|(?:awarded|spent|paid out|provided|invested|distributed|disbursed|contributed|donated|handed out"
    r"|received|released|transferred|collected|raised(?:\s+[\w-]+){0,2}?)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:last|the previous|the past) (?:financial )?(?:year|month|week|decade|spring"
    r"|summer|autumn|winter|quarter)"
    # a past year's figure: "The 2025 allocation was €1.27 billion", "the annual allocation was"
    r"|(?:allocation|subvention|budget)\s+(?:for\s+[\w/-]+\s+)?(?:was|were)(?=\s+(?:(?:about|around|some|only|just)\s+)?$)"
    # a total spent or received: "Health spending reached $2.1bn in 2024-25"
    # an earlier round by its year: "The 2023 round provided"
    r"|(?:the|its|their)\s+(?:19|20)\d\d(?:[-/]\d\d)?\s+(?:round|call|intake)\s+(?:[\w-]+\s+){0,2}?(?:provided|awarded|funded|gave"
    r"|allocated|distributed|supported)"
    # ("Spending on children and young people's mental health reached")
    r"|(?:spending|expenditure|outlays?|revenues?|income|receipts|assistance|payments)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:reached|totalled|totaled|topped|hit)"
    # ("Over the last two fiscal years, the state put")
    r"|(?:over|in|during) the (?:last|past|previous) (?:\w+ )?(?:(?:fiscal|financial|budget) )?"
    r"(?:years?|months?|decade|parliament)"
    r"|since (?:taking|coming to|entering) (?:office|power|government)|(?:a|one|two"
    r"|three) years? (?:earlier|ago)"
    r"|had announced|had to find|in (?:19|20)\d\d(?:/\d\d| to (?:19|20)?\d\d)?,? (?:a|an"
    r"|the)? ?(?:previous|earlier)"
    r"|stood at|topped(?!\s+up)|was allocated|were allocated"
    # money given before and not spent: "of last year's funds remained unspent"
    r"|(?:remain(?:s|ed)?|was|were|(?:has|have|had) been|left|returned) (?:unspent|unaccessed|unclaimed"
    r"|undisbursed|unliquidated|unutili[sz]ed|unused)|fail(?:ed|s)? to spend"
    # "There are still P90 million in unliquidated drainage funds from 2023"
    r"|(?:unspent|unliquidated|unutili[sz]ed|unused|undisbursed)"
    r"(?= (?:[\w-]+ ){0,3}(?:funds|money|balances?)\b)"
    # what was spent or received before: "aid amounted to", "burned through", "received against the plan"
    r"|amounted to|burn(?:ed|t) through|received against|(?:was|were|has been|have been) completed"
    # a figure of money already spent: "Actual 2024-25 expenditure on X:", "the outturn was"
    r"|actual (?:[\w-]+ ){0,2}(?:expenditure|spending|spend|outturn|outlays?|collections?|receipts|revenues?)"
    r"|outturn"
    # "Last year the programme awarded $653m": a past round as background.
    # "last year's $40m round": a sum of a past period.
    # ("Last year's wet-season intervention, worth N100bn")
    r"|(?:last|previous) (?:year|month|week|spring|summer|autumn|winter|round)['’]s"
    r"(?= (?:[\w-]+ ){0,2}$| (?:[\w-]+ ){0,2}[\w-]+, (?:worth|valued at) $)"
    r"|(?:last|previous|earlier|earlier this) (?:year|month|week|spring|summer|autumn|winter|rounds?)\b"
    r"[^.;£$€]{0,50}"
    # ("Last year that grant was worth $14.2 million to Northfield")
    r"\b(?:awarded|was\s+worth|were\s+worth"
    r"|gave|spent|paid|provided|allocated|invested|received|distributed|handed|drew\s+down|claimed|set\s+aside"
    r"|(?<!be )(?<!been )used"
    r"|allotted|released|disbursed|transferred)"
    # the cost of something finished: "This wing was built for", "the stadium ..., built at a cost of"
    # (not "will be built at a cost of": a cost still to be paid)
    r"|(?:was|were|(?:has|have|had) been) (?:built|completed|constructed|delivered|finished|refurbished"
    r"|renovated) (?:for|at a (?:total )?cost of)(?= (?:(?:about|around|some|just|only|over|under) )?$)"
    r"|(?<!be )(?<!being )built at a (?:total )?cost of(?= (?:(?:about|around|some|just|only|over) )?$)"
    # what a speaker's government put in before: "the £1.8 billion we put into elective recovery last year"
    r"|(?:we|they|you) (?:have |had )?(?:put|poured|pumped|invested|spent|provided|gave)"
    r" (?:[\w-]+ ){0,4}?(?:last|the previous|the past) (?:financial )?(?:year|month|week|decade|spring"
    r"|summer|autumn|winter|quarter)\b"
    # "The original £40m has now been fully allocated", "Of that earlier amount, $4bn has been
    # advanced": a share of money given before, and where it has already gone.
    r"|(?:the|this|that|its) original(?=\s*$)"
    r"|(?:of|from) (?:that|the|this) (?:earlier|original|initial|previous) (?:amount|sum|allocation"
    r"|funding|money|pot|envelope)"
    # "of the RM3bil promised ... had actually been spent"
    r"|(?:has|have|had) (?:actually |already )?been spent"
    r"|(?:has|have|had) (?:now |already )?been (?:fully (?:allocated|committed|spent|used|distributed|paid"
    r"|awarded|claimed)|advanced|disbursed|drawn down)"
    # "up from £1.1bn this year": the baseline a new figure is compared with.
    r"|(?:up|down|rising|falling|rose|fell|increased|decreased|risen|fallen|grew|grown|climbed|jumped|dropped"
    r"|declined) from"
    r"|compar(?:ed|es|ing) (?:with|to)"
    # a past purchase's price: "which the board bought from the local authority last year for"
    r"|(?<!be )(?<!been )(?:bought|purchased|acquired|sold)\b[^.;£$€]{0,60}?\bfor"
    r"(?= (?:about |around |some )?$)"
    # "larger than the £150m the department put in", "smaller than the NZ$70m fund of 2019": a yardstick
    r"|(?:larger|smaller|bigger|greater) than(?= (?:the |its |their )?$)"
    # what was asked for, not given: "with applications this year totaling about $9.8 billion"
    r"|(?:applications|bids|requests|claims) (?:[\w-]+ ){0,3}?(?:totall?ing|worth|came to|reached)\b"
    # "when the government of the day announced an ₦80bn contract": an earlier government
    r"|government of the day"
    # "a similar KSh20bn plan announced in 2019": another, earlier plan like this one
    r"|(?:a|an|the) similar(?= (?:(?:about|around|some) )?$)"
    # "By comparison, the EU provided"; a programme's earlier rounds: "In the first two rounds, the
    # program awarded", "Rounds 1 and 2 of the X Program delivered"
    r"|by comparison"
    r"|(?:first|previous|earlier|past) (?:\w+ )?rounds\b[^.;£$€]{0,50}\b(?:awarded|delivered|funded|gave"
    r"|provided|allocated)"
    r"|rounds \d+ (?:and|to) \d+ of\b[^.;£$€]{0,50}\b(?:awarded|delivered|funded|gave|provided|allocated)"
    # Last, as the one branch that opens with no letter: the branches before it are grouped by
    # their first letter and only the group of the word's letter is tried; a branch between
    # them would cut them into two groups, both tried. (Only whether the cue matches is read,
    # not where, so the order of its branches changes nothing.) The word before "years" is
    # taken whole, as a space must follow it: nothing is given back to try shorter.
    # money received before: "the $412m the state received from the federal program in 2023"
    r"|received from"
    # a biography's past work: "During his time as Minister he oversaw an investment of", "As
    # Transport Minister he completed the"
    r"|during (?:his|her|their) (?:time|tenure|term|years) (?:as|at|in)\b[^.;£$€]{0,80}"
    r"|\bas (?:[\w-]+ ){0,3}(?:minister|secretary|mayor|premier|governor|chief executive|commissioner),? "
    r"(?:he|she|they) (?:completed|oversaw|delivered|led|secured|opened|built|finished|introduced)\b"
    r"[^.;£$€]{0,40}"
    # a career in a biography: "she served as project director of the Tk 9,500 crore bridge", "chief
    # secretary of his State, where he oversaw the Rs 1.1 lakh crore package" (not "who served as X, will
    # now lead the £5m agency")
    r"|served\s+as\b(?=(?:(?!\b(?:will|would|is\s+to|are\s+to|now)\b)[^.;£$€]){0,120}$)"
    r"|(?:where|when|in\s+which)\s+(?:he|she|they)\s+(?:oversaw|managed|ran|led|delivered|completed|steered)\b"
    r"(?=[^.;£$€]{0,60}$)"
    # a past budget's figure: "In the last national budget it received a basic allocation of"
    # (not "builds on the $1.3bn package announced in the last Budget": an earlier pledge restated)
    r"|in\s+(?:the\s+)?(?:last|previous)\s+(?:national\s+|state\s+|federal\s+|annual\s+)?budget\b"
    r"[^.;£$€]{0,40}?\b(?:received|got|was\s+given|was\s+allocated|had)\b(?=[^.;£$€]{0,60}$)"
    # a former government's promise: "In 2021 the then government promised £3bn"
    r"|the (?:then|previous|former) (?:[\w-]+ )?(?:government|administration|coalition|minister)"
    r"(?=[^.;£$€]{0,40}$)"
    # a past level of spending: "Health spending was $13.9 billion", "Borrowing in the first half was"
    r"|(?:spending|expenditure|borrowing|outlays?)(?: (?:in|on|for) [^.;£$€]{1,50})?"
    r" (?:was|were|stood at|totalled"
    r"|totaled|came to)(?: (?:about|around|some|nearly|almost|over|more than|just over|just under))?(?=\s*$)"
    # a level that fell: "Deposits into the fund fell to about $1.2 billion" (a fall is no pledge)
    r"|(?:fell|fallen|dropped|declined|shrank|slumped|plunged)\s+to(?:\s+(?:about|around|some|just|only|under|below))?"
    r"(?=\s*$)"
    r"|\w++ (?:years|months) ago)\b",
    flags=_I,
    examples=(
        "the council spent",
        "has already gone into",
        "since March 2021",
        "over the past five years",
        "awarded in grants last year",
        "up from",
        "sales topped",
        "The original ",
        "has now been fully allocated to",
        "Of that earlier amount, about",
        "Actual 2024-25 expenditure on community safety programs: ",
        "In 2021 the then government promised ",
        "Health spending was ",
        "Borrowing in the first half of the financial year was ",
        "During his time as Minister he oversaw an investment of more than ",
        "As Transport Minister he completed the ",
        "Islam served as divisional commissioner and, earlier, as project director of the ",
        "chief secretary of his State, where he oversaw the ",
        "In the last national budget it received a basic allocation of around ",
        "By comparison, the EU provided ",
        "In the first two rounds, the program awarded ",
        "Rounds 1 and 2 of the Thriving Towns Program delivered ",
        "This new ward was built for ",
        "the library, built at a cost of ",
        "Deposits into the fund fell to about ",
    ),
    counter=(
        "will be spent on roads",
        "to be paid to councils",
        "a new round opens",
        "will cover fees and paid placements",
        "topped up its grants with",
        "The original plan has been expanded with an extra ",
        "The new ward will be built at a cost of ",
    ),
)
# Every BACKGROUND alternative holds one of these words whole; a window without
# any of them cannot match, and checking the words is twice as fast as running
# the pattern (see :func:`background_in`).
BACKGROUND_WORDS = frozenset(
    "assistance payments totalled totaled round spent spends paid reimbursed squandered wasted gone already "
    "received "
    "put sent previously previous far "
    "date since "
    "had "
    "last past earlier ago announced find stood topped allocated up down rising falling rose fell increased "
    "grew grown climbed jumped dropped declined "
    "decreased risen fallen compared compares comparing original fully advanced disbursed drawn drew unspent "
    "amounted burned burnt completed built constructed delivered finished refurbished renovated "
    "claimed released transferred collected spending expenditure outlay outlays revenue revenues income "
    "allocation subvention budget failed fail fails actual outturn bought purchased acquired sold "
    "receipts then former borrowing outlay outlays during oversaw comparison rounds similar never day "
    "larger smaller bigger greater applications bids requests claims "
    "unaccessed unclaimed undisbursed unliquidated unutilised unutilized unused "
    "dropped declined shrank slumped plunged served managed ran led steered fallen".split()
)


_RECORD_BEFORE = lazy(r"\b(?:largest|biggest|highest|greatest|most)\b[^.;,£$€]*$", re.IGNORECASE)


def background_in(window: str, start: int = 0, after: bool = False) -> bool:
    """BACKGROUND found in ``window[start:]``, behind a cheap test for its words (``after``: the
    window follows the sum)."""
    if BACKGROUND_WORDS.isdisjoint(ascii_words(window.lower()[start:])):
        return False
    for m in BACKGROUND.finditer(window, start):
        # "rises by $20 million, the first increase since 2008": the year dates the comparison
        if m.group(0).startswith("since") and FIRST_SINCE.search(window, max(start, m.start() - 80), m.end()):
            continue
        # "awarded £18m, the largest round of its programme since the programme began in 2019": after
        # the sum, a record since an event compares the money with the past
        if (
            after
            and m.group(0).startswith("since")
            and FIRST_SINCE_EVENT.search(window, max(start, m.start() - 100), m.end())
        ):
            continue
        # "an increase of £231 million compared with the current year": after the sum, a comparison
        # names its base; the sum is the new figure
        if after and m.group(0).startswith("compar"):
            continue
        # "the largest annual allocation to date": a record, not money given before
        if m.group(0) in ("to date", "so far") and _RECORD_BEFORE.search(
            window, max(start, m.start() - 40), m.start()
        ):
            continue
        return True
    return False


FIRST_SINCE = rule(
    "funding.cue.first-since",
    "'the first (largest ...) X since YEAR' compares the money with the past; it is not spent since then",
    r"\b(?:first|largest|biggest|highest|only)\s+(?:[\w'’-]+\s+){0,6}?since\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d$",
    examples=("rises by $20 million, the first increase to that line since 2008",),
    counter=(
        "$3 billion has gone into sea walls since 2016",
        "The shuffle is the first since the spring update, which set out $4.8 billion",
    ),
)


FIRST_SINCE_EVENT = rule(
    "funding.cue.first-since-event",
    "after the sum, 'the largest X since the programme began' compares the money with the past",
    r"\b(?:first|largest|biggest|highest|only)\s+(?:[\w'’-]+\s+){0,8}?since\s+(?:the|its|it)$",
    examples=(
        "awarded £18m, the largest single round of its Shoreline Places programme since the",
        "$250m in loans, its first big deals since the",
    ),
    counter=("$3 billion has gone into sea walls since the",),
)


# Participles that date a thing the money is for, not the money.
_THINGS_DATED = ("purchased", "bought", "built", "installed", "acquired", "constructed", "opened", "laid")
# A year named next to a sum ("In 2019 the department gave £12m"); the
# finder compares it with the publication date. Ranges ("2024-25") are not
# read, as they usually name the period of new money.
YEAR_MENTION = rule(
    "funding.cue.year-mention",
    "a single year named next to the sum (compared with the publication year)",
    # a decade ("built in the 1960s") dates what the money is for, not the money
    # (so does a thing's own year: "to replace devices purchased in 2018")
    r"\b(?:(?:in|during|since)"
    + "".join(f"(?<!{verb} in)" for verb in _THINGS_DATED)
    + r" (?:the )?(?:(?:fiscal|financial|calendar) )?(?:year )?|(?:in )?FY ?|Budget "
    # "over the whole of 2024"
    r"|over the (?:whole|course) of )"
    r"((?:19|20)\d\d)\b"
    r"(?![-–/]\d|['’]?s\b|\s+(?:to|and|until|through)\s+(?:(?:19|20)?\d\d\b|the end))",
    flags=_I,
    examples=("In 2019 the board gave", "during 2021", "In fiscal year 2024, the agency invested"),
    counter=(
        "in 2024-25",
        "in 2025 to 2027",
        "installed in the 1950s",
        "to replace devices purchased in 2018",
    ),
)
# "between 2021 and 2023", "from 2019 to 2022": a span of years; past when it ended before publication.
YEAR_SPAN = rule(
    "funding.cue.year-span",
    "a span of years next to the sum (past when it ended before publication)",
    r"\b(?:between|from|in|during) (?:(?:19|20)\d\d)(?:-\d\d)? (?:and|to|until|through) ((?:19|20)\d\d)\b",
    flags=_I,
    examples=("between 2019 and 2022", "from 2020 to 2023"),
    counter=("in 2024-25",),
)
# A delivery verb in the simple past right before a sum ("the EU provided €2bn",
# not "has provided" or "will provide"): past money when a past time is named.
PAST_VERB_BEFORE = rule(
    "funding.cue.past-verb-before",
    "a delivery verb in the simple past right before the sum",
    r"(?<!has )(?<!have )(?<!had )\b(?:spent|provided|awarded|invested|gave|contributed|donated|distributed"
    r"|disbursed|received|paid|transferred|released|allocated|granted|used"
    # ("Buncombe County put $500,000 into eviction defense last year"; not "will put", "to put")
    r"|(?<!will )(?<!to )(?<!would )(?<!could )(?<!can )(?<!'ll )(?<!’ll )put"
    # ("after spending £7.2m on agency staff last year": what was done before)
    r"|(?<=after )(?:spending|paying|investing|providing|allocating))\s+(?:[\w-]+\s+){0,3}$",
    flags=_I,
    needles=(
        *("spent", "provided", "awarded", "invested", "gave", "contributed", "donated", "distributed"),
        *("disbursed", "received", "paid", "transferred", "released", "allocated", "granted", "used", "put"),
        *("spending", "paying", "investing", "providing", "allocating"),
    ),
    window="before",
    examples=(
        "The bloc provided more than |",
        "Towns received |",
        "The county put |",
        "The council will open an academy after spending |",
    ),
    counter=("The bloc has provided |", "The bloc will provide |", "The county will put |"),
)
# The verbs of PAST_VERB_BEFORE, each a whole word in every match.
PAST_VERB_WORDS = frozenset(
    "spent provided awarded invested gave contributed donated distributed disbursed received paid "
    "transferred released allocated granted used put spending paying investing providing allocating".split()
)
PAST_TIME = rule(
    "funding.cue.past-time",
    "a time before the announcement",
    r"\b(?:last|the previous|the past) (?:financial |fiscal )?(?:year|month|week|decade|spring|summer|autumn"
    r"|fall|winter)\b"
    r"|\bearlier this year\b"
    # a programme's round already run, after a past verb: "awarded NZ$80m to 119 projects in its most
    # recent round"
    # (not "in the latest round": most often the round announced)
    r"|\b(?:its|the|their)\s+(?:most\s+recent|last|previous)\s+(?:funding\s+|grant\s+)?round\b",
    flags=_I,
    examples=("last year", "the previous financial year", "earlier this year", "in its most recent round"),
    counter=("next year", "this year"),
)

# Rule 8 and kin: figures that are not money going to a recipient.
# Case-sensitive so that names ("Lost Property Office", "Economy Minister",
# "Recovery Fund") do not trip it; a few words also match capitalised at the
# start of a sentence ("Tax receipts rose to ...").
_NOT_FUNDING_WORDS = (
    # ("surplus land", "surplus property": things a body no longer needs; "$400,000 of that surplus into the
    # footpath program": a surplus put to use)
    "shortfall short deficit surplus(?:es)?(?!\\s(?:funds|money|cash|revenues?|land|property|properties"
    "|buildings?"
    "|sites?|assets?|equipment|stock|vehicles?|into)\\b) windfalls? debt backlogs? "
    "blowouts? overruns? "
    "arrears liabilit(?:y|ies) "
    "overspen(?:d|t|ding) underspen(?:d|t|ding) fraud "
    "scams? overpayments? error lost losses "
    "sav(?:e|es|ed|ing|ings) fines? fined penalt(?:y|ies) _TAX earnings _REVENUE turnover profits? "
    "sales exports imports imported exported remittances _ESTIMATES estimated forecasts? projected predicted "
    "reckoned calculates restrained frozen "
    # ("£6bn of waste in procurement", not "a €15.6 million waste enforcement package" or "food waste
    # bins": refuse, a noun's modifier)
    "recovered generated? stopped blocking blocked safeguards? protects? "
    "waste(?=\\s*(?:[.,;:)]|$|\\s+(?:of|in|on|by|and|or|from|through|at|across|within)\\b)) "
    "wasteful misspent unspent "
    "borrowings? income(?<!low-income)(?<!moderate-income)(?<!middle-income) receipts redress "
    "seizures? seized confiscated stolen thieves theft owe owes owed owing arrears dividends? "
    # commercial deals' value ("helped secure export deals worth £1.1 billion")
    "(?:deals|supply\\s+agreements)(?=\\s+(?:worth|valued)) "
    # companies buying and selling each other, and their order books ("agreeing a €210 million takeover of a
    # Dutch pipe maker", "agreed to buy a plant for 11 billion rupees", "an order book of 1.3 billion pounds")
    "takeovers? mergers? order\\s+books? (?:agreed|agreeing|agrees)\\s+to\\s+(?:buy|sell|acquire) "
    # a fiscal event's other figures: the headroom against a rule, a tax threshold or write-off, the
    # revenue a measure brings in, cuts others make, what a body oversees
    "headroom thresholds? write-offs? personal\\s+allowance bring\\s+in brings\\s+in bringing\\s+in "
    "brought\\s+in yield yields yielding "
    # a gap someone says there was ("public schools had been underfunded by $1.9 billion")
    "underfunded\\s+by short-?changed\\s+by "
    "reductions?\\s+of oversight\\s+of "
    # what a post pays its holder: "a total remuneration package of", "daily fees set by the Authority"
    "remuneration (?:daily|sitting|annual|meeting)\\s+fees? "
    # what a body sells: "disposed of surplus sites worth £212 million", "land disposals"
    "disposed\\s+of (?:land|asset|property|site)\\s+disposals? "
    "disposals?\\s+of\\s+(?:surplus\\s+|its\\s+|the\\s+)?"
    "(?:land|assets?|propert(?:y|ies)|sites?|shares|stakes?|buildings?) "
    # a balance above its forecast: "$2.6 million more in its reserves than expected"
    "than\\s+(?:expected|forecast|budgeted|planned|projected|anticipated)"
).split()
# "£9m in revenue and £2m in capital", "revenue funding": a budget's category, not money coming in;
# "over the forward estimates", "the Supplementary Estimates": a budget's years and its vehicle.
_CATEGORY = {
    # ("To close the tax gap, HMRC receives £1.7bn": the work a tax office is funded for is no tax)
    "_TAX": r"tax(?:es)?(?!\s+(?:gap|avoidance|evasion|compliance|collection|fraud|administration|inspectors?"
    r"|offices?|authorit(?:y|ies)|agency|debts?|system|systems|investigators?|auditors?)\b)",
    "_REVENUE": r"(?<!in )revenues?(?! (?:funding|budget|grants?|support|spending|allocations?|and capital))",
    "_ESTIMATES": r"(?<!forward )(?<!upplementary )(?<!Main )(?<!budget )(?<!Budget )estimates?"
    r"(?!\s+(?:tabled|presented|laid))",
}
# ("low-income homeowners" are who the money helps, not an income)
_NOT_FUNDING_WORDS = [_CATEGORY.get(word, word) for word in _NOT_FUNDING_WORDS]
_SENTENCE_OPENERS = (
    "Tax|Taxes|Fraud|Savings|Revenue|Revenues|Losses|Sales|Exports|Imports|Remittances|Profits|Estimates|Forecasts"
    "|Debt"
    # ("Damage to infrastructure has reached ₱2.7 billion": a loss, at the start of a sentence)
    "|Damage|Damages"
    # ("Headroom against the stability rule rises to £22bn": a fiscal rule's margin)
    "|Headroom"
)
# "Wages" and "salaries" as the money's purpose ("funding for wages") are not a figure of pay.
_PAY_LEADS = ("for ", "of ", "towards ", "cover ", "fund ")


# Bills that are laws, not charges: "the companion budget bill", "the supplemental appropriations bill".
_LAW_BILLS = ("budget ", "appropriations ", "appropriation ", "spending ", "finance ", "supply ", "funding ")


def _at_sentence_start(word: str) -> str:
    """``word`` opening the text or a sentence in it ("Tax receipts rose", '... so." Tax'), the
    look-behinds after the word for the reason :func:`_not_after` gives."""
    return f'{word}(?:(?<=^{word})|(?<=[.!?:] {word})|(?<=[.!?:]" {word}))'


NOT_FUNDING = rule(
    "funding.cue.not-funding",
    "the sum is a saving, cost, tax, loss, forecast, price or a figure of the economy (SCHEMA rule 8)",
    r"\b(?=[A-Za-z])(?:"
    + "|".join(_NOT_FUNDING_WORDS)
    + "".join(f"|{_at_sentence_start(opener)}" for opener in _SENTENCE_OPENERS.split("|"))
    + r"|GDP|black hole|(?:funding|budget) gap|(?:a|the|its|their)\s+(?:[\w-]+\s+)?gap\s+of"
    r"|(?:to|boost|grow|into|for|cost|costs|costing) the (?:[\w.-]+ ){0,2}economy"
    r"|economic output"
    # a deficit or gap moving: "a cash deficit of $14.6bn this year, narrowing to $9.8bn next year"
    r"|(?:narrowing|widening|shrinking|narrows|widens)\s+to"
    r"|value of|recovery of|target of|investment approvals|approved investments?|foreign direct investment"
    r"|(?:economy|sector|industry|market|trade|exports|imports)\b[^.;£$€]{0,40}\b(?:worth|valued at|to reach)"
    # what a law or a plan has drawn in: "the law has mobilised more than €80bn in investment"
    r"|(?:has|have|had)\s+(?:already\s+)?(?:mobili[sz]ed|leveraged|unlocked|attracted)"
    # "the bill seeks $5bn" is legislation, not a household bill; a budget request proposes money.
    # (nor is a "budget bill" or an "appropriations bill": "gave final approval to its budget bill,
    # a $1.36 billion package")
    # (nor "signed a public defense bill committing $95 million": a law that commits the money)
    # (not a measure of time: "which has the longest average assessment times in the state")
    r"|(?:average|median)(?!\s+(?:[\w-]+\s+){0,2}(?:times?|waits?|waiting|delays?|speeds?|ages?|scores?|lengths?"
    r"|days|hours|minutes|weeks|months)\b)"
    rf"|{_not_after('bill', ('the ', 'The ', 'this ', 'This ', *_LAW_BILLS))}s?"
    r"(?!\s+(?:committing|providing|allocating|appropriating|that\s+(?:commits|provides|allocates|appropriates))\b)"
    rf"|{_not_after('request', ('budget ',))}s?"
    rf"|prices?|fares|{_not_after('wage', _PAY_LEADS)}s?|{_not_after('salar', _PAY_LEADS)}(?:y|ies)|pay rise"
    # (not a scheme for tenants: "a rent deposit scheme", "rent guarantees")
    r"|rents?(?!\s+(?:deposits?|guarantees?|support|relief|assistance|subsid\w+|bonds?|arrears\s+(?:fund|scheme))\b)"
    r"|mortgages?"
    r"|sold for|bought for|valued at|sale price|fall by|falls by|cut by"
    # a property's value for its tax: "a home assessed at $320,000"
    r"|(?:assessed|appraised)\s+at"
    r"|fell by|fallen by|dropped by|declined by"
    # a share of a total now and what an event brings: "currently accounts for about €100m of annual
    # spending" (a package's part "accounts for" its money),
    # "to bring £18m of economic benefit"
    r"|currently accounts? for|economic (?:benefit|impact|boost|activity|value)s?"
    # a sum restated in other units: "Adjusted for inflation, ... is worth about $4.9bn in 2023
    # dollars", "At the official exchange rate, the new sum is worth roughly $780m"
    r"|adjusted\s+for\s+inflation|exchange\s+rate|in\s+(?:19|20)\d\d\s+(?:dollars|pounds|euros|prices)"
    r"|(?:the|this|that)\s+(?:new\s+|combined\s+)?(?:sum|figure|amount)\s+is\s+worth"
    # a disaster's cost: "Preliminary damage across all sectors has been assessed at"
    r"|(?:damage|damages)\b[^.;£$€]{0,40}\b(?:assessed|estimated|put|valued|pegged)\s+at"
    # a disaster's toll and what insurers pay: "caused damage of around €33bn, of which only about €8bn
    # was insured", "insurers settled claims of about ₹2,100 crore"
    r"|(?:cause|caused|causes|causing|could\s+cause)\s+(?:[\w-]+\s+)?damages?\s+of|claims\s+of"
    r"|(?:was|were)\s+insured\b"
    # a target: "the strategy aims to raise it to AED300 billion by 2031"
    r"|aims? to (?:raise|increase|grow|lift|boost|take) (?:it|this|that|them|the \w+) to"
    # money coming in: "collected $11.2bn in royalties", "will be financed by issuing new bonds"
    r"|collect(?:ed|s|ing)?|financed by (?:issuing|borrowing|new (?:government )?bonds|debt)"
    # borrowing and a fund's size: "a third sovereign green bond of", "green sukuk worth", "sovereign
    # wealth fund, worth"
    r"|(?:bonds?|sukuk)\s+(?:issue\s+)?(?:of|worth)(?=\s+(?:(?:about|around|some|up\s+to)\s+)?$)"
    r"|wealth\s+fund,?\s+(?:which\s+is\s+)?(?:worth|valued\s+at)"
    r"|worth \S+ altogether|claims? worth|bids? totalling|expected to|would fall|puts? \w+ (?:\w+ )?at"
    # a valuation: "An independent valuer put its market value at"
    r"|market\s+value"
    # what a budget leaves in reserve, and a year's closing balance: "leaves the state's rainy-day fund at",
    # "leaves $2.4 billion in the state's reserves", "The state's ending balance last year was"
    r"|(?:leaves?|leaving)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:fund|reserves?|balance)\s+at"
    r"|(?<=^ )in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:reserves|reserve\s+accounts?|rainy[- ]day\s+fund)\b"
    r"|ending\s+balance"
    # a bill that was not passed: "House Bill 2344, which would have created an authority with"
    r"|would\s+have\s+(?:created|set\s+up|established|provided|given|funded|spent|put|allocated)"
    # a disaster's toll after the sum: "caused about $140 million of damage" (not "of damage repairs")
    r"|(?<=^ )(?:of|in)\s+(?:[\w-]+\s+)?damages?\b(?!\s+(?:repairs?|recovery|restoration|prevention|claims?"
    r"|assessments?))"
    # a loss assessed: "the direct damage, which Slovenia put at", "damage to the grid exceeds"
    r"|(?:damage|losses)\b[^.;£$€]{0,60}?\b(?:put\s+at|exceeds?|exceeded|totals?|totalled|totaled"
    r"|amounts?\s+to|estimated\s+at|worth)"
    # ("The state budget office puts total storm damage at")
    r"|puts?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:damage|losses|toll)\s+at"
    # a company's contract win is its revenue: "Bastion Security said it had won a $9.8 million contract"
    # (what a body "has secured" is its money: only a company's own report of a win)
    r"|\b(?:said|says|confirmed)\s+(?:\w+\s+)?it\s+(?:had|has)\s+(?:won|been\s+awarded)\s+an?(?=\s+(?:[\w-]+\s+)?$)"
    # what something costs someone: "at a cost to the Health Insurance Fund of about"
    r"|\bat\s+a\s+cost\s+(?:to\s+[^.;£$€]{1,60}?\s+)?of"
    # the value of things: "a guidance system worth more than £200,000"
    r"|(?:systems?|equipment|goods|property|machinery|vehicles?|tractors?|items?|jewellery|cash|pipeline"
    r"|kits|supplies|tents|medicines"
    r"|projects|portfolio"
    r"|drugs|cargo|assets"
    r"|stock|haul|products?)\s+worth"
    # goods given in kind, valued: "offered £3m worth of scanners"
    # ("Rs 260 crore worth of works": works paid for)
    r"|worth(?:(?<=^ worth)|(?<=^worth))\s+of(?!\s+(?:new\s+)?(?:works|projects|schemes|development"
    r"|infrastructure|roads?|repairs|upgrades|improvements)\b)"
    r"|bring back"
    # the writer's own tally: "appropriations we could trace total about", "we found no calculation"
    r"|[Ww]e (?:could |can )?(?:trace|traced|calculated?|counted|estimated?)|[Ww]e (?:found|find) no"
    r"|(?:report|audit|analysis|study|review|survey|research)\w* (?:found|finds|shows?|showed|revealed"
    r"|suggests?|identified|flagged|uncovered)"
    r"|(?:economy|GDP|output)\b[^.;£$€]{0,30}\b(?:grew|grow|grows|grown|shrank|shrunk|expanded"
    r"|contracted)"
    # trade figures: "Exports of iron and steel products ... reached"
    r"|(?:exports|imports|remittances|trade|shipments|production|output)\b[^.;£$€]{0,80}\b(?:reached|rose\s+to"
    r"|fell\s+to"
    r"|totalled|totaled|hit"
    r"|were\s+worth)"
    # what victims lose: "with victims losing a combined $96 million"
    r"|(?:victims|customers|consumers|households|residents|investors|savers)\s+(?:losing|lost|who\s+lost"
    r"|had\s+lost)"
    # people who borrow: "Nigerians who borrow ₦20,000 to pay school fees"
    r"|(?:who|which|that)\s+(?:borrow|borrowed|owe|owed)"
    # what a body may borrow: "will be able to borrow up to", "a borrowing limit of"
    r"|(?:able|allowed|permitted|free|capacity|power)\s+to\s+borrow|borrowing\s+(?:capacity|headroom|limit|cap)"
    # borrowing: "will issue 11.7 trillion yen in additional bonds"
    r"|in\s+(?:new\s+|additional\s+|extra\s+|government\s+|sovereign\s+|green\s+)?(?:bonds|debt"
    r"|treasury\s+bills|sukuk)(?!\s+(?:relief|advice|support|counselling)))\b",
    examples=(
        "aim at saving",
        "a £700m shortfall",
        "Tax receipts rose to",
        "the average pension is",
        " worth of scanners",
        "Water companies owe councils more than",
        "a pipeline of projects worth about",
        "still faces a gap of",
        "Thistle Secure said it had won a ",
    ),
    counter=(
        "the Economy Minister announced",
        "for the Lost Property Office",
        " for new scanners",
        "The ministry has awarded a ",
    ),
)
# A whole word of every NOT_FUNDING alternative, as a sentence's lower-case a-z words give it
# (each alternative is a word or a phrase between word boundaries; the pattern is
# case-sensitive, so no other character folds into these letters): a sum whose sentence
# holds none of them cannot be rejected by it (see funding_context's gates).
NOT_FUNDING_WORDS = frozenset(
    "adjusted exchange dollars pounds euros prices worth identified flagged uncovered day we "
    "headroom threshold thresholds write off offs personal bring brings bringing brought underfunded "
    "shortchanged short changed reduction reductions "
    "fell fallen dropped declined currently economic "
    "oversight supply reach mobilised mobilized leveraged unlocked attracted "
    "cause caused causes causing claims insured "
    "borrow borrowing damage damages shortfall short deficit surplus surpluses windfall windfalls debt "
    "blowout blowouts overrun overruns "
    "backlog backlogs "
    "arrears liability "
    "liabilities overspend overspent overspending underspend underspent underspending fraud scam scams "
    "overpayment overpayments error lost losing losses save saves saved saving savings fine fines fined "
    "penalty "
    "penalties tax taxes earnings revenue revenues turnover profit profits sales exports imports imported "
    "remittances "
    "exported estimate estimates estimated forecast forecasts projected predicted reckoned calculates "
    "recovered generate generated stopped blocking blocked safeguard safeguards protect protects waste "
    "wasteful misspent unspent borrowing borrowings income receipts redress seizure seizures seized "
    "confiscated stolen thieves theft "
    "owe owes owed owing collect collected collects collecting financed aim aims cost said says confirmed "
    # the openers ("Tax", "Savings", ...) are words above; then the phrases, by one word each
    "gdp black gap economy output production deals dividend dividends value recovery target worth valued "
    "takeover takeovers merger mergers order agreed agreeing agrees "
    "leaves leave leaving reserves reserve ending would "
    "average median bill "
    "bills request "
    "requests "
    "price prices fares wage wages salary salaries rise rent rents mortgage mortgages sold bought sale "
    "fall falls cut totalling expected put puts bring found finds show shows showed revealed suggest "
    "suggests narrowing widening shrinking narrows widens trade shipments bonds sukuk treasury bond "
    "wealth remuneration fee fees than disposed disposal disposals assessed appraised".split()
)
# "costing £1bn", "cost each household about £300": the price of something.
COST_BEFORE = rule(
    "funding.cue.cost-before",
    "the sum is the price of something",
    # (not "will cost the Government about $900 million": the government's own outlay, a commitment)
    # (a past cost to the state is a cost: "Last year's credits cost the Exchequer €1.2bn")
    r"\b(?:cost(?:s|ing)?(?!(?:(?<=will cost)|(?<=would cost))\s+(?:the\s+)?(?:[Gg]overnment|[Ss]tate"
    r"|Treasury|Exchequer|Commonwealth|Crown)\b)"
    r"|price of|priced at|bill of|bill for)\s+(?:[\w']+\s+){0,6}$"
    # an estimate of a cost: "put the cost of replacing every old main at more than"
    r"|\b(?:cost|price|bill)\s+(?:of|for)\b[^.;£$€]{0,80}\bat\s+(?:(?:more\s+than|over|about|around|some"
    r"|least|nearly|almost|roughly)\s+)?$"
    # an estimate or a rise of a cost: "the cost of X would be around", "the annual cost has risen to"
    r"|\b(?:cost|price)s?\b[^.;£$€]{0,80}\b(?:(?:would|could|might)\s+be|(?:(?:has|have|had)\s+)?"
    r"(?:risen|rose|grown|grew|climbed|increased)\s+to)"
    r"(?:\s+(?:more\s+than|over|about|around|some|at\s+least|nearly|almost|roughly|an\s+estimated))?\s+$",
    flags=_I,
    needles=("cost", "price", "bill"),
    window="before",
    examples=(
        "The new bridge is costing |",
        "will cost each household about |",
        "Engineers put the cost of rebuilding each old water main in the county at more than |",
        "An institute reckoned that the full cost of clearing the backlog would be around |",
        "The yearly cost of treating the disease has risen to about |",
        "Last year's credits cost the Exchequer |",
    ),
    counter=(
        "The council will invest |",
        "To cut the cost of care, the department will invest |",
        "The enhancement will cost the Government about |",
    ),
)
# "will recruit 30 firefighters, at a cost of $11.2 million", "the employment of 200 teachers at an
# annual cost of", "The hiring will cost R$412 million": the cost of what the announcer pledges is
# the money it commits.
PLEDGED_COST = rule(
    "funding.cue.pledged-cost",
    "the sum is the cost of something the announcer pledges to do",
    r"\b(?:(?:will|to|shall|approves?|approved|agreed\s+to)\s+(?:also\s+)?(?:recruit|hire|employ|deploy|provide|pay"
    r"|give|fund|build|create|establish|introduce|expand|extend|add)"
    # (a place's initialism may stand between: "build a hub in Inuvik, N.W.T., at a cost of")
    r"|(?:recruitment|employment|hiring|deployment|provision)\s+of)\b(?:[^.;£$€]|(?<=\b[A-Z])\.){0,160}?"
    r"\b(?:at|with)\s+(?:a|an)\s+(?:(?:total|annual|estimated|overall|yearly)\s+)?cost\s+of\s+"
    r"(?:(?:about|around|some|nearly|over|up\s+to)\s+)?$"
    r"|\b(?:the|this)\s+(?:hiring|recruitment|programme|program|plan|scheme|measure|package|expansion"
    r"|initiative|policy|deployment)\s+(?:will|would)\s+cost\s+(?:the\s+(?:state|government|province|city|"
    r"council|county|treasury)\s+)?(?:(?:about|around|some|nearly|over|up\s+to)\s+)?$"
    # a new thing the announcer will build: "A new fire station at Motlhabeng will be built at a cost of"
    r"|\b(?:[Aa]n?|[Tt]he)\s+new\s+[^.;£$€]{2,60}?\s+will\s+be\s+(?:built|constructed|delivered|developed)\b"
    r"[^.;£$€]{0,60}?\bat\s+a\s+(?:total\s+|estimated\s+)?cost\s+of\s+(?:(?:about|around|some|nearly|over|up\s+to)\s+)?$"
    # what a thing of the announcement will cost: "The station will cost", "The fleet replacement, costing"
    # (not a unit's or a household's price, a hedge, an estimate or someone's claim: "each block will
    # cost", "would cost", "the union says it will cost"; nor a cost running now: "is costing")
    r"|^(?![^.;]*\b(?:each|every|per|typical|average|households?|families|would|could|might|estimat\w*|says?"
    r"|said|claims?|called|opponents?|critics?|predict\w*|warn\w*|argu\w*|fear\w*|backlog|shortfall|deficit)\b)[^.;£$€]{0,200}?(?:\b(?:will|is\s+to|are\s+to)\s+cost"
    r"|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)\bcosting)\s+(?:(?:about|around|some|an\s+estimated|approximately"
    r"|roughly|nearly|almost|up\s+to|more\s+than)\s+)?$",
    flags=_I,
    needles=("cost",),
    window="before",
    examples=(
        "The state will recruit 30 career firefighters for the Fire Service, at a cost of |",
        "approved the employment of 200 additional ECDE teachers at an annual cost of |",
        "The hiring will cost |",
        "A new fire station at Kestrel will be built at a cost of |",
        "The station will cost |",
        "The fleet replacement, costing about |",
    ),
    counter=(
        "The new bridge is costing |",
        "The bridge will be built at a cost of about |",
        "Each 50-bed block will cost approximately |",
        "The union says the new depot will cost |",
        "A councillor predicted that the board will cost |",
        "clearing the backlog will cost more than |",
    ),
)
# "The average cost of converting a courtroom, including CCTV, is approximately": a unit cost,
# however far its verb (read in the whole window before the sum, as COST_BEFORE reads only the
# sum's clause).
AVERAGE_COST = rule(
    "funding.cue.average-cost",
    "the sum is an average or unit cost",
    r"\b(?:average|unit|typical|per-unit)\s+costs?\b[^.;£$€]{0,90}\b(?:is|are|was|were|of)"
    # ("is now more than $150,000 a year")
    r"(?:\s+now)?(?:\s+(?:about|around|some|approximately|roughly|nearly|more\s+than|over|almost|at\s+least))?\s+$",
    flags=_I,
    needles=("average", "unit", "typical"),
    window="before",
    examples=(
        "The average cost of converting a courtroom, including CCTV, is approximately |",
        "The average cost of keeping one person in prison is now more than |",
    ),
    counter=("The unit will cost |",),
)
# "at a total cost of", "involving an estimated cost of", "with an outlay of": a scheme's cost, written
# right before the sum.
_AT_A_COST_OF = (
    r"\b(?:at|involving|with)\s+(?:a|an)\s+(?:(?:total|estimated|overall|approximate|combined)\s+){0,2}"
    r"(?:cost|outlay)\s+of\s+(?:(?:about|around|some|nearly|over|more\s+than|up\s+to)\s+)?$"
)
# "The Cabinet approved the X Mission at a total cost of Rs 6,840 crore": the cost of a scheme
# approved here is the money committed to it, not a price.
APPROVED_AT_COST = rule(
    "funding.cue.approved-at-cost",
    "a scheme approved or sanctioned 'at a total cost of' the sum: the money committed to it",
    rf"\b(?:approv|sanction|accord|clear|green-?light)\w*\b[^.;]{{0,200}}?{_AT_A_COST_OF}",
    flags=_I,
    needles=("cost", "outlay"),
    window="before",
    examples=(
        "The Union Cabinet today approved the National Mission on Cold Chains at a total cost of |",
        "The Cabinet accorded administrative approval to phase two of the scheme at an estimated cost of |",
    ),
    counter=("The new bridge is expected to be built at a total cost of |",),
)
# "The projects approved today are:" then "1. Coastal Embankment Rehabilitation at a cost of Tk
# 2,184 crore": each item of a list of approvals is a scheme approved at that cost.
APPROVED_LEAD_IN = rule(
    "funding.cue.approved-lead-in",
    "a line that opens a list of schemes approved or sanctioned, or of a programme's components",
    r"\b(?:approv|sanction|components?\b|key\s+elements\b)\w*\b[^.;]{0,120}:\s*$",
    flags=_I,
    needles=("approv", "sanction", "component", "element"),
    examples=(
        "The projects approved today are:",
        "Briefing reporters, the secretary said the projects approved at the meeting are:",
        "The council sanctioned the following schemes:",
        "Major components:",
        "The key elements of the mission are:",
    ),
    counter=("The projects completed last year are:", "The council approved the plan."),
)
AT_COST = rule(
    "funding.cue.at-cost",
    "the sum is written as a scheme's cost, as an item of a list of approvals gives it",
    _AT_A_COST_OF,
    flags=_I,
    needles=("cost", "outlay"),
    window="before",
    examples=(
        "Rural Water Supply in 40 Upazilas at a cost of |",
        "The Harbour Project, at a total cost of |",
    ),
    counter=("The new bridge is costing |",),
)
# Whole words every match of a cue holds (as a sentence's lower-case a-z words give them): a
# sum whose sentence holds none of a decision's words skips its cues (funding_context's gates).
COST_WORDS = frozenset(
    "cost costs costing price prices priced bill cut cuts cutting slashed slashing reduced reducing "
    "trimmed overshot overran overspent exceeded blew reduction reductions veto vetoed vetoes struck strike "
    "strikes striking".split()
)
# BUDGET_AFTER, LOSS_AFTER, BUDGET_IS, SIZE_BEFORE, SIZE_AFTER and PAY_AFTER
BUDGET_WORDS = frozenset(
    "holds held manages invests balance flat reserves "
    "budget cut cuts reduction reductions black hole gap deficit overspend shortfall debt loss losses "
    "underspend bill portfolio book assets deposits revenue sales turnover outstanding day days hour "
    "hours compensation salary remuneration pay increase increases hike hikes rise rises hold paid".split()
)
# DEMAND and NEEDED_AFTER
DEMAND_WORDS = frozenset(
    "call calls called demand demands demanded demanding urge urges urged urging ask asks asked asking "
    "request requests requested requesting seek seeks seeking apply applies applied applying sought bid bids "
    "bidding lobby lobbies lobbied lobbying push pushes pushed pushing appeal should need needs want wants "
    "wanted needed required requires require gap shortfall appealed appeals appealing argue argues argued "
    "arguing would pending award decision allocation confirmed "
    "necessary take failed died defeated voted".split()
)
# Where the clause that follows a sum ends ("£1.8bn to X, adding to the capital
# already spent since 2015": the background belongs to the next clause).
_CLAUSE_END_WORDS = (
    r",\s+(?:adding|building|on top|in addition|following|alongside|which|while|and|but|as|bringing|taking"
    r"|with"
    r"|compared|up from|down from)\b|;"
)
# (not the full stop of an initial or abbreviation: "a U.S. Department of Justice grant in 2023")
_CLAUSE_END_STOP = r"(?<!\b[A-Z])(?<!\bSt)(?<!\bNo)(?<!\bCo)(?<!\bDept)(?<!\bGovt)\.(?:\s|$)"
AFTER_CLAUSE_END = rule(
    "funding.cue.after-clause-end",
    "where the clause after a sum ends",
    rf"{_CLAUSE_END_WORDS}|\s[–—]\s|{_CLAUSE_END_STOP}",
    flags=_I,
    examples=("for ports, building on", "for ports; the rest", "for ports. Then"),
    counter=("for ports and harbours", "a U.S. Department of Justice grant in 2023"),
)
# AFTER_CLAUSE_END without its dash alternative, for a window with no dash: that alternative can
# start at any space, so the full pattern tries every space, where this one skips to the next
# comma, semicolon or full stop.
_AFTER_CLAUSE_END_NO_DASH = lazy(rf"{_CLAUSE_END_WORDS}|{_CLAUSE_END_STOP}", _I)


def after_clause_end(after: str) -> re.Match[str] | None:
    """AFTER_CLAUSE_END searched in ``after`` (the same match: its dash alternative needs a dash)."""
    if "–" in after or "—" in after:
        return AFTER_CLAUSE_END.search(after)
    return _AFTER_CLAUSE_END_NO_DASH.search(after)


# Clause breaks: a cue word beyond one belongs to another clause.
CLAUSE_BREAK = rule(
    "funding.cue.clause-break",
    "a clause boundary inside the words before a sum",
    r",\s+(?:and|but|while|whereas|as)\s+|;\s+|\s[–—]\s|:\s+",
    examples=("spent last year, but now", "the plan: "),
    counter=("roads and bridges",),
)
# A department's or body's budget named right after the sum ("its £7.3bn health budget");
# not "£2bn from the bloc's budget" (money taken from one).
BUDGET_AFTER = rule(
    "funding.cue.budget-after",
    "the sum is the size of a budget",
    # (a sum "to" or "at" a budget is added to it or announced in it: "a $35m increase to its
    # compliance budget", "the £2.3bn announced at the Autumn Budget")
    r"^\s*(?!,)(?:(?!(?:from|of|within|out|in|under|to|at)\b)[\w,'’-]+\s+){0,4}?budget\b"
    # "a $3bn budget package" is money announced in a budget, not a budget's size.
    # ("$310 million over the next two-year budget cycle": the period the money is for)
    r"(?!\s+(?:package|measures?|boost|commitment|initiative|announcement|allocation|increase|uplift|cycle"
    r"|period|years?|biennium"
    # ("backing the change with a $14.7 million budget over the next three financial years": money
    # set for a span of years, not a body's running budget)
    r"|over\s+(?:the\s+)?(?:next\s+|coming\s+|first\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"\s+(?:financial\s+|fiscal\s+)?years))",
    needles=("budget",),  # the pattern tries every word before "budget"; most windows have none
    flags=_I,
    window="after",
    examples=("its £4.2bn| education budget", "the £9m| annual budget"),
    counter=(
        "£3bn| budget package for roads",
        "$14.7 million| budget over the next three financial years",
        "£2bn| from the national budget",
        "$310 million| over the next two-year budget cycle",
        "$35 million| increase to its compliance budget",
    ),
)
# "a £20m cut", "a £1bn black hole": the sum names a loss, not money given.
LOSS_AFTER = rule(
    "funding.cue.loss-after",
    "the sum names a cut, gap or loss",
    r"^\s*(?:(?!(?:to|for|will|would|and|in|of|on|a|an|the)\b)[\w-]+\s+)?"
    r"(?:cuts?|reductions?|black hole|hole|gap|deficit|overspend|shortfall|debt|loss(?:es)?"
    r"|underspend|bill"
    # what customers are charged more: "approved a $212 million rate increase for Northern Plains Power"
    r"|(?:rate|tariff|price|fare|toll)\s+(?:increase|hike|rise)s?)\b",
    flags=_I,
    window="after",
    examples=(
        "a £20m| cut to museums",
        "a £2bn| black hole",
        "approved a $212 million| rate increase for the utility",
    ),
    counter=("£20m| for museums",),
)
# The size of an organisation, often in a biography: "a lending portfolio of $1.2bn", "has an annual
# budget of £1.1bn", "a community bank with $2.1bn in assets".
SIZE_BEFORE = rule(
    "funding.cue.size-before",
    "the sum is the size of an organisation's portfolio or loan book",
    # (not "an annual budget of": a new body's budget is money given to it)
    r"(?:\b(?:lending|loan|investment|asset|property)\s+(?:portfolio|book)\s+of"
    # "It has around 420 staff and an annual budget of": what a body has now (not "will have")
    r"|(?<!will\s)\b(?:has|had)\s+(?:[^.;£$€]{0,60}\s)?an?\s+(?:annual|yearly|total|operating|(?:19|20)\d\d(?:[-/]\d\d)?)"
    r"\s+budget\s+of"
    # "employs 5,000 people and administers a budget of": what a body runs now
    r"|(?<!will\s)\b(?:administers|manages|oversees|runs|controls|administered|managed|oversaw)\s+an?\s+"
    r"(?:(?:annual|yearly|total|operating|combined)\s+)?budget\s+of"
    # "the Guardian's Fund, which holds more than": what a fund holds now
    r"|\bwhich\s+(?:holds|held|manages|invests)"
    # "The council holds £9.2 million in general reserves": what a body keeps in reserve now
    r"|(?<!will\s)\b(?:holds|keeps)(?=\s+(?:(?:about|around|some|more\s+than|over|nearly|almost|roughly)\s+)?$)"
    # "the school aid budget, which the governor holds flat at": a budget left as it is
    r"|\b(?:holds?|held|keeps?|kept|freezes|froze|frozen)\s+(?:it\s+)?flat\s+at"
    # "leaving general reserves at about": what is left in reserve
    r"|\b(?:leaving|leaves|left)\s+(?:[\w-]+\s+){0,2}reserves\s+at"
    # "An unassigned balance of": what a fund has left
    r"|\b(?:unassigned|unspent|cash|closing|opening|fund)\s+balance\s+of)\s+"
    r"(?:(?:about|around|some|more\s+than|over|nearly|almost|roughly)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "which manages a lending portfolio of |",
        "the Guardian's Fund, which holds more than |",
        "The council holds |",
        "the school aid budget, which the governor holds flat at |",
        "leaving general reserves at about |",
        "the General Fund ended the year with an unassigned balance of |",
        "a bank with a loan book of |",
        "It has around 420 staff and an annual budget of |",
        "The authority employs 5,000 people and administers a budget of roughly |",
    ),
    counter=("The new office will have an annual budget of |", "with a new fund of |"),
)
SIZE_AFTER = rule(
    "funding.cue.size-after",
    "the sum is what an organisation holds or earns",
    # ("will share £9m in revenue and £2m in capital": a budget's category, not a firm's size)
    r"^\s*in\s+(?:total\s+)?(?:assets|deposits|annual\s+(?:revenue|sales|turnover)"
    r"|revenue(?!\s+(?:funding|grants?|support|and\s+capital|and\s+£|and\s+\$|for|to)\b)|sales|turnover"
    r"|loans\s+outstanding)\b",
    flags=_I,
    window="after",
    examples=("a regional bank with $2.1 billion| in assets",),
    counter=("$2.1 billion| in grants to regional banks", "$5m| in new funding"),
)
# What a post pays for the time it asks: "will receive £34,000 per annum for a time commitment of
# around ten days a month", "is remunerated at £45,000 a year for two days a week".
PAY_AFTER = rule(
    "funding.cue.pay-after",
    "the sum is the pay of a post for its time",
    r"^\s*(?:per\s+annum|a\s+year|per\s+year|annually|a\s+day|per\s+day)\s+for\s+(?:an?\s+)?"
    r"(?:expected\s+|estimated\s+)?(?:time\s+)?(?:commitment|around|about|up\s+to|some|minimum\s+of|maximum\s+of"
    r"|at\s+least)\b[^.;]{0,40}?"
    r"\b(?:days?|hours?)\b",
    flags=_I,
    window="after",
    examples=(
        "The chair will receive £30,000| per annum for a time commitment of around eight days a month",
        "paid £9,000| a year for around one day per week",
    ),
    counter=("£30,000| a year for five years to the museum",),
)
# Rule 10: money from others, named right next to the sum: "£2bn of private
# investment", "private investors will put in £50m", "donations of £1m".
# Private givers, as OTHERS_BEFORE reads them (defined there), for the giver named after a sum.
_PRIVATE_GIVER_WORDS = lex.alternation(
    g
    for g in (*lex.PRIVATE_GIVERS, *lex.PRIVATE_DESCRIPTORS, *lex.PRIVATE_GIVER_EXTRAS)
    if g not in ("private", "private-sector", "private sector", "group", "business", "corporation")
)
# Alternatives of OTHERS_AFTER that open with any words, so the engine cannot pass over them by a
# first letter: each is read by others_after only when the sentence holds one of its words.
# ("a $120 million grant from the Global Fund", "a World Bank-financed project")
# ("KSh 22 billion in concessional lending from the African Development Bank", "a $750 million
# development policy operation still under discussion with the World Bank")
_LENDERS_FINANCING = (
    r"(?:[\w-]+\s+){0,2}?(?:loans?|facility|facilities|credit|financing|grants?|lending|operations?)"
    r"(?:\s+(?:programme|program|agreement))?"
    r"(?:\s+(?:still\s+|now\s+)?(?:under\s+discussion|being\s+negotiated|agreed|signed|negotiated))?"
    r"\s+(?:from|with)\s+the\s+(?:[A-Z][\w-]*\s+){0,3}"
    rf"(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})\b"
)
# "a ₦240bn programme supported by the Islamic Development Bank"
_SUPPORTED_BY_LENDER = (
    rf"(?:[\w-]+\s+){{0,5}}?(?:supported|financed|funded|backed)\s+by\s+(?:an?\s+[^.;£$€]{{0,40}}?\s+from\s+)?the\s+"
    rf"(?:[A-Z][\w-]*\s+){{0,3}}(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})\b"
)
# "a $200m programme financed through a World Bank loan": the lender's money
_FINANCED_THROUGH_LOAN = (
    rf"(?:[\w-]+\s+){{0,5}}?(?:supported|financed|funded|backed)\s+(?:through|by|with)\s+(?:an?|the)\s+"
    rf"(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})\s+(?:loans?|credits?|financing|facility)\b"
)
# "a $100 million grant from donor countries for school rehabilitation": donors' money
_FROM_DONORS = (
    r"(?:[\w-]+\s+){0,2}?(?:grants?|loans?|funding|contributions?|support|aid)\s+from\s+(?:the\s+|several\s+"
    r"|other\s+|foreign\s+|international\s+)?(?:donor\s+(?:countries|governments|nations|partners|agencies)"
    r"|donors|development\s+partners)\b"
)
# "would come from developer contributions linked to X": others' money the sum will come from
_COMES_FROM_PRIVATE = (
    r"(?:[^.;£$€]{0,80}?\b)?(?:will|would)\s+(?:instead\s+)?come\s+from\s+(?:[\w-]+\s+){0,2}?(?:developer|private"
    r"|industry|business|charitable|donor|lottery|sponsor)s?['’]?\s+(?:contributions?|funding|money|investment"
    r"|donations?)\b"
)
# "which was built and financed by a private consortium under a public-private partnership"
_BUILT_BY_PRIVATE = (
    r"[^.;£$€₹]{0,80}?\b(?:built|financed|funded|delivered|developed)(?:\s+and\s+(?:built|financed|funded"
    r"|operated|maintained))?\s+by\s+(?:an?\s+|the\s+)?private\s+(?:consortium|partner|sector|company|developer"
    r"|concessionaire|investors?)\b"
)
# "alongside a $2 billion investment by technology company Meridian", "a further $300 million from its
# joint-venture partner": a company's own money
_INVESTMENT_BY_PRIVATE = (
    rf"(?:[\w-]+\s+){{0,2}}?(?:investments?|commitment|spend|spending|capital|contributions?)\s+(?:by|from)\s+"
    rf"(?:the\s+|an?\s+|its\s+"
    rf"|their\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_PRIVATE_GIVER_WORDS})\b"
)
# a private giver's relative clause after the sum: "$75 million the Ramsay-Lister Foundation has pledged
# towards", "the $800 million a large pension fund says it will invest"
_PRIVATE_GIVER_PLEDGED = (
    rf"(?:that\s+|which\s+)?(?:the\s+|an?\s+|its\s+)?(?:[\w'’&-]+\s+){{0,4}}?(?:{_PRIVATE_GIVER_WORDS}"
    rf"|(?-i:Foundation|Trust|{lex.alternation(lex.COMPANY_SUFFIXES)}))\s+(?:says\s+it\s+|said\s+it\s+)?"
    r"(?:has\s+|have\s+|had\s+|will\s+|would\s+)?(?:pledged|promised|committed|donated|given|offered|invest"
    r"|contribute|donate|give|put\s+in)\b"
)
# "a £600,000 loan from a community bank": a lender's money
_LOAN_FROM_BANK = (
    r"(?:[\w-]+\s+){0,2}?loans?\s+from\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:bank|lender|building\s+society"
    r"|credit\s+union)\b"
)
# "a further €2m to extend the bike-share scheme is being provided by operator Cyclo Ltd": what
# it is for, then the private giver
_PROVIDED_BY_PRIVATE = (
    rf"[^.;£$€]{{3,90}}?\s(?:is|are|was|were|will)\s+(?:be(?:ing)?\s+)?(?:contributed|provided|donated|put\s+up"
    rf"|offered|funded|paid\s+for)\s+by\s+(?:the\s+)?(?:{_PRIVATE_GIVER_WORDS})\b"
)
# "a $2.7 million, three-year grant from the Harlan Family Foundation"
_GRANT_FROM_FOUNDATION = (
    r",?\s*(?:[\w-]+\s+){0,3}?(?:grant|gift|donation|endowment)\s+(?:from|by)\s+(?:the\s+)?"
    r"(?-i:(?:[A-Z][\w'’&-]*\s+){1,4}(?:Foundation|Charity|Trust|Ltd|plc|PLC|Inc|LLC))"
)
# "a £2m appeal": the target of fundraising; "a £1.2bn battery factory": a private project's size
_PROJECT_OR_APPEAL = (
    r"(?:(?!(?:for|to|in|of|on|at|with|from|into|towards|a|an|the|and|or)\b)[\w-]+\s+){0,3}"
    rf"(?:{lex.alternation((*lex.FUNDRAISING_NOUNS, *lex.PRIVATE_PROJECTS))})"
)
OTHERS_AFTER = rule(
    "funding.cue.others-after",
    "the sum is private, donated or matching money (SCHEMA rule 10)",
    # ("$500,000 from its industry levy fund": the giver's own trade money)
    r"^\s*(?:(?:of|in|from)\s+(?:(?:its|their)\s+(?:own\s+)?(?=industry|business|members|corporate))?"
    r"(?:new\s+|additional\s+|extra\s+|long-term\s+|short-term\s+)?(?:private|commercial"
    r"|corporate|philanthropic"
    # ("the remaining 1.4 trillion won to be raised from private investors")
    r"|industry|business|charitable|donor|investor)|(?:in\s+)?donations|(?:in\s+)?sponsorship\b"
    # a company's social obligations: "has committed Rs 25 crore under its corporate social responsibility"
    r"|(?:under|through|as\s+part\s+of)\s+(?:its|their)\s+(?:corporate\s+social\s+responsibility|CSR)\b"
    r"|from\s+(?:[\w-]+\s+){0,3}sponsors\b"
    # a charity's own money: "£150,000 from its own fundraising", "from public donations"
    r"|from\s+(?:its|their)\s+(?:own\s+)?(?:fundraising|fund-raising|appeal|donors|reserves\s+of\s+donations)\b"
    # the owners' own stake: "along with $3 million of its members' own equity"
    r"|of\s+(?:its|their)\s+(?:members|shareholders|owners|investors)['’]\s+(?:own\s+)?(?:equity|money|funds"
    r"|capital|savings)\b"
    r"|(?:(?:is|are|to|will|would)\s+be\s+)?raised\s+(?:by|through|from|via)|donated"
    # "a US$25 million loan from the Inter-American Development Bank": a lender's money
    # a private gift: "a $150,000 gift from the Marchetti family"
    r"|(?:[\w-]+\s+)?(?:gifts?|donations?|bequests?)\s+(?:from|to)\b"
    # a giver's gift towards something: "thank you to Lakefront Mutual for its $3M gift toward the shelter"
    r"|(?:[\w-]+\s+)?(?:gifts?|donations?|bequests?)\s+(?:toward|towards|for)\b"
    # "a N4.5 billion donation of oxygen plants by a consortium of manufacturers": goods given by others
    r"|(?:[\w-]+\s+)?(?:gifts?|donations?)\s+of\s+[^.;,£$€]{2,60}?\s+(?:by|from)\s+(?!(?:the\s+)?(?:government"
    r"|state|ministry|department)\b)"
    # "a R120 million contribution from Business Against Crime": another giver's share
    r"|(?:[\w-]+\s+)?contributions?\s+from\s+(?!(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:government|state|federal"
    r"|national|province|provincial|council|ministry|department|treasury|city|county|commonwealth|union)\b)"
    rf"|{_LENDERS_FINANCING}"
    # others' money the sum will come from: "would come from developer contributions linked to X"
    rf"|{_COMES_FROM_PRIVATE}"
    # money a government expects from another: "the $312 million Carrow expects from the federal program",
    # "$826 million that Colorado expects to receive through the federal X program"
    r"|(?:(?:that|which)\s+)?(?:(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}|it|they|the\s+(?:state"
    r"|province|city|county|territory|region))\s+(?:expects?|expected|hopes?|stands)\s+"
    r"(?:to\s+(?:receive|get|collect)\s+)?(?:from|through|under)\b"
    rf"|(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})-(?:financed|funded|backed|supported)\b"
    # "contributing ₦2.1 billion from its World Bank loan"
    rf"|from\s+(?:its|their|the|a)\s+(?:[A-Z][\w-]*\s+){{0,3}}(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})\s+"
    r"(?:loans?|credit|facility|financing)\b"
    rf"|{_SUPPORTED_BY_LENDER}"
    rf"|{_FINANCED_THROUGH_LOAN}"
    # "Tk 4,610 crore will be provided as project assistance by development partners"
    r"|(?:will\s+be\s+|is\s+|are\s+)?(?:provided|given|financed|met|contributed)\s+(?:as\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:by|from)\s+(?:the\s+|its\s+|our\s+)?(?:external\s+|international\s+)?development\s+partners\b"
    rf"|{_FROM_DONORS}"
    # "the remaining Tk 4,156 crore will come as project assistance from development partners"
    r"|(?:will\s+|would\s+)?come\s+(?:as\s+(?:[\w-]+\s+){0,3}?)?from\s+(?:the\s+|its\s+)?(?:external\s+"
    r"|international\s+)?(?:development\s+partners|donors|lenders)\b"
    rf"|{_BUILT_BY_PRIVATE}"
    # "will be raised as a long-term loan from the Asian Development Bank"
    rf"|(?:will\s+be\s+)?raised\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}loans?\s+from\s+the\s+(?:[A-Z][\w-]*\s+){{0,3}}"
    rf"(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})\b"
    # "a US$80 million loan approved by the Inter-American Development Bank's board": the lender's money
    rf"|(?:[\w-]+\s+){{0,2}}?(?:loans?|credits?|financing|facility|grants?)\s+(?:approved|provided|extended"
    rf"|granted|made|signed|agreed)\s+(?:(?:last|this)\s+\w+\s+)?by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,3}}"
    rf"(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})\b"
    # "Tk 2,521.95 crore will come as loans from the Asian Development Bank"
    rf"|(?:will\s+)?come\s+as\s+(?:[\w-]+\s+)?loans?\s+from\s+the\s+(?:[A-Z][\w-]*\s+){{0,3}}"
    rf"(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})\b"
    rf"|{_INVESTMENT_BY_PRIVATE}"
    r"|from\s+(?:its|their|a|the)\s+(?:[\w-]+\s+){0,2}?(?:joint[- ]venture|private|industry|corporate"
    r"|commercial)\s+partners?\b"
    rf"|{_PRIVATE_GIVER_PLEDGED}"
    rf"|{_LOAN_FROM_BANK}"
    # "the remaining £4.5m is being contributed by Northmoor Water and local developers"
    rf"|(?:(?:is|are|was|were|will|has|have|had)\s+(?:be(?:ing|en)?\s+)?)?(?:contributed|provided|donated|put\s+in"
    rf"|offered|pledged|promised|given)\s+by"
    rf"\s+[^.;£$€]{{0,60}}?\b(?:{_PRIVATE_GIVER_WORDS}|(?-i:{lex.alternation(lex.COMPANY_SUFFIXES)}))\b"
    rf"|{_PROVIDED_BY_PRIVATE}"
    # "$420m in matching funds", "$50m of cost share": the recipients' own money.
    r"|(?:in|of|as)\s+(?:private\s+|their own\s+|local\s+|non-[a-z]+\s+)?"
    r"(?:match(?:ing|ed)?\s+(?:funds?|funding"
    r"|contributions?)|cost[- ]share|co-?funding|co-?investment)"
    # developers' planning obligations: "£1.6 million in section 106 contributions from the developers"
    r"|(?:in|of|from|through)\s+(?:the\s+)?(?:section\s+106|s\.?\s?106|developer|developers['’]?|planning)\s+"
    r"(?:contributions?|obligations?|agreements?|money|funding|payments?)"
    # another government's aid: "€95m in bilateral contributions"
    # (not a federal government's own "bilateral transfers to provinces")
    r"|in\s+bilateral\b(?!\s+transfers?\b)"
    r"|of (?:their|its|his|her) own\b|in[- ]kind"
    # "a further $15 million from their own funds": the givers' own money
    r"|(?:from|out\s+of)\s+their\s+own\s+(?:funds|resources|budgets?|reserves|revenues?|pockets)\b"
    # "£4m from the Hargreaves Foundation": a named private giver
    r"|(?:from|by)\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’&-]*\s+){1,4}(?:Foundation|Charity|Ltd|plc|PLC|Inc|LLC))"
    rf"|{_GRANT_FROM_FOUNDATION}"
    r"|in\s+(?:provisions|refunds|redress|compensation|voluntary\s+payments)"
    # "A $35 billion Emirati investment": another country's money
    rf"|(?-i:{lex.alternation(lex.DONOR_ADJECTIVES)}|Emirati|Saudi|Qatari|Chinese)\s+(?:[\w-]+\s+)?"
    r"(?:investment|loan|grant|aid|financing|deposit|credit)s?\b"
    # "€300m from national budgets": the member states' or partners' own money
    r"|from\s+(?:their\s+own\s+|national\s+|member\s+states['’]?\s+|partners['’]?\s+|local\s+)budgets?"
    rf"|{_PROJECT_OR_APPEAL})\b",
    flags=_I,
    window="after",
    examples=(
        "| from its industry levy fund to support fruit disposal bins",
        "£500m| of private investment",
        "$90m| in matching funds",
        "NZ$3m| in kind",
        "$90m| of their own on new equipment",
        "£4m| from the Hargreaves Foundation",
        "a US$25 million| loan from the Inter-American Development Bank",
        "Tk 4,610 crore| will be provided as project assistance by development partners",
        "a $100 million| grant from donor countries for school rehabilitation",
        "€95 million| in bilateral humanitarian contributions",
        "£4.5m| is being contributed by Northmoor Water and local developers",
        "€2m| to extend the bike-share scheme is being provided by operator Cyclo Ltd",
        "$2.3 million| raised through its public appeal",
        "a £3 million| appeal for the flood victims",
        "a £900m| electric bus factory near the port",
    ),
    counter=(
        "£500m| of new funding",
        "£5m| to appeal courts",
        "£40m| for a factory skills academy",
        "£5m| contributed by the county council",
        "a $40m| loan to the Harbour Development Board",
    ),
)
# Nouns that are a company whatever precedes them ("a cement company", "a logistics firm").
_COMPANY_NOUNS = ("company", "firm", "companies", "firms")


def _last_words(phrases: tuple[str, ...]) -> str:
    """The last a-z word of each phrase, lower-cased (each phrase ends with a letter)."""
    assert all(p[-1:].isascii() and p[-1:].isalpha() for p in phrases)
    return " ".join(ascii_words(p.lower())[-1] for p in phrases)


# The alternatives of OTHERS_AFTER cut out above, each with words one of which every match of it
# holds whole: after a space (or a comma) in the window or at its start, and before a space or
# any other non-letter ("built and financed by a private consortium": "private").
_OTHERS_AFTER_GATES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        (_LENDERS_FINANCING,),
        "loan loans facility facilities credit financing grant grants lending operation operations",
    ),
    ((_SUPPORTED_BY_LENDER, _FINANCED_THROUGH_LOAN), "supported financed funded backed"),
    ((_FROM_DONORS,), "donor donors partners"),
    ((_BUILT_BY_PRIVATE,), "private"),
    # (the costliest alternative of the rest: it tries "will"/"would" at each of 80 characters;
    # "come" is written whole between white space in every match)
    ((_COMES_FROM_PRIVATE,), "come"),
    (
        (_INVESTMENT_BY_PRIVATE,),
        "investment investments commitment spend spending capital contribution contributions",
    ),
    (
        (_PRIVATE_GIVER_PLEDGED,),
        "pledged promised committed donated given offered invest contribute donate give put",
    ),
    ((_LOAN_FROM_BANK,), "loan loans"),
    ((_PROVIDED_BY_PRIVATE,), "contributed provided donated put offered funded paid"),
    ((_GRANT_FROM_FOUNDATION,), "grant gift donation endowment"),
    ((_PROJECT_OR_APPEAL,), _last_words((*lex.FUNDRAISING_NOUNS, *lex.PRIVATE_PROJECTS))),
)
_OTHERS_AFTER_GATED = tuple(
    (lazy(rf"^\s*(?:{'|'.join(alternatives)})\b", _I), frozenset(words.split()))
    for alternatives, words in _OTHERS_AFTER_GATES
)


def _without_gated(source: str) -> str:
    """OTHERS_AFTER's pattern without the alternatives of _OTHERS_AFTER_GATES (each written once
    in it, after a "|"): a match of the rest or of one of them is a match of the whole."""
    for alternatives, _ in _OTHERS_AFTER_GATES:
        for alternative in alternatives:
            assert source.count(f"|{alternative}") == 1
            source = source.replace(f"|{alternative}", "")
    return source


_OTHERS_AFTER_REST = lazy(_without_gated(OTHERS_AFTER.source or ""), _I)


def others_after(after: str, words: frozenset[str] | None) -> bool:
    """Whether OTHERS_AFTER matches ``after``, the words after a sum (its alternatives all open at
    the window's start: search and match find the same). ``words``: the sentence's a-z words
    (SumContext.words), or None when they cannot gate. An alternative that opens with any words,
    which the engine tries at length, is read only when the sentence holds one of its gate words,
    or when the window opens with a letter (a word begun inside the sum is none of the words)."""
    if _OTHERS_AFTER_REST.match(after):
        return True
    if words is None or after[:1].isalpha():
        return any(pattern.match(after) for pattern, _ in _OTHERS_AFTER_GATED)
    return any(not gate.isdisjoint(words) and pattern.match(after) for pattern, gate in _OTHERS_AFTER_GATED)


_PRIVATE_GIVERS = tuple(
    g
    for g in (*lex.PRIVATE_GIVERS, *lex.PRIVATE_DESCRIPTORS, *lex.PRIVATE_GIVER_EXTRAS)
    if g not in ("private", "private-sector", "private sector", "group", "business", "corporation")
)
_PRIVATE_GIVER = lex.alternation(_PRIVATE_GIVERS)
_OTHERS_VERB = lex.alternation(lex.PRIVATE_MONEY_VERBS)
# (not a public corporation: "the Industrial Development Corporation will provide a R650 million loan")
_COMPANY_END = lex.alternation(lex.COMPANY_NAME_ENDS) + "".join(
    f"(?<!{w} Corporation)" for w in lex.PUBLIC_CORPORATION_WORDS
)
# A clause of the government's own after a comma: ", with the national government providing".
_OWN_CLAUSE = (
    r",\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:government|ministry|council|state|department|treasury)\b"
    # the giver's place taken by a recipient: "The company will be backed by a loan facility of",
    # "the company will receive a loan of"
    r"|\b(?:be|being|been|is|are)\s+(?:backed|funded|financed|supported|capitalised|capitalized)\s+by\b"
    r"|\b(?:receive|receives|get|gets|be\s+given|be\s+lent)\b"
)
OTHERS_BEFORE = rule(
    "funding.cue.others-before",
    "a company, bank, charity, donor or the recipients themselves put the money in (SCHEMA rule 10)",
    rf"(?:\b(?:private(?:[- ]sector)?|{_PRIVATE_GIVER}|(?:its|their)\s+members|(?-i:Foundation)(?! Trust)"
    # "Pacific Valley Power said it would invest": a company by the last word of its name.
    rf"|(?-i:[A-Z]\w+ (?:{_COMPANY_END}|Pharma\w*|Telecom\w*)))\b"
    # (a suffix's full stop: "Tidewater Transmission Ltd., which has committed")
    r"(?:(?:(?<=Ltd)|(?<=Inc)|(?<=Corp)|(?<=Pty))\.)?"
    # (a relative clause about the giver may stand between: "The charity X, which supports families
    # affected by eating disorders, will contribute"; "A private freight railroad that owns part of the
    # route has agreed to contribute": what it does for a living)
    r"(?:[^,.;£$€]{0,40}?,\s+(?:which|who)\s+[^,.;£$€]{1,110}?,"
    # (or its name in apposition: "The developer of the Astley Marsh site, Harbourgate Estates, has agreed")
    r"|[^,.;£$€]{0,40}?,\s+(?-i:[A-Z][\w'’&.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’&.-]*){0,4}),"
    rf"|(?:\s+[\w-]+){{0,3}}?\s+(?:that|which)\s+{lex.alternation(lex.COMMERCIAL_ACTIVITY)}\b[^,.;£$€]{{0,80}}?"
    r"(?=\s))?"
    # (a second verb with the announcer for subject ends the giver's clause: "plans submitted by two battery
    # makers and decided to provide subsidies")
    rf"(?:(?!,\s+(?:and|but|while|as)\s|\s+and\s+(?:has\s+|have\s+)?(?:decided|agreed|resolved|approved)\b"
    rf"|{_OWN_CLAUSE})[^.;£$€]){{0,60}}"
    # (the base forms only of verbs whose other forms name a recipient: "the foundation was funded")
    # (not a passive: "X, a charity run by foster carers, has been handed £1.1m" receives it)
    rf"\b(?<!been )(?<!being )(?<!be )(?:{_OTHERS_VERB}\w*|(?:(?<=will )|(?<=would )|(?<=to )|(?<=will also )"
    rf"|(?<=would also ))"
    r"(?:fund|finance|give|put|build|establish)\b)"
    # ("Beneficiaries will contribute about ₹4,100 crore": the households a scheme helps pay their share)
    r"|\b(?:recipients|applicants|grantees|awardees|member states|project teams|participants|beneficiaries"
    r"|households|homeowners|tenants|farmers"
    # the users who pay their share: "the irrigation communities will contribute €35m through tariffs"
    r"|(?:irrigation|user|water|farming|local)\s+communities|landowners|users)\b[^.;£$€]{0,40}"
    r"\b(?:contribut\w*|commit\w*|add\w*|match\w*|put(?:s|ting)? in|invest\w*|rais\w*|co-?financ\w*"
    r"|co-?fund\w*)"
    # ("mobilise" alone is no other giver's: the Commission "proposed to mobilise €318m from the EUSF")
    # (but what a plan "could mobilise" is others' money it hopes for, as in "could mobilise up to €800bn
    # in defence spending, though the bulk would come from national budgets")
    # (a government that "raised the budget to" a figure gives it: no money raised from others)
    r"|\b(?:donations?|bequests?|gifts?|match(?:ed)? funding|fundraising"
    r"|raised(?!\s+(?:the|its|their|our)\s+(?:[\w-]+\s+)?"
    r"(?:budget|funding|allocation|spending|investment|total|contribution|commitment|grant|cap)\b)"
    r"|leverag\w+|unlock\w*|attract\w*"
    r"|(?:could|might|may)\s+(?:help\s+)?mobili[sz]e)"
    # (the sum may open a quotation: 'its members will invest "at least €1 billion"')
    r"|\bprivate\s+(?:sector\s+)?(?:investment|funding|capital|money))\s+[\"“]?(?:(?:[\w-]+\s+){0,3}"
    # ("unlocking a disbursement of about": a qualifier before the sum)
    r"(?:(?:about|around|some|nearly|almost|up\s+to)\s+)?"
    # "has pledged laptops and connectivity worth": goods valued at the sum
    r"|(?:[\w-]+\s+){1,6}worth\s+(?:(?:about|around|some|nearly)\s+)?)[\"“]?$"
    # a company's own programme or plant: "the utility's €1.2 billion investment programme", "a
    # chipmaker's $40M water recycling plant"
    rf"|\b(?:{_PRIVATE_GIVER})['’]s\s+(?:own\s+)?$"
    # bids that lost and bidders' offers: "The lowest bid, at", "the higher of them, at", "which offered
    # to do the work for", "Among the unsuccessful applicants were ... a"
    r"|\b(?:lowest|highest|higher|lower|cheapest|rival|competing|losing|unsuccessful)\b(?:\s+[\w-]+){0,3}?,?\s+at\s+$"
    r"|\boffered\s+to\s+(?:do|carry\s+out|deliver|build|complete|supply)\s+[^.;£$€]{0,40}?\s+for\s+$"
    r"|\bunsuccessful\s+(?:applicants|bidders|bids|proposals|applications)\b[^.;£$€]{0,120}$"
    # a lender's money named before it: "funded by the African Development Bank with US$ 62 million"
    rf"|\b(?:funded|financed|backed|supported)\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,3}}"
    rf"(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})\s+(?:with|to\s+the\s+tune\s+of)\s+"
    r"(?:(?:about|around|some|up\s+to)\s+)?$"
    # money others are expected to pay in: "Colorado expects to receive about $740 million from
    # national opioid settlements", "from which it expects to receive around CZK 6bn"
    r"|\bexpects?\s+to\s+(?:receive|get|collect)\s+(?:(?:about|around|some|up\s+to|nearly|almost|more\s+than"
    r"|over|roughly|approximately|an\s+estimated)\s+)?$"
    # a figure of private money: "Private investment in the project pipeline sits at"
    # ("Private venture funding in Canadian AI companies reached")
    r"|\bprivate\s+(?:sector\s+)?(?:venture\s+)?(?:investment|capital|spending|funding)\b[^.;£$€]{0,60}?\b(?:sits|sat"
    r"|stands|stood"
    r"|reached|hit|totalled|totaled|topped|is|was|were|are)\s+(?:at\s+)?"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$"
    # "A distillery group ... has separately announced that it will spend": a giver introduced with "a"
    # ("A cement company has signed an agreement to take the fuel and will invest": a company, with "a")
    rf"|\b(?-i:An?)\s+(?:[\w-]+\s+){{0,3}}{lex.alternation((*lex.PRIVATE_COLLECTIVES, *_COMPANY_NOUNS))}\b"
    r"(?:(?!,\s+(?:and|but|while|as)\s)[^.;£$€]){0,80}"
    rf"\b{_OTHERS_VERB}\w*\s+(?:[\w-]+\s+){{0,3}}$"
    # another party's own announcement reported beside this one: "has separately awarded",
    # "separately announced", "said separately" (not "we will separately fund": the announcer's)
    rf"|\b(?:separately\s+(?:[\w-]+\s+)?(?:{lex.alternation(lex.SEPARATE_ANNOUNCEMENT_VERBS)})\w*"
    r"|(?:has|have|had)\s+(?:also\s+)?separately|(?:said|announced|confirmed)\s+separately"
    # "Separately, the Highland Hospice charity said it would give": another party, not the government
    # (nor a public body or force: "Separately, the Army said it would invest")
    r"|separately,\s+(?:the\s+)?(?:(?!(?:minister|government|department|ministry|secretary|premier|mayor"
    r"|council|treasury|executive|state|province|administration|we|i|he|she|it|they|military|agency|authority"
    rf"|commission|board|office|{lex.alternation(w.lower() for w in lex.FORCE_MEMBER_HEADS)})\b)[\w'’&-]+\s+)"
    r"{1,8}?"
    r"(?:(?:has\s+|have\s+)?(?:also\s+)?(?:said|says)\s+(?:that\s+)?(?:it|they|its\s+members)\s+(?:would|will)"
    # ("Separately, the Premier League has committed £30m": another party's own commitment)
    r"|(?:has|have)\s+(?:also\s+)?(?:committed|pledged|donated|given|promised))"
    r")\b"
    r"[^.;£$€₹]{0,90}$"
    # a lender named by its kind: "A regional development bank approved a $250 million loan"
    r"|\b(?:development|multilateral|investment)\s+(?:bank|lender)s?\b[^.;£$€]{0,40}?\b(?:approved|agreed|signed"
    r"|extended|provided|offered|lent|will\s+lend)\s+(?:an?\s+)?(?:(?:about|around|some|up\s+to)\s+)?$"
    # borrowing from a lender: "a loan agreement with the Asian Development Bank for", "its loan
    # programme with the International Monetary Fund"
    rf"|\bloan\s+(?:agreement|programme|program|facility|deal)\s+with\s+the\s+(?:[A-Z][\w-]*\s+){{0,3}}"
    rf"(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})\s+(?:for|of|worth)\s+$"
    # "concluded negotiations with the World Bank on a", "the approval by the World Bank Board of a": a
    # lender's loan or grant agreed with it
    rf"|\b(?:agreements?|negotiations?|talks|deal|approval|signing|signature)\s+(?:with|by|of)\s+the\s+"
    rf"(?:[A-Z][\w-]*\s+){{0,3}}(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})(?:\s+\([A-Z]{{2,8}}\))?"
    r"(?:\s+(?:Board|Group|Executive\s+Board))?\s+(?:on|for|of|over)\s+(?:an?\s+)?(?:new\s+|proposed\s+)?$"
    # "a proposed World Bank credit of": a lender's loan named before the sum
    rf"|\b(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})\s+(?:[\w-]+\s+)?(?:credit|loan|grant|facility"
    r"|financing)\s+of\s+(?:(?:about|around|some|up\s+to)\s+)?$"
    # a project the lender finances: "the World Bank-financed X Project will invest"
    rf"|\b(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})[- ]"
    r"(?:financed|funded|backed|supported|assisted)\b"
    r"(?:(?!,\s+(?:and|but|while|as)\s)[^.;£$€]){0,80}$"
    # a lender's programme the sum sizes: "the programme with the IMF under its"
    rf"|\b(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})\s+(?:[\w-]+\s+){{0,3}}?(?:under|through)\s+(?:its|the|a|an)\s+$"
    # a lender's commitment named before the sum: "a separate commitment by the Global Fund of"
    r"|\b(?:commitments?|pledges?|grants?|loans?|contributions?|offers?|support)\s+(?:by|from)\s+the\s+"
    rf"(?:[A-Z][\w-]*\s+){{0,3}}(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})(?:\s+\([A-Z]{{2,8}}\))?"
    r"\s+(?:of|worth|totalling|totaling)\s+(?:(?:about|around|some|nearly|up\s+to)\s+)?$"
    # a lender named right before its sum, its verb written earlier: "The World Bank has approved US$30
    # million and the Caribbean Development Bank US$15 million"
    r"|\band\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}"
    rf"(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})(?:\s+\([A-Z]{{2,8}}\))?,?\s+$"
    # the lender's own, by the possessive: "The World Bank's $200 million loan"
    rf"|\b(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})['’]s\s+(?:(?:new|latest|proposed|own)\s+)?$"
    # a lender's own money: "the World Bank is funding", "the Asian Development Bank approved a"
    rf"|\b(?-i:{lex.alternation(lex.MULTILATERAL_LENDERS)})\b"
    # (a second verb with the announcer for subject ends the giver's clause: "plans submitted by two battery
    # makers and decided to provide subsidies")
    rf"(?:(?!,\s+(?:and|but|while|as)\s|\s+and\s+(?:has\s+|have\s+)?(?:decided|agreed|resolved|approved)\b"
    rf"|{_OWN_CLAUSE})[^.;£$€]){{0,60}}"
    r"\b(?:fund|financ|approv|provid|lend|lent|loan|commit|grant|disburs|releas|extend|pledg|contribut|finalis|finaliz"
    # ("an agreement ... and the International Development Association (IDA) relating to a credit of")
    r"|consider|relating\s+to|prepar|support"
    r"|earmark|negotiat|mak(?:e|es|ing)\s+available)\w*"
    # ("approved a Development Policy Operation of", "continues to support our water projects through a")
    r"\s+(?:[\w-]+\s+){0,5}$"
    # a partner's own share: "the university, which will host the lab, is contributing"
    # (the look-ahead on the first letters lets the scan skip other words before the look-behinds)
    rf"|\b(?=[UuCcPpAaMm][nNoOaAuUrReE])(?<!for )(?<!of )(?<!and )(?<!& )"
    rf"{lex.alternation(lex.PARTNER_FUNDERS)}\b"
    r"(?:(?!,\s+(?:and|but|while|as)\s)[^.;£$€]){0,80}"
    rf"\b{lex.alternation(lex.PARTNER_MONEY_VERBS)}\w*\s+(?:[\w-]+\s+){{0,3}}$"
    # the running total of a collection: "gifts from the public had reached"
    r"|\b(?=[DdGgFfCcAa])(?:donations?|gifts|fundraising|collections?|appeals?)\b[^.;£$€]{0,50}"
    r"\b(?:reached|raised|totalled"
    r"|totaled|topped|hit|passed|exceeded|stood\s+at|stands\s+at)\s+(?:[\w-]+\s+){0,2}$",
    flags=_I,
    window="before",
    examples=(
        "Beneficiaries will contribute about |",
        "The scheme's private partner, Harrowgate Cables Ltd., which has committed |",
        "A private ferry operator that runs the island service has agreed to contribute |",
        "Investors poured |",
        "Northern Coast Power said it would invest |",
        "The Ashgrove Foundation will contribute an additional |",
        "Grantees have committed an additional |",
        "A supermarket chain with stores across the region has separately pledged |",
        "Mining companies operating in the region have offered |",
        "Banks have set aside a further |",
        "A coalition of philanthropic foundations separately announced it would contribute |",
        "Gifts from the public to the appeal had passed |",
        "The World Bank's |",
        "The Lottery's heritage distributor has separately awarded |",
        "The state government separately announced |",
        "Separately, the Highland Hospice charity said it would give |",
        "The Oregon Trucking Associations said its members would put |",
        "Atlantic Shore Developments has agreed to fund a |",
        "a group of telecommunications companies has pledged laptops and connectivity worth |",
        "Harbour University, which will run the lab, is contributing |",
        "A ferry group serving the islands has said in a statement that it will spend |",
        "A coalition of hospital systems has also said it will contribute |",
        "Business groups, who signed the compact, pledged |",
        "Local partners are contributing an additional |",
        'The chamber says its members will invest "|',
        'The chamber says its members will invest "at least |',
        "Private investors have indicated interest in co-funding about |",
        "The charity Nourish Eire, which supports families affected by eating disorders and their carers,"
        " will contribute |",
        "The Glenmoor Distillery will fund |",
        "The minister said talks had ended with negotiations with the World Bank on a |",
        "Cabinet noted the approval by the World Bank Board of a |",
        "Financing agreement between the Republic and the International Development Association (IDA)"
        " relating to a credit of |",
    ),
    counter=(
        "The ministry will invest |",
        "The Harbour Foundation Trust will receive |",
        "The Minister for Universities will contribute |",
        "The college will receive |",
        "We will separately fund |",
        "Separately, the minister said the department would give |",
        "The foundation was funded with |",
    ),
)


# The words that may stand between a giver's name and its verb: "has agreed to", "says it will".
_GIVER_AUXILIARIES = (
    r"(?:(?:has|have|had|will|would|shall|also|now|agreed|to|says|said|it|they|plans|intends|is|are|set"
    r"|expected|that|jointly|separately)\s+){0,6}"
)
# A name that is a public body's, which a relative clause about what it runs does not make a company
# ("Metro Transit, which operates the buses, will spend").
_PUBLIC_NAME_WORD = (
    r"(?:(?-i:[A-Z][\w'’&.-]*)\s+){0,5}?(?-i:Hydro|Transit|Transport|Authority|Agency|Council|Board|Commission"
    r"|Service|Department|Ministry|Office|Government|City|County|Province|State|Metro|Port|Water|Health|Crown"
    r"|Public|National|Royal|Federal|Municipal|Corporation)\b"
)
PRIVATE_SUBJECT = rule(
    "funding.cue.private-subject",
    "the sentence opens with a company or charity giving the money: its name ends as a company's or a "
    "charity's does, or a description or a clause about its business follows the name",
    r"\W*(?:(?:separately|meanwhile|also|in\s+addition|elsewhere),\s+)?(?:the\s+)?"
    r"(?:"
    # "the National Lottery Community Fund has awarded": a lottery's distributor gives the players' money
    r"(?-i:(?:[A-Z][\w'’&.-]*\s+){0,2}Lottery(?:\s+[A-Z][\w'’&.-]*){0,3})"
    # an iwi by its name or its rūnanga: "Te Rūnanga o Ngāti Kahu has committed", "Ngāi Tahu will give"
    r"|(?-i:(?:Te\s+R[uū]nanga\s+o\s+)?Ng[aā](?:ti|i)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    rf"|(?!{_PUBLIC_NAME_WORD})"
    r"(?:(?-i:(?:[A-Z][\w'’&.-]*\s+){1,5}?)"
    rf"(?-i:{lex.alternation((*lex.COMPANY_NAME_ENDS, *lex.NON_PROFIT_NAME_ENDS))})\b"
    # (its clause may hold a figure: "Harbourgate Developments, which is building 2,000 homes, has agreed")
    r"(?:,\s+(?:which|who)\s+(?:[^,;]|,(?=\d{3})){1,160},)?"
    # "The Northgate Community Trust, a local philanthropy,": a description names its kind
    r"|(?-i:(?:[A-Z][\w'’&.-]*\s+){0,5}?[A-Z][\w'’&.-]*),\s+an?\s+(?:[\w-]+\s+){0,4}?"
    rf"{_PRIVATE_GIVER},"
    # "Northstar Coachlines, which was selected to operate the routes,": what it does for a living
    rf"|(?-i:(?:[A-Z][\w'’&.-]*\s+){{0,5}}?[A-Z][\w'’&.-]*),\s+which\s+"
    rf"{lex.alternation(lex.COMMERCIAL_ACTIVITY)}\b[^,;]{{0,160}},"
    rf"))\s+{_GIVER_AUXILIARIES}(?:{_OTHERS_VERB}\w*|pay|pays|paid|fund|funds|cover|covers|finance|finances"
    r"|award\w*|grant\w*|give|gives|giving)\b"
    # (the government's own share named in the sentence is not the company's)
    r"(?:(?!\b(?:government|province|state|ministry|department|council|city|territory|federal)\b)[^;]){0,200}$",
    flags=_I,
    window="before",
    mode="match",
    examples=(
        "Aurum Ridge Mines, which operates a gold mine near the town, will contribute |",
        "The Pemberton Foundation, a health policy charity, will pay for an evaluation at a cost of |",
        "Northstar Coachlines, which was selected last month to operate the routes, says it will spend |",
        "The Northern Habitat Builders Society has contributed |",
        "Separately, the National Lottery Community Fund has awarded |",
        "Te Rūnanga o Ngāti Kahu has committed |",
    ),
    counter=(
        "The Canada Foundation for Innovation will invest |",
        "Metro Transit, which operates the buses, will spend |",
        "The Industrial Development Corporation will provide a |",
        "Brightwater Holdings will contribute $2m and the province will add |",
    ),
)


def _first_word(phrase: str) -> str:
    """The first a-z word of a lexicon phrase, lower-cased ("start-up" -> "start")."""
    return ascii_words(phrase.lower())[0]


# One whole word of every OTHERS_BEFORE match, as a sentence's lower-case a-z words give it
# (each alternative opens with a giver, a collective, "separately" or a partner between word
# boundaries; a phrase by its first word), but for the words the pattern reads as stems
# ("attract\\w*", "Pharma\\w*"): a match that holds none of these holds a word that starts
# with one of OTHERS_BEFORE_STEMS.
OTHERS_BEFORE_WORDS = frozenset(
    {
        *map(_first_word, _PRIVATE_GIVERS),
        *(w.lower() for w in lex.COMPANY_NAME_ENDS),
        *map(_first_word, lex.PRIVATE_COLLECTIVES),
        *map(_first_word, lex.PARTNER_FUNDERS),
        # (a lender's name stands whole in every match that names one: any one of its words
        # will do, and its longest is the one fewest other phrases hold, "reconstruction" not "for")
        *(max(ascii_words(lender.lower()), key=len) for lender in lex.MULTILATERAL_LENDERS),
        *"private members foundation recipients applicants grantees awardees member project".split(),
        *"participants donation donations match matched fundraising raised separately gifts gift".split(),
        *"bequest bequests".split(),
        *"collection collections appeal appeals".split(),
        *"communities landowners users expects expect".split(),
        *"beneficiaries households homeowners tenants farmers".split(),
        *"lowest highest higher lower cheapest rival competing losing unsuccessful offered".split(),
    }
)
# Every PRIVATE_SUBJECT match holds one of these (a name's last word, a kind of giver or "which").
# "The Theatres Trust, the national advisory body for theatres, welcomed the package and said it
# would put", "Recorded Music NZ said it would contribute": a body that says it will give money. Who
# speaks decides: :func:`third_party_gives` reads the subject for a public body's word.
THIRD_PARTY_SAYS = rule(
    "funding.cue.third-party-says",
    "a speaker that says it will give the sum ('X said it would contribute'), read for whether X is public",
    r"\W*(?:(?:separately|meanwhile|elsewhere|in\s+addition|outside\s+government),\s+)?"
    r"(?P<subject>[^;:\"“”]{2,140}?)\s+"
    # ("welcomed the package and said it would")
    r"(?:(?:has\s+|had\s+)?(?:welcomed|praised|backed|hailed)\b[^;:]{0,100}?\s+and\s+)?"
    r"(?:has\s+|had\s+)?(?:said|says|announced|confirmed)\s+(?:that\s+)?(?:it|they)\s+"
    r"(?:would|will|had|has|have|plans\s+to|intends\s+to)\s+(?:also\s+|now\s+|separately\s+)?"
    r"(?:contribut|add|put|giv|gave|invest|provid|donat|commit|match|spend|spent|fund|pledg|offer)\w*\b"
    r"[^.;£$€]{0,50}$",
    flags=_I,
    window="before",
    mode="match",
    examples=(
        "The Harbour Arts Trust, a national advisory body, welcomed the package and said it would put |",
        "Kestrel Music NZ said it would contribute |",
    ),
    counter=("The minister said it would be |",),
)


def third_party_gives(before: str) -> bool:
    """Whether the sentence opens with a speaker that is no public body saying it will give the sum
    (``before`` runs from the sentence's start): others' money (SCHEMA rule 10)."""
    said = THIRD_PARTY_SAYS.match(before)
    # ("In response, CVRTA said it will provide": a body by its initials, often a public one)
    if said is None or _ACRONYM_ONLY.fullmatch(said.group("subject").rsplit(",", 1)[-1].strip()):
        return False
    return _PUBLIC_SPEAKER.isdisjoint(ascii_words(said.group("subject").lower()))


_ACRONYM_ONLY = lazy(r"(?:[Tt]he\s+)?[A-Z][A-Z&]{1,9}")

_PUBLIC_SPEAKER = frozenset(w.lower() for w in lex.PUBLIC_SPEAKER_WORDS)


PRIVATE_SUBJECT_WORDS = frozenset(
    # (a-z words: "Ngāti" reads as "ng" and "ti")
    {
        *OTHERS_BEFORE_WORDS,
        "which",
        "lottery",
        "ngati",
        "ngai",
        "ng",
        *(w.lower() for w in lex.NON_PROFIT_NAME_ENDS),
    }
)
OTHERS_BEFORE_STEMS = ("leverag", "unlock", "attract", "mobilis", "pharma", "telecom")
# Words seen that start with none of the stems: most sentences' words are all here, which one
# subset test answers (a scan of the sentence for the stems costs as much as the pattern).
_STEMLESS: set[str] = set()
_STEMLESS_MAX = 200_000  # emptied when larger: a cache, never a result


def others_stem_in(words: frozenset[str]) -> bool:
    """Whether one of ``words`` (a sentence's lower-case a-z words) starts with one of
    OTHERS_BEFORE_STEMS."""
    if words <= _STEMLESS:
        return False
    if len(_STEMLESS) > _STEMLESS_MAX:
        _STEMLESS.clear()
    found = False
    for word in words - _STEMLESS:
        if word.startswith(OTHERS_BEFORE_STEMS):
            found = True
        else:
            _STEMLESS.add(word)
    return found


# Critics, opposition parties and claims: figures that are not the government's.
_PARTY = lex.PARTY
_SPEAKERS = lex.alternation(lex.PARTY_SPEAKERS)
# "The Coalition promised $500m at the last election": a party's promise, which is the
# government's only when the article names that party as the government.
PARTY_PROMISE = rule(
    "funding.cue.party-promise",
    "a party promises or proposes the figure",
    rf"\b(?P<party>{lex.alternation((*lex.PARTIES, *lex.PARTY_SPEAKERS))})(?: Party)?(?:'s|’s)?"
    r"(?: [\w-]+){0,3}? (?:had |has |have |would have |also )?"
    r"(?:promised|pledged|promises|pledges|proposes|proposed|offered)\b",
    needles=tuple(sorted({p.lower()[:5] for p in (*lex.PARTIES, *lex.PARTY_SPEAKERS)})),
    examples=("The Greens promised $200 million for", "Labour pledged £1bn to"),
    counter=("The Government promised $200 million for", "The minister pledged £1bn to"),
)
# The verbs PARTY_PROMISE ends with, as whole lower-case words: a sentence whose words hold
# none of them cannot match it, and most money sentences name a party without promising.
PROMISE_VERBS = frozenset("promised pledged promises pledges proposes proposed offered".split())
# A public body's own officer or paper: "the trust's director of workforce", "the council's".
_OWN_BODY_POSSESSIVE = (
    r"(?:[\w-]+\s+){0,2}?(?:trust|council|department|ministry|authority|board|government|service|force"
    r"|commissioner|agency)['’]s\b"
)
OPPOSITION = rule(
    "funding.cue.opposition",
    "a critic, an opposition party or a claim states the figure",
    # (not the "shadow economy" or "shadow banking" of a tax programme's name)
    # (not a building "condemned by inspectors" or "as unsafe")
    # (nor one that "has been condemned": the building, in the passive)
    r"\b(?=[A-Za-z])(?:(?i:critics?|criticis\w+|criticiz\w+"
    r"|condemned(?<!been condemned)(?<!was condemned)(?<!were condemned)(?!\s+(?:by|as)\b)|opposition"
    r"|shadow (?!(?:economy|economies|banking|banks?|fleet|markets?)\b)\w+"
    # (the verb, not "the accused" or "accused people", who stand trial)
    # (nor "to monitor high-risk accused.": a noun that ends its clause)
    r"|(?<!the )(?<!risk )accused"
    r"(?!\s+(?:people|persons?|individuals|offenders|parties|youths?)\b|\s*[.,;:)])"
    r"|claimed|claiming\s+that|alleged|according to (?:critics"
    r"|analysis))"
    # (not a body named for a field: "the Labour and Welfare Bureau said", "the Department of Labour")
    rf"|(?<!of )(?<!for )(?<!and ){_SPEAKERS}(?!(?: and [\w-]+){{0,2}} (?:Bureau|Department|Ministry|Office"
    r"|Board|Agency|Commission|Court|Inspectorate|Market|Relations)\b)"
    r"(?: [\w-]+){0,5}? (?:had |have |has )?(?:said|says|claims?|argued?|warned?|estimates?"
    r"|proposed|propose[sd]?|wanted|want|called|demanded|urged)"
    # "Conservative housing spokesperson", "Labour's health spokeswoman": a party's
    # spokesperson is an opposition voice (the government speaks through ministers).
    rf"|{_PARTY}(?: Party)?(?:'s|’s)?(?: [\w-]+){{0,3}} (?:spokes(?:person|man|woman)|critic|candidate"
    r"|(?:group|party) leader|leaders|lawmakers|legislators|senators|MPs|TDs|MLAs|MSPs|councillors|members)"
    # "Sinn Féin councillor Mary Kelly said": a party's legislator quoted on money.
    rf"|{_PARTY}(?: Party)?(?:'s|’s)? (?:[\w-]+ )?(?:councillor|Cllr|TD|MP|MSP|MS|MLA|MPP|senator|Sen\.|Rep\."
    r"|Representative|Assemblymember|congress(?:man|woman))(?: [\w.'’-]+){1,3},? (?:said|says|claimed|argued"
    r"|warned|questioned)"
    # the speaker named after the quote: '..." said PiS MP Marek Nowak',
    # '..." said union chairwoman Ilze Ozola'
    rf"|\b(?:said|says|argued|warned|claimed|added)\s+(?:the\s+|an?\s+)?(?:{_PARTY}|{_SPEAKERS})(?: Party)?"
    r"(?:'s|’s)?(?: [\w-]+){0,2}? (?:councillor|Cllr|TD|MP|MSP|MS|MLA|MPP|MEP|senator|Sen\.|Rep\."
    r"|Representative|spokes(?:person|man|woman)|leader|chair(?:man|woman|person)?|president"
    r"|(?:general )?secretary|member|official|representative)\b"
    # an analyst outside government: "the think tank says", "its own analysis suggested"
    # (not a body's own officer's report: "according to a report by the trust's director of workforce")
    rf"|(?i:{lex.alternation(lex.ANALYST_VOICES)})(?!\s+(?:the|its)\s+{_OWN_BODY_POSSESSIVE})"
    # "Ruth Byrne, an economist at the Dublin Policy Institute, said": an outside analyst speaking
    r"|(?i:\b(?:economists?|analysts?|researchers?|(?:senior\s+|research\s+)?fellows?)\s+(?:at|with)\s+[^.;]{2,80}?,?"
    r"\s+(?:said|says|noted|notes|argued|argues|estimated|estimates|warned|warns|calculated|calculates))"
    # the parliamentary opposition where the sides are Majority and Minority
    rf"|{lex.MINORITY_BENCH}"
    # "..., according to an audit": a finding about money, not money given.
    # (not the government's own papers: "according to budget estimates tabled in the National Assembly")
    r"|(?i:according to (?!(?:the )?(?:budget|government|treasury|ministry|department)\b)"
    r"(?:an?|the|new|its|official|\w+) (?:[\w-]+ ){0,2}(?:audit|report|review|figures|data"
    rf"|statistics|estimates|analysis|study|survey|research)(?!\s+by\s+(?:the|its)\s+{_OWN_BODY_POSSESSIVE}))"
    # a proposal the meeting did not adopt: "moved as an amendment that ...", "was deferred pending",
    # "to defer consideration of", "was considered and not accepted"
    r"|(?i:moved\s+(?:as\s+)?an\s+amendment|an\s+amendment\s+(?:from|by|proposing|moved)|(?:was|were)\s+deferred"
    r"|to\s+defer\s+consideration|(?:was|were)\s+(?:considered\s+and\s+)?(?:defeated|rejected|not\s+accepted)))\b",
    needles=(
        *(
            "critic",
            "condemned",
            "opposition",
            "shadow",
            "accused",
            "claimed",
            "claiming",
            "alleged",
            "according to",
        ),
        *("spokes", "candidate", "leader", "republican", "democrat", "gop", "labor", "labour", "liberal"),
        *("green", "conservative", "tories", "lib dem", "snp", "reform uk", "union", "tory", "plaid"),
        *("reform", "ndp", "bloc", "coalition", "sinn", "fianna", "fine gael", "minority"),
        *("think", "own analysis", "own estimate", "own modelling", "report by", "study by", "analysis by"),
        *("economist", "analyst", "researcher", "fellow"),
        *("said", "says", "argued", "warned", "added"),
    ),
    examples=(
        "Labour said the cuts would cost £2bn.",
        "Critics claimed the scheme had wasted £90m.",
        "Green Party finance spokesperson Sam Roe said",
        "Republican leaders in the Legislature said",
        "Republicans in the state Senate had proposed",
        "according to an audit",
        "according to the latest Treasury figures",
        "Ruth Byrne, an economist at the Dublin Policy Institute, said",
        "“We left a plan worth more than that,” said Conservative MP Ann Lowe.",
        "“The budget is still short of that,” said union chairwoman Ilze Ozola.",
    ),
    counter=(
        "The minister said the fund would open in May.",
        "“The fund will open in May,” said Health Minister Ann Lowe.",
        "so that in-custody accused people can appear without being transported",
    ),
)
# One word of every OPPOSITION alternative, as the sentence's lower-case words give it (its
# needles cost more to look for than its pattern costs to run): the critic's words, the verbs
# a party's speaker ends with, the nouns of a party's voices, and the analysts' first words.
# "criticised" is a prefix, tested apart; so are the characters the engine folds to "s", "i"
# and "k" under IGNORECASE, which the words do not show (see :func:`may_be_opposition`).
_OPPOSITION_GATE = frozenset(
    "critic critics condemned opposition shadow accused claimed claiming alleged according "
    "said says claim claims argue argued warn warne warned estimate estimates propose proposed proposes "
    "want wanted called demanded urged questioned "
    "spokesperson spokesman spokeswoman candidate leader leaders lawmakers legislators senators "
    "mps tds mlas msps councillors members "
    "think thinktank own report study analysis amendment deferred defer defeated rejected accepted "
    "minority".split()
)


def may_be_opposition(text: str, words: frozenset[str]) -> bool:
    """Whether OPPOSITION can match ``text`` (``words``: its lower-case words, as word_set gives)."""
    if not _OPPOSITION_GATE.isdisjoint(words):
        return True
    return "critici" in text.lower() or folds_oddly(text)


# A demand rather than a commitment.
DEMAND = rule(
    "funding.cue.demand",
    "the sum is asked for, applied for or wanted, not committed",
    # (not a budget's "supplementary demands" or "demands for grants" of Indian legislatures, which the
    # government proposes: "The demands also include Rs 85 crore")
    r"\b(?=[A-Za-z])(?:(?:calls? for|called for|(?<!supplementary )demand(?:s|ed|ing)?"
    r"(?!\s+(?:also\s+)?includes?\b|\s+for\s+grants\b)|urg(?:e|es|ed|ing)"
    r"|ask(?:s|ed|ing)?(?:\s+(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+)?)?\s+for"
    # "called on the Federation to contribute €1 billion": what someone asks of another
    r"|call(?:s|ed|ing)?\s+on\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+to\s+(?:contribute|provide|fund|spend|put|find"
    r"|give|invest|commit|add|restore)(?:\s+(?:an?\s+)?(?:extra|additional|further|another|at\s+least))?"
    # "He had asked the board to set aside": what someone asks a body to do with money
    r"|ask(?:s|ed|ing)?\s+(?:the\s+|its\s+)?[\w-]+(?:\s+[\w-]+)?\s+to\s+(?:set\s+aside|allocate|provide|fund"
    # (not "will ask Council to approve $2.1 million": an executive's proposal to its council, rule 9)
    r"|spend|put|find|give|invest|commit|earmark|add|restore)"
    r"(?:\s+(?:an?\s+)?(?:extra|additional|further|another))?"
    # A request or an application is not a commitment: "applicants requested $9bn".
    # ...but "the budget request includes $2bn", "the bill seeks $5bn" propose money (rule 9).
    r"|(?<!budget )(?<!bill )(?<!budget's )(?:request(?:s|ed|ing)?|seek(?:s|ing)?(?! to\b))"
    r"|appl(?:y|ies|ied|ying) for|sought|bid(?:s|ding)? for"
    # "has submitted a bid of up to £900,000 to the X Fund": asked of another body
    r"|(?:submit(?:s|ted|ting)?|lodg(?:e|es|ed|ing)|put(?:s|ting)?\s+in)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
    r"(?:bid|application|claim|request)\s+(?:of|for)"
    r"|lobb(?:y|ies|ied|ying) for|push(?:es|ed|ing)? for"
    # an appeal's target is what others are asked to give: "a relief appeal of $2bn"
    r"|appeal\s+(?:of|for)(?:\s+(?:about|around|some|nearly|almost|more\s+than|over))?"
    # a counterfactual: "the state should have committed $500m"
    # ("said the state should also restore the $12 million")
    r"|should(?:\s+also)?(?:\s+have)?\s+(?:committed|commit|spent|spend|provided|provide|invested|invest|given|give"
    # ("argued the bill should have included at least $2 billion")
    r"|included|include"
    r"|allocated|allocate|received|receive|get|got|restored?|reinstated?)(?:\s+(?:at\s+least|an?\s+(?:extra|additional|further)|more\s+than|another))?"
    # a provision struck out: "a provision that would have moved $52 million from the Fund"
    r"|would\s+have\s+(?:moved|transferred|shifted|diverted|spent|given|provided|allocated|sent|put)"
    # "argued that the scheme should be worth at least": what someone says a sum ought to be
    r"|argu(?:e|es|ed|ing)\s+that\s+[^.;£$€]{0,80}?\bshould\s+(?:be\s+worth|be|receive|get|have)"
    r"(?:\s+(?:at\s+least|more\s+than|closer\s+to|nearer|some|about|around))?)\b"
    r"|(?:needs?|needed|wants?|wanted) (?:an? |the )?"
    r"(?:extra |another |further |more |at least |closer to |nearer )?$"
    # someone's figure of what is needed: 'say the real need is "$1B'
    r"|\b(?:needs?|gap|shortfall)\s+(?:is|are)\s+(?:closer\s+to\s+|at\s+least\s+)?[\"“]?$"
    # what a problem "requires" in someone's words: 'the crisis requires at least P3 billion'
    r"|\b(?:requires?|required)\s+(?:at\s+least\s+|an?\s+(?:extra\s+|additional\s+|further\s+)?)?$"
    # what someone says it would take: "it would take at least £20 million to make a difference"
    r"|\b(?:would|will|could)\s+take\s+(?:at\s+least\s+|more\s+than\s+|about\s+|around\s+|closer\s+to\s+)?$"
    r"|\bappeal(?:s|ed|ing)\s+for\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$)",
    flags=_I,
    needles=(
        "call",
        "demand",
        "urg",
        "ask",
        "request",
        "appl",
        "seek",
        "sought",
        "bid",
        "submit",
        "lodg",
        "put",
        "lobb",
        "push",
        "appeal",
        "need",
        "want",
        "should",
        "argu",
        "would have",
        "requir",
        "gap",
        "shortfall",
        "take",
    ),
    window="before",
    examples=(
        "The charity called for |",
        "Experts told the committee it would take at least |",
        "Forty councils applied for |",
        "The port is seeking an additional |",
        "Council voted to ask the province for |",
        "The Council has also submitted a bid of up to |",
        "Rural TDs have argued that the scheme should be worth at least |",
        "He said the state should also restore the |",
        "She struck a provision that would have moved |",
    ),
    counter=("The bill seeks |", "The budget request includes |"),
)
# "...said €10m was needed": a figure of need, read after the sum.
NEEDED_AFTER = rule(
    "funding.cue.needed-after",
    "the sum is said to be needed",
    # (the sum may close a quotation: 'said "at least £60 million" would be needed')
    r"^[\"”’']?\s*(?:[\w-]+\s+){0,3}?(?:is|was|are|were|would be|will be)\s+(?:still\s+|urgently\s+)?"
    r"(?:needed|required|necessary)\b"
    # money hoped for and not decided: "up to €2 million may be available ...; this has not yet been
    # confirmed", "an application for up to $1.5 million is pending ...; no award has been made"
    r"|^[^.]{0,120}?(?:(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:confirmed|approved|agreed|awarded|made)"
    r"|\bis\s+pending\b|\bno\s+(?:award|decision|allocation)\s+has\s+(?:yet\s+)?been\s+(?:made|taken))"
    # a plan that was not chosen: "argued that a scaled-back $90 million plan would have met the needs"
    r"|^[^.;£$€]{0,40}?\bwould\s+have\s+(?:met|been\s+enough|been\s+sufficient|sufficed|covered|done\s+the\s+job"
    r"|worked)\b"
    # a proposal that was voted down: "a $46.9 billion alternative that failed on a party-line vote", "a $1
    # billion bond proposed by legislative Republicans died in committee"
    r"|^[^.;£$€]{0,80}?\b(?:failed\s+(?:on|in|by)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:vote|ballot|committee|house"
    r"|senate|assembly|floor)|died\s+in\s+(?:committee|the\s+(?:house|senate|assembly))|was\s+(?:defeated|voted\s+down)"
    r"|were\s+(?:defeated|voted\s+down))\b",
    flags=_I,
    needles=(
        "need",
        "requir",
        "necessary",
        "not yet been",
        "not been",
        "pending",
        "no award",
        "no decision",
        "no allocation",
        "would have",
        *("failed", "died", "defeated", "voted down"),
    ),
    window="after",
    examples=(
        "€8m| was needed",
        "$40m| is still needed to finish the road",
        "a scaled-back $90 million| plan would have met the county's needs",
        "a $46.9 billion| alternative that failed on a party-line vote",
        "A $1 billion| water bond proposed by legislative Republicans died in committee",
    ),
    counter=("£5m| will be provided",),
)
# "cut the housing budget by almost £200m": the size of a cut.
CUT_BEFORE = rule(
    "funding.cue.cut-before",
    "the sum is the size of a cut",
    # the "by" of the cut is in its clause ("a drive to cut delays, backed by £5m" is money given)
    # ("after the House version cut it to": the level a cut left)
    r"\b(?:cut|cuts|cutting|slashed|slashing|reduced|reducing|trimmed)\s+(?:it|them|that|the\s+[\w-]+)\s+to\s+"
    r"(?:(?:about|around|just|only)\s+)?$"
    r"|\b(?:cut|cuts|cutting|slashed|slashing|reduced|reducing|trimmed)\b(?:[^.;,£$€]{0,50}\bby)?\s+"
    r"(?:(?:a further|another|an?|almost|nearly|about|around|more than|over|some|up to)\s+)?$"
    # money struck out by a veto: "used her partial veto authority to strike a $27 million appropriation"
    r"|\bveto(?:ed|es)?\b[^.;£$€]{0,60}?\s+(?:an?|the)\s+$"
    # ("Hollis vetoed $9.8 million for a parking structure", "the vetoed sections total $143 million")
    r"|\bveto(?:ed|es)\s+(?:(?:about|around|some|nearly|almost|more than|over)\s+)?$"
    r"|\bvetoed\s+(?:[\w-]+\s+){0,3}?(?:total|totall?ed|totall?ing|came\s+to|amount(?:ed)?\s+to)\s+$"
    # a line-item veto's strike: "Sowell struck $15 million for design work", "used her line-item authority to
    # strike 11 items totaling"
    r"|\b(?:struck|strikes?|striking)\s+(?:out\s+)?(?:(?:[\w-]+\s+){0,2}?(?:items?|lines?|appropriations?"
    r"|provisions?)\s+(?:totall?ing|worth|of)\s+)?(?:(?:about|around|some|nearly|almost|more than|over)\s+)?$"
    # a reduction's size: "the net reduction to Bruce Highway funding was closer to"
    r"|\breductions?\s+(?:to|in|of)\b[^.;£$€]{0,50}?\b(?:was|is|were|totals?|totalled|came\s+to)\s+"
    r"(?:(?:closer\s+to|about|around|nearly|almost|some|over|more than)\s+)?$"
    # and of an overrun: "costs on the widening had risen by", "Phase 1 overshot its budget by about"
    r"|\b(?:costs?|price|bill)\b[^.;£$€₹]{0,60}?\b(?:(?:had|has|have)\s+)?(?:risen|rose|increased|grown|grew"
    r"|jumped|ballooned|climbed|escalated)\s+by\s+(?:(?:about|around|some|nearly|almost|more than|over)\s+)?$"
    r"|\b(?:overshot|overran|overspent|exceeded|blew\s+through)\s+(?:its|the|their)\s+(?:[\w-]+\s+)?budget\s+by\s+"
    r"(?:(?:about|around|some|nearly|almost|more than|over)\s+)?$",
    flags=_I,
    needles=(
        *("cut", "slash", "reduc", "trimmed", "cost", "price", "bill", "over", "exceeded", "blew", "veto"),
        *("struck", "strik"),
    ),
    window="before",
    examples=(
        "Hollis vetoed |",
        "Sowell struck |",
        "used her line-item authority to strike 11 items totaling |",
        "the vetoed sections total |",
        "The council cut the parks budget by almost |",
        "costs on the ring road widening had risen by |",
        "Phase 1 itself overshot its budget by about |",
    ),
    counter=(
        "The council will add |",
        "a drive to cut waiting lists across the county, backed by |",
        "The state struck a deal worth |",
    ),
)
# "The department's total budget for 2025 is $4.5bn": the size of a budget, not money given.
# ("...stands at" / "brings the budget to" a new figure is a total with new money in it: rule 2.)
BUDGET_IS = rule(
    "funding.cue.budget-is",
    "the sum is what a budget amounts to",
    # (not "The new money in this Budget is": the money a budget adds, not its size)
    r"(?<!money in this )(?<!money in the )(?<!funding in this )(?<!funding in the )"
    r"\bbudget\b[^.;£$€]{0,40}\b(?:is|was|amounts to)\s+"
    r"(?:(?:about|around|almost|nearly|more than|over|some|just over|just under)\s+)?$"
    # a body's present budget: "has an annual operating budget of about", "has a revenue budget of"
    r"|(?<!will\s)\b(?:has|had)\s+(?:a|an)\s+(?:(?:annual|yearly|operating|revenue|total|current)\s+){0,3}budget"
    r"\s+of\s+(?:(?:about|around|almost|nearly|more than|over|some|just over|just under)\s+)?$"
    # a post's pay: "the compensation is $187,416", "The salary for the position will be"
    r"|\b(?:compensation|salary|remuneration|annual\s+pay)\s+(?:(?:for|of)\s+(?:the|this|each)\s+(?:post|position"
    r"|role|job)\s+)?(?:is|will\s+be|was)\s+(?:(?:about|around|up\s+to)\s+)?$"
    # ("The commissioner role is part-time and paid £62,000 a year")
    r"|\b(?:role|post|position|job)\b[^.;£$€]{0,40}\b(?:is|are|will\s+be)\s+(?:[\w-]+\s+and\s+)?paid\s+"
    r"(?:(?:about|around|up\s+to)\s+)?$"
    # a body's whole budget: "The council's overall net revenue budget will be"
    r"|\b(?:overall|net|gross|total)\s+(?:[\w-]+\s+){0,2}?budget\s+(?:for\s+[^.;£$€]{1,30}?\s+)?will\s+be\s+"
    r"(?:(?:about|around|almost|nearly|more than|over|some|just over|just under)\s+)?$",
    flags=_I,
    needles=("budget", "compensation", "salary", "remuneration", "annual pay", "paid"),
    window="before",
    examples=(
        "The ministry's total budget for 2026 is |",
        "Oranga Tamariki has an annual operating budget of about |",
        "The council employs around 10,000 staff and has a revenue budget of about |",
        "This position does not require Senate confirmation and the compensation is |",
        "The skills commissioner role is part-time and paid |",
        "The council's overall net revenue budget will be |",
    ),
    counter=("The budget now stands at |", "The new money in this Budget is |"),
)

# "The government provides the agency with around £140m a year": the present budget, not new money.
BASELINE_BEFORE = rule(
    "funding.cue.baseline-before",
    "a present-simple verb of giving before a yearly sum: the status quo, not a commitment",
    r"(?<!will\s)(?<!to\s)\b(?:provides|gives|pays|allocates)\s+(?:(?!\b(?:new|extra|additional|further|now|will)\b)"
    r"[^.;£$€]){1,60}?\s+with\s+(?:(?:around|about|some|nearly|almost|over|more\s+than|roughly)\s+)?$"
    r"|\b(?:currently|already)\s+(?:receives|gets|spends|costs|provides|gives|pays)\s+(?:[^.;£$€]{0,40}\s)?$"
    # ("The Government of Canada provides approximately $290 million each year to X": an approximate
    # yearly sum given now is the status quo)
    r"|(?<!will\s)(?<!to\s)(?<!now\s)\b(?:provides|gives|contributes|invests)\s+(?:approximately|around|about|some"
    r"|roughly|nearly|almost)\s+$"
    # ("The 17 ongoing centres receive around CHF 85 million a year", "the agencies together spend about")
    r"|(?<!will\s)(?<!to\s)(?<!would\s)(?<!could\s)(?<!can\s)(?<!shall\s)(?<!may\s)(?<!also\s)(?<!now\s)"
    # ("get" a rounded figure only: "Ports get £5m a year from 2025" is a headline's announcement)
    r"(?<!then\s)\b(?:(?:receive|spend|spends)\s+(?:(?:around|about|some|nearly|almost|over|more\s+than"
    r"|roughly)\s+)?|get\s+(?:around|about|some|nearly|almost|over|more\s+than|roughly)\s+)$"
    r"|(?<!will\s)(?<!to\s)\b(?:receives|gets|administers|manages|oversees|distributes)\s+"
    r"(?:(?:grant-in-aid|funding|core\s+funding)\s+of\s+)?"
    r"(?:(?:around|about|some|nearly|almost|over|more\s+than|roughly"
    r"|up\s+to)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "The government provides the agency with around |",
        "The Government of Canada provides approximately |",
        "The Authority receives around |",
        "The 17 ongoing research centres receive around |",
        "The three granting agencies together spend about |",
    ),
    counter=(
        "The government will provide the agency with |",
        "The agency now receives an extra |",
        "The law provides |",
        "Each centre will receive |",
        "Councils would also receive |",
        "Ports get |",
    ),
)
# "A further £49m is held to meet pressures later": money kept back, not allocated.
RANGE_BEFORE = rule(
    "funding.cue.range-before",
    "grants that 'ranged from' one sum 'to' another: the sizes of a round's grants, no pledge",
    r"\b(?:grants?|awards?|payments?|amounts?|loans?|allocations?)\b[^.;£$€]{0,40}?\brang(?:e|es|ed|ing)\s+"
    r"(?:in\s+(?:size|value)\s+)?(?:from|between)\s+(?:\S+(?:\s+(?:million|billion|thousand))?\s+(?:to|and)\s+)?$",
    flags=_I,
    window="before",
    examples=("Grants in this round ranged from |", "Grants in this round ranged from $50,000 to |"),
    counter=("The round will provide |",),
)
BALANCE_BEFORE = rule(
    "funding.cue.balance-before",
    "a balance as it stands ('the rainy-day reserve, which stands at'): no commitment",
    r"\b(?:reserves?|balances?|surplus(?:es)?|deficits?|debts?|savings|contingenc(?:y|ies))\b[^.;£$€]{0,30}?"
    # ("CPF members' balances totalled more than $600 billion", "the State's rainy day reserves total")
    # ("the reserve fund would still hold about $37 million after the budget takes effect")
    r"\b(?:(?:would|will)\s+(?:still\s+)?hold|stands?|stood|sits?|sat|running|runs|ran|held|holds|totalled|totaled"
    r"|totals?|reached)\s+(?:at\s+)?"
    r"(?:(?:around|about|some|nearly|almost|over|more\s+than|roughly)\s+)?$"
    # "The Commonwealth holds a balance of $7.4bn in its Rainy Day Fund"
    r"|\b(?:holds?|held|has|had|keeps?|kept)\s+an?\s+balance\s+of\s+(?:(?:around|about|some|nearly|over|more\s+than)\s+)?$"
    # the size of what someone will run: "She will oversee 112 parks ..., with a budget of"
    r"|\b(?:oversee|oversees|overseeing|run|runs|running|manage|manages|managing|lead|leads|leading|head|heads)\b"
    r"[^.;£$€]{0,100}?\bwith\s+an?\s+(?:annual\s+|yearly\s+|operating\s+)?budget\s+of\s+"
    r"(?:(?:about|around|some|nearly|more\s+than)\s+)?$"
    # a property's value: "the owner of a median homestead valued at"
    r"|\b(?:home|homes|house|houses|homestead|property|properties|land|building)\s+(?:[\w-]+\s+)?valued\s+at\s+"
    r"(?:(?:about|around|some|nearly|more\s+than)\s+)?$"
    # what a body owes: "including one with debts of £1.7 billion", "accumulated deficits of"
    r"|\b(?:debts?|deficits?|liabilities|arrears|borrowings?)\s+(?:of|totall?ing|worth)\s+"
    r"(?:(?:around|about|some|nearly|almost|over|more\s+than|roughly)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "the county's rainy-day reserve, which stands at |",
        "Members' balances totalled more than |",
        "The Commonwealth holds a balance of |",
        "including one with debts of |",
        "said the reserve fund would still hold about |",
    ),
    counter=("the fund will grow to |",),
)
HELD_AFTER = rule(
    "funding.cue.held-after",
    "the sum is held back or kept in reserve",
    r"^\s*(?:is|are|will\s+be|has\s+been|have\s+been|was|were)\s+(?:being\s+)?(?:held|kept|retained|withheld)\b"
    # ("has been kept aside for repairing roads": set aside for them, allocated)
    r"(?!\s+aside\b)"
    # ("held centrally by X to run hubs" is money allocated to X)
    r"(?!\s+centrally\s+(?:by|for)\b)"
    r"|^\s*(?:is|are|will\s+be)\s+(?:held\s+)?in\s+reserve\b",
    flags=_I,
    window="after",
    mode="match",
    examples=("£49m| is held to meet pressures later in the year",),
    counter=("£49m| is allocated to schools", "£37m| is held centrally for the National Treatment Centres"),
)
# "funding from my Department's £20m Blue/Green fund": the pot the money comes from.
SOURCE_BEFORE = rule(
    "funding.cue.source-before",
    "the sum names the pot money is drawn from, not money committed",
    r"(?<!benefit\s)(?<!benefits\s)(?<!benefiting\s)\b(?:from|out\s+of)\s+(?:the\s+|my\s+|our\s+"
    r"|its\s+|their\s+"
    r"|his\s+|her\s+|this\s+)?(?:[\w'’-]+['’]s\s+)?(?:existing\s+)?$",
    flags=_I,
    window="before",
    examples=("with funding from my Department's |", "paid out of the |"),
    counter=("The council will add |", "a grant for the |", "communities will benefit from |"),
)
# ... when the sum is the size of a named pot: "£20m Blue/Green fund".
POT_AFTER = rule(
    "funding.cue.pot-after",
    "the sum is followed by the pot it measures ('£20m Blue/Green fund')",
    r"^\s*(?:[\w/'’&-]+\s+){0,4}?(?:fund|pot|budget|programme|program|scheme|allocation|reserve|envelope)\b",
    flags=_I,
    window="after",
    examples=("£20m| Blue/Green fund", "£5m| budget"),
    counter=("£61m| of new funding",),
)
# Rule 2: scope cues. A total may be stated some way before the sum:
# "brings total government investment in the programme to £1.2bn".
TOTAL_BEFORE = rule(
    "funding.cue.total-before",
    "the sum is a total that holds the new money (scope total)",
    r"\b(?:brings?|bringing|takes?|taking|lifts?|lifted|lifting|raises?|raised|raising|doubl\w*|tripl\w*"
    r"|increas\w*)\s+"
    r"(?:the |its |their |our )?(?:[\w-]+['’]s )?(?:(?:(?:19|20)\d\d(?:[-/]\d\d)?|annual|yearly) )?"
    r"(?:total|overall|combined|funding|investment|support|allocation|budget)\b[^£$€]{0,110}\bto\s+"
    r"(?:(?:about|around|almost|nearly|more than|over|some)\s+)?$",
    flags=_I,
    needles=("bring", "take", "taking", "lift", "rais", "doubl", "tripl", "increas"),
    window="before",
    examples=(
        "bringing the total to |",
        "takes total investment in rural care to |",
        "bringing its 2025 allocation to |",
        "would bring the government's total investment in police since 2014 to more than |",
    ),
    counter=("a further |",),
)
TOTAL_CUE = rule(
    "funding.cue.total",
    "words that make the sum a total or an envelope (scope total)",
    r"\b(?=[A-Za-z])(?:in total|total(?:ling)?|overall|combined|altogether|taken together|bringing (?:it"
    r"|the \w+) to"
    r"|brings? \w* ?to"
    r"|takes? (?:the|its|it)\b[^£$€]{0,60}to|lift(?:s|ing)? (?:it|the \w+) to|doubl(?:e|es"
    r"|ing)(?: \w+){0,3} to"
    r"|rises? to|now stands at|part of|forms part|wider|overarching|umbrella|envelope|share of)\b",
    flags=_I,
    examples=("in total", "part of a", "now stands at"),
    counter=("a further",),
)
# A whole word of every TOTAL_CUE match, as a sentence's lower-case a-z words give it (see
# funding_context's gates; a phrase by one of its words).
TOTAL_CUE_WORDS = frozenset(
    "total totalling overall combined altogether together bringing bring brings take takes lift lifts "
    "lifting double doubles doubling rise rises stands part wider overarching umbrella envelope share".split()
)
# "a further £75m, doubling the total to £150m": the words before the sum say it is new.
NEW_BEFORE = rule(
    "funding.cue.new-before",
    "the words right before the sum say it is new money",
    r"\b(?:further|additional|extra|new|another|fresh)\s+(?:[\w-]+\s+)?$",
    flags=_I,
    window="before",
    examples=("a further |", "an extra |"),
    counter=("the total of |",),
)
EXISTING_BEFORE = rule(
    "funding.cue.existing-before",
    "the sum was committed earlier and is restated (scope existing)",
    r"(?:\b(?:on top of|in addition to|adding to|adds to|builds? on|building on|follows?|following|alongside"
    r"|as well as|comes on top of)\s+(?:an?|the|our|its|their|this|that)?\s*(?:initial|existing|earlier"
    r"|previous)?\s*"
    r"|\bexisting\s+|\b(?:the|our) (?:recently announced|previously announced)\s+)$",
    flags=_I,
    needles=(
        *("on top", "in addition", "adding", "adds", "build", "follow", "alongside", "as well as"),
        *("existing", "announced"),
    ),
    window="before",
    examples=("This comes on top of the |", "building on the |"),
    counter=("a further |",),
)
# ...of every EXISTING_BEFORE match
EXISTING_BEFORE_WORDS = frozenset(
    "top addition adding adds build builds building follow follows following alongside well existing "
    "announced".split()
)
EXISTING_CUE = rule(
    "funding.cue.existing",
    "the sum was announced or committed before (scope existing)",
    r"\b(?=[A-Za-z])(?:already (?:committed|announced|pledged|earmarked|allocated|set aside|promised)"
    r"|previously announced"
    rf"|recently announced|announced (?:last|earlier|in (?:{_MONTH}"
    r"|the|20\d\d))|set out (?:last|earlier|in)"
    # "€10m committed last year for cameras", "pledged in 2024"
    # ("the CZK 6.5 billion that the cabinet approved in 2024", "the EUR 22 million granted in 2024")
    rf"|(?:committed|pledged|promised|earmarked|allocated|set aside|approved|granted) (?:last|earlier"
    rf"|in (?:{_MONTH}|20\d\d)))\b",
    flags=_I,
    needles=(
        "already",
        "announced",
        "set out",
        "committed",
        "pledged",
        "promised",
        "earmarked",
        "allocated",
        "aside",
        "approved",
        "granted",
    ),
    examples=("already committed", "announced in May", "committed last year", "approved in 2024"),
    counter=("announced today",),
)
# ...of every EXISTING_CUE match
EXISTING_CUE_WORDS = frozenset(
    "already announced out committed pledged promised earmarked allocated aside approved granted".split()
)

# A sum is a pledge more surely when the sentence uses the words of giving.
GIVING_CUE = rule(
    "funding.cue.giving",
    "words of giving near the sum (raises confidence)",
    r"\b(?=[A-Za-z])(?:announc\w*|fund\w*|invest\w*|allocat\w*|award\w*|grants?|pledg\w*|commit\w*|package"
    r"|pot|injection"
    r"|boost|extra|additional|further|another|new|receive|receives|get|gets|give|giving|go(?:es)? to"
    r"|provid\w*"
    r"|earmark\w*|set aside|back(?:ed|ing)|support|put(?:ting)?|confirm\w*|unveil\w*|share|sharing"
    r"|spend on)\b",
    flags=_I,
    examples=("will receive", "allocated"),
    counter=("was fined",),
)

PERIOD = rule(
    "funding.cue.period",
    "the time span of the money",
    r"\b(?=[A-Za-z])(?:over (?:the )?(?:next |coming |following )?(?:\w+|\d+) (?:years?|months?"
    r"|financial years?"
    r"|spending review)"
    r"|(?:for|in|during|until|till|to|from) (?:the )?(?:financial year |year )?(?:19|20)\d\d(?:[-–/](?:19"
    r"|20)?\d\d)?"
    r"(?:(?: financial year)? (?:to|and|-|–) (?:the end of )?(?:the )?(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?)?"
    rf"|by (?:the end of )?(?:(?:{_MONTH}) )?(?:(?:19|20)\d\d|the (?:decade|end of the \w+|next election))"
    r"|in each of the (?:next|coming|following) \w+ (?:financial )?years"
    r"|(?:next|this|each|a|every|per) (?:year|financial year|winter|spring|summer|autumn)"
    r"|for (?:the )?(?:first|next) \w+ years|annually|per annum|a year after that[^,.;]*"
    r"|over (?:\w+ )?decades?)\b",
    flags=_I,
    needles=(
        *("year", "month", "19", "20", "decade", "end of the", "election", "winter", "spring", "summer"),
        *("autumn", "annually", "annum", "spending review"),
    ),
    examples=("over the next three years", "in 2025-26", "by March 2027"),
    counter=("for the harbour",),
)
# ...of every PERIOD match that names no year: a match without one of these words holds "19" or
# "20" (a year).
PERIOD_WORDS = frozenset(
    "year years month months review decade decades end election winter spring summer autumn annually "
    "annum".split()
)


# Another government or its aid agency giving, reported beside the announcer's own money: "The
# Government of Australia has provided A$10 million", "New Zealand has contributed NZ$5 million",
# "JICA has provided a PHP2.1-billion grant". Whether the country is another one is the caller's
# to decide (funding.py: not the publisher's, and named only in passing).
FOREIGN_GIVER = rule(
    "funding.cue.foreign-giver",
    "another country's government or aid agency gives the sum",
    r"\b(?:(?:the\s+)?[Gg]overnment\s+of\s+(?:the\s+)?(?P<of>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)"
    rf"|(?P<country>{lex.alternation(lex.DONOR_COUNTRIES)})(?:['’]s)?(?:\s+(?:[Gg]overnment|[Ee]mbassy"
    r"|[Hh]igh\s+[Cc]ommission|(?:development|aid|cooperation)\s+agency))?"
    # "The Australian Government, through its health partnership with Fiji, has committed"
    rf"|(?P<country2>{lex.alternation(lex.DONOR_ADJECTIVES)})\s+(?:[Gg]overnment|[Aa]mbassador|[Ee]mbassy)"
    r"(?:,\s+through\s+[^,;]{1,80},)?"
    rf"|(?:[A-Z][\w-]*\s+){{0,5}}\((?P<agency2>{lex.alternation(lex.DEVELOPMENT_AGENCIES)})\)"
    rf"|(?P<agency>{lex.alternation(lex.DEVELOPMENT_AGENCIES)})"
    # ("A Luxembourg-based development agency has committed")
    rf"|(?P<country3>{lex.alternation(lex.DONOR_COUNTRIES)})-based\s+(?:development|aid|cooperation)\s+agency)"
    # ("the European Union through the European Social Fund Plus, which is contributing")
    r"(?:\s*\([A-Z]{2,8}\))?"
    # ("Australia, PNG's largest development partner, has committed": its standing as a donor)
    r"(?:,\s+(?:the\s+|[A-Z][\w'’]*\s+)?(?:[\w'’-]+\s+){0,4}?(?:partner|donor|ally|neighbour|neighbor|lender"
    r"|contributor|backer),)?"
    # ("Australia, under the bilateral security agreement, has committed": the agreement it gives under)
    r"(?:,\s+(?:under|as\s+part\s+of|in\s+line\s+with)\s+[^,;.]{1,80},)?"
    r"(?:,?\s+through\s+[^,;.]{1,80}?)?(?:,\s+which)?(?:\s+(?:said|says)\s+(?:it|they)\s+(?:would|will))?"
    r"\s+(?:has\s+|have\s+|had\s+|will\s+|is\s+|are\s+|was\s+)?(?:also\s+)?"
    # "the European Union had signed a €30m grant", "agreement ... and the European Union relating to"
    r"(?:provid|contribut|commit|pledg|donat|grant|earmark|financ|fund|offer|gave|give|giv|announc|sign"
    r"|relat|releas|dispatch|allocat|appeal|hand|confirm)\w*"
    r"\s+(?:[\w-]+\s+){0,4}?(?:(?:about|around|some|more\s+than|over|up\s+to|nearly)\s+)?$",
    window="before",
    examples=(
        "The Government of Australia has provided |",
        "New Zealand has contributed |",
        "the Japan International Cooperation Agency (JICA) has provided a |",
        "support from Australia, which has committed |",
        "Japan announced |",
        "the United States Embassy said it would provide |",
        "The Australian Government, through its health partnership with Fiji, has committed |",
        "the European Union had signed a |",
        "Japan's development agency has provided a |",
        "At the launch, the Norwegian ambassador announced a new contribution of |",
        "New Zealand, Tonga's largest development partner, has committed |",
    ),
    counter=("The Government will provide |",),
)
