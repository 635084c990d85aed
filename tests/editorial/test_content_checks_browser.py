"""Run our checks' JavaScript in Chromium against good and bad markup."""

import json
import shutil

import pytest

from osloregionen.editorial.content_checks import CUSTOM_CHECKS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which("chromium"), reason="Chromium er ikke installert"),
]

CHECKS = {check["id"]: check for check in CUSTOM_CHECKS}

HTML = """<!DOCTYPE html><html lang="nb"><head>{meta}</head><body>
<h1>Tittel</h1>
<a href="/a/">Les mer</a>
<a href="/b/"> her. </a>
<a href="/c/">Klikk her »</a>
<a href="/d/">mer</a>
<a href="/e/">Link</a>
<a href="/f/">Les handlingsplanen for 2025</a>
<a href="/g/">Høringssvar om Nasjonal transportplan</a>
<a href="/h/" aria-label="Les mer om Oslopolitan">Les mer</a>
</body></html>"""


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        yield browser
        browser.close()


def run_check(browser, check_id, selector, meta=""):
    page = browser.new_page()
    page.set_content(HTML.format(meta=meta))
    check = CHECKS[check_id]
    results = page.evaluate(
        """([source, options, selector]) => {
            const evaluate = new Function('return ' + source + ';')();
            return [...document.querySelectorAll(selector)].map((node) => evaluate(node, options));
        }""",
        [check["evaluate"], check.get("options", {}), selector],
    )
    page.close()
    return results


def test_vague_link_texts_fail_and_descriptive_ones_pass(browser):
    results = run_check(browser, "or-check-vague-link-text", "a[href]")
    assert results == [False, False, False, False, False, True, True, True]


def test_missing_or_empty_meta_description_fails(browser):
    assert run_check(browser, "or-check-meta-description", "h1") == [False]
    empty = '<meta name="description" content=" ">'
    assert run_check(browser, "or-check-meta-description", "h1", meta=empty) == [False]
    good = '<meta name="description" content="Osloregionen er et samarbeid.">'
    assert run_check(browser, "or-check-meta-description", "h1", meta=good) == [True]


def test_file_name_alt_texts_match_the_pattern(browser):
    pattern = CHECKS["check-image-alt-text"]["options"]["pattern"]
    page = browser.new_page()
    flagged = page.evaluate(
        "([pattern, alts]) => alts.map((alt) => new RegExp(pattern, 'i').test(alt))",
        [pattern, ["IMG_1234.JPG", "radhuset.png", "DSC0042", "bilde 12", "Oslo rådhus i sol"]],
    )
    page.close()
    assert flagged == [True, True, True, True, False]
    assert json.dumps(pattern)
