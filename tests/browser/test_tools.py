"""A missing browser or checker fails the run in CI and skips it on a developer's machine."""

import pytest

from .conftest import require


def test_missing_tool_fails_in_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="Chromium mangler"):
        require(False, "Chromium", "apt-get install chromium")


def test_missing_tool_skips_with_an_install_hint_elsewhere(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        require(False, "Chromium", "apt-get install chromium")


def test_present_tool_neither_fails_nor_skips(monkeypatch):
    monkeypatch.setenv("CI", "true")
    require(True, "Chromium", "apt-get install chromium")
