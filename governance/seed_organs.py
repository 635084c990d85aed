"""The organs under /organisasjon/ with their mandates and 2024 compositions."""

from datetime import date

from django.utils.html import escape

from osloregionen.core.seeding import bullet_list, heading, paragraph, upsert_page

from .models import Membership, OrganKind, OrganPage, OrganYear, Role

# How the interessepolitisk utvalg list names a delregion, where it differs from the board table.
SUBREGION_ALIASES = {"Asker og Bærum regionråd": "Asker og Bærum"}
IPU_ROLES = {"leder": Role.LEADER, "nestleder": Role.DEPUTY_LEADER, "medlem": Role.MEMBER}
STAFF_ROLES = {
    "direktør": Role.DIRECTOR,
    "fagsjef": Role.HEAD_OF_SECTION,
    "spesialrådgiver": Role.SPECIAL_ADVISER,
    "rådgiver": Role.ADVISER,
}
FAGGRUPPE_SLUGS = ["areal-og-transport", "klima-og-miljo", "naeringssamarbeid", "kraftgruppen"]


def _p(*texts: str) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def _ul(items) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def seed_organs(index, facts, people, lookups) -> dict[str, OrganPage]:
    political = facts["political_bodies"]
    administrative = facts["administrative_bodies"]
    represents = _Represents(*lookups)
    organs = {}
    organs["representantskapet"] = _representantskapet(index, political["representantskapet"])
    organs["styret"] = _styret(index, political["styret"], people, represents, organs)
    organs["interessepolitisk-utvalg"] = _ipu(
        index, political["interessepolitisk_utvalg"], people, represents, organs
    )
    organs["sekretariatet"] = _sekretariatet(index, administrative["sekretariatet"], people, organs)
    organs["koordineringsgruppen"] = _koordineringsgruppen(
        index, administrative["koordineringsgruppen"], organs
    )
    organs["faggrupper"] = _faggrupper(index, administrative["faggruppene_felles"], organs)
    for slug, group in zip(FAGGRUPPE_SLUGS, administrative["faggrupper"], strict=True):
        organs[slug] = _faggruppe(organs["faggrupper"], slug, group)
    return organs


class _Represents:
    def __init__(self, subregions, municipalities):
        self.subregions = subregions
        self.municipalities = municipalities

    def fields(self, label: str) -> dict:
        name = SUBREGION_ALIASES.get(label, label)
        if name in self.subregions:
            return {"represents_subregion": self.subregions[name]}
        if name in self.municipalities:
            return {"represents_municipality": self.municipalities[name]}
        return {"represents_organisation": label}


def _representantskapet(index, body) -> OrganPage:
    return upsert_page(
        index,
        OrganPage,
        slug="representantskapet",
        title=body["name"],
        kind=OrganKind.POLITICAL,
        intro=body["role_summary"],
        search_description="Representantskapet er Osloregionen IPRs høyeste organ. Hver "
        "medlemskommune deltar med én stemme.",
        mandate=_p("Representantskapet:") + _ul(body["tasks_source"]),
        composition=_p(body["voting"]),
        body=[heading("Møter"), paragraph(_p(body["meeting_rules"]))],
        meetings_in_calendar=True,
    )


def _styret(index, body, people, represents, organs) -> OrganPage:
    chair, deputy = body["chair"]["name"], body["deputy_chair"]["name"]
    roles = {chair: Role.LEADER, deputy: Role.DEPUTY_LEADER}
    # The chair and the deputy first, then the board table's order (by delregion).
    members = sorted(
        body["members_2024"],
        key=lambda m: list(roles).index(m["name"]) if m["name"] in roles else len(roles),
    )
    memberships = [
        Membership(
            person=people[member["name"]],
            role=roles.get(member["name"], Role.MEMBER),
            **represents.fields(member["subregion"]),
        )
        for member in members
    ]
    memberships += [
        Membership(
            person=people[deputy_member["name"]],
            role=Role.DEPUTY_MEMBER,
            **represents.fields(deputy_member["subregion"]),
        )
        for deputy_member in body["deputies_mentioned"]
    ]
    summary, *more = body["role_summary"].split(". ", 1)
    decisions = [decision["decision"] for decision in body["other_decisions_mentioned"]]
    return upsert_page(
        index,
        OrganPage,
        slug="styret",
        title=body["name"],
        kind=OrganKind.POLITICAL,
        intro=f"{summary}.",
        search_description="Styret er Osloregionens utøvende organ, med ett medlem fra hver av "
        "de 16 delregionene.",
        mandate=_p(more[0], body["arena"]),
        composition=_p(
            "Styret velges av representantskapet og har ett medlem fra hver av de 16 delregionene."
        ),
        body=[heading("Faste saker på styremøtene"), bullet_list(body["standing_items"])],
        reports_to=organs["representantskapet"],
        relation="Velges av representantskapet",
        meetings_in_calendar=True,
        memberships=memberships,
        yearly_summaries=[
            OrganYear(
                year=2024,
                meeting_count=body["meetings_2024_count"],
                case_count=body["cases_2024_count"],
                note=" ".join(decisions),
                notable_cases=[
                    ("case", {"case_number": "", "title": title})
                    for title in body["notable_cases_2024"]
                ],
            )
        ],
    )


def _ipu(index, body, people, represents, organs) -> OrganPage:
    memberships = [
        Membership(
            person=people[member["name"]],
            role=IPU_ROLES[member["role"]],
            **represents.fields(member["region"]),
        )
        for member in body["members_2024"]
    ]
    hearings = [item["text"] for item in body["interest_political_meetings_2024"]]
    return upsert_page(
        index,
        OrganPage,
        slug="interessepolitisk-utvalg",
        title=body["name"],
        kind=OrganKind.POLITICAL,
        intro=body["role_summary"] + ".",
        search_description="Interessepolitisk utvalg forbereder Osloregionens politiske saker "
        "og henvendelser til nasjonale myndigheter.",
        mandate=_p(body["role_summary"] + "."),
        composition=_p(
            "Utvalget har sju medlemmer fra delregionene og Oslo kommune.", body["secretariat"]
        ),
        body=[
            heading("Arbeidet i 2024"),
            paragraph(_p(body["work_2024"])),
            heading("Møter og høringer i 2024"),
            bullet_list(hearings + body["other_input_2024"]),
        ],
        reports_to=organs["styret"],
        relation="Behandler de politiske sakene før de går til styret",
        memberships=memberships,
        yearly_summaries=[OrganYear(year=2024, meeting_count=body["meetings_2024_count"])],
    )


def _sekretariatet(index, body, people, organs) -> OrganPage:
    memberships = []
    for staff in body["staff_2024"]:
        person = people[staff["name"]]
        note = "Midlertidig stilling" if staff["employment"].startswith("midlertidig") else ""
        for acting in staff.get("acting_roles", []):
            memberships.append(
                Membership(
                    person=person,
                    role=Role.ACTING_DIRECTOR,
                    end_date=date.fromisoformat(acting["until"]),
                    note=acting["note"],
                )
            )
        if "change_date" in staff:
            # Mari Strømsvåg: full position until the change, then the rest beside Oslo kommune.
            change = date.fromisoformat(staff["change_date"])
            memberships.append(
                Membership(
                    person=person,
                    role=STAFF_ROLES[staff["title"]],
                    end_date=date.fromordinal(change.toordinal() - 1),
                )
            )
            memberships.append(
                Membership(
                    person=person,
                    role=STAFF_ROLES[staff["title"]],
                    start_date=change,
                    note="Fra 15. mai 2024 ansatt i Oslo kommune i 80 % stilling, og i "
                    "Osloregionen i resterende stillingsprosent",
                )
            )
            continue
        memberships.append(
            Membership(
                person=person,
                role=STAFF_ROLES[staff["title"]],
                start_date=date.fromisoformat(staff["start_date"]) if staff["start_date"] else None,
                end_date=date.fromisoformat(staff["end_date"]) if staff["end_date"] else None,
                note=note,
            )
        )
    extra = body["additional_resources"][0]["description"]
    return upsert_page(
        index,
        OrganPage,
        slug="sekretariatet",
        title=body["name"],
        kind=OrganKind.ADMINISTRATIVE,
        intro=body["summary_source"],
        search_description="Sekretariatet i Osloregionen: direktør og rådgivere.",
        composition=_p(extra),
        mandate=_p("Sekretariatet for Osloregionen er sekretariat for interessepolitisk utvalg."),
        reports_to=organs["styret"],
        relation="Sekretariat for de politiske organene",
        memberships=memberships,
    )


def _koordineringsgruppen(index, body, organs) -> OrganPage:
    return upsert_page(
        index,
        OrganPage,
        slug="koordineringsgruppen",
        title="Koordineringsgruppen",
        kind=OrganKind.ADMINISTRATIVE,
        intro=body["mandate_summary"],
        search_description=body["mandate_summary"],
        mandate=_p(body["mandate_summary"], body["work_2024"] + "."),
        composition=_p(body["members"]),
        reports_to=organs["sekretariatet"],
        relation="Gir råd til sekretariatet",
        yearly_summaries=[OrganYear(year=2024, meeting_count=body["meetings_2024_count"])],
    )


def _faggrupper(index, body, organs) -> OrganPage:
    gathering = body["annual_joint_gathering"]["description"]
    return upsert_page(
        index,
        OrganPage,
        slug="faggrupper",
        title="Faggrupper",
        kind=OrganKind.ADMINISTRATIVE,
        intro=body["purpose_source"].split(". ")[0] + ".",
        search_description="Osloregionens faggrupper gir faglige råd innen de prioriterte "
        "innsatsområdene.",
        mandate=_p(body["purpose_source"]) + _ul(body["mandate_source"]),
        composition=_p(body["composition"]),
        body=[heading("Felles faggruppesamling"), paragraph(_p(gathering))],
        reports_to=organs["sekretariatet"],
        relation="Faglige rådgivningsgrupper for sekretariatet",
        yearly_summaries=[
            OrganYear(
                year=2024,
                meeting_count=body["meetings_2024_count"],
                note="Medregnet den felles faggruppesamlingen i Indre Østfold 23.–24. mai og "
                "samlingen med alle faggruppene 7. november.",
            )
        ],
    )


def _faggruppe(parent, slug, group) -> OrganPage:
    texts = []
    if group.get("aliases"):
        texts.append("Gruppen kalles også " + " og ".join(group["aliases"]) + ".")
    if group.get("started_source_text"):
        texts.append(group["started_source_text"])
    if group.get("notes"):
        texts.append(group["notes"])
    body = [heading("Arbeidet i 2024"), bullet_list(group["key_work_2024"])]
    if texts:
        body.insert(0, paragraph(_p(*texts)))
    return upsert_page(
        parent,
        OrganPage,
        slug=slug,
        title="Kraftgruppen" if slug == "kraftgruppen" else group["name"],
        kind=OrganKind.ADMINISTRATIVE,
        intro=group["mandate_summary"],
        search_description=group["mandate_summary"],
        mandate=_p(group["mandate_source"]),
        composition=_p(group["composition"]),
        body=body,
    )
