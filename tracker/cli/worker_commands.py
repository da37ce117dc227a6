"""`tracker schedule` (the background worker) and `tracker status` (worker and source health).

Registered on the root app with :func:`register`.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, is_dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from tracker.cli.context import console, engine_for, one_line_errors, settings
from tracker.core.config import Settings

if TYPE_CHECKING:
    from tracker.queries.status import FailingSource, RecentError, WorkerStatus

DEFAULT_GRACE_S = 30.0


def default_tick_deadline(tick_seconds: float) -> float:
    """A tick may work through a backlog for a while, but not forever: five intervals, at least a minute."""
    return max(5 * tick_seconds, 60.0)


@one_line_errors
def schedule(
    tick_seconds: Annotated[
        float | None,
        typer.Option(
            "--tick-seconds", min=0.1, help="Seconds between ticks [default: setting tick_seconds]."
        ),
    ] = None,
    tick_deadline: Annotated[
        float | None,
        typer.Option(
            "--tick-deadline",
            min=0.1,
            help="A tick takes no new source after this many seconds [default: 5 ticks, at least 60].",
        ),
    ] = None,
    grace: Annotated[
        float, typer.Option("--grace", min=0, help="On SIGTERM/Ctrl-C, seconds to finish the source in hand.")
    ] = DEFAULT_GRACE_S,
    once: Annotated[bool, typer.Option("--once", help="Run one tick, then exit.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Log only problems.")] = False,
) -> None:
    """Poll due sources on a schedule until stopped (SIGTERM or Ctrl-C stop it gracefully)."""
    from tracker.runtime.default_sources import seed_default_sources
    from tracker.runtime.ingest_worker import IngestWorker, new_identity
    from tracker.runtime.reprocess import relink_pending
    from tracker.runtime.schedule import run_forever, run_once

    if not quiet:
        logging.getLogger("tracker").setLevel(logging.INFO)
    # "skipped: maximum number of running instances reached" is the design (ticks
    # never overlap), not a problem worth a warning every tick of a long backlog.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    config = settings()
    engine = engine_for(config)
    if (seeded := seed_default_sources(engine, config).message()) and not quiet:
        console.print(seeded, highlight=False, markup=False)
    tick = tick_seconds or float(config.tick_seconds)
    worker = IngestWorker(
        engine, config, new_identity(), tick_deadline_s=tick_deadline or default_tick_deadline(tick)
    )
    worker.register()
    relinked = relink_pending(engine)
    if relinked:
        logging.getLogger(__name__).info("linked the pledges of %d articles to their commitments", relinked)
    code = run_once(worker) if once else run_forever(worker, tick_seconds=tick, grace_s=grace)
    raise typer.Exit(code)


def _collect(config: Settings) -> dict[str, Any]:
    from tracker.core.clock import utcnow
    from tracker.domain.workers import stale_after
    from tracker.queries.status import collect_status

    return collect_status(engine_for(config), utcnow(), stale_after(config), config.failing_after)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S}" if moment else ""


def _workers_table(workers: list[WorkerStatus]) -> Table:
    table = Table("worker", "state", "host", "pid", "version", "started", "last seen", "sources done")
    style = {"alive": "green", "stale": "red", "stopped": "dim"}
    for w in workers:
        table.add_row(
            w.id,
            f"[{style[w.state]}]{w.state}[/]",
            w.host,
            str(w.pid),
            w.version,
            _when(w.started_at),
            _when(w.last_seen),
            str(w.sources_done),
        )
    return table


def _failing_table(sources: list[FailingSource]) -> Table:
    table = Table("source", "url", "failures", "failing since (UTC)", "last error")
    for s in sources:
        mark = "" if s.marked else " (not yet marked failing)"
        table.add_row(
            str(s.id),
            s.url[:60],
            f"{s.failures}{mark}",
            _when(s.failing_since),
            f"{s.error_kind}: {s.error}"[:80],
        )
    return table


def _errors_table(errors: list[RecentError]) -> Table:
    table = Table("when (UTC)", "source", "url", "error", "worker")
    for e in errors:
        table.add_row(_when(e.at), str(e.source_id), e.url[:50], f"{e.kind}: {e.error}"[:80], e.worker or "")
    return table


@one_line_errors
def status(as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False) -> None:
    """Workers alive or stale, sources due now, failing sources and since when, the last errors,
    and the last fault of the database itself until a run gets through again."""
    from tracker.runtime.store_faults import last_store_fault

    config = settings()
    fault = last_store_fault(config)
    if fault and not as_json:
        console.print(f"[red]The database failed[/red] {fault.line()}", highlight=False, soft_wrap=True)
    figures = _collect(config)
    figures["store_fault"] = fault
    if as_json:
        typer.echo(json.dumps(figures, sort_keys=True, default=_json_default))
        return
    workers = figures["workers"]
    alive = sum(1 for w in workers if w.state == "alive")
    console.print(_workers_table(workers) if workers else "No worker has run yet: start `tracker schedule`.")
    console.print(
        f"{alive} workers alive; {figures['sources_due_now']} sources due now, "
        f"{figures['sources_leased']} being polled",
        highlight=False,
    )
    if figures["failing_sources"]:
        console.print(_failing_table(figures["failing_sources"]))
    else:
        console.print("No source is failing.")
    if figures["recent_errors"]:
        console.print(_errors_table(figures["recent_errors"]))


def register(app: typer.Typer) -> None:
    """Add `schedule` and `status` to the root `tracker` command (once, however often called)."""
    present = {info.name for info in app.registered_commands}
    for name, command in (("schedule", schedule), ("status", status)):
        if name not in present:
            app.command(name)(command)
