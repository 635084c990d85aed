"""The GET filter form on the project list: unknown values are dropped and reported, never a 500."""

from django import forms
from django.utils.translation import gettext as _

from osloregionen.core.query import clean_query

from .choices import ProjectStatus


class ProjectFilterForm(forms.Form):
    status = forms.ChoiceField(label="Status", required=False)
    innsatsomrade = forms.ChoiceField(label="Innsatsområde", required=False)

    def __init__(self, data, focus_areas, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["status"].choices = [("", _("Alle"))] + list(ProjectStatus.choices)
        self.fields["innsatsomrade"].choices = [("", _("Alle"))] + [
            (area.slug, area.title) for area in focus_areas
        ]

    def filters(self) -> dict:
        """The valid choices only; call after ``is_valid()``."""
        return {name: value for name, value in self.cleaned_data.items() if value}

    def ignored_values(self) -> list[str]:
        return [clean_query(self.data.get(name), max_length=100) for name in self.errors]
