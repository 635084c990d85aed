"""The seeded calendar: the 35 dated events of 2024 as the report gives them, and the council's
open meetings among them."""

import json
import re
from datetime import datetime

import icalendar
import pytest
import time_machine

from events.choices import Attendance
from events.dates import OSLO
from events.models import DatePrecision, EventPage
from osloregionen.core.seeding import seed_data
from tests.seeded import norwegian

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]
SEEDED = [e["fields"] for e in seed_data("events", "pages.json") if e["type"] == "events.EventPage"]


def test_every_dated_seed_event_is_live():
    expected = {fields["slug"] for fields in SEEDED}
    live = set(norwegian(EventPage).live().values_list("slug", flat=True))
    assert expected <= live
    assert len(expected) == 35


def test_governance_meetings_are_meetings_not_events():
    titles = " ".join(norwegian(EventPage).values_list("title", flat=True)).lower()
    assert "styremøte" not in titles and "representantskapsmøte" not in titles


def test_month_only_events_keep_their_precision():
    klimaskole = norwegian(EventPage).get(slug="2024-05-klimaskole-naturrisiko")
    assert klimaskole.date_precision == DatePrecision.MONTH
    assert klimaskole.when == "mai 2024"
    assert norwegian(EventPage).filter(date_precision=DatePrecision.MONTH).count() == 14


def test_date_conflicts_use_the_resolved_dates():
    assert norwegian(EventPage).get(slug="2024-02-12-ntp-byomrader").when == "12. februar 2024"
    assert (
        norwegian(EventPage).get(slug="2024-10-30-workshop-energistasjoner-mosseregionen").when
        == "30. oktober 2024"
    )
    assert (
        norwegian(EventPage).get(slug="2024-05-21-nullutslipp-tungtransport-mosseregionen").when
        == "21. mai 2024"
    )


def test_seed_links_municipality_project_and_focus_area():
    finale = norwegian(EventPage).get(slug="2024-11-12-finale-vannet-vart")
    assert finale.municipality.title == "Oslo"
    assert finale.project.title == "Innovasjonscamp «Vannet vårt»"
    assert [area.title for area in finale.focus_areas.all()] == ["Klima og miljø"]
    moss = norwegian(EventPage).get(slug="2024-05-21-nullutslipp-tungtransport-mosseregionen")
    assert moss.municipality.title == "Moss"
    assert moss.project.title == "Energistasjoner for grønn næringstransport"


def test_seed_text_leaves_out_comments_on_the_source():
    for event in norwegian(EventPage).all():
        text = f"{event.intro} {event.search_description}".lower()
        assert "kilden" not in text and "bildetekst" not in text, event.slug
        assert "står ved siden av" not in text, event.slug


PAST = "/arrangementer/tidligere/"


def listed(client, path) -> list[str]:
    html = client.get(path).content.decode()
    return re.findall(
        r'<h3 class="ds-heading" data-size="xs">\s*<a class="ds-link" href="([^"]+)"', html
    )


def test_the_transport_events_of_2024_newest_first(client):
    slugs = [
        link.split("/")[2]
        for link in listed(client, f"{PAST}?ar=2024&innsatsomrade=areal-og-transport")
    ]
    assert slugs == [
        "2024-11-20-workshop-energistasjoner-drammensregionen",
        "2024-10-30-workshop-energistasjoner-mosseregionen",
        "2024-08-arendalsuka-frokost-ntp",
        "2024-05-21-nullutslipp-tungtransport-mosseregionen",
        "2024-05-ntp-stortingsbenker",
        "2024-04-29-lunsjseminar-ntp",
        "2024-04-23-fagseminar-drammensregionen",
        "2024-03-18-ntp-godstransport-veileder",
        "2024-02-12-ntp-byomrader",
    ]


def test_the_events_in_moss(client):
    assert sorted(listed(client, f"{PAST}?innsatsomrade=areal-og-transport&kommune=moss")) == [
        "/arrangementer/2024-05-21-nullutslipp-tungtransport-mosseregionen/",
        "/arrangementer/2024-10-30-workshop-energistasjoner-mosseregionen/",
    ]
    html = client.get("/medlemmer/moss/").content.decode()
    assert 'href="/arrangementer/2024-10-30-workshop-energistasjoner-mosseregionen/"' in html


def test_the_finale_of_vannet_vart(client):
    html = client.get("/arrangementer/2024-11-12-finale-vannet-vart/").content.decode()
    for text in (
        "12. november 2024",
        "Oslo rådhus",
        "Ungt Entreprenørskap",
        "Lise Hagen Rebbestad",
    ):
        assert text in html
    assert 'href="/innsatsomrader/klima-og-miljo/"' in html


def test_the_seadito_kick_off_in_json_ld(client):
    html = client.get("/arrangementer/2024-09-18-seadito-kickoff/").content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
    )
    assert (data["name"], data["startDate"]) == ("Kick-off EU-prosjekt SEADITO", "2024-09-18")
    assert data["location"]["name"] == "Oslo rådhus"


def test_every_event_with_a_known_place_or_online_attendance_has_a_location(client):
    for event in norwegian(EventPage).live().select_related("municipality"):
        html = client.get(event.url).content.decode()
        data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1])
        knows_place = event.venue or event.address or event.municipality_id
        if knows_place or event.attendance != Attendance.IN_PERSON:
            assert "location" in data, event.title


def test_the_councils_open_meeting_of_december_is_in_the_past_view(client):
    meeting = "/organisasjon/representantskapet/moter/2024-12-18/"
    html = client.get(f"{PAST}?ar=2024").content.decode()
    assert html.index(meeting) < html.index("/arrangementer/2024-11-21-nho-arbeidskraft-utlandet/")


@time_machine.travel(datetime(2024, 6, 1, 12, tzinfo=OSLO), tick=False)
def test_the_calendar_feed_in_june_2024(client):
    calendar = icalendar.Calendar.from_ical(client.get("/arrangementer/kalender.ics").content)
    slugs = {str(event["URL"]).split("/")[-2] for event in calendar.walk("VEVENT")}
    assert {"2024-11-12-finale-vannet-vart", "2024-01-18-klimaseminar"} <= slugs
    assert "2024-05-klimaskole-naturrisiko" not in slugs
