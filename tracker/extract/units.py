"""Placeholder until the units finder lands; returns nothing."""

from __future__ import annotations

from tracker.extract.sentences import Sentence
from tracker.extract.types import ArticleText, PledgeMention


def find_units(article: ArticleText, sentences: list[Sentence]) -> list[PledgeMention]:
    return []
