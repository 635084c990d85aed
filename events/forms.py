"""The calendar's filters."""

from django.utils.translation import gettext_lazy as _

from osloregionen.core.filters import ListingFilterForm, choice_field

from .choices import EventKind


class EventFilterForm(ListingFilterForm):
    innsatsomrade = choice_field(_("Innsatsområde"))
    type = choice_field(_("Type arrangement"))
    kommune = choice_field(_("Kommune"))

    def __init__(self, params, *, focus_areas=(), municipalities=()):
        """``focus_areas`` and ``municipalities`` are (slug, title) pairs of what can be chosen."""
        super().__init__(params)
        self.set_choices("innsatsomrade", focus_areas)
        self.set_choices("type", EventKind.choices)
        self.set_choices("kommune", municipalities)
