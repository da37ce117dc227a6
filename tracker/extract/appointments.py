"""Placeholder until the appointments finder lands; returns nothing."""

from __future__ import annotations

from tracker.extract.sentences import Sentence
from tracker.extract.types import ArticleText, PledgeMention


def find_appointments(article: ArticleText, sentences: list[Sentence]) -> list[PledgeMention]:
    return []
