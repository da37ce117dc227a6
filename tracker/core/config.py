"""Settings, built by a function from environment variables and an optional TOML file.

Nothing here runs at import time: call :func:`load_settings` where settings are
needed and pass the result down. Settings are a plain dataclass, read and
converted here (every command starts by loading them, and pydantic-settings
alone took 0.13 s to import).
"""

from __future__ import annotations

import dataclasses
import functools
import os
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.core.errors import ConfigError

CONFIG_FILE_ENV = "TRACKER_CONFIG"
ENV_PREFIX = "TRACKER_"
# The setting every database error points at.
DATABASE_SETTING = f"{ENV_PREFIX}DATABASE_URL"


def default_data_dir() -> Path:
    """Where the embedded SQLite database lives unless told otherwise."""
    return Path(os.environ.get("TRACKER_DATA_DIR", "data")).resolve()


@dataclass
class Settings:
    """Every setting of the tracker; env vars are ``TRACKER_`` + the upper-case name.

    ``Settings()`` is the defaults alone: :func:`load_settings` reads the
    environment and the TOML file, and converts and checks every value.
    """

    data_dir: Path = field(default_factory=default_data_dir)
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
    known = _field_types()
    unknown = sorted(set(section) - set(known))
    if unknown:
        raise ConfigError(
            f"config file {path}: unknown setting {unknown[0]!r}"
            + (f" (and {len(unknown) - 1} more)" if len(unknown) > 1 else "")
            + f"; known settings: {', '.join(sorted(known))}"
        )
    return section


_TRUE = frozenset({"1", "on", "t", "true", "y", "yes"})
_FALSE = frozenset({"0", "off", "f", "false", "n", "no"})


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ValueError("Input should be a valid boolean (true/false, yes/no, on/off, 1/0)")


def _to_int(value: Any) -> int:
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            pass
    raise ValueError("Input should be a valid integer")


def _to_float(value: Any) -> float:
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            pass
    raise ValueError("Input should be a valid number")


def _to_str(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise ValueError("Input should be a valid string")


def _to_path(value: Any) -> Path:
    if isinstance(value, str | os.PathLike):
        return Path(value)
    raise ValueError("Input should be a valid path")


_CONVERTERS: dict[Any, Any] = {bool: _to_bool, int: _to_int, float: _to_float, str: _to_str, Path: _to_path}


@functools.cache
def _field_types() -> dict[str, Any]:
    hints = typing.get_type_hints(Settings)
    return {f.name: hints[f.name] for f in dataclasses.fields(Settings)}


def _convert(kind: Any, value: Any) -> Any:
    """``value`` as the field type ``kind`` (``X | None`` accepts None); ValueError says why not."""
    if isinstance(kind, types.UnionType) or typing.get_origin(kind) is typing.Union:
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        if value is None and len(options) < len(typing.get_args(kind)):
            return None
        kind = options[0] if len(options) == 1 else kind
    converter = _CONVERTERS.get(kind)
    return converter(value) if converter else value


def _env_values() -> dict[str, str]:
    """``TRACKER_<NAME>`` variables for the known settings (names are case-insensitive)."""
    names = {f"{ENV_PREFIX}{name}".lower(): name for name in _field_types()}
    return {names[key.lower()]: value for key, value in os.environ.items() if key.lower() in names}


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Settings from the environment, an optional TOML file and explicit overrides.

    Precedence: explicit overrides > environment variables > TOML file > defaults.
    """
    path = config_file
    if path is None and CONFIG_FILE_ENV in os.environ:
        path = Path(os.environ[CONFIG_FILE_ENV])
    file_values = _read_toml(path) if path else {}
    known = _field_types()
    values: dict[str, Any] = {}
    # Unknown environment variables are ignored (TRACKER_TEST_DATABASE_URL and the like
    # belong to tests); unknown keys of the TOML file were refused by _read_toml.
    for name, value in {**file_values, **_env_values(), **overrides}.items():
        if name not in known:
            continue
        try:
            values[name] = _convert(known[name], value)
        except ValueError as exc:
            raise ConfigError(f"invalid setting {ENV_PREFIX}{name.upper()} ({name}): {exc}") from None
    return Settings(**values)
