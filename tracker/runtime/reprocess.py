"""Re-extract stored articles whose pledges came from an older extractor version, and link
pledges that have no commitment yet. Extraction runs outside the write transactions."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine

from tracker.extract import EXTRACTOR_VERSION, ArticleText, PledgeMention, extract
from tracker.store.reextract import link_pending, save_reextracted, stale_articles, stale_count


def count_stale(engine: Engine, version: str = EXTRACTOR_VERSION) -> int:
    return stale_count(engine, version)


def reprocess_stale(
    engine: Engine,
    *,
    version: str = EXTRACTOR_VERSION,
    batch_size: int = 200,
    on_batch: Callable[[int], None] | None = None,
    extractor: Callable[[ArticleText], list[PledgeMention]] = extract,
) -> tuple[int, int]:
    """Re-extract every stale article in short batches; returns (articles, pledges)."""
    articles = pledges = 0
    while batch := stale_articles(engine, version, batch_size):
        extracted = [
            (
                a,
                extractor(
                    ArticleText(
                        a.title, a.body, a.published_at.date() if a.published_at else None, a.publisher
                    )
                ),
            )
            for a in batch
        ]
        pledges += save_reextracted(engine, extracted, version)
        articles += len(batch)
        if on_batch:
            on_batch(len(batch))
    return articles, pledges


def relink_pending(
    engine: Engine, *, batch_size: int = 200, on_batch: Callable[[int], None] | None = None
) -> int:
    """Link pledges that have no commitment yet (after an upgrade that rebuilt commitments,
    or pledges a reviewer brought back); returns how many articles were linked."""
    linked = 0
    while done := link_pending(engine, batch_size):
        linked += done
        if on_batch:
            on_batch(done)
    return linked
