"""Every command and every option of the `tracker` command is in the README (as sqlite-utils
checks its docs): a user who reads the README has seen all of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer

from tracker.cli.app import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


# typer carries its own copy of click, so commands are told apart by what they have.
def _commands(command: Any, path: tuple[str, ...] = ("tracker",)) -> Iterator[tuple[str, Any]]:
    yield " ".join(path), command
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        if not sub.hidden:
            yield from _commands(sub, (*path, name))


def _long_options(command: Any) -> list[str]:
    names: list[str] = []
    for param in command.params:
        if param.param_type_name == "option" and not getattr(param, "hidden", False):
            names += [n for n in [*param.opts, *param.secondary_opts] if n.startswith("--") and n != "--help"]
    return names


def _all() -> list[tuple[str, Any]]:
    return list(_commands(typer.main.get_command(app)))


def test_every_command_is_in_the_readme() -> None:
    assert len(_all()) > 15  # the walk reaches the subcommands
    missing = [path for path, _ in _all() if f"`{path}" not in README]
    assert missing == [], f"commands not in README.md: {missing}"


def test_every_option_is_in_the_readme() -> None:
    missing = [
        f"{path} {option}"
        for path, command in _all()
        for option in _long_options(command)
        if option not in README
    ]
    assert missing == [], f"options not in README.md: {missing}"
