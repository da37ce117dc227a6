"""What every command needs: settings, a migrated engine, and one-line errors."""

from __future__ import annotations

import functools
import logging
import sqlite3
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import typer
from rich.console import Console

from tracker.core.config import DATABASE_SETTING, Settings, load_settings
from tracker.core.errors import StoreError, TrackerError

if TYPE_CHECKING:  # SQLAlchemy is imported by the commands that use a database, not by `--help`
    from sqlalchemy import Engine

P = ParamSpec("P")
R = TypeVar("R")
log = logging.getLogger(__name__)

# Exit statuses of every command (README "Exit status").
EXIT_OK = 0
EXIT_ERROR = 1  # a bad setting, bad input, or a failure before any work: one line on stderr
EXIT_USAGE = 2  # unknown option or missing argument (typer's own message)
EXIT_SOURCES_FAILED = 4  # `tracker ingest`: every source attempted, some failed (recorded on them)
EXIT_STORE_FAULT = 5  # `tracker ingest`: the database failed and the run stopped (see `tracker status`)


def _width(stream: object) -> int | None:
    """Rich falls back to 80 columns off a terminal, which folds every table; logs
    and pipes get room instead."""
    isatty = getattr(stream, "isatty", None)
    return None if isatty and isatty() else 180


console = Console(width=_width(sys.stdout))
# soft_wrap: an error is one line, however long, never folded at the terminal width.
err_console = Console(stderr=True, width=_width(sys.stderr), soft_wrap=True)


def settings() -> Settings:
    return load_settings()


def database_error(exc: BaseException, shown_url: str) -> TrackerError:
    """A database error as one line: what failed, and the setting to check."""
    from tracker.schema.faults import describe_error, store_fault

    fault = store_fault(exc)
    if fault is not None:
        return StoreError(shown_url, f"{fault.message()}; check {DATABASE_SETTING} and the database server")
    _kind, message = describe_error(exc)
    return StoreError(shown_url, message)


def engine_for(config: Settings, *, migrate: bool = True) -> Engine:
    """An engine on the configured database, upgraded to the latest schema.

    A bad URL, a missing directory, an unreachable server or a missing database
    is a one-line error naming TRACKER_DATABASE_URL.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from tracker.schema.db import make_engine
    from tracker.schema.migrate import ensure_schema

    url = config.resolved_database_url()
    if not config.database_url:
        config.data_dir.mkdir(parents=True, exist_ok=True)  # the default place is ours to create
    engine = make_engine(url)
    if migrate:
        try:
            ensure_schema(engine, url)
        except SQLAlchemyError as exc:
            raise database_error(exc, engine.url.render_as_string(hide_password=True)) from exc
    return engine


def one_line_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Show tracker errors as one clear line and exit 1, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except TrackerError as exc:
            err_console.print(f"[red]error:[/red] {exc}", markup=True, highlight=False)
            raise typer.Exit(1) from None
        except OSError as exc:
            err_console.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(1) from None
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise  # typer's own exits and usage errors
        except Exception as exc:
            if _is_database_error(exc):
                log.info("database error", exc_info=exc)
                shown = _configured_database()
                err_console.print(f"[red]error:[/red] {database_error(exc, shown)}", highlight=False)
                raise typer.Exit(1) from None
            # A bug: one line here, the traceback with --verbose.
            from tracker.schema.faults import describe_error

            log.info("unexpected error", exc_info=exc)
            kind, message = describe_error(exc)
            err_console.print(
                f"[red]error:[/red] {kind}: {message} (run with --verbose for the traceback)", highlight=False
            )
            raise typer.Exit(1) from None

    return wrapper


def _is_database_error(exc: BaseException) -> bool:
    """An error of SQLAlchemy or of a database driver (the quick commands talk to the
    driver directly), told without importing what a command never used."""
    if isinstance(exc, sqlite3.Error):
        return True
    psycopg = sys.modules.get("psycopg")
    if psycopg is not None and isinstance(exc, psycopg.Error):
        return True
    if "sqlalchemy" not in sys.modules:
        return False
    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, SQLAlchemyError)


def _configured_database() -> str:
    from tracker.schema.db import parse_database_url

    try:
        return parse_database_url(load_settings().resolved_database_url()).render_as_string(
            hide_password=True
        )
    except TrackerError:
        return DATABASE_SETTING


def configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def run_app(app: typer.Typer) -> None:
    """Run the command line; a usage error (unknown option, missing argument, bad
    value) is one line on stderr with exit status 2, like every other error."""
    try:
        code = app(standalone_mode=False)
    except typer.TyperException as exc:  # typer's click: usage and parameter errors
        if type(exc).__name__ == "NoArgsIsHelpError":  # `tracker` alone: the help
            typer.echo(exc.format_message(), err=True)
            sys.exit(EXIT_USAGE)
        context = getattr(exc, "ctx", None)
        where = f" (see `{context.command_path} --help`)" if context is not None else ""
        err_console.print(f"error: {exc.format_message()}{where}", highlight=False, markup=False)
        sys.exit(exc.exit_code)
    except typer.Abort:
        err_console.print("aborted", highlight=False)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else EXIT_OK)
