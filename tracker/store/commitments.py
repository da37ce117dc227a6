"""Commitments in the database: link an article's pledges, keep roles and money right.

The decisions are pure (``tracker.domain.commitments``); this module reads what
they need and writes what they decide, inside the caller's write transaction.
Cost follows the new pledge, not the database: candidates come from the
``commitmentterm`` index, and a mention that arrives after the commitment's
latest one is placed from the commitment's ledger (its figures and what it
has counted) without reloading its members. Only a mention dated before the
latest one (an article read late), a merge, a review or a re-extraction
replays the commitment's members.

This is the hot path of ingest, so it speaks SQLAlchemy Core through statements
built once, with bound parameters. A batch of articles (:class:`_Batch`) reads
ahead what its articles need (their pledges, the index terms of their names,
their candidates' rows) and writes together what linking decides (new
commitments, roles, changed rows, index terms, and the replays of commitments
with late members). A candidate that cannot match its mention whatever its
names say (``domain.commitments.may_match``, from how many of the mention's
terms the index holds for it) is not read whole: this relies on every name of a
commitment being indexed with the current ``labels.terms`` (a change to that
function needs the index rebuilt).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    Table,
    and_,
    bindparam,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    literal_column,
    not_,
    or_,
    select,
    text,
    union_all,
    update,
)
from sqlmodel import Session

from tracker.domain.commitments import (
    CommitmentView,
    Figure,
    Ledger,
    Mention,
    Outcome,
    assign,
    best_label,
    figure_term,
    figures_of_sums,
    may_match,
    replay,
    replay_late,
    roles_for_article,
)
from tracker.domain.kinds import KINDS, ReviewStatus, Scope, spec_of
from tracker.domain.labels import completeness, terms
from tracker.domain.periods import month_of
from tracker.domain.topics import Topic, majority_topic
from tracker.schema.models import metadata
from tracker.store.driver import execute_many, fetch_all
from tracker.store.held import HeldPledges, number_held
from tracker.store.sql import in_size, insert_ignore, listed, padded

# Per term, the newest commitments it names are candidates: a re-announcement
# almost always refers to a recent commitment, and the cost stays flat as the
# database grows.
CANDIDATES_PER_TERM = 25
# Of those, the ones sharing the most terms with the mention are scored.
CANDIDATES_SCORED = 12
# Term lookups sent in one statement (SQLite allows 500 terms of a compound select).
MAX_LOOKUPS = 40
LOOKUP_SIZES = (1, 2, 4, 8, 16, MAX_LOOKUPS)

SummaryKey = tuple[int, date]  # (source id, first day of the month)

_PLEDGES: Table = metadata.tables["pledge"]
_COMMITMENTS: Table = metadata.tables["commitment"]
_TERMS: Table = metadata.tables["commitmentterm"]
_P, _C, _T = _PLEDGES.c, _COMMITMENTS.c, _TERMS.c
_A = metadata.tables["article"].c
_REJECTED = ReviewStatus.REJECTED.value

_PLEDGE_COLUMNS = (
    _P.id, _P.article_id, _P.source_id, _P.kind, _P.announced_on, _P.recipient, _P.name, _P.person,
    _P.role, _P.currency, _P.amount, _P.count, _P.scope, _P.qualifier, _P.period, _P.topic,
    _P.fingerprint, _P.link_role, _P.new_money, _P.check_note,
)  # fmt: skip
_UNLINKED = select(*_PLEDGE_COLUMNS).where(
    _P.article_id == bindparam("article"), _P.commitment_id.is_(None), _P.review_status != _REJECTED
)
_MEMBERS = select(*_PLEDGE_COLUMNS).where(_P.commitment_id == bindparam("cid"), _P.review_status != _REJECTED)


def _of(cid: str) -> Any:
    """The unrejected members of the commitment bound as ``cid``."""
    return and_(_P.commitment_id == bindparam(cid), _P.review_status != _REJECTED)


def _before(day: str, article: str) -> Any:
    """Members dated before the article bound as ``article`` of the day bound as ``day``."""
    return or_(
        _P.announced_on < bindparam(day),
        and_(_P.announced_on == bindparam(day), _P.article_id < bindparam(article)),
    )


def _earlier_sums(of: Any, before: Any) -> tuple[Any, ...]:
    """In one read: the members before the earliest late one as sums, and the whole
    commitment's stated money and dates (read with ``.where(of)``)."""
    fractional = and_(before, _P.new_money != func.round(_P.new_money))
    return (
        func.count(case((before, 1))),
        func.coalesce(func.sum(case((before, _P.new_money))), 0.0),
        # Whole sums below 2**53 add up exactly in any order, so SQL's sum is the very
        # float a replay's running total reaches; anything else is replayed in Python.
        func.coalesce(func.sum(case((fractional, 1), else_=0)), 0),
        func.coalesce(func.sum(case((before, func.abs(_P.new_money)))), 0.0),
        func.sum(_P.amount),
        func.min(_P.announced_on),
        func.max(_P.announced_on),
    )


# A replay from a late member on reads the members before it as sums (money,
# figures, count, last total), and only the members from it on in full.
_OF = _of("cid")
_BEFORE = _before("day", "article")
_PENDING = select(_P.announced_on, _P.article_id).where(_OF, _P.link_role.is_(None))
_EARLIER_SUMS = select(*_earlier_sums(_OF, _BEFORE)).where(_OF)
_EARLIER_FIGURES = select(_P.amount, _P.period).where(_OF, _BEFORE, _P.amount.is_not(None)).distinct()
_EARLIER_TOTAL = (
    select(_P.amount)
    .where(_OF, _BEFORE, _P.scope == Scope.TOTAL.value, _P.amount.is_not(None), _P.amount != 0)
    # The last in date order (within an article, totals go by falling amount, then id).
    .order_by(_P.announced_on.desc(), _P.article_id.desc(), _P.amount.asc(), _P.id.desc())
    .limit(1)
)
_LATER_MEMBERS = select(*_PLEDGE_COLUMNS).where(_OF, not_(_BEFORE))
_TOPICS = select(_P.topic, func.count()).where(_OF).group_by(_P.topic)
# The replays after a batch read the sums, later members and topics of several
# commitments in one statement each (a part per commitment, padded to one of these
# sizes), not three per commitment. Two sizes: each is built and compiled once per
# engine, and a part padded with nothing to find costs less than compiling another.
LATE_READ_SIZES = (4, 16)


@lru_cache(maxsize=8)
def _late_reads(size: int) -> tuple[Any, Any, Any]:
    """(sums, later members, topics) of ``size`` commitments bound as cid0, day0, article0..."""
    sums, later = [], []
    for i in range(size):
        of, before = _of(f"cid{i}"), _before(f"day{i}", f"article{i}")
        slot: Any = literal_column(str(i)).label("slot")
        sums.append(select(slot, *_earlier_sums(of, before)).where(of))
        # The slot last: _member reads _PLEDGE_COLUMNS from the row's start.
        later.append(select(*_PLEDGE_COLUMNS, slot).where(of, not_(before)))
    topics = (
        select(_P.commitment_id, _P.topic, func.count())
        .where(listed(_P.commitment_id, "cid", size), _P.review_status != _REJECTED)
        .group_by(_P.commitment_id, _P.topic)
    )
    if size == 1:
        return sums[0], later[0], topics
    return union_all(*sums), union_all(*later), topics


EXACT_SUMS_BELOW = 2.0**53
_RETIRE_ORIGIN = (
    update(_COMMITMENTS)
    .where(_C.origin == bindparam("origin"))
    .values(origin=literal("retired:", String) + cast(_C.id, String))
)

_OUTCOME_BINDS = (
    ("commitment_id", "b_cid"),
    ("link_role", "b_role"),
    ("new_money", "b_new"),
    ("check_note", "b_note"),
)
_SET_OUTCOME = (
    update(_PLEDGES)
    .where(_P.id == bindparam("b_pid"))
    .values({column: bindparam(bind) for column, bind in _OUTCOME_BINDS})
)
_INSERT_PLEDGE = insert(_PLEDGES).returning(_P.id)
# A held pledge's row (``store.held``) as a read of _PLEDGE_COLUMNS gives it.
_PLEDGE_ROW = itemgetter(*(c.name for c in _PLEDGE_COLUMNS))


# Columns linking changes on a commitment row (all of _save's changes are among them).
_MUTABLE = (
    "new_money", "figures", "amount", "mentions", "restated_money", "first_announced_on",
    "last_announced_on", "topic", "aliases", "label",
)  # fmt: skip
_SAVE_ROWS = (
    update(_COMMITMENTS)
    .where(_C.id == bindparam("b_id"))
    .values({name: bindparam(f"b_{name}") for name in _MUTABLE})
)
# The names are set only when they changed: on SQLite, setting them (even to the same
# value) re-indexes the commitment's names for the text search (a trigger, see
# migrations 0007_commitment_search), the dearest part of an update.
_NAMES = ("aliases", "label")
_UNNAMED = tuple(name for name in _MUTABLE if name not in _NAMES)
_SAVE_UNNAMED = (
    update(_COMMITMENTS)
    .where(_C.id == bindparam("b_id"))
    .values({name: bindparam(f"b_{name}") for name in _UNNAMED})
)
_UNLINKED_OF = (
    select(*_PLEDGE_COLUMNS)
    .where(
        _P.article_id.in_(bindparam("articles", expanding=True)),
        _P.commitment_id.is_(None),
        _P.review_status != _REJECTED,
    )
    .order_by(_P.article_id, _P.id)
)
_LINKED_ARTICLES = (
    select(_P.article_id)
    .where(_P.article_id.in_(bindparam("articles", expanding=True)), _P.commitment_id.is_not(None))
    .distinct()
)
_INSERT_COMMITMENT = insert(_COMMITMENTS).returning(_C.id)
_NEXT_IDS = text("SELECT nextval(pg_get_serial_sequence('commitment', 'id')) FROM generate_series(1, :n)")
_LAST_ID = select(func.max(_C.id))
_MOVE_MEMBERS = (
    update(_PLEDGES)
    .where(_P.commitment_id == bindparam("b_absorbed"))
    .values(commitment_id=bindparam("b_kept"), link_role=None, new_money=None, check_note=None)
)
_ORIGINS = select(_C.origin).where(_C.origin.in_(bindparam("origins", expanding=True)))
_DELETE_COMMITMENT = delete(_COMMITMENTS).where(_C.id == bindparam("b_id"))
# From this many candidates of an article to read, the terms each shares with its mention
# are read from the index first (:func:`_may_match`), so candidates whose names cannot
# match are not read: at 100,000 commitments most of the 12 scored share one word with
# the mention, and reading a name costs more than the lookup.
BOUND_FROM_CANDIDATES = 6


@dataclass
class _Member:
    """A pledge as linking sees it, with what the summary needs."""

    mention: Mention
    source_id: int
    topic: str
    fingerprint: str
    stored: tuple[Any, ...] = ()  # (link_role, new_money, check_note) as stored
    outcome: Outcome | None = None


_LABEL_FIELD = {kind.value: spec.label_field for kind, spec in KINDS.items()}
# Where each kind's name is among _PLEDGE_COLUMNS.
_LABEL_AT = {kind: [c.name for c in _PLEDGE_COLUMNS].index(name) for kind, name in _LABEL_FIELD.items()}


def _member(row: Sequence[Any]) -> _Member:
    """A member from a row of _PLEDGE_COLUMNS (more columns may follow), read by position:
    a missed attribute lookup on SQLAlchemy's Row (its first try, before the column
    names) costs more than building the member, and a batch reads thousands."""
    (
        ref, article, source_id, kind, announced_on, _recipient, _name, _person, _role, currency,
        amount, count, scope, qualifier, period, topic, fingerprint, link_role, new_money, check_note,
    ) = row[: len(_PLEDGE_COLUMNS)]  # fmt: skip
    label = row[_LABEL_AT[kind]]
    mention = Mention(
        ref=ref,
        article=article,
        kind=kind,
        announced_on=announced_on,
        label=str(label) if label else None,
        currency=currency,
        amount=amount,
        count=count,
        scope=scope,
        qualifier=qualifier,
        period=period,
    )
    return _Member(mention, source_id, topic, fingerprint, (link_role, new_money, check_note))


def _held_member(pledge: Mapping[str, Any]) -> _Member:
    """A member from a held pledge's row (``store.held``), as reading it back would give it:
    a figure comes back from its column as a float."""
    amount = pledge["amount"]
    return _member(_PLEDGE_ROW({**pledge, "amount": None if amount is None else float(amount)}))


def _members(connection: Connection, statement: Any, **params: Any) -> list[_Member]:
    # Rows by attribute, not as mappings: a replay reads every member of a commitment.
    return [_member(row) for row in connection.execute(statement, params).all()]


class _Batch:
    """What one linking transaction has read and not yet written.

    Commitment rows are read once and kept here as linking changes them; the
    links and roles of its members, the changed rows and the new index terms are written
    together (one executemany each) before anything reads them in SQL: before a
    merge and before the replays after the last article. Until then the term
    lookups see the new terms through ``added_terms``.
    """

    def __init__(self) -> None:
        self.rows: dict[int, dict[str, Any]] = {}
        self.views: dict[int, CommitmentView] = {}
        self.changed: set[int] = set()
        self.renamed: set[int] = set()  # changed rows whose names changed
        self.outcomes: list[dict[str, Any]] = []
        self.terms: dict[tuple[int, str], dict[str, Any]] = {}
        self.added_terms: dict[tuple[str, str, str], set[int]] = {}
        self.unlinked: dict[int, list[_Member]] | None = None  # by article, when read ahead
        self.linked_articles: set[int] | None = None  # articles with linked pledges, when read ahead
        # The index as read ahead for the whole batch (None after a merge deleted terms):
        # ``added_terms`` holds every term added since, written or not.
        self.stored_terms: dict[TermKey, set[int]] | None = None
        self.taken_origins: set[str] | None = None  # origins of stored commitments, when read ahead
        # Commitments founded and not yet inserted (only when read ahead), in the order
        # founded, with ids taken ahead (:func:`_take_ids`): one executemany inserts them.
        self.founded: dict[int, None] = {}
        # Per commitment, its earliest member attached late (no role yet): (day, article).
        self.late: dict[int, tuple[date, int]] = {}
        # Per term of the batch's mentions, its candidates: the newest of those stored
        # and added (None when not read ahead, or after a merge deleted terms), and when
        # they last changed (a count of changes).
        self.current: dict[TermKey, set[int]] | None = None
        self.changed_at: dict[TermKey, int] = {}
        self.clock = 0
        # Per mention read ahead, its candidates as read (at clock 0).
        self.best: dict[int, set[int]] = {}
        self.free_ids: list[int] = []
        # Pledges not inserted yet (``store.held``), by id: inserted at :meth:`write` with
        # the outcomes decided for them by then.
        self.held: dict[int, dict[str, Any]] = {}

    def read_ahead(
        self, connection: Connection, article_ids: Sequence[int], held: HeldPledges | None = None
    ) -> None:
        """The unlinked pledges of every article of the batch in one read (linking one
        article never links or unlinks another's), and which articles have linked ones.
        The ``held`` pledges (of new articles: none linked) are taken as they are."""
        self.unlinked = {article_id: [] for article_id in article_ids}
        self.linked_articles = set()
        self.held = {row["id"]: row for row in number_held(connection, held)} if held else {}
        for pledge in self.held.values():  # in id order, as the read below gives them
            if pledge["article_id"] in self.unlinked:
                self.unlinked[pledge["article_id"]].append(_held_member(pledge))
        held_articles = {pledge["article_id"] for pledge in self.held.values()}
        stored = [article_id for article_id in article_ids if article_id not in held_articles]
        for start in range(0, len(stored), 500):
            chunk = stored[start : start + 500]
            for row in connection.execute(_UNLINKED_OF, {"articles": chunk}).all():
                member = _member(row)
                self.unlinked[member.mention.article].append(member)
            found = connection.execute(_LINKED_ARTICLES, {"articles": chunk}).scalars()
            self.linked_articles.update(int(a) for a in found)
        members = [m for group in self.unlinked.values() for m in group]
        self.stored_terms = _stored_terms(connection, _term_keys(m.mention for m in members))
        self.current = {key: set(found) for key, found in self.stored_terms.items()}
        origins = sorted({_origin(m) for m in members})
        self.taken_origins = set()
        for start in range(0, len(origins), 500):
            found = connection.execute(_ORIGINS, {"origins": origins[start : start + 500]}).scalars()
            self.taken_origins.update(found)
        # The stored commitments each mention would score before anything is added, read
        # together: terms added later in the batch rarely change them (those left out
        # are read when an article needs them, see :func:`_candidates`).
        wanted = set()
        for member in members:
            best = self.best[member.mention.ref] = _best_candidates(member.mention, self.stored_terms)
            wanted |= best
        ids = sorted(wanted)
        for start in range(0, len(ids), 500):
            self.rows.update(_load(connection, ids[start : start + 500]))

    def new_id(self, connection: Connection, founding: int) -> int:
        """An id for a commitment founded now and inserted at :meth:`write`; ``founding``
        mentions found it (ids are taken ahead for every unlinked mention left)."""
        if not self.free_ids:
            waiting = founding + sum(len(group) for group in (self.unlinked or {}).values())
            self.free_ids = _take_ids(connection, waiting, max(self.rows, default=0))
        return self.free_ids.pop(0)

    def view(self, row: dict[str, Any]) -> CommitmentView:
        """The view of a row as it stands (kept until the row changes)."""
        found = self.views.get(row["id"])
        if found is None:
            found = self.views[row["id"]] = _view(row, ())
        return found

    def save(self, row: dict[str, Any], changes: dict[str, Any]) -> None:
        if any(name in changes and changes[name] != row[name] for name in _NAMES):
            self.renamed.add(row["id"])
        row.update(changes)
        self.changed.add(row["id"])
        self.views.pop(row["id"], None)

    def add_terms(self, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            key = (row["commitment_id"], row["term"])
            if key not in self.terms:
                self.terms[key] = row
                term_key = (row["kind"], row["currency"], row["term"])
                self.added_terms.setdefault(term_key, set()).add(row["commitment_id"])
                self._index(term_key, row["commitment_id"])

    def _index(self, key: TermKey, commitment_id: int) -> None:
        """Keep a term's candidates the newest CANDIDATES_PER_TERM of what is stored and added."""
        found = None if self.current is None else self.current.get(key)
        if found is None or commitment_id in found:
            return
        if len(found) >= CANDIDATES_PER_TERM:
            oldest = min(found)
            if commitment_id < oldest:
                return
            found.remove(oldest)
        found.add(commitment_id)
        self.clock += 1
        self.changed_at[key] = self.clock

    def write(self, session: Session) -> None:
        """Write what is pending, so SQL reads see it."""
        connection = session.connection()
        founded = [self.rows[cid] for cid in self.founded if cid in self.rows]
        if founded:  # before the links and terms that refer to them
            # As one multi-row INSERT (with RETURNING, SQLAlchemy sends the rows as one
            # VALUES list): on SQLite each statement flushes the name search's index, which
            # a trigger fills (migration 0007_commitment_search); row by row costs ~4x.
            connection.execute(_INSERT_COMMITMENT, founded).all()
        if self.held:  # after the commitments they join, before updates of their links
            self._insert_held(connection)
        if self.outcomes:
            execute_many(connection, _SET_OUTCOME, self.outcomes)
        saved = [cid for cid in sorted(self.changed) if cid in self.rows and cid not in self.founded]
        for statement, names, ids in (
            (_SAVE_ROWS, _MUTABLE, [cid for cid in saved if cid in self.renamed]),
            (_SAVE_UNNAMED, _UNNAMED, [cid for cid in saved if cid not in self.renamed]),
        ):
            if ids:
                params = [
                    {"b_id": cid, **{f"b_{name}": self.rows[cid][name] for name in names}} for cid in ids
                ]
                execute_many(connection, statement, params)
        if self.terms:
            insert_ignore(
                session, _TERMS, list(self.terms.values()), ("commitment_id", "term"), returning=None
            )
        self.outcomes, self.changed, self.terms, self.founded, self.renamed = [], set(), {}, {}, set()

    def _insert_held(self, connection: Connection) -> None:
        """Insert the held pledges in one multi-row statement, each with the last outcome
        decided for it (as the updates in order would leave it); the other outcomes stay
        for the update. A held pledge not linked yet goes in unlinked."""
        updates = []
        for outcome in self.outcomes:
            row = self.held.get(outcome["b_pid"])
            if row is None:
                updates.append(outcome)
            else:
                row.update({column: outcome[bind] for column, bind in _OUTCOME_BINDS})
        # With RETURNING, SQLAlchemy sends the rows as one VALUES list: on SQLite one
        # statement fills the evidence's text index once, not once per row.
        connection.execute(_INSERT_PLEDGE, list(self.held.values())).all()
        self.outcomes, self.held = updates, {}

    def forget(self, commitment_id: int) -> None:
        """A commitment merged into another: deleted, with its index terms."""
        self.rows.pop(commitment_id, None)
        self.views.pop(commitment_id, None)
        self.changed.discard(commitment_id)
        self.founded.pop(commitment_id, None)
        for found in self.added_terms.values():
            found.discard(commitment_id)
        self.stored_terms = self.current = None


# --- reading commitments -------------------------------------------------------


@lru_cache(maxsize=256)
def _figures(raw: str) -> tuple[Figure, ...]:
    return tuple(Figure(float(a), int(y) if y else None) for a, y in json.loads(raw or "[]"))


@lru_cache(maxsize=256)
def _aliases(raw: str | None) -> tuple[str, ...]:
    """A commitment's names, parsed once per version of its list (a long commitment's
    list is read for every article that mentions it)."""
    return tuple(json.loads(raw or "[]"))


def _ledger(row: Mapping[str, Any]) -> Ledger:
    return Ledger(
        counted=row["new_money"],
        figures=_figures(row["figures"]),
        last_total=row["amount"],
        mentions=row["mentions"],
    )


def _view(row: Mapping[str, Any], taken: Iterable[tuple[int, str | None, float | None]]) -> CommitmentView:
    return CommitmentView(
        id=row["id"],
        kind=row["kind"],
        currency=row["currency"],
        aliases=_aliases(row["aliases"]) or (row["label"],),
        ledger=_ledger(row),
        staff=row["staff"],
        first_announced_on=row["first_announced_on"],
        last_announced_on=row["last_announced_on"],
        taken=tuple(taken),
    )


@lru_cache(maxsize=64)
def _term_lookup(count: int) -> Any:
    """One statement for ``count`` (kind, currency, term) lookups, each newest-first and
    limited, so an article's candidates come in one round trip (built once per count)."""
    parts = []
    for i in range(count):
        part = (
            select(_T.commitment_id, literal(i).label("slot"))
            .where(
                _T.kind == bindparam(f"k{i}"),
                _T.currency == bindparam(f"c{i}"),
                _T.term == bindparam(f"t{i}"),
            )
            .order_by(_T.commitment_id.desc())
            .limit(CANDIDATES_PER_TERM)
            .subquery()
        )
        parts.append(select(part.c.commitment_id, part.c.slot))
    return union_all(*parts)


TermKey = tuple[str, str, str]  # kind, currency, term


def _term_keys(mentions: Iterable[Mention]) -> list[TermKey]:
    return sorted({key for m in mentions for key in _keys_of(m)})


def _stored_terms(connection: Connection, keys: Sequence[TermKey]) -> dict[TermKey, set[int]]:
    """Per (kind, currency, term), the newest commitments the index holds under it."""
    found_by_key: dict[TermKey, set[int]] = {key: set() for key in keys}
    for start in range(0, len(keys), MAX_LOOKUPS):
        chunk = keys[start : start + MAX_LOOKUPS]
        # Padded to a few sizes with a key nothing is indexed under (no kind is empty),
        # so a handful of statements are ever compiled.
        size = next(n for n in LOOKUP_SIZES if n >= len(chunk))
        params = {}
        for i, (kind, currency, term) in enumerate([*chunk, *[("", "", "")] * (size - len(chunk))]):
            params.update({f"k{i}": kind, f"c{i}": currency, f"t{i}": term})
        # Fetched at once (fetchall), not row by row: at 100,000 commitments a pledge's
        # terms bring about a hundred rows.
        for commitment_id, slot in fetch_all(connection, _term_lookup(size), params):
            found_by_key[chunk[slot]].add(commitment_id)
    return found_by_key


def _candidate_ids(connection: Connection, mentions: Sequence[Mention], batch: _Batch) -> dict[int, set[int]]:
    """Per mention, the newest commitments indexed under each of its terms: as read
    for the whole batch (:meth:`_Batch.read_ahead`) with the terms added since, which
    are newer than any stored."""
    current = batch.current
    if current is not None and all(key in current for m in mentions for key in _keys_of(m)):
        by_ref = {}
        for mention in mentions:
            best = batch.best.get(mention.ref)
            # No term of the mention has gained a commitment since it was read ahead: the same.
            if best is None or any(batch.changed_at.get(key, 0) for key in _keys_of(mention)):
                best = _best_candidates(mention, current)
            by_ref[mention.ref] = best
        return by_ref
    keys = _term_keys(mentions)
    read = batch.stored_terms or {}
    found_by_key = {key: read[key] for key in keys if key in read}
    found_by_key.update(_stored_terms(connection, [key for key in keys if key not in read]))
    for key, found in found_by_key.items():
        added = batch.added_terms.get(key)
        if added and not added <= found:
            found = found | added
            if len(found) > CANDIDATES_PER_TERM:
                found = set(sorted(found, reverse=True)[:CANDIDATES_PER_TERM])
            found_by_key[key] = found
    return {m.ref: _best_candidates(m, found_by_key) for m in mentions}


def _keys_of(mention: Mention) -> tuple[TermKey, ...]:
    """The index keys a mention is looked up under: its name's terms, and its figure's."""
    return _keys(mention.kind, mention.currency or "", mention.label, mention.amount)


# Asked several times per mention as a batch is linked (what to read ahead, whether a
# term gained candidates since, the candidates themselves): worked out once.
@lru_cache(maxsize=4096)
def _keys(kind: str, currency: str, label: str | None, amount: float | None) -> tuple[TermKey, ...]:
    found = sorted(terms(label))
    if spec_of(kind).counts_money and amount:
        found.append(figure_term(amount))
    return tuple((kind, currency, term) for term in found)


def _best_candidates(mention: Mention, found_by_key: Mapping[TermKey, set[int]]) -> set[int]:
    """The commitments found under the most of the mention's terms (newest first among
    equals), at most CANDIDATES_SCORED: scoring them costs the same at any database size."""
    # One count over every term's commitments (one C loop, not an update per term).
    hits = Counter(chain.from_iterable([found_by_key[key] for key in _keys_of(mention)]))
    if len(hits) <= CANDIDATES_SCORED:
        return set(hits)
    return _most_hits_then_newest(hits, CANDIDATES_SCORED)


def _most_hits_then_newest(hits: Mapping[int, int], wanted: int) -> set[int]:
    """The ``wanted`` ids with the most hits, the newest (highest) first among equals.

    Two sorts of plain ints: newest first, then (stable) by hits. About 4x cheaper than
    sorting (id, hits) pairs, and it runs for each mention of a batch and again when
    one of its terms gains a commitment."""
    ranked = sorted(hits, reverse=True)
    ranked.sort(key=hits.__getitem__, reverse=True)  # reverse=True keeps equals in order
    return set(ranked[:wanted])


_COMMITMENT_NAMES = tuple(column.name for column in _COMMITMENTS.columns)  # as _load_statement reads them


@lru_cache(maxsize=16)
def _load_statement(size: int) -> Any:
    return select(_COMMITMENTS).where(listed(_C.id, "i", size))


@lru_cache(maxsize=16)
def _taken_statement(size: int) -> Any:
    return select(_P.commitment_id, _P.scope, _P.amount).where(
        _P.article_id == bindparam("article"), listed(_P.commitment_id, "i", size)
    )


@lru_cache(maxsize=64)
def _shared_terms_statement(ids: int, words: int) -> Any:
    """Per commitment, its figures and money, and which of the terms it is indexed under
    (a row with no term when none)."""
    on = and_(_T.commitment_id == _C.id, listed(_T.term, "t", words))
    return (
        select(_C.id, _C.figures, _C.new_money, _T.term)
        .select_from(_COMMITMENTS.outerjoin(_TERMS, on))
        .where(listed(_C.id, "i", ids))
    )


def _load(connection: Connection, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    size = in_size(len(wanted))
    found = fetch_all(connection, _load_statement(size), padded("i", wanted, size))
    rows = [dict(zip(_COMMITMENT_NAMES, row, strict=True)) for row in found]
    return {row["id"]: row for row in rows}


def _may_match(
    connection: Connection, mentions: Sequence[Mention], ids_by_ref: dict[int, set[int]], batch: _Batch
) -> dict[int, set[int]]:
    """Per mention, its candidates less those that cannot match it (:func:`may_match`),
    judged from how many of its terms the index holds for each: no name of a candidate
    shares more, as every name is indexed as it is added (with the current
    ``labels.terms``: a change to it needs the index rebuilt).

    Only candidates the batch does not hold are judged (the others are scored as they
    are), and only when there are enough of them for skipping their names to pay for
    the read; a stored commitment is judged on its stored figures, which the batch has
    not changed (it holds every row it changed).
    """
    ids = sorted(set().union(*ids_by_ref.values()) - batch.rows.keys())
    if len(ids) < BOUND_FROM_CANDIDATES:
        return ids_by_ref
    wanted = {m.ref: terms(m.label) for m in mentions}
    words = sorted(set().union(*wanted.values())) or [""]  # no term is empty
    held: set[tuple[int, str]] = set()
    ledgers: dict[int, tuple[str, float]] = {}
    size, count = in_size(len(ids)), in_size(len(words))
    params = {**padded("i", ids, size), **padded("t", words, count)}
    for cid, figures, counted, term in fetch_all(connection, _shared_terms_statement(size, count), params):
        ledgers[cid] = (figures, counted)
        if term is not None:
            held.add((cid, term))
    by_ref = {m.ref: m for m in mentions}
    return {
        ref: {
            cid
            for cid in found
            if cid in batch.rows
            or (
                cid in ledgers
                and may_match(
                    by_ref[ref],
                    _figures(ledgers[cid][0]),
                    ledgers[cid][1],
                    sum((cid, term) in held for term in wanted[ref]),
                )
            )
        }
        for ref, found in ids_by_ref.items()
    }


def _candidates(
    connection: Connection, article_id: int, mentions: Sequence[Mention], batch: _Batch
) -> tuple[dict[int, Sequence[CommitmentView]], dict[int, dict[str, Any]]]:
    # A candidate that cannot match changes nothing in ``assign``: left out unread.
    ids_by_ref = _may_match(connection, mentions, _candidate_ids(connection, mentions, batch), batch)
    wanted = set().union(*ids_by_ref.values()) if ids_by_ref else set()
    # A row read earlier in this transaction is kept up to date in the batch.
    batch.rows.update(_load(connection, wanted - batch.rows.keys()))
    rows = {cid: batch.rows[cid] for cid in wanted if cid in batch.rows}
    if not rows:
        return {}, {}
    taken: dict[int, list[tuple[int, str | None, float | None]]] = {}
    if batch.linked_articles is None or article_id in batch.linked_articles:
        for commitment_id, scope, amount in connection.execute(
            _taken_statement(in_size(len(rows))),
            {"article": article_id, **padded("i", sorted(rows), in_size(len(rows)))},
        ).all():
            taken.setdefault(int(commitment_id), []).append((article_id, scope, amount))
    views = {cid: _view(row, taken[cid]) if cid in taken else batch.view(row) for cid, row in rows.items()}
    by_ref: dict[int, Sequence[CommitmentView]] = {
        ref: [views[cid] for cid in sorted(ids) if cid in views] for ref, ids in ids_by_ref.items()
    }
    return by_ref, rows


# --- writing ---------------------------------------------------------------------


def _outcome_rows(commitment_id: int, members: Sequence[_Member]) -> list[dict[str, Any]]:
    return [
        {
            "b_pid": m.mention.ref,
            "b_cid": commitment_id,
            "b_role": m.outcome.role.value,
            "b_new": m.outcome.new_money,
            "b_note": m.outcome.check_note,
        }
        for m in members
        if m.outcome
    ]


def _write_outcomes(connection: Connection, commitment_id: int, members: Sequence[_Member]) -> None:
    rows = _outcome_rows(commitment_id, members)
    if rows:
        connection.execute(_SET_OUTCOME, rows)


def _term_rows(
    commitment: Mapping[str, Any], labels: Iterable[str], figures: Iterable[Figure] = ()
) -> list[dict[str, Any]]:
    found = {term for label in labels for term in terms(label)}
    found |= {figure_term(f.amount) for f in figures}
    return [
        {
            "commitment_id": commitment["id"],
            "term": term[:40],
            "kind": commitment["kind"],
            "currency": commitment["currency"] or "",
        }
        for term in sorted(found)
    ]


def _add_terms(
    session: Session, commitment: Mapping[str, Any], labels: Iterable[str], figures: Iterable[Figure] = ()
) -> None:
    """Index the commitment under the words of its names and its figures."""
    rows = _term_rows(commitment, labels, figures)
    insert_ignore(session, _TERMS, rows, ("commitment_id", "term"), returning=None)


def _figures_json(figures: Iterable[Figure]) -> str:
    unique = dict.fromkeys((round(f.amount, 2), f.years) for f in figures)
    return json.dumps([[amount, years] for amount, years in unique])


def _ledger_values(ledger: Ledger, first_figure: float | None) -> dict[str, Any]:
    return {
        "new_money": ledger.counted,
        "figures": _figures_json(ledger.figures),
        "amount": ledger.last_total if ledger.last_total is not None else first_figure,
        "mentions": ledger.mentions,
    }


@lru_cache(maxsize=16)
def _save_statement(names: tuple[str, ...]) -> Any:
    return (
        update(_COMMITMENTS)
        .where(_C.id == bindparam("b_id"))
        .values({name: bindparam(f"b_{name}") for name in names})
    )


def _save(connection: Connection, row: dict[str, Any], changes: dict[str, Any]) -> None:
    changes = {name: value for name, value in changes.items() if name not in _NAMES or value != row.get(name)}
    if not changes:
        return
    row.update(changes)
    params = {"b_id": row["id"], **{f"b_{name}": value for name, value in changes.items()}}
    connection.execute(_save_statement(tuple(changes)), params)


def _free_origin(connection: Connection, origin: str) -> None:
    """Retire the origin of a commitment whose founding pledge was re-extracted.

    A pledge's fingerprint is unique within its article, so when an unlinked
    pledge founds a commitment under an origin that is already taken, the
    pledge that founded the older commitment is gone (reprocess or an article
    update replaced it) and that commitment carries on under its other members.
    """
    # One statement, no read first: almost always it changes nothing.
    connection.execute(_RETIRE_ORIGIN, {"origin": origin})


def _take_ids(connection: Connection, count: int, highest: int) -> list[int]:
    """``count`` commitment ids no row has or will take: from PostgreSQL's sequence (an id
    left unused is a gap, as after a rollback); on SQLite, after the highest id in the
    table or held by this transaction (writers are serialised, so no one else inserts)."""
    if connection.dialect.name == "postgresql":
        return [int(i) for i in connection.execute(_NEXT_IDS, {"n": count}).scalars()]
    last = max(int(connection.execute(_LAST_ID).scalar() or 0), highest)
    return list(range(last + 1, last + 1 + count))


def _origin(member: _Member) -> str:
    return f"{member.mention.article}:{member.fingerprint}"[:100]


def _found(connection: Connection, members: Sequence[_Member], batch: _Batch) -> dict[str, Any]:
    first = members[0].mention
    origin = _origin(members[0])
    if batch.taken_origins is None or origin in batch.taken_origins:
        _free_origin(connection, origin)
    values = {
        "kind": first.kind,
        "origin": origin,
        "label": best_label(m.mention.label or "" for m in members),
        "aliases": "[]",  # filled by _place, which indexes each name it adds
        "figures": "[]",
        "currency": first.currency,
        "amount": None,
        "staff": first.count if spec_of(first.kind).counts_staff else None,
        "new_money": 0.0,
        "restated_money": 0.0,
        "first_announced_on": min(m.mention.announced_on for m in members),
        "last_announced_on": max(m.mention.announced_on for m in members),
        "mentions": 0,
        "topic": majority_topic(m.topic for m in members).value,
        "status": "announced",
    }
    if batch.unlinked is None:  # one article alone: inserted now
        new_id = connection.execute(_INSERT_COMMITMENT, values).scalar_one()
    else:  # a batch read ahead: inserted with the batch's other writes
        new_id = batch.new_id(connection, len(members))
        batch.founded[new_id] = None
    row = {"id": new_id, **values}
    batch.rows[new_id] = row
    return row


def _place(row: dict[str, Any], members: Sequence[_Member], batch: _Batch) -> None:
    """Append one article's members to a commitment from its ledger (no member reload)."""
    outcomes, ledger = roles_for_article(_ledger(row), [m.mention for m in members])
    for member in members:
        member.outcome = outcomes[member.mention.ref]
    batch.outcomes.extend(_outcome_rows(row["id"], members))
    first_figure = row["amount"] if row["mentions"] else members[0].mention.amount
    changes = _ledger_values(ledger, first_figure)
    if spec_of(row["kind"]).counts_money:
        changes["restated_money"] = row["restated_money"] + sum(
            (m.mention.amount or 0.0) - (m.outcome.new_money or 0.0) for m in members if m.outcome
        )
    days = [m.mention.announced_on for m in members]
    changes["first_announced_on"] = min(row["first_announced_on"], *days)
    changes["last_announced_on"] = max(row["last_announced_on"], *days)
    if row["topic"] == Topic.OTHER.value:
        changes["topic"] = majority_topic(m.topic for m in members).value
    aliases = list(_aliases(row["aliases"]))
    added = [
        label for label in dict.fromkeys(m.mention.label for m in members) if label and label not in aliases
    ]
    if added:
        changes["aliases"] = json.dumps(aliases + added)
        changes["label"] = best_label([row["label"], *added])
    batch.save(row, changes)
    batch.add_terms(_term_rows(row, added, [Figure(m.mention.amount) for m in members if m.mention.amount]))


def refresh_commitment(session: Session, commitment_id: int, *, late_only: bool = False) -> set[SummaryKey]:
    """Replay the members of a commitment; delete it when none is left. Returns summary keys touched.

    With ``late_only`` the only members out of place are those that joined late in
    this transaction (no role yet, see :func:`_attach_late`): the replay starts at
    the earliest of them and stops once later roles stand (``replay_late``).
    Otherwise (a merge, a review, a re-extraction) every member is replayed.
    """
    connection = session.connection()
    row = _load(connection, [commitment_id]).get(commitment_id)
    if row is None:
        return set()
    if late_only:
        touched = _refresh_from_late(session, row)
        if touched is not None:
            return touched
    members = _members(connection, _MEMBERS, cid=commitment_id)
    if not members:
        connection.execute(delete(_COMMITMENTS).where(_C.id == commitment_id))
        return set()
    mentions = [m.mention for m in members]
    if late_only:
        pending = [m.mention.ref for m in members if m.stored[0] is None]
        stored = {m.mention.ref: m.stored[1] for m in members}
        outcomes, ledger = replay_late(mentions, stored, pending)
    else:
        outcomes, ledger = replay(mentions)
    changed = []
    for member in members:
        outcome = outcomes.get(member.mention.ref)
        if outcome is None:
            continue
        member.outcome = outcome
        if member.stored != (outcome.role.value, outcome.new_money, outcome.check_note):
            changed.append(member)
    _write_outcomes(connection, commitment_id, changed)
    ordered = sorted(members, key=lambda m: m.mention.sort_key)
    labels = [m.mention.label for m in ordered if m.mention.label]
    changes = _ledger_values(ledger, ordered[0].mention.amount)
    funding = spec_of(row["kind"]).counts_money
    changes["restated_money"] = (
        sum(m.mention.amount or 0.0 for m in members) - ledger.counted if funding else 0.0
    )
    changes["first_announced_on"] = ordered[0].mention.announced_on
    changes["last_announced_on"] = ordered[-1].mention.announced_on
    aliases = list(dict.fromkeys(labels))  # the first of equally complete names wins either way
    changes["aliases"] = json.dumps(aliases)
    changes["label"] = best_label(aliases)
    changes["topic"] = majority_topic(m.topic for m in members).value
    _save(connection, row, changes)
    if late_only:
        # Names and raw figures of the late members were indexed as they joined; what
        # only the ledger knows is a per-year figure's multi-year sum.
        _add_terms(session, row, [], [f for f in ledger.figures if f.years])
    else:
        connection.execute(delete(_TERMS).where(_T.commitment_id == commitment_id))
        _add_terms(session, row, labels, ledger.figures)
    return {(m.source_id, month_of(m.mention.announced_on)) for m in changed}


def _earlier_ledger(
    connection: Connection, row: Mapping[str, Any], params: dict[str, Any], sums: Sequence[Any]
) -> Ledger | None:
    """The ledger of the members before the earliest late one, from their sums (the first
    four of :data:`_EARLIER_SUMS`); None when their money does not add up exactly in SQL
    (fractional sums: replay them all)."""
    count, counted, fractional, magnitude = sums[:4]
    if fractional or magnitude >= EXACT_SUMS_BELOW:
        return None
    if not count or not spec_of(row["kind"]).counts_money:
        return Ledger(mentions=int(count))
    sums = sorted(connection.execute(_EARLIER_FIGURES, params).all(), key=lambda r: (r[0], r[1] or ""))
    return Ledger(
        counted=float(counted),
        figures=figures_of_sums((float(amount), period) for amount, period in sums),
        last_total=connection.execute(_EARLIER_TOTAL, params).scalar(),
        mentions=int(count),
    )


@dataclass
class _LateRead:
    """What a replay from a commitment's earliest late member reads from SQL."""

    sums: Sequence[Any] = ()  # the row of :data:`_EARLIER_SUMS`
    members: list[_Member] = field(default_factory=list)  # of :data:`_LATER_MEMBERS`
    topics: list[tuple[str, int]] = field(default_factory=list)  # of :data:`_TOPICS`


def _read_late(connection: Connection, starts: Sequence[tuple[int, date, int]]) -> dict[int, _LateRead]:
    """Per (commitment, day, article) of its earliest late member, what its replay reads,
    a few commitments per statement (:func:`_late_reads`)."""
    found: dict[int, _LateRead] = {}
    step = LATE_READ_SIZES[-1]
    for start in range(0, len(starts), step):
        chunk = starts[start : start + step]
        size = next(n for n in LATE_READ_SIZES if n >= len(chunk))
        params: dict[str, Any] = {}
        # Padded with a commitment no pledge belongs to (ids start at 1): an index probe
        # that finds nothing, and an empty row of sums, skipped below.
        padding = (0, chunk[-1][1], 0)
        for i, (cid, day, article) in enumerate([*chunk, *[padding] * (size - len(chunk))]):
            params.update({f"cid{i}": cid, f"day{i}": day, f"article{i}": article})
        reads = [found.setdefault(cid, _LateRead()) for cid, _day, _article in chunk]
        sums, later, topics = _late_reads(size)
        for row in fetch_all(connection, sums, params):
            if row[0] < len(chunk):
                reads[row[0]].sums = tuple(row)[1:]
        for row in fetch_all(connection, later, params):
            if row[-1] < len(chunk):  # the slot
                reads[row[-1]].members.append(_member(row))
        for cid, topic, count in fetch_all(connection, topics, params):
            found[cid].topics.append((topic, count))
    return found


def _refresh_from_late(
    session: Session, row: dict[str, Any], batch: _Batch | None = None, read: _LateRead | None = None
) -> set[SummaryKey] | None:
    """Replay a commitment from its earliest late member on, reading the members before
    it as sums (:func:`_earlier_ledger`); None when it must be replayed whole.

    Names and dates were brought up to date as the late members joined
    (:func:`_attach_late`); the names keep the order they were added in. With
    ``batch`` (whose rows and late members are current and written), the writes
    join the batch's; ``read`` is what :func:`_read_late` read for it, if it did.
    """
    connection = session.connection()
    if batch is not None:
        late = batch.late.get(row["id"])
        pending = [late] if late else []
    else:
        pending = [(p[0], p[1]) for p in connection.execute(_PENDING, {"cid": row["id"]})]
    if not pending:
        return None
    day, article = min(pending)
    params = {"cid": row["id"], "day": day, "article": article}
    sums = read.sums if read is not None else connection.execute(_EARLIER_SUMS, params).one()
    earlier = _earlier_ledger(connection, row, params, sums)
    if earlier is None:
        return None
    members = read.members if read is not None else _members(connection, _LATER_MEMBERS, **params)
    waiting = [m.mention.ref for m in members if m.stored[0] is None]
    stored = {m.mention.ref: m.stored[1] for m in members}
    outcomes, ledger = replay_late([m.mention for m in members], stored, waiting, earlier)
    changed = []
    for member in members:
        outcome = outcomes.get(member.mention.ref)
        if outcome and member.stored != (outcome.role.value, outcome.new_money, outcome.check_note):
            member.outcome = outcome
            changed.append(member)
    amounts, first_day, last_day = sums[4:]
    first_figure = row["amount"] if earlier.mentions else _first(members).mention.amount
    changes = _ledger_values(ledger, first_figure)
    funding = spec_of(row["kind"]).counts_money
    changes["restated_money"] = float(amounts or 0.0) - ledger.counted if funding else 0.0
    changes["first_announced_on"], changes["last_announced_on"] = first_day, last_day
    topics = read.topics if read is not None else connection.execute(_TOPICS, params).all()
    changes["topic"] = majority_topic(t for topic, n in topics for t in [topic] * int(n)).value
    changes["label"] = _earliest_best_label(connection, row, params)
    # What only the ledger knows is a per-year figure's multi-year sum.
    per_year = [f for f in ledger.figures if f.years]
    if batch is None:
        _write_outcomes(connection, row["id"], changed)
        _save(connection, row, changes)
        _add_terms(session, row, [], per_year)
    else:
        batch.outcomes.extend(_outcome_rows(row["id"], changed))
        batch.save(row, changes)
        batch.add_terms(_term_rows(row, [], per_year))
    return {(m.source_id, month_of(m.mention.announced_on)) for m in changed}


def _earliest_best_label(connection: Connection, row: Mapping[str, Any], params: dict[str, Any]) -> str:
    """The most complete of a commitment's names; among equally complete ones the one
    mentioned first, as a replay of every member picks it (the list of names is in
    the order they joined, not in date order)."""
    names = _aliases(row["aliases"]) or (row["label"],)
    top = max(completeness(name) for name in names)
    tied = [name for name in names if completeness(name) == top]
    if len(tied) == 1:
        return tied[0]
    column = _PLEDGES.c[_LABEL_FIELD[row["kind"]]]
    earliest = connection.execute(
        select(column)
        .where(_OF, column.in_(tied))
        .order_by(_P.announced_on, _P.article_id, _P.amount.desc(), _P.id)
        .limit(1),
        params,
    ).scalar()
    return str(earliest) if earliest else tied[0]


def _first(members: Sequence[_Member]) -> _Member:
    return min(members, key=lambda m: m.mention.sort_key)


def _merge(connection: Connection, kept: int, absorbed: int) -> None:
    """Move the absorbed commitment's members to the kept one, as late members: their
    roles were decided without the kept one's members, so they wait for the replay."""
    connection.execute(_MOVE_MEMBERS, {"b_kept": kept, "b_absorbed": absorbed})
    connection.execute(_DELETE_COMMITMENT, {"b_id": absorbed})


def _attach(batch: _Batch, commitment_id: int, group: Sequence[_Member]) -> None:
    # No role until the replay: a member without one is what marks where it starts.
    batch.outcomes.extend(
        {"b_pid": m.mention.ref, "b_cid": commitment_id, "b_role": None, "b_new": None, "b_note": None}
        for m in group
    )


def link_article(
    session: Session,
    article_id: int,
    dirty: set[int] | None = None,
    merged: set[int] | None = None,
    batch: _Batch | None = None,
) -> set[SummaryKey]:
    """Attach every unlinked, unrejected pledge of one article to its commitment.

    A commitment that needs its members replayed (a late article, a merge) is
    replayed here, or, when ``dirty`` is given, added to it for the caller to
    replay once after a batch of articles (see :func:`link_articles`); either way
    from its earliest late member on (``refresh_commitment(late_only=True)``);
    a commitment that absorbed another (added to ``merged``) is replayed whole,
    names and index included.

    ``batch`` carries what a batch of articles has read and not yet written; without
    it, this article's writes are made before it returns.
    """
    alone = batch is None
    if batch is None:
        batch = _Batch()
        session.flush()  # pledges added through the ORM must be visible to the Core reads below
    connection = session.connection()
    if batch.unlinked is not None:
        found = batch.unlinked.pop(article_id, [])
    else:
        found = _members(connection, _UNLINKED, article=article_id)
    members = {m.mention.ref: m for m in found}
    if not members:
        return set()
    mentions = [m.mention for m in members.values()]
    candidates, rows = _candidates(connection, article_id, mentions, batch)
    plan = assign(mentions, candidates)
    replay_now = set() if dirty is None else dirty
    whole = set() if merged is None else merged
    if plan.merges:
        batch.write(session)  # the merge moves members and deletes in SQL
    for kept, absorbed in plan.merges:
        _merge(connection, kept, absorbed)
        batch.forget(absorbed)
        replay_now.add(kept)
        whole.add(kept)
    by_commitment: dict[int, list[_Member]] = {}
    for ref, commitment_id in plan.joins.items():
        by_commitment.setdefault(commitment_id, []).append(members[ref])
    for commitment_id, group in sorted(by_commitment.items()):
        row = rows[commitment_id]
        # Read after a later mention (a late article): roles are replayed in date order.
        late = min(m.mention.announced_on for m in group) < row["last_announced_on"]
        if late or commitment_id in replay_now:
            _attach_late(row, group, batch)
            replay_now.add(commitment_id)
        else:
            _place(row, group, batch)
    for refs in plan.founds:
        group = [members[ref] for ref in sorted(refs, key=lambda r: members[r].mention.sort_key)]
        _place(_found(connection, group, batch), group, batch)
    touched = {(m.source_id, month_of(m.mention.announced_on)) for m in members.values()}
    if alone:
        batch.write(session)
    if dirty is None:
        touched |= refresh_commitments(session, whole)
        touched |= refresh_commitments(session, replay_now - whole, late_only=True)
    return touched


def _attach_late(row: dict[str, Any], group: Sequence[_Member], batch: _Batch) -> None:
    """Join members whose roles wait for a replay: names, figures and dates now (later
    articles match against them), roles and money when the commitment is replayed."""
    _attach(batch, row["id"], group)
    earliest = min((m.mention.announced_on, m.mention.article) for m in group)
    batch.late[row["id"]] = min(batch.late.get(row["id"], earliest), earliest)
    aliases = list(_aliases(row["aliases"]))
    added = [
        label for label in dict.fromkeys(m.mention.label for m in group) if label and label not in aliases
    ]
    figures = [Figure(m.mention.amount) for m in group if m.mention.amount]
    days = [m.mention.announced_on for m in group]
    changes: dict[str, Any] = {
        "mentions": row["mentions"] + len(group),
        "first_announced_on": min(row["first_announced_on"], *days),
        "last_announced_on": max(row["last_announced_on"], *days),
        "figures": _figures_json((*_figures(row["figures"]), *figures)),
    }
    if added:
        changes["aliases"] = json.dumps(aliases + added)
        changes["label"] = best_label([row["label"], *added])
    batch.save(row, changes)
    batch.add_terms(_term_rows(row, added, figures))


class OldestFirst(list[int]):
    """Article ids already in :func:`oldest_first`'s order, from a writer that knows the
    dates it has just stored (``store.articles.store_entries``): linking takes them as
    they are instead of reading the dates back (a select whose datetimes cost more to
    read than the query: ~1 ms a feed of 50)."""


def linking_order(dated: Mapping[int, tuple[datetime | None, datetime]]) -> OldestFirst:
    """:func:`oldest_first` of articles by their (published_at, first_seen_at) as stored:
    aware datetimes, compared by instant as the database's are."""
    return OldestFirst(sorted(dated, key=lambda i: (dated[i][0] or dated[i][1], i)))


def oldest_first(connection: Connection, article_ids: Iterable[int]) -> list[int]:
    """Article ids in the order their news broke (published, else first seen, then id).

    Feeds list the newest entry first; linking in that order would make almost
    every article a late one, whose commitment must be replayed from the start.
    """
    if isinstance(article_ids, OldestFirst):
        return list(article_ids)
    ids = sorted(set(article_ids))
    if not ids:
        return []
    dated = connection.execute(select(_A.id, _A.published_at, _A.first_seen_at).where(_A.id.in_(ids)))
    return [int(row[0]) for row in sorted(dated, key=lambda r: (r[1] or r[2], r[0]))]


def link_articles(
    session: Session, article_ids: Iterable[int], held: HeldPledges | None = None
) -> set[SummaryKey]:
    """Link several articles' pledges, oldest article first; commitments that need a
    replay are replayed once, after the last article, not once per article.

    ``held``: pledges of these articles not inserted yet (``store.held``); they are
    inserted with their links, before anything reads pledges in SQL."""
    session.flush()
    ordered = oldest_first(session.connection(), article_ids)
    touched: set[SummaryKey] = set()
    dirty: set[int] = set()
    merged: set[int] = set()
    batch = _Batch()
    batch.read_ahead(session.connection(), ordered, held)
    for article_id in ordered:
        touched |= link_article(session, article_id, dirty, merged, batch)
    batch.write(session)
    touched |= refresh_commitments(session, merged)
    for commitment_id in merged:
        batch.rows.pop(commitment_id, None)  # replayed in SQL: the batch's row is stale
    touched |= _refresh_late(session, sorted(dirty - merged), batch)
    batch.write(session)
    return touched


def _refresh_late(session: Session, commitment_ids: Sequence[int], batch: _Batch) -> set[SummaryKey]:
    """Replay the commitments with late members from the earliest of them on, their rows
    and late members as the batch holds them; the writes go together at the end."""
    touched: set[SummaryKey] = set()
    # Read before any replay writes: each reads only its own commitment's members.
    reads = _read_late(
        session.connection(),
        [(cid, *batch.late[cid]) for cid in commitment_ids if cid in batch.rows and cid in batch.late],
    )
    for commitment_id in commitment_ids:
        row = batch.rows.get(commitment_id)
        found = None if row is None else _refresh_from_late(session, row, batch, reads.get(commitment_id))
        if found is None:  # replayed whole, in SQL (rare: fractional sums)
            batch.write(session)
            batch.rows.pop(commitment_id, None)
            found = refresh_commitment(session, commitment_id, late_only=True)
        touched |= found
    return touched


def unlink_pledges(session: Session, pledge_ids: Iterable[int]) -> set[int]:
    """Detach pledges from their commitments; returns the commitments to refresh."""
    ids = list(pledge_ids)
    if not ids:
        return set()
    session.flush()
    connection = session.connection()
    affected = {
        int(cid)
        for cid in connection.execute(
            select(_P.commitment_id).where(_P.id.in_(ids), _P.commitment_id.is_not(None))
        ).scalars()
    }
    connection.execute(
        update(_PLEDGES)
        .where(_P.id.in_(ids))
        .values(commitment_id=None, link_role=None, new_money=None, check_note=None)
    )
    return affected


def commitments_of_articles(session: Session, article_ids: Iterable[int]) -> set[int]:
    """Commitments the given articles' pledges belong to (before those pledges are replaced)."""
    ids = list(article_ids)
    if not ids:
        return set()
    query = select(_P.commitment_id).where(_P.article_id.in_(ids), _P.commitment_id.is_not(None)).distinct()
    return {int(cid) for cid in session.connection().execute(query).scalars()}


def refresh_commitments(
    session: Session, commitment_ids: Iterable[int], *, late_only: bool = False
) -> set[SummaryKey]:
    touched: set[SummaryKey] = set()
    for commitment_id in sorted(set(commitment_ids)):
        touched |= refresh_commitment(session, commitment_id, late_only=late_only)
    return touched


def unlinked_article_ids(session: Session, limit: int) -> list[int]:
    """Articles with pledges not yet linked (after a migration, or a crash between steps)."""
    query = (
        select(_P.article_id)
        .where(_P.commitment_id.is_(None), _P.review_status != _REJECTED)
        .distinct()
        .order_by(_P.article_id)
        .limit(limit)
    )
    return [int(i) for i in session.connection().execute(query).scalars()]
