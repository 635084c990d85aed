"""The filters on the publication library."""

from django.utils.translation import gettext_lazy as _

from osloregionen.core.filters import ListingFilterForm, choice_field, year_field

from .choices import PublicationKind


class PublicationFilterForm(ListingFilterForm):
    type = choice_field(_("Type"))
    ar = year_field(_("År"))
    innsatsomrade = choice_field(_("Innsatsområde"))

    def __init__(self, params, *, years, focus_areas):
        super().__init__(params)
        self.set_choices("type", PublicationKind.choices)
        self.set_choices("ar", [(year, year) for year in years])
        self.set_choices("innsatsomrade", [(area.slug, area.title) for area in focus_areas])
