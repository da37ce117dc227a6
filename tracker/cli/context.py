"""What every command needs: settings, a migrated engine, and one-line errors."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console
from sqlalchemy import Engine

from tracker.core.config import Settings, load_settings
from tracker.core.errors import TrackerError
from tracker.schema.db import make_engine
from tracker.schema.migrate import ensure_schema

P = ParamSpec("P")
R = TypeVar("R")


def _width(stream: object) -> int | None:
    """Rich falls back to 80 columns off a terminal, which folds every table; logs
    and pipes get room instead."""
    isatty = getattr(stream, "isatty", None)
    return None if isatty and isatty() else 180


console = Console(width=_width(sys.stdout))
err_console = Console(stderr=True, width=_width(sys.stderr))


def settings() -> Settings:
    return load_settings()


def engine_for(config: Settings, *, migrate: bool = True) -> Engine:
    """An engine on the configured database, upgraded to the latest schema."""
    url = config.resolved_database_url()
    engine = make_engine(url)
    if migrate:
        ensure_schema(engine, url)
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

    return wrapper


def configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
