"""Method: how pledges are found and counted, what the states mean, and how accurate the extractor is.

The accuracy figures are read from the scores file the quality guard checks
(tests/fixtures/corpus/scores.json), never written into this page.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard import data
from dashboard.formatting import escape_markdown, score_rows, title_of
from tracker.domain.kinds import DELIVERY_TITLES, KINDS, ROLE_TITLES, DeliveryStatus, LinkRole

ROLE_MEANINGS = {
    LinkRole.FIRST: "The first mention of the commitment. Its money is new, whatever the wording, "
    "unless the article says the money is existing.",
    LinkRole.REANNOUNCED: "The same figure announced again. Restated: adds no new money.",
    LinkRole.ROUNDED: 'The same figure rounded ("about £60m" after "£58.5m"). Restated.',
    LinkRole.PER_YEAR: 'A yearly share of a figure over several years ("£30m a year" of '
    '"£90m over three years"). Restated.',
    LinkRole.TOP_UP: "More money for the same commitment. Only the increase is new money; "
    "the new total is restated.",
    LinkRole.RESTATED: "A total that contains money already counted. Restated.",
    LinkRole.EXISTING: 'The article says the money was already committed ("existing"). Restated.',
}
REVIEW_MEANINGS = {
    "Unreviewed": "As the machine found it; counted, and waiting in the Review queue.",
    "Confirmed": "A person checked it against the article and it stands as found.",
    "Corrected": "A person changed some fields; totals use the corrected values.",
    "Rejected": "Not a pledge, or wrongly read: it leaves every total, chart and commitment.",
}
DELIVERY_MEANINGS = {
    DeliveryStatus.ANNOUNCED: "Promised; nothing yet shows it being carried out. "
    "Every commitment starts here.",
    DeliveryStatus.IN_PROGRESS: "Evidence that it is being carried out (money allocated, work started).",
    DeliveryStatus.DELIVERED: "Evidence that it was done as promised.",
    DeliveryStatus.BROKEN: "Evidence that it was dropped, cut or will not happen as promised.",
    DeliveryStatus.UNCLEAR: "The evidence is mixed or missing; a reviewer could not tell.",
}
# The sets of the scores file, how to read them, and the order to show them in.
SET_NAMES = {
    "dev": "Development set (the rules were written on it, so it flatters them)",
    "dev_real": "Real announcements of the development corpus",
    "seed": "Seed set (written with the project)",
    "own": "Our own labelled set in other styles (US, Australian, Canadian, NZ, EU, councils)",
    "own_r2": "Our own set, round 2",
    "own_r3": "Our own set, round 3",
    "own_r4": "Our own set, round 4",
    "own_r5": "Our own set, round 5",
    "own_r6": "Our own set, round 6",
    "blind_r1_money": "Former held-out set on money (tuned on since its first scoring)",
    "blind_r1_people": "Former held-out set on people and bodies (tuned on since its first scoring)",
}
BLIND_NAMES = {
    "blind_r1_money": "Held-out set on money, scored once before any tuning on it",
    "blind_r1_people": "Held-out set on people and bodies, scored once before any tuning on it",
}


def _table(heading: str, items: dict[Any, str], titles: dict[str, str] | None = None) -> None:
    """A two-column table as Markdown, so the explanations wrap instead of being cut off."""
    lines = [f"| {heading} | What it means |", "|---|---|"]
    for key, meaning in items.items():
        term = title_of(titles or {}, str(key)) or str(key)
        lines.append(f"| {escape_markdown(term)} | {escape_markdown(meaning)} |")
    st.markdown("\n".join(lines))


def _accuracy() -> None:
    scores = data.extractor_scores()
    if not scores:
        st.info("The extractor's scores file (tests/fixtures/corpus/scores.json) is not in this install.")
        return
    columns = {
        "set": st.column_config.TextColumn("Labelled set", width="large"),
        **{title: st.column_config.TextColumn(title) for title in ("Funding", "Units", "Appointments")},
        "Headcount": st.column_config.TextColumn("Headcount"),
        "All kinds": st.column_config.TextColumn("All kinds"),
    }
    st.markdown(
        "Precision / recall / F1 per kind, scored against pledges labelled by hand. "
        "Precision: how many of the pledges found are real; recall: how many of the real "
        "pledges are found. Expect new material to score nearer the held-out and own sets "
        "than the development set."
    )
    blind = score_rows(scores.get("blind_baselines", {}), BLIND_NAMES)
    if blind:
        st.markdown("**Held out: first scoring, before any tuning on these sets**")
        st.dataframe(blind, hide_index=True, column_config=columns)
    current = score_rows(scores.get("sets", {}), SET_NAMES)
    if current:
        st.markdown("**Current extractor on the sets used to develop it**")
        st.dataframe(current, hide_index=True, column_config=columns)


st.title("Method")
st.header("How pledges are found")
st.markdown(
    "The tracker polls government press-release and news feeds. Each new article is read by a "
    "rule-based extractor: written patterns over its sentences, with no statistical model, so "
    "the same text always gives the same result. It finds four kinds of pledge: "
    + ", ".join(spec.title.lower() for spec in KINDS.values())
    + ". Each pledge keeps the sentence that states it (the evidence) and the article's date, "
    "so every figure can be checked against its source. Money keeps its currency and is never "
    "added across currencies."
)
st.header("New money, counted once")
st.markdown(
    "A **commitment** is one real-world promise; every article that states it is a **mention**. "
    "A new mention joins a commitment when it is of the same kind and currency and names the "
    "same thing (once articles, words like *new* or *fund* and trailing clauses are set aside), "
    "or restates a figure only that commitment has. Read in date order, each mention gets a role:"
)
_table("Role", ROLE_MEANINGS, ROLE_TITLES)
st.markdown(
    "Only first mentions and top-ups add **new money**; the rest is **restated money**. "
    "Example: in March, *£75m for the Rural Bus Fund* is first, £75m new. In June, *an extra "
    "£25m, bringing the fund to £100m* is a top-up: £25m new, the £100m total restated. "
    "New money for the fund: £100m, counted once."
)
st.header("Review")
st.markdown("People check what the machine found on the Review page. Each pledge is in one state:")
_table("Review state", REVIEW_MEANINGS)
st.header("Delivery status")
st.markdown(
    "Reviewers judge where each commitment stands, from its story on the Commitments page "
    "(or `tracker commitments status`), with a note and a link to the evidence. Every change "
    "is kept: who, when, from what to what, and why."
)
_table("Delivery status", DELIVERY_MEANINGS, DELIVERY_TITLES)
st.header("Topics")
st.markdown(
    "Each pledge and commitment gets one policy area from a published word list "
    "(tracker/domain/topics.py): the recipient or body weighs most, then the publisher, then "
    "the evidence sentence. A commitment takes the topic most of its mentions have."
)
st.header("How accurate the extractor is")
_accuracy()
