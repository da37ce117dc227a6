"""What counts as staff, and the contexts that make a staff figure no pledge.

Kept apart from the matcher so the vocabulary and the non-pledge rules
(baselines, past recruitment, statistics, economy jobs, trainees) can be read
and extended in one place.
"""

from __future__ import annotations

import re

from tracker.extract import lexicon as lex
from tracker.extract.parties import RIVAL_WORDS, recommended, rival_voice
from tracker.extract.regex import lazy
from tracker.extract.registry import decision, rule
from tracker.extract.similarity import word_set

# Plural staff nouns (and a few collective ones). "people" only counts inside
# "a team of N people" / "N-strong"; posts/roles/jobs need a public hirer. The
# regex alternation and the cheap word gate are built from the same list.
_STAFF_NOUNS = [w for w in lex.STAFF_NOUNS if w != "operators"]


def _by_first_letter(words: list[str]) -> str:
    """An alternation grouped by first letter ("a(?:gents|nalysts)|b(?:...)"): the
    regex engine then rejects a word after one comparison instead of one per noun.
    For patterns compiled with IGNORECASE."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0].lower(), []).append(re.escape(word[1:]))
    return "|".join(
        f"{first}(?:{'|'.join(sorted(rests, key=len, reverse=True))})"
        for first, rests in sorted(groups.items())
    )


STAFF = (
    # (a rank below or beside a staff noun: "620 sub-inspectors", "40 co-ordinators")
    r"(?:(?:sub|co|under)-)?"
    r"(?:police\s+officers|teaching\s+assistants|civil\s+servants|health\s+visitors"
    rf"|{lex.alternation(lex.STAFF_MEMBER_MARKERS)}\s+members"
    # (not of a board: "three serving members of the land board")
    r"(?!\s+of\s+(?:the\s+|its\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:boards?|council|committee|commission|authority"
    r"|panel|trust|tribunal)\b)"
    # "members of the Public Order Policing and Tactical Response Team units": a force's members
    # ("4,200 elements of the National Guard", as Mexican releases call its troops)
    rf"|(?:members|elements)\s+of\s+(?:the\s+)?(?=(?:[\w'’-]+\s+(?:and\s+)?){{0,6}}?(?-i:{lex.alternation(lex.FORCE_MEMBER_HEADS)})\b)"
    r"(?:(?-i:[A-Z][\w'’-]*)\s+(?:and\s+|of\s+)?){0,8}?"
    rf"(?-i:{lex.alternation(lex.FORCE_MEMBER_HEADS)}|Units?|units|Teams?|Service|Command|Squads?|Brigades?)"
    r"(?![\w'’-]|\s+(?:and\s+|of\s+)?(?-i:[A-Z]))"
    rf"|(?-i:{lex.alternation(lex.STAFF_TRAINEE_MARKERS)})\s+trainees"
    r"|police(?!\s+(?:and|forces?|stations?|community|chiefs?|commissioners?|federation|services?|budgets?"
    r"|funding|grants?)\b)|"
    + _by_first_letter(_STAFF_NOUNS)
    + r"|people"
    + r"|[a-z]+(?:"
    + "|".join(lex.STAFF_SUFFIXES)
    + "))"
)
# Single words that signal a staff figure may be near; checked as a set
# intersection, far cheaper than running the patterns on every sentence.
_STAFF_WORDS = frozenset(
    [w.lower() for w in _STAFF_NOUNS]
    + "police servants visitors people strong numbers number garda hire hiring recruit recruiting employ "
    # ("members": "500 frontline members", "900 members of the Defence Force")
    # ("a 48-person medical team": STRONG's other spelling)
    "employing staffed sworn uniformed members elements person".split()
)
# "...ologists": the suffixes, each followed by the space that ends a word.
_STAFF_SUFFIX_ENDS = tuple(f"{suffix} " for suffix in lex.STAFF_SUFFIXES)


def has_staff_word(words: frozenset[str]) -> bool:
    """Cheap pre-check on a sentence's lower-case words (as :func:`word_set` gives them):
    a staff word, or a word made of a staff suffix after at least one letter
    ("radiologists"), as the ``[a-z]+`` of :data:`STAFF` reads it."""
    if not _STAFF_WORDS.isdisjoint(words):
        return True
    joined = f" {' '.join(words)} "
    for end in _STAFF_SUFFIX_ENDS:
        at = joined.find(end)
        while at != -1:
            if joined[at - 1] != " ":  # a letter of the same word before the suffix
                return True
            at = joined.find(end, at + 1)
    return False


def has_staff_word_in(text: str, words: frozenset[str]) -> bool:
    """:func:`has_staff_word` for the sentence ``text`` whose word set is ``words``.

    Every word of a word set is written in the lower-cased sentence, so a sentence whose
    lower case holds no staff suffix has no word made of one: a few substring tests on the
    sentence spare most sentences the join of their words that the suffix scan reads."""
    if not _STAFF_WORDS.isdisjoint(words):
        return True
    lowered = text.lower()
    for suffix in lex.STAFF_SUFFIXES:  # (a plain loop: any() over a generator costs more)
        if suffix in lowered:
            return has_staff_word(words)
    return False


# A whole sentence is background when it reports statistics, forecasts, past
# recruitment or a missed target, or when hedged by unnamed sources.
_BACKGROUND = rule(
    "headcount.cue.background-sentence",
    "statistics, forecasts, past recruitment or unnamed sources make a whole sentence background",
    # A forecast is a statistic only when it says something ("projections show", "is forecast to",
    # "according to forecasts"): forecasts a new team will publish are its work, not a figure.
    r"\b(?:(?:projections?|forecasts?)\s+(?:show|suggest|indicate|predict|say|said|put|point|estimate)\w*"
    r"|(?:is|are|was|were)\s+(?:projected|forecast)\s+to|(?:according\s+to|on\s+current)\s+(?:the\s+)?"
    r"(?:\w+\s+)?(?:projections?|forecasts?)"
    r"|figures\s+show|statistics|fell\s+short|short\s+of\s+(?:its|the|their)"
    # "Police workforce data shows 9,940 sworn officers", "the department's annual report shows"
    r"|(?:data|report|records|figures|returns)\s+(?:show|shows|showed|record|recorded)"
    # "..., according to Department figures": a count of staff now in post
    r"|according\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:figures|data|census|returns)"
    r"|missed|took\s+on|(?:have|has|had)\s+(?:already\s+)?(?:recruited|hired|employed|taken\s+on)"
    r"|(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:recruited|hired|employed|taken\s+(?:on|into))"
    r"|understands|sources\s+(?:say|said|told)|reportedly|is\s+said\s+to|are\s+said\s+to"
    r"|failed\s+to\s+(?:meet|deliver|hit|reach)|shadow"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:fully\s+)?(?:delivered|met|achieved|completed))\b",
    flags=re.IGNORECASE,
    examples=(
        "figures show",
        "The force has already recruited",
        "sources said",
        "failed to meet",
        "projections suggest",
        "is forecast to",
        "working in Irish schools, according to Department figures",
    ),
    counter=(
        "The force will recruit",
        "the team will publish weekly flood forecasts",
        "before forecast storms",
    ),
)
# Words each sentence-level rule needs; a set test skips the regex otherwise.
_BACKGROUND_WORDS = frozenset(
    "projection projections forecast forecasts figures statistics fell short missed took recruited hired "
    "employed taken understands sources reportedly said failed shadow delivered met achieved "
    "completed according data report records returns".split()
)
PRIVATE_WORDS = frozenset(w.lower() for w in (*lex.COMPANY_SUFFIXES, *lex.PRIVATE_EMPLOYERS, "private"))
_ECONOMY_WORDS = frozenset(
    "employ employs employing employed employer employers employment create creates support supports "
    "supporting supported bring brings bringing generate generates sustain sustains sustaining "
    "sustained".split()
)
_THIRD_PARTY_WORDS = frozenset(lex.THIRD_PARTY_VOICES)
_PAST_WORDS = frozenset("last previously past far date since earlier height peak".split())
# Critics, the opposition or a union speaking: their figures are claims or demands.
_THIRD_PARTY = rule(
    "headcount.cue.third-party",
    "critics, the opposition or a union",
    r"\b(?:[Cc]ritics?|[Oo]pposition|(?<!European\s)(?<!African\s)[Uu]nions?|[Aa]ssociations?|[Ff]ederations?"
    r"|[Cc]ampaigners?|[Aa]dvocates?|[Cc]harit(?:y|ies))\b|" + lex.MINORITY_BENCH,
    examples=(
        "Critics said",
        "the union",
        "The Nurses' Association welcomed the plan",
        "The Minority spokesperson on Health",
    ),
    counter=("the European Union",),
)
_SPEECH = rule(
    "headcount.cue.speech",
    "a verb of speaking or wanting",
    r"\b(?:said|says|say|argued|argues|claimed|claims|warned|warns|accused|want|wants|representing)\b",
    examples=("said", "wants"),
    counter=("recruit",),
)
# A mine, plant or private project employing people: jobs in the economy.
_ECONOMY_EMPLOYER = rule(
    "headcount.cue.economy-employer",
    "a mine, plant or private project employing people: jobs in the economy",
    r"\b(?i:the|a|an|this)\s+(?:\w+\s+)?(?:mine|plant|refinery|smelter|factory|gigafactory|project"
    r"|development"
    r"|site|investment|data\s+cent(?:re|er)|operator|developer|port|terminal|resort)\s+(?:will|would"
    r"|could|is\s+expected\s+to"
    r"|is\s+set\s+to)\s+(?:\w+\s+)?(?:employ|create|support|bring|generate|sustain)"
    # ("the investment will support the recruitment of 250 teachers": public hiring it pays for)
    r"(?!\s+the\s+(?:recruitment|hiring|employment|training)\b)",
    examples=("The new plant will employ", "the data centre is expected to create"),
    counter=("The council will employ", "The investment will support the recruitment of"),
)
# Posts placed in a public body are that body's, whoever "creates" them: "the
# funding will create 20 caseworker posts in the county's youth teams".
_POSTS_IN_PUBLIC_BODY = rule(
    "headcount.cue.posts-in-public-body",
    "posts placed in a public body are public posts, even when an investment 'creates' them",
    r"\b(?:posts|roles|positions|vacancies)\s+(?:in|at|within|across|for)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"{lex.alternation(lex.PUBLIC_EMPLOYERS, plural=True)}(?:['’]s?)?\b",
    flags=re.IGNORECASE,
    examples=("40 new caseworker posts in the county's youth teams", "posts within the health service"),
    counter=("500 jobs at the new plant", "posts on social media"),
)
# Staff hired by a company are jobs in the economy, not a public pledge.
PRIVATE_SECTOR = rule(
    "headcount.cue.private-sector",
    "a company is the subject (shared by units and headcount)",
    r"\b(?:Ltd|plc|PLC|Inc|LLC|GmbH|factory|gigafactory)\b|\b(?i:the\s+"
    # "the technology company", but not "the new publicly owned company" or "the state company"
    r"(?:(?!(?:new|public|publicly|state|state-owned|government|government-owned|crown|national|municipal"
    r"|council|council-owned)\b)[\w-]+\s+)?(?:company|firm|manufacturer|retailer))\b"
    # a sentence whose subject is the private side: "Private hospital owners said they plan to hire"
    r"|^\W*(?i:the\s+)?(?i:private)\s+(?:[\w-]+\s+){0,2}?(?i:owners|operators|providers|employers|firms"
    r"|companies|sector|hospitals|clinics|schools|insurers)\b",
    examples=(
        "Harbourside Ltd",
        "the company will",
        "the software company said its lab would employ",
        "Private hospital owners said they plan to hire",
    ),
    counter=("the council will", "the state-owned company will hire", "the new company will hire"),
)
_PAST_TIME = rule(
    "headcount.cue.past-time",
    "a time before the announcement",
    r"\b(?:last\s+(?:year|summer|spring|autumn|winter|month|week)|previously|in\s+the\s+past"
    r"|earlier\s+this\s+(?:year|month|week|spring|summer|autumn|winter)"
    r"|so\s+far|to\s+date"
    r"|since\s+(?:(?:fiscal|financial|calendar)\s+year\s+|FY\s*)?(?:19|20)\d\d"
    # a past event's worst moment, told in the past tense: "At the height of the emergency, 2,600
    # firefighters were deployed" (not "at the peak of the season 200 lifeguards will be on duty")
    r"|at\s+the\s+(?:height|peak)\s+of\b(?=[^.;]*\b(?:were|was|had)\b))\b",
    flags=re.IGNORECASE,
    examples=(
        "last year",
        "so far",
        "since 2019",
        "since fiscal year 2004",
        "earlier this year",
        "At the height of the floods, 900 soldiers were deployed",
    ),
    counter=("next year", "At the peak of the season, 200 lifeguards will be on duty"),
)
_PLEDGE_WORD = rule(
    "headcount.cue.pledge-word",
    "a pledge, promise, target, hiring verb or an earlier announcement restated (a commitment, not a fact)",
    r"\b(?:pledge|promise|target|commit|goal|to\s+recruit|to\s+hire|announc|roll-?out|phase|tranche)",
    flags=re.I,
    examples=("the pledge", "to recruit"),
    counter=("recruited",),
)
_YEAR = rule(
    "headcount.cue.year",
    "a year named 'in' or 'during'",
    # ("During the 2023 floods": an event of that year)
    r"\b(?:[Ii]n|[Dd]uring)\s+(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?:year\s+)?((?:19|20)\d\d)\b"
    r"(?![-–/]\d)",
    examples=("in 2019", "In fiscal year 2025", "During the 2023 river floods"),
    counter=("by 2030", "in 2025-26"),
)
# "promised 15,000 Gardaí by 2021": a target whose date has passed is an old promise, whatever
# verb of promising states it.
_PAST_DEADLINE = rule(
    "headcount.cue.past-deadline",
    "a target year (compared with the publication year: a past one is an old promise)",
    r"\bby\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b(?![-–/]\d)",
    examples=("by 2021", "by the end of 2019"),
    counter=("by 2025-26",),
)

# Context just before the figure that makes it a baseline or someone else's.
_LEFT_REJECT = rule(
    "headcount.cue.baseline-before",
    "the words before the figure make it a baseline, a loss or someone else's demand",
    # ("Facing 96 vacancies at the county jail": what a body lacks now)
    # ("adding to its current 110 employees": the size now, after its owner)
    r"(?:\b(?:currently|already|existing|(?:its|their|our)\s+(?:current|present)|there\s+(?:are|were)(?:\s+now)?"
    r"|now\s+has|now\s+have|employs|all|at\s+present"
    r"|facing|faces|faced"
    # what a place holds or a force numbers now: "capacity for 120 staff", "a sanctioned strength of"
    r"|capacity\s+(?:for|of)|(?<!will have a )strength\s+of|target\s+was"
    # others' demands that the body hire: "has urged Congress to fund at least 5,000 new officers"
    r"|\burg\w*\s+(?:[\w.-]+\s+){1,3}?to\s+(?:fund|hire|recruit|employ|deploy|add|pay\s+for)"
    # the contractors a body uses now: "The directorate already works with around 300 interpreters"
    r"|(?<!will\s)\b(?:works|worked|working)\s+with"
    # a present size: "the workforce currently stands at around 11,300 firefighters", "numbers now at"
    r"|(?:stands|stood)\s+at|\bnow\s+at"
    # what a service is made of now: "The Administrative Service comprises about 300 officers"
    r"|comprises|comprised|consists\s+of|(?:is|are)\s+made\s+up\s+of"
    # the staff a service leans on now: "rely on 95 agency nurses to fill gaps", "relies on about 100,000"
    r"|(?<!will\s)\brel(?:y|ies|ying|ied)\s+on"
    # the body a person will lead, by its size now: "to lead an organization of 2,400 employees"
    r"|\b(?:lead|leads|leading|run|runs|running|manage|manages|managing|head|heads|heading|oversee|oversees"
    # ("She will head an authority with around 1,300 employees")
    r"|overseeing)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:organi[sz]ation|department|agency|service|force"
    r"|workforce|authority|council|team)\s+(?:of|with(?:\s+(?:around|about|some|more\s+than|over|nearly"
    r"|almost|roughly))?)"
    # "a workforce of about 3,100 employees", "Santé Québec's workforce numbers some 330,000": its size now
    r"|(?<!grow\s)(?<!expand\s)(?<!increase\s)\bworkforce\s+(?:of|numbers|totals|totalling|totaling|is)"
    # a target missed by a number: "would miss its target by more than 200 officers"
    r"|\bmiss(?:es|ed|ing)?\s+(?:its|the|their|a|our)\s+(?:[\w-]+\s+){0,2}?(?:target|pledge|goal|promise)\s+by"
    # a force's authorised size: "has an approved establishment of 7,950 officers"
    r"|(?:ha(?:s|ve)\s+an?\s+(?:[\w-]+\s+)?|(?:current|existing|full|approved|authori[sz]ed|sanctioned)\s+)"
    r"establishment\s+of"
    # the pay of staff in post: "the honorarium for around 4,000 guest lecturers"
    r"|honorari(?:um|a)\s+(?:of|for)"
    # ("taking the number of government jobs given since March 2022 to": a running total of hiring done)
    r"|\bsince\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+to"
    r"|had\s+(?:\w+ly\s+)?\w+ed"
    r"|from(?:\s+around|\s+about)?|hired|recruited|lost|loses|losing|cut|cutting|shed|axed?|only"
    # posts a plan would do away with: "claimed the plan would cost 400 council jobs"
    r"|(?:would|will|could|might|may)\s+(?:also\s+)?cost|costing"
    # a class that has passed out: "The academy graduated just 420 recruits last year"
    r"|(?<!will\s)(?<!to\s)graduated|passed\s+out"
    # ("at the passing-out parade of 4 200 constables", "the graduation of 300 recruits")
    r"|passing[- ]out\s+(?:parade|ceremony)\s+(?:of|for)|graduation\s+(?:ceremony\s+|parade\s+)?(?:of|for)"
    # what a sector or the economy will need, a forecast: "projects that the sector will need 110,000"
    r"|\b(?:sector|sectors|industry|economy|country|nation|profession)\s+(?:will|would)\s+need"
    # a forecast of need: "Austria will need an estimated 76,000 additional care workers by 2030"
    r"|\bneed\s+an\s+estimated"
    # statistics and other people's demands: "reported 900 vacancies", "needs 2,000 more"
    r"|reported|recorded|representing|represents|(?<!will\s)needs?(?!\s+to\b)|needed"
    r"|wants?(?!\s+to\b)|wanted|should|calls?\s+for|(?<!is\s)(?<!are\s)(?<!was\s)(?<!been\s)requested"
    r"|applied\s+for|sought"
    r"|called\s+for|demand\w*|urg\w*|(?:survey|poll)\s+of"
    # a gap estimated: "a shortfall it estimates at 11,000 psychologists", "the national shortage at"
    r"|(?:shortfall|shortage|gap|deficit)\s+(?:[\w-]+\s+){0,3}?(?:of|at)"
    # a gap and a stand-in: "was short of around 200 radiologists", "free up the equivalent of 90"
    # (time freed up is not staff hired; "recruit the equivalent of 600 teachers" is)
    r"|short\s+of|(?:is|are|was|were|remains?|runs?|running)\s+short"
    # past hiring and posts not filled: "which led to the hiring of about 3,700 teachers", "whose office
    # received funding for three deputies", "has struggled to fill around 9,000 vacancies"
    r"|led\s+to\s+the\s+(?:hiring|recruitment|employment)\s+of|received\s+(?:[\w-]+\s+){0,2}?(?:funding|money|grants?)\s+for"
    r"|struggl(?:ed|es|ing)\s+to\s+(?:fill|recruit|hire)"
    r"|(?:free|frees|freeing|freed|release|releases|releasing)\s+up\s+the\s+equivalent\s+of"
    # what was funded or is only sought: "which funded 183 new posts", "would seek funding for 20 inspectors"
    r"|(?<!will\s)(?<!be\s)(?<!been\s)(?<!to\s)funded|(?:seek|seeks|seeking)\s+(?:funding\s+|money\s+)?for"
    # (two past verbs: "has already trained and deployed 8,800 wardens")
    r"|delivered|filled)\s+(?:(?!(?:and|or)\b)\w+\s+){0,2}(?:(?:and|or)\s+\w+ed\s+)?"
    # what a place can hold or train, not a pledge: "The Police Academy can train up to 1,400 recruits a year"
    r"|\b(?:can|could)\s+(?:train|hold|house|accommodate|seat|take|cater\s+for)\s+(?:(?:about|around|some"
    r"|roughly|up\s+to|nearly|more\s+than|over)\s+)?"
    # a body's habit, not a pledge: "typically hires about 900 seasonal firefighters each year"
    r"|\b(?:typically|usually|normally|routinely|traditionally|generally)\s+(?:hires?|recruits?|employs?"
    r"|takes\s+on|trains?|deploys?|brings\s+on)\s+(?:(?:about|around|some|roughly|up\s+to|nearly)\s+)?"
    # a recruitment others demand: "have demanded the recruitment of at least 6,000 more doctors"
    r"|\b(?:demand\w*|call(?:s|ed)?\s+for|urg\w*)\s+(?:the\s+)?(?:recruitment|hiring|employment|appointment)"
    r"\s+of\s+(?:(?:at\s+least|an?\s+(?:extra|additional|further)|another)\s+)?"
    # a workforce that grew or fell: "has grown to 45,000 staff", "fell from 144,000 to"
    r"|\b(?:fell|fallen|dropped|declined|rose|risen|grew|grown)\b[^.;]{0,30}"
    # a pledge already kept: "met its pledge to recruit 20,000 officers"
    r"|\b(?:met|delivered|achieved|exceeded|fulfilled|kept|hit|reached|missed|completed|honoured|honored)"
    r"\s+(?:on\s+)?(?:its|the|their|a"
    r"|our|his|her)\s+"
    r"(?:\w+\s+){0,2}?(?:pledge|target|promise|commitment|goal|aim)\s+(?:to\s+\w+\s+)?(?:\w+\s+){0,2}"
    # the present workforce: "the trusts together employ 70,000 staff"
    r"|(?<!will\s)(?<!to\s)(?<!would\s)(?<!will\salso\s)(?<!would\salso\s)(?<!will\sthen\s)"
    r"(?<!will\snow\s)(?<!will\sdirectly\s)\bemploy\s+(?:\w+\s+){0,2}"
    r"|(?<!top\s)\bof\s+the\s+"
    # money that keeps posts already there: "to fund the 500 PCSOs whose posts ...", "retain the 40 wardens"
    r"|\b(?:fund|funding|pay\s+for|paying\s+for|sustain|sustaining|maintain|maintaining|retain|retaining"
    r"|keep|keeping)\s+the\s+"
    # a body described by its present size: "The Metropolitan Police, with more than 33,000 officers,"
    r"|,\s*with\s+(?:more\s+than|over|around|about|some|nearly|almost|roughly|approximately|fewer\s+than"
    r"|under|just\s+(?:over|under))\s+"
    # a size without the comma: "agencies with fewer than 25 sworn officers"
    r"|\bwith\s+(?:fewer|less)\s+than\s+"
    # a counterfactual (a defeated amendment, a rival budget): "would have funded 40 wardens"
    # (the verb may be the second of the clause: "would have frozen council tax and funded 40 wardens")
    r"|\bwould\s+have\s+(?:[^.;]{0,60}?\s)?\w+ed\s+(?:(?:around|about|some|up\s+to|an?\s+extra)\s+)?"
    # a ratio, not a count: "one in eight officer posts was vacant"
    r"|\b(?:one|two|three|four|five|\d{1,3})\s+(?:in|out\s+of)\s+"
    # someone's estimate of a need or of jobs: "Brasscom estimates that Brazil will need 530,000 new
    # professionals", "estimated that the project alone would employ 3,000 workers at its peak"
    # (not "projects", a noun as often: "water projects and will employ 60 specialists")
    r"|\b(?:estimates?|estimated|forecasts?|predicts?|predicted)\s+(?:that\s+)?[^.;]{0,80}?"
    r"\b(?:will|would|could)\s+(?:need|employ|create|support|sustain)\s+(?:(?:about|around|some|up\s+to|more\s+than"
    r"|over|nearly|at\s+least|an?\s+(?:extra|additional|further))\s+)?"
    # what someone hopes to hire: "said they hoped the pay lift would allow them to recruit about 120"
    r"|\bhop(?:e|es|ed|ing)\b[^.;]{0,80}?\b(?:recruit|hire|employ|take\s+on)\s+(?:(?:about|around|some|up\s+to"
    r"|more\s+than|another|an?\s+(?:extra|additional|further))\s+)?)$",
    flags=re.IGNORECASE,
    window="before",
    examples=(
        "The city force, with more than |",
        "She is the right person to lead an organization of |",
        "there are currently |",
        "The service has grown to |",
        "unions called for |",
        "of the |",
        "The last government met its pledge to recruit |",
        "In 2023, the province completed its commitment to hire |",
        "The trusts together employ more than |",
        "a hiring round earlier this year that filled |",
        "The grant continues to fund the |",
        "The region is short of around |",
        "the extra staff would barely dent a shortfall it estimates at |",
        "The board estimates the national shortage at |",
        "freeing up the equivalent of |",
        "services for councils with fewer than |",
        "The police service has an approved establishment of |",
        "The academy graduated just |",
        "The wildland firefighting workforce currently stands at around |",
        "a rival budget that would have funded |",
        "an amendment that would have cut fares and funded |",
        "The division typically hires about |",
        "The union said one in |",
        "An industry body estimates that the country will need |",
        "claimed the plan would cost |",
        "The Police Academy can train up to |",
        "The unit will take on 45 staff, adding to its current |",
        "A study found the country will need an estimated |",
    ),
    counter=(
        "will recruit |",
        "on top of the |",
        "The trust will employ |",
        "The board will also employ |",
        "plans to hire 80 nurses from overseas and |",
        "The grant will fund |",
        "a budget that will fund |",
        "will recruit the equivalent of |",
        "Cabinet approved the establishment of |",
    ),
)
# People paid, helped or given something are beneficiaries: "pay 500 carers an allowance".
_BENEFICIARY_VERB = rule(
    "headcount.cue.beneficiary",
    "people paid, helped or given something are beneficiaries",
    r"\b(?:pay|pays|paying|help|helps|helping|give|gives|giving|offer|offers|offering|award|awards|awarding"
    # ("a target of certifying 100,000 workers under the skills passport": people a scheme certifies)
    r"|compensate|reward|benefit|benefits|benefiting|benefitting|certify|certifies|certifying)\s+"
    r"(?:(?:up\s+to|around|about|some|more\s+than|over"
    r"|nearly)\s+)?$",
    flags=re.IGNORECASE,
    window="before",
    examples=("will pay |", "helping around |"),
    counter=("will hire |",),
)
# "a bigger academy, enabling it to take up to 900 cadets a year": the size of a facility.
_CAPACITY = rule(
    "headcount.cue.capacity",
    "a facility's capacity to train or take people, not staff hired",
    r"\b(?:allow\w*|enabl\w*|letting|capacity|able|room|space|places)\s+(?:(?:it|them|us|the\s+[\w-]+)\s+)?"
    r"(?:to|for)\s+(?:train|take|teach|accommodate|house|seat|graduate)\s+"
    r"(?:(?:up\s+to|around|about|some|more\s+than|over|nearly)\s+)?$",
    flags=re.IGNORECASE,
    window="before",
    examples=(
        "enabling the academy to take up to |",
        "with capacity to train |",
        "allowing it to graduate up to |",
    ),
    counter=("will train |", "to recruit and train |"),
)
# "Each of the 12 teams will include five officers": a figure per unit, not a total.
_PER_UNIT = rule(
    "headcount.cue.per-unit",
    "a figure per unit ('each of the 12 teams will include')",
    # ("Every district hospital will get at least 40 additional nurses")
    r"\b(?:each|every)\b[^.;,]{0,50}$|\bper\s+$",
    flags=re.IGNORECASE,
    window="before",
    examples=("Each of the 12 teams will include |", "a rate below 1.0 per |"),
    counter=("The service will include |",),
)
# "up to 80 recruits per wing", "four firefighters per engine": a figure for each part, not a total.
_PER_UNIT_AFTER = rule(
    "headcount.cue.per-unit-after",
    "a figure for each part, written after the staff ('80 recruits per wing')",
    r"\s+(?:per|for\s+each|for\s+every|in\s+each|on\s+each)\s+(?:wing|class|intake|cohort|team|station|shift|ward"
    r"|school|unit|squad|district|engine|appliance|ambulance|vehicle|crew|platoon|course|site|region|hospital)\b",
    flags=re.IGNORECASE,
    window="after",
    mode="match",
    examples=("80 recruits| per wing", "four firefighters| on each engine"),
    counter=("500 officers| per year", "40 paramedics| by 2027"),
)
_POSSESSIVE_LEFT = rule(
    "headcount.cue.possessive",
    "the figure belongs to a body ('the agency's 3,000')",
    # ("the department's remaining 300 officers": those it has now)
    r"\w['’]s?\s+(?:(?:remaining|existing|current|present|serving)\s+)?(?:(?:around|about|some|nearly|almost|over)\s+)?$",
    window="before",
    examples=("the agency's |", "the agency's around |", "the department's remaining |"),
    counter=("the agency will hire |",),
)
_NEW_IN = rule(
    "headcount.cue.new",
    "new, extra, additional, more, further",
    r"\b(?:new|extra|additional|more|further)\b",
    flags=re.IGNORECASE,
    examples=("300 new staff",),
    counter=("300 staff",),
)
# "will employ 35 people", "recruit around 120 people": people are staff when hired.
HIRE_PEOPLE = rule(
    "headcount.cue.hire-people",
    "people are staff when hired: 'will employ 35 people'",
    r"\b(?:hire|hires|hiring|recruit|recruits|recruiting|employ|employs|employing|take\s+on|taking\s+on)\s+"
    r"(?:(?:up\s+to|around|about|some|more\s+than|over|nearly|an?\s+(?:extra|additional|further))\s+)?$",
    flags=re.IGNORECASE,
    window="before",
    examples=("will employ |", "recruit around |"),
    counter=("will help |",),
)
# ... and only when a public body is the one hiring: "Amazon will hire 1,000 people" is the economy.
PUBLIC_EMPLOYER = rule(
    "headcount.cue.public-employer",
    "a public body as the hirer",
    r"\b(?:government|department|ministry|council|agency|office|authority|service|unit|taskforce"
    r"|team|commission"
    r"|board|trust|NHS|state|province|federal|city|county|municipality|we)\b",
    flags=re.IGNORECASE,
    examples=("the council will", "The department"),
    counter=("the shop",),
)
_HAS_BEFORE = rule(
    "headcount.cue.has",
    "'has N officers': a current strength",
    r"\b(?:has|have|had)\s+(?:(?:around|about|some|over|nearly|almost|more\s+than|just\s+(?:over|under)|roughly"
    r"|approximately|fewer\s+than|only)\s+)?$",
    flags=re.I,
    window="before",
    examples=("The force has |", "The force has around |", "Police currently have just over |"),
    counter=("The force will hire |",),
)
_WILL_HAVE = rule(
    "headcount.cue.will-have",
    "'will have N': a target",
    r"\b(?:will|would|to|should)\s+(?:\w+\s+)?have\s+\S*\s*\S*$",
    flags=re.I,
    window="before",
    examples=("The force will have |",),
    counter=("The force has |",),
)
# A staff figure in a sentence with none of these words is a statistic
# ("20 officers attended the scene"), not a pledge.
PLEDGE_CONTEXT = frozenset(
    "recruit recruits recruited recruiting recruitment hire hires hiring train trains training "
    "deploy deploys deployed deploying deployment fund funds funded funding pay paid employ "
    "additional extra more new further boost increase increased increasing double doubling target "
    "pledge pledged promise promised commit committed commitment will would to be being strong team "
    "taskforce corps posts roles jobs send sending sent dispatch dispatched landed arrive arrived "
    "arriving bring bringing put putting provide providing plan plans aim goal numbers number rise "
    "grow expand staffed seconded assign assigning redeploy redeploying "
    # a budget that adds staff ("approved a budget that adds 45 classroom teachers")
    "add adds adding".split()
)
# Context just after the figure: already in post, past events, trainees.
_RIGHT_REJECT = rule(
    "headcount.cue.done-after",
    "the words after the figure say the staff are in post, left or the event is past",
    # headline participle: already done ("employed by X" only says who the employer is)
    r"^\s*(?:recruited|hired|employed(?!\s+(?:by|at|in|within|through)\b)|taken\s+on)\b"
    # a past selection: "28,900 constables were selected and are undergoing training"
    r"|^[^.;:]{0,30}?\b(?:were|was)\s+(?:selected|inducted)\b"
    # staff moved from another body, not hired: "About 60 employees will move across from the X Agency"
    r"|^[^.;:]{0,30}?\b(?:will|are\s+to|are\s+(?:expected|due|set)\s+to|would)\s+(?:move|transfer)\s+"
    r"(?:across\s+|over\s+)?from\b"
    # a past event: "Four soldiers graduated", "Three officers were among the first"
    # (not a thing's passive: "once the first phase is completed" is a time to come)
    r"|^[^.;:]{0,40}?(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bbeen)\s"
    r"(?:graduated|attended|completed|competed|received|won|were\s+among|took\s+part)\b"
    # a class of recruits passing out: "A wing of 82 recruits graduates from the Police College tomorrow"
    r"|^\s*(?:(?:recruits|cadets|trainees|constables|officers)\s+)?(?:graduates?|pass(?:es)?\s+out)\s+"
    r"(?:from|at|tomorrow|today|this|next|on)\b"
    r"|^[^.;:]{0,30}?\b(?:have|has|had)\s+(?:already\s+)?(?:joined|started|qualified|graduated|not|taken\s+part"
    r"|participated)\b"
    r"|^[^.;:]{0,40}?\b(?:have|has|had)\s+(?:(?:now|all|already|since)\s+)*been\s+(?:fully\s+)?(?:recruited|hired|employed"
    r"|trained|added|sworn\s+in"
    r"|delivered|appointed|taken\s+on)\b"
    # students of a course: "2,300 trainee teachers started courses this autumn"
    r"|^[^.;:]{0,30}?\b(?:started|began|enrolled\s+(?:on|in)|joined|completed)\s+(?:their\s+|the\s+)?"
    r"(?:courses?|training|studies|programmes?|degrees?)\b"
    # people who are paid a sum, not hired: "The 281 senior researchers will share €721 million"
    r"|^\s+(?:will|would|are\s+to)\s+(?:share|(?:each\s+)?(?:receive|get)\s+(?:grants?\b|awards?\b"
    r"|funding\b|[£$€₹]))"
    # staff who move across, and posts left empty: "whose 22 employees will transfer to it", "left 2,500
    # approved posts unfilled"
    r"|^[^.;:]{0,30}?\b(?:will|would|are\s+to)\s+(?:transfer|move)\s+(?:across\s+|over\s+)?(?:to|into)\b"
    r"|^\s*(?:unfilled|vacant)\b"
    # ("two vacancies in the cleansing team have been unfilled since the summer")
    r"|^[^.;:]{0,50}?\b(?:have|has|had)\s+(?:been|remained|stayed|gone)\s+(?:unfilled|vacant|empty)\b"
    # someone's alternative to the plan: "He wants the district to hire 25 psychologists instead"
    r"|^[^.;:]{0,60}?\binstead(?!\s+of\b)"
    # a proposal voted down: "A motion to add ten more officers was defeated"
    r"|^[^.;:]{0,30}?\b(?:was|were|has\s+been|had\s+been)\s+(?:narrowly\s+|heavily\s+)?(?:defeated|rejected"
    r"|voted\s+down|withdrawn)\b"
    # posts to go, or put at risk: "Around 300 roles will be disestablished", "1,800 vacancies that had been
    # advertised will be withdrawn", "would put 10,000 jobs at risk", "1,150 roles, down from 1,450"
    r"|^[^.;:]{0,60}?\b(?:will|would|are\s+to|is\s+to|could|may|might|to)\s+be\s+(?:\w+ly\s+)?(?:cut|axed|lost|shed"
    r"|abolished|disestablished|withdrawn|scrapped|eliminated|deleted|removed|frozen|left\s+unfilled)\b"
    r"|^\s+(?:at\s+risk|under\s+threat)\b|^[^.;:]{0,20}?,\s+down\s+from\b"
    # posts lost: "600 teaching jobs have gone since the election"
    r"|^[^.;:]{0,20}?\b(?:have|has|had)\s+(?:now\s+)?(?:gone|been\s+(?:lost|cut|axed))\b"
    # someone else's figure of need: "2,500 more nurses were needed"
    r"|^[^.;:]{0,30}?\b(?:is|are|was|were|would\s+be|will\s+be)\s+(?:still\s+|urgently\s+)?(?:needed|required)\b"
    # posts empty now, people serving now, people who leave: "600 posts remain vacant",
    # "10,500 officers are now serving", "2,400 nurses leave the service every year", "200 to resignation"
    r"|^[^.;:]{0,30}?\b(?:remain|remains|remained|are|were|lie|stand)\s+(?:still\s+)?(?:lying\s+|standing\s+)?"
    r"(?:vacant|unfilled|empty)\b"
    r"|^[^.;:]{0,30}?\b(?:are|is)\s+(?:now\s+|currently\s+)?(?:serving|seconded)\b"
    # people already at work on an event: "200 firefighters were involved in rescues", "300
    # international firefighters have arrived"
    r"|^[^.;:]{0,60}?\b(?:were|was)\s+(?:involved|engaged)\s+in\b"
    r"|^[^.;:]{0,60}?\b(?:have|has|had)\s+(?:already\s+)?arrived\b"
    # staff already moved into a new building: "390 call handlers have already moved into the centre"
    r"|^[^.;:]{0,60}?\b(?:have|has|had)\s+already\s+(?:moved|relocated)\s+(?:in|into|to)\b"
    # people at work now: "50,000 postdocs in Germany work on fixed-term contracts" (not "to work in")
    # (the verb right after the staff, a place between: "the first 700 will start work in")
    r"|^(?:\s+(?:in|across)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:currently\s+|now\s+|still\s+)?"
    r"(?:work|serve)\s+(?:on|in|at|for|across|as|part-time|full-time)\b"
    r"|^[^.;:]{0,30}?\b(?:leave|leaves|retire|retires|resign|resigns|resigned|(?:have|has|had)\s+retired)\b"
    # a team whose work is over: "a rescue team of 72 specialists returned home yesterday"
    r"|^[^.;:]{0,30}?\b(?:returned|flew|came|went)\s+home\b"
    # a class that has passed out: "About 2,100 recruits passed out from the college in December 2023"
    r"|^[^.;:]{0,10}?\bpassed\s+out\b"
    # ("About 3,000 nurses are also estimated to have migrated": people who left)
    r"|^[^.;:]{0,40}?\b(?:migrated|emigrated|left\s+the\s+(?:country|service|profession))\b"
    # "3,800 vacancies remain for English teachers" (not "remain to be filled")
    # offices counted, not staff: "grants to 38 county sheriffs' offices"; a shortfall: "90 crew short"
    r"|^['’]s?\s+(?:offices|departments|stations|agencies|associations|unions|units)\b|^\s+short\b"
    r"|^\s*(?:still\s+)?(?:remain|remains|remained)\b(?!\s+(?:to\s+be|open|on\s+(?:track|course|schedule)))"
    r"|^\s*to\s+(?:retirement|resignation|attrition|sickness|other\s+(?:forces|services|countries))\b"
    r"|^[^.;:]{0,30}?\b(?:would|will|could|may|might)\s+(?:lose|be\s+left\s+without)\b"
    # people helped, not hired: "retrain about 700 workers expected to lose their jobs"
    r"|^[^.;:]{0,30}?\b(?:expected|set|due|likely)\s+to\s+(?:lose\s+their\s+jobs|be\s+(?:laid\s+off|made\s+redundant))\b"
    r"|^[^.;:]{0,30}?\b(?:who|that)\s+(?:have\s+|had\s+)?lost\s+their\s+jobs\b"
    r"|^[^.;:]{0,30}?\b(?:would|will|could|may|might)\s+be\s+(?:affected|impacted|transferred"
    r"|relocated|made\s+redundant)\b"
    # staff moving over from a body that exists: "70 staff transferring from the Department",
    # "30 staff when it opens, most of whom will transfer from", "90 staff will transfer across"
    r"|^[^.;:]{0,50}?\b(?:transferring|(?:will|to|would)\s+(?:all\s+)?transfer|transferred)\s+"
    r"(?:(?:in\s+|over\s+|across\s+)?from|across|over|in)\b"
    r"|^\s*(?:who|that)\s+(?:have\s+|has\s+|had\s+)?(?:already\s+)?(?:graduated|joined|qualified|left|retired"
    # (not who they are: "400 peer support specialists who are Veterans themselves")
    r"|were|was|are(?!\s+(?-i:[A-Z])\w*\s+themselves\b)|work|worked)\b"
    # in post now: "33,400 nursing officers are at present attached to", "62,000 posts are filled",
    # "1,890 medical officers in position against"
    r"|^[^.;:]{0,25}?\b(?:at\s+present|presently)\b(?!\s+being\s+(?:recruited|hired|trained|deployed))"
    r"|^[^.;:]{0,30}?\b(?:are|is|were|was)\s+(?:already\s+)?(?:filled|occupied)\b"
    # posts kept, not added: "2,000 teaching posts will be maintained in primary schools"
    r"|^[^.;:]{0,20}?\b(?:will|would|are\s+to|is\s+to)\s+be\s+(?:maintained|kept|retained|preserved|protected)\b"
    r"|^[^.;:]{0,20}?(?<!be\s)\bin\s+position\b"
    r"|^[^.;:]{0,25}?\b(?:already(?!\s+being\s+(?:recruited|hired|trained|deployed))|currently(?!\s+being\s+"
    r"(?:recruited|hired|trained|deployed))|now\s+in|now\s+working|now\s+employed|went|left|quit|lost|redundant"
    r"|for\s+training|injured|killed|died|arrested|in\s+total\s+work"
    r"|(?:were|was|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:recruited|hired|employed|taken\s+on"
    r"|in\s+post|working"
    r"|injured|killed|arrested|lost|cut|made|trained|redeployed\s+from))\b",
    flags=re.IGNORECASE,
    # Each branch above needs one of these words (most often its verb or the state it
    # names: "vacant", "retire", "arrived"); most windows after a figure hold none, which one
    # needle scan tells before some thirty lazy prefixes try every word of the window.
    needles=(
        *("recruited", "hired", "employed", "taken", "move", "transfer", "graduated", "attended"),
        *("graduate", "pass"),
        *("completed", "competed", "received", "won", "were", "took", "joined", "started"),
        *("qualified", "not", "participated", "been", "course", "training", "studies", "programme"),
        *("degree", "share", "receive", "get", "unfilled", "vacant", "empty", "defeated", "rejected"),
        *("voted", "withdrawn", "gone", "needed", "required", "serving", "seconded", "involved"),
        *("engaged", "arrived", "work", "serve", "leave", "retire", "resign", "migrated", "left"),
        *("offices", "departments", "stations", "agencies", "associations", "unions", "units"),
        *("short", "remain", "retirement", "resignation", "attrition", "sickness", "other", "lose"),
        *("laid", "lost", "affected", "impacted", "relocated", "redundant", "who", "that", "already"),
        *("currently", "now", "went", "quit", "injured", "killed", "died", "arrested", "total", "was"),
        "instead",
        "home",
        "passed",
        *("cut", "axed", "shed", "abolished", "disestablished", "scrapped", "eliminated", "deleted"),
        *("removed", "frozen", "risk", "threat", "down", "present", "presently", "filled", "occupied"),
        *("maintained", "kept", "retained", "preserved", "protected"),
        "position",
    ),
    window="after",
    examples=(
        "400 officers| have already joined",
        "25 school psychologists| instead.",
        "About 3,000 nurses| are estimated to have migrated",
        "The 120 researchers| will share €300 million",
        "around 70 staff| transferring from the Department of Home Affairs",
        "around 30 staff| when it opens, most of whom will transfer from the Department",
        "20 officers| attended the scene",
        "30 nurses| who have qualified",
        "some 600 nursing posts| remain vacant across the region",
        "About 60 employees| will move across from the Danish Agricultural Agency",
        "about 5,600 teaching posts| were lying vacant as of April",
        "more than 9,000 officers| are now serving",
        "More than 200 firefighters| from the Fire and Rescue Service were involved in rescues",
        "Over 300 international firefighters| from Mexico have arrived in the province",
        "around 50,000 postdocs| in Germany work on fixed-term contracts",
        "More than 400 teachers| in the county work part-time",
        "around 1,000 teachers| leave the profession each year",
        "another 200| to resignation",
        "820 nurses| have resigned over two years",
        "an estimated 3,800 vacancies| remain for English",
        "The 64 officers| now employed in the division",
        "38 county sheriffs|' offices to help them recruit deputies",
        "the operator was 90 crew| short",
        "Around 300 roles| will be disestablished",
        "About 1,800 vacancies| that had been advertised will be withdrawn",
        "would put 10,000 public service jobs| at risk",
        "will have about 1,150 roles|, down from the 1,450 staff",
    ),
    counter=(
        "400 officers| will join",
        "120 more officers| to work in schools",
        "80 nurses| who will work across the region",
        "the first 700 doctors| under the plan will start work in November",
        "800 agents| already being recruited this year",
        "60 outreach officers| employed by local councils",
        "600 nursing posts| to fill the vacant wards",
        "900 officers| will serve in rural areas",
        "420 clinical and research staff| once the first phase is completed in 2026",
        "300 vacancies| remain to be filled by the new intake",
        "35 newly recruited officers|, many of them retired Navy personnel",
        "500 additional frontline officers| remained on track",
    ),
)
# People who come to be trained are trainees of a programme, not staff hired.
_TRAINEES = rule(
    "headcount.cue.trainees",
    "people who come to be trained are trainees, not staff hired",
    # (not a staff intake that "will begin training": trainee officers hired into paid posts are staff)
    r"^[^.;:]{0,70}?\b(?:for|to\s+receive|to\s+undergo|entered|(?<!will\s)enter|began|(?<!will\s)begin|started"
    r"|(?<!will\s)start)\s+training\b",
    flags=re.IGNORECASE,
    # every match ends with "training": most windows lack it, which one needle scan tells
    # before the lazy prefix tries the verbs at each of up to 70 places
    needles=("training",),
    window="after",
    examples=("200 recruits| began training in May",),
    counter=("200 recruits| will be hired", "80 career firefighters| will begin training in August"),
)
# A vague "more teachers" is an aim, not a pledge, when hedged or merely hoped for.
_VAGUE_HEDGE = rule(
    "headcount.cue.vague-hedge",
    "a vague 'more teachers' that is only hoped for",
    r"\b(?:could|might|may|would|attract\w*|encourag\w*|bid\s+to|incentiv\w*|entic\w*|hop(?:e|es"
    r"|ing)\s+to|wants?\s+to)\b",
    flags=re.IGNORECASE,
    examples=("hopes to attract", "could bring"),
    counter=("will recruit",),
)
VAGUE_COMMIT = rule(
    "headcount.cue.vague-commit",
    "a vague quantity as the object of hiring or deploying",
    r"\b(?:recruit\w*|hir(?:e|es|ing)|deploy\w*|train(?:s|ing)?|see|fund\w*|pay\s+for|put|bring|employ\w*"
    r"|provid\w*|send\w*|get|getting|(?:will|to)\s+be)\s+(?:\w+\s+){0,2}$",
    flags=re.IGNORECASE,
    window="before",
    examples=("will recruit |", "to be |"),
    counter=("will thank |",),
)
_ECONOMY = rule(
    "headcount.cue.economy",
    "words of the wider economy",
    r"\b(?:creat\w*|support\w*|protect\w*|safeguard\w*|sustain\w*|economy|economic|industry|private"
    r"|local\s+jobs"
    r"|unlock\w*|boost\w*)\b",
    flags=re.IGNORECASE,
    examples=("create", "the economy"),
    counter=("recruit",),
)
_CREATE_POSTS = rule(
    "headcount.cue.create-posts",
    "creating or funding posts",
    # ("The Cabinet sanctioned 1,850 new posts in the Agency": Indian official usage)
    r"\b(?:creat\w*|fund\w*|establish\w*|add\w*|sanction(?:s|ed|ing)?(?!\s+strength))\b",
    flags=re.IGNORECASE,
    examples=("fund 40 posts", "sanctioned 1,850 new posts"),
    counter=("advertise",),
)
_WIDER_ECONOMY = rule(
    "headcount.cue.wider-economy",
    "the wider economy or sector",
    r"\b(?:economy|economic|industry|private|supply\s+chain|sector|businesses)\b",
    flags=re.I,
    examples=("the supply chain",),
    counter=("the department",),
)
_HIRING = rule(
    "headcount.cue.hiring",
    "hiring words",
    r"\b(?:recruit\w*|hir(?:e|es|ing)|advertis\w*|vacanc\w*|fill\w*|on\s+offer|staff\w*)\b",
    flags=re.I,
    examples=("recruit", "vacancies"),
    counter=("build",),
)
# A public service's staff noun in the singular, as it modifies posts: "1,150 new full-time officer
# positions" (not "researcher positions", which a grant's students may fill).
_STAFF_SINGULAR = lex.alternation(lex.PUBLIC_POST_NOUNS)
_PUBLIC_ROLE = rule(
    "headcount.cue.public-role",
    "a public-service modifier of posts",
    r"\b(?:public|government|council|state|federal|teaching|nursing|police|policing|civil\s+service"
    r"|science|scientific|clinical|medical|frontline"
    rf"|front-line|enforcement|border|prison|probation|military|defence|intelligence|{_STAFF_SINGULAR})\b",
    flags=re.IGNORECASE,
    examples=("teaching posts", "police jobs", "new full-time officer positions"),
    counter=("retail jobs",),
)


BACKGROUND = decision(
    "headcount.background",
    "headcount",
    "reject",
    "a sentence of statistics, forecasts, past recruitment, a missed target or unnamed sources",
    examples=(
        "Figures show 900 new nurses were recruited last year.",
        "The force has already recruited 400 officers.",
    ),
    counter=("The force will recruit 400 officers.",),
    uses=("headcount.cue.background-sentence",),
)
PRIVATE = decision(
    "headcount.private",
    "headcount",
    "reject",
    "staff hired by a company are jobs in the economy, not a public pledge",
    examples=("Harbourside Ltd will hire 300 engineers.",),
    counter=("The port authority will hire 300 engineers.",),
    uses=("headcount.cue.private-sector",),
)
ECONOMY = decision(
    "headcount.economy",
    "headcount",
    "reject",
    "jobs a plant, mine or project creates are the economy's",
    examples=("The new plant will employ 300 engineers.",),
    counter=(
        "The council will employ 30 engineers.",
        "The investment will create 30 new caseworker posts in the county's family teams.",
    ),
    uses=("headcount.cue.economy-employer", "headcount.cue.posts-in-public-body"),
)
THIRD_PARTY = decision(
    "headcount.third-party",
    "headcount",
    "reject",
    "critics, the opposition or a union speaking: their figures are claims or demands",
    examples=(
        "Critics said 2,000 more nurses were needed.",
        "Its justice spokesman said his party would hire 400 extra prison officers.",
    ),
    counter=("The minister said 2,000 more nurses will be recruited.",),
    uses=("headcount.cue.third-party", "headcount.cue.speech", "parties.cue.rival-voice"),
)
PAST = decision(
    "headcount.past",
    "headcount",
    "reject",
    "a sentence set in the past (last year, so far, a year before publication) without a pledge word",
    examples=("Last year 300 new wardens patrolled the parks.",),
    counter=("Next year 300 more wardens will patrol the parks.",),
    uses=("headcount.cue.past-time", "headcount.cue.year", "headcount.cue.pledge-word"),
)
BASELINE = decision(
    "headcount.baseline",
    "headcount",
    "reject",
    "the words before the figure make it the current strength, a loss or someone else's demand",
    examples=("There are currently 5,000 officers in the force and more will follow.",),
    counter=("The force will recruit 5,000 officers.",),
    uses=("headcount.cue.baseline-before", "headcount.cue.has", "headcount.cue.possessive"),
)
DONE = decision(
    "headcount.done",
    "headcount",
    "reject",
    "the words after the figure say the staff are already in post, have left, or the event is past",
    examples=("We will pay for 400 officers who have already joined.",),
    counter=("We will fund 400 officers who will join next year.",),
    uses=("headcount.cue.done-after",),
)
# "the Governor has appointed ⟨A⟩ and ⟨B⟩ to the Board, filling two vacancies": the seats the people
# just named take, no staff to hire.
_SEATS_FILLED = rule(
    "headcount.cue.seats-filled",
    "seats or vacancies filled by the people an appointment names",
    r"\b(?:appointed|reappointed|named|nominated|chosen|selected)\b[^.;]{0,200}?,\s*(?:filling|to\s+fill|which\s+fills?)"
    r"\s+(?:the\s+)?$",
    flags=re.IGNORECASE,
    window="before",
    examples=("The Governor has appointed Ann Lee and Bo Kim to the Board, filling |",),
    counter=("The trust will recruit staff to fill |",),
)
# "approved the appointment of four new sheriffs on the recommendation of the board:": the posts the
# people of the list after the colon take (tested only where the sentence ends with that colon).
_LISTED_APPOINTMENTS = rule(
    "headcount.cue.listed-appointments",
    "the appointment of a number of post-holders whom a list after the sentence's colon names",
    r"\bappointments?\s+of\s+$",
    flags=re.IGNORECASE,
    window="before",
    examples=("The Attorney-General announced the appointment of |",),
    counter=("The board approved the recruitment of |",),
)
SEATS_FILLED = decision(
    "headcount.seats-filled",
    "headcount",
    "reject",
    "the seats or vacancies named appointees fill are no hires",
    examples=(
        "The Governor has appointed Ann Lee and Bo Kim to the Board, filling two vacancies.",
        "The Attorney-General announced the appointment of three new magistrates to the court:",
    ),
    counter=(
        "The trust will fill 40 vacancies for nurses this year.",
        "The council approved the appointment of 40 new teachers next year.",
    ),
    uses=("headcount.cue.seats-filled", "headcount.cue.listed-appointments"),
)
# "four new sheriffs" in an article that appoints four people sheriffs: the count is of those appointees
# (each an appointment pledge), no staff to hire besides them.
NAMED_APPOINTEES = decision(
    "headcount.named-appointees",
    "headcount",
    "reject",
    "a count of post-holders equal to the people the article appoints to that post is those appointments",
    examples=(
        "The Minister announced the appointment of two new sheriffs:\n\nAnn Lee, to the sheriffdom of "
        "Northmoor\nBo Kim, to the sheriffdom of Southmoor\n\nThe two new sheriffs start in May.",
    ),
    counter=("The service will recruit 400 prison officers.",),
)
# "Around 25,000 teachers are expected to be eligible": those who may claim a payment, not hires.
_ELIGIBLE_AFTER = rule(
    "headcount.cue.eligible-after",
    "staff said to be eligible for something are its beneficiaries",
    # ("60,000 additional carers are expected to become eligible")
    r"\s+(?:are|will\s+be|would\s+be|could\s+be|(?:are|were)\s+(?:expected|likely|set)\s+to\s+become"
    r"|will\s+become|would\s+become)\s+(?:expected\s+to\s+be\s+|likely\s+to\s+be\s+)?eligible\b"
    # ("We expect about 1,600 nurses to receive a payment": paid, not hired)
    r"|\s+(?:(?:are|were)\s+(?:expected|likely|set)\s+)?(?:to|will|would|could|can|should)\s+(?:each\s+)?"
    r"(?:receive|get|qualify\s+for)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w$£€,.-]+\s+){0,3}?"
    r"(?:payments?|bonus(?:es)?|allowances?|grants?|pay\s+(?:rises?|increases?)|top-ups?|stipends?|incentives?"
    r"|lump\s+sums?|awards?)\b"
    # ("Some 10,000 employees are expected to take part next year": participants of a scheme)
    r"|\s+(?:(?:are|were)\s+(?:expected|likely|set|due)\s+to|will|would|can|could)\s+(?:take\s+part|participate)\b",
    flags=re.IGNORECASE,
    mode="match",
    window="after",
    examples=(
        "Around 25,000 teachers| are expected to be eligible.",
        "We expect about 1,600 nurses| to receive a payment over the life of the package.",
    ),
    counter=("Around 250 teachers| will be recruited.", "Around 250 teachers| will receive training."),
)
BENEFICIARY = decision(
    "headcount.beneficiary",
    "headcount",
    "reject",
    "people paid, helped or given something are beneficiaries, not staff hired",
    examples=("The scheme will pay 500 carers a new allowance.",),
    counter=("The scheme will recruit 500 carers.",),
    uses=("headcount.cue.beneficiary", "headcount.cue.eligible-after"),
)
CAPACITY = decision(
    "headcount.capacity",
    "headcount",
    "reject",
    "the number of people a facility can train or take is its capacity, not staff hired",
    examples=("The new wing will allow the college to train up to 600 recruits a year.",),
    counter=("The college will train and hire 600 recruits this year.",),
    uses=("headcount.cue.capacity",),
)
PER_UNIT = decision(
    "headcount.per-unit",
    "headcount",
    "reject",
    "a figure per unit is not a total",
    examples=("Each of the 12 new teams will include five officers.",),
    counter=("The 12 new teams will include 60 officers.",),
    uses=("headcount.cue.per-unit",),
)
TRAINEES = decision(
    "headcount.trainees",
    "headcount",
    "reject",
    "people who come for training are trainees of a programme (SCHEMA rule 7)",
    examples=("The grant pays for 200 recruits to undergo training in May.",),
    # (an intake of staff that will begin training is hired into paid posts: staff, SCHEMA rule 7)
    counter=(
        "Funding means 200 recruits will be hired in May.",
        "Funding means 200 recruits will begin training in May.",
    ),
    uses=("headcount.cue.trainees",),
)
HEDGED = decision(
    "headcount.hedged",
    "headcount",
    "reject",
    "a vague 'more teachers' that is only hoped for or encouraged",
    examples=("The bonus aims to attract more teachers to rural schools.",),
    counter=("The department will recruit more teachers for rural schools.",),
    uses=("headcount.cue.vague-hedge",),
)


def sentence_is_background(
    text: str,
    published_year: int | None,
    words: frozenset[str] | None = None,
    governing: frozenset[str] = frozenset(),
) -> str | None:
    """Why every staff figure in the sentence is background (a decision name), or None.

    ``words`` (the sentence's lower-case words) lets each rule be skipped
    when none of the words it needs is present; ``governing`` holds the parties
    the article names as the government (their promises are not a rival's).
    """
    if words is None:
        words = word_set(text)
    if not _BACKGROUND_WORDS.isdisjoint(words) and _BACKGROUND.search(text):
        return BACKGROUND
    if not PRIVATE_WORDS.isdisjoint(words) and PRIVATE_SECTOR.search(text):
        return PRIVATE
    if (
        not _ECONOMY_WORDS.isdisjoint(words)
        and _ECONOMY_EMPLOYER.search(text)
        and not _POSTS_IN_PUBLIC_BODY.search(text)
    ):
        return ECONOMY
    if not _THIRD_PARTY_WORDS.isdisjoint(words) and _THIRD_PARTY.search(text) and _SPEECH.search(text):
        return THIRD_PARTY
    if (not RIVAL_WORDS.isdisjoint(words) and rival_voice(text, governing)) or recommended(text, words):
        return THIRD_PARTY  # (a review body's recommendation is no commitment either)
    if (
        published_year is not None
        and "by" in words
        and any(int(y) < published_year for y in _PAST_DEADLINE.pattern.findall(text))
    ):
        return PAST
    if ("previous" in words or "former" in words or "day" in words) and _EARLIER_GOVERNMENT.search(text):
        return PAST  # "The previous government promised 6,000 more GPs": a promise, but not this one
    if ", who " in text:
        # "... led by Inspector Kate Barrow, who has run the rural crime pilot since 2023": a person's
        # past, told in a clause on their name, does not date the staff figure
        text = _NAMED_PERSONS_CLAUSE.sub(r"\1", text)
    if " that w" in text or " which w" in text:
        # "sanitation workers for the 40 wards that were added to municipal limits last year": what
        # happened to something else, told in a clause on it, does not date the staff figure
        text = _THINGS_PAST_CLAUSE.sub("", text)
    if ", where " in text:
        # "two more wardens for Carrigmore town, where complaints have risen since 2024": what the place
        # has seen does not date the staff figure
        text = _WHERE_CLAUSE.sub("", text)
    past = not _PAST_WORDS.isdisjoint(words) and _PAST_TIME.search(text) is not None
    years = published_year is not None and _YEAR.search(text) is not None
    if not (past or years) or _PLEDGE_WORD.search(text):
        return None
    if past or any(int(y) < published_year for y in _YEAR.findall(text) if published_year is not None):
        return PAST
    return None


# A relative clause in the past on a thing, not on staff: "the 40 wards that were added last year".
_THINGS_PAST_CLAUSE = lazy(
    r"\b(?:that|which)\s+(?:were|was)\s+(?!(?:recruited|hired|employed|appointed|deployed|trained|posted"
    r"|taken\s+on|brought\s+in|in\s+post)\b)[^,;.]*"
)
# A clause on a place: ", where litter complaints have risen by 26 per cent since 2024".
_WHERE_CLAUSE = lazy(r",\s+where\s+[^;]*?(?=,\s|[.;]|$)")
# A relative clause on a person's name: "Inspector Kate Barrow, who has been appointed after ...".
_NAMED_PERSONS_CLAUSE = lazy(r"(\b[A-Z][\w'’-]*),\s+who\s+[^;]*?(?=,\s|[.;]|$)")
_EARLIER_GOVERNMENT = lazy(
    r"\b(?:previous|former)\s+(?:[\w-]+\s+)?(?:government|administration)|\bgovernment\s+of\s+the\s+day\b",
    re.IGNORECASE,
)
_FUNDS_THE = lazy(r"\b(?:fund|funds|funding|pay\s+for|pays\s+for|paying\s+for)\s+the\s+$", re.IGNORECASE)


_DESCRIBED_HIRES = re.compile(
    r"\b(?:recruitment|hiring|employment|engagement|recruit|hire|employ|engage)\s+(?:of\s+)?(?:an?\s+|the\s+)?"
    r"(?:(?:additional|extra|further|new|more|another|at\s+least|up\s+to)\s+)?$",
    re.IGNORECASE,
)
_WHO_CLAUSE = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:who|that)\s+(?:have\s+|had\s+|has\s+)?(?:recently\s+)?"
    r"(?:completed|finished|graduated|qualified|trained)\b",
    re.IGNORECASE,
)


# A promise restated right after the staff: "... the 3,000 extra positions the government has promised
# to fill": the whole of which a tranche is part is itself a pledge.
_PROMISED_AFTER = lazy(
    r"\s+(?:that\s+|which\s+)?(?:the\s+government|ministers|we|it|the\s+state|the\s+department|the\s+council)\s+"
    # (a promise that stands, not one of the past: "the 4,308 posts it promised to fill in 2023")
    r"(?:has|have)\s+(?:already\s+)?(?:promised|pledged|committed)\s+to\b",
    re.IGNORECASE,
)
# Staff the figure itself calls in post: "450 existing staff", "the 1,200 current employees".
_IN_POST_NAMED = lazy(
    r"\d\s+(?:existing|current)\s+(?:[\w-]+\s+)?(?:staff|employees|officers|workers|personnel)\b",
    re.IGNORECASE,
)
# A service's establishment, as Indian and South Asian releases write it, set against those in post:
# "1,890 in position against 3,100 sanctioned posts", "3,100 sanctioned posts, of which 1,890 are
# filled" (not "a new wing with 148 sanctioned posts", nor "sanctioned 1,850 new posts", decisions).
_SANCTIONED = lazy(r"\d\s+sanctioned\s+(?:[\w-]+\s+)?(?:posts|positions|strength|cadre)\b", re.IGNORECASE)
_AGAINST = lazy(r"\bagainst\s+(?:an?\s+|the\s+|its\s+)?(?:total\s+of\s+)?$")
_OF_WHICH_AFTER = lazy(r"\s*,?\s*(?:of\s+which|against)\b")


# A plan that "will see" staff recruited: what follows the count is to come.
_WILL_SEE = lazy(
    r"\b(?:will|would|should|is\s+expected\s+to|aims\s+to)\s+see\s+(?:(?:an?\s+)?(?:extra|additional|further|more)\s+)?$"
)


def rejected_by_context(text: str, start: int, end: int, vague: bool = False) -> str | None:
    """Why the words around one figure make it a baseline or a past fact (a decision name), or None."""
    left = text[max(0, start - 40) : start]
    if _LEFT_REJECT.search(left) and not (_FUNDS_THE.search(left) and _NEW_IN.search(text, start, end)):
        if _PROMISED_AFTER.match(text, end):
            return None  # "the next tranche of the 3,000 extra positions the government has promised to fill"
        # ("$18 million will fund the 60 new rangers": new posts the money pays for)
        return BASELINE
    if _IN_POST_NAMED.search(text, start, end):
        return BASELINE  # "About 450 existing staff from Social Services are expected to move across"
    if _SANCTIONED.search(text, start, end) and (_AGAINST.search(left) or _OF_WHICH_AFTER.match(text, end)):
        return BASELINE
    if (
        _RIGHT_REJECT.search(text[end : end + 60])
        and not (_DESCRIBED_HIRES.search(left) and _WHO_CLAUSE.match(text, end))
        # ("The plan will see 48 social workers recruited": the participle tells what is to come)
        and not _WILL_SEE.search(left)
    ):
        # ("the recruitment of 12,000 nurses who completed their training in 2023": the clause
        # describes the people to be hired)
        return DONE
    if "fill" in left and _SEATS_FILLED.search(text[max(0, start - 240) : start]):
        return SEATS_FILLED
    if "ppointment" in left and text.rstrip().endswith(":") and _LISTED_APPOINTMENTS.search(left):
        return SEATS_FILLED
    if _BENEFICIARY_VERB.search(left) or _ELIGIBLE_AFTER.match(text, end):
        return BENEFICIARY
    if _PER_UNIT.search(text[max(0, start - 60) : start]) or _PER_UNIT_AFTER.match(text, end):
        return PER_UNIT
    if _CAPACITY.search(left):
        return CAPACITY
    # "the agency's 3,000 employees" is its workforce; "the agency's 300 new staff" a pledge.
    if _POSSESSIVE_LEFT.search(left) and not _NEW_IN.search(text, start, end):
        return BASELINE
    # "the force has 3,000 officers" is a baseline; "will have 3,000" a target.
    if _HAS_BEFORE.search(left) and not _WILL_HAVE.search(left):
        return BASELINE
    if _TRAINEES.search(text[end : end + 80]):
        return TRAINEES
    if vague and _VAGUE_HEDGE.search(text[max(0, start - 60) : start]) is not None:
        return HEDGED
    return None


def jobs_are_public(text: str, mods: str, noun: str) -> bool:
    """Posts/roles/jobs are a headcount only when a public body is hiring for them.

    "Jobs" are usually the economy's ("create 2,000 jobs"), so they need a
    public role or a hiring verb; "posts" and "roles" are an employer's, so
    creating them counts unless the sentence is about the wider economy.
    """
    if _PUBLIC_ROLE.search(mods):
        return True
    if noun.lower() != "jobs" and _CREATE_POSTS.search(text) and not _WIDER_ECONOMY.search(text):
        return True
    return _HIRING.search(text) is not None and not _ECONOMY.search(text)
