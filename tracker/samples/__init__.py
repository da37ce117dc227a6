"""Sample feeds bundled with the tracker so an offline first run has data."""
