"""The one filter-form API of the listings: a GET form whose odd values are ignored and named.

A listing's form subclasses ``ListingFilterForm``, declares its fields (choices of what exists,
or text) and is built from ``request.GET``. Every value is read through
``osloregionen.core.query.query_text`` (control characters dropped, bounded length), so a NUL
byte or a 5,000-character value is only ever an unknown choice. Then the page asks three things:

- ``applied``: the valid values by field name (a year field made with ``year_field`` gives an
  ``int``);
- ``ignored``: (label, value) of each field whose value is not one we know, for the one message
  in ``components/filter_form.html``;
- ``is_filtered``: whether any applied value narrows the list.

Each field is judged on its own: an unknown value in one leaves the others applied.
"""

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from .query import query_text

MAX_VALUE_LENGTH = 100
EVERYTHING = ("", _("Alle"))


def choice_field(label, **kwargs) -> forms.ChoiceField:
    return forms.ChoiceField(label=label, required=False, **kwargs)


def year_field(label) -> forms.TypedChoiceField:
    """A choice of years given as numbers; the applied value is an ``int``."""
    return forms.TypedChoiceField(label=label, required=False, coerce=int, empty_value=None)


class ListingFilterForm(forms.Form):
    def __init__(self, params, **kwargs):
        super().__init__(
            {
                name: query_text(params, name, MAX_VALUE_LENGTH) or (field.initial or "")
                for name, field in self.base_fields.items()
            },
            **kwargs,
        )
        self._ignored = []

    def set_choices(self, name: str, choices, everything=EVERYTHING) -> None:
        """Offer ``choices`` ((value, label) pairs) in field ``name``, after «all» when
        ``everything`` is given."""
        values = [(str(value), label) for value, label in choices]
        self.fields[name].choices = ([everything] if everything else []) + values

    def full_clean(self):
        super().full_clean()
        # An ignored value is named in the message, and the field shows its default again, so
        # the form shows what the list shows.
        self._ignored = [(self.fields[name].label, self.data[name]) for name in self._errors]
        self.data = {
            **self.data,
            **{name: self.fields[name].initial or "" for name in self._errors},
        }

    @cached_property
    def applied(self) -> dict:
        """The known values by field name; empty values are left out."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}

    @property
    def ignored(self) -> list[tuple[str, str]]:
        self.is_valid()
        return self._ignored

    @property
    def is_filtered(self) -> bool:
        """Whether an applied value differs from the field's default (an unfiltered list)."""
        return any(value != self.fields[name].initial for name, value in self.applied.items())
