"""Settings from the environment and a TOML file: precedence, and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.core.config import load_settings
from tracker.core.errors import ConfigError


def test_a_toml_file_is_read_and_the_environment_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "tracker.toml"
    config.write_text("[tracker]\nfailing_after = 5\ntick_seconds = 9\n")
    monkeypatch.setenv("TRACKER_TICK_SECONDS", "12")
    settings = load_settings(config)
    assert (settings.failing_after, settings.tick_seconds) == (5, 12)


def test_a_misspelled_key_is_refused_naming_it(tmp_path: Path) -> None:
    config = tmp_path / "tracker.toml"
    config.write_text("[tracker]\nfailng_after = 5\n")
    with pytest.raises(ConfigError, match=r"unknown setting 'failng_after'.*failing_after"):
        load_settings(config)


def test_an_invalid_value_names_the_setting(tmp_path: Path) -> None:
    config = tmp_path / "tracker.toml"
    config.write_text("[tracker]\nfailing_after = 'often'\n")
    with pytest.raises(ConfigError, match=r"invalid setting .*failing_after"):
        load_settings(config)
