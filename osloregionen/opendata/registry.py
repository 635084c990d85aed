"""The datasets, in the order the catalogue lists them. A new dataset is a reader in
``readers.py`` and an entry here; its files, its place in the catalogue and its JSON-LD follow.

Addresses are ``/data/<slug>.csv`` and ``/data/<slug>.json``: keep a slug once published.
"""

from django.utils.translation import gettext_lazy as _

from . import readers
from .dataset import BOOLEAN, DATE, DATETIME, INTEGER, LIST, NUMBER, STRING, URL, Column, Dataset

FORMATS = {
    "csv": "text/csv",
    "json": "application/json",
}

MEMBERS = Dataset(
    slug="medlemmer",
    title=_("Medlemskommuner"),
    description=_(
        "Kommunene som er medlemmer i Osloregionen, med kommunenummer, fylke, delregion, "
        "nettsted og plassering. Tidligere medlemmer står med datoen de gikk ut."
    ),
    columns=(
        Column("municipality_number", STRING, _("Kommunenummeret fra SSB, fire siffer.")),
        Column("name", STRING, _("Kommunens navn.")),
        Column("official_name", STRING, _("Navnet slik kommunen selv skriver det.")),
        Column("county", STRING, _("Fylket kommunen ligger i.")),
        Column("subregions", LIST, _("Delregionene (regionrådene) kommunen hører til.")),
        Column("website", URL, _("Kommunens nettsted; tomt hvis ukjent.")),
        Column("administrative_centre", STRING, _("Stedet der kommunens administrasjon er.")),
        Column("latitude", NUMBER, _("Administrasjonssenterets breddegrad (WGS 84).")),
        Column("longitude", NUMBER, _("Administrasjonssenterets lengdegrad (WGS 84).")),
        Column("member_since", DATE, _("Første dag som medlem; tomt hvis ukjent.")),
        Column("member_until", DATE, _("Siste dag som medlem; tomt for nåværende medlemmer.")),
        Column("url", URL, _("Kommunens side på nettstedet.")),
    ),
    read=readers.members,
    modified=readers.members_modified,
    page_type="members.MunicipalityIndexPage",
    keywords=(_("kommuner"), _("medlemmer"), _("delregioner")),
)

ORGANS = Dataset(
    slug="organer",
    title=_("Organer og medlemmer"),
    description=_(
        "Hvem som sitter i Osloregionens organer (representantskapet, styret, utvalg og "
        "sekretariatet): én rad per person og verv, med rolle, parti, hvem de representerer "
        "og perioden. Avsluttede verv står med sluttdato."
    ),
    columns=(
        Column("organ", STRING, _("Organet.")),
        Column("organ_kind", STRING, _("Politisk eller administrativt organ.")),
        Column("organ_url", URL, _("Organets side på nettstedet.")),
        Column("person", STRING, _("Navnet på personen.")),
        Column("person_title", STRING, _("Personens tittel, for eksempel «Ordfører i Asker».")),
        Column("role", STRING, _("Rollen i organet, for eksempel leder eller varamedlem.")),
        Column("party", STRING, _("Partiets forkortelse; tomt for ansatte.")),
        Column("party_name", STRING, _("Partiets navn.")),
        Column(
            "represents",
            STRING,
            _("Delregionen, kommunen eller organisasjonen personen representerer."),
        ),
        Column("municipality", STRING, _("Kommunen personen kommer fra.")),
        Column("start_date", DATE, _("Første dag i vervet; tomt hvis ukjent.")),
        Column("end_date", DATE, _("Siste dag i vervet; tomt så lenge vervet varer.")),
        Column("note", STRING, _("Merknad, for eksempel stillingsprosent.")),
    ),
    read=readers.organs,
    modified=readers.organs_modified,
    page_type="governance.OrganisationIndexPage",
    keywords=(_("styret"), _("representantskapet"), _("politikere")),
)

EVENTS = Dataset(
    slug="arrangementer",
    title=_("Arrangementer"),
    description=_(
        "Seminarer, konferanser, webinarer og andre arrangementer i Osloregionens kalender, "
        "kommende og tidligere, med tid (norsk tid med tidssone), sted, kommune og arrangør."
    ),
    columns=(
        Column("title", STRING, _("Arrangementets tittel.")),
        Column("kind", STRING, _("Typen arrangement, for eksempel seminar eller webinar.")),
        Column("status", STRING, _("Planlagt, flyttet, utsatt eller avlyst.")),
        Column("start", DATETIME, _("Når arrangementet starter.")),
        Column("end", DATETIME, _("Når det slutter; tomt hvis ukjent.")),
        Column(
            "all_day", BOOLEAN, _("Heldagsarrangement: bare datoene gjelder, ikke klokkeslettene.")
        ),
        Column(
            "date_precision",
            STRING,
            _("«day» når datoen er kjent, «month» når bare måneden er kjent (da er start den 1.)."),
        ),
        Column("attendance", STRING, _("Fysisk oppmøte, digitalt eller begge deler.")),
        Column("venue", STRING, _("Stedet, for eksempel «Oslo rådhus».")),
        Column("address", STRING, _("Gateadresse og poststed.")),
        Column("place", STRING, _("Sted, adresse og kommune på én linje.")),
        Column("municipality", STRING, _("Medlemskommunen arrangementet holdes i.")),
        Column("municipality_number", STRING, _("Kommunens kommunenummer.")),
        Column("online_url", URL, _("Lenke til sendingen for digitale arrangementer.")),
        Column("organisers", LIST, _("Arrangørene.")),
        Column("partners", LIST, _("Samarbeidspartnerne.")),
        Column("url", URL, _("Arrangementets side på nettstedet.")),
    ),
    read=readers.events,
    modified=readers.events_modified,
    page_type="events.EventIndexPage",
    keywords=(_("arrangementer"), _("kalender"), _("seminarer")),
)

PUBLICATIONS = Dataset(
    slug="publikasjoner",
    title=_("Publikasjoner"),
    description=_(
        "Høringssvar, innspill, strategier, handlingsplaner, rapporter, veiledere og "
        "årsrapporter fra Osloregionen, med dato, mottaker, organet som behandlet dem og "
        "lenke til dokumentet med filtype og størrelse."
    ),
    columns=(
        Column("title", STRING, _("Publikasjonens tittel.")),
        Column("kind", STRING, _("Typen publikasjon, for eksempel høringssvar.")),
        Column(
            "date",
            STRING,
            _("Datoen så nøyaktig den er kjent: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ."),
        ),
        Column("date_precision", STRING, _("«day», «month» eller «year».")),
        Column("responds_to", STRING, _("Hva publikasjonen svarer på, for eksempel en NOU.")),
        Column("recipient", STRING, _("Mottakeren, for eksempel et departement.")),
        Column("adopted_by", STRING, _("Organet som vedtok eller behandlet publikasjonen.")),
        Column("adopted_date", DATE, _("Dagen organet behandlet saken.")),
        Column("document_url", URL, _("Lenke til dokumentet på nettstedet.")),
        Column("document_type", STRING, _("Filtypen, for eksempel PDF.")),
        Column("document_media_type", STRING, _("Medietypen, for eksempel application/pdf.")),
        Column("document_size", INTEGER, _("Filstørrelsen i byte.")),
        Column("external_url", URL, _("Lenke til dokumentet når det ligger et annet sted.")),
        Column("focus_areas", LIST, _("Innsatsområdene publikasjonen hører til.")),
        Column("url", URL, _("Publikasjonens side på nettstedet.")),
    ),
    read=readers.publications,
    modified=readers.publications_modified,
    page_type="reports.PublicationIndexPage",
    keywords=(_("høringssvar"), _("rapporter"), _("strategier")),
)

REPORT_COLUMNS = (
    Column("report", STRING, _("Årsrapporten.")),
    Column("report_year", INTEGER, _("Året rapporten gjelder.")),
)

KEY_FIGURES = Dataset(
    slug="nokkeltall",
    title=_("Nøkkeltall fra årsrapportene"),
    description=_(
        "Nøkkeltallene i Osloregionens årsrapporter: antall medlemskommuner, møter, saker og "
        "andre tall, med enhet og forklaring, i rekkefølgen rapporten viser dem."
    ),
    columns=(
        *REPORT_COLUMNS,
        Column("position", INTEGER, _("Plassen i rapportens rekkefølge, fra 1.")),
        Column("value", STRING, _("Tallet slik rapporten skriver det, for eksempel «65».")),
        Column("unit", STRING, _("Enheten, for eksempel «kommuner».")),
        Column("label", STRING, _("Hva tallet viser.")),
        Column("report_url", URL, _("Årsrapportens side på nettstedet.")),
    ),
    read=readers.key_figures,
    modified=readers.reports_modified,
    page_type="reports.AnnualReportPage",
    page_order=("-report_year", "pk"),
    keywords=(_("årsrapport"), _("nøkkeltall"), _("statistikk")),
)

SURVEY = Dataset(
    slug="medlemsundersokelse",
    title=_("Medlemsundersøkelsen i årsrapportene"),
    description=_(
        "Resultatene fra medlemsundersøkelsen som årsrapportene gjengir: andelen av de spurte "
        "i prosent per spørsmål eller svar, gruppert slik rapporten viser dem."
    ),
    columns=(
        *REPORT_COLUMNS,
        Column("survey", STRING, _("Undersøkelsens tittel.")),
        Column("position", INTEGER, _("Plassen i rapportens rekkefølge, fra 1.")),
        Column("group", STRING, _("Gruppen av spørsmål, for eksempel «Prioriterte utfordringer».")),
        Column("label", STRING, _("Spørsmålet eller svaret.")),
        Column("percent", INTEGER, _("Andelen i prosent, 0–100.")),
        Column("report_url", URL, _("Årsrapportens side på nettstedet.")),
    ),
    read=readers.survey_results,
    modified=readers.reports_modified,
    page_type="reports.AnnualReportPage",
    page_order=("-report_year", "pk"),
    keywords=(_("årsrapport"), _("medlemsundersøkelse"), _("statistikk")),
)

DATASETS = (MEMBERS, ORGANS, EVENTS, PUBLICATIONS, KEY_FIGURES, SURVEY)
BY_SLUG = {dataset.slug: dataset for dataset in DATASETS}


def get(slug: str) -> Dataset | None:
    return BY_SLUG.get(slug)
