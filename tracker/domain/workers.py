"""Pure decisions of the background worker: may a tick go on, is a worker alive."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from tracker.core.config import Settings

Step = Literal["go", "stop", "overrun"]
WorkerState = Literal["alive", "stale", "stopped"]


def next_step(stop_requested: bool, now: float, deadline: float) -> Step:
    """May the tick take another source?"""
    if stop_requested:
        return "stop"
    return "overrun" if now >= deadline else "go"


@dataclass(frozen=True)
class Identity:
    """Who a worker is: its id names it in leases, fetch logs and the status table."""

    id: str
    host: str
    pid: int
    version: str


def stale_after(settings: Settings) -> timedelta:
    """How long without a beat before a worker counts as gone.

    A worker beats at every tick and after every source, and one source is
    bounded by the fetch deadline plus the parse limit; three ticks on top of
    that leave room for a slow database.
    """
    return timedelta(seconds=3 * settings.tick_seconds + settings.total_timeout_s + settings.parse_timeout_s)


def worker_state(
    last_seen: datetime, stopped_at: datetime | None, now: datetime, stale: timedelta
) -> WorkerState:
    """A stopped row is stopped; otherwise alive while it beats within ``stale``."""
    if stopped_at is not None:
        return "stopped"
    return "alive" if now - last_seen <= stale else "stale"
