"""The KABAR settings: read once, defaults, unknown keys reported."""
import logging
from pathlib import Path

from kabar.settings import read_settings


def test_defaults_and_paths(tmp_path):
    content = tmp_path / "content"
    settings = read_settings({"PATH": str(content), "THEME": str(tmp_path / "theme"), "SITEURL": "",
                              "KABAR": {"SEEDS": "batch", "MAX_SEED_BYTES": 10}})
    assert settings.seeds == (tmp_path / "batch").resolve()  # relative to the project, not the cwd
    assert settings.max_seed_bytes == 10
    assert settings.translations == (tmp_path / "theme" / "translations").resolve()
    assert settings.public_url == "" and settings.events_file is None


def test_public_url_comes_from_an_absolute_siteurl(tmp_path):
    settings = read_settings({"PATH": str(tmp_path), "SITEURL": "https://org.github.io/archive/"})
    assert settings.public_url == "https://org.github.io/archive"


def test_unknown_keys_are_reported(tmp_path, caplog):
    with caplog.at_level(logging.WARNING):
        read_settings({"PATH": str(tmp_path), "KABAR": {"SEDS": "typo"}})
    assert any("SEDS" in r.getMessage() and "unknown" in r.getMessage() for r in caplog.records)
    assert read_settings({"PATH": str(tmp_path)}).seeds == Path(tmp_path.parent / "seeds").resolve()
