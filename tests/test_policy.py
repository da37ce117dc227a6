"""RELIABILITY.md 11 (Retry-After) and 12 (backoff, failing) as pure decisions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.scheduling import (
    LINK_BATCH_MAX,
    backoff_minutes,
    is_failing,
    next_check_after_failure,
    next_check_after_success,
    next_link_batch,
    parse_retry_after,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
DAY = 86_400


# --- 11: Retry-After ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (" 0 ", 0.0),
        ("Sun, 01 Mar 2026 13:00:00 GMT", 3600.0),  # HTTP date, one hour ahead
        ("Sunday, 01-Mar-26 12:30:00 GMT", 1800.0),  # obsolete RFC 850 form
        ("Sun, 01 Mar 2026 11:00:00 GMT", 0.0),  # in the past
        ("Sat, 01 Jan 2000 00:00:00 GMT", 0.0),
        (str(40 * DAY), 30.0 * DAY),  # 40 days as seconds: clamped
        ("Fri, 10 Apr 2026 12:00:00 GMT", 30.0 * DAY),  # 40 days as a date: clamped
        ("soon", None),
        ("-5", None),
        ("1.5", None),
        ("", None),
        (None, None),
        ("Mon, 99 Foo 2026 25:61:00 GMT", None),
    ],
)
def test_11_retry_after_values(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW, 30) == expected


def test_11_next_check_honours_retry_after_longer_than_backoff() -> None:
    when = next_check_after_failure(NOW, 60, 1, retry_after_s=5 * 3600, max_backoff_minutes=24 * 60)
    assert when == NOW + timedelta(hours=5)


def test_11_retry_after_never_shortens_the_backoff() -> None:
    when = next_check_after_failure(NOW, 60, 3, retry_after_s=10, max_backoff_minutes=24 * 60)
    assert when == NOW + timedelta(minutes=240)


def test_11_thirty_day_retry_after_is_honoured_beyond_the_backoff_cap() -> None:
    clamped = parse_retry_after(str(40 * DAY), NOW, 30)
    when = next_check_after_failure(NOW, 60, 1, retry_after_s=clamped, max_backoff_minutes=24 * 60)
    assert when == NOW + timedelta(days=30)


def test_11_invalid_retry_after_falls_back_to_backoff() -> None:
    retry = parse_retry_after("tomorrow-ish", NOW, 30)
    assert next_check_after_failure(
        NOW, 60, 1, retry_after_s=retry, max_backoff_minutes=1440
    ) == NOW + timedelta(minutes=60)


# --- 12: exponential backoff, failing -------------------------------------------------------


def test_12_backoff_doubles_per_consecutive_failure_up_to_the_cap() -> None:
    delays = [backoff_minutes(60, failures, 24 * 60) for failures in range(1, 8)]
    assert delays == [60, 120, 240, 480, 960, 1440, 1440]


def test_12_backoff_survives_absurd_failure_counts() -> None:
    assert backoff_minutes(60, 10_000, 1440) == 1440


@given(st.integers(min_value=1, max_value=500), st.integers(min_value=1, max_value=60))
def test_12_backoff_is_monotonic_and_bounded(interval: int, failures: int) -> None:
    cap = 24 * 60
    now_delay = backoff_minutes(interval, failures, cap)
    assert now_delay <= backoff_minutes(interval, failures + 1, cap)
    assert interval <= now_delay <= max(cap, interval)


def test_12_failing_after_threshold() -> None:
    assert [is_failing(n, 3) for n in range(5)] == [False, False, False, True, True]


def test_success_schedule_is_deterministic_per_seed_and_within_jitter() -> None:
    a1 = next_check_after_success(NOW, 60, seed="https://a.example/feed")
    a2 = next_check_after_success(NOW, 60, seed="https://a.example/feed")
    b = next_check_after_success(NOW, 60, seed="https://b.example/feed")
    assert a1 == a2
    assert a1 != b
    for when in (a1, b):
        assert NOW + timedelta(minutes=60) <= when < NOW + timedelta(minutes=66)


def test_success_without_jitter_is_exactly_the_interval() -> None:
    assert next_check_after_success(NOW, 30, jitter_fraction=0, seed="x") == NOW + timedelta(minutes=30)


@pytest.mark.parametrize(
    ("size", "took_s", "expected"),
    [
        (20, 0.5, 10),  # over budget: halved
        (1, 0.5, 1),  # never below one article
        (5, 0.01, 7),  # well under budget: grown by half
        (1, 0.01, 2),
        (LINK_BATCH_MAX - 1, 0.01, LINK_BATCH_MAX),  # never above the maximum
        (10, 0.07, 10),  # near the budget: kept
    ],
)
def test_linking_batches_fit_the_lock_budget(size: int, took_s: float, expected: int) -> None:
    assert next_link_batch(size, took_s, budget_s=0.1) == expected
