"""Who acts in an announcement: the public side, or a company.

Only commitments made by a government or public body are pledges. Companies
are recognised by their legal form ("Ltd", "plc"), by private-sector nouns
("the developer", "a supermarket chain") and by name: a name the article
introduces with a private-sector descriptor ("battery maker Hanseo Energy",
"The developer, Bellgate Homes,") is a company wherever it appears later,
also shortened ("Hanseo said it would hire ..."). Every kind asks the same
question through :func:`private_subject`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract import lexicon as lex
from tracker.extract.regex import lazy
from tracker.extract.registry import rule
from tracker.extract.similarity import ascii_words, word_set

_DESCRIPTOR = lex.alternation(lex.PRIVATE_DESCRIPTORS)
_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3}"
# "battery maker Hanseo Energy", "The developer, Bellgate Homes,", "Bellgate Homes, a housebuilder,".
INTRODUCED = rule(
    "parties.cue.company-introduced",
    "a name introduced with a private-sector descriptor is a company",
    # (the descriptor in lower case, or capitalised only where a sentence starts: "Business New
    # Zealand", "the Supply Chain Office" are names, not a business or a chain introducing one)
    rf"(?:\b(?:{_DESCRIPTOR})|(?:^|(?<=[.!?]\s)|(?<=\n))(?i:{_DESCRIPTOR}))\s*,?\s+(?P<a>{_NAME})"
    rf"|(?P<b>{_NAME})\s*,\s+(?:a|an"
    rf"|the)\s+(?:[\w-]+\s+){{0,3}}?(?i:{_DESCRIPTOR})\b",
    examples=(
        "Korean battery maker Hanseo Energy will invest",
        "The developer, Bellgate Homes, has offered",
        "Developer Bellgate Homes has offered",
    ),
    counter=("The Harbour Trust will invest", "The trade body Business New Zealand said"),
)
# "has awarded a $1.3 billion contract to Carrington Rail Vehicles", "a contract with a joint venture of
# Shinwa Construction and ...": the contractor is a company, whatever it says it will invest or hire.
CONTRACTOR = rule(
    "parties.cue.contractor",
    "a name a public contract is awarded to is a company",
    rf"\bcontracts?\s+(?:to|with)\s+(?:a\s+joint\s+venture\s+(?:of|between)\s+)?(?P<a>{_NAME})",
    examples=("The agency has awarded a $90 million contract to Carrington Rail Vehicles.",),
    counter=("The agency has awarded a contract to the county council.",),
)
# "a $1.5 billion award to Buckeye Wafer Technologies for a wafer plant", "a capital subsidy to Hanseong
# Mobility's planned vehicle plant": a name given public money for its plant is a company.
AID_RECIPIENT = rule(
    "parties.cue.aid-recipient",
    "a name given public money for its plant or factory is a company",
    rf"\bto\s+(?P<a>{_NAME})(?:['’]s\s+|\s+for\s+(?:a|an|its|the)\s+)(?:new\s+|planned\s+|proposed\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:plant|factory|facility|mill|refinery|smelter|gigafactory)\b",
    needles=("plant", "factory", "facility", "mill", "refinery", "smelter"),
    examples=(
        "a $1.5 billion award to Buckeye Wafer Technologies for a silicon carbide wafer plant",
        "a capital subsidy of Rs 2,000 crore to Hanseong Mobility's planned electric vehicle plant",
    ),
    counter=("a grant to the county council for a new water treatment plant",),
)
# "Meridian Batteries Inc.", "Carrow Homes Ltd": a name with a legal form is a company.
LEGAL_FORM = rule(
    "parties.cue.legal-form",
    "a name followed by a company's legal form is a company",
    rf"(?P<c>{_NAME}?)\s*,?\s+(?:{lex.alternation(lex.COMPANY_SUFFIXES)})(?:\.|\b)",
    needles=tuple(s.lower() for s in lex.COMPANY_SUFFIXES),
    examples=("Meridian Batteries Inc. said it will invest", "Carrow Homes Ltd has offered"),
    counter=("The Harbour Trust will invest", "Ms Ruiz said"),
)
_PUBLIC_OWNED = lazy(
    r"\b(?:public(?:ly)?[- ]owned|state[- ]owned|government[- ]owned|public\s+(?:sector\s+)?(?:company|body)"
    # ("state development bank BNDES": a bank the state owns)
    r"|arm['’]s[- ]length|crown|national|state\s+(?:development|investment|policy)\s+bank"
    # "will be wholly owned by the council", "a council-controlled organisation"
    r"|(?:wholly\s+|jointly\s+|fully\s+)?owned\s+by\s+(?:the\s+)?(?:\w+\s+)?(?:council|state|government|city"
    r"|county|province|crown|municipality|ministry|shire)"
    r"|(?:council|city|municipal(?:ly)?|county|shire)[- ](?:owned|controlled))\b",
    re.IGNORECASE,
)
_NOT_A_COMPANY = frozenset(lex.NOT_NAME_WORDS) | {"The", "A", "An", "It", "Its"}
_ARTICLES = frozenset({"The", "A", "An", "It", "Its"})
_PUBLIC_HEADS = frozenset(lex.BODY_HEAD_FORMS) | {"university", "government", "state", "city", "county"}


_DESCRIPTOR_WORD = lazy(rf"\b{_DESCRIPTOR}\b")


def _first_words(phrases: tuple[str, ...]) -> frozenset[str]:
    """The first lower-case a-z word of each phrase: a text without one of them cannot
    hold any of the phrases as whole words ("start-up" needs "start")."""
    return frozenset(ascii_words(phrase.lower())[0] for phrase in phrases)


# Most articles name no company and no governing party: their word set (one pass over the
# text, shared by every finder) rules the scans below out, which cost a fifth of extraction.
_COMPANY_GATE = _first_words((*lex.PRIVATE_DESCRIPTORS, *lex.COMPANY_SUFFIXES))
_PARTY_GATE = _first_words((*lex.PARTIES, *lex.PARTY_SPEAKERS))
_GOVERNMENT_GATE = frozenset({"government", "administration", "minister", "ministers"})


def _holds_any(text: str, gate: frozenset[str]) -> bool:
    """Whether the lower-cased text holds a word of ``gate`` (a-z words, as word_set reads them)."""
    return not gate.isdisjoint(word_set(text))


@lru_cache(maxsize=64)
def private_names(text: str) -> frozenset[str]:
    """Names the article introduces as companies, and their first words ("Hanseo")."""
    names: set[str] = set()
    if "contract" in text:
        for m in CONTRACTOR.finditer(text):
            _add_company(names, m.group("a"))
    for m in AID_RECIPIENT.finditer(text):
        # (a public body given money for its plant is no company: "to Harbour District Council for a
        # new treatment plant")
        if m.group("a").split()[-1].lower() not in _PUBLIC_HEADS:
            _add_company(names, m.group("a"))
    if not _holds_any(text, _COMPANY_GATE):
        return frozenset(names)
    # The descriptor words are found first (a plain scan of the lower-cased text);
    # the introduction pattern is then tried only around them.
    windows = [text[max(0, m.start() - 60) : m.end() + 60] for m in _DESCRIPTOR_WORD.finditer(text.lower())]
    for found_in, m in ((window, match) for window in windows for match in INTRODUCED.finditer(window)):
        if _PUBLIC_OWNED.search(found_in, max(0, m.start() - 30), m.end() + 60):
            continue  # "a new publicly owned company, X", "State-owned utility X": public
        name = (m.group("a") or m.group("b") or "").strip(" .,")
        _add_company(names, name[_sentence_start(name) :])
    for m in LEGAL_FORM.finditer(text):
        if _PUBLIC_OWNED.search(text, max(0, m.start() - 40), m.end() + 80):
            continue  # "The company, Kaharoa Water Limited, will be wholly owned by the council"
        start = _sentence_start(m.group("c"))
        if _add_company(names, m.group("c")[start:]):
            names.add(m.group(0)[start:].strip(" ,"))  # with its legal form: "Meridian Batteries Inc."
    return frozenset(names)


def _add_company(names: set[str], name: str) -> bool:
    """Add a company's name (without titles and articles) and its first word ("Hanseo"), unless the
    name opens with a word no name of a person or company opens with ("New" of "New Zealand").
    Whether the name was added."""
    written = name.split()
    words = [w for w in written if w not in _NOT_A_COMPANY]
    leading = next((w for w in written if w not in _ARTICLES), "")
    if not words or words[0] != leading:
        return False  # ("Business New Zealand": a place's name, not a company's)
    names.add(" ".join(words))
    # (and as written, a body's word inside it: "Setouchi Cell Works")
    names.add(" ".join(written[written.index(leading) :]))
    if len(words[0]) > 2:
        names.add(words[0])
    return True


def _sentence_start(name: str) -> int:
    """Where a name read across a full stop starts its own sentence ("Mining. Northgate Copper":
    a heading, then the name), or 0."""
    cut = 0
    for m in _FULL_STOP_IN_NAME.finditer(name):
        if len(m.group(1)) > 1 and m.group(1) not in _ABBREVIATED:  # ("J. Smith", "U.S. Steel")
            cut = m.end()
    return cut


_FULL_STOP_IN_NAME = lazy(r"([\w'’-]+)\.\s+")
_ABBREVIATED = frozenset(lex.NAME_ABBREVIATIONS) | {"Co", "Corp", "Inc", "Ltd", "Bros"}


_GOVERNING = lazy(
    # (not "a Conservative government would", "a future Labor government": a government that may be)
    r"(?<![Aa]\s)(?<![Aa]n\s)(?<!future\s)(?<!next\s)"
    rf"\b(?:the\s+)?(?:[A-Z]\w+\s+)?(?P<party>{lex.alternation((*lex.PARTIES, *lex.PARTY_SPEAKERS))})"
    r"(?:\s+Party)?(?:-led)?\s+(?:[Gg]overnment|[Aa]dministration|[Mm]inisters?)\b"
)


@lru_cache(maxsize=64)
def governing_parties(text: str) -> frozenset[str]:
    """Parties the article names as the government ("the Albanese Labor Government"), singular."""
    if not (_holds_any(text, _GOVERNMENT_GATE) and _holds_any(text, _PARTY_GATE)):
        return frozenset()
    return frozenset(party_key(m.group("party")) for m in _GOVERNING.finditer(text))


def party_key(party: str) -> str:
    """One form per party: "Republicans" and "Republican" are the same party."""
    word = party.lower()
    return {"tories": "conservative", "tory": "conservative", "gop": "republican"}.get(word, word.rstrip("s"))


def private_subject(sentence: str, names: frozenset[str]) -> bool:
    """Whether a company the article named acts in the sentence ("Hanseo said it would hire")."""
    for name in names:
        at = sentence.find(name)
        if at != -1 and _ACTS.match(sentence, at + len(name)):
            return True
    return False


_RIVAL_GROUP = lex.alternation(lex.RIVAL_GROUPS)
_OPPOSITE_SIDE = lex.alternation(lex.OPPOSITE_SIDE)
# Whose figures are these: a rival party's or plan's, not the government's. Shared by every kind.
RIVAL_VOICE = rule(
    "parties.cue.rival-voice",
    "a party named by a pronoun, a rival plan or an election not yet won speaks: its figures are "
    "promises or proposals, not the government's commitments",
    # ("the Deputy's party, in its alternative budget, proposed", "his own party went into the last
    # election promising": a member's party, named by its member, as a parliament speaks of it)
    rf"\b(?:(?:his|her|their|its|the|(?-i:[A-Z])[\w-]*['’]s)\s+(?:own\s+)?(?:{_RIVAL_GROUP})"
    r"(?:,\s+[^,;.]{1,60},)?\s+"
    r"(?:would|has\s+(?:promised|pledged|proposed|said)|had\s+(?:promised|pledged|proposed)|promised|pledged"
    r"|promises|pledges|proposes|proposed|wants|plans"
    r"|(?:went|goes|go)\s+(?:in)?to\s+the\s+(?:last\s+|previous\s+)?election\s+(?:promising|pledging|offering))"
    # "Those opposite promised a $1 billion fund", "the Opposition's commitment to recruit 5,000"
    rf"|(?:{_OPPOSITE_SIDE})\s+(?:(?:have|has|had)\s+)?(?:promised|pledged|proposed|would|took|offered)"
    r"|\bopposition['’]s\s+(?:own\s+)?(?:commitment|pledge|promise|plan|proposal|policy|costings|budget)"
    # the opposition as the subject: "The Conservative opposition has pledged to hire", "the official
    # opposition would"
    r"|\b(?:the|its)\s+(?:(?-i:[A-Z])[\w-]*\s+|official\s+|main\s+)?opposition\s+(?:(?:has|have|had)\s+(?:also\s+)?)?"
    r"(?:would|promised|pledged|proposed|vowed|promises|pledges|proposes|vows|wants|plans)\b"
    # a proposal that lost or was not adopted: "it was voted down", "an idea the board has not taken
    # up", "arguing that the county should instead offer $500,000"
    r"|\b(?:was|were|has\s+been|had\s+been)\s+(?:narrowly\s+|heavily\s+)?(?:voted\s+down|defeated)\b"
    r"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?taken\s+(?:it\s+)?up\b|\b(?:should|to)\s+(?:\w+\s+)?instead\b"
    # parties by their side: "parties on the left would fund 1,000 extra nurses", "a party on the right wants"
    r"|\b(?:party|parties)\s+on\s+the\s+(?:far[- ])?(?:left|right|centre-left|centre-right|center-left"
    r"|center-right)\b"
    r"[^.;]{0,20}?\b(?:would|wants?|propos\w*|promis\w*|pledg\w*)\b"
    # an amendment a group tables: "would table an amendment to add €100 million for legal aid"
    # ("He proposed an amendment to cut the scheme to £5 million")
    r"|\b(?:table|tabled|tabling|move|moved|put\s+forward|propose|proposed|proposes)\s+an\s+amendment\s+"
    r"(?:to|that\s+would)\s+(?:add|increase|raise|restore|insert|provide|cut|reduce|shift|redirect|divert"
    r"|scale\s+back|trim)\b"
    # one member's own motion: "Cllr Tomás Ó Dálaigh (Independent) proposed an additional €2 million"
    # ("Councilmember Jo Ruiz, who voted no, proposed shifting $2 million": an aside between)
    r"|\b(?-i:Cllr|Councillor|Councilmember|Council\s+member|Councilman|Councilwoman|Alderman|Alderwoman|Supervisor)\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.-]*"
    r"(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.-]*){0,2}\s+"
    r"(?:\([^()]{1,40}\)\s+)?(?:(?:has|had)\s+)?(?:(?:also|then|instead)\s+)?(?:proposed|moved|tabled|suggested)\b"
    r"|\b(?-i:Cllr|Councillor|Councilmember|Council\s+member|Councilman|Councilwoman|Alderman|Alderwoman|Supervisor)\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.-]*"
    r"(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.-]*){0,2},\s+[^,;.]{1,60},\s+(?:(?:has|had)\s+)?(?:(?:also|then|instead)\s+)?(?:proposed|moved"
    r"|tabled|suggested)\b"
    # some members, not the body: "some legislators have proposed a separate $100 million fund",
    # "a group of backbench MPs wants 500 more officers"
    r"|\b(?:some|several|other|two|three|four|a\s+few|a\s+handful\s+of|a\s+group\s+of|a\s+number\s+of|many)"
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{lex.alternation(lex.LEGISLATORS)})\s+(?:(?:have|has|had)\s+)?(?:also\s+)?"
    r"(?:proposed|propose|wants?|wanted|urged|called\s+for|(?:are\s+)?push(?:ing|ed)\s+for|suggested|floated)\b"
    rf"|(?:{lex.alternation(lex.RIVAL_PLAN_WORDS)})\s+(?:[\w-]+\s+)?(?:plan|proposal|budget|bid|motion|bill)"
    rf"|if\s+(?:it|they|he|she)\s+(?:won|wins|win|took|takes|take|came\s+to|comes\s+to)\s+"
    rf"(?:the\s+(?:next\s+|general\s+|state\s+|federal\s+)?)?(?:{lex.alternation(lex.ELECTION_CONDITIONS)})"
    r"|if\s+(?:re-?)?elected|if\s+voted\s+(?:in)?to\s+(?:power|office|government)"
    # "if it forms government", "if they form the next government"
    r"|if\s+(?:it|they|he|she)\s+(?:forms?|formed)\s+(?:the\s+next\s+|a\s+)?government)\b",
    flags=re.IGNORECASE,
    needles=(
        "party",
        "parties",
        "alliance",
        "caucus",
        "competing",
        "rival",
        "alternative",
        "if ",
        "opposite",
        "other side",
        "pposition",
        "voted",
        "defeated",
        "proposed",
        "moved",
        "tabled",
        "suggested",
        "taken",
        "instead",
        *("legislator", "lawmaker", "senator", "mps", "tds", "msps", "mlas", "mpps", "backbench"),
        *("councillor", "councilor", "councilmember", "assemblymember", "representatives", "deputies"),
        "amendment",
        "members",
    ),
    examples=(
        "Its transport spokeswoman said the party would spend £2bn on rail.",
        "He said his alliance would have built 40 new clinics.",
        "Her party has promised a £1 billion skills programme.",
        "A competing plan from two councillors would instead put $9 million into parks.",
        "The caucus would hire 500 extra rangers if it won power.",
        "They would recruit 300 more nurses if they win the next election.",
        "His own party went into the last election promising a £400 million harbour fund.",
        "The Senator's party, in its alternative budget, proposed €50 million for buses.",
        "Those opposite promised a $2 billion rail link and never funded it.",
        "The Opposition's commitment to recruit 3,000 extra nurses is unfunded.",
        "We costed a £4m programme in our amendment and it was voted down.",
        "He proposed spending $9 million on ferries, an idea the board has not taken up.",
        "She argued that the county should instead offer $200,000 in grants.",
        "Cllr Ann Reid (Independent) proposed an additional €1 million for footpaths.",
        "Council member Tom Ruiz, who is running for mayor, has proposed hiring 300 officers.",
        "Parties on the left would raise taxes and fund 900 extra nurses.",
        "Some legislators have proposed a separate $100 million fund for permitting staff.",
        "A group of backbench MPs wants 500 more officers.",
        "The Conservative opposition has pledged to hire 800 new border officers.",
        "They would hire 400 more rangers if they form the next government.",
        "The group said it would table an amendment to add €100 million for legal aid.",
    ),
    counter=(
        "The minister said the party conference would be held in May.",
        "The government will spend £2bn on rail.",
        "The department plans to hire 500 rangers.",
        "Legislators approved a $100 million fund for permitting staff.",
    ),
)


_PARTY_NAMES = lex.alternation((*lex.PARTIES, *lex.PARTY_SPEAKERS))
# "The Liberal Democrats would set up ...", "a Labour government would spend ...": a party,
# by name, promising; the government's own only when the article names that party as the
# government (checked by :func:`rival_voice`).
PARTY_SUBJECT = rule(
    "parties.cue.party-subject",
    "a party by name says what it would do or has pledged",
    rf"\b(?:(?:the|a|an)\s+)?(?P<party>{_PARTY_NAMES})(?:\s+Party)?(?:\s+(?i:government|administration))?"
    # ("Sinn Féin's children spokesperson claimed": a party's member speaks for it)
    r"(?:['’]s\s+(?:[\w-]+\s+){0,3}?(?:spokes(?:person|man|woman)|leader|critic|TD|MP|MLA|MSP|MPP|senator)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:said|says|claimed|claims|argued|argues|warned|warns|estimated|estimates)"
    r"|\s+(?:(?:has|have|had)\s+(?:also\s+)?(?:pledged|promised|proposed|vowed)|would|pledged|promised|pledges"
    r"|promises|proposes|proposed|vowed|vows|wants\s+to|plans\s+to"
    # "The Greens took a $1.2 billion rural health plan to the last election": an election promise
    r"|took\s+(?:[^.;]|\.(?=\d)){0,80}?\s+to\s+the\s+(?:last\s+|previous\s+)?(?:general\s+|federal\s+|state\s+)?election"
    r"|went\s+(?:in)?to\s+the\s+(?:last\s+|previous\s+)?election\s+(?:promising|pledging|offering)"
    # reported: "The NDP says it would spend $4 billion more"
    r"|(?:says?|said|claims?|claimed|argues?|argued)\s+(?:that\s+)?(?:it|they|a\s+\w+\s+government)\s+(?:would|will)"
    # "The Social Democrats say the fund should be €2 billion": what a party says it should be
    r"|(?:says?|said|argues?|argued)\s+(?:that\s+)?(?:the|a|an|its)\s+[^.;]{1,60}?\s+(?:should|must)\s+(?:be|get|receive)))\b",
    needles=tuple(sorted({p.split()[0].lower()[:5] for p in (*lex.PARTIES, *lex.PARTY_SPEAKERS)})),
    examples=(
        "The Liberal Democrats would set up a Rural Transport Fund.",
        "The opposition leader said a Labour government would spend £3bn on hospitals.",
        "The Conservatives have pledged to recruit 2,000 more police officers.",
        "The NDP says it would spend $4 billion more.",
        "The Greens took a $900 million transit plan to the last election.",
    ),
    counter=(
        "The Labour Government will spend £3bn on hospitals.",
        "Green investment would create jobs.",
        "The reform would save £2bn.",
    ),
)
# Words one of which a sentence in a rival voice contains (a cheap test before the patterns).
RIVAL_WORDS = frozenset(
    (
        *lex.RIVAL_GROUPS,
        *lex.RIVAL_PLAN_WORDS,
        *(phrase.split()[-1].lower() for phrase in lex.OPPOSITE_SIDE),
        "opposition",
        *"voted defeated taken instead proposed moved tabled suggested parties".split(),
        *(w.lower() for w in lex.LEGISLATORS),
        "amendment",
        "if",
        *(p.split()[0].lower() for p in (*lex.PARTIES, *lex.PARTY_SPEAKERS)),
    )
)


# A member who voted against: "Councilmember Ray Dutton cast the only vote against", "who voted no".
_DISSENT = lazy(
    r"\b(?:voted\s+(?:no|against)|cast\s+the\s+(?:only|sole|lone)\s+(?:dissenting\s+)?vote|the\s+(?:only|sole|lone)"
    r"\s+dissent(?:er|ing\s+vote)?)\b",
    re.IGNORECASE,
)
# A sentence that goes on in the voice of the one before: "He proposed a smaller $60 million measure".
_GOES_ON = lazy(
    r"^(?:He|She|They)\s+(?:also\s+|instead\s+|then\s+)?(?:proposed|suggested|moved|urged|called\s+for|wants?"
    r"|argued|said|says|would)\b"
)


def continues_rival(sentence: str, previous: str, governing: frozenset[str] = frozenset()) -> bool:
    """Whether ``sentence`` speaks on in the voice of ``previous`` ("He proposed ...") and that
    voice is a rival's or a dissenting member's."""
    if _GOES_ON.match(sentence) is None:
        return False
    return _DISSENT.search(previous) is not None or rival_voice(previous, governing)


_REVIEW_BODY = lex.alternation(lex.REVIEW_BODIES)
# Voices outside government whose recommendations are asks ("The industry body X had recommended a
# larger outlay of Rs 15,000 crore").
_OUTSIDE_VOICE = lex.alternation((*lex.THIRD_PARTY_VOICES, "industry body", "industry bodies", "lobby group"))
# "Recommendation 13: Establish a £5 million compensation fund", "the jury recommended that",
# "Auditors estimated that replacing the ferries would require": what a review asks for or costs.
RECOMMENDED = rule(
    "parties.cue.recommended",
    "a review body recommends or estimates the figure; the government has not committed it",
    r"^\s*(?:[-•*]\s*)?Recommendation\s+\d+[a-z]?\s*[:.–—-]"
    # (a review body's, not officers' to their own committee: "It is recommended that the Committee
    # approves £3.1 million" proposes the council's money, SCHEMA rule 9)
    # ("The Committee recommended last year that": when, between the verb and its clause)
    rf"|\b(?i:{_REVIEW_BODY})s?\b[^.;]{{0,60}}?\b(?:recommend|recommends|recommended)\s+"
    r"(?:(?:last|this|in|earlier|in\s+its|in\s+a)\s+[^.;,]{0,30}?\s+)?that\b"
    # ("a review commissioned by her party had recommended £10m for orthopaedics": the sum itself)
    rf"|\b(?i:{_REVIEW_BODY})s?\b[^.;]{{0,60}}?\b(?:recommend|recommends|recommended)\s+"
    r"(?:(?:an?|spending|investing|allocating)\s+)?(?=[£$€₹]|\d)"
    # others' asks for a sum: "The industry association X has recommended a national chips fund of"
    rf"|\b(?i:{_OUTSIDE_VOICE})\b[^.;]{{0,40}}?\b(?:has\s+|had\s+|have\s+)?(?:recommend|recommends|recommended)\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:fund|outlay|budget|allocation|package|programme|program|scheme"
    r"|investment|increase)\s+of\b"
    rf"|\b(?i:{_REVIEW_BODY})s?\b[^.;]{{0,40}}?\b(?:estimated|estimates|calculated|found)\s+(?:that\s+)?"
    r"[^.;]{0,80}?\b(?:would|will)\s+(?:require|cost|need)\b",
    needles=("recommend", "estimat", "calculat", "found"),
    examples=(
        "Recommendation 13: Establish a £5 million compensation fund for island businesses.",
        "The jury recommended that the province create a $10-million fund.",
        "The Committee recommended last year that inspector numbers should be doubled to 680.",
        "Auditors estimated that replacing the ferries would require around £1.1 billion.",
        "The Commission estimated that meeting the standard would require 1,400 additional caseworkers.",
        "A review commissioned by the union had recommended £12m for rural dentistry.",
        "The industry association Chipnet has recommended a national chips fund of €10 billion.",
    ),
    counter=(
        "Response: Accepted. The Government will provide $9.4 million.",
        "It is recommended that the Committee approves £3.1 million for support assistants.",
        "As the inquiry recommended, the Government will fund 40 new inspectors.",
    ),
)
RECOMMENDED_WORDS = frozenset(
    "recommendation recommend recommends recommended estimated estimates calculated found".split()
)


def recommended(sentence: str, words: frozenset[str]) -> bool:
    """Whether the sentence states a review body's recommendation or estimate (RECOMMENDED)."""
    return not RECOMMENDED_WORDS.isdisjoint(words) and RECOMMENDED.search(sentence) is not None


def rival_voice(sentence: str, governing: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence speaks for a rival party or plan (see :data:`RIVAL_VOICE`), or for a
    party by name that the article does not name as the government (``governing``)."""
    if RIVAL_VOICE.search(sentence) is not None:
        return True
    return any(party_key(m.group("party")) not in governing for m in PARTY_SUBJECT.finditer(sentence))


_ACTS = lazy(
    r"(?:['’]s)?\s+(?:\w+\s+)?(?:said|says|will|would|has|have|is|are|plans|intends|announced"
    r"|expects|aims|offered|confirmed|unveiled|revealed"
    r"|pledged|committed|agreed)\b"
)
