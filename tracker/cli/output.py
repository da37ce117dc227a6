"""Output files that appear whole or not at all.

A command writes into a temporary file beside the target and renames it over
the target only when it succeeded; on any error the temporary file is removed
and the target is left as it was. For standard output (``-``) the text is held
in a spooled temporary file (memory first, disk past a few MB) and copied out
only on success, so a failed run prints nothing half-done.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO, cast

SPOOL_BYTES = 8 * 1024 * 1024


@contextlib.contextmanager
def atomic_output(target: str, *, newline: str | None = None) -> Iterator[TextIO]:
    """A text stream for ``target`` (a path, or ``-`` for stdout) that is published on success only."""
    if target == "-":
        with tempfile.SpooledTemporaryFile(
            max_size=SPOOL_BYTES, mode="w+", encoding="utf-8", newline=newline
        ) as spool:
            yield cast(TextIO, spool)
            spool.seek(0)
            shutil.copyfileobj(spool, sys.stdout)
            sys.stdout.flush()
        return
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(f"cannot write {target}: the directory {folder} does not exist")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline=newline) as out:
            yield out
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; give it a new file's mode
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
