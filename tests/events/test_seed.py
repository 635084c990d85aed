import pytest

from events.models import DatePrecision, EventPage
from osloregionen.core.seeding import seed_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]
SEEDED = [e["fields"] for e in seed_data("events", "pages.json") if e["type"] == "events.EventPage"]


def test_every_dated_seed_event_is_live():
    expected = {fields["slug"] for fields in SEEDED}
    live = set(EventPage.objects.live().values_list("slug", flat=True))
    assert expected <= live
    assert len(expected) == 35


def test_governance_meetings_are_meetings_not_events():
    titles = " ".join(EventPage.objects.values_list("title", flat=True)).lower()
    assert "styremøte" not in titles and "representantskapsmøte" not in titles


def test_month_only_events_keep_their_precision():
    klimaskole = EventPage.objects.get(slug="2024-05-klimaskole-naturrisiko")
    assert klimaskole.date_precision == DatePrecision.MONTH
    assert klimaskole.when == "mai 2024"
    assert EventPage.objects.filter(date_precision=DatePrecision.MONTH).count() == 14


def test_date_conflicts_use_the_resolved_dates():
    assert EventPage.objects.get(slug="2024-02-12-ntp-byomrader").when == "12. februar 2024"
    assert (
        EventPage.objects.get(slug="2024-10-30-workshop-energistasjoner-mosseregionen").when
        == "30. oktober 2024"
    )
    assert (
        EventPage.objects.get(slug="2024-05-21-nullutslipp-tungtransport-mosseregionen").when
        == "21. mai 2024"
    )


def test_seed_links_municipality_project_and_focus_area():
    finale = EventPage.objects.get(slug="2024-11-12-finale-vannet-vart")
    assert finale.municipality.title == "Oslo"
    assert finale.project.title == "Innovasjonscamp «Vannet vårt»"
    assert [area.title for area in finale.focus_areas.all()] == ["Klima og miljø"]
    moss = EventPage.objects.get(slug="2024-05-21-nullutslipp-tungtransport-mosseregionen")
    assert moss.municipality.title == "Moss"
    assert moss.project.title == "Energistasjoner for grønn næringstransport"


def test_seed_text_leaves_out_comments_on_the_source():
    for event in EventPage.objects.all():
        text = f"{event.intro} {event.search_description}".lower()
        assert "kilden" not in text and "bildetekst" not in text, event.slug
        assert "står ved siden av" not in text, event.slug
