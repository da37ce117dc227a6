"""Accuracy and speed of the pledge extractor on every labelled set.

    .venv/bin/python benchmarks/extraction.py [--write-scores] [--no-speed]

Scores ``extract`` on each labelled set (see :mod:`tracker.extract.evaluation`:
the shared dev, dev_real and seed sets in ../shared, and every set under
tests/fixtures/corpus, blind sets marked as such) with the corpus's own
``score.py`` (precision, recall, F1 per kind, funding recipient accuracy),
then measures throughput on one core on documents of about 600 words.
Prints markdown. ``--write-scores`` also records the figures in
tests/fixtures/corpus/scores.json, the file the quality guard compares with.
The shared corpus is third-party text and stays outside the repository; this
script exits with a message when it is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tracker.extract import ArticleText, extract  # noqa: E402
from tracker.extract import evaluation as ev  # noqa: E402

MIN_BYTES = 1_000_000


def _rows(name: str, report: dict[str, Any]) -> list[str]:
    rows = []
    for kind in ev.KINDS:
        r = report[kind]
        rows.append(
            f"| {name} | {kind} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} "
            f"| {r['tp']} | {r['fp']} | {r['fn']} |"
        )
    rows.append(f"| {name} | funding recipient accuracy | {report['funding_recipient_accuracy']} | | | | | |")
    return rows


def _six_hundred_words(docs: list[dict[str, Any]]) -> list[ArticleText]:
    """Documents of about 600 words: corpus paragraphs joined in order until 600 words."""
    joined: list[ArticleText] = []
    parts: list[str] = []
    words = 0
    for doc in docs:
        for paragraph in doc["text"].split("\n\n"):
            parts.append(paragraph)
            words += len(paragraph.split())
            if words >= 600:
                joined.append(ArticleText(title="", text="\n\n".join(parts)))
                parts, words = [], 0
    return joined


def _throughput(articles: list[ArticleText]) -> tuple[int, int, float]:
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    repeats = max(1, -(-MIN_BYTES // size))
    batch = articles * repeats
    words = sum(len(a.text.split()) for a in batch)
    # CPU time of this process (one core), best of three runs as timeit does:
    # the fastest run is the one least disturbed by other load on the machine.
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for article in batch:
            extract(article)
        best = min(best, time.process_time() - started)
    return len(batch), words, best


_FIRST_USE = """
import json, sys, time
from tracker.extract import ArticleText, extract
articles = [ArticleText(title="", text=t) for t in json.loads(sys.stdin.read())]
started = time.process_time()
extract(articles[0])
first = time.process_time() - started
started = time.process_time()
for article in articles:
    extract(article)
print(json.dumps({"first": first, "rest": time.process_time() - started}))
"""


def _first_use(articles: list[ArticleText]) -> dict[str, float]:
    """CPU seconds of the first document in a fresh process (the patterns it needs are
    compiled then) and of the whole set after it, in that process."""
    texts = json.dumps([a.text for a in articles])
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_USE], input=texts, capture_output=True, text=True, check=True, cwd=REPO
    )
    timings: dict[str, float] = json.loads(done.stdout)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-scores", action="store_true", help="record the figures in scores.json")
    parser.add_argument("--no-speed", action="store_true", help="skip the throughput measurement")
    args = parser.parse_args()
    if not ev.shared_present():
        sys.exit(f"{ev.CORPUS} not found: put the shared corpus next to the repository (../shared/corpus).")
    scorer = ev.load_scorer()
    sets = ev.labelled_sets()
    print("## Accuracy\n")
    print(
        "Sets marked (blind) were written by people who never saw the rules; only their first scoring, "
        "recorded in docs/blind-rounds.md, is blind; once a set has been used for error analysis "
        "(docs/blind-rounds.md says which), its figures below are not blind any more.\n"
    )
    print("| set | kind | P | R | F1 | tp | fp | fn |")
    print("|---|---|---|---|---|---|---|---|")
    summaries = {}
    for labelled in sets:
        report = ev.score_set(labelled, scorer)
        summaries[labelled.name] = ev.summary(report)
        label = f"{labelled.name} (blind)" if labelled.blind else labelled.name
        for row in _rows(label, report):
            print(row)
    if args.write_scores:
        ev.write_scores(summaries)
        print(f"\nRecorded in {ev.SCORES.relative_to(ev.REPO)}.")
    if args.no_speed:
        return
    print("\n## Throughput (one core, CPU seconds, corpus repeated to >= 1 MB)\n")
    print("| documents | count | words | seconds | docs/s | words/s |")
    print("|---|---|---|---|---|---|")
    corpus = next(s for s in sets if s.name == "dev").documents()
    for name, articles in (
        ("corpus as is", [ev.article(d) for d in corpus]),
        ("~600 words (paragraphs joined)", _six_hundred_words(corpus)),
    ):
        count, words, seconds = _throughput(articles)
        print(
            f"| {name} | {count} | {words} | {seconds:.2f} | {count / seconds:.0f} | {words / seconds:.0f} |"
        )
    articles = _six_hundred_words(corpus)
    timings = _first_use(articles)
    print(
        f"\nFirst ~600-word document in a fresh process (its patterns compiled on first use): "
        f"{timings['first']:.2f} s CPU; then all {len(articles)} such documents: {timings['rest']:.2f} s."
    )


if __name__ == "__main__":
    main()
