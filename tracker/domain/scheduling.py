"""Pure scheduling decisions for one source (RELIABILITY.md 11-12).

No I/O and no clock: every function takes ``now``. The scheduler and the
pipeline call these and store the results.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

SECONDS_PER_DAY = 86_400


def parse_retry_after(value: str | None, now: datetime, max_days: int) -> float | None:
    """Seconds to wait from a Retry-After header value.

    Delta-seconds or an HTTP date; invalid -> None (ignored); a date in the past -> 0;
    anything longer than ``max_days`` is clamped to it.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    seconds = _delta_seconds(text)
    if seconds is None:
        seconds = _seconds_until_date(text, now)
    if seconds is None:
        return None
    return min(max(seconds, 0.0), float(max_days * SECONDS_PER_DAY))


def _delta_seconds(text: str) -> float | None:
    if text.isdigit():
        return float(int(text))
    return None


def _seconds_until_date(text: str, now: datetime) -> float | None:
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # HTTP dates are GMT by definition
    return (when - _aware(now)).total_seconds()


def _aware(now: datetime) -> datetime:
    return now if now.tzinfo is not None else now.replace(tzinfo=UTC)


def jitter_fraction_for(seed: str) -> float:
    """A stable number in [0, 1) derived from ``seed`` (e.g. the source URL)."""
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def next_check_after_success(
    now: datetime, interval_minutes: int, *, jitter_fraction: float = 0.1, seed: str
) -> datetime:
    """``now`` + interval, plus up to ``jitter_fraction`` of it, the same for the same seed.

    The jitter spreads sources that share an interval, so they do not all fall due
    on the same tick; deriving it from the seed keeps a source's rhythm stable.
    """
    interval = timedelta(minutes=max(interval_minutes, 1))
    return now + interval + interval * (jitter_fraction * jitter_fraction_for(seed))


def backoff_minutes(interval_minutes: int, consecutive_failures: int, max_backoff_minutes: int) -> float:
    """interval x 2^(failures-1), capped; never shorter than the interval itself."""
    failures = max(consecutive_failures, 1)
    exponent = min(failures - 1, 32)  # 2**32 intervals is past any sane cap already
    delay = max(interval_minutes, 1) * (2**exponent)
    return float(min(delay, max(max_backoff_minutes, interval_minutes)))


def next_check_after_failure(
    now: datetime,
    interval_minutes: int,
    consecutive_failures: int,
    *,
    retry_after_s: float | None,
    max_backoff_minutes: int,
) -> datetime:
    """When to try again after a failure: exponential backoff, or Retry-After if later.

    ``retry_after_s`` is already clamped by :func:`parse_retry_after`; a server asking
    for longer than our backoff wins, one asking for less does not shorten it.
    """
    delay = timedelta(minutes=backoff_minutes(interval_minutes, consecutive_failures, max_backoff_minutes))
    if retry_after_s is not None and retry_after_s > 0:
        delay = max(delay, timedelta(seconds=retry_after_s))
    return now + delay


def is_failing(consecutive_failures: int, threshold: int) -> bool:
    """A source is "failing" from the ``threshold``-th consecutive failure on."""
    return consecutive_failures >= max(threshold, 1)


# Linking runs in write transactions of a few articles each. A transaction
# should hold the write lock at most about this long, so a reviewer queued
# behind it (or behind each of several workers) waits about a second at worst
# even when the machine is busy and each article links slower than usual.
# Smaller batches cost CPU (a commitment touched by a late article is replayed
# once per batch), so batches shrink only when a transaction runs over.
# Up to 50: a feed's new entries link in one transaction, whose summary rows are
# refreshed once (50 articles link in about 0.06 s of CPU, well under the budget).
LINK_LOCK_BUDGET_S = 0.25
LINK_BATCH_MAX = 50
LINK_BATCH_FIRST = LINK_BATCH_MAX  # smaller only once a transaction has run over budget


def next_link_batch(size: int, took_s: float, budget_s: float = LINK_LOCK_BUDGET_S) -> int:
    """Articles in the next linking transaction, given how long the last ``size`` took:
    halved while over budget (down to one), grown by half while well under it."""
    if took_s > budget_s:
        return max(1, size // 2)
    if took_s < budget_s / 2:
        return min(LINK_BATCH_MAX, size + max(1, size // 2))
    return size
