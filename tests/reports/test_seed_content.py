"""The seeded annual report 2024 and library, checked against the report's facts
(tests/reports/data/annual_report_2024.json) and the seed data."""

import html
import re
from datetime import date

import pytest
from django.utils.html import strip_tags

from governance.models import MeetingPage
from projects.models import ProjectPage
from reports.models import AnnualReportChapterPage, AnnualReportPage, PublicationPage
from tests.seeded import norwegian

from .conftest import LIBRARY, all_listed_titles, report_facts, seeded, seeded_children

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

REPORT_URL = "/publikasjoner/arsrapport-2024/"
PUBLICATIONS = seeded("PublicationPage")
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


def test_all_key_figures_are_shown(client):
    annual_report = norwegian(AnnualReportPage).get(slug="arsrapport-2024")
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


def test_the_library_lists_every_seeded_publication_and_the_annual_report(client):
    titles = all_listed_titles(client)
    assert len(titles) == len(PUBLICATIONS) + 1
    assert "Årsrapport 2024" in titles
    assert {facts["title"] for facts in PUBLICATIONS} <= set(titles)
    assert titles[:3] == [
        "Årsrapport 2024",
        "Handlingsplan for 2025",
        "Høringssvar til Naturmeldingen",
    ]


def test_the_six_hearing_responses_of_2024(client):
    expected = {
        f["title"] for f in PUBLICATIONS if f["kind"] == "horingssvar" and f["date"][:4] == "2024"
    }
    assert len(expected) == 6
    assert set(all_listed_titles(client, "type=horingssvar&ar=2024")) == expected
    climate = {
        f["title"]
        for f in PUBLICATIONS
        if f["kind"] == "horingssvar"
        and "/innsatsomrader/klima-og-miljo/" in f.get("focus_areas", [])
    }
    assert set(all_listed_titles(client, "type=horingssvar&innsatsomrade=klima-og-miljo")) == (
        climate
    )


def test_the_response_to_the_climate_committee(client):
    page = client.get(f"{LIBRARY}horingssvar-klimautvalget-nou-2023-25/").content.decode()
    text = " ".join(html.unescape(strip_tags(page)).split())
    assert "NOU 2023:25 Omstilling til lavutslipp" in text
    assert "Andreas Bjelland Eriksen" in text


def test_the_strategic_guidelines_were_adopted_by_the_council(client):
    guidelines = norwegian(PublicationPage).get(slug="strategiske-foringer-2025-2028")
    assert guidelines.adopted_by.slug == "representantskapet"
    assert guidelines.adopted_date == date(2024, 8, 29)
    meeting = (
        norwegian(MeetingPage).descendant_of(guidelines.adopted_by).get(date=date(2024, 8, 29))
    )
    assert guidelines.adopted_at_meeting_id == meeting.pk
    assert f'href="{meeting.url}"' in client.get(guidelines.url).content.decode()


def test_the_guide_belongs_to_the_energy_stations_project():
    guide = norwegian(PublicationPage).get(slug="veileder-etablering-av-energistasjoner")
    project = norwegian(ProjectPage).get(slug="energistasjoner-for-gronn-naeringstransport")
    assert guide.project_id == project.pk


def test_the_report_on_skilled_newcomers_is_on_another_site(client):
    page = client.get(f"{LIBRARY}arbeid-for-og-med-kompetansetilflyttere/").content.decode()
    assert "Åpne dokumentet (PDF, på et annet nettsted)" in page
    assert "Osloregionens-arbeid-for-og-med-kompetansetilflyttere-26.04.2024.pdf" in page
