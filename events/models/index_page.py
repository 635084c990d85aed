"""The calendar: upcoming events first, past events by year on their own view."""

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from osloregionen.core.models import BasePage
from osloregionen.core.pagination import paginate


class EventIndexPage(RoutablePageMixin, BasePage):
    intro = models.TextField(
        "Ingress",
        blank=True,
        help_text="Kort innledning over kalenderen, for eksempel hvem arrangementene er for.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    page_description = (
        "Kalenderen (/arrangementer/): kommende arrangementer, tidligere arrangementer per år, "
        "filtre og kalenderfeed. Arrangementene legges under denne siden."
    )

    class Meta:
        verbose_name = "Arrangementskalender"
        verbose_name_plural = "Arrangementskalendere"

    def listing_context(self, request, now, *, past: bool) -> dict:
        from .. import listing

        form = listing.filter_form(request, self)
        events = listing.filtered_events(self, form.active)
        context = {"filter_form": form, "showing_past": past}
        if past:
            years = listing.years_with_past_events(events, now)
            year, year_note = listing.chosen_year(request, years)
            shown = events.past(now)
            if year is not None:
                shown = shown.filter(start__year=year)
            context.update(years=years, year=year, year_note=year_note)
        else:
            shown = events.upcoming(now)
            context["has_past"] = events.past(now).exists()
        page_obj = paginate(request, listing.listing_events(shown), listing.PER_PAGE)
        context.update(page_obj=page_obj, entries=listing.entries(page_obj.object_list, request))
        return context

    @path("")
    def upcoming_view(self, request):
        return self.render(
            request, context_overrides=self.listing_context(request, timezone.now(), past=False)
        )

    @path("tidligere/")
    def past_view(self, request):
        return self.render(
            request,
            context_overrides=self.listing_context(request, timezone.now(), past=True),
            template="pages/events/event_index_past.html",
        )
