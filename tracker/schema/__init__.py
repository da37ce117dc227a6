"""The database: tables (SQLModel), engines and sessions, and Alembic migrations.

Both ``store`` (every write) and ``queries`` (every read) build on it; neither
imports the other."""
