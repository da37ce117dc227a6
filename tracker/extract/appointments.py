"""Appointment pledges: a named person put into a post by the announcement.

People and posts are read as structure. The people of a sentence are found
first (names with their honorifics, styles and post-nominals, see
:mod:`tracker.extract.people`) and masked, so that each is one token; the
relations between people and posts are then named rules over the masked
sentence (:mod:`tracker.extract.appointment_rules`): an appointing verb and
its object, the person as subject ("becomes", "takes up the post of", "has
been promoted to"), appositions ("Its chair, ⟨P⟩, ... will take up"), posts
marked new ("new Minister of State ⟨P⟩"), list lines ("⟨P⟩ MP – to become
..."), personnel templates ("⟨P⟩, of Ohio, to be a Member of ..."),
reappointments and term extensions, and bodies put under someone ("will be
led by ⟨P⟩"). The appointer is never the appointee: a verb's subject is only
read when the verb is passive or intransitive.

Relations that are not appointments made here are turned down with a reason:
someone staying in post, a hedged report, a post taken in the past (a year
before publication, "last year", "previously"), a phrase without a title.
Mentions of one person are merged by surname.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from tracker.extract import appointment_rules as rel
from tracker.extract import lexicon as lex
from tracker.extract.appointment_roles import (
    clean_role,
    has_title,
    is_body,
    organisation_of,
    subject_organisation,
)
from tracker.extract.appointment_tables import TableRow, appointment_rows
from tracker.extract.fingerprint import make_fingerprint
from tracker.extract.numbers_words import parse_count
from tracker.extract.people import (
    Person,
    blank_retired_mark,
    full_names,
    mask,
    people_in,
    resolve,
    styled_forms,
    surname,
)
from tracker.extract.regex import folds_oddly, lazy
from tracker.extract.registry import IGNORE, Rejections, decision
from tracker.extract.sentences import Sentence
from tracker.extract.similarity import norm
from tracker.extract.types import ArticleText, PledgeMention

APPOINTED = decision(
    "appointment.appointed",
    "appointment",
    "accept",
    "a named person put into a post with a title by the announcement",
    examples=(
        "The department has appointed Jane Holloway as its new chief executive.",
        "Priya Venn MP – to become Secretary of State for the Environment",
        "Its chair, Morag Fitz, and deputy chair, Dr Ish Rao, will take up their posts next month.",
        "Deputy chair Sam Fono has been reappointed for a further term of two years.",
    ),
    counter=("Jane Holloway said the plan was ambitious.",),
    uses=(rel.OBJECT.name, rel.SUBJECT.name, rel.APPOSITION.name, rel.LINE.name),
)
HEDGED = decision(
    "appointment.hedged",
    "appointment",
    "reject",
    "someone tipped, expected or understood to take a post, or an opposition post, is not appointed here "
    "(SCHEMA rule 6)",
    examples=("Jane Holloway is tipped to become the next chief executive.",),
    counter=("Jane Holloway has been appointed the next chief executive.",),
    uses=(rel.HEDGE.name,),
)
REVOKED = decision(
    "appointment.revoked",
    "appointment",
    "reject",
    "an appointment revoked, rescinded or terminated is no appointment made",
    examples=("The Minister revoked the appointment of Jo Ray as a member of the Board.",),
    counter=("The Minister approved the appointment of Jo Ray as a member of the Board.",),
    uses=(rel.REVOKED.name,),
)
PRIVATE_POST = decision(
    "appointment.private",
    "appointment",
    "reject",
    "a post in a company, or one a company fills, is no public appointment ('the listed company Corran "
    "plc, which appointed ⟨P⟩ as its chief executive', 'joins the board of Harbourline Group')",
    examples=(
        "The listed engineering company Corran plc appointed Liam Oke as its chief executive.",
        "Tom Ash is leaving the civil service to become chief executive of the private insurer Tamaki Cover.",
    ),
    counter=("The minister appointed Liam Oke as chief executive of the Ports Authority.",),
    uses=(rel.PRIVATE_APPOINTER.name,),
)
PAST = decision(
    "appointment.past",
    "appointment",
    "reject",
    "a post taken before the announcement (a year before publication, 'last year', 'previously') is a "
    "past role (SCHEMA rule 6)",
    examples=(
        "Sam Orr was appointed Harbour Minister in 2019.",
        "Ann Lee, who was named chief executive last month, spoke.",
    ),
    counter=("Sam Orr has been appointed Harbour Minister.",),
    uses=(rel.PAST_TIME.name, rel.PAST_AUX.name),
)
IN_POST = decision(
    "appointment.in-post",
    "appointment",
    "reject",
    "someone who remains, stays on or continues in a post is already in post (SCHEMA rule 6)",
    examples=("Gareth Lowe MP – stays on as Minister of State for Housing",),
    counter=("Gareth Lowe MP – to become Minister of State for Housing",),
    uses=(rel.STAYS.name,),
)
LEAVING = decision(
    "appointment.predecessor",
    "appointment",
    "reject",
    "the person a new holder succeeds or replaces is leaving the post, whatever the clause about "
    "them says ('will succeed Judge ⟨P⟩, who was elected to the Court of Appeals')",
    examples=("Hayes will succeed Judge Patricia Gaines, who was elected to the Court of Appeals.",),
    counter=("Patricia Gaines was elected to the Court of Appeals.",),
    uses=(rel.PREDECESSOR.name,),
)
NO_TITLE = decision(
    "appointment.no-title",
    "appointment",
    "reject",
    "what follows the cue is not a post with a title ('named in the report', 'chosen to provide')",
    examples=("Ann Lee was chosen to provide the answers.",),
    counter=("Ann Lee was chosen as chair of the panel.",),
)

_PLACEHOLDER = lazy(r"⟨P(\d+)⟩")
_MAY_APPOINT = frozenset(
    "appoint appoints appointed appointing reappointed reappoint appointment appointments name names named "
    "naming chose chosen choose chooses select selects selected nominate nominates nominated nominee "
    "install installed designate designates designated designee promoted elevated sworn led headed chaired "
    "coordinated commanded command "
    "helm charge hired seconded become becomes take takes taking serve serves act acts acting step steps "
    "fills join joins joined lead leads head heads chair run be new newly incoming succeeds replaces "
    "moves moved enters remain remains stays appointee start starts begin returns tapped picked confirm "
    "confirms confirmed announced announces elected".split()
)
_POST_OF = lazy(r"^.*?\b(?:post|position|role|job|vacancy|seat|office)\s+(?:of|as)\s+")
_SUBJECT_VERB = lazy(r"\s+(?:will|would|shall|is|are|was|were|has|have)\s+")
_LAST_NOUN_PHRASE = lazy(r"\b(?i:the|a|an|its|this)\s+[^,;:]*$")
_AS_AFTER = lazy(r"^[^,;.]{0,12}?\s+as\s+")
_TITLE_BEFORE = lazy(
    rf"(?P<title>(?:(?:deputy|vice|board|interim|acting|senior|chief|co-|lead|outgoing|new)[\s-]+)*"
    rf"(?:[A-Z][\w'’-]*\s+){{0,4}}{rel.TITLE_WORD}(?:\s+(?:of|for)\s+[A-Z][^,⟨]{{0,40}}?)?)\s+$"
)
# (a clause about another person ends it too: "as interim chief executive after ⟨P1⟩ stepped
# down last month" says when the predecessor left, not when this appointment was made)
# (and before another event: "following the retirement of ⟨P⟩ last month" dates the retirement)
_CLAUSE_END = lazy(
    r"[,;:]|\.(?:\s|$)|\s(?:after|when|following|while|because)\s+(?=⟨P\d+⟩)"
    r"|\s(?:after|following|on)\s+(?:the|his|her|their)\s+(?:retirement|resignation|death|departure|promotion"
    r"|appointment|move|transfer)\b"
    # ("following the end of his predecessor's contract last month": the predecessor's time)
    r"|\s(?:after|following|on)\s+the\s+(?:end|expiry|expiration|completion)\s+of\b"
)


@dataclass(frozen=True)
class _Found:
    person: Person
    role: str
    organisation: str | None
    priority: int  # 2: role written out, 1: from a verb ("to chair X"), 0: from "led by"


@dataclass(frozen=True)
class _Relation:
    """One match of a relation rule: who, and how the post is written."""

    people: tuple[int, ...]
    role: str
    priority: int
    start: int  # of the match in the masked sentence
    end: int
    aux_before: str = ""  # the words between the person and the cue (for tense)


def find_appointments(
    article: ArticleText, sentences: list[Sentence], rejections: Rejections = IGNORE
) -> list[PledgeMention]:
    """People appointed by the article, one per person, in text order.

    Candidates turned down are reported to ``rejections`` with the decision's name.
    """
    year = article.published.year if article.published else None
    found: list[tuple[_Found, Sentence]] = []
    lead: _Lead | None = None  # a list of appointments being read ("the following appointments:")
    composition = False  # a board's membership follows ("The board of the Fund will be:")
    previous_end = 0
    table_rows = appointment_rows(article.text) if "|" in article.text else {}
    # a gazette's names after "appoints—", the post they take written after them
    gazetted: list[tuple[Person, str, Sentence]] | None = None
    known: frozenset[str] | None = None  # surnames of people the article names in full
    # (the seat it fills by number and the post it names as new: read only when a relation needs them)
    facts = _ArticleFacts(article.text)
    for number, sentence in enumerate(sentences):
        text = sentence.text
        if "(R" in text or "(r" in text:
            # "named Brigadier General (Ret.) Bassam Al Maaytah as": a retired officer's mark, read as
            # spaces (offsets stay the sentence's)
            text = blank_retired_mark(text)
        if ":" in text[:60] and (label := _SPEAKER_LABEL.match(text)) is not None:
            # a transcript's speaker is no party to what they say: blanked, offsets kept
            text = " " * label.end() + text[label.end() :]
        # (a lead-in ends with a colon or a dash: one test of the last character first, per sentence)
        ends_lead = text.rstrip()[-1:] in _LEAD_ENDS
        if gazetted is not None:
            if (names := _gazetted_names(text)) is not None:
                gazetted.extend((person, post, sentence) for person, post in names)
                continue
            if (closing := _TO_BE_POST.match(text)) is not None:
                post, body = _closing_post(closing)
                found.extend((_Found(person, own or post, body, 2), at) for person, own, at in gazetted)
            gazetted = None
        if ends_lead and _APPOINTS_DASH.search(text):
            gazetted = []  # "the Cabinet Secretary for Health appoints—"
            continue
        if sentence.start in table_rows:
            found.extend((f, sentence) for f in _table_row(sentence, table_rows[sentence.start]))
            continue
        if composition:
            members = _composition(text)
            composition = False
            if members:
                found.extend((f, sentence) for f in members)
                lead = None
                previous_end = sentence.end
                continue
        if (
            lead is not None
            and _REACTION.search(text)
            and article.text.count("\n\n", previous_end, sentence.start)
        ):
            # a paragraph on someone's reaction to the list ends it: "Sheriff Principal ⟨P⟩, who has
            # presided over X since 2019, welcomed the appointments."
            lead = None
        if lead is not None and (entries := _body_line(text) or _post_line(text, lead)):
            found.extend((entry, sentence) for entry in entries)
            previous_end = sentence.end
            continue
        if lead is not None:
            lines = _marked_lines(text)
            first_line, _, rest = text.partition("\n")
            if rest and _MEMBERS_HEADING.fullmatch(first_line.strip()):
                # "New members\n⟨P0⟩, Partner, X LLP\n⟨P1⟩, ...": a heading line over plain lines, each
                # an entry
                lines = [line for line in rest.split("\n") if line.strip()]
            entries = [e for line in lines if (e := _list_entry(line, lead)) is not None]
            if entries:
                found.extend((entry, sentence) for entry in entries)
                previous_end = sentence.end
                continue
            # ("In the Rwanda Institute for Agricultural Mechanisation (RIAM)", "Under the Presidency
            # of the Republic:": the body a Cabinet communiqué's next entries are appointed in)
            written = _ACRONYM_END.sub("", _LIST_MARK.sub("", text).strip().rstrip(":"))
            if (section := _SECTION_HEADING.fullmatch(written)) is not None:
                lead = _Lead(lead.role, section.group("body"), lead.post_of)
                previous_end = sentence.end
                continue
            if (heading := _BODY_HEADING.fullmatch(written)) is not None:
                # "Nova Scotia Health Board of Directors" above its entries, "(c) Board of the Water
                # Research Commission:": the body they join (a name alone there is a member)
                lead = _Lead(lead.role, heading.group(0), lead.post_of)
                previous_end = sentence.end
                continue
            if _MEMBERS_HEADING.fullmatch(text.strip()):
                lead = _Lead(lead.role or "member", lead.organisation, lead.post_of)  # "Members:"
                previous_end = sentence.end
                continue
            if _POSTS_HEADING.fullmatch(text.strip()) and has_title(_PLURAL_END.sub(_one, text)):
                previous_end = sentence.end  # "Ministers of State", "Parliamentary Under-Secretaries
                continue  # of State": a heading over the list's next entries, which name their posts
            if "ppointment" in text and not text.rstrip().endswith(":") and not people_in(text):
                previous_end = sentence.end
                continue  # "All appointments are subject to clearance.": a note inside the list
            # (a paragraph break is only looked for while a list is read)
            paragraph = article.text.count("\n\n", previous_end, sentence.start) > 0
            if paragraph and not _starts_with_person(text, lead.post_of):
                lead = None  # the list is over
        previous_end = sentence.end
        # (a membership's lead-in always holds a colon, which most sentences lack)
        if ":" in text and (lead_in := rel.COMPOSITION_LEAD.search(text)) is not None:
            members = _composition(text[lead_in.end() :])
            found.extend((f, sentence) for f in members)
            composition = not members and not text[lead_in.end() :].strip()
            if members:
                continue
        # (a gazette's lead-in may end ":—": "shall consist of the following, namely:—")
        # (a gazette's lead-in may also end with a dash alone: "... with effect from 1st April, 2025—")
        if ends_lead and _ends_lead_in(text) and rel.LIST_LEAD_IN.search(text):
            lead = _lead(text)
        elif "following" in text and text.rstrip().endswith(".") and _FOLLOWING_APPOINTMENTS.search(text):
            # "The Governor announced the following appointments to state boards and commissions.": a
            # lead-in a full stop ends, as US personnel releases write it; its lines name their bodies
            lead = _Lead("", None)
        elif (
            ends_lead
            and number
            and _TERMS_LINE.match(text)
            and (joined := _lead_before(sentences[number - 1]))
        ):
            # "... appointed three new directors to the board of X. Each will serve a five-year term:":
            # a sentence on their terms stands between the lead-in and its list
            lead = _lead(joined)
        elif _may_head_appointments(text, sentence) and _APPOINTMENTS_HEADING.fullmatch(text.strip()):
            lead = _Lead("", None)  # "D. Appointments": a cabinet statement's list of appointments
        elif (
            lead is None
            and (":" in text or text[:12].lstrip("-•* ").startswith(_FRONTED_OPENERS))
            and (inline := _inline_entries(text))
        ):
            # "Two part-time members have also been named: ⟨P0⟩, an economist, for four years, and ⟨P1⟩,
            # a former mayor, for three years.": the list in the lead-in's own sentence (which is read
            # on as well: its lead-in may appoint someone of its own, "reappointed ⟨P⟩ as chair, and
            # named two new members: ...")
            found.extend((entry, sentence) for entry in inline)
        words = sentence.words
        if not _may_appoint(text, words):
            continue  # no word an appointment could be written with
        if " me " in text or "I " in text:
            found.extend((f, sentence) for f in _first_person(text, article))
        surname_named = _SURNAME_SUBJECT.match(text) or (
            _SURNAME_OBJECT.search(text) if not _SURNAME_OBJECT_VERBS.isdisjoint(words) else None
        )
        if (opening := surname_named) is not None and opening.group(1) not in _NOT_SURNAMES:
            # "Colville, who had been business secretary, was appointed": a surname the article
            # gives in full elsewhere (read once an article, when a sentence opens so)
            if known is None:
                known = frozenset(p.surname for p in people_in(article.text) if " " in p.name)
            people = people_in(text, known)  # (with no surname known, the same as people_in(text))
        else:
            people = people_in(text)
        if not people:
            continue
        masked = mask(text, people)
        found.extend(
            (f, sentence) for f in _in_sentence(masked, people, sentence, words, year, rejections, facts)
        )
    if not found:
        return []
    index = full_names(_body(article), frozenset(item.person.surname for item, _ in found))
    styles = styled_forms(article.text)
    merged: dict[str, tuple[_Found, Sentence, str]] = {}
    for item, sentence in found:
        name = _reported_name(item.person, index, styles)
        key = surname(name)
        current = merged.get(key)
        # The strongest statement wins; a headline yields to the body, which names people in full.
        if current is None or (item.priority, not _is_headline(sentence, article)) > (
            current[0].priority,
            not _is_headline(current[1], article),
        ):
            merged[key] = (item, sentence, name)
    ordered = sorted(merged.values(), key=lambda t: (t[1].start, t[0].person.start))
    return [_mention(item, sentence, name) for item, sentence, name in ordered]


# A sentence opening with one capitalised word as its subject: "Colville, who ...", "Okafor was".
_SURNAME_SUBJECT = lazy(
    r"^\s*((?-i:[A-Z][\w'’-]+))(?:,\s+(?:who|a|an|the|previously|formerly|currently)\b|\s+(?:was|is|has|had|will"
    r"|becomes|takes|moves|replaces|succeeds|joins)\b)"
)
# One capitalised word right after an appointing verb and before the post: "City Manager Paul
# Heinrich appointed Brooks as the department's permanent Fire Chief" (a surname named in full before).
_SURNAME_OBJECT = lazy(
    r"\b(?:appointed|named|confirmed|promoted|chose|selected|picked|tapped)\s+((?-i:[A-Z][\w'’-]+))"
    r"\s+(?:as|to\s+be|to\s+serve\s+as)\b"
)
# _SURNAME_OBJECT's verbs, written in lower case as whole words: a sentence's words hold one when it
# can match (the sentence's words, a superset of those of its text with a speaker's label blanked).
_SURNAME_OBJECT_VERBS = frozenset(
    ("appointed", "named", "confirmed", "promoted", "chose", "selected", "picked", "tapped")
)
# Words that open a sentence as its subject without being anyone's surname ("It was", "This is").
_NOT_SURNAMES = (
    frozenset(
        "It This That These Those He She They There We I You Its His Her Their Our What Which Who Each "
        "Every All Some Most One None Both Funding Money Work Applications Details Further More The A An In "
        "On At For From By With As After Before When If".split()
    )
    | lex.NOT_NAME_WORDS
)


def _first_person(text: str, article: ArticleText) -> list[_Found]:
    """ "has nominated me to be the Taoiseach": the appointee is the statement's author."""
    m = rel.FIRST_PERSON.search(text)
    if m is None:
        return []
    # the first byline that names a person (a headline "Statement by the Taoiseach" may name none)
    bylines = rel.BYLINE.finditer(article.text, 0, 1500)
    speakers = next((found for b in bylines if (found := people_in(b.group("who")))), [])
    if not speakers:
        return []
    role = re.sub(r"^(?:the|a|an)\s+", "", (m.group("role") or m.group("role2") or "").strip(), flags=re.I)
    if not has_title(role):
        return []
    speaker = speakers[0]
    person = Person(speaker.name, 0, 0, speaker.titled, speaker.styled)
    return [_Found(person, role, organisation_of(role), 2)]


@dataclass(frozen=True)
class _Lead:
    """What a lead-in says of the list after it: the post, and the body, if it names them."""

    role: str
    organisation: str | None
    post_of: str = ""  # "Minister" when entries write only a portfolio ("Finance: ⟨P⟩")


# A heading inside a list: the entries after it are members ("Members:", "Board members:").
# ("New members" and "Reappointed member" over a board's entries, with or without a colon)
_MEMBERS_HEADING = lazy(
    r"(?:(?:Other|Board|Non-executive|Ordinary)\s+)?[Mm]embers\s*:"
    r"|(?:New|Reappointed|Re-appointed|Continuing\s+and\s+new|Retiring)\s+(?:board\s+)?members?\s*:?"
)
# A heading over a list of appointments: "D. Appointments", "4. New appointments".
# ("III. INDIVIDUAL MEASURES": a Council of Ministers' communiqué's appointments, as francophone
# governments head them)
_APPOINTMENTS_HEADING = lazy(
    r"(?:[A-Z0-9]{1,3}[.)]\s+)?(?:(?:New\s+|Senior\s+|Board\s+)?Appointments?|(?i:individual\s+measures)"
    # ("Partnership board appointments": a heading that names the body's board)
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:[Bb]oard|[Cc]ouncil|[Cc]ommittee|[Pp]anel)\s+appointments)\.?:?"
)


def _may_head_appointments(text: str, sentence: Sentence) -> bool:
    """Whether ``_APPOINTMENTS_HEADING`` may match ``text`` (a gate for every sentence): it needs
    "Appointment" as written, or the word "individual" in any case (among the sentence's words, which
    hold those of ``text``; a text holding a character the engine folds oddly is always read)."""
    return (
        "Appointment" in text or "appointments" in sentence.words or "individual" in sentence.words
    ) or folds_oddly(text)


_STAYS_IN_POST = lazy(r"(?:remains?|stays?|continues?|keeps?|retains?)\b", re.IGNORECASE)
_FORMER = lazy(r"(?:(?:an?|the)\s+)?(?:former|formerly|previously|retired|ex-|until\s+now)\b", re.IGNORECASE)
# A line that names a body and nothing else, as a list of appointments heads each body's entries.
# A short heading line of capitalised words and their links ("Ministers of State").
_POSTS_HEADING = lazy(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|to)){0,7}:?")
_PLURAL_END = lazy(r"(?:ies|s)\b")


def _one(plural: re.Match[str]) -> str:
    """ "Secretaries" -> "Secretary", "Ministers" -> "Minister" (for a heading's titles)."""
    return "y" if plural.group(0) == "ies" else ""


# ("Board of Higher Education": the head may come first, with what it is of after it)
_BODY_HEADING = lazy(
    rf"(?=[A-Z])(?:[A-Z][\w'’&.-]*\s+)?(?:(?:of|for|and|the|&|[A-Z][\w'’&.-]*)\s+){{0,8}}"
    rf"(?:(?i:{lex.alternation(lex.BODY_HEADS)})|Directors|Governors|Trustees)"
    # ("Board of Higher Education", "Institute for Agricultural Mechanisation")
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)?"
)


# A list entry's mark: a bullet, "1." or "1)", and letters or roman numerals as "a)", "(b)", "iv."
_LIST_MARK = lazy(r"^[ \t]*(?:[-*•–]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+")
# What may follow the person in a list entry: "(chair)", ", deputy chair", "as Minister for X".
_ENTRY_REST = lazy(
    # ("⟨P⟩ of Virginia, to be Ambassador to the Republic of Estonia": a US nomination's line, the
    # person's state first)
    r"(?:\s+of\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}(?=,?\s+to\s+(?:be|serve)\b))?"
    r"\s*(?:,?\s+to\s+(?:be|serve\s+as)\s+(?P<to_be>[^;]{2,160}?)(?=[.;]?\s*$)"
    r"|\((?P<paren>[^()]{2,80})\)|,\s*(?P<comma>[^,.;()]{2,80})|\s+as\s+(?P<as_role>[^.;]{2,120})"
    # a reshuffle's list line: "Priya Raman - Chief Secretary", "Marcus Feeney: Minister for Police"
    r"|\s+[-–—]\s+(?P<dash>[^.;]{2,120})|\s*:\s+(?P<colon>[^.;]{2,120})"
    # "⟨P⟩, IAS (Retd.), former Principal Secretary — Chairperson;": who the person is, then the post
    r"|,[^–—;]{2,160}?\s+[–—]\s+(?P<last>[^.;–—]{2,80})"
    # "⟨P⟩, IAS (KL:1992), presently Special Secretary, Ministry of X, as Secretary, Department of Y, vice
    # ⟨P⟩ ...": who the person is now, then the post after "as", then whom they replace
    r"|,[^;]{2,200}?,\s+as\s+(?P<as_post>[^;]{2,160}?)(?:,\s+vice\s+[^;]*)?(?=[.;]?\s*$))?"
    # after the post, a place or a note: "⟨P⟩, Antigonish, chair (reappointment)", "⟨P⟩ (chair), former
    # Mayor of the Town" (the post is the part that is a title)
    # ("⟨P⟩, Permanent Secretary, Ministry of Agriculture, Animal Industry and Fisheries": a body's
    # name may hold commas, each part capitalised)
    r"(?:,\s*(?P<then>[^,.;()]{2,80}(?:,\s+[A-Z][^,.;()]{2,60})*))?(?:\s*\((?P<note>[^()]{2,40})\))?"
    r"\s*[.;,]?\s*$"
)


_DASH_LINE = lazy(r"\S\s+[–—-]\s+\S")
_DASH_AFTER = lazy(r"\s+[–—-]\s+[^⟨\n]*$")
# An entry that only describes the person ("Jo Bell, of Regina, Saskatchewan", "Dr Ann Lee, a
# general practitioner in Dunmore;"): the post is the one the lead-in names.
_ENTRY_JOINS = lazy(
    # ("⟨P⟩, a Broome tourism operator, to the Kimberley Development Commission": who the person is)
    # ("⟨P⟩, of Sioux Crossing, South Dakota, as a Member of the X Board": a town and its state)
    # ("⟨P⟩, advocate, to the sheriffdom of Lothian and Borders at Edinburgh": a bare occupation, and a
    # body written in lower case before its capitalised name; "⟨P⟩ KC, to the sheriffdom of X": none)
    r"\s*,\s+(?:(?:of\s+[^,;.]{2,40}(?:,\s+[A-Z][^,;.]{2,30})?|(?:a|an)\s+[^,;.]{2,100}"
    r"|(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*){0,2}),\s+)?"
    r"(?:(?:re-?appointed|named|nominated|appointed)\s+)?"
    r"(?:as\s+(?P<post>[^,;.]{2,60}?)\s+(?:of|to|on)\s+|to\s+)(?:the\s+)?"
    r"(?P<body>[A-Z][^,;.]{2,100}?|(?-i:[a-z])[\w-]*\s+of\s+(?-i:[A-Z])[^;.]{2,100}?)"
    r"(?=\s+(?:for|to\s+serve|with|effective|until|through|at)\b|\s*[,.;]|\s*$)"
)
# The first words of an entry written as a paragraph about its person, after the name.
_ENTRY_BIOGRAPHY = lazy(
    r"\s+(?:will\s+(?:preside|serve|sit|be\s+based|take\s+up|join)|brings|joins|has\s+(?:practi[sc]ed|served"
    r"|worked|spent|led)|is\s+(?:a|an|currently)|was\s+(?:previously|most\s+recently|formerly))\b"
)
# ("⟨P⟩ of New Bedford, a union official, as chair": a governor's list gives the home town unmarked)
# ("⟨P⟩ for the North": the region or portfolio the lead-in's post covers)
_ENTRY_ASIDE = lazy(
    r"\s*,\s+(?:of|an?|the|who|currently|formerly|former|retired|most\s+recently)\b|\s+of\s+(?-i:[A-Z])"
    r"|\s+for\s+the\s+(?-i:[A-Z])"
)
# The post an entry ends with, after who the person is: "..., as vice chair".
_AS_POST_END = lazy(r",?\s+as\s+(?:the\s+)?(?P<post>[^,;.()⟨]{2,60}?)\s*[.;,]?\s*$")


# What an entry may add that is no part of its post: a body's initials after its name, how long
# the post is held ("while a permanent appointment is made", "pending ...", "until ..."), and the
# "and" before a list's last entry ("...; and").
_ENTRY_NOTES = lazy(
    r"\s*\((?-i:[A-Z]{2,8})\)(?=[\s,.;]|$)|,\s+(?:while|pending|until)\b[^;]*?(?=[.;]?\s*$)"
    # the same in brackets at the entry's end: "(interim, until a permanent chair is selected)"
    r"|\s*\((?=[^()]*\b(?:while|pending|until)\b)[^()]*\)(?=[.;]?\s*$)"
    # when the post begins: "⟨P⟩, Permanent Secretary, Department for X, from 1 November"
    r"|,\s+(?:(?:with\s+)?effect(?:ive)?\s+(?:from\s+)?|from\s+|starting\s+|as\s+of\s+)"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{lex.MONTH}|{lex.MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|(?:next|this)\s+\w+"
    r"|the\s+(?:start|end|beginning)\s+of\s+[\w\s]{1,30}?)(?:,?\s+\d{4})?(?=[.;]?\s*$)"
    r"|(?<=;)\s*and\s*$"
)
_NEXT_MARKED_LINE = lazy(r"\n(?=[ \t]*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s)")


_SEMICOLON_END = lazy(r";\s*(?:and|or)?\s*$")


def _marked_lines(text: str) -> list[str]:
    """A sentence's list entries: its lines when each opens with a mark ("(e) A; and\n(f) B."),
    else the sentence whole."""
    if "\n" not in text:
        return [text]
    lines = _NEXT_MARKED_LINE.split(text)
    if len(lines) == 1:
        # "⟨P⟩ — Member\n⟨P⟩ — Member": lines that each give a post after a dash
        plain = text.split("\n")
        if all(_DASH_LINE.search(line) for line in plain):
            return plain
        # "⟨P⟩, a corporate lawyer; and\n⟨P⟩, an economist.": lines a semicolon ends, as a list's
        if all(_SEMICOLON_END.search(line) for line in plain[:-1]):
            return [_SEMICOLON_END.sub("", line) for line in plain[:-1]] + plain[-1:]
        return [text]
    last = len(lines) - 1
    return [re.sub(r";?\s*(?:and|or)?\s*$", "", line) if i < last else line for i, line in enumerate(lines)]


# Where an entry of a list written in one sentence starts: at the list's start, or after a comma, a
# semicolon or "and" that joins it to the entry before.
_PLACE_OF_BEFORE = lazy(r"\b(?:of|at|from|in)\s+$")
_INLINE_JOIN = lazy(
    r"(?:^\s*|[,;]\s*(?:and\s+)?|\s+and\s+)"
    # (a descriptor of up to four words, no preposition, article or verb: "Indigenous energy developer")
    r"(?:(?!(?:to|of|for|at|with|by|from|in|on|the|a|an|who|which|will|said|says|and|or|as|is|was)\b)"
    r"[A-Za-z][\w'’-]*\s+){0,4}$"
)
_COUNTED_NEW = lazy(
    r"^(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:(?:new|additional|further|other)\s+)*",
    re.IGNORECASE,
)
# A lead-in put before its verb, with the list after it: "Joining the board as members are",
# "Appointed to the panel were".
_COUNTED_BEFORE = lazy(r"\d|\b(?:across|among|between|from)\s")
_FRONTED_OPENERS = ("Joining", "Also", "Appointed", "Reappointed", "Named", "Nominated", "The ")
_FRONTED_LIST = lazy(
    r"^\W*(?:(?:Also\s+)?(?:Joining|Appointed\s+to|Reappointed\s+to|Named\s+to|Nominated\s+to)\b[^,.:;]{0,80}?"
    # "The other board members are ⟨P⟩, ...", "The incoming commissioners are ⟨P⟩; ⟨P⟩; and ⟨P⟩"
    r"|(?:The\s+)?(?:other|new|incoming|founding|remaining|inaugural)\s+(?:[\w-]+\s+){0,2}?(?:members|directors"
    r"|commissioners|trustees|appointees|governors)(?:\s+of\s+the\s+(?:board|panel|commission|council))?)"
    r"\s(?:are|were|will\s+be)\s+(?=[A-Z]|[a-z][\w-]*\s+(?:[a-z][\w-]*\s+){0,3}[A-Z])"
)
_INLINE_END = lazy(r"[\s,;.]*(?:\band)?[\s,;.]*$")


def _inline_entries(text: str) -> list[_Found]:
    """The entries of a list that follows its lead-in's colon in the same sentence, each a person
    the list joins on; none unless every entry reads as one (at least two)."""
    head, _, rest = text.partition(":")
    if not rest.strip() and (fronted := _FRONTED_LIST.match(text)) is not None:
        # "Joining the board as members are ⟨P⟩, a former dean, and ⟨P⟩, ...": a list after a fronted
        # lead-in, with no colon
        head, rest = fronted.group(0).rstrip(), text[fronted.end() :]
    if not rest.strip() or rel.LIST_LEAD_IN.search(f"{head}:") is None:
        return []
    # (a place after "of" in an entry's aside is no entry: "a former mayor of Leighford Shire")
    people = [p for p in people_in(rest) if not _PLACE_OF_BEFORE.search(rest, max(0, p.start - 6), p.start)]
    # Each person joins the list after a comma, a semicolon or "and", a descriptor between ("economist
    # ⟨P⟩", "former regional mayor ⟨P⟩"); an entry ends where the next one's join starts.
    joins = [(p.start, m.start()) for p in people if (m := _INLINE_JOIN.search(rest, 0, p.start)) is not None]
    if len(joins) < 2 or len(joins) < len(people):
        return []  # (a person inside an entry, "chief of staff to ⟨P⟩": the sentence is read as before)
    starts = [start for start, _ in joins]
    lead = _lead(f"{head}:")
    # ("appointed three new board members:": each is a board member)
    lead = _Lead(_COUNTED_NEW.sub("", lead.role), lead.organisation, lead.post_of)
    entries = []
    for start, end in zip(starts, [*(join for _, join in joins[1:]), len(rest)], strict=True):
        written = _INLINE_END.sub("", rest[start:end])
        entry = _list_entry(written, lead)
        if entry is None and lead.role and (named := people_in(written)) and named[0].start == 0:
            # "⟨P⟩, who will chair it": an entry with a clause of its own holds the lead-in's post
            entry = _Found(named[0], lead.role, lead.organisation, 2)
        if entry is None:
            return []
        entries.append(entry)
    return entries


def _lead(text: str) -> _Lead:
    m = rel.LIST_LEAD_IN.search(text)
    body = m.group("body") if m is not None else None
    if body:
        body = re.sub(r"^(?:the|a|an)\s+", "", body.strip().rstrip(":—").strip(), flags=re.IGNORECASE)
        body = _TERM_AFTER_BODY.split(body, 1)[0].rstrip(" ,")
    board = m is not None and bool(m.group("board"))
    role = f"member of the board of {body}" if body and board else (f"member of {body}" if body else "")
    post = rel.LEAD_POST.search(text) if not role or "ppointment" in text else None
    if post is not None and post.group("post9"):
        # "the appointment of three new magistrates to the Magistrates' Court:": each holds the post
        role = _singular(post.group("post9"))
    elif not role and post is not None:
        role = _singular(next((title for title in post.groups() if title), ""))
    if not role and _ON_THE_BOARD.search(text):
        role = "board member"  # "Joining him on the board are:"
    if not role and (counted := _COUNTED_SEATS.search(text)) is not None:
        # "Three directors were also appointed to the authority's founding board:": each is a director
        role = _singular(counted.group("seats").lower())
    if not role and m is not None and _FRONTED_PASSIVE.match(m.group(0)):
        role = "member"  # "Appointed to four-year terms were:": seats on the body the article fills
    post_of = "Minister" if re.search(r"\bministers\b", text, re.IGNORECASE) else ""
    return _Lead(role, body or None, post_of)


# The term after the body a list is appointed to: "... Organisation for a period of three years
# with effect from 1st April, 2025".
_TERM_AFTER_BODY = lazy(
    r",?\s+(?:for\s+(?:a\s+)?(?:(?:period|term)\s+of\b|(?:\w+|\d+)[\s-]+years?\b)|with\s+effect\s+from\b"
    r"|(?:with\s+)?effective\s+(?:from\s+)?\b|from\s+\d|until\b|(?<=,\s)(?:following|after)\b)",
    re.IGNORECASE,
)
_ON_THE_BOARD = lazy(r"\b(?:on|to)\s+the\s+board\b", re.IGNORECASE)
_COUNTED_SEATS = lazy(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:new\s+|additional\s+)?"
    r"(?P<seats>directors|members|commissioners|trustees|governors)\b",
    re.IGNORECASE,
)
_FRONTED_PASSIVE = lazy(r"\W*(?:Appointed|Reappointed|Named|Nominated)\s")


def _singular(post: str) -> str:
    """'Non-Executive Members' -> 'Non-Executive Member': each entry holds one post
    ('justices of the peace' -> 'justice of the peace')."""
    post = post.strip()
    if " of " in post:
        head, complement = post.split(" of ", 1)
        return f"{_singular(head)} of {complement}"
    if post.endswith("ies"):
        return post[:-3] + "y"  # "Permanent Secretaries"
    return re.sub(r"(?<=[a-rt-z])s$", "", post)


def _composition(text: str) -> list[_Found]:
    """The members a board's membership lists, "Name - post" or "Post: Name" entries
    separated by semicolons; none unless every entry reads so (a sentence that only
    looks like one is no membership)."""
    entries = [entry for entry in re.split(r";\s*", text.strip().rstrip(".")) if entry.strip()]
    found = []
    for entry in entries:
        entry = re.sub(r"^\s*and\s+", "", entry.strip())
        member = _post_first(entry) or _person_first(entry)
        if member is None:
            return []
        found.append(member)
    return found if len(found) >= 2 else []


def _post_first(entry: str) -> _Found | None:
    m = rel.COMPOSITION_POST_FIRST.match(entry)
    if m is None:
        return None
    people = people_in(entry[m.end() :])
    return _member(people[0], m.group("post")) if people and people[0].start == 0 else None


def _person_first(entry: str) -> _Found | None:
    people = people_in(entry)
    # (a rank may open the entry: "CP Adaeze Okonkwo, Commissioner of Police, ...")
    if not people or (people[0].start != 0 and not _TITLES_ONLY.fullmatch(entry, 0, people[0].start)):
        return None
    m = rel.COMPOSITION_PERSON_FIRST.match(entry, people[0].end)
    return _member(people[0], m.group("post") or m.group("post2")) if m is not None else None


def _member(person: Person, post: str) -> _Found | None:
    """A member of a board's membership in the post an entry writes, if it is a post."""
    role = post.strip()
    return _Found(person, role, organisation_of(role), 2) if has_title(role) else None


# The verb of a sentence that reports how someone took the list's news, which no entry holds.
_REACTION = lazy(r"\b(?:welcomed|welcomes|praised|congratulated|thanked|said|says)\b")


def _starts_with_person(text: str, post_of: str = "") -> bool:
    stripped = _LIST_MARK.sub("", text)
    people = people_in(stripped)
    return bool(people) and (
        people[0].start == 0 or _post_before_person(stripped, people[0], post_of) is not None
    )


# "Minister of Health: Ruth Kachingwe (moved from Education)": a list line that writes the post first.
# ("Deputy Chair - Dr ⟨P⟩, Senior Lecturer": a dash in the colon's place)
_POST_COLON = lazy(r"^(?P<post>[A-Z][^:⟨\n]{2,100}?)(?:\s*\([^()]{1,40}\))?\s*(?::|\s[-–—])\s+")


def _post_before_person(stripped: str, person: Person, post_of: str = "") -> str | None:
    """The post a list line writes before its person and a colon, if it does; in a list of
    ministers a portfolio alone is the minister's ("Finance: ⟨P⟩" -> "Minister of Finance")."""
    m = _POST_COLON.match(stripped)
    # (a rank or honorific may stand between the colon and the name: "Chairman: Senator ⟨P⟩")
    if m is None or (m.end() != person.start and not _TITLES_ONLY.fullmatch(stripped, m.end(), person.start)):
        return None
    post = m.group("post").strip()
    if post_of and not has_title(post) and len(post.split()) <= 6 and not _CLAUSE_WORDS.search(post):
        return f"{post_of} of {post}"
    # a post is a title of a few words ("Deputy Minister of Finance"), not a lead-in's clause
    return post if len(post.split()) <= 14 and has_title(post) and not _CLAUSE_WORDS.search(post) else None


_AND_START = lazy(r"^and\s+")
_SECTION_HEADING = lazy(
    r"(?:In|Under|At|Within|For)\s+(?:the\s+)?(?P<body>[A-Z][\w'’-]*(?:\s+[\w'’,&-]+){0,12})"
)
_ACRONYM_END = lazy(r"\s*\([A-Z][A-Za-z]{1,9}\)$")
_BODY_DASH = lazy(r"(?P<body>[A-Z][^–—⟨\n:]{2,100}?)\s+[–—]\s+")
_TITLES_ONLY = lazy(r"(?:[A-Z][A-Za-z]{1,8}\.?\s+){1,3}")
_CLAUSE_WORDS = lazy(r"\b(?:will|would|are|is|were|was|have|has|following)\b", re.IGNORECASE)


def _post_line(text: str, lead: _Lead) -> list[_Found]:
    """The entries of a list line that names a post, a colon, then its holders, a semicolon between
    them ("Members: ⟨P0⟩, an investor; ⟨P1⟩, a lecturer; and ⟨P2⟩, an engineer"): each holds the post,
    in the body the lead-in names."""
    head, colon, rest = _LIST_MARK.sub("", text).partition(":")
    head = head.strip()
    if not colon or ";" not in rest or len(head.split()) > 4 or not has_title(head):
        return []
    post = _Lead(_singular(head), lead.organisation)
    entries = (
        _list_entry(_AND_START.sub("", entry.strip()), post) for entry in rest.strip().rstrip(".").split(";")
    )
    return [entry for entry in entries if entry is not None]


# ("⟨P⟩, reappointed as chair"; "⟨P⟩, IRSME, as General Manager, Northern Railway": the post after "as")
_APPOINTED_AS = lazy(r"^(?:(?:re-?)?appointed\s+(?:as\s+)?|as\s+)", re.IGNORECASE)


def _body_line(text: str) -> list[_Found]:
    """The entries of a list line that names a body, a colon, then its appointees ("Hydro Board:
    ⟨P0⟩, reappointed as chair; ⟨P1⟩, member."): each a member of the body unless it says more."""
    head, colon, rest = _LIST_MARK.sub("", text).partition(":")
    if not colon or not rest.strip() or _BODY_HEADING.fullmatch(head.strip()) is None:
        return []
    if has_title(head.split()[0]):
        return []  # "Director-General of the National Agency: ⟨P⟩": a post, then its holder
    lead = _Lead("member", head.strip())
    # ("⟨P0⟩ ..., as chair; and ⟨P1⟩ ..., as vice chair": the last entry may open with "and")
    entries = (
        _list_entry(_AND_START.sub("", entry.strip()), lead) for entry in rest.strip().rstrip(".").split(";")
    )
    return [entry for entry in entries if entry is not None]


def _list_entry(text: str, lead: _Lead) -> _Found | None:
    """One entry of a list of appointments: a person, and the post when the entry writes it.

    A bullet may hold only a name (the post is the lead-in's); a plain line needs
    its post ("Jo Bell MP as Minister for Housing")."""
    marked = _LIST_MARK.match(text)
    stripped = text[marked.end() :] if marked else text
    if "(" in stripped or ", " in stripped or " and" in stripped:
        stripped = _ENTRY_NOTES.sub("", stripped)
    people = people_in(stripped)
    if people and people[0].start > 0 and _TITLES_ONLY.fullmatch(stripped, 0, people[0].start):
        # "1. COP Samuel Ade - Director-General": a rank before the person opens the entry
        stripped = stripped[people[0].start :]
        people = people_in(stripped)
    if people and people[0].start == 0 and (joins := _ENTRY_JOINS.match(stripped, people[0].end)):
        # "Ana Ruiz, of Hood Falls, to the Oregon Board of Pharmacy for a term expiring ...": a
        # governor's list names each member's board in the entry
        joined_as = clean_role(joins.group("post")) if joins.group("post") else lead.role or "member"
        return _Found(people[0], joined_as, joins.group("body").strip(), 2)
    if people and people[0].start == 0 and lead.role and _ENTRY_BIOGRAPHY.match(stripped, people[0].end):
        # "Marisol Ferreira will preside in the Toronto Region.": an entry written as a paragraph
        # about the person holds the post its lead-in names
        return _Found(people[0], lead.role, lead.organisation, 2)
    if people and people[0].start == 0 and lead.role and _DESCRIBED_WHO.fullmatch(stripped, people[0].end):
        # "Rosa Dalby-Kim, president of the X Council, who began her career as ...": a biography under a
        # lead-in that names the post
        return _Found(people[0], lead.role, lead.organisation, 2)
    if people and people[0].start == 0 and _ENTRY_ASIDE.match(stripped, people[0].end):
        # "Thomas Reed, of Prince Albert, Saskatchewan": the post is the lead-in's (a place in the
        # aside may read as a second person), unless the entry ends with its own ("..., as chair"),
        # which it must when the lead-in names none ("The governor today appointed:")
        ending = _AS_POST_END.search(stripped, people[0].end)
        post = ending.group("post") if ending is not None and has_title(ending.group("post")) else None
        if post or lead.role:
            return _Found(people[0], clean_role(post) if post else lead.role, lead.organisation, 2)
    if people and people[0].start != 0 and (post := _post_before_person(stripped, people[0], lead.post_of)):
        # (the post's own body first, unless it only says "the Ministry": the heading's is named)
        posts_body = organisation_of(post)
        held_in = (
            posts_body if posts_body and (" " in posts_body or not lead.organisation) else lead.organisation
        )
        return _Found(people[0], clean_role(post), held_in, 2)
    if people and people[0].start != 0 and lead.role and (body := _BODY_DASH.match(stripped)):
        # "University of Ghana – Professor ⟨P⟩" under "The chairpersons are:": the post the lead-in
        # names, of the body the line opens with
        between = stripped[body.end() : people[0].start]
        if not between or _TITLES_ONLY.fullmatch(between):
            return _Found(people[0], lead.role, body.group("body"), 2)
    if not people or people[0].start != 0:
        return None
    # (after a dash, capitalised words are the post's: "⟨P⟩ – Fisheries, Animal Husbandry and Dairying")
    posted = len(people) == 1 or _DASH_AFTER.match(stripped, people[0].end) is not None
    rest = _ENTRY_REST.fullmatch(stripped, people[0].end) if posted else None
    if rest is None:
        # "a) Dr Ravi Nair, Chief Technology Officer, a chip maker;": a marked entry that
        # describes the person after a comma holds the post its lead-in names.
        if (
            lead.role
            and stripped.startswith(",", people[0].end)
            and (marked or _JOB_AND_EMPLOYER.fullmatch(stripped, people[0].end))
        ):
            # (unmarked too when the line is only a job and its employer, the employer read as a
            # person: "Mr ⟨P⟩, Chief Executive Officer, Kallang Freight" under "Reappointed member")
            return _Found(people[0], lead.role, lead.organisation, 2)
        return None
    then = rest.group("then")
    entry_body = None
    if then is None:
        written = next(
            (
                rest.group(g)
                for g in ("to_be", "paren", "comma", "as_role", "dash", "colon", "last", "as_post")
                if rest.group(g)
            ),
            None,
        )
    elif has_title(then) and not _FORMER.match(then):
        written = then  # "⟨P⟩, Antigonish, chair": the post comes last
    elif lead.role and rest.group("comma") and _same_post(rest.group("comma"), lead.role):
        # "⟨P⟩, Permanent Secretary, Ministry of Works" under "The new Permanent Secretaries are:":
        # the post the lead-in names, then the body it is held in
        written = rest.group("comma")
        entry_body = then.strip() if then[:1].isupper() else None
    elif (
        not lead.role
        and rest.group("comma")
        and has_title(rest.group("comma"))
        and not _FORMER.match(rest.group("comma"))
        and then[:1].isupper()
    ):
        # "⟨P⟩, Permanent Secretary, Department for Skills and Work" under "The appointments are:": a
        # lead-in that names no post leaves the entry's own post, then the body it is held in
        written = rest.group("comma")
        entry_body = then.strip()
    else:
        # "⟨P⟩ (chair), former Mayor of X": the post in brackets; "⟨P⟩, Chief Operating Officer, a
        # shipping line": the person's own job, and the post is the lead-in's
        written = rest.group("paren")
    if (
        not written
        and not marked
        and not (lead.role and stripped[people[0].end :].strip(" .;,") == "")
        # ("⟨P⟩, Partner, Chua & Rahman LLP" under "New members": who the person is; the post is the lead's)
        and not (lead.role and rest.group("comma") and then and then[:1].isupper())
    ):
        return None  # (a line that is only a name, after a lead-in that gives the post, is an entry)
    if written and _STAYS_IN_POST.match(written):
        return None  # "⟨P⟩ MP – remains as Minister of State": already in post
    if written:
        written = _APPOINTED_AS.sub("", written)  # "⟨P⟩, reappointed as chair": the post is "chair"
    if written and not has_title(written) and lead.role and marked:
        written = None  # "⟨P⟩, Curtin University": who the person is; the post is the lead-in's
    # (a name alone under a body's heading is a member of it, and so is a marked entry that only
    # says who the person is under a lead-in that names no post: "the Minister has appointed:")
    role = clean_role(written) if written else (lead.role or ("member" if marked else ""))
    if not role:
        return None
    organisation = lead.organisation or entry_body or organisation_of(role)
    return _Found(people[0], role, organisation, 2)


_JOB_AND_EMPLOYER = lazy(r",\s+[A-Z][^,;:⟨]{1,60},\s+[A-Z][^;:⟨]{1,100}?[.;]?\s*")
# A person described, then a clause of their career: ", president of the X Council, who began her career".
_DESCRIBED_WHO = lazy(r",\s+(?:an?\s+|the\s+)?[a-z][^;:⟨]{1,120}?,\s+who\s+[^⟨]{3,200}?[.;]?\s*")


def _same_post(written: str, role: str) -> bool:
    """The post an entry writes is the one its lead-in names ("Permanent Secretary", "Permanent
    Secretaries"), whatever the case."""
    return written.strip().lower().rstrip("s") == role.strip().lower().rstrip("s")


# A sentence is read only with an anchor word or a word of a post (see _may_appoint): most
# sentences hold neither, which one set test over the union tells.
# A gazette's lead-in that ends with its verb and a dash; the names follow on their own lines,
# then "to be members of the X Board" (the post), as the Kenya Gazette writes a notice.
_APPOINTS_DASH = lazy(r"\b(?:appoints?|nominates?|designates?)\s*[—–-]\s*$")
_TO_BE_POST = lazy(
    r"^\s*to\s+be\s+(?:the\s+|a\s+)?(?P<post>(?:[\w-]+\s+){0,3}?(?:members?|directors?|trustees?|commissioners?"
    r"|chairpersons?|chairs?))\s+of\s+(?:the\s+)?(?P<body>[^,;.]{3,120})",
    re.IGNORECASE,
)
# A line that is only a name with a degree or its post in brackets: "⟨name⟩ (Dr.) - (Chairperson),".
_BARE_NAME_REST = lazy(
    r"\s*(?:\((?:Dr|Prof|Eng|Amb|Rtd|Retd|Mrs?|Ms)\.?\))?\s*(?:[-–—]\s*)?(?:\((?P<post>[^()]{2,40})\))?"
    r"\s*[,;.]?\s*(?:and)?\s*$"
)


def _gazetted_names(text: str) -> list[tuple[Person, str]] | None:
    """The names of a sentence that is only names, one a line (with a post in brackets, if any)."""
    names = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        people = people_in(line)
        if len(people) != 1 or line[: people[0].start].strip():
            return None
        rest = _BARE_NAME_REST.fullmatch(line, people[0].end)
        if rest is None:
            return None
        names.append((people[0], (rest.group("post") or "").strip()))
    return names or None


def _closing_post(closing: re.Match[str]) -> tuple[str, str]:
    """The post and body of "to be members of the Board of Directors of the X Authority"."""
    body = closing.group("body").strip()
    post = _singular(closing.group("post").strip().lower())
    return f"{post} of the {body}", body


def _table_row(sentence: Sentence, row: TableRow) -> list[_Found]:
    """The person in the row's column of names, in the post the row or its header gives."""
    for person in people_in(sentence.text):
        if row.name_start <= sentence.start + person.start < row.name_end:
            return [_Found(person, row.role, row.organisation, 2)]
    return []


_LEAD_ENDS = frozenset(":—–-")
_ENTRIES = lazy(rel.PLIST_ENTRIES)
# A transcript's speaker label before what they say: "Ms Achterberg: The minister has appointed ...",
# "Q14 Joanna Lisle: Forgive me, but ...". A post after a name and a colon ("Jo Bell: Minister for
# Skills") is no speech: only a sentence's opening word (a pronoun, determiner, question word or
# interjection) marks the name as its speaker.
_SPEAKER_LABEL = lazy(
    r"^\s*(?:Q\d+\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*:\s+(?=(?:The|I|I'm|We|Our|My|This|That|These"
    r"|Those|It|Its|There|Yes|No|Thank|Thanks|Can|Could|Will|Would|What|Why|How|When|Where|Which|Who|Does|Do|Did"
    r"|Is|Are|Was|Has|Have|Forgive|Of|In|On|At|So|But|And|Well|Let|May|Order|Surely|If|As|Firstly|First"
    r"|Again|Indeed|Absolutely|Certainly|Perhaps|Sorry|Just|Hon|Honourable|Minister,)\b)"
)


# A short sentence on the terms of the people a list names, ending in its colon ("Each will serve a
# five-year term:", "All three take up their posts on 1 March:").
_TERMS_LINE = lazy(r"^(?:Each|All|They|Both|The\s+appointments?)\b[^⟨:;]{0,80}:\s*$")
_WHICH_CLAUSE = lazy(r",\s+(?:which|who)\s+[^,;:]*$")


def _lead_before(sentence: Sentence) -> str | None:
    """The sentence as a lead-in (its relative clause cut, a colon for its full stop), if it reads as one."""
    text = _WHICH_CLAUSE.sub("", sentence.text.rstrip().rstrip("."))
    joined = text + ":"
    return joined if rel.LIST_LEAD_IN.search(joined) else None


_FOLLOWING_APPOINTMENTS = lazy(
    r"\b(?:announced|made|approved|confirmed)\s+the\s+following\s+(?:[\w-]+\s+){0,2}?(?:appointments|reappointments"
    r"|nominations)\b[^.:;]{0,80}\.\s*$",
    re.IGNORECASE,
)


def _ends_lead_in(text: str) -> bool:
    """A colon or a dash at the end of the sentence ("...:", "...:—", "...2025—")."""
    end = text.rstrip()
    return end.endswith((":", "—")) or end.rstrip("—–-").endswith(":")


_COURT_WORDS = frozenset(("court", "tribunal"))
_GATE_WORDS = (
    rel.ANCHOR_WORDS
    | rel.ANCHOR_PHRASE_WORDS
    | rel.POST_PHRASE_WORDS
    | lex.ROLE_WORDS
    | _COURT_WORDS
    | {"direct"}
)


# Verbs of a post that are no title words ("will lead", "will run", "to join").
_POST_VERBS = frozenset(("lead", "run", "join", "direct", "command"))


# "⟨P⟩, who has led X since 2021,": the post a reappointed person holds, read from the aside.
_LED_SINCE = lazy(r",\s+who\s+(?:has|had)\s+(?P<verb>led|headed|chaired|run|directed)\b")


def _may_appoint(text: str, words: frozenset[str]) -> bool:
    """Cheap test first (the sentence's ``words``), then the anchor pattern on the sentence only."""
    if _GATE_WORDS.isdisjoint(words):
        return False
    if not rel.ANCHOR_WORDS.isdisjoint(words):
        return True
    if not rel.ANCHOR_PHRASE_WORDS.isdisjoint(words) and rel.ANCHOR_PHRASE.search(text):
        return True
    if not rel.POST_PHRASE_WORDS.isdisjoint(words) and rel.ANCHOR_PHRASE.search(text):
        return True  # "Leading it will be ⟨P⟩", "take up their posts on 1 May:"
    if not _POST_VERBS.isdisjoint(words) and rel.anchored(text, words):
        return True  # "⟨P⟩ will run it": a modal before a verb of a post, with no title written
    if ("–" in text or "—" in text) and not _COURT_WORDS.isdisjoint(words):
        return True  # a judicial appointment's line: "⟨P⟩ – Circuit Court, 20th Judicial District"
    if lex.ROLE_WORDS.isdisjoint(words):
        return False
    if "–" in text or "—" in text:
        return True  # a list line: "⟨P⟩ – Minister of State at ..."
    if rel.ANCHOR_WEAK_WORDS.isdisjoint(words):
        return False
    return rel.anchored(text, words)


def _body(article: ArticleText) -> str:
    """The text without a headline line at its top (headlines shorten names)."""
    first, _, rest = article.text.partition("\n")
    return rest if rest and not first.rstrip().endswith((".", "!", "?", '"', "”")) else article.text


def _is_headline(sentence: Sentence, article: ArticleText) -> bool:
    """The title repeated at the top of the text, or a first line without a full stop."""
    text = sentence.text.strip()
    return text == article.title.strip() or (
        sentence.start == 0 and not text.endswith((".", "!", "?", '"', "”"))
    )


def _reported_name(person: Person, index: dict[str, str], styles: Counter[str]) -> str:
    """The person's full name as the document gives it; a style ("Sir", "Dame") is kept
    when the document writes the styled name more than once, as part of the name."""
    name = resolve(person.name, index)
    parts = name.split()
    if parts and parts[0] in lex.STYLES:
        return name
    style = person.styled or next((s for s in lex.STYLES if styles[f"{s} {parts[0]} {parts[-1]}"]), "")
    if style and len(parts) >= 2 and styles[f"{style} {parts[0]} {parts[-1]}"] >= 2:
        return f"{style} {name}"
    return name


def _in_sentence(
    masked: str,
    people: list[Person],
    sentence: Sentence,
    words: frozenset[str],
    year: int | None,
    rejections: Rejections,
    facts: _ArticleFacts,
) -> list[_Found]:
    """The appointments of one sentence. ``facts``: what the article says once for all its
    sentences (see :class:`_ArticleFacts`)."""
    # people already in post, and the predecessors someone succeeds: never appointed here
    stays: set[int] = set()
    for pattern, needed, not_appointed in (
        (rel.STAYS, rel.STAYS_WORDS, IN_POST),
        (rel.PREDECESSOR, rel.PREDECESSOR_WORDS, LEAVING),
    ):
        if needed.isdisjoint(words):
            continue  # (the cheap test of the words the pattern needs)
        for i in {i for m in pattern.finditer(masked) for i in _indexes(m.group("who"))}:
            _reject(rejections, not_appointed, sentence, people[i])
            stays.add(i)
    found: dict[int, _Found] = {}
    for relation in _relations(masked, _Unmask(sentence.text, people), words):
        for i in relation.people:
            if i in stays:
                continue
            person = people[i]
            reason = _not_made_here(masked, relation, year) or _private(masked, relation)
            role = _seat_on(relation.role) or (facts.seat() if rel.OBJECT_WORDS & words else "")
            if _THE_POST.fullmatch(role) and (named_post := facts.named_post()):
                role = named_post  # "has been appointed to the role": the post the article named before
            if reason is None and (
                not role
                or (relation.priority and not has_title(role) and not _post_acronym(role, facts.text))
            ):
                reason = NO_TITLE
            if reason is not None:
                _reject(rejections, reason, sentence, person)
                continue
            org = organisation_of(role) or subject_organisation(masked[: relation.start])
            item = _Found(person, role, org, relation.priority)
            if i not in found or item.priority > found[i].priority:
                found[i] = item
    return list(found.values())


class _ArticleFacts:
    """What the article says once for all its sentences, each read on first use (most articles
    have no relation that needs them, and each is a scan of the whole text).

    ``seat()``: the post the article says it fills by number ("the appointment of three new
    members to its board"), for people appointed with none written; ``named_post()``: the post it
    names as new, for "appointed to the role"; ``text``: the article's text, whose acronyms for
    posts name a post without a title word ("posted as RPO Sargodha")."""

    __slots__ = ("_named_post", "_seat", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._seat: str | None = None
        self._named_post: str | None = None

    def seat(self) -> str:
        if self._seat is None:
            self._seat = _seat_announced(self.text)
        return self._seat

    def named_post(self) -> str:
        if self._named_post is None:
            self._named_post = _post_named(self.text)
        return self._named_post


# An acronym in brackets after the post it stands for ("capital city police officer (CCPO)"), and an
# acronym counted in the plural ("the new RPOs"): the article uses it for a post.
_DEFINED_ACRONYM = lazy(r"\((?P<acronym>[A-Z]{2,6})\)")
_PLURAL_ACRONYM = lazy(r"\b(?P<acronym>[A-Z]{2,6})s\b")


# "has been appointed to the role": a post named only by the article's earlier words.
_THE_POST = lazy(r"(?:(?:the|this|that)\s+)?(?:new\s+)?(?:role|post|position|job)", re.IGNORECASE)
# "a new post of Chief Planner for New Towns", "the newly created role of Chief Nurse"
# ("We will appoint a Chief Planner for New Towns": the post, written with capitals)
_NEW_POST_OF = lazy(
    r"\b(?:(?:new|newly\s+created|new\s+statutory)\s+(?:post|role|position|office)\s+of|(?:appoint|recruit"
    r"|create)\s+(?:a|an)(?:\s+new)?)\s+"
    r"(?P<post>(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:of|for|and|the|on|&)\s+)*(?-i:[A-Z])[\w'’-]*){0,8})"
    # "Carrigmore County Council has a new chief executive, after ⟨P⟩ was appointed to the role": the post
    # the body has anew, in any case
    r"|\b(?:has|have|gets|will\s+have)\s+a\s+new\s+(?P<held>(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s*[,.;])"
)


def _post_named(text: str) -> str:
    """The post the article names as new ("a new post of Chief Planner for New Towns", "will appoint a
    Chief Planner"), or ""."""
    for m in _NEW_POST_OF.finditer(text):
        post = m.group("post") or m.group("held")
        if has_title(post):
            return post
    return ""


@lru_cache(maxsize=16)
def post_acronyms(text: str) -> frozenset[str]:
    """The acronyms ``text`` uses for posts: defined after a title word (among the four words before
    the bracket), or counted in the plural."""
    defined = {
        m["acronym"]
        for m in _DEFINED_ACRONYM.finditer(text)
        if has_title(" ".join(text[max(0, m.start() - 60) : m.start()].split()[-4:]))
    }
    counted = {m["acronym"] for m in _PLURAL_ACRONYM.finditer(text)}
    return frozenset(defined | counted)


def _post_acronym(role: str, document: str) -> bool:
    """Whether a role opens with an acronym the article uses for a post ("RPO Sargodha", "the CCPO
    for Lahore"): the article is read for its acronyms only for such a role."""
    words = [w for w in role.split()[:2] if w.isupper() and w.isalpha() and 2 <= len(w) <= 6]
    return bool(words) and any(w in post_acronyms(document) for w in words)


# A body whose members hold seats: "appointed to the State Board of Forestry" makes a member of it.
_SEAT_BODY = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?)+"
    r"(?:Board|Council|Committee|Commission|Panel|Tribunal|Authority|Court(?:\s+of\s+Appeals?)?)"
    r"(?:\s+(?:of|for|on)\s+[A-Z][\w'’&\s-]*)?$"
)


def _seat_on(role: str) -> str:
    """The post of someone appointed to a body named without a post ("the X Board": a member of it)."""
    if role and _A_SEAT.match(role):
        return "member"  # "appointed to the seat representing physicians": a member's seat on the board
    if role and (board := _BOARD_OF.match(role)) is not None:
        # "appointed to the board of the Burralong Hospital and Health Service": a member of its board
        return f"member of the board of {board.group('body')}"
    if role and not has_title(role):
        # ("the Planning Commission to fill the District 3 vacancy": the seat's purpose follows)
        body = _SEAT_PURPOSE.sub("", role)
        if _SEAT_BODY.match(body):
            return "member of the " + body.removeprefix("the ")
    return role


# What a seat is filled for, after the body: "to fill the District 3 vacancy", "to replace X".
# ("the EMS Board in the seat reserved for a fire service representative": which of its seats)
_SEAT_PURPOSE = lazy(r"\s+(?:to\s+(?:fill|replace|succeed|serve)|for\s+a\s+term|in\s+the\s+seat)\b.*$")


# Who the person is, between commas after the name: "⟨P⟩, a former chief executive of a listed
# construction company, has been appointed deputy chair" (a past job, not the post's company).
_WHO_APPOSITION = lazy(r"(⟨P\d+⟩),\s+(?:a|an|who|formerly|former|previously)\b[^,;.⟨]{0,140},")


def _blank_aside(aside: re.Match[str]) -> str:
    """The person of an aside, with the aside blanked to spaces (offsets stay)."""
    return aside.group(1) + " " * (len(aside.group(0)) - len(aside.group(1)))


def _private(masked: str, relation: _Relation) -> str | None:
    """PRIVATE_POST when a company fills the post or holds it (see ``PRIVATE_APPOINTER``)."""
    if "," in masked:
        # (blanked in the whole sentence, so that the clause never starts inside another person's
        # aside: "⟨P0⟩, a former director of a private equity firm, has been appointed as its chair,
        # with ⟨P1⟩ and ⟨P2⟩ appointed as independent members")
        masked = _WHO_APPOSITION.sub(_blank_aside, masked)
    clause = masked[max(0, relation.start - 80) : relation.end + 80]
    if rel.PRIVATE_APPOINTER.search(clause) or rel.PRIVATE_APPOINTER.search(relation.role):
        return PRIVATE_POST
    return None


def _not_made_here(masked: str, relation: _Relation, year: int | None) -> str | None:
    """Why the relation is not an appointment made by this announcement, or None.

    Hedges are read around the relation; past time after the cue, to the end
    of its clause: a year before publication, or "last year", "previously".
    """
    after = masked[relation.end : relation.end + 40]
    # (", which is expected to be operational by July" hedges the thing, not the appointment)
    after = after.split(", which", 1)[0]
    window = masked[max(0, relation.start - 60) : relation.end] + after
    if rel.HEDGE.search(window):
        return HEDGED
    if ("appointment" in window or "nomination" in window) and rel.REVOKED.search(window):
        return REVOKED
    if _PAST_LEAD.search(masked, max(0, relation.start - 40), relation.start):
        return PAST  # "The President previously announced the nomination of ⟨P⟩ as"
    if "serv" in masked[relation.start : relation.end] and _IN_POST_AUX.search(relation.aux_before):
        return PAST  # "Her predecessor, ⟨P⟩, now serves as Secretary of State": a post held already
    clause_end = _CLAUSE_END.search(masked, relation.end)
    clause = masked[relation.end : clause_end.start() if clause_end else len(masked)]
    for m in rel.PAST_TIME.finditer(clause):
        if m.group(1) is None or (year is not None and int(m.group(1)) < year):
            return PAST
    return None


# The person who opens each entry of a list split by semicolons.
_ENTRY_FIRST = lazy(r"(?:^|;\s*(?:and\s+)?)⟨P(\d+)⟩")
# "the appointment of three new members to its board", "has named two new directors": the seats the
# article fills, by number.
_SEATS_COUNTED = lazy(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:new|additional)\s+"
    r"(?P<seat>members|directors|trustees|commissioners|governors|board\s+members|non-executive\s+directors)\b",
    re.IGNORECASE,
)


def _seat_announced(text: str) -> str:
    """The seat the article fills by number ("three new members to its board": "member"), or ""."""
    m = _SEATS_COUNTED.search(text) if " new " in text or "additional" in text else None
    return _singular(m.group("seat").lower()) if m else ""


# What makes "among the directors" a list of appointees: the sentence appoints or chairs.
_AMONG_CONTEXT = lazy(
    r"\b(?:new|founding|first|incoming|appoint\w*|nam(?:ed|es)|will\s+chair|to\s+chair|join\w*)\b"
)
# A past adverb right before the relation's verb or noun.
_PAST_LEAD = lazy(r"\b(?:previously|earlier)\s+(?:[a-z]+\s+){0,2}$")
# "⟨P⟩ now serves as", "currently serves as": the words before the cue say the post is held.
_IN_POST_AUX = lazy(r"\b(?:now|currently|already|still)\s*$")


def _indexes(who: str) -> list[int]:
    return [int(m.group(1)) for m in _PLACEHOLDER.finditer(who)]


# (a descriptor may stand before the next person: "as chair and former principal ⟨P1⟩ as ...")
_NEXT_IN_LIST = lazy(r"(?:,\s*|\band\s+|;\s*)(?:(?:[\w'’.-]+\s+){0,5}?(?=⟨P\d+⟩ as\b))?(?=⟨P\d+⟩)")


class _Unmask:
    """Reads posts out of a masked sentence in the words of the original.

    A post ends where a list of people goes on ("as chair, and ⟨P1⟩ as ...");
    any other placeholder inside it was a capitalised name read as a person
    ("the new post of ⟨P1⟩ and Accountability Director") and is written back.
    """

    def __init__(self, text: str, people: list[Person]) -> None:
        self.text = text
        self.people = people

    def __call__(self, masked: str) -> str:
        return _PLACEHOLDER.sub(
            lambda m: self.text[self.people[int(m.group(1))].start : self.people[int(m.group(1))].end], masked
        )

    def role_after(self, masked: str, at: int, verb: str = "as") -> str:
        following = _NEXT_IN_LIST.search(masked, at)
        return clean_role(self(masked[at : following.start() if following else len(masked)]), verb=verb)

    def role(self, phrase: str, verb: str = "as") -> str:
        return clean_role(self(phrase), verb=verb)


def _title_before(masked: str, at: int, unmask: _Unmask) -> str:
    m = _TITLE_BEFORE.search(masked[max(0, at - 80) : at])
    return unmask.role(m.group("title")) if m else ""


_LINE_START = lazy(r"[ \t•*–-]*(?:[\w.'’-]+\s+){0,4}⟨")
# LIST_AFTER needs a passive appointing verb right before a colon: a literal scan finds that far
# faster than the rule, which tries every word as the start of its post.
_PASSIVE_COLON = lazy(
    r"(?:appointed|named|confirmed|chosen|selected)(?:\s+by\s[^:;⟨]{1,60}?)?"
    r"(?:\s+(?:following|after|through|via|under)\s[^:;⟨]{1,160}?)?\s*:"
)
_RESHUFFLE = lazy(
    r"(?:succeed|replac|mov(?:es|ing|e)\b|is\s+moving|will\s+move|takes?\s+over\s+(?:at|in)\b|takes?\s+over$"
    r"|took\s+over|taking\s+over)"
)
_TERM_NEEDLES = ("appoint", "extend")
_REAPPOINTED_NEEDLES = (
    "reappointed",
    "re-appointed",
    "elected",
    "confirmed",
    "reappointment",
    "re-appointment",
)
_ROLE_VERB_NEEDLES = ("chair", "head", "lead", "run", "join", "direct", "command")
_ASKED_BEFORE = lazy(r"\b(?:asked|invited|commissioned|appointed|chosen|tasked)\s+$")
_HELM_NEEDLES = ("helm", "charge", "command")
# A military formation referred back to ("command of the brigade"): a post of command, as a named one is.
_FORMATION = lazy(
    r"(?:the|its)\s+(?:new\s+)?(?:brigade|squadron|regiment|battalion|wing|division|fleet|flotilla|formation"
    r"|task\s+(?:force|group)|garrison)\b",
    re.IGNORECASE,
)


def _any(text: str, needles: tuple[str, ...]) -> bool:
    for needle in needles:  # noqa: SIM110 - a plain loop: any() over a generator costs more
        if needle in text:
            return True
    return False


def _relations(masked: str, unmask: _Unmask, words: frozenset[str]) -> Iterator[_Relation]:
    """Every relation rule's matches in the masked sentence, then the second appointees that
    follow one ("... as chair and ⟨P1⟩ as deputy chair", "chaired by ⟨P0⟩, with ⟨P1⟩ as deputy")."""
    first_end = None
    for relation in _rule_relations(masked, unmask, words):
        first_end = relation.end if first_end is None else min(first_end, relation.end)
        yield relation
    if first_end is None or " as " not in masked[first_end:]:
        return
    for more in rel.AND_AS.finditer(masked, first_end):
        role = unmask.role_after(masked, more.end())
        role = _singular(role) if role.endswith("members") else role  # "⟨P1⟩ and ⟨P2⟩ as members"
        yield _Relation(tuple(_indexes(more.group("who"))), role, 2, more.start(), more.end())


_BOARD_OF = lazy(
    r"(?:the\s+)?board\s+of\s+(?P<body>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w'’&-]*))*)$"
)
_A_SEAT = lazy(r"(?:the\s+|a\s+)?(?:[\w-]+\s+)?seat\s+(?:representing|reserved|held|for|of)\b", re.IGNORECASE)


def _linked_role(masked: str, m: re.Match[str], unmask: _Unmask) -> str:
    """The post written after a relation's link: appointed "to" a body with no title is a
    member of it ("appointed ⟨P⟩ to the state's Review Board")."""
    link = m.group("link")
    role = unmask.role_after(masked, m.end())
    if (
        role
        and link.startswith("to")
        and not link.startswith(("to be", "to serve", "to act"))
        and not has_title(role)
    ):
        return f"member of {role}"
    return role


_WITH_BEFORE = lazy(r"\bwith\s+$")


def _rule_relations(masked: str, unmask: _Unmask, words: frozenset[str]) -> Iterator[_Relation]:
    """Every relation rule's matches in the masked sentence.

    Each rule runs only when a word it needs is written (a cheap test on the
    lower-cased sentence or on its ``words``, see ``appointment_rules.SUBJECT_WORDS``),
    so that most sentences cost a few substring tests.
    """
    low = masked.lower()
    for m in rel.OBJECT.finditer(masked) if not rel.OBJECT_WORDS.isdisjoint(words) else ():
        who = _indexes(m.group("who"))
        role = _linked_role(masked, m, unmask)
        if role.startswith("and "):
            continue  # "named ⟨P0⟩, an aside, and ⟨P1⟩ as co-chairs": a list (OBJECT_ASIDES reads it)
        if not role and not m.group("link").strip():
            if not m.group("link") and _COUNTED_BEFORE.search(masked, m.start(), m.start("who")):
                continue  # "selected across 16 Member ⟨P⟩.": a count of places, no title
            role = _title_before(masked, m.start("who"), unmask)
        yield _Relation(tuple(who), role, 2, m.start(), m.end())
    if " and " in masked and " as " in masked and not rel.OBJECT_WORDS.isdisjoint(words):
        for m in rel.OBJECT_ASIDES.finditer(masked):
            role = unmask.role_after(masked, m.end())
            role = _singular(role) if role.endswith("s") else role  # "as the council's co-chairs"
            yield _Relation(tuple(_indexes(m.group("who"))), role, 2, m.start(), m.end())
    term_rules = (
        *((rel.REAPPOINTED_TERM,) if _any(low, _TERM_NEEDLES) else ()),
        # (SUBJECT_REAPPOINTED only where its verb and term are written: see REAPPOINTED_TERM_TAIL)
        *(
            (rel.SUBJECT_REAPPOINTED,)
            if _any(masked, rel.REAPPOINTED_TERM_NEEDLES) and rel.REAPPOINTED_TERM_TAIL.search(masked)
            else ()
        ),
        *((rel.REAPPOINTMENT_OF,) if _any(low, _REAPPOINTED_NEEDLES) else ()),
    )
    for pattern in term_rules:
        for m in pattern.finditer(masked):
            title = unmask.role(m.group("title").strip().rstrip(",").strip())
            if not has_title(title):
                title = _title_before(masked, m.start("who"), unmask)
            # "has also reappointed ⟨P⟩ for a second three-year term": a seat kept, with no post
            # written, is a member's
            if not title and pattern is rel.REAPPOINTED_TERM:
                title = "member"
            if not title and (led := _LED_SINCE.match(masked, m.end("who"))) is not None:
                # "⟨P⟩, who has led X since 2021, has been reappointed": the post held again is the lead
                title = "chair" if led.group("verb").startswith("chair") else "head"
            reappointed = tuple(_indexes(m.group("who")))
            if len(reappointed) > 1 and title.endswith("s"):
                title = _singular(title)  # "commissioners ⟨P0⟩ and ⟨P1⟩": each a commissioner
            yield _Relation(reappointed, title, 2, m.start(), m.end())
    # (members named "among the directors" where the sentence appoints: a chair, "new", a verb)
    for m in rel.AMONG_MEMBERS.finditer(masked) if "among the" in low and _AMONG_CONTEXT.search(low) else ():
        yield _Relation(
            tuple(_indexes(m.group("who"))), _singular(unmask.role(m.group("title"))), 2, m.start(), m.end()
        )
    for m in rel.SEMICOLON_LIST.finditer(masked) if ";" in masked and rel.OBJECT_WORDS & words else ():
        # (the post is written elsewhere, or is a seat: see _in_sentence's ``seat``)
        entries = _ENTRY_FIRST.findall(m.group("who"))
        yield _Relation(tuple(int(i) for i in entries), "", 2, m.start(), m.end())
    for m in rel.ENTRY_AS.finditer(masked) if ":" in masked and " as " in masked else ():
        yield _Relation(
            tuple(_indexes(m.group("who"))), unmask.role_after(masked, m.end()), 2, m.start(), m.end()
        )
    for m in (
        rel.COUNTED_POSTS.finditer(masked) if " new " in low or "additional" in low or ": ⟨" in masked else ()
    ):
        yield _Relation(
            tuple(_indexes(m.group("who"))), _singular(unmask.role(m.group("title"))), 2, m.start(), m.end()
        )
    for m in rel.COUNTED_POSTS_LEAD.finditer(masked) if ": " in masked and " ⟨" in masked else ():
        # (as many people after the colon as the lead counts; not a place read as a name, "for Attica
        # and the ⟨P⟩")
        rest = masked[m.end() :]
        named = [
            int(p.group(1)) for p in _PLACEHOLDER.finditer(rest) if not rest[: p.start()].endswith("the ")
        ]
        filled = named[: parse_count(m.group("n")) or 0]
        yield _Relation(tuple(filled), _singular(unmask.role(m.group("title"))), 2, m.start(), len(masked))
    for m in rel.TERM_EXTENDED.finditer(masked) if "extend" in low or "extension" in low else ():
        post = m.group("post") or m.group("post2")
        slot = next(g for g in ("who", "who2", "who3") if m.group(g))
        written = (
            (m.group("title") or m.group("title2") or m.group("title3") or "").strip().rstrip(",").strip()
        )
        title = unmask.role(post) if post else unmask.role(written)
        if not has_title(title):
            title = _title_before(masked, m.start(slot), unmask)
        yield _Relation(tuple(_indexes(m.group(slot))), title, 2, m.start(), m.end())
    of_words = (
        "appointment" in low
        or "posting of" in low
        or "designation of" in low
        or "nomination of" in low
        or "choice of" in low
        or "selection of" in low
    )
    for m in rel.OTHERS_NAMED.finditer(masked) if masked.startswith("Others ") else ():
        yield _Relation(
            tuple(_indexes(m.group("who"))), f"member of the {m.group('body')}", 2, m.start(), m.end()
        )
    for m in rel.APPOINTMENT_OF.finditer(masked) if of_words else ():
        yield _Relation(
            tuple(_indexes(m.group("who"))), _linked_role(masked, m, unmask), 2, m.start(), m.end()
        )
    for m in rel.SUBJECT.finditer(masked) if rel.may_be_subject(words) else ():
        aux = masked[m.end("who") : m.start("cue")]
        # "⟨P⟩ announced that ...": an active verb; its subject appoints (or
        # speaks). Without a passive, a participle counts only in a headline
        # that names the post right after it ("⟨P⟩ named chief executive").
        active = m.group("participle") and not m.group("plink") and not rel.PASSIVE.search(aux)
        # "..., with ⟨P⟩ appointed to lead a new office": after "with" the participle is passive
        active = active and not _WITH_BEFORE.search(masked, 0, m.start())
        if active and not re.match(rel.TO_BE_ROLE, masked[m.end() :]):
            continue
        # A reshuffle names a department or portfolio, not a title ("succeeds X at the Treasury",
        # "moves to Foreign Affairs"): the post is read as written, without a title word.
        cue = m.group("cue")
        priority = 0 if _RESHUFFLE.match(cue) and not cue.endswith("as") else 2
        role = unmask.role_after(masked, m.end())
        if cue.endswith("charge of") and role and not has_title(role):
            # "given additional charge of the Squad", "given charge of the cell"
            role = f"head of {role}" + (" (additional charge)" if "additional" in cue else "")
        yield _Relation(
            tuple(_indexes(m.group("who"))),
            role,
            priority,
            m.start(),
            m.end(),
            aux,
        )
    for m in rel.TO_BE.finditer(masked) if " be " in low else ():
        aux = masked[m.end("who") : m.end()]
        yield _Relation(
            tuple(_indexes(m.group("who"))), unmask.role_after(masked, m.end()), 2, m.start(), m.end(), aux
        )
    for m in rel.ROLE_VERB.finditer(masked) if _any(low, _ROLE_VERB_NEEDLES) else ():
        # (to direct a body is to head it)
        verb = {"direct": "head"}.get(m.group("verb"), m.group("verb").replace("co-", ""))
        # ("I have asked ⟨P⟩ to lead an independent review": a review is a task, but one given to
        # someone by name is a post they are put in)
        if is_body(m.group("obj"), verb) or (
            verb == "lead" and _ASKED_BEFORE.search(masked, max(0, m.start("who") - 30), m.start("who"))
        ):
            written = (
                masked[m.start("verb") :] if m.group("verb") != "direct" else "head" + masked[m.end("verb") :]
            )
            role = unmask.role(written, verb=verb)
            aux = masked[m.end("who") : m.start("verb")]
            yield _Relation(tuple(_indexes(m.group("who"))), role, 1, m.start(), m.end(), aux)
    for m in rel.HELM.finditer(masked) if _any(low, _HELM_NEEDLES) else ():
        if is_body(m.group("obj"), "head"):
            role = unmask.role(masked[m.start("obj") :], verb="head")
            yield _Relation(tuple(_indexes(m.group("who"))), role, 1, m.start(), m.end())
        elif _FORMATION.match(m.group("obj")) is not None:
            # "⟨P⟩ will take command of the brigade at activation": the formation the article is about
            yield _Relation(tuple(_indexes(m.group("who"))), "commander", 1, m.start(), m.end())
    if " with " in low and rel.WITH_AS_CONTEXT.search(low):
        for m in rel.WITH_AS.finditer(masked):
            yield _Relation(
                tuple(_indexes(m.group("who"))), unmask.role_after(masked, m.end()), 2, m.start(), m.end()
            )
    if " with " in low and rel.CONSTITUTED.search(low):
        for m in rel.WITH_AS_MEMBER.finditer(masked):
            yield _Relation(
                tuple(_indexes(m.group("who"))), unmask.role_after(masked, m.end()), 2, m.start(), m.end()
            )
    if " by " in low:
        yield from _led_by(masked, unmask)
    yield from _joined_by(masked, unmask)
    aside = ", ⟨" in masked or ", the " in masked or ", a" in masked
    for m in rel.APPOSITION.finditer(masked) if aside and _apposition_may_appoint(masked, words) else ():
        after = masked[m.end() :]
        if (m.group("new") and not rel.SPEAKS.match(after)) or rel.TAKES_UP.search(after):
            yield _Relation(
                tuple(_indexes(m.group("who"))), unmask.role(m.group("role")), 2, m.start(), m.end()
            )
    for m in rel.FILLED_BY.finditer(masked) if "filled" in low else ():
        post = _POST_OF.sub("", m.group("post"))
        # "on an interim basis": the post is held as "interim chief inspector"
        acting = re.search(r"\b(?:acting|interim|temporary)\b", m.group("how") or "", re.IGNORECASE)
        role = f"{acting.group(0).lower()} {post}" if acting and "'" not in post and "’" not in post else post
        yield _Relation(tuple(_indexes(m.group("who"))), unmask.role(role), 0, m.start(), m.end())
    for m in rel.REPLACED_BY.finditer(masked) if "replaced" in low or "succeeded" in low else ():
        post = m.group("post")
        role = unmask.role(post) if post else ""
        yield _Relation(tuple(_indexes(m.group("who"))), role, 0, m.start(), m.end())
    for m in rel.NEWLY_APPOINTED.finditer(masked) if "newly" in low else ():
        yield _Relation(tuple(_indexes(m.group("who"))), unmask.role(m.group("role")), 2, m.start(), m.end())
    for m in rel.NEW_TITLE.finditer(masked) if "new" in low else ():
        yield _Relation(tuple(_indexes(m.group("who"))), unmask.role(m.group("role")), 2, m.start(), m.end())
    for m in rel.LEADING_WILL_BE.finditer(masked) if " be " in low and "ing " in masked[:60] else ():
        yield _Relation(
            tuple(_indexes(m.group("who"))),
            "chair" if m.group("verb") == "Chairing" else "head",
            2,
            m.start(),
            m.end(),
        )
    for m in rel.INVERTED.finditer(masked) if " ⟨" in masked and (" is " in low or " be " in low) else ():
        if m.group("new") or re.search(r"\b(?:will|would)\b", m.group(0)[m.end("role") - m.start() :]):
            yield _Relation(
                tuple(_indexes(m.group("who"))), unmask.role(m.group("role")), 2, m.start(), m.end()
            )
    for m in _line_matches(masked):
        role = unmask.role_after(masked, m.end())
        if _COURT_FIRST.match(masked, m.end()):
            # "⟨P⟩ – 20th Judicial District Circuit Court, Part II": the court, as written
            court = unmask(masked[m.end() :]).split(",")[0].strip().rstrip(".")
            role = f"judge of the {_THE.sub('', court)}"
        yield _Relation(tuple(_indexes(m.group("who"))), role, 2, m.start(), m.end())
    for m in rel.LIST.finditer(masked) if ":" in masked else ():
        role = m.group("role").strip()
        role = re.sub(r"^(?:the\s+)?(?:following\s+)?", "", role)
        # "the following appointments to the board of X:": members of that board
        role = re.sub(r"^(?:[\w-]+\s+)?appointments\s+(?=to\s)", "", role)
        to_body = re.match(r"^to\s+(?:the\s+)?(?P<body>.+)$", role)
        role = f"member of the {to_body.group('body')}" if to_body else re.sub(r"s$", "", role)
        yield _Relation(tuple(_indexes(m.group("who"))), unmask.role(role), 2, m.start(), m.end())
    for m in rel.LIST_AFTER.finditer(masked) if ":" in masked and _PASSIVE_COLON.search(low) else ():
        role = re.sub(r"^(?:\w+\s+)?(?:new\s+)?", "", m.group("role").strip(), flags=re.IGNORECASE)
        yield _Relation(
            tuple(_indexes(m.group("who"))), unmask.role(re.sub(r"s$", "", role)), 2, m.start(), m.end()
        )
    for m in rel.MEMBERS_OF_APPOINTED.finditer(masked) if ":" in masked and " of " in masked else ():
        body = re.sub(r"^the\s+", "", m.group("body").strip(), flags=re.IGNORECASE)
        role = f"{_singular(m.group('role').lower())} of the {body}"
        yield _Relation(tuple(_indexes(m.group("who"))), unmask.role(role), 2, m.start(), m.end())
    for m in rel.LIST_NAMED.finditer(masked) if ":" in masked and "members" in low else ():
        # ("members of the Arts Council": each a member of the body the verb names)
        body = re.sub(r"^the\s+", "", m.group("body").strip(), flags=re.IGNORECASE)
        role = f"{_singular(m.group('role').lower())} of the {body}"
        yield _Relation(tuple(_indexes(m.group("who"))), unmask.role(role), 2, m.start(), m.end())
    for m in (
        rel.MEMBERS_ARE.finditer(masked)
        # (a descriptor may stand before the first name: "Other members include chartered accountant ⟨P0⟩")
        if " are " in masked or " be ⟨" in masked or " include " in masked or " is " in masked
        else ()
    ):
        if m.group("mark") or m.group("lead") or m.group("named"):
            role = _singular(m.group("role"))
            if role.lower() == "appointee":
                role = "member"  # "The Minister's other appointee is ⟨P⟩": a seat on the body named
            # (entries closed by semicolons read further: "⟨P0⟩, a former director; and ⟨P1⟩, a farmer")
            listed = _ENTRIES.match(masked, m.start("who"))
            members = listed.group(0) if listed and listed.end() > m.end("who") else m.group("who")
            yield _Relation(tuple(_indexes(members)), unmask.role(role), 2, m.start(), m.end())
    for m in rel.SUCCEEDED_BY.finditer(masked) if "succeeded" in low else ():
        post = unmask.role(m.group("post")) if m.group("post") else "successor"
        yield _Relation(tuple(_indexes(m.group("who"))), post, 2, m.start(), m.end())
    for m in (
        rel.MOVES_AS.finditer(masked)
        if " as " in masked and ("move" in low or "transfer" in low or "redeploy" in low)
        else ()
    ):
        yield _Relation(
            tuple(_indexes(m.group("who"))), unmask.role_after(masked, m.end()), 2, m.start(), m.end()
        )
    for m in rel.PORTFOLIO.finditer(masked) if "portfolio" in low or " brief" in low else ():
        portfolio = unmask(m.group("port") or m.group("port2") or m.group("port3")).strip()
        yield _Relation(
            tuple(_indexes(m.group("who") or m.group("who2") or m.group("who3"))),
            f"minister for {portfolio}",
            2,
            m.start(),
            m.end(),
        )
    for m in rel.FILLS_SEATS.finditer(masked) if " fill " in masked else ():
        body = next((b for b in ("board", "council", "commission", "committee") if b in low), "")
        yield _Relation(tuple(_indexes(m.group("who"))), f"{body} member".strip(), 2, m.start(), m.end())
    for m in rel.LINE_UP.finditer(masked) if ": ⟨" in masked or ":⟨" in masked else ():
        yield _Relation(
            tuple(_indexes(m.group("who"))), unmask.role(_singular(m.group("role"))), 2, m.start(), m.end()
        )
    for m in rel.POSSESSIVE.finditer(masked) if "appointment" in low else ():
        yield _Relation(
            tuple(_indexes(m.group("who"))), unmask.role_after(masked, m.end()), 2, m.start(), m.end()
        )


_COURT_FIRST = lazy(r"(?:the\s+)?(?:[\w'’-]+\s+){0,5}(?:Court|Tribunal)\b")
_THE = lazy(r"^the\s+", re.IGNORECASE)


def _line_matches(masked: str) -> Iterator[re.Match[str]]:
    """LINE's matches. A list line starts the text or follows a line break: in a sentence of
    one line only a match at its start is possible, which ``match`` tries without the scan
    of every other position that ``finditer`` makes."""
    if "\n" in masked:
        return rel.LINE.finditer(masked)
    if _LINE_START.match(masked) is None:
        return iter(())
    first = rel.LINE.match(masked)
    return iter((first,) if first is not None else ())


def _apposition_may_appoint(masked: str, words: frozenset[str]) -> bool:
    """An apposition is read only when it may be marked new or followed by taking up the post."""
    return not rel.APPOSITION_NEW_WORDS.isdisjoint(words) or _any(masked, rel.TAKES_UP_NEEDLES)


def _joined_by(masked: str, unmask: _Unmask) -> Iterator[_Relation]:
    """ "will be joined by non-executive directors ⟨P0⟩ and ⟨P1⟩": each in the post before them."""
    for m in rel.JOINED_BY.finditer(masked) if "oin" in masked else ():
        if m.group("who6"):
            yield _Relation(tuple(_indexes(m.group("who6"))), "member", 2, m.start(), m.end())
            continue
        if m.group("who5"):
            role = f"{m.group('body5').lower()} member"
            yield _Relation(tuple(_indexes(m.group("who5"))), role, 2, m.start(), m.end())
            continue
        if m.group("who4"):
            role = _singular(unmask.role_after(masked, m.end()))
            yield _Relation(tuple(_indexes(m.group("who4"))), role, 2, m.start(), m.end())
            continue
        if m.group("who3"):
            body = (m.group("body3") or "board").lower()  # joining its chair: its board, unless named
            role = _singular(m.group("as3").strip()) if m.group("as3") else f"{body} member"
            yield _Relation(tuple(_indexes(m.group("who3"))), role, 2, m.start(), m.end())
            continue
        if m.group("body"):
            yield _Relation(
                tuple(_indexes(m.group("who2"))), f"{m.group('body')} member", 2, m.start(), m.end()
            )
            continue
        role = _singular(unmask.role(m.group("title")))
        yield _Relation(tuple(_indexes(m.group("who"))), role, 2, m.start(), m.end())


def _led_by(masked: str, unmask: _Unmask) -> Iterator[_Relation]:
    """ "The new Command will be led by ⟨P⟩ (as ...)": head of the body the clause is about."""
    for m in rel.LED_BY.finditer(masked):
        who = tuple(_indexes(m.group("who")))
        as_role = _AS_AFTER.match(masked, m.end())
        if as_role:
            yield _Relation(who, unmask.role_after(masked, as_role.end()), 2, m.start(), m.end())
            continue
        named = m.group("body")
        clause = masked[max(0, m.start() - 80) : m.start()].split(". ")[-1]
        phrase = _LAST_NOUN_PHRASE.search(clause)
        body = named.strip() if named else (phrase.group(0) if phrase else clause).strip()
        # "The taskforce will sit within Police and be led by": the subject, not its first verb's clause
        body = _SUBJECT_VERB.split(body, 1)[0]
        verb = {
            "chaired": "Chair of",
            "co-chaired": "Co-Chair of",
            "commanded": "Commander of",
            "coordinated": "coordinator of",
        }.get(m.group("verb"), "head of")
        role = (
            f"{verb} {unmask.role(body)}".strip()
            if body and body.lower() not in ("it", "this")
            else verb.split()[0]
        )
        yield _Relation(who, role, 0, m.start(), m.end())


def _reject(rejections: Rejections, reason: str, sentence: Sentence, person: Person) -> None:
    rejections.add(
        "appointment",
        reason,
        sentence.text[person.start : person.end],
        sentence.start + person.start,
        sentence.start + person.end,
    )


def _mention(item: _Found, sentence: Sentence, name: str) -> PledgeMention:
    return PledgeMention(
        kind="appointment",
        evidence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        fingerprint=make_fingerprint("appointment", norm(name)),
        confidence=(0.6, 0.7, 0.8)[item.priority],
        person=name,
        role=item.role,
        organisation=item.organisation,
        extra={"rule": APPOINTED},
    )
