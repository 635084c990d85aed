"""Every page type in a real browser: axe at desktop and mobile width, reflow, 200 % text."""

import pytest

from .audit import audit_page, describe_violations
from .conftest import AXE_JS
from .targets import ALL_TARGETS, PAGE_TYPES, expected_status, target_path

pytestmark = pytest.mark.browser


@pytest.fixture(scope="package")
def audited(live_site, browser_page, screenshot_dir):
    """Audit each page once (and write its screenshots); the tests below read the results."""
    results = {}

    def audit(target: str):
        if target not in results:
            path = target_path(live_site, target)
            results[target] = audit_page(
                browser_page, live_site.url(path), path, AXE_JS, screenshot_dir, target
            )
        return results[target]

    return audit


def test_page_types_are_found_from_the_models():
    assert {"home.homepage", "core.standardpage", "core.contactpage"} <= set(PAGE_TYPES)
    assert "wagtailcore.page" not in PAGE_TYPES


@pytest.mark.parametrize("target", ALL_TARGETS)
def test_page_answers(audited, target):
    audit = audited(target)
    assert audit.status == expected_status(target), audit.path


@pytest.mark.parametrize("target", ALL_TARGETS)
def test_no_axe_violations_at_desktop_width(audited, target):
    audit = audited(target)
    assert not audit.axe_desktop, f"{audit.path}:\n{describe_violations(audit.axe_desktop)}"


@pytest.mark.parametrize("target", ALL_TARGETS)
def test_no_axe_violations_at_mobile_width(audited, target):
    audit = audited(target)
    assert not audit.axe_mobile, f"{audit.path}:\n{describe_violations(audit.axe_mobile)}"


@pytest.mark.parametrize("target", ALL_TARGETS)
def test_no_horizontal_scrolling_at_320px(audited, target):
    reflow = audited(target).reflow
    assert reflow["scrollWidth"] <= 320, f"For brede elementer: {reflow['tooWide']}"


@pytest.mark.parametrize("target", ALL_TARGETS)
def test_text_at_200_percent_keeps_the_content(audited, target):
    text = audited(target).large_text
    assert text["h1Growth"] >= 1.9, (
        "Overskriften vokser ikke med tekststørrelsen (px i stedet for rem?)"
    )
    assert text["bodyGrowth"] >= 1.9, "Brødteksten vokser ikke med tekststørrelsen"
    assert text["h1Visible"] and not text["h1Overflows"], (
        "h1 er skjult eller kuttet ved 200 % tekst"
    )
    assert text["mainVisible"], "<main> er ikke synlig ved 200 % tekst"
    assert text["scrollWidth"] <= text["viewport"], "Siden ruller sidelengs ved 200 % tekst"
    assert not text["clipped"], f"Innhold som kuttes: {text['clipped']}"


@pytest.mark.parametrize("target", ALL_TARGETS)
def test_text_spacing_keeps_the_content(audited, target):
    spacing = audited(target).text_spacing
    assert spacing["applied"], "the text-spacing style sheet did not apply"
    assert spacing["scrollWidth"] <= spacing["viewport"], (
        "Siden ruller sidelengs med økt tekstavstand"
    )
    assert not spacing["clipped"], f"Innhold som kuttes med økt tekstavstand: {spacing['clipped']}"


@pytest.mark.parametrize("target", ALL_TARGETS)
def test_every_page_has_the_same_frame_and_one_h1(audited, target):
    frame = audited(target).frame
    assert frame == {
        "header": True,
        "mainMenu": True,
        "search": True,
        "footer": True,
        "h1Count": 1,
    }
