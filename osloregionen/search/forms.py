from django import forms
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import get_page_models

from osloregionen.core.query import clean_query

SEARCHABLE_APPS = {"core", "members", "governance", "projects", "events", "news", "reports"}


def page_type_choices() -> list[tuple[str, str]]:
    models = [
        model
        for model in get_page_models()
        if model._meta.app_label in SEARCHABLE_APPS and not model._meta.abstract
    ]
    choices = [(model._meta.label_lower, str(model._meta.verbose_name_plural)) for model in models]
    return sorted(choices, key=lambda choice: choice[1])


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Hva leter du etter?"), required=False)
    type = forms.ChoiceField(label=_("Type innhold"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", _("Alt innhold")), *page_type_choices()]

    @property
    def query(self) -> str:
        return clean_query(self.cleaned_data.get("q")) if self.is_valid() else ""

    @property
    def content_type(self) -> ContentType | None:
        label = self.cleaned_data.get("type") if self.is_valid() else ""
        if not label:
            return None
        app_label, model_name = label.split(".")
        return ContentType.objects.get_by_natural_key(app_label, model_name)
