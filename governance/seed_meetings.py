"""The 2024 meetings the annual report dates, under each organ's /moter/ page."""

from datetime import date

from osloregionen.core.seeding import upsert_page

from .models import AgendaItem, MeetingGuest, MeetingIndexPage, MeetingPage, MeetingStatus

MONTHS = [
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember",
]  # fmt: skip


def norwegian_date(day: date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def seed_meetings(organs, facts, people) -> None:
    political = facts["political_bodies"]
    _representantskapet(organs["representantskapet"], political["representantskapet"])
    _styret(organs["styret"], political["styret"], people)
    _ipu(organs["interessepolitisk-utvalg"], political["interessepolitisk_utvalg"])


def _meeting_index(organ, of_organ: str) -> MeetingIndexPage:
    return upsert_page(
        organ,
        MeetingIndexPage,
        slug="moter",
        title=f"Møter i {of_organ}",
        search_description=f"Kommende og tidligere møter i {of_organ}, med saksliste og vedtak.",
    )


def _meeting(index, day: date, title: str, **fields) -> MeetingPage:
    return upsert_page(
        index,
        MeetingPage,
        slug=day.isoformat(),
        title=f"{title} {norwegian_date(day)}",
        date=day,
        status=MeetingStatus.HELD,
        **fields,
    )


def _representantskapet(organ, body) -> None:
    index = _meeting_index(organ, "representantskapet")
    titles = {
        "2024-08-29": "Strategiske føringer for Osloregionen IPR 2025–2028",
        "2024-12-18": "Handlingsplan for 2025",
    }
    intros = {
        "2024-08-29": "Representantskapet møttes 29. august, før Best-konferansen.",
        "2024-12-18": "Årets siste representantskapsmøte.",
    }
    for meeting in body["meetings_2024"]:
        decision = meeting["decisions"][0]
        _meeting(
            index,
            date.fromisoformat(meeting["date"]),
            "Representantskapsmøte",
            # «Representantskapsmøter holdes for åpne dører» (samarbeidsavtalen).
            is_open=True,
            intro=intros[meeting["date"]],
            search_description=f"Representantskapet: {decision[0].lower()}{decision[1:]}.",
            agenda_items=[
                AgendaItem(
                    title=titles[meeting["date"]],
                    decision=f"Representantskapet {decision[0].lower()}{decision[1:]}.",
                )
            ],
        )


def _styret(organ, body, people) -> None:
    index = _meeting_index(organ, "styret")
    for meeting in body["meetings_2024"]:
        if not meeting.get("date"):
            continue  # the May meeting: only the month is known
        guests = meeting.get("guests", [])
        topics = "; ".join(guest["topic"] for guest in guests)
        _meeting(
            index,
            date.fromisoformat(meeting["date"]),
            "Styremøte",
            is_open=False,
            intro=meeting.get("notes", ""),
            search_description=f"Styremøte med orientering: {topics[0].lower()}{topics[1:]}.",
            guests=[
                MeetingGuest(person=people[guest["name"]], topic=guest["topic"]) for guest in guests
            ],
        )


IPU_MEETINGS = {
    "2024-01-31": {
        "intro": "Utvalget møtte stortingsrepresentant Geir Inge Lien (Sp), medlem av Transport- "
        "og kommunikasjonskomiteen.",
        "agenda": [],
    },
    "2024-09-26": {
        "intro": "Utvalget behandlet høringssvar til Naturmeldingen og innspill til "
        "stortingsmelding om bærekraftsarbeidet i Norge.",
        "agenda": [
            "Høringssvar til Naturmeldingen",
            "Innspill til stortingsmelding om bærekraftsarbeidet i Norge",
        ],
    },
}


def _ipu(organ, body) -> None:
    index = _meeting_index(organ, "interessepolitisk utvalg")
    for meeting in body["meetings_2024"]:
        details = IPU_MEETINGS[meeting["date"]]
        _meeting(
            index,
            date.fromisoformat(meeting["date"]),
            "Møte i interessepolitisk utvalg",
            intro=details["intro"],
            search_description=details["intro"],
            agenda_items=[AgendaItem(title=title) for title in details["agenda"]],
        )
