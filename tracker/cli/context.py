"""What every command needs: settings, a migrated engine, and one-line errors."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console
from sqlalchemy import Engine

from tracker.config import Settings, load_settings
from tracker.db import make_engine
from tracker.errors import TrackerError
from tracker.migrate import ensure_schema

P = ParamSpec("P")
R = TypeVar("R")

console = Console()
err_console = Console(stderr=True)


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
