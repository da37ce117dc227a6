"""Personal names in announcements: finding, cleaning and resolving them.

Names arrive wrapped in ranks, honorifics and post-nominals ("Lieutenant
General Mark Ashby-Grant CBE", "The Rt Hon Jane Doyle", "Alan
Brock APM OAM") and are later shortened ("Ms McAndrew", "General Hale").
A person is reported by given name and surname; a leading "Sir"/"Dame"/"Lord"
is kept as part of the name unless a military rank precedes it, which is how
UK announcements style such names.
"""

from __future__ import annotations

import re
from collections import Counter

from tracker.extract import lexicon as lex
from tracker.extract.regex import lazy

_NAME_TOKEN = r"(?:[A-ZÀ-Þ][\w'’]*(?:-[A-ZÀ-Þ][\w'’]*)*|Mc[A-Z]\w*|O['’][A-Z]\w*)"
_PARTICLE = r"(?:de|van|von|da|di|del|bin|al|le|la)"
# A run of capitalised words, possibly with initials and particles.
CAP_RUN = lazy(rf"{_NAME_TOKEN}(?:\s+(?:[A-Z]\.(?=\s+[A-Z])|{_NAME_TOKEN}|{_PARTICLE}(?=\s+[A-Z])))*")
_TRAILING_RUN = lazy(rf"(?:{CAP_RUN.pattern})\s*$")
_POSTNOMINAL = lazy(rf"^{lex.POSTNOMINAL}$")
STYLE_KEPT = frozenset(lex.STYLES)
_RANKS = frozenset(lex.RANKS)
_HONORIFICS = frozenset(lex.HONORIFICS)
# Capitalised words that are never part of a person's name in this text type.
_NOT_NAME = (
    frozenset(
        "Social Care Safety Media Sport Skills Trade Industry Energy Development Affairs Justice Policy "
        "Services Housing Communities Environment Food Rural Science Technology Innovation Business "
        "Enterprise Digital Climate Equality Employment Training Veterans Recovery Growth Prevention "
        "Humanitarian Integrated Hub Hubs Unit Units Team Teams Taskforce Command Commission Panel "
        "Boards Centre Center Institute Academy Fund Agency Authority Group Network Programme Scheme "
        "Strategy Trust School Schools College University Hospital Partnership Alliance Forum Network "
        "Review The A An This That These Those It He She They We I His Her Their Our Its Former Incoming "
        "Outgoing New Acting Interim Deputy Minister Ministers Secretary Chief Executive Director Chair "
        "Chairman Chairwoman President Vice Officer Head Leader Lead Member Board Council Office "
        "Department Government Agency Ministry Service Committee Authority NHS Police Federal Australian "
        "British UK US EU European Health Defence Home Foreign Security Olympic Labour Conservative Tory "
        "Party Prime Mayor Governor Senator Representative Rep Sen Gov Ambassador Envoy Judge Justice "
        "Bishop Premier Treasurer Chancellor Speaker State Cabinet Culture Education Transport Work "
        "Pensions Today Yesterday Scottish Welsh "
        "Irish English Canadian American National Royal Mr. Mrs. Dr. According Under Speaking Asked "
        "Writing Announcing Commenting".split()
    )
    | frozenset(lex.MONTHS)
    | frozenset(lex.WEEKDAYS)
)
# "Department of Health and Social Care": a run after "of"/"and" continues an
# organisation's name.
_INSIDE_ORG = lazy(r"[A-Z][\w'’]*\s+(?:of|&|for)\s+$")
_TITLE_BEFORE = _RANKS | _HONORIFICS | STYLE_KEPT


def clean_run(run: str) -> tuple[str, bool]:
    """The person's name at the end of a capitalised run, and whether a title preceded it.

    >>> clean_run("Former Australian Federal Police Commissioner Alan Brock APM OAM")
    ('Alan Brock', True)
    """
    tokens = run.split()
    while tokens and _POSTNOMINAL.match(tokens[-1]) and len(tokens) > 1:
        tokens.pop()
    kept: list[str] = []
    for token in reversed(tokens):
        if token in _NOT_NAME or token in _RANKS or token in _HONORIFICS or token in STYLE_KEPT:
            break
        kept.append(token)
    kept.reverse()
    rest = tokens[: len(tokens) - len(kept)]
    titled = bool(rest) and rest[-1] in _TITLE_BEFORE
    if kept and rest and rest[-1] in STYLE_KEPT and not (len(rest) > 1 and rest[-2] in _RANKS):
        kept.insert(0, rest[-1])
    return " ".join(_drop_middle(kept)), titled


def _drop_middle(tokens: list[str]) -> list[str]:
    """Given name and surname only: "Nicola Jane Hale" -> "Nicola Hale"."""
    style = tokens[:1] if tokens[:1] and tokens[0] in STYLE_KEPT else []
    core = tokens[len(style) :]
    if len(core) >= 3 and not any(re.fullmatch(_PARTICLE, t) for t in core):
        core = [core[0], core[-1]]
    return [*style, *core]


def trailing_person(text: str) -> tuple[str, int] | None:
    """The name that ends ``text`` (a subject before a verb), with its offset."""
    # Only the end of the text can hold the name; searching it all is slow.
    match = _TRAILING_RUN.search(text, max(0, len(text) - 120))
    if match is None or _INSIDE_ORG.search(text, max(0, match.start() - 40), match.start()):
        return None
    name, titled = clean_run(match.group(0).strip())
    if not name or (len(name.split()) < 2 and not titled):
        return None
    first = name.split()[0]
    return name, match.start() + max(0, match.group(0).rfind(first))


def leading_person(text: str) -> tuple[str, int] | None:
    """The first name in ``text`` (an object after a verb), skipping descriptors."""
    for match in CAP_RUN.finditer(text[:90]):
        name, titled = clean_run(_before_title(match.group(0)))
        if name and (len(name.split()) >= 2 or titled):
            return name, match.start()
        if _STOP.search(_ABBREVIATED.sub("", text[: match.start()])):
            break
    return None


_STOP = lazy(r"[.;:]")
# "Lt. Gen. Frank Hollis", "Dr. Kenji Alvarado": the period of a title does not end the phrase.
_ABBREVIATED = lazy(rf"\b{lex.alternation(lex.TITLE_ABBREVIATIONS)}\.")


def _before_title(run: str) -> str:
    """ "Tom Walsh Minister for Housing" (a name then its new title) -> "Tom Walsh"."""
    tokens = run.split()
    for i in range(2, len(tokens)):
        titled = tokens[i - 2] in _TITLE_BEFORE or tokens[i - 2] in _NOT_NAME
        if tokens[i] in _NOT_NAME and tokens[i - 1] not in _NOT_NAME and not titled:
            return " ".join(tokens[:i])
    return run


def surname(name: str) -> str:
    return name.split()[-1].lower() if name else ""


def full_names(text: str, wanted: frozenset[str] | None = None) -> dict[str, str]:
    """For each surname, the fullest form the document uses (most frequent, then longest).

    With ``wanted`` (lower-case surnames), only runs that may end in one of
    them are cleaned, which is most of the cost.
    """
    forms: dict[str, Counter[str]] = {}
    for match in CAP_RUN.finditer(text):
        run = match.group(0)
        if wanted is not None and wanted.isdisjoint(run.lower().split()):
            continue
        name, _ = clean_run(run)
        parts = [p for p in name.split() if p not in STYLE_KEPT]
        if len(parts) >= 2:
            forms.setdefault(surname(name), Counter())[name] += 1
    return {key: max(c, key=lambda n: (c[n], len(n))) for key, c in forms.items()}


def resolve(name: str, index: dict[str, str]) -> str:
    """The document's full form of a possibly shortened name ("Ms McAndrew")."""
    full = index.get(surname(name))
    if full is None:
        return name
    parts = [p for p in name.split() if p not in STYLE_KEPT]
    if len(parts) < 2 or parts[0][:1] == full.split()[-2][:1]:
        return full
    return name
