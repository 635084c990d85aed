"""Norwegian collation: Æ, Ø, Å after Z (and Z before Æ); accented letters with their base
letter; the same order on SQLite and PostgreSQL because lists are sorted after fetching."""

import pytest

from osloregionen.core import norwegian


def ordered(names):
    return sorted(names, key=norwegian.sort_key)


def test_ae_oe_aa_come_after_z_in_that_order():
    assert ordered(["Ås", "Øvre Eiker", "Zeta", "Ærø", "Asker"]) == [
        "Asker",
        "Zeta",
        "Ærø",
        "Øvre Eiker",
        "Ås",
    ]


def test_z_words_come_before_every_ae_word():
    assert ordered(["Æ", "Zzz"]) == ["Zzz", "Æ"]


def test_a_name_with_ae_sorts_by_its_base_letters():
    # «Bærum» is a B word: after «Bamble», before «Drammen».
    assert ordered(["Drammen", "Bø", "Bærum", "Bamble"]) == ["Bamble", "Bærum", "Bø", "Drammen"]


def test_aal_and_aas_sort_among_the_aa_words():
    assert ordered(["Ås", "Ål", "Åsnes", "Øvre Eiker", "Vestby"]) == [
        "Vestby",
        "Øvre Eiker",
        "Ål",
        "Ås",
        "Åsnes",
    ]


def test_accented_letters_sort_with_their_base_letter():
    assert ordered(["Eidsvoll", "Évian", "Ezra", "Ebbe"]) == ["Ebbe", "Eidsvoll", "Évian", "Ezra"]
    assert ordered(["Müller", "Moss", "Mysen"]) == ["Moss", "Müller", "Mysen"]


def test_swedish_letters_sort_as_their_norwegian_twins():
    assert ordered(["Ål", "Østre Toten", "Örebro", "Zeta"]) == [
        "Zeta",
        "Örebro",
        "Østre Toten",
        "Ål",
    ]


def test_case_does_not_change_the_order():
    assert ordered(["ås", "Øvre", "aker", "Bærum"]) == ["aker", "Bærum", "Øvre", "ås"]


@pytest.mark.django_db
def test_municipalities_sort_in_norwegian_order():
    from members.models import MunicipalityPage
    from tests.factories import MunicipalityIndexPageFactory, MunicipalityPageFactory

    index = MunicipalityIndexPageFactory()
    names = ["Åsnes", "Øvre Eiker", "Bærum", "Ås", "Vestre Toten", "Drammen", "Østre Toten"]
    for name in names:
        MunicipalityPageFactory(parent=index, title=name)
    pages = norwegian.by_title(MunicipalityPage.objects.child_of(index))
    assert [page.title for page in pages] == [
        "Bærum",
        "Drammen",
        "Vestre Toten",
        "Østre Toten",
        "Øvre Eiker",
        "Ås",
        "Åsnes",
    ]


@pytest.mark.django_db
def test_the_event_filter_offers_municipalities_in_norwegian_order(client):
    from events.listing import filter_form
    from events.models import EventPage
    from tests.factories import EventIndexPageFactory, EventPageFactory, MunicipalityPageFactory

    index = EventIndexPageFactory()
    for name in ("Ås", "Asker", "Øvre Eiker", "Bærum", "Moss"):
        EventPageFactory(parent=index, municipality=MunicipalityPageFactory(title=name))
    events = EventPage.objects.live().child_of(index)  # the index's own query, as on its page
    form = filter_form(type("R", (), {"GET": {}})(), events)
    labels = [label for value, label in form.fields["kommune"].choices if value]
    assert labels == ["Asker", "Bærum", "Moss", "Øvre Eiker", "Ås"]
