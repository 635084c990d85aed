"""Search and listing filters by keyboard, with the number of results announced."""

import re

import pytest

from .audit import DESKTOP
from .test_keyboard import open_top_of, press_tab

pytestmark = pytest.mark.browser


def tab_to(page, selector: str, limit: int = 80) -> None:
    """Press Tab until the element matching ``selector`` has focus."""
    for _ in range(limit):
        press_tab(page)
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"Tab nådde aldri {selector}")


def announced_result(page) -> str:
    """The text of the live region, or of a heading that carries the count of results."""
    live = page.locator("[aria-live], [role=status]")
    if live.count():
        return live.first.inner_text()
    return page.locator("main h2").first.inner_text()


def test_site_search_works_by_keyboard_and_announces_the_count(live_site, browser_page):
    open_top_of(browser_page, live_site.url("/"), DESKTOP)
    tab_to(browser_page, "#site-search-q")
    browser_page.keyboard.type("energi")
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert "/sok/?q=energi" in browser_page.url
    announced = announced_result(browser_page)
    assert re.search(r"\d+ treff", announced), announced
