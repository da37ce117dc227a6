"""Sources a fresh install starts with: our bundled samples and a few public feeds."""

from __future__ import annotations

import logging

from sqlalchemy import Engine, func
from sqlmodel import Session, select

from tracker.core.clock import utcnow
from tracker.core.config import Settings
from tracker.ingest.samples import SAMPLE_PUBLISHERS, sample_names, sample_url
from tracker.schema.db import session_scope
from tracker.schema.models import Source
from tracker.store.sources import add_source

log = logging.getLogger(__name__)

# GOV.UK organisation feeds (Atom). When the network is closed the run goes on
# and each source's health says why.
PUBLIC_SOURCES = {
    "https://www.gov.uk/government/organisations/home-office.atom": "Home Office",
    "https://www.gov.uk/government/organisations/department-for-transport.atom": "Department for Transport",
    "https://www.gov.uk/government/organisations/department-of-health-and-social-care.atom": (
        "Department of Health and Social Care"
    ),
    "https://www.gov.uk/government/organisations/hm-treasury.atom": "HM Treasury",
}


def seed_default_sources(engine: Engine, settings: Settings) -> int:
    """Add the default sources when the database has none; returns how many were added."""
    if not settings.seed_default_sources:
        return 0
    with Session(engine) as session:
        if session.exec(select(func.count()).select_from(Source)).one():
            return 0
    now = utcnow()
    added = 0
    with session_scope(engine) as session:
        for name in sample_names():
            add_source(
                session,
                sample_url(name),
                now=now,
                title=f"Sample: {name}",
                publisher=SAMPLE_PUBLISHERS.get(name, "Sample"),
                interval_minutes=60,
            )
            added += 1
        for url, publisher in PUBLIC_SOURCES.items():
            add_source(session, url, now=now, publisher=publisher, interval_minutes=60)
            added += 1
    log.info("added %d default sources", added)
    return added
