"""The site by keyboard alone: skip link, main menu and a visible focus indicator."""

import pytest

from .audit import DESKTOP, MOBILE
from .targets import ALL_TARGETS, target_path

pytestmark = pytest.mark.browser

DESCRIBE_FOCUS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        href: el.getAttribute("href"),
        text: (el.textContent || el.value || "").trim().slice(0, 60),
        className: el.getAttribute("class") || "",
        outlineWidth: style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth),
        boxShadow: style.boxShadow,
        visible: box.width > 0 && box.height > 0,
    };
}"""


def press_tab(page) -> dict | None:
    page.keyboard.press("Tab")
    return page.evaluate(DESCRIBE_FOCUS)


def tab_through(page, limit: int = 400) -> list[dict]:
    """Every element that Tab reaches, from the top of the page until focus leaves the page."""
    stops = []
    for _ in range(limit):
        focused = press_tab(page)
        if focused is None or (stops and focused == stops[0]):
            return stops
        stops.append(focused)
    pytest.fail(f"Fokus kommer ikke ut av siden etter {limit} Tab (tastaturfelle?): {stops[-3:]}")


def open_top_of(page, url: str, viewport: dict) -> None:
    page.set_viewport_size(viewport)
    response = page.goto(url)
    assert response.status < 500, f"{url} svarte {response.status}"
    page.evaluate("document.activeElement && document.activeElement.blur()")


def has_focus_indicator(stop: dict) -> bool:
    return stop["outlineWidth"] > 0 or stop["boxShadow"] not in ("", "none")


def menu_links(page) -> list[str]:
    return page.eval_on_selector_all(
        ".main-menu__link", "links => links.map(a => a.getAttribute('href'))"
    )


def test_first_tab_reaches_the_skip_link_which_moves_focus_to_main(live_site, browser_page):
    open_top_of(browser_page, live_site.url("/"), DESKTOP)
    first = press_tab(browser_page)
    assert first["href"] == "#main", f"Første Tab traff {first}"
    assert first["visible"], "Hopp-lenken er ikke synlig når den har fokus"
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.tagName") == "MAIN"


@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["desktop", "mobile"])
def test_every_main_menu_item_is_reachable_by_keyboard(live_site, browser_page, viewport):
    open_top_of(browser_page, live_site.url("/"), viewport)
    expected = menu_links(browser_page)
    assert expected, "Hovedmenyen er tom"
    reached = []
    for _ in range(60):
        focused = press_tab(browser_page)
        if focused is None:
            break
        if focused["tag"] == "summary" and "main-menu__toggle" in focused["className"]:
            browser_page.keyboard.press("Enter")
            assert browser_page.evaluate("document.querySelector('.main-menu__details').open")
        elif "main-menu__link" in focused["className"]:
            assert focused["visible"], f"Menypunktet {focused['href']} har fokus, men er skjult"
            reached.append(focused["href"])
        if reached == expected:
            break
    assert reached == expected


@pytest.mark.parametrize("target", ALL_TARGETS)
@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["desktop", "mobile"])
def test_every_tab_stop_has_a_visible_focus_indicator(live_site, browser_page, viewport, target):
    open_top_of(browser_page, live_site.url(target_path(live_site, target)), viewport)
    stops = tab_through(browser_page)
    assert len(stops) >= 4, stops
    hidden = [stop for stop in stops if not stop["visible"]]
    unmarked = [stop for stop in stops if not has_focus_indicator(stop)]
    assert not hidden, f"Fokus på {len(hidden)} elementer som ikke synes: {hidden[:5]}"
    assert not unmarked, f"{len(unmarked)} uten synlig fokusmarkering: {unmarked[:5]}"
