"""Ingest: safe fetching, feed parsing, full text, and pure scheduling policy."""
