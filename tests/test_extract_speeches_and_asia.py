"""Budget speeches and Asian releases: the classes of blind round 41 (docs/blind-rounds.md).

Each case is written in our own words: questions asked in a chamber commit to nothing, lenders'
money in a speech is theirs, money that settles arrears is funding, a body's take-off grant is its
money, a dateline in capitals names the country a shared symbol belongs to, an agency's budget
request proposes money, and lists of appointees run on commas.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import ArticleText, extract


def _kind(text: str, kind: str, publisher: str = "", title: str = "") -> list[dict[str, object]]:
    article = ArticleText(title, text, date(2025, 9, 1), publisher=publisher)
    return [p.to_prediction() for p in extract(article) if p.kind == kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Madam Speaker, what about the $120 million the teachers' union says is owed?", "funding"),
        ("Is the minister aware that last year the same ministry promised 4,000 nurses?", "headcount"),
    ],
)
def test_a_question_commits_to_nothing(text: str, kind: str) -> None:
    assert _kind(text, kind, "Ministry of Finance") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mr Speaker, the World Bank approved a Development Policy Operation of USD 400 million in May.",
        "The IMF Executive Board completed the second review of our Extended Credit Facility in March, "
        "unlocking a disbursement of about US$210 million.",
        "The Caribbean Development Bank continues to support our road projects through a US$45 million "
        "facility.",
    ],
)
def test_a_lender_s_money_in_a_speech_is_the_lender_s(text: str) -> None:
    assert _kind(text, "funding", "Ministry of Finance") == []


@pytest.mark.parametrize(
    ("text", "amount", "recipient"),
    [
        ("We will pay $2.6 billion in arrears owed to retired teachers this year.", 2.6e9, None),
        (
            "KES 30 billion is allocated in these estimates for the settlement of verified pending bills.",
            30e9,
            "settlement of verified pending bills",
        ),
        ("The Guard will have a take-off grant of ₦4 billion in this budget.", 4e9, "Guard"),
    ],
)
def test_arrears_settled_and_a_take_off_grant_are_pledges(
    text: str, amount: float, recipient: str | None
) -> None:
    found = _kind(text, "funding", "Ministry of Finance")
    assert [f["amount"] for f in found] == [amount]
    if recipient is not None:
        assert found[0]["recipient"] == recipient


def test_a_dateline_in_capitals_names_the_country_of_rupees() -> None:
    text = "LAHORE, May 6: The provincial cabinet approved Rs 12 billion for the repair of school buildings."
    assert [f["currency"] for f in _kind(text, "funding", "Government of the Punjab")] == ["PKR"]


def test_an_agency_s_budget_request_proposes_money() -> None:
    text = (
        "In its budget request for fiscal 2026, the agency is seeking 4.1 billion yen to launch the division."
    )
    assert [f["amount"] for f in _kind(text, "funding", "Kyodo News")] == [4.1e9]


def test_appointees_listed_on_commas_each_take_their_post() -> None:
    text = (
        "Budi Santoso was installed as Deputy Minister of Fisheries, Sari Wulandari as Deputy Minister of "
        "Health, and Agus Pratama as Deputy Minister of Villages."
    )
    found = {a["person"]: a["role"] for a in _kind(text, "appointment")}
    assert found == {
        "Budi Santoso": "Deputy Minister of Fisheries",
        "Sari Wulandari": "Deputy Minister of Health",
        "Agus Pratama": "Deputy Minister of Villages",
    }


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Work continues on the third Schools Building Plan, for which the Government has earmarked about "
            "HK$90 billion.",
            "Schools Building Plan",
        ),
        (
            "The Ministry of Public Safety will receive J$80 billion in this fiscal year.",
            "Ministry of Public Safety",
        ),
        (
            "The government has proposed Rp9.1 trillion in the 2026 draft State Budget (RAPBN) for teachers' "
            "allowances.",
            "teachers' allowances",
        ),
        (
            "The 2025 budget carries a take-off grant of ₦8 billion for the Agency once the bill is passed.",
            "Agency",
        ),
    ],
)
def test_recipients_in_speeches_and_releases(text: str, recipient: str) -> None:
    assert [f["recipient"] for f in _kind(text, "funding", "Ministry of Finance")] == [recipient]


def test_a_topic_that_opens_a_sentence_is_not_the_sum_s() -> None:
    text = "On fuel prices, the President has approved the release of ₱8 billion to the food agency."
    assert [f["amount"] for f in _kind(text, "funding", "Presidential Communications Office")] == [8e9]


def test_a_board_chaired_by_someone_appoints_its_chair() -> None:
    text = "The Fund will be governed by a board chaired by Alicia Pennant, a former bank executive."
    assert [a["person"] for a in _kind(text, "appointment")] == ["Alicia Pennant"]


def test_adi_is_a_title_not_a_given_name() -> None:
    text = (
        "Cabinet approved the appointment of Ravi Lal as Manager of the Fund, and Adi Mere Tora will chair "
        "its board."
    )
    assert "Mere Tora" in [a["person"] for a in _kind(text, "appointment")]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Madam Speaker, to the water sector I have provided KES 40 billion for the coming year.",
            "water sector",
        ),
        ("Health again receives the largest share, with ₦120 billion, followed by roads.", "Health"),
    ],
)
def test_a_speech_puts_what_the_sum_is_for_first(text: str, recipient: str) -> None:
    assert [f["recipient"] for f in _kind(text, "funding", "Ministry of Finance")] == [recipient]


def test_a_purpose_put_first_is_not_the_recipient() -> None:
    text = (
        "Mr Speaker, to restore the confidence of our suppliers, Government has allocated GH¢5 billion "
        "in 2025 to clear verified arrears."
    )
    assert [f["recipient"] for f in _kind(text, "funding", "Ministry of Finance")] == [
        "clear verified arrears"
    ]
