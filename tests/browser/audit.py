"""What the browser measures on one page: axe at two widths, reflow, 200 % text, screenshots."""

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 375, "height": 812}
NARROWEST = {"width": 320, "height": 640}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
# axe marks its only WCAG 1.3.4 (orientation) rule experimental and skips it unless asked.
AXE_EXTRA_RULES = {"css-orientation-lock": {"enabled": True}}


@cache
def _axe_source(axe_js: Path) -> str:
    return axe_js.read_text(encoding="utf-8")


@dataclass
class PageAudit:
    path: str
    status: int
    axe_desktop: list[dict] = field(default_factory=list)
    axe_mobile: list[dict] = field(default_factory=list)
    reflow: dict = field(default_factory=dict)
    large_text: dict = field(default_factory=dict)
    text_spacing: dict = field(default_factory=dict)
    frame: dict = field(default_factory=dict)


def run_axe(page, axe_js: Path) -> list[dict]:
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated, not added as a <script>: the site's Content-Security-Policy (script-src 'self')
        # blocks inline scripts, and it should stay on while the page is checked.
        page.evaluate(f"() => {{ {_axe_source(axe_js)}\n}}")
    return page.evaluate(
        """async ([tags, rules]) => {
            const results = await axe.run(document, {
                runOnly: {type: "tag", values: tags},
                rules: rules,
                resultTypes: ["violations"],
            });
            return results.violations.map((v) => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                helpUrl: v.helpUrl,
                targets: v.nodes.map((n) => n.target.join(" ")),
                summary: v.nodes[0] && v.nodes[0].failureSummary,
            }));
        }""",
        [AXE_TAGS, AXE_EXTRA_RULES],
    )


# Shared by the measurements below: a short CSS-like name for an element, and the elements
# in <main> whose content is cut off by overflow: hidden.
JS_HELPERS = """
const describe = (el) => el.tagName.toLowerCase()
    + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : "");
const clippedIn = (root) => {
    const clipped = [];
    const hides = (value) => value === "hidden" || value === "clip";
    for (const el of root.querySelectorAll("*")) {
        if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;  // visually hidden text
        const style = getComputedStyle(el);
        if ((hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
            || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
            clipped.push(describe(el));
        }
    }
    return clipped.slice(0, 8);
};
const visible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden"
        && box.left >= 0 && box.right <= document.documentElement.clientWidth + 1;
};
"""


def with_helpers(body: str) -> str:
    return "() => {" + JS_HELPERS + body + "}"


MEASURE_REFLOW = with_helpers(
    """
    const width = document.documentElement.clientWidth;
    const tooWide = [];
    for (const el of document.querySelectorAll("body *")) {
        const overflowsItself = getComputedStyle(el).overflowX === "visible" && el.scrollWidth > width;
        if (el.getBoundingClientRect().right > width + 1 || overflowsItself) tooWide.push(describe(el));
    }
    return {scrollWidth: document.documentElement.scrollWidth, viewport: width, tooWide: tooWide.slice(-8)};
"""
)

MEASURE_LARGE_TEXT = with_helpers(
    """
    const h1 = document.querySelector("h1");
    const main = document.querySelector("main");
    const h1Before = parseFloat(getComputedStyle(h1).fontSize);
    const bodyBefore = parseFloat(getComputedStyle(document.body).fontSize);
    document.documentElement.style.fontSize = "200%";
    const result = {
        h1Growth: parseFloat(getComputedStyle(h1).fontSize) / h1Before,
        bodyGrowth: parseFloat(getComputedStyle(document.body).fontSize) / bodyBefore,
        h1Visible: visible(h1),
        h1Overflows: h1.scrollWidth > h1.clientWidth + 1,
        mainVisible: visible(main),
        scrollWidth: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
        clipped: clippedIn(main),
    };
    document.documentElement.style.fontSize = "";
    return result;
"""
)

# WCAG 1.4.12: the spacing a user may set without losing content.
MEASURE_TEXT_SPACING = with_helpers(
    """
    // A constructed style sheet, not a <style> element: the site's Content-Security-Policy
    // (style-src 'self') blocks inline styles, and it stays on while the page is checked.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
        word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`);
    const before = document.adoptedStyleSheets;
    document.adoptedStyleSheets = [...before, sheet];
    const applied = getComputedStyle(document.body).letterSpacing !== "normal";
    const result = {
        applied,
        scrollWidth: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
        clipped: clippedIn(document.querySelector("main")),
    };
    document.adoptedStyleSheets = before;
    return result;
"""
)

MEASURE_FRAME = """() => ({
    header: !!document.querySelector("header .site-logo"),
    mainMenu: !!document.querySelector("nav.main-menu"),
    search: !!document.querySelector("header form[role=search]"),
    footer: !!document.querySelector("footer.site-footer"),
    h1Count: document.querySelectorAll("h1").length,
})"""

OPEN_ALL_DETAILS = "document.querySelectorAll('details').forEach((d) => { d.open = true; })"


def audit_page(page, url: str, path: str, axe_js: Path, screenshots: Path, name: str) -> PageAudit:
    page.set_viewport_size(DESKTOP)
    response = page.goto(url, wait_until="load")
    audit = PageAudit(path=path, status=response.status)
    audit.frame = page.evaluate(MEASURE_FRAME)
    audit.axe_desktop = run_axe(page, axe_js)
    page.screenshot(path=screenshots / f"{name}-desktop.png", full_page=True)

    page.set_viewport_size(MOBILE)
    page.screenshot(path=screenshots / f"{name}-mobile.png", full_page=True)
    page.evaluate(OPEN_ALL_DETAILS)  # check the mobile menu (and any other folded content) too
    audit.axe_mobile = run_axe(page, axe_js)

    page.set_viewport_size(NARROWEST)
    audit.reflow = page.evaluate(MEASURE_REFLOW)

    audit.text_spacing = page.evaluate(MEASURE_TEXT_SPACING)

    page.set_viewport_size(DESKTOP)
    audit.large_text = page.evaluate(MEASURE_LARGE_TEXT)
    return audit


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        lines.extend(f"    at {target}" for target in violation["targets"][:10])
        if violation["summary"]:
            lines.append("    " + violation["summary"].replace("\n", "\n    "))
    return "\n".join(lines)
