"""The organisation's public pages: the org chart, organs with their members over time, meetings,
and the people and seats on the members' pages."""

from datetime import date

import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser

from governance.models import AgendaItem, MeetingStatus, Membership, OrganYear, Role
from tests.factories import (
    MembershipFactory,
    MunicipalityPageFactory,
    OrganPageFactory,
    PartyFactory,
    PersonFactory,
    SubRegionPageFactory,
)

from .conftest import soup

pytestmark = pytest.mark.django_db


def test_org_chart_nests_organs_by_their_reporting_line_and_their_page(client, organisation):
    council = OrganPageFactory(parent=organisation, title="Representantskapet")
    board = OrganPageFactory(
        parent=organisation, title="Styret", reports_to=council, relation="Velges av rådet"
    )
    OrganPageFactory(parent=organisation, title="Utvalget", reports_to=board)
    secretariat = OrganPageFactory(parent=organisation, title="Sekretariatet", reports_to=board)
    OrganPageFactory(parent=secretariat, title="Koordineringsgruppen")  # below it as a page

    page = soup(client.get("/organisasjon/"))
    assert len(page.find_all("h1")) == 1
    chart = page.select_one("ul.org-chart")
    top = chart.find_all("li", recursive=False)
    assert [li.a.get_text(strip=True) for li in top] == ["Representantskapet"]
    board_item = top[0].find("ul", recursive=False).find("li", recursive=False)
    assert board_item.a.get_text(strip=True) == "Styret"
    assert "Velges av rådet" in board_item.get_text()
    under_board = board_item.ul.find_all("li", recursive=False)
    assert [li.a.get_text(strip=True) for li in under_board] == ["Utvalget", "Sekretariatet"]
    groups = under_board[1].ul.find_all("li", recursive=False)
    assert [li.a.get_text(strip=True) for li in groups] == ["Koordineringsgruppen"]


def current_rows(page):
    table = page.find("caption", string=lambda s: s and s.startswith("Medlemmer (")).parent
    return table.tbody.find_all("tr")


def cells(row) -> list[str]:
    return [td.get_text(" ", strip=True) for td in row.find_all("td")]


def test_an_organ_lists_its_members_with_role_party_seat_and_municipality(client, styret):
    labour = PartyFactory(abbreviation="Ap", name="Arbeiderpartiet")
    conservatives = PartyFactory(abbreviation="H", name="Høyre")
    oslo = MunicipalityPageFactory(title="Oslo", official_name="Oslo kommune")
    halden = MunicipalityPageFactory(title="Halden")
    south = SubRegionPageFactory(title="Søndre Østfold regionråd")
    MembershipFactory(
        organ=styret,
        role=Role.LEADER,
        person=PersonFactory(name="Kari Leder", party=conservatives, municipality=oslo),
        represents_organisation="Oslo kommune",
    )
    MembershipFactory(
        organ=styret,
        person=PersonFactory(name="Per Medlem", party=labour, municipality=halden),
        represents_subregion=south,
    )
    MembershipFactory(
        organ=styret, role=Role.DEPUTY_MEMBER, person=PersonFactory(name="Vara Varasen")
    )

    page = soup(client.get("/organisasjon/styret/"))
    rows = current_rows(page)
    assert len(rows) == 2
    leader = next(row for row in rows if "Kari Leder" in row.th.get_text())
    assert cells(leader) == ["Leder", "H", "Oslo kommune", "Oslo"]
    assert leader.abbr["title"] == "Høyre"
    member = next(row for row in rows if "Per Medlem" in row.th.get_text())
    assert cells(member) == ["Medlem", "Ap", "Søndre Østfold regionråd", "Halden"]
    assert member.find("a", href=south.url)
    deputies = page.find("caption", string="Varamedlemmer").parent
    assert "Vara Varasen" in deputies.get_text()
    assert "Vara Varasen" not in " ".join(row.get_text() for row in rows)


def test_an_organ_shows_its_year_in_figures_and_notable_cases(client, styret):
    OrganYear.objects.create(
        organ=styret,
        year=2024,
        meeting_count=5,
        case_count=66,
        notable_cases=[
            ("case", {"case_number": "12/24", "title": "Innspill til statsbudsjettet"}),
            ("case", {"case_number": "", "title": "Høringssvar om regiontog"}),
        ],
    )
    OrganYear.objects.create(organ=styret, year=2023, meeting_count=1)
    page = soup(client.get("/organisasjon/styret/"))
    section = page.find(id="organ-years").parent
    assert [h3.get_text(strip=True) for h3 in section.find_all("h3")] == ["2024", "2023"]
    figures = [li.get_text(" ", strip=True) for li in section.select(".key-figures__item")]
    assert figures == ["5 møter", "66 saker behandlet", "1 møte"]
    notable = [" ".join(li.get_text().split()) for li in section.select("ul.notable-cases li")]
    assert notable == ["Sak 12/24: Innspill til statsbudsjettet", "Høringssvar om regiontog"]


def test_person_in_two_organs_appears_in_both(client, styret, make_organ):
    committee = make_organ("Interessepolitisk utvalg", "interessepolitisk-utvalg")
    person = PersonFactory(name="Elin Toorganer")
    MembershipFactory(organ=styret, person=person, role=Role.DEPUTY_LEADER)
    MembershipFactory(organ=committee, person=person, role=Role.LEADER)
    for path in ("/organisasjon/styret/", "/organisasjon/interessepolitisk-utvalg/"):
        names = [row.th.get_text(" ", strip=True) for row in current_rows(soup(client.get(path)))]
        assert any(name.startswith("Elin Toorganer") for name in names), path


def test_ended_membership_is_shown_only_under_earlier_compositions(client, styret):
    MembershipFactory(
        organ=styret, person=PersonFactory(name="Ny Direktør"), start_date=date(2024, 7, 1)
    )
    MembershipFactory(
        organ=styret, person=PersonFactory(name="Gammel Direktør"), end_date=date(2024, 6, 30)
    )
    page = soup(client.get("/organisasjon/styret/"))
    current = " ".join(row.get_text() for row in current_rows(page))
    assert "Ny Direktør" in current
    assert "Gammel Direktør" not in current
    earlier = page.find(id="organ-earlier").parent
    assert "Gammel Direktør" in earlier.get_text()
    assert "Til 30. juni 2024" in earlier.get_text()
    assert "Ny Direktør" not in earlier.get_text()


def test_ending_a_membership_moves_the_person_out_of_the_current_composition(client, styret):
    for name in ("Anne Blir", "Berit Går"):
        MembershipFactory(organ=styret, person=PersonFactory(name=name))
    assert len(current_rows(soup(client.get("/organisasjon/styret/")))) == 2
    Membership.objects.filter(organ=styret, person__name="Berit Går").update(
        start_date=date(2023, 11, 10), end_date=date(2024, 1, 31)
    )
    page = soup(client.get("/organisasjon/styret/"))
    assert len(current_rows(page)) == 1
    earlier = page.find(id="organ-earlier").parent
    assert "10. november 2023–31. januar 2024" in earlier.get_text()
    assert "Berit Går" in earlier.get_text()


@time_machine.travel(date(2024, 7, 1), tick=False)
def test_meetings_split_into_upcoming_and_past(client, make_meeting):
    make_meeting("2024-12-09", date(2024, 12, 9), title="Styremøte 9. desember 2024")
    make_meeting("2024-06-24", date(2024, 6, 24), title="Styremøte 24. juni 2024")
    page = soup(client.get("/organisasjon/styret/"))
    section = page.find(id="organ-meetings").parent
    upcoming, past = section.find_all("ul", class_="meeting-list")
    assert "Styremøte 9. desember 2024" in upcoming.get_text()
    assert "Styremøte 24. juni 2024" in past.get_text()
    assert "24. juni" not in upcoming.get_text()


def test_meeting_page_shows_guests_and_organ(client, make_meeting):
    meeting = make_meeting("2024-06-24", date(2024, 6, 24), title="Styremøte 24. juni 2024")
    guest = PersonFactory(name="Marit Gjest", title="Direktør i Jernbanedirektoratet")
    meeting.guests.create(person=guest, topic="Fremtidig togtilbud")
    meeting.save_revision().publish()
    page = soup(client.get(meeting.url))
    assert page.h1.get_text(strip=True) == "Styremøte 24. juni 2024"
    text = page.get_text(" ", strip=True)
    assert "Marit Gjest , Direktør i Jernbanedirektoratet" in text
    assert "Tema: Fremtidig togtilbud" in text
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
    other = make_meeting("2030-03-01", date(2030, 3, 1))
    assert "Møtet er avlyst." not in soup(client.get(other.url)).get_text()


def test_municipality_page_lists_its_people_and_seats(client, styret, make_organ):
    committee = make_organ("Interessepolitisk utvalg", "interessepolitisk-utvalg")
    kongsvinger = MunicipalityPageFactory(title="Kongsvinger")
    person = PersonFactory(name="Elin Kongsvinger", municipality=kongsvinger)
    MembershipFactory(organ=styret, person=person, role=Role.DEPUTY_LEADER)
    MembershipFactory(organ=committee, person=person, role=Role.LEADER)
    MembershipFactory(organ=styret, person=PersonFactory(name="Fra En Annen Kommune"))
    page = soup(client.get(kongsvinger.url))
    section = page.find(id="municipality-people").parent
    text = section.get_text(" ", strip=True)
    assert "Elin Kongsvinger" in text
    assert "Nestleder, Styret" in text
    assert "Leder, Interessepolitisk utvalg" in text
    assert "Fra En Annen Kommune" not in text


def test_municipality_without_people_shows_no_empty_section(client, styret):
    hole = MunicipalityPageFactory(title="Hole")
    assert 'id="municipality-people"' not in client.get(hole.url).content.decode()


def test_subregion_page_shows_its_board_seat(client, styret):
    subregion = SubRegionPageFactory(title="Hamarregionen")
    ringsaker = MunicipalityPageFactory(title="Ringsaker", official_name="Ringsaker kommune")
    person = PersonFactory(
        name="Kai Hamar", party=PartyFactory(abbreviation="H"), municipality=ringsaker
    )
    MembershipFactory(organ=styret, person=person, represents_subregion=subregion)
    page = soup(client.get(subregion.url))
    text = " ".join(page.find(id="subregion-seats").parent.get_text().split())
    assert "Styret: medlem Kai Hamar (H), Ringsaker kommune" in text


def test_preview_shows_unsaved_memberships(rf, styret):
    newcomer = PersonFactory(name="Ny Styrerepresentant")
    styret.memberships = [*styret.memberships.all(), Membership(person=newcomer)]
    request = rf.get(styret.url)
    request.user = AnonymousUser()
    response = styret.make_preview_request(request, styret.default_preview_mode)
    response.render()
    assert "Ny Styrerepresentant" in response.content.decode()
    assert not Membership.objects.filter(person=newcomer).exists()


def test_organ_and_meeting_pages_describe_themselves_as_schema_org(client, make_meeting):
    organ = client.get("/organisasjon/styret/").content.decode()
    assert '"@type": "GovernmentOrganization", "name": "Styret"' in organ
    meeting = make_meeting("2024-06-24", date(2024, 6, 24), place="Oslo rådhus")
    html = client.get(meeting.url).content.decode()
    assert '"@type": "Event"' in html
    assert '"startDate": "2024-06-24"' in html
    assert '"location": {"@type": "Place", "name": "Oslo rådhus"}' in html
