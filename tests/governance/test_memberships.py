"""Who sits where on a given day."""

from datetime import date

import pytest

from governance.models import Membership, OrganPage, Person, Role

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]

DAY = date(2024, 6, 1)


@pytest.fixture
def rows(styret):
    person = Person.objects.create(name="Kari Tidsbestemt")
    make = lambda **f: Membership.objects.create(organ=styret, person=person, **f)  # noqa: E731
    return {
        "open": make(),
        "started": make(start_date=date(2024, 1, 1)),
        "ends_today": make(end_date=DAY),
        "ended": make(start_date=date(2020, 1, 1), end_date=date(2024, 5, 31)),
        "future": make(start_date=date(2024, 6, 2)),
    }


def test_current_and_ended_by_date(rows):
    mine = Membership.objects.filter(pk__in=[row.pk for row in rows.values()])
    assert set(mine.current(DAY)) == {rows["open"], rows["started"], rows["ends_today"]}
    assert set(mine.ended(DAY)) == {rows["ended"]}
    for name, row in rows.items():
        assert row.is_current(DAY) == (name in {"open", "started", "ends_today"})
        assert row.has_ended(DAY) == (name == "ended")


def test_the_seeded_board_has_sixteen_seats_a_chair_and_a_deputy(styret):
    seats = Membership.objects.filter(organ=styret).current(DAY).seats()
    assert seats.count() == 16
    assert seats.get(role=Role.LEADER).person.name == "Eirik Lae Solberg"
    assert seats.get(role=Role.DEPUTY_LEADER).person.name == "Elin Såheim Bjørkli"
    assert seats.filter(represents_subregion__isnull=False).count() == 16


def test_the_secretariat_changes_during_2024():
    secretariat = OrganPage.objects.get(slug="sekretariatet")
    names = lambda qs: sorted({m.person.name for m in qs})  # noqa: E731
    before = Membership.objects.filter(organ=secretariat).current(date(2024, 2, 1))
    after = Membership.objects.filter(organ=secretariat).current(date(2024, 7, 1))
    assert "Målfrid Baik" not in names(before)
    assert "Eivin Winsvold" in names(before)
    assert "Målfrid Baik" in names(after)
    assert "Eivin Winsvold" not in names(after)
    acting = Membership.objects.get(organ=secretariat, role=Role.ACTING_DIRECTOR)
    assert acting.person.name == "Eva Næss Karlsen"
    assert acting.end_date == date(2024, 3, 4)
