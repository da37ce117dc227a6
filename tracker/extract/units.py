"""Unit pledges: new bodies, agencies, teams, taskforces, hubs and named funds.

A unit name (see :mod:`tracker.extract.unit_names`) is a pledge when the words
around it say it is being created: "a new X", "set up / launch / create X",
"known as X", "X will be set up", "X, a new body to ...", "36 new X". Each
mention gets a strength; restatements are merged by name similarity and a unit
is kept when its strongest mention is a creation. Existing bodies ("our new
Border Security Command", "the newly formed X"), unnamed funds and generic
descriptions ("the new team") never make a unit on their own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from tracker.extract import lexicon as lex
from tracker.extract.fingerprint import make_fingerprint
from tracker.extract.headcount_rules import PRIVATE_WORDS
from tracker.extract.numbers_words import parse_count
from tracker.extract.parties import RIVAL_WORDS, governing_parties, recommended, rival_voice
from tracker.extract.regex import folds_oddly, lazy
from tracker.extract.registry import IGNORE, Rejections, decision, rule
from tracker.extract.sentences import Sentence
from tracker.extract.similarity import leading_piece, norm_name, token_set_ratio_at_least
from tracker.extract.types import ArticleText, PledgeMention
from tracker.extract.unit_names import (
    GENERIC_MODIFIERS,
    HEAD_WORDS,
    UnitName,
    has_head_word,
    has_head_word_in,
    head_indexes,
    head_of,
    name_at,
    tokenize,
)

# A sum written before a head noun: "a £2m fund", "a $300-million fund", "a 40 million euro fund".
_AMOUNT = (
    r"(?:(?:[A-Z]{1,3})?[£$€][\d.,]+(?:[\s-]*(?:m|bn|k|million|billion)\b)?"
    r"|[\d.,]+[\s-]*(?:million|billion|m|bn)\s+(?:euros?|dollars?|pounds?))"
)
_CREATE_VERB = (
    r"(?:set(?:s|ting)?\s+up|creat(?:e|es|ed|ing)|establish(?:es|ed|ing)?|launch(?:es|ed|ing)?"
    r"|form(?:s|ed|ing)?|unveil(?:s|ed|ing)?|build(?:s|ing)?|introduc(?:e|es|ed|ing)|open(?:s|ed|ing)?"
    r"|stand(?:s|ing)?\s+up|stood\s+up|inaugurat(?:e|es|ed|ing)"
    # a tribal nation or a state charters a body: "charters the Red Cedar Band Health Authority"
    r"|charter(?:s|ed|ing)?"
    # a military unit brought into being: "activated the 77th Orbital Warfare Squadron"
    r"|activat(?:e|es|ed|ing)(?=\s+(?:the|a|its)\s+\d{1,3}(?:st|nd|rd|th)\s)"
    # a force's unit raised: "raise and equip a Special Combat Unit" (not "raise" alone: "raise the
    # Fund's cap")
    r"|rais(?:e|es|ed|ing)\s+and\s+(?:equip|train)(?:s|ped|ed|ping|ing)?)"
)
# Up to three words describing the body before its name: "the independent and statutory".
_MODIFIERS = (
    r"(?:(?:(?!(?:by|with|within|in|at|on|for|to|of|from|under|through|across|into|and|or|the|a|an|its|their"
    r"|our|as|is|are|was|were|will|be|been|which|that|who)\b)[a-z][\w-]*(?:\s*,\s*|\s+and\s+|\s+)){2,3}"
    # (one word is a modifier too, but no preposition: "set up within MOE's Division" places the body)
    r"|(?:(?!(?:by|with|within|inside|in|at|on|for|to|of|from|under|through|across|into)\b)[a-z][\w-]*\s+)?)"
)
# "newly created", "newly established", "newly set up"
_NEWLY = r"newly[- ](?:created|established|set[- ]up|formed|constituted)"
# Cue just before the name, checked on the text that precedes it.
_BEFORE_STRONG = rule(
    "unit.cue.created-before",
    "a creation cue right before the name: 'set up a', 'launch the new', 'known as'",
    rf"(?:\b(?<!newly\s)(?<!newly-)(?<!recently\s){_CREATE_VERB}\s+(?:(?:a|an|the|its|their|our|his"
    # (a military unit's number: "forming the 1st East Shield Engineer Brigade")
    # (a count of bodies: "will open two regional operations hubs")
    rf"|her)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:new\s+)?(?:\d{{1,3}}(?:st|nd|rd|th)\s+)?"
    rf"(?:{_AMOUNT}\s+)?{_MODIFIERS}"
    # "a new independent statutory body, the Australian Centre for Disease Control"
    # ("The Army's newest regional surveillance unit, the Gulf Country Regiment")
    r"|\bnew(?:est)?\s+(?:[\w-]+\s+){0,3}(?:body|agency|authority|organisation|organization|entity|unit|board),?\s+"
    r"(?:(?:to\s+be\s+)?(?:called|named|known\s+as)\s+)?(?:the\s+)?"
    rf"|\b(?:creation|establishment|launch|formation|setting\s+up|raising)\s+of\s+(?:(?:a|an|the)\s+)?(?:new\s+)?"
    rf"{_MODIFIERS}"
    rf"|\b(?:a|an)\s+new\s+(?:{_AMOUNT}\s+)?{_MODIFIERS}"
    # a council's vote creates what it approves with "a": "The council also approved a Community Risk
    # Reduction Unit within the fire department"
    rf"|\bapprov(?:e|es|ed|ing)\s+(?:a|an)\s+{_MODIFIERS}"
    # a name in another language first, its English name after a dash or comma: "establish Te Pūtahi
    # Tapuhi – the National Nursing Workforce Centre"
    rf"|\b(?<!newly\s)(?<!newly-)(?<!recently\s){_CREATE_VERB}\s+(?-i:[A-ZĀĒĪŌŪ][\w'’-]*(?:\s+(?:(?:o|a|ki|te|de|du|des|la|le)\s+)?[A-ZĀĒĪŌŪ][\w'’-]*){{0,5}})"
    r"\s*(?:[–—-]|,)\s+the\s+"
    # "the government constituted the X Authority", "the constitution of the X Board", as Indian
    # notifications write it, before a name ("constituted under an order" names no body; "constitute
    # an authority to be called X" is read by the name given)
    # ("approved the constitution of a National Millet Authority": with "a" the body is new too)
    rf"|\b(?<!pending\sthe\s)(?:constitut(?:e|es|ed|ing)|constitution\s+of)\s+(?:the|a|an)\s+(?:new\s+)?{_MODIFIERS}"
    # "a newly created Office of X": with an indefinite article the body is new to the reader;
    # "the newly established Office of X" is new too (but "the newly formed X" is one the reader knows)
    rf"|\b(?:a|an)\s+{_NEWLY}\s+{_MODIFIERS}"
    rf"|\bthe\s+newly[- ](?:created|established|set[- ]up|constituted)\s+{_MODIFIERS}"
    rf"|\b\d[\d,]*\s+new\s+|\b(?:known\s+as|called|named|dubbed)\s+(?:the\s+)?"
    # a building turned into the body: "converting the former Hillcrest day hospital into the X Centre"
    r"|\b(?:convert|converts|converting|converted|turn|turns|turning|transform|transforms|transforming)\b"
    r"[^.;:]{0,80}?\binto\s+(?:(?:a|an|the)\s+)?(?:new\s+)?)$",
    flags=re.IGNORECASE,
    # a creation verb or noun, 'new', or a naming word: most windows hold none
    needles=(
        "set",
        "creat",
        "establish",
        "launch",
        "form",
        "unveil",
        "build",
        "introduc",
        "open",
        "stand",
        "stood",
        "inaugurat",
        "rais",
        "charter",
        "activat",
        "constitut",
        "new",
        "known",
        "called",
        "named",
        "dubbed",
        "approv",
        "convert",
        "turn",
        "transform",
    ),
    window="before",
    examples=(
        "The tribal council charters the |",
        "The council also approved a |",
        "The ministry will set up a |",
        "plans to launch a new |",
        "a new independent statutory body, the |",
        "The Government will establish a new statutory board, the |",
        "the creation of a new |",
        "The Bill will establish the independent and statutory |",
        "grants paid by a newly created |",
        "would lead the newly established |",
        "the government constituted the |",
        "approved the constitution of the |",
        "approved the constitution of a |",
        "will establish Te Pūtahi Tapuhi – the |",
        "converting the former Hillcrest day hospital into the |",
    ),
    counter=("visited the |", "our new |", "the newly formed |"),
)
_BEFORE_THE_NEW = rule(
    "unit.cue.the-new",
    "'the new' right before the name (not 'the New Urban Communities Authority': a name's own word)",
    r"\b[Tt][Hh][Ee]\s+new\s+$",
    # every match holds 'new'
    needles=("new",),
    window="before",
    examples=("announced that the new |",),
    counter=("the |",),
)
_BEFORE_ARTICLE = rule(
    "unit.cue.article",
    "an indefinite article right before a name",
    rf"\b(?i:a|an)\s+(?:(?:{_AMOUNT})\s+)?(?:[a-z][\w-]*\s+)?$",
    window="before",
    examples=("will fund a |", "an |"),
    counter=("the |",),
)
# After an article-only mention the head must end the noun phrase: "a
# Diplomatic Service post" is a post, not a service.
_PHRASE_END = rule(
    "unit.cue.phrase-end",
    "the head noun ends the noun phrase",
    r"^(?:\s*[,.;:(]|\s+(?:will|would|is|are|was|were|has|have|to|which|that|for|run|with|and|of|in"
    # (a participle, not a noun in -ing: "a Supreme Court ruling", "a Health Board meeting")
    r"|at|on|from|by)\b|\s+(?!(?:ruling|meeting|hearing|building|briefing|ceiling|finding|ranking|rating"
    r"|listing|sitting|proceeding)s?\b)[a-z]+ing\b|\s*$"
    # a description of what the body is made of: "a Youth Skills Board made up of employers"
    r"|\s+(?:made\s+up|composed|formed|drawn|chaired|led|headed)\s+(?:of|from|by)\b)",
    mode="match",
    examples=(
        ", which",
        " will open",
        " bringing together the council and police",
        " made up of employers and colleges",
    ),
    counter=(" post in Paris", " ruling in May"),
)
_BEFORE_AMOUNT = rule(
    "unit.cue.amount-before",
    "'a £Xm' right before the name",
    rf"\b(?:a|an)\s+{_AMOUNT}\s+$",
    # a currency sign, or the currency word after 'million'
    needles=("£", "$", "€", "euro", "dollar", "pound"),
    window="before",
    examples=("a £22m |", "a $5 million |"),
    counter=("the |",),
)
# "the NCA's new X" may be the creation; "our new X" refers to a body the
# reader already knows.
_BEFORE_POSSESSIVE = rule(
    "unit.cue.possessive-new",
    "a body's new unit: 'the agency's new'",
    r"['’]s\s+new\s+$",
    # every match holds 'new'
    needles=("new",),
    window="before",
    examples=("the agency's new |",),
    counter=("a new |",),
)
# "⟨P⟩, who runs a youth arts centre in Limerick": where a person works, which exists, whatever
# the sentence goes on to say ("..., was named")
_WORKPLACE_BEFORE = rule(
    "unit.cue.workplace-before",
    "the body is where a person works: 'who runs a', 'who founded the'",
    r"\bwho\s+(?:runs|ran|heads|headed|leads|led|manages|managed|founded|co-founded|directs|directed|chairs"
    r"|chaired)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?$",
    flags=re.IGNORECASE,
    window="before",
    examples=("Ana Dale, who runs a youth |", "a farmer who founded the |"),
    counter=("The council, which will run a new |",),
)
_BEFORE_WEAK = rule(
    "unit.cue.existing-before",
    "the body is already known: 'our new', 'newly formed', 'existing'",
    r"(?:\b(?:our|its|their|his|her|my|your)\s+new\s+"
    r"|\bnewly[- ]formed\s+|\brecently[- ](?:formed|created|established|launched)\s+"
    r"|\b(?:existing|former|previous|old|current)\s+(?:\w+\s+)?"
    # "the next round of the X Fund", "an expansion of the X Hub": a body that exists
    r"|\b(?:new|newest|latest|next|second|third|fourth|fifth|further|another|final)\s+(?:round"
    r"|tranche|phase|wave"
    r"|call|intake)\s+(?:of|from|for|under)\s+(?:the\s+)?|\b(?:expansion|extension|top-up|relaunch"
    r"|renewal)\s+(?:of|to)"
    r"\s+(?:the\s+)?"
    # "New Chair for Capricornia Health Board": a new post in a body that exists
    r"|\bnew\s+(?:chair(?:man|woman|person)?|chief\s+executive|ceo|director|head|leader|members?|trustees?"
    r"|commissioner|president|board\s+members?)\s+(?:of|for|at|to)\s+(?:the\s+)?"
    # "a fellow of a planning institute": a person's affiliation
    r"|\b(?:fellow|member|chair|director|head|trustee|governor|employee|chief\s+executive|president"
    r"|patron)\s+"
    r"(?:of|at)\s+(?:a|an)\s+"
    # "it calls itself a development agency": a description of a body that exists
    r"|\b(?:calls\s+itself|describes\s+itself|(?:is|was)\s+(?:already|still|now)|remains)\s+(?:a|an)\s+(?!new\b)"
    r"(?:[\w-]+\s+)?)$",
    flags=re.IGNORECASE,
    # one word of each branch that every match of it holds
    needles=(
        "new",
        "recently",
        "existing",
        "former",
        "previous",
        "old",
        "current",
        "round",
        "tranche",
        "phase",
        "wave",
        "call",
        "intake",
        "expansion",
        "extension",
        "top-up",
        "relaunch",
        "renewal",
        "fellow",
        "member",
        "chair",
        "director",
        "head",
        "trustee",
        "governor",
        "employee",
        "chief",
        "president",
        "patron",
        "itself",
        "already",
        "still",
        "now",
        "remains",
    ),
    window="before",
    examples=(
        "thanks to our new |",
        "the newly formed |",
        "the existing |",
        "the newest round of the |",
        "is a fellow of a |",
        "New Chair for |",
    ),
    counter=("a new |",),
)
_AFTER_STRONG = rule(
    "unit.cue.created-after",
    "a creation cue after the name: 'will be set up', ', a new body'",
    # passive: the name is what is created ("X will be set up", "X, which has been established")
    r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:which\s+|that\s+)?(?:(?:is|are|was"
    r"|were)\s+(?:also\s+)?(?:being\s+|to\s+be\s+)?"
    r"|(?:will|would|shall|to)\s+(?:also\s+)?be\s+|(?:has|have|had)\s+(?:also\s+)?been\s+)(?:also\s+)?"
    r"(?:formally\s+|officially\s+|legally\s+)?(?:set\s+up|created|established|launched|formed|constituted"
    # ("The Hangzhou Municipal Bureau of Data, which was inaugurated on Monday"; "chartered")
    r"|inaugurated|chartered"
    # a military formation brought into being: "The 14th Unmanned Aviation Brigade will be activated"
    r"|activated"
    # ("X will be incorporated as a deposit-taking institution"; incorporated into another, it is merged)
    r"|incorporated(?!\s+(?:into|in|within|with)\b)"
    # a named centre, campus or hub put up: "The X Training Campus will be built near Motherwell"
    r"|built)"
    # (a person "is to be created a life peer": an honour, no body)
    r"(?!\s+(?:a\s+)?(?:life\s+)?(?:peer|peeress|baron|baroness|knight|dame|lord|lady|cardinal)\b)"
    # a bare participle after a comma: "X, set up by the minister, ..."
    r"|^\s*(?:\([^)]*\)\s*)?,\s*(?:set\s+up|created|established|launched|formed)\b"
    # "X, which formally comes into being on 1 February"
    r"|^\s*(?:\([^)]*\)\s*)?,?\s*(?:which\s+|that\s+)?(?:formally\s+|officially\s+|legally\s+)?(?:will\s+)?"
    r"(?:comes?|came)\s+into\s+(?:being|existence)"
    r"|^\s*(?:\([^)]*\)\s*)?,?\s*(?:which\s+|that\s+)?(?:will\s+)?opens?\s+(?:for\s+business|(?:its"
    r"|their)\s+doors)"
    # (the words between are the body's modifiers, not a phrase after another noun: "a new post with
    # authority to review")
    # ("Housing Delivery Wales, the new arm's-length body that will assemble land")
    r"|^\s*(?:\([^)]*\)\s*)?,\s+(?:a|an|the)\s+new\s+(?:(?!(?:with|for|of|to|in|on|at|and|that|which|who|whose)\b)"
    r"[\w'’-]+\s+){0,2}?(?:body|agency|unit|team|organisation|organization|fund|office|board|authority"
    r"|commission|council|taskforce|centre|center|hub|institute|entity)\b"
    # "X, a newly established research partnership between ...": said to be new, whatever it is
    rf"|^\s*(?:\([^)]*\)\s*)?,\s+(?:a|an)\s+{_NEWLY}\s+(?:[\w'’-]+\s+){{0,2}}?[a-z]+\b"
    # "X is a new office within ...", "X will be a statutory body under the aegis of ...": an explainer's
    # definition of the body it announces
    r"|^\s*(?:\([^)]*\)\s*)?\s+(?:is\s+(?:a|an)\s+new|will\s+be\s+(?:a|an)\s+(?:new|statutory|independent"
    r"|separate))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:body|agency|unit|team|organisation|organization|office|board|group|taskforce|authority|entity"
    # ("The Border Intelligence Centre will be a new hub within Border Force", "The X Fund is a new fund")
    r"|commission|institute|centre|center|hub|fund|academy|council|panel|committee|directorate|bureau"
    r"|squad|command|service|network)\b"
    # a successor to what went before: "The X Fund replaces the region's former loan schemes", "X will
    # replace the existing advisory panels"
    r"|^\s*(?:\([^)]*\)\s*)?,?\s*(?:which\s+|that\s+)?(?:replaces|will\s+replace|is\s+to\s+replace|is\s+replacing)\s+"
    r"(?:the|its|their)\s+(?:[\w'’-]+['’]s\s+)?(?:former|old|existing|previous|current|separate)\b",
    flags=re.IGNORECASE,
    # a creation verb, 'open' or 'new'
    needles=(
        *(
            "set",
            "creat",
            "establish",
            "launch",
            "form",
            "open",
            "new",
            "into",
            "constitut",
            "incorporat",
            "built",
        ),
        *("inaugurat", "charter", "statutory", "independent", "separate", "activated", "replac"),
    ),
    window="after",
    examples=(
        "Coastal Skills Hub| will be set up in May",
        "The Kelso Fire Training Campus| will be built near the old steelworks",
        "The Rural Roads Board| is a new board that will oversee spending",
        "The Border Intelligence Centre| will be a new hub within Border Force",
        "The Defects Remediation Agency| will be a statutory body under the aegis of the department",
        "Skills Wales|, a new body to",
        "Housing Delivery Cymru|, the new arm's-length body that will",
        "the Kiviq Housing Repair Fund|, a new fund that will lend to homeowners",
        "Coastal Science Hub|, a newly established research partnership",
        "The Office| is to be created",
        "The Harbour Authority| was formally established today",
        "The Municipal Data Bureau|, which was inaugurated on Monday",
        "the Freight Authority|, which formally comes into being on 1 February",
        "The Tarn Valley Business Growth Fund| replaces the region's former loan schemes",
    ),
    counter=(
        "Coastal Skills Hub| said",
        "The Ministry of Defence| has launched a fund",
        "the Child Safety Ombudsman|, a new post with authority to review deaths",
    ),
)
_AFTER_PAST = rule(
    "unit.cue.created-in-the-past",
    "the body was created earlier: 'set up in 2019', 'formed last year'",
    # "which was created in March", "which was established by an Act signed in January"
    rf"^(?:[^.;]{{0,20}}?\bwhich\s+(?:was|were)\s+(?:set\s+up|formed|created|established|founded|launched)\s+"
    rf"(?:in\s+{lex.MONTH}|by\s+(?:an?\s+|the\s+)?(?:Act|law|statute|decree|ordinance))\b"
    r"|(?![^.;]{0,40}?\b(?:will|to|shall|would|is\s+to|are\s+to)\s+be\s+(?:set|formed|created"
    r"|established|founded"
    r"|launched|introduced|opened)\b)"
    r"[^.;]{0,40}?\b(?:set\s+up|formed|created|established|founded|launched|introduced|opened)\s+"
    r"(?:in\s+(?:(?:19|20)\d\d|the\s+(?:wake|aftermath))|after|following|since|last|earlier|previously"
    r"|\w+\s+years?\s+ago|by\s+the\s+(?:previous|last|former))\b)",
    # the creation verb every match holds
    needles=("set", "formed", "created", "established", "founded", "launched", "introduced", "opened"),
    window="after",
    examples=(
        "Harbour Board|, which was set up in 2016",
        "Harbour Board|, formed after the floods",
        "Harbour Board|, which was created in March to oversee projects",
        "Roads Agency|, which was established by an Act signed in January",
    ),
    counter=("Harbour Board| will be set up by the council", "Harbour Board| will be established in July"),
)
# "An Emergency Medical Team is on its way": a deployment (headcount), not a new unit.
_AFTER_DEPLOYED = rule(
    "unit.cue.deployed",
    "a team sent out is a deployment, not a new body",
    r"^\s+(?:is|are|has\s+been|have\s+been|was|were)\s+(?:also\s+|now\s+)?(?:on\s+(?:its|their)\s+way"
    r"|being\s+(?:sent|deployed|flown)|sent|deployed|dispatched|heading|travelling|en\s+route)",
    flags=re.IGNORECASE,
    window="after",
    examples=("Emergency Medical Team| is on its way",),
    counter=("Emergency Medical Team| will be set up",),
)
# The verbs that every match of _AFTER_DEPLOYED opens with after white space, each a whole word.
_DEPLOYED_VERBS = frozenset("is are has have was were".split())


# "the new Border Rescue Command leader": the name modifies another noun.
# "the X Accelerator, a $410-million program to ...": an apposition that says what the name is.
# "The Minister has appointed a new Board of Directors for the X Corporation": the members of an
# existing body's board are changed; no body is created.
_CLOSED_BEFORE = rule(
    "unit.cue.closed-before",
    "a closure verb before the name: 'closed a', 'will abolish the' (the body exists)",
    rf"\b(?:{lex.alternation(lex.CLOSURE_VERBS)})\s+(?:down\s+|up\s+)?(?:a|an|the|its|their|our)\s+"
    r"(?:[\w-]+\s+)?$",
    flags=re.IGNORECASE,
    needles=("clos", "shut", "scrap", "abolish", "ax", "disband", "dissolv", "wind", "wound"),
    window="before",
    examples=("a previous government closed a |", "will abolish the |"),
    counter=("will open a |", "closer to a |"),
)
_CLOSURE_WORDS = frozenset(w for phrase in lex.CLOSURE_VERBS for w in phrase.split()) - {"down", "up"}
_BOARD_APPOINTED = rule(
    "unit.cue.board-appointed",
    "a new governing board appointed for a body: its members change, no body is created",
    r"\b(?:appoint(?:s|ed|ing)?|nam(?:es|ed|ing)|reconstitut(?:es|ed|ing))\s+(?:a|the|its)\s+new\s+$",
    flags=re.IGNORECASE,
    needles=("appoint", "nam", "reconstitut"),
    window="before",
    examples=("The Minister has appointed a new |",),
    counter=("The Minister will set up a new |",),
)
_GOVERNING_BOARD = lazy(
    r"(?:Governing\s+(?:Board|Council|Body)|(?:Board|Council)\s+of\s+(?:Directors|Trustees|Governors|Management))\b"
)
# The words a name matched by _GOVERNING_BOARD (case-sensitive, from its start) opens with.
_GOVERNING_FIRST = ("Governing", "Board", "Council")
# "approved the constitution of the Governing Board of X": a board's members, named
_CONSTITUTED = lazy(r"\bconstitut\w*\s+(?:of\s+)?the\s+$", re.IGNORECASE)
_PROGRAMME_AFTER = rule(
    "unit.cue.programme-apposition",
    "an apposition right after the name calls it a programme, scheme or initiative",
    r"^\s*,\s+(?:a|an)\s+(?:new\s+)?(?:[\w$£€.,'-]+\s+){0,4}?(?:program|programme|scheme|initiative|strategy"
    r"|plan|package|project)\b",
    flags=re.IGNORECASE,
    window="after",
    mode="match",
    examples=("the Northern Clean Water Accelerator|, a $410-million program to end advisories",),
    counter=("the Northern Clean Water Agency|, a new body to end advisories",),
)
_STAFF_NOUNS = tuple(w for w in lex.STAFF_NOUNS if w.islower())
_MODIFIES_NOUN = rule(
    "unit.cue.modifies-noun",
    "the name modifies another noun ('the Command leader', 'the Agency (CBSA) officers')",
    r"^(?:\s*\([A-Z]{2,8}\))?\s+(?:leader|leadership|chief|head|director|chair\w*|members?|budget|funding"
    # (and the building it works from: "New State Emergency Service depot, Koorab")
    r"|spokes\w+|boss|post|role|website|headquarters|report|meeting|chief\s+executive|programme|scheme|model"
    r"|depot|depots|yard|premises|building|base|" + "|".join(_STAFF_NOUNS) + r")\b"
    # "three new Australian Research Council| (ARC) Centres of Excellence": the acronym, then the
    # name of what the body runs
    r"|^\s*\([A-Z]{2,8}\)\s+(?-i:[A-Z][a-z]+)"
    # "a new Town Centre| Homes scheme": the name goes on into a programme's
    r"|^\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?:scheme|programme|program|initiative|project|grants?|loans?)\b",
    flags=re.IGNORECASE,
    window="after",
    mode="match",
    examples=(
        "the new Border Rescue Command| leader",
        "a new Town Centre| Homes scheme",
        "the Data Unit| staff",
        "New State Emergency Service| depot, Koorab",
        "new Border Agency| (CBA) officers",
        "three new Australian Research Council| (ARC) Centres of Excellence",
    ),
    counter=("the new Data Unit| will",),
)
# The nouns of _MODIFIES_NOUN's first branch, each a whole word there, but for the words that
# start with "chair" or "spokes" ("chair\w*", "spokes\w+"; "chief\s+executive" opens with "chief").
_MODIFIED_NOUNS = frozenset(
    (
        *"leader leadership chief head director member members budget funding boss post role".split(),
        *"website headquarters report meeting programme scheme model".split(),
        *"depot depots yard premises building base".split(),
        *_STAFF_NOUNS,
    )
)
# The white space and first word of a window after a name (a run of \w: an ASCII window's
# letters, digits and underscores).
_FIRST_WORD = lazy(r"\s+(\w+)")


def _may_modify_noun(after: str, first: str | None) -> bool:
    """Whether _MODIFIES_NOUN may match ``after``, whose first word after white space is
    ``first`` (None when no white space opens it): every match opens, past white space, with an
    acronym in brackets, a capital A-Z (a word of the name that goes on) or one of the nouns
    as a whole word (\\b follows each), in some case."""
    if first is None:
        return after.lstrip()[:1] == "("
    lowered = first.lower()
    return (
        "A" <= first[:1] <= "Z"
        or lowered in _MODIFIED_NOUNS
        or lowered.startswith(("chair", "spokes"))
        or after.lstrip()[:1] == "("
    )


_FACILITY_HEADS = frozenset({"centre", "center", "hub", "campus", "academy", "institute"})
_PLACE_HEADS = _FACILITY_HEADS | {"office"}
# "made the announcement at a detention centre", "visited an operations centre":
# a place where something happens, not a body created.
_LOCATIVE = rule(
    "unit.cue.place",
    "a place where something happens: 'at a', 'visited the'",
    # (or cited as a source: "According to the X Agency, only 20 per cent ...")
    r"\b(?:at|from|outside|near|inside|during|before|visit(?:ed|ing|s)?|tour(?:ed|ing|s)?|(?:a|his|her)\s+visit\s+to"
    r"|treated\s+in|based\s+in|according\s+to)\s+"
    r"(?:a|an|the|one)\s+(?P<new>new\s+)?$",
    flags=re.IGNORECASE,
    window="before",
    examples=(
        "made the announcement at a |",
        "visited a new |",
        "said during a visit to an |",
        "According to the |",
    ),
    counter=("will set up a |",),
)
_CONSTRUCTION = rule(
    "unit.cue.construction",
    "a centre or hub being built is a building, not a body",
    r"\b(?:build|builds|built|building|construct\w*|refurbish\w*|beds|premises|facilit(?:y|ies)|hospitals?"
    r"|sites?|wards?|operating\s+theatres?)\b",
    flags=re.IGNORECASE,
    examples=("will build a new centre", "the hospital site"),
    counter=("will set up a new centre",),
)
_BUILT_BEFORE = rule(
    "unit.cue.built-before",
    "a construction verb right before a named centre: it is a building",
    r"\b(?:build|builds|built|building|construct\w*|refurbish\w*|extend\w*|renovat\w*|open(?:s|ed"
    r"|ing)?\s+the\s+doors\s+of)"
    r"\s+(?:(?:a|an|the)\s+)?(?:new\s+)?(?:[\w£$€.,-]+\s+){0,2}$",
    flags=re.IGNORECASE,
    window="before",
    examples=("The trust will build a new |", "work to refurbish the |"),
    counter=("The ministry will establish a |",),
)
# Lower-case units named by what they treat or serve are clinical and service teams or
# facilities ("a dialysis unit", "a new ward team", "a health centre"), not organisational bodies.
_SERVICE_MODIFIER = rule(
    "unit.cue.service-modifier",
    "a lower-case clinical or service unit: ward, dialysis, cardiac, health, research ...",
    rf"\b{lex.alternation(lex.SERVICE_MODIFIERS)}\b",
    flags=re.IGNORECASE,
    examples=("ward team", "dialysis unit", "health centre"),
    counter=("police social media hub",),
)
_COMPANY_SUFFIX = "|".join(lex.COMPANY_SUFFIXES)
_PRIVATE_EMPLOYER = "|".join(lex.PRIVATE_EMPLOYERS[:4])
# A company by its legal form right after a verb that creates it: the company is the new body, not its
# creator ("decided to establish Tarn Development Nonprofit Ltd.").
_ESTABLISHES_COMPANY = lazy(
    r"\b(?:(?:to|will|shall)\s+(?:establish|set\s+up|create|found|incorporate)"
    # ("The body, to be registered as the X Corporation Limited,": the name the new body is given)
    r"|to\s+be\s+(?:registered|incorporated)\s+as(?:\s+the)?)\s+"
    rf"(?:[A-Z][\w'’-]+\s+){{1,6}}(?:{_COMPANY_SUFFIX})\b"
)
# A company that sets up the body ("Harbourside Ltd will open a new Innovation Centre").
_PRIVATE_CREATOR = rule(
    "unit.cue.private-creator",
    "a company (by its legal form, or 'the company/firm') creates the body",
    rf"\b(?:{_COMPANY_SUFFIX})\b|\b(?i:the|a|this)\s+(?i:{_PRIVATE_EMPLOYER})\s+"
    r"(?i:will|would|has|is|plans|intends|said)\b",
    examples=("Harbourside Ltd will open a new Innovation Centre.", "The firm will set up a research hub."),
    counter=("A further £35 million, outside the company's budget, will establish a Skills Institute.",),
)
# ("a new council-controlled organisation": controlled is owned, for a public body's company)
_OWNED_BY_US = lazy(rf"\b(?:{lex.alternation(lex.PUBLIC_OWNERS)})[- ](?:owned|controlled)\b", re.IGNORECASE)
# "In July the council set up a Corporate Improvement Board": a time before, then a creation verb
# in the simple past right before the name.
_PAST_TIME_LAUNCHED = rule(
    "unit.cue.past-time-launched",
    "a past time opens the sentence and a past creation verb stands right before the name",
    rf"^\s*(?:In|Last|Earlier\s+this)\s+(?:{lex.MONTH}|year|month|spring|summer|autumn|winter)(?:\s+(?:19|20)\d\d)?"
    r",?\s+(?:(?!\b(?:will|to|shall|would|plans?|intends?|is|are|has|have)\b)[^.;])"
    r"{0,60}\b(?:set\s+up|launched|created|established|formed|founded|opened)\s+(?:the|a|an|its|their)\s+$",
    window="before",
    examples=("In July the council set up a |",),
    counter=("In July the council will set up a |",),
)
# "and in 2024 Health New Zealand set up a rural reference group": a year, then a past creation verb
# right before the name (compared with the year of publication).
_YEAR_THEN_LAUNCHED = rule(
    "unit.cue.year-then-launched",
    "'in YEAR' opens a clause whose past creation verb stands right before the name",
    r"\b[Ii]n\s+((?:19|20)\d\d),?\s+(?:(?!\b(?:will|to|shall|would|plans?|intends?|is|are|has|have)\b)[^.;,])"
    r"{0,60}\b(?:set\s+up|launched|created|established|formed|founded)\s+(?:the|a|an|its|their)\s+$",
    window="before",
    examples=("and in 2024 the agency set up a |",),
    counter=("and in 2026 the agency will set up a |",),
)
_CREATED_IN = rule(
    "unit.cue.created-in-year",
    "a creation verb and a year after the name ('set up under an Order of 2004')",
    r"^[^.;]{0,60}?\b(?:set\s+up|established|created|formed|founded|launched)\b[^.;]{0,80}?\b((?:19"
    r"|20)\d\d)\b",
    mode="match",
    examples=(" is a public body set up under the Farming Order 2004",),
    counter=(" will be set up in the spring",),
)
# "launched the Coastal Towns Fund in the spring of 2023": created in a year before publication.
_LAUNCHED_BEFORE = rule(
    "unit.cue.launched-before",
    "a past creation verb right before the name (read with a year after it)",
    r"\b(?:launched|set\s+up|created|established|founded|formed|opened|introduced|unveiled)\s+(?:the|a|an|its"
    r"|their)\s+(?:new\s+)?$",
    flags=re.IGNORECASE,
    window="before",
    examples=("When the government launched the |",),
    counter=("The government will launch the |",),
)
_IN_YEAR_AFTER = rule(
    "unit.cue.in-year-after",
    "a year right after the name: 'in 2023', 'in the spring of 2023', 'in March 2023'",
    rf"\s+(?:in|during)\s+(?:(?:the\s+)?(?:{lex.SEASON}|early|late|first\s+half|second\s+half)\s+(?:of\s+)?"
    rf"|{lex.MONTH}\s+)?((?:19|20)\d\d)\b",
    mode="match",
    examples=(" in the spring of 2023", " in 2019", " in March 2021"),
    counter=(" in May", " within two years"),
)
_MONEY_INTO_A = rule(
    "unit.cue.money-into-a",
    "money put into a named fund introduced with 'a': 'investing £1bn in a Housing Delivery Fund'",
    r"[£$€][\d.,]+\s*(?:m|bn|k|million|billion)?\s+(?:[\w-]+\s+){0,3}?(?:in|into|for|to"
    r"|through)\s+a\s+(?:new\s+)?$"
    # a fund's first money: "$120 million will seed the X Fund", "will capitalise the X Fund with"
    r"|\b(?:seed|seeds|seeding|capitali[sz]e|capitali[sz]es|capitali[sz]ing|endow|endows|endowing)\s+"
    r"(?:the|a)\s+(?:new\s+)?$",
    flags=re.IGNORECASE,
    window="before",
    examples=("The city is investing $1bn in a |", "Of the new money, $120 million will seed the |"),
    counter=("The city is investing $1bn in the |", "The fund was seeded in 2019 by the |"),
)
_FUNDED_AFTER = rule(
    "unit.cue.funded-after",
    "a named fund backed by a sum ('the Coast Transition Fund, backed by £2m')",
    r"^\s*(?:\([A-Z]{2,8}\)\s*)?,?\s*(?:which\s+is\s+|to\s+be\s+)?(?:backed|funded|financed"
    r"|capitalised|capitalized)"
    r"\s+(?:by|with)\s+(?:an?\s+)?(?:initial\s+)?[£$€]",
    window="after",
    mode="match",
    examples=("the Coast Transition Fund|, backed by £2m",),
    counter=("the Coast Transition Fund| said",),
)
# Written as the host of something else: "within the X", "administered by the X".
_HOSTED_BEFORE = rule(
    "unit.cue.hosted-before",
    "the name is the host of something else: 'within the', 'administered by', 'part of'",
    r"\b(?:within|inside|part\s+of|(?:run|administered|managed|overseen|hosted|operated|funded"
    r"|led)\s+by|under)\s+"
    r"(?:the\s+)?$",
    flags=re.IGNORECASE,
    # the hosting words
    needles=("within", "inside", "part", "by", "under"),
    window="before",
    examples=("The centre will sit within the |", "to be administered by |"),
    counter=("The ministry will set up the |",),
)
# Every match of _HOSTED_BEFORE holds one of these as a whole word, in some case: a sentence
# whose word set holds none is not read for it, unless it holds a character the engine
# matches as an a-z letter under IGNORECASE without lowering to it (regex.folds_oddly).
_HOST_WORDS = frozenset("within inside part by under".split())
# Gates for the window cues (see _strength): every match of each cue holds one of its words
# as a whole a-z word, in some case (each is written after \b or white space and before
# white space or \b). A window that cuts no word in two holds only words of its sentence, so
# a sentence whose word set holds none of them spares every name the cue's scan.
_PAST_WORDS = frozenset("set formed created established founded launched introduced opened".split())
_STRONG_BEFORE_WORDS = frozenset(
    "set sets setting create creates created creating establish establishes established establishing "
    "launch launches launched launching form forms formed forming unveil unveils unveiled unveiling "
    "build builds building introduce introduces introduced introducing open opens opened opening "
    "stand stands standing stood inaugurate inaugurates inaugurated inaugurating activate activates "
    "activated activating raise raises raised charter charters chartered chartering "
    "new newest newly creation establishment formation raising known called named dubbed "
    "constitute constitutes constituted constituting constitution approve approves approved approving "
    "convert converts converting converted turn turns turning transform transforms transforming".split()
)
# _AFTER_STRONG's passive ("will be created") may run its participle into more letters: the
# participle anywhere in the lower-cased text is its gate (_holds_a_participle); the other
# branches end their words.
_STRONG_AFTER_WORDS = frozenset(
    "set open opens new newly into constituted incorporated inaugurated chartered statutory independent "
    "separate activated replaces replace replacing built".split()
)


def _holds_a_participle(lowered: str) -> bool:
    return "created" in lowered or "established" in lowered or "launched" in lowered or "formed" in lowered


_WEAK_WORDS = frozenset(
    "new newly recently existing former previous old current round tranche phase wave call intake "
    "expansion extension top relaunch renewal fellow member chair director head trustee governor employee "
    "chief president patron itself already still now remains".split()
)
# Every match of _BEFORE_AMOUNT holds a currency sign or one of these words.
_CURRENCY_WORDS = frozenset("euro euros dollar dollars pound pounds".split())
# Every match of _SERVICE_MODIFIER holds one of these words.
_SERVICE_WORDS = frozenset(word for modifier in lex.SERVICE_MODIFIERS for word in modifier.split())


class _Gates(NamedTuple):
    """Which window cues may match around a name of the sentence, from its words (see _strength)."""

    past: bool
    strong_before: bool
    strong_after: bool
    weak: bool
    amount: bool
    service: bool
    closure: bool


_NO_GATES = _Gates(True, True, True, True, True, True, True)
_new_tuple = tuple.__new__
# The gates of the cues before a name that read their words where the window starts.
# (and the service modifiers: "ward" read in a window cut from "award")
_CUT_GATE_WORDS = _STRONG_BEFORE_WORDS | _WEAK_WORDS | _SERVICE_WORDS | _CLOSURE_WORDS


def _gates(text: str, words: frozenset[str]) -> _Gates:
    """The gates of a sentence of these words."""
    if folds_oddly(text):  # a character folding to an a-z letter under IGNORECASE is in no word set
        return _NO_GATES
    # (tuple.__new__ makes the same named tuple without the Python-level __new__ of the class)
    return _new_tuple(
        _Gates,
        (
            not _PAST_WORDS.isdisjoint(words),
            not _STRONG_BEFORE_WORDS.isdisjoint(words),
            not _STRONG_AFTER_WORDS.isdisjoint(words) or _holds_a_participle(text.lower()),
            not _WEAK_WORDS.isdisjoint(words),
            not _CURRENCY_WORDS.isdisjoint(words) or "£" in text or "$" in text or "€" in text,
            not _SERVICE_WORDS.isdisjoint(words),
            not _CLOSURE_WORDS.isdisjoint(words),
        ),
    )


def _cut_gates(text: str, start: int, gates: _Gates) -> _Gates:
    """The gates for the window before a name that starts at ``start``: when that cuts a word
    in two, the piece of the word it holds is not in the sentence's word set, and a cue may
    read it as a word ("set up a" cut from "reset up a"). The windows' other ends never cut a
    word that a gate needs: a name is made of whole tokens, and each gate word of a cue after
    the name is followed by more of its match (a participle is looked for in the text, not
    among its words)."""
    if leading_piece(text, start) in _CUT_GATE_WORDS:
        return _NO_GATES
    return gates


# Cheap word gates for the two sentence-level exclusions below.
_REBRAND_WORDS = frozenset(
    "rebrand rebrands rebranded rebranding formerly known called become becomes".split()
)
_REBRAND = rule(
    "unit.cue.rebrand",
    "a rename or rebrand of an existing body",
    r"\b(?:renam\w*|rebrand\w*|formerly\s+known|(?:now|henceforth)\s+be\s+(?:known\s+as|called)"
    r"|(?:will\s+)?becomes?\s+the\s+(?=[A-Z]))",
    flags=re.IGNORECASE,
    examples=("will be renamed", "formerly known as", "will become the Skills Agency"),
    counter=("will set up the Skills Agency",),
)
# Bodies without a head noun, recognised only by a clear creation predicate.
_HEADLESS = rule(
    "unit.cue.opens-for-business",
    "a name without a head noun that 'opens for business'",
    r"(?P<name>\b[A-Z][\w'’-]+(?:\s+(?:of|for|and|&)?\s*[A-Z][\w'’-]+){1,5})\s*(?:\([A-Z]{2,8}\))?"
    r",?\s+which\s+(?:opens|will\s+open|opened)\s+for\s+business",
    examples=("Skills England, which opens for business in April",),
    counter=("Skills England opened an office",),
)
_BODY_NOUN = (
    r"(?:body|agency|authority|organisation|organization|entity|regulator|(?:investment\s+)?vehicle"
    r"|(?:public|publicly[- ]owned|state[- ]owned|government[- ]owned)\s+company|company"
    # ("QuEST, a new centre for quantum engineering": a short name described by its head)
    r"|centre|center|institute|hub)"
)
_PROPER_RUN = r"[A-Z][\w'’-]+(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w'’-]+){0,4}"
# "Skills England, a new body that ...", "a new arm's-length body, Great British Energy":
# a name with no head noun, said to be a new body.
_HEADLESS_BODY = rule(
    "unit.cue.named-body",
    "a name said to be a new body: 'X, a new body', 'a new body, X'",
    # (the words between describe the body, and no phrase after another noun: not "a new post with
    # authority to")
    rf"(?P<name>\b{_PROPER_RUN}),\s+(?:a|an)\s+new\s+(?:(?!(?:with|for|of|to|in|on|at|and|that|which|who|whose)\b)"
    rf"[\w'’-]+\s+){{0,3}}?{_BODY_NOUN}\b"
    rf"|\b(?:new|(?-i:a|an)\s+{_NEWLY})\s+(?:[\w'’-]+\s+){{0,4}}?{_BODY_NOUN},?\s+"
    r"(?:(?:to\s+be\s+)?(?:called|named|known\s+as)\s+)?"
    rf"(?:the\s+)?(?P<name2>{_PROPER_RUN})"
    # "A Crown entity called Infrastructure Delivery New Zealand will be established": a body
    # named with "called" that the clause goes on to create
    # a body described, then named in apposition, its name in any language: "will set up a national launch
    # agency, the Deutsche Startagentur, in Bremen", "the creation of a national space safety inspectorate,
    # the Inspection nationale des activités spatiales"
    r"|\b(?:set\s+up|create|establish|launch|creation\s+of|establishment\s+of)\s+(?:a|an)\s+(?:new\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:agency|fund|inspectorate|institute|office|vehicle|authority|council|commission"
    r"|body|regulator|company|corporation|bank),\s+the\s+"
    r"(?P<name4>(?-i:[A-Z])[\w'’-]+(?:\s+[\w'’-]+){0,5}?)(?=\s*[,.;)]|\s+(?:in|with|to|which|that|will|under)\b)"
    # "The taskforce, to be known as Te Kāhui Ārai, will ...": a body described before, its name given now
    # (in any language: macrons and Māori particles between its words)
    r"|\b(?-i:The|the)\s+(?:new\s+)?(?:[\w'’-]+\s+){0,2}?(?:taskforce|task\s+force|hub|unit|team|centre|center"
    r"|office|body|agency|authority|commission|board|council|panel|institute|network|service|company),\s+"
    r"(?:to\s+be\s+)?(?:known\s+as|called|registered\s+as|incorporated\s+as"
    # ("The centre, which the service will call NEOC South, will": a name its creator gives it)
    r"|which\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:will\s+|is\s+to\s+)?call"
    # (not an acronym, which stands for the full name given elsewhere: "to be known as NFDTF")
    r"|named)\s+(?:the\s+)?(?P<name5>(?![A-Z]{2,8},)(?-i:[A-ZĀĒĪŌŪ][\w'’-]+(?:\s+(?:(?:o|a|ki|te|de|la)\s+)?[A-ZĀĒĪŌŪ][\w'’-]+)"
    r"{0,4})),"
    # "A national coordination hub, Te Whare Tiaki, will be set up": described, named in an aside, created
    r"|\b(?-i:A|An)\s+(?:new\s+)?(?:[\w'’-]+\s+){0,3}?(?:taskforce|hub|unit|team|centre|center|office|body|agency"
    r"|authority|commission|board|council|panel|institute|network|service|company),\s+"
    r"(?P<name6>(?-i:[A-ZĀĒĪŌŪ][\w'’-]+(?:\s+(?:(?:o|a|ki|te|de|la)\s+)?[A-ZĀĒĪŌŪ][\w'’-]+){0,4})),\s+"
    r"(?:will|is\s+to|shall)\s+be\s+(?:set\s+up|established|created|formed|launched)\b"
    rf"|\b(?-i:A|a|An|an)\s+(?:[\w'’-]+\s+){{0,3}}?{_BODY_NOUN}\s+(?:to\s+be\s+)?(?:called|named|known\s+as)\s+"
    rf"(?:the\s+)?(?P<name3>{_PROPER_RUN})(?=\s+(?:will|is\s+to|shall)\s+be\s+(?:established|created|set\s+up|formed"
    r"|launched)\b)",
    examples=(
        "Skills England, a new body that",
        "a new arm's-length body, Great British Energy",
        "a new publicly owned company, Tidal Power Britain",
        "a newly established arm's-length body, Fenland Buses",
        "a new jointly owned water services organisation, Harbour Water Services",
        "A Crown entity called Coastal Works New Zealand will be established",
        "The taskforce, to be known as Te Kāhui Ārai, will operate within the district",
        "The centre, which the service will call Tarn South, will take calls",
        "The body, to be registered as the Tarn Urban Transport Corporation, will run buses",
        "A national coordination hub, Te Whare Tiaki, will be set up in Palmerston North",
    ),
    counter=("a new body will", "the Seniors Advocate, a new post with authority to inspect"),
)
# A company a public body sets up and owns: "voted to establish Sedgeford Homes Ltd, a company wholly
# owned by the council", "The company, Kaharoa Water Limited, will be wholly owned by the council".
_PUBLIC_OWNERS = frozenset(lex.PUBLIC_OWNERS)
_OWNER = r"(?:the\s+)?(?:\w+\s+)?(?:council|state|government|city|county|province|municipality|shire|crown)"
_OWNED_COMPANY = rule(
    "unit.cue.owned-company",
    "a company set up and owned by a public body is a public body",
    # ("approved the founding of Hradová Municipal Housing, a joint-stock company wholly owned by the city")
    rf"\b(?:establish|set\s+up|create|form|incorporate|launch|founding\s+of|found(?:ed)?)\w*\s+(?P<name>{_PROPER_RUN}),"
    rf"\s+(?:a|an)\s+(?:new\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:company|organisation|organization|entity)\s+"
    rf"(?:(?:wholly|jointly|fully)\s+)?owned\s+by\s+{_OWNER}\b"
    rf"|\b(?:The|the)\s+(?:new\s+)?company,\s+(?P<name2>{_PROPER_RUN}),\s+will\s+be\s+(?:(?:wholly|jointly|fully)\s+)?"
    rf"owned\s+by\s+{_OWNER}\b"
    # "formally launched the British Tidal Power Company, a publicly owned firm": created, then said
    # to be owned by the public
    r"|\b(?:establish|set\s+up|create|form|incorporate|launch)\w*\s+(?:the\s+)?"
    rf"(?P<name3>{_PROPER_RUN}),\s+(?:a|an)\s+(?:new\s+)?(?:wholly\s+)?(?:publicly|state|government|crown|council)"
    # ("Harbour Water Limited, a new council-controlled organisation")
    r"[- ](?:owned|controlled)\s+(?:company|firm|body|entity|corporation|enterprise|business|organisation"
    r"|organization)\b"
    # "A publicly owned operator, Tamesdale Bus Company, will be set up": described, named, then created
    r"|\b(?-i:A|An)\s+(?:new\s+)?(?:wholly\s+)?(?:publicly|state|government|crown|council|municipally)[- ]"
    r"(?:owned|controlled)\s+(?:[\w-]+\s+)?(?:company|firm|operator|body|entity|corporation|enterprise"
    rf"|organisation|organization),\s+(?P<name4>{_PROPER_RUN}),\s+(?:will|is\s+to|would)\s+be\s+"
    r"(?:set\s+up|established|created|formed|launched)\b"
    # "decided to establish a municipal public transport company, UAB Pajūrio autobusai": a public body's
    # own company, described, then named
    r"|\b(?:establish|set\s+up|create|form|found|incorporate)\w*\s+(?:a|an)\s+(?:new\s+)?(?:wholly\s+)?"
    r"(?:municipal|municipally[- ]owned|city[- ]owned|council[- ]owned|state[- ]owned|publicly[- ]owned)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:company|firm|operator|enterprise|corporation),\s+(?P<name5>{_PROPER_RUN})",
    examples=(
        "Councillors voted to establish Fenby Homes Ltd, a company wholly owned by the council, to build",
        "The company, Tarn Water Limited, will be wholly owned by the council",
        "Ministers formally launched the Western Tidal Energy Company, a publicly owned firm based in Hull",
        "Three councils agreed to establish Tarn Water Limited, a new council-controlled organisation",
        "A publicly owned operator, Tarn Bus Company, will be set up as a subsidiary of the authority",
        "The assembly approved the founding of Tarn Housing, a joint-stock company wholly owned by the city",
        "The council decided to establish a municipal public transport company, Tarn Buses, which will",
    ),
    counter=(
        "Fenby Homes Ltd, a company owned by a local builder, will build",
        "a municipal bus company, Tarn Buses, said fares would rise",
    ),
)
# "Coastal Skills Wales will be established on 1 April": a name with no head noun opening a
# sentence whose verb creates it. Names of programmes, plans and laws are not bodies.
_NOT_BODY_ENDS = frozenset(
    (
        *(w.capitalize() for w in lex.PROGRAMME_HEADS),
        *lex.words("Bill Act Law Regulations Rules Code Guidance"),
    )
)
_CREATED_HEADLESS = rule(
    "unit.cue.created-headless",
    "a name without a head noun, the subject of a passive of creation at the start of a sentence",
    # ("A Financial Intelligence Exchange will be established": named as new with "A")
    r"^(?:The\s+|An?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w'’-]+){1,4})"
    r"\s+(?:will|is\s+to|is\s+set\s+to|would)\s+(?:also\s+)?be\s+"
    r"(?:formally\s+|legally\s+)?(?:established|set\s+up|created|launched\s+as\s+an?\s+(?:new\s+)?\w+\s+body)\b"
    # (a person "is to be created a life peer": an honour, no body)
    r"(?!\s+(?:a\s+)?(?:life\s+)?(?:peer|peeress|baron|baroness|knight|dame|lord|lady|cardinal)\b)",
    examples=(
        "Coastal Skills Wales will be established on 1 April 2027.",
        "A Financial Intelligence Exchange will be established inside the authority.",
    ),
    counter=(
        "Homes England was established in 2018.",
        "It will be established next year.",
        "Anthony Mabey is to be created a life peer.",
    ),
)
# "announced the creation of Skills Wales North": a name without a head noun, created by
# the sentence's noun of creation (programmes, plans and laws are turned away by their last word).
_CREATION_OF_HEADLESS = rule(
    "unit.cue.creation-of-headless",
    "a name without a head noun after 'the creation of' or 'the establishment of'",
    # (announced as done: "another step towards the creation of X" is not the creation)
    r"\b(?:announc|confirm|approv|agree|unveil|includ|back)\w*\s+the\s+(?:creation|establishment)\s+of\s+"
    r"(?:(?:a|an|the)\s+)?(?:new\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w'’-]+){1,4})\b"
    # (not the first words of a longer name: "a new White House council")
    rf"(?!\s+(?:[A-Z]|(?i:{lex.alternation(lex.BODY_HEAD_FORMS)})\b))",
    examples=("The minister confirmed the creation of Skills Wales North, which will",),
    counter=(
        "the creation of jobs in Wales",
        "another step towards the creation of Rail Britain",
        "announced the creation of a new White House council",
    ),
)
# "the board agreed to establish Invest Wyvern.", "$96.4 million over four years to set up Coastal
# Resilience Victoria": a name without a head noun, the object of an active verb of creation, the
# clause ending after it (not "to establish Port Ardrain as a freight hub", a place made something).
_ESTABLISH_HEADLESS = rule(
    "unit.cue.establish-headless",
    "a name without a head noun right after 'to establish', 'to set up' or 'will create', ending its clause",
    r"\b(?:to|will|would|shall)\s+(?:(?:formally|also|now)\s+)?(?:establish|set\s+up|create)\s+"
    # ("decided to establish Szentvár City Development Nonprofit Ltd.": a public body's own company, by
    # its legal form)
    r"(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w'’-]+){1,3}"
    rf"(?:\s+(?:[A-Z][\w'’-]+\s+)?(?:{_COMPANY_SUFFIX})\b)?))"
    r"(?=\s*(?:[.;]|$|,\s+(?:a|an|which)\b|\s+(?:to|with|from|on|by|in\s+(?:19|20)\d\d)\b))",
    examples=(
        "the combined authority board today agreed to establish Invest Wyvern.",
        "$96.4 million over four years to set up Coastal Resilience Victoria, a new agency",
        "The assembly also decided to establish Tarn City Development Nonprofit Ltd.",
    ),
    counter=(
        "agreed to establish Port Ardrain as a freight hub",
        "will create Better Jobs in every town",
    ),
)
_CREATION_WORDS = frozenset("established set created launched establish create".split())
_BODY_WORDS = frozenset("body agency authority organisation organization entity regulator company".split())
_APPOSED_CREATION_WORDS = frozenset("set create establish launch creation establishment".split())
_APPOSED_HEADS = frozenset(
    "fund inspectorate institute office vehicle council commission corporation bank centre center hub".split()
)
# A sentence yields a unit only with a head word (has_head_word) or, for a headless body,
# "for business", a body word, a creation word, "creation" or "establishment" (find_units).
_UNIT_WORDS = HEAD_WORDS | _BODY_WORDS | _CREATION_WORDS | {"creation", "establishment"}
# A lead that counts the new bodies the next sentences name: "Two new city institutions will be
# created. The X Centre will open ... The Y Agency will advise ...", "The council will set up three new
# bodies:". The proper names that follow (up to the count) are the bodies created.
_COUNTED_NEW_BODIES = rule(
    "unit.cue.counted-new-bodies",
    "a lead counting new bodies to be created: the proper names of the next sentences are those bodies",
    r"\b(?P<n>two|three|four|five|six|[2-9])\s+new\s+(?:[\w-]+\s+){0,2}?(?:institutions|bodies|agencies"
    r"|entities|organi[sz]ations|units|offices|centres|centers|services|authorities|companies)\b"
    r"(?:\s+(?:will|are\s+to|shall)\s+(?:also\s+)?be\s+(?:created|established|set\s+up|founded|formed|launched)"
    r"|\s*:)",
    flags=re.IGNORECASE,
    examples=("Two new city institutions will be created.", "The council will set up three new bodies:"),
    counter=("Two new schools opened last year.", "two new agencies said"),
)
# How many sentences after such a lead its names may come.
_COUNTED_REACH = 3


_PARENT = rule(
    "unit.cue.parent",
    "the body a unit sits in: 'run by X', 'within X'",
    r"\b(?:run|led|hosted|overseen|managed"
    r"|operated)\s+by\s+(?:the\s+)?(?P<a>[A-Z][\w'’&.-]*(?:\s+(?:and\s+the\s+|and\s+|of\s+|for\s+)?[A-Z][\w'’&-]*)*)"
    r"|\b(?:within|inside|part\s+of)\s+(?:the\s+)?(?P<b>[A-Z][\w'’&.-]*(?:\s+(?:of\s+"
    r"|for\s+)?[A-Z][\w'’&-]*)*)",
    examples=("run by the National Crime Agency", "within the Home Office"),
    counter=("run by volunteers",),
)
# Every match of _PARENT holds one of these as a whole word, in lower case (the pattern
# ignores no case; each word follows a word boundary and is followed by white space), so
# a sentence whose word set holds none has no parent to read.
_PARENT_WORDS = frozenset("run led hosted overseen managed operated within inside part".split())
_AT_PARENT = rule(
    "unit.cue.at-parent",
    "the unit's host right after its name: 'at the X'",
    r"\s+(?:at|in|inside)\s+the\s+(?P<p>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’&.-]*)*)",
    mode="match",
    examples=(" at the University of Leeds",),
    counter=(" at a school",),
)
_PLURAL_INITIALISM = lazy(r"[A-Z]{2,}s")
_NOT_A_NAME = frozenset("The This It A An In On At By For From With Under Its Their Our".split())
_MIN_STRENGTH = 0.5
_COUNTED_STRENGTH = 0.8  # a name a lead's count of new bodies covers

CREATED = decision(
    "unit.created",
    "unit",
    "accept",
    "a unit name the words around say is being created here (strongest mention of the unit >= 0.5)",
    examples=(
        "The ministry will set up a Coastal Erosion Taskforce.",
        "A new Rural Crime Unit will start work in May.",
    ),
    counter=("Officers from the Rural Crime Unit attended.",),
)
REBRAND = decision(
    "unit.rebrand",
    "unit",
    "reject",
    "a rename or rebrand of an existing body is not a new unit (SCHEMA rule 5)",
    examples=("The Skills Office will be renamed the Skills Agency.",),
    counter=("Ministers will set up the Skills Agency.",),
    uses=(_REBRAND.name,),
)
PRIVATE = decision(
    "unit.private",
    "unit",
    "reject",
    "bodies created by companies are not public units",
    examples=("Harbourside Ltd will open a new Innovation Centre.",),
    counter=("The council will open a new Innovation Centre.",),
)
RIVAL = decision(
    "unit.rival",
    "unit",
    "reject",
    "a body a rival party or plan would set up is a promise, not the government's creation",
    examples=("Its policing spokesman said his party would set up a Rural Crime Command.",),
    counter=("The minister said the department would set up a Rural Crime Command.",),
    uses=("parties.cue.rival-voice",),
)
NOT_DECIDED = decision(
    "unit.not-decided",
    "unit",
    "reject",
    "a body someone recommends, or a bill would have created, is not created (SCHEMA rule 5); nor is one "
    "a question names",
    examples=(
        "The Government should establish an independent Probation Workforce Commission.",
        "A companion bill that would have created a Child Care Workforce Commission stalled.",
        "What is the new Grid Cyber Response Centre?",
    ),
    counter=("The Government will establish an independent Probation Workforce Commission.",),
)
# A recommendation or a counterfactual about creating a body (every match holds one of the words
# of _NOT_DECIDED_WORDS).
_NOT_DECIDED_CUE = lazy(
    r"\b(?:should|ought\s+to|could)\s+(?:also\s+|now\s+)?(?:establish|create|set\s+up|form|launch)\b"
    r"|\bwould\s+have\s+(?:created|established|set\s+up|formed)\b"
    r"|\brecommend(?:s|ed|ation)?\s+(?:that\s+)?[^.;]{0,80}?\b(?:establish|creat|set\s+up)"
    # a body others ask for: "Opposition members have called for a housing emergency fund",
    # "unions urged ministers to set up a standing inquiry", "campaigners demand a new regulator"
    r"|\b(?:calls?|called|calling|push(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|campaign(?:s|ed|ing)?)\s+for\s+"
    r"(?:the\s+(?:creation|establishment|setting\s+up)\s+of\s+)?(?:a|an)\s"
    r"|\burg(?:e|es|ed|ing)\s+[^.;]{0,60}?\bto\s+(?:establish|create|set\s+up|form|launch)\b"
    r"|\bdemand(?:s|ed|ing)?\s+(?:a|an|the\s+(?:creation|establishment)\s+of)\s"
)
_NOT_DECIDED_WORDS = frozenset(
    "should ought could would recommend recommends recommended recommendation "
    "call calls called calling push pushes pushed pushing lobby lobbies lobbied lobbying campaign "
    "campaigns campaigned campaigning urge urges urged urging demand demands demanded demanding".split()
)
PROGRAMME_APPOSITION = decision(
    "unit.programme-apposition",
    "unit",
    "reject",
    "the text says the name is a programme ('the Northern Clean Water Accelerator, a $410-million program')",
    examples=(
        "Ottawa launched the Northern Clean Water Accelerator, a $410-million program to end advisories.",
    ),
    counter=("Ottawa launched the Northern Clean Water Agency, a new body to end advisories.",),
    uses=("unit.cue.programme-apposition",),
)
MODIFIES_NOUN = decision(
    "unit.modifies-noun",
    "unit",
    "reject",
    "the name modifies another noun ('the new Command leader')",
    examples=("Jo Bell is the new Border Rescue Command leader.",),
    counter=("A new Border Rescue Command will start in May.",),
    uses=(_MODIFIES_NOUN.name,),
)
FACILITY = decision(
    "unit.facility",
    "unit",
    "reject",
    "a centre, hub or campus that is built is a building, not a body; so is a lower-case clinical or "
    "service unit ('a dialysis unit', 'a new ward team')",
    examples=("The trust will build a new diagnostic centre.", "A new ward team will also be set up."),
    counter=("The ministry will set up the Coastal Data Centre.",),
    uses=(_CONSTRUCTION.name,),
)
PAST = decision(
    "unit.created-in-the-past",
    "unit",
    "reject",
    "a body created before the announcement is an existing body",
    examples=(
        "The Harbour Board, which was set up in 2016, met today.",
        "When ministers launched the Market Towns Fund in the spring of 2021, they made big promises.",
    ),
    counter=("A new Harbour Board will be set up.",),
    uses=(_AFTER_PAST.name,),
)
DEPLOYED = decision(
    "unit.deployed",
    "unit",
    "reject",
    "a team sent out is a deployment (headcount), not a new body",
    examples=("An Emergency Medical Team is on its way to the region.",),
    counter=("A new Emergency Medical Team will be set up.",),
    uses=(_AFTER_DEPLOYED.name,),
)
EXISTING = decision(
    "unit.existing",
    "unit",
    "reject",
    "the words say the body already exists ('our new X', 'the newly formed X', 'the existing X')",
    examples=("Officers in our new Fraud Squad made arrests.",),
    counter=("We will create a new Fraud Squad.",),
    uses=(
        _BEFORE_WEAK.name,
        _BEFORE_POSSESSIVE.name,
        _BEFORE_THE_NEW.name,
        _BOARD_APPOINTED.name,
        _WORKPLACE_BEFORE.name,
    ),
)
ARTICLE_ONLY = "unit.article-only"  # (an internal reading, reported as GENERIC)
# Heads of working groups that a release lists among a body's staff or as who chose something ("a
# small lettings team", "an international expert panel"): without a name or a creation cue they are
# no new body.
_TEAM_HEADS = frozenset("team panel group unit".split())
NO_CUE = decision(
    "unit.no-creation-cue",
    "unit",
    "reject",
    "nothing around the name says it is being created (an existing body merely mentioned)",
    examples=("The Rural Crime Unit said it had made arrests.",),
    counter=("A new Rural Crime Unit will start work.",),
)
PLACE = decision(
    "unit.place",
    "unit",
    "reject",
    "a place where something happens ('at a centre', 'visited the hub') is not a body created",
    examples=("The minister spoke at a detention centre.",),
    counter=("The minister will set up a detention review centre.",),
    uses=(_LOCATIVE.name,),
)
GENERIC = decision(
    "unit.generic",
    "unit",
    "reject",
    "a description made only of generic words ('a new specialist team', 'a new £40m fund') names no unit",
    examples=("The council will set up a new dedicated team.", "Ministers launched a new £40 million fund."),
    counter=("The council will set up a new flood response team.",),
)
NAMED_ELSEWHERE = decision(
    "unit.named-elsewhere",
    "unit",
    "accept",
    "a body created under a description ('a new national centre', 'a new body', a new body in the headline) "
    "is reported by the proper name the text gives it elsewhere",
    examples=(
        "The state will establish a national centre to coordinate flood warnings. "
        "The National Flood Warning Centre (NFWC) will sit within the Environment Ministry.",
    ),
    counter=("The National Flood Warning Centre said rivers were high.",),
)
RESTATES_NAMED = decision(
    "unit.restates-a-named-unit",
    "unit",
    "reject",
    "a lower-case description of a unit the article also names is the same unit",
    examples=(
        "Ministers will set up the Coastal Flood Taskforce. "
        "The new taskforce to protect harbours will report.",
    ),
    counter=("Ministers will set up a new flood taskforce.",),
)


_NOT_PROMOTED = frozenset({PAST, EXISTING, DEPLOYED, MODIFIES_NOUN, GENERIC})


class _Mention(NamedTuple):
    """A unit name read in a sentence and what the words around it say. (A named tuple:
    one is made for most names read, and a frozen dataclass costs several times as much.)"""

    name: UnitName
    strength: float
    parent: str | None
    sentence: Sentence
    reason: str | None = None  # why the mention alone does not make a unit
    event: float = (
        0.0  # the creation cue's strength when the mention itself is no unit ("a new health centre")
    )
    hosted: bool = False  # written as the host of something else ("within the X Office")
    title: bool = False  # read from the article's title: context only, never the evidence
    named_for: bool = False  # the name given for a body the text creates under a description


def find_units(
    article: ArticleText, sentences: list[Sentence], rejections: Rejections = IGNORE
) -> list[PledgeMention]:
    """New units created by the article, one per unit, in text order.

    Names turned down are reported to ``rejections`` with the decision's name.
    """
    year = article.published.year if article.published else None
    governing: frozenset[str] | None = None  # read from the article once, when first asked for
    mentions: list[_Mention] = []
    counted, counted_until = 0, -1  # bodies a lead has counted, and the last sentence that may name them
    if article.title and has_head_word(article.title):
        title = Sentence(article.title, 0, 0)
        mentions.extend(m._replace(title=True) for m in _mentions_in(title, IGNORE, year))
    for number, sentence in enumerate(sentences):
        words = sentence.words
        if "new" in words and (lead := _COUNTED_NEW_BODIES.search(sentence.text)) is not None:
            counted, counted_until = parse_count(lead.group("n")) or 0, number + _COUNTED_REACH
        elif number > counted_until:
            counted = 0
        # Most sentences hold none of the words a unit or a headless body needs (below):
        # one set test turns them away.
        if words.isdisjoint(_UNIT_WORDS) and "for business" not in sentence.text:
            continue
        heads = has_head_word_in(sentence.text, words)
        headless = (
            "for business" in sentence.text
            or (
                ("new" in words or "newly" in words or "owned" in words) and not _BODY_WORDS.isdisjoint(words)
            )
            or (not _CREATION_WORDS.isdisjoint(words) and sentence.text[:1].isupper())
            or "creation" in words
            or "establishment" in words
            # "The taskforce, to be known as Te Kāhui Ārai,": a described body named in an aside
            or ", to be " in sentence.text
            # ("The centre, which the service will call NEOC South,")
            or ("call" in words and ", which " in sentence.text)
            # ("QuEST, a new centre for quantum engineering": a short name described by its head)
            or ", a new " in sentence.text
        )
        if not (heads or headless):
            continue
        if (not _REBRAND_WORDS.isdisjoint(words) or "renam" in sentence.text) and _REBRAND.search(
            sentence.text
        ):
            rejections.add("unit", REBRAND, sentence.text, sentence.start, sentence.end)
            continue
        if (
            not PRIVATE_WORDS.isdisjoint(words)
            and _PRIVATE_CREATOR.search(sentence.text)
            # "The assembly decided to establish X Nonprofit Ltd.": the company is what is created
            and not _ESTABLISHES_COMPANY.search(sentence.text)
            # "a newly formed wholly owned company, X Homes Ltd": the council's own company
            and not (("owned" in words or "controlled" in words) and _OWNED_BY_US.search(sentence.text))
        ):
            rejections.add("unit", PRIVATE, sentence.text, sentence.start, sentence.end)
            continue
        if not RIVAL_WORDS.isdisjoint(words):
            if governing is None:
                governing = governing_parties(article.text)
            if rival_voice(sentence.text, governing):
                rejections.add("unit", RIVAL, sentence.text, sentence.start, sentence.end)
                continue
        if recommended(sentence.text, words):
            # "Recommendation 2: Establish a permanent recovery agency": what a review asks for
            rejections.add("unit", RIVAL, sentence.text, sentence.start, sentence.end)
            continue
        if sentence.is_question or (
            not _NOT_DECIDED_WORDS.isdisjoint(words) and _NOT_DECIDED_CUE.search(sentence.text)
        ):
            rejections.add("unit", NOT_DECIDED, sentence.text, sentence.start, sentence.end)
            continue
        found = _mentions_in(sentence, rejections, year) if heads else []
        if headless:
            named = _headless_in(sentence)
            # "a new Crown agency, Coastal Hazards New Zealand": the description only
            # introduces the name; it is not a second body.
            found = [
                m for m in found if not any(s <= m.name.start and m.name.end <= e for _, (s, e) in named)
            ]
            found.extend(mention for mention, _ in named)
        if counted:
            # "Two new city institutions will be created. The Gródek Senior Activity Centre will open":
            # the lead's count says the names that follow are created
            for i, mention in enumerate(found):
                if counted and mention.reason == NO_CUE and mention.name.proper:
                    found[i] = mention._replace(strength=_COUNTED_STRENGTH, reason=None)
                    counted -= 1
        mentions.extend(found)
    return [_pledge(cluster) for cluster in _clusters(mentions, rejections)]


def _mentions_in(sentence: Sentence, rejections: Rejections, year: int | None) -> list[_Mention]:
    """Every unit name of the sentence with its strength. Names with no strength are
    kept when proper (the text may say elsewhere that they are new) or when a
    creation cue is written (an event a proper name may be given for later)."""
    text = sentence.text
    tokens = tokenize(text)
    words = sentence.words
    nests = not words.isdisjoint(_PARENT_WORDS)
    hosts = not words.isdisjoint(_HOST_WORDS) or folds_oddly(text)
    gates = _gates(text, words)
    found: list[_Mention] = []
    for first, last in head_indexes(tokens):
        name = name_at(text, tokens, first, last)
        if name is None or (found and found[-1].name.end >= name.end):
            continue
        strength, reason, event = _strength(text, name, year, gates)
        if name.event_only:
            # "a new standards office": says a body is created; only a name the text gives is a unit.
            # A bare article ("to lead a council") says nothing of the kind.
            created = max(event, strength)
            if created < 0.7:
                continue
            strength, reason, event = 0.0, GENERIC, created
        if found and name.start <= found[-1].name.start and name.end > found[-1].name.end:
            found.pop()  # "Research Council Centre of X": the longer name holds the shorter
        hosted = hosts and _HOSTED_BEFORE.search(text[max(0, name.start - 40) : name.start]) is not None
        if reason == NO_CUE and name.proper and (joined := _joined_first(found, text, name)) is not None:
            # "to open the Northgate Family Hub in the old children's centre and the Riverside
            # Family Hub": the second of two names joined after one creation cue shares it
            strength, reason = joined.strength, None
        if strength > 0 or event >= _MIN_STRENGTH or (name.proper and reason in (NO_CUE, PLACE)):
            parent = _parent(text, name, nests)
            found.append(_Mention(name, strength, parent, sentence, reason, event, hosted))
        else:
            _reject(rejections, reason or NO_CUE, sentence, name)
    return found


# What joins a second name to the first: "and the", with a place written after the first
# ("X in the former library and the Y").
# (no comma: ", and the Commission will deploy" opens a clause of its own)
_AND_THE = lazy(r"(?:\s+(?:in|at|on)\s+[^,;.]{3,60}?)?\s+and\s+(?:the\s+|a\s+new\s+)?")


def _joined_first(found: list[_Mention], text: str, name: UnitName) -> _Mention | None:
    """The proper name with a creation cue that ``name`` is joined to by "and (the)", a place
    after it standing between ("X in the former library and the Y")."""
    first = next((m for m in reversed(found) if m.strength >= _MIN_STRENGTH), None)
    if first is None or not first.name.proper or not _AND_THE.fullmatch(text, first.name.end, name.start):
        return None
    return first


def _reject(rejections: Rejections, reason: str, sentence: Sentence, name: UnitName) -> None:
    rejections.add("unit", reason, name.name, sentence.start + name.start, sentence.start + name.end)


def _strength(text: str, name: UnitName, year: int | None, gates: _Gates) -> tuple[float, str | None, float]:
    """How clearly the words around ``name`` say it is created here (0 to 1), the
    reason when that is too weak to make a unit, and whether a creation cue is
    written though the name is no unit itself (a facility described as new).

    ``gates``: the window cues the sentence's words let match."""
    start = max(0, name.start - 60)
    end = name.end + 80
    before = text[start : name.start]
    after = text[name.end : end]
    # The first word after the name gates the two cues read at its start. An ASCII window matches
    # their letters in either case only as those letters (IGNORECASE folds no other ASCII
    # character to them); any other window is read by both.
    first: str | None = ""
    if after.isascii():
        opening = _FIRST_WORD.match(after)
        first = opening.group(1) if opening is not None else None
    if (first == "" or _may_modify_noun(after, first)) and _MODIFIES_NOUN.match(after):
        return 0.0, MODIFIES_NOUN, 0.0
    if after[:1] == "," and _PROGRAMME_AFTER.match(after):
        return 0.0, PROGRAMME_APPOSITION, 0.0
    gates = _cut_gates(text, start, gates)
    if (
        "from" in text or "compris" in text or "consist" in text or "made up" in text
    ) and _MEMBERS_LIST.search(text, max(0, name.start - 160), name.start):
        # "a Task Force, comprising officials from the X Board and the Y Division, will be formed":
        # the bodies that send members exist
        return 0.2, EXISTING, 0.0
    deployed = first == "" or (first is not None and first.lower() in _DEPLOYED_VERBS)
    strength, reason = _cue_strength(text, name, before, after, year, gates, deployed)
    if reason == ARTICLE_ONLY:
        return 0.0, GENERIC, 0.5
    if _is_facility(text, name, gates.service):
        return 0.0, FACILITY, strength if strength >= _MIN_STRENGTH else 0.0
    # Only a clear creation cue outweighs a place ("at a", "during a").
    if strength > 0 and (not name.proper or strength <= 0.5):
        place = _LOCATIVE.search(before)
        if place is not None and (not place.group("new") or head_of(name.name) in _PLACE_HEADS):
            return 0.0, PLACE, 0.0
    return strength, reason, 0.0


def _cue_strength(
    text: str, name: UnitName, before: str, after: str, year: int | None, gates: _Gates, deployed: bool = True
) -> tuple[float, str | None]:
    """``deployed``: whether _AFTER_DEPLOYED may match ``after`` (see _strength)."""
    # (a year "19xx" or "20xx" after the name: without one neither dating cue can match)
    dated = year is not None and ("19" in after or "20" in after)
    if (gates.past and _AFTER_PAST.search(after)) or (
        dated and (_created_before(after, year) or _launched_in_a_past_year(before, after, year))
    ):
        return 0.2, PAST
    if (
        before.endswith(" ")
        and before.lstrip()[:3] in ("In ", "Las", "Ear")
        and _PAST_TIME_LAUNCHED.search(before)
    ):
        return 0.2, PAST
    launched = _YEAR_THEN_LAUNCHED.search(before) if year is not None and gates.past else None
    if launched is not None and year is not None and int(launched.group(1)) < year:
        return 0.2, PAST
    if deployed and _AFTER_DEPLOYED.match(after):
        return 0.2, DEPLOYED
    if (
        name.name.startswith(_GOVERNING_FIRST)
        and _GOVERNING_BOARD.match(name.name)
        and ((gates.weak and _BOARD_APPOINTED.search(before)) or _CONSTITUTED.search(before))
    ):
        return 0.2, EXISTING
    if "who " in before and _WORKPLACE_BEFORE.search(before):
        return 0.2, EXISTING
    if gates.closure and _CLOSED_BEFORE.search(before):
        return 0.2, EXISTING
    strong = _BEFORE_STRONG.search(before) if gates.strong_before else None
    if (strong and (name.proper or not strong.group(0)[:1].isdigit())) or (
        gates.strong_after and _AFTER_STRONG.search(after)
    ):
        return 0.8, None
    if gates.weak and _BEFORE_WEAK.search(before):
        return 0.2, EXISTING
    # The next three cues end with "new" and white space ("new\s+$"): one test of the
    # window's end spares the three scans for the names written after any other word.
    new_before = _ends_with_new(before)
    if new_before and _BEFORE_POSSESSIVE.search(before):
        return (0.5, None) if name.proper else (0.2, EXISTING)
    if name.led_by_new or (not name.proper and new_before and _NEW_RIGHT_BEFORE.search(before)):
        return 0.7, None
    if new_before and _BEFORE_THE_NEW.search(before):
        return (0.7, None) if name.proper else (0.3, EXISTING)
    if gates.amount and _BEFORE_AMOUNT.search(before):
        return 0.6, None
    # (the substring test spares splitting names that hold no "fund")
    if name.proper and "fund" in name.name.lower() and head_of(name.name) == "fund":
        # "investing £1bn in a Housing Delivery Fund", "the Coast Transition Fund, backed by £2m"
        if _MONEY_INTO_A.search(before):
            return 0.7, None
        if _FUNDED_AFTER.match(after):
            return 0.6, None
    if _BEFORE_ARTICLE.search(before) and _PHRASE_END.match(after):
        # "a small lettings team" with no other cue: a team or panel is a body only under a proper
        # name; a lower-case one may still be the description the text gives a name for later
        return (0.5, None) if name.proper or head_of(name.name) not in _TEAM_HEADS else (0.0, ARTICLE_ONLY)
    return 0.0, NO_CUE


_NEW_RIGHT_BEFORE = lazy(r"\bnew\s+$", re.IGNORECASE)


def _ends_with_new(before: str) -> bool:
    """Whether ``before`` ends with "new" (in any case) and white space, as every match of
    ``new\\s+$`` does (``$`` may stand before a last line break, itself white space; no other
    character folds to n, e or w under IGNORECASE)."""
    word = before.rstrip()
    return len(word) < len(before) and word[-3:].lower() == "new"


def _launched_in_a_past_year(before: str, after: str, year: int | None) -> bool:
    """ "When ministers launched the X Fund in the spring of 2023": created before publication."""
    # the year after the name is "19xx" or "20xx": without either, neither pattern needs to run
    if year is None or ("19" not in after and "20" not in after) or not _LAUNCHED_BEFORE.search(before):
        return False
    m = _IN_YEAR_AFTER.match(after)
    return m is not None and int(m.group(1)) < year


def _created_before(after: str, year: int | None) -> bool:
    """ "set up under an Order of 2004": created in a year before publication."""
    if year is None or ("19" not in after and "20" not in after):  # no year "19xx" or "20xx"
        return False
    m = _CREATED_IN.match(after)
    return m is not None and int(m.group(1)) < year


def _is_facility(text: str, name: UnitName, service: bool) -> bool:
    """A centre, hub or campus that is being built is a building, not a body; so is a
    lower-case clinical or service unit ("a dialysis unit", "a new ward team").

    A proper name is a building only when a construction verb governs it
    ("will build the Harbour Health Centre"); "establish a National Heat Centre"
    in a sentence that also mentions hospitals is a body. (``service``: whether the
    sentence holds a word of a service modifier.)
    """
    if not name.proper and service and _SERVICE_MODIFIER.search(name.name):
        return True
    if head_of(name.name) not in _FACILITY_HEADS:
        return False
    if name.proper:
        return _BUILT_BEFORE.search(text[max(0, name.start - 50) : name.start]) is not None
    return _CONSTRUCTION.search(text) is not None


def _parent(text: str, name: UnitName, nests: bool = True) -> str | None:
    """The body the unit sits in: "within the Home Office", "run by X", "at the NCA".

    ``nests`` is False when the sentence holds none of _PARENT_WORDS (see there)."""
    right_after = _AT_PARENT.match(text, name.end)
    if right_after is not None:
        return right_after.group("p").rstrip(".")
    if not nests:
        return None
    # (the cue starts within 100 characters; the parent's name may run past them: "within the
    # National Emergency Management Agency" is not cut at the window's end)
    match = _PARENT.search(text, name.end, min(len(text), name.end + 200))
    if match is None or match.start() > name.end + 100:
        return None
    return (match.group("a") or match.group("b") or "").strip().rstrip(".") or None


def _headless_in(sentence: Sentence) -> list[tuple[_Mention, tuple[int, int]]]:
    """Bodies named without a head noun, each with the span of the words that introduce it."""
    found = []
    matches = [
        (m, "name") for m in (_HEADLESS.finditer(sentence.text) if "for business" in sentence.text else ())
    ]
    words = sentence.words
    if (
        (
            "new" in words
            or "newly" in words
            or "called" in words
            or "named" in words
            or "known" in words
            or "call" in words
            or "registered" in words
            # ("A national coordination hub, Te Whare Tiaki, will be set up")
            or ("set" in words and sentence.text[:2] in ("A ", "An"))
            # (a body described and then named: "set up a national launch agency, the Deutsche Startagentur")
            or (", the " in sentence.text and not _APPOSED_CREATION_WORDS.isdisjoint(words))
        )
        and (
            not _BODY_WORDS.isdisjoint(words)
            or not _APPOSED_HEADS.isdisjoint(words)
            or ", to be " in sentence.text
            or "call" in words
            or sentence.text[:2] in ("A ", "An")
        )
    ):
        for m in _HEADLESS_BODY.finditer(sentence.text):
            group = next(g for g in ("name", "name2", "name3", "name4", "name5", "name6") if m.group(g))
            matches.append((m, group))
    if (
        "owned" in words
        or "controlled" in words
        or ("company" in words and not _PUBLIC_OWNERS.isdisjoint(words))
    ):
        for m in _OWNED_COMPANY.finditer(sentence.text):
            matches.append((m, next(g for g in ("name", "name2", "name3", "name4", "name5") if m.group(g))))
    created = _CREATED_HEADLESS.match(sentence.text) if not _CREATION_WORDS.isdisjoint(words) else None
    if (
        created is not None
        and not has_head_word(created.group("name"))
        and created.group("name").split()[-1] not in _NOT_BODY_ENDS
    ):
        matches.append((created, "name"))
    if "establish" in words or "create" in words or "set" in words:
        for m in _ESTABLISH_HEADLESS.finditer(sentence.text):
            name = m.group("name")
            if not has_head_word(name) and name.split()[-1] not in _NOT_BODY_ENDS:
                matches.append((m, "name"))
    if "creation" in words or "establishment" in words:
        for m in _CREATION_OF_HEADLESS.finditer(sentence.text):
            if not has_head_word(m.group("name")) and m.group("name").split()[-1] not in _NOT_BODY_ENDS:
                matches.append((m, "name"))
    for m, group in matches:
        if m.group(group).split()[0] in _NOT_A_NAME or _PLURAL_INITIALISM.fullmatch(m.group(group)):
            continue  # ("3,000 extra officers and PCSOs, a new retail crime centre": staff, a list's item)
        name = UnitName(m.group(group), m.start(group), m.end(group), True, False, False, False)
        described = (
            (m.start(), m.start(group))
            if group in ("name2", "name3", "name4", "name5") and m.re is not _OWNED_COMPANY.pattern
            else (m.end(group), m.end())
        )
        found.append((_Mention(name, 0.8, _parent(sentence.text, name), sentence), described))
    return found


def _clusters(mentions: list[_Mention], rejections: Rejections) -> list[list[_Mention]]:
    """Group restatements of one unit; keep groups with a creation mention."""
    clusters: list[list[_Mention]] = []
    keys: list[set[str]] = []  # the words of each cluster's names
    names: list[list[str]] = []  # each cluster's name keys, computed once
    memo: dict[tuple[bool, bool, str, str], bool] = {}  # one fuzzy comparison per pair of names
    for mention in mentions:
        key = _key(mention.name.name)
        words = set(key.split())
        for index, cluster in enumerate(clusters):
            # Names that share no word cannot be restatements; skip the fuzzy match.
            if words.isdisjoint(keys[index]):
                continue
            if key not in names[index]:  # else the name is written again: it joins
                pairs = list(zip(cluster, names[index], strict=True))
                if mention.name.proper and any(m.name.proper for m in cluster):
                    # a name joins a cluster by restating its names, not its descriptions
                    pairs = [(m, other) for m, other in pairs if m.name.proper]
                if not any(_restates(mention, key, m, other, memo) for m, other in pairs) or (
                    mention.name.proper and any(_distinct(mention, key, m, other) for m, other in pairs)
                ):
                    continue
                if (
                    mention.name.proper
                    and not any(m.name.proper for m in cluster)
                    and _CAREER.search(mention.sentence.text)
                ):
                    # "a dedicated statutory authority" is not the "X Management Authority" someone ran
                    # before: a body in a career names no description
                    continue
                if (
                    not mention.name.proper
                    and any(m.name.proper and not _may_name(mention.name.name, m.name.name) for m in cluster)
                    # (an apposition restates the name it follows: "the X Fund, a new contestable fund")
                    and not any(m.name.proper and m.sentence.start == mention.sentence.start for m in cluster)
                ):
                    # "the new youth centre" is not the "Medicare Mental Health Centre" that a
                    # generic "centres" restated: a description joins a name only with its own words
                    continue
            cluster.append(mention)
            keys[index] |= words
            names[index].append(key)
            break
        else:
            clusters.append([mention])
            keys.append(words)
            names.append([key])
    kept = []
    unkept = []
    for cluster in clusters:
        reason = _unkeepable(cluster)
        if reason is None:
            kept.append(cluster)
        else:
            unkept.append((cluster, reason))
    promoted, listed_classes = _named_elsewhere(kept, [c for c, _ in unkept])
    kept = [c for c in kept if all(c is not listed for listed in listed_classes)] + promoted
    kept_ids = {id(c) for c in kept}
    for cluster, reason in unkept:
        best = _best(cluster)
        if id(cluster) not in kept_ids and not best.title:
            _reject(rejections, reason, best.sentence, best.name)
    kept = [c for c in kept if any(not m.title for m in c)]
    kept.sort(key=lambda c: min(m.sentence.start for m in c if not m.title))
    proper = [(c, _best(c).name) for c in kept if _best(c).name.proper]
    proper_heads = {head_of(n.name) for _, n in proper}
    has_proper = bool(proper)
    result = []
    for cluster in kept:
        best = _best(cluster)
        # A description restates a named unit of the same kind ("new
        # executive team" next to "Harbour Transformation Executive Team"),
        # or of a kind alike that shares its words ("a specialist fraud team"
        # next to "Rural Fraud Unit").
        if not best.name.proper and (
            (best.name.described and head_of(best.name.name) in proper_heads)
            or any(
                _alike(head_of(best.name.name), head_of(n.name))
                and _stems(best.name.name) & _stems(n.name)
                # "a new youth endowment fund" beside "a new Early Intervention Youth Fund": each is
                # introduced as new, so two bodies; a name written plainly names the description
                and (head_of(best.name.name) != head_of(n.name) or not _introduced_as_new(named))
                for named, n in proper
            )
            or (has_proper and (best.name.paraphrase or max(m.strength for m in cluster) < 0.7))
            or any(_apposed(cluster, named) for named in promoted)
            or any(_describes(cluster, named) for named in kept if _best(named).name.proper)
        ):
            _reject(rejections, RESTATES_NAMED, best.sentence, best.name)
            continue
        result.append(cluster)
    return result


# A sentence about someone's past career: the bodies in it exist.
_CAREER = lazy(
    r"\b(?:previously|formerly|before\s+that|prior\s+to\s+(?:that|this)|earlier\s+in\s+(?:his|her|their)\s+career)\b"
)
# "Board of the X Corporation": an organ of another body, not a body of its own.
_ORGAN = lazy(r"^(?:Board|Committee|Council|Court)s?\s+of\s+")


# "a new £22m Early Intervention Youth Fund": a name introduced as new, with its own sum.
_NEW_AND_SUM_BEFORE = lazy(r"\b(?:a|an)\s+new\s+(?:[£$€]\s?[\d.,]+\s*(?:m|bn|k|million|billion)?\s+)?$")


def _introduced_as_new(cluster: list[_Mention]) -> bool:
    return any(
        _NEW_AND_SUM_BEFORE.search(m.sentence.text, max(0, m.name.start - 30), m.name.start) is not None
        for m in cluster
        if not m.title
    )


# Descriptions that stand for any public body ("a new body", "a new agency").
_ANY_BODY = frozenset({"body", "agency", "authority", "organisation", "organization", "entity", "regulator"})


# "a training centre at North East Scotland College": a name after "at" is where the body is,
# never the name given for it.
_AT_PLACE = lazy(
    r"\b(?:at|[Aa]ccording\s+to|visit\s+to"
    # where a person comes from: "She joins from the Financial Conduct Authority", "previously at"
    r"|(?:joins|joined|joining|comes|came|moves|moved|arrives|arrived)\s+from|previously\s+(?:at|with)"
    r"|formerly\s+(?:of|at|with))\s+(?:the\s+|an?\s+)?$"
)
# "The Chartered Institute of X said it would work with the authority": a body that speaks exists.
_SPEAKS_AFTER = lazy(
    r"\s*(?:\([A-Z]{2,8}\)\s*)?,?\s+(?:said|says|welcomed|welcomes|told|added|warned|argued|responded)\b"
)


def _named_elsewhere(
    kept: list[list[_Mention]], unkept: list[list[_Mention]]
) -> tuple[list[list[_Mention]], list[list[_Mention]]]:
    """Proper names the text gives for bodies it creates under a description.

    "will establish a national centre to coordinate ..." then "The Cyber
    Coordination Centre (CCC) will sit within ...": the creation is written
    once, the name elsewhere (later, in the headline, with an acronym). Each
    creation event (a kept description, a facility described as new, a cue in
    the title) takes the first proper name of the same kind written after it,
    or else the nearest one before it, that is not an existing body or a host.
    """
    # (each test below is cheaper than the next, and most texts stop at one of them)
    if not any(_best(c).name.proper for c in unkept):  # no name is left to give
        return [], []
    events = [c for c in kept if not _best(c).name.proper]
    events += [
        c for c in unkept if any(m.event or (m.name.generic and m.strength >= _MIN_STRENGTH) for m in c)
    ]
    events += [c for c in unkept if any(m.title and m.strength >= _MIN_STRENGTH for m in c)]
    # "to establish four Coastal Resilience Centers", then a list of their names: a plural name
    # says bodies are created, and the list names them
    classes = [c for c in kept if _best(c).name.proper and _plural_head(_best(c).name.name)]
    events += classes
    if not events:  # no body is created without its name
        return [], []
    candidates = [
        c
        for c in unkept
        if _best(c).name.proper
        and not any(m.title for m in c)
        # (a creation described in an earlier sentence, "to lead a new office", may be generic and be
        # clustered with the name given later: the name is not generic)
        and not any(m.reason in _NOT_PROMOTED and not _describes_later_name(m, c) for m in c)
        and not all(m.hosted for m in c)
        and not all(_AT_PLACE.search(m.sentence.text, max(0, m.name.start - 24), m.name.start) for m in c)
        and not all(_SPEAKS_AFTER.match(m.sentence.text, m.name.end) for m in c)
        # (a body in someone's career: "was previously deputy secretary, and before that ran the X Authority")
        and not all(_CAREER.search(m.sentence.text) for m in c)
        and not _ORGAN.match(_best(c).name.name)
    ]
    named_kinds = {head_of(_best(c).name.name) for c in kept if _best(c).name.proper and c not in classes}
    promoted: list[list[_Mention]] = []
    listed_classes: list[list[_Mention]] = []  # plural names whose bodies a list names one by one
    for event in sorted(events, key=_first_offset):
        description = _best(event).name.name
        # (the head of "four hubs to give health departments warning" is "hubs", not "departments")
        kind = head_of(_without_purpose(description))
        if any(_same_kind(kind, named) for named in named_kinds):
            continue  # the event already has its name ("sets up the X Agency")
        fits = [
            c
            for c in candidates
            if c not in promoted
            and (
                (_same_kind(kind, head_of(_best(c).name.name)) and _may_name(description, _best(c).name.name))
                or _apposed(event, c)
            )
        ]
        strength = max((max(m.strength, m.event) for m in event if not m.title), default=0.6)
        if (
            strength < _NAMING_STRENGTH
            and not any(m.event for m in event)
            and not _apposed_any(event, candidates)
        ):
            continue  # "confirm that an agency is licensed": an article alone creates nothing to name
        count = _created_count(event)
        if _plural_head(_without_purpose(description)):
            # "will establish new research hubs", "The new centres are:": the names of the kind
            # that open the lines after it (a list), when there are several
            opening = [
                c
                for c in candidates
                if c not in promoted
                and _same_kind(kind, head_of(_best(c).name.name))
                and _first_offset(c) > _first_offset(event)
                and _opens_line(c)
            ][: count if count > 1 else None]
            if len(opening) > 1:
                promoted.extend(opening)
                for chosen in opening:
                    chosen[:] = [
                        m._replace(strength=max(m.strength, strength, _MIN_STRENGTH), named_for=True)
                        for m in chosen
                    ]
                if event in classes:
                    listed_classes.append(event)
                continue
        if event in classes:
            continue
        if count > 1:
            # "is establishing three new research centres": the names of the kind written after
            # it, as many as it creates, whatever their words (a list gives them).
            listed = [
                c
                for c in candidates
                if c not in promoted
                and _same_kind(kind, head_of(_best(c).name.name))
                and _first_offset(c) > _first_offset(event)
            ]
            chosen_ones = listed[:count]
        elif fits:
            after = [c for c in fits if _first_offset(c) >= _first_offset(event)]
            chosen_ones = [after[0] if after else max(fits, key=_first_offset)]
        else:
            continue
        for chosen in chosen_ones:
            promoted.append(chosen)
            chosen[:] = [
                m._replace(strength=max(m.strength, strength, _MIN_STRENGTH), named_for=True) for m in chosen
            ]
    return promoted, listed_classes


def _without_purpose(description: str) -> str:
    """A lower-case description without the purpose or size written after its head."""
    if description[:1].isupper():
        return description
    for joint in (" to ", " on ", " of "):
        description = description.partition(joint)[0]
    return description


def _describes_later_name(mention: _Mention, cluster: list[_Mention]) -> bool:
    """A generic description that creates ("a new office") in a sentence before every proper
    name of its cluster."""
    return (
        mention.reason == GENERIC
        and mention.event > 0
        and not mention.name.proper
        and _NEW_BEFORE.search(mention.sentence.text, max(0, mention.name.start - 12), mention.name.start)
        is not None
        and all(m.sentence.start > mention.sentence.start for m in cluster if m.name.proper)
    )


_NEW_BEFORE = lazy(r"\b(?:a|an)\s+new\s+$")


_APPOSITION = lazy(r",\s+(?:the\s+)?")
# A list of the bodies a new one draws its members from, up to the name.
_MEMBERS_LIST = lazy(
    r"\b(?:comprising|consisting\s+of|made\s+up\s+of|drawn\s+from|(?:officials|officers|representatives"
    r"|members|staff)\s+from)\s+(?:the\s+)?(?!new\b)[^.;:]*$"
)
# "the X Task Force, a new cross-agency team": a description in apposition after a name.
_DESCRIPTION_AFTER = lazy(r",\s+(?:a|an)\s+(?:new\s+|newly\s+\w+\s+)?")


def _describes(description: list[_Mention], named: list[_Mention]) -> bool:
    """Whether a description is written in apposition right after a name ("the Misclassification
    Task Force, a new cross-agency team"): it says what the named body is, not a second body."""
    return any(
        m.sentence is n.sentence
        and _DESCRIPTION_AFTER.fullmatch(m.sentence.text, n.name.end, m.name.start) is not None
        for m in description
        for n in named
    )


# How clearly a description must be created to give its name to a proper name written elsewhere.
_NAMING_STRENGTH = 0.6


def _apposed_any(event: list[_Mention], candidates: list[list[_Mention]]) -> bool:
    return any(_apposed(event, c) for c in candidates)


def _apposed(event: list[_Mention], cluster: list[_Mention]) -> bool:
    """Whether a name is written in apposition right after the description of the event ("a new
    coordination hub, the Coastal Resilience Office"), whatever kind of body either names."""
    return any(
        m.sentence is e.sentence
        and _APPOSITION.fullmatch(m.sentence.text, e.name.end, m.name.start) is not None
        # (not the department that speaks after a description with its purpose: "a new fund to
        # bring shops back into use, the Ministry of Housing has confirmed")
        and " to " not in e.name.name
        and not _ANNOUNCES_AFTER.match(m.sentence.text, m.name.end)
        for e in event
        for m in cluster
    )


_ANNOUNCES_AFTER = lazy(r"[^.;:]{0,60}?\b(?:has|have)\s+(?:confirmed|announced|said|stated)\b")


# "three new research centres", "two new K-Startup Centers": how many bodies one event creates.
_COUNT_BEFORE_NEW = lazy(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+new\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _created_count(event: list[_Mention]) -> int:
    """How many bodies a creation event names by number (1 when it gives none)."""
    for m in event:
        if m.title:
            continue
        found = _COUNT_BEFORE_NEW.search(m.sentence.text, max(0, m.name.start - 60), m.name.start)
        if found is not None:
            return parse_count(found.group("n").lower()) or 1
    return 1


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _LONG_WORDS.findall(text.lower())} - _GENERIC_STEMS


_LONG_WORDS = lazy(r"[a-z]{3,}")


_GENERIC_STEMS = {
    w[:5] for w in (*GENERIC_MODIFIERS, *lex.BODY_HEAD_FORMS, "new", "the", "and", "for", "with")
}


def _may_name(description: str, name: str) -> bool:
    """A description with words of its own ("a taskforce on knife crime") is named only
    by a name that shares one of them ("Midlands Knife Crime Taskforce")."""
    own = _stems(description)
    if not own or not own.isdisjoint(_stems(name)):
        return True
    # "a state office to speed up house building": what the body will do is seldom in its
    # name; the words that describe the body itself must then be generic.
    what, _, purpose = description.partition(" to ")
    return bool(purpose) and not _stems(what)


def _first_offset(cluster: list[_Mention]) -> int:
    return min((-1 if m.title else m.sentence.start + m.name.start) for m in cluster)


_OPERATIONAL = frozenset(lex.OPERATIONAL_HEADS)
_SPELLINGS = {"center": "centre"}


def _alike(a: str, b: str) -> bool:
    """Heads of one kind of body, or two words for a working unit ("team", "unit")."""
    return a == b or (a in _OPERATIONAL and b in _OPERATIONAL) or _SPELLINGS.get(a, a) == _SPELLINGS.get(b, b)


def _plural_head(name: str) -> bool:
    """Whether the name's head noun is plural ("research hubs", "X Science Centers")."""
    head = head_of(name)
    if not head:
        return False
    for word in reversed(name.lower().split()):
        if head_of(word) == head:
            return word != head
    return False


# Before a name that opens its line or sentence: nothing but an article.
_LINE_OPENERS = frozenset({"", "the", "The"})


def _opens_line(cluster: list[_Mention]) -> bool:
    """Whether a name opens a line or sentence of the body (as each item of a list does)."""
    return any(
        not m.title and m.sentence.text[: m.name.start].lstrip(_BULLETS).strip() in _LINE_OPENERS
        for m in cluster
    )


# The marks that open the items of a list ("- the Great Lakes Hub, based in Chicago;").
_BULLETS = " \t-–—•*·"


def _same_kind(event_head: str, name_head: str) -> bool:
    if _alike(event_head, name_head):
        return True
    return event_head in _ANY_BODY and name_head not in ("fund", "team", "group", "panel", "board", "unit")


def _restates(
    a: _Mention, a_key: str, b: _Mention, b_key: str, memo: dict[tuple[bool, bool, str, str], bool]
) -> bool:
    """Whether two unit names may name the same unit.

    Two proper names do when one's words are all in the other's ("the
    Coastal Agency" for "Coastal Flood Agency"); "Advanced Materials Research
    Agency" and "Advanced Research and Invention Agency" are two bodies. A
    description and a name do when the description's words are in the name.
    Two descriptions are compared loosely.
    """
    pair = (a.name.proper, b.name.proper, a_key, b_key)
    if pair not in memo:
        a_words, b_words = set(a_key.split()), set(b_key.split())
        if a.name.proper or b.name.proper:
            nested = a_words <= b_words or b_words <= a_words
            memo[pair] = nested or token_set_ratio_at_least(a_key, b_key, 95)
        else:
            memo[pair] = token_set_ratio_at_least(a_key, b_key, 85)
    return memo[pair]


def _distinct(a: _Mention, a_key: str, b: _Mention, b_key: str) -> bool:
    """Whether two proper names are two bodies, whatever names they share: each has words of
    its own ("X Centre for Arid Soils" and "X Centre for Sea Futures", items of one list), or one
    names a kind of body in the plural and the other one body ("ARC Centres of Excellence")."""
    if not b.name.proper or a_key == b_key:
        return False
    a_words, b_words = set(a_key.split()), set(b_key.split())
    a_own, b_own = a_words - b_words, b_words - a_words
    if len(a_own) >= 2 and len(b_own) >= 2:
        return True
    # one word each, that no spelling makes one ("Eastern Flood Hub" and "Western Flood Hub"; but
    # "Centre" and "Center", "Programme" and "Program" keep their first letter)
    if len(a_own) == 1 and len(b_own) == 1:
        (a_word,), (b_word,) = a_own, b_own
        if a_word.isalpha() and b_word.isalpha() and a_word[0] != b_word[0]:
            return True
    return _plural_head(a.name.name) != _plural_head(b.name.name)


def _unkeepable(cluster: list[_Mention]) -> str | None:
    """Why the unit of these mentions is not a new unit, or None when it is."""
    best = _best(cluster)
    if best.name.generic:
        return GENERIC
    if max(_creation(m, best) for m in cluster) < _MIN_STRENGTH:
        return best.reason or NO_CUE
    return None


def _creation(mention: _Mention, best: _Mention) -> float:
    """How strongly a mention says the cluster's unit is created.

    A lone head ("the Board", "a new fund") lends no strength to a name: it may
    point at any body. A creation said of a description ("a new community
    diagnostic centre") or in the title ("Government sets up X Commission")
    counts for a proper name the text gives.
    """
    if mention.name.generic and mention is not best:
        return 0.0
    if mention.event and best.name.proper and _stems(mention.name.name):
        return mention.event
    if any(m.reason in _NOT_PROMOTED for m in (mention, best)) and mention.title:
        return 0.0
    return mention.strength


def _best(cluster: list[_Mention]) -> _Mention:
    """The mention that names the unit best: a body mention over the title, then the strongest."""
    if len(cluster) == 1:  # most units are named once
        return cluster[0]
    return max(
        cluster, key=lambda m: (not m.title, not m.name.generic, m.name.proper, m.strength, len(m.name.name))
    )


@lru_cache(maxsize=64)
def _key(name: str) -> str:
    """The name as compared and fingerprinted. (Cached: a text writes a name and its
    restatements a few times; a few dozen names are read in one text.)"""
    return " ".join([w.rstrip("s") if len(w) > 3 else w for w in norm_name(name).split()])


def _pledge(cluster: list[_Mention]) -> PledgeMention:
    best = _best(cluster)
    first = min((m for m in cluster if not m.title), key=lambda m: m.sentence.start)
    evidence = best.sentence
    parent = next((m.parent for m in cluster if m.parent and not m.title), None)
    return PledgeMention(
        kind="unit",
        evidence=evidence.text,
        start=evidence.start,
        end=evidence.end,
        fingerprint=make_fingerprint("unit", _key(best.name.name)),
        confidence=best.strength,
        name=best.name.name,
        parent=parent,
        extra={
            "first_mention": str(first.sentence.start),
            "rule": NAMED_ELSEWHERE if best.named_for or best.strength < _MIN_STRENGTH else CREATED,
        },
    )
