"""People and parties: snippets that organs, projects, news and contacts reuse."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


def revisions_relation(related_query_name: str) -> GenericRelation:
    # A GenericRelation, so a deleted snippet takes its revisions with it (Wagtail's advice).
    return GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name=related_query_name,
        for_concrete_model=False,
    )


def workflow_states_relation(related_query_name: str) -> GenericRelation:
    return GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name=related_query_name,
        for_concrete_model=False,
    )


class ReviewedSnippet(
    TranslatableMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    models.Model,
):
    """A snippet shown on the public site: edited as drafts, approved in the «Godkjenning»
    workflow, with history, compare and roll back. The row holds the published version; a draft
    lives in a revision until it is published. A row that was never published has ``live=False``
    and is left out of every public list.

    Translatable with wagtail-localize: the English translation of a person carries the title in
    English, of a party its English name; pages show the one in their language
    (``{% localized %}``)."""

    class Meta(TranslatableMixin.Meta):
        abstract = True

    @property
    def revisions(self):
        return self._revisions


class Party(ReviewedSnippet):
    override_translatable_fields = [SynchronizedField("abbreviation")]
    abbreviation = models.CharField(
        "Forkortelse",
        max_length=10,
        help_text="Slik partiet forkortes, for eksempel «Ap».",
    )
    name = models.CharField(
        "Navn", max_length=80, help_text="Hele navnet, for eksempel «Arbeiderpartiet»."
    )

    _revisions = revisions_relation("party")
    workflow_states = workflow_states_relation("party")

    panels = [FieldRowPanel([FieldPanel("abbreviation"), FieldPanel("name")])]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("abbreviation"),
        index.AutocompleteField("name"),
    ]

    class Meta(ReviewedSnippet.Meta):
        ordering = ["name"]
        verbose_name = "Parti"
        verbose_name_plural = "Partier"
        constraints = [
            models.UniqueConstraint(
                fields=["abbreviation", "locale"],
                name="party_abbreviation_unique_per_locale",
                violation_error_message="Det finnes allerede et parti med denne forkortelsen.",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.abbreviation})"


class Person(PreviewableMixin, ReviewedSnippet):
    # A name and a phone number are the same in every language; the title and bio are translated.
    override_translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("phone"),
        SynchronizedField("photo_credit"),
    ]
    name = models.CharField("Navn", max_length=120)
    title = models.CharField(
        "Tittel eller rolle",
        max_length=200,
        blank=True,
        help_text="Slik personen presenteres, for eksempel «Ordfører i Kongsvinger kommune».",
    )
    party = models.ForeignKey(
        Party,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        verbose_name="Parti",
    )
    municipality = models.ForeignKey(
        "members.MunicipalityPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        verbose_name="Kommune",
        help_text="Kommunen personen kommer fra. Personen vises da på kommunens side.",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Portrett",
    )
    photo_credit = models.CharField(
        "Fotograf", max_length=120, blank=True, help_text="Påkrevd når det er valgt et portrett."
    )
    email = models.EmailField(
        "Offentlig e-post",
        blank=True,
        help_text="Bare når personen har en offentlig rolle og adressen er ment for publikum.",
    )
    phone = models.CharField("Offentlig telefon", max_length=30, blank=True)
    bio = models.TextField("Kort om personen", blank=True, max_length=600)

    _revisions = revisions_relation("person")
    workflow_states = workflow_states_relation("person")

    panels = [
        FieldPanel("name"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("party"), FieldPanel("municipality")]),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_credit")], heading="Portrett"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("email"), FieldPanel("phone")])],
            heading="Kontakt (bare offentlige roller)",
        ),
        FieldPanel("bio"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("title"),
        index.SearchField("bio"),
        index.FilterField("party_id"),
    ]

    class Meta(ReviewedSnippet.Meta):
        ordering = ["name"]
        verbose_name = "Person"
        verbose_name_plural = "Personer"

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "pages/governance/person_preview.html"

    @property
    def public_party(self):
        """The party as the public site shows it: only once the party itself is published."""
        return self.party if self.party_id and self.party.live else None

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_credit.strip():
            raise ValidationError({"photo_credit": "Oppgi hvem som har tatt bildet."})
