"""The only code that writes to the database, plus the lookups writers need.

Each function takes a Session inside a transaction opened by the caller
(``tracker.schema.db.session_scope``), so a source's whole ingest commits or rolls
back as one.
"""

from tracker.store import fit as _fit  # noqa: F401  (installs the write guard on every ORM write)
