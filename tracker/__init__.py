"""Policy Tracker: government pledges from press-release feeds, as dated entities."""

__version__ = "0.1.0"
