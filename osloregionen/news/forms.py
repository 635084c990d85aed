"""The filter on the news list."""

from django.utils.translation import gettext_lazy as _

from osloregionen.core.filters import ListingFilterForm, choice_field


class NewsFilterForm(ListingFilterForm):
    innsatsomrade = choice_field(_("Innsatsområde"))

    def __init__(self, params, *, focus_areas):
        super().__init__(params)
        self.focus_areas = focus_areas
        self.set_choices("innsatsomrade", [(area.slug, area.title) for area in focus_areas])

    @property
    def selected_focus_area(self):
        """The chosen focus area page (for its RSS feed), or ``None``."""
        slug = self.applied.get("innsatsomrade")
        return next((area for area in self.focus_areas if area.slug == slug), None)
