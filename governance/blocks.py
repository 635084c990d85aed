from wagtail import blocks

from .validators import case_number_validator


class NotableCaseBlock(blocks.StructBlock):
    """A case the organ dealt with in a year, when the report does not tie it to one meeting."""

    case_number = blocks.CharBlock(
        label="Saksnummer",
        required=False,
        max_length=10,
        validators=[case_number_validator],
        help_text="For eksempel 12/24. La stå tomt hvis nummeret ikke er kjent.",
    )
    title = blocks.CharBlock(label="Sak", max_length=300)

    class Meta:
        icon = "doc-full"
        label = "Sak"
