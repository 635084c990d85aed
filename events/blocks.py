"""StreamField blocks for an event's programme and its speakers."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.list_block import ListValue

SPEAKER_WITHOUT_NAME = "Skriv navnet på innlederen, eller fjern innlederen."


class SpeakerBlock(blocks.StructBlock):
    """A speaker. A sub-item left empty is dropped on save rather than stopping the editor: the
    name is only required once something else about the speaker is filled in."""

    name = blocks.CharBlock(label="Navn", max_length=120, required=False)
    role = blocks.CharBlock(
        label="Rolle eller virksomhet",
        required=False,
        max_length=200,
        help_text="For eksempel «ordfører i Lunner» eller «Norconsult».",
    )

    class Meta:
        icon = "user"
        label = "Innleder"
        preview_value = {"name": "Målfrid Baik", "role": "daglig leder, Osloregionen"}

    @staticmethod
    def is_empty(value) -> bool:
        return not any(str(value.get(name) or "").strip() for name in ("name", "role"))

    def clean(self, value):
        value = super().clean(value)
        if not self.is_empty(value) and not value["name"].strip():
            raise blocks.StructBlockValidationError(
                block_errors={"name": ValidationError(SPEAKER_WITHOUT_NAME)}
            )
        return value


def _without_empty_speakers(list_block, speakers) -> ListValue:
    kept = [child for child in speakers.bound_blocks if not SpeakerBlock.is_empty(child.value)]
    return ListValue(list_block, bound_blocks=kept)


class ProgrammeSlotBlock(blocks.StructBlock):
    start = blocks.TimeBlock(label="Fra", required=False, format="%H:%M")
    end = blocks.TimeBlock(label="Til", required=False, format="%H:%M")
    title = blocks.CharBlock(label="Hva skjer", max_length=200)
    description = blocks.TextBlock(label="Beskrivelse", required=False)
    speakers = blocks.ListBlock(SpeakerBlock(), label="Innledere", required=False)

    class Meta:
        icon = "time"
        label = "Programpost"
        template = "blocks/events/programme_slot.html"
        description = "Ett punkt i programmet: klokkeslett, tema og innledere."
        preview_value = {"start": "09:00", "end": "09:15", "title": "Velkommen", "speakers": []}

    def clean(self, value):
        value = super().clean(value)
        value["speakers"] = _without_empty_speakers(
            self.child_blocks["speakers"], value["speakers"]
        )
        if value.get("start") and value.get("end") and value["end"] < value["start"]:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "end": blocks.BlockValidationError(
                        "Programposten kan ikke slutte før den begynner."
                    )
                }
            )
        return value


class ProgrammeBlock(blocks.StreamBlock):
    slot = ProgrammeSlotBlock()

    class Meta:
        label = "Program"


class SpeakersBlock(blocks.StreamBlock):
    speaker = SpeakerBlock()

    class Meta:
        label = "Medvirkende"

    def clean(self, value):
        value = super().clean(value)
        kept = [
            (child.block_type, child.value, child.id)
            for child in value
            if not SpeakerBlock.is_empty(child.value)
        ]
        return blocks.StreamValue(self, kept)
