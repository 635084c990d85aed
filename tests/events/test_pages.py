import json
import re
from datetime import datetime

import pytest
from wagtail.models import PageViewRestriction

from events.choices import EventKind
from events.models import DatePrecision
from tests.factories import FocusAreaPageFactory, MunicipalityPageFactory
from tests.queries import count_queries

pytestmark = pytest.mark.django_db

PAST = "/arrangementer/tidligere/"


def _html(client, path) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def _listed(html: str) -> list[str]:
    return re.findall(
        r'<h3 class="ds-heading" data-size="xs">\s*<a class="ds-link" href="([^"]+)"', html
    )


def test_index_without_upcoming_events_shows_the_empty_state_and_the_way_to_past_events(
    client, make_event
):
    make_event("i-fjor", datetime(2024, 3, 1, 10))
    html = _html(client, "/arrangementer/")
    assert html.count("<h1") == 1
    assert "Det er ingen kommende arrangementer i kalenderen akkurat nå" in html
    assert f'href="{PAST}"' in html
    assert 'href="/arrangementer/kalender.ics"' in html


def test_index_lists_upcoming_soonest_first(client, make_event):
    make_event("i-fjor", datetime(2024, 3, 1, 10))
    later = make_event("senere", datetime(2099, 6, 1, 10))
    sooner = make_event("snart", datetime(2099, 2, 1, 10))
    html = _html(client, "/arrangementer/")
    assert _listed(html) == [sooner.url, later.url]
    assert "Det er ingen kommende arrangementer" not in html


@pytest.fixture
def transport(db):
    return FocusAreaPageFactory(title="Areal og transport", slug="areal-og-transport")


def test_past_view_lists_newest_first_under_each_year(client, make_event, transport):
    older = make_event("2023-10-01-seminar", datetime(2023, 10, 1, 10), focus_areas=[transport])
    newer = make_event("2024-05-21-seminar", datetime(2024, 5, 21, 10), focus_areas=[transport])
    newest = make_event("2024-11-20-workshop", datetime(2024, 11, 20, 10), focus_areas=[transport])
    make_event("2024-06-01-annet-tema", datetime(2024, 6, 1, 10))
    html = _html(client, f"{PAST}?innsatsomrade=areal-og-transport")
    assert html.count("<h1") == 1
    assert _listed(html) == [newest.url, newer.url, older.url]
    assert html.index('<h2 id="year-2024"') < html.index(newer.url)
    assert html.index(newer.url) < html.index('<h2 id="year-2023"') < html.index(older.url)
    only_2024 = _html(client, f"{PAST}?ar=2024&innsatsomrade=areal-og-transport")
    assert _listed(only_2024) == [newest.url, newer.url]


def test_past_view_is_paginated(client, add_events):
    events = add_events([datetime(2024, 1 + n // 28, 1 + n % 28, 10) for n in range(25)])
    first = _listed(_html(client, PAST))
    assert len(first) == 20
    last = _listed(_html(client, f"{PAST}?page=2"))
    assert len(last) == 5
    assert last[-1] == events[0].url  # the oldest
    assert not set(first) & set(last)


def test_month_precision_shows_only_the_month(client, make_event):
    event = make_event(
        "klimaskole",
        datetime(2024, 5, 1),
        date_precision=DatePrecision.MONTH,
        kind=EventKind.WEBINAR,
    )
    html = _html(client, f"{PAST}?type=webinar")
    assert re.search(r'<time datetime="2024-05">mai 2024</time>', html)
    detail = _html(client, event.url)
    assert "mai 2024" in detail
    assert "ikke kjent" not in detail  # an unknown day is not announced
    assert "Legg til i kalender" not in detail


@pytest.fixture
def moss_and_drammen(make_event, transport):
    """Events in two municipalities, of two kinds, two of them on transport."""
    moss = MunicipalityPageFactory(title="Moss", slug="moss")
    drammen = MunicipalityPageFactory(title="Drammen", slug="drammen")
    return {
        "moss-workshop": make_event(
            "moss-workshop",
            datetime(2024, 10, 30, 10),
            municipality=moss,
            kind=EventKind.WORKSHOP,
            focus_areas=[transport],
        ),
        "moss-seminar": make_event(
            "moss-seminar",
            datetime(2024, 5, 21, 10),
            municipality=moss,
            kind=EventKind.SEMINAR,
            focus_areas=[transport],
        ),
        "moss-annet": make_event("moss-annet", datetime(2024, 4, 1, 10), municipality=moss),
        "drammen-workshop": make_event(
            "drammen-workshop",
            datetime(2024, 11, 20, 10),
            municipality=drammen,
            kind=EventKind.WORKSHOP,
            focus_areas=[transport],
        ),
    }


def test_filters_combine(client, moss_and_drammen):
    events = moss_and_drammen
    html = _html(client, f"{PAST}?innsatsomrade=areal-og-transport&kommune=moss")
    assert sorted(_listed(html)) == sorted(
        [events["moss-workshop"].url, events["moss-seminar"].url]
    )
    html = _html(client, f"{PAST}?innsatsomrade=areal-og-transport&kommune=moss&type=workshop")
    assert _listed(html) == [events["moss-workshop"].url]
    assert 'value="workshop" selected' in html


def test_filter_with_no_match_says_so(client, moss_and_drammen):
    html = _html(client, f"{PAST}?type=webinar&kommune=moss")
    assert _listed(html) == []
    assert "Ingen tidligere arrangementer passer med filtrene" in html


@pytest.mark.parametrize(
    "query",
    [
        "?type=finnes-ikke",
        "?innsatsomrade=%01%7F&kommune=<script>",
        "?kommune=" + "x" * 5000,
        "?type=seminar&type=webinar",
        "?ar=abc",
        "?ar=1999",
        "?ar=99999999999999999999",
        "?page=abc",
    ],
)
def test_junk_gives_a_clean_page(client, make_event, query):
    make_event("i-fjor", datetime(2024, 3, 1, 10))
    make_event("til-neste-ar", datetime(2099, 3, 1, 10))
    for base in ("/arrangementer/", PAST):
        response = client.get(base + query)
        assert response.status_code == 200, base + query
        assert b"<script>" not in response.content.split(b"<main")[1]


def test_unknown_filter_value_is_reported(client, moss_and_drammen):
    html = _html(client, f"{PAST}?type=finnes-ikke&kommune=moss")
    assert "Vi kjenner ikke igjen «finnes-ikke» som type arrangement" in html
    assert len(_listed(html)) == 3  # the municipality filter still applies


@pytest.mark.parametrize("page", ["-1", "0", "99", str(10**30)])
def test_page_out_of_range_is_404(client, make_event, page):
    make_event("i-fjor", datetime(2024, 3, 1, 10))
    assert client.get(f"{PAST}?page={page}").status_code == 404


def test_unknown_event_slug_is_404(client, event_index):
    assert client.get("/arrangementer/finnes-ikke/").status_code == 404


def test_event_page_shows_facts_and_links(client, make_event):
    area = FocusAreaPageFactory(title="Klima og miljø", slug="klima-og-miljo")
    event = make_event(
        "finale",
        datetime(2024, 11, 12, 12),
        all_day=True,
        venue="Oslo rådhus",
        organisers="Ungt Entreprenørskap",
        partners="Osloregionen IPR",
        speakers=[("speaker", {"name": "Kari Innleder", "role": "Daglig leder"})],
        focus_areas=[area],
    )
    html = _html(client, event.url)
    assert html.count("<h1") == 1
    assert "12. november 2024" in html
    assert "Oslo rådhus" in html
    assert "Ungt Entreprenørskap" in html
    assert "Kari Innleder" in html
    assert f'href="{area.url}"' in html
    assert f'href="{event.url}kalender.ics"' in html
    assert "Legg til i kalender" in html


def _json_ld(html: str) -> dict:
    payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(payload.group(1))


def test_json_ld_describes_the_event(client, make_event):
    oslo = MunicipalityPageFactory(title="Oslo")
    event = make_event(
        "kick-off",
        datetime(2024, 9, 18),
        title="Kick-off for et EU-prosjekt",
        all_day=True,
        venue="Oslo rådhus",
        municipality=oslo,
    )
    data = _json_ld(_html(client, event.url))
    assert data["@type"] == "Event"
    assert data["name"] == "Kick-off for et EU-prosjekt"
    assert data["startDate"] == "2024-09-18"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["name"] == "Oslo rådhus"
    assert data["location"]["address"]["addressLocality"] == "Oslo"
    assert data["url"] == f"http://testserver{event.url}"


def test_json_ld_of_an_online_event_with_registration(client, make_event):
    make_event(
        "webinar-med-pamelding",
        datetime(2099, 7, 10, 10),
        attendance="digitalt",
        online_url="https://example.org/sending",
        organisers="Osloregionen IPR",
        registration_url="https://example.org/pamelding",
    )
    data = _json_ld(_html(client, "/arrangementer/webinar-med-pamelding/"))
    assert data["startDate"] == "2099-07-10T10:00:00+02:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://example.org/sending"}
    assert data["organizer"] == [{"@type": "Organization", "name": "Osloregionen IPR"}]
    assert data["offers"]["url"] == "https://example.org/pamelding"


def test_json_ld_keeps_month_precision(client, make_event):
    event = make_event("i-mai", datetime(2024, 5, 1), date_precision=DatePrecision.MONTH)
    data = _json_ld(_html(client, event.url))
    assert data["startDate"] == "2024-05"
    assert "endDate" not in data


def test_home_page_has_the_events_section(client, make_event):
    make_event("pa-forsiden", datetime(2099, 1, 5, 9), title="Arrangement på forsiden")
    html = _html(client, "/")
    assert 'id="home-events-heading"' in html
    assert "Arrangement på forsiden" in html


@pytest.mark.parametrize(
    ("path", "year"),
    [
        ("/arrangementer/", 2099),
        ("/arrangementer/kalender.ics", 2099),
        ("/", 2099),
        (PAST, 2020),
        (f"{PAST}?ar=2020&type=seminar", 2020),
    ],
)
def test_same_queries_for_5_or_30_events(client, add_events, path, year):
    add_events([datetime(year, 1, 1 + number, 10) for number in range(5)])
    with_5 = count_queries(client, path, warm=True)
    add_events([datetime(year, 2, 1 + number % 28, 10) for number in range(25)])
    assert count_queries(client, path, warm=True) == with_5


def test_municipality_page_lists_events_held_there(client, make_event):
    moss = MunicipalityPageFactory(title="Moss", slug="moss")
    held = make_event("workshop-i-moss", datetime(2024, 10, 30, 10), municipality=moss)
    make_event("et-annet-sted", datetime(2024, 10, 31, 10))
    html = _html(client, moss.url)
    assert 'id="concerns-events"' in html
    assert f'href="{held.url}"' in html
    assert "/arrangementer/et-annet-sted/" not in html
    assert 'href="/arrangementer/tidligere/?kommune=moss"' in html
    # One events section: the events held there are not listed a second time.
    assert html.count(held.url) == 1


def test_municipality_events_cost_the_same_queries_for_any_number(client, make_event):
    moss = MunicipalityPageFactory(title="Moss", slug="moss")
    make_event("i-moss", datetime(2099, 2, 1, 10), municipality=moss)
    before = count_queries(client, moss.url, warm=True)
    for number in range(12):
        make_event(f"i-moss-{number}", datetime(2099, 3, 1 + number, 10), municipality=moss)
    html = client.get(moss.url).content.decode()
    assert "I moss 0" in html
    assert 'href="/arrangementer/?kommune=moss"' in html
    assert count_queries(client, moss.url, warm=True) == before


def test_private_events_stay_out_of_every_list(client, make_event):
    hidden = make_event("bare-for-innloggede", datetime(2099, 4, 1, 10), title="Skjult arrangement")
    make_event("apent-for-alle", datetime(2099, 4, 2, 10), title="Åpent arrangement")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    for path in ("/arrangementer/", "/", "/arrangementer/kalender.ics"):
        body = client.get(path).content.decode()
        assert "Åpent arrangement" in body, path
        assert "Skjult arrangement" not in body, path
    assert client.get(f"{hidden.url}kalender.ics").status_code == 404
