"""Settings: defaults, a TOML file, environment variables and overrides, converted and checked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tracker.core.config import Settings, load_settings
from tracker.core.errors import ConfigError


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.upper().startswith("TRACKER_"):
            monkeypatch.delenv(name)


def test_defaults() -> None:
    settings = load_settings()
    assert settings == Settings()
    assert settings.failing_after == 3 and settings.allow_private_networks is False
    assert settings.resolved_database_url() == f"sqlite:///{Path('data').resolve() / 'tracker.db'}"


def test_precedence_is_overrides_then_environment_then_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "tracker.toml"
    config.write_text("[tracker]\nfailing_after = 7\ntick_seconds = 9\nlease_seconds = 11\n")
    monkeypatch.setenv("TRACKER_CONFIG", str(config))
    monkeypatch.setenv("TRACKER_TICK_SECONDS", "8")
    monkeypatch.setenv("tracker_lease_seconds", "12")  # names are case-insensitive
    settings = load_settings(failing_after=5)
    assert (settings.failing_after, settings.tick_seconds, settings.lease_seconds) == (5, 8, 12)


@pytest.mark.parametrize(
    ("name", "raw", "value"),
    [
        ("allow_private_networks", "1", True),
        ("allow_private_networks", "Yes", True),
        ("allow_private_networks", "off", False),
        ("seed_default_sources", "false", False),
        ("connect_timeout_s", "2", 2.0),
        ("connect_timeout_s", "0.5", 0.5),
        ("max_redirects", " 3 ", 3),
        ("data_dir", "/srv/tracker", Path("/srv/tracker")),
        ("database_url", "postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    ],
)
def test_environment_values_are_converted(
    monkeypatch: pytest.MonkeyPatch, name: str, raw: str, value: object
) -> None:
    monkeypatch.setenv(f"TRACKER_{name.upper()}", raw)
    loaded = getattr(load_settings(), name)
    assert loaded == value and type(loaded) is type(value)


def test_overrides_are_converted_too() -> None:
    settings = load_settings(connect_timeout_s=2, data_dir="x", allow_private_networks=1)
    assert settings.connect_timeout_s == 2.0 and isinstance(settings.connect_timeout_s, float)
    assert settings.data_dir == Path("x") and settings.allow_private_networks is True


@pytest.mark.parametrize(
    ("name", "raw", "message"),
    [
        ("failing_after", "three", "Input should be a valid integer"),
        ("max_redirects", "2.5", "Input should be a valid integer"),
        ("allow_private_networks", "maybe", "Input should be a valid boolean"),
        ("parse_timeout_s", "soon", "Input should be a valid number"),
    ],
)
def test_invalid_values_name_the_setting(
    monkeypatch: pytest.MonkeyPatch, name: str, raw: str, message: str
) -> None:
    monkeypatch.setenv(f"TRACKER_{name.upper()}", raw)
    expected = rf"invalid setting TRACKER_{name.upper()} \({name}\): {message}"
    with pytest.raises(ConfigError, match=expected):
        load_settings()


def test_a_broken_config_file_is_one_config_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("[tracker\n")
    with pytest.raises(ConfigError, match=r"broken\.toml"):
        load_settings(broken)
    with pytest.raises(ConfigError, match="failing_after"):
        load_settings(_write(tmp_path / "typed.toml", '[tracker]\nfailing_after = "x"\n'))


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_a_misspelled_key_in_the_file_is_refused_naming_it(tmp_path: Path) -> None:
    config = tmp_path / "tracker.toml"
    config.write_text("[tracker]\nfailng_after = 5\n")
    with pytest.raises(ConfigError, match=r"unknown setting 'failng_after'.*failing_after"):
        load_settings(config)
