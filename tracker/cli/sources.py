"""`tracker sources ...`: add, list, remove, enable, disable, check."""

from __future__ import annotations

import typer
from rich.table import Table
from sqlmodel import Session

from tracker.cli.context import console, engine_for, one_line_errors, settings
from tracker.domain.scheduling import is_failing
from tracker.runtime import services
from tracker.schema.models import Source
from tracker.store.sources import list_sources

app = typer.Typer(help="Manage the feeds the tracker polls.", no_args_is_help=True)


def _health(source: Source, failing_after: int) -> str:
    if not source.enabled:
        return f"disabled ({source.disabled_reason or 'by a user'})"
    if source.consecutive_failures and source.failing_since:
        since = f"{source.failing_since:%Y-%m-%d %H:%M}"
        if is_failing(source.consecutive_failures, failing_after):
            return f"failing since {since} ({source.consecutive_failures}x)"
        return f"last poll failed ({source.consecutive_failures}x since {since})"
    if source.last_success_at:
        return "ok"
    return "not polled yet"


@app.command("add")
@one_line_errors
def add(
    url: str = typer.Argument(..., help="Absolute http(s) URL of an RSS/Atom feed."),
    interval: int = typer.Option(None, "--interval", min=1, help="Minutes between polls."),
    full_text: bool = typer.Option(False, "--full-text", help="Fetch each article's page for its text."),
    title: str = typer.Option(None, "--title", help="A name to show for the source."),
    publisher: str = typer.Option(None, "--publisher", help="Department or outlet, for charts."),
) -> None:
    """Add a feed (checked against the SSRF guard first; nothing is saved when refused)."""
    config = settings()
    source = services.add_source(
        engine_for(config),
        config,
        url,
        title=title,
        publisher=publisher,
        interval_minutes=interval,
        full_text=full_text,
    )
    console.print(f"added source {source.id}: {source.url}", highlight=False)


@app.command("list")
@one_line_errors
def list_() -> None:
    """Every source with its health."""
    config = settings()
    with Session(engine_for(config)) as session:
        sources = list_sources(session)
    if not sources:
        console.print("No sources yet: add one with `tracker sources add URL`.")
        return
    table = Table("id", "publisher", "every", "health", "last success", "next check")
    table.add_column("url", no_wrap=True, overflow="ellipsis", max_width=50)
    table.add_column("last error", no_wrap=True, overflow="ellipsis", max_width=50)
    for s in sources:
        table.add_row(
            str(s.id),
            s.publisher or "",
            f"{s.interval_minutes} min",
            _health(s, config.failing_after),
            f"{s.last_success_at:%Y-%m-%d %H:%M}" if s.last_success_at else "",
            f"{s.next_check_at:%Y-%m-%d %H:%M}" if s.enabled else "",
            s.url,
            f"{s.last_error_kind}: {s.last_error}" if s.last_error else "",
        )
    console.print(table)


@app.command("remove")
@one_line_errors
def remove(ref: str = typer.Argument(..., help="Source id or URL.")) -> None:
    """Remove a source with its articles and pledges."""
    source = services.remove_source(engine_for(settings()), ref)
    console.print(f"removed source {source.id}: {source.url}", highlight=False)


@app.command("enable")
@one_line_errors
def enable(ref: str = typer.Argument(..., help="Source id or URL.")) -> None:
    """Enable a source (also after 410 Gone); it is due at once."""
    source = services.set_source_enabled(engine_for(settings()), ref, True)
    console.print(f"enabled source {source.id}: {source.url}", highlight=False)


@app.command("disable")
@one_line_errors
def disable(ref: str = typer.Argument(..., help="Source id or URL.")) -> None:
    """Stop polling a source until it is enabled again."""
    source = services.set_source_enabled(engine_for(settings()), ref, False)
    console.print(f"disabled source {source.id}: {source.url}", highlight=False)


@app.command("check")
@one_line_errors
def check(ref: str = typer.Argument(..., help="Source id or URL.")) -> None:
    """Mark a source due now; the worker (or the next `tracker ingest`) fetches it."""
    source = services.check_source_now(engine_for(settings()), ref)
    console.print(f"source {source.id} is due now", highlight=False)
