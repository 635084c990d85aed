"""What the browser measures on one page: axe at two widths, reflow, 200 % text, screenshots."""

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 375, "height": 812}
NARROWEST = {"width": 320, "height": 640}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


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


def run_axe(page, axe_js: Path) -> list[dict]:
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=_axe_source(axe_js))
    return page.evaluate(
        """async (tags) => {
            const results = await axe.run(document, {
                runOnly: {type: "tag", values: tags},
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
        AXE_TAGS,
    )


MEASURE_REFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const wide = [];
    for (const el of document.querySelectorAll("body *")) {
        const box = el.getBoundingClientRect();
        if (box.right > width + 1 && box.width > 0) {
            wide.push(el.tagName.toLowerCase() + (el.className ? "." + String(el.className).trim().split(/\\s+/).join(".") : ""));
        }
    }
    return {scrollWidth: document.documentElement.scrollWidth, viewport: width, tooWide: wide.slice(0, 8)};
}"""

MEASURE_LARGE_TEXT = """() => {
    const h1 = document.querySelector("h1");
    const main = document.querySelector("main");
    const sizeBefore = parseFloat(getComputedStyle(h1).fontSize);
    const bodyBefore = parseFloat(getComputedStyle(document.body).fontSize);
    document.documentElement.style.fontSize = "200%";
    const visible = (el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && box.left >= 0
            && box.right <= document.documentElement.clientWidth + 1;
    };
    const clipped = [];
    for (const el of main.querySelectorAll("*")) {
        const style = getComputedStyle(el);
        const hides = (value) => value === "hidden" || value === "clip";
        if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;  // visually hidden text
        if ((hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
            || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
            clipped.push(el.tagName.toLowerCase() + (el.className ? "." + String(el.className).trim().split(/\\s+/).join(".") : ""));
        }
    }
    const result = {
        h1Growth: parseFloat(getComputedStyle(h1).fontSize) / sizeBefore,
        bodyGrowth: parseFloat(getComputedStyle(document.body).fontSize) / bodyBefore,
        h1Visible: visible(h1),
        h1Overflows: h1.scrollWidth > h1.clientWidth + 1,
        mainVisible: visible(main),
        scrollWidth: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
        clipped: clipped.slice(0, 8),
    };
    document.documentElement.style.fontSize = "";
    return result;
}"""


def audit_page(page, url: str, path: str, axe_js: Path, screenshots: Path, name: str) -> PageAudit:
    page.set_viewport_size(DESKTOP)
    response = page.goto(url, wait_until="load")
    audit = PageAudit(path=path, status=response.status)
    audit.axe_desktop = run_axe(page, axe_js)
    page.screenshot(path=screenshots / f"{name}-desktop.png", full_page=True)

    page.set_viewport_size(MOBILE)
    audit.axe_mobile = run_axe(page, axe_js)
    page.screenshot(path=screenshots / f"{name}-mobile.png", full_page=True)

    page.set_viewport_size(NARROWEST)
    audit.reflow = page.evaluate(MEASURE_REFLOW)

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
