"""The calendar: upcoming events first, past events by year on their own view."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from osloregionen.core.api_fields import INTRO_API_FIELDS
from osloregionen.core.models import BasePage
from osloregionen.core.pagination import paginate
from osloregionen.core.routes import TranslatedRoutesMixin

from ..entries import entries
from ..listing import PER_PAGE, Calendar, chosen_year, filter_form, year_of
from .event_page import EventPage

# The past events' address under the calendar, in the active language (English «past/»).
PAST_PATH = gettext_lazy("tidligere/")


class EventIndexPage(TranslatedRoutesMixin, RoutablePageMixin, BasePage):
    intro = models.TextField(
        "Ingress",
        blank=True,
        help_text="Kort innledning over kalenderen, for eksempel hvem arrangementene er for.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = INTRO_API_FIELDS

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    page_description = (
        "Kalenderen (/arrangementer/): kommende arrangementer, tidligere arrangementer per år, "
        "filtre og kalenderfeed. Arrangementene legges under denne siden."
    )

    class Meta:
        verbose_name = gettext_lazy("Arrangementskalender")
        verbose_name_plural = gettext_lazy("Arrangementskalendere")

    def listing_context(self, request, now, *, past: bool) -> dict:
        events = EventPage.objects.live().child_of(self)
        form = filter_form(request, events)
        calendar = Calendar(events, form.applied)
        context = {"filter_form": form}
        if past:
            items = calendar.past(now)
            years = sorted({year_of(item) for item in items}, reverse=True)
            year, ignored_year = chosen_year(request, years)
            if year is not None:
                items = [item for item in items if year_of(item) == year]
            context.update(years=years, year=year, ignored_year=ignored_year)
        else:
            items = calendar.upcoming(now)
        page_obj = paginate(request, items, PER_PAGE)
        context.update(page_obj=page_obj, entries=entries(page_obj.object_list, request))
        return context

    @path("")
    def upcoming_view(self, request):
        return self.render(
            request, context_overrides=self.listing_context(request, timezone.now(), past=False)
        )

    @path(PAST_PATH)
    def past_view(self, request):
        context = self.listing_context(request, timezone.now(), past=True)
        title = _("Tidligere arrangementer")
        if context["year"] is not None:
            title = f"{title} {context['year']}"
        return self.render(
            request,
            context_overrides={
                **context,
                "breadcrumb_current": _("Tidligere arrangementer"),
                "past_title": title,
            },
            template="pages/events/event_index_past.html",
        )
