"""The filters on the project list."""

from django.utils.translation import gettext_lazy as _

from osloregionen.core.filters import ListingFilterForm, choice_field

from .choices import ProjectStatus


class ProjectFilterForm(ListingFilterForm):
    status = choice_field(_("Status"))
    innsatsomrade = choice_field(_("Innsatsområde"))

    def __init__(self, params, *, focus_areas):
        super().__init__(params)
        self.set_choices("status", ProjectStatus.known())
        self.set_choices("innsatsomrade", [(area.slug, area.title) for area in focus_areas])
