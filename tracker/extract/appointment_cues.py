"""Cue patterns for appointments, kept apart from the logic in
:mod:`tracker.extract.appointments`.

The word sets gate sentences cheaply; the patterns then find the three shapes
of an appointment (appointer names the person, the person is the subject, a
body is put under someone) and the reports that are not appointments.
"""

from __future__ import annotations

import re

from tracker.extract import lexicon as lex
from tracker.extract.registry import rule

_ADV = r"(?:(?:also|formally|newly|yesterday|today|now|officially|been|being)\s+)*"
# The appointer names the person: "has named", "has chosen", "appoints".
OBJECT_CUE = rule(
    "appointment.cue.object",
    "the appointer names the person: 'has appointed', 'names', 'picked'",
    r"\b(?:appoint(?:s|ed)?|re-?appoint(?:s|ed)?|name[sd]?|chose|chosen|choos(?:es|ing)|select(?:s|ed)"
    r"|nominat(?:es|ed)|confirm(?:s|ed)|install(?:s|ed)|unveil(?:s|ed)|announc(?:es|ed)|tap(?:s|ped)|pick(?:s|ed)"
    r"|designat(?:es|ed)|hire[sd]|recruit(?:s|ed)|swore\s+in|swears\s+in)\s+"
    # "appointed hydrologist Dr Jo Bell", "picked longtime aide Ray Burns": a
    # lower-case descriptor may sit between the verb and the name.
    r"(?=(?:(?:the|a|an)\s+)?(?:(?!(?:that|to|as|in|on|at|by|for|of|with|and|it|its|his|her|their|this|which|who"
    r"|was|is|were|are|will|would|has|have|had|been|be|be|new|up|out|off|over)\b)[a-z][\w'’-]*\s+){0,3}[A-Z])",
    examples=("The board has appointed Jane Holloway", "The mayor picked longtime aide Ray Burns"),
    counter=("The board has appointed a panel",),
)
OBJECT_LINK = rule(
    "appointment.cue.object-link",
    "what links an appointee's name to the role: 'as', 'to be', a title",
    # "named Tom Walsh Minister for Housing", "named Jo Bell the city's new police commissioner":
    # the role follows the name directly.
    r"^(?:\s+(?=(?:(?:the|its|their|his|her|our|new|next|first|interim|acting|[\w.-]+['’]s)\s+)*"
    r"(?:(?!(?:to|as|in|on|at|by|for|of|with|and|over|after|said|says)\b)[\w-]+\s+){0,2}?"
    r"(?i:chief|chair\w*|director|head|president|secretary|commissioner|executive|deputy|interim|acting|minister"
    r"|administrator|governor|ambassador|envoy|inspector|commander|superintendent|ombudsman|registrar|principal"
    r"|officer|manager|adviser|advisor|coordinator|controller|treasurer|auditor|surgeon|attorney)\b)"
    r"|[^,;:]{0,8}?\s*(?:,\s*)?(?:as|to\s+be(?:come)?\b|to\s+serve\s+as|to\s+(?:a|the)\s+(?:new\s+)?(?:post|role|position)\s+(?:of|as)"
    r"|to\s+(?:the\s+)?(?=[A-Z])|(?=to\s+(?:lead|head|run|chair)\b)"
    # "appointed Sam Lee chief executive": the role follows the name directly.
    r"|(?=(?:(?:the|its|their|his|her|new|interim|acting)\s+)*(?:chief|chair\w*|director|head|president"
    r"|secretary|commissioner|executive|deputy|interim|acting|[A-Z]\w+\s+(?:Director|Secretary|Officer|Chair)\b))))\s*",
    mode="match",
    examples=(" as its new chief executive", " to the Harbour Board", " chief executive"),
    counter=(" said",),
)
# The person is the subject; the role follows the cue.
# The pattern starts at the verb; auxiliaries before it ("has been", "was
# yesterday") are peeled off the subject text by _AUX_TAIL.
SUBJECT_CUE = rule(
    "appointment.cue.subject",
    "the person is the subject: 'has been appointed', 'becomes', 'takes over as'",
    r"\b(?:(?:promoted|elevated)\s+(?:up\s+)?to(?:\s+the\s+(?:new\s+)?(?:role|post|position|rank)\s+of)?"
    r"|confirmed\s+in\s+(?:the\s+)?(?:role|post|position)\s+(?:of|as)|announced\s+as"
    r"|(?P<participle>appointed|re-?appointed|named|chosen|selected|installed|revealed|unveiled|nominated"
    r"|confirmed|promoted|designated|hired|recruited|tapped|picked|seconded)(?:\s+as)?"
    r"|(?:is\s+to\s+be|will\s+be|would\s+be|is\s+set\s+to\s+be|to\s+be)(?=\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"(?:[\w.-]+['’]s\s+)?(?:(?:new|next|first|inaugural|founding|interim|acting)\s+)*(?:[A-Z]|(?:chief|chair|head|director|executive|minister|secretary"
    r"|commissioner|president|leader|deputy|interim|acting)\b))"
    r"|(?:becomes|will\s+become|is\s+to\s+become|to\s+become|moves\s+to\s+become|(?:is\s+)?(?:moving|leaving)"
    r"(?:\s+up)?\s+to\s+become|leaves\s+to\s+become)"
    r"|(?:takes|will\s+take|is\s+to\s+take)\s+over\s+as|steps\s+up\s+as|(?:will|is\s+to|to)\s+serve\s+as|serves\s+as"
    r"|(?:takes|will\s+take|is\s+to\s+take|has\s+taken|steps|accepts|has\s+accepted|accepted|will\s+accept)"
    r"\s+(?:up|on|into)?\s*(?:(?:the|his|her|their)\s+)?"
    r"(?:new\s+)?(?:post|role|job|position)\s+(?:of|as)|is\s+the\s+new(?=\s+[A-Za-z])"
    r"|fills\s+the\s+(?:role|post|position)\s+of"
    r"|(?:joins|will\s+join|has\s+joined|starts|will\s+start|returns|will\s+return)\s+(?:[\w'’-]+\s+){0,5}?as"
    r"|will\s+also\s+serve\s+as|sworn\s+in\s+as|(?:will|is\s+to|to)\s+act\s+as|acts\s+as"
    # "will act up as", "steps in as": interim cover is an appointment too.
    r"|(?:(?:will|is\s+to|to|has)\s+)?(?:act|acts|acting|acted|step|steps|stepping|stepped)\s+(?:up|in)\s+as"
    r"|(?:given|handed|offered)\s+the\s+(?:new\s+)?(?:role|post|job|position)\s+of"
    r"|(?:succeeds|replaces|will\s+succeed|will\s+replace|is\s+to\s+succeed|is\s+to\s+replace)"
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,5}as)\s+",
    examples=("has been appointed ", "becomes ", "takes over as ", "will act up as "),
    counter=("has been speaking ",),
)
# "The new chief executive is Jane Smith": role first, person after.
INVERTED = rule(
    "appointment.cue.inverted",
    "the role comes first: 'The new chief executive is Jane Smith'",
    r"\b(?i:the)\s+(?:new|next|incoming|first)\s+(?P<role>[^,.;]{3,60}?)\s+(?:is|will\s+be)\s+(?=[A-Z])",
    examples=("The new chief executive is Jane Smith",),
    counter=("The chief executive said",),
)
# "Its first director will be Dr Jo Bell": without "new", only a future post.
INVERTED_WILL = rule(
    "appointment.cue.inverted-will",
    "a future post: 'Its first director will be Dr Jo Bell'",
    r"\b(?i:the|its|their)\s+(?P<role>[^,.;]{3,50}?)\s+will\s+be\s+(?=[A-Z])",
    examples=("Its first director will be Dr Jo Bell",),
    counter=("Its first director will be appointed",),
)
# "The new director, Dr Jo Bell, starts in March": the role, then the person in apposition.
APPOSITION = rule(
    "appointment.cue.apposition",
    "'The new director, Dr Jo Bell, starts ...'",
    r"\b(?i:the)\s+(?:new|incoming|first|inaugural)\s+(?P<role>[^,.;]{3,60}?),\s+(?=[A-Z])",
    examples=("The new director, Dr Jo Bell",),
    counter=("The director, Dr Jo Bell",),
)
# "has appointed three new board members: Ann Bell, Raj Singh and Tom Hughes";
# "appointed the following people to the Board of X: ...".
LIST_CUE = rule(
    "appointment.cue.list",
    "a list of appointees after a colon",
    r"\b(?:appoint(?:s|ed)?|re-?appointed|named|announced|confirmed)\s+"
    r"(?:the\s+following\s+(?:(?:new\s+)?(?:people|persons|individuals|members)\s+)?"
    r"|(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:new\s+)?)"
    r"(?P<role>[^:;.]{0,60}?)\s*:\s*(?=[A-Z])",
    examples=("has appointed three new board members: Ann Bell",),
    counter=("has appointed three new board members.",),
)
# "announced the appointment of Jane Smith as ..."
APPOINTMENT_OF = rule(
    "appointment.cue.appointment-of",
    "'the appointment of X'",
    r"\b(?:re-?)?appointment\s+of\s+(?=[A-Z])",
    examples=("announced the appointment of Jane",),
    counter=("the appointment process",),
)
# Verbs that carry the role themselves: "is to chair X", "will head the new agency".
ROLE_VERB = rule(
    "appointment.cue.role-verb",
    "a verb that is the role: 'is to chair X', 'will head the agency'",
    rf"\b(?:is\s+to|will|would|to|is\s+set\s+to){_ADV}\s*(?P<verb>chair|head|lead|join|run)\s+(?P<obj>(?:the\s+)?[^,;.]+)",
    examples=("is to chair the Water Review", "will head the new agency"),
    counter=("will chair",),
)
POSSESSIVE_CUE = rule(
    "appointment.cue.possessive",
    "'Jane Smith's appointment as'",
    r"['’]s\s+(?:re-?)?appointment\s+as\s+",
    examples=("Jane Smith's appointment as chair",),
    counter=("the appointment as",),
)
# "takes the helm at X", "will take charge of X", "has been given command of X".
HELM = rule(
    "appointment.cue.helm",
    "'takes the helm at X', 'will take charge of X'",
    r"\b(?:takes|take|has\s+taken|will\s+take|is\s+to\s+take|assumes?|assumed|has\s+assumed"
    r"|given|handed)\s+(?:over\s+)?(?:the\s+helm|charge|command)\s+(?:at|of)\s+(?P<obj>(?:the\s+)?[^,;.]+)",
    examples=("takes the helm at the Ports Agency", "will take charge of the Flood Unit"),
    counter=("took charge",),
)
LED_BY = rule(
    "appointment.cue.led-by",
    "a body put under someone: 'will be led by'",
    r"\b(?:will|would|is\s+to|is\s+going\s+to|shall)\s+be\s+(?:led|headed|chaired|run)\s+by\s+",
    examples=("will be led by ", "would be headed by "),
    counter=("was led by ",),
)
# Hedged, past or unchanged: no appointment made by this announcement.
SKIP = rule(
    "appointment.cue.hedged",
    "a hedged, unchanged or opposition post: 'tipped', 'remains in post', 'shadow minister'",
    r"\b(?:tipped|expected\s+to\s+be|likely\s+to\s+be|frontrunner|front-runner|favourite|rumoured|in\s+line\s+to"
    r"|remains?\s+in\s+post|to\s+be\s+announced|could\s+be\s+(?:named|appointed)"
    # the opposition's posts and party candidates are not public appointments
    r"|shadow\s+(?:minister|secretary|treasurer|chancellor|attorney|cabinet|spokes\w+)|candidate)\b",
    flags=re.IGNORECASE,
    examples=("is tipped to become", "remains in post", "is expected to be named", "shadow minister"),
    counter=("has been appointed",),
)
PAST_BIO = rule(
    "appointment.cue.biography",
    "a role held in a named past year: 'was appointed ... in 2019'",
    r"\b(?:(?:was|had\s+been|became)\b[^.;]*?\b(?:in|from|between|until)"
    r"|(?:appointed|named)\s+[^,.;]{0,60}?\bin)\s+((?:19|20)\d\d)\b",
    examples=("was appointed Health Minister in 2019", "had been chair from 2015"),
    counter=("was appointed Health Minister today",),
)
# Words one of the cues needs; a set intersection is far cheaper than the cue
# patterns, which only run on sentences that pass it. Common verbs ("be",
# "take", "lead") only count next to a word that can be part of a role.
STRONG_CUES = frozenset(
    "tap taps tapped pick picks picked swore swears appoint appoints "
    "appointed reappointed appointment name names named chose chosen chooses choosing select selects "
    "selected nominate nominates nominated install installs installed reveal "
    "revealed unveil unveils unveiled promoted sworn led headed chaired designated designates elevated "
    "helm charge hired seconded".split()
)
# "announced" and "confirmed" open most sentences of an announcement; they
# only count next to a role word.
WEAK_CUES = frozenset(
    "announce announces announced confirm confirms confirmed become becomes takes take taken serve serves "
    "fills steps chair head lead join joins run be succeeds "
    "succeed replaces replace starts returns act acts acting acted step stepping stepped given handed "
    "offered new would accepted accepts accept command assumes assumed hires recruited recruits "
    "agreed".split()
)
ROLE_WORDS = lex.ROLE_WORDS
