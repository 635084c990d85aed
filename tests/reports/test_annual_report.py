import html
import re

import pytest
from django.utils.html import strip_tags
from wagtail.models import PageViewRestriction

from reports.models import AnnualReportChapterPage

from .conftest import report_facts, seeded, seeded_children

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

REPORT_URL = "/publikasjoner/arsrapport-2024/"
FACTS = report_facts()
REPORT = seeded("AnnualReportPage")[0]
CHAPTERS = seeded("AnnualReportChapterPage")


def plain_text(markup: str) -> str:
    return " ".join(html.unescape(strip_tags(markup)).split())


def svg_and_tables(markup: str) -> tuple[str, str]:
    svgs = "".join(re.findall(r"<svg\b.*?</svg>", markup, flags=re.S))
    tables = "".join(re.findall(r"<table\b.*?</table>", markup, flags=re.S))
    return svgs, tables


def test_report_page_shows_title_foreword_and_signature(client):
    response = client.get(REPORT_URL)
    assert response.status_code == 200
    page = response.content.decode()
    text = plain_text(page)
    assert page.count("<h1") == 1
    assert "Årsrapport 2024" in text
    for name in ("foreword_author", "foreword_role", "foreword_place_date"):
        assert REPORT[name] in text
    for block in REPORT["foreword"]:
        assert plain_text(block["value"]) in text


def test_report_page_lists_every_chapter_with_its_own_url(client):
    page = client.get(REPORT_URL).content.decode()
    for chapter in CHAPTERS:
        assert f'href="{REPORT_URL}{chapter["slug"]}/"' in page
        assert html.escape(chapter["title"], quote=False) in page


def test_report_json_ld_is_a_report(client):
    page = client.get(REPORT_URL).content.decode()
    assert '"@type": "Report"' in page
    assert '"temporalCoverage": "2024"' in page


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[chapter["slug"] for chapter in CHAPTERS])
def test_each_chapter_renders_all_its_content(client, chapter):
    response = client.get(f"{REPORT_URL}{chapter['slug']}/")
    assert response.status_code == 200
    page = response.content.decode()
    text = plain_text(page)
    assert page.count("<h1") == 1
    assert chapter["title"] in text
    for block in chapter["body"]:
        value = block["value"]
        if block["type"] == "heading":
            assert f'id="{AnnualReportChapterPage.anchor(value["text"])}"' in page
            assert value["text"] in text
        elif block["type"] == "paragraph":
            assert plain_text(value) in text
        elif block["type"] == "quote":
            assert value["quote"] in text
        elif block["type"] == "key_figures":
            for figure in value["figures"]:
                assert figure["label"] in text
                assert figure["value"] in text


# Titles the web edition words differently from the PDF: a typo fixed, the back cover named.
RENAMED_SECTIONS = {
    "Innspill utredninger fra Klimautvalget og Naturrisikoutvalget": (
        "Innspill til utredninger fra Klimautvalget og Naturrisikoutvalget"
    ),
    "Kontakt (bakside)": "Kontakt",
    # The site uses one term for a hearing submission.
    "Høringsinnspill": "Høringssvar",
}


def normalised(title: str) -> str:
    title = RENAMED_SECTIONS.get(title, title)
    for quote in '“”«»"':
        title = title.replace(quote, "")
    return " ".join(title.replace("–", "-").replace(" - ", "-").replace(" -", "-").lower().split())


def seed_sections(sections):
    for section in sections:
        yield section["title"]
        yield from seed_sections(section.get("subsections", []))


def test_every_chapter_and_section_of_the_report_is_on_the_site():
    shown = {normalised(chapter["title"]) for chapter in CHAPTERS}
    shown |= {
        normalised(block["value"]["text"])
        for chapter in CHAPTERS
        for block in chapter["body"]
        if block["type"] == "heading"
    }
    for chapter in FACTS["chapters"]:
        if chapter["title"] == "Forord":
            assert REPORT["foreword"]  # shown on the report page itself
            continue
        titles = [chapter["title"], *seed_sections(chapter["sections"])]
        # A chapter whose only section repeats it (e.g. «Om Osloregionen IPR») is the chapter.
        if len(chapter["sections"]) == 1 and not chapter["sections"][0].get("subsections"):
            titles = titles[:1] if normalised(titles[0]) in shown else titles
        missing = [title for title in titles if normalised(title) not in shown]
        assert not missing, missing


def heading_levels(markup: str) -> list[int]:
    main = markup.split("<main", 1)[1].split("</main>", 1)[0]
    return [int(level) for level in re.findall(r"<h([1-6])\b", main)]


@pytest.mark.parametrize(
    "path",
    ["", *[f"{chapter['slug']}/" for chapter in CHAPTERS]],
    ids=["report", *[c["slug"] for c in CHAPTERS]],
)
def test_headings_start_at_h1_and_never_skip_a_level(client, path):
    levels = heading_levels(client.get(f"{REPORT_URL}{path}").content.decode())
    assert levels[0] == 1
    assert levels.count(1) == 1
    for previous, level in zip(levels, levels[1:], strict=False):
        assert level <= previous + 1, levels


def test_chapter_has_table_of_contents_and_neighbours(client):
    first, second = CHAPTERS[0], CHAPTERS[1]
    page = client.get(f"{REPORT_URL}{second['slug']}/").content.decode()
    assert re.search(rf'rel="prev"\s+href="{REPORT_URL}{first["slug"]}/"', page)
    if len(CHAPTERS) > 2:
        assert re.search(rf'rel="next"\s+href="{REPORT_URL}{CHAPTERS[2]["slug"]}/"', page)
    headings = [
        block["value"]["text"]
        for block in second["body"]
        if block["type"] == "heading" and block["value"]["level"] in ("h2", "h3")
    ]
    for text in headings:
        assert f'href="#{AnnualReportChapterPage.anchor(text)}"' in page


def test_chapter_json_ld_points_at_the_report(client):
    page = client.get(f"{REPORT_URL}{CHAPTERS[0]['slug']}/").content.decode()
    assert '"@type": "Chapter"' in page
    assert (
        f'"isPartOf": {{"@type": "Report", "name": "Årsrapport 2024", "url": "http://testserver{REPORT_URL}"}}'
        in page
    )


def test_first_chapter_has_no_previous_link(client):
    page = client.get(f"{REPORT_URL}{CHAPTERS[0]['slug']}/").content.decode()
    assert 'rel="prev"' not in page


def test_every_survey_percentage_is_in_the_svg_and_in_the_table(client):
    page = client.get(REPORT_URL).content.decode()
    svgs, tables = svg_and_tables(page)
    figures = FACTS["member_survey_2024"]["figures"]
    assert len(figures) == 18
    assert svgs.count('class="bar-chart__bar"') == len(figures)
    assert tables.count('<th scope="row">') == len(figures)
    for figure in figures:
        value = f"{figure['percent']}\u00a0%"
        label = html.escape(figure["label"])
        assert f">{label.split()[0]}" in svgs  # the label drawn above the bar
        assert f">{value}</text>" in svgs  # the value drawn next to the bar
        row = rf'<th scope="row">{re.escape(label)}</th>\s*<td class="numeric">{value}</td>'
        assert re.search(row, tables), figure["label"]


def test_each_chart_is_read_out_once_from_its_table(client):
    """The drawing is hidden from screen readers; the table beside it carries the data."""
    page = client.get(REPORT_URL).content.decode()
    charts = re.findall(r'<svg class="bar-chart"\s+aria-hidden="true"', page)
    assert charts
    assert page.count('<svg class="bar-chart"') == len(charts)
    assert "<desc" not in page and 'role="img"' not in page
    assert page.count("<caption>") >= len(charts)


def test_bar_widths_follow_the_percentages(annual_report):
    bars = [bar for chart in annual_report.survey_charts() for bar in chart.bars]
    for bar in bars:
        assert bar.bar_width == pytest.approx(300 * bar.percent / 100)


def test_all_key_figures_are_shown(client, annual_report):
    page = plain_text(client.get(REPORT_URL).content.decode())
    figures = seeded_children("AnnualReportPage", "key_figures")
    assert annual_report.key_figures.count() == len(FACTS["key_numbers"]) == len(figures) == 35
    for row in figures:
        assert row["label"] in page
    for shown in (
        "1. januar 2005",
        "august 2022",
        "2025–2026",
        "9, 11, 12, 13 og 17",
        "29. august 2024",
    ):
        assert shown in page


def test_report_says_plainly_that_no_pdf_is_published(client):
    page = plain_text(client.get(REPORT_URL).content.decode())
    assert "Dokumentet er ikke publisert som fil her på nettstedet." in page


def test_restricted_chapter_is_left_out_of_the_contents(client):
    hidden = AnnualReportChapterPage.objects.get(slug=CHAPTERS[0]["slug"])
    PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="x")
    page = client.get(REPORT_URL).content.decode()
    assert f'href="{REPORT_URL}{CHAPTERS[0]["slug"]}/"' not in page
    assert f'href="{REPORT_URL}{CHAPTERS[1]["slug"]}/"' in page
