"""The listing's filters: a plain GET form whose unknown values are set aside, never an error page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import EventKind


class EventFilterForm(forms.Form):
    innsatsomrade = forms.ChoiceField(label=_("Innsatsområde"), required=False)
    type = forms.ChoiceField(label=_("Type arrangement"), required=False)
    kommune = forms.ChoiceField(label=_("Kommune"), required=False)

    def __init__(self, data, *, focus_areas=(), municipalities=()):
        """``focus_areas`` and ``municipalities`` are (slug, title) pairs of what can be chosen."""
        super().__init__({name: data.get(name, "") for name in self.base_fields})
        everything = [("", _("Alle"))]
        self.fields["innsatsomrade"].choices = everything + list(focus_areas)
        self.fields["type"].choices = everything + list(EventKind.choices)
        self.fields["kommune"].choices = everything + list(municipalities)
        for field in self.fields.values():
            field.widget.attrs["class"] = "ds-input"

    @property
    def active(self) -> dict[str, str]:
        """The filters that apply: known values only."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    @property
    def ignored(self) -> list[tuple[str, str]]:
        """(label, value) of each filter whose value we do not know, to tell the visitor."""
        self.is_valid()
        return [(self.fields[name].label, self.data.get(name, "")) for name in self.errors]
