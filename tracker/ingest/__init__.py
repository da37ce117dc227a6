"""Ingest: safe fetching, feed parsing (in a time-limited process), full text and the bundled samples."""
