"""Golden output of the pledge extractor: proof that a speed-up changes nothing.

    .venv/bin/python benchmarks/extraction_golden.py write /tmp/golden.json
    .venv/bin/python benchmarks/extraction_golden.py check /tmp/golden.json

Runs ``extract`` and ``explain`` over every labelled document (the sets of
:func:`tracker.extract.evaluation.labelled_sets`), over each of their
paragraphs on its own, over the benchmark's ~600-word documents, over entries of the ingest
benchmark's generated feeds (mostly background prose that promises nothing) and
over every example and counter-example in the rule registry, and dumps every pledge
(all fields, ``extra`` included) and every rejection as JSON. ``write`` stores
the dump (outside the repository: it holds shared corpus text); ``check``
compares a fresh dump with a stored one byte for byte and names the first
documents that differ. Make the dump before an engine-level change, check it
after: an optimisation that keeps the extractor's meaning must keep it equal.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from golden_files import write_or_check  # noqa: E402

from tracker.extract import ArticleText, explain, extract  # noqa: E402
from tracker.extract import evaluation as ev  # noqa: E402
from tracker.extract.registry import DECISIONS, RULES  # noqa: E402


def _articles() -> Iterator[tuple[str, ArticleText]]:
    for labelled in ev.labelled_sets():
        docs = labelled.documents()
        for doc in docs:
            art = ev.article(doc)
            yield f"{labelled.name}/{doc['id']}", art
            for i, paragraph in enumerate(art.text.split("\n\n")):
                yield f"{labelled.name}/{doc['id']}/p{i}", ArticleText(title="", text=paragraph)
        if labelled.name == "dev":
            from extraction import _six_hundred_words  # the benchmark's own documents

            for i, art in enumerate(_six_hundred_words(docs)):
                yield f"600w/{i}", art
    from tests.support.feed_farm import entry_text  # the ingest benchmark's own entries

    for feed in range(0, 40, 3):
        for number in range(0, 50, 7):
            yield f"feed/{feed}/{number}", ArticleText(title="", text=entry_text(feed, number, 300))
    for name, registered in sorted(RULES.items()):
        for i, text in enumerate((*registered.examples, *registered.counter)):
            yield f"rule/{name}/{i}", ArticleText(title="", text=text.replace("|", " "))
    for name, dec in sorted(DECISIONS.items()):
        for i, text in enumerate((*dec.examples, *dec.counter)):
            yield f"decision/{name}/{i}", ArticleText(title="", text=text)


def dump() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, art in _articles():
        explained = explain(art)
        out[key] = {
            "extract": [dataclasses.asdict(p) for p in extract(art)],
            "explain": [dataclasses.asdict(p) for p in explained.pledges],
            "rejected": [dataclasses.asdict(r) for r in explained.rejected],
        }
    return out


def _differing(stored: dict[str, Any], data: dict[str, Any]) -> list[str]:
    return [k for k in sorted(set(stored) | set(data)) if stored.get(k) != data.get(k)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("write", "check"))
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    data = dump()
    summary = f"{len(data)} documents"
    write_or_check(args.action, args.path, data, indent=1, summary=summary, differing=_differing)


if __name__ == "__main__":
    main()
