"""The seeded organisation: the people, organs, seats, meetings and cases of the annual report."""

from datetime import date

import pytest
from wagtail.models import Locale

from governance.calendar import open_meetings
from governance.models import CaseIndexPage, CasePage, Membership, OrganPage, Party, Person, Role
from reports.models import PublicationPage
from tests.seeded import norwegian

from .conftest import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

DAY = date(2024, 6, 1)


def test_seed_has_the_people_organs_and_seats():
    assert norwegian(Person).count() == 79
    assert set(norwegian(Party).values_list("abbreviation", flat=True)) == {"H", "Ap", "Sp", "Frp"}
    assert norwegian(OrganPage).count() == 10
    assert norwegian(Membership).filter(organ__slug="interessepolitisk-utvalg").count() == 7
    lien = norwegian(Person).get(name="Geir Inge Lien")
    assert lien.party.abbreviation == "Sp"
    solberg = norwegian(Person).get(name="Eirik Lae Solberg")
    assert solberg.title == "Byrådsleder i Oslo kommune"
    assert solberg.municipality.official_name == "Oslo kommune"


def test_every_seeded_person_and_party_is_live():
    assert not Person.objects.filter(live=False).exists()
    assert not Party.objects.filter(live=False).exists()


def test_the_board_has_sixteen_seats_a_chair_and_a_deputy():
    seats = norwegian(Membership).filter(organ__slug="styret").current(DAY).seats()
    assert seats.count() == 16
    assert seats.get(role=Role.LEADER).person.name == "Eirik Lae Solberg"
    assert seats.get(role=Role.DEPUTY_LEADER).person.name == "Elin Såheim Bjørkli"
    assert seats.filter(represents_subregion__isnull=False).count() == 16


def test_the_secretariat_changes_during_2024():
    secretariat = norwegian(OrganPage).get(slug="sekretariatet")
    names = lambda qs: sorted({m.person.name for m in qs})  # noqa: E731
    before = norwegian(Membership).filter(organ=secretariat).current(date(2024, 2, 1))
    after = norwegian(Membership).filter(organ=secretariat).current(date(2024, 7, 1))
    assert "Målfrid Baik" not in names(before)
    assert "Eivin Winsvold" in names(before)
    assert "Målfrid Baik" in names(after)
    assert "Eivin Winsvold" not in names(after)
    acting = norwegian(Membership).get(organ=secretariat, role=Role.ACTING_DIRECTOR)
    assert acting.person.name == "Eva Næss Karlsen"
    assert acting.end_date == date(2024, 3, 4)


def test_no_one_has_public_contact_details():
    assert not norwegian(Person).exclude(email="").exists()
    assert not norwegian(Person).exclude(phone="").exists()


def test_the_org_chart_is_the_reports(client):
    chart = soup(client.get("/organisasjon/")).select_one("ul.org-chart")
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


def test_the_board_page_lists_the_sixteen_with_party_and_delregion(client):
    page = soup(client.get("/organisasjon/styret/"))
    rows = current_rows(page)
    assert len(rows) == 16
    solberg = next(row for row in rows if "Eirik Lae Solberg" in row.th.get_text())
    cells = [td.get_text(" ", strip=True) for td in solberg.find_all("td")]
    assert cells == ["Leder", "H", "Oslo kommune", "Oslo"]
    laupsa = next(row for row in rows if "Linn Laupsa" in row.th.get_text())
    assert [td.get_text(" ", strip=True) for td in laupsa.find_all("td")] == [
        "Medlem",
        "Ap",
        "Søndre Østfold regionråd",
        "Halden",
    ]
    deputies = page.find("caption", string="Varamedlemmer").parent
    assert "Runar Johansen" in deputies.get_text()


def test_the_board_shows_the_years_figures_and_notable_cases(client):
    page = soup(client.get("/organisasjon/styret/"))
    figures = [li.get_text(" ", strip=True) for li in page.select(".key-figures__item")]
    assert figures == ["5 møter", "66 saker behandlet"]
    assert "Innspill til statsbudsjettet 2025" in page.get_text()
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


def test_the_secretariat_page_shows_the_change_of_director(client):
    page = soup(client.get("/organisasjon/sekretariatet/"))
    current = " ".join(row.get_text() for row in current_rows(page))
    assert "Målfrid Baik" in current
    assert "Eivin Winsvold" not in current
    earlier = page.find(id="organ-earlier").parent
    assert "Eivin Winsvold" in earlier.get_text()
    assert "Til 30. juni 2024" in earlier.get_text()


def test_the_board_meeting_of_24_june_had_a_guest_on_the_train_service(client):
    page = soup(client.get("/organisasjon/styret/moter/2024-06-24/"))
    assert page.h1.get_text(strip=True) == "Styremøte 24. juni 2024"
    text = page.get_text(" ", strip=True)
    assert "Marius Holm" in text
    assert "Fremtidig togtilbud på Østlandet" in text


def test_the_council_adopted_the_strategic_guidelines(client):
    text = soup(client.get("/organisasjon/representantskapet/moter/2024-08-29/")).get_text(" ")
    assert "Strategiske føringer for Osloregionen IPR 2025–2028" in text
    assert "vedtok nye strategiske føringer for 2025–2028" in text


def test_kongsvinger_shows_its_representative_in_two_organs(client):
    section = soup(client.get("/medlemmer/kongsvinger/")).find(id="municipality-people").parent
    text = section.get_text(" ", strip=True)
    assert "Elin Såheim Bjørkli" in text
    assert "Nestleder, Styret" in text
    assert "Leder, Interessepolitisk utvalg" in text


def test_hamarregionen_shows_its_board_seat(client):
    page = soup(client.get("/medlemmer/delregioner/hamarregionen/"))
    text = " ".join(page.find(id="subregion-seats").parent.get_text().split())
    assert "Styret: medlem Kai Ove Berg (H), Ringsaker kommune" in text


def test_the_council_s_two_open_meetings_of_2024_are_in_the_calendar():
    meetings = [m for m in open_meetings() if m.locale_id == Locale.get_default().pk]
    assert [m.title for m in meetings] == [
        "Representantskapsmøte 29. august 2024",
        "Representantskapsmøte 18. desember 2024",
    ]
    assert meetings[0].get_url() == "/organisasjon/representantskapet/moter/2024-08-29/"


def test_the_thirteen_cases_the_report_names():
    cases = norwegian(CasePage).child_of(norwegian(CaseIndexPage).get())
    assert cases.count() == 13
    assert not cases.exclude(number=None).exists(), "the report gives no case numbers"
    assert norwegian(PublicationPage).exclude(case=None).count() == 12


def test_the_case_list_by_year_and_organ(client):
    assert "13 saker" in client.get("/organisasjon/saker/?ar=2024").content.decode()
    committee = client.get("/organisasjon/saker/?organ=interessepolitisk-utvalg").content.decode()
    assert "2 saker" in committee and "Høringssvar til Naturmeldingen" in committee


def test_the_strategic_guidelines_went_through_the_board_to_the_council(client):
    page = client.get("/organisasjon/saker/strategiske-foringer-2025-2028/").content.decode()
    assert page.index(">Styret<") < page.index(">Representantskapet<")
    assert "Møtet 29. august 2024" in page
    assert "Vedtok strategiske føringer for Osloregionen IPR 2025–2028." in page
    publication = norwegian(PublicationPage).get(slug="strategiske-foringer-2025-2028")
    assert f'href="{publication.url}"' in page


def test_the_hearing_on_the_nature_white_paper_links_its_case(client):
    page = client.get("/publikasjoner/horingssvar-naturmeldingen/").content.decode()
    assert 'href="/organisasjon/saker/horingssvar-naturmeldingen/"' in page


def test_the_innsyn_page_explains_the_freedom_of_information_act(client):
    page = client.get("/organisasjon/innsyn/").content.decode()
    assert "offentleglova" in page
    for url in ["/organisasjon/saker/handlingsplan-2025/", "/publikasjoner/handlingsplan-2025/"]:
        assert 'href="/organisasjon/innsyn/"' in client.get(url).content.decode()
