import pytest

from governance.models import Membership, OrganPage, Party, Person

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_site")]


def test_seed_has_the_people_organs_and_seats():
    assert Person.objects.count() == 79
    assert set(Party.objects.values_list("abbreviation", flat=True)) == {"H", "Ap", "Sp", "Frp"}
    assert OrganPage.objects.count() == 10
    assert Membership.objects.filter(organ__slug="interessepolitisk-utvalg").count() == 7
    lien = Person.objects.get(name="Geir Inge Lien")
    assert lien.party.abbreviation == "Sp"
    solberg = Person.objects.get(name="Eirik Lae Solberg")
    assert solberg.title == "Byrådsleder i Oslo kommune"
    assert solberg.municipality.official_name == "Oslo kommune"
