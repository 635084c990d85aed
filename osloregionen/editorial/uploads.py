"""Upload rules for images and documents, with errors an editor understands.

SVG and HTML can carry scripts that run on our domain, so they are refused even when renamed.
The forms are plugged in with ``WAGTAILIMAGES_IMAGE_FORM_BASE`` and ``WAGTAILDOCS_DOCUMENT_FORM_BASE``.
"""

from pathlib import Path

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from PIL import Image as PillowImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .content_checks import ALT_TEXT_IS_FILE_NAME, looks_like_file_name
from .image_metadata import without_private_metadata
from .roles import ADMINISTRATOR, APPROVER

REFUSED_EXTENSIONS = {"svg", "svgz", "html", "htm", "xhtml", "xht", "shtml", "xml", "js"}
# The start of a file that a browser would treat as markup, whatever its name says.
MARKUP_SIGNATURES = (b"<!doctype html", b"<html", b"<svg", b"<?xml", b"<script")

MARKUP_REFUSED = (
    "SVG- og HTML-filer kan ikke lastes opp, fordi de kan inneholde kode som kjøres i nettleseren. "
    "Lagre filen som PDF (dokumenter) eller PNG/JPG (bilder) og prøv igjen."
)


def _extension(name: str) -> str:
    return Path(name or "").suffix.lower().lstrip(".")


def is_markup(uploaded) -> bool:
    return _extension(uploaded.name) in REFUSED_EXTENSIONS or _starts_like_markup(uploaded)


def _starts_like_markup(uploaded) -> bool:
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    uploaded.seek(0)
    head = uploaded.read(512)
    uploaded.seek(position)
    if isinstance(head, str):
        head = head.encode()
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(MARKUP_SIGNATURES)


def _allowed(setting: str) -> str:
    return ", ".join(ext.upper() for ext in getattr(settings, setting))


TOO_MANY_PIXELS = (
    "Bildet har for mange piksler. Største tillatte antall er %(max_pixels_count)s. "
    "Skaler bildet ned og prøv igjen."
)


def _refuse_decompression_bombs(field) -> None:
    """Pillow refuses to even read the size of an image over twice its own pixel limit (178
    megapixels), raising instead of answering, so Wagtail's pixel check ends in a 500. Here that
    refusal becomes the same form error as any image over ``WAGTAILIMAGES_MAX_IMAGE_PIXELS``."""
    check = field.check_image_pixel_size

    def check_without_crashing(uploaded):
        try:
            check(uploaded)
        except PillowImage.DecompressionBombError as error:
            raise forms.ValidationError(
                TOO_MANY_PIXELS % {"max_pixels_count": field.max_image_pixels},
                code="file_too_many_pixels",
            ) from error
        except OSError as error:  # Willow decodes the whole image here: a truncated file fails.
            raise forms.ValidationError(
                field.error_messages["invalid_image"], code="invalid_image"
            ) from error

    field.check_image_pixel_size = check_without_crashing


class EditorialImageForm(BaseImageForm):
    """Wagtail's image form with Norwegian errors for the refused formats and the limits."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" not in self.fields:
            return
        formats = _allowed("WAGTAILIMAGES_EXTENSIONS")
        self.fields["file"].error_messages.update(
            {
                "invalid_image": (
                    f"Filen er ikke et bilde vi kan bruke. Tillatte formater: {formats}. "
                    "SVG og HTML er ikke tillatt."
                ),
                "invalid_image_extension": (
                    f"Filtypen er ikke tillatt. Tillatte formater: {formats}. "
                    "SVG og HTML er ikke tillatt."
                ),
                "invalid_image_known_format": (
                    "Filendelsen .%(extension)s stemmer ikke med innholdet (%(image_format)s). "
                    "Lagre bildet på nytt i riktig format. SVG og HTML er ikke tillatt."
                ),
                "file_too_large": (
                    "Filen er for stor (%(file_size)s). Største tillatte størrelse er "
                    "%(max_filesize)s. Gjør bildet mindre og prøv igjen."
                ),
                "file_too_large_unknown_size": (
                    "Filen er for stor. Største tillatte størrelse er %(max_filesize)s."
                ),
                "file_too_many_pixels": (
                    "Bildet har for mange piksler (%(num_pixels)s). Største tillatte antall er "
                    "%(max_pixels_count)s. Skaler bildet ned og prøv igjen."
                ),
            }
        )

        _refuse_decompression_bombs(self.fields["file"])

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not uploaded or "file" not in self.changed_data:
            return uploaded
        if is_markup(uploaded):
            raise forms.ValidationError(MARKUP_REFUSED, code="markup_refused")
        return without_private_metadata(uploaded)

    def clean_description(self):
        # The description is the image's default alt text in every image block.
        description = self.cleaned_data.get("description", "")
        if looks_like_file_name(description):
            raise forms.ValidationError(ALT_TEXT_IS_FILE_NAME, code="file_name_alt_text")
        return description


REVIEWERS = {APPROVER, ADMINISTRATOR}
NEEDS_REVIEWER = {
    "file": (
        "Bare en godkjenner eller administrator kan bytte filen i et publisert dokument, fordi "
        "den nye filen blir offentlig med en gang. Last opp filen som et nytt dokument, eller be "
        "en godkjenner bytte den."
    ),
    "collection": (
        "Bare en godkjenner eller administrator kan flytte et dokument til en annen samling, "
        "fordi samlingen bestemmer hvem som kan laste det ned. Be en godkjenner flytte det."
    ),
}


def may_change_live_documents(user) -> bool:
    return bool(user) and (user.is_superuser or user.groups.filter(name__in=REVIEWERS).exists())


class EditorialDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing markup files and files over the size limit.

    A document's file and collection take effect on the public site at once (documents have no
    drafts), so an editor («Redaktør») may upload new documents but not replace the file of one
    or move it to another collection, where it could lose its restriction: that is refused with
    a message, and left to Godkjenner or Administrator.
    """

    def __init__(self, *args, **kwargs):
        self.user = kwargs.get("user")
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk and not may_change_live_documents(self.user):
            for field, message in NEEDS_REVIEWER.items():
                if field in self.changed_data:
                    self.add_error(field, forms.ValidationError(message, code="needs_reviewer"))
        return cleaned_data

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not uploaded or "file" not in self.changed_data:
            return uploaded
        extension = _extension(uploaded.name)
        if is_markup(uploaded):
            raise forms.ValidationError(MARKUP_REFUSED, code="markup_refused")
        allowed = [ext.lower() for ext in getattr(settings, "WAGTAILDOCS_EXTENSIONS", [])]
        if allowed and extension not in allowed:
            raise forms.ValidationError(
                f"Filtypen .{extension or '?'} er ikke tillatt. Tillatte filtyper: "
                f"{_allowed('WAGTAILDOCS_EXTENSIONS')}.",
                code="extension_refused",
            )
        if uploaded.size > settings.DOCUMENTS_MAX_UPLOAD_SIZE:
            raise forms.ValidationError(
                f"Filen er for stor ({filesizeformat(uploaded.size)}). Største tillatte størrelse "
                f"er {filesizeformat(settings.DOCUMENTS_MAX_UPLOAD_SIZE)}. Del opp eller komprimer dokumentet.",
                code="file_too_large",
            )
        return uploaded

    def _post_clean(self):
        super()._post_clean()
        # The model's own extension check repeats our clearer message in English; keep ours.
        if self.has_error("file"):
            del self.errors["file"].data[1:]
