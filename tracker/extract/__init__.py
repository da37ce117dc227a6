"""The pledge extractor: a pure function from an article to its pledges.

The text is split into sentences once (:mod:`tracker.extract.sentences`) and
each kind has its own finder; each finder merges its own restatements, so a
commitment stated several times in one article is reported once. Spans are
offsets into ``ArticleText.text``; the title is read only as context.

Every decision a finder makes is a named rule in
:mod:`tracker.extract.registry`, built from the shared concepts in
:mod:`tracker.extract.lexicon`. :func:`explain` returns, besides the pledges,
each candidate that was turned down and the name of the rule that did it.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.extract.appointments import find_appointments
from tracker.extract.funding import find_funding
from tracker.extract.headcount import find_headcount, without_named_appointees
from tracker.extract.registry import IGNORE, Rejection, Rejections
from tracker.extract.sentences import split_sentences
from tracker.extract.types import ArticleText, PledgeMention
from tracker.extract.units import find_units

# Bump when a change to the rules can change what is extracted; stored pledges
# from an older version are re-extracted by `tracker reprocess`.
EXTRACTOR_VERSION = "0.182.0"

__all__ = [
    "EXTRACTOR_VERSION",
    "ArticleText",
    "Explanation",
    "PledgeMention",
    "Rejection",
    "explain",
    "extract",
]


@dataclass(frozen=True)
class Explanation:
    """The pledges of an article, and the candidates turned down with their reasons."""

    pledges: list[PledgeMention]
    rejected: list[Rejection]

    def reasons(self, kind: str | None = None) -> set[str]:
        """The names of the rules that turned candidates down (of one kind, if given)."""
        return {r.reason for r in self.rejected if kind is None or r.kind == kind}


def _run(article: ArticleText, rejections: Rejections) -> list[PledgeMention]:
    sentences = split_sentences(article.text)
    units = find_units(article, sentences, rejections)
    appointments = find_appointments(article, sentences, rejections)
    headcount = without_named_appointees(
        find_headcount(article, sentences, rejections), appointments, rejections
    )
    mentions = [*find_funding(article, sentences, rejections, units), *units, *appointments, *headcount]
    # Stable sort: mentions of one kind from one sentence keep their finder's order.
    return sorted(mentions, key=lambda m: (m.start, m.kind))


def extract(article: ArticleText) -> list[PledgeMention]:
    """Every pledge the article makes, each once, in text order."""
    return _run(article, IGNORE)


def explain(article: ArticleText) -> Explanation:
    """What :func:`extract` returns, plus every candidate turned down and why."""
    rejections = Rejections()
    pledges = _run(article, rejections)
    return Explanation(pledges, sorted(rejections.items, key=lambda r: (r.start, r.kind)))
