"""The quality guard: no kind of any labelled set may lose F1.

``tests/fixtures/corpus/scores.json`` holds, per set and per kind, the
figures of the committed extractor. A drop of more than 0.005 F1 on any kind
of any set fails; so does a rise that the file does not record (a gain is
written into the file in the same commit, with ``python
benchmarks/extraction.py --write-scores``), so that the file always says what
the extractor does.

Scoring needs the shared corpus's score.py in ../shared. Without it these
tests skip on a workstation, and fail in CI (where ``CI`` is set).
"""

from __future__ import annotations

import os
from typing import Any

import pytest

from tracker.extract import evaluation

_SETS = {s.name: s for s in evaluation.labelled_sets()} if evaluation.shared_present() else {}


@pytest.fixture(scope="module", autouse=True)
def _shared_corpus() -> None:
    if evaluation.shared_present():
        return
    message = f"../shared not present: expected the labelled corpus and score.py at {evaluation.CORPUS}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def recorded() -> dict[str, Any]:
    sets: dict[str, Any] = evaluation.read_scores().get("sets", {})
    return sets


@pytest.fixture(scope="module")
def current() -> dict[str, Any]:
    scorer = evaluation.load_scorer()
    return {name: evaluation.summary(evaluation.score_set(s, scorer)) for name, s in _SETS.items()}


def test_every_set_is_recorded(recorded: dict[str, Any]) -> None:
    missing = sorted(set(_SETS) - set(recorded))
    assert not missing, f"sets without figures in {evaluation.SCORES.name}: {missing} (run --write-scores)"
    for name in ("dev", "dev_real", "seed", "own"):
        assert name in _SETS, f"labelled set {name} not found"


@pytest.mark.parametrize("kind", evaluation.KINDS)
def test_no_kind_of_any_set_loses_f1(kind: str, recorded: dict[str, Any], current: dict[str, Any]) -> None:
    drops = {
        name: (recorded[name][kind]["f1"], now[kind]["f1"])
        for name, now in current.items()
        if name in recorded and now[kind]["f1"] < recorded[name][kind]["f1"] - evaluation.TOLERANCE
    }
    assert not drops, f"{kind} F1 fell (recorded, now): {drops}"


@pytest.mark.parametrize("kind", evaluation.KINDS)
def test_gains_are_recorded(kind: str, recorded: dict[str, Any], current: dict[str, Any]) -> None:
    rises = {
        name: (recorded[name][kind]["f1"], now[kind]["f1"])
        for name, now in current.items()
        if name in recorded and now[kind]["f1"] > recorded[name][kind]["f1"] + evaluation.TOLERANCE
    }
    assert not rises, f"{kind} F1 rose (recorded, now): {rises}; record it with --write-scores"
