"""The JSON Lines stream API behind `tracker extract`."""

from __future__ import annotations

import json

import pytest

from tracker.core.errors import InputError
from tracker.extract.jsonl import extract_jsonl, parse_document


def _line(**fields: object) -> str:
    return json.dumps(fields)


def test_one_output_line_per_document_in_order() -> None:
    lines = [
        _line(id="a", published="2025-01-02", title="Roads", text="The county gets £10m for road repairs."),
        _line(id=7, title="Nothing", text="No money here.", extra={"ignored": True}),
        _line(id="c", published="2025-03-04T09:30:00Z", text="Libraries will receive £2 million."),
    ]
    out = [json.loads(line) for line in extract_jsonl(lines)]
    assert [o["id"] for o in out] == ["a", 7, "c"]
    assert out[1]["pledges"] == []
    (pledge,) = out[0]["pledges"]
    assert pledge["kind"] == "funding" and pledge["amount"] == 10_000_000 and pledge["currency"] == "GBP"
    assert pledge["evidence"] == "The county gets £10m for road repairs."
    assert out[2]["pledges"][0]["amount"] == 2_000_000


def test_blank_lines_are_skipped_and_newlines_tolerated() -> None:
    lines = ["\n", _line(id="x", text="A £5m pot.") + "\n", "   \n"]
    assert [json.loads(o)["id"] for o in extract_jsonl(lines)] == ["x"]


def test_output_lines_have_no_newline() -> None:
    (line,) = extract_jsonl([_line(id="x", text="Text.")])
    assert "\n" not in line


def test_is_lazy() -> None:
    def lines() -> object:
        yield _line(id="1", text="ok")
        raise AssertionError("read too far")

    stream = extract_jsonl(lines())  # type: ignore[arg-type]
    assert json.loads(next(stream))["id"] == "1"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (_line(text="no id"), "'id'"),
        (_line(id=True, text="bool id"), "'id'"),
        (_line(id="x"), "'text'"),
        (_line(id="x", text=5), "'text'"),
        (_line(id="x", text="t", title=3), "'title'"),
        (_line(id="x", text="t", published="yesterday"), "'published'"),
        (_line(id="x", text="t", published=20250101), "'published'"),
    ],
)
def test_malformed_line_names_its_number(line: str, message: str) -> None:
    good = _line(id="ok", text="Fine.")
    stream = extract_jsonl([good, "", line])
    assert json.loads(next(stream))["id"] == "ok"
    with pytest.raises(InputError) as err:
        next(stream)
    assert "line 3" in str(err.value) and message in str(err.value)


def test_published_forms() -> None:
    _, article = parse_document(_line(id=1, text="t", published="2024-11-04"), 1)
    assert article.published is not None and article.published.isoformat() == "2024-11-04"
    _, article = parse_document(_line(id=1, text="t", published="2024-11-04T08:00:00+01:00"), 1)
    assert article.published is not None and article.published.isoformat() == "2024-11-04"
    _, article = parse_document(_line(id=1, text="t", published=None), 1)
    assert article.published is None
