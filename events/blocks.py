"""StreamField blocks for an event's programme and its speakers."""

from wagtail import blocks


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="Navn", max_length=120)
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
