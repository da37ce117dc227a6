"""What counts as staff, and the contexts that make a staff figure no pledge.

Kept apart from the matcher so the vocabulary and the non-pledge rules
(baselines, past recruitment, statistics, economy jobs, trainees) can be read
and extended in one place.
"""

from __future__ import annotations

import re

# Plural staff nouns (and a few collective ones). "people" only counts inside
# "a team of N people" / "N-strong"; posts/roles/jobs need a public hirer. The
# regex alternation and the cheap word gate are built from the same list.
_STAFF_NOUNS = (
    # police, justice, security, defence
    "officers officials staff personnel specialists investigators agents inspectors examiners constables "
    "PCSOs detectives guards soldiers troops sailors marines reservists troopers deputies sheriffs "
    "dispatchers handlers prosecutors defenders judges magistrates lawyers solicitors barristers attorneys "
    "paralegals clerks bailiffs wardens marshals coastguards lifeguards firefighters rangers spies diplomats "
    "interpreters translators linguists screeners auditors assessors caseworkers "
    # health and care
    "nurses midwives doctors GPs registrars consultants paramedics EMTs surgeons physicians clinicians "
    "anaesthetists anesthetists psychiatrists psychologists therapists physiotherapists radiographers "
    "radiologists sonographers pathologists pharmacists dentists hygienists optometrists audiologists "
    "dietitians podiatrists carers aides orderlies porters medics responders "
    # education
    "teachers assistants lecturers tutors mentors instructors trainers educators coaches librarians "
    "counsellors counselors "
    # technical and professional
    "advisers advisors analysts engineers scientists physicists technologists technicians statisticians "
    "economists researchers ecologists biologists hydrologists geologists epidemiologists surveyors "
    "planners architects managers administrators coordinators navigators controllers operators pilots "
    "drivers mechanics electricians accountants experts professionals practitioners workers employees "
    "cleaners chaplains recruits "
    # posts, not people
    "posts roles jobs vacancies positions hires"
).split()


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
    r"(?:police\s+officers|teaching\s+assistants|civil\s+servants|health\s+visitors"
    r"|police(?!\s+(?:and|forces?|stations?|community|chiefs?|commissioners?|federation|services?|budgets?"
    r"|funding|grants?)\b)|" + _by_first_letter(_STAFF_NOUNS) + r"|people)"
)
# Single words that signal a staff figure may be near; checked as a set
# intersection, far cheaper than running the patterns on every sentence.
_STAFF_WORDS = frozenset(
    [w.lower() for w in _STAFF_NOUNS] + "police servants visitors people strong numbers number".split()
)


def has_staff_word(words: frozenset[str]) -> bool:
    """Cheap pre-check on a sentence's lower-case words."""
    return not _STAFF_WORDS.isdisjoint(words)


# A whole sentence is background when it reports statistics, forecasts, past
# recruitment or a missed target, or when hedged by unnamed sources.
_BACKGROUND = re.compile(
    r"\b(?:projections?|forecasts?|figures\s+show|statistics|fell\s+short|short\s+of\s+(?:its|the|their)"
    r"|missed|took\s+on|(?:have|has|had)\s+(?:already\s+)?(?:recruited|hired|employed|taken\s+on)"
    r"|(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:recruited|hired|employed)"
    r"|understands|sources\s+(?:say|said|told)|reportedly|is\s+said\s+to|are\s+said\s+to"
    r"|failed\s+to\s+(?:meet|deliver|hit|reach)|shadow)\b",
    re.IGNORECASE,
)
# Words each sentence-level rule needs; a set test skips the regex otherwise.
_BACKGROUND_WORDS = frozenset(
    "projection projections forecast forecasts figures statistics fell short missed took recruited hired "
    "employed taken understands sources reportedly said failed shadow".split()
)
_PRIVATE_WORDS = frozenset(
    "ltd plc inc llc gmbh factory gigafactory company firm manufacturer retailer".split()
)
_ECONOMY_WORDS = frozenset(
    "employ employs employing employed employer employers employment create creates support supports "
    "supporting supported bring brings bringing generate generates sustain sustains sustaining "
    "sustained".split()
)
_THIRD_PARTY_WORDS = frozenset("critic critics opposition union unions".split())
_PAST_WORDS = frozenset("last previously past far date since".split())
# Critics, the opposition or a union speaking: their figures are claims or demands.
_THIRD_PARTY = re.compile(r"\b(?:[Cc]ritics?|[Oo]pposition|(?<!European\s)(?<!African\s)[Uu]nions?)\b")
_SPEECH = re.compile(
    r"\b(?:said|says|say|argued|argues|claimed|claims|warned|warns|accused|want|wants|representing)\b"
)
# A mine, plant or private project employing people: jobs in the economy.
_ECONOMY_EMPLOYER = re.compile(
    r"\b(?i:the|a|an|this)\s+(?:\w+\s+)?(?:mine|plant|refinery|smelter|factory|gigafactory|project|development"
    r"|site|investment|data\s+cent(?:re|er)|operator|developer|port|terminal|resort)\s+(?:will|would|could|is\s+expected\s+to"
    r"|is\s+set\s+to)\s+(?:\w+\s+)?(?:employ|create|support|bring|generate|sustain)"
)
# Staff hired by a company are jobs in the economy, not a public pledge.
PRIVATE_SECTOR = re.compile(
    r"\b(?:Ltd|plc|PLC|Inc|LLC|GmbH|factory|gigafactory)\b|\b(?i:the\s+(?:company|firm|manufacturer|retailer))\b"
)
_PAST_TIME = re.compile(
    r"\b(?:last\s+(?:year|summer|spring|autumn|winter|month|week)|previously|in\s+the\s+past|so\s+far|to\s+date"
    r"|since\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_PLEDGE_WORD = re.compile(r"\b(?:pledge|promise|target|commit|goal|to\s+recruit|to\s+hire)", re.I)
_YEAR = re.compile(r"\b(?:in|during)\s+((?:19|20)\d\d)\b")

# Context just before the figure that makes it a baseline or someone else's.
_LEFT_REJECT = re.compile(
    r"(?:\b(?:currently|already|existing|there\s+are|now\s+has|now\s+have|employs|all|had\s+(?:\w+ly\s+)?\w+ed"
    r"|from(?:\s+around|\s+about)?|hired|recruited|lost|losing|cut|cutting|shed|axed?|only"
    # statistics and other people's demands: "reported 900 vacancies", "needs 2,000 more"
    r"|reported|recorded|representing|represents|(?<!will\s)needs?(?!\s+to\b)|needed|wants?(?!\s+to\b)|wanted|should|calls?\s+for"
    r"|called\s+for|demand\w*|urg\w*|(?:shortfall|shortage|gap|deficit|survey|poll)\s+of|delivered)\s+(?:\w+\s+){0,2}"
    # a workforce that grew or fell: "has grown to 45,000 staff", "fell from 144,000 to"
    r"|\b(?:fell|fallen|dropped|declined|rose|risen|grew|grown)\b[^.;]{0,30}"
    r"|\bof\s+the\s+)$",
    re.IGNORECASE,
)
# People paid, helped or given something are beneficiaries: "pay 500 carers an allowance".
_BENEFICIARY_VERB = re.compile(
    r"\b(?:pay|pays|paying|help|helps|helping|give|gives|giving|offer|offers|offering|award|awards|awarding"
    r"|compensate|reward|benefit)\s+(?:(?:up\s+to|around|about|some|more\s+than|over|nearly)\s+)?$",
    re.IGNORECASE,
)
# "Each of the 12 teams will include five officers": a figure per unit, not a total.
_PER_UNIT = re.compile(r"\b(?:each|every)\b[^.;,]{0,35}$", re.IGNORECASE)
_POSSESSIVE_LEFT = re.compile(r"\w['’]s?\s+(?:(?:around|about|some|nearly|almost|over)\s+)?$")
_NEW_IN = re.compile(r"\b(?:new|extra|additional|more|further)\b", re.IGNORECASE)
# "will employ 35 people", "recruit around 120 people": people are staff when hired.
HIRE_PEOPLE = re.compile(
    r"\b(?:hire|hires|hiring|recruit|recruits|recruiting|employ|employs|employing|take\s+on|taking\s+on)\s+"
    r"(?:(?:up\s+to|around|about|some|more\s+than|over|nearly|an?\s+(?:extra|additional|further))\s+)?$",
    re.IGNORECASE,
)
# ... and only when a public body is the one hiring: "Amazon will hire 1,000 people" is the economy.
PUBLIC_EMPLOYER = re.compile(
    r"\b(?:government|department|ministry|council|agency|office|authority|service|unit|taskforce|team|commission"
    r"|board|trust|NHS|state|province|federal|city|county|municipality|we)\b",
    re.IGNORECASE,
)
_HAS_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:around|about|some|over|nearly|almost|more\s+than)\s+)?$", re.I
)
_WILL_HAVE = re.compile(r"\b(?:will|would|to|should)\s+(?:\w+\s+)?have\s+\S*\s*\S*$", re.I)
# A staff figure in a sentence with none of these words is a statistic
# ("20 officers attended the scene"), not a pledge.
PLEDGE_CONTEXT = frozenset(
    "recruit recruits recruited recruiting recruitment hire hires hiring train trains training "
    "deploy deploys deployed deploying deployment fund funds funded funding pay paid employ "
    "additional extra more new further boost increase increased increasing double doubling target "
    "pledge pledged promise promised commit committed commitment will would to be being strong team "
    "taskforce corps posts roles jobs send sending sent dispatch dispatched landed arrive arrived "
    "arriving bring bringing put putting provide providing plan plans aim goal numbers number rise "
    "grow expand".split()
)
# Context just after the figure: already in post, past events, trainees.
_RIGHT_REJECT = re.compile(
    r"^\s*(?:recruited|hired|employed|taken\s+on)\b"  # headline participle: already done
    # a past event: "Four soldiers graduated", "Three officers were among the first"
    r"|^[^.;:]{0,40}?\s(?:graduated|attended|completed|competed|received|won|were\s+among|took\s+part)\b"
    r"|^[^.;:]{0,30}?\b(?:have|has|had)\s+(?:already\s+)?(?:joined|started|qualified|graduated|not)\b"
    r"|^[^.;:]{0,40}?\b(?:have|has|had)\s+(?:(?:now|all|already|since)\s+)*been\s+(?:recruited|hired|employed"
    r"|delivered|appointed|taken\s+on)\b"
    r"|^[^.;:]{0,30}?\b(?:would|will|could|may|might)\s+be\s+(?:affected|impacted|transferred|relocated|made\s+redundant)\b"
    r"|^\s*(?:who|that)\s+(?:have\s+|has\s+|had\s+)?(?:already\s+)?(?:graduated|joined|qualified|left|retired"
    r"|were|was|are|work|worked)\b"
    r"|^[^.;:]{0,25}?\b(?:already|currently|now\s+in|now\s+working|went|left|quit|lost|redundant"
    r"|for\s+training|injured|killed|died|arrested|in\s+total\s+work"
    r"|(?:were|was|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:recruited|hired|employed|taken\s+on|in\s+post|working"
    r"|injured|killed|arrested|lost|cut|made|trained|redeployed\s+from))\b",
    re.IGNORECASE,
)
# People who come to be trained are trainees of a programme, not staff hired.
_TRAINEES = re.compile(
    r"^[^.;:]{0,70}?\b(?:for|to\s+receive|to\s+undergo|entered|enter|began|begin|started|start)\s+training\b",
    re.IGNORECASE,
)
# A vague "more teachers" is an aim, not a pledge, when hedged or merely hoped for.
_VAGUE_HEDGE = re.compile(
    r"\b(?:could|might|may|would|attract\w*|encourag\w*|bid\s+to|incentiv\w*|entic\w*|hop(?:e|es|ing)\s+to|wants?\s+to)\b",
    re.IGNORECASE,
)
VAGUE_COMMIT = re.compile(
    r"\b(?:recruit\w*|hir(?:e|es|ing)|deploy\w*|train(?:s|ing)?|see|fund\w*|pay\s+for|put|bring|employ\w*"
    r"|provid\w*|send\w*|get|getting|(?:will|to)\s+be)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_ECONOMY = re.compile(
    r"\b(?:creat\w*|support\w*|protect\w*|safeguard\w*|sustain\w*|economy|economic|industry|private|local\s+jobs"
    r"|unlock\w*|boost\w*)\b",
    re.IGNORECASE,
)
_CREATE_POSTS = re.compile(r"\b(?:creat\w*|fund\w*|establish\w*|add\w*)\b", re.IGNORECASE)
_WIDER_ECONOMY = re.compile(
    r"\b(?:economy|economic|industry|private|supply\s+chain|sector|businesses)\b", re.I
)
_HIRING = re.compile(
    r"\b(?:recruit\w*|hir(?:e|es|ing)|advertis\w*|vacanc\w*|fill\w*|on\s+offer|staff\w*)\b", re.I
)
_PUBLIC_ROLE = re.compile(
    r"\b(?:public|government|council|state|federal|teaching|nursing|police|policing|civil\s+service|science|scientific|clinical|medical|frontline"
    r"|front-line|enforcement|border|prison|probation|military|defence|intelligence)\b",
    re.IGNORECASE,
)


def sentence_is_background(
    text: str, published_year: int | None, words: frozenset[str] | None = None
) -> bool:
    """True when every staff figure in the sentence is background, not a pledge.

    ``words`` (the sentence's lower-case words) lets each rule be skipped
    when none of the words it needs is present.
    """
    if words is None:
        words = frozenset(re.findall(r"[a-z]+", text.lower()))
    if not _BACKGROUND_WORDS.isdisjoint(words) and _BACKGROUND.search(text):
        return True
    if not _PRIVATE_WORDS.isdisjoint(words) and PRIVATE_SECTOR.search(text):
        return True
    if not _ECONOMY_WORDS.isdisjoint(words) and _ECONOMY_EMPLOYER.search(text):
        return True
    if not _THIRD_PARTY_WORDS.isdisjoint(words) and _THIRD_PARTY.search(text) and _SPEECH.search(text):
        return True
    past = not _PAST_WORDS.isdisjoint(words) and _PAST_TIME.search(text) is not None
    years = published_year is not None and _YEAR.search(text) is not None
    if not (past or years) or _PLEDGE_WORD.search(text):
        return False
    return past or any(int(y) < published_year for y in _YEAR.findall(text) if published_year is not None)


def rejected_by_context(text: str, start: int, end: int, vague: bool = False) -> bool:
    """True when the words around one figure make it a baseline or a past fact."""
    left = text[max(0, start - 40) : start]
    if _LEFT_REJECT.search(left) or _RIGHT_REJECT.search(text[end : end + 60]):
        return True
    if _BENEFICIARY_VERB.search(left) or _PER_UNIT.search(left):
        return True
    # "the agency's 3,000 employees" is its workforce; "the agency's 300 new staff" a pledge.
    if _POSSESSIVE_LEFT.search(left) and not _NEW_IN.search(text, start, end):
        return True
    # "the force has 3,000 officers" is a baseline; "will have 3,000" a target.
    if _HAS_BEFORE.search(left) and not _WILL_HAVE.search(left):
        return True
    if _TRAINEES.search(text[end : end + 80]):
        return True
    return vague and _VAGUE_HEDGE.search(text[max(0, start - 60) : start]) is not None


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
