"""Linking re-announcements across articles: the pure rules (names, figures, roles).

The store side, on both databases, is in test_commitments_store.py and the
hand-linked set in test_linking_set.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.commitments import (
    CommitmentView,
    Figure,
    Ledger,
    Mention,
    assign,
    best_label,
    match_score,
    name_overlap,
    relation,
    replay,
    roles_for_article,
)
from tracker.domain.labels import acronyms, canonical_key, head_of, terms
from tracker.domain.numbers import years_in

D1, D2, D3 = date(2025, 2, 1), date(2025, 11, 1), date(2026, 7, 1)
_refs = iter(range(1, 10_000))


def money(
    amount: float,
    label: str,
    day: date = D1,
    scope: str = "new",
    *,
    article: int = 1,
    currency: str = "GBP",
    qualifier: str = "exact",
    period: str | None = None,
) -> Mention:
    return Mention(
        ref=next(_refs),
        article=article,
        kind="funding",
        announced_on=day,
        label=label,
        currency=currency,
        amount=amount,
        scope=scope,
        qualifier=qualifier,
        period=period,
    )


def view(
    *labels: str, figures: tuple[float, ...] = (), currency: str = "GBP", cid: int = 7
) -> CommitmentView:
    counted = figures[0] if figures else 0.0
    ledger = Ledger(counted=counted, figures=tuple(Figure(f) for f in figures), mentions=len(figures))
    return CommitmentView(
        cid, "funding", currency, labels, ledger, first_announced_on=D1, last_announced_on=D1
    )


@pytest.mark.parametrize(
    ("label", "head"),
    [
        ("the new Border Security Command", "Border Security Command"),
        ("the UK's Border Security Command", "Border Security Command"),
        ("World Health Organization to deliver vaccines to children in Samoa", "World Health Organization"),
        ("Harbour Trust, which runs the docks", "Harbour Trust"),
        ("Northern Food Security Initiative (NFSI)", "Northern Food Security Initiative (NFSI)"),
    ],
)
def test_head_of_a_name_drops_articles_prefixes_and_trailing_clauses(label: str, head: str) -> None:
    assert head_of(label) == head


def test_generic_words_do_not_name_anything() -> None:
    assert canonical_key("the new national Flood Fund programme") == "flood"
    assert canonical_key("Rural Bus Lifeline Fund") == canonical_key("the rural bus lifeline fund")
    assert terms("the Rural Bus Lifeline Fund") == {"rural", "bus", "lifeli", "acr:rblf"}


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("World Health Organization", {"who"}),
        ("Northern Food Security Initiative (NFSI)", {"nfsi"}),
        ("the NFSI", {"nfsi"}),
        ("rural bus services", set()),
    ],
)
def test_acronyms_stated_or_spelled(label: str, expected: set[str]) -> None:
    assert acronyms(label) == expected


@pytest.mark.parametrize(
    ("period", "years"),
    [
        ("over three years", 3),
        ("a year for four years", 4),
        ("from April 2025 to March 2028", 3),
        ("a year", None),
    ],
)
def test_years_in_a_period(period: str, years: int | None) -> None:
    assert years_in(period) == years


@pytest.mark.parametrize(
    ("amount", "qualifier", "period", "figures", "expected"),
    [
        (75e6, "exact", None, [75e6], "same"),
        (75.2e6, "exact", None, [75e6], "same"),
        (60e6, "about", None, [58.5e6], "rounded"),
        (60e6, "exact", None, [58.5e6], "rounded"),  # rounder than the precise figure
        (58.5e6, "exact", None, [60e6], None),  # more precise is not a rounding
        (30e6, "exact", "a year for three years", [90e6], "per_year"),
        (15e6, "exact", "a year", [Figure(60e6, 4)], "per_year"),
        (20e6, "exact", None, [75e6], None),
    ],
)
def test_how_a_sum_relates_to_figures_stated_before(
    amount: float, qualifier: str, period: str | None, figures: list[float | Figure], expected: str | None
) -> None:
    stated = [f if isinstance(f, Figure) else Figure(f) for f in figures]
    assert relation(amount, qualifier, period, stated) == expected


@pytest.mark.parametrize(
    ("mention", "candidate", "matches"),
    [
        (money(48e6, "new coastal command"), view("Coastal Security Command", figures=(48e6,)), True),
        (
            money(48e6, "UK's Coastal Security Command"),
            view("Coastal Security Command", figures=(48e6,)),
            True,
        ),
        (money(36e6, "NFSI"), view("Northern Food Security Initiative (NFSI)", figures=(36e6,)), True),
        (
            money(12e6, "the WHO to vaccinate children"),
            view("World Health Organization", figures=(12e6,)),
            True,
        ),
        (
            money(60e6, "South West hospital laboratories", qualifier="about"),
            view("South West pathology network", figures=(58.5e6,)),
            True,
        ),
        # look-alikes
        (
            money(12e6, "Axe Vale pumping stations"),
            view("Fenmarsh Internal Drainage Board", figures=(12e6,)),
            False,
        ),
        (
            money(50e6, "rural Manitoba internet", currency="CAD"),
            view("rural Manitoba internet", figures=(50e6,), currency="AUD"),
            False,
        ),
        (money(10e6, "Leeds City Council roads"), view("Bristol City Council roads", figures=(3e6,)), False),
        # one place, two things; one figure, two places
        (
            money(32e6, "hospitals in Ashford South"),
            view("new parks in Ashford South", figures=(10e6,)),
            False,
        ),
        (
            money(40e6, "stations in Carlisle Riverside"),
            view("depots in Barnsley Riverside", figures=(40e6,)),
            False,
        ),
        (
            money(45.5e6, "bridges in Derby Central"),
            view("museums in Exeter Central", figures=(45.5e6,)),
            False,
        ),
        # one thing, two places: the shared words are what, not where
        (
            money(7e6, "roads in Kirkwall Old Town"),
            view("roads in Lerwick Old Town", figures=(3e6,)),
            False,
        ),
        (
            money(2e6, "flood defences across the Tamar Valley"),
            view("flood defences across the Exe Valley", figures=(5e6,)),
            False,
        ),
        (
            money(4e6, "libraries in Harrowby North"),
            view("libraries in Harrowby South", figures=(6e6,)),
            False,
        ),
        # one place said two ways, more precisely, or on one side only
        (
            money(4e6, "libraries in Harrowby North"),
            view("libraries in Harrowby", figures=(4e6,)),
            True,
        ),
        (money(9e6, "schools in Powys"), view("new schools in Powys", figures=(9e6,)), True),
        (money(9e6, "Powys school buildings"), view("school buildings in Powys", figures=(9e6,)), True),
    ],
)
def test_matching_reads_names_and_figures_together(
    mention: Mention, candidate: CommitmentView, matches: bool
) -> None:
    assert (match_score(mention, candidate) is not None) is matches


def test_the_best_candidate_wins_not_the_first() -> None:
    mention = money(40e6, "Coastal Erosion Adaptation Fund")
    weak = view("Coastal Flood Warnings", figures=(40e6,), cid=1)
    strong = view("Coastal Erosion Adaptation Fund", figures=(40e6,), cid=2)
    assert assign([mention], {mention.ref: [weak, strong]}).joins == {mention.ref: 2}


def test_one_article_states_a_sum_once_so_two_equal_sums_are_two_commitments() -> None:
    roads = money(10e6, "Marlbridge City Council")
    libraries = money(10e6, "Marlbridge City Council")
    plan = assign([roads, libraries], {})
    assert sorted(len(group) for group in plan.founds) == [1, 1]


def test_siblings_of_one_name_found_one_commitment() -> None:
    extra = money(25e6, "Rural Bus Lifeline Fund")
    total = money(100e6, "Rural Bus Lifeline Fund", scope="total")
    assert assign([extra, total], {}).founds == [[extra.ref, total.ref]]


def _roles(*articles: list[Mention]) -> list[tuple[str, float | None]]:
    members = [m for article in articles for m in article]
    outcomes, _ledger = replay(members)
    return [(outcomes[m.ref].role.value, outcomes[m.ref].new_money) for m in members]


def test_new_money_is_counted_once_across_re_announcements() -> None:
    assert _roles(
        [money(75e6, "Bus", D1, article=1)],
        [money(75e6, "Bus", D2, article=2)],
        [money(75e6, "Bus", D3, article=3, qualifier="about")],
    ) == [("first", 75e6), ("reannounced", 0.0), ("reannounced", 0.0)]


def test_a_top_up_adds_its_increment_and_the_total_restates() -> None:
    assert _roles(
        [money(75e6, "Bus", D1, article=1)],
        [money(25e6, "Bus", D2, article=2), money(100e6, "Bus", D2, "total", article=2)],
        [money(100e6, "Bus", D3, "total", article=3)],
    ) == [("first", 75e6), ("top_up", 25e6), ("restated", 0.0), ("restated", 0.0)]


def test_a_second_tranche_equal_to_the_first_is_new_when_the_total_says_so() -> None:
    assert _roles(
        [money(40e6, "Coast", D1, article=1)],
        [
            money(40e6, "Coast", D2, article=2),
            money(40e6, "Coast", D2, "existing", article=2),
            money(80e6, "Coast", D2, "total", article=2),
        ],
    ) == [("first", 40e6), ("top_up", 40e6), ("existing", 0.0), ("restated", 0.0)]


def test_per_year_and_rounded_restatements_add_nothing() -> None:
    assert _roles(
        [money(90e6, "Telehealth", D1, article=1, period="over three years")],
        [money(30e6, "Telehealth", D2, article=2, period="a year for three years")],
        [money(60e6, "Labs", D1, article=3)],
    )[:2] == [("first", 90e6), ("per_year", 0.0)]
    assert _roles(
        [money(58.5e6, "Labs", D1, article=1)], [money(60e6, "Labs", D2, article=2, qualifier="about")]
    ) == [
        ("first", 58.5e6),
        ("rounded", 0.0),
    ]


def test_a_first_mention_counts_whatever_its_wording_unless_it_says_existing() -> None:
    assert _roles([money(64e6, "Combined Authority Transport Fund", scope="total")]) == [("first", 64e6)]
    assert _roles([money(7.5e6, "Catchment Partnership", scope="existing")]) == [("existing", 0.0)]


def test_a_larger_total_stated_alone_adds_the_difference() -> None:
    assert _roles([money(30e6, "Fund", D1, article=1)], [money(45e6, "Fund", D2, "total", article=2)]) == [
        ("first", 30e6),
        ("top_up", 15e6),
    ]


def test_roles_depend_on_dates_not_on_reading_order() -> None:
    early, late = money(75e6, "Bus", D1, article=1), money(75e6, "Bus", D2, article=2)
    assert replay([late, early])[0] == replay([early, late])[0]


def test_stated_parts_that_do_not_add_up_are_flagged_for_review() -> None:
    article = [
        money(75e6, "Flood", D1),
        money(70e6, "Flood", D1, "existing"),
        money(150e6, "Flood", D1, "total"),
    ]
    outcomes, _ledger = roles_for_article(Ledger(), article)
    assert (
        outcomes[article[2].ref].check_note == "stated total 150,000,000 but its parts add up to 145,000,000"
    )
    assert outcomes[article[0].ref].check_note is None


def test_staff_pledges_link_only_with_the_same_number() -> None:
    officers = CommitmentView(3, "headcount", None, ("border officers",), staff=300)

    def staff(count: int, role: str) -> Mention:
        return Mention(next(_refs), 2, "headcount", D2, role, count=count)

    assert match_score(staff(300, "Border officers"), officers) is not None
    assert match_score(staff(500, "border officers"), officers) is None
    assert match_score(staff(300, "paramedics"), officers) is None


def test_the_label_is_the_most_complete_name() -> None:
    assert best_label(["WHO", "World Health Organization", "the WHO"]) == "World Health Organization"


def test_a_long_list_of_names_overlaps_as_a_short_one_does() -> None:
    """Long alias lists are looked up by term (and their index grown as names are added);
    the best overlap is the one reading every name gives."""
    places = ["Ashford", "Barnsley", "Carlisle", "Derby", "Exeter", "Falkirk"]
    things = ["roads", "schools", "bridges", "clinics", "libraries"]
    names = [f"new {thing} in {place} North" for place in places for thing in things]
    for upto in (17, 23, len(names)):
        aliases = tuple(names[:upto])
        for label in ("new roads in Derby North", "Falkirk clinics", "Harbour wall", "libraries"):
            assert name_overlap(label, aliases) == name_overlap(label, list(aliases))
