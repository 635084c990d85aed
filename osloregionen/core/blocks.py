"""The StreamField blocks that several apps share."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from osloregionen.editorial.content_checks import ALT_TEXT_IS_FILE_NAME, looks_like_file_name

from .video import embed_url

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "lang-en", "lang-nb"]


class AccessibleImageBlock(ImageBlock):
    """Wagtail's image block, which also refuses a file name («IMG_1234.jpg») as alt text.

    The rule is the content checker's. Like Wagtail's own «alt text required», it waits while the
    page is saved as a draft (deferred validation) and stops publishing and submitting.
    """

    def clean(self, value):
        value = super().clean(value)
        if (
            not self.is_deferred_validation
            and value
            and not value.decorative
            and looks_like_file_name(value.contextual_alt_text)
        ):
            raise blocks.StructBlockValidationError(
                block_errors={"alt_text": ValidationError(ALT_TEXT_IS_FILE_NAME)}
            )
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Tekst", max_length=200)
    level = blocks.ChoiceBlock(
        label="Nivå",
        choices=[("h2", "Overskrift 2"), ("h3", "Overskrift 3"), ("h4", "Overskrift 4")],
        default="h2",
        help_text="Bruk nivåene i rekkefølge: en overskrift 3 står under en overskrift 2.",
    )

    class Meta:
        icon = "title"
        label = "Overskrift"
        template = "blocks/heading.html"
        description = "En mellomtittel som deler opp teksten."
        preview_value = {"text": "Mål for 2025", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label="Sitat")
    attribution = blocks.CharBlock(label="Hvem sa det", required=False)

    class Meta:
        icon = "openquote"
        label = "Sitat"
        template = "blocks/quote.html"
        preview_value = {
            "quote": "Osloregionen er en unik arena for samarbeid.",
            "attribution": "Styreleder",
        }


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label="Side på nettstedet", required=False)
    url = blocks.URLBlock(label="Ekstern lenke", required=False)
    text = blocks.CharBlock(
        label="Lenketekst",
        required=False,
        help_text="Beskriv målet («Les handlingsplanen for 2025»), ikke «les mer» eller «her».",
    )

    class Meta:
        icon = "link"
        label = "Lenke"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError("Velg enten en side eller en ekstern lenke.")}
            )
        if value.get("url") and not value.get("text"):
            raise blocks.StructBlockValidationError(
                block_errors={"text": ValidationError("En ekstern lenke trenger en lenketekst.")}
            )
        return value


class LinkListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label="Overskrift", required=False)
    links = blocks.ListBlock(LinkBlock(), label="Lenker", min_num=1)

    class Meta:
        icon = "list-ul"
        label = "Lenkeliste"
        template = "blocks/link_list.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label="Overskrift")
    text = blocks.TextBlock(label="Tekst", required=False)
    link = LinkBlock(label="Lenke")

    class Meta:
        icon = "pick"
        label = "Handlingsoppfordring"
        template = "blocks/call_to_action.html"


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label="Overskrift", required=False)
    documents = blocks.ListBlock(
        DocumentChooserBlock(label="Dokument"), label="Dokumenter", min_num=1
    )

    class Meta:
        icon = "doc-full"
        label = "Dokumentliste"
        template = "blocks/document_list.html"
        description = "Lenketeksten viser filtype og størrelse automatisk."


class CaptionedTableBlock(TableBlock):
    class Meta:
        icon = "table"
        label = "Tabell"
        template = "blocks/table.html"
        help_text = "Gi tabellen en tittel (tabelltekst) og marker overskriftsraden."


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label="Tall", max_length=20, help_text="For eksempel «65» eller «66».")
    unit = blocks.CharBlock(label="Enhet", max_length=30, required=False)
    label = blocks.CharBlock(label="Forklaring", max_length=120)


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label="Overskrift", required=False)
    figures = blocks.ListBlock(KeyFigureBlock(), label="Nøkkeltall", min_num=1)

    class Meta:
        icon = "order"
        label = "Nøkkeltall"
        template = "blocks/key_figures.html"


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label="Adresse til videoen",
        help_text="YouTube- eller Vimeo-adresse. Videoen lastes først når den besøkende klikker.",
    )
    title = blocks.CharBlock(label="Tittel på videoen")

    class Meta:
        icon = "media"
        label = "Video"
        template = "blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        if embed_url(value["url"]) is None:
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError("Bare YouTube- og Vimeo-adresser støttes.")}
            )
        return value


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label="Tekst", icon="pilcrow", template="blocks/paragraph.html"
    )
    image = AccessibleImageBlock(label="Bilde", template="blocks/image.html")
    quote = QuoteBlock()
    links = LinkListBlock()
    call_to_action = CallToActionBlock()
    documents = DocumentListBlock()
    table = CaptionedTableBlock()
    key_figures = KeyFiguresBlock()
    video = VideoBlock()

    class Meta:
        label = _("Innhold")
