import json
import re
from datetime import datetime

import pytest

from tests.queries import count_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

PAST = "/arrangementer/tidligere/"


def _html(client, path) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def _listed(html: str) -> list[str]:
    return re.findall(
        r'<h3 class="ds-heading" data-size="xs">\s*<a class="ds-link" href="([^"]+)"', html
    )


def test_index_shows_the_empty_state_and_the_way_to_past_events(client):
    # The seed holds 2024 only; by now everything is past.
    html = _html(client, "/arrangementer/")
    assert html.count("<h1") == 1
    assert "Det er ingen kommende arrangementer i kalenderen akkurat nå" in html
    assert f'href="{PAST}"' in html
    assert 'href="/arrangementer/kalender.ics"' in html


def test_index_lists_upcoming_soonest_first(client, make_event):
    later = make_event("senere", datetime(2099, 6, 1, 10))
    sooner = make_event("snart", datetime(2099, 2, 1, 10))
    assert _listed(_html(client, "/arrangementer/")) == [sooner.url, later.url]


def test_past_view_lists_2024_newest_first_by_year(client):
    html = _html(client, f"{PAST}?ar=2024&innsatsomrade=areal-og-transport")
    assert html.count("<h1") == 1
    assert '<h2 id="year-2024"' in html
    slugs = [link.split("/")[2] for link in _listed(html)]
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


def test_past_view_is_paginated(client):
    first = _listed(_html(client, PAST))
    assert len(first) == 20
    last = _listed(_html(client, f"{PAST}?page=2"))
    assert last[-1] == "/arrangementer/2024-01-statssekretaer-samferdsel/"
    assert not set(first) & set(last)


def test_month_precision_shows_only_the_month(client):
    html = _html(client, f"{PAST}?type=webinar")
    assert re.search(r'<time datetime="2024-05">mai 2024</time>', html)
    detail = _html(client, "/arrangementer/2024-05-klimaskole-naturrisiko/")
    assert "mai 2024" in detail
    assert "ikke kjent" not in detail  # an unknown day is not announced
    assert "Legg til i kalender" not in detail


def test_filters_combine(client):
    html = _html(client, f"{PAST}?innsatsomrade=areal-og-transport&kommune=moss")
    assert sorted(_listed(html)) == [
        "/arrangementer/2024-05-21-nullutslipp-tungtransport-mosseregionen/",
        "/arrangementer/2024-10-30-workshop-energistasjoner-mosseregionen/",
    ]
    html = _html(client, f"{PAST}?innsatsomrade=areal-og-transport&kommune=moss&type=workshop")
    assert _listed(html) == ["/arrangementer/2024-10-30-workshop-energistasjoner-mosseregionen/"]
    assert 'value="workshop" selected' in html


def test_filter_with_no_match_says_so(client):
    html = _html(client, f"{PAST}?innsatsomrade=energi&kommune=holmestrand")
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
def test_junk_gives_a_clean_page(client, query):
    for base in ("/arrangementer/", PAST):
        response = client.get(base + query)
        assert response.status_code == 200, base + query
        assert b"<script>" not in response.content.split(b"<main")[1]


def test_unknown_filter_value_is_reported(client):
    html = _html(client, f"{PAST}?type=finnes-ikke&kommune=moss")
    assert "Vi kjenner ikke igjen «finnes-ikke» som type arrangement" in html
    assert len(_listed(html)) == 2  # the municipality filter still applies


@pytest.mark.parametrize("page", ["-1", "0", "99", str(10**30)])
def test_page_out_of_range_is_404(client, page):
    assert client.get(f"{PAST}?page={page}").status_code == 404


def test_unknown_event_slug_is_404(client):
    assert client.get("/arrangementer/finnes-ikke/").status_code == 404


def test_event_page_shows_facts_and_links(client):
    html = _html(client, "/arrangementer/2024-11-12-finale-vannet-vart/")
    assert html.count("<h1") == 1
    assert "12. november 2024" in html
    assert "Oslo rådhus" in html
    assert "Ungt Entreprenørskap" in html
    assert "Lise Hagen Rebbestad" in html
    assert 'href="/innsatsomrader/klima-og-miljo/"' in html
    assert 'href="/arrangementer/2024-11-12-finale-vannet-vart/kalender.ics"' in html
    assert "Legg til i kalender" in html


def _json_ld(html: str) -> dict:
    payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(payload.group(1))


def test_json_ld_describes_the_event(client):
    data = _json_ld(_html(client, "/arrangementer/2024-09-18-seadito-kickoff/"))
    assert data["@type"] == "Event"
    assert data["name"] == "Kick-off EU-prosjekt SEADITO"
    assert data["startDate"] == "2024-09-18"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["name"] == "Oslo rådhus"
    assert data["location"]["address"]["addressLocality"] == "Oslo"
    assert data["url"] == "http://testserver/arrangementer/2024-09-18-seadito-kickoff/"


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


def test_json_ld_keeps_month_precision(client):
    data = _json_ld(_html(client, "/arrangementer/2024-05-klimaskole-naturrisiko/"))
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
def test_same_queries_for_5_or_50_events(client, make_event, path, year):
    for number in range(5):
        make_event(f"ekstra-{number}", datetime(year, 1, 1 + number, 10))
    with_5 = count_queries(client, path, warm=True)
    for number in range(5, 50):
        make_event(f"ekstra-{number}", datetime(year, 2, 1 + number % 28, 10))
    assert count_queries(client, path, warm=True) == with_5


def test_municipality_page_lists_events_held_there(
    client, make_event, django_assert_max_num_queries
):
    html = _html(client, "/medlemmer/moss/")
    assert 'id="concerns-events"' in html
    assert 'href="/arrangementer/2024-10-30-workshop-energistasjoner-mosseregionen/"' in html
    assert 'href="/arrangementer/tidligere/?kommune=moss"' in html
    # One events section: the events held there are not listed a second time.
    assert html.count("/arrangementer/2024-10-30-workshop-energistasjoner-mosseregionen/") == 1


def test_municipality_events_cost_one_query_for_any_number(client, make_event):
    from members.models import MunicipalityPage

    moss = MunicipalityPage.objects.get(slug="moss")
    before = count_queries(client, "/medlemmer/moss/", warm=True)
    for number in range(12):
        make_event(f"i-moss-{number}", datetime(2099, 3, 1 + number, 10), municipality=moss)
    html = client.get("/medlemmer/moss/").content.decode()
    assert "I moss 0" in html
    assert 'href="/arrangementer/?kommune=moss"' in html
    assert count_queries(client, "/medlemmer/moss/", warm=True) == before


def test_private_events_stay_out_of_every_list(client, make_event, event_index):
    from wagtail.models import PageViewRestriction

    hidden = make_event("bare-for-innloggede", datetime(2099, 4, 1, 10), title="Skjult arrangement")
    make_event("apent-for-alle", datetime(2099, 4, 2, 10), title="Åpent arrangement")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    for path in ("/arrangementer/", "/", "/arrangementer/kalender.ics"):
        body = client.get(path).content.decode()
        assert "Åpent arrangement" in body, path
        assert "Skjult arrangement" not in body, path
    assert client.get(f"{hidden.url}kalender.ics").status_code == 404
