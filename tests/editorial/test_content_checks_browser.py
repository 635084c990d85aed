"""Our content checks in Chromium: their JavaScript against good and bad markup, and the whole
chain (hook → Wagtail's userbar → axe → Norwegian messages) on a live site."""

import json

import pytest
from django.conf import settings
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import sync_playwright

from osloregionen.editorial.content_checks import CUSTOM_CHECKS
from tests.browser.conftest import CHROMIUM_ARGS, chromium_path, seeded_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(chromium_path() is None, reason="Chromium er ikke installert"),
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
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
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


# A page with the three problems our rules look for: a vague link text, a skipped heading level
# and no meta description. Run inside the live site's database.
SETUP_SCRIPT = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from osloregionen.core.models import StandardPage
from osloregionen.home.models import HomePage

user = get_user_model().objects.create_user("godkjenner-e2e", password="passord-123")
user.groups.set(Group.objects.filter(name="Godkjenner"))
home = HomePage.objects.get(locale__language_code="nb")
page = StandardPage(
    title="Sjekkside",
    slug="sjekkside",
    body=[
        {"type": "paragraph", "value": '<p>Se <a href="/kontakt/">les mer</a>.</p>'},
        {"type": "heading", "value": {"text": "For dypt", "level": "h4"}},
    ],
)
home.add_child(instance=page)
page.save_revision().publish()
"""


@pytest.fixture(scope="module")
def live_site_with_editor(tmp_path_factory):
    """The seeded site (as the browser tests serve it) with an approver and a flawed page."""
    with seeded_server(tmp_path_factory.mktemp("editorial-site"), SETUP_SCRIPT) as base_url:
        yield base_url


def checker_issues(browser, base_url, path) -> list[str]:
    """Log in, open the page and return the names of the problems the userbar lists."""
    page = browser.new_page()
    errors = []
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.goto(base_url + "/admin/login/")
    page.fill("input[name=username]", "godkjenner-e2e")
    page.fill("input[name=password]", "passord-123")
    page.click("button[type=submit]")
    page.wait_for_url(base_url + "/admin/")
    page.goto(base_url + path)
    # The userbar runs axe when it loads, then writes the number of problems (also «0»).
    try:
        page.wait_for_function(
            """() => {
                const root = document.querySelector('wagtail-userbar')?.shadowRoot;
                const count = root?.querySelector('#checker-trigger [data-content-checker-count]');
                return count && count.textContent !== '';
            }""",
            timeout=30_000,
        )
    except PlaywrightTimeoutError:
        pytest.fail(f"Kontrollen i brukerlinjen kjørte ikke på {path}; feilsvar: {errors}")
    names = page.evaluate(
        """() => [...document.querySelector('wagtail-userbar').shadowRoot
            .querySelectorAll('[data-content-checker-name]')].map((n) => n.textContent.trim())"""
    )
    page.close()
    return names


def test_userbar_reports_our_problems_in_norwegian(browser, live_site_with_editor):
    issues = checker_issues(browser, live_site_with_editor, "/sjekkside/")
    assert sorted(issues) == [
        "Lenketeksten sier ikke hvor lenken går",
        "Overskriftene hopper over et nivå",
        "Siden mangler metabeskrivelse",
    ]


def test_seeded_page_passes_our_checks(browser, live_site_with_editor):
    assert checker_issues(browser, live_site_with_editor, "/personvern/") == []


def test_lix_is_added_to_wagtails_readability_label(browser):
    """lix.js against the contract read from Wagtail 7.4's preview controller: it dispatches
    ``w-preview:content`` with the metrics, then writes the label into the panel."""
    source = (settings.BASE_DIR / "osloregionen/editorial/static/editorial/lix.js").read_text()
    page = browser.new_page()
    page.set_content('<p data-content-readability-score>-</p><div id="panel"></div>')
    page.add_script_tag(content=source)
    text = page.evaluate(
        """async () => {
            const metrics = {lixScore: 41.4, readabilityScore: 'Middels'};
            const target = document.querySelector('[data-content-readability-score]');
            document.getElementById('panel').dispatchEvent(
                new CustomEvent('w-preview:content', {bubbles: true, detail: {metrics}})
            );
            target.textContent = metrics.readabilityScore;
            await new Promise((resolve) => setTimeout(resolve, 20));
            return target.textContent;
        }"""
    )
    page.close()
    assert text == "Middels (LIX 41)"
