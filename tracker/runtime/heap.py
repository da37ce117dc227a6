"""The garbage collector's full passes during one source's ingest, kept to that source's objects.

CPython's cyclic collector runs a full pass (every tracked object of the process)
once enough objects have outlived two younger passes. A first ingest keeps many
(the linking caches' entries, the batch's rows), so a pass of 40 feeds x 50 entries
made one or two full passes of 75-92 ms each over every object start-up left
behind: SQLAlchemy, the extractor's patterns and tables (``benchmarks/ingest.py``,
about 0.04-0.09 ms an entry, measured with ``gc.callbacks``). Those objects live as
long as the process; reading them again finds no garbage among them.

:func:`older_objects_set_aside` moves every object alive when a source's ingest
starts out of the collector's sight (``gc.freeze``) and back when it ends
(``gc.unfreeze``): the passes in between look at the source's own objects only.
Nothing is lost: frozen objects are still freed when their count drops to zero, and
a cycle among them that became garbage meanwhile is found by the first full pass
after the unfreeze.

:func:`young_collections_spaced`, around a pass over sources (``ingest_due``),
collects the youngest generation less often: every :data:`YOUNG_THRESHOLD` net new
container objects instead of CPython's 700. A first ingest builds a feed's records,
rows and linking caches in bursts that outlive the feed, so the 700-object passes
(about 200 in a pass of 40 feeds x 50 entries, 0.015 ms an entry) mostly re-read live
objects; at 10,000 there are two. Garbage cycles made meanwhile wait a little longer
for their pass, no more.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

YOUNG_THRESHOLD = 10_000


@contextmanager
def older_objects_set_aside() -> Iterator[None]:
    """Freeze the objects alive now for the duration of the block, then unfreeze them;
    collect the youngest generation less often meanwhile (see the module's docstring).

    Only when nothing is frozen already: a process that froze its own start-up objects
    (or another thread inside this block) keeps them frozen and its thresholds, and is
    not undone here."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@dataclass
class _Spacing:
    """Blocks inside :func:`young_collections_spaced` now (threads may overlap), and
    the thresholds the first of them found, restored by the last to leave."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    inside: int = 0
    found: tuple[int, ...] = ()


_SPACING = _Spacing()


@contextmanager
def young_collections_spaced() -> Iterator[None]:
    """Collect the youngest generation every :data:`YOUNG_THRESHOLD` net new objects
    during the block (see the module's docstring), then restore the thresholds.

    For a whole pass over sources, not one source: at a source's end the restored
    threshold would collect at once what the source's ingest left young."""
    with _SPACING.lock:
        if not _SPACING.inside:
            _SPACING.found = gc.get_threshold()
            young, *older = _SPACING.found
            # A threshold of 0 means automatic collection is off: it stays off.
            gc.set_threshold(young and max(young, YOUNG_THRESHOLD), *older)
        _SPACING.inside += 1
    try:
        yield
    finally:
        with _SPACING.lock:
            _SPACING.inside -= 1
            if not _SPACING.inside:
                gc.set_threshold(*_SPACING.found)
