"""The table of pledge kinds agrees with the extractor, the schema and the database checks."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from tracker.domain.kinds import KINDS, PLEDGE_FIELDS, PledgeKind, kinds_measuring, spec_of
from tracker.extract.fingerprint import make_fingerprint
from tracker.extract.types import PLEDGE_KINDS, PledgeMention
from tracker.schema.models import Pledge


def test_every_extracted_kind_has_a_spec_with_the_fields_it_predicts() -> None:
    assert {k.value for k in KINDS} == set(PLEDGE_KINDS)
    for kind in PLEDGE_KINDS:
        mention = PledgeMention(kind=kind, evidence="x", start=0, end=1, fingerprint=make_fingerprint(kind))
        predicted = set(mention.to_prediction()) - {"kind", "evidence"}
        assert predicted == set(spec_of(kind).fields), kind


def test_every_kind_field_is_a_pledge_column() -> None:
    assert set(PLEDGE_FIELDS) <= set(Pledge.model_fields)
    assert kinds_measuring("money") == ("funding",) and kinds_measuring("staff") == ("headcount",)


def test_an_unknown_kind_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="'grant'"):
        spec_of("grant")
    assert spec_of("funding").kind is PledgeKind.FUNDING


def test_the_database_refuses_values_outside_the_vocabularies(engine: Engine) -> None:
    columns = (
        "kind, origin, label, aliases, figures, new_money, restated_money,"
        " first_announced_on, last_announced_on, mentions, topic, status"
    )
    rest = "'x', '[]', '[]', 0, 0, '2026-01-01', '2026-01-01', 0, 'other', 'announced'"
    with engine.begin() as connection:
        connection.execute(text(f"INSERT INTO commitment ({columns}) VALUES ('funding', 'a', {rest})"))
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text(f"INSERT INTO commitment ({columns}) VALUES ('grant', 'b', {rest})"))


@pytest.mark.parametrize(
    ("kind", "values", "about"),
    [
        ("funding", {"recipient": "Rural bus fund"}, "Rural bus fund"),
        ("unit", {"name": "Office for Ports", "parent": "Department of Transport"},
         "Office for Ports (part of Department of Transport)"),
        ("unit", {"name": "Office for Ports", "parent": None}, "Office for Ports"),
        ("appointment", {"person": "Jo Bell", "role": "Chair", "organisation": "Arts Board"},
         "Jo Bell as Chair, Arts Board"),
        ("appointment", {"person": "Jo Bell", "role": "Chair", "organisation": ""}, "Jo Bell as Chair"),
        ("appointment", {"person": "Jo Bell", "role": None, "organisation": "Arts Board"},
         "Jo Bell, Arts Board"),
        ("headcount", {"count": 40, "role": "paramedics"}, "paramedics"),
    ],
)  # fmt: skip
def test_what_a_pledge_is_about_reads_the_same_for_a_kind_everywhere(
    kind: str, values: dict[str, object], about: str
) -> None:
    assert spec_of(kind).about_of(values) == about
