"""Relations between people and posts, as named rules over a masked sentence.

The appointment finder first finds the people of a sentence
(:mod:`tracker.extract.people`) and replaces each by ``⟨Pn⟩``; the rules here
are patterns over that masked sentence. A rule names who is put into a post
(group ``who``, one person or a list of them) and where the post is written:
after the match (``role_after``), in a group ``role``, or as the title written
before the person ("Deputy chair ⟨P0⟩ has been reappointed").

Every rule's examples are plain sentences in our own words; the registry masks
them before matching (``prepare``), exactly as the finder does.
"""

from __future__ import annotations

import re

from tracker.extract import lexicon as lex
from tracker.extract.people import mask, people_in
from tracker.extract.regex import folds_oddly, lazy
from tracker.extract.registry import rule


def masked(text: str) -> str:
    """A sentence with its people masked, as the rules read it."""
    return mask(text, people_in(text))


P = r"⟨P\d+⟩"
# A descriptor before the last of a list ("⟨P0⟩ and resident member ⟨P1⟩"): nouns and
# adjectives, no clause word or preposition.
_LAST_DESC = (
    r"(?:(?!(?:and|or|that|who|which|whom|said|says|told|in|at|on|to|by|for|of|with|from|as|into|also"
    r"|been|be|being|the|a|an|was|were|is|are|will|has|have)\b)[a-z][\w'’-]*\s+){0,3}?"
)
# A person's home town or state in a US personnel list, without commas ("⟨P0⟩ of Worthington and ⟨P1⟩
# of Saint Paul to the Board"): read where the list goes on or the post follows.
_HOME = (
    # (or where the person works: "⟨P⟩ of the Dunmore County Sheriff's Office to chair the panel")
    r"(?:\s+of\s+(?:the\s+(?=(?-i:[A-Z])[^⟨.;,]{1,60}?\s+to\s+(?:chair|lead|head|co-chair)\b))?"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}"
    r"(?=\s*,?\s+and\s+(?:[a-z][\w'’-]*\s+){0,3}?⟨P|\s*,\s*⟨P|\s+to\s+(?:the|its|serve|be|chair|lead|head"
    r"|co-chair)\b))?"
)
# One person, or a list of people ("⟨P0⟩, ⟨P1⟩ and ⟨P2⟩").
PLIST = rf"{P}{_HOME}(?:\s*,\s*(?!and\b){P}{_HOME})*(?:\s*,?\s+and\s+{_LAST_DESC}{P}{_HOME})?"
# An aside after a name: "(52)", ", of Ohio,", ", a former judge,", ", currently its director,".
APPOS = (
    # honours after the name, each after a comma: "⟨P⟩, AO, DSC, to be appointed"
    r"(?:\s*,\s+(?-i:[A-Z]{2,5})(?=\s*,))*"
    # the age in a US personnel template: "⟨P⟩, 52, of Fresno, has been appointed"
    r"(?:\s*,\s+(?:aged\s+)?\d{2}(?=\s*,))?"
    # an Indian service after the name: "⟨P⟩, IAS, Joint Secretary (Crops), has been ..."
    # (written with full stops too, and retired: "⟨P⟩, I.A.S. (Retd.), former Principal Secretary, as")
    rf"(?:\s*,\s+(?:{lex.alternation(lex.SERVICE_POSTNOMINALS)}|I\.A\.S\.|I\.P\.S\.|I\.F\.S\.)"
    # (and its cadre and batch: "⟨P⟩, IAS (KL:1992), presently ...")
    r"(?:\s*\((?:(?:Retd|Rtd|retd|rtd)\.?|[A-Z]{1,5}\s*:\s*(?:19|20)\d\d)\))?(?=\s*,))?"
    # "⟨P⟩ of the RCMP has been named": the person's service, before a verb
    # ("the" may be left out before a named force or body: "⟨P⟩ of Dyfed Marches Police has been")
    # ("⟨P⟩ of the District of Massachusetts has been appointed", "⟨P⟩ of Senegal as the Special Envoy")
    # (an aside may follow: "⟨P⟩ of Las Vegas, a retired police lieutenant, has been appointed")
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&'’-]*){0,4}"
    r"(?=\s+(?:has|have|is|was|will|as)\b|\s*,\s+(?=[a-z])))?"
    # the home state in a US personnel template, without commas: "⟨P⟩ of New Mexico to be a Member"
    r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s+to\s+(?:be|serve)\b))?"
    r"(?:\s*\([^()⟨⟩]{0,60}\))?"
    # (an aside may hold a bracket of its own: ", currently Chief Engineer (Roads and Bridges),", and
    # go on after it: ", a former deputy vice-chancellor (research) at X and until recently head of Y,")
    # (character classes, not an alternation per character: this fragment is in most relations)
    # (an aside may name a place with its state or province: ", of Iqaluit, Nunavut,")
    # (and a second lower-case piece after a comma: ", a structural engineer who has worked at X for 19
    # years, most recently as Y bridge engineer,")
    r"(?:\s*,\s+(?:(?=[a-z])(?!and\b|who\s+(?:was|were|had)\b|replac|succeed)[^,;:()]{1,140}?(?:\([^()⟨⟩,;]{1,60}\)[^,;:()]{0,120}?){0,2}"
    r"(?:,\s+(?:most\s+recently|previously|until\s+recently|latterly)\s+(?:[^,;:()⟨⟩]|⟨P\d+⟩){1,80}?(?=,))?"
    # (the place's state may come before the aside goes on: ", who served as police chief in Greeneville,
    # Tennessee, for a decade before joining X,")
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=,)(?:,\s+(?=[a-z])(?!and\b)[^,;:()⟨⟩]{1,120}?(?=,))?)?"
    # (a bracket may hold a place read as a person: "Inspector General of Police (⟨P1⟩),")
    r"|[^,;:⟨⟩()]{1,100}?(?:\((?:[^()⟨⟩,;]|⟨P\d+⟩){1,60}\)[^,;:⟨⟩()]{0,60}?)?"
    # (a post and its place, each after a comma: ", Collector, Tiruvarur district,", ", Deputy Inspector
    # General of Police, Northern Range, Sambalpur,")
    r"(?:,\s+(?!and\b|who\b)[^,;:⟨⟩()]{1,60}?(?=,)){0,3}"
    # (a post and its ministry, each after a comma: ", Deputy Permanent Secretary, Ministry of Lands,")
    r"(?:,\s+(?:Ministry|Department|Office)\s+of\s+[^,;:⟨⟩()]{1,80}?)?),)?"
)
# A list of people, each with an aside: "⟨P0⟩, a judge, and ⟨P1⟩, a former nurse," (the asides
# hold no person of their own).
# ("⟨P0⟩ of the Hong Kong Academy for Performing Arts and ⟨P1⟩": the body each comes from)
_ASIDE = (
    r"(?:\s*,\s+(?=[a-z])[^,;:()⟨⟩]{1,140}?,"
    r"|\s+of\s+the\s+(?-i:[A-Z])[\w'’&-]*(?:\s+(?:of|for|and|&|(?-i:[A-Z])[\w'’&-]*)){0,8}"
    # ("⟨P0⟩ of Curtin University's School of Mines and ⟨P1⟩": without "the", a name of two words or more)
    r"|\s+of\s+(?-i:[A-Z])[\w'’&-]*(?:\s+(?:of|for|and|&|(?-i:[A-Z])[\w'’&-]*)){1,8})"
)
# (a descriptor may stand before each later person: "and First Nations elder ⟨P1⟩")
# (only after "and": after a bare comma, lower-case words are a clause, "⟨P0⟩, announced that ⟨P1⟩")
PLIST_ASIDES = (
    rf"{P}(?:{_ASIDE}?\s*(?:,\s*(?:[A-Z][\w'’.-]*\s+){{0,2}}?|,?\s*\band\s+(?:(?!(?:that|who|which|whom|said"
    rf"|says|told|announced|confirmed)\b)[\w'’.-]+\s+){{0,4}}?){P})*"
)
# A list after a colon, each entry as a board announcement writes it: a lower-case descriptor
# before the name ("former trust chair ⟨P1⟩, accountant ⟨P2⟩ and patient advocate ⟨P3⟩"), the
# post in brackets after it ("⟨P0⟩ (Chair), ⟨P1⟩"), or an aside closed by a semicolon
# ("⟨P0⟩, a former nurse; ⟨P1⟩, chief executive of X; and ⟨P2⟩").
# (a descriptor is nouns and adjectives: no clause word or preposition, "sworn in at ⟨P⟩" is a place)
# (a place may open it: "Mackay chartered accountant ⟨P1⟩", "Cherbourg community leader ⟨P2⟩")
_ENTRY_DESC = (
    # ("the playwright ⟨P0⟩": an article before the descriptor)
    r"(?:(?:the|a|an)\s+(?=(?:[a-z][\w'’.-]*\s+){1,3}⟨P))?"
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+(?=[a-z]))?"
    r"(?:(?!(?:and|or|that|who|which|whom|said|says|told|in|at|on|to|by|for|of|with|from|as|into|also"
    r"|sworn|been|be|being|the|a|an)\b)[a-z][\w'’.-]*\s+){0,5}?"
)
# (or by a comma before the last entry: "⟨P0⟩, a pig producer from X, and ⟨P1⟩, who runs Y")
_ENTRY_AFTER = (
    # (an aside closed by a semicolon may hold commas: "⟨P0⟩, General Secretary of the Food, Drinks and
    # Allied Workers Union; ⟨P1⟩, ...")
    r"(?:\s*\([^()⟨⟩]{1,40}\))?(?:\s*,\s+(?!and\b)(?:[^;:⟨⟩()]{1,120}?(?=\s*;)"
    r"|(?=[a-z])[^,;:⟨⟩()]{1,100}?(?=\s*,\s*and\s+(?:[\w'’.-]+\s+){0,3}?⟨P)))?"
)
PLIST_ENTRIES = (
    rf"{_ENTRY_DESC}{P}{_ENTRY_AFTER}(?:\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+){_ENTRY_DESC}{P}{_ENTRY_AFTER})*"
)
AUX = (
    r"(?:(?:has|have|had|is|are|was|were|will|would|shall|should|to|also|now|today|formally|officially|been"
    r"|being|be|just|yesterday|this\s+week|subsequently|newly|already|jointly|each|both|set|due|poised"
    r"|concurrently|additionally"
    # a day between the auxiliary and the verb: "was on Monday appointed", "has this week been named"
    r"|(?:(?<=was\s)|(?<=were\s)|(?<=has\s)|(?<=have\s)|(?<=been\s)|(?<=is\s)|(?<=are\s))"
    r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+week|earlier\s+today)"
    # consent given: "has agreed to serve as the centre's first chair"
    r"|agreed|agrees|consented|consents"
    # hedges are read here so that the relation is found and then turned down
    r"|tipped|expected|likely|understood|reported|reportedly|rumoured|rumored|said)\s+)*"
)
# Words between a verb and the person it names: titles and descriptors ("named
# Chief Patrol Agent ⟨P1⟩", "appointed hydrologist ⟨P0⟩").
DESC = (
    # (a post the person already holds, between commas: "named its finance director, ⟨P⟩, as interim
    # chief administrative officer")
    r"(?:(?:its|their|his|her)\s+(?:[\w'’.&-]+\s+){0,4}?[\w'’.&-]+,\s+(?=⟨P)|"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?"
    # ("lawyer and public health specialist ⟨P⟩": "and" between descriptions, not between people)
    # ("of" only inside a rank: "Deputy Commissioner of Police ⟨P⟩")
    # (a retired rank: "Lt Gen (retd) ⟨P⟩")
    # ("of" inside a place's name too: "former Shire of Carnarvon president ⟨P⟩")
    r"(?:(?!(?:as|to|for|of(?!\s+(?:Police\b|(?-i:[A-Z])(?![A-Z]*⟩)))|by|in|on|with|that)\b)(?!and\s+(?:[A-Z⟨]|as\b|to\b))"
    r"(?:[\w'’.&-]+|\((?:[Rr]etd|[Rr]td|[Rr]etired)\.?\))\s+)"
    r"{0,5}?)"
)
_TITLE = lex.alternation(w for w in lex.ROLE_TITLES)
TITLE_WORD = rf"(?i:{_TITLE}s?)\b"
TITLE_ONE = rf"(?i:{_TITLE})\b"

# Words of the sentence that make an appointment possible at all: without one of the
# first set, and without one of the second set beside a title, the sentence is not read.
ANCHOR_WORDS = frozenset(
    "appoint appoints appointed appointing appointment appointments reappoint reappoints reappointed "
    "reappointment nominate nominates nominated nominating nominee nominees designate designates designated "
    "designee installed sworn swore promoted elevated tapped named chosen selected hired recruited seconded "
    "picked become becomes becoming helm remains remain stays continues continue continuing appointee "
    "appointees succeeds succeeding succeed succeeded replaces replacing replaced moves move "
    "moving promoting filled brief portfolio elected reelected made posting designation joined "
    "transferred extended extension reconstitution reconstituted constituted inaugurated joining "
    "posted".split()
)
# Words that anchor a relation in one phrase each: "steps up as" (SUBJECT), "takes charge of",
# "command at" (HELM), "the appointment of", "whose appointment as" (APPOINTMENT_OF, POSSESSIVE,
# SUBJECT), "led by", "chaired on an interim basis by" (LED_BY). Most sentences that hold one of
# them hold no such phrase ("the steps we take", "free of charge", "the appointment process",
# "it led the talks"): those are read only when the phrase is written.
ANCHOR_PHRASE_WORDS = frozenset(
    "step steps charge command appointment appointments led headed chaired commanded coordinated choice "
    "selection".split()
)
# The words of the phrases that name a post by its verb or take it up: "Leading it will be ⟨P⟩", "take up
# their posts:" (read apart from ANCHOR_PHRASE_WORDS: "running" and "posts" are common words).
POST_PHRASE_WORDS = frozenset("leading heading running directing chairing posts".split())
ANCHOR_PHRASE = lazy(
    r"(?i:\bsteps?\s+(?:up|in)\b|\b(?:charge|command)\s+(?:at|of|as)\b"
    r"|\bappointments?\s+(?:terms?\s+)?(?:of|as)\b|\b(?:choice|selection)\s+of\b"
    r"|\b(?:led|headed|chaired|commanded|coordinated)\s+(?:by|on|in|temporarily|jointly|independently)\b"
    # ("Two new regional coordinators take up their posts on 1 May:")
    r"|\btake\s+up\s+their\s+posts\b"
    # ("Leading it will be ⟨P⟩")
    r"|\b(?-i:Leading|Heading|Running|Directing|Chairing)\s+(?:it|them|the\s+[^,.;]{2,60}?)\s+(?:will\s+be"
    r"|is\s+to\s+be)\b)"
)
ANCHOR_WEAK_WORDS = frozenset(
    "as be new newly next first inaugural incoming other remaining founding take takes taking took taken "
    "role post position job begin "
    "start assume chair head lead run join will".split()
)
# Where an appointment can be written at all: a sentence without one of these is not read
# for people (one scan of the whole text, far cheaper than reading every sentence).
_ANCHOR_VERB = (
    r"(?i:\b(?:appoint|reappoint|re-appoint|nominat|designat|install|swor[en]|promot|elevat|tapped|named|chosen"
    r"|selected|hired|recruited|seconded|picked|becom|helm|(?:re-?)?elect|been\s+made|take\s+charge|takes\s+charge|(?:led|headed|chaired"
    r"|co-chaired|run|commanded|coordinated)\s+(?:independently\s+)?by|(?:to|will|would|shall)\s+(?:also\s+)?(?:chair|co-chair|head|lead|run|join"
    r"|direct|command)\b"
    r"|(?:take|takes|taking|took|taken)\s+(?:up|over|on)\b|(?:begin|start|assume)\s+(?:work|their|his|her|the)"
    r"|will\s+(?:begin|start|join|assume)|(?:role|post|position|job)\s+of\b|steps?\s+(?:up|in)\b"
    r"|stays?\s+on\b|remains?\b|continues\s+as|nominee|designee|appointee|(?:choice|selection)\s+of\b"
    r"|(?:leading|heading|running|directing|chairing)\s+(?:it|them|the)\s"
    r"|(?:other|remaining|founding|inaugural)\s+(?:[\w'’-]+\s+)?(?:members|trustees|commissioners|directors)\b))"
)
# Up to six words between "as", "new" ... and the title. Each word is one of two shapes only:
# listing the determiners and modifiers ("the", "new", "interim") beside "[\w-]+", which
# matches them too, made the engine retry every word once per shape that fits it.
_ANCHOR_TITLE_AFTER = (
    r"\b(?i:as|be|new|newly|next|first|inaugural|incoming)\s+(?:(?:[\w.-]+['’]s|[\w-]+)\s+){0,6}"
    rf"(?:[Cc]o-|[Vv]ice-)?{TITLE_WORD}"
)
# the post first: "Its chair will be ⟨P⟩"
_ANCHOR_TITLE_FIRST = (
    rf"\b(?i:its|their|the|his|her)\s+(?:[\w'’-]+\s+){{0,3}}?{TITLE_WORD}\s+(?i:will|would)\s+be\b"
)
_ANCHOR_TITLE = f"{_ANCHOR_TITLE_AFTER}|{_ANCHOR_TITLE_FIRST}"
ANCHOR = rule(
    "appointment.cue.anchor",
    "words without which no relation rule can match: appointing verbs, 'as' or 'be' before a title, "
    "'new' before a title, 'led by', a modal before 'chair/head/lead', taking up a post",
    rf"{_ANCHOR_VERB}|{_ANCHOR_TITLE}",
    examples=(
        "The board has appointed Jo Bell as chair.",
        "Jo Bell will serve as interim chief executive.",
        "Jo Bell has agreed to serve as the centre's first chair.",
        "The new Minister of State, Alex Quist, visited a school.",
        "The taskforce will be led by Ann Lee.",
        "• Lena Ortiz, of Nevada, to serve as Co-Chair",
        "The other members are Jo Hart and Sam Ives.",
        "Its chair will be Morag Lindsay-Fraser, a former council chief.",
    ),
    counter=("The council will invest £4m in parks.", "The minister said the plan was ambitious."),
)
# ANCHOR's alternatives compiled apart. Whether any is found is whether ANCHOR is;
# the engine scans a sentence with each in well under half the time it takes over their
# alternation (measured on the benchmark's sentences: 180 against 345 µs per document).
_ANCHOR_PARTS = (lazy(_ANCHOR_VERB), lazy(_ANCHOR_TITLE_AFTER), lazy(_ANCHOR_TITLE_FIRST))


# Gates for ANCHOR's halves on a sentence's a-z words (similarity.word_set): each match of a half
# starts at a word boundary ("\b" or white space before it), so its first word is the start of an
# a-z word of the sentence, and a word followed by white space or "\b" is a whole one.
# _ANCHOR_TITLE_AFTER: "as", "be", "new" ... whole.
_TITLE_AFTER_WORDS = frozenset("as be new newly next first inaugural incoming".split())
# _ANCHOR_TITLE_FIRST: "will" or "would" and "be", whole.
_WILL_WORDS = frozenset(("will", "would"))
# _ANCHOR_VERB: one of its alternatives' first words whole ("take charge", "led by", "role of" ...;
# "co-chaired" and "re-elect" hold "chaired" and "elect" after the hyphen) ...
_VERB_FIRST_WORDS = frozenset(
    "take takes taking took taken led headed chaired run commanded coordinated begin start assume role "
    "post position job step steps stay stays remain remains continues choice selection other remaining "
    "founding inaugural leading heading running directing chairing".split()
)
# ... or a modal and a post's verb ("will chair", "to co-chair"), both whole ...
_MODALS = frozenset(("to", "will", "would", "shall"))
_MODAL_POSTS = frozenset("chair head lead run join direct command".split())
# ... or a word that starts with a stem written without "\b" after it ("appoint", "swore", "becom",
# "named": "appointment", "becoming", "namedrop"); "will" before "begin", "start", "join", "assume"
# and "been" before "made" are wanted too. Every stem has four letters or more: a word is looked up
# by its first four first.
_VERB_STEMS = (
    *"appoint reappoint nominat designat install swore sworn promot elevat tapped named chosen".split(),
    *"selected hired recruited seconded picked becom helm elect reelect nominee designee appointee".split(),
)
_AFTER_WILL_STEMS = ("begin", "start", "join", "assume")
_VERB_HEADS = frozenset(stem[:4] for stem in (*_VERB_STEMS, *_AFTER_WILL_STEMS, "made"))


def _may_hold_verb(words: frozenset[str]) -> bool:
    """Whether ``words`` (a-z words, none folded oddly) hold what every match of _ANCHOR_VERB holds."""
    if not _VERB_FIRST_WORDS.isdisjoint(words) or not (
        _MODALS.isdisjoint(words) or _MODAL_POSTS.isdisjoint(words)
    ):
        return True
    will, been = "will" in words, "been" in words
    for word in words:
        if word[:4] in _VERB_HEADS and (
            word.startswith(_VERB_STEMS)
            or (will and word.startswith(_AFTER_WILL_STEMS))
            or (been and word.startswith("made"))
        ):
            return True
    return False


def anchored(text: str, words: frozenset[str] | None = None) -> bool:
    """Whether ``ANCHOR`` is found in ``text`` (what ``ANCHOR.search(text) is not None`` says).

    ``words``: the a-z words of a text ``text`` is part of (``Sentence.words``), or None. A half
    is scanned only when they hold the words every match of it holds (see above); a text holding
    a character that IGNORECASE folds to an a-z letter without lowering to one (regex.ODD_FOLDS)
    is scanned whatever its words, since the word set does not show it."""
    verb, title_after, title_first = _ANCHOR_PARTS
    if words is not None and folds_oddly(text):
        words = None
    # (the title halves first: they cost less per sentence and are found more often, 38 against
    # 26 of the benchmark's 139 sentences that reach this test)
    if (words is None or not _TITLE_AFTER_WORDS.isdisjoint(words)) and title_after.search(text) is not None:
        return True
    # The post written first needs "will be" or "would be": a text without "will" or "would" in
    # its lower case (nor a character IGNORECASE folds to a letter of theirs) is spared the
    # scan, which tries the title after every "the" of the sentence.
    if words is None:
        lowered = text.lower()
        may_be_will_be = "will" in lowered or "would" in lowered or folds_oddly(text)
    else:
        may_be_will_be = "be" in words and not _WILL_WORDS.isdisjoint(words)
    if may_be_will_be and title_first.search(text) is not None:
        return True
    return (words is None or _may_hold_verb(words)) and verb.search(text) is not None


_APPOINT_VERBS = (
    # (capitalised too: a decision's item "Fifth: Appointing X as", a council's "Appoint X as")
    r"(?:re-?)?[Aa]ppoint(?:s|ed|ing)?|name[sd]?|naming|nominat(?:e|es|ed|ing)|designat(?:e|es|ed|ing)"
    r"|cho(?:se|sen|oses|osing)|select(?:s|ed|ing)?|install(?:s|ed|ing)?|confirm(?:s|ed|ing)?|tap(?:s|ped)"
    r"|pick(?:s|ed)|hire[sd]?|recruit(?:s|ed)|promot(?:e|es|ed|ing)|elevat(?:e|es|ed|ing)|swore\s+in|swears\s+in|inaugurat(?:es|ed)"
    r"|(?:re-?)?elect(?:s|ed)?"
    # ("The Commissioner has posted ⟨P⟩, executive engineer, to head the cell")
    r"|post(?:s|ed)"
    r"|unveil(?:s|ed)|announc(?:e|es|ed)|welcom(?:e|es|ed)"
    # a council's decision on a hire: "approved the hiring of ⟨P⟩, a deputy chief with X, as fire chief"
    r"|(?:approv|ratifi|confirm|endors)(?:e|es|ed|ing)\s+the\s+(?:hiring|appointment|hire|selection)\s+of"
)
# Keeping someone on into an interim post: "voted to keep assistant city manager ⟨P⟩ on as interim
# city manager" (an appointing verb only with "on as" after the person).
_KEEP_ON = r"(?:keep|keeps|kept|keeping)(?=\s[^.;]{1,80}?\s+on\s+as\b)"
# A request that is the appointment: "I have asked ⟨P⟩ to serve as the Independent Reviewer".
_ASKED_TO_SERVE = r"(?:asked|invited)(?=\s[^.;]{1,80}?\s+to\s+(?:serve|act)\s+as\b)"
# When an appointment takes effect, written between the verb and the post ("sworn in on
# Monday as", "confirmed today as"): it says nothing of the post.
WHEN = (
    # (a weekday without "on", as American news writes it: "was sworn in Wednesday as")
    rf"(?:\s+(?:(?:on\s+)?(?:{lex.WEEKDAY}|\d{{1,2}}\s+{lex.MONTH}|{lex.MONTH}\s+\d{{1,2}})|today|yesterday|this\s+week"
    r"|last\s+week|formally|officially|unanimously"
    # ("will be sworn in this afternoon as", "later today")
    r"|(?:this|tomorrow)\s+(?:morning|afternoon|evening)|tomorrow|tonight|later\s+today|next\s+week"
    # where: "was sworn in at Government House as"
    rf"|at\s+(?:the\s+)?{lex.alternation(lex.CEREMONY_PLACES)}))?"
)
# What joins an appointee to the post after an appointing verb.
_LINK = (
    r"on\s+as(?=\s+(?:the\s+)?(?:interim|acting|temporary|caretaker)\b)|"
    # "nominated Judge ⟨P⟩ for appointment by the President as President of the District Court"
    r"for\s+(?:re-?)?appointment\s+(?:by\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+)?(?:as|to)"
    r"|as|to\s+be(?:come)?|to\s+serve\s+as|to\s+act\s+as"
    # "promoting ⟨P⟩ straight into Cabinet as Minister of Education": the post after the cabinet
    r"|(?:(?:straight|directly)\s+)?(?:in)?to\s+(?:the\s+)?(?:Cabinet|cabinet|ministry)\s+as"
    r"|in\s+the\s+(?:new\s+)?(?:role|post|position|office)\s+of"
    r"|to\s+(?:a|the)\s+(?:new(?:ly\s+created)?\s+)?(?:post|role|position|job|office)\s+(?:of|as)"
    r"|(?=to\s+(?:lead|head|run|chair|oversee)\b)"
    # "appointed ⟨P⟩, a retired accountant, to fill the District 3 seat": a seat on the body
    r"|(?=to\s+fill\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:seat|vacancy)\b)"
    # "promoted ⟨P⟩ to chief operating officer"
    rf"|to\s+(?=(?:(?:the|its|their|his|her|new|interim|acting)\s+)*(?:\w[\w'’-]*\s+){{0,3}}{TITLE_WORD})"
    r"|to\s+(?:the\s+)?(?:[\w'’]+['’]s\s+)?(?=[A-Z⟨]|(?:board|council|committee|panel|commission|cabinet)\b)"
    rf"|(?=(?:(?:the|its|their|his|her|new|interim|acting)\s+)*(?:\w[\w'’-]*\s+){{0,3}}{TITLE_WORD})"
    # nothing after the person: the post is the title before ("reappointed Secretary of Transportation ⟨P⟩,
    # who has led the department since 2021")
    r"|(?=[.;]?\s*$|,\s+who\b)"
)
# A further term: the post is the title written before the person.
_TERM = (
    # ("extended the term of ⟨P⟩ by two years")
    r"by\s+(?:a\s+further\s+)?(?:\w+|\d+)\s+(?:years?|months?)\b|"
    r"for\s+(?:a|another)\s+(?:further|second|third|fourth|new|fresh)\b|until\s+|to\s+\d|(?:with"
    r"|for)\s+immediate"
    # ("reappointed commissioners ⟨P0⟩ and ⟨P1⟩ for further three-year terms")
    r"|for\s+(?:further|second|new|fresh)\s+(?:[\w-]+\s+)?terms\b"
    # ("reappointed ⟨P⟩ to a three-year term on the county Planning Commission")
    r"|to\s+(?:a|another)\s+(?:[\w-]+-year\s+)term\b"
    r"|on\s+a\s+permanent\s+basis|permanently|substantively"
)

# "appointed ⟨P0⟩ as chair and former principal ⟨P1⟩ as deputy chair": a second appointee and
# post after the first's, read from where the first relation ends.
AND_AS = rule(
    "appointment.rel.and-as",
    "after an appointment, 'and ⟨P⟩ as X' appoints a second person to a post of their own",
    # (a list may run on commas: "⟨P0⟩ was installed as A, ⟨P1⟩ as B, and ⟨P2⟩ as C")
    rf"(?:,\s*(?:(?:and|with)\s+)?|\s+(?:and|with)\s+)(?:of\s+|to\s+)?{DESC}(?P<who>{PLIST}){APPOS}\s*,?\s*as\s+",
    examples=(
        "The Minister appointed Sam Reilly as chair and former principal Jo Ferris as deputy chair.",
        "Rahmat Hadi was installed as Deputy Minister of Fisheries, Dewi Angga as Deputy Minister of Health.",
        "She announced the appointment of Ann Roe as Chair, and of Tom Tay, Dee John and Al Moor as members.",
        "It will be chaired by Hamid Rahimi, a dean, with former principal Jo Ferris as deputy chair.",
        "He presented letters of appointment to Ann Roe as Minister of Fisheries, and to Tom Tay as"
        " Minister of Health.",
    ),
    counter=("The Minister appointed Sam Reilly as chair and thanked Jo Ferris.",),
    prepare=masked,
)
# "The Office will open in May, with ⟨P⟩ as its chair": a body the sentence sets up or opens,
# and the person at its head (the finder reads it only where the sentence speaks of the future
# or of a body being set up: "The board met, with ⟨P⟩ as its chair" appoints nobody).
WITH_AS = rule(
    "appointment.rel.with-as",
    "a body set up 'with ⟨P⟩ as its chair': the person holds that post",
    rf",?\s+with\s+{DESC}(?P<who>{PLIST}){APPOS}\s*,?\s*(?:as\s+(?=(?:its|the)\s+)"
    # ("⟨P0⟩ has been named director general, with Superintendent ⟨P1⟩ serving as deputy director general")
    r"|(?:serving|acting|to\s+serve|to\s+act)\s+as\s+)",
    examples=(
        "The Growth Office will open in May, with former executive Amara Lowe as its chair.",
        "A Flood Cell will be set up, with Saima Qureshi, a planner, as its head.",
        "Jo Bell has been named director of the centre, with Inspector Ravi Gill serving as her deputy.",
    ),
    counter=("The board met with Ann Lee to discuss its plans.",),
    prepare=masked,
)
# "approved the reconstitution of the board of X, with ⟨P⟩ as chairman and ⟨P⟩, ⟨P⟩ and ⟨P⟩ as
# members": a board constituted anew names its members with "as" alone.
WITH_AS_MEMBER = rule(
    "appointment.rel.with-as-member",
    "a board (re)constituted 'with ⟨P⟩ as chairman': the person holds that post",
    rf",?\s+with\s+{DESC}(?P<who>{PLIST}){APPOS}\s*,?\s*as\s+(?=[a-z])",
    examples=(
        "The governor approved the reconstitution of the board of the Harbour Authority, with Musa Bello as "
        "chairman and Ada Okafor as a member.",
    ),
    counter=("The board was reconstituted with a new charter as its guide.",),
    prepare=masked,
)
# (the rule is read only in a sentence that constitutes a board: "The board met with ⟨P⟩ as
# chairman of the meeting" appoints nobody)
CONSTITUTED = lazy(r"\b(?:re)?constitut(?:ion|ed|es|e|ing)\b|\binaugurat(?:ion|ed|es|e)\b")
WITH_AS_CONTEXT = lazy(
    r"\b(?:will|shall|to\s+be|is\s+to|are\s+to|new|newly|set\s+up|established|created|launched|formed"
    r"|been\s+(?:named|appointed))\b"
)
# A person with what they do before the name: "the choreographer ⟨P0⟩", "a Cork-based architect ⟨P1⟩".
_DESCRIBED = rf"(?:(?:the|an?)\s+)?(?:(?!(?:and|or|to|of|for|in)\s)[\w'’-]+\s+){{0,4}}?{P}"
# A described person with what follows their name: "⟨P0⟩ of Cardiff University", "⟨P1⟩, executive
# director of the Network;" (an aside a semicolon closes).
_DESCRIBED_ASIDE = (
    rf"{_DESCRIBED}(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:of|for|and|&|(?-i:[A-Z])[\w'’&.-]*)){{0,8}}"
    # (an aside a semicolon closes may hold a comma: "⟨P0⟩, a physician, who will serve as chair;")
    r"|\s*,\s+(?=[a-z])[^;:()⟨⟩]{1,160}?(?=\s*;))?"
)
# "has appointed two new members, ⟨P0⟩ and ⟨P1⟩": a count of posts, then who fills them.
COUNTED_POSTS = rule(
    "appointment.rel.counted-posts",
    "'appointed two new members, ⟨P⟩ and ⟨P⟩': each takes one of the posts counted",
    rf"\b(?:appointed|named|nominated|appoints|names"
    # a second set of posts in the sentence of a first: "appointed ⟨P0⟩ as chair, together with two new
    # non-executive directors, ⟨P1⟩ and ⟨P2⟩"
    r"|together\s+with|along\s+with|alongside)\s+(?:two|three|four|five|six|seven|eight|\d{{1,2}}"
    # ("appointed its first members: ⟨P0⟩, ...; ⟨P1⟩, ...")
    r"|(?:its|the|their)\s+(?:first|founding|inaugural|initial))\s+"
    # ("appointed two independent hearing commissioners, ⟨P0⟩ and ⟨P1⟩": two words may describe them)
    rf"(?:new\s+|additional\s+)?(?P<title>(?:[\w-]+\s+){{0,2}}(?i:members|directors|trustees|commissioners"
    r"|governors))"
    # (the body may come first: "two new members to the Council: the choreographer ⟨P0⟩ and ...")
    r"(?:\s+(?:to|on)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’&-]*){0,5})?"
    # ("to the Task Force, which advises the state on access: ⟨P0⟩ ...": what the body does)
    r"(?:,\s+which\s+[^:;⟨]{1,100}(?=:))?"
    rf"\s*[,:—–-]\s*(?P<who>{_DESCRIBED_ASIDE}(?:\s*[,;]\s*(?:and\s+)?{_DESCRIBED_ASIDE})*"
    rf"(?:\s*,?\s+and\s+{_DESCRIBED_ASIDE})?)",
    examples=(
        "The Minister has appointed two new members, Cath Voss and Sione Latu, to the Board.",
        "The council has appointed two independent hearing commissioners, Kahu Rewa and Sarah Lind.",
        "The Secretary has also appointed three members: Professor Ann Rhys of Bangor University, housing "
        "campaigner Jo Okafor and Councillor Huw Bell of Powys County Council.",
        "The Governor appointed three new members to the Task Force: Dana Whit, director of the Learning "
        "Network; the Reverend Eli Monroe, who founded a centre; and Dr. Kim Tran, a professor.",
        "The Minister has appointed two new members to the Council: the potter Ann Hale and the "
        "Galway-based producer Rob Dunne.",
        "The minister appointed Ann Roe as chair, together with two new Members, Kit Blyth and Sam Orr.",
    ),
    counter=("The Minister has appointed two new members.",),
    prepare=masked,
)
# "Two deputy governors were named alongside him: ⟨P0⟩, ..., and ⟨P1⟩, ...", "Two new regional
# coordinators take up their posts on 1 May: ⟨P0⟩ for X, and ⟨P1⟩ for Y": the count and the posts first,
# then the people who fill them after a colon.
COUNTED_POSTS_LEAD = rule(
    "appointment.rel.counted-posts-lead",
    "'Two deputy governors were named: ⟨P⟩ and ⟨P⟩': a counted lead, then who fills the posts",
    r"(?:^|[.;]\s+)(?P<n>(?-i:Two|Three|Four|Five|Six))\s+(?:new\s+)?(?P<title>(?:[\w-]+\s+){0,2}?[a-z][\w-]*s)\s+"
    r"(?:(?:were|have\s+been|had\s+been|will\s+be|are\s+to\s+be)\s+(?:also\s+)?(?:named|appointed|nominated)"
    r"|(?:will\s+)?take\s+up\s+their\s+posts)\b[^:⟨;.]{0,40}:\s*(?=(?:[\w'’.-]+\s+){0,3}?⟨P)",
    examples=(
        "Two deputy governors were named alongside him: Ana Rhys, a lawyer, and Sam Orr, an engineer.",
        "Two new regional coordinators take up their posts in May: Ana Rhys for the north, and Sam Orr "
        "for the south.",
    ),
    counter=("Two officers were named in the report.", "Two members were named: the chair said so."),
    prepare=masked,
)
# "with civil engineer ⟨P0⟩ and chartered accountant ⟨P1⟩ among the directors": members named as
# among a board's members, where the sentence appoints (its verb, or "new" members).
AMONG_MEMBERS = rule(
    "appointment.rel.among-members",
    "'⟨P⟩ and ⟨P⟩ among the (new) directors': each takes a seat",
    rf"(?P<who>{_DESCRIBED}(?:\s*,\s*{_DESCRIBED})*(?:\s*,?\s+and\s+{_DESCRIBED})?)\s+(?:(?:are|were|will\s+be)\s+)?"
    r"among\s+the\s+(?:(?:new|other|founding|first|incoming)\s+)?(?P<title>(?:non-executive\s+)?(?:members"
    r"|directors|trustees|commissioners|governors|appointees))\b",
    examples=(
        "Tui Hale will chair it, with engineer Sam Ford and accountant Ana Lee among the directors.",
        "Ira Moss and Dee Chan are among the new members of the panel.",
    ),
    counter=("Ira Moss and Dee Chan are among the voters.",),
    prepare=masked,
)
# "has appointed ⟨P0⟩, a general practitioner; ⟨P1⟩, a chief executive ...; and ⟨P2⟩, an accountant":
# a list whose entries, each with a long aside, are split by semicolons.
SEMICOLON_LIST = rule(
    "appointment.rel.semicolon-list",
    "an appointing verb, then people each with an aside, split by semicolons",
    # (an aside may hold a name read as a person: "a Port Carrick doctor"; only each entry's first counts)
    rf"\b(?:{_APPOINT_VERBS})\s+(?P<who>{P},[^;.]*(?:;\s*(?:and\s+)?{P},[^;.]*)+)",
    examples=(
        "The Minister has appointed Dr Ana Vea, a rural doctor; Tom Reid, a nurse; and Lea Fono, a lawyer.",
    ),
    counter=("The Minister has appointed Dr Ana Vea, a rural doctor.",),
    prepare=masked,
)
# "Cabinet approved the following appointments: ⟨P0⟩ as Director General of X; ⟨P1⟩ as Permanent
# Secretary ...; and ⟨P2⟩ as Chairperson of Y": each entry of a list after the colon, with its post.
ENTRY_AS = rule(
    "appointment.rel.entry-as",
    "an entry of a list of appointments after a colon: '...appointments: ⟨P⟩ as X; ⟨P⟩ as Y'",
    rf"(?:\b(?:appointments?|the\s+following|as\s+follows)\s*:\s*|;\s*(?:and\s+)?)(?P<who>{P})\s+as\s+",
    examples=(
        "Cabinet approved the following appointments: Ana Vea as Director General of the Water Agency; "
        "and Tom Reid as Permanent Secretary.",
    ),
    counter=("The appointments were praised: Ana Vea said so.",),
    prepare=masked,
)
OBJECT = rule(
    "appointment.rel.object",
    "an appointing verb names the person, then the post: 'has appointed ⟨P⟩ as chair'",
    rf"\b(?:{_APPOINT_VERBS}|{_KEEP_ON}|{_ASKED_TO_SERVE})\s+{DESC}(?P<who>{PLIST})(?!['’]s\b){APPOS}\s*,?\s*(?P<link>{_LINK})\s*",
    examples=(
        "The board has appointed Dr Fiona Marsh as interim chief executive.",
        "The Governor appointed Dr. Sam Begay, a family doctor, to the state's Child Welfare Board.",
        "The minister named Ann Lee chief executive.",
        "The President intends to designate Commissioner Ana Bright as Chair of the Review Commission.",
        "The board has also promoted Kwame Asa to chief operating officer.",
        "The council confirmed Emma Ward in the role of interim director of housing.",
        "The Government nominated Judge Ann Roe for appointment by the President as President of the Court.",
        "The council voted to keep assistant city manager Ben Oko on as interim city manager.",
        "I have asked Mara Tolland KC to serve as the Independent Reviewer of Prison Deaths.",
    ),
    counter=("The board has appointed a panel to review the plan.",),
    prepare=masked,
)
# Each person of a pair with a home town and an aside, as a governor's office writes them.
_TOWN_ASIDE = r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*,\s+(?=[a-z])[^,;:()⟨⟩]{1,160}?,"
OBJECT_ASIDES = rule(
    "appointment.rel.object-asides",
    "an appointing verb names people who each have an aside, then their post: 'appointed ⟨P0⟩ of Taos, "
    "a farmer, and ⟨P1⟩ of Gallup, a hydrologist, as co-chairs'",
    # (the last may have no aside, its rank before it: "and Sheriff ⟨P1⟩ of Redfern County as co-chairs")
    rf"\b(?:{_APPOINT_VERBS})\s+(?P<who>{P}{_TOWN_ASIDE}(?:(?:\s*(?:and\s+)?{P}{_TOWN_ASIDE})+"
    rf"|\s*and\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){{0,2}}?{P}"
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})?))"
    r"\s*as\s+",
    examples=(
        "The Governor appointed Lena Ruiz of Taos, a rancher and water board member, and Sam Yazzie of"
        " Gallup, a hydrologist who runs tribal water projects, as the council's co-chairs.",
        "The Governor named Dr. Leon Ashby, the state's chief medical officer, and Sheriff Carla Nunez of"
        " Redfern County as co-chairs of the task force.",
    ),
    counter=("The Governor thanked Lena Ruiz of Taos, a rancher, and Sam Yazzie of Gallup, a hydrologist.",),
    prepare=masked,
)
REAPPOINTED_TERM = rule(
    "appointment.rel.reappointed-term",
    "a reappointment for a further term: the post is the title before the person",
    rf"\b(?:re-?appoint(?:s|ed)?|extend(?:s|ed)?\s+the\s+(?:term|appointment)s?\s+of|appoint(?:s|ed)?)\s+"
    rf"(?P<title>{DESC})(?P<who>{PLIST}){APPOS}\s*,?\s*(?={_TERM}|to\s+(?:a|another)\s+(?:further|second|third"
    r"|fourth|new|fresh)\b)",
    examples=(
        "The Governor reappointed Board chair Mike Arch for a second four-year term.",
        "The governor reappointed commissioner Sam Ito to a second four-year term.",
        "The board has appointed interim chief executive Rob Kerr on a permanent basis.",
        "The Minister has reappointed commissioners Ana Dale and Huw Rees for further three-year terms.",
    ),
    counter=("The Governor reappointed Mike Arch as chair.",),
    prepare=masked,
)
SUBJECT_REAPPOINTED = rule(
    "appointment.rel.subject-reappointed",
    "'⟨P⟩ has been reappointed for a further term': the post is the title before the person",
    # (no title before a name that opens the sentence: "⟨P⟩, who has led X since 2021, has been reappointed")
    rf"(?P<title>(?:[\w'’-]+,?\s+){{1,4}}?|^\s*)(?P<who>{PLIST}){APPOS}\s*,?\s+{AUX}(?:re-?appointed|re-?elected"
    rf"|confirmed)\s+"
    rf"(?={_TERM})",
    examples=(
        "Deputy chair Sam Fono has been reappointed for a further term of two years.",
        "Its chair, Ana Lutu, has been reappointed for a second three-year term by the minister.",
        "Two serving trustees, Hana Moe and Ivo Grant, have been reappointed for a further two years.",
        "Ana Lutu, who has led the Port Agency since 2021, has been reappointed for a further three years.",
    ),
    counter=("Sam Fono has been appointed chair.",),
    prepare=masked,
)
# A company in the clause of an appointment: one called private or listed, or the board of a
# company named by its last word ("the board of Harbourline Group"). (A legal form alone is no
# sign: governments own companies, "HS2 Ltd has named ⟨P⟩ as its new Chief Executive".)
PRIVATE_APPOINTER = rule(
    "appointment.cue.private-appointer",
    "'private' or 'listed' before a company, or a company's board, in the appointment's clause",
    r"\b(?:private|privately[- ]owned|listed)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|insurer|bank|group"
    r"|operator|developer|provider|business)\b"
    # (the last words of companies' names only: "Corporation" and "Power" name public bodies too)
    r"|\bboard\s+of\s+(?-i:(?:[A-Z][\w'’-]*\s+)+(?:Group|Holdings|Airlines|Airways|Technologies|Motors"
    r"|Renewables|Pharmaceuticals|Mining))\b",
    flags=re.IGNORECASE,
    examples=("the listed engineering company Corran plc, which", "joins the board of Harbourline Group as"),
    counter=("joins the board of the Ports Authority as",),
)
# "The term of board member ⟨P⟩ has been extended by 12 months", "the term of ⟨P⟩ as Chair of the
# Board has been extended": a term extended is the post held again.
TERM_EXTENDED = rule(
    "appointment.rel.term-extended",
    "'the term of ⟨P⟩ (as X) has been extended': the post is the title before the person or X",
    rf"\b[Tt]he\s+(?:term|appointment|tenure)\s+of\s+(?P<title>{DESC})(?P<who>{P})"
    r"(?:\s+as\s+(?P<post>[^,;.⟨]{2,80}?))?\s+(?:has|have|will|is|was)\s+(?:been\s+|be\s+)?extended\b"
    # "approved a two-year extension of the contract of Commissioner of Police ⟨P⟩"
    # "extend the term of office of ⟨P⟩ as a Board member by twelve months"
    r"|\b(?:extension\s+(?:of|to)|extend(?:s|ed|ing)?)\s+(?:the\s+)?(?:term|contract|appointment|tenure|service"
    r"|mandate)"
    rf"(?:\s+of\s+office)?\s+of\s+(?:(?P<title2>{DESC})(?P<who2>{P})"
    r"(?:\s+as\s+(?:an?\s+)?(?P<post2>[^,;.⟨]{2,80}?)(?=\s+(?:by|for|until|to)\b|[,.;]))?"
    # "a one-year extension of the tenure of the Head of Service, Mrs ⟨P⟩"
    # ("extended the mandate of its Chief Scientific Adviser, Professor ⟨P⟩, by two years")
    rf"|(?:(?:the|its|their)\s+)?(?P<title3>[A-Z][^,;⟨]{{2,60}}?),\s+{DESC}(?P<who3>{P}))",
    examples=(
        "The term of board member Priya Raghu has been extended by 12 months.",
        "the term of Hetty Ash as Chair of the Board of Trustees has been extended by 18 months",
        "The Commission approved a two-year extension of the contract of Commissioner of Police Leo Whyte.",
        "The Minister agreed to extend the term of office of Gráinne Lally as a Board member by a year.",
        "The Governor approved a one-year extension of the tenure of the Head of Service, Mrs. Susan Adele.",
        "The Commission extended the mandate of its Chief Adviser, Professor Jan Holm, by two years.",
    ),
    counter=("The term of the agreement has been extended.",),
    prepare=masked,
)
REAPPOINTMENT_OF = rule(
    "appointment.rel.reappointment-of",
    "'the reappointment of the chair of X, ⟨P⟩, for a further term': the post is the phrase before",
    rf"\bre-?appointment\s+of\s+(?P<title>(?:the|its|their)\s+[^,⟨;:]{{1,80}}?),\s+(?P<who>{P}),?\s+(?={_TERM})",
    examples=(
        "The minister confirmed the reappointment of the chair of the Parks Board, Rua Tane, "
        "for a second term.",
    ),
    counter=("The reappointment of board members is under way.",),
    prepare=masked,
)
NEWLY_APPOINTED = rule(
    "appointment.rel.newly-appointed",
    "'⟨P⟩, the newly appointed X,': the post in apposition after the person, said to be just filled",
    rf"(?P<who>{P}),\s+(?:the|its|their|our)\s+newly[- ]appointed\s+(?P<role>[^,;.⟨]{{3,80}}?{TITLE_WORD}"
    r"(?:\s+(?:of|for|to|at)\s+[^,;.⟨]{1,60}?)?)(?=\s*[,;.]|\s+(?:said|says|will|has|is)\b)",
    examples=("Speaking on Monday, Jo Ray, the newly appointed Ports Commissioner, said it would help.",),
    counter=("Speaking on Monday, Jo Ray, the Ports Commissioner, said the plan would help.",),
    prepare=masked,
)
APPOINTMENT_OF = rule(
    "appointment.rel.appointment-of",
    "'the appointment of ⟨P⟩ as ...', 'an extension to the appointment terms of ⟨P0⟩, ⟨P1⟩ ... as members'",
    # ("endorsed the commissioner's choice of ⟨P⟩, a former magistrate, as her deputy")
    # (a cabinet decision's item opens with the noun: "Appointment of senior IAS officer ⟨P⟩ as")
    rf"\b(?:(?:[Rr]e-?)?[Aa]ppointments?|[Pp]osting|[Dd]esignation|[Nn]omination|choice|selection)\s+"
    r"(?:terms?\s+|papers\s+|letters?\s+|orders?\s+)?"
    # ("presented letters of appointment to ⟨P⟩ as Minister of X")
    r"(?:of\s+|(?<=letters of appointment )to\s+|(?<=letter of appointment )to\s+)"
    rf"{DESC}(?P<who>{PLIST})"
    rf"{APPOS}\s*,?\s*(?P<link>{_LINK})\s*",
    examples=(
        "The minister announced the appointment of Dr. Rene Bapt as the first Travel Commissioner.",
        "The Cabinet approved the posting of Tariq Khan, a regional officer, as the first Commandant.",
        "Cabinet approved the nomination of Ruth Wanjiru as Chairperson of the Board of the Ports Authority.",
        "The President signed the appointment papers of lawyer Rommel Dizon as Chairperson of the Board.",
        "The President presented letters of appointment to Ahmed Rasheed as Minister of Health.",
        "He approved an extension to the appointment terms of Tom Tay, Ann Moor and Dee John as members of "
        "the Board.",
        "The panel endorsed the commissioner's choice of Ann Rao, a former magistrate, as her deputy.",
        "Appointment of senior officer Meena Rao, presently Additional Secretary (Home), as Chief Secretary.",
    ),
    counter=("The appointment process will open in May.",),
    prepare=masked,
)
_SUBJECT_CUES = (
    # passive or headline participles, not followed by the person they name
    # (not an active perfect: "⟨P⟩ has appointed a new chair" names the appointer)
    rf"(?P<participle>(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bhas also )(?<!\bhas today )(?<!\bhas now )"
    rf"(?<!\bhave also )(?<!\bhave today )(?:re-?)?(?:appointed|named|chosen|selected|installed|revealed"
    rf"|unveiled|nominated|designated"
    rf"|hired|recruited|tapped|picked|seconded|posted|announced|confirmed|(?:re-?)?elected"
    # "has been transferred and posted as": one move, to the post named after
    # ("has been transferred from the Counter Terrorism Department and posted as RPO Sargodha")
    rf"|transferred\s+from\s+[^,;.⟨]{{1,80}}?\s+and\s+posted"
    rf"|transferred(?:\s+and\s+(?:posted|made))?|promoted\s+and\s+(?:posted|(?:re-?)?appointed)"
    # "has been made coordinator of the cell": "made" only before a title
    # ("has been made parliamentary under-secretary for safeguarding": a title after a hyphen)
    rf"|(?:(?<=been\s)|(?<=was\s)|(?<=were\s))made(?=\s+(?:(?:the|its|their|a|an)\s+)?(?:(?!(?:of|to|aware|clear|available)\b)[\w'’]+[\s-]+){{0,3}}?{TITLE_WORD})))(?!\s+{DESC}{P})"
    # "reappointed for a further term as deputy chair"
    rf"(?P<plink>{WHEN}(?:\s+for\s+(?:a|an|another)\s+(?:further|second|third|fourth|new|fresh|[\w-]+-year)\s+"
    r"(?:[\w-]+\s+)?term)?"
    r"\s+(?:as|to\s+be|to\s+serve\s+as|in\s+(?:the\s+)?(?:role|post|position)\s+(?:of|as)"
    # "will be seconded to take up the post of Head of the Office"
    r"|to\s+take\s+up\s+the\s+(?:new\s+)?(?:post|role|position)\s+of))?"
    rf"|sworn\s+in{WHEN}\s+as"
    # "promoted from housing minister to Chief Secretary"
    r"|(?:promoted|elevated)\s+(?:from\s+[^,;.⟨]{1,60}?\s+)?(?:up\s+)?to"
    r"(?:\s+the\s+(?:new\s+)?(?:role|post|position|rank)\s+of)?"
    # "promoted into Cabinet as Minister of Education", "moves from the outer ministry into cabinet as"
    r"|(?:promoted|elevated|brought|(?:moves|moving|move)(?:\s+from\s+[^,;.⟨]{1,60}?)?)\s+(?:in)?to\s+(?:the\s+)?"
    r"(?:Cabinet|cabinet|front\s+bench|ministry)\s+as"
    # "who enters the cabinet as Secretary of State for Science", "joins the cabinet as"
    # ("Kiri Tahana enters the Executive as Associate Minister of Finance": New Zealand's ministry)
    r"|(?:enters|entered|entering|joins|joined|joining|comes\s+into|came\s+into|coming\s+into)\s+(?:the\s+)?"
    r"(?:Cabinet|cabinet|ministry|Ministry"
    r"|Executive|executive|government|Government)\s+as"
    # "has been asked to serve as interim permanent secretary"
    r"|(?:asked|invited|chosen|selected)\s+to\s+(?:serve|act)\s+as"
    # "moves across Whitehall to become", "leaves the backbenches to become"
    r"|becomes|become|(?:moves|moving|move|leaves|leaving)\s+(?:[\w'’-]+\s+){0,4}?to\s+become"
    # "moves from the Department of X, where he was Y, to become Z"
    r"|(?:moves|moving|move)\s+from\s+[^;.⟨]{1,120}?,?\s+to\s+become"
    # "moves to Justice Secretary from Work and Pensions": a title right after "to"
    rf"|(?:moves|moving|move)\s+to(?=\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,4}}{TITLE_WORD})"
    # "takes over the forestry brief": the portfolio is the post
    r"|(?:takes?|took|taking)\s+over(?=\s+(?:the\s+|his\s+|her\s+|their\s+)?[^,;.⟨]{1,40}?\s+(?:brief|portfolio)\b)"
    # "⟨P⟩, whose appointment as chief constable was announced"
    r"|whose\s+(?:re-?)?appointment\s+as"
    # "takes over from the outgoing chair": the post is the predecessor's
    r"|(?:takes?|taking|took)\s+over\s+from\s+(?:the|her|his|their)\s+(?:previous|outgoing|retiring"
    r"|departing|former|current|interim|acting)(?=\s+[\w-]+)"
    r"|(?:takes?|taking|took)\s+over\s+as|steps?\s+(?:up|in)\s+as|stepping\s+(?:up|in)\s+as"
    # (acting as a post, not as "the link between the team and the council")
    rf"|serves?\s+as|(?:acts?|acting)\s+(?:up\s+)?as(?=\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){{0,4}}?{TITLE_WORD})"
    # "will serve a five-year term as chairperson": the term, then the post
    r"|serves?\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?term\s+as"
    r"|(?:takes?|taking)\s+(?:up|on)\s+(?:the\s+|a\s+|his\s+|her\s+"
    r"|their\s+)?(?:new(?:ly)?\s+(?:created\s+)?)?"
    r"(?:post|role|job|position|office)\s+(?:of|as)"
    r"|takes?\s+(?:the|a)\s+new\s+(?:post|role|job|position)\s+(?:of|as)"
    r"|fills?\s+the\s+(?:new\s+)?(?:role|post|position)\s+of|(?:accepts?"
    r"|accepted)\s+(?:the\s+)?(?:post|role|position)\s+of"
    # ("is Canada's new finance minister", "is the city's new police chief")
    r"|is\s+(?:the\s+(?:[\w-]+['’]s\s+)?|(?-i:[A-Z])[\w-]*['’]s\s+)new(?=\s)|is\s+the\s+first\s+(?:[\w-]+\s+){1,2}to\s+be\s+(?:appointed|named)(?:\s+as)?"
    r"|(?:given|handed|offered)\s+the\s+(?:new\s+)?(?:role|post|job|position)\s+of"
    # Indian official style: "has been given additional charge as Mission Director"
    r"|(?:given|assigned|entrusted\s+with|hold|holds|holding)\s+(?:the\s+)?(?:additional|full|independent)\s+charge"
    r"\s+(?:as|of)"
    # ("has been given a two-year contractual appointment as secretary of the Ministry of Land")
    r"|(?:given|offered|granted)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?appointment\s+as"
    # ("has been given the charge of RPO Dera Ghazi Khan": a posting, in Pakistani official style)
    r"|(?:given|assigned|entrusted\s+with)\s+the\s+charge\s+of"
    r"|(?:joins|join|joined|joining|starts|start|returns|return)\s+(?:[\w'’-]+\s+){0,5}?as"
    # a posting, as Indian official news writes it: "moves as Commissioner of Police, Nagpur", "goes to
    # Bareilly as SSP"
    r"|(?:moves|goes|shifts)\s+(?:to\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+)?as"
    r"|(?:has\s+)?(?:moves|moved|moving)\s+(?:from\s+[^,;.⟨]{1,60}?\s+)?to\s+(?:the\s+)?[^,;.⟨]{1,60}?\s+as"
    r"|enters\s+(?:the\s+)?Cabinet\s+as"
    r"|(?:remain|remains|stay|stays)\s+(?:on\s+)?(?:in|with|at)\s+(?!(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:post|office|role|place|position|job)\b)(?:the\s+)?[^,;.⟨]{1,40}?\s+as"
    r"|(?:lead|leads|head|heads|run|runs|helm|helms)\s+(?:the\s+)?(?:new\s+)?[^,;.⟨]{1,40}?\s+as"
    rf"|(?:succeeds?|replaces?|succeed|replace|replacing|succeeding)\s+(?:{P}|her|him|them)\s+as"
    rf"|takes?\s+over\s+from\s+(?:{P}|her|him|them)\s+as"
    # a reshuffle: "⟨P⟩ succeeds Grieve at the Treasury", "⟨P⟩, who moves to Foreign Affairs,"
    rf"|(?:succeeds?|replaces?|succeeding|replacing)\s+(?:{P}|[A-Z][\w'’-]+)\s+(?:at|in)(?=\s+(?:the\s+)?[A-Z])"
    # the portfolio is a run of capitalised words ("Foreign Affairs", "the Treasury"), then the clause ends
    # ("⟨P⟩, moving to Health", "sees ⟨P⟩ move to Foreign Affairs", "moves from Conservation to Police")
    r"|(?:(?:moves|moving|move|is\s+moving|will\s+move)\s+(?:across\s+|over\s+)?(?:from\s+(?:the\s+)?[A-Z][^,;.⟨]{0,50}?\s+)?to"
    r"|(?:takes?|took)\s+over\s+(?:at|in))"
    r"(?=\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:and|of|for|the|&)\s+)*[A-Z][\w'’-]*)*\s*(?:[,;.]|\s+and\b|$))"
)
SUBJECT = rule(
    "appointment.rel.subject",
    "the person is the subject: '⟨P⟩ has been appointed', 'becomes', 'takes up the post of'",
    # (the last may be placed by where they work, with no commas: "⟨P1⟩ of Glanrhyd University's
    # computer science department have been appointed")
    rf"(?P<who>{PLIST_ASIDES}){APPOS}(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[^,;:⟨⟩.]{{1,60}}?"
    r"(?=\s+(?:has|have|was|were|is|are|will)\b))?"
    rf"\s*,?\s+(?:who\s+)?{AUX}(?P<cue>{_SUBJECT_CUES})\s+",
    examples=(
        "Dr Ana Kell, a soil scientist, and Tom Rua, a former mayor, have been appointed co-chairs.",
        "Ana Kell, a farmer, and Dr Tom Rua of Harlow University's law school have been appointed members.",
        "Rachel Whatu has been appointed chair for a term of three years.",
        "Ms Dina Rahman, Joint Secretary, has been made coordinator of the cell.",
        "Ambassador Lars Holm was re-elected as chair of the Executive Board.",
        "Maya Thibo becomes Minister of Public Safety.",
        "Senior paramedic Priya Chan will take up the newly created post of Chief Paramedic Officer.",
        "Dan Ferr, who has moved to the Cabinet Office as Minister for the Constitution, spoke.",
        "Kay Sol, a retired judge from Dayton, Ohio, will serve as Special Counsel to the Board.",
        "Dan Furlow, who ran a county council for a decade, will serve a five-year term as chairperson.",
        "Inspector Lu Tam of the Metropolitan Police has been named Head of the Cyber Unit.",
        "Leanne Dobb, currently its Director of Collections, will act as interim Chief Executive.",
        "Dr Ivo Marsh has been reappointed for a further three-year term as vice-chair.",
        "Ola Haddad MP moves from the Cabinet Office to the Treasury as Economic Secretary.",
        "Mina Ruse moves from the outer ministry into cabinet as Minister for Housing.",
        "Ida Ferns has been asked to serve as interim permanent secretary at the department.",
        "Mia Lopez was sworn in on Monday as the state's first Drought Commissioner.",
        "Ken Oduya was confirmed today as chief executive.",
        "Rhian Tovey succeeds Marsh at the Department for Education.",
        "The post goes to Bryn Coles, succeeding Ada Penn, who moves to Foreign Affairs.",
        "Nia Roe, who moves across Whitehall to become Transport Secretary, spoke.",
        "Sam Oduya was promoted from schools minister to Chief Whip.",
        "Ed Prowse takes over at Culture, Media and Sport.",
        "Jo Kerr, whose appointment as the new chief fire officer was confirmed on Monday, spoke.",
        "Lin Abara, a former judge, takes over from the outgoing chair in May.",
        "Engineer Ravi Nair would be posted as the first Member Secretary of the Board.",
        "In the reshuffle the outgoing energy minister, Hal Brede, moving to Transport.",
        "The changes see Trade Minister Una Voss move to Defence.",
        "Kit Marlow moves from Tourism to Customs.",
        "Kit Marlow moves to Transport Secretary from the Home Office.",
        "Kit Marlow, until now a junior minister, replaces him as Energy Secretary.",
        "Kit Marlow is promoted into Cabinet as Minister of Tourism.",
        "Kit Marlow, a first-term deputy, takes over the fisheries brief.",
        "Kit Marlow moves from the Department of Energy, where she was a junior minister, to become Minister "
        "for Ports.",
    ),
    counter=(
        "Ada Penn, who moves to London next month, spoke.",
        "Kit Marlow moves to Wellington next year with her family.",
        "The council named Jo Bell as chair.",
        "Jo Bell said the plan was ambitious.",
    ),
    prepare=masked,
)
# (a place's name may have two words: "will be New Zealand's next Police Commissioner")
TO_BE_ROLE = (
    r"(?=(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:[A-Z][\w.-]*\s+){0,2}[\w.-]+['’]s\s+)?(?:(?:new|next|first|inaugural|founding"
    r"|interim|acting)\s+)*(?:(?:[A-Z][\w'’-]*|deputy|vice|chief|senior|executive|non-executive|lead|national"
    rf"|special|independent|principal|assistant|associate|co-|medical|clinical"
    rf"|scientific)\s*(?:(?:and|&)\s+(?=[A-Z]))?){{0,5}}{TITLE_WORD})"
)
# After "will be" a post may open with any lower-case words of its own: "will be Springfield's next
# police chief", "the county's first health officer".
_TO_BE_POST = (
    r"(?=(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:[A-Z][\w.-]*\s+){0,2}[\w.-]+['’]s\s+)?(?:(?:new|next|first|inaugural|founding"
    r"|interim|acting)\s+)+(?:[a-z][\w-]*\s+){1,2}"
    rf"{TITLE_WORD})"
)
# The passive (or a headline) shows the person is the one appointed, not the appointer.
PASSIVE = lazy(r"\b(?:is|are|was|were|be|been|being|newly)\b")
TO_BE = rule(
    "appointment.rel.to-be",
    "'⟨P⟩ is to be the next chair', '⟨P⟩ will be AMRA's founding chief executive'",
    rf"(?P<who>{PLIST}){APPOS}\s*,?\s+(?:is\s+to\s+be|will\s+be|would\s+be|is\s+set\s+to\s+be"
    # ("⟨P⟩ has agreed to be its first chair")
    rf"|(?:has\s+|have\s+)?agreed\s+to\s+be|to\s+be)\s+(?:{TO_BE_ROLE}|{_TO_BE_POST})",
    examples=(
        "Dr Penny Dast is to be the next chair of the Health Board.",
        "Dr Ian Moe, who ran a college for a decade, will be the mayor's Housing and Planning Adviser.",
        "Jo Rae will be the inaugural National Drought Response Coordinator.",
        "Renee Whitfield will be Springfield's next police chief.",
        "Hana Whit will be New Zealand's next Police Commissioner.",
        "Martina Feeney has agreed to be its first chair.",
    ),
    counter=(
        "Jo Bell will be at the meeting.",
        "The Center for Jo Bell would be led by a director.",
        "Jo Bell will be the guest of the president.",
    ),
    prepare=masked,
)
ROLE_VERB = rule(
    "appointment.rel.role-verb",
    "a verb that is the post: '⟨P⟩ is to chair X', 'has agreed to chair its shadow board'",
    rf"(?P<who>{PLIST}){APPOS}\s*,?\s+(?:who\s+)?(?:(?:is|are)\s+(?:set\s+)?to|will|would|shall|to"
    # ("The minister said ⟨P⟩ had agreed to chair": reported speech moves "has agreed" back)
    r"|(?:has\s+|have\s+|had\s+)?agreed\s+to|(?:has|have|had)\s+been\s+(?:asked|invited|chosen|selected"
    r"|appointed)\s+to)"
    r"\s+(?:also\s+|now\s+|jointly\s+)?(?P<verb>chair|co-chair|head|lead|run|join|direct|command)\s+"
    r"(?P<obj>[^,;.⟨]+)",
    examples=(
        "Sir Alan Brent is to chair the Water Review.",
        "Dr. Jo Bell, who ran the laboratories for years, will direct it.",
        "Sir Mal Reddy, a former engineer, has agreed to chair its shadow board.",
        "The minister said Jo Hoff had agreed to chair a separate Planning Council.",
        "Station officer Ana Dale has been appointed to command the new rescue team.",
    ),
    counter=("Jo Bell chaired the meeting.", "Ann Moss, chair of the select committee, spoke."),
    prepare=masked,
)
HELM = rule(
    "appointment.rel.helm",
    "'⟨P⟩ takes the helm at X', 'will take charge of X'",
    rf"(?P<who>{P}){APPOS}\s*,?\s+{AUX}(?:takes|take|taken|assumes?|assumed|given|handed)\s+(?:over\s+)?"
    r"(?:the\s+helm|charge|command)\s+(?:at|of)\s+(?P<obj>[^,;.⟨]+)",
    examples=("Ann Kow takes the helm at the Ports Authority.",),
    counter=("Ann Kow praised the Ports Authority.",),
    prepare=masked,
)
# "She will be joined by non-executive directors ⟨P0⟩, a surveyor, and ⟨P1⟩": the post is the title
# written before the people.
JOINED_BY = rule(
    "appointment.rel.joined-by",
    "'will be joined (on the board) by <post> ⟨P⟩ and ⟨P⟩': each joins in that post",
    r"\b(?:will\s+be|is\s+to\s+be|has\s+been|have\s+been|are|is)\s+joined\s+(?:on\s+the\s+\w+\s+)?by\s+"
    rf"(?P<title>(?:(?:the|its)\s+)?(?:[\w-]+\s+){{0,3}}?{TITLE_WORD})\s+(?P<who>{PLIST_ASIDES})"
    # "She will be joined on the Board by ⟨P0⟩, a grain grower; ⟨P1⟩, a planner; and ⟨P2⟩": its members
    r"|\b(?:will\s+be|is\s+to\s+be|has\s+been|have\s+been|are|is)\s+joined\s+on\s+the\s+"
    r"(?P<body>[Bb]oard|[Pp]anel|[Cc]ommittee|[Cc]ouncil|[Cc]ommission|[Tt]askforce)\s+by\s+"
    rf"(?P<who2>{P}(?:,\s+[^;⟨]{{1,200}})?(?:;\s+(?:and\s+)?{P}(?:,\s+[^;⟨]{{1,200}})?)+)"
    # "Joining her on the Panel are ⟨P0⟩, a civil engineer, and ⟨P1⟩, an accountant": its members
    # ("Joining him are civil engineer ⟨P0⟩ and accountant ⟨P1⟩": the body is the one just named)
    # ("Joining her as members are ⟨P0⟩ and ⟨P1⟩": the post they join in)
    r"|\b[Jj]oining\s+(?:him|her|them)(?:\s+on\s+the\s+"
    r"(?P<body3>[Bb]oard|[Pp]anel|[Cc]ommittee|[Cc]ouncil|[Cc]ommission|[Tt]askforce))?"
    r"(?:\s+as\s+(?P<as3>(?:[\w-]+\s+){0,2}?(?:members|directors|trustees|commissioners|deputies|co-chairs)))?"
    r"\s+(?:are|will\s+be)\s+"
    rf"(?P<who3>{PLIST_ASIDES}|{PLIST_ENTRIES})"
    # "She is joined by ⟨P0⟩, ⟨P1⟩ and ⟨P2⟩ as board members": the post after them
    r"|\b(?:will\s+be|is\s+to\s+be|has\s+been|have\s+been|are|is)\s+joined\s+(?:on\s+the\s+\w+\s+)?by\s+"
    rf"(?P<who4>{PLIST})\s*,?\s+as\s+"
    # "Three new members will join the Board from 1 April: ⟨P0⟩, a union leader; ⟨P1⟩, ...": its members
    # "He will be joined by Mrs ⟨P0⟩, president of X, and Dr ⟨P1⟩, a chemist.": members of the body just named
    r"|\b(?:will\s+be|is\s+to\s+be|has\s+been|have\s+been)\s+joined\s+by\s+"
    rf"(?P<who6>(?:(?-i:[A-Z])[a-z]{{1,4}}\.?\s+)?{P}(?:,\s+[^;⟨.]{{1,120}}?)?(?:,?\s+and\s+(?:(?-i:[A-Z])[a-z]{{1,4}}\.?\s+)?"
    rf"{P}(?:,\s+[^;⟨.]{{1,120}}?)?)+)\s*(?:[.;]|$)"
    r"|\b(?:members|directors|trustees|commissioners)\s+(?:will|are\s+to|have|has)\s+(?:also\s+)?join(?:ed)?\s+"
    r"the\s+(?P<body5>[Bb]oard|[Pp]anel|[Cc]ommittee|[Cc]ouncil|[Cc]ommission|[Aa]uthority)\b[^:⟨]{0,60}?:\s+"
    rf"(?P<who5>{PLIST_ENTRIES})",
    examples=(
        "She will be joined by non-executive directors Rupert Vane, a surveyor, and Aisha Grant.",
        "She is joined by Tom Bell, Priya Nand and Dai Lock as board members.",
        "Two new members will join the Board from 1 April: Tom Bell, a union leader; and Dai Lock, a lawyer.",
        "She will be joined on the Board by Kieran Dool, a grain grower; Meri Oye, a planner; and Jed Wilk.",
        "Joining her on the Panel are Dan Kowal, a civil engineer, and Priya Raman, an accountant.",
        "Joining him are civil engineer Tevita Moala, Cairns nurse Ruth Oyelaran and farmer Dan Kowal.",
        "Joining her as members are Dan Osei, a former deputy secretary, and Lena Fitz, an economist.",
        "He will be joined by Mrs Ana Rhys, head of the growers' cooperative, and Dr Sam Ives, a chemist.",
    ),
    counter=("She will be joined by her family.",),
    prepare=masked,
)
LED_BY = rule(
    "appointment.rel.led-by",
    "a body put under someone: 'will be led by ⟨P⟩', 'It will be chaired by ⟨P⟩'",
    # ("The taskforce will sit within Police and be led by ⟨P⟩": a second verb of the same subject)
    # (not "continues to be led by ⟨P⟩": someone in post)
    r"(?:\b(?<!continues\s)(?<!continue\s)(?<!continuing\s)(?:will|would|is\s+to|are\s+to|is\s+going\s+to|shall"
    r"|to|and)\s+be\s+(?:jointly\s+)?"
    # or a participle after a body the sentence sets up: "A new Bus Taskforce, chaired by ⟨P⟩, will
    # report"; "A Review Panel will also be formed, chaired by ⟨P⟩" (not "The review, led by ⟨P⟩, found")
    # (or as the interim form of one: "it will operate as an interim body, chaired by ⟨P⟩")
    # (or a body the sentence says it has set up: "I have established the X Taskforce, chaired by ⟨P⟩")
    # (or a body named with "a" whose clause goes on in the future: "A Holmeport Transition Board, chaired
    # by regional mayor ⟨P⟩, will oversee the money")
    r"|(?:\b(?:(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:new(?:ly\s+[\w-]+)?|interim|shadow)|(?:established|set\s+up|created"
    r"|launched|formed|convened)\s+(?:the|a|an)(?:\s+new)?"
    r"|\b[Aa]n?(?=\s+(?-i:[A-Z])[^,;.⟨]{2,80},\s+(?:co-)?(?:chaired|led|headed)\s+by\s+[^.;]{3,140}?,\s+"
    r"(?:will|is\s+to|shall)\b))\s+(?P<body>[^,;.⟨]{3,80}?)"
    # (its purpose may come between: "will be formed to advise the Government on fares, chaired by ⟨P⟩")
    r"|\b(?:will|is\s+to|are\s+to)\s+(?:also\s+)?be\s+(?:formed|set\s+up|established|created|convened|launched)"
    r"(?:\s+to\s+[^.;⟨]{1,140}?(?=,\s+(?:co-)?(?:chaired|led|headed)\s+by\b))?"
    # a body's own board named with it: "will have a budget of $30 million and a board chaired by ⟨P⟩"
    r"|\b(?:have|has|with|and)\s+(?:a|an)\s+(?:new\s+)?(?:[\w-]+\s+)?(?:board|council|committee|panel))"
    # (the comma may be left out: "a new training centre chaired by ⟨P⟩")
    r"(?:\s*,)?\s+"
    # "The Fund will be governed by a board chaired by ⟨P⟩": the new body's board
    r"|\b(?:will|would|is\s+to|shall)\s+be\s+(?:governed|overseen|managed|run|advised|supervised)\s+by\s+"
    r"(?:a|an|its)\s+(?:new\s+|independent\s+)?(?:[\w-]+\s+){0,3}?(?:board|council|committee|panel|commission)\s+)"
    # the person may follow a description of them: "chaired by the mayor of the county, Cllr Jo Bell"
    # (how it is held may come between, as for a post filled: "led on an interim basis by ⟨P⟩")
    rf"(?P<verb>led|headed|chaired|co-chaired|run|commanded|coordinated|directed)"
    rf"(?:\s+(?:on\s+an?\s+(?:interim|acting|temporary|caretaker)\s+basis"
    rf"|in\s+an?\s+(?:interim|acting|temporary)\s+capacity|temporarily|jointly|independently))?"
    rf"\s+by\s+(?:(?:the|a|an|its|their)\s+[^,⟨;.]{{1,80}}?,\s+)?"
    rf"{DESC}(?P<who>{PLIST})",
    examples=(
        "The Bureau will be headed by Detective Chief Superintendent Dec Moran.",
        "The taskforce will be chaired by Iain MacAul.",
        "The panel will be chaired by a former mayor of the city, Cllr Rosa Diaz.",
        "Until a chief executive is found, the agency will be led on an interim basis by Tom Reyes.",
        "A new Flood Recovery Taskforce, chaired by former council leader Ros Imrie, will report in May.",
        "An Advisory Panel on Data will also be set up, chaired by Professor Lim Wei Ling of the university.",
        "A Ferry Taskforce will be formed to advise on fares, routes and ports, chaired by Ana Vea.",
        "Until then it will operate as an interim body, chaired by consultant surgeon Dr Ana Ruiz.",
        "The Fund will be governed by a board chaired by Marcia Bennett, a former bank executive.",
        "I have established the Rural Health Taskforce, chaired by Dr Ana Vea, a former surgeon.",
        "A Kestrel Valley Transition Board, chaired by regional mayor Ana Vea, will oversee the money.",
        "The new unit will be coordinated by Ana Vea.",
        "It will be chaired independently by Ana Vea, a former chief executive.",
    ),
    counter=(
        "The review was led by Ann Lee.",
        "The 2019 review, led by Ann Lee, found little.",
        "The existing board, chaired by Ann Lee, met today.",
        "A Kestrel Valley Transition Board, chaired by Ann Lee, met on Tuesday.",
        "The Agency continues to be led by its Chairperson, Marguerite Laval.",
    ),
    prepare=masked,
)
# "The post will be filled on an interim basis by ⟨P⟩": the post is the subject, the person the agent.
FILLED_BY = rule(
    "appointment.rel.filled-by",
    "a post filled by a person: 'the position will be filled in an acting capacity by ⟨P⟩'",
    r"(?P<post>(?:[\w'’.-]+\s+){0,3}?(?:post|position|role|job|vacancy|seat|office)(?:\s+(?:of|as|at|on|in)\s+"
    r"[^,;.⟨]{1,60}?)?)\s+(?:will|is\s+to|would|has|have|is|was)\s+(?:be\s+|been\s+)?filled\s+"
    rf"(?P<how>[^,;.⟨]{{0,40}}?\s+)?by\s+{DESC}(?P<who>{PLIST})",
    examples=(
        "Moyo's position at the agency will be filled in an acting capacity by Colonel Ada Nkosi.",
        "The post of chief inspector will be filled on an interim basis by Sam Tull.",
    ),
    counter=("The vacancy was filled quickly.", "The hall was filled by Jo Bell's supporters."),
    prepare=masked,
)
# "⟨P0⟩ is replaced at Finance by ⟨P1⟩": the successor is the agent of the passive; the post is
# the predecessor's, named after "at", "in" or "as" when it is written.
REPLACED_BY = rule(
    "appointment.rel.replaced-by",
    "a predecessor replaced by a person: 'is replaced at Finance by ⟨P⟩', 'succeeded as chair by ⟨P⟩'",
    r"\b(?:is|are|will\s+be|is\s+to\s+be|has\s+been|have\s+been|being)\s+(?:replaced|succeeded)\s+"
    r"(?:(?:at|in|as)\s+(?P<post>(?:the\s+)?[^,;.⟨]{1,60}?)\s+)?by\s+"
    rf"{DESC}(?P<who>{PLIST})",
    examples=(
        "Ms Dane is replaced at Tourism by Energy Minister Kit Marlow.",
        "The chair, Ola Berg, will be succeeded as chair by Dr Sam Ives in June.",
    ),
    counter=("Ms Dane was replaced by a committee.", "The roof is replaced by the council."),
    prepare=masked,
)
# A statement in the first person by the person appointed: "the Dáil has nominated me to be the
# Taoiseach", "I have been appointed as Minister for X". The person is the statement's author.
FIRST_PERSON = rule(
    "appointment.rel.first-person",
    "the speaker is the appointee: 'has appointed me as X', 'I have been appointed X'",
    r"\b(?:has|have)\s+(?:also\s+)?(?:nominated|appointed|named|chosen|selected|elected|asked)\s+me\s+"
    r"(?:to\s+be|to\s+serve\s+as|to\s+become|as)\s+(?P<role>[^,;.:]{2,60}?)(?=\s*[,;.:]|\s+and\b|\s*$)"
    r"|\bI\s+(?:have\s+been|am\s+to\s+be|will\s+be)\s+(?:appointed|named|nominated|chosen|elected)\s+(?:as\s+)?"
    r"(?P<role2>[^,;.:]{2,60}?)(?=\s*[,;.:]|\s+and\b|\s*$)",
    examples=(
        "I have told the President that the Assembly has nominated me to be the First Minister and that "
        "she has appointed me accordingly.",
        "I am proud that I have been appointed Minister for Rural Affairs.",
    ),
    counter=("I have appointed Jo Bell as Minister for Rural Affairs.", "I was appointed in 2015."),
)
# Who speaks in the first person: the byline of a statement or speech ("Statement by the
# First Minister Jo Bell MSP", "Speech by Minister Ann Lee").
BYLINE = rule(
    "appointment.cue.byline",
    "a statement's or speech's byline names its speaker",
    r"(?m)^[ \t]*(?:Statement|Speech|Remarks|Address|Message|Article|Op-ed)\s+(?:by|from)\s+"
    r"(?P<who>[^\n]{3,120})$",
    examples=("Statement by the First Minister Jo Bell MSP",),
    counter=("The statement was read by the clerk.",),
)
# A role phrase before a person in apposition: "Its chair, ⟨P0⟩," / "The new Minister of State, ⟨P0⟩ ...".
_ROLE_NP = rf"(?:[\w'’-]+\s+){{0,5}}?{TITLE_WORD}(?:\s+(?:of|for|to|at|in)\s+[^,⟨;:]{{1,80}}?)?"
APPOSITION = rule(
    "appointment.rel.apposition",
    "a post and its holder in apposition, marked new or followed by taking up the post",
    rf"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)\s+|^|(?<=[,;:])\s*"
    rf"|(?<=\band)\s+)(?P<new>(?:new|first"
    # (the holder may be described first: "Its chair, the former care home manager ⟨P⟩, will")
    rf"|inaugural|newly[- ]appointed)\s+)?(?P<role>{_ROLE_NP}),\s+"
    rf"(?:(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){{1,8}}?)?(?P<who>{P})"
    r"(?=\s*,|\s+(?:will|has|is|and)\b)",
    examples=(
        "The new Minister of State for Schools, Alex Quist MP, visited a school.",
        "Its chair, the former care home manager and union organiser Bea Kofi, will start in June.",
    ),
    counter=("The Minister said Siobh Kerr TD would speak.",),
    prepare=masked,
)
# A new post-holder quoted is already in post ("The new chair, ⟨P⟩, said ...").
SPEAKS = lazy(r"^\s*(?:,\s*)?(?:[^.;]{0,30}?\b)?(?:said|says|told|added|explained|commented|welcomed)\b")
# What makes an apposition an appointment when "new" is not written.
TAKES_UP = rule(
    "appointment.rel.takes-up",
    "after an apposition, words of starting in the post",
    r"^[^.;]{0,80}?\b(?:will|are\s+to|is\s+to|to)\s+(?:take\s+up|begin|start|join|assume)"
    r"|^[^.;]{0,80}?\b(?:takes?\s+up|begins?|starts?|joins?)\s+(?:their|his|her|the)\s+(?:posts?"
    r"|roles?|work|duties)"
    # (not another person's: ", announced that ⟨P1⟩ has been appointed")
    r"|^[^.;⟨]{0,100}?\b(?:has|have)\s+been\s+(?:appointed|named|chosen|selected|confirmed)",
    examples=(" will take up their posts next month", " and her deputy will begin work immediately"),
    counter=(" said the plan was ambitious", ", announced that ⟨P1⟩ has been appointed"),
)
NEW_TITLE = rule(
    "appointment.rel.new-title",
    "'new Minister of State ⟨P⟩', 'newly appointed chief executive ⟨P⟩': a title marked new right before",
    rf"\b(?:new|newly[- ]appointed)\s+(?P<role>(?:[\w'’-]+\s+){{0,4}}?{TITLE_ONE}(?:\s+(?:of|for|to)\s+"
    rf"(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|&)\s+)*){{1,6}})?)\s*(?P<who>{P})",
    examples=("The new Minister of State Alex Smith MP met farmers.",),
    counter=(
        "The Minister of State Alex Smith MP met farmers.",
        "the new police officers Mr Jo Smith promised",
    ),
    prepare=masked,
)
INVERTED = rule(
    "appointment.rel.inverted",
    "the post first: 'The new chief executive is ⟨P⟩', 'Its first director will be ⟨P⟩'",
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?P<new>new|next|incoming|first"
    rf"|inaugural)\s+)?(?P<role>[^,.;⟨]{{3,60}}?)"
    # (a descriptor may come before the name: "will be senior public servant ⟨P⟩", and a rank:
    # "will be Chief Superintendent ⟨P⟩")
    rf"\s+(?:is|will\s+be|would\s+be)\s+{_ENTRY_DESC}(?:(?-i:[A-Z])[\w'’-]*\s+){{0,3}}?(?P<who>{P})(?!['’]s)",
    examples=(
        "The new member is Tane Rawi, a former harbourmaster.",
        "Its first director will be Dr Jo Bell.",
        "Its first secretary will be senior civil servant Ana Lowe.",
        "The minister said the board's chair would be former headteacher Ross Kerr.",
        "Her deputy will be Tom Vann.",
        "Its first commander will be Chief Superintendent Ada Roux.",
    ),
    counter=("The chair said Jo Bell was right.", "The new ministers will be sworn in at Rideau Hall today."),
    prepare=masked,
)
# "Leading it will be ⟨P⟩", "Heading the new office will be ⟨P⟩": the post is the verb's (head, chair).
LEADING_WILL_BE = rule(
    "appointment.rel.leading-will-be",
    "'Leading it will be ⟨P⟩': the person who will head (or chair) the body just named",
    rf"(?:^|[.;:]\s+|\b(?-i:and)\s+)(?P<verb>Leading|Heading|Running|Directing|Chairing)\s+(?:it|them|the\s+(?:new\s+)?"
    rf"[^,.;⟨]{{2,60}}?)\s+(?:will\s+be|is\s+to\s+be)\s+{_ENTRY_DESC}(?:(?-i:[A-Z])[\w'’-]*\s+){{0,3}}?(?P<who>{P})",
    examples=(
        "The office opens in May. Leading it will be Katrin Holm.",
        "Heading the new unit will be Dr Jo Bell.",
    ),
    counter=("Leading it was a hard job, said Jo Bell.",),
    prepare=masked,
)

LINE = rule(
    "appointment.rel.line",
    "a list line: '⟨P⟩ MP – to become Minister for X', '• ⟨P⟩, of Ohio, to be a Member of the Board'",
    rf"(?:^|(?<=\n))[ \t]*(?:[-•*–]\s*)?(?:{DESC})?(?P<who>{P})"
    # (a service may come before the home state: "⟨P⟩, United States Army (Retired), of Kansas, to be")
    rf"(?:,\s+[A-Z][^,⟨()]{{2,60}}(?:\([^()⟨]{{1,20}}\))?(?=,\s+of\s))?"
    rf"\s*(?:[–—:-]\s*|,\s+of\s+[^,⟨]{{2,40}},\s*|,\s+)"
    r"(?P<link>to\s+become|to\s+be|to\s+serve\s+as|becomes|will\s+become|is\s+appointed(?:\s+as)?"
    r"|appointed(?:\s+as)?|(?:Nominee|Appointee|Designee)\s+for"
    # "Deputy ⟨P⟩ – Minister of State at the Department of X": the post right after the dash
    rf"|(?<=[–—:-]\s)(?=(?:the\s+|a\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}{TITLE_WORD})"
    # "⟨P⟩ – 20th Judicial District Circuit Court": a judicial appointment's line names the court
    r"|(?<=[–—]\s)(?=(?:the\s+)?(?:[\w'’-]+\s+){0,5}(?:Court|Tribunal)\b))\s*",
    examples=(
        "Priya Venn MP – to become Secretary of State for the Environment",
        "Rebecca Thorn – Court of Criminal Appeals, Middle Section",
        "• Joanna Ray, of Ohio, to be a Member of the Board of Directors of the Broadcasting Corporation",
        "Deputy Gráinne Nic Amhla – Minister of State at the Department of Housing",
        "Captain Ada Lowe, United States Navy (Retired), of Maine, to be a Member of the Harbor Commission",
    ),
    counter=("Gareth Lowe MP – remains as Minister of State for Housing",),
    prepare=masked,
)
LIST = rule(
    "appointment.rel.list",
    "a list of appointees after a colon: 'has appointed three new board members: ⟨P0⟩, ⟨P1⟩ and ⟨P2⟩'",
    r"\b(?:appoint(?:s|ed)?|re-?appointed|named|announced|confirmed)\s+"
    r"(?:the\s+following\s+(?:(?:new\s+)?(?:people|persons|individuals|members)\s+)?"
    r"|(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:new\s+)?)"
    rf"(?P<role>[^:;.⟨]{{0,90}}?)\s*:\s*(?P<who>{PLIST_ENTRIES})",
    examples=(
        "The minister has appointed three new board members: Ann Bell, Raj Singh and Tom Hughes.",
        "She also appointed two new members to the Water Board: retired engineer Ann Bell and"
        " nurse Raj Singh.",
        "The minister announced the following appointments to the board of the Lowland Rivers Trust:"
        " Ann Bell (Chair), Raj Singh and Tom Hughes.",
    ),
    counter=("The minister has appointed three new board members.",),
    prepare=masked,
)
# "Three new members have also been appointed: ⟨P0⟩, ⟨P1⟩ and ⟨P2⟩".
LIST_AFTER = rule(
    "appointment.rel.list-after",
    "the post, a passive appointing verb and a colon before a list of people",
    r"(?P<role>(?:[\w'’-]+\s+){0,3}?(?:members?|trustees?|directors?|commissioners?|governors?|non-executives?"
    r"|chairs?|deputies|advisers?|advisors?|judges?))\s+(?:have|has|were|was|are|is)\s+(?:also\s+)?(?:been\s+)?"
    rf"(?:appointed|named|reappointed|confirmed|chosen|selected)(?:\s+to\s+(?:the\s+)?[^:;⟨]{{1,60}}?)?"
    # (and who appointed them: "have also been appointed by the four agriculture ministers:")
    rf"(?:\s+by\s+(?:the\s+)?[^:;⟨]{{1,60}}?)?"
    # (and how they were chosen: "have also been named following a competition run by X:")
    rf"(?:\s+(?:following|after|through|via|under)\s+[^:;⟨]{{1,160}}?)?"
    rf"\s*:\s*(?P<who>{PLIST_ENTRIES})",
    flags=re.IGNORECASE,
    examples=(
        "Three new members have also been appointed: Morag Sin, Ishbel Nic and Callum Ren.",
        "Two new trustees have been appointed to the Trust: Morag Sin, a retired teacher; and Callum Ren,"
        " a solicitor.",
        "Two new board members have been appointed by the three farming ministers: Ana Dale and Huw Rees.",
        "Two ordinary members have also been named following an open competition: Ana Dale, a hydrologist;"
        " and Huw Rees, a solicitor.",
    ),
    counter=("Three new members have also been appointed.",),
    prepare=masked,
)
# "used the budget to name four new members of the Arts Council, whose terms begin in May: the
# playwright ⟨P0⟩; ⟨P1⟩, a musician; and ⟨P2⟩": an active appointing verb, the body, then the list.
LIST_NAMED = rule(
    "appointment.rel.list-named",
    "an active verb naming new members of a body, then a colon and the list of them",
    r"\b(?:nam(?:e|ed|es)|appoint(?:s|ed)?|announc(?:e|ed|es))\s+(?:the\s+|its\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:(?:new|founding|first|inaugural)\s+)?"
    r"(?P<role>members|trustees|directors|commissioners|governors)\s+(?:of|to)\s+(?P<body>(?:the\s+)?"
    r"(?-i:[A-Z])[^:;⟨,]{1,80}?)(?:,[^:;⟨]{1,100}?)?\s*:\s*"
    rf"(?P<who>{PLIST_ENTRIES})",
    flags=re.IGNORECASE,
    examples=(
        "The minister used the launch to name three new members of the Film Board, whose terms begin in "
        "May: the director Ana Dale; Huw Rees, a producer; and Mia Tane, a critic.",
    ),
    counter=("The minister will name three new members of the Film Board next month.",),
    prepare=masked,
)
# "Members of the Housing Trust Fund Advisory Board, appointed Sept. 10: ⟨P0⟩ (chair), a housing
# attorney; ⟨P1⟩, a banker": a notes-to-editors line that names the body, says its members were
# appointed, then lists them.
MEMBERS_OF_APPOINTED = rule(
    "appointment.rel.members-of-appointed",
    "'Members of the X, appointed on <date>:' then the list of them",
    r"\b(?P<role>members|trustees|directors|commissioners|governors)\s+of\s+(?:the\s+)?"
    r"(?P<body>(?-i:[A-Z])[^:;⟨,]{1,80}?),?\s+(?:(?:newly|recently)\s+)?(?:appointed|named|confirmed)\b"
    rf"[^:;⟨]{{0,40}}?:\s*(?P<who>{PLIST_ENTRIES})",
    flags=re.IGNORECASE,
    examples=(
        "Members of the Harbour Advisory Board, appointed May 4: Ana Dale (chair), a lawyer; Huw Rees, a "
        "fisher; and Mia Tane, a teacher.",
    ),
    counter=("Members of the Harbour Advisory Board met on May 4: Ana Dale spoke first.",),
    prepare=masked,
)
# "The other members are ⟨P0⟩, a judge, and ⟨P1⟩": members of a body being set up, named in a
# copular list. The marker ("other", "new", "named today") says the list is of appointees,
# not a description of an existing body's membership.
# "Others named to the board are ⟨P0⟩ (North-West) and ⟨P1⟩ (South-East)": more members of the body.
OTHERS_NAMED = rule(
    "appointment.rel.others-named",
    "'Others named to the board are ⟨P0⟩ and ⟨P1⟩': more members of a body just given its head",
    rf"^Others\s+(?:named|appointed)\s+to\s+the\s+(?P<body>board|council|panel|committee|commission)"
    rf"\s+(?:are|were|include)\s+(?P<who>{P}(?:\s*\([^()⟨⟩]{{1,40}}\))?"
    rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w'’.-]+\s+){{0,2}}?{P}(?:\s*\([^()⟨⟩]{{1,40}}\))?)*)",
    examples=("Others named to the board are Ada Bello (North-West) and Chief Emeka Obi (South-East).",),
    counter=("Others said the board was too large.",),
    prepare=masked,
)
MEMBERS_ARE = rule(
    "appointment.rel.members-are",
    "members named in a list after 'the other members are' or 'the board members named today are'",
    # ("The rūnanga's remaining members are ⟨P0⟩ and ⟨P1⟩", "The Minister's other appointee is ⟨P⟩")
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]he\s+[\w'’-]+['’]s)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten"
    r"|\d{1,2})\s+)?"
    r"(?:(?P<mark>other|remaining|new|founding|first|inaugural)\s+)?"
    # (or the marker opens the sentence: "Other members of the board will be ⟨P0⟩ and ⟨P1⟩.")
    r"|^(?P<lead>Other|Remaining|New|Founding)\s+)"
    r"(?P<role>(?:[\w'’-]+\s+)?(?:members|trustees|commissioners|directors|[Ss]ecretaries|[Gg]overnors"
    r"|[Cc]hairpersons|[Cc]hairs|[Jj]udges|[Aa]mbassadors|[Mm]inisters|appointees?))"
    r"(?:\s+(?:of|on)\s+(?:the\s+)?[^,⟨;:]{1,60}?)?"
    r"(?:\s+(?P<named>named|appointed|announced|confirmed)(?:\s+(?:today|yesterday|this\s+week))?)?"
    # ("Other members include ⟨P0⟩, a former director; and ⟨P1⟩, president of X")
    # ("Other members include chartered accountant ⟨P0⟩, logistics specialist ⟨P1⟩, and ...": a
    # descriptor before each name)
    rf"\s+(?:are|is|will\s+be|include|will\s+include)\s+(?P<who>{PLIST_ASIDES}|{PLIST_ENTRIES})",
    examples=(
        "The other members are Jo Hart, a retired judge, and Sam Ives, a county engineer.",
        "The Minister's other appointee is freshwater ecologist Dr Ana Rhys.",
        "The council's remaining members are elder Jo Hart and Sam Ives, a young ranger.",
        "Other members include chartered accountant Jo Hart, logistics specialist Sam Ives, and officials.",
        "The other trustees named today are Dr Lena Park and Raj Oberoi.",
        "Other members of the panel will be Dr Lena Park and Raj Oberoi.",
        "The two new Permanent Secretaries are Mr. Olu Ajibade, until now a director, and Mrs. Ada Oye.",
        "Other members include Mrs. Ama Owusu, a former director; and Alhaji Sani Issah, a farmer.",
    ),
    counter=("The members are drawn from every county.", "The other members were consulted."),
    prepare=masked,
)
# "The new commissioners and their portfolios are: ⟨P0⟩, Finance; ⟨P1⟩, Health; and ⟨P2⟩, Works":
# a line-up of new office-holders after a colon, each with the portfolio after the name.
LINE_UP = rule(
    "appointment.rel.line-up",
    "'the new ministers (and their portfolios) are: ⟨P0⟩, Finance; ⟨P1⟩, Health': each takes the post",
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:new|incoming|newly\s+appointed)\s+"
    r"(?P<role>(?:[\w'’-]+\s+)?(?:members|trustees|commissioners|directors|[Ss]ecretaries|[Mm]inisters"
    r"|[Cc]ommissioners|[Mm]embers))"
    r"(?:\s+and\s+their\s+(?:portfolios|posts|roles|ministries|departments|responsibilities))?"
    r"\s+(?:are|will\s+be)(?:\s+as\s+follows)?\s*:\s*"
    rf"(?P<who>{PLIST_ENTRIES})",
    examples=(
        "The new commissioners and their portfolios are: Ade Bello, Finance; Dr Uche Obi, Health; and"
        " Mrs Tola Ige, Works.",
        "The incoming ministers are: Jo Hart (Energy), Sam Ives (Transport).",
    ),
    counter=("The new commissioners are expected to be named next week.",),
    prepare=masked,
)
# "appointing pharmacist ⟨P0⟩ and retired nurse ⟨P1⟩ to fill the unexpired terms": members put into
# seats left empty on the body the sentence is about.
FILLS_SEATS = rule(
    "appointment.rel.fills-seats",
    "'appointing ⟨P0⟩ and ⟨P1⟩ to fill the vacancies': each takes a seat on the body",
    r"\b(?:appoint(?:s|ed|ing)?|nam(?:es|ed|ing)|select(?:s|ed|ing)|cho(?:se|osing)|elect(?:s|ed|ing))\s+"
    rf"(?P<who>{PLIST_ENTRIES})\s+to\s+fill\s+(?:the\s+|two\s+|three\s+|its\s+|their\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:vacanc(?:y|ies)|seats?|terms?|positions?|places?|posts?)\b",
    examples=(
        "The board voted to fill two vacancies, appointing engineer Jo Bell and Sam Ives to fill the"
        " unexpired terms.",
    ),
    counter=("The board is appointing staff to fill the vacancies.",),
    prepare=masked,
)
# "She will be succeeded at the agency by ⟨P⟩", "He will be succeeded as chief executive by ⟨P⟩": the
# successor takes the post.
SUCCEEDED_BY = rule(
    "appointment.rel.succeeded-by",
    "'will be succeeded (as X | at Y) by ⟨P⟩': the successor takes the post",
    r"\b(?:will\s+be|is\s+to\s+be|has\s+been|is\s+being)\s+succeeded\s+(?:as\s+(?P<post>[^,;.⟨]{2,60}?)\s+"
    rf"|(?:at|in)\s+(?:the\s+)?[^,;.⟨]{{2,60}}?\s+)?by\s+{DESC}(?P<who>{P})",
    examples=(
        "She will be succeeded at the agency by Mr Ravi Menon.",
        "He will be succeeded as chief executive by Dr Ana Vea.",
    ),
    counter=("She succeeded Ravi Menon in 2019.",),
    prepare=masked,
)
# A posting that moves someone to a place in a post: "⟨P⟩, who has been Permanent Secretary for
# Energy, moves to Luapula Province as Provincial Permanent Secretary".
MOVES_AS = rule(
    "appointment.rel.moves-as",
    "'⟨P⟩ moves to X as Y': the post after 'as'",
    rf"(?P<who>{P}){APPOS}\s*,?\s+(?:moves|moved|will\s+move|is\s+moving|goes|transfers|is\s+transferred"
    r"|has\s+been\s+transferred|is\s+redeployed|has\s+been\s+redeployed)\s+(?:across\s+)?(?:to|back\s+to)\s+"
    r"(?:[^,;.⟨]|⟨P\d+⟩){1,80}?\s+as\s+",
    examples=(
        "Mwila Banda, who has been Permanent Secretary for Energy, moves to Luapula Province as Provincial "
        "Permanent Secretary.",
    ),
    counter=("Mwila Banda moves to Lusaka next week.",),
    prepare=masked,
)
# A reshuffle that moves someone into a portfolio: "moving veteran MP ⟨P⟩ into the defence
# portfolio", "⟨P⟩ takes over the health brief", "handed ⟨P⟩ the finance portfolio".
PORTFOLIO = rule(
    "appointment.rel.portfolio",
    "'moving ⟨P⟩ into the defence portfolio', '⟨P⟩ takes over the health brief': the minister for it",
    r"\b(?:mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|switch(?:es|ed|ing)?|hand(?:s|ed|ing)?|g(?:ive|ives|ave|iving)"
    rf"|assign(?:s|ed|ing)?|promot(?:e|es|ed|ing))\s+{DESC}(?P<who>{P}){APPOS}\s*,?\s*(?:(?:in)?to\s+)?(?:the\s+)?"
    r"(?P<port>(?!(?:same|new|other|his|her|their)\b)[\w'’-]+(?:\s+(?:and\s+)?[\w'’-]+){0,3}?)\s+(?:portfolio|brief)\b"
    rf"|(?P<who2>{P}){APPOS}\s*,?\s+(?:moves?|moved|shifts?|shifted|goes|went|takes(?:\s+over)?|took(?:\s+over)?"
    r"|(?:is|was|has\s+been)\s+(?:given|handed|moved\s+to))\s+(?:(?:in)?to\s+)?(?:the\s+)?"
    r"(?P<port2>(?!(?:same|new|other|his|her|their)\b)[\w'’-]+(?:\s+(?:and\s+)?[\w'’-]+){0,3}?)\s+(?:portfolio|brief)\b"
    # "handing the Police portfolio to ⟨P⟩": the portfolio, then who is given it
    r"|\b(?:hand(?:s|ed|ing)?|g(?:ive|ives|ave|iving)|pass(?:es|ed|ing)?)\s+(?:the\s+)?"
    r"(?P<port3>(?!(?:same|new|other|his|her|their)\b)[\w'’-]+(?:\s+(?:and\s+)?[\w'’-]+){0,3}?)\s+(?:portfolio|brief)"
    rf"\s+(?:over\s+)?to\s+{DESC}(?P<who3>{P})",
    examples=(
        "The prime minister reshuffled his cabinet, moving veteran MP Ada Obi into the defence portfolio.",
        "Sam Ives takes over the health portfolio.",
        "The premier handed Jo Bell the education brief.",
        "The reshuffle ended by handing the Police portfolio to Marcus Whitlock.",
    ),
    counter=("Jo Bell, who holds the finance portfolio, said the budget was sound.",),
    prepare=masked,
)
POSSESSIVE = rule(
    "appointment.rel.possessive",
    "'⟨P⟩'s appointment as X'",
    rf"(?P<who>{P})['’]s\s+(?:re-?)?appointment\s+as\s+",
    examples=("Oliver Dow's appointment as the Minister for Veterans was welcomed.",),
    counter=("Oliver Dow's speech was welcomed.",),
    prepare=masked,
)

# Not appointments made here.
# The person someone succeeds or replaces is leaving the post: "Hayes will succeed Judge ⟨P⟩, who was
# elected to the Court of Appeals" ("succeeded by ⟨P⟩" names the successor, and is not read here).
PREDECESSOR = rule(
    "appointment.rel.predecessor",
    "the person a new holder succeeds or replaces: 'will succeed ⟨P⟩', 'replacing ⟨P⟩'",
    rf"\b(?:succeed(?:s|ing)?|replac(?:e|es|ing)|tak(?:e|es|ing)\s+over\s+from)\s+"
    rf"(?:the\s+)?(?:(?:outgoing|retiring|departing|late|long-serving)\s+)?{DESC}(?P<who>{P})"
    # (only a move of theirs told in the simple past: "who is leaving to become", "who has been
    # moved to", are appointments the announcement makes too)
    r",\s+who\s+(?:was|were|had\s+been)\b",
    examples=(
        "Hayes will succeed Judge Patricia Gaines, who was elected to the Court of Appeals.",
        "She takes over from Tom Hale, who was named ambassador to Chile.",
    ),
    counter=(
        "Gaines is succeeded by Jo Hayes.",
        "She succeeds Tom Hale, who is leaving to become Chairman of the Military Committee.",
    ),
    prepare=masked,
)
PREDECESSOR_WORDS = frozenset("succeed succeeds succeeding replace replaces replacing over".split())
STAYS = rule(
    "appointment.rel.stays",
    "someone who stays in post: '⟨P⟩ remains Minister', 'stays on as', 'continues as'",
    rf"(?P<who>{PLIST}){APPOS}\s*(?:[–—-]\s*|,?\s+(?:who\s+)?{AUX})(?:remains?|remaining|stays?\s+on|staying\s+on"
    r"|returns?\s+to\s+(?:her|his|their)\s+(?:previous\s+|former\s+|substantive\s+)?(?:post|role|job|position)"
    r"|continues?|continuing|retains?|retaining|keeps?|will\s+keep)\b(?!\s+(?:in|with"
    r"|at)\s+(?!(?:the\s+|his\s+"
    r"|her\s+|their\s+)?(?:post|office|role|place|position|job)\b)(?:the\s+)?[^,;.⟨]{1,40}?\s+as\b)",
    examples=(
        "Gareth Lowe MP – remains as Minister of State for Housing",
        "Nadia Hadd continues as Minister of Finance.",
        "She succeeds acting head Ivo Lind, who will return to his previous role as deputy director.",
    ),
    counter=("Janice Char will remain in the public service as Senior Adviser.",),
    prepare=masked,
)
HEDGE = rule(
    "appointment.rel.hedge",
    "a hedged report: tipped, expected, understood, rumoured, shortlisted, a candidate",
    r"\b(?:tipped|expected\s+to|likely\s+to|could\s+be|may\s+be|might\s+be|is\s+understood|are\s+understood"
    r"|reportedly|rumoured|rumored|in\s+line\s+to|frontrunner|front-runner|favourite|favorite|shortlisted"
    r"|candidates?|to\s+be\s+announced|will\s+be\s+announced|to\s+be\s+named|bid\s+to"
    # ("There has been speculation that ⟨P⟩ will be named")
    r"|speculation|speculated"
    # ("applied to", "asked to consider"; but "has been asked to serve as X" appoints)
    r"|applied\s+to|(?<!been\s)asked\s+to|asked\s+to(?!\s+(?:serve|act|lead|chair|head|take\s+over)\b)"
    r"|shadow\s+(?:minister|secretary|treasurer|chancellor|attorney|cabinet|spokes\w+))\b",
    flags=re.IGNORECASE,
    examples=("is tipped to become", "is understood to have been offered", "has asked to join the board"),
    counter=("has been appointed", "has been asked to serve as interim chief"),
)
# "I further revoke the appointment of ⟨P⟩ as a member": an appointment ended, not made.
REVOKED = rule(
    "appointment.rel.revoked",
    "an appointment revoked, rescinded or terminated",
    r"\b(?:revok|rescind|terminat|cancel|withdr[ae]w)\w*\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:re-?)?(?:appointments?|nominations?)\s+(?:of\b|as\b)"
    # the passive after the person: "The appointment of ⟨P⟩ as a member of the Board is revoked"
    r"|\b(?:appointment|nomination)\s+of\s+[^.;]{1,120}?\s+(?:is|are|has\s+been|have\s+been|was|were)\s+"
    r"(?:hereby\s+)?(?:revoked|rescinded|terminated|cancell?ed|canceled|withdrawn)\b",
    flags=re.IGNORECASE,
    examples=(
        "I further revoke the appointment of Mr Semi Tabua as a member of the Board.",
        "The appointment of Peter Oti as a member of the Board is revoked.",
        "The President has withdrawn the nomination of Charles Penn, of Nevada, to be Inspector General.",
    ),
    counter=("I approve the appointment of Mr Semi Tabua as a member of the Board.",),
)
PAST_TIME = rule(
    "appointment.rel.past-time",
    "a time that places an appointment before the announcement",
    r"\b(?:in|from|since|between|until)\s+(?:(?:early|late|mid)[- ])?(?:(?:"
    + lex.MONTH
    + r")\s+)?((?:19|20)\d\d)\b"
    # ("last week's floods" names a thing by its time; it does not date the appointment)
    r"|\blast\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b(?!['’]s)"
    r"|\bpreviously\b"
    r"|\b(?:\w+\s+)?(?:years?|months?)\s+ago\b|\bfirst\s+(?:elected|appointed)\b|\bearlier\s+this\s+year\b"
    # a post held since an earlier event: "has run the department as interim chief since Morrow's departure"
    r"|\bsince\s+(?:[\w'’-]+\s+){0,2}?(?:departure|retirement|resignation|death|exit|suspension|dismissal"
    r"|removal|sacking|firing)\b"
    # an earlier reshuffle named by its month: "in September's reshuffle", "in the March reshuffle"
    r"|\bin\s+(?:the\s+)?(?:(?:"
    + lex.MONTH
    + r")(?:['’]s)?|last\s+(?:month|year|week)['’]s|(?:spring|summer|autumn"
    r"|winter)(?:['’]s)?)\s+(?:cabinet\s+|ministerial\s+|government\s+)?(?:reshuffle|shake-?up|shuffle)\b",
    flags=re.IGNORECASE,
    examples=(
        "was appointed Health Minister in January 2020",
        "was named chair last year",
        "was appointed policing minister in September's reshuffle",
        "has run the department as interim chief since Morrow's departure",
    ),
    counter=(
        "has been appointed chair from 1 May",
        "as chair of the inquiry into last week's floods",
    ),
)
PAST_AUX = rule(
    "appointment.rel.past-aux",
    "a simple past or pluperfect before the cue ('was appointed', 'had served')",
    r"\b(?:was|were|had(?:\s+been)?|became|served|returned|joined|took)\s+(?:\w+\s+)?$",
    window="before",
    examples=("She was |", "He had been |"),
    counter=("She has been |", "She will be |"),
)
# The post a lead-in names when it names no body: "have been appointed directors for terms of three
# years:", "The new Non-Executive Members are:".
LEAD_POST = rule(
    "appointment.cue.lead-post",
    "the post of a list's lead-in: the title after 'appointed', or the title before 'are:'",
    rf"\b(?:appointed|named|nominated)\s+(?:as\s+)?(?P<post>(?:[\w-]+\s+){{0,3}}?{TITLE_WORD}"
    # ("appointed as justices of the peace, effective 2 June:"): a title's lower-case complement
    r"(?:\s+of\s+the\s+(?-i:[a-z]+)(?=\s*[,:]))?)"
    rf"|\b(?:new|other|incoming|founding)\s+(?P<post2>(?:[\w-]+\s+){{0,3}}?{TITLE_WORD})"
    r"(?:\s+(?:appointed|named|announced|confirmed)|,[^:,]{2,90},)?\s+(?:are|will\s+be)\s*:"
    rf"|\b[Jj]oining\s+(?:the\s+\w+|him|her|them)\s+as\s+(?P<post3>(?:[\w-]+\s+){{0,3}}?{TITLE_WORD})\s+(?:are|will\s+be)\s*:"
    # "The following new members have been appointed:": each is a member
    r"|\bfollowing\s+(?:new\s+|additional\s+)?(?P<post4>members|directors|trustees|governors|commissioners)"
    r"\s+(?:have|has)\s+been\s+(?:re)?appointed\b"
    # "The Premier today announced the first five members:"
    r"|\b(?:announced|unveiled|confirmed)\s+(?:the\s+|its\s+)?(?:(?:first|new|founding|inaugural|initial)\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?P<post5>members|directors|trustees|governors|commissioners)(?=\s*:)"
    # "the swearing-in of four County Executive Committee Members, who take charge ...:"
    r"|\bswearing[- ]in\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:new\s+)?(?P<post6>(?:[A-Z][\w-]*\s+){0,4}"
    r"(?:Members|Ministers|Commissioners|Secretaries|members|ministers|commissioners|secretaries))"
    # "The chairpersons are:"
    r"|\b[Tt]he\s+(?:new\s+)?(?P<post7>chairpersons|chairs|chairmen|chairwomen|heads|ambassadors|envoys"
    r"|high\s+commissioners|vice-chancellors|principals)\s+(?:are|will\s+be)\s*:"
    # "Two regional deputy chief coroners were also named:"
    rf"|\b(?i:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+(?:new\s+)?(?P<post8>(?:[\w-]+\s+){{0,4}}?"
    rf"{TITLE_WORD})\s+(?:have|has|were|are)\s+(?:also\s+)?(?:been\s+)?(?:appointed|named|nominated|confirmed)\s*:"
    # "the appointment of three new magistrates to the Magistrates' Court:"
    rf"|\bappointments?\s+of\s+(?i:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+(?:new\s+|additional\s+)?"
    rf"(?P<post9>(?:[\w-]+\s+){{0,3}}?{TITLE_WORD})(?=[^:]{{0,160}}:\s*$)",
    examples=(
        "The following individuals have been appointed directors for terms of two years:",
        "The Attorney-General announced the appointment of three new magistrates to the Magistrates' Court:",
        "The following individuals have been appointed as justices of the peace, effective 2 June:",
        "The chairpersons are:",
        "The new Non-Executive Members are:",
        "Joining the board as non-executive directors are:",
        "The following new members have been appointed for a two-year term:",
        "The Premier today announced the first five members:",
        "Two regional deputy chief coroners were also named:",
    ),
    counter=("The following have been appointed:",),
)
# "The board of the Fund will be as follows:", "The membership of the panel is:": what follows
# the colon (in the sentence or the next) is the body's members, "Name - post" or "Post: Name".
COMPOSITION_LEAD = rule(
    "appointment.cue.composition-lead",
    "a lead-in that gives the membership of a board or panel, entry by entry, after a colon",
    r"(?i:\b(?:board|council|panel|committee|commission|taskforce|membership)\s+(?:of\s+[^:;]{2,80}?\s+)?"
    r"(?:will\s+be|is|are|comprises|will\s+comprise)(?:\s+as\s+follows)?\s*:"
    # "The newly posted Commissioners are:", "The new ambassadors will be:"
    r"|\b(?:new|newly\s+(?:posted|appointed|named|deployed))\s+(?:[\w-]+\s+){0,2}?(?:commissioners|ministers"
    r"|directors|secretaries|ambassadors|heads|judges|chiefs|collectors)\s+(?:are|will\s+be)\s*:)",
    examples=(
        "The newly posted Commissioners are:",
        "The board of the Fund will be as follows:",
        "The board of the Partnership will be:",
        "The membership of the review panel is:",
    ),
    counter=("The board said:", "The board of the Fund met on Tuesday."),
)
# One entry of such a membership: "Dr Ann Lee - Chairperson" (person first) or "Chair: Ann Lee".
COMPOSITION_POST_FIRST = rule(
    "appointment.cue.composition-post-first",
    "an entry of a membership that writes the post, a colon, then the person",
    r"^\s*(?:and\s+)?(?P<post>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s*:\s*",
    examples=("Deputy Chair: Councillor Euan Bright",),
    counter=("The board said it was pleased",),
)
COMPOSITION_PERSON_FIRST = rule(
    "appointment.cue.composition-person-first",
    "an entry of a membership that writes the person, a dash, then the post",
    r"\s*[-–—]\s+(?P<post>[^;:]{2,100}?)\s*[.;]?\s*$"
    # ", Commissioner of Police, Enugu State Command": a title written with a capital after a comma
    rf"|\s*,\s+(?P<post2>(?=[A-Z])(?:[\w'’-]+\s+){{0,3}}?{TITLE_WORD}[^;:]{{0,80}}?)\s*[.;]?\s*$",
    examples=(" - Vice-Chairperson", ", Commissioner of Police, Enugu State Command"),
    counter=(", a retired teacher",),
)
# "The Minister has announced the following appointments to the board of the X:", "The following
# have been appointed:", "approve the following appointments:": a list of appointments follows.
LIST_LEAD_IN = rule(
    "appointment.cue.list-lead-in",
    "a lead-in that announces a list of appointments (and, if it says so, the body they are to)",
    r"(?i:\b(?:appointments|nominations)\s+(?:are|were|is)\s+as\s+follows"
    # ("The Board of Trustees is as follows:"; "the President installed the agency's leadership:")
    r"|\b(?:board|panel|committee|commission|council|membership|leadership)(?:\s+of\s+(?:trustees|directors"
    r"|governors|management))?\s+(?:is|are|will\s+be)\s+(?:constituted\s+)?as\s+follows"
    r"|\b(?:installed|appointed|named|announced|unveiled)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:leadership"
    r"|leadership\s+team|management\s+team|executive\s+team|office-?bearers)(?=\s*:)"
    # ("the following Governor in Council appointments:", "the following senior police postings:")
    r"|\b(?:following|these|below)\s+(?:new\s+|additional\s+|interim\s+)?(?:[\w-]+\s+){0,3}?(?:appointments|nominations|people"
    r"|individuals|members|arrangements|postings|promotions|officers|officials)"
    r"(?!\s+(?:will|are\s+to|have|has)\s+(?:retire|step|stand|leave|left|retired))"
    r"|\b(?:appoint(?:ed|s)?|nam(?:ed|es)|nominat(?:ed|es))\s+(?:the\s+)?following"
    # a fronted passive: "Appointed to four-year terms were:", "Named to the board are:"
    r"|^\W*(?-i:Appointed|Reappointed|Named|Nominated)\s+(?:to|as)\s+[^:⟨]{1,80}?\s+(?:are|were|will\s+be)(?=\s*:)"
    # "approved the appointment of four new sheriffs on the recommendation of X:", "announced the
    # appointment of three new magistrates to the Magistrates' Court:": a number of holders of a post
    r"|\bappointments?\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:new\s+|additional\s+)?"
    r"(?:[\w-]+\s+){0,3}?[\w-]+s\b(?=[^:]{0,160}:\s*$)"
    # a gazette's membership: "The Authority shall consist of the following, namely:"
    r"|\b(?:shall|will)\s+(?:consist|be\s+composed)\s+of\s+the\s+following\b"
    # "Joining the board as non-executive directors are:"
    r"|\bjoining\s+(?:the\s+|him\s+on\s+the\s+|her\s+on\s+the\s+|them\s+on\s+the\s+)"
    r"(?:board|council|panel|committee|commission)\b[^:]*?\s+(?:are|will\s+be)(?=\s*:)"
    # ("Joining them as members are:")
    r"|\bjoining\s+(?:him|her|them)\s+as\s+(?:[\w-]+\s+){0,3}?(?:members|directors|trustees|commissioners"
    r"|governors)\s+(?:are|will\s+be)(?=\s*:)"
    # "presided over the swearing-in of four County Executive Committee Members, who ...:"
    r"|\bswearing[- ]in\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:new\s+)?[^:]{0,80}?(?:members|ministers|commissioners"
    r"|secretaries|judges|officers)\b[^:]*"
    r"|\bfollowing\s+(?:have|has|were|are)\s+(?:also\s+)?(?:been\s+)?(?:appointed|named|nominated)"
    # "The new Non-Executive Members are:", "The other trustees will be:"
    # ("The other non-official members appointed are:", "The new independent members, who take up their
    # posts on 1 February, are:", "The new commissioners and their portfolios are:")
    r"|\b(?:new|other|incoming|founding|inaugural|first|initial)\s+(?:[\w-]+\s+){0,3}?(?:members|directors"
    r"|trustees|commissioners"
    # ("Among the new chair-holders are:", "The new post-holders are:")
    r"|governors|appointees|ministers|secretaries|judges|justices|ambassadors|envoys|chairs|chairpersons"
    r"|deputies|heads|magistrates|advisers|advisors|registrars|[\w-]+-holders)"
    # ("Other members of the board are:")
    r"(?:\s+of\s+the\s+(?:board|panel|commission|council|committee|authority))?"
    r"(?:\s+(?:appointed|named|announced|confirmed)"
    r"|\s+and\s+their\s+(?:portfolios|posts|roles|responsibilities)|,[^:,]{2,90},)?\s+(?:are|will\s+be)(?=\s*:)"
    # "The other appointments are:", "I nominate:", "The President appoints:"
    # ("Two new directors join her:", "Three new trustees join the board:"; "The new board:", a roll of
    # its members)
    # ("He will be joined on the board by:")
    r"|\bjoined\s+(?:on|at)\s+the\s+(?:board|panel|committee|commission|council)\s+by(?=\s*:)"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+new\s+(?:board\s+)?(?:directors|members|trustees"
    r"|commissioners|governors)\s+(?:will\s+)?join\s+(?:her|him|them|the\s+board)(?=\s*:)"
    r"|\b[Tt]he\s+(?:new|first|incoming|new\s+permanent)\s+(?:board|panel|commission|council)(?=\s*:)"
    # ("The appointments are:", "The senior appointments, which take effect in May, are:")
    r"|\b(?:other|new|further|remaining)\s+appointments\s+(?:are|include|will\s+be)(?=\s*:)"
    r"|\b[Tt]he\s+(?:(?:senior|board|ministerial|latest)\s+)?appointments(?:,[^:,]{2,90},)?\s+(?:are|will\s+be)(?=\s*:)"
    # ("the Minister has appointed:", "The Governor has nominated:": the verb's object is the list)
    r"|\b(?:appoint|nominate|designate)(?:s|d|ed)?(?=\s*:)"
    # "The chairpersons are:": a list of holders of one post (not "The members are:", a roll call)
    r"|\b[Tt]he\s+(?:new\s+)?(?:chairpersons|chairs|chairmen|chairwomen|heads|ambassadors|envoys|high\s+commissioners"
    # ("The deputy mayors are:", "The new deputy ministers will be:")
    r"|deputy\s+mayors|deputy\s+ministers|deputy\s+secretaries|permanent\s+secretaries"
    r"|vice-chancellors|principals)\s+(?:are|will\s+be)(?=\s*:)"
    # "The five ministers of state sworn in, with their ministries, are:"
    r"|\b(?:ministers|members|directors|trustees|commissioners|secretaries|judges|officers)(?:\s+of\s+state)?"
    r"\s+(?:sworn\s+in|appointed|named|nominated|confirmed)\b[^:]{0,80}?\s+(?:are|were|will\s+be)(?=\s*:)"
    # "Three new board members have also been appointed:"
    r"|\b(?:members|directors|trustees|commissioners|secretaries|judges|ambassadors|chairs|chairpersons)"
    # (how they were chosen may follow: "Four ordinary members have also been named following a
    # competition run by the Public Appointments Service:")
    r"\s+(?:have|has)\s+(?:also\s+)?been\s+(?:appointed|named|nominated|confirmed)"
    r"(?=\s*:|\s+(?:following|after|through|via|under|to|for)\s+[^:]{1,160}:)"
    # "Two regional deputy chief coroners were also named:": a number of holders of any post
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:new\s+)?(?:[\w-]+\s+){0,4}?[\w-]+s"
    # ("Three directors were also appointed to the authority's founding board:")
    r"\s+(?:have|has|were|are)\s+(?:also\s+)?(?:been\s+)?(?:appointed|named|nominated|confirmed)"
    r"(?=\s*:|\s+to\s+[^:⟨]{1,80}:)"
    # "The Premier today announced the first five members:"
    # ("used the announcement to name four new members of the Arts Council, whose terms begin in May:")
    r"|\b(?:announced|named|appointed|confirmed|unveiled|(?<=to\s)(?:name|appoint|announce|unveil|confirm))\s+"
    r"(?:the\s+|its\s+)?(?:(?:two|three|four|five|six|seven"
    r"|eight|nine|ten|\d{1,2})\s+)?(?:(?:first|new|founding|inaugural|initial)\s+)?(?:(?:two|three|four|five|six"
    # ("appointed three new non-executive directors to the board of X:": a kind of member between)
    r"|seven|eight|nine|ten|\d{1,2})\s+)?(?:(?!(?:to|of|as|for|and)\b)[\w-]+\s+){0,2}?(?:members|trustees"
    # ("named three new members to the Wildfire Council:")
    # (how they were chosen may follow: "to the Board of the HSE, following an open competition run by X:")
    r"|directors|commissioners|appointees|ministers)(?=\s*:|\s+(?:to|of)\s+[^:]{1,160}:)"
    # a reshuffle's list: "The full list of cabinet moves:", "The key changes to the ministry are:",
    # "The new line-up includes:"
    r"|\b(?:new\s+)?(?:line-?up|cabinet|ministry)(?:\s+(?:assignments|appointments|posts|members))?(?:,[^:,]{2,90},)?"
    r"\s+(?:includes|is|are|will\s+be|comprises)(?=\s*:)"
    r"|\b(?:full\s+)?list\s+of\s+(?:(?:new|cabinet|ministerial|government|junior)\s+){0,2}(?:appointments|moves"
    r"|changes|ministers)\b"
    r"|\b(?:key\s+)?changes\s+to\s+the\s+(?:ministry|cabinet|government|front\s+bench)\b[^:]*?\s+(?:are|is)"
    r"(?=\s*:))"
    # the body: "to the board of X:", or "as members of X:" (the post the list is appointed to)
    r"(?:[^:]*?\b(?:to(?:\s+be\s+(?:members?|trustees?|directors?|commissioners?)\s+of)?"
    r"|(?i:as\s+(?:members?|trustees?|directors?|commissioners?)\s+of))\s+"
    r"(?P<board>(?i:the\s+)?(?i:board|council|panel|committee|commission)\s+of\s+)?"
    # (a gazette's lead-in may end with a dash alone: "... with effect from 1st April, 2025—")
    r"(?P<body>(?:the\s+)?[A-Z][^:]*?)|[^:]*?)\s*(?::[—–-]?|—)\s*$",
    examples=(
        "Appointed to four-year terms were:",
        "The Minister has announced the following appointments to the board of the Canal Authority:",
        "The King has been pleased to approve the following appointments:",
        "The following have been appointed:",
        "The following have also been appointed to the agency's board with effect from 1 July:",
        "The new Non-Executive Directors are:",
        "The Governor intends to appoint the following individuals as members of the Coastal Council:",
        "The following new members have been appointed for a three-year term:",
        "Joining the board as non-executive directors are:",
        "The full list of cabinet moves announced by Downing Street:",
        "The key changes to the ministry, which will be sworn in on Thursday, are:",
        "The new line-up includes:",
        "The Minister has appointed three new non-executive directors to the board of the Canal Agency:",
        "The other non-official members appointed are:",
        "The approved appointments are as follows:",
        "The new cabinet assignments, sworn in this afternoon, are:",
        "The new commissioners and their portfolios are:",
        "Councillors also agreed the following interim arrangements:",
        "The Premier today announced the first five members:",
        "The new ministers are:",
        "The Minister has appointed the following persons to be members of the Board of the Lakes Authority—",
        "Following an open competition, the Minister has appointed:",
        "The five ministers of state sworn in, with their ministries, are:",
        "The other appointments are:",
        "Subject to approval by the National Assembly, I nominate:",
        "The chairpersons are:",
        "The First Minister has approved the appointment of four new sheriffs on the advice of the panel:",
        "The inaugural members are:",
    ),
    counter=(
        "The following funding has been approved:",
        "The appointment of four new sheriffs was approved in May.",
        "The minister said:",
        "The members are:",
        "The following members will retire from the board:",
    ),
)


# Word gates: for each costly relation, the words without one of which it cannot match,
# tested on the sentence's word set (similarity.word_set: the lower-cased a-z words,
# computed once per sentence). Each cue word below is written in lower case in the rule
# (the rules are case-sensitive there) with white space, a dash or a word boundary on
# both sides, so it is a whole word of the masked sentence and of the sentence itself
# (a placeholder only replaces a person's words). tests/test_extract_speedups.py checks
# that every word a cue can be written with is listed, and that every match passes.
_PARTICIPLES = (
    "appointed named chosen selected installed revealed unveiled nominated designated hired recruited "
    "tapped picked seconded posted announced confirmed elected made transferred"
).split()
# SUBJECT's cues ("re-" may stand before a participle: "re-appointed" holds "appointed").
_SUBJECT_CUE_WORDS = (
    "sworn promoted elevated brought becomes become moves moving move moved leaves leaving take takes "
    "took taking whose step steps stepping serve serves act acts acting fill fills accept accepts "
    "accepted given handed offered assigned entrusted join joins joined joining start starts return "
    "returns enters remain remains stay stays lead leads head heads run runs succeed succeeds "
    "succeeding replace replaces replacing hold holds holding helm helms entered entering comes came coming "
    "goes shifts"
).split()
SUBJECT_WORDS = frozenset([*_PARTICIPLES, *(f"re{word}" for word in _PARTICIPLES), *_SUBJECT_CUE_WORDS])


def may_be_subject(words: frozenset[str]) -> bool:
    """Whether SUBJECT can match a sentence with these words ("is the new" needs both words)."""
    return not SUBJECT_WORDS.isdisjoint(words) or ("is" in words and "new" in words)


# STAYS's verbs.
STAYS_WORDS = frozenset(
    "remain remains remaining stay stays staying return returns continue continues continuing retain "
    "retains retaining keep keeps".split()
)
# OBJECT's appointing verbs (_APPOINT_VERBS; "re-appoint" holds "appoint", "swore in" "swore").
OBJECT_WORDS = frozenset(
    (
        "appoint appoints appointed appointing reappoint reappoints reappointed reappointing name names "
        "named naming nominate nominates nominated nominating designate designates designated designating "
        "chose chosen chooses choosing select selects selected selecting install installs installed "
        "installing confirm confirms confirmed confirming taps tapped picks picked hire hires hired recruits "
        "recruited promote promotes promoted promoting elevate elevates elevated elevating swore swears "
        "unveils unveiled announce announces announced welcome welcomes welcomed elect elects elected "
        "reelect reelects reelected inaugurates inaugurated posts posted keep keeps kept keeping "
        "asked invited hiring selection appointment"
    ).split()
)
# An apposition is an appointment when marked new or followed by TAKES_UP.
APPOSITION_NEW_WORDS = frozenset("new first inaugural newly".split())
# What TAKES_UP cannot match without, as written (its verbs may run on: "to beginning").
TAKES_UP_NEEDLES = ("take", "begin", "start", "join", "assume", "been")
# SUBJECT_REAPPOINTED ends with a verb and a further term: a scan for those alone is far
# cheaper than the rule, which tries every word as the start of a title.
REAPPOINTED_TERM_TAIL = lazy(rf"(?:re-?appointed|re-?elected|confirmed)\s+(?:{_TERM})")
# What REAPPOINTED_TERM_TAIL cannot match without, as written: most sentences hold none, and a
# substring test costs less than the scan.
REAPPOINTED_TERM_NEEDLES = ("appointed", "elected", "confirmed")
