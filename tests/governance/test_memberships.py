"""Who sits where on a given day."""

from datetime import date

import pytest

from governance.models import Membership, Person, Role
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

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


def test_seats_leave_out_the_deputies(styret):
    leader = MembershipFactory(organ=styret, role=Role.LEADER)
    member = MembershipFactory(organ=styret, role=Role.MEMBER)
    MembershipFactory(organ=styret, role=Role.DEPUTY_MEMBER)
    assert set(Membership.objects.filter(organ=styret).seats()) == {leader, member}
