"""The `tracker` command: thin commands over the library."""

from __future__ import annotations

from tracker.cli.app import app, main

__all__ = ["app", "main"]
