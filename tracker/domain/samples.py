"""Bundled sample data: how a sample source is recognised and what it is called.

Sample sources have URLs of the form ``sample://NAME`` (users cannot add such
URLs: only http(s) is accepted from them). Their publishers carry names no real
department has, so sample figures cannot pass for real ones.
"""

from __future__ import annotations

SAMPLE_SCHEME = "sample://"
SAMPLE_LABEL = "Sample:"  # how every sample publisher's name begins
# Invented publishers of the bundled feeds (tracker/samples/), by file name.
SAMPLE_PUBLISHERS = {
    "ministry-of-transport.rss": "Sample: Examplia Transport Ministry",
    "department-of-health.atom": "Sample: Examplia Health Department",
    "home-department.rss": "Sample: Examplia Home Department",
    "treasury-news.atom": "Sample: Examplia Treasury",
}
SAMPLE_NOTE = "sample data, invented for the Policy Tracker"


def is_sample_url(url: str) -> bool:
    return url.startswith(SAMPLE_SCHEME)
