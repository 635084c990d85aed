"""What an independent accessibility audit found beyond axe and the HTML checker, one test each."""

import re

import pytest

from .audit import DESKTOP, MOBILE, NARROWEST

pytestmark = pytest.mark.browser

TEXT_SPACING = """* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }"""
REPORT = "/publikasjoner/arsrapport-2024/"
# How much of a focused element's ring (outline plus offset) lies outside what its scrolling
# table frame shows, in px, after the browser has scrolled the link into view.
RING_OUTSIDE_FRAME = """(link) => {
    const style = getComputedStyle(link);
    const ring = style.outlineStyle === "none" ? 0
        : parseFloat(style.outlineWidth) + Math.max(0, parseFloat(style.outlineOffset));
    const box = link.getBoundingClientRect();
    const frame = link.closest(".table-wrapper").getBoundingClientRect();
    return {
        ring,
        outside: Math.max(
            frame.left - (box.left - ring), (box.right + ring) - frame.right,
            frame.top - (box.top - ring), (box.bottom + ring) - frame.bottom, 0),
    };
}"""


def open_page(page, live_site, path, viewport=DESKTOP):
    page.set_viewport_size(viewport)
    response = page.goto(live_site.url(path), wait_until="load")
    assert response.status == 200, path
    return response


def luminance(rgb: str) -> float:
    channels = [int(v) / 255 for v in re.findall(r"\d+", rgb)[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(
    "path", ["/organisasjon/styret/", "/organisasjon/interessepolitisk-utvalg/"]
)
def test_focused_links_in_scrolling_tables_show_their_whole_ring_at_375px(
    live_site, browser_page, path
):
    page = browser_page
    open_page(page, live_site, path, MOBILE)
    links = page.locator(".table-wrapper a")
    assert links.count() > 0, "ingen lenker i tabellene"
    page.keyboard.press("Tab")  # keyboard modality, so :focus-visible applies to .focus()
    for index in range(links.count()):
        link = links.nth(index)
        link.focus()
        measured = link.evaluate(RING_OUTSIDE_FRAME)
        assert measured["ring"] >= 2, f"{path}: lenke {index} har ingen synlig fokusring"
        assert measured["outside"] <= 0.5, f"{path}: fokusringen på lenke {index} kuttes"


def test_chart_labels_take_the_system_colours_in_forced_colours(live_site, browser_page):
    page = browser_page
    page.emulate_media(forced_colors="active")
    try:
        open_page(page, live_site, REPORT)
        colours = page.evaluate(
            """() => ({
                canvas: getComputedStyle(document.body).backgroundColor,
                labels: [...document.querySelectorAll(".bar-chart__label, .bar-chart__value")]
                    .map((el) => getComputedStyle(el).fill),
            })"""
        )
    finally:
        page.emulate_media(forced_colors="none")
    assert colours["labels"]
    for fill in colours["labels"]:
        assert contrast(fill, colours["canvas"]) >= 4.5, fill


@pytest.mark.parametrize(
    "path, selector",
    [
        ("/arrangementer/2024-08-29-best-konferansen/", ".event-facts"),
        (REPORT, ".survey-chart"),
    ],
)
def test_text_spacing_at_320px_keeps_cards_and_chart_labels_whole(
    live_site, browser_page, path, selector
):
    page = browser_page
    open_page(page, live_site, path, NARROWEST)
    # Adopted, not added as <style>: the CSP (style-src 'self') blocks inline styles.
    applied = page.evaluate(
        """(css) => {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(css);
            document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
            return getComputedStyle(document.body).letterSpacing !== "normal";
        }""",
        TEXT_SPACING,
    )
    assert applied, "the text-spacing style sheet did not apply"
    problems = page.evaluate(
        """(selector) => {
            const width = document.documentElement.clientWidth;
            const problems = [];
            for (const box of document.querySelectorAll(selector)) {
                for (const el of [box, ...box.querySelectorAll("*")]) {
                    const style = getComputedStyle(el);
                    const hides = (v) => v === "hidden" || v === "clip";
                    if ((hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
                        || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
                        problems.push("kuttet: " + el.tagName + "." + el.getAttribute("class"));
                    }
                }
                for (const text of box.querySelectorAll("text, dd, dt, h2, h3")) {
                    const r = text.getBoundingClientRect();
                    if (r.width && (r.left < -1 || r.right > width + 1)) {
                        problems.push("utenfor skjermen: " + text.textContent.trim().slice(0, 40));
                    }
                }
            }
            return problems;
        }""",
        selector,
    )
    assert not problems, problems[:5]


def test_map_markers_are_24px_targets_on_phones_and_do_not_overlap(live_site, browser_page):
    page = browser_page
    open_page(page, live_site, "/medlemmer/", MOBILE)
    targets = page.evaluate(
        """() => [...document.querySelectorAll(".members-map__marker")].map((a) => {
            const r = a.getBoundingClientRect();
            const hit = a.querySelector(".members-map__hit").getBoundingClientRect();
            return {name: a.dataset.name, width: r.width, height: r.height,
                    x: hit.x + hit.width / 2, y: hit.y + hit.height / 2, r: hit.width / 2};
        })"""
    )
    assert len(targets) == 65
    for target in targets:
        assert min(target["width"], target["height"]) >= 24, target
        assert target["r"] * 2 >= 24, target
    for i, a in enumerate(targets):
        for b in targets[i + 1 :]:
            distance = ((a["x"] - b["x"]) ** 2 + (a["y"] - b["y"]) ** 2) ** 0.5
            assert distance >= a["r"] + b["r"] - 0.5, f"{a['name']} dekker {b['name']}"


def test_breadcrumb_of_past_events_marks_that_page_current(live_site, browser_page):
    page = browser_page
    open_page(page, live_site, "/arrangementer/tidligere/")
    crumbs = page.locator("nav.breadcrumbs")
    assert crumbs.locator("[aria-current=page]").inner_text().strip() == "Tidligere arrangementer"
    assert crumbs.get_by_role("link", name="Arrangementer", exact=True).count() == 1


def test_titles_tell_the_state_of_search_filtered_and_paged_lists(live_site, browser_page):
    page = browser_page
    open_page(page, live_site, "/sok/?q=energi")
    assert page.title().startswith("Søk: energi – ")
    open_page(page, live_site, "/sok/?q=energi&page=2")
    assert page.title().startswith("Søk: energi – Side 2 – ")
    open_page(page, live_site, "/sok/?q=energi&type=news.newspage")
    assert page.title().startswith("Søk: energi – filtrert – ")
    open_page(page, live_site, "/aktuelt/")
    plain = page.title()
    open_page(page, live_site, "/aktuelt/?innsatsomrade=energi")
    assert page.title() != plain and "filtrert" in page.title()


def test_each_chart_is_read_out_once(live_site, browser_page):
    page = browser_page
    open_page(page, live_site, REPORT)
    charts = page.locator(".survey-chart")
    assert charts.count() > 0
    for index in range(charts.count()):
        chart = charts.nth(index)
        values = chart.locator("td.numeric")
        assert values.count() > 0
        # Every percentage a screen reader meets in the chart's section is a table cell:
        # the drawing, which shows the same numbers, is not read out.
        spoken = chart.aria_snapshot()
        assert "- img" not in spoken
        assert len(re.findall(r'- cell "[\d,]+\s%"', spoken)) == values.count()
        assert spoken.count("%") == 2 * values.count()  # each row's name and its cell
        assert chart.locator("svg.bar-chart").get_attribute("aria-hidden") == "true"


def test_menu_button_name_has_no_arrow(live_site, browser_page):
    page = browser_page
    open_page(page, live_site, "/", MOBILE)
    spoken = page.locator("nav.main-menu").aria_snapshot()
    assert "Meny" in spoken
    assert "▾" not in spoken and "▴" not in spoken
    assert page.locator(".main-menu__glyph").get_attribute("aria-hidden") == "true"


def test_admin_login_fields_say_what_they_are_for(live_site, browser_page):
    page = browser_page
    open_page(page, live_site, "/admin/login/")
    assert page.locator("input[name=username]").get_attribute("autocomplete") == "username"
    assert page.locator("input[name=password]").get_attribute("autocomplete") == (
        "current-password"
    )
