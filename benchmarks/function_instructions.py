"""Instructions per document spent inside one function of the pledge extractor, counted by callgrind.

    .venv/bin/python benchmarks/function_instructions.py [--feed] MODULE:FUNCTION ...

MODULE is a module of ``tracker.extract`` ("money", "funding_context"), FUNCTION a function
of it ("find_money", "rejection"). For each one named, this runs ``extract`` over the speed
benchmark's ~600-word documents (``--feed``: the ingest benchmark's entries) under
``valgrind --tool=callgrind`` and prints the millions of instructions per document spent in
the function and everything it calls, as the full pipeline calls it (every finder's caches
filled as they are in ``extract``). Where to look before optimising: the steps of
``extraction_instructions.py`` are too coarse to say which part of a finder costs.

How: every module's reference to the function is replaced by one that calls it through
``itertools.starmap``, and callgrind collects only inside ``starmap_next`` (the extractor
itself never uses starmap). A recursive function, or one that calls another function
measured the same way, is counted once per outermost call. Instrumentation is off until a
warm-up pass has compiled the patterns (``--instr-atstart=no``, switched on with
``callgrind_control``), so a function takes about a minute. Needs valgrind and ../shared.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import os
import pkgutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from callgrind_counts import millions_per_document  # noqa: E402


def _through_starmap(func: Callable[..., Any]) -> Callable[..., Any]:
    starmap = itertools.starmap

    @functools.wraps(func)
    def counted(*args: Any, **kwargs: Any) -> Any:
        target = functools.partial(func, **kwargs) if kwargs else func
        return next(starmap(target, (args,)))

    return counted


def _run(target: str, feed: bool) -> None:
    """Inside valgrind: route ``target`` through starmap, warm up, then count one pass."""
    from extraction_instructions import _documents

    import tracker.extract as package
    from tracker.extract import extract

    module_name, name = target.split(":")
    func = getattr(importlib.import_module(f"tracker.extract.{module_name}"), name)
    counted = _through_starmap(func)
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"tracker.extract.{info.name}")
        for attribute, value in list(vars(module).items()):
            if value is func:
                setattr(module, attribute, counted)
    articles = _documents(feed)
    for article in articles:
        extract(article)
    subprocess.run(["callgrind_control", "--instr=on", str(os.getpid())], capture_output=True, check=True)
    for article in articles:
        extract(article)
    print(f"documents={len(articles)}")


def _measure(target: str, feed: bool) -> float:
    return millions_per_document(
        __file__,
        ["--instr-atstart=no", "--toggle-collect=starmap_next"],
        [target, *(["--feed"] if feed else [])],
    )


def main() -> None:
    if sys.argv[1:2] == ["--inside"]:
        _run(sys.argv[2], "--feed" in sys.argv)
        return
    feed = "--feed" in sys.argv
    targets = [a for a in sys.argv[1:] if a != "--feed"]
    if not targets or any(t.count(":") != 1 for t in targets):
        sys.exit(__doc__)
    for target in targets:
        print(f"{target:<40} {_measure(target, feed):6.2f} M instructions per document", flush=True)


if __name__ == "__main__":
    main()
