"""The pledge extractor: a pure function from an article to its pledges.

The text is split into sentences once (:mod:`tracker.extract.sentences`) and
each kind has its own finder; each finder merges its own restatements, so a
commitment stated several times in one article is reported once. Spans are
offsets into ``ArticleText.text``; the title is read only as context.
"""

from __future__ import annotations

from tracker.extract.appointments import find_appointments
from tracker.extract.funding import find_funding
from tracker.extract.headcount import find_headcount
from tracker.extract.sentences import split_sentences
from tracker.extract.types import ArticleText, PledgeMention
from tracker.extract.units import find_units

# Bump when a change to the rules can change what is extracted; stored pledges
# from an older version are re-extracted by `tracker reprocess`.
EXTRACTOR_VERSION = "0.3.1"

__all__ = ["EXTRACTOR_VERSION", "ArticleText", "PledgeMention", "extract"]


def extract(article: ArticleText) -> list[PledgeMention]:
    """Every pledge the article makes, each once, in text order."""
    sentences = split_sentences(article.text)
    mentions = [
        *find_funding(article, sentences),
        *find_units(article, sentences),
        *find_appointments(article, sentences),
        *find_headcount(article, sentences),
    ]
    # Stable sort: mentions of one kind from one sentence keep their finder's order.
    return sorted(mentions, key=lambda m: (m.start, m.kind))
