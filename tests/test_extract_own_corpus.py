"""The extractor on our own labelled announcements (tests/fixtures/corpus/own.jsonl).

Forty announcements written for this project in styles the shared dev corpus
lacks (US federal and state, Australian, Canadian, New Zealand, EU, councils),
labelled by SCHEMA.md's rules by someone who had not seen the extractor. It
stands in for the held-out set: the dev corpus alone flatters rules tuned on it.
Matching follows SCHEMA.md's scoring (same currency and amount within 0.5%,
unit names token-set >= 85, person names >= 90, same headcount).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from tracker.extract import extract
from tracker.extract.similarity import ratio, token_set_ratio
from tracker.extract.types import ArticleText

OWN = Path(__file__).parent / "fixtures" / "corpus" / "own.jsonl"
_LEADING = ("a ", "the ", "new ")


def _unit(name: str | None) -> str:
    text = (name or "").lower().strip()
    for word in _LEADING:
        text = text.removeprefix(word)
    return text


def same(kind: str, gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if kind == "funding":
        a, b = gold.get("amount"), pred.get("amount")
        return gold.get("currency") == pred.get("currency") and bool(a and b) and abs(a - b) <= 0.005 * a
    if kind == "unit":
        return token_set_ratio(_unit(gold.get("name")), _unit(pred.get("name"))) >= 85
    if kind == "appointment":
        return ratio((gold.get("person") or "").lower(), (pred.get("person") or "").lower()) >= 90
    if gold.get("count") is None and pred.get("count") is None:
        return token_set_ratio((gold.get("role") or "").lower(), (pred.get("role") or "").lower()) >= 70
    return gold.get("count") == pred.get("count")


def _counts(gold: list[dict[str, Any]], pred: list[dict[str, Any]], kind: str) -> tuple[int, int, int]:
    wanted = [g for g in gold if g["kind"] == kind]
    found = [p for p in pred if p["kind"] == kind]
    tp = 0
    for g in wanted:
        hit = next((p for p in found if same(kind, g, p)), None)
        if hit is not None:
            found.remove(hit)
            tp += 1
    return tp, len(found), len(wanted) - tp


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _score() -> dict[str, float]:
    totals = {k: [0, 0, 0] for k in ("funding", "unit", "appointment", "headcount")}
    for line in OWN.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        article = ArticleText(
            doc["title"], doc["text"], date.fromisoformat(doc["published"]), publisher=doc["publisher"]
        )
        pred = [m.to_prediction() for m in extract(article)]
        for kind, total in totals.items():
            for i, n in enumerate(_counts(doc["pledges"], pred, kind)):
                total[i] += n
    scores = {kind: _f1(*t) for kind, t in totals.items()}
    scores["overall"] = _f1(*(sum(t[i] for t in totals.values()) for i in range(3)))
    return scores


def test_our_own_announcements_meet_a_floor() -> None:
    """Floors below today's figures (overall 0.94, funding 0.93), to catch regressions."""
    scores = _score()
    assert scores["overall"] >= 0.85, scores
    assert scores["funding"] >= 0.82, scores
    assert min(scores[k] for k in ("unit", "appointment", "headcount")) >= 0.80, scores
