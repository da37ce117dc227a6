"""Scoring the extractor on labelled sets, and the committed scores file.

The labelled sets are the shared corpus next to the repository
(``../shared/corpus``: dev_a + dev_b as "dev", dev_real; ``../shared/seed``)
and every ``*.jsonl`` under ``tests/fixtures/corpus/`` (our own sets and the
blind sets), named by file stem. Scoring always uses the shared corpus's own
``score.py``, so the matching is exactly the one the quality bar is set in.

``tests/fixtures/corpus/scores.json`` records precision, recall and F1 per
kind and overall, and the funding recipient accuracy, for every set. The
quality guard (``tests/test_extract_scores.py``) fails when a kind's F1 on any
set falls more than :data:`TOLERANCE` below the file, and when it rises by
more without the file being updated; ``python benchmarks/extraction.py
--write-scores`` rewrites the file.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

from tracker.extract.types import PLEDGE_KINDS, ArticleText, PledgeMention

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = SHARED / "seed" / "seed.jsonl"
FIXTURES = REPO / "tests" / "fixtures" / "corpus"
SCORES = FIXTURES / "scores.json"
TOLERANCE = 0.005
KINDS = (*PLEDGE_KINDS, "overall")


@dataclass(frozen=True)
class LabelledSet:
    name: str
    paths: tuple[Path, ...]
    blind: bool = False  # written by people who never saw the rules

    def documents(self) -> list[dict[str, Any]]:
        docs: list[dict[str, Any]] = []
        for path in self.paths:
            with path.open(encoding="utf-8") as fh:
                docs.extend(json.loads(line) for line in fh if line.strip())
        return docs


def shared_present() -> bool:
    return (CORPUS / "score.py").is_file()


def labelled_sets() -> list[LabelledSet]:
    """Every labelled set that is present, shared ones first."""
    sets = []
    if (CORPUS / "dev_a.jsonl").is_file():
        sets.append(LabelledSet("dev", (CORPUS / "dev_a.jsonl", CORPUS / "dev_b.jsonl")))
    if (CORPUS / "dev_real.jsonl").is_file():
        sets.append(LabelledSet("dev_real", (CORPUS / "dev_real.jsonl",)))
    if SEED.is_file():
        sets.append(LabelledSet("seed", (SEED,)))
    for path in sorted(FIXTURES.glob("*.jsonl")):
        sets.append(LabelledSet(path.stem, (path,), blind=path.stem.startswith("blind")))
    return sets


def load_scorer() -> ModuleType:
    """The shared corpus's score.py as a module."""
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(CORPUS / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def article(doc: dict[str, Any]) -> ArticleText:
    published = doc.get("published")
    return ArticleText(
        title=doc.get("title") or "",
        text=doc["text"],
        published=date.fromisoformat(published[:10]) if published else None,
        publisher=doc.get("publisher") or "",
    )


def predict(
    docs: list[dict[str, Any]], extractor: Callable[[ArticleText], list[PledgeMention]] | None = None
) -> dict[str, dict[str, Any]]:
    if extractor is None:
        from tracker.extract import extract

        extractor = extract
    run = extractor
    return {
        str(d["id"]): {"id": d["id"], "pledges": [p.to_prediction() for p in run(article(d))]} for d in docs
    }


def score_set(labelled: LabelledSet, scorer: ModuleType | None = None) -> dict[str, Any]:
    """The score.py report of one set (without the per-error details)."""
    scorer = scorer or load_scorer()
    docs = labelled.documents()
    report: dict[str, Any] = scorer.score({str(d["id"]): d for d in docs}, predict(docs))
    report.pop("details", None)
    return report


def summary(report: dict[str, Any]) -> dict[str, Any]:
    """What the scores file keeps of a report."""
    kept: dict[str, Any] = {
        kind: {k: report[kind][k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")} for kind in KINDS
    }
    kept["funding_recipient_accuracy"] = report.get("funding_recipient_accuracy")
    kept["appointment_role_accuracy"] = report.get("appointment_role_accuracy")
    return kept


def read_scores() -> dict[str, Any]:
    if not SCORES.is_file():
        return {}
    data: dict[str, Any] = json.loads(SCORES.read_text(encoding="utf-8"))
    return data


def write_scores(scores: dict[str, dict[str, Any]]) -> None:
    """Write the scores file, keeping the notes (such as the blind baselines) it already holds."""
    data = read_scores()
    data.setdefault("sets", {})
    for name, kept in scores.items():
        data["sets"][name] = kept
    SCORES.write_text(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
