"""The root `tracker` command and its small commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from sqlmodel import Session

from tracker import __version__
from tracker.cli import run_command, worker_commands
from tracker.cli import sources as sources_cli
from tracker.cli.context import configure_logging, console, engine_for, one_line_errors, settings
from tracker.core.clock import utcnow
from tracker.core.errors import InputError
from tracker.extract import EXTRACTOR_VERSION
from tracker.extract.jsonl import extract_jsonl
from tracker.queries.export import write_export
from tracker.queries.stats import collect_stats
from tracker.runtime.default_sources import seed_default_sources
from tracker.runtime.pipeline import SourceReport, ingest_due
from tracker.runtime.reprocess import count_stale, reprocess_stale
from tracker.schema.migrate import upgrade
from tracker.store.backup import backup_sqlite
from tracker.store.sources import due_source_ids, find_source

app = typer.Typer(
    help="Policy Tracker: government pledges from press-release feeds, as dated entities.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(sources_cli.app, name="sources")
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
app.add_typer(db_app, name="db")
worker_commands.register(app)
run_command.register(app)


@app.callback()
def _root(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log what happens.")) -> None:
    configure_logging(verbose)


@app.command()
def version() -> None:
    """Print the tracker and extractor versions."""
    console.print(f"tracker {__version__}, extractor {EXTRACTOR_VERSION}")


@db_app.command("upgrade")
@one_line_errors
def db_upgrade(revision: str = typer.Argument("head", help="Target revision.")) -> None:
    """Apply schema migrations (other commands do this by themselves when needed)."""
    config = settings()
    upgrade(config.resolved_database_url(), revision)
    console.print(f"database at {revision}: {config.resolved_database_url()}", highlight=False)


def _summary_table(reports: list[SourceReport]) -> Table:
    table = Table("id", "result", "new", "upd", "same", "pledges")
    table.add_column("url", no_wrap=True, overflow="ellipsis", max_width=40)
    table.add_column("error", no_wrap=True, overflow="ellipsis", max_width=60)
    for r in reports:
        counts = (r.new, r.updated, r.unchanged, r.pledges)
        table.add_row(str(r.source_id), r.outcome, *map(str, counts), r.url, r.error or "")
    return table


@app.command()
@one_line_errors
def ingest(
    source: list[str] = typer.Option(
        None, "--source", help="Source id or URL (repeatable); default: every due source."
    ),
) -> None:
    """One pass over due (or named) sources, with progress and a summary."""
    config = settings()
    engine = engine_for(config)
    seed_default_sources(engine, config)
    with Session(engine) as session:
        if source:
            ids = [find_source(session, ref).id or 0 for ref in source]
        else:
            ids = due_source_ids(session, utcnow())
    if not ids:
        console.print("Nothing is due. `tracker sources check ID` makes a source due now.")
        return
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=console
    ) as bar:
        task = bar.add_task("ingesting", total=len(ids))

        def advance(report: SourceReport) -> None:
            bar.update(task, advance=1, description=f"ingesting {report.url[:50]}")

        reports = ingest_due(engine, config, source_ids=ids, on_done=advance)
    console.print(_summary_table(reports))
    failed = sum(1 for r in reports if r.outcome == "error")
    console.print(
        f"{len(reports)} sources: {sum(r.new for r in reports)} new articles, "
        f"{sum(r.updated for r in reports)} updated, "
        f"{sum(r.pledges for r in reports)} pledges, {failed} failed"
    )


@app.command()
@one_line_errors
def stats(as_json: bool = typer.Option(False, "--json", help="One JSON object.")) -> None:
    """Counts of sources, failing sources, articles and pledges (by kind)."""
    config = settings()
    figures = collect_stats(engine_for(config), config.failing_after)
    if as_json:
        typer.echo(json.dumps(figures, sort_keys=True))
        return
    table = Table("what", "count")
    for key, value in figures.items():
        if isinstance(value, dict):
            for kind, count in value.items():
                table.add_row(f"  pledges: {kind}", str(count))
        else:
            table.add_row(key.replace("_", " "), str(value))
    console.print(table)


@app.command()
@one_line_errors
def backup(path: Path = typer.Argument(..., help="Where to write the copy (must not exist).")) -> None:
    """Copy the SQLite database consistently (SQLite backup API)."""
    written = backup_sqlite(settings().resolved_database_url(), path)
    console.print(f"backup written to {written}", highlight=False)


@app.command()
@one_line_errors
def extract(
    input_path: str = typer.Argument(
        ..., metavar="INPUT.jsonl", help="JSON Lines {id, published, title, text}; - for stdin."
    ),
    output: str = typer.Option("-", "-o", "--output", help="Prediction JSON Lines; - for stdout."),
) -> None:
    """Extract pledges from documents, one output line per input line, in order."""
    source = sys.stdin if input_path == "-" else open(input_path, encoding="utf-8")  # noqa: SIM115
    target = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for line in extract_jsonl(source):
            target.write(line + ("" if line.endswith("\n") else "\n"))
    finally:
        if source is not sys.stdin:
            source.close()
        if target is not sys.stdout:
            target.close()


@app.command()
@one_line_errors
def export(
    fmt: str = typer.Option("jsonl", "--format", help="jsonl or csv."),
    output: str = typer.Option("-", "-o", "--output", help="File to write; - for stdout."),
) -> None:
    """Every stored pledge with its article, source, extractor version and review status."""
    if fmt not in ("jsonl", "csv"):
        raise InputError(f"unknown format {fmt!r}: use jsonl or csv")
    engine = engine_for(settings())
    if output == "-":
        write_export(engine, sys.stdout, fmt)
        return
    with open(output, "w", encoding="utf-8", newline="") as out:
        count = write_export(engine, out, fmt)
    console.print(f"{count} pledges written to {output}", highlight=False)


@app.command()
@one_line_errors
def reprocess() -> None:
    """Re-extract articles processed by an older extractor; reviews stay attached."""
    engine = engine_for(settings())
    total = count_stale(engine)
    if not total:
        console.print(f"Every article is extracted with version {EXTRACTOR_VERSION}.")
        return
    with Progress(TextColumn("re-extracting"), BarColumn(), MofNCompleteColumn(), console=console) as bar:
        task = bar.add_task("reprocess", total=total)
        articles, pledges = reprocess_stale(engine, on_batch=lambda n: bar.update(task, advance=n))
    console.print(f"{articles} articles re-extracted with version {EXTRACTOR_VERSION}: {pledges} pledges")


def _money(currency: str | None, value: float) -> str:
    return f"{currency or ''} {value:,.0f}".strip()


@app.command()
@one_line_errors
def commitments(
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
    currency: str = typer.Option(None, "--currency", help="Only commitments in this currency (e.g. GBP)."),
    kind: str = typer.Option(None, "--kind", help="Only this kind (funding, unit, appointment, headcount)."),
    limit: int = typer.Option(None, "--limit", min=1, help="At most this many, most new money first."),
) -> None:
    """Commitments: each promise once, with its names, dates, mentions, and new and restated money."""
    from tracker.queries.commitments import list_commitments

    rows = list_commitments(engine_for(settings()), kind=kind, currency=currency, limit=limit)
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row.as_dict(), sort_keys=True))
        return
    table = Table("id", "kind", "commitment", "first", "latest", "mentions", "new money", "restated")
    for row in rows:
        new, restated = (_money(row.currency, v) for v in (row.new_money, row.restated_money))
        if row.kind != "funding":
            new = restated = ""
        table.add_row(
            str(row.id),
            row.kind,
            row.label,
            row.first_announced_on.isoformat(),
            row.last_announced_on.isoformat(),
            str(row.mentions),
            new,
            restated,
        )
    console.print(f"{len(rows)} commitments")


def main() -> None:
    app()
