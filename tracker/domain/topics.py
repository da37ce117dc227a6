"""Policy areas from a transparent lexicon: which topic a pledge or commitment is about.

Each topic has a list of cue words and phrases. A pledge's recipient (or the
name, role or organisation its kind is about) weighs most, then the publisher
(a department usually speaks for its own area), then the evidence sentence.
The topic with the highest weight wins; ties go to the topic listed first;
no cue at all gives ``other``. Cues match whole words, and a cue ending in
``*`` matches any word it begins (``hospital*`` matches "hospitals").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache


class Topic(StrEnum):
    HEALTH = "health"
    EDUCATION = "education"
    HOUSING = "housing"
    DEFENCE = "defence"
    POLICING_JUSTICE = "policing_justice"
    BORDERS_IMMIGRATION = "borders_immigration"
    TRANSPORT = "transport"
    ENERGY_CLIMATE = "energy_climate"
    ECONOMY_BUSINESS = "economy_business"
    SCIENCE_TECHNOLOGY = "science_technology"
    LOCAL_GOVERNMENT = "local_government"
    WELFARE = "welfare"
    CULTURE = "culture"
    INTERNATIONAL_AID = "international_aid"
    OTHER = "other"


TOPIC_TITLES: dict[Topic, str] = {
    Topic.HEALTH: "Health",
    Topic.EDUCATION: "Education",
    Topic.HOUSING: "Housing",
    Topic.DEFENCE: "Defence",
    Topic.POLICING_JUSTICE: "Policing and justice",
    Topic.BORDERS_IMMIGRATION: "Borders and immigration",
    Topic.TRANSPORT: "Transport",
    Topic.ENERGY_CLIMATE: "Energy and climate",
    Topic.ECONOMY_BUSINESS: "Economy and business",
    Topic.SCIENCE_TECHNOLOGY: "Science and technology",
    Topic.LOCAL_GOVERNMENT: "Local government",
    Topic.WELFARE: "Welfare",
    Topic.CULTURE: "Culture",
    Topic.INTERNATIONAL_AID: "International aid",
    Topic.OTHER: "Other",
}

# The lexicon. Order matters only for ties: more specific areas come first.
LEXICON: dict[Topic, tuple[str, ...]] = {
    Topic.BORDERS_IMMIGRATION: (
        "border*",
        "immigration",
        "migrant*",
        "migration",
        "asylum",
        "visa*",
        "small boats",
        "people smuggling",
        "smuggling gang*",
        "refugee*",
        "customs",
        "home office",
    ),
    Topic.POLICING_JUSTICE: (
        "police",
        "policing",
        "officer*",
        "constable*",
        "garda*",
        "crime*",
        "criminal*",
        "court*",
        "justice",
        "prison*",
        "probation",
        "victim*",
        "fraud*",
        "counter-terror*",
        "terrorism",
        "sentenc*",
        "prosecut*",
        "judge*",
        "judicia*",
        "knife",
        "knives",
        "gang*",
        "law enforcement",
    ),
    Topic.DEFENCE: (
        "defence",
        "defense",
        "military",
        "armed forces",
        "army",
        "navy",
        "naval",
        "royal air force",
        "air force",
        "soldier*",
        "veteran*",
        "warship*",
        "frigate*",
        "submarine*",
        "munition*",
        "ministry of defence",
        "nato",
    ),
    Topic.HEALTH: (
        "health*",
        "nhs",
        "hospital*",
        "clinic*",
        "patient*",
        "nurs*",
        "doctor*",
        "gp*",
        "medical",
        "medicine*",
        "mental health",
        "cancer",
        "dental",
        "dentist*",
        "pharmac*",
        "vaccin*",
        "ambulance*",
        "paramedic*",
        "care home*",
        "social care",
        "disease*",
        "pathology",
        "telehealth",
        "surgery",
        "surgeries",
        "maternity",
        "midwi*",
        "public health",
    ),
    Topic.EDUCATION: (
        "school*",
        "teacher*",
        "pupil*",
        "student*",
        "education*",
        "universit*",
        "college*",
        "classroom*",
        "childcare",
        "nurser*",
        "early years",
        "apprentice*",
        "skills",
        "tuition",
        "curriculum",
        "literacy",
        "numeracy",
        "academ*",
    ),
    Topic.HOUSING: (
        "housing",
        "home*",
        "homeless*",
        "rough sleep*",
        "tenant*",
        "landlord*",
        "rent*",
        "affordable homes",
        "social housing",
        "dwelling*",
        "cladding",
        "mortgage*",
    ),
    Topic.TRANSPORT: (
        "transport*",
        "road*",
        "rail*",
        "railway*",
        "train*",
        "bus",
        "buses",
        "bridge*",
        "highway*",
        "motorway*",
        "cycl*",
        "airport*",
        "aviation",
        "port*",
        "ferr*",
        "tram*",
        "metro",
        "pothole*",
        "traffic",
        "station*",
        "electric vehicle*",
        "ev charg*",
    ),
    Topic.ENERGY_CLIMATE: (
        "energy",
        "climate",
        "net zero",
        "emission*",
        "carbon",
        "renewable*",
        "solar",
        "wind",
        "offshore wind",
        "nuclear",
        "hydrogen",
        "heat pump*",
        "insulation",
        "flood*",
        "coastal",
        "erosion",
        "environment*",
        "biodiversity",
        "nature",
        "tree*",
        "woodland*",
        "river*",
        "water",
        "drainage",
        "pollution",
        "recycling",
        "waste",
        "power",
        "grid",
        "electricity",
    ),
    Topic.SCIENCE_TECHNOLOGY: (
        "science",
        "scientific",
        "research*",
        "innovation",
        "technolog*",
        "digital",
        "artificial intelligence",
        "ai",
        "quantum",
        "cyber*",
        "broadband",
        "internet",
        "connectivity",
        "semiconductor*",
        "space",
        "satellite*",
        "laborator*",
        "data",
        "computing",
        "supercomput*",
    ),
    Topic.ECONOMY_BUSINESS: (
        "business*",
        "economy",
        "economic",
        "growth",
        "industr*",
        "manufactur*",
        "trade",
        "export*",
        "invest*",
        "small firms",
        "enterprise*",
        "jobs",
        "employment",
        "employer*",
        "tax*",
        "treasury",
        "finance",
        "high street*",
        "tourism",
        "farm*",
        "agricultur*",
        "fisher*",
        "food security",
        "orchard*",
        "regeneration",
    ),
    Topic.LOCAL_GOVERNMENT: (
        "council*",
        "local authorit*",
        "local government",
        "combined authorit*",
        "mayor*",
        "municipal*",
        "town*",
        "cities",
        "city",
        "county",
        "counties",
        "levelling up",
        "communit*",
        "neighbourhood*",
        "library",
        "libraries",
    ),
    Topic.WELFARE: (
        "welfare",
        "benefit*",
        "pension*",
        "universal credit",
        "poverty",
        "food bank*",
        "cost of living",
        "disabilit*",
        "carer*",
        "child benefit",
        "hardship",
        "household support",
    ),
    Topic.CULTURE: (
        "culture*",
        "cultural",
        "arts",
        "artist*",
        "museum*",
        "galler*",
        "heritage",
        "sport*",
        "football",
        "olympic*",
        "theatre*",
        "music",
        "festival*",
        "creative",
        "media",
        "library",
        "gaeltacht",
        "language*",
    ),
    Topic.INTERNATIONAL_AID: (
        "aid",
        "overseas",
        "humanitarian",
        "development assistance",
        "foreign aid",
        "famine",
        "world health organization",
        "unicef",
        "united nations",
        "pacific",
        "africa*",
        "ukraine",
        "gaza",
        "sudan",
        "relief",
        "foreign office",
        "international development",
    ),
}

RECIPIENT_WEIGHT = 3
PUBLISHER_WEIGHT = 2
EVIDENCE_WEIGHT = 1


@lru_cache(maxsize=1)
def _patterns() -> dict[Topic, re.Pattern[str]]:
    def cue(text: str) -> str:
        if text.endswith("*"):
            return re.escape(text[:-1]) + r"\w*"
        return re.escape(text)

    return {
        topic: re.compile(r"\b(?:" + "|".join(cue(c) for c in cues) + r")\b", re.IGNORECASE)
        for topic, cues in LEXICON.items()
    }


@lru_cache(maxsize=1)
def _lower_patterns() -> dict[Topic, re.Pattern[str]]:
    """The patterns, matching exactly (for lower-cased text: see ``_matching``)."""
    return {topic: re.compile(pattern.pattern) for topic, pattern in _patterns().items()}


PREFIX = 3
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _openings() -> dict[Topic, frozenset[str]]:
    """How each topic's cues begin: the first letters (up to PREFIX) of their first word."""
    return {
        topic: frozenset(_WORD.match(cue).group()[:PREFIX] for cue in cues)  # type: ignore[union-attr]
        for topic, cues in LEXICON.items()
    }


# The only letters a case-blind pattern of ASCII letters matches besides a-z and A-Z,
# and the only one whose lower case is two characters: İ, ı, ſ and the Kelvin sign
# (tests/test_topics.py checks the whole of Unicode).
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _matching(text: str) -> tuple[str, list[tuple[Topic, re.Pattern[str]]]]:
    """The text to search and the patterns that can match it, found cheaply.

    Cues are lower-case ASCII letters, spaces and hyphens. Without the four letters
    above, a case-blind cue matches where the lower-cased text holds it exactly (and
    lower() keeps every character a word character or not), so the lower-cased text is
    searched with case-sensitive patterns, 2.5x faster; and most topics are ruled out
    without running their pattern at all."""
    if not FOLDS_TO_ASCII.isdisjoint(text):
        return text, list(_patterns().items())
    lower = text.lower()
    # A cue matches only from the start of a word (its pattern opens with \b), so a topic
    # whose cue openings begin no word of the text cannot match: one set test a topic.
    openings = {word[:n] for word in _WORD.findall(lower) for n in range(1, PREFIX + 1)}
    return lower, [
        (topic, pattern)
        for topic, pattern in _lower_patterns().items()
        if not openings.isdisjoint(_openings()[topic])
    ]


def topic_weights(recipient: str | None, publisher: str | None, evidence: str | None) -> dict[Topic, int]:
    """How strongly each topic's cues appear (only topics with at least one cue)."""
    weights: dict[Topic, int] = {}
    for text, weight in (
        (recipient, RECIPIENT_WEIGHT),
        (publisher, PUBLISHER_WEIGHT),
        (evidence, EVIDENCE_WEIGHT),
    ):
        if not text:
            continue
        searched, patterns = _matching(text)
        for topic, pattern in patterns:
            hits = len(pattern.findall(searched))
            if hits:
                weights[topic] = weights.get(topic, 0) + weight * hits
    return weights


def classify(recipient: str | None, publisher: str | None = None, evidence: str | None = None) -> Topic:
    """The policy area of one pledge: the heaviest cues win, the lexicon's order breaks ties."""
    weights = topic_weights(recipient, publisher, evidence)
    if not weights:
        return Topic.OTHER
    order = list(LEXICON)
    return max(weights, key=lambda topic: (weights[topic], -order.index(topic)))


def majority_topic(topics: Iterable[str]) -> Topic:
    """A commitment's topic: the most common among its mentions, ``other`` only if nothing else."""
    counts: dict[str, int] = {}
    for topic in topics:
        counts[topic] = counts.get(topic, 0) + 1
    counts.pop(Topic.OTHER.value, None)
    if not counts:
        return Topic.OTHER
    last = len(_LEXICON_ORDER)
    best = max(counts, key=lambda t: (counts[t], -_LEXICON_ORDER.get(t, last)))
    return Topic(best)


# Each topic's place in the lexicon (ties go to the earlier): linking asks for a
# commitment's topic for every commitment it founds or replays.
_LEXICON_ORDER = {topic.value: index for index, topic in enumerate(LEXICON)}
