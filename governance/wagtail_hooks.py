from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Party, Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "Personer"
    list_display = ["name", "title", "party", "municipality"]
    list_filter = ["party", "live"]
    ordering = ["name"]


class PartyViewSet(SnippetViewSet):
    model = Party
    icon = "group"
    menu_label = "Partier"
    list_display = ["abbreviation", "name"]
    ordering = ["name"]


class OrganisationSnippets(SnippetViewSetGroup):
    items = (PersonViewSet, PartyViewSet)
    menu_icon = "group"
    menu_label = "Personer og partier"
    menu_name = "governance-people"


register_snippet(OrganisationSnippets)
