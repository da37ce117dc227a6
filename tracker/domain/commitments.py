"""Is this pledge the same real-world commitment as that one, and is its money new?

Pure decisions, in two parts:

* **Matching** (:func:`match_score`, :func:`assign`): a mention joins the
  commitment whose names share its content words (``tracker.domain.labels``)
  and whose figures relate to its amount as people relate them: the same
  figure, a rounded one ("about £60m" after "£58.5m"), a per-year share of a
  multi-year sum, or a top-up that adds up to a stated total. The best
  candidate wins, never the first found.
* **Roles and new money** (:func:`roles_for_article`, :func:`replay`): the
  mentions of one commitment are read in date order, an article at a time,
  and each gets a :class:`LinkRole` and the new money it adds. Only the first
  mention and top-ups add money, so re-announcements never count twice, and
  the result depends on the dates, never on the order in which articles
  were read.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import combinations

from tracker.domain.kinds import LinkRole, Qualifier, Scope, spec_of
from tracker.domain.labels import (
    completeness,
    leading_proper,
    proper_words_differ,
    reading,
    readings_conflict,
    readings_lead_differ,
    terms,
    word_terms,
)
from tracker.domain.numbers import years_in

# Figures within this share of each other are the same figure (the scorer's 0.5%).
SAME_FIGURE = 0.005
# A restatement in round numbers may move this far from the precise figure.
ROUNDED_FIGURE = 0.05
# Parts stated beside a total may be rounded, but not by more than this.
STATED_PARTS = 0.01
# Below this score a candidate is not the same commitment.
MIN_SCORE = 0.55
# Coverage in the days after an announcement repeats its figure under looser names
# ("the Tasmanian mobile black spot program" for the "Regional Connectivity Program").
FOLLOW_UP_DAYS = 14
# A precise figure ("$16.4 million", "$240 million") restated as existing money, or
# in the days after (FOLLOW_UP_DAYS), names its commitment even when the words differ
# entirely ("a $240 million push to pay for backup power on reservations") - if only
# one commitment has that figure.
FIGURE_ONLY_SCORE = MIN_SCORE + 0.01
_PER_YEAR = re.compile(r"\b(?:a|per|each|every)\s+(?:year|annum)\b|\bannual(?:ly)?\b|\byearly\b", re.I)
_SCOPE_ORDER = {Scope.NEW.value: 0, None: 0, Scope.TOTAL.value: 1, Scope.EXISTING.value: 2}


@dataclass(frozen=True)
class Mention:
    """What linking reads of one stored pledge."""

    ref: int  # the pledge's id
    article: int  # the article's id (articles of one day are read in the order they arrived)
    kind: str
    announced_on: date
    label: str | None
    currency: str | None = None
    amount: float | None = None
    count: int | None = None
    scope: str | None = None
    qualifier: str | None = None
    period: str | None = None

    @property
    def sort_key(self) -> tuple[date, int, int, float, int]:
        return (
            self.announced_on,
            self.article,
            _SCOPE_ORDER.get(self.scope, 0),
            -(self.amount or 0.0),
            self.ref,
        )


@dataclass(frozen=True)
class Figure:
    """A sum a commitment has been stated at, with the years it spans when given."""

    amount: float
    years: int | None = None


@dataclass(frozen=True)
class Ledger:
    """What a commitment has counted so far: enough to place the next mention without its members."""

    counted: float = 0.0
    figures: tuple[Figure, ...] = ()
    last_total: float | None = None
    mentions: int = 0


@dataclass(frozen=True)
class CommitmentView:
    """What matching reads of a stored commitment."""

    id: int
    kind: str
    currency: str | None
    aliases: tuple[str, ...]
    ledger: Ledger = field(default_factory=Ledger)
    staff: int | None = None
    first_announced_on: date | None = None
    last_announced_on: date | None = None
    # Articles its members come from, with their scopes and figures: a mention may
    # not join a commitment that already has the same sum from the same article.
    taken: tuple[tuple[int, str | None, float | None], ...] = ()


@dataclass(frozen=True)
class Outcome:
    """A mention's place in its commitment."""

    role: LinkRole
    new_money: float | None = None
    check_note: str | None = None


# --- figures -----------------------------------------------------------------


def same_figure(a: float | None, b: float | None, tolerance: float = SAME_FIGURE) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1.0)


def is_per_year(period: str | None) -> bool:
    return bool(period and _PER_YEAR.search(period))


def _roundness(amount: float) -> int:
    """How many trailing zeros the figure has in its own order of magnitude (58.5m: 1, 60m: 2)."""
    digits = f"{amount:.0f}".rstrip("0")
    return len(f"{amount:.0f}") - len(digits)


def is_rounded_restatement(amount: float, qualifier: str | None, earlier: float) -> bool:
    """ "about £60m" after "£58.5m": close, and said loosely or in rounder numbers."""
    if not same_figure(amount, earlier, ROUNDED_FIGURE) or same_figure(amount, earlier):
        return False
    return qualifier in (Qualifier.ABOUT.value, Qualifier.AT_LEAST.value) or _roundness(amount) > _roundness(
        earlier
    )


def _has_figure(amount: float | None, figures: Iterable[Figure]) -> bool:
    """Whether ``amount`` is one of the figures (what makes :func:`relation` "same")."""
    if amount is None:
        return False
    # same_figure written out, in a plain loop: linking asks this of nearly every
    # candidate it scores, and a generator under any() cost more than the comparisons.
    size = abs(amount)
    for figure in figures:
        if abs(amount - figure.amount) <= SAME_FIGURE * max(size, abs(figure.amount), 1.0):
            return True
    return False


def relation(
    amount: float | None, qualifier: str | None, period: str | None, figures: Iterable[Figure]
) -> str | None:
    """How a sum relates to figures already stated: same, rounded, per_year, or None."""
    if amount is None:
        return None
    figures = list(figures)
    if _has_figure(amount, figures):
        return "same"
    if any(is_rounded_restatement(amount, qualifier, f.amount) for f in figures):
        return "rounded"
    years = years_in(period)
    for figure in figures:
        span = figure.years or years
        if (
            span
            and span > 1
            and (is_per_year(period) or figure.years)
            and same_figure(amount * span, figure.amount)
        ):
            return "per_year"
    return None


# --- matching ----------------------------------------------------------------


def name_overlap(label: str | None, aliases: Sequence[str]) -> tuple[int, float, float, bool]:
    """(shared terms, share of the smaller name covered, Jaccard, whether the names start
    from different things), best over the aliases.

    Acronyms count when shared ("WHO" / "World Health Organization") but never
    make a name longer.
    """
    if len(aliases) == 1:  # most commitments have one name
        return _pair_overlap(label, aliases[0]) or _NO_OVERLAP
    if len(aliases) > _INDEXED_ALIASES and isinstance(aliases, tuple):
        # Only names sharing a term can overlap: a long list is looked up, not read through.
        index = _alias_index(aliases)
        aliases = [aliases[i] for i in sorted({i for term in terms(label) for i in index.get(term, ())})]
    found = [pair for alias in aliases if (pair := _pair_overlap(label, alias)) is not None]
    if not found:
        return _NO_OVERLAP
    return max(found, key=lambda t: (not t[3], t[1] + t[2], t[0]))


_INDEXED_ALIASES = 16
_NO_OVERLAP = (0, 0.0, 0.0, False)


_ALIAS_INDEXES: dict[tuple[str, ...], dict[str, list[int]]] = {}
_KEPT_INDEXES = 32
_ALIAS_INDEXES_LOCK = threading.Lock()  # workers may link in threads of one process


def _alias_index(aliases: tuple[str, ...]) -> dict[str, list[int]]:
    """Where each term occurs in a long list of names (positions, in list order).

    A commitment's list grows by appending, so a list's index starts from the index
    of the longest list kept that it extends, and only the names added are read.
    """
    with _ALIAS_INDEXES_LOCK:
        return _ALIAS_INDEXES.get(aliases) or _indexed(aliases)


def _indexed(aliases: tuple[str, ...]) -> dict[str, list[int]]:
    base: tuple[str, ...] = ()
    for kept in _ALIAS_INDEXES:
        if len(base) < len(kept) < len(aliases) and aliases[: len(kept)] == kept:
            base = kept
    index = {term: list(at) for term, at in _ALIAS_INDEXES[base].items()} if base else {}
    for position in range(len(base), len(aliases)):
        for term in terms(aliases[position]):
            index.setdefault(term, []).append(position)
    if len(_ALIAS_INDEXES) >= _KEPT_INDEXES:
        del _ALIAS_INDEXES[next(iter(_ALIAS_INDEXES))]
    _ALIAS_INDEXES[aliases] = index
    return index


# A commitment read over and over (a long one, re-announced in many articles) is
# matched against the same names each time: each pair is worked out once.
@lru_cache(maxsize=65536)
def _pair_overlap(label: str | None, alias: str) -> tuple[int, float, float, bool] | None:
    a, b = reading(label), reading(alias)
    shared = len(a.terms & b.terms)
    if not shared or readings_conflict(a, b):
        return None
    words_a, words_b = a.words, b.words
    covered = min(1.0, shared / max(1, min(len(words_a), len(words_b))))
    jaccard = min(1.0, shared / max(1, len(words_a | words_b)))
    return (shared, covered, jaccard, readings_lead_differ(a, b))


def _names_agree(shared: int, covered: float, jaccard: float, rel: str | None, leads_differ: bool) -> bool:
    """Names alone must agree strongly, and start from the same thing; a matching figure
    lets a looser name do, and a per-year share of the figure (the most specific
    relation) a name sharing one word."""
    if ((covered >= 1.0 and shared >= 2) or jaccard >= 0.5) and not (leads_differ and rel is None):
        return True
    if rel == "per_year":
        return shared >= 1
    return rel is not None and (covered >= 0.5 or shared >= 2)


def figure_term(amount: float) -> str:
    """The index term of a figure: three significant digits ("fig:1.64e+07")."""
    return f"fig:{amount:.3g}"


@lru_cache(maxsize=1024)
def significant_digits(amount: float) -> int:
    return len(f"{amount:.6g}".split("e")[0].replace(".", "").strip("0"))


def _days_apart(day: date, view: CommitmentView) -> int:
    if view.first_announced_on is None or view.last_announced_on is None:
        return 10**6
    if view.first_announced_on <= day <= view.last_announced_on:
        return 0
    return min(abs((day - view.first_announced_on).days), abs((day - view.last_announced_on).days))


_UNKNOWN = "unknown"


@lru_cache(maxsize=32)
def _counts_money(kind: str) -> bool:
    return spec_of(kind).counts_money


def figure_only(mention: Mention, view: CommitmentView, rel: str | None = _UNKNOWN) -> bool:
    """The same precise figure, said again as existing money or soon after, under other words.

    ``rel`` is the mention's relation to the view's figures when the caller has it."""
    if not _counts_money(mention.kind) or mention.amount is None:
        return False
    if rel == _UNKNOWN:
        rel = relation(mention.amount, mention.qualifier, mention.period, view.ledger.figures)
    if rel != "same" or significant_digits(mention.amount) < 2:
        return False
    # Two proper names ("Rural Volunteer Fire Station Program") are two programmes; a
    # description on either side may be a paraphrase of the other's name.
    if leading_proper(mention.label) and all(leading_proper(alias) for alias in view.aliases):
        return False
    if all(proper_words_differ(mention.label, alias) for alias in view.aliases):
        return False  # other places or bodies named: a coincidence of figures
    if mention.scope == Scope.EXISTING or view.ledger.counted == 0:
        return True  # restated as existing money, on either side: any time apart
    return _days_apart(mention.announced_on, view) <= FOLLOW_UP_DAYS


def _follow_up(mention: Mention, view: CommitmentView, rel: str | None) -> bool:
    """The very figure again, days after the last mention, under a name sharing a word."""
    if rel != "same" or _days_apart(mention.announced_on, view) > FOLLOW_UP_DAYS:
        return False
    return not all(proper_words_differ(mention.label, alias) for alias in view.aliases)


def match_score(mention: Mention, view: CommitmentView) -> float | None:
    """How well a mention fits a commitment; None when it is not the same commitment."""
    return _score(mention, view, *_measures(mention.kind))


@lru_cache(maxsize=32)
def _measures(kind: str) -> tuple[bool, bool]:
    """Whether a kind counts money, and whether it counts staff."""
    spec = spec_of(kind)
    return spec.counts_money, spec.counts_staff


def _score(mention: Mention, view: CommitmentView, money: bool, staff: bool) -> float | None:
    """:func:`match_score`, given :func:`_measures` of the mention's kind (asked once per
    mention, not once per candidate: nearly every candidate scored is turned down)."""
    if mention.kind != view.kind:
        return None
    if money and mention.currency != view.currency:
        return None
    if staff and view.staff is not None and mention.count != view.staff:
        return None
    shared, covered, jaccard, differ = name_overlap(mention.label, view.aliases)
    if not shared:
        # Most candidates share no name (the index found them by a word that leads to
        # another place or body): only a figure alone can still name the commitment,
        # and for that only the very figure counts, not a rounded or per-year one.
        # figure_only needs the very figure: without it (nearly always) it is not asked.
        if not money or not _has_figure(mention.amount, view.ledger.figures):
            return None
        return FIGURE_ONLY_SCORE if figure_only(mention, view, "same") else None
    rel = stated = None
    if money:
        rel = stated = relation(mention.amount, mention.qualifier, mention.period, view.ledger.figures)
        if rel is None and same_figure(mention.amount, view.ledger.counted):
            rel = "same"
    if not shared or not (
        _names_agree(shared, covered, jaccard, rel, differ) or _follow_up(mention, view, rel)
    ):
        # For money, the relation to the figures is worked out once (not again by figure_only).
        known = stated if money else _UNKNOWN
        return FIGURE_ONLY_SCORE if figure_only(mention, view, known) else None
    bonus = {"same": 0.5, "rounded": 0.4, "per_year": 0.4}.get(rel or "", 0.0)
    score = jaccard + 0.5 * covered + bonus
    return score if score >= MIN_SCORE else None


@dataclass(frozen=True)
class Assignment:
    """Where an article's mentions go: an existing commitment, or a new one (by group)."""

    joins: dict[int, int]  # mention ref -> commitment id
    founds: list[list[int]]  # groups of mention refs, each founding one new commitment
    # (kept, absorbed): a mention that is the same commitment as two stored ones
    # shows they are one; the second is merged into the first.
    merges: list[tuple[int, int]] = field(default_factory=list)


def _may_join(mention: Mention, taken: list[Mention]) -> bool:
    """One article states a sum once: two of its mentions with the same figure are two
    commitments when they share a scope (one council's £10m for roads and £10m for
    libraries) or share no word of their names."""
    for other in taken:
        if other.article != mention.article or other.count != mention.count:
            continue
        if same_figure(other.amount, mention.amount) and (
            other.scope == mention.scope or not name_overlap(mention.label, [other.label or ""])[0]
        ):
            return False
    return True


def assign(mentions: Sequence[Mention], candidates: dict[int, Sequence[CommitmentView]]) -> Assignment:
    """Place one article's mentions: best-scoring pairs first, then group the rest."""
    taken = {view.id: view.taken for found in candidates.values() for view in found}
    pairs = sorted(_unambiguous(_scored(mentions, candidates)), key=lambda p: (-p[0], p[1], p[2]))
    by_ref = {m.ref: m for m in mentions}
    joins: dict[int, int] = {}
    members: dict[int, list[Mention]] = {}
    for _score, ref, commitment_id in pairs:
        mention = by_ref[ref]
        if ref in joins or not _may_join(mention, members.get(commitment_id, [])):
            continue
        if any(
            a == mention.article and s == mention.scope and same_figure(f, mention.amount)
            for a, s, f in taken.get(commitment_id, ())
        ):
            continue
        joins[ref] = commitment_id
        members.setdefault(commitment_id, []).append(by_ref[ref])
    rest = [m for m in mentions if m.ref not in joins]
    _join_siblings(rest, joins, members)
    counted = {view.id: view.ledger.counted for found in candidates.values() for view in found}
    groups = [[by_ref[r] for r in refs] for refs in _group_new([m for m in rest if m.ref not in joins])]
    _absorb_parts(members, counted, groups, joins)
    merges = _merges(pairs, joins, candidates)
    return Assignment(joins, [[m.ref for m in g] for g in groups if g], merges)


# An article may list at most this many parts of one stated total.
MAX_PARTS = 6


def _absorb_parts(
    members: dict[int, list[Mention]],
    counted: dict[int, float],
    groups: list[list[Mention]],
    joins: dict[int, int],
) -> None:
    """New sums of other names that, with what the commitment holds, make up a total the
    article states for it are its parts ("$35m for heat pumps and $25m for shade, on top of
    the $50m already committed: $110m in all")."""
    singles = [g[0] for g in groups if len(g) == 1 and g[0].scope in (Scope.NEW, None) and g[0].amount]
    if not singles:
        return  # nothing to take as a part
    taken: set[int] = set()
    for commitment_id, held in sorted(members.items()):
        for part in _parts_for(held, counted.get(commitment_id, 0.0), singles, taken):
            joins[part.ref] = commitment_id
            held.append(part)
    for group in groups:
        if len(group) > 1 or group[0].ref not in taken:
            group.extend(_parts_for(list(group), 0.0, singles, taken))
    for group in groups:
        group[:] = [m for m in group if not (len(group) == 1 and m.ref in taken)]


def _parts_for(held: list[Mention], counted: float, singles: list[Mention], taken: set[int]) -> list[Mention]:
    new = sum(m.amount or 0.0 for m in held if m.scope in (Scope.NEW, None))
    existing = sum(m.amount or 0.0 for m in held if m.scope == Scope.EXISTING)
    for total in (m for m in held if m.scope == Scope.TOTAL and m.amount):
        pool = [m for m in singles if m.currency == total.currency and m.ref not in taken and m not in held]
        parts = _parts_of(total.amount or 0.0, pool[:MAX_PARTS], (counted + new, existing + new))
        taken.update(m.ref for m in parts)
        if parts:
            return parts
    return []


def _parts_of(total: float, pool: Sequence[Mention], bases: tuple[float, ...]) -> list[Mention]:
    """The smallest set of sums from ``pool`` that, added to one of ``bases``, makes ``total``."""
    for size in range(1, len(pool) + 1):
        for combo in combinations(pool, size):
            added = sum(m.amount or 0.0 for m in combo)
            if any(base > 0 and same_figure(base + added, total) for base in bases):
                return list(combo)
    return []


def _scored(
    mentions: Sequence[Mention], candidates: dict[int, Sequence[CommitmentView]]
) -> list[tuple[float, int, int]]:
    scored = []
    for mention in mentions:
        money, staff = _measures(mention.kind)
        for view in candidates.get(mention.ref, ()):
            score = _score(mention, view, money, staff)
            if score is not None:
                scored.append((score, mention.ref, view.id))
    return scored


def may_match(mention: Mention, figures: Sequence[Figure], counted: float, shared_at_most: int) -> bool:
    """False only when :func:`match_score` is None for a commitment with these figures and
    this much counted, whatever its names, given that none of them shares more than
    ``shared_at_most`` terms with the mention (the index knows how many it holds; reading
    the names costs more). A candidate that cannot match changes nothing in :func:`assign`.

    With no relation between the figures, names must agree on their own: two shared
    terms, or one covering half of the mention's words (Jaccard 0.5); without either,
    and no figure to go on, the candidate is not the commitment.
    """
    if shared_at_most >= 2:
        return True
    if shared_at_most >= 1 and 2 * shared_at_most >= max(1, len(word_terms(mention.label))):
        return True
    if not _counts_money(mention.kind):
        return False
    return relation(mention.amount, mention.qualifier, mention.period, figures) is not None or same_figure(
        mention.amount, counted
    )


def _unambiguous(pairs: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """A figure names a commitment only when one commitment has it."""
    figure_only_counts: dict[int, int] = {}
    for score, ref, _cid in pairs:
        if score == FIGURE_ONLY_SCORE:
            figure_only_counts[ref] = figure_only_counts.get(ref, 0) + 1
    return [p for p in pairs if p[0] != FIGURE_ONLY_SCORE or figure_only_counts[p[1]] == 1]


def _merges(
    pairs: Sequence[tuple[float, int, int]],
    joins: dict[int, int],
    candidates: dict[int, Sequence[CommitmentView]],
) -> list[tuple[int, int]]:
    views = {view.id: view for found in candidates.values() for view in found}
    merges: list[tuple[int, int]] = []
    absorbed: set[int] = set()
    for score, ref, other in pairs:
        kept = joins.get(ref)
        if kept is None or other == kept or other in absorbed or kept in absorbed:
            continue
        if score == FIGURE_ONLY_SCORE:  # a figure alone never shows two commitments are one
            continue
        if _disjoint(views[kept], views[other]):
            merges.append((kept, other))
            absorbed.add(other)
    return merges


def _disjoint(a: CommitmentView, b: CommitmentView) -> bool:
    """Two commitments may merge unless one article gave both the same sum."""
    return not any(
        x[0] == y[0] and x[1] == y[1] and same_figure(x[2], y[2]) for x in a.taken for y in b.taken
    )


def _same_name(a: Mention, b: Mention) -> bool:
    shared, covered, jaccard, differ = name_overlap(a.label, [b.label] if b.label else [])
    return (
        a.kind == b.kind
        and a.currency == b.currency
        and (not spec_of(a.kind).counts_staff or a.count == b.count)
        and _names_agree(shared, covered, jaccard, None, differ)
    )


def _join_siblings(rest: list[Mention], joins: dict[int, int], members: dict[int, list[Mention]]) -> None:
    """A mention whose own figure matched nothing joins a sibling of the same name
    ("an extra £25m" beside "£100m in all" for the same fund)."""
    for mention in rest:
        for commitment_id, taken in sorted(members.items()):
            if any(_same_name(mention, t) for t in taken) and _may_join(mention, taken):
                joins[mention.ref] = commitment_id
                taken.append(mention)
                break


def _group_new(rest: list[Mention]) -> list[list[int]]:
    groups: list[list[Mention]] = []
    for mention in sorted(rest, key=lambda m: m.sort_key):
        for group in groups:
            if any(_same_name(mention, g) for g in group) and _may_join(mention, group):
                group.append(mention)
                break
        else:
            groups.append([mention])
    return [[m.ref for m in group] for group in groups]


# --- roles and new money -------------------------------------------------------


def figures_of_sums(sums: Iterable[tuple[float, str | None]]) -> tuple[Figure, ...]:
    """The figures of mentions stating these (amount, period) pairs, each once."""
    stated = [Mention(0, 0, "funding", date.min, None, amount=a, period=p) for a, p in sums]
    return tuple(dict.fromkeys(_figures_of(stated)))


def _figures_of(group: Sequence[Mention]) -> list[Figure]:
    figures = []
    for m in group:
        if m.amount is None:
            continue
        years = years_in(m.period)
        if is_per_year(m.period) and years:
            figures.append(Figure(m.amount * years, years))
        figures.append(Figure(m.amount, years))
    return figures


def _claimed_total_note(group: Sequence[Mention]) -> tuple[int, str] | None:
    """Parts stated beside a total must add up to it ("£75m on top of £75m, £150m in all")."""
    totals = [m for m in group if m.scope == Scope.TOTAL and m.amount]
    new = [m.amount for m in group if m.scope in (Scope.NEW, None) and m.amount]
    existing = [m.amount for m in group if m.scope == Scope.EXISTING and m.amount]
    if len(totals) != 1 or not new or not existing:
        return None
    parts = sum(new) + sum(existing)
    total = totals[0].amount or 0.0
    if same_figure(parts, total, STATED_PARTS):
        return None
    return totals[0].ref, f"stated total {total:,.0f} but its parts add up to {parts:,.0f}"


def roles_for_article(ledger: Ledger, group: Sequence[Mention]) -> tuple[dict[int, Outcome], Ledger]:
    """Roles and new money of one article's mentions of a commitment, given what came before."""
    ordered = sorted(group, key=lambda m: m.sort_key)
    if not spec_of(ordered[0].kind).counts_money:
        role = LinkRole.FIRST if ledger.mentions == 0 else LinkRole.REANNOUNCED
        outcomes = {m.ref: Outcome(role if i == 0 else LinkRole.REANNOUNCED) for i, m in enumerate(ordered)}
        return outcomes, replace(ledger, mentions=ledger.mentions + len(ordered))
    outcomes = _funding_roles(ledger, ordered)
    note = _claimed_total_note(ordered)
    if note:
        ref, text = note
        outcomes[ref] = replace(outcomes[ref], check_note=text)
    return outcomes, _advance(ledger, ordered, {ref: o.new_money for ref, o in outcomes.items()})


def _added(ordered: Sequence[Mention], money: Mapping[int, float | None]) -> float:
    """The money one article's mentions add, summed in the order their roles are decided
    (new sums, then totals, then the rest), so a ledger rebuilt from stored money is the
    very float a replay computes."""
    if len(ordered) == 1:
        return money.get(ordered[0].ref) or 0.0
    news = [m for m in ordered if m.scope in (Scope.NEW, None)]
    totals = [m for m in ordered if m.scope == Scope.TOTAL]
    rest = [m for m in ordered if m.scope not in (Scope.NEW, None, Scope.TOTAL)]
    return sum(money.get(m.ref) or 0.0 for m in (*news, *totals, *rest))


def _advance(ledger: Ledger, ordered: Sequence[Mention], money: Mapping[int, float | None]) -> Ledger:
    """The ledger after one article's mentions (in date order) with the money they add."""
    if not spec_of(ordered[0].kind).counts_money:
        return replace(ledger, mentions=ledger.mentions + len(ordered))
    totals = [m.amount for m in ordered if m.scope == Scope.TOTAL and m.amount]
    return Ledger(
        counted=ledger.counted + _added(ordered, money),
        # Each figure once: relations are checked against every figure, per mention.
        figures=tuple(dict.fromkeys(ledger.figures + tuple(_figures_of(ordered)))),
        last_total=totals[-1] if totals else ledger.last_total,
        mentions=ledger.mentions + len(ordered),
    )


def _funding_roles(ledger: Ledger, group: Sequence[Mention]) -> dict[int, Outcome]:
    first = ledger.mentions == 0
    news = [m for m in group if m.scope in (Scope.NEW, None)]
    totals = [m for m in group if m.scope == Scope.TOTAL]
    outcomes: dict[int, Outcome] = {}
    counted = ledger.counted
    for mention in news:
        outcome = _new_sum_role(mention, ledger, counted, totals, first)
        counted += outcome.new_money or 0.0
        outcomes[mention.ref] = outcome
    for mention in totals:
        outcomes[mention.ref] = _total_role(mention, ledger, counted, first, bool(news))
        counted += outcomes[mention.ref].new_money or 0.0
    for mention in group:
        outcomes.setdefault(mention.ref, Outcome(LinkRole.EXISTING, 0.0))
    return outcomes


def _new_sum_role(
    mention: Mention, ledger: Ledger, counted: float, totals: Sequence[Mention], first: bool
) -> Outcome:
    amount = mention.amount or 0.0
    if first:
        return Outcome(LinkRole.FIRST, amount)
    # New money stated beside a total it completes ("an extra £25m, bringing it to £100m").
    if any(same_figure(counted + amount, t.amount) for t in totals):
        return Outcome(LinkRole.TOP_UP, amount)
    if any(same_figure(counted, t.amount) for t in totals):
        return Outcome(LinkRole.REANNOUNCED, 0.0)
    rel = relation(mention.amount, mention.qualifier, mention.period, ledger.figures)
    if rel == "same" or (rel is None and same_figure(amount, ledger.counted)):
        return Outcome(LinkRole.REANNOUNCED, 0.0)
    if rel == "rounded":
        return Outcome(LinkRole.ROUNDED, 0.0)
    if rel == "per_year":
        return Outcome(LinkRole.PER_YEAR, 0.0)
    return Outcome(LinkRole.TOP_UP, amount)


def _total_role(mention: Mention, ledger: Ledger, counted: float, first: bool, beside_new: bool) -> Outcome:
    amount = mention.amount or 0.0
    if beside_new:
        return Outcome(LinkRole.RESTATED, 0.0)
    if first:
        # A first mention counts whatever its wording, unless it says the money is existing.
        return Outcome(LinkRole.FIRST, amount)
    grows = amount > counted and not same_figure(amount, counted, ROUNDED_FIGURE)
    if grows and not relation(amount, mention.qualifier, mention.period, ledger.figures):
        return Outcome(LinkRole.TOP_UP, amount - counted)
    return Outcome(LinkRole.RESTATED, 0.0)


def replay(members: Sequence[Mention]) -> tuple[dict[int, Outcome], Ledger]:
    """Roles of every member of a commitment, reading its articles in date order."""
    ledger = Ledger()
    outcomes: dict[int, Outcome] = {}
    by_article: dict[tuple[date, int], list[Mention]] = {}
    for member in members:
        by_article.setdefault((member.announced_on, member.article), []).append(member)
    for key in sorted(by_article):
        found, ledger = roles_for_article(ledger, by_article[key])
        outcomes.update(found)
    return outcomes, ledger


def _articles(members: Iterable[Mention]) -> list[list[Mention]]:
    """A commitment's mentions an article at a time, in date order, each in date order."""
    by_article: dict[tuple[date, int], list[Mention]] = {}
    for member in members:
        by_article.setdefault((member.announced_on, member.article), []).append(member)
    groups = [by_article[key] for key in sorted(by_article)]
    return [group if len(group) == 1 else sorted(group, key=lambda m: m.sort_key) for group in groups]


class _Tally:
    """A ledger being summed up from stored money, an article at a time, without
    rebuilding its figures at each step (what replaying a long commitment spends on)."""

    def __init__(self, ledger: Ledger) -> None:
        self.counted = ledger.counted
        self.figures = dict.fromkeys(ledger.figures)
        self.last_total = ledger.last_total
        self.mentions = ledger.mentions

    def add(self, ordered: Sequence[Mention], money: Mapping[int, float | None]) -> None:
        self.mentions += len(ordered)
        if not spec_of(ordered[0].kind).counts_money:
            return
        self.counted += _added(ordered, money)
        for figure in _figures_of(ordered):
            self.figures.setdefault(figure)
        for mention in ordered:
            if mention.scope == Scope.TOTAL and mention.amount:
                self.last_total = mention.amount

    def ledger(self) -> Ledger:
        return Ledger(self.counted, tuple(self.figures), self.last_total, self.mentions)


def _decides_alike(ledger: Ledger, before: _Tally) -> bool:
    """Roles read only what a ledger has counted, which figures it holds and whether it
    has a mention. ``ledger`` holds every member ``before`` holds and the late ones,
    so the same number of figures is the same figures."""
    return (
        ledger.counted == before.counted
        and (ledger.mentions == 0) == (before.mentions == 0)
        and len(ledger.figures) == len(before.figures)
    )


def replay_late(
    members: Sequence[Mention],
    stored: Mapping[int, float | None],
    pending: Iterable[int],
    earlier: Ledger | None = None,
) -> tuple[dict[int, Outcome], Ledger]:
    """Roles after late mentions joined a commitment, replaying as little as possible.

    ``stored`` is the new money every other member holds, as a replay of those members
    alone gave it; ``pending`` are the members that joined since (no role yet). Articles
    before the earliest pending one keep their roles, and the ledger there is rebuilt
    from their stored money without deciding anything. From there articles are replayed
    until, past the last pending one, the ledger decides alike with the one the stored
    roles were decided from: every later role stands. Returns the outcomes of the
    replayed members (the others are unchanged) and the commitment's final ledger, both
    exactly what :func:`replay` of every member gives.

    ``earlier``, when given, is the ledger of members left out of ``members`` because
    they all come before its first article (the store sums them up in SQL).
    """
    waiting = set(pending)
    groups = _articles(members)
    late = [i for i, group in enumerate(groups) if any(m.ref in waiting for m in group)]
    tally = _Tally(earlier or Ledger())
    for group in groups[: late[0] if late else len(groups)]:
        tally.add(group, stored)
    if not late:
        return {}, tally.ledger()
    before = tally  # what the stored roles were decided from, article by article
    ledger = tally.ledger()
    outcomes: dict[int, Outcome] = {}
    for index in range(late[0], len(groups)):
        group = groups[index]
        if index > late[-1] and _decides_alike(ledger, before):
            rest = _Tally(ledger)
            for later in groups[index:]:
                rest.add(later, stored)
            return outcomes, rest.ledger()
        found, ledger = roles_for_article(ledger, group)
        outcomes.update(found)
        known = [m for m in group if m.ref not in waiting]
        if known:
            before.add(known, stored)
    return outcomes, ledger


def best_label(labels: Iterable[str]) -> str:
    """The most complete name among a commitment's names."""
    names = [label for label in labels if label]
    return max(names, key=completeness) if names else ""
