"""Tables of appointments (tracker.extract.appointment_tables)."""

from __future__ import annotations

from tracker.extract.appointment_tables import appointment_rows


def test_a_name_column_beside_a_post_column_under_a_heading() -> None:
    text = "Harbour Board\n\nName | Designation\nMs Ana Lee | Chair\nMr Bo Tan | Member\n"
    rows = appointment_rows(text)
    assert [(text[r.name_start : r.name_end], r.role, r.organisation) for r in rows.values()] == [
        ("Ms Ana Lee", "Chair", "Harbour Board"),
        ("Mr Bo Tan", "Member", "Harbour Board"),
    ]
    # each row is found by where it starts
    assert sorted(rows) == [text.index("Ms Ana"), text.index("Mr Bo")]


def test_a_header_that_names_the_post_and_a_body_column() -> None:
    text = "| Mission | Head of Mission |\n|---|---|\n| Embassy, Lima (new) | Rosa Quispe |\n"
    (row,) = appointment_rows(text).values()
    assert (text[row.name_start : row.name_end], row.role, row.organisation) == (
        "Rosa Quispe",
        "Head of Mission",
        "Embassy, Lima",
    )


def test_tables_of_anything_else_are_not_appointments() -> None:
    assert appointment_rows("Item | Cost (£m)\nRoads | 4.5\n") == {}
    assert appointment_rows("No table here.") == {}
    # a row that does not fill the header's columns is no entry
    assert appointment_rows("Name | Designation\nMs Ana Lee\n") == {}
