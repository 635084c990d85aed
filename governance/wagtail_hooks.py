from django.utils import timezone
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from osloregionen.core.home_sections import HOME_SECTIONS_HOOK, HomeSection
from osloregionen.editorial.concurrent_edits import StaleRevisionSnippetEditView

from .calendar import open_meetings
from .models import Party, Person

HOME_NOTICE_COUNT = 3


class PersonViewSet(SnippetViewSet):
    model = Person
    edit_view_class = StaleRevisionSnippetEditView
    icon = "user"
    menu_label = "Personer"
    list_display = ["name", "title", "party", "municipality"]
    list_filter = ["party", "live"]
    ordering = ["name"]


class PartyViewSet(SnippetViewSet):
    model = Party
    edit_view_class = StaleRevisionSnippetEditView
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


@hooks.register(HOME_SECTIONS_HOOK)
def open_meeting_notices_section(request, home_page):
    """Announced open meetings (kunngjøringer), soonest first; no section when none is coming up."""
    meetings = list(
        open_meetings(timezone.now()).filter(locale=home_page.locale)[:HOME_NOTICE_COUNT]
    )
    if not meetings:
        return None
    return HomeSection(
        order=15, template="components/governance/home_notices.html", context={"meetings": meetings}
    )
