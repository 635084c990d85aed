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


def test_member_name_filter_works_by_keyboard_and_announces_the_count(live_site, browser_page):
    open_top_of(browser_page, live_site.url("/medlemmer/"), DESKTOP)
    tab_to(browser_page, "#members-q")
    browser_page.keyboard.type("asker")
    live = browser_page.locator("[aria-live] #members-count")
    live.filter(has_text="1 kommune passer søket «asker»").wait_for()
    shown = browser_page.locator(".members-group li[data-name]:visible")
    assert shown.all_inner_texts() == ["Asker"]

    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")  # without JavaScript the server gives the same answer
    assert "q=asker" in browser_page.url
    assert "1 kommune passer søket «asker»" in announced_result(browser_page)


def test_event_filters_work_by_keyboard_and_announce_the_count(live_site, browser_page):
    open_top_of(browser_page, live_site.url("/arrangementer/"), DESKTOP)
    tab_to(browser_page, ".filter-form select")
    first_filter = browser_page.evaluate("document.activeElement.name")
    browser_page.keyboard.press("ArrowDown")  # choose the first real option
    tab_to(browser_page, ".filter-form button[type=submit]")
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    assert f"{first_filter}=" in browser_page.url
    assert re.search(r"\d+ arrangement", announced_result(browser_page))
