"""Instructions per document of each step of the pledge extractor, counted by callgrind.

    .venv/bin/python benchmarks/extraction_instructions.py [--feed] [STEP ...]

STEP is one of all, split, units, funding, appointments, headcount (default: each).

CPU seconds on a shared machine wander by 10% between runs; instruction counts
do not. For each step asked for, this runs the extractor over the speed
benchmark's ~600-word documents under ``valgrind --tool=callgrind``, with
collection switched on only inside the step (it runs inside
``functools.reduce``, the collection toggle), after a warm-up pass so that
lazily compiled patterns are not counted. Prints millions of instructions per
document for each step. Needs valgrind and ../shared (the dev corpus).

``--feed`` counts the ingest benchmark's generated entries instead (about 300
words, one or two pledges among background prose that promises nothing, as
most of a real press release is).
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

STEPS = ("all", "split", "units", "funding", "appointments", "headcount")


def _documents(feed: bool) -> list:  # type: ignore[type-arg]
    from extraction import _six_hundred_words

    from tests.support.feed_farm import entry_text
    from tracker.extract import ArticleText
    from tracker.extract import evaluation as ev

    if feed:
        return [ArticleText(title="", text=entry_text(f, n, 300)) for f in range(10) for n in range(10)]
    corpus = next(s for s in ev.labelled_sets() if s.name == "dev").documents()
    return _six_hundred_words(corpus)


def _run_step(step: str, feed: bool) -> None:
    """Inside valgrind: warm up, then run ``step`` over every document inside functools.reduce."""
    from tracker.extract import extract
    from tracker.extract.appointments import find_appointments
    from tracker.extract.funding import find_funding
    from tracker.extract.headcount import find_headcount
    from tracker.extract.registry import IGNORE
    from tracker.extract.sentences import split_sentences
    from tracker.extract.units import find_units

    articles = _documents(feed)
    for article in articles:
        extract(article)
    prepared = []
    for article in articles:
        sentences = split_sentences(article.text)
        prepared.append((article, sentences, find_units(article, sentences, IGNORE)))
    steps = {
        "all": lambda a, s, u: extract(a),
        "split": lambda a, s, u: split_sentences(a.text),
        "units": lambda a, s, u: find_units(a, s, IGNORE),
        "funding": lambda a, s, u: find_funding(a, s, IGNORE, u),
        "appointments": lambda a, s, u: find_appointments(a, s, IGNORE),
        "headcount": lambda a, s, u: find_headcount(a, s, IGNORE),
    }
    run = steps[step]
    functools.reduce(lambda _, item: run(*item), prepared, None)
    print(f"documents={len(prepared)}")


def _measure(step: str, feed: bool) -> float:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--toggle-collect=functools_reduce",
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                "--inside",
                step,
                *(["--feed"] if feed else []),
            ],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        documents = int(re.search(r"documents=(\d+)", done.stdout).group(1))  # type: ignore[union-attr]
        totals = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.MULTILINE)
        assert totals, "callgrind wrote no totals"
        return int(totals.group(1)) / documents / 1e6


def main() -> None:
    if sys.argv[1:2] == ["--inside"]:
        _run_step(sys.argv[2], "--feed" in sys.argv)
        return
    feed = "--feed" in sys.argv
    steps = [a for a in sys.argv[1:] if a != "--feed"] or list(STEPS)
    for step in steps:
        if step not in STEPS:
            sys.exit(f"unknown step {step!r}: choose from {', '.join(STEPS)}")
        print(f"{step:<13} {_measure(step, feed):6.2f} M instructions per document", flush=True)


if __name__ == "__main__":
    main()
