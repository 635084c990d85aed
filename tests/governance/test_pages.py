"""The public pages with the seed content."""

from datetime import date

import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser

from governance.models import AgendaItem, MeetingStatus, Membership, Person

from .conftest import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def test_org_chart_is_a_nested_list(client):
    page = soup(client.get("/organisasjon/"))
    assert len(page.find_all("h1")) == 1
    chart = page.select_one("ul.org-chart")
    top = chart.find_all("li", recursive=False)
    assert [li.a.get_text(strip=True) for li in top] == ["Representantskapet"]
    board = top[0].find("ul", recursive=False).find("li", recursive=False)
    assert board.a.get_text(strip=True) == "Styret"
    assert "Velges av representantskapet" in board.get_text()
    under_board = [li.a.get_text(strip=True) for li in board.ul.find_all("li", recursive=False)]
    assert under_board == ["Interessepolitisk utvalg", "Sekretariatet"]
    secretariat = board.ul.find_all("li", recursive=False)[1]
    groups = secretariat.ul.find_all("li", recursive=False)
    assert [li.a.get_text(strip=True) for li in groups] == ["Koordineringsgruppen", "Faggrupper"]
    faggrupper = [li.a.get_text(strip=True) for li in groups[1].ul.find_all("li")]
    assert faggrupper == [
        "Faggruppe for areal og transport",
        "Faggruppe for klima og miljø",
        "Faggruppe for næringssamarbeid",
        "Kraftgruppen",
    ]


def current_rows(page):
    table = page.find("caption", string=lambda s: s and s.startswith("Medlemmer (")).parent
    return table.tbody.find_all("tr")


def test_board_lists_sixteen_current_members_with_party_and_delregion(client):
    page = soup(client.get("/organisasjon/styret/"))
    rows = current_rows(page)
    assert len(rows) == 16
    solberg = next(row for row in rows if "Eirik Lae Solberg" in row.th.get_text())
    cells = [td.get_text(" ", strip=True) for td in solberg.find_all("td")]
    assert cells == ["Leder", "H", "Oslo kommune", "Oslo"]
    assert solberg.abbr["title"] == "Høyre"
    laupsa = next(row for row in rows if "Linn Laupsa" in row.th.get_text())
    assert [td.get_text(" ", strip=True) for td in laupsa.find_all("td")] == [
        "Medlem",
        "Ap",
        "Søndre Østfold regionråd",
        "Halden",
    ]
    deputies = page.find("caption", string="Varamedlemmer").parent
    assert "Runar Johansen" in deputies.get_text()


def test_board_shows_the_yearly_summary_and_notable_cases(client):
    html = client.get("/organisasjon/styret/").content.decode()
    page = soup(client.get("/organisasjon/styret/"))
    figures = [li.get_text(" ", strip=True) for li in page.select(".key-figures__item")]
    assert figures == ["5 møter", "66 saker behandlet"]
    assert "Innspill til statsbudsjettet 2025" in html
    assert len(page.select("ul.notable-cases li")) == 10


@pytest.mark.parametrize(
    ("path", "figure"),
    [
        ("/organisasjon/interessepolitisk-utvalg/", "5 møter"),
        ("/organisasjon/koordineringsgruppen/", "6 møter"),
    ],
)
def test_yearly_meeting_counts(client, path, figure):
    page = soup(client.get(path))
    assert figure in [li.get_text(" ", strip=True) for li in page.select(".key-figures__item")]


def test_person_in_two_organs_appears_in_both(client):
    for path in ("/organisasjon/styret/", "/organisasjon/interessepolitisk-utvalg/"):
        names = [row.th.get_text(" ", strip=True) for row in current_rows(soup(client.get(path)))]
        assert any(name.startswith("Elin Såheim Bjørkli") for name in names)


def test_ended_membership_is_shown_only_under_earlier_compositions(client):
    page = soup(client.get("/organisasjon/sekretariatet/"))
    current = " ".join(row.get_text() for row in current_rows(page))
    assert "Målfrid Baik" in current
    assert "Eivin Winsvold" not in current
    earlier = page.find(id="organ-earlier").parent
    assert "Eivin Winsvold" in earlier.get_text()
    assert "Til 30. juni 2024" in earlier.get_text()


def test_ending_a_membership_moves_the_person_out_of_the_current_board(client, styret):
    Membership.objects.filter(organ=styret, person__name="Linn Laupsa").update(
        start_date=date(2023, 11, 10), end_date=date(2024, 1, 31)
    )
    page = soup(client.get("/organisasjon/styret/"))
    assert len(current_rows(page)) == 15
    earlier = page.find(id="organ-earlier").parent
    assert "10. november 2023–31. januar 2024" in earlier.get_text()
    assert "Linn Laupsa" in earlier.get_text()


@time_machine.travel(date(2024, 7, 1), tick=False)
def test_meetings_split_into_upcoming_and_past(client):
    page = soup(client.get("/organisasjon/styret/"))
    section = page.find(id="organ-meetings").parent
    upcoming, past = section.find_all("ul", class_="meeting-list")
    assert "Styremøte 9. desember 2024" in upcoming.get_text()
    assert "Styremøte 24. juni 2024" in past.get_text()
    assert "24. juni" not in upcoming.get_text()


def test_meeting_page_shows_guests_and_organ(client):
    page = soup(client.get("/organisasjon/styret/moter/2024-06-24/"))
    assert page.h1.get_text(strip=True) == "Styremøte 24. juni 2024"
    text = page.get_text(" ", strip=True)
    assert "Marius Holm" in text
    assert "Fremtidig togtilbud på Østlandet" in text
    assert page.find("a", href="/organisasjon/styret/", string="Styret")  # in the breadcrumbs


def test_agenda_is_shown_in_the_editors_order(client, make_meeting):
    meeting = make_meeting(
        "2030-01-10",
        date(2030, 1, 10),
        agenda_items=[
            AgendaItem(case_number="3/30", title="Tredje sak", sort_order=2),
            AgendaItem(case_number="1/30", title="Første sak", sort_order=0),
            AgendaItem(title="Sak uten nummer", sort_order=1, decision="Tatt til orientering."),
        ],
    )
    page = soup(client.get(meeting.url))
    items = [h3.get_text(" ", strip=True) for h3 in page.select("ol.agenda h3")]
    assert items == ["Sak 1/30 Første sak", "Sak uten nummer", "Sak 3/30 Tredje sak"]
    assert "Vedtak: Tatt til orientering." in page.select_one("ol.agenda").get_text(" ", strip=True)


def test_cancelled_meeting_says_so(client, make_meeting):
    meeting = make_meeting("2030-02-01", date(2030, 2, 1), status=MeetingStatus.CANCELLED)
    page = soup(client.get(meeting.url))
    assert "Møtet er avlyst." in page.get_text()
    assert '"eventStatus": "https://schema.org/EventCancelled"' in str(page)


def test_representantskapet_meeting_has_its_decision(client):
    text = soup(client.get("/organisasjon/representantskapet/moter/2024-08-29/")).get_text(" ")
    assert "Strategiske føringer for Osloregionen IPR 2025–2028" in text
    assert "vedtok nye strategiske føringer for 2025–2028" in text


def test_municipality_page_lists_its_people_and_seats(client):
    page = soup(client.get("/medlemmer/kongsvinger/"))
    section = page.find(id="municipality-people").parent
    text = section.get_text(" ", strip=True)
    assert "Elin Såheim Bjørkli" in text
    assert "Nestleder, Styret" in text
    assert "Leder, Interessepolitisk utvalg" in text


def test_municipality_without_people_shows_no_empty_section(client):
    assert 'id="municipality-people"' not in client.get("/medlemmer/hole/").content.decode()


def test_subregion_page_shows_its_board_seat(client):
    page = soup(client.get("/medlemmer/delregioner/hamarregionen/"))
    text = " ".join(page.find(id="subregion-seats").parent.get_text().split())
    assert "Styret: medlem Kai Ove Berg (H), Ringsaker kommune" in text


def test_person_without_public_role_has_no_contact_details():
    assert not Person.objects.exclude(email="").exists()
    assert not Person.objects.exclude(phone="").exists()


def test_preview_shows_unsaved_memberships(rf, styret):
    newcomer = Person.objects.create(name="Ny Styrerepresentant")
    styret.memberships = [*styret.memberships.all(), Membership(person=newcomer)]
    request = rf.get(styret.url)
    request.user = AnonymousUser()
    response = styret.make_preview_request(request, styret.default_preview_mode)
    response.render()
    assert "Ny Styrerepresentant" in response.content.decode()
    assert not Membership.objects.filter(person=newcomer).exists()


def test_organ_and_meeting_pages_describe_themselves_as_schema_org(client):
    organ = client.get("/organisasjon/styret/").content.decode()
    assert '"@type": "GovernmentOrganization", "name": "Styret"' in organ
    meeting = client.get("/organisasjon/styret/moter/2024-06-24/").content.decode()
    assert '"@type": "Event"' in meeting
    assert '"startDate": "2024-06-24"' in meeting
