"""What a funding recipient refers to: the body or programme the text names.

Announcements name a new body once and then call it "the Office", "the new
command", "it"; money is then given "to establish the department", "to set
up and run the command", "to fund it". The recipient a reader takes from such
a sentence is the body's name. :func:`resolve` turns such references into the
name, from the new units the article creates (found by the unit finder) or,
failing that, from bodies and programmes named in the text (proper names with
a body or programme head: "Town Renewal Acceleration Scheme").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from tracker.extract import lexicon as lex
from tracker.extract.regex import lazy
from tracker.extract.registry import rule
from tracker.extract.types import PledgeMention

_HEADS = lex.alternation((*lex.BODY_HEAD_FORMS, *lex.PROGRAMME_HEADS))
# "the new Office ...", "set up and run the command", "the Taskforce's intelligence capabilities", "it".
REFERENCE = rule(
    "funding.cue.reference",
    "a recipient that refers back to a body or programme: 'the command', 'the new Office', 'it'",
    # (the verbs also as gerunds: "building and staffing it")
    r"^(?:(?:to\s+)?(?:help\s+)?(?:establish|create|set(?:ting)?\s+up(?:\s+and\s+run)?|launch|run|stand\s+up"
    r"|build|open|expand"
    r"|support|staff|fund|operate|resource|deliver|establishing|creating|launching|running|building|opening"
    r"|expanding|supporting|staffing|funding|operating|resourcing|delivering)"
    r"(?:\s+and\s+(?:run|operate|staff|resource|support|maintain|running|operating|staffing|resourcing"
    r"|supporting|maintaining|equipping|equip))?"
    r"\s+)?(?:(?P<det>(?:the|its|this|that|their"
    r"|our)\s+(?:new\s+|proposed\s+|planned\s+)?)?(?:new\s+|proposed\s+|planned\s+)?"
    rf"(?P<head>{_HEADS})\b(?:['’]s?\b.*|\s+(?:in|for|over|during|from|to|and|through|until)\b.*|\s+itself)?"
    r"|(?P<pronoun>it|them|this)"
    # "to cover its work", "to meet their running costs": the body's own work
    r"|(?:(?:cover|fund|support|pay\s+for|meet|finance)\s+)?(?P<own>its|their)\s+(?:work|running|operations?|costs"
    # ("Its construction and equipment will cost"): the building of the body the text creates
    r"|set-up|establishment|first|start-up|secretariat|construction|fit-out|equipment|building)\b.*)\s*$",
    flags=re.IGNORECASE,
    examples=(
        "set up and run the command",
        "the new Office to install sensors",
        "establish it",
        "the Taskforce's work",
        "building and staffing it",
        "its work",
        "set up and run the centre itself",
    ),
    counter=("rural bus routes", "the Harbour Renewal Fund"),
)
# "It will be backed by £18m", "They will receive £2m": a pronoun subject of receiving.
PRONOUN_SUBJECT = rule(
    "funding.cue.pronoun-subject",
    "a pronoun is the subject that receives the sum",
    r"\b(?:it|they)\s+(?:will|would|is|are|has|have|was|were|is\s+to"
    r"|are\s+to)?\s*(?:also\s+)?(?:be\s+|been\s+)?"
    r"(?:backed|funded|financed|supported|paid\s+for|given|allocated|awarded|receive[sd]?|get|gets|granted)\b"
    r"[^.;£$€]{0,40}$",
    flags=re.IGNORECASE,
    window="before",
    examples=("It will be backed by |", "It will be funded with |", "They will receive |"),
    counter=("The minister said |",),
)
# The words of funding right before a sum: "backed by", "funded with", "with a budget of".
_BACKING = (
    r"(?:(?:backed|funded|supported|financed|underpinned|resourced)\s+(?:by|with)\s+(?:an?\s+)?"
    r"(?:initial\s+|extra\s+|additional\s+)?"
    r"|with\s+(?:a|an)\s+(?:\w+\s+)?(?:budget|allocation|corpus)\s+of\s+(?:(?:about|around|some|up\s+to)\s+)?"
    # "with seed money of Rs1 billion", "with an initial capitalisation of", "an equity infusion of"
    r"|with\s+(?:initial\s+)?seed\s+(?:money|funding|capital)\s+of\s+"
    r"|with\s+(?:an?\s+)?(?:initial\s+)?(?:capitali[sz]ation|equity\s+(?:infusion|injection))\s+of\s+"
    # "..., with funding of €9m in its first year": the body the clause is about
    r"|with\s+(?:initial\s+|annual\s+|new\s+|dedicated\s+)?(?:funding|investment)\s+of\s+"
    r"(?:(?:about|around|some|up\s+to)\s+)?)$"
)
# "a new Office of X, with $50m over two years, to help ...": the sum in an aside after a body.
# ("the X Fund, with an initial Government contribution of $4.5m, to finance ...": the same)
WITH_ASIDE = lazy(
    r",\s*with\s+(?:an?\s+)?(?:initial\s+|extra\s+|additional\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:contribution|allocation|budget|endowment|capitali[sz]ation)\s+of\s+)?$",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = lazy(
    r"\b(?:around|in|on|at|across|for|to|of|with|from|into|through|near|along|between|among|by|under"
    r"|within)\s*$",
    re.IGNORECASE,
)
_BACKING_ASIDE = lazy(r",\s*" + _BACKING, re.IGNORECASE)
BACKING = rule(
    "funding.cue.backing",
    "a participle of funding right before the sum: the sum backs something named before it",
    rf"(?:^|\s){_BACKING}",
    flags=re.IGNORECASE,
    needles=(
        *("backed", "funded", "supported", "financed", "underpinned", "resourced"),
        *("budget", "allocation", "corpus", "seed", "capitali", "equity"),
    ),
    window="before",
    examples=("The Lakes Authority, backed by |", "a panel with a budget of |"),
    counter=("The minister announced |", "The authority will spend |"),
)
# "a national centre to coordinate ..., backed by $290m": the thing a participle of funding follows.
BACKED_NP = rule(
    "funding.cue.backed-np",
    "the noun phrase a participle of funding follows: 'X, backed by £Nm'",
    # The phrase holds no verb of its own ("the state will recruit 350 nurses, backed by"
    # backs the nurses, not the state).
    r"(?:^|[\s(])(?P<np>(?:a|an|the|\d[\d,]*|[a-z]+\s+(?:hundred|thousand))\s+"
    # (nor a verb of saying: "the Home Office announced today, backed by" is an aside's speaker)
    r"(?:(?!\b(?:will|would|shall|is|are|was|were|has|have|had|be|been|(?:said|says|announced|confirmed"
    r"|stated)(?!\s+by))\b)[^,;:]){3,140}?),?\s+" + _BACKING,
    flags=re.IGNORECASE,
    window="before",
    examples=(
        "will establish a national centre to coordinate cyber response, backed by |",
        "The Office, with a budget of |",
        "The state will hire 120 extra wardens over two years, backed by |",
    ),
    counter=("The centre will open in May. It has |", "The wardens will be funded with |"),
)
# "A new river agency with £40m to spend": a body given the sum as its budget.
BODY_WITH = rule(
    "funding.cue.body-with",
    "a body right before 'with' the sum: the sum is its budget",
    rf"(?:^|\s)(?P<np>(?:a|an|the)\s+(?:new\s+)?(?:[\w'’-]+\s+){{0,4}}?{_HEADS})\s+with\s+(?:an?\s+)?"
    r"(?:initial\s+|extra\s+|additional\s+)?$",
    flags=re.IGNORECASE,
    window="before",
    examples=("A new river agency with |", "the coastal taskforce with an initial |"),
    counter=("The minister with |", "a report with |"),
)
# "€1.2m has been allocated for its work": money for the work of the body the text is about.
OWN_WORK = rule(
    "funding.cue.own-work",
    "the sum pays for the work or running of the body the text is about ('for its work')",
    r"^\s*(?:(?:a|per|each)\s+year\s+|annually\s+|over\s+(?:the\s+next\s+)?\w+\s+years?\s+)?"
    r"(?:(?:has|have|will|is|are|was|were)\s+)?(?:been\s+|be\s+)?"
    r"(?:allocated|set\s+aside|provided|earmarked|made\s+available|given|budgeted|committed)?\s*"
    r"(?:for|towards|to(?:\s+(?:cover|fund|support|pay\s+for|meet|finance))?)\s+(?:its|their)\s+"
    r"(?:work|running|operations?|costs|set-up|establishment|start-up|secretariat|activities|first)\b"
    # "will provide $8.2 million in establishment funding": the money that sets up the body created
    r"|^\s*in\s+(?:establishment|start-up|startup|set-up|setup)\s+(?:funding|money|costs|grants?)\b",
    flags=re.IGNORECASE,
    mode="match",
    examples=(
        " has been set aside for its work",
        " in establishment funding, including",
        " to cover their running costs",
        " a year for its activities",
        " over three years to its work",
    ),
    counter=(" for the work of councils", " for its partners"),
)
_TIME_TAIL = lazy(
    r"\s+(?:(?:over|across|during|in|for|within)\s+(?:the\s+|its\s+|their\s+)?(?:next\s+|first\s+|coming\s+)?"
    r"(?:\w+\s+)?(?:years?|months?|weeks?|financial\s+years?)"
    # "for the 2024-2025 financial year", "in 2024-25", "for FY 2025"
    r"|(?:for|in|during)\s+(?:the\s+)?(?:FY\s*)?(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?(?:\s+(?:financial|fiscal)\s+year)?"
    rf"|(?:last|this|next|earlier\s+this|later\s+this)\s+(?:year|month|week|{lex.SEASON}|{lex.MONTH}|{lex.WEEKDAY})"
    rf"|(?:in|on)\s+(?:{lex.MONTH}|{lex.WEEKDAY})(?:\s+(?:19|20)\d\d)?"
    # "schools up to 2030", "the network until 2028": a year the money runs to
    r"|(?:up\s+to|until|till|through|by)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?"
    # "diagnostics over this Parliament": a legislature's term
    r"|(?:over|during|in|by\s+the\s+end\s+of)\s+(?:this|the\s+next|the)\s+(?:Parliament|parliamentary\s+term|term))\b.*$",
    re.IGNORECASE,
)
# The capitalised words (and connectors) right before a head: "Town Renewal Acceleration |Scheme".
_NAMED_BEFORE = lazy(r"\b(?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|on|&|the)\s+)*){1,7}$")
_LEADING = lazy(r"^(?:The|A|An|This|That|Its|Our|Their|New)\s+")
_CAPITAL_HEADS = "|".join(
    h.capitalize() for h in (*lex.BODY_HEAD_FORMS, *lex.PROGRAMME_HEADS) if " " not in h
)
_LOWER_WORDS = lazy(r"[a-z]+")
# Heads of programmes and funds: what "the program" or "the grant" may refer back to.
_PROGRAMME_WORDS = frozenset({*(w for w in lex.PROGRAMME_HEADS if " " not in w), "fund", "funds"})
_PROJECT_WORDS = frozenset({"project", "programme", "program"})
# Heads of the buildings a project puts up ("the Port Elwood Library and Community Hub").
# How far after a sum a name it refers forward to may come (a lead, then the next paragraph).
_SOON = 400
_FACILITY_WORDS = frozenset({"centre", "center", "hub", "academy", "institute", "campus"})
# References to a public work: "the project", "the scheme" (a road scheme).
_NAME_GOES_ON = lazy(r"\s+(?-i:[A-Z])[a-z]")
_WORKS_REFERENCE = lazy(r"^(?:the\s+)?(?:project|scheme|facility)$")
_WORKS_AT = lazy(rf"\b(?:{'|'.join(lex.WORKS_HEADS)})\b")
_GENERIC_HEADS = frozenset({"body", "entity", "organisation", "organization"})
_HEAD_AT = lazy(rf"\b(?:{_CAPITAL_HEADS})\b")
# A run of capitalised words and the small words inside names ("UK Research and Innovation").
_CAPITAL_RUN = lazy(r"\b[A-Z][\w'’&-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w'’&-]*)+")
_HEAD_WORDS = {w.lower(): w.lower() for w in (*lex.BODY_HEAD_FORMS, *lex.PROGRAMME_HEADS) if " " not in w}


def head_of(name: str, first: bool = False) -> str:
    """The singular body or programme head noun of a name: the last one (a name ends
    with its head), or the first one of a description ("centre to coordinate agencies")."""
    words: list[str] = _LOWER_WORDS.findall(name.lower())
    # "Office of Rural Transport": a name that ends without a head has it before "of".
    order: list[str] = words if first else [*reversed(words[-3:]), *words]
    for word in order:
        if word in _HEAD_WORDS:
            if word.endswith("ies"):
                return word[:-3] + "y"
            return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us")) else word
    return ""


@dataclass(frozen=True)
class _Named:
    name: str
    head: str
    position: int
    new: bool  # a unit the article creates


class Referents:
    """The bodies and programmes one article names, for resolving references."""

    def __init__(self, text: str, units: Sequence[PledgeMention]) -> None:
        self.text = text
        self.units = units

    @cached_property
    def named(self) -> list[_Named]:
        found = [
            _Named(u.name or "", head_of(u.name or ""), int(u.extra.get("first_mention", u.start)), True)
            for u in self.units
            if u.name and any(w[:1].isupper() for w in u.name.split())
        ]
        # The heads are found first; the name is read back from each (a scan for
        # whole names from every capital is far slower).
        for head in _HEAD_AT.finditer(self.text):
            # (a name never runs across a line: "kindergartens in Ardmore\n\nCouncil has")
            window_start = max(0, head.start() - 120, self.text.rfind("\n", 0, head.start()) + 1)
            m = _NAMED_BEFORE.search(self.text[window_start : head.start()])
            if m is None:
                continue
            name = _LEADING.sub("", (m.group(0) + head.group(0)).strip())
            if " " in name:
                found.append(_Named(name, head_of(name), window_start + m.start(), False))
        return found

    def body(self, head: str | None, position: int, new_only: bool = False) -> str | None:
        """The body or programme of that head (any new unit for a pronoun) nearest before ``position``."""
        # ("the new body": any unit the article creates)
        wanted = head_of(head) if head and head_of(head) not in _GENERIC_HEADS else None
        fits = [n for n in self.named if (n.head == wanted if wanted else n.new) and (n.new or not new_only)]
        if not fits:
            return None
        new = [n for n in fits if n.new] or fits
        before = [n for n in new if n.position <= position]
        return (max(before, key=lambda n: n.position) if before else min(new, key=lambda n: n.position)).name

    def subject(self, title: str) -> str | None:
        """The programme or fund the article is about: the one its title names, else the one
        its text names most, at least twice (None when two tie, or none is named)."""
        names = {n.name for n in self.named if n.head in _PROGRAMME_WORDS}
        # (or the public work it names: "€9.5m more for the N80 Stradbally Bypass")
        names |= {n.name for n in _works_in(title)}
        in_title = [name for name in names if name in title]
        if len(in_title) == 1:
            return in_title[0]
        counts = sorted(((self.text.count(name), name) for name in names), reverse=True)
        if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
            return None
        return counts[0][1]

    def expand(self, acronym: str) -> str | None:
        """The body or programme an acronym stands for ("PRMA": "Provincial Roads Maintenance
        Authority"), read from the initials of the names the article gives."""
        for n in self.named:
            initials = "".join(w[0] for w in n.name.split() if w[:1].isupper())
            # ("UKRI": an initialism inside the name gives all its letters, "UK Research and Innovation")
            whole = "".join(w if w.isupper() else w[0] for w in n.name.split() if w[:1].isupper())
            if acronym in (initials, whole):
                return n.name
        # a name with no body head and an initialism inside ("UK Research and Innovation" for "UKRI"): a
        # run of capitalised words whose initialism gives all its letters
        for run in _CAPITAL_RUN.finditer(self.text):
            words = [w for w in run.group(0).split() if w[:1].isupper()]
            if (
                any(len(w) > 1 and w.isupper() for w in words)
                and "".join(w if w.isupper() else w[0] for w in words) == acronym
            ):
                return run.group(0)
        return None

    @cached_property
    def works(self) -> list[_Named]:
        """The public works the article names ("the N80 Stradbally Bypass"), each where first named."""
        return _works_in(self.text)

    def work(self, position: int) -> str | None:
        """The public work named last before ``position``, else the first one named after it."""
        if not self.works:
            return None
        before = [n for n in self.works if n.position <= position]
        return (max(before, key=lambda n: n.position) if before else self.works[0]).name

    def nearer_programme(self, work: str, position: int) -> str | None:
        """The programme or fund named last before ``position``, when it is named after ``work``."""
        at = next(n.position for n in self.works if n.name == work)
        before = [n for n in self.named if at < n.position <= position and n.head in _PROGRAMME_WORDS]
        return max(before, key=lambda n: n.position).name if before else None

    def project(self, position: int) -> str | None:
        """The project or programme named last before ``position`` ("the Coastal Roads
        Resilience Project"), which a government's counterpart money goes with."""
        before = [n for n in self.named if n.position <= position and n.head in _PROJECT_WORDS]
        return max(before, key=lambda n: n.position).name if before else None

    def facility(self, position: int) -> str | None:
        """The centre, hub, academy, institute or campus named last before ``position``."""
        before = [n for n in self.named if n.position <= position and n.head in _FACILITY_WORDS]
        return max(before, key=lambda n: n.position).name if before else None

    def facility_after(self, position: int) -> str | None:
        """The centre, hub, academy, institute or campus named first in the few sentences after
        ``position`` ("A new health centre ... £14.7m for the project. The Rhondda Health Centre, to
        be built in Porth, ...": a lead describes the facility and names it only after its sum)."""
        soon = [
            n for n in self.named if position < n.position <= position + _SOON and n.head in _FACILITY_WORDS
        ]
        return min(soon, key=lambda n: n.position).name if soon else None

    def programme(self, position: int) -> str | None:
        """The programme, scheme, grant or fund named last before ``position`` (not a body)."""
        before = [n for n in self.named if n.position <= position and n.head in _PROGRAMME_WORDS]
        return max(before, key=lambda n: n.position).name if before else None

    def latest(self, since: int, position: int) -> str | None:
        """The body named last between ``since`` and ``position``; a unit the article creates
        before any other ("A Flood Authority to be set up under the Local Government
        Department, with an allocation of": the aside is about the body created)."""
        found: list[tuple[bool, int, str]] = []
        for n in self.named:
            at = n.position if since <= n.position <= position else self.text.find(n.name, since, position)
            if at >= since and n.name:
                found.append((n.new, at, n.name))
        return max(found)[2] if found else None


def _works_in(text: str) -> list[_Named]:
    """The public works a text names ("the N80 Stradbally Bypass"), each where first named."""
    found: list[_Named] = []
    seen: set[str] = set()
    for head in _WORKS_AT.finditer(text):
        if _NAME_GOES_ON.match(text, head.end()):
            continue  # "Ballybrit Road Stadium": the name goes on past the work's word
        window_start = max(0, head.start() - 80, text.rfind("\n", 0, head.start()) + 1)
        m = _NAMED_BEFORE.search(text[window_start : head.start()])
        if m is None:
            continue
        name = _LEADING.sub("", (m.group(0) + head.group(0)).strip())
        # ("the Department's Bridge Program", "Work on the N52 Ardcath Bypass": the name after them)
        name = _BEFORE_WORK_NAME.split(name)[-1]
        if " " in name and name not in seen:
            seen.add(name)
            found.append(_Named(name, head.group(0).lower(), window_start + m.start(), False))
    return found


_BEFORE_WORK_NAME = lazy(r"['’]s\s+|\s(?:on|for|to|at|of|and)\s+the\s+")


def resolve(recipient: str | None, position: int, referents: Referents) -> str | None:
    """The name a recipient refers to ("the command" -> "National Rural Crime Command"), or None."""
    if not recipient:
        return None
    m = REFERENCE.match(recipient)
    if m is None:
        # "The facility will cost P2.75 billion": the work or the facility the release is about
        return (
            (referents.work(position) or referents.facility(position))
            if _WORKS_REFERENCE.match(recipient)
            else None
        )
    if m.group("own"):
        return referents.body(None, position)
    head = m.group("head")
    if head and not m.group("det") and _NAMED_BY_HEAD.match(recipient):
        return None  # "Center for Atlantic Barrier Island Dynamics": a name that opens with its head
    if head and not m.group("det") and _PLURAL_HEAD.fullmatch(recipient):
        return None  # "Councils will receive £28 million": every body of the kind, none named before
    if _WORKS_REFERENCE.match(recipient) and (work := referents.work(position)):
        # "the project", "the scheme" in a release about the N80 Stradbally Bypass: that work, unless a
        # project or scheme of that head, or a programme, is named nearer before
        return referents.body(head, position) or referents.nearer_programme(work, position) or work
    if _WORKS_REFERENCE.match(recipient) and (place := referents.facility(position)):
        # "the project" in a release about the Taitoka Day Surgery Centre: the facility it builds, unless
        # a project or scheme of that head is named
        return referents.body(head, position) or place
    if head and not m.group("det") and not (recipient[:1].isupper() and " " not in recipient):
        # "fund to help towns": only a body the article creates ("Fund" written with a capital
        # is a name cut short: "pledges to the Fund")
        return referents.body(head, position, new_only=True)
    if m.group("det") and head and head_of(head) in _PROGRAMME_WORDS:
        # "the program", "the grant": the programme or fund of that head named before, else the
        # one of any programme head ("the program" after "the Regional Housing Accelerator")
        return referents.body(head, position) or referents.programme(position) or head
    return referents.body(head, position)


# A head alone in the plural, with no determiner: "Councils", "local health boards".
_PLURAL_HEAD = lazy(r"(?:[a-z][\w-]*\s+){0,2}[A-Za-z][\w-]*[^s\W]s", re.IGNORECASE)
# A proper name that opens with its head: "Center for Atlantic Dynamics", "Office of Rail Safety".
_NAMED_BY_HEAD = lazy(r"^(?-i:[A-Z])\w+\s+(?:for|of|on)\s+(?:the\s+)?(?-i:[A-Z])")
# "PRMA", "establish the HWPA": a body named by its acronym.
_ACRONYM = lazy(
    r"^(?:(?:to\s+)?(?:establish|create|set\s+up|run|fund|support|operate|staff)\s+)?(?:the\s+|its\s+)?"
    r"(?P<acronym>[A-Z][A-Z&]{1,7})$"
)


def expand_acronym(recipient: str | None, referents: Referents) -> str | None:
    """The full name of a recipient written as an acronym the article expands, or None."""
    m = _ACRONYM.match(recipient or "")
    return referents.expand(m.group("acronym").replace("&", "")) if m else None


# A number of people before who they are: "260 paramedics", "30 additional probation officers".
_COUNTED_STAFF = lazy(
    r"\s*(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundreds\s+of)\s+"
    r"(?:(?:additional|new|more|extra|further)\s+)?(?=[a-z])"
)


def backed(before: str, position: int, referents: Referents) -> str | None:
    """The recipient of "X, backed by £N" (or "a new agency with £N"): X's name when it is
    a body the text names, else X; when X is too long to read ("X to help A, B and C,
    backed by"), the body named last before the sum."""
    if PRONOUN_SUBJECT.search(before):
        return referents.body(None, position)
    m = BACKED_NP.search(before) or BODY_WITH.search(before)
    if m is not None and _PREPOSITION_BEFORE.search(before, 0, m.start("np")):
        m = None  # "to build dunes around the coast, backed by": the coast is not what is backed
    if m is not None and (counted := _COUNTED_STAFF.match(m.group("np"))) is not None:
        # "will recruit 260 paramedics, backed by £15.2m": the money is for the paramedics; the count is
        # a headcount of its own, no part of the recipient
        staff = _TIME_TAIL.sub("", m.group("np")[counted.end() :]).strip(" ,")
        return staff if len(staff) > 3 else None
    if m is None:
        # ", backed by": an aside about the body named last ("X, to help A, B and C, backed by").
        if _BACKING_ASIDE.search(before) or WITH_ASIDE.search(before):
            return referents.latest(position - len(before), position)
        return None
    phrase = _TIME_TAIL.sub("", m.group("np")).strip(" ,")
    head = head_of(phrase, first=True)
    if head:
        named = referents.body(head, position)
        if named:
            return named
    elif (
        not any(w[:1].isupper() for w in phrase.split()[1:])
        and before[: m.start("np")].rstrip().endswith(",")
        and _BACKING_ASIDE.search(before)
    ):
        # "Kestrel Water, to run reservoirs in the north, the east and the islands, backed
        # by": the last item of a list in an aside; the body named before it is backed.
        named = referents.latest(position - len(before), position)
        if named:
            return named
    phrase = _ARTICLE.sub("", phrase)
    return phrase if len(phrase) > 3 else None


_ARTICLE = lazy(r"^(?:a|an|the)\s+(?:new\s+)?", re.IGNORECASE)


def trim_time(recipient: str | None) -> str | None:
    """A recipient without a trailing time ("taskforce over two years" -> "taskforce")."""
    if not recipient:
        return recipient
    cut = _TIME_TAIL.sub("", recipient).strip()
    return cut or None
