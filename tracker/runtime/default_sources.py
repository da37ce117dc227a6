"""Sources a fresh install starts with: our bundled samples and a few public feeds."""

from __future__ import annotations

import logging
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Seeded:
    """What :func:`seed_default_sources` added: how many sources, how many of them samples."""

    added: int = 0
    samples: int = 0

    def message(self) -> str:
        """What the CLI says when it added them (empty when it added none)."""
        if not self.added:
            return ""
        return (
            f"Added {self.added} default sources ({self.samples} bundled samples, marked 'Sample:', "
            f"and {self.added - self.samples} public feeds) to the new database; "
            "`tracker remove-samples` removes the samples."
        )


def seed_default_sources(engine: Engine, settings: Settings) -> Seeded:
    """Add the default sources when the database has none; says how many were added."""
    if not settings.seed_default_sources:
        return Seeded()
    with Session(engine) as session:
        if session.exec(select(func.count()).select_from(Source)).one():
            return Seeded()
    now = utcnow()
    names = sample_names()
    with session_scope(engine) as session:
        for name in names:
            publisher = SAMPLE_PUBLISHERS.get(name, f"Sample: {name}")
            add_source(
                session, sample_url(name), now=now, title=publisher, publisher=publisher, interval_minutes=60
            )
        for url, publisher in PUBLIC_SOURCES.items():
            add_source(session, url, now=now, publisher=publisher, interval_minutes=60)
    seeded = Seeded(len(names) + len(PUBLIC_SOURCES), len(names))
    log.info("added %d default sources (%d samples)", seeded.added, seeded.samples)
    return seeded
