"""The one listing-filter form API: applied values, ignored values, whether the list is filtered."""

import pytest
from django import forms
from django.apps import apps
from django.http import QueryDict
from wagtail.models import get_page_models

from osloregionen.core.filters import ListingFilterForm, choice_field, year_field
from osloregionen.core.index_pages import IndexPage
from tests.factories import (
    CaseIndexPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    MunicipalityIndexPageFactory,
    NewsIndexPageFactory,
    ProjectIndexPageFactory,
    PublicationIndexPageFactory,
)


class KindAndYear(ListingFilterForm):
    kind = choice_field("Type")
    ar = year_field("År")
    q = forms.CharField(label="Navn", required=False)
    grouping = choice_field("Gruppering", initial="a", choices=[("a", "A"), ("b", "B")])

    def __init__(self, params):
        super().__init__(params)
        self.set_choices("kind", [("rapport", "Rapport")])
        self.set_choices("ar", [(2024, "2024"), (2023, "2023")])


def form(query: str) -> KindAndYear:
    return KindAndYear(QueryDict(query))


def test_known_values_are_applied_and_a_year_is_a_number():
    chosen = form("kind=rapport&ar=2024&q=Asker")
    assert chosen.applied == {"kind": "rapport", "ar": 2024, "q": "Asker", "grouping": "a"}
    assert chosen.ignored == []
    assert chosen.is_filtered


def test_nothing_chosen_is_not_filtered_and_a_default_is_no_filter():
    assert not form("").is_filtered
    assert not form("grouping=a").is_filtered
    assert form("grouping=b").is_filtered


@pytest.mark.parametrize(
    "query, value",
    [
        ("ar=²⁰²⁴", "²⁰²⁴"),
        ("ar=" + "9" * 40, "9" * 40),
        ("ar=1999", "1999"),
        ("ar=-1", "-1"),
        ("ar=2024%00x", "2024x"),
    ],
)
def test_an_unknown_value_is_ignored_and_named_while_the_others_apply(query, value):
    chosen = form(f"{query}&kind=rapport")
    assert chosen.applied == {"kind": "rapport", "grouping": "a"}
    assert chosen.ignored == [("År", value)]


def test_an_ignored_value_shows_the_fields_default_again():
    chosen = form("kind=finnes-ikke&grouping=z")
    assert chosen.ignored == [("Type", "finnes-ikke"), ("Gruppering", "z")]
    assert chosen["kind"].value() == ""
    assert chosen["grouping"].value() == "a"


def test_values_are_read_bounded_and_without_control_characters():
    chosen = form("q=" + "%00a%0b" * 300 + "&kind=%00")
    assert chosen.applied["q"] == "a" * 100
    assert "kind" not in chosen.applied
    assert chosen.ignored == []


def test_the_last_of_repeated_values_counts():
    assert form("kind=x&kind=rapport").applied["kind"] == "rapport"


UNKNOWN = "Vi kjenner ikke igjen «finnes-ikke» som {label}, og har sett bort fra det filteret."


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url, label",
    [
        ("/prosjekter/?status=finnes-ikke", "status"),
        ("/publikasjoner/?type=finnes-ikke", "type"),
        ("/organisasjon/saker/?organ=finnes-ikke", "organ"),
        ("/aktuelt/?innsatsomrade=finnes-ikke", "innsatsområde"),
        ("/arrangementer/?kommune=finnes-ikke", "kommune"),
        ("/arrangementer/tidligere/?ar=finnes-ikke", "år"),
        ("/medlemmer/?gruppering=finnes-ikke", "grupper etter"),
    ],
)
def test_every_listing_names_an_unknown_value_in_the_one_sentence(client, url, label):
    ProjectIndexPageFactory(slug="prosjekter")
    PublicationIndexPageFactory(slug="publikasjoner")
    CaseIndexPageFactory(parent__slug="organisasjon", slug="saker")
    NewsIndexPageFactory(slug="aktuelt")
    EventPageFactory(parent=EventIndexPageFactory(slug="arrangementer"))
    MunicipalityIndexPageFactory(slug="medlemmer")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count(UNKNOWN.format(label=label)) == 1
    assert html.count('class="ds-paragraph filter-message"') == 1


def test_each_index_page_lists_one_of_its_own_subpage_types():
    index_pages = [model for model in get_page_models() if issubclass(model, IndexPage)]
    assert len(index_pages) >= 6
    for model in index_pages:
        assert apps.get_model(model.listing_model) in model.allowed_subpage_models(), model
