from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from osloregionen.core.filters import ListingFilterForm, choice_field, year_field

from .validators import duplicate_case_message, duplicate_case_numbers


class MeetingPageForm(WagtailAdminPageForm):
    """Marks each agenda row whose case number is already used in the same agenda."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("agenda_items")
        if formset is None or not formset.is_valid():
            return cleaned_data
        rows = [
            form
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        duplicates = duplicate_case_numbers(form.cleaned_data.get("case_number") for form in rows)
        for form in rows:
            number = (form.cleaned_data.get("case_number") or "").strip()
            if number in duplicates:
                form.add_error("case_number", duplicate_case_message(number))
        for number in sorted(duplicates):
            self.add_error(None, duplicate_case_message(number))
        return cleaned_data


class CaseFilterForm(ListingFilterForm):
    """The case list's filters: choices of what exists."""

    organ = choice_field(_("Organ"))
    ar = year_field(_("År"))

    def __init__(self, params, *, organs, years):
        super().__init__(params)
        self.set_choices("organ", organs, everything=("", _("Alle organer")))
        self.set_choices("ar", [(year, year) for year in years], everything=("", _("Alle år")))
