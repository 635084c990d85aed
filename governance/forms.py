from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

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


class CaseFilterForm(forms.Form):
    """The case list's filters. Both are choices of what exists, so an odd value is ignored, never read."""

    organ = forms.ChoiceField(label=_("Organ"), required=False)
    ar = forms.ChoiceField(label=_("År"), required=False)

    def __init__(self, data, *, organs, years):
        super().__init__(data)
        self.fields["organ"].choices = [
            ("", _("Alle organer")),
            *organs,
        ]
        self.fields["ar"].choices = [
            ("", _("Alle år")),
            *((str(year), str(year)) for year in years),
        ]

    def value(self, name: str) -> str:
        self.is_valid()
        return self.cleaned_data.get(name, "")

    @property
    def ignored(self) -> list[str]:
        self.is_valid()
        return [str(self.fields[name].label).lower() for name in self.errors]
