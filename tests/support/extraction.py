"""What the extractor finds in a text, as the extraction tests ask it: pledges of one kind, and
the reasons funding candidates were turned down."""

from __future__ import annotations

from datetime import date
from functools import cache

from tracker.extract import ArticleText, PledgeMention, explain, extract
from tracker.extract import evaluation as ev
from tracker.extract.registry import RULES
from tracker.extract.sentences import split_sentences

# A publication date after every year the tests' texts write about, so that dated cues read as past.
PUBLISHED = date(2026, 3, 2)


def pledges_of(text: str, kind: str, title: str = "", publisher: str = "") -> list[PledgeMention]:
    """The pledges of ``kind`` the extractor finds in ``text``."""
    return [p for p in extract(ArticleText(title, text, PUBLISHED, publisher)) if p.kind == kind]


def funding_reasons(text: str) -> set[str]:
    """The names of the rules that turned funding candidates of ``text`` down."""
    return explain(ArticleText("", text, PUBLISHED)).reasons("funding")


@cache
def every_example_and_labelled_sentence() -> tuple[str, ...]:
    """Every rule example and counter-example, then every sentence of every labelled document,
    each once: the texts a gate is compared with the scan it guards on."""
    texts = [text for rule in RULES.values() for text in (*rule.examples, *rule.counter)]
    for labelled in ev.labelled_sets():
        for doc in labelled.documents():
            texts.extend(s.text for s in split_sentences(doc["text"]))
    return tuple(dict.fromkeys(texts))
