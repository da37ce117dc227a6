"""The last guard before a write: text longer than its column is cut to fit (RELIABILITY 38).

The pipeline fits the values it knows to be keys, links and validators first
(``tracker.domain.limits``) and records what it changed; this guard keeps any
other sized text column (a 300-character person, a 200-character period) from
reaching PostgreSQL, which refuses it, while SQLite would store it whole. It
covers Core inserts through :func:`clip_row` and ORM inserts and updates
through a session event installed when this module is imported.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from sqlalchemy import String, Table, TypeDecorator, event, inspect
from sqlalchemy.orm import Session

from tracker.domain.limits import clip


def _text_length(column: Any) -> int | None:
    """The size of a sized text column (SQLModel's AutoString wraps String), else None."""
    kind = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type
    length = getattr(kind, "length", None)
    return length if isinstance(kind, String) and isinstance(length, int) and length > 0 else None


@functools.cache
def sized_columns(owner: Any) -> dict[str, int]:
    """Sized text columns of a Table or a Mapper (cached: both live as long as the program)."""
    columns = owner.columns
    return {column.key: length for column in columns if (length := _text_length(column)) is not None}


def clip_row(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """``row`` with every sized text value cut to its column's size."""
    fitted = dict(row)
    # Only the sized columns are looked at (a pledge row has 25 values, 9 of them sized).
    for key, size in sized_columns(table).items():
        value = fitted.get(key)
        if isinstance(value, str) and len(value) > size:
            fitted[key] = clip(value, size)
    return fitted


def _clip_pending(session: Session, _context: Any, _instances: Any) -> None:
    for target in (*session.new, *session.dirty):
        state = inspect(target, raiseerr=False)
        if state is None:
            continue
        for key, size in sized_columns(state.mapper).items():
            value = getattr(target, key, None)
            if isinstance(value, str) and len(value) > size:
                setattr(target, key, clip(value, size))


# On the Session class: every session, every table model, before each flush.
if not event.contains(Session, "before_flush", _clip_pending):
    event.listen(Session, "before_flush", _clip_pending)
