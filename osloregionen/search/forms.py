from django import forms
from django.apps import apps
from django.utils.translation import gettext_lazy as _

from osloregionen.core.query import clean_query

# The kinds of content a visitor looks for; index pages and containers («Arrangementskalendere»,
# «Møteoversikter») are not among them. A type includes its subtypes (annual reports are
# publications).
VISITOR_TYPES = [
    "news.NewsPage",
    "events.EventPage",
    "reports.PublicationPage",
    "projects.ProjectPage",
    "projects.FocusAreaPage",
    "members.MunicipalityPage",
    "members.SubRegionPage",
    "governance.OrganPage",
    "governance.MeetingPage",
    "core.StandardPage",
]


def page_type_choices() -> list[tuple[str, str]]:
    models = [apps.get_model(label) for label in VISITOR_TYPES]
    return [(model._meta.label_lower, str(model._meta.verbose_name_plural)) for model in models]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Hva leter du etter?"), required=False)
    type = forms.ChoiceField(label=_("Type innhold"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", _("Alt innhold")), *page_type_choices()]

    # Each field is judged on its own: an unknown type is ignored (and named), the words stay.
    @property
    def query(self) -> str:
        self.is_valid()
        return clean_query(self.cleaned_data.get("q"))

    @property
    def page_type(self):
        """The chosen page model, or ``None`` for all content."""
        self.is_valid()
        label = self.cleaned_data.get("type")
        return apps.get_model(label) if label else None

    @property
    def ignored(self) -> list[tuple[str, str]]:
        """(label, value) of each value we do not know, for ``components/filter_message.html``."""
        return [(self.fields[name].label, self.data.get(name, "")) for name in self.errors]
