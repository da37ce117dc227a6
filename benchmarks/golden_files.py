"""Writing and checking a golden dump, shared by the extraction and linking golden scripts.

A dump is JSON with sorted keys; ``check`` compares the canonical text of the
stored dump with a fresh one byte for byte and, when they differ, names the
first parts that do (the caller says how a dump breaks into parts).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Dump = dict[str, Any]


def encode(data: Dump, indent: int) -> str:
    return json.dumps(data, indent=indent, ensure_ascii=False, sort_keys=True) + "\n"


def write_or_check(
    action: str,
    path: Path,
    data: Dump,
    *,
    indent: int,
    summary: str,
    differing: Callable[[Dump, Dump], list[str]],
) -> None:
    """Store ``data`` at ``path`` (``write``) or exit 1 naming what differs from it (``check``)."""
    if action == "write":
        path.write_text(encode(data, indent), encoding="utf-8")
        print(f"written to {path}: {summary}")
        return
    stored = json.loads(path.read_text(encoding="utf-8"))
    if encode(stored, indent) == encode(data, indent):
        print(f"identical: {summary}")
        return
    print(f"DIFFERENT: {differing(stored, data)[:10]}")
    sys.exit(1)
