"""Properties of the whole extractor on arbitrary and money-heavy text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.extract import extract
from tracker.extract.money import find_money
from tracker.extract.sentences import split_sentences
from tracker.extract.types import ArticleText

_PIECES = st.sampled_from(
    [
        "£75m", "£1.2bn", "$3 billion", "€40 million", "up to £5m", "more than £2m", "half a billion pounds",
        "£10-20 million", "between £1m and £2m", "£750,000", "A$2bn", "5 million people", "each", "a year",
        "for the Harbour Trust", "will receive", "already spent", "since 2015", "bringing the total to",
        "on top of the", "- ", "\n", "\n\n", ". ", ", ", "Mr. Smith", "Dr. Jones said:", '"', "“", "”",
        "The council", "announced", "grants of up to", "Labour said", "per cent", "2024-25", "(£3m)",
    ]
)  # fmt: skip
_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.text(max_size=60), text=_TEXT)
def test_never_crashes_and_spans_hold(title: str, text: str) -> None:
    article = ArticleText(title=title, text=text)
    mentions = extract(article)
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start : m.end] == m.evidence
        if m.kind == "funding":
            assert m.amount is not None and m.amount > 0
            assert m.currency is not None and len(m.currency) == 3
            assert m.qualifier in ("exact", "up_to", "at_least", "about")
            assert m.scope in ("new", "total", "existing")
            assert 0.0 <= m.confidence <= 1.0
            assert m.fingerprint
    # Same input, same output (fingerprints included).
    assert extract(article) == mentions


@settings(max_examples=200, deadline=None)
@given(text=_TEXT)
def test_sentences_cover_their_spans(text: str) -> None:
    previous_end = 0
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.start >= previous_end
        assert sentence.text.strip() == sentence.text and sentence.text
        previous_end = sentence.end


@settings(max_examples=200, deadline=None)
@given(text=_TEXT)
def test_money_is_positive_and_ordered(text: str) -> None:
    previous_end = 0
    for money in find_money(text):
        assert money.amount > 0
        assert previous_end <= money.start < money.end <= len(text)
        previous_end = money.end
