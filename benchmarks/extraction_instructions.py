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
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from callgrind_counts import millions_per_document  # noqa: E402

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
    return millions_per_document(
        __file__, ["--toggle-collect=functools_reduce"], [step, *(["--feed"] if feed else [])]
    )


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
