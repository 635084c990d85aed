"""The annual report on the web: its page (foreword, key figures, survey charts), its chapters with
their contents and neighbours, on a report each test builds."""

import html
import re

import pytest
from django.utils.html import strip_tags
from wagtail.models import PageViewRestriction

from reports.models import AnnualReportChapterPage, KeyFigure, SurveyResult
from tests.factories import AnnualReportChapterPageFactory

pytestmark = pytest.mark.django_db

REPORT_URL = "/publikasjoner/arsrapport-2024/"


def plain_text(markup: str) -> str:
    return " ".join(html.unescape(strip_tags(markup)).split())


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


@pytest.fixture
def chapters(annual_report):
    """Three chapters; the second has two sections, the first of them with a subsection."""
    return [
        AnnualReportChapterPageFactory(
            parent=annual_report,
            title=title,
            slug=slug,
            body=body,
        )
        for title, slug, body in [
            ("Om Osloregionen", "om-osloregionen", [("paragraph", "<p>Et samarbeid.</p>")]),
            (
                "Innsatsområdene",
                "innsatsomradene",
                [
                    heading("Klima og miljø"),
                    ("paragraph", "<p>Året startet med et klimaseminar.</p>"),
                    heading("Innovasjonscamp «Vannet vårt»", "h3"),
                    heading("Energi"),
                ],
            ),
            ("Kontakt", "kontakt", [("paragraph", "<p>Skriv til oss.</p>")]),
        ]
    ]


@pytest.fixture
def survey(annual_report):
    rows = [
        ("Respondenter", "Ordførere", 40),
        ("Respondenter", "Rådmenn", 35),
        ("Nytte", "Stor nytte", 88),
    ]
    for order, (group, label, percent) in enumerate(rows):
        SurveyResult.objects.create(
            report=annual_report, group=group, label=label, percent=percent, sort_order=order
        )
    return rows


def test_report_page_shows_its_foreword_key_figures_and_chapters(client, annual_report, chapters):
    annual_report.foreword_author = "Kari Leder"
    annual_report.foreword_role = "Styreleder"
    annual_report.foreword = [("paragraph", "<p>Et godt år for samarbeidet.</p>")]
    annual_report.save_revision().publish()
    KeyFigure.objects.create(report=annual_report, value="65", unit="kommuner", label="Medlemmer")
    page = client.get(REPORT_URL).content.decode()
    text = plain_text(page)
    assert page.count("<h1") == 1
    for shown in ("Årsrapport 2024", "Kari Leder", "Styreleder", "Et godt år for samarbeidet."):
        assert shown in text
    assert "65" in text and "Medlemmer" in text
    for chapter in chapters:
        assert f'href="{chapter.url}"' in page
    assert "Dokumentet er ikke publisert som fil her på nettstedet." in text


def test_report_json_ld_is_a_report(client, annual_report):
    page = client.get(REPORT_URL).content.decode()
    assert '"@type": "Report"' in page
    assert '"temporalCoverage": "2024"' in page


def test_a_chapter_shows_its_headings_with_anchors(client, chapters):
    page = client.get(chapters[1].url).content.decode()
    for text in ("Klima og miljø", "Innovasjonscamp «Vannet vårt»", "Energi"):
        assert f'id="{AnnualReportChapterPage.anchor(text)}"' in page
    assert "Året startet med et klimaseminar." in plain_text(page)


def heading_levels(markup: str) -> list[int]:
    main = markup.split("<main", 1)[1].split("</main>", 1)[0]
    return [int(level) for level in re.findall(r"<h([1-6])\b", main)]


@pytest.mark.parametrize("chapter", [None, 0, 1, 2], ids=["report", "first", "second", "last"])
def test_headings_start_at_h1_and_never_skip_a_level(client, annual_report, chapters, chapter):
    url = REPORT_URL if chapter is None else chapters[chapter].url
    levels = heading_levels(client.get(url).content.decode())
    assert levels[0] == 1
    assert levels.count(1) == 1
    for previous, level in zip(levels, levels[1:], strict=False):
        assert level <= previous + 1, levels


def test_chapter_has_table_of_contents_and_neighbours(client, chapters):
    first, second, third = chapters
    page = client.get(second.url).content.decode()
    assert re.search(rf'rel="prev"\s+href="{first.url}"', page)
    assert re.search(rf'rel="next"\s+href="{third.url}"', page)
    for text in ("Klima og miljø", "Innovasjonscamp «Vannet vårt»", "Energi"):
        assert f'href="#{AnnualReportChapterPage.anchor(text)}"' in page


def test_first_chapter_has_no_previous_link_and_the_last_no_next(client, chapters):
    first = client.get(chapters[0].url).content.decode()
    assert 'rel="prev"' not in first and 'rel="next"' in first
    last = client.get(chapters[-1].url).content.decode()
    assert 'rel="next"' not in last and 'rel="prev"' in last


def test_chapter_json_ld_points_at_the_report(client, chapters):
    page = client.get(chapters[0].url).content.decode()
    assert '"@type": "Chapter"' in page
    assert (
        f'"isPartOf": {{"@type": "Report", "name": "Årsrapport 2024", "url": "http://testserver{REPORT_URL}"}}'
        in page
    )


def svg_and_tables(markup: str) -> tuple[str, str]:
    svgs = "".join(re.findall(r"<svg\b.*?</svg>", markup, flags=re.S))
    tables = "".join(re.findall(r"<table\b.*?</table>", markup, flags=re.S))
    return svgs, tables


def test_every_survey_percentage_is_in_the_svg_and_in_the_table(client, survey):
    page = client.get(REPORT_URL).content.decode()
    svgs, tables = svg_and_tables(page)
    assert svgs.count('class="bar-chart__bar"') == len(survey)
    assert tables.count('<th scope="row">') == len(survey)
    for _group, label, percent in survey:
        value = f"{percent}\u00a0%"
        assert f">{label}" in svgs  # the label drawn above the bar
        assert f">{value}</text>" in svgs  # the value drawn next to the bar
        row = rf'<th scope="row">{re.escape(label)}</th>\s*<td class="numeric">{value}</td>'
        assert re.search(row, tables), label


def test_each_chart_is_read_out_once_from_its_table(client, survey):
    """The drawing is hidden from screen readers; the table beside it carries the data."""
    page = client.get(REPORT_URL).content.decode()
    charts = re.findall(r'<svg class="bar-chart"\s+aria-hidden="true"', page)
    assert len(charts) == 2  # one per group
    assert page.count('<svg class="bar-chart"') == len(charts)
    assert "<desc" not in page and 'role="img"' not in page
    assert page.count("<caption>") >= len(charts)


def test_bar_widths_follow_the_percentages(annual_report, survey):
    bars = [bar for chart in annual_report.survey_charts() for bar in chart.bars]
    assert [bar.percent for bar in bars] == [percent for *_, percent in survey]
    for bar in bars:
        assert bar.bar_width == pytest.approx(300 * bar.percent / 100)


def test_restricted_chapter_is_left_out_of_the_contents(client, chapters):
    hidden, shown, _last = chapters
    PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="x")
    page = client.get(REPORT_URL).content.decode()
    assert f'href="{hidden.url}"' not in page
    assert f'href="{shown.url}"' in page
