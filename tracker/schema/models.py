"""Every table of the tracker, as SQLModel classes.

Times are aware UTC datetimes (``tracker.core.clock.utcnow``) in every column:
SQLModel's UTCDateTime refuses naive values and returns UTC from SQLite and
PostgreSQL alike, so the two stores agree. Uniqueness lives in the database,
with names from the naming convention, so Alembic can create, compare and drop constraints by name.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Column, Index, MetaData, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from tracker.domain.kinds import (
    PLEDGE_FIELDS,
    DeliveryStatus,
    LinkRole,
    PledgeKind,
    Qualifier,
    ReviewStatus,
    Scope,
)
from tracker.domain.topics import Topic

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION
metadata: MetaData = SQLModel.metadata

__all__ = ["PLEDGE_FIELDS", "metadata"]

# Recipients are free text; the summaries key on their first 300 characters.
RECIPIENT_KEY_LENGTH = 300


def one_of(column: str, enum: type[StrEnum], *, nullable: bool = False) -> CheckConstraint:
    """A check constraint keeping ``column`` to the enum's values (named ``<column>_valid``)."""
    values = ", ".join(f"'{member.value}'" for member in enum)
    condition = f"{column} IN ({values})"
    if nullable:
        condition = f"{column} IS NULL OR {condition}"
    return CheckConstraint(condition, name=f"{column}_valid")


class Source(SQLModel, table=True):
    """A feed we poll, with its politeness state and health."""

    __table_args__ = (UniqueConstraint("url"),)

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(max_length=2000)
    title: str | None = Field(default=None, max_length=500)
    publisher: str | None = Field(default=None, max_length=200)
    interval_minutes: int = 60
    full_text: bool = False
    enabled: bool = True
    disabled_reason: str | None = Field(default=None, max_length=200)
    etag: str | None = Field(default=None, max_length=1000)
    last_modified: str | None = Field(default=None, max_length=200)
    created_at: datetime
    next_check_at: datetime = Field(index=True)
    last_checked_at: datetime | None = None
    last_success_at: datetime | None = None
    consecutive_failures: int = 0
    failing_since: datetime | None = None
    last_error_kind: str | None = Field(default=None, max_length=100)
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    last_error_at: datetime | None = None
    # A worker holds a lease while it ingests the source; an expired lease
    # means the worker died and the source may be taken again.
    lease_owner: str | None = Field(default=None, max_length=200)
    lease_expires_at: datetime | None = None


class Article(SQLModel, table=True):
    """One feed entry, keyed by (source, entry key); the text is its latest version."""

    __table_args__ = (UniqueConstraint("source_id", "entry_key"),)

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", ondelete="CASCADE", index=True)
    entry_key: str = Field(max_length=2000)
    url: str | None = Field(default=None, max_length=2000)
    title: str = Field(default="", sa_column=Column(Text, nullable=False))
    author: str | None = Field(default=None, max_length=500)
    published_at: datetime | None = Field(default=None, index=True)
    date_flag: str | None = Field(default=None, max_length=50)
    first_seen_at: datetime
    updated_at: datetime
    summary: str = Field(default="", sa_column=Column(Text, nullable=False))
    body: str = Field(default="", sa_column=Column(Text, nullable=False))
    body_origin: str = Field(default="feed", max_length=20)
    content_hash: str = Field(max_length=64)
    update_count: int = 0
    # Which extractor produced this article's pledges (even when it found none),
    # so `tracker reprocess` knows what is stale.
    extractor_version: str | None = Field(default=None, max_length=20, index=True)


class ArticleVersion(SQLModel, table=True):
    """A previous text of an article, kept when the entry's content changed."""

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)
    content_hash: str = Field(max_length=64)
    title: str = Field(default="", sa_column=Column(Text, nullable=False))
    body: str = Field(default="", sa_column=Column(Text, nullable=False))
    replaced_at: datetime


class Commitment(SQLModel, table=True):
    """One real-world commitment, linking the pledges that announce it across articles.

    ``new_money`` is the money it adds to the world (counted once however often
    it is re-announced); ``restated_money`` is the money its later mentions
    repeat. ``figures`` and ``aliases`` (JSON lists) are what linking compares a
    new mention with, so joining a commitment never reloads its members.
    """

    __table_args__ = (
        # A commitment is founded by one pledge; two workers linking the same pledge
        # cannot both create one.
        UniqueConstraint("origin"),
        Index("ix_commitment_kind_last_announced_on", "kind", "last_announced_on"),
        one_of("kind", PledgeKind),
        one_of("status", DeliveryStatus),
        one_of("topic", Topic),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20)
    origin: str = Field(max_length=100)
    label: str = Field(default="", sa_column=Column(Text, nullable=False))
    aliases: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    figures: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    currency: str | None = Field(default=None, max_length=3)
    # Funding: the latest stated total (or the first figure); headcount: staff pledged.
    amount: float | None = None
    staff: int | None = None
    new_money: float = 0.0
    restated_money: float = 0.0
    first_announced_on: date
    last_announced_on: date
    mentions: int = 0
    topic: str = Field(default=Topic.OTHER.value, max_length=30, index=True)
    status: str = Field(default=DeliveryStatus.ANNOUNCED.value, max_length=20, index=True)
    status_changed_at: datetime | None = None


class CommitmentTerm(SQLModel, table=True):
    """The words that name a commitment: an index from a word to the commitments it names,
    so a new mention finds its candidates without scanning every commitment."""

    __table_args__ = (Index("ix_commitmentterm_lookup", "kind", "currency", "term", "commitment_id"),)

    commitment_id: int = Field(foreign_key="commitment.id", ondelete="CASCADE", primary_key=True)
    term: str = Field(max_length=40, primary_key=True)
    kind: str = Field(max_length=20)
    currency: str = Field(default="", max_length=3)


class CommitmentStatusChange(SQLModel, table=True):
    """One change of a commitment's delivery status: who, when, from what to what, and why."""

    __table_args__ = (
        one_of("status", DeliveryStatus),
        one_of("previous_status", DeliveryStatus, nullable=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    commitment_id: int = Field(foreign_key="commitment.id", ondelete="CASCADE", index=True)
    status: str = Field(max_length=20)
    previous_status: str | None = Field(default=None, max_length=20)
    note: str | None = Field(default=None, sa_column=Column(Text))
    evidence_url: str | None = Field(default=None, max_length=2000)
    reviewer: str = Field(max_length=200)
    changed_at: datetime


class Pledge(SQLModel, table=True):
    """One pledge found in one article, with its provenance."""

    __table_args__ = (
        UniqueConstraint("article_id", "fingerprint"),
        Index("ix_pledge_kind_announced_on", "kind", "announced_on"),
        # The review queue: unreviewed pledges, newest first, without a sort of 1M rows.
        Index("ix_pledge_review_status_announced_on", "review_status", "announced_on"),
        # The Commitments page's filters, read from the index alone (migration 0007): a
        # commitment's mentions in a period, and the commitments a source mentioned. They
        # replace the single-column indexes on commitment_id and source_id.
        Index("ix_pledge_commitment_id_announced_on", "commitment_id", "announced_on", "review_status"),
        Index("ix_pledge_source_id_commitment_id", "source_id", "review_status", "commitment_id"),
        one_of("kind", PledgeKind),
        one_of("review_status", ReviewStatus),
        one_of("link_role", LinkRole, nullable=True),
        one_of("scope", Scope, nullable=True),
        one_of("qualifier", Qualifier, nullable=True),
        one_of("topic", Topic),
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)
    source_id: int = Field(foreign_key="source.id", ondelete="CASCADE")
    commitment_id: int | None = Field(default=None, foreign_key="commitment.id", ondelete="SET NULL")
    # How this mention relates to its commitment (LinkRole), and the new money it adds.
    link_role: str | None = Field(default=None, max_length=20)
    new_money: float | None = None
    kind: str = Field(max_length=20)
    announced_on: date = Field(index=True)
    amount: float | None = None
    currency: str | None = Field(default=None, max_length=3)
    recipient: str | None = Field(default=None, sa_column=Column(Text))
    qualifier: str | None = Field(default=None, max_length=20)
    scope: str | None = Field(default=None, max_length=20)
    period: str | None = Field(default=None, max_length=200)
    name: str | None = Field(default=None, sa_column=Column(Text))
    parent: str | None = Field(default=None, sa_column=Column(Text))
    person: str | None = Field(default=None, max_length=300)
    role: str | None = Field(default=None, sa_column=Column(Text))
    organisation: str | None = Field(default=None, sa_column=Column(Text))
    count: int | None = None
    evidence: str = Field(sa_column=Column(Text, nullable=False))
    span_start: int
    span_end: int
    confidence: float = 0.5
    fingerprint: str = Field(max_length=64)
    extractor_version: str = Field(max_length=20)
    extracted_at: datetime
    # Mirrors the Review row for fast filtering; Review is the record of truth.
    review_status: str = Field(default="unreviewed", max_length=20, index=True)
    topic: str = Field(default=Topic.OTHER.value, max_length=30)
    # A doubt for the reviewer, e.g. stated parts that do not add up to the stated total.
    check_note: str | None = Field(default=None, sa_column=Column(Text))


class Review(SQLModel, table=True):
    """A person's decision on a pledge, keyed by fingerprint so it survives re-extraction."""

    __table_args__ = (UniqueConstraint("article_id", "fingerprint"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)
    fingerprint: str = Field(max_length=64)
    status: str = Field(max_length=20)
    reviewer: str = Field(max_length=200)
    reviewed_at: datetime
    corrections: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    # The machine's values of the corrected fields (JSON), kept so a correction can be
    # shown against what was found, and undone.
    original: str = Field(default="{}", sa_column=Column(Text, nullable=False, server_default="{}"))
    note: str | None = Field(default=None, sa_column=Column(Text))


class PledgeSummary(SQLModel, table=True):
    """Monthly totals per source, kind, currency and topic, kept up to date by every
    writer (ingest, reprocess, review), so dashboard charts never scan every pledge.
    Rejected pledges are left out. ``new_money`` counts each commitment's money once
    (its first mention and top-ups); ``restated_money`` is what re-announcements repeat."""

    __table_args__ = (
        UniqueConstraint("month", "source_id", "kind", "currency", "topic"),
        # Covering indexes: the headline of a period and money per month read only these.
        Index(
            "ix_pledgesummary_month_figures",
            "month",
            "kind",
            "currency",
            "pledges",
            "new_money",
            "restated_money",
            "staff",
        ),
        Index(
            "ix_pledgesummary_kind_currency_month",
            "kind",
            "currency",
            "month",
            "source_id",
            "new_money",
            "restated_money",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    month: date = Field(index=True)
    source_id: int = Field(foreign_key="source.id", ondelete="CASCADE", index=True)
    kind: str = Field(max_length=20)
    currency: str = Field(default="", max_length=3)
    topic: str = Field(default=Topic.OTHER.value, max_length=30)
    pledges: int = 0
    new_money: float = 0.0
    restated_money: float = 0.0
    staff: int = 0


class PledgeTotal(SQLModel, table=True):
    """All-time totals per source, kind, currency and topic: the sum of the
    ``PledgeSummary`` rows over every month, moved by the same refresh (the change of a
    month's rows is added), so all-time figures add up a few thousand rows at most."""

    __table_args__ = (UniqueConstraint("source_id", "kind", "currency", "topic"),)

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", ondelete="CASCADE")
    kind: str = Field(max_length=20)
    currency: str = Field(default="", max_length=3)
    topic: str = Field(default=Topic.OTHER.value, max_length=30)
    pledges: int = 0
    new_money: float = 0.0
    restated_money: float = 0.0
    staff: int = 0


class RecipientSummary(SQLModel, table=True):
    """New money per recipient, month, source and currency (funding pledges with new
    money, rejected ones left out), refreshed with ``PledgeSummary``: the overview's top
    recipients of a period read these rows instead of the pledges."""

    __table_args__ = (
        UniqueConstraint("month", "source_id", "currency", "recipient"),
        # Recounting one recipient's all-time total reads its rows by this index.
        Index("ix_recipientsummary_currency_recipient", "currency", "recipient"),
    )

    id: int | None = Field(default=None, primary_key=True)
    month: date = Field(index=True)
    source_id: int = Field(foreign_key="source.id", ondelete="CASCADE", index=True)
    currency: str = Field(max_length=3)
    # Cut to its column like any stored text, so the key stays small on both stores.
    recipient: str = Field(max_length=RECIPIENT_KEY_LENGTH)
    pledges: int = 0
    new_money: float = 0.0


class RecipientTotal(SQLModel, table=True):
    """All-time new money per recipient and currency, the sum of its ``RecipientSummary``
    rows, moved by triggers on that table (migration 0004_search_index) whenever a row
    is written or deleted, a source's cascade included: the all-time top recipients are
    the first rows of an index instead of a scan of every funding pledge."""

    __table_args__ = (
        UniqueConstraint("currency", "recipient"),
        Index("ix_recipienttotal_currency_new_money", "currency", "new_money"),
    )

    id: int | None = Field(default=None, primary_key=True)
    currency: str = Field(max_length=3)
    recipient: str = Field(max_length=RECIPIENT_KEY_LENGTH)
    pledges: int = 0
    new_money: float = 0.0


class FetchLog(SQLModel, table=True):
    """One poll of one source: what happened, for health pages and gap shading."""

    __table_args__ = (
        # Gap shading: the failed polls of a period, then each failing source's polls on
        # its failing days, without reading every poll of the period.
        Index("ix_fetchlog_outcome_started_at", "outcome", "started_at"),
        Index("ix_fetchlog_source_id_started_at", "source_id", "started_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", ondelete="CASCADE", index=True)
    started_at: datetime = Field(index=True)
    finished_at: datetime
    outcome: str = Field(max_length=20)  # ok | not_modified | error
    http_status: int | None = None
    error_kind: str | None = Field(default=None, max_length=100)
    error: str | None = Field(default=None, sa_column=Column(Text))
    entries_new: int = 0
    entries_updated: int = 0
    entries_unchanged: int = 0
    pledges_new: int = 0
    bytes_received: int = 0
    worker: str | None = Field(default=None, max_length=200)


class Worker(SQLModel, table=True):
    """Heartbeat of a `tracker schedule` process."""

    id: str = Field(primary_key=True, max_length=200)
    host: str = Field(max_length=200)
    pid: int
    version: str = Field(max_length=50)
    started_at: datetime
    last_tick_at: datetime | None = None
    sources_done: int = 0
    stopped_at: datetime | None = None
