"""Patterns for staff figures, kept apart from the matching logic in
:mod:`tracker.extract.headcount`.

Each pattern is anchored on something cheap to gate on (a number, "-strong",
"number of", "team") so the finder can skip sentences that cannot match.
"""

from __future__ import annotations

import re

from tracker.extract import lexicon as lex
from tracker.extract.headcount_rules import STAFF
from tracker.extract.numbers_words import DIGITS_PATTERN, NUMBER_PATTERN
from tracker.extract.registry import rule

_QUAL = (
    r"(?:(?:up\s+to|at\s+least|more\s+than|over|around|about|some|almost|nearly|roughly|approximately"
    r"|a\s+further|an\s+extra|an\s+additional|another)\s+)?"
)
# Words that may sit between the number and the staff noun: anything except
# function words, so "40 UK flood rescue specialists" matches but
# "3,000 of the 12,000" or "£58 million in our agency" do not.
_STOP = (
    r"(?:of|in|to|for|from|by|with|at|on|the|a|an|have|has|had|were|was|is|are|will|would|who|that|which"
    r"|than|per|each|its|their|our|this|these|those|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|\d[\d,.]*"
    # beneficiaries and trainees: "500 apprentices become qualified electricians"
    r"|apprentices|students|trainees|pupils|learners|graduates|patients|residents|households"
    r"|families|children"
    # (but "early years", the pre-school stage: "250 additional early years inspectors")
    r"|become|becoming|as|(?<!early\s)years?|months?|weeks?|days?)"
)
# One modifier word: not a function word and not another number (but a possessive of one is a
# modifier: "35 children's social workers").
# ("in-service advisers": a function word that opens a hyphenated word is a modifier; so is a body
# named with "of": "60 new Department of Conservation rangers")
_EMERGENCY = lex.alternation(lex.EMERGENCY_NUMBERS)
_MOD = (
    rf"(?:(?-i:[A-Z][\w'’-]*\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*)\s+"
    rf"|(?:{_EMERGENCY})\s+"
    rf"|(?:in|on|off|out|after|at|by)-[\w'’-]+\s+"
    rf"|(?!{_STOP}\b(?!['’]))(?:[\w'’.-]+|\([A-Z]{{2,6}}\))\s+)"
)
# Coordinated modifiers of one staff noun ("30 planning, legal and finance specialists"):
# single words, none of them a staff noun or something that is never staff.
_COORD_WORD = rf"(?!{_STOP}\b)(?!{STAFF}\b)(?!{lex.alternation(lex.NOT_STAFF_NOUNS)}\b)(?!and\b|or\b)[\w'’-]+"
# The look-ahead (a word then a comma) fails fast where there is no list: most places.
_COORD = rf"(?=[\w'’-]+,\s)(?:{_COORD_WORD},\s+){{1,4}}{_COORD_WORD}\s+(?:and|or)\s+"
# A pay grade among the modifiers: "200 Band 5 nurses", "90 band 3 to 5 prison officers".
_GRADE = rf"(?:{lex.alternation(lex.PAY_GRADE_WORDS)})\s+\d{{1,2}}(?:\s*(?:to|-|–)\s*\d{{1,2}})?\s+"
GRADE_BEFORE = rule(
    "headcount.cue.grade-before",
    "a pay grade right before a number: the number names the grade, it counts no one",
    rf"\b(?:{lex.alternation(lex.PAY_GRADE_WORDS)})\s+(?:\d{{1,2}}\s*(?:to|-|–|and|or)\s*)?$",
    flags=re.IGNORECASE,
    window="before",
    examples=("recruit 200 Band |", "band 3 to |"),
    counter=("recruit |",),
)
# (a prefix joined to the staff noun by a hyphen is a modifier too: "1,200 agro-rangers")
_MODS = rf"(?P<mods>(?:{_GRADE}|{_MOD}){{0,6}}?(?:{_COORD}(?:{_MOD}){{0,2}}?)?(?:[A-Za-z]{{2,12}}-)?)"
_LIST_TAIL = rf"(?P<tail>(?:,\s+(?:{_MOD}){{0,2}}?{STAFF})*(?:,?\s+(?:and|or)\s+(?:{_MOD}){{0,2}}?{STAFF})?)"

# (not a building for staff: "600 staff houses")
_NOT_FACILITY = rf"(?!\s+(?:{lex.alternation(lex.STAFF_FACILITY_NOUNS)})\b)"

COUNTED = rule(
    "headcount.cue.counted",
    "a number before a staff noun ('400 more police officers')",
    rf"(?<![£$€\w.,])(?<!\d[-–/])(?!(?:{_EMERGENCY})\b)(?P<num>{NUMBER_PATTERN})(?P<strong>-strong)?\s+{_MODS}(?P<noun>{STAFF})\b{_NOT_FACILITY}"
    rf"{_LIST_TAIL}",
    flags=re.IGNORECASE,
    examples=(
        "400 more police officers",
        "40 flood rescue specialists",
        "twenty nurses",
        "30 planning, legal and finance specialists",
    ),
    counter=(
        "400 of the new",
        "£58 million in our agency",
        "300 homes, schools and",
        "the 2026-27 police precept",
        "600 staff houses",
    ),
)
# The same, for sentences whose numbers are all written in digits.
COUNTED_DIGITS = rule(
    "headcount.cue.counted-digits",
    "a number in digits before a staff noun (the cheap form of headcount.cue.counted)",
    rf"(?<![£$€\w.,])(?<!\d[-–/])(?!(?:{_EMERGENCY})\b)(?P<num>{DIGITS_PATTERN})(?P<strong>-strong)?\s+{_MODS}(?P<noun>{STAFF})\b{_NOT_FACILITY}"
    rf"{_LIST_TAIL}",
    flags=re.IGNORECASE,
    examples=("400 more police officers",),
    counter=("twenty nurses",),
)
VAGUE = rule(
    "headcount.cue.vague",
    "a vague quantity before a staff noun ('hundreds of nurses', 'more teachers')",
    r"(?<![\w£$€])(?<!\d )(?P<vague>(?:hundreds|thousands|tens\s+of\s+thousands|dozens|scores)\s+of\s+"
    r"|(?:several|a\s+few)\s+(?:hundred|thousand)\s+"
    r"|(?:more|extra|additional)\s+)"
    rf"{_MODS}(?P<noun>{STAFF})\b{_LIST_TAIL}",
    flags=re.IGNORECASE,
    examples=("hundreds of nurses", "more teachers"),
    counter=("hundreds of homes",),
)
# The posts first, their number after: "The new outreach officer posts, 24 in total, will be funded".
POSTS_IN_TOTAL = rule(
    "headcount.cue.posts-in-total",
    "posts named first and counted after: 'the new caseworker posts, 24 in total,'",
    r"\b(?:[Tt]he|[Tt]hese)\s+(?:(?:new|extra|additional)\s+)?"
    r"(?P<role1>(?:(?!(?:the|a|an|of|in|and)\b)[\w'’-]+\s+){1,4}?)(?:posts|roles|positions),\s+"
    rf"(?P<num>{NUMBER_PATTERN})\s+in\s+(?:total|all)\b",
    examples=("The new outreach officer posts, 24 in total, will be funded by the state.",),
    counter=("The posts will be funded by the state.",),
)
# "a team of 300 people", "a standing corps of 5,000 staff"
TEAM_OF = rule(
    "headcount.cue.team-of",
    "'a team of N people'",
    rf"\b(?P<team>(?:(?!(?:with|by|a|an|the|of|to|in|and|is|be)\b)[\w'’-]+\s+){{0,2}}"
    rf"(?:team|corps|force|workforce|taskforce|squad|unit))\s+of\s+{_QUAL}"
    rf"(?P<num>{NUMBER_PATTERN})\s+(?P<noun>people|{STAFF})\b",
    flags=re.IGNORECASE,
    needles=("team", "corps", "force", "squad", "unit"),
    examples=("a team of 300 people", "a standing corps of 5,000 staff"),
    counter=("a team of experts",),
)
# "the centre will have a staff of 60": the size of a new body's workforce.
STAFF_OF = rule(
    "headcount.cue.staff-of",
    "'a staff of N': the size of a new body's workforce",
    # (not what a body has or is left with now: "leaving a workforce of roughly 450,000")
    r"(?<!leaving\s)(?<!left\s)(?<!has\s)(?<!had\s)(?<!employs\s)"
    # (nor the body a person will lead: "who would lead a workforce of more than 15,000 people")
    r"(?<!lead\s)(?<!leads\s)(?<!leading\s)(?<!run\s)(?<!runs\s)(?<!manage\s)(?<!manages\s)(?<!head\s)"
    rf"\b(?:a|an)\s+(?:[\w-]+\s+)?(?P<team>staff|workforce"
    rf"|complement)\s+of\s+{_QUAL}(?P<num>{NUMBER_PATTERN})\b"
    r"(?!\s*(?:%|per\b|percent|million|billion|bn\b|m\b))",
    flags=re.IGNORECASE,
    examples=("will have a staff of 60",),
    counter=("a staff of 60%", "a hiring freeze, leaving a workforce of 450,000"),
)
DEPLOYED_TEAM = rule(
    "headcount.cue.deployed-team",
    "a named team sent out",
    r"\b(?i:an?|the|its|our)\s+(?P<team>(?:[A-Z][\w-]*\s+){1,4}Teams?)\s+(?:is|are|has\s+been"
    r"|have\s+been|was|were)"
    r"\s+(?:also\s+|now\s+|already\s+)?(?:on\s+(?:its|their)\s+way|being\s+(?:sent|deployed|flown)"
    r"|sent|deployed"
    r"|dispatched|heading|travelling|en\s+route)\b",
    examples=("An Emergency Medical Team is on its way",),
    counter=("The Emergency Medical Team said",),
)
# "a 300-strong response team"
STRONG = rule(
    "headcount.cue.strong",
    "'a 300-strong response team'",
    # ("a 48-person Australian civilian medical team"; not "the 17-member task force", a body's members)
    rf"(?P<num>{NUMBER_PATTERN})-(?:strong|person)\s+(?P<team>(?:[\w'’-]+\s+){{0,3}}?(?:team|corps|force"
    rf"|workforce|taskforce|squad"
    rf"|unit|contingent|division))\b",
    flags=re.IGNORECASE,
    examples=("a 300-strong response team", "A 48-person Australian civilian medical team"),
    counter=("a strong team", "a 12-person household"),
)
# "Warden numbers in national parks are to double to 900"; "the number of
# wardens ... from around 500 to 900".
TARGET = rule(
    "headcount.cue.target",
    "a workforce target: 'numbers ... to double to N', 'from N to M'",
    rf"\b(?:(?P<role1>(?:[\w'’-]+\s+){{0,2}}[\w-]+?)\s+numbers\b[^.;]{{0,60}}?\b(?:double|doubl|ris"
    rf"|increas|grow|go\s+up|climb|expand)\w*"
    rf"|number\s+of\s+(?P<role2>(?:[\w'’-]+\s+){{0,2}}?{STAFF})\b[^.;]{{0,80}}?\bfrom\s+{_QUAL}{NUMBER_PATTERN})"
    rf"\s+to\s+(?P<num>{NUMBER_PATTERN})\b",
    flags=re.IGNORECASE,
    examples=(
        "Warden numbers in national parks are to double to 900",
        "the number of coaches will rise from around 500 to 900",
    ),
    counter=("the number of visitors rose",),
)
# "increase the number of officers to 25,000"; "boost police numbers by 3,000"
TARGET_TO = rule(
    "headcount.cue.target-to",
    "'increase the number of officers to N', 'boost police numbers by N'",
    rf"\b(?:increas|rais|boost|doubl|grow|expand|tak|bring|lift)\w*\s+the\s+(?:total\s+)?number\s+of\s+"
    rf"(?P<role2>(?:[\w'’-]+\s+){{0,3}}?{STAFF})\b[^.;]{{0,60}}?\s+to\s+{_QUAL}(?P<num>{NUMBER_PATTERN})\b"
    rf"|\b(?:increas|rais|boost|grow|expand"
    rf"|lift)\w*\s+(?P<role1>(?:[\w'’-]+\s+){{0,2}}?[\w-]+?)\s+numbers\s+by\s+"
    rf"{_QUAL}(?P<num2>{NUMBER_PATTERN})\b",
    flags=re.IGNORECASE,
    examples=(
        "increase the number of officers to 2,500",
        "boost police numbers by 300",
        "taking the total number of additional paramedics to 1,250 by 2027",
        "take the number of frontline coast guard staff to about 4,500",
    ),
    counter=("increase the number of visits",),
)
# "taking the total seasonal workforce to 850", "bringing its staff complement to about 70",
# "taking the force to 9,300 officers": a workforce target stated as the total it reaches.
_WORKFORCE = lex.alternation(lex.WORKFORCE_NOUNS)
TOTAL_TO = rule(
    "headcount.cue.total-to",
    "a workforce brought to a total: 'taking the total workforce to N', 'bringing the force to N officers'",
    rf"\b(?:tak|bring|lift|grow|expand|increas|boost)\w*\s+(?:the|its|their|our)\s+(?:total\s+)?"
    rf"(?P<role2>(?:[\w'’-]+\s+){{0,3}}?{_WORKFORCE})\s+(?:numbers?\s+)?to\s+{_QUAL}(?P<num>{NUMBER_PATTERN})\b"
    r"(?!\s*(?:%|per\b|percent|million|billion|bn\b|m\b))"
    rf"|\b(?:tak|bring)\w*\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{1,3}}?to\s+{_QUAL}(?P<num2>{NUMBER_PATTERN})\s+"
    rf"(?P<noun>(?:[\w'’-]+\s+){{0,2}}?{STAFF})\b",
    flags=re.IGNORECASE,
    examples=(
        "taking the total seasonal workforce to 850 for the summer",
        "bringing its total staff complement to about 70",
        "taking the force to about 9,300 officers by 2027",
    ),
    counter=(
        "taking the total to 850 homes",
        "bringing its budget to 70 million",
        "will bring the navy's total strength to 40 vessels",
    ),
)
# What a verb of hiring takes: a number, up to three modifiers and the noun, which ends the phrase.
_HIRED_OBJECT = (
    r"(?:(?:up\s+to|around|about|some|more\s+than|over|at\s+least|nearly|almost|roughly"
    r"|an?\s+(?:extra|additional"
    rf"|further)|another|a\s+further)\s+)?(?P<num>{NUMBER_PATTERN})\s+"
    r"(?P<mods>(?:(?!(?:of|in|to|for|from|by|with|at|on|onto|into|the|a|an|and|or|who|that|which"
    r"|will|would|as)\b)"
    rf"(?!{lex.alternation(lex.NOT_STAFF_NOUNS)}\b)"
    r"[a-z][\w'’-]*\s+){0,3}?)"
    rf"(?P<noun>(?!{lex.alternation(lex.NOT_STAFF_NOUNS)}\b)(?:[a-zA-Z]*[a-z](?:s|í)|staff|personnel"
    rf"|police))\b"
    # the noun ends the phrase ("3,100 physics trainees" is about trainees)
    r"(?=\s+(?:in|to|for|by|at|on|over|across|from|with|and|or|who|that|which|this|next|as|under"
    r"|into|onto|within"
    r"|before|after|during|per|each|will|would|to|seconded|based|working)\b|\s*[,.;:)—–-]|\s*$)"
)
# The object of a hiring verb is staff, whatever the noun ("will hire 45 violence
# interrupters", "staffed by 25 fire experts"): the structure says so, not a word list.
HIRED = rule(
    "headcount.cue.hired",
    "a number after a verb of hiring, deploying or staffing: the noun that follows is staff",
    r"\b(?:(?<!has\s)(?<!have\s)(?<!had\s)hire|hiring|recruit|recruiting|employ|employing|take\s+on"
    r"|taking\s+on"
    r"|deploy|deploying|redeploy|redeploying|assign|assigning|station|stationing|second|seconding|staffed\s+by"
    r"|bring\s+in|put|putting)\s+"
    # "hire and equip 100 firefighters", "recruit and train 500 nurses"
    r"(?:(?:and|or)\s+(?:equip|train|deploy|retain|pay|house|support|employ|hire|recruit)(?:s|ing)?\s+)?"
    + _HIRED_OBJECT,
    examples=(
        "The city will hire 45 violence interrupters",
        "It will employ eight housing enablers",
        "staffed by around 25 fire experts",
        "The agency will assign 60 additional underwriters to the program",
        "$38 million to hire and equip 100 additional wildland firefighters",
    ),
    counter=(
        "The city has hired 45 violence interrupters",
        "It will hire 20 buses",
        "It will recruit 300 physics trainees onto courses",
    ),
)
# "hire nine building inspectors and four plan reviewers": the verb's second object is staff too.
HIRED_AND = rule(
    "headcount.cue.hired-and",
    "a second number joined to the object of a verb of hiring: its noun is staff too",
    r"\s*,?\s+and\s+" + _HIRED_OBJECT,
    mode="match",
    examples=(" and four plan reviewers in the department",),
    counter=(" and four new fire trucks",),
)
# A tranche written without its noun: "The first 3,000 will be in post by March",
# "with a further 2,000 following in 2027", "five of which are dedicated to ...".
TRANCHE_BARE = rule(
    "headcount.cue.tranche-bare",
    "a tranche without its noun, which takes the role of the headcount before it",
    rf"\b(?:the\s+first|a\s+further|another|the\s+remaining|the\s+next"
    rf"|the\s+other)\s+(?P<num>{NUMBER_PATTERN})"
    r"(?=\s+(?:will|would|are|is|to|should|following|follow|due|expected|in\s+(?:19|20)\d\d|by"
    r"|on\s+the|start|arriving))"
    rf"|\b(?P<num2>{NUMBER_PATTERN})\s+(?:of\s+(?:which|whom|them)\s+(?:are|will|would|is|to|going)\b"
    r"|(?:already\s+|currently\s+)?being\s+(?:recruited|hired|trained|deployed)\b)"
    # "taking the total recruited under the scheme to 900 by 2027": a total with no noun of its own
    r"|\b(?:taking|bringing|raising|lifting|increasing)\s+(?:the\s+)?(?:overall\s+)?(?:total|number|headcount)\b"
    r"(?:(?!\bof\b)[^.;£$€\d]){0,60}?\bto\s+(?:(?:more\s+than|over|around|about|some|almost|nearly)\s+)?"
    # (a full stop or comma, not a decimal point: "to 9.8 trillion yen" is no headcount of 9)
    rf"(?P<num3>{NUMBER_PATTERN})(?=\s*(?:[.,;](?!\d)|$|by\b|in\b|over\b|within\b|across\b|this\b|next\b"
    r"|when\b))",
    flags=re.IGNORECASE,
    examples=(
        "The first 3,000 will be in post by March",
        "with a further 2,000 following in 2027",
        "five of which are dedicated to the border",
        "with 60 of them going to the new ward",
        "on top of the 2,000 already being recruited",
        "taking the total hired under the plan to 1,400 by 2028",
    ),
    counter=(
        "The first 3,000 homes",
        "a further £2m",
        "bringing the total number of homes to 900.",
        "bringing total defence spending for the year to 9.8 trillion yen.",
    ),
)
# "Of these, 2,100 will be nurses and 900 clinical officers": a sentence that divides the
# headcount stated right before it; each figure after the opening is one part.
PARTITION = rule(
    "headcount.cue.partition",
    "a sentence that opens by dividing the headcount before it: each figure in it is a part",
    r"^\s*(?:Of|Among)\s+(?:(?P<back>these|them|those)|the\s+(?P<named>(?:[\w,-]+\s+){1,4}?(?:posts|positions"
    r"|places|recruits|officers|staff|jobs|vacancies|roles|hires|items)))\s*,\s+",
    examples=(
        "Of these, 11,000 will be primary teachers and 2,000 science teachers.",
        "Of the 3,000 positions, 2,100 will be for nurses and 900 for clinical officers.",
        "Of the new positions, 60 will be filled this year and 30 next year.",
    ),
    counter=("Of the £50 million, £20 million is for buildings.", "Of course, 300 more will follow."),
)
# A sentence that lists where a headcount goes, after a colon: "will be posted across the force's
# three districts: 95 to X, 80 to Y", "The district-wise distribution of posts is: X 85, Y 70".
DISTRIBUTION = rule(
    "headcount.cue.distribution",
    "a list after a colon of where the staff of a headcount go: each figure in it is a part",
    r"\b(?:(?:be\s+)?(?:posted|deployed|distributed|allocated|split|spread|stationed)\s+(?:across|among|between)\b"
    r"|(?:distribution|breakdown)\b)[^:.;£$€]{0,100}:\s+",
    flags=re.IGNORECASE,
    examples=(
        "The new officers will be posted across the force's three policing districts: ",
        "The district-wise distribution of medical officer posts is: ",
    ),
    counter=("The funding will be spent on: ",),
)
# A part's figure: not money, a share, a year or a part of a larger number.
PART_FIGURE = rule(
    "headcount.cue.part-figure",
    "a figure that may be a part of a divided headcount (not money, a share or a date)",
    rf"(?<![£$€\w.,])(?<!\d[-–/])(?P<num>{NUMBER_PATTERN})(?![\w.,]*\d)(?!\s*(?:%|per\s*cent|percent|m\b|bn\b|million"
    r"|billion|crore|lakh))",
    examples=("2,100 will be nurses",),
    counter=("£20 million", "30 per cent"),
)
# "Some 450 of the new wardens should be in post by June" (a tranche).
TRANCHE = rule(
    "headcount.cue.tranche",
    "a tranche: 'N of the new coaches'",
    rf"(?P<num>{NUMBER_PATTERN})\s+of\s+the\s+(?:new|extra|additional)\s+{_MODS}(?P<noun>{STAFF})\b",
    flags=re.IGNORECASE,
    examples=("Some 450 of the new coaches",),
    counter=("450 of the old coaches",),
)
# "45 of the 500 officers would be posted to the rural team", "250 of the registered nurses
# will go to rural hospitals": a share of a pledged workforce put somewhere (its own pledge).
TRANCHE_ALLOCATED = rule(
    "headcount.cue.tranche-allocated",
    "a share of the staff sent somewhere: 'N of the (M) nurses will go to'",
    rf"(?P<num>{NUMBER_PATTERN})\s+of\s+the\s+(?:{NUMBER_PATTERN}\s+)?{_MODS}(?P<noun>{STAFF})\b"
    r"(?=\s+(?:will|would|are\s+to|is\s+to|are\s+set\s+to)\s+(?:go|be\s+(?:posted|deployed|based|assigned"
    r"|placed|sent|allocated|stationed)|work)\b)",
    flags=re.IGNORECASE,
    examples=("45 of the 500 officers would be posted to the rural team", "250 of the nurses will go to"),
    counter=("450 of the nurses said they would leave", "45 of the 500 officers were posted there last year"),
)
# "..., including more than 200 in 2026" after a counted headcount.
# "..., with the first 150 in classrooms by September" (a first tranche).
INCLUDING = rule(
    "headcount.cue.including",
    "a sub-tranche without its noun: ', including 200 in 2026'",
    rf"\b(?:including|with\s+the\s+first|the\s+first)\s+{_QUAL}(?P<num>{NUMBER_PATTERN})"
    r"(?=\s+(?:in|by|this|next|over|during|from|to\s+(?:start|begin|arrive)|starting|arriving|due"
    r"|expected)\b)",
    flags=re.IGNORECASE,
    examples=(", including more than 200 in 2026", ", with the first 150 in classrooms by September"),
    counter=(", including nurses",),
)
QUAL_BEFORE = rule(
    "headcount.cue.qualifier",
    "a qualifier before a count ('up to', 'a further')",
    rf"{_QUAL[:-1]}$",
    flags=re.IGNORECASE,
    window="before",
    examples=("up to |", "a further |"),
    counter=("the |",),
)
