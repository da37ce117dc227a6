"""Who or what a sum of money goes to, read from the words around the sum.

Announcements name the recipient in a handful of shapes, tried in order:

1. before the sum, the subject of a receiving verb: "Counter-Terrorism
   Policing, which is funded outside ..., will get an additional £140m",
   "The Harbour Trust receives £250,000", or the indirect object of a
   giving verb: "the Treasury will hand the health service an extra £900m";
2. after the sum, a preposition: "£75m for the Border Security Command",
   "£6m to the Ethiopia Humanitarian Fund", "£70m into advanced data
   analytics", possibly after "of new funding", "more" or "in 2023-24";
3. after the sum, a verb of spending: "£21m will buy diagnostic equipment";
4. after the sum, a named thing: "a new £8m Coastal Youth Fund";
5. after the sum, a generic noun ("pot", "package") and what it is for.

The phrase is cut at the first clause boundary and at ten words, so it names
the recipient rather than retelling the sentence. :func:`find_recipient`
also says how sure the reading is, so that merging can keep the best one.
"""

from __future__ import annotations

import re

from tracker.extract import lexicon as lex
from tracker.extract.numbers_words import has_number_word
from tracker.extract.regex import lazy
from tracker.extract.registry import rule

_I = re.IGNORECASE
_MAX_WORDS = 12
# A full stop that ends a phrase: not the one of "St." in "the St. Jerome Irrigation District".
# (nor after a lone capital: "to open the B.C. Benefits Navigation Centre")
_FULL_STOP = (
    "".join(rf"(?<!\b{abbreviation})" for abbreviation in lex.NAME_ABBREVIATIONS) + r"(?<!\b[A-Z])\.(?:\s|$)"
)
# Words that start a new clause or a modifier the recipient does not need.
_STOP = rule(
    "recipient.stop",
    "where a recipient phrase ends: a clause, a verb, a time or a source",
    rf",(?!\d{{3}})|[;:()\[\]–—\"“”]|\s-\s|{_FULL_STOP}"
    r"|\s(?:which|that|who|whose|where|while|so that|in order"
    r"|as part"
    r"|as well"
    # a total the sum brings: "for potholes brings total spending on highways to"; a second item that
    # is not money for the same thing: "a support hub and money for 15 extra staff"
    r"|brings|bringing|takes (?:the|total)|taking (?:the|total)|lifts (?:the|total)"
    r"|and (?:money|funding|funds|cash) for"
    # a second verb of the sentence's subject: "for a training academy and raises the starting salary"
    r"|and (?:also )?(?:raises|cuts|expands|creates|adds|extends|requires|sets|lifts|boosts|doubles|hires"
    r"|allows|gives|reduces|increases|introduces|establishes|provides|launches|makes|freezes|caps|waives"
    r"|restores) (?:the|a|an|its|their|new|\d)"
    r"|and (?:will|is|are|has|to)|will|would|can|could|is|are|was|were|has|have|had|in total|in all"
    r"|remains?|remained"
    # ("towards the interconnector from its water grid program": the giver's own pot)
    r"|(?:from|through|under) (?:its|their|our) "
    r"|from (?:the )?(?:government|"
    r"home office|department|treasury|uk)|announced|said|says|following(?!-)|after(?!-)|over the"
    r"|before the end"
    # "awarded to the region by central government": the giver is not the recipient
    r"|by (?:the )?(?:central |state |federal |national |provincial |\w+ )?(?:government|ministry|treasury)"
    r"|by (?:the end|19|20"
    r"|may|"
    r"march|april)|in (?:the )?(?:19|20)\d\d|(?:this|next|last) (?:year|week|month)|a year|until|since"
    r"|including"
    # "to the Authority as seed capital": what kind of money it is, not who gets it
    r"|as (?:seed|start-?up|initial|working) (?:capital|funding|money)"
    r"|among|for the period|over the period|during the period|once"
    # "flood defences over 2024 to 2026", "over 2025-26": a span of years
    r"|(?:over|across|from|between) (?:19|20)\d\d)\b",
    flags=_I,
    examples=(
        "flood defences, which",
        "rural buses will",
        "the harbour in 2026",
        "the harbour. Then",
        "flood defences over 2024 to 2026",
        "potholes brings total spending",
        "a support hub in the centre and money for 15 staff",
        "a caseworker training academy and raises the starting salary",
    ),
    counter=("the Harbour Renewal Fund", "the St. Jerome Irrigation District"),
)
# A government department by its name ("Ministry of Justice", "Department for Education").
_DEPARTMENT = lazy(r"(?:Ministry|Department|Dept\.?)\s+(?:of|for)\s")
_GIVER = lazy(r"\b(?:government|ministry|department|treasury|office|secretary|minister|chancellor)\b", _I)
# Lower case only: "£1bn Investment Zone programme" names a programme.
_FUNDING_NOUN = (
    r"(?-i:(?:new |extra |additional |further |government |UK |capital |public |emergency |humanitarian "
    r"|targeted |initial |fresh |recurrent |recurring |one-off |revenue |core |ongoing |start-up |seed "
    r"|city |state |federal |provincial |council |county |municipal |taxpayers['’] |EU |European |national )*"
    r"(?:funding|money|investment|support|aid|cash|grants?|loans?|spending|backing)"
    r"(?: and (?:grants|loans|funding))?)"
)
# The vehicle money comes in: "in the 2024 and 2025 Budgets", "in the Long-term Plan 2024-2034".
_VEHICLE_WORDS = (
    r"(?:the\s+|its\s+|this\s+|these\s+|next\s+)?(?:(?:first|second|third|upcoming|coming|draft)\s+)?"
    # "in this year's Budget", "in last year's budget"
    r"(?:(?:(?<=this\s)|(?<=next\s)|\blast\s+)year['’]s\s+)?"
    # ("allocated in the February budget")
    rf"(?:{lex.MONTH}\s+)?"
    r"(?:(?:FY\s?)?(?:19|20)\d\d(?:[-/–]\d\d(?:\d\d)?)?(?:\s+and\s+(?:19|20)\d\d(?:[-/–]\d\d)?)?\s+)?"
    r"(?:(?:draft|state|federal|provincial|national|union|county|city|council|supplementary)\s+)*"
    r"(?:budgets?|estimates(?:\s+of\s+(?:expenditure|revenue))?|long-term\s+plan|annual\s+plan|spending\s+review"
    r"|appropriations?\s+act"
    r"|programme\s+for\s+government"
    # ("in the 2021 Fall Economic Statement for X", "in the Autumn Statement")
    r"|(?:(?:fall|autumn|spring|mid-year|annual)\s+)?(?:economic\s+|fiscal\s+|budget\s+)?(?:statement|update)"
    r"|mid-year\s+(?:budget\s+)?review)"
    r"(?:\s+(?:19|20)\d\d(?:[-/–](?:19|20)?\d\d)?)?"
    # ("the 2026 draft State Budget (RAPBN)")
    r"(?:\s+\([A-Z]{2,8}\))?"
)
# A time after a pot and before what the money is for: " over two years", " in 2025 and 2026".
_LEAD_TIME = (
    r" (?:over|across|during|in) (?:the )?(?:next |coming |first )?\w+ (?:financial |fiscal )?"
    r"(?:years|months)\b"
    r"| (?:over|during|in) (?:19|20)\d\d\b"
)
_AFTER_LEAD = rule(
    "recipient.after-lead",
    "words between a sum and what it is for that are not the recipient",
    rf"^\s*,?\s*(?:\((?:[^)]*)\)\s*)?(?:(?:"
    # "in the 2024 and 2025 Budgets for X", "in the Long-term Plan 2024-2034 for X": the vehicle
    rf"(?:in|through|under) {_VEHICLE_WORDS}(?= (?:for|to|towards)\b)|"
    rf"more|extra|additional|further|(?:a|per|each) year|in total|of it|or so|or thereabouts"
    # "the £30m commitment made in the autumn statement for X": when and where it was promised
    rf"|(?:commitment |pledge |promise |allocation )?(?:made|announced|set out|promised|confirmed) "
    rf"(?:in|through) {_VEHICLE_WORDS}(?= (?:for|to|towards)\b)"
    # "the £132.5m already in councils' settlements for teacher numbers": where the money sits now
    rf"|(?:already )?in (?:the |its |their )?(?:[\w'’-]+ ){{0,2}}?(?:settlements?|allocations?|baselines?)"
    rf"(?= (?:for|to|towards)\b)"
    rf"|(?:for )?this year"
    rf"|next year|today|yesterday|this (?:week|morning|afternoon)|"
    rf"in (?:19|20)\d\d(?:[-–/]\d\d)?(?: and (?:19|20)\d\d(?:[-–/]\d\d)?)?|"
    rf"over (?:the )?(?:next |first |coming )?\w+ (?:financial |fiscal )?"
    rf"(?:years|months)|over (?:the )?(?:next |coming |following )?(?:decade|two decades)|"
    # "over the first four-year phase", "over the next funding period": a stage of a programme
    rf"(?:over|during|in|for) (?:the|its) (?:first|second|third|next|initial|coming|current|new) "
    rf"(?:[\w-]+ )?(?:phase|stage|term|period|cycle)(?! of\b)|"
    # "over 2025 and 2026 for the X"
    rf"(?:over|across|during|in) (?:19|20)\d\d (?:and|to|or) (?:19|20)\d\d|"
    # "over the next two-year budget cycle", "in this year's funding for X", "already committed in the
    # autumn to X": when, not what for
    rf"over (?:the |its )?(?:next |coming |current |first )?(?:[\w-]+ )?(?:budget|funding|spending) "
    rf"(?:cycle|period|round)|"
    rf"in (?:this|next|last) year['’]s (?:funding|budget|allocation|estimates)(?= (?:for|to|towards)\b)|"
    rf"(?:already )?(?:committed|announced|promised|pledged|confirmed|allocated) (?:in|last|earlier) "
    rf"(?:the )?(?:spring|summer|autumn|fall|winter|year)(?= (?:for|to|towards)\b)|"
    rf"for (?:the )?(?:first |next |following )?\w+ (?:years|months)|a year after that|on an ongoing basis"
    # "over 2026–2028", and a period's years in brackets: "over four years (2025/26 to 2028/29)"
    rf"|(?:over|from|during|in) (?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d"
    rf"(?: and (?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d)?"
    rf"|\((?:19|20)\d\d[^)]{{0,30}}\)"
    # "over three years, starting in 2024-25, to support X": when it starts
    rf"|(?:starting|beginning|from) (?:in |from )?"
    rf"(?:(?:19|20)\d\d(?:\s*[–/-]\s*(?:19|20)?\d\d)?|next year|this year)"
    rf"|in each of the (?:next|coming|following) \w+ (?:financial )?years"
    # "for the period 2026-2028", "over the period 2026-27 to 2030-31"
    rf"|(?:for|over|during) the period (?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?"
    rf"(?: (?:to|and) (?:19|20)?\d\d(?:[-–/]\d\d)?)?"
    rf"|(?:for|in|during) (?:the )?(?:fiscal |financial |calendar )?(?:year )?"
    rf"(?:FY\s?)?(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?"
    rf"(?: (?:budget|financial year|fiscal year))?"
    rf"|of {_FUNDING_NOUN}"
    # "£14.2m of National Lottery funding": the pot's name, then who gets it
    rf"|of (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){{0,3}} (?:money|funds|funding|grants?)"
    # "$780,000 of the county's opioid settlement money"
    rf"|of (?:the|its|their|those|these|this|that) (?:[\w'’-]+ ){{0,3}}?(?:settlement |grant |capital )?"
    rf"(?:money|funds|funding|allocation|proceeds|revenues?)"
    rf"|(?:(?:share|portion|part|slice) )?of (?:the|this|that|its) (?:new |additional |extra |further "
    rf"|approved |allocated |announced )?"
    rf"(?:funding|money|investment"
    rf"|total|package"
    rf"|allocation|sum|amount)"
    # "allocating £520 million of capital to the programme"
    rf"|of capital(?= (?:to|for|towards)\b)"
    # "£50m of which will fund", "with £1.8m of that set aside for": a share, then what it is for
    rf"|of (?:which|that|this|it)(?= (?!is\b|was\b|amount\b|sum\b|money\b|total\b|funding\b)\w)"
    rf"|from (?:the |its |their |our )?(?:state |federal |provincial |national |council['’]s |EU |EU['’]s "
    rf"|[A-Z]\w+['’]s )?(?:general |consolidated |contingencies )?(?:fund|budget|reserves?)"
    # ("from General Fund reserves to the Sheriff's Office": the pot's own kind after its name)
    rf"(?: (?:balances?|reserves?|contingenc(?:y|ies)))?"
    # "A grant of £2.25m has been made to Gateshead Council": the award's passive, then who gets it
    rf"|(?:has been|have been|was|were|is|will be) (?:made|awarded|given|paid|offered|released|provided"
    rf"|made available|set aside|kept aside|earmarked|granted|allocated|assigned)"
    # ("has been set aside in this year's funding for the expansion": a vehicle between)
    rf"(?= (?:to|for|this|next)\b| in (?:this|next) year['’]s\b)"
    # "$2.6 billion is new funding to get ambulances off the ramp": what the sum is, then what for
    rf"|(?:is|are|will be) (?:new |additional |extra |fresh )?(?:funding|money)(?= (?:to|for)\b)"
    # "an increase of Frw 11 billion in the Government contribution to the National School Feeding
    # Programme": whose share rises, then what it is for
    rf"|in (?:the |its |their )?(?:[\w'’]+ )?contributions?(?= to\b)"
    # "$214.6 million in operating funding over four years to recruit X": the kind of money, then what for
    rf"|in (?:new |additional |extra |fresh )?(?:(?:operating|operational|capital|recurrent|ongoing|one-off"
    rf"|annual|base|core|direct|emergency|bridging|transition|transitional|start-up) )?"
    rf"(?:funding|grants?|spending|investment|money|financing|support)"
    rf"(?= (?:for|to|towards|over|across|during|from)\b)"
    # "N4 billion as the state's counterpart funding for the X programme": what the sum is, then what for
    rf"|as (?:the |its |their |our |an? |[\w'’]+['’]s )?(?:[\w'’-]+ ){{0,3}}?(?:funding|contribution|share"
    rf"|grant|allocation)(?= (?:for|to|towards)\b)"
    # a deadline: "up to EUR 650 million by 2028 for a new action programme"
    rf"|(?:by|until|through) (?:the end of )?(?:19|20)\d\d(?= (?:for|to|towards)\b)"
    rf"|this (?:fiscal|financial) year"
    # "the $40m announced in March for clinics": when it was announced is not what it is for.
    # "the £2.65bn the government has committed to flood defences": the giver's relative clause
    rf"|(?:(?:it|they|we|the government|ministers|(?:the )?(?:council|state|province|city|county|board"
    rf"|authority|agency|department|ministry|district|trust)) "
    rf"(?:(?:has|have|had) )?)?(?:already |previously )?(?:announced|committed|pledged|promised|set out"
    rf"|confirmed|allocated|set aside"
    rf"|sanctioned|earmarked|approved|budgeted|appropriated)"
    # ("committed on July 24 to", "announced on 3 March 2025 for": a date with its day)
    rf"(?: (?:in|on|last|earlier|under)(?: this| last| next)? (?:\d{{1,2}}(?:st|nd|rd|th)? )?(?!the\b)\w+"
    rf"(?: \d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,? (?:19|20)\d\d)?"
    # ("allocated in this year's Budget")
    rf"(?:['’]s (?:budget|estimates|spending review|fiscal plan|programme for government))?)?"
    # "in the First Supplementary Estimates to staff X", "in the upcoming mid-year review for X":
    # the vehicle the money comes in, then what it is for
    rf"|(?:in|through|under) (?:the |its |their )?"
    rf"(?:upcoming |next |coming |first |second |third |(?:19|20)\d\d(?:[-/–]\d\d)? )*"
    rf"(?:supplementary estimates|supplementary budget|mid-year (?:budget )?review|budget review"
    rf"|supplementary appropriations?(?: bill| act)?)"
    # "allocated in the 2024/25 budget for X", "in the current financial year": when, not what for
    rf"|in (?:the )?(?:(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)? |current |next |coming )?(?:budget|financial year"
    rf"|fiscal year)"
    rf"|in {_FUNDING_NOUN}|worth of {_FUNDING_NOUN}|"
    # "in federal Title IV-E matching funds", "in state infrastructure money": the money's kind
    rf"in (?:new |additional |federal |state |county |city |local |existing |unspent )+"
    rf"(?:[\w'’,-]+ ){{0,6}}?(?:money|funds|funding|dollars)(?! for\b)|"
    # "$48 million in Crown funding over four years to X", "in Lottery funding for X": whose money
    rf"in (?-i:[A-Z][\w'’-]*) (?:money|funds|funding|dollars)(?= (?:over|to|for|towards)\b)|"
    # "over the medium-term expenditure framework to fix X": a time
    rf"over the medium[- ]term(?: expenditure framework| revenue strategy)?|over the MTEF|"
    # "over the forward estimates" (Australia's four budget years), "between 2026 and 2029"
    rf"over the forward estimates|between (?:19|20)\d\d and (?:19|20)\d\d|"
    # "from the region's City Region Sustainable Transport Settlement for X": the pot, then what for
    # ("from the Council's own resources for road maintenance", "from the Strategic Investment Reserve
    # over two years to X": a time may stand between the pot and what the money is for)
    rf"from (?:the |a |an |its |their |our )?(?:[\w'’-]+ ){{0,6}}?(?:settlement|fund|budget|precept|levy"
    rf"|reserves?|allocation|grant|programme|program|resources|revenues?|coffers|contingenc(?:y|ies)|surplus)"
    # ("from the National Disaster Response Fund (NDRF) for X": the pot's acronym)
    rf"(?: \([A-Z]{{2,8}}\))?(?= (?:for|to|towards)\b|{_LEAD_TIME})|"
    rf"from (?:the )?(?:[A-Z][\w.]+ )?(?:government|treasury|home office|department\w*|ministry|UK|us)"
    # "from the Department for Business and Trade": the giver's full name
    rf"(?:\s+(?:of|for)\s+(?-i:(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and|&|of|the|[A-Z][\w'’-]*))*))?|"
    # "a $3.5m grant from the U.S. Environmental Protection Agency to replace": the giver, then what for
    rf"from the (?-i:(?:[A-Z][\w.'’-]*\s+){{1,6}}(?:Agency|Department|Ministry|Administration|Commission"
    rf"|Authority|Office|Service|Foundation|Trust))(?= (?:to|for|towards)\b)|"
    rf"{_FUNDING_NOUN}(?: increase| rise| boost| uplift| allocation)?)\s*,?\s+)*",
    flags=_I,
    mode="match",
    examples=(
        " of new funding for",
        " in 2025-26 for",
        " a year for",
        " in the First Supplementary Estimates to",
        " in the upcoming mid-year review for",
    ),
)
# Times are not recipients: "£2m in 2025-26", "£8m given in the spring".
_TIME = (
    # "first year", "next spending review" ("First Nations", "first responders" are not times)
    r"(?:the |its |their )?(?:(?:19|20)\d\d"
    r"|(?:next|coming|first|last|final|current|financial|fiscal|spending) (?:(?:financial|fiscal|calendar) )?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) )?(?:years?|months?"
    r"|weeks?|days?|quarters?|half|term|decade|parliament|period|review|session|budget|year's"
    # "the next phase of digital signalling" names a part of a programme, not a time
    r"|(?:phase|round|tranche)(?!\s+of\b))\b"
    r"|(?:spring|summer"
    r"|autumn"
    # A season is a time unless a noun follows it ("winter resilience", "summer schools").
    r"|winter)\b(?!\s+(?!(?:and|or|of|in|to|for|this|next|months?|term|period|when|while|(?:19|20)\d\d)\b)\w)"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)\b"
    # "on this year" (not "this year's settlement": a possessive names the thing)
    r"|this (?:(?:fiscal|financial) )?(?:year|month|week)\b(?!['’])"
    # "in its history", "for this purpose": no recipient of their own
    r"|(?:its|our|their|the\s+country['’]s|the\s+state['’]s)\s+history\b|(?:this|that|the\s+same)\s+purpose\b"
    # "for fiscal 2026", "for the rest of the fiscal year"
    r"|(?:fiscal|financial|FY)\s*(?:year\s+)?(?:19|20)\d\d\b"
    r"|(?:the )?(?:rest|remainder|balance) of the (?:fiscal |financial |calendar |school |academic )?year\b"
    # "committed in the weeks after the storm": a time measured from an event
    r"|(?:the )?(?:hours|days|weeks|months|years)\s+(?:after|since|before|following|that followed|ahead)\b"
    # "for the six years to 2027": a span that ends in a year
    r"|(?:the )?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) )?(?:financial |fiscal )?years? "
    r"(?:to|until|up to|ending) (?:(?:March|April|June|July) )?(?:19|20)\d\d\b"
)
# "will be awarded in two further rounds": when the money is given, not to what.
# the vehicle the money comes in: "in Budget 2026", "in the 2025/26 Supplementary Estimates",
# "through its long-term plan"
_VEHICLE = _VEHICLE_WORDS + r"(?![\w-]|\s+(?!(?:and|or)\b)[a-z])"
_OCCASION = (
    # (not "for the latest round of Discovery Projects": the programme the round is of)
    r"(?:[\w-]+\s+){0,2}(?:rounds?|tranches?|instalments?|installments?)(?![\w-])"
    r"(?!\s+of\s+(?!(?:funding|grants?|awards?|bids|bidding|applications|payments|investment|support)\b))|(?:the\s+)?period\b|"
    + _VEHICLE
)
_PREPOSITION = rule(
    "recipient.preposition",
    "a preposition names the recipient: 'for the X', 'to X', 'into X'",
    r"^(?:for|to|into|towards|toward|on|in|through|under|of (?=the [A-Z]))\s+(?!help\b|be\b|the government\b"
    r"|law\b|force\b|effect\b"
    # times and occasions: "in its first year", "on top of the £20m", "in tonight's Budget"
    r"|(?:its|their|this|that)\s+(?:first|second|third|opening|initial|final)\s+(?:years?|months?|term|phase)\b"
    r"|top\s+of\b|(?:tonight|today|yesterday)['’]s\b"
    # "rebuilt with $415 million in state funding.": the kind of money, ending the clause
    r"|" + _FUNDING_NOUN + r"(?=\s*(?:[.,;]|$))"
    # "will be awarded in two further rounds": when, not to what
    r"|" + _OCCASION + r"|last year\b|" + _TIME + r")"
    r"(?P<r>.+)",
    flags=_I,
    mode="match",
    examples=(
        "for the Border Rescue Command",
        "into adult literacy",
        "through the Urban Housing Supply Program",
    ),
    counter=(
        "for help with bills",
        "for 2025",
        "to be spent",
        "in its first year",
        "on top of the £20m",
        "in tonight's Budget",
        "in state funding.",
    ),
)
_PASSIVE = (
    r"(?:allocated|given|provided|awarded|invested|shared|split|used|spent|made available|reserved"
    r"|earmarked|offered|reprioriti[sz]ed|redirected|reallocated|repurposed|redeployed|dedicated|devoted"
    r"|set aside|targeted|ring-?fenced|directed|channelled|distributed|paid|available|made available"
    r"|appropriated|budgeted|allotted|divided|drawn down|held|apportioned|disbursed|spread"
    # ("will be transferred to the Housing Administration", "is intended for the rehabilitation of X",
    # "would be placed at the disposal of the Authority")
    r"|transferred|(?:intended|meant)(?= for\b)|placed at the disposal|kept aside"
    # (as translated releases write: "will be destined to the acquisition of radars", "will be
    # executed directly by community action boards", "channeled to")
    r"|destined|assigned|channeled|executed"
    # ("would be deposited in the Housing Revolving Loan Fund": the pot that receives it)
    r"|deposited|credited"
    # ("will be added to the lending fund of the X loan program": the pot that grows)
    r"|added|injected|put)"
)
# "£3.4m has been confirmed for the pier": verbs of deciding, which name a
# recipient only with "for" ("has been announced to counter ..." names a purpose).
_DECIDED = (
    r"(?:confirmed|approved|committed|pledged|agreed|announced|secured|granted|released|unlocked|sanctioned"
    r"|proposed)"
)
# "£2bn from the EU's budget should pay for the corps": the source may sit
# between the sum and its verb.
_SOURCE = r"(?:from\s+[^,;.£$€]{1,60}?\s+)?"
# "allocated over the next three financial years to recruit": the time between a verb and its object.
# So may a date: "ring-fenced last October for", "set aside in the spring for", "for 2026-27 to".
_OVER_TIME = (
    r"(?:\s+(?:over|across|during|in)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+|first\s+)?"
    r"(?:\w+\s+)?(?:financial\s+|fiscal\s+|calendar\s+)?(?:years?|months?|weeks?)"
    rf"|\s+(?:(?:last|this|next)\s+|in\s+(?:the\s+)?)(?:{lex.MONTH}|{lex.SEASON}|year|month|week)"
    r"(?:\s+(?:19|20)\d\d)?"
    r"|\s+(?:for|in)\s+(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?"
    # "allocated over the medium-term expenditure framework to X"
    r"|\s+over\s+the\s+(?:medium[- ]term(?:\s+expenditure\s+framework)?|MTEF))?"
)
_GOES_TO = rule(
    "recipient.goes-to",
    "a verb of allocation names the recipient: 'will go to X', 'has been confirmed for X'",
    rf"^{_SOURCE}(?:(?:will |is to |is set to |(?:has|have|had)(?: also| already| now)? been "
    rf"|(?:is|are) being |are "
    rf"|is (?:hereby )?|was "
    rf"|would |to |(?:may|can|could|might|should|must) )?(?:also |already |previously )?"
    rf"(?:(?:go(?:es|ing)?|flows?|"
    rf"be {_PASSIVE}|{_PASSIVE})(?: (?:directly|specifically|solely|exclusively|entirely|primarily|mainly"
    rf"|largely|partly|immediately|initially|first|quickly|now|centrally))?)(?:\s+from\s+[^,;.£$€]{{1,60}}?)?"
    rf"{_OVER_TIME}"
    r"\s+(?:to|towards|toward|for|in|into|at|between|among|amongst|on|as|(?<=channelled )through"
    r"|(?<=routed )through|(?<=available )through|(?<=provided )through|(?<=delivered )through"
    r"|(?<=allocated )through|(?<=distributed )through|(?<=disposal )of"
    # "will be used by the Forestry Corporation for aircraft", "executed directly by the boards": who uses it
    r"|(?<=used )by|(?<=executed )by|(?<=directly )by)"
    # "The largest single allocation, ₹420 crore, is for seawalls": the sum is for X
    r"|(?:is|are|was|were|will be|would be) (?:also |mainly |largely |entirely |partly )?for"
    rf"|(?:will be |has been |have been |is |are |was |were )(?:also )?{_DECIDED}\s+(?:for|towards)"
    # "NZ$18 million is committed to the training costs of X" (not "committed to improving": an aim)
    rf"|(?:will be |has been |have been |is |are |was |were )(?:also )?committed to"
    rf"(?= (?:the|a|an|its|their)\b))\s+"
    # "will be provided in the First Supplementary Estimates to staff X": the vehicle, then what for
    rf"(?:{_VEHICLE_WORDS}\s+(?:to|for|towards)\s+)?(?!" + _TIME + r"|" + _OCCASION + r")(?P<r>.+)",
    flags=_I,
    mode="match",
    examples=(
        "will go to community energy schemes",
        "has been set aside for mental health",
        "has been set aside specifically for island schools",
        "would go directly to rebuilding sea walls",
        "had been earmarked for the National Cyber Centre",
        "has also been set aside to build staff houses",
        "will be channelled through the World Food Programme",
        "will be allocated over the next three financial years to recruit constables",
        "ring-fenced last October for water connections",
        "will be provided in the First Supplementary Estimates to staff the unit",
    ),
    counter=("will be spent next year",),
)
_SPENDS_ON = rule(
    "recipient.spends-on",
    "the sum does something: 'will buy X', 'supports X', 'will fund X'",
    rf"^{_SOURCE}(?:(?:will|would|is to|are to|should|could|can|is going to|to)\s+(?:also\s+)?(?:buy|finance"
    rf"|pay (?:for|to)|fund|help|flow (?:to|into|through)"
    r"|support|provide|go towards|"
    r"benefit|target|cover|improve|repair|upgrade|tackle|back|deliver|build|create|expand|modernise|keep|see|"
    r"replace|refurbish|renovate|rebuild|restore|equip|install|construct|procure|purchase|acquire|resurface|"
    r"give|enable|allow|establish|set up|launch|stand up|capitalise|capitalize|extend|lease|connect"
    r"|rehabilitate|strengthen|fix|open|reopen|seed|add(?! to\b| up\b))|(?:is|are) (?:paying for"
    r"|funding|supporting"
    r"|helping|backing"
    r"|going towards)"
    # "The remaining £38m supports fire science", "£150m flows through the fund".
    r"|(?:supports|funds|pays for|covers|buys|backs|targets|goes towards|flows (?:to|into|through)))\s+"
    r"(?P<r>.+)",
    flags=_I,
    mode="match",
    examples=("will buy new lifeboats", "supports coral research"),
    counter=("was spent",),
)
# "the Rs 30 billion approved in the December supplementary estimate for rebuilding homes", "the $6
# million previously approved by the Council in January for the expansion of X": a participle that
# describes the sum, who or where it was decided, then what it is for.
_DECIDED_EARLIER_FOR = rule(
    "recipient.decided-earlier-for",
    "a participle describing the sum, its giver, vehicle or time, then 'for X'",
    r"^(?:(?:already|previously|earlier|first|originally|formally)\s+)?"
    r"(?:approved|authori[sz]ed|committed|allocated|allotted|earmarked|sanctioned|appropriated|budgeted"
    r"|set\s+aside|reserved|voted|pledged|promised|ring-?fenced)"
    # (not "under the X Programme for", "through the Y Grant for", "in 2023 to the Z Centre for": a
    # named programme or body before "for" is the recipient, read by other rules)
    # ("in last year's Programme for Government for X": a vehicle whose name holds "for")
    r"(?:\s+in\s+" + _VEHICLE_WORDS + r"(?=\s+for\b)"
    r"|\s+(?:by|in|during|last|this|earlier|on)\s+(?:(?!(?:to|under|through)\s)[^,;:.£$€()\[\]]){1,70}?)?"
    r"\s+for\s+(?!" + _TIME + r"|" + _OCCASION + r"|(?:this|that|the\s+same)\s+purpose\b)(?P<r>.+)",
    flags=_I,
    mode="match",
    examples=(
        "approved in the December supplementary estimate for rebuilding homes and bridges",
        "previously approved by the Council in January for the expansion of the co-responder program",
        "already committed by the national government this year for dilapidated schools",
        "earlier approved for the Ado-Ilesanmi dual carriageway",
        "already committed in last year's Programme for Government for river monitoring",
    ),
    counter=("approved for 2026", "approved by the Council in January", "allocated for this purpose"),
)
# A name that opens with its year, after "under" or "through": "under the 2020 Cyber Security Strategy".
_UNDER_DATED_NAME = lazy(
    r"^(?:(?:committed|allocated|provided|announced|funded)\s+)?(?:under|through)\s+the\s+"
    r"(?P<r>(?:19|20)\d\d(?:[-–/]\d\d)?\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?(?-i:[A-Z])[\w'’-]*)*)"
)
# "£410m of the new money will be spent upgrading the test facility": the work it is spent doing.
_SPENT_DOING_AFTER = rule(
    "recipient.spent-doing-after",
    "a passive of spending, then the work the sum is spent doing ('will be spent upgrading X')",
    r"^(?:(?:will|would|is\s+to|are\s+to|is\s+being|are\s+being|has\s+been|to)\s+)?(?:also\s+)?be\s+"
    r"(?:spent|used)\s+(?P<r>(?!(?:including|bringing|taking|following|during|over|across)\b)[a-z]+ing\s+\w.*)",
    flags=_I,
    mode="match",
    examples=("will be spent upgrading the test and integration facility",),
    counter=("will be spent over three years",),
)
_SO_THAT = rule(
    "recipient.so-that",
    "'so that X can ...' names who benefits",
    r"^so (?:that )?(?P<r>.+)",
    flags=_I,
    mode="match",
    examples=("so that villages can",),
)
_NAMED = rule(
    "recipient.named",
    "a capitalised name right after the sum ('£22m Harbour Youth Fund')",
    # (not "and the United Kingdom pledged": a name after "and" opens another clause)
    # (nor "for FY2027 operating costs": a year is a time, not a name)
    r"^(?!and\b|&|(?:(?:of|for|the)\s+)+(?:FY\s*|fiscal\s+|financial\s+)?(?:19|20)\d\d)(?P<r>(?:[A-Z][\w'’&/-]*|of|for|the)(?:\s+(?:[A-Z][\w'’&/-]*|of|and|for|the|&))*"
    r"(?:\s+(?:fund|programme|scheme|package|grant|deal|initiative|project))?)",
    mode="match",
    examples=("Harbour Youth Fund will open",),
    counter=("will open",),
)
_GENERIC_HEAD = rule(
    "recipient.generic-head",
    "a generic head after the sum ('package', 'pot') and what follows it",
    # (not "year's Budget" left after "allocated in this": a time's vehicle)
    r"^(?:(?:year|month|week)['’]s\s+)?(?P<r>(?:[a-z0-9][\w'’-]*\s+){0,4}?(?:fund|pot|package|programme|program|scheme|grant|investment|facility"
    r"|initiative|"
    r"tranche|round|boost|injection|plan|deal|drive|network|hub|centre|project|reserve|costs|increase|rise|"
    r"contract|top-up|"
    r"uplift|settlement|allocation|budget|commitment|outlay|envelope|pledge|promise|agreement|accord"
    r"|phase|stage|extension|expansion|rebuild|renovation|refurbishment|upgrade|redevelopment|overhaul"
    r"|restoration|modernisation|modernization|shake-up|revamp|reorgani[sz]ation))\b(?P<rest>.*)",
    flags=_I,
    mode="match",
    examples=(
        "package for rural buses",
        "capital investment in stations",
        "three-year commitment to plant trees",
    ),
    counter=("to the ferry",),
)
# Heads that name a part of a project, which the words after "of" name ("second phase of X").
# Heads whose "of X" says what the money is for: "the second phase of the Metro", "a $3.2 million
# rebuild of the playground at Lincoln Park".
_PART_HEADS = frozenset(
    "phase stage extension expansion rebuild renovation refurbishment upgrade redevelopment overhaul "
    "restoration modernisation modernization shake-up revamp reorganisation reorganization".split()
)
# Heads read with what they are of: the part and its whole, or a programme and its work ("the $212
# million programme of water investment").
_OF_HEADS = _PART_HEADS | frozenset({"programme", "program", "package", "plan", "scheme"})
_GENERIC_TAIL_LEAD = lazy(
    r"^(?:(?:over|across|during)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?\w+\s+(?:years|months)\s+"
    # ("a A$2.8 billion package over the forward estimates to expand bases": Australia's budget years)
    r"|over\s+the\s+forward\s+estimates\s+"
    # "a £200 million package confirmed today for the health boards": when it was confirmed
    r"|(?:confirmed|announced|approved|agreed|unveiled)(?:\s+(?:today|yesterday|this\s+week))?\s+(?=for\b)"
    r"|(?P<aim>aimed\s+at|designed\s+to|intended\s+to)\s+(?=\w))",
    _I,
)
_GENERIC_WORDS = frozenset(
    "fund pot package programme program scheme grant investment initiative tranche round boost injection "
    "plan deal drive increase rise uplift settlement allocation total funding money support budget "
    "commitment outlay envelope purpose purposes initial annual multi-annual overall pledge promise "
    "agreement accord largest biggest single "
    # "gave administrative approval of Rs 62 crore for X": the decision, not what it is for
    "approval approvals sanction clearance administrative in-principle".split()
)
_RECEIVE = (
    r"(?:will|would|could|may|might|must|is to|are to|is set to|are set to|is due to|are due to|should|can"
    r"|has|have|to)?\s*(?:(?:also|thus|therefore|now|then|still|each|jointly|together)\s+)?"
    r"(?:get|gets|got|receive|receives|received|(?:is|are) (?:receiving|getting)|(?<=\s)receiving"
    r"|be given|is given|are given|be awarded|(?:be|been|is|are) handed|secure[sd]?|wins?"
    r"|benefit from|"
    r"start with|be backed by|(?:is|are) sharing|share|stands? at|now stands at|reach(?:es)?|totals?"
    r"|rises to|rise to|"
    # "County mental health funding rises by $20 million": what grows receives the rise
    r"(?:rises|rise|increases|grows|goes up|is increased|will increase|will rise) by|"
    # "Schools will see their core budget increase by": whose budget grows
    r"see (?:their|its) (?:[\w-]+ ){0,2}?(?:budgets?|funding|allocations?|grants?) "
    r"(?:increase|rise|grow|go up) by|"
    r"comes? to|is worth"
    # "The rangers will be funded with NZ$56m": the subject of a passive of funding.
    r"|(?:be|is|are|being) (?:funded|paid for|financed|supported|backed|endowed|capitali[sz]ed)"
    r" (?:with|by|through)"
    # "The Basic Educational Facilities Fund was allotted P28.4 billion"
    r"|(?:is|are|was|were|has been|have been|will be|is to be) (?:allotted|allocated|awarded|granted)"
    # "Hastings Arts Centre, awarded £1.9m for a new wing": a participle after the name it describes
    r"|(?<=,\s)(?:awarded|granted|allocated|allotted|given|receiving|handed|getting"
    r"|(?:funded|financed|supported) (?:with|by|through))"
    # "the Research Fund would be topped up by $120m", "The authority will have a budget of €18m"
    r"|(?:be|is|are|being) (?:topped up|boosted|increased|raised|lifted) by"
    r"|(?:have|has) (?:a|an) (?:[\w-]+ ){0,3}budget of"
    # "RESOLVED that the capital programme be approved at £186 million"
    r"|(?:be|is|was|were) approved at"
    # "The annual development programme has been set at Rs547bn": the level a budget line is set at
    r"|(?:has been|have been|is|was|will be|is being|are) (?:set|fixed|pegged|proposed|put) at"
    # "NHS Grampian is in line for just under £20 million"
    r"|(?:is|are) (?:now |also )?in line for(?: (?:just under|just over|about|around|some|up to))?)"
)
# A receiving verb at the very end of the words before a sum; its subject is
# found by walking back from it (a forward search would backtrack badly).
_RECEIVES_TAIL = rule(
    "recipient.receives-tail",
    "a receiving verb right before the sum ('X will get', 'X receives')",
    rf"\s+{_RECEIVE}\s+(?:the\s+(?:largest|biggest|smallest|second\s+largest|next\s+largest)\s+"
    r"(?:share|allocation|amount|sum),?\s+"
    r"(?:of\s+|at\s+)?"
    # "have been awarded a total of" (not "selected 94 projects to receive a total of": the projects')
    r"|(?<!to\sreceive\s)a\s+(?:combined\s+)?total\s+of\s+"
    # "The justice sector will receive a total allocation of"
    # ("will receive an operating and intervention allocation of")
    r"|an?\s+(?:total\s+|combined\s+|further\s+|one-off\s+|initial\s+|[a-z]+ing\s+and\s+[a-z]+\s+"
    r"|[a-z]+ing\s+)?"
    r"(?:allocation|grant|budget|sum|share"
    r"|boost|uplift|increase|endowment|envelope|capital)\s+of\s+)?"
    r"(?:a further|an extra|an additional|another|a|an)?\s*"
    r"(?:extra|additional|further|new|record)?\s*"
    r"(?:(?:up to|more than|over|around|about|almost|nearly|some|at least)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "Rural libraries will receive an extra |",
        "The Harbour Trust receives |",
        "Leeds will receive the largest share, at |",
        "Castilla y León will receive the largest allocation, |",
        "Prairie Line Communications is receiving a |",
        "The plan would be funded with |",
        "the Harbour Research Fund would be topped up by |",
        "The authority will have a budget of |",
        "The justice sector will receive a total allocation of |",
    ),
    counter=("The minister announced |",),
)
# Each receiving or giving verb holds one of these; without one the patterns are not run.
_RECEIVE_NEEDLES = (
    *("get", "got", "receiv", "given", "handed", "awarded", "secure", "win", "benefit", "start with"),
    *("backed", "shar"),
    *("stand", "reach", "total", "rise", "come", "worth", "funded", "paid for", "financed", "supported"),
    *("allotted", "allocated", "granted", "topped up", "boosted", "increase", "raised", "lifted"),
    *("grows", "goes up", "see"),
    "budget of",
    "approved at",
    "endowed",
    "capitali",
    "in line for",
    *("set at", "fixed at", "pegged at", "proposed at", "put at"),
)
_GIVE_NEEDLES = (
    "hand",
    "giv",
    "gave",
    "award",
    "offer",
    "pay",
    "provid",
    "endow",
    "equip",
    "extend",
    "lend",
    "grant",
)
# "X, which is funded elsewhere, will get": drop the aside between subject and verb.
# So do participles and infinitives: "The hub, to be run by a partner chosen this spring, will get".
_ASIDE = lazy(
    r",\s*(?:which|who|where|whose|a|an|the|to|once|now|currently|first|initially|based|located|housed|hosted|run"
    r"|operated"
    r"|led|headed|chaired|overseen|managed|staffed|set\s+up|created|established|announced|expected|due"
    # ("Two new Research Centres, in marine energy and rare disease, will receive")
    r"|in|for|on)\b"
    r"(?:[^,]|,(?=\d{3}))*,\s*$"
    # "The City of Harlow Falls, Michigan, will receive": a place after the name
    r"|,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,\s*$"
    # "Coláiste an Chláir, Naas, Co. Kildare will receive": a school's town and Irish county
    r"|(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,\s*(?:Co\.|County)\s+[A-Z][\w'’-]*\s*$",
    _I,
)
# Where the subject of a receiving verb cannot reach back past: punctuation, or a verb of saying
# ("the governor said education would receive ..." is education's money).
_ACRONYM_AFTER = lazy(r"\s*\((?:the\s+)?[A-Z][A-Za-z&.]{1,9}\)\s*$")
_SUBJECT_BREAK = lazy(
    # (a spaced hyphen is a dash: "LONDON, 14 March 2025 - Councils in England will share")
    r"[,;:.()–—\"“”]|\s-\s|\b(?:said|says|added|noted|explained|announced|confirmed|stated)\b(?:\s+that\b)?"
)
_GIVES_TO = rule(
    "recipient.gives-to",
    "a giving verb and its indirect object ('will hand the agency an extra')",
    r"\b(?:(?:(?:will|to|would|has|have|also)\s+(?:hand|give|award|offer|pay)|hands|handing|gives|giving|gave"
    r"|awarding|offering|pays)\s+"
    r"(?P<r>(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,5}?)"
    # "has awarded the state health department": a past form, with the object an article or a name
    r"|(?:awarded|handed|granted|given|allocated|offered)\s+(?P<r2>(?:(?:the|its|their|an?)\s+|(?-i:(?=[A-Z])))"
    r"(?:(?!(?:to|for|of|with|on|in|at|by|from)\b)[\w'’&-]+\s*){1,6}?))"
    r"\s+(?:an?\s+)?(?:extra|additional|further|another|new)?\s*$"
    # "will provide the Board with a one-off endowment of": the body provided with the sum
    r"|\b(?:provide|provides|provided|providing|endow|endows|endowed|equip)\s+(?P<r3>(?:the|its|their)\s+"
    r"(?:(?!(?:to|for|of|with|on|in|at|by|from)\b)[\w'’&-]+\s*){1,6}?)\s*with\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:endowment|grant|allocation|budget|sum|subvention|fund|capital)\s+of\s+(?:(?:about|around|some|up\s+to)\s+)?$"
    # "will extend Canada Post a repayable loan of up to": a body by name, then the award it gets
    r"|\b(?:extend|lend|give|offer|hand|award|grant)(?:s|ed|ing)?\s+(?P<r4>(?:the\s+)?(?-i:[A-Z])[\w'’&.-]*"
    # (its adjectives may be listed with commas: "offering Medalux a conditional, repayable loan of")
    r"(?:\s+(?:of\s+|and\s+|&\s+)?(?-i:[A-Z])[\w'’&.-]*){0,5})\s+an?\s+(?:[\w-]+,?\s+){0,3}?"
    r"(?:loan|grant|contribution|award|payment|facility)\s+of\s+(?:up\s+to\s+)?$"
    # "The Province is providing Invest Pacific with": a body by name, then the sum it is given
    r"|\b(?:provide|provides|provided|providing)\s+(?P<r5>(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:of\s+|and\s+|&\s+)?"
    r"(?-i:[A-Z])[\w'’&.-]*){0,5})\s+with\s+(?:an?\s+(?:extra|additional|further)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "The Treasury will hand the health service an extra |",
        "The Province is providing Harbour Invest with |",
        "Ottawa said it will extend Harbour Post a repayable loan of up to |",
        "The province is offering Medalux a conditional, repayable loan of up to |",
        "The foundation has awarded the state health department |",
        "The Government will provide the Board with a one-off endowment of |",
    ),
    counter=(
        "The Treasury announced |",
        "The council has awarded |",
        "It was allocated |",
        "Charities have given a cautious welcome to a |",
    ),
)
# "has increased the Rural Schools Budget by £10m": what is raised by the sum receives it.
_RAISED_BY = rule(
    "recipient.raised-by",
    "the object of a verb of raising before 'by' the sum ('increased the X budget by')",
    r"\b(?:increas|rais|boost|lift|top(?:ped|ping|s)?\s+up|uplift|add)\w*\s+(?P<r>(?:the|its|their|our|this"
    r"|his|her)\s+[^,;.:£$€]{3,80}?)\s+by\s+(?:an?\s+)?(?:extra|additional|further)?\s*$",
    flags=_I,
    window="before",
    examples=(
        "I have increased the Rural Schools Budget by |",
        "will top up the hardship fund by an extra |",
    ),
    counter=("cut the Rural Schools Budget by |", "was increased by |"),
)
# "is boosting the state's bushfire preparedness with a $62m investment", "to fund six deputy
# positions using $540,000": what the sum strengthens or pays for.
_BOOSTED_WITH = rule(
    "recipient.boosted-with",
    "the object of a verb of strengthening before 'with' the sum ('boosting X with a')",
    r"\b(?:boost|strengthen|bolster|back|improv|expand|upgrad|modernis|moderniz|shor(?:e|ing)\s+up|fund|seed)\w*\s+"
    r"(?P<r>(?:the|its|their|our|this|his|her|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+new)?)\s+"
    # ("strengthen the Nature Inspectorate (Statens naturoppsyn, SNO) with": a name's gloss in brackets)
    r"[^,;.:£$€(]{3,80}?(?:\s*\([^)]{1,60}\))?)\s+(?:with|using)\s+(?:an?\s+)?(?:total\s+of\s+)?"
    r"(?:new\s+|extra\s+|additional\s+|further\s+|major\s+)?$"
    # the passive: "Probation services will be strengthened with", "The office will be funded by
    # reprioritising": its subject
    r"|(?:^|[,;]\s+)(?P<r2>(?-i:[A-Z])[\w'’-]*(?:\s+(?!(?:will|would|is|are|shall)\b)[\w'’-]+){0,6}?)\s+"
    r"(?:will|would|is\s+to|are\s+to|shall|is|are)\s+(?:also\s+)?(?:be\s+)?(?:boosted|strengthened|bolstered|expanded"
    r"|extended|upgraded"
    r"|moderni[sz]ed|funded|backed|supported|resourced"
    # ("The bridges will be rebuilt with $415 million": the works the sum pays for)
    r"|rebuilt|repaired|renovated|refurbished|restored|replaced|resurfaced|equipped)\s+(?:with|by)\s+"
    r"(?:(?:reprioriti[sz]ing|reallocating|redirecting|using)\s+)?(?:an?\s+)?"
    r"(?:extra\s+|additional\s+|further\s+|new\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "Probation services in Wales will be strengthened with |",
        "Flood-damaged bridges will be rebuilt with |",
        "The office will be funded by reprioritising |",
        "The state is boosting its flood readiness with a |",
        "will strengthen the coastguard with an extra |",
        "moved to fund six deputy positions using |",
        "will strengthen the Nature Inspectorate (Statens naturoppsyn, SNO) with |",
    ),
    counter=("The state is boosting its flood readiness, with a |", "will meet the council with a |"),
)
# Inside a subject, the clause that holds it starts after these words.
_CLAUSE_START = lazy(r"^.*\b(?:that|which|who|when|while|because|if|where)\s+", _I)
_SUBJECT_FILLER = lazy(r"\s+(?:as a whole|as well|in turn|themselves|itself|now|also|each)$", _I)
_INNER_ACRONYM = lazy(r"\s*\([A-Z]{2,8}\)(?=\s+[A-Z][a-z])")
_LEADING = lazy(
    r"^(?:(?:and|but|while|or)\s+)?(?:the|a|an|its|their|our|this|that|these|those|it|they)\s+"
    # a round of a programme is the programme: "its next round of doctoral training"
    r"(?:(?:next|latest|new|further|first|second|third|fourth|fifth|final|current|upcoming|coming)\s+"
    r"(?:round|tranche|wave|intake|cohort)\s+of\s+(?:the\s+)?)?",
    _I,
)
_PRONOUN = lazy(
    # ("and it will receive": a conjunction before the pronoun)
    r"^(?:(?:and|but|so)\s+)?(?:it|they|this|that|these|those|we|he|she|there|which|money|the money|funding"
    r"|(?:in )?total|all|both|the|a|an|from|of|with|by|year|years)$",
    _I,
)
# "a humanitarian aid budget of €850m", "A first tranche of $140m": the sum is
# the size of the named pot, and the words before its head say what it is for.
_POT_OF = rule(
    "recipient.pot-of",
    "a named pot before the sum ('a disaster relief budget of')",
    # ("next year's regular defence budget of")
    # (its words are no verb: "The plan commits to public-sector infrastructure spending of")
    r"(?:^|\b(?:an?|the|its|their|our|this|that|[\w-]+['’]s|to)\s+)"
    r"(?P<r>(?:(?!(?:commits?|committed|will|would|is|are|was|were|to|has|have)\b)[\w'’-]+\s+){0,4}?(?:budget|tranche"
    r"|round|fund|pot"
    r"|package|programme|program|allocation|envelope|investment|recapitali[sz]ation|bailout|(?:capital|equity)"
    r"\s+injection|subsidy|top-up|pool|(?:capital|investment|spending)\s+plan"
    # a budget line's grant or funding to a sector: "a general capital grant of", "general capital funding of"
    r"|(?:capital|block|revenue)\s+(?:grant|funding)"
    # ("commits to public-sector infrastructure spending of more than R1 trillion": what is spent on)
    r"|(?:[\w-]+\s+)(?:spending|expenditure)))"
    # its name in the original language, or its year, between: "the Acceleration Fund
    # (Accelerationsfonden) of", "the HSE capital plan for 2026 of"
    r"(?:\s+\([^()]{1,40}\))?(?:\s+for\s+(?:19|20)\d\d(?:[-/–]\d\d)?)?"
    r"\s+of\s+(?:(?:up to|about|around|some|almost"
    r"|nearly|more than|over|at least)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "adopted a disaster relief budget of |",
        "A first tranche of |",
        "on top of next year's regular defence budget of |",
        "The money comes from the Green Transition Fund (Grønne Fond) of |",
        "part of the health service's capital plan for 2027 of |",
        "commits to public-sector infrastructure spending of |",
        "councils will receive a general capital grant of |",
    ),
    counter=("a total of |",),
)
# Each match of _TOTAL_OF holds one of these.
_TOTAL_NEEDLES = (
    *("total", "bringing", "taking", "lifting", "raising", "raised", "lifted", "raises", "lifts"),
    *("brings", "brought", "takes", "took", "bring", "take", "lift", "raise"),
)
# "bringing total investment in rural care to $90m": the total names what it covers.
_TOTAL_OF = rule(
    "recipient.total-of",
    "a total that names what it covers ('total investment in X to')",
    # "bring the fund's total size to": the fund
    r"\b(?P<r3>(?:the|its|their)\s+[\w -]{2,60}?)['’]s?\s+(?:total\s+|overall\s+)?(?:size|value"
    r"|capitali[sz]ation|capital|corpus)\s+to\s+(?:(?:about|around|almost|nearly|more than|over|some)\s+)?$"
    r"|\btotal\s+(?P<r>[^£$€;:,.]{3,80}?)\s+to\s+(?:(?:about|around|almost|nearly|more than|over|some"
    r"|an?\s+record(?:\s+high\s+of)?|an?\s+all-time\s+high\s+of)\s+)?$"
    # "bringing the state's ten-year road pipeline to": what the total is of, without "total"
    # ("raised its support package for the semiconductor industry to")
    # ("brings the province's Action Plan to a total of", "brought the Department's investment in X to")
    r"|\b(?:bringing|taking|lifting|raising|raised|lifted|raises|lifts|brings|brought|takes|took|bring|take"
    r"|lift|raise)\s+"
    # ("brings public funding for the cluster to": the article may be left out)
    # (but "bringing New Zealand's total support for X to" is read by the total's own words)
    r"(?P<r2>(?:(?:the|its|their|our)\s+|(?![^£$€;:,.]{0,80}?(?:\btotal\b|['’]s\s)))[^£$€;:,.]{3,80}?)\s+to\s+"
    r"(?:(?:about|around|almost|nearly|more than|over|some|an?\s+record|a\s+total\s+of)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "bringing total investment in rural dental care to |",
        "bringing total spending on roads next year to a record |",
        "bringing the state's ten-year road pipeline to |",
        "which will bring the fund's total size to |",
        "The government raised its support package for the chip industry to |",
        "The new funding brings the province's Nursing Action Plan to a total of |",
    ),
    counter=("a further |",),
)
_TOTAL_THROUGH = lazy(
    r"^(?:the\s+)?(?:combined\s+|overall\s+|cumulative\s+)?total\s+(?:[\w-]+\s+){0,3}?(?:through"
    r"|from|for|on|in"
    r"|to)\s+",
    _I,
)
# "its 2025 allocation", "their annual budget": a pot of the body or programme named before.
_OWN_POT = lazy(
    r"^(?:its|their)\s+(?:(?:(?:19|20)\d\d(?:[-/]\d\d)?|annual|yearly|overall|total)\s+)*"
    r"(?:allocation|budget|envelope|funding|total(?:\s+size|\s+value)?|size)$",
    _I,
)
_TOTAL_LEAD = lazy(
    r"^(?:(?:19|20)\d\d(?:[-/]\d\d)?\s+)?(?:(?:government|public|federal|state|national)\s+)?"
    r"(?:investment|funding|spending|support|money"
    r"|allocations?|pledges|contributions|commitments?|transfers|releases|disbursements|payments)\s+"
    r"(?:in|for|on|into|to|under)\s+"
    # "the total value of the scheme": the scheme
    r"|^(?:value|cost|size)\s+of\s+"
    # "the total made available through the fund since its launch": the fund
    r"|^(?:(?:so\s+far|already)\s+)?(?:made\s+available|committed|invested|awarded|allocated|provided|granted"
    r"|distributed|spent|paid\s+out|injected|put|paid|transferred)\s+(?:through|under|by|from|in|into|to|via)\s+"
    r"(?=the\s|this\s|that\s|its\s)",
    _I,
)


# The rest of a list of nouns after a comma: ", patrol boats and communication equipment".
_LIST_WORD = (
    r"(?!(?:which|that|who|whose|while|where|when|but|so|will|would|is|are|was|were|has|have|had|said|says"
    r"|including|such|among|plus|alongside|with)\b)"
    r"[A-Za-z][\w-]*"
)
_LIST_REST = lazy(
    rf",\s+(?:{_LIST_WORD}\s+){{0,3}}?{_LIST_WORD}(?:,\s+(?:{_LIST_WORD}\s+){{0,3}}?{_LIST_WORD})*,?\s+(?:and|or)\s+"
    rf"{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,3}}"
)
# "standardised, offsite-built classrooms": a comma after a lone adjective lists modifiers.
# ("free, independent benefits advice": common adjectives with none of those endings)
_LONE_ADJECTIVE = lazy(
    r"^\s*(?:the\s+|a\s+|an\s+)?(?:[a-z][a-z-]+(?:ed|ised|ized|al|ic|ive|ous|ary|ful|able|ible)"
    r"|free|new|independent|impartial|confidential|urgent|safe|clean|green|fair|modern|rapid|early"
    r"|secure|low-cost|high-quality|long-term|short-term)$"
)


# Patterns read once per sum, compiled once (a module-level re.sub looks its pattern up each call).
_TRAILING_LINKS = lazy(
    r"(?:\s+(?:and|or|of|for|to|the|in|on|with|by|a|an|further|another|additional|extra))+$"
)
_CAPITAL = lazy(r"[A-Z]")
# "budget package for X", "allocation from NHS England for X", "fund, to X"
_GENERIC_TAIL_START = lazy(
    r"^\s*(?:(?:package|programme|scheme|fund|pot|boost)\s+)?"
    r"(?:(?:of|from)\s+(?:[\w&'’-]+\s+){0,4}?(?=for\b|to\b|aimed\b|designed\b|intended\b)"
    # ("The $22.4 million commitment, spread over three years, will set up X": when, in an aside)
    r"|,\s*(?:spread|phased|paid\s+out|delivered|rolled\s+out)\s+(?:over|across)\s+[^,;.]{1,40},\s*|,\s*)?"
)
_SHARE_OF = lazy(r"['’]s share$")


# A reading that says only when or through what the money comes: "in Budget 2026", "through its
# long-term plan", "this year".
_WHEN_ONLY = lazy(
    rf"^(?:(?:in|through|under|on|during|over)\s+)?(?:{_VEHICLE}|(?:this|next|last)\s+(?:year|month|week)"
    r"|(?:19|20)\d\d(?:[-/–]\d\d)?"
    # a day ("approved a £1.1 million package on Thursday")
    r"|(?:last\s+|next\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    # a month ("will deploy 800 guards by March 2027, funded through")
    rf"|(?:by\s+|from\s+|until\s+|early\s+|mid-|late\s+)?(?:{lex.MONTH})(?:\s+(?:19|20)\d\d)?"
    # "over the first four-year phase": a stage of a programme
    r"|(?:the|its)\s+(?:first|second|third|next|initial|coming|current|new)\s+(?:[\w-]+\s+)?"
    r"(?:phase|stage|term|period|cycle))\s*$",
    _I,
)


def _trim(phrase: str) -> str | None:
    if "(" in phrase:
        # "three new Australian Research Council (ARC) Centres of Excellence": an acronym inside a
        # name that goes on is no end of the phrase
        phrase = _INNER_ACRONYM.sub("", phrase)
    cut = _STOP.search(phrase)
    if cut and cut.group(0) == "," and _LONE_ADJECTIVE.match(phrase, 0, cut.start()):
        further = _STOP.search(phrase, cut.end())
        if further is None or further.start() > cut.end() + 1:
            cut = further
    if cut and cut.group(0) == "," and (listed := _LIST_REST.match(phrase, cut.start())):
        # "the purchase of vehicles, patrol boats and communication equipment": a list goes on
        cut = _STOP.search(phrase, listed.end())
    if cut:
        phrase = phrase[: cut.start()]
    words = phrase.split()[:_MAX_WORDS]
    text = _LEADING.sub("", " ".join(words)).strip(" .'’-")
    text = _TRAILING_LINKS.sub("", text)
    if len(text) < 3 or _PRONOUN.match(text) or _WHEN_ONLY.match(text):
        return None
    return text


def _useful(text: str | None) -> bool:
    """A reading that is more than a generic word ("pot", "package")."""
    return bool(text) and not set((text or "").lower().split()) <= _GENERIC_WORDS


# A verb of spending right before a sum, and what the sum is then spent doing ("strengthening X").
_SPENT_DOING = lazy(
    r"\b(?:spend|spending|invest|investing|use|using)\s+(?:(?:up to|about|around|some|almost|nearly|more than"
    r"|over|at least|an?(?: extra| additional| further)?)\s+)?$",
    _I,
)
_DOING = rule(
    "recipient.doing",
    "after a verb of spending, the work the sum is spent doing ('spend £4m repairing bridges')",
    r"^(?P<r>(?!(?:including|bringing|taking|following|making|rising|starting|beginning|ending|according"
    r"|during|being|having|reaching|totalling|totaling)\b)[a-z]+ing"
    # ("repaving, twinning and repairing highways": several works on one object)
    r"(?:,\s+[a-z]+ing)*(?:,?\s+and\s+[a-z]+ing)?\s+\w.*)",
    mode="match",
    examples=("strengthening sea defences along the coast",),
    counter=("including £2m for roads", "bringing the total to"),
)


# "a $212m contract to Barrow Hill Constructors for the reconstruction of the interchange", "a
# KSh1.9bn contract to a consortium led by X to install a signalling system": a contract's sum
# pays for the work; the contractor is who does it.
_CONTRACT_WORK = rule(
    "recipient.contract-work",
    "a contract's sum, its contractor, then the work: the work",
    # (a term may stand between, after a comma: "a $2.3-billion, 12-year contract to X to maintain Y")
    r"^[-\s]*(?:,\s*)?(?:[\w-]+\s+){0,2}?contracts?\s+(?:(?:to|with)\s+[^;:.]{2,120}?\s+)?"
    r"(?:for\s+(?:the\s+)?|to\s+(?=[a-z]+\s))(?P<r>[^;:]{3,160})",
    flags=_I,
    mode="match",
    window="after",
    examples=(
        "awarded a $212m| contract to Barrow Hill Builders for the reconstruction of the interchange",
        "awarded a KSh1.9bn| contract to a consortium led by Rift Signal to install a signalling system",
        "signed a ₱9.4bn| contract with the Hanbit Joint Venture for the construction of the second package",
        "awarded a $2.3-billion|, 12-year contract to Harbour Marine to maintain and refit the patrol ships",
    ),
    counter=("awarded $212m| for the reconstruction of the interchange",),
)


# A place alone, as a name writes it: "Canberra", "New Plymouth".
_PLACE_ONLY = lazy(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


# The giver after the sum, before what the sum is for: "by the Department of X, Y and Z for".
_BY_GIVER = lazy(
    r"by\s+(?:the\s+)?(?-i:[A-Z])[\w'’&-]*(?:,?\s+(?:(?-i:[A-Z])[\w'’&-]*|of|for|and|the|&)){0,10}?"
    r"\s+(?=(?:for|towards)\s)"
)
# How a sum is paid, after its noun: "fund the £19.6 million project in full", "paid in instalments".
_IN_MANNER = lazy(
    r"in\s+(?:full|part|total|cash|kind|principle|advance|stages|instal?ments|tranches|arrears|perpetuity)\b"
)


def recipient_after(after: str) -> tuple[str | None, int]:
    """The recipient named in the words following a sum, and how sure (0-2)."""
    if "contract" in after[:40] and (work := _CONTRACT_WORK.match(after)) is not None:
        return _trim(work.group("r")), 2
    if after[:3].strip()[:1] in ("–", "—", "-") and (item := _DASH_ITEM.match(after)) is not None:
        # a list line that opens with its figure: "£38.0m – ALN implementation grant to councils"
        return _trim(item.group("r")), 2
    if (decided := _DECIDED_EARLIER_FOR.match(after.lstrip(" ,"))) is not None:
        # read before the lead words are skipped: they include the participle ("approved in")
        return _trim(decided.group("r")), 2
    rest = after[_AFTER_LEAD.match(after).end() :]  # type: ignore[union-attr]
    if ("pay for" in rest or "fund " in rest or "cover " in rest) and (
        (paid := _GRANT_PAYS_FOR.match(rest))
        or ((paid := _GRANT_PAYS_FOR.match(after.lstrip())) and rest != after)
    ):
        # "a $780,000 state grant that will pay for six mental health clinicians at the jail": what the
        # grant pays for (a programme's name before it is its vehicle)
        return _trim(paid.group("r")), 2
    if rest.startswith("from") and (own := _OWN_SOURCE.match(rest)) is not None:
        # "£1.3m from its own capital programme, taking the total value of the scheme to": the
        # source is the giver's; the total names what the sum is added to
        total = _TOTAL_AFTER.match(rest, own.end())
        return (_trim(total.group("r")), 2) if total else (None, 0)
    if rest.startswith("from ") and (source := _SOURCE_THEN_PURPOSE.match(rest)) is not None:
        # "$15 million from the state's settlement account toward three actions": the pot it is drawn
        # from, then what it goes to
        rest = rest[source.end() :]
    if rest.startswith("by ") and (giver := _BY_GIVER.match(rest)) is not None:
        # "€1.9 million by the Department of the Environment, Climate and Communications for its X": who
        # gives it, then what for
        rest = rest[giver.end() :]
    if (named_plan := _UNDER_DATED_NAME.match(rest)) is not None:
        return _trim(
            named_plan.group("r")
        ), 2  # "under the 2020 Cyber Security Strategy": a name with its year
    for pattern in (_PREPOSITION, _GOES_TO, _SPENDS_ON, _SO_THAT, _SPENT_DOING_AFTER):
        m = pattern.match(rest)
        if m:
            # "so that councils can ..." names who benefits less surely than "for X".
            return _trim(m.group("r")), 1 if pattern is _SO_THAT else 2
    if (kept := _GIVERS_CLAUSE.match(rest)) is not None:
        # "the $60 million the commission set aside for the Justice Center in 2024": who gave it,
        # then what for
        return _trim(kept.group("r")), 2
    # ", Jo Armitage said": a name after a comma is the speaker, never the recipient.
    named = None if after.lstrip().startswith(",") else _NAMED.match(rest)
    if named and _CAPITAL.search(named.group("r")) and not _GIVER.search(named.group("r")):
        return _trim(named.group("r")), 2
    if named and _GIVER.search(named.group("r")):
        rest = rest[named.end() :].lstrip()
    generic = _GENERIC_HEAD.match(rest)
    if generic:
        tail = _GENERIC_TAIL_START.sub("", generic.group("rest")).lstrip()
        # "package over three years to tackle X", "package aimed at cutting X": a time, then the purpose
        lead = _GENERIC_TAIL_LEAD.match(tail)
        if lead is not None:
            tail = tail[lead.end() :]
            head = _trim(generic.group("r"))
            if lead.group("aim"):
                # "a youth endowment fund aimed at teenagers" is the fund; "a package aimed at X" is X
                return (head, 1) if _useful(head) else (_trim(tail), 2)
        for pattern in (_PREPOSITION, _GOES_TO, _SPENDS_ON):
            m = pattern.match(tail)
            if m:
                found = _trim(m.group("r"))
                if (
                    found is None
                    or (tail.startswith(("in ", "at ")) and _PLACE_ONLY.fullmatch(found))
                    or _IN_MANNER.match(tail)
                ):
                    # "a wildfire plan on Monday", "a biosecurity package in Canberra": when or where;
                    # "fund the £19.6m project in full": how
                    break
                return found, 2
        if tail.startswith("of ") and generic.group("r").split()[-1].lower() in _OF_HEADS:
            # "the ₹8,420-crore second phase of the Pune Metro": the part and what it is of
            return _trim(f"{generic.group('r')} {tail}"), 2
        head = _trim(generic.group("r"))
        return (head, 1) if _useful(head) else (None, 0)
    if (facility := _FACILITY_HEAD.match(rest)) is not None:
        return _trim(facility.group("r")), 1
    return None, 0


# A building or work the sum pays for, named by its common noun right after the sum ("a £22.2 million
# research institute focused on X", "a $31 million central library on the site of Y"): the building,
# whatever the words after it say about where or what for. (Lower-case words only: a proper name is
# read as a name; and no verb: "spend £75m building a plant" is read as what the sum is spent doing.)
_FACILITY_HEAD = rule(
    "recipient.facility-head",
    "a building's common noun right after the sum: the building",
    r"^(?P<r>(?:(?![a-z]+ing\s)[a-z0-9][\w'’-]*\s+){0,3}?" + lex.alternation(lex.FACILITY_NOUNS) + r")\b",
    mode="match",
    examples=("research institute focused on low-carbon manufacturing", "central library on the site of"),
    counter=(
        "upgrading the Bunbury Courthouse",
        "buying capacity from private hospitals",
        "building a plant",
    ),
)


# A grant, then what it will pay for: "state grant that will pay for X", "(SAFER) grant from FEMA that will
# fund X".
_GRANT_PAYS_FOR = lazy(
    r"(?:(?!(?:for|to|towards|toward|in|on|into)\b)[\w'’()&.-]+\s+){0,10}?(?:grant|grants|award|allocation)\b"
    r"[^.;:£$€]{0,80}?\b(?:that|which)\s+will\s+"
    r"(?:pay\s+for|fund|cover)\s+(?P<r>[^.;]{3,120})",
    re.IGNORECASE,
)
# A relative clause after a sum that names who gave it and what for: "(that) the City Council
# budgeted for homeless services", "the Legislature appropriated last session for the X".
_GIVERS_CLAUSE = rule(
    "recipient.givers-clause",
    "'the $X the council set aside for Y': the giver in a relative clause, then the recipient",
    r"^(?:that\s+|which\s+)?(?:(?:the|its|our|their)\s+(?:[\w'’&-]+\s+){0,4}?|(?-i:[A-Z][\w'’&-]*\s+){1,4})"
    r"(?:had\s+|has\s+|have\s+)?(?:set\s+aside|budgeted|appropriated|allocated|approved|earmarked|committed"
    r"|pledged|promised|reserved|put\s+aside|provided|gave|given|granted|awarded)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:for|to|towards)\s+(?:the\s+)?"
    r"(?P<r>[^,;.]{3,100})",
    flags=_I,
    mode="match",
    examples=("the commission set aside for the Justice Center in 2024",),
    counter=("for the Justice Center",),
)
# A pot named as the sum's source before what it goes to: "from the state's opioid settlement account
# toward".
_SOURCE_THEN_PURPOSE = lazy(
    r"from\s+(?:the\s+|its\s+|their\s+|our\s+)?[^,;.:£$€]{2,80}?\b(?:account|accounts|fund|funds|reserve"
    r"|reserves|settlement|budget|allocation|pot|surplus|revenues?|proceeds|levy)\s+(?=(?:toward|towards|to|for)\s)",
    re.IGNORECASE,
)
# The giver's own pot a sum is taken from: "from its own capital programme", "from its own budget".
_OWN_SOURCE = lazy(
    r"from\s+(?:its|their|our|his|her|the\s+council['’]s|the\s+city['’]s)\s+own\s+(?:[\w-]+\s+){0,2}"
    r"(?:budget|programme|program|resources|reserves|funds|revenues?|capital|coffers|rates)\b",
    re.IGNORECASE,
)
# ", taking the total value of the scheme to", ", bringing the total recovery program to": what the
# total is of.
_TOTAL_AFTER = lazy(
    r",?\s*(?:bringing|taking|lifting|raising)\s+(?:the\s+|its\s+)?(?:total|overall|combined)\s+"
    r"(?:(?:value|cost|size|budget)\s+of\s+)?(?:the\s+|its\s+)?(?P<r>[^£$€,;]{3,80}?)\s+to\b",
    re.IGNORECASE,
)


_BARE_PARTICIPLES = (
    *("awarded", "granted", "allocated", "allotted", "given", "receiving", "handed", "getting"),
    *("funded", "financed", "supported"),
)


def recipient_before(before: str) -> str | None:
    """The subject of a receiving verb, or object of a giving verb, just before a sum."""
    return _before(before)[0]


def _before(before: str) -> tuple[str | None, bool]:
    """What :func:`recipient_before` reads, and whether a giving verb named it (its indirect object)."""
    low = before.lower()
    tail = _RECEIVES_TAIL.search(before) if _holds_any(low, _RECEIVE_NEEDLES) else None
    if tail:
        # "The Teachers Service Commission (TSC) will receive": the acronym in brackets is the name's
        head = _ACRONYM_AFTER.sub("", _ASIDE.sub("", before[: tail.start()]))
        if head.endswith(",") and tail.group(0).lstrip().startswith(_BARE_PARTICIPLES):
            # "Among them are Hastings Arts Centre, awarded": a participle after the name it describes
            name = _antecedent(head[:-1])
            return (_trim(name), False) if name else (None, False)
        if head.endswith(("which", "that")) and (relative := _RELATIVE_END.search(head)) is not None:
            # "are in the X Company, which will receive", "The Y Hub, led by Z University, which
            # receives": the relative pronoun stands for the name before it
            name = _antecedent(head[: relative.start()])
            if name:
                return _trim(name), False
        subject = _coordinated_subject(head) or _SUBJECT_BREAK.split(head)[-1]
    else:
        given = _GIVES_TO.search(before) if _holds_any(low, _GIVE_NEEDLES) else None
        if not given:
            return None, False
        subject = (
            given.group("r")
            or given.group("r2")
            or given.group("r3")
            or given.group("r4")
            or given.group("r5")
        )
    phrase = _SUBJECT_FILLER.sub("", _CLAUSE_START.sub("", subject.strip()))
    # "with Dublin City Council receiving": the subject of an absolute clause
    phrase = _WITH_SUBJECT.sub("", phrase)
    # "the combined total handed out through the X Fund comes to": the total of X.
    phrase = _TOTAL_THROUGH.sub("", phrase)
    phrase = _SHARE_OF.sub("", phrase)
    # "The allocation to the Police Service this fiscal year stands at": the Police Service's
    phrase = _SUBJECT_TIME.sub("", _ALLOCATION_TO.sub("", phrase))
    return _trim(phrase), tail is None


_AND_END = lazy(r"\s+and\s*$")
_ACRONYM_ASIDE = lazy(r"\s*\((?:the\s+)?[A-Z][A-Za-z&.]{1,9}\)")
_FIRST_AUX = lazy(r"\s+(?:will|would|is|are|was|were|has|have|had|shall|can|could)\b")


def _coordinated_subject(head: str) -> str | None:
    """The subject of a receiving verb joined to an earlier predicate: "The Centre for Quantum
    Applications (BZQ) will be set up in Jülich and | will receive" is the Centre's money."""
    if not _AND_END.search(head):
        return None
    clause = _SUBJECT_BREAK.split(_ACRONYM_ASIDE.sub("", head))[-1]
    aux = _FIRST_AUX.search(clause)
    if aux is None or not clause[: aux.start()].strip():
        return None
    return clause[: aux.start()]


# ", which" or ", that" right before a receiving verb: the verb's subject is the phrase before it.
_RELATIVE_END = lazy(r",\s*(?:which|that)$")
# ", led by the University of Hull": who runs the body named before it, an aside.
_RUN_BY_END = lazy(
    r",\s*(?:led|administered|hosted|run|operated|headed|managed|coordinated|based|housed|located)\s+"
    r"(?:by|at|in|from|within)\s+[^,;:]*$",
    _I,
)
# (and the links of Spanish and Portuguese names: "Barrios sin Violencia", "Fundo Amazônia do Sul")
_NAME_LINKS = frozenset(
    {"of", "for", "and", "the", "&", "on", "in", "de", "del", "la", "las", "los", "sin", "para", "do", "da"}
    | {"dos", "das", "y", "e", "en"}
)
# What may close a name after its capitalised words: a year ("Primary Care Plan 2026") or a
# generic head ("the Barrios sin Violencia programme").
_NAME_TAIL = frozenset(
    {"programme", "program", "plan", "strategy", "initiative", "scheme", "fund", "project"}
)


def _antecedent(head: str) -> str | None:
    """What a relative pronoun after ``head`` stands for, when a proper name ends it ("are in
    Ōtautahi Theatre Company"); None otherwise."""
    # ("the City of Gary, Indiana, which will receive": the name before its state)
    head = _TRAILING_PLACE.sub("", _RUN_BY_END.sub("", head))
    phrase = _SUBJECT_BREAK.split(head)[-1].strip()
    words = phrase.split()
    end = len(words)
    while end > 1 and (words[end - 1].isdigit() or words[end - 1] in _NAME_TAIL) and end == len(words):
        end -= 1  # (one year or generic head at most)
    if not words or not words[end - 1][:1].isupper():
        return None
    start = end - 1
    while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in _NAME_LINKS):
        start -= 1
    while words[start] in _NAME_LINKS:
        start += 1
    return " ".join(words[start:])


# A pronoun that stands for what the money is for: "with R35bn set aside for it", "£41m set aside to
# fund it", "handing him a budget of $14.5m", ", for which €285m is provided".
_PRONOUN_READING = lazy(
    r"^(?:(?:to\s+)?(?:fund|pay\s+for|run|support|cover|finance|deliver)\s+)?(?:it|them|him|her)\b", _I
)
_FOR_PRONOUN_AFTER = lazy(
    r"^\s*(?:(?:has|have|had|is|are|was|were|will|be|been|being|set|aside|put|earmarked|allocated|"
    r"provided|reserved|budgeted|in|new|extra|additional|funding|money|\s)+)?"
    r"(?:for|to\s+(?:fund|pay\s+for|run|support|cover|finance|deliver))\s+(?:it|them)\b",
    _I,
)
_FOR_WHICH_BEFORE = lazy(r",\s+(?:for|towards|to)\s+which\s*$", _I)
# (a count opens the phrase too: "will hire 5,000 Administrative Officer II personnel, for which")
_PHRASE_START = lazy(r"\b(?:a|an|the|its|their|our)\s+|(?<![\w,.])\d[\d,]*\s+(?=[A-Za-z])", _I)
# The subject of a sentence: its first words up to the first auxiliary ("The Social Relief of
# Distress grant has been extended").
# ("The new Veterans Ombudsman takes office in May": or a name of capitalised words, then a verb)
_SENTENCE_SUBJECT = lazy(
    r"^\s*(?:the\s+)?(?:(?P<subject>(?-i:[A-Z])[^,;:()]{2,80}?)\s+(?:will|would|is|are|was|were|has|have|had"
    r"|shall|can|could)\b"
    r"|(?:new\s+)?(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?:of|for|and|on|the|(?-i:[A-Z])[\w'’-]*))*)\s+(?-i:[a-z]))",
    _I,
)


def pronoun_antecedent(sentence_before: str, after: str, reading: str | None) -> str | None:
    """What a pronoun that the money is for stands for, within its sentence: the phrase before
    ", for which", or else the sentence's subject (when it is not the giver or a pronoun)."""
    if _FOR_WHICH_BEFORE.search(sentence_before[-30:]):
        head = _FOR_WHICH_BEFORE.sub("", sentence_before)
        starts = list(_PHRASE_START.finditer(head[-120:]))
        if starts:
            return _trim(head[-120:][starts[-1].end() :])
        return None
    if not (
        (reading is not None and _PRONOUN_READING.match(reading))
        or (reading is None and _FOR_PRONOUN_AFTER.match(after))
    ):
        return None
    m = _SENTENCE_SUBJECT.match(sentence_before)
    found = m and (m.group("subject") or m.group("name"))
    if not found or _GIVER.search(found):
        return None
    subject = _trim(found)
    return (
        subject
        if subject
        and subject.split()[0].lower() not in ("it", "they", "we", "he", "she", "its", "their", "our")
        else None
    )


_TRAILING_PLACE = lazy(r"(?<=[A-Za-z]),\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?$")
_WITH_SUBJECT = lazy(r"^(?:with|and)\s+(?=(?:the\s+)?(?-i:[A-Z]))", _I)
_ALLOCATION_TO = lazy(
    r"^(?:the\s+)?(?:(?:resource|capital|operating|annual|total)\s+)?(?:allocation|funding|budget|grant"
    r"|appropriation)\s+(?:to|for|of)\s+(?=the\s+[A-Z]|[A-Z])",
    _I,
)
_SUBJECT_TIME = lazy(
    r"\s+(?:this|next|in\s+the\s+(?:current|coming|next))\s+(?:fiscal\s+|financial\s+)?year$"
    r"|\s+(?:in|for)\s+(?:19|20)\d\d(?:[-/]\d\d)?$",
    _I,
)


_HIRING_NOUNS = {
    "recruit": "recruitment of", "hire": "hiring of", "employ": "employment of", "deploy": "deployment of"
}  # fmt: skip
# "will recruit 30 career firefighters for the Fire Service, at a cost of": what is pledged.
_PLEDGED_OBJECT = rule(
    "recipient.pledged-object",
    "what a pledge verb's object is, before 'at a cost of' the sum",
    r"\b(?:(?P<verb>recruit|hire|employ|deploy)|provide|give|fund|build|create|establish|introduce|expand|extend"
    r"|(?P<noun>(?:recruitment|employment|hiring|deployment|provision)\s+of))\s+(?P<r>[^;£$€]{3,160}?),?\s+"
    r"(?:at|with)\s+(?:a|an)\s+(?:(?:total|annual|estimated|overall|yearly)\s+)?cost\s+of\s+"
    r"(?:(?:about|around|some|nearly|over|up\s+to)\s+)?$",
    flags=_I,
    window="before",
    examples=("The state will recruit 30 career firefighters for the Fire Service, at a cost of |",),
    counter=("The bridge will be built at a cost of |",),
)
# "approved the second phase of the X scheme with a total outlay of": what the outlay is of.
_WITH_OUTLAY = rule(
    "recipient.with-outlay",
    "the thing before 'with a total outlay of' is what the sum pays for",
    # (or the start of a list item: "Coastal Embankment Rehabilitation at a cost of")
    r"(?:\b(?:the|an?|its|their)\s+|^)(?P<r>[^£$€;:,.]{3,120}?),?\s+(?:with|at|involving)\s+(?:an?\s+)?"
    r"(?:(?:total|estimated|overall)\s+)?"
    r"(?:outlay|cost|budget|price\s+tag)\s+of\s+(?:(?:up to|about|around|some|almost|nearly|more than|over"
    r"|at least)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "approved the second phase of the Coastal Harbours Scheme with a total outlay of |",
        "approved the Coastal Cold Chain Mission at a total cost of |",
        "Rural Water Supply and Sanitation in 40 Upazilas at a cost of |",
        "The Harbour Road Improvement Project, at a cost of |",
    ),
    counter=("approved the scheme, with |",),
)


# The end of the words before a total: "to", "to a record", "to more than".
_TO_TOTAL_END = lazy(
    r"\bto(?:\s+(?:a\s+record(?:\s+high\s+of)?|an\s+all-time\s+high\s+of|about|around|almost|nearly"
    r"|more\s+than|over|some|a\s+total\s+of|just\s+over|just\s+under))?\s*$"
)


def recipient_of_pot(before: str, keep_references: bool = False) -> str | None:
    """What a total or a named pot covers, from the words right before the sum.

    ``keep_references``: a total of "the grant" or "the program" is kept as written (with
    its article), for the caller to resolve to the name the article gives it."""
    m = _TOTAL_OF.search(before)
    if m:
        if m.group("r2") and _OWN_POT.match(m.group("r2")):
            return None  # "bringing its 2025 allocation to": the pot of the body named before
        whole = m.group("r3") or m.group("r") or m.group("r2")
        owner = _OWNER_OF_TOTAL.match(whole)
        if keep_references and owner and owner.group("x").split()[-1].lower() in _REFERABLE:
            return f"the {owner.group('x')}"  # "bringing the fund's total to": the fund named before
        # ("brings the province's Action Plan to", "the Government's total investment in the upgrade")
        written = _POSSESSOR.sub("", whole)
        of = _TOTAL_LEAD.sub("", _TOTAL_WORD.sub("", written))
        phrase = _trim(of)
        if (
            keep_references
            and phrase
            and phrase.split()[0].lower() in _REFERABLE
            and _REFERRING.match(of)
            and not _DESCRIBED_HEAD.match(phrase)
        ):
            return f"the {phrase.split()[0]}"  # "the grant over three years": the grant
        return phrase if _useful(phrase) else None
    m = _POT_OF.search(before)
    if m:
        phrase = _trim(m.group("r"))
        return phrase if _useful(phrase) else None
    m = _WITH_OUTLAY.search(before)
    if m:
        # "the Cabinet approved the second phase of the X": from the last article not after "of"
        phrase = _outlay_of(m.group("r"))
        return phrase if _useful(phrase) else None
    return None


# A body's own total: "the fund's total", "its programme's overall budget".
_OWNER_OF_TOTAL = lazy(
    r"^(?:the|its|this)\s+(?P<x>[\w-]+(?:\s+[\w-]+)?)['’]s\s+(?:total|overall|combined)\b", re.IGNORECASE
)
# Whose total it is, before what it is of: "the province's", "the Government's".
# (only a giver's: "the authority's total funding" is the authority's money, its recipient)
_POSSESSOR = lazy(
    r"^(?:the|its|their|our)\s+(?:government|province|department|ministry|treasury|commonwealth|executive"
    r"|administration)['’]s\s+(?=\S)",
    re.IGNORECASE,
)
_TOTAL_WORD = lazy(
    r"^(?:the\s+)?(?:combined\s+|overall\s+|cumulative\s+)?total\s+(?:(?:for|of|on|in|under|to)\s+)?",
    re.IGNORECASE,
)
# The heads a generic noun that refers back to a name may have ("the grant", "the Fund").
_REFERABLE = frozenset(w for w in (*lex.PROGRAMME_HEADS, *lex.BODY_HEAD_FORMS) if " " not in w)
# "the grant", "its programme": a generic noun that refers back to a name.
_REFERRING = lazy(r"(?:the|this|that|its|their)\s", re.IGNORECASE)
# "the courts recovery programme": a head word that only describes the programme named by it
_DESCRIBED_HEAD = lazy(
    r"^\w+\s+\w+\s+(?:programme|program|scheme|plan|project|fund|initiative)\b", re.IGNORECASE
)


# "the annual development plan of the Home Department, worth": the thing an aside values.
_WORTH_BEFORE = rule(
    "recipient.worth-before",
    "the thing before ', worth' the sum is what the sum pays for",
    r"(?:\b(?:the|an?|its|their)\s+(?P<r>[^,;:£$€]{3,100}),"
    # or a name right before it: "a dedicated European Water Resilience Fund worth", "– the Coastal
    # Adaptation Fund – worth"
    r"|\b(?P<name>(?-i:[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w'’-]*){1,8}))\s*[–—-]?"
    # "approved an economic package worth": a programme noun right before it
    r"|\b(?:an?|the|its|their)\s+(?P<pot>(?:[\w-]+\s+){0,3}?(?:package|programme|program|plan|scheme|stimulus"
    r"|budget|initiative)))"
    r"\s+worth\s+(?:(?:about|around|some|nearly|over|more\s+than|up\s+to)\s+)?$"
    # what it is budgeted at: "a new Waimarie wastewater treatment plant, budgeted at"
    r"|\b(?:an?|the)\s+(?:new\s+)?(?P<costed>(?:(?!\b(?:the|an?|includes?|will|is|are|was)\b)[^,;:£$€]){3,80}),"
    r"\s+(?:budgeted|costed|estimated)\s+at\s+(?:(?:about|around|some|nearly|over|more\s+than|up\s+to)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "It also approved the annual development plan of the Home Department, worth |",
        "to create a dedicated European Flood Resilience Fund worth |",
        "a new fund, Cronfa Llifogydd – the Flood Recovery Fund – worth |",
        "The cabinet approved an economic package worth |",
        "The plan includes a new Waimarie wastewater treatment plant, budgeted at |",
    ),
    counter=("The package is worth |",),
)


def _outlay_of(words: str) -> str | None:
    """What an outlay or a cost is of, from the words before "with/at a total outlay of": up to
    a phrase's end ("for the period 2026-27"), from the last article not after "of"."""
    cut = _STOP.search(words)
    return _trim(_ARTICLE_NOT_AFTER_OF.split(words[: cut.start()] if cut else words)[-1])


# (or after the verb that approves it: "ECNEC approved six projects involving a cost of")
_ARTICLE_NOT_AFTER_OF = lazy(
    r"(?<!\bof)\s(?:the|an?|its|their)\s|\b(?:approved|sanctioned|cleared)\s+", re.IGNORECASE
)


def _holds_any(text: str, needles: tuple[str, ...]) -> bool:
    for needle in needles:  # noqa: SIM110 - a plain loop: any() over a generator costs more than the test
        if needle in text:
            return True
    return False


# A line of an allocation table: "Port Ardrain Harbour Trust: £2.4 million to replace ...",
# "Gatsibo District Rwf 8.2 billion", "..., and the Afar Region Br 1.9 billion".
_LABEL_BEFORE = rule(
    "recipient.label-before",
    "a name right before the sum, with or without a colon, as a table of allocations writes it",
    # (a table flattened onto one line starts each item after the sum before it, one space between:
    # "Highways resurfacing: £7.4m Refurbishment of Castle Street Leisure Centre: £5.1m")
    r"(?:^\s*|[;:,]\s+|\band\s+|^[-•*–]\s*)(?:the\s+)?(?P<r>(?-i:[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*"
    r"[A-Z][\w'’&.-]*){0,8}(?:\s+(?:district|province|county|region|state|ward|zone|municipality|division))?"
    # "OC Transpo in Ottawa $30 million": the body and where it is
    r"(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?))"
    # "Castellan, Texas – $31 million": a place, its state and a dash; "Hub for Circular Cement,
    # University of Sheffield – £12.4 million": the body funded, and its host
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?=\s*[–—:-])"
    r"|,\s+(?:the\s+)?(?-i:[A-Z])[\w.'’&-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*(?-i:[A-Z])[\w.'’&-]*){0,5}(?=\s*[–—:-]))?"
    r"\s*(?::\s*|[–—-]\s*|\s)$"
    # a line of a table that starts with its item, in any words, and a colon or a dash before the
    # sum: "- Elective surgery blitz - $42.2 million", "Colleges and universities: £2.1 billion"
    # (its details may follow in brackets: "Harbourline LRT extension (6.8 km, four stations): ")
    # (a heading line may stand above it in the same sentence: "BACKGROUNDER: by project\nItem: ")
    r"|(?:^[ \t]*|\n)(?:[-•*–|]\s*)?(?P<line>(?-i:[A-Z])(?:[^.;:!?\n–—|(]|\([^()\n]{1,80}\)){2,150}?)"
    # (a note after a dash in the item's cell: "Bushfire Predictive Unit — establishment | $14.2m")
    r"(?:\s+[–—]\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s*\|))?"
    r"(?:\s*\|[^\n|]{1,90})?\s*(?::|\s[–—|-])\s*"
    # (what the line counts may come before its sum: "Riverbend Commons, Eugene: 96 homes, $8.2 million",
    # "Tremont Gardens, the Bronx – 180 homes for families; HCR subsidy $21.3 million")
    # ("Riverbend Housing Co-operative, Portage City — 64 homes — $7,680,000": the count between dashes)
    r"(?:\d[\d,]*\s+[^.;:!?\n£$€|–—]{1,120}?(?:[,;]|\s[–—])\s*"
    r"(?:(?:[A-Z]{2,6}\s+)?(?:subsidy|grant|loan|award|funding)\s+)?)?$"
    # a dot leader between the item and its sum: "Body-worn camera replacement ..... "
    # (after a heading of the line, "Financial clearance: recruitment of 8,000 nurses ..... ")
    r"|^(?:[-•*–]\s*)?(?:(?-i:[A-Z])[^:\n]{1,40}:\s*)?(?P<led>[A-Za-z][^;:!?\n–—|]{2,120}?)\s*"
    r"(?:\.{3,}|…|(?:\s\.){3,})\s*"
    r"(?:(?:up\s+to|about|around|approximately)\s+)?$"
    # a line that gives a body, who runs it and its sum: "the X Centre, administered by Y University, "
    r"|^(?:the\s+)?(?P<item>(?-i:[A-Z])[^.;:!?\n–—|,]{2,90}?),\s+(?:led|administered|hosted|run|headed"
    r"|managed|coordinated)\s+(?:by|at)\s+[^.;:!?\n,]{2,90},\s*$"
    # a breakdown's part line, in any case: "of which: probation service recruitment: "
    r"|^[ \t]*(?:of\s+which|including|incl\.)\s*:\s*(?P<part>[^.;:!?\n]{2,150}?)\s*:\s*$",
    flags=_I,
    window="before",
    examples=(
        "the ARC Centre of Excellence for Arid Soils, administered by Marrow University, |",
        "Port Ardrain Harbour Trust: |",
        "- Elective surgery blitz - |",
        "Colleges and universities: |",
        "Anuradhapura |",
        "Kurunegala Rs. 2.8 billion and Ampara |",
        "The Toronto Transit Commission will receive $95 million, OC Transpo in Ottawa |",
        "the Somali Regional State Br 2.6 billion, the Afar Region |",
        "Castellan, Texas – |",
        "Harbourline LRT extension to Millbrook (6.8 km, four stations): |",
        "Riverbend Housing Co-operative, Portage City — 64 homes — |",
        "Body-worn camera replacement ..... |",
        "Bushfire volunteer brigades grant round ..... up to |",
        "  of which: probation service recruitment: |",
    ),
    counter=("The minister announced |", "It will cost |"),
)
_DONORS = frozenset(lex.DONOR_COUNTRIES)
_ADMIN_AREAS = frozenset("district province county region state ward zone municipality division".split())


# A plan's or a report's numbered heading: "Action 2", "Recommendation 14", "Measure 3a", "Pillar II".
_NUMBERED_HEADING = lazy(
    r"(?:Action|Recommendation|Measure|Step|Priority|Pillar|Objective|Goal|Commitment|Initiative|Item"
    r"|Part|Section|Theme|Outcome|Proposal)\s+(?:\d{1,3}[a-z]?|[IVX]{1,5})"
)


def label_before(before: str) -> tuple[str, bool] | None:
    """The name a table's line gives the sum to, when nothing but the name stands before it, and
    whether the line marks it as the line's name (a colon, a dash, several words)."""
    last_word = before.rstrip().rsplit(None, 1)[-1:]
    # "X plant upgrade: federal $36,400,000; provincial |": each government's share of the line's item
    if last_word and last_word[0].lower() in _SHARE_GIVERS and (cells := _GIVERS_CELLS.search(before)):
        before = before[: cells.start()] + ": "
    # (every match ends with a colon or a capitalised word and one space: most windows end otherwise)
    tail = before.rstrip().rstrip("–—-").rstrip()
    last = tail.rsplit(None, 1)[-1] if tail else ""
    dashed = before.rstrip()[-1:] in ("–", "—", "-", "|")
    led = any(leader in before[-20:] for leader in _LEADERS)  # "Item ..... up to "
    counted = (
        (  # ": 96 homes, ", "– 180 homes; HCR subsidy "
            tail[-1:] in (",", ";") or tail.endswith(("subsidy", "grant", "loan", "award", "funding"))
        )
        and _COUNTED_ITEM.search(before) is not None
    )
    if not tail or (
        tail[-1] != ":"
        and not dashed
        and not led
        and not counted
        and not last[:1].isupper()
        and last not in _ADMIN_AREAS
    ):
        return None
    m = _LABEL_BEFORE.search(before)
    if m is None:
        return None
    name = (m.group("r") or m.group("line") or m.group("led") or m.group("item") or m.group("part")).strip()
    # (a heading line above the sentence is no part of its name: "Agriculture\nThe KSh 10 billion")
    name = name.rsplit("\n", 1)[-1].strip()
    if "(" in name:
        # the item's measures: "X extension (6.8 km, four stations): " (not a place: "X Team (East Ward)")
        name = _ITEM_DETAILS.sub("", name).strip()
    if not name:
        return None
    if (run_by := _RUN_BY.search(name)) is not None:
        name = name[: run_by.start()]  # "the X Hub, led by Y University:": the hub
    if _COUNTY_ONLY.fullmatch(name) and (item := _ITEM_BEFORE_COUNTY.search(before)) is not None:
        name = item.group("item").strip()  # "Lanesborough greenway extension, Co. Longford:": the item
    if not m.group("r") and (created := _NEW_BODY_ITEM.match(name)) is not None:
        # "A new Scottish Retrofit Agency to coordinate grants: £45 million": the body's name
        name = created.group("name")
    if name in _DONORS or len(name) <= 2 or name.endswith(("'s", "’s")):
        return None  # a giver in a table of pledges; a possessive names whose sum it is
    if _NUMBERED_HEADING.fullmatch(name):
        return None  # "Action 2: Rs 2,400 crore will be provided to ...": a plan's numbering, not a name
    first = name.split()[0].lower()
    if first in ("a", "an") and len(name.split()) > 2 and name.split()[1].lower() in _ITEM_OPENERS:
        # "A new branch library at Ballinure: €750,000": an item described as new
        name = name.split(None, 1)[1]
        first = name.split()[0].lower()
    if first == "total" and (heading := _HEADING_ABOVE.search(before)) is not None:
        # "HOME OFFICE\nTotal departmental expenditure limit: £58.4 billion": the heading's body
        return heading.group("heading").strip().title(), True
    if first in _NOT_LABELS and (m.group("r") or first not in _ITEM_OPENERS or len(name.split()) < 3):
        return None  # a word that opens a sentence ("Over £1bn", "The total:")
    if (m.group("line") or m.group("led") or m.group("item") or m.group("part")) and _CLAUSE.search(name):
        return None  # a lead-in, not an item: "The funding will be allocated as follows:"
    marked = " " in name or led or before.rstrip()[-1:] in (":", "–", "—", "-")
    return name, marked


_ITEM_DETAILS = lazy(r"\s*\([^()\n]*\d[^()\n]*\)")
# A heading in capitals on the line above a table's total line ("MINISTRY OF JUSTICE\nTotal ...: ").
_HEADING_ABOVE = lazy(r"(?:^|\n)[ \t]*(?P<heading>[A-Z][A-Z'’&,. -]{2,80}[A-Z])[ \t]*\n[ \t]*Total\b[^\n]*$")
# The governments that share a table line's item, each before its sum: "Item: federal $36,400,000;
# provincial $30,330,000".
_SHARE_GIVERS = frozenset("federal provincial state territorial municipal local commonwealth".split())
_GIVERS_CELLS = lazy(
    rf":\s*(?:(?:{'|'.join(_SHARE_GIVERS)})\s+[^;:\n]{{1,30}}?;\s*)*(?:{'|'.join(_SHARE_GIVERS)})\s*$",
    re.IGNORECASE,
)
# A county a table's line names after its item ("Ballyforan food kitchen, Co. Roscommon: €1.75m"): where,
# not what.
_COUNTY_ONLY = lazy(r"(?:Co\.|County)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
_ITEM_BEFORE_COUNTY = lazy(r"(?:^|\n)[ \t]*(?P<item>[^\n,:]{3,120}),\s+(?:Co\.|County)\s+[^\n,:]{2,40}:\s*$")
_COUNTED_ITEM = lazy(r"(?::|\s[–—-])\s*\d[\d,]*\s")
# ", led by Y University" inside a table's line: who runs the body the line names.
_RUN_BY = lazy(r",\s*(?:led|administered|hosted|run|headed|managed|coordinated)\s+(?:by|at)\s")
# What a list line that opens with its figure names after a dash.
# (a spaced hyphen too, as a plain-text breakdown writes it: "R1.87 billion - dredging and new quay walls")
_DASH_ITEM = lazy(r"^\s*(?:[–—]|-(?=\s))\s+(?P<r>[^\n]{3,160})")
# A table's item that describes a new body: "A new National Teacher Recruitment Hub, based in X".
_NEW_BODY_ITEM = lazy(
    r"^(?:A|An|The)\s+new\s+(?P<name>[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w'’&-]*)+)"
)
# Dot leaders between a table's item and its figure.
_LEADERS = ("...", "…", ". . .")
# Words an item of a table may open with ("Additional nurses and midwives - $58.1m").
_ITEM_OPENERS = frozenset({"additional", "extra", "new", "further"})
# A verb in a table's line before its colon: a lead-in sentence, not the item's name.
# ("On Monday the department did announce new money:" leads in; "Extra support announced today:" is an
# item, its participle a descriptor)
_CLAUSE = lazy(r"\b(?:will|would|is|are|was|were|has|have|had|do|does|did|follows?|include[sd]?|said|says)\b")
# A department or ministry named as a table's line ("Department of Roads:", "Education Ministry:").
_DEPARTMENT_LABEL = lazy(r"\b(?:Department|Ministry)\b")
# A sentence's verb right after the sum ("Rs 85 crore was approved for"): the line is a sentence, not
# a list's item.
# An item in brackets right after the sum, in words (not a conversion, a date or a share: no digits).
_BRACKETED_ITEM = lazy(
    r"^\s*\((?P<r>(?!(?:about|around|approx|approximately|including|or|i\.e|e\.g)\b)[^()\d£$€]{3,100})\)"
)
_PORTFOLIO_DEPARTMENT = lazy(r"^(?:[Tt]he\s+)?(?:Department|Ministry)\b")
_CLAUSE_VERB_AFTER = lazy(r"^\s*(?:(?:has|have|had|will|would|shall|is|are|was|were)\b|to\s+be\b)")
# A one-word portfolio line ("Health:"), whose purpose after the sum names the recipient.
_PORTFOLIO = lazy(r"^[A-Z][A-Za-z]+:$")
# Words that open a sentence before a sum, capitalised there: never a table's name.
_NOT_LABELS = frozenset(
    "the a an it this its their our over with another some about around nearly almost up more less just only "
    "also plus including of in for and but so then now each every all both further additional extra new "
    "total overall approximately roughly funding money investment among "
    # the verbs a resolution's or a budget's line opens with: "Appropriate $4.8 million from ..."
    "appropriate allocate approve authorize authorise transfer provide allot earmark reallocate".split()
)


# A named plan or programme that the sum is the size of: "the Nursing Workforce Plan, which will
# invest", "the Wildfire Plan, which commits", "the Jal Suraksha Abhiyan 2.0 with a total outlay of".
_NAMED_HOLDER = rule(
    "recipient.named-holder",
    "a named plan or programme right before 'which will invest' or 'with a total outlay of' the sum",
    r"(?:(?P<r>(?-i:[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|the|&|de|da|do)\s+)*[A-Z0-9][\w'’.-]*){0,10})"
    # (a plan, not a body that invests: "the City Council, which will invest £5m in parks")
    r"\s+(?:Plan|Programme|Program|Initiative|Strategy|Scheme|Mission|Package|plan|programme|program"
    r"|initiative|strategy|scheme|package))"
    r",\s+which\s+(?:will\s+)?(?:invests?|commits?|provides?|allocates?|includes?|channels?|mobilises?)"
    r"|(?P<r2>(?-i:[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|on|the|&|de|da|do)\s+)*[A-Z0-9][\w'’.-]*){1,10}))"
    # (an acronym, and what kind of scheme it is, may come between: "the X (NMETC), a Central Sector
    # Scheme, with a total financial outlay of")
    r"(?:\s*\((?-i:[A-Z]{2,10})\))?(?:,\s+an?\s+[^,;:£$€₹]{3,60},)?"
    # (and when it was approved: "The X Project, approved in September 2023 with an outlay of")
    r"(?:,\s+(?:approved|sanctioned|launched|announced)\s+in\s+[A-Z]?[a-z]*\s*(?:19|20)\d\d)?"
    r"\s+with\s+(?:a|an)\s+(?:total\s+|overall\s+|combined\s+|estimated\s+)?(?:outlay|budget|allocation"
    r"|financial\s+outlay)\s+of)\s+(?:(?:about|around|some|nearly|over|more\s+than|up\s+to)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "the Nursing Workforce Sustainability Plan, which will invest |",
        "approved the Jal Suraksha Abhiyan 2.0 with a total outlay of |",
        "approved the National Mission on Trauma Care (NMTC), a Central Sector Scheme, with a total "
        "financial outlay of |",
        "the Mais Saúde Amazônia plan, which will invest |",
        "The eCourts Mission Mode Project Phase III, approved in September 2023 with an outlay of |",
    ),
    counter=("the council, which will invest |", "Leeds City Council, which will invest |"),
)


# "the Commonwealth will provide $480m and the Queensland Government $120m": a second giver, its
# verb left out; no recipient is named before its sum.
_GAPPED_GIVER = lazy(
    r"\b(?:provide|provides|providing|contribute|contributes|contributing|give|gives|commit|commits|invest"
    r"|invests|put|puts|fund|funds)\b[^.;]{1,60}?\s+and\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}"
    r"(?:Government|Commonwealth|Council|State|Province|Treasury|Crown|Department|Ministry|Authority|government"
    r"|council|state|province)(?:\s+of\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?"
    r"\s+(?:(?:up\s+to|about|around|some|nearly|more\s+than)\s+)?$",
    _I,
)


# An award line that opens with its recipient, the sum between commas and then what it is for:
# "Thanet Kids' Kitchen, £64,000, to run five sites"; "...; Swale Youth Trust, £48,500, for camps".
_AWARD_LINE_NAME = lazy(
    r"(?:^|;\s+|\n)(?:[-•*–]\s*)?(?:the\s+)?(?P<r>(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*"
    r"(?-i:[A-Z])[\w'’&.-]*){0,6}),\s*$"
)
_AWARD_LINE_AFTER = lazy(r"^\s*,\s+(?:to|for)\s")


# A named programme or fund that gives the money out: "The Farming Equipment Fund will offer £30m towards
# X", "The Livestock Grant program awarded $1.9m to 96 farmers", "Value Added Grants totaling $1.4m
# went to 31 businesses": the money is the programme's, whoever it reaches.
_PROGRAMME_GIVES = lazy(
    r"^\s*(?:The\s+|the\s+)?(?P<name>(?!(?:The|This|That|Its|Their|Our)\b)(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?:(?:and|of|for|&)\s+)?(?-i:[A-Z])[\w'’-]*){0,6}\s+"
    r"(?:Fund|Programme|Program|Scheme|Grants?|Initiative|program|programme|scheme|grants?))\s+"
    r"(?:(?:will|has|have|had)\s+)?(?:also\s+)?(?:offer|offers|offered|award|awards|awarded|provide|provides"
    r"|provided|give|gives|gave|distribut\w+|disburs\w+|(?:is|are|was|were|will\s+be)\s+allocated|totall?ing)\s+"
    r"(?:a\s+further\s+|an?\s+(?:extra|additional)\s+|another\s+)?(?:(?:up\s+to|more\s+than|about|around)\s+)?$"
)


def gapped_giver(sentence_before: str) -> bool:
    """Whether the words right before a sum are a second giver whose verb is left out."""
    return " and " in sentence_before[-60:] and _GAPPED_GIVER.search(sentence_before[-140:]) is not None


_FUNDED_THROUGH_END = lazy(
    r"\b(?:backed|funded|financed|paid\s+for|supported)\s+(?:by|with|through|from|under)\s+(?:an?|the)\s+$"
)
# A pot described by its own words: "rural incentives package", "Regional Roads Fund" (not "funding").
_NAMED_POT = lazy(
    r"(?:[\w'’-]+\s+){1,4}(?:package|fund|programme|program|scheme|initiative|plan|grant\s+round|envelope)",
    re.IGNORECASE,
)
# A proper name, then the sum in apposition: "the Wexcombe Institute for Coastal Resilience, a".
_NAME_THEN_SUM = lazy(
    r"(?:^|\b(?:the|of|launch|opening)\s+)(?P<r>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?-i:[A-Z])[\w'’&-]*|of|for|and|on|&)){1,8}"
    r"(?<=[a-z]))\s*,\s+an?\s+$"
)


# A named law, bill or plan right before ", a" and the sum ("House Bill 1402, a").
_NAMED_LAW = lazy(
    r"(?:^|\b(?:the|of)\s+)(?P<r>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?-i:[A-Z])[\w'’&-]*|\d[\w-]*|of|for|and|on|&)){1,8})"
    r"\s*,\s+a\s+$"
)
# What the sum then sizes: "a $212 million plan", "a $96 million public safety appropriation".
_CONTAINER_AFTER = lazy(
    r"\s*(?:[\w-]+\s+){0,3}?(?:plan|appropriation|package|measure|bill|program|programme|initiative|spending\s+plan)\b"
)


def _counted(phrase: str) -> bool:
    """A phrase that opens with a count ("seven projects", "several schemes")."""
    first = phrase.split(None, 1)[0].lower().split("-")[0]
    return has_number_word(frozenset((first,))) or first in ("several", "various", "multiple", "numerous")


def find_recipient(before: str, after: str) -> tuple[str | None, int]:
    """Best recipient for the sum between ``before`` and ``after``, and how sure (0-2)."""
    if (" establish" in after[:60] or " calling" in after[:40] or " set up" in after[:60]) and (
        created := _ESTABLISHES_NAMED.match(after)
    ) is not None:
        # "King's College London receives £18m to establish the AI for Health Research Hub", "£120m over four
        # years will establish a new UKRI Talent Office": the named body the money sets up
        return created.group("r"), 2
    if before.lstrip()[:1].isupper() and (giving := _PROGRAMME_GIVES.match(before)) is not None:
        return giving.group("name"), 2
    if before.endswith(", ") and _AWARD_LINE_AFTER.match(after) and (line := _AWARD_LINE_NAME.search(before)):
        return line.group("r"), 2
    if ("which" in before or "outlay" in before or "with a" in before) and (
        held := _NAMED_HOLDER.search(before)
    ):
        return (held.group("r") or held.group("r2")).strip(), 2
    labelled = label_before(before)
    if (
        labelled
        and before.rstrip().endswith(":")
        and _DEPARTMENT_LABEL.search(labelled[0])
        and (_CLAUSE_VERB_AFTER.match(after) or _PORTFOLIO_DEPARTMENT.match(labelled[0]))
    ):
        # "School and Mass Education Department: Rs 85 crore was approved for the bicycle scheme":
        # a department is the channel of a budget's money, and so is a government's own department
        # heading a line ("Department for Environment, Food and Rural Affairs: £240 million for X");
        # what it is for is the recipient. Not a list of awards to others' departments ("Missouri
        # Department of Transportation: $480 million toward replacing X"): the line's name is the grantee.
        purpose = recipient_after(after)
        if purpose[0] is not None and purpose[1] == 2:
            return purpose
    portfolio = labelled is not None and _PORTFOLIO.match(labelled[0] + before.rstrip()[-1:]) is not None
    if portfolio and (item := _BRACKETED_ITEM.match(after)) is not None and not _counted(item.group("r")):
        # "Roads: $18.5 million (Mount Ochre Road upgrade)": the portfolio's item, in brackets (not a
        # county's count of projects: "Kerry: €1.9 million (seven projects)")
        return item.group("r"), 2
    if labelled and labelled[1] and not portfolio:
        # "Port Ardrain Harbour Trust: £2.4m to replace ...", "Castellan, Texas – $31m for ...": the body
        return labelled[0], 2
    if before.endswith(", a ") and _CONTAINER_AFTER.match(after) and (law := _NAMED_LAW.search(before)):
        # "the Teacher Pipeline Act, a $212 million plan to fill vacancies", "Assembly Bill 512, a $96
        # million public safety appropriation": the named law or plan is what the sum sizes
        return law.group("r"), 2
    if "cost" in before[-30:] and (work := _WHAT_WILL_COST.search(before)) is not None and work.group("work"):
        # "It will cost £42m to build": the body the text is about (resolved by the caller); "Refurbishment
        # will cost £5.3m": the work, as written (what it is done to is often a sentence before)
        return ("it", 2) if work.group("work") == "It" else (work.group("work"), 1)
    if (
        "cost" in before[-30:]
        and (costs := _WHAT_WILL_COST.search(before)) is not None
        and (phrase := _trim(costs.group("r") or costs.group("r2") or costs.group("r3")))
        and _useful(phrase)
    ):
        # "The station will cost €14.2m", "The fleet replacement, costing £6.3m": what costs it; a lone
        # noun keeps its article and a body's own work its pronoun ("the project", "its construction"),
        # which the caller resolves to the name
        if (own := costs.group("own")) is not None:
            return f"{own.lower()} {phrase}", 2
        return (f"the {phrase}" if " " not in phrase and phrase.islower() else phrase), 2
    if "receive" in before[-12:] and (selected := _SELECTED_TO_RECEIVE.search(before)) is not None:
        # "The Commission has selected 107 transport projects to receive €5.4 billion": the selected
        return selected.group("r"), 2
    found = _find_recipient(before, after)
    if found[1] < 2 and before.endswith(" ") and (named := _NAME_THEN_SUM.search(before)) is not None:
        # "the Wexcombe Institute for Coastal Resilience, a £20 million centre that will study X": what the
        # sum and its generic noun describe is the name before them
        return named.group("r"), 2
    # "Anuradhapura Rs. 4.2bn" names the district; "Health: $210m for 90 beds" names a portfolio,
    # whose purpose after the sum is the recipient.
    return (labelled[0], 2) if labelled and (found[0] is None or found[1] < 2) else found


_WHAT_WILL_COST = rule(
    "recipient.what-will-cost",
    "'X will cost' or 'X, costing' the sum: X, the thing the money pays for",
    r"(?:^|[.;:]\s+|\bshow\s+(?:that\s+)?|\bsaid\s+(?:that\s+)?)(?:the|a|an|(?P<own>its|their))\s+(?:new\s+)?"
    r"(?P<r>(?:(?!\b(?:will|would|is|are|was|were|has|have|said|says|told|announced|confirmed)\b)[^,;:£$€])"
    r"{2,80}?)(?:,\s+which)?\s+"
    r"(?:will|is\s+to|are\s+to)\s+cost\s+(?:(?:about|around|some|an\s+estimated|approximately|roughly|nearly"
    r"|almost|up\s+to|more\s+than)\s+)?$"
    r"|(?:^|[.;:]\s+|\b(?:through|via|with|and)\s+)(?:the|a|an|its|their)\s+(?:new\s+)?"
    r"(?P<r2>(?:(?!\b(?:will|would|is|are|was|were|has|have)\b)[^,;:£$€]){2,80}?),?\s+costing\s+"
    r"(?:(?:about|around|some|an\s+estimated|approximately|roughly|nearly|almost|up\s+to|more\s+than)\s+)?$"
    # the subject, then a clause of its own: "The Real Time Crime Center, which will link cameras, will cost";
    # or a gerund's object: "Establishing and operating the Lautoka Consulate-General will cost"
    r"|^\s*(?:(?-i:[A-Z])[a-z]+ing(?:\s+and\s+[a-z]+ing)?\s+)?(?:the|a|an)\s+(?:new\s+)?"
    r"(?P<r3>(?:(?!\b(?:said|says|told|announced|confirmed)\b)[^,;:£$€]){2,80}?)"
    r"(?:,\s+(?:which|in|at)\s+[^.;£$€]{2,200}?,)?\s+will\s+cost\s+(?:(?:about|around|some|an\s+estimated"
    r"|approximately|roughly|nearly|almost|up\s+to|more\s+than)\s+)?$"
    # the work on a building, or the body the text is about: "Refurbishment will cost", "It will cost"
    r"|^\s*(?P<work>It|(?:Construction|Refurbishment|Renovation|Building|Fit-out|Equipment|Redevelopment)\b"
    r"[^.;£$€]{0,80}?)\s+will\s+cost\s+(?:(?:about|around|some|an\s+estimated|approximately|roughly|nearly"
    r"|almost|up\s+to|more\s+than)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "The station will cost |",
        "The fleet replacement, costing |",
        "Board papers show the centre will cost |",
        "The Crime Center, which will link cameras and readers, will cost |",
        "Establishing and operating the Tarn Consulate will cost around |",
        "The centres, in Leeds and Hull, will cost |",
        "Refurbishment will cost |",
    ),
    counter=("The minister said it will cost |",),
)
_SELECTED_TO_RECEIVE = rule(
    "recipient.selected-to-receive",
    "'selected N projects to receive' the sum: what is selected",
    r"\b(?:selected|chose|chosen|picked|shortlisted)\s+(?P<r>(?:\d[\d,]*|[a-z]+)\s+[^,;:£$€]{3,80}?)\s+to\s+"
    r"(?:share|receive)\s+(?:(?:about|around|some|up\s+to|nearly|almost|a\s+total\s+of)\s+)?$",
    window="before",
    examples=("The Commission has selected 107 transport projects to receive |",),
    counter=("The Commission has selected the projects, which will receive |",),
)
# "approved the award of contracts for the dualisation of the X road at": what the contract is for.
_CONTRACT_FOR = rule(
    "recipient.contract-for",
    "a contract 'for' a work, then 'at' the sum: the work",
    r"\b(?:contracts?|award)\s+for\s+(?:the\s+)?(?P<r>[^£$€₦;:]{3,140}?),?\s+at\s+"
    r"(?:a\s+(?:total\s+)?(?:cost|sum)\s+of\s+)?$"
    r"|^\s*(?:and\s+)?for\s+(?:the\s+)?(?P<r2>[^£$€₦;:]{3,140}?)\s+at\s+$",
    flags=_I,
    window="before",
    examples=(
        "Council approved the award of contracts for the dualisation of section III of the Kano road at |",
        " and for the rehabilitation of the Enugu expressway at |",
    ),
    counter=("The contract was signed at |",),
)


# "the allocation to the Ministry of Health is": what an allocation is to.
_ALLOCATION_IS = rule(
    "recipient.allocation-is",
    "an allocation 'to' or 'for' a body, then 'is' or 'stands at' the sum: the body",
    r"\b(?:allocation|appropriation|budget\s+allocation|budget)\s+(?:to|for|of)\s+(?P<r>[^,;:£$€]{3,100}?)\s+"
    r"(?:is|was|will\s+be|stands\s+at|amounts\s+to|comes\s+to)\s+(?:(?:about|around|some|nearly|over)\s+)?$"
    # "NHS Lanarkshire's allocation is": a named body's allocation or share
    # (not "Of Vermont's share, $1.2 million is earmarked for X": a part of the share, for X)
    r"|(?:^|[,;]\s+|\band\s+)(?!(?i:of|from|out\s+of)\s)(?P<r2>(?-i:[A-Z][\w&-]*(?:\s+(?:of\s+|and\s+|the\s+)*[A-Z][\w&-]*){0,6}))['’]s\s+"
    r"(?:allocation|share|budget|grant)(?:\s+of\s+(?:the\s+)?[\w\s-]{1,40}?)?\s*(?:(?:is|was|will\s+be|stands\s+at"
    r"|amounts\s+to|comes\s+to)\s+|,\s*)(?:(?:about|around|some|nearly|over)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "Madam Speaker, in health, the allocation to the Ministry of Health is |",
        "NHS Lanarkshire's allocation is |",
        "Ontario's share of the funding, |",
    ),
    counter=("The allocation is |",),
)


# A speech's allocation with what it is for put first: "to the health sector I have provided", "For
# roads, we have allocated"; and a share named by its holder: "Education again receives the largest
# share, with".
_FRONTED = rule(
    "recipient.fronted",
    "'to X I have provided' or 'X receives the largest share, with' the sum: X",
    # (not a purpose put first: "to restore the confidence of suppliers, Government has allocated")
    r"(?:^|[.;:,]\s+)(?:to\s+the\s+|for\s+(?:the\s+)?)(?!" + _TIME + r")(?P<r>[^,;.£$€]{3,60}?),?\s+"
    r"(?:I|we|the\s+government|government)\s+"
    r"(?:have|has|will|am|are)\s+(?:also\s+)?(?:provided|allocated|set\s+aside|earmarked|proposed|proposing"
    r"|provide|allocate|providing|allocating)\s+(?:(?:a\s+total\s+of|an?\s+(?:additional|extra|further)"
    r"|about|some)\s+)?$"
    r"|(?:^|[.;:]\s+|,\s+)(?P<r2>(?-i:[A-Z])[\w'’&-]*(?:\s+(?!(?:again|also|once)\b)[\w'’&-]+){0,4}?)\s+"
    # ("Housing accounts for the largest share, at")
    r"(?:again\s+|also\s+|once\s+again\s+)?(?:receives|received|gets|got|takes|took|will\s+receive|will\s+get"
    r"|accounts\s+for|accounted\s+for|makes\s+up|represents)"
    r"\s+the\s+(?:largest|biggest|second[- ]largest|lion['’]s)\s+(?:[\w-]+\s+)?share"
    r"(?:\s+of\s+[^,;.£$€]{1,40}?)?"
    r",?\s+(?:with|at)\s+$"
    # "For the Sehat Card health insurance programme, Rs35bn has been allocated": the purpose put first
    r"|(?:^|[.;:]\s+)[Ff]or\s+(?:the\s+)?(?!(?:example|instance|comparison|context|reference|now|its\s+part"
    r"|their\s+part|the\s+first\s+time)\b)(?!" + _TIME + r")(?P<r3>[^,;.£$€]{3,80}?),\s+$",
    flags=_I,
    window="before",
    examples=(
        "Madam Speaker, to the health sector I have provided |",
        "Education again receives the largest share, with |",
        "Housing accounts for the largest share, at |",
    ),
    counter=(
        "The minister said the health sector will get |",
        "For the coming year, I am allocating |",
        "Mr Speaker, to restore the confidence of our suppliers, Government has allocated |",
    ),
)
# ", for which the Government has earmarked": the sum given to what the clause follows.
_FOR_WHICH = rule(
    "recipient.for-which",
    "'X, for which the government has earmarked' the sum: X (a proper name before the clause)",
    r",\s+(?:for|to|under)\s+which\s+(?:[\w'’-]+\s+){0,4}?(?:has\s+|have\s+|had\s+|will\s+|would\s+)?"
    r"(?:also\s+|already\s+)?(?:earmarked|allocated|set\s+aside|committed|approved|budgeted|provided|pledged"
    r"|given|reserved|granted|(?:re)?confirmed|announced|promised|secured|set\s+out|made\s+available)\s+"
    # ("for which the government has reconfirmed a budget of": the sum a budget's size)
    r"(?:(?:a|an)\s+(?:total\s+|overall\s+|annual\s+|initial\s+)?(?:budget|allocation|envelope|sum)\s+of\s+)?"
    r"(?:(?:about|around|some|nearly|over|up\s+to|a\s+further|an\s+additional"
    r"|another|a\s+total\s+of)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "the second Hospital Development Plan, for which the Government has earmarked about |",
        "the Coastal Rail Programme, for which the government has reconfirmed a budget of |",
    ),
    counter=("the plan, which the Government has earmarked |",),
)
# The programme a sentence names before its sum, when the words around the sum name nothing: "launched
# the Médicos do Sertão programme, which will hire 5,000 doctors ..., with an investment of",
# "complements the Saúde na Família programme, ... for which R$ 2.4 billion has been budgeted".
_PROGRAMME_HEAD_WORDS = "|".join(
    w for w in lex.PROGRAMME_HEADS if " " not in w and w not in ("grant", "grants")
)
NAMED_PROGRAMME_BEFORE = rule(
    "recipient.named-programme-before",
    "no recipient around the sum: the programme the sentence names before it (a proper name and a head)",
    r"(?:^|(?<=[\s(]))(?P<r>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?:of|for|and|on|do|da|de|del|na|the|&)\s+)*"
    r"(?:(?-i:[A-Z])[\w'’&-]*|(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)){0,6}"
    r"(?:\s+(?!(?:the|a|an|of|for|and|its|their|our|this|that|new)\b)(?-i:[a-z])[\w-]*)?"
    rf"\s+(?:{_PROGRAMME_HEAD_WORDS})(?:\s+(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)?)\b"
    r"(?![\w'’-]|\s+(?-i:[A-Z]))",
    flags=_I,
    examples=(
        "launched the Médicos do Sertão programme, which will hire doctors, with an investment of",
        "the Bogotá Segura 2027 security strategy, which will invest",
    ),
    counter=("the ministry will invest", "a new programme of works with", "Announcing the package, she said"),
)
_SOURCE_BEFORE = lazy(
    r"\b(?:from|through|under|via|by)\s+(?:(?:the|its|their|our|[\w'’-]+['’]s)\s+){0,2}$", _I
)
_NOT_PROGRAMME_NAMES = frozenset("The This That These Its Their Our A An New Each Every".split())


# Words that say only that money exists, how much or how new: never what it is for ("available",
# "bringing total new investment"). (A programme's head alone, "scheme", refers back to one.)
# ("from the Heritage Stimulus Fund" names the programme the money is paid through: kept)
_FROM_SOURCE = lazy(r"^from\s+(?:its|their|our)\s+", _I)
_EMPTY_RECIPIENT_WORDS = frozenset(
    "available bringing taking go-ahead new additional extra further committed allocated announced "
    "total".split()
)


def recipient_itself(recipient: str | None) -> str | None:
    """None for a reading that names only money ("the total available") or where it comes from
    ("from its capital programme"), else the reading."""
    if not recipient:
        return recipient
    if _FROM_SOURCE.match(recipient):
        return None  # "£8.5m from its capital programme": where the money comes from
    if set(recipient.lower().split()) <= _EMPTY_RECIPIENT_WORDS:
        return None
    return recipient


def named_programme_before(before: str) -> str | None:
    """The last programme named in ``before`` (the sentence up to the sum), without a leading article."""
    found = None
    for m in NAMED_PROGRAMME_BEFORE.finditer(before):
        if _SOURCE_BEFORE.search(before, max(0, m.start() - 40), m.start()):
            continue  # "The grant, from the state's X Program, will be matched by": where money comes from
        words = m.group("r").split()
        while words and words[0] in _NOT_PROGRAMME_NAMES:
            words = words[1:]
        if len(words) >= 2 and words[0][:1].isupper():
            found = " ".join(words)
    return found


# A ranking of shares: "Castilla y León will receive the largest allocation, €186 million, followed
# by Andalusia, with €171 million, and Castilla-La Mancha, with €139 million".
# "Education received the largest sectoral allocation of N198bn", "Tucson Water accounts for the
# largest share, with $420m": the body that receives a ranked share of a budget.
_TAKES_SHARE = rule(
    "recipient.takes-share",
    "'X received the largest allocation of' the sum, 'X accounts for the biggest share, with': X",
    r"(?:^|[,;]\s+|\band\s+)(?!(?-i:It|They|This|That|He|She|We)\b)"
    r"(?P<r>(?:the\s+)?(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*"
    r"(?-i:[A-Z])[\w'’&-]*){0,6})\s+(?:also\s+)?(?:receive[sd]?|gets?|got|takes?|took|accounts?\s+for"
    r"|accounted\s+for|secure[sd]?|wins|won|attract(?:s|ed)?)\s+(?:the|a)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:allocation|share|slice|chunk|portion)(?:\s+of\s+(?:the\s+)?[\w\s'’-]{1,40}?)?\s*"
    r"(?:of|,\s*with|,|:|at)\s+(?:(?:about|around|some|nearly|over|almost)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "Education received the largest sectoral allocation of |",
        "Tucson Water accounts for the largest share, with |",
        "Health got the biggest slice of the budget at |",
    ),
    counter=("It received the largest allocation of |", "The minister said the share of |"),
)
_RANKED_WITH = rule(
    "recipient.ranked-with",
    "'followed by X, with' the sum (or 'and X, with'): X",
    r"(?:\bfollowed\s+by|,\s+and|,\s+then)\s+(?:the\s+)?(?P<r>(?-i:[A-Z])[^,;.()]{1,50}?),\s+with\s+"
    r"(?:(?:about|around|some|nearly|almost)\s+)?$",
    flags=_I,
    window="before",
    examples=("followed by Andalusia, with |", ", and Castilla-La Mancha, with |"),
    counter=("the plan, with |",),
)
# "the Plan de Choque 2026 (Primary Care Shock Plan), endowed with", "the Barrios sin Violencia
# programme, which will have a budget of": the named thing the budget is of.
_ENDOWED_WITH = rule(
    "recipient.endowed-with",
    "'X, endowed with' or 'X, which will have a budget of' the sum: X (a proper name before the clause)",
    r"(?:\s*\([^()]{2,120}\))?,\s+(?:(?:which|that)\s+(?:will\s+have|has|would\s+have|contemplates|foresees)\s+"
    r"an?\s+(?:total\s+|overall\s+|initial\s+)?(?:budget|allocation|endowment|envelope|investment)\s+of"
    r"|endowed\s+with|with\s+an?\s+(?:total\s+|overall\s+|initial\s+)?(?:budget|allocation|endowment|envelope)"
    r"\s+of)\s+(?:(?:about|around|some|nearly|over|up\s+to|approximately|more\s+than)\s+)?$",
    flags=_I,
    window="before",
    examples=(
        "the Plan de Choque de Atención Primaria 2026 (Primary Care Shock Plan 2026), endowed with |",
        "the Barrios sin Violencia programme, which will have a budget of |",
    ),
    counter=("the plan will have a budget of |",),
)
# "Health spending will reach a record €26.8bn", "Overall funding for the 43 forces will rise to":
# what the spending is on, before the figure it reaches.
_SPENDING_REACHES = rule(
    "recipient.spending-reaches",
    "'X spending will reach' or 'funding for X will rise to' the sum: X",
    r"(?:^|[.;:]\s+|,\s+|\bthat\s+)(?:(?:[Tt]otal|[Oo]verall|[Aa]nnual|[Tt]he)\s+)?"
    r"(?P<r>(?-i:[A-Z][\w'’-]*)(?:\s+(?!(?:spending|funding|budget)\b)[a-z][\w'’-]*){0,2}?)\s+"
    r"(?:spending|funding|budget)\s+"
    r"(?P<verb>will|is\s+(?:set|expected|due)\s+to|would)\s+(?:now\s+)?(?:reach|rise\s+to|increase\s+to|grow\s+to"
    r"|climb\s+to|total)\s+(?:(?:a\s+record|an\s+all-time\s+high\s+of|up\s+to|about|around|some|nearly"
    r"|almost)\s+)*$"
    r"|\b(?:spending|funding|budget|allocation|support|investment)\s+(?:for|on|in)\s+(?P<r2>[^,;:£$€]{3,80}?)\s+"
    r"(?:(?:will|is\s+(?:set|expected|due)\s+to|would)\s+(?:now\s+)?(?:reach|rise\s+to|increase\s+to|grow\s+to"
    r"|climb\s+to|total)"
    # "public support for microelectronics under the two rounds now amounts to roughly": a total so far
    r"|(?:now\s+)?(?:amounts\s+to|totals|stands\s+at|comes\s+to))"
    r"\s+(?:(?:a\s+record|an\s+all-time\s+high\s+of|up\s+to|about|around|some|nearly|roughly"
    r"|almost)\s+)*$",
    flags=_I,
    window="before",
    examples=(
        "Health spending will reach a record |",
        "Overall funding for the 43 forces will rise to up to |",
        "Public support for microelectronics under the two rounds now amounts to roughly |",
    ),
    counter=("Spending will reach |",),
)


# "Free breakfast clubs will be extended to 750 more schools, backed by £30m": the subject of
# the clause the participle follows.
_BACKED_SUBJECT = rule(
    "recipient.backed-subject",
    "a clause, then ', backed by' the sum: the clause's subject",
    # ("has announced that the Border Agency will deploy 800 guards, funded through": a reported clause,
    # its subject's article in lower case)
    r"^(?:[^.;:£$€]{0,160}?\b(?:announced|said|confirmed)\s+that\s+)?\s*(?:the\s+)?"
    r"(?P<r>(?:[A-Z][\w'’-]*)(?:\s+(?!(?:will|is|are|has|have|was|were|would)\b)[\w'’-]+){0,6}?)\s+"
    # ("It is to be staffed by 30 public servants and backed by": one subject, two participles)
    r"(?:will|is|are|has|have|would)\b[^.;:£$€]{3,160}?(?:,|\s+and)\s+(?:backed|funded|supported|underpinned|financed)"
    r"\s+(?:by|with|through)\s+(?:an?\s+)?(?:(?:extra|additional|further|new)\s+)?$",
    window="before",
    examples=(
        "Free breakfast clubs will be extended to a further 750 schools from January, backed by |",
        "The Harbour Office is to be staffed by 30 officials and backed by |",
        "The minister announced that the Border Agency will deploy 800 guards by March, funded through a |",
    ),
    counter=("The scheme, backed by |",),
)


# "The team will have six new staff and a budget of", "a new Transformation Office, which will have a
# budget of", "The team will be funded with": the body the budget is for.
_BODY_BUDGET = rule(
    "recipient.body-budget",
    "a body that 'will have a budget of' the sum or 'will be funded with' it",
    r"(?:^|[.;:]\s+|,\s+|\b(?:create|establish|set\s+up|launch|open)\s+)(?:[Aa]n?\s+|[Tt]he\s+|[Ii]ts\s+)?(?:new\s+)?"
    r"(?P<r>(?:[A-Z][\w'’&-]*\s+){0,6}?(?:[A-Z][\w'’&-]*|team|office|unit|taskforce|agency|hub|centre|center"
    r"|cell|service|body|authority|commission|department|directorate|division|institute|academy|panel))"
    # ("It will open in October with a staff of six and a first-year budget of")
    r",?\s+(?:which\s+|that\s+)?(?:will|would|is\s+to)\s+(?:also\s+)?(?:have|get|receive|be\s+given"
    r"|(?:open|start|launch|begin)\b[^.;£$€]{0,40}?\s+with)\s+"
    r"(?:[^.;£$€]{0,60}?\s+and\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:budget|allocation|funding|grant)\s+of\s+"
    r"(?:(?:about|around|up\s+to|some)\s+)?$"
    r"|(?:^|[.;:]\s+)(?:[Tt]he\s+|[Ii]ts\s+)?(?:new\s+)?(?P<r2>(?:[A-Z][\w'’&-]*\s+){0,6}?(?:[A-Z][\w'’&-]*|team|office"
    r"|unit|taskforce|agency|hub|centre|center|cell|service|fund))\s+will\s+be\s+(?:funded|financed|backed|seeded"
    r"|capitali[sz]ed|endowed)\s+"
    r"(?:with|by|through)\s+(?:an?\s+)?$",
    window="before",
    examples=(
        "The team will have six new staff and a budget of |",
        "Full council agreed to create a new Transformation Office, which will have a budget of |",
        "The team will be funded with |",
        "It will open in October with a staff of six and a first-year budget of |",
        "The new office will be funded through |",
    ),
    counter=("The council will have a budget of |",),
)


# "launched a Population Policy Agency under the Prime Minister's Office, with a budget of", "created a
# National Water Security Agency and gave it a budget of": the body the clause creates.
_CREATED_GIVEN = lazy(
    r"\b(?:creat|establish|set(?:ting)?\s+up|launch|unveil|form)\w*\s+(?:of\s+)?(?:an?|the)\s+(?:new\s+)?"
    r"(?P<r>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*(?-i:[A-Z])[\w'’&-]*){0,8}?)"
    r"(?:\s+(?:under|within|inside|in|at)\s+(?:the\s+)?[^,;.£$€()]{2,60}?)?"
    r"(?:,?\s+with|\s+and\s+(?:gave|allocated|granted|assigned|awarded|provided)\s+it)\s+(?:an?\s+)?"
    r"(?:(?:initial|first-year|first|annual|start-up|starting|operating|total|yearly)\s+)?"
    r"(?:(?:budget|allocation|funding|endowment)\s+of\s+)?(?:(?:about|around|up\s+to|some)\s+)?$"
)


def _find_recipient(before: str, after: str) -> tuple[str | None, int]:
    if ("with" in before[-60:] or " it " in before[-30:]) and (created := _CREATED_GIVEN.search(before)):
        return created.group("r"), 2
    if ("Its" in before or "Their" in before) and _ITS_BUDGET.search(before) is not None:
        return (
            "it",
            2,
        )  # "Its budget of €18 million comes from X": the body the text creates (resolved by the caller)
    if "will" in before[-40:] and _IT_WILL_HAVE.search(before) is not None:
        return (
            "it",
            2,
        )  # "It will have around $60 million": the body the text creates (resolved by the caller)
    if "will" in before[-40:] and (body := _BODY_WILL_HAVE.search(before)) is not None:
        return body.group("r"), 2
    if "backed" in before or "funded" in before or "supported" in before:
        through = recipient_after(after) if _FUNDED_THROUGH_END.search(before[-40:]) else (None, 0)
        if through[0] and _NAMED_POT.fullmatch(through[0]):
            # "..., funded through a $9.2 million rural incentives package": the package the sum names
            return through[0], 2
        backed = _BACKED_SUBJECT.search(before)
        if backed and backed.group("r") in ("It", "They"):
            return "it", 2  # "It is to be staffed by 30 officials and backed by": resolved by the caller
        if backed and (phrase := _trim(backed.group("r"))):
            return phrase, 2
    if before.rstrip().endswith((" of", " with", " by", " through")) and (
        " have" in before or " be " in before or " with " in before
    ):
        body = _BODY_BUDGET.search(before)
        if body and body.group("r") in ("It", "They"):
            return (
                "it",
                2,
            )  # "It will open with a budget of": the body the text creates (resolved by the caller)
        if body and (phrase := _trim(body.group("r") or body.group("r2"))) and phrase.lower() != "council":
            return phrase, 2
    contract = _CONTRACT_FOR.search(before) if before.rstrip().endswith((" at", " of")) else None
    if contract and (phrase := _trim(contract.group("r") or contract.group("r2"))):
        return phrase, 2
    if (
        "allocation" in before
        or "share" in before
        or "slice" in before
        or "chunk" in before
        or ("portion" in before)
    ):
        taken = _TAKES_SHARE.search(before[-160:])
        if taken and (phrase := _trim(taken.group("r"))) and _useful(phrase):
            return phrase, 2
    if "allocation" in before or "appropriation" in before or "budget" in before or "share" in before:
        allocated = _ALLOCATION_IS.search(before)
        if allocated and (
            phrase := _trim(_SUBJECT_TIME.sub("", allocated.group("r") or allocated.group("r2")))
        ):
            return phrase, 2
    if (
        "share" in before[-80:] or " to " in before[-90:] or "For " in before[-90:] or "for " in before[-90:]
    ) and (fronted := _FRONTED.search(before)) is not None:
        phrase = _trim(fronted.group("r") or fronted.group("r2") or fronted.group("r3"))
        if phrase and _useful(phrase):
            return phrase, 2
    if " with" in before[-12:] and (ranked := _RANKED_WITH.search(before)) is not None:
        return _trim(ranked.group("r")), 2
    if ("endowed" in before[-40:] or " of" in before[-20:]) and (
        endowed := _ENDOWED_WITH.search(before)
    ) is not None:
        # (the name may be the Spanish or Portuguese one, the gloss in brackets after it)
        name = _antecedent(before[: endowed.start()])
        if name and (phrase := _trim(name)):
            return phrase, 2
    if " which " in before[-90:] and (which := _FOR_WHICH.search(before)) is not None:
        # "the second Hospital Development Plan, for which the Government has earmarked": the
        # name the relative pronoun stands for
        name = _antecedent(before[: which.start()])
        if name and (phrase := _trim(name)):
            return phrase, 2
    if " to" in before[-60:] or "total" in before[-40:] or "reach" in before[-40:]:
        reaches = _SPENDING_REACHES.search(before)
        if reaches and (phrase := _trim(reaches.group("r") or reaches.group("r2"))) and _useful(phrase):
            return phrase, 2
    subject, given = _before(before)
    if given and subject and not _useful(subject):
        subject = None  # "gave administrative approval of Rs 62 crore for X": the decision, not who gets it
    # "The Office will receive £12m": a body referred back to, which the finder names in full;
    # "has awarded the state health department £64m": a department given money receives it.
    # ("The office is to receive £X": a body referred back to, which the finder names in full)
    if subject and (
        not _GIVER.fullmatch(subject.split()[-1])
        or subject.lower() in ("office", "new office")
        or given
        # "The Albuquerque Police Department will receive", "The San Juan County Sheriff's Office
        # will use": a local body named in full receives the money (not "the department", the giver)
        or _LOCAL_BODY.search(subject) is not None
    ):
        # (so is a portfolio "allocated" a sum "for" a purpose: "Roads and Public Works is
        # allocated KSh 1.05 billion for the grading of rural roads")
        if _DEPARTMENT.match(subject) or before.rstrip().endswith(("is allocated", "are allocated")):
            # "The Ministry of Justice will receive £780m to recruit prison officers": a
            # department is the channel of a budget's money; what it is for is the recipient.
            purpose = recipient_after(after)
            if purpose[0] is not None and purpose[1] == 2:
                return purpose
        return subject, 2
    if before.rstrip().endswith(("by", "By")) or before.rstrip().endswith(("by a", "by an")):
        raised = _RAISED_BY.search(before)
        if raised:
            phrase = _trim(raised.group("r"))
            if phrase:
                return phrase, 2
    if before.rstrip().endswith(("with", "With")) or (
        " with " in before[-40:] and _WITH_START_AT_END.search(before)
    ):
        # "A new X Agency will be established in Canberra with $210m to manage drought": the body.
        created = _CREATED_WITH.search(before)
        if created and created.group("r4"):
            return "the " + created.group("r4").split(None, 1)[1], 2  # "the fund": the caller names it
        phrase = _trim(created.group("r") or created.group("r2") or created.group("r3")) if created else None
        if phrase and _useful(phrase):
            return phrase, 2
    if (
        _TO_TOTAL_END.search(before[-40:]) is not None
        and _holds_any(before, _TOTAL_NEEDLES)
        and _TOTAL_OF.search(before)
    ):
        # "bringing the total allocation for the grant to R19.4bn, which will support 40 projects":
        # the total names what it is of; the words after it belong to another clause.
        total = recipient_of_pot(before, keep_references=True)
        if total:
            return total, 2
    if before.rstrip().endswith(("worth", " at")) and (worth := _WORTH_BEFORE.search(before)):
        # "approved the annual development plan of the Home Department, worth Rs14.2bn": what is worth it
        phrase = _trim(worth.group("r") or worth.group("name") or worth.group("pot") or worth.group("costed"))
        if phrase and _useful(phrase):
            return phrase, 2
    if before.rstrip().endswith(("cost of", "outlay of")):
        # "will recruit 30 firefighters for the Fire Service, at a cost of": what is pledged
        pledged = _PLEDGED_OBJECT.search(before)
        if pledged and (phrase := _trim(pledged.group("r"))) and _useful(phrase):
            # "will employ 300 teachers" pays for the employment of 300 teachers
            noun = pledged.group("noun") or _HIRING_NOUNS.get((pledged.group("verb") or "").lower())
            return (f"{noun} {phrase}" if noun else phrase), 2
        # "approved the X Mission at a total cost of Rs 2,400 crore for five years": what the cost is of
        outlay = _WITH_OUTLAY.search(before)
        phrase = _outlay_of(outlay.group("r")) if outlay else None
        if phrase and _useful(phrase):
            return phrase, 2
    found = recipient_after(after)
    if (
        found[0] is None
        and ("spend" in before or "invest" in before or "us" in before)
        and _SPENT_DOING.search(before)
    ):
        # "will spend £420m over three years strengthening sea defences": what it is spent doing
        rest = after[_AFTER_LEAD.match(after).end() :]  # type: ignore[union-attr]
        doing = _DOING.match(rest)
        if doing:
            return _trim(doing.group("r")), 2
    if found[0] is None and (" with" in before[-22:] or " using" in before[-22:] or " by " in before[-36:]):
        boosted = _BOOSTED_WITH.search(before)
        phrase = _trim(boosted.group("r") or boosted.group("r2")) if boosted else None
        if phrase:
            return phrase, 2
    if found[0] is None and ("of" in before[-30:] or "to" in before[-20:]):
        pot = recipient_of_pot(before)
        if pot:
            return pot, 1
    if found[0] is None and before.endswith(", ") and _ITEM_END.match(after):
        # an award list: "the Tulsa City and County Continuum of Care in Oklahoma, $5.9 million; the
        # City of Spokane, Washington, $4.75 million": the name before the sum
        listed = _NAME_COMMA.search(before)
        if listed and (phrase := _trim(listed.group("r"))) and _useful(phrase):
            return phrase, 1
    if found[0] is None and before.rstrip().endswith(("(", "with", "With")):
        named = _named_before(before)
        if named:
            return named, 1
    return found


# A local body named in full, whose last word is also a giver's word: "Albuquerque Police
# Department", "San Juan County Sheriff's Office", "Fire Department".
# "It will have around $60 million over its first two years": a body referred to, given a sum.
_ESTABLISHES_NAMED = rule(
    "recipient.establishes-named",
    "the sum 'to establish the X Hub' or 'for what it is calling the X Hub': the named body it sets up",
    r"^\s*(?:(?:over|across|for)\s+(?:the\s+next\s+)?\w+\s+years?\s+)?(?:(?:to|will|would|shall)\s+(?:help\s+)?"
    r"(?:establish|create|set\s+up|launch|found)\s+(?:the|a\s+new|a|an)\s+(?:new\s+)?"
    r"|for\s+what\s+it\s+(?:is|was)\s+calling\s+(?:the\s+)?)"
    r"(?P<r>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*(?-i:[A-Z])[\w'’&-]*){1,8})",
    flags=_I,
    mode="match",
    examples=(
        " to establish the AI for Health Research Hub at its Strand campus",
        " for what it is calling the Civic AI Hub",
        " over four years will establish a new UKRI Talent Office",
    ),
    counter=(" to establish a new research hub", " to set up the hub"),
)
_ITS_BUDGET = rule(
    "recipient.its-budget",
    "'Its budget of' the sum: the body the text is about",
    r"(?:^|[.;:]\s+)(?:Its|Their)\s+(?:(?:total|annual|initial|first-year|operating|start-up|yearly)\s+)?"
    r"(?:budget|funding|allocation|endowment|capital)\s+(?:of|is|will\s+be|stands\s+at)\s+"
    r"(?:(?:around|about|some|up\s+to|nearly|almost)\s+)?$",
    window="before",
    examples=("Its budget of |", "Its annual budget will be about |"),
    counter=("Its partners will add |", "The budget of |"),
)
_IT_WILL_HAVE = lazy(
    r"(?:^|[.;:]\s+)It\s+will\s+(?:also\s+)?(?:have|get|receive|be\s+given)\s+(?:(?:around|about|some|up\s+to"
    r"|an\s+initial|nearly|almost)\s+)?$"
)
# "The panel will have $1.8 million to commission research": the body referred back to, which the
# caller names in full.
_BODY_WILL_HAVE = lazy(
    rf"(?:^|[.;:]\s+)(?P<r>The\s+(?:new\s+)?(?:{lex.alternation(lex.BODY_HEADS)}))\s+will\s+(?:also\s+)?have\s+"
    r"(?:(?:around|about|some|up\s+to|an\s+initial|nearly|almost)\s+)?$"
)
_LOCAL_BODY = lazy(
    r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*\s+(?:Police|Sheriff['’]s|Fire|Health|Parks|Public\s+Works"
    r"|Water|Transit|Housing|Sanitation|Corrections|Probation|Prosecutor['’]s|Attorney['’]s)\s+(?:Department|Office)$"
    # a city's service department in lower case: "the police department receives $71.8 million"
    r"|^(?:the\s+)?(?:police|sheriff['’]s|fire|parks(?:\s+and\s+recreation)?|library|public\s+works|water|transit"
    r"|sanitation|health)\s+(?:department|office)$"
)
# A list of awards: a proper name (a place may follow it), a comma, the sum, the item's end.
_NAME_COMMA = lazy(
    r"(?:^|[:;]\s*|,\s+(?:and\s+)?|\b(?:and|to)\s+)(?:the\s+)?(?P<r>(?-i:[A-Z])[\w'’.&-]*"
    r"(?:\s+(?:(?-i:[A-Z])[\w'’.&-]*|of|and|the|for|de|del))+)"
    r"(?:\s+in\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?)?(?:,\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?)?,\s*$"
)
_ITEM_END = lazy(r"^[^\w]*?(?:[;.]|,\s+(?:and\s+)?(?:the\s+)?(?-i:[A-Z])|\s+and\s+(?:the\s+)?(?-i:[A-Z])|$)")


# "a reserve (£5m)": the sum in brackets after what it is for.
_BRACKETED = rule(
    "recipient.bracketed",
    "a sum in brackets after what it is for ('staff training (£2m)')",
    r"(?:^|\b(?:an?|the|its|their|our)\s+|,\s*|\band\s+|\bbetween\s+)(?P<r>[\w'’ -]{3,60}?)\s*\(\s*$",
    flags=_I,
    window="before",
    examples=("split between a reserve (£5m) and staff training (|",),
    counter=("a reserve of |",),
)
# "with an initial", "with a start-up budget of": how a new body's first money is introduced.
_WITH_START = (
    r"(?:\s+(?:an?\s+)?(?:initial|first|starting|start-up|seed|opening)(?:\s+(?:budget|allocation|capital"
    r"|endowment|funding|capitalisation|capitalization)(?:\s+of)?)?"
    # ("will be set up with a corpus of ₹10,000 crore")
    r"|\s+an?\s+(?:initial\s+)?(?:corpus|endowment|capital\s+base)\s+of)?\s*"
)
_WITH_START_AT_END = lazy(r"\bwith" + _WITH_START + "$", _I)
# "stand up a Storage Centre at Sandia ..., with $22m": the body the clause creates.
_CREATED_WITH = rule(
    "recipient.created-with",
    "the body a clause creates, funded 'with' the sum",
    r"\b(?:creat|establish|set(?:ting)? up|stand(?:ing)? up|launch|build|open|fund|back|support)\w*\s+"
    r"(?:an?|the)\s+"
    r"(?:new\s+)?(?P<r>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|the|at|on"
    r"|in))*)[^.;£$€]{0,120}\bwith" + _WITH_START + "$"
    # "A new National Institute for X will be created with": the same, in the passive
    r"|\b(?:[Aa]n?|[Tt]he)\s+(?:new\s+)?(?P<r2>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|the))*)"
    # ("the Maritime Connectivity Fund, which will be established under the Ministry ... with an initial")
    # ("The Household Support Fund, which councils use to help families, is extended for another year with")
    r"(?:,\s+which(?:\s+[^,.;£$€]{1,100},)?)?\s+(?:will\s+be|is\s+to\s+be|is\s+being|has\s+been|was|is)\s+"
    r"(?:created|established|set\s+up|launched|formed|stood\s+up|extended|renewed|continued|topped\s+up)\b"
    r"[^.;£$€]{0,80}\bwith" + _WITH_START + "$"
    # "The Office of Community Violence Prevention will start with": a body that opens with the sum
    r"|\b(?:[Aa]n?|[Tt]he)\s+(?:new\s+)?(?P<r3>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|the))*)\s+"
    r"(?:will|is\s+to|would)\s+(?:re)?(?:start|open|begin|launch)\s+with" + _WITH_START + "$"
    # "The fund was created with $500m": a body referred back to (resolved by the caller)
    # ("The squad is being set up with")
    r"|\b(?P<r4>[Tt]he\s+(?:new\s+)?"
    r"(?:fund|agency|office|authority|unit|commission|centre|center|institute"
    r"|programme|program|scheme|company|corporation|trust|taskforce|hub|facility|squad|team|service|partnership))"
    r"\s+(?:was|were|has\s+been|will\s+be|is\s+to\s+be|is\s+being|are\s+being)\s+(?:initially\s+)?"
    r"(?:created|established|set\s+up|launched|formed|seeded|capitali[sz]ed|endowed|started)\s+with"
    + _WITH_START
    + "$",
    window="before",
    examples=(
        "The Office of Community Violence Prevention will start with |",
        "The Farming Recovery Fund will reopen with |",
        "will set up a Drought Monitoring Centre in Leeds, with |",
        "A new National Institute for Quantum Engineering will be created with |",
        "A new National Water Security Agency will be established in Canberra with |",
        "A new Future Workforce Fund will be set up with an initial |",
        "the Island Ferry Fund, which will be established under the Ministry of Works with an initial |",
        "The fund was created with |",
        "The Household Support Fund, which councils use to help families, is extended for a year with |",
        "A Bharat Deep-Tech Fund of Funds will be set up with a corpus of |",
    ),
    counter=("will set up a panel with |", "A new panel will be set up with |"),
)


# "followed by Cork County Council with €6.1m": a name right before "with" the sum.
_NAME_WITH = rule(
    "recipient.name-with",
    "a proper name right before 'with' the sum ('followed by Cork County Council with')",
    r"(?:^|\b(?:by|and|then|while|,)\s+)(?P<r>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|the)){0,6})\s+with\s*$",
    window="before",
    examples=("followed by Cork County Council with |",),
    counter=("followed by the council with |",),
)


def _named_before(before: str) -> str | None:
    bracketed = before.rstrip().endswith("(")
    m = _BRACKETED.search(before) if bracketed else _NAME_WITH.search(before)
    if m is None:
        return None
    words = m.group("r")
    if bracketed:  # the noun phrase right before the bracket
        words = re.sub(r"^.*\b(?:an?|the|its|their|our|between|and|to|for)\s+", "", words, flags=_I)
    phrase = _trim(re.sub(r"(?:\s+(?:of|for|and|the|at|on|in))+$", "", words))
    return phrase if _useful(phrase) else None
