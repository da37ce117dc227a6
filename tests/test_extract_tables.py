"""Bare figures of tables whose header or caption names the currency (tracker.extract.tables)."""

from __future__ import annotations

from tracker.extract import ArticleText, extract
from tracker.extract.tables import row_label, table_sums


def _funding(text: str) -> list[tuple[float | None, str | None, str | None]]:
    return [
        (p.amount, p.currency, p.recipient) for p in extract(ArticleText("", text)) if p.kind == "funding"
    ]


def test_a_column_headed_with_its_unit() -> None:
    text = (
        "The council approved the breakdown below.\n\n"
        "Item | Allocation (₦ billion)\n"
        "Rehabilitation of 300 classrooms | 12.5\n"
        "School feeding in the northern zone | 4.0\n"
    )
    assert [(m.amount, m.currency) for m in table_sums(text)] == [
        (12_500_000_000, "NGN"),
        (4_000_000_000, "NGN"),
    ]
    assert _funding(text) == [
        (12_500_000_000, "NGN", "Rehabilitation of 300 classrooms"),
        (4_000_000_000, "NGN", "School feeding in the northern zone"),
    ]


def test_a_caption_with_the_unit_and_thousands_grouped_by_spaces() -> None:
    text = (
        "The Treasurer tabled the Bill in Hobart today.\n\n"
        "Table 2: Additional appropriation, 2025-26 ($'000)\n\n"
        "Agency | Purpose | Additional appropriation\n"
        "Department of Health | Ward reopening | 18 400\n"
        "Tasmania Police | Rural patrols | 6 250\n"
    )
    assert _funding(text) == [
        (18_400_000, "AUD", "Department of Health – Ward reopening"),
        (6_250_000, "AUD", "Tasmania Police – Rural patrols"),
    ]


def test_a_markdown_table_keeps_its_columns() -> None:
    text = (
        "| Ministry | Project | FY2027 amount (USD) | Source |\n"
        "|---|---|---|---|\n"
        "| Education | Lagoon school roof | 1,250,000 | Local revenue |\n"
        "| Subtotal | | 1,250,000 | |\n"
    )
    assert [m.amount for m in table_sums(text)] == [1_250_000, 1_250_000]


def test_tables_without_a_currency_give_no_sums() -> None:
    assert table_sums("Region | Schools (number)\nNorth | 120\nSouth | 95\n") == []
    assert table_sums("Year | 2025 | 2026\nPupils | 1,200 | 1,350\n") == []
    # a row of figures only names no item
    assert table_sums("Item | Cost (£m)\n| 4.5 |\n12 | 3.0\n") == []


def test_row_label_reads_the_text_cells_before_the_figure() -> None:
    assert row_label("Health | Dialysis wing | ") == "Health – Dialysis wing"
    assert row_label("| Ambulance upgrades | 4 000 | .. | ") == "Ambulance upgrades"
    assert row_label("Plain sentence before a figure ") is None


def test_markdown_rows_are_sentences_and_a_cell_ends_its_figures_context() -> None:
    text = (
        "| Ministry | Project | FY2027 amount (USD) | Source |\n"
        "|---|---|---|---|\n"
        "| Education | Lagoon school roof | 1,250,000 | Local revenue |\n"
        "| Health | Clinic solar panels | 300,000 | Local revenue |\n"
    )
    # "revenue" in the next cell does not make the figure a revenue figure
    assert _funding(text) == [
        (1_250_000, "USD", "Education – Lagoon school roof"),
        (300_000, "USD", "Health – Clinic solar panels"),
    ]


def test_a_row_of_sums_with_their_signs_names_its_item() -> None:
    text = "Council | Revenue | Capital\n| Glen City | £7,412,000 | £1,830,000 |\n"
    assert row_label("| Glen City | £7,412,000 | ") == "Glen City"
    assert {recipient for _, _, recipient in _funding(text)} == {"Glen City"}
