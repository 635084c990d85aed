"""Settings for the server that the browser tests drive: the test settings, plus media files."""

from osloregionen.settings.test import *  # noqa: F403

ROOT_URLCONF = "tests.browser.urls"
