"""A live server with the seed content, one headless Chromium, and the checkers' tools.

The fixtures are package-scoped so the server and the browser stop when the browser tests
are done: Playwright's event loop would otherwise make Django refuse database calls in the
tests that run after these.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings

from tests.seed_template import builds

BASE_DIR = Path(settings.BASE_DIR)
AXE_JS = BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = BASE_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
BUILT_CSS = BASE_DIR / "static" / "build" / "designsystemet.css"
SCREENSHOTS = BASE_DIR / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Starting runserver on a copy of the seeded database (the seed loads in tests/seed_template).
SERVER_START_SECONDS = 60


def require(available: bool, what: str, install_hint: str) -> None:
    """In CI a missing tool fails the run; on a developer's machine the test is skipped."""
    if available:
        return
    message = f"{what} mangler. Installer: {install_hint}"
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def chromium_path() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@pytest.fixture(scope="package")
def front_end_built():
    require(
        BUILT_CSS.is_file(),
        "static/build/designsystemet.css",
        "`npm run build` (make assets)",
    )


@pytest.fixture(scope="package")
def vnu_command() -> list[str]:
    java = shutil.which("java")
    require(
        java is not None,
        "Java",
        "`sudo apt-get install --no-install-recommends default-jre-headless`",
    )
    require(VNU_JAR.is_file(), "Nu Html Checker (vnu-jar)", "`npm ci`")
    return [java, "-jar", str(VNU_JAR), "--format", "json", "--stdout"]


@dataclass(frozen=True)
class LiveSite:
    base_url: str
    page_type_paths: dict[str, str]

    def url(self, path: str) -> str:
        return self.base_url + path

    def fetch(self, path: str) -> tuple[int, str]:
        """Status and HTML of a page, also for error pages."""
        try:
            with urllib.request.urlopen(self.url(path), timeout=30) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_server(process, base_url: str, log_file: Path) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"Testserveren stoppet:\n{log_file.read_text()[-4000:]}", pytrace=False)
        try:
            with urllib.request.urlopen(base_url + "/healthz", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    pytest.fail(
        f"Testserveren svarte ikke på {SERVER_START_SECONDS} s:\n{log_file.read_text()[-4000:]}",
        pytrace=False,
    )


@contextmanager
def seeded_server(workdir: Path, prepare: str = "") -> Iterator[str]:
    """``runserver`` on a copy of the seeded database (``tests/seed_template``): its address.

    (pytest-django's ``live_server`` would share, and flush, the test database.) ``prepare`` is
    Python run by ``manage.py shell`` on the copy before the server starts.
    """
    env = {
        **os.environ,
        **builds.get().copy_for(workdir),
        "DJANGO_SETTINGS_MODULE": "tests.browser.settings",
        "PYTHONUNBUFFERED": "1",
    }
    manage = [sys.executable, "manage.py"]
    if prepare:
        subprocess.run([*manage, "shell", "-v0", "-c", prepare], cwd=BASE_DIR, env=env, check=True)
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    log_file = workdir / "server.log"
    with log_file.open("w") as log:
        process = subprocess.Popen(
            [*manage, "runserver", f"127.0.0.1:{port}", "--noreload", "--skip-checks"],
            cwd=BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_for_server(process, base_url, log_file)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="package")
def live_site(tmp_path_factory) -> Iterator[LiveSite]:
    """The seeded site served on a free port, with the page of each type to test."""
    with seeded_server(tmp_path_factory.mktemp("live-site")) as base_url:
        yield LiveSite(base_url, builds.get().page_paths())


@pytest.fixture(scope="package")
def browser(front_end_built):
    executable = chromium_path()
    require(
        executable is not None,
        "Chromium",
        "`sudo apt-get install --no-install-recommends chromium` (playwright install trengs ikke)",
    )
    require(AXE_JS.is_file(), "axe-core", "`npm ci`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="package")
def browser_page(browser):
    """One tab, reused by every test (each test navigates and sets its own viewport)."""
    context = browser.new_context(locale="nb-NO", reduced_motion="reduce")
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="package")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
