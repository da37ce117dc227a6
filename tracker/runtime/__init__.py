"""Runners that put the layers together: one source's ingest (pipeline), the
scheduled worker, reprocessing, the default sources, and user actions (services)."""
