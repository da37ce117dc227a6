"""Our hand-linked sets (tests/fixtures/linking*/): ingest them through the store and score
the commitments against the gold chains (pairwise links, new money per chain and currency)."""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from tracker.extract.fingerprint import make_fingerprint
from tracker.extract.types import PledgeMention
from tracker.schema.models import Article, Pledge
from tracker.store.articles import EntryRecord, store_entries
from tracker.store.settle import settle
from tracker.store.sources import add_source
from tracker.store.writes import write_transaction

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LINKING_SETS = sorted(p for p in FIXTURES.glob("linking*") if (p / "articles.jsonl").is_file())
NOW = datetime(2026, 1, 1, tzinfo=UTC)
_KEY_FIELDS = {
    "funding": ("amount", "currency", "recipient", "scope"),
    "unit": ("name",),
    "appointment": ("person",),
    "headcount": ("count", "role"),
}


@dataclass(frozen=True)
class GoldMention:
    fingerprint: str
    article: str
    chain: str
    currency: str
    new_money: float


def load(folder: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    with (folder / "articles.jsonl").open(encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh if line.strip()]
    with (folder / "chains.jsonl").open(encoding="utf-8") as fh:
        chains = {c["chain"]: c for c in (json.loads(line) for line in fh if line.strip())}
    return articles, chains


def _mention(text: str, gold: dict[str, Any]) -> PledgeMention:
    kind = gold["kind"]
    start = text.index(gold["evidence"])
    fields = {
        k: gold.get(k)
        for k in (
            "amount",
            "currency",
            "recipient",
            "qualifier",
            "scope",
            "period",
            "name",
            "parent",
            "person",
            "role",
            "organisation",
            "count",
        )
    }
    fingerprint = make_fingerprint(kind, *(gold.get(f) for f in _KEY_FIELDS[kind]), start)
    return PledgeMention(
        kind=kind,
        evidence=gold["evidence"],
        start=start,
        end=start + len(gold["evidence"]),
        fingerprint=fingerprint,
        **{k: v for k, v in fields.items() if v is not None},
    )


def record(article: dict[str, Any]) -> EntryRecord:
    day = date.fromisoformat(article["published"])
    return EntryRecord(
        key=article["id"],
        url=f"https://news.example/{article['id']}",
        title=article["title"],
        author=None,
        published_at=datetime(day.year, day.month, day.day, 9, tzinfo=UTC),
        date_flag=None,
        summary="",
        body=article["text"],
        body_origin="feed",
        content_hash=article["id"],
        pledges=tuple(_mention(article["text"], p) for p in article["pledges"]),
    )


def gold_mentions(articles: Sequence[dict[str, Any]]) -> list[GoldMention]:
    return [
        GoldMention(
            _mention(a["text"], p).fingerprint, a["id"], p["chain"], p["currency"], float(p["new_money"])
        )
        for a in articles
        for p in a["pledges"]
        if p["kind"] == "funding"
    ]


def ingest(engine: Engine, articles: Sequence[dict[str, Any]], order: Sequence[int]) -> None:
    """One article per transaction, in the given order, as polls would bring them."""
    with write_transaction(engine) as session:
        publishers = {a["publisher"] for a in articles}
        sources = {
            name: add_source(session, f"https://news.example/feed/{i}", now=NOW, publisher=name).id or 0
            for i, name in enumerate(sorted(publishers))
        }
    for index in order:
        article = articles[index]
        source_id = sources[article["publisher"]]
        with write_transaction(engine) as session:
            counts = store_entries(
                session,
                source_id,
                [record(article)],
                now=NOW,
                extractor_version="gold",
                max_updates=3,
                publisher=article["publisher"],
            )
            settle(
                session,
                linked_articles=counts.extracted_article_ids,
                months={(source_id, m) for m in counts.months},
            )


@dataclass(frozen=True)
class LinkScore:
    precision: float
    recall: float
    f1: float
    chains_exact: int
    chains: int
    new_money: dict[str, float]
    gold_new_money: dict[str, float]
    partition: frozenset[frozenset[str]]  # chains as sets of "article/fingerprint", order-free
    wrong_chains: tuple[str, ...]


def score(engine: Engine, gold: Sequence[GoldMention]) -> LinkScore:
    with Session(engine) as session:
        rows = session.exec(
            select(Article.entry_key, Pledge.fingerprint, Pledge.commitment_id, Pledge.new_money)
            .join(Article, col(Article.id) == col(Pledge.article_id))
            .where(col(Pledge.kind) == "funding")
        ).all()
    found = {(key, fp): (cid, new or 0.0) for key, fp, cid, new in rows}
    tp = fp = fn = 0
    for a, b in itertools.combinations(gold, 2):
        same_gold = a.chain == b.chain
        same_found = found[(a.article, a.fingerprint)][0] == found[(b.article, b.fingerprint)][0]
        tp += same_gold and same_found
        fp += same_found and not same_gold
        fn += same_gold and not same_found
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    by_chain_gold: dict[str, float] = defaultdict(float)
    by_chain_found: dict[str, float] = defaultdict(float)
    money: dict[str, float] = defaultdict(float)
    gold_money: dict[str, float] = defaultdict(float)
    groups: dict[int, set[str]] = defaultdict(set)
    for m in gold:
        cid, new = found[(m.article, m.fingerprint)]
        by_chain_gold[m.chain] += m.new_money
        by_chain_found[m.chain] += new
        money[m.currency] += new
        gold_money[m.currency] += m.new_money
        groups[cid or 0].add(f"{m.article}/{m.fingerprint}")
    wrong = tuple(sorted(c for c in by_chain_gold if abs(by_chain_gold[c] - by_chain_found[c]) > 0.5))
    return LinkScore(
        precision,
        recall,
        f1,
        len(by_chain_gold) - len(wrong),
        len(by_chain_gold),
        dict(money),
        dict(gold_money),
        frozenset(frozenset(g) for g in groups.values()),
        wrong,
    )
