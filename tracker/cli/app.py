"""The root `tracker` command and its small commands."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tracker import __version__
from tracker.cli import run_command, worker_commands
from tracker.cli import sources as sources_cli
from tracker.cli.context import (
    EXIT_SOURCES_FAILED,
    EXIT_STORE_FAULT,
    configure_logging,
    console,
    engine_for,
    err_console,
    one_line_errors,
    run_app,
    settings,
)
from tracker.core.errors import InputError, RunStoppedError
from tracker.domain.kinds import DeliveryStatus, PledgeKind

# Each command imports what it needs in its body, so `tracker --help` and the quick
# commands start without SQLAlchemy, the extractor or the fetch stack.
if TYPE_CHECKING:
    from rich.table import Table
    from sqlalchemy import Engine

    from tracker.runtime.pipeline import SourceReport


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"


app = typer.Typer(
    add_completion=False,
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
def _root(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens.")] = False,
) -> None:
    configure_logging(verbose)


@app.command()
def version() -> None:
    """Print the tracker and extractor versions."""
    from tracker.extract import EXTRACTOR_VERSION

    console.print(f"tracker {__version__}, extractor {EXTRACTOR_VERSION}")


@db_app.command("upgrade")
@one_line_errors
def db_upgrade(revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    """Apply schema migrations (other commands do this by themselves when needed)."""
    from tracker.schema.migrate import upgrade

    config = settings()
    upgrade(config.resolved_database_url(), revision)
    console.print(f"database at {revision}: {config.resolved_database_url()}", highlight=False)


def _summary_table(reports: list[SourceReport]) -> Table:
    from rich.table import Table

    table = Table("id", "result", "new", "upd", "same", "pledges")
    table.add_column("url", no_wrap=True, overflow="ellipsis", max_width=40)
    table.add_column("error", no_wrap=True, overflow="ellipsis", max_width=60)
    for r in reports:
        counts = (r.new, r.updated, r.unchanged, r.pledges)
        note = r.error or (f"warning: {r.warning}" if r.warning else "")
        table.add_row(str(r.source_id), r.outcome, *map(str, counts), r.url, note)
    return table


def _refs_to_ids(engine: Engine, refs: list[str], force: bool) -> list[int]:
    from tracker.queries.sources import find

    ids = []
    for ref in refs:
        source = find(engine, ref)
        if not source.enabled and not force:
            raise InputError(
                f"source {source.id} ({source.url}) is disabled"
                f" ({source.disabled_reason or 'by a user'}): pass --force to fetch it anyway,"
                f" or `tracker sources enable {source.id}`"
            )
        ids.append(source.id)
    return ids


@app.command()
@one_line_errors
def ingest(
    source: Annotated[
        list[str] | None,
        typer.Option("--source", help="Source id or URL (repeatable); default: every due source."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="With --source: fetch a disabled source too.")
    ] = False,
) -> None:
    """One pass over due (or named) sources, with progress and a summary.

    Exit status: 0 all sources polled, 4 some failed (recorded on them), 5 the
    database failed and the run stopped (see `tracker status`).
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from tracker.core.clock import utcnow
    from tracker.queries.sources import due_ids
    from tracker.runtime.default_sources import seed_default_sources
    from tracker.runtime.pipeline import ingest_due
    from tracker.runtime.store_faults import clear_store_fault, record_store_fault
    from tracker.store.writes import background_writes

    config = settings()
    engine = engine_for(config)
    if seeded := seed_default_sources(engine, config).message():
        console.print(seeded, highlight=False, markup=False)
    ids = _refs_to_ids(engine, source, force) if source else due_ids(engine, utcnow())
    if not ids:
        console.print("Nothing is due. `tracker sources check ID` makes a source due now.")
        return
    reports: list[SourceReport] = []
    try:
        with Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=console
        ) as bar:
            task = bar.add_task("ingesting", total=len(ids))

            def advance(report: SourceReport) -> None:
                reports.append(report)
                bar.update(task, advance=1, description=f"ingesting {report.url[:50]}")

            # Nobody waits on a pass's writes: a reviewer's decision goes first, as with workers.
            with background_writes():
                ingest_due(engine, config, source_ids=ids, on_done=advance)
    except RunStoppedError as exc:
        if reports:
            console.print(_summary_table(reports))
        record_store_fault(config, "tracker ingest", str(exc), exc.not_attempted)
        err_console.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(EXIT_STORE_FAULT) from None
    clear_store_fault(config)
    console.print(_summary_table(reports))
    failed = sum(1 for r in reports if r.outcome == "error")
    console.print(
        f"{len(reports)} sources: {sum(r.new for r in reports)} new articles, "
        f"{sum(r.updated for r in reports)} updated, "
        f"{sum(r.pledges for r in reports)} pledges, {failed} failed"
    )
    if failed:
        raise typer.Exit(EXIT_SOURCES_FAILED)


@app.command("remove-samples")
@one_line_errors
def remove_samples() -> None:
    """Remove every bundled sample source with its articles, pledges and commitments."""
    from tracker.domain.limits import plural
    from tracker.runtime.services import remove_samples as remove

    removed = remove(engine_for(settings()))
    if not removed.sources:
        console.print("No sample sources: nothing removed.")
        return
    console.print(
        f"Removed {plural(removed.sources, 'sample source')} with {plural(removed.articles, 'article')}"
        f" and {plural(removed.pledges, 'pledge')}; commitments and totals recomputed.",
        highlight=False,
    )


@app.command()
@one_line_errors
def stats(as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False) -> None:
    """Counts of sources, failing sources, articles and pledges (by kind)."""
    from tracker.cli.quick_reads import stats_figures
    from tracker.schema.quick import read_connection

    config = settings()
    with read_connection(config.resolved_database_url()) as connection:
        figures = stats_figures(connection, config.failing_after)
    if as_json:
        typer.echo(json.dumps(figures, sort_keys=True))
        return
    from rich.table import Table

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
def backup(path: Annotated[Path, typer.Argument(help="Where to write the copy (must not exist).")]) -> None:
    """Copy the SQLite database consistently (SQLite backup API)."""
    from tracker.store.backup import backup_sqlite

    written = backup_sqlite(settings().resolved_database_url(), path)
    console.print(f"backup written to {written}", highlight=False)


def _input_lines(input_path: str) -> Iterator[bytes]:
    if input_path == "-":
        yield from sys.stdin.buffer
        return
    with open(input_path, "rb") as source:
        yield from source


@app.command()
@one_line_errors
def extract(
    input_path: Annotated[
        str,
        typer.Argument(metavar="INPUT.jsonl", help="JSON Lines {id, published, title, text}; - for stdin."),
    ],
    output: Annotated[str, typer.Option("-o", "--output", help="Prediction JSON Lines; - for stdout.")] = "-",
    skip_bad_lines: Annotated[
        bool, typer.Option("--skip-bad-lines", help="Report each bad input line on stderr and go on.")
    ] = False,
) -> None:
    """Extract pledges from documents, one output line per input line, in order.

    The output appears only when the run succeeds (a file is written beside the
    target and renamed); without --skip-bad-lines the first bad line stops the
    run with exit status 1 and nothing is written.
    """
    from tracker.cli.output import atomic_output
    from tracker.domain.limits import plural
    from tracker.extract.jsonl import extract_line

    bad = good = 0
    with atomic_output(output) as target:
        for number, raw in enumerate(_input_lines(input_path), 1):
            try:
                line = raw.decode("utf-8")
                if not line.strip():
                    continue
                target.write(extract_line(line, number) + "\n")
                good += 1
            except (InputError, UnicodeDecodeError) as exc:
                error = exc if isinstance(exc, InputError) else InputError(f"line {number}: not UTF-8 text")
                if not skip_bad_lines:
                    raise InputError(f"{input_path}: {error}; nothing written") from None
                bad += 1
                err_console.print(f"skipped {input_path}: {error}", highlight=False, markup=False)
    if bad:
        err_console.print(
            f"{plural(good, 'document')} extracted, {plural(bad, 'bad line')} skipped", highlight=False
        )


@app.command()
@one_line_errors
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="JSON Lines or CSV.")] = ExportFormat.JSONL,
    output: Annotated[str, typer.Option("-o", "--output", help="File to write; - for stdout.")] = "-",
) -> None:
    """Every stored pledge with its article, source, extractor version and review status."""
    from tracker.cli.output import atomic_output
    from tracker.queries.export import write_export

    engine = engine_for(settings())
    with atomic_output(output, newline="") as out:
        count = write_export(engine, out, fmt.value)
    if output != "-":
        console.print(f"{count} pledges written to {output}", highlight=False)


@app.command()
@one_line_errors
def reprocess() -> None:
    """Re-extract articles processed by an older extractor; reviews stay attached."""
    from tracker.store.writes import background_writes

    # A long batch job nobody waits on: a reviewer's decision goes before each of its
    # transactions, as with the workers' ticks.
    with background_writes():
        _reprocess()


def _reprocess() -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from tracker.extract import EXTRACTOR_VERSION
    from tracker.runtime.reprocess import count_stale, relink_pending, reprocess_stale

    engine = engine_for(settings())
    relinked = relink_pending(engine)
    if relinked:
        console.print(f"Linked the pledges of {relinked} articles to their commitments.")
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


commitments_app = typer.Typer(
    help="Commitments: each promise once, with its names, dates, mentions, new and restated money."
)
app.add_typer(commitments_app, name="commitments")


@commitments_app.callback(invoke_without_command=True)
@one_line_errors
def commitments(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    currency: Annotated[
        str | None, typer.Option("--currency", help="Only commitments in this currency (e.g. GBP).")
    ] = None,
    kind: Annotated[PledgeKind | None, typer.Option("--kind", help="Only this kind of pledge.")] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="At most this many, most new money first.")
    ] = None,
) -> None:
    """Commitments: each promise once, with its names, dates, mentions, new and restated money
    and delivery status."""
    if ctx.invoked_subcommand is not None:
        return
    from rich.table import Table

    from tracker.domain.kinds import DELIVERY_TITLES, spec_of
    from tracker.queries.commitments import list_commitments

    rows = list_commitments(
        engine_for(settings()), kind=kind.value if kind else None, currency=currency, limit=limit
    )
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row.as_dict(), sort_keys=True))
        return
    table = Table(
        "id", "kind", "commitment", "first", "latest", "mentions", "new money", "restated", "status"
    )
    for row in rows:
        new, restated = (_money(row.currency, v) for v in (row.new_money, row.restated_money))
        if not spec_of(row.kind).counts_money:
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
            DELIVERY_TITLES.get(row.status, row.status),
        )
    console.print(table)
    console.print(f"{len(rows)} commitments")


@commitments_app.command("status")
@one_line_errors
def commitment_status(
    commitment_id: Annotated[int, typer.Argument(help="The commitment's id (see `tracker commitments`).")],
    status: Annotated[DeliveryStatus, typer.Argument(help="Where the commitment stands.")],
    by: Annotated[str, typer.Option("--by", help="Your name, kept with the change.")],
    note: Annotated[str | None, typer.Option("--note", help="Why: what the evidence shows.")] = None,
    link: Annotated[str | None, typer.Option("--link", help="An http(s) link to the evidence.")] = None,
) -> None:
    """Set a commitment's delivery status; every change is kept with who, when, the note and link."""
    from tracker.domain.kinds import DELIVERY_TITLES
    from tracker.runtime.services import set_commitment_status

    change = set_commitment_status(
        engine_for(settings()),
        commitment_id,
        status=status.value,
        reviewer=by,
        note=note,
        evidence_url=link,
    )
    before = DELIVERY_TITLES.get(change.previous_status or "", change.previous_status or "none")
    console.print(
        f"commitment {commitment_id}: {before} -> {DELIVERY_TITLES[change.status]} (by {change.reviewer})",
        highlight=False,
    )


def main() -> None:
    run_app(app)
