"""`tracker sources ...`: add, import, export, list, remove, enable, disable, check."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tracker.cli.context import console, engine_for, one_line_errors, settings
from tracker.domain.scheduling import is_failing

if TYPE_CHECKING:
    from tracker.cli.quick_reads import SourceLine

app = typer.Typer(help="Manage the feeds the tracker polls.", no_args_is_help=True)


def _health(source: SourceLine, failing_after: int) -> str:
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
    url: Annotated[str, typer.Argument(help="Absolute http(s) URL of an RSS/Atom feed.")],
    interval: Annotated[int | None, typer.Option("--interval", min=1, help="Minutes between polls.")] = None,
    full_text: Annotated[
        bool, typer.Option("--full-text", help="Fetch each article's page for its text.")
    ] = False,
    title: Annotated[str | None, typer.Option("--title", help="A name to show for the source.")] = None,
    publisher: Annotated[
        str | None, typer.Option("--publisher", help="Department or outlet, for charts.")
    ] = None,
) -> None:
    """Add a feed (checked against the SSRF guard first; nothing is saved when refused)."""
    from tracker.runtime import services

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


@app.command("import")
@one_line_errors
def import_(
    path: Annotated[
        str,
        typer.Argument(
            metavar="FILE", help="OPML as feed readers export it, or a text file of URLs; - for stdin."
        ),
    ],
    interval: Annotated[int | None, typer.Option("--interval", min=1, help="Minutes between polls.")] = None,
    full_text: Annotated[
        bool, typer.Option("--full-text", help="Fetch each article's page for its text.")
    ] = False,
    publisher: Annotated[
        str | None, typer.Option("--publisher", help="Department or outlet, for every source.")
    ] = None,
) -> None:
    """Add many feeds at once, each checked as `sources add` checks it; prints what was added,
    skipped (already present) and refused, with the reason. Exits 1 when any was refused."""
    from rich.table import Table

    from tracker.ingest.source_list import read_source_list
    from tracker.runtime import services

    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    listed = read_source_list(data, "standard input" if path == "-" else path)
    config = settings()
    report = services.import_sources(
        engine_for(config),
        config,
        listed,
        interval_minutes=interval,
        full_text=full_text,
        publisher=publisher,
    )
    if report.refused:
        table = Table("where", "url", "refused because")
        for refused in report.refused:
            table.add_row(refused.where, refused.url, refused.reason)
        console.print(table)
    console.print(
        f"{len(listed)} URLs: {len(report.added)} added, {len(report.skipped)} skipped (already present), "
        f"{len(report.refused)} refused",
        highlight=False,
    )
    if report.refused:
        raise typer.Exit(1)


@app.command("export")
@one_line_errors
def export(
    opml: Annotated[bool, typer.Option("--opml/--text", help="OPML 2.0, or one URL a line.")] = True,
    output: Annotated[str, typer.Option("-o", "--output", help="File to write; - for stdout.")] = "-",
) -> None:
    """Write every source (not the bundled samples) as OPML, for a feed reader or `sources import`."""
    from tracker.ingest.samples import is_sample_url
    from tracker.ingest.source_list import ExportedSource, write_opml, write_url_lines
    from tracker.queries.sources import every_source

    stored = every_source(engine_for(settings()))
    sources = [ExportedSource(s.url, s.title, s.publisher) for s in stored if not is_sample_url(s.url)]
    text = write_opml(sources) if opml else write_url_lines(sources)
    if output == "-":
        sys.stdout.write(text)
        return
    with open(output, "w", encoding="utf-8") as out:
        out.write(text)
    console.print(f"{len(sources)} sources written to {output}", highlight=False)


@app.command("list")
@one_line_errors
def list_() -> None:
    """Every source with its health."""
    from tracker.cli.quick_reads import source_lines
    from tracker.schema.quick import read_connection

    config = settings()
    with read_connection(config.resolved_database_url()) as connection:
        sources = source_lines(connection)
    if not sources:
        console.print("No sources yet: add one with `tracker sources add URL`.")
        return
    header = ("id", "publisher", "every", "health", "last success", "next check", "url", "last error")
    rows = [
        (
            str(s.id),
            s.publisher or "",
            f"{s.interval_minutes} min",
            _health(s, config.failing_after),
            f"{s.last_success_at:%Y-%m-%d %H:%M}" if s.last_success_at else "",
            f"{s.next_check_at:%Y-%m-%d %H:%M}" if s.enabled else "",
            s.url,
            f"{s.last_error_kind}: {s.last_error}" if s.last_error else "",
        )
        for s in sources
    ]
    typer.echo(_aligned(header, rows, {"publisher": 30, "url": 50, "last error": 50}), nl=False)


def _aligned(header: Sequence[str], rows: Sequence[Sequence[str]], limits: dict[str, int]) -> str:
    """Plain columns, long cells cut with an ellipsis. (A rich Table lays out about a row a
    millisecond: a quarter of a second for 240 sources, most of this command's time.)"""

    def fit(text: str, limit: int | None) -> str:
        text = " ".join(text.split())
        return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"

    caps = [limits.get(name) for name in header]
    cells = [list(header), *([fit(cell, cap) for cell, cap in zip(row, caps, strict=True)] for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in cells]
    lines = [line.rstrip() for line in lines]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines) + "\n"


@app.command("remove")
@one_line_errors
def remove(ref: Annotated[str, typer.Argument(help="Source id or URL.")]) -> None:
    """Remove a source with its articles and pledges."""
    from tracker.runtime import services

    source = services.remove_source(engine_for(settings()), ref)
    console.print(f"removed source {source.id}: {source.url}", highlight=False)


@app.command("enable")
@one_line_errors
def enable(ref: Annotated[str, typer.Argument(help="Source id or URL.")]) -> None:
    """Enable a source (also after 410 Gone); it is due at once."""
    from tracker.runtime import services

    source = services.set_source_enabled(engine_for(settings()), ref, True)
    console.print(f"enabled source {source.id}: {source.url}", highlight=False)


@app.command("disable")
@one_line_errors
def disable(ref: Annotated[str, typer.Argument(help="Source id or URL.")]) -> None:
    """Stop polling a source until it is enabled again."""
    from tracker.runtime import services

    source = services.set_source_enabled(engine_for(settings()), ref, False)
    console.print(f"disabled source {source.id}: {source.url}", highlight=False)


@app.command("check")
@one_line_errors
def check(ref: Annotated[str, typer.Argument(help="Source id or URL.")]) -> None:
    """Mark a source due now; the worker (or the next `tracker ingest`) fetches it."""
    from tracker.runtime import services

    source = services.check_source_now(engine_for(settings()), ref)
    console.print(f"source {source.id} is due now", highlight=False)
