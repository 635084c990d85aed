"""The GET filter form on the publication library: unknown values are ignored and reported, never a 500."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .choices import PublicationKind


class PublicationFilterForm(forms.Form):
    type = forms.ChoiceField(label=gettext_lazy("Type"), required=False)
    ar = forms.ChoiceField(label=gettext_lazy("År"), required=False)
    innsatsomrade = forms.ChoiceField(label=gettext_lazy("Innsatsområde"), required=False)

    def __init__(self, data, *, years, focus_areas, **kwargs):
        super().__init__(data, **kwargs)
        everything = [("", _("Alle"))]
        self.fields["type"].choices = everything + list(PublicationKind.choices)
        self.fields["ar"].choices = everything + [(str(year), str(year)) for year in years]
        self._focus_area_ids = {}
        area_choices = []
        for area in focus_areas:
            self._focus_area_ids[area.slug] = area.pk
            area_choices.append((area.slug, area.title))
        self.fields["innsatsomrade"].choices = everything + area_choices

    def apply(self, publications):
        """Narrow the queryset by the valid choices; invalid ones are left out."""
        self.is_valid()
        chosen = self.cleaned_data
        if chosen.get("type"):
            publications = publications.filter(kind=chosen["type"])
        if chosen.get("ar"):
            publications = publications.filter(date__year=int(chosen["ar"]))
        if chosen.get("innsatsomrade"):
            publications = publications.filter(
                focus_areas=self._focus_area_ids[chosen["innsatsomrade"]]
            )
        return publications

    def is_filtered(self) -> bool:
        return any(self.cleaned_data.values())

    def ignored_filters(self) -> list[str]:
        """The labels of the filters whose value we did not recognise."""
        return [f"«{self.fields[name].label}»" for name in self.errors]
