"""The site's document model: Wagtail's, plus what a PDF tells about its accessibility and its text.

The facts are read once, when Wagtail reads a new file's size and hash, so a page that links the document
shows «PDF, 12 sider, 1,2 MB» without opening the file, and the site search finds words inside it.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.search import index

from .pdf_check import read_pdf


class SiteDocument(AbstractDocument):
    page_count = models.PositiveIntegerField("Antall sider", null=True, editable=False)
    pdf_tagged = models.BooleanField("Tagget PDF", null=True, editable=False)
    pdf_title = models.CharField("Tittel i PDF-en", max_length=255, blank=True, editable=False)
    pdf_language = models.CharField("Språk i PDF-en", max_length=35, blank=True, editable=False)
    pdf_has_text = models.BooleanField("Tekst som kan leses opp", null=True, editable=False)
    text = models.TextField("Tekst fra dokumentet", blank=True, editable=False)
    html_version = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Tilgjengelig versjon som nettside",
        help_text=(
            "Består ikke PDF-en tilgjengelighetssjekken, bør innholdet også finnes som nettside. "
            "Velg siden her, så lenker nettstedet til den ved siden av PDF-en."
        ),
    )

    admin_form_fields = (*WagtailDocument.admin_form_fields, "html_version")

    search_fields = [*AbstractDocument.search_fields, index.SearchField("text")]

    class Meta(AbstractDocument.Meta):
        permissions = [("choose_document", "Can choose document")]

    @property
    def title_lang(self) -> str:
        """The document library is Norwegian (its titles, and the documents themselves): on a page
        in another language the title is marked Norwegian (see ``lang_attribute``)."""
        return "" if (get_language() or "nb").startswith("nb") else "nb"

    @property
    def is_pdf(self) -> bool:
        return self.file_extension.lower() == "pdf"

    @property
    def accessibility_problems(self) -> list[str]:
        """What the PDF check found, in words an editor can act on; empty for a PDF that passes."""
        if not self.is_pdf or self.page_count is None and self.pdf_tagged is None:
            return []
        if self.pdf_tagged is None:
            return [str(_("PDF-en kunne ikke leses (skadet eller kryptert fil)."))]
        checks = [
            (
                self.pdf_tagged,
                _("PDF-en er ikke tagget: skjermlesere finner ikke overskrifter og lesefølge."),
            ),
            (self.pdf_title, _("PDF-en mangler tittel i dokumentegenskapene.")),
            (self.pdf_language, _("PDF-en har ikke oppgitt språk.")),
            (self.pdf_has_text, _("PDF-en har ingen tekst som kan leses opp (skannet bilde?).")),
        ]
        return [str(message) for passed, message in checks if not passed]

    @property
    def passes_pdf_check(self) -> bool:
        return self.is_pdf and self.pdf_tagged is not None and not self.accessibility_problems

    def _set_document_file_metadata(self):
        # Wagtail calls this whenever a new file is uploaded (add, multiple add, edit with a new file):
        # the one place to read the PDF's facts along with the size and hash.
        super()._set_document_file_metadata()
        self.read_pdf_facts()

    def read_pdf_facts(self):
        if not self.is_pdf:
            self.page_count = self.pdf_tagged = self.pdf_has_text = None
            self.pdf_title = self.pdf_language = self.text = ""
            return
        self.file.seek(0)
        facts = read_pdf(self.file)
        self.file.seek(0)
        self.page_count = facts.page_count
        self.pdf_tagged = facts.tagged if facts.readable else None
        self.pdf_title = facts.title[:255]
        self.pdf_language = facts.language[:35]
        self.pdf_has_text = facts.has_text if facts.readable else None
        self.text = facts.text
