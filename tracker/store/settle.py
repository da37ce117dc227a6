"""After pledges change, bring what is derived from them up to date in the same transaction:
commitments (links, roles, new money) and the monthly summary."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlmodel import Session

from tracker.store.commitments import link_articles, refresh_commitments
from tracker.store.held import HeldPledges
from tracker.store.summary import refresh_months


def settle(
    session: Session,
    *,
    linked_articles: Iterable[int] = (),
    stale_commitments: Iterable[int] = (),
    months: Iterable[tuple[int, date]] = (),
    held: HeldPledges | None = None,
) -> None:
    """Refresh commitments that lost or changed members, link new pledges, then the summary.

    ``held``: pledges of the linked articles not inserted yet, inserted as they are linked.
    """
    touched = refresh_commitments(session, stale_commitments)
    touched |= link_articles(session, linked_articles, held)
    refresh_months(session, touched | set(months))
