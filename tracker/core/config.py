"""Settings, built by a function from environment variables and an optional TOML file.

Nothing here runs at import time: call :func:`load_settings` where settings are
needed and pass the result down.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from tracker.core.errors import ConfigError

CONFIG_FILE_ENV = "TRACKER_CONFIG"


def default_data_dir() -> Path:
    """Where the embedded SQLite database lives unless told otherwise."""
    return Path(os.environ.get("TRACKER_DATA_DIR", "data")).resolve()


class Settings(BaseSettings):
    """Every setting of the tracker; env vars are ``TRACKER_`` + the upper-case name."""

    model_config = SettingsConfigDict(env_prefix="TRACKER_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str = ""
    allow_private_networks: bool = False
    # Fetch limits (RELIABILITY.md 1-4).
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0
    total_timeout_s: float = 60.0
    max_body_bytes: int = 15 * 1024 * 1024
    max_redirects: int = 5
    parse_timeout_s: float = 20.0
    user_agent: str = "PolicyTracker/0.1 (+https://example.org/policy-tracker)"
    # Scheduling (RELIABILITY.md 11-12).
    default_interval_minutes: int = 60
    failing_after: int = 3
    max_backoff_minutes: int = 24 * 60
    max_retry_after_days: int = 30
    max_article_updates: int = 10
    # Dashboard / worker.
    tick_seconds: int = 30
    lease_seconds: int = 300
    # Add bundled sample sources and the default public sources on first run.
    seed_default_sources: bool = True

    def resolved_database_url(self) -> str:
        """The database URL, defaulting to an SQLite file in the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'tracker.db'}"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"config file {path}: {exc}") from exc
    section = data.get("tracker", data)
    if not isinstance(section, dict):
        raise ConfigError(f"config file {path}: [tracker] must be a table")
    return section


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Settings from the environment, an optional TOML file and explicit overrides.

    Precedence: explicit overrides > environment variables > TOML file > defaults.
    """
    path = config_file
    if path is None and CONFIG_FILE_ENV in os.environ:
        path = Path(os.environ[CONFIG_FILE_ENV])
    file_values = _read_toml(path) if path else {}
    try:
        env_values = Settings().model_dump(exclude_unset=True)
        return Settings(**{**file_values, **env_values, **overrides})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ConfigError(f"invalid setting {where}: {first['msg']}") from exc
