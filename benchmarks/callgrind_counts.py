"""Running a benchmark script of ours under callgrind and reading its count per document.

Shared by ``extraction_instructions.py`` and ``function_instructions.py``: each reruns itself with
``--inside`` under valgrind, prints ``documents=N`` when done, and has callgrind count only the calls
its ``--toggle-collect`` option names.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def millions_per_document(script: str, valgrind_options: list[str], script_args: list[str]) -> float:
    """Millions of instructions per document that callgrind counts running ``script --inside ARGS``."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                *valgrind_options,
                f"--callgrind-out-file={out}",
                sys.executable,
                script,
                "--inside",
                *script_args,
            ],
            capture_output=True,
            text=True,
            # (string hashing fixed, so that set and dict orders, and their costs, repeat from run to run)
            env={**os.environ, "PYTHONHASHSEED": "0"},
            check=True,
        )
        documents = int(re.search(r"documents=(\d+)", done.stdout).group(1))  # type: ignore[union-attr]
        totals = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.MULTILINE)
        assert totals, "callgrind wrote no totals"
        return int(totals.group(1)) / documents / 1e6
