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
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def older_objects_set_aside() -> Iterator[None]:
    """Freeze the objects alive now for the duration of the block, then unfreeze them.

    Only when nothing is frozen already: a process that froze its own start-up objects
    (or another thread inside this block) keeps them frozen, and is not undone here."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
