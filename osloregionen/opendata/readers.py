"""The rows of each dataset, read from live, public pages of one locale.

Every reader costs the same number of queries however many rows it gives (joins and
prefetches, no query per row). Visibility is the site's: ``public_only`` for the pages listed,
``listed`` for a page a row names (a member's sub-region, a seat's municipality), published
people and parties only, no document from a collection behind a view restriction. The rows are
the same for every visitor, so a shared cache may keep them.
"""

from django.db.models import BooleanField, Exists, ExpressionWrapper, Max, OuterRef, Prefetch
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext as _
from wagtail.models import CollectionViewRestriction

from events import dates
from events.models import EventPage
from governance.models import Membership, OrganPage, Party, Person
from members.models import MunicipalityPage, SubRegionPage
from osloregionen.core import norwegian
from osloregionen.core.site_address import site_url
from osloregionen.core.visibility import listed, public_only
from projects.models import FocusAreaPage
from reports.models import AnnualReportPage, PublicationPage


def pages(model, locale):
    """The live, public pages of ``model`` in ``locale``, without their StreamFields."""
    return public_only(model.objects.live().filter(locale=locale)).defer_streamfields()


def page_url(request, page) -> str:
    return site_url(request, page.get_url(request))


def latest(*querysets):
    """The last publication time among the rows of ``querysets`` (``None`` if none)."""
    stamps = [qs.aggregate(latest=Max("last_published_at"))["latest"] for qs in querysets]
    stamps = [stamp for stamp in stamps if stamp is not None]
    return max(stamps) if stamps else None


def _is_listed(relation: str) -> ExpressionWrapper:
    return ExpressionWrapper(listed(relation), output_field=BooleanField())


def _in_restricted_collection(path: str) -> Exists:
    """True for rows whose document's collection (at ``path``) is under a view restriction."""
    return Exists(
        CollectionViewRestriction.objects.filter(
            collection__path=Substr(OuterRef(path), 1, Length("collection__path"))
        )
    )


def _number(value):
    return float(value) if value is not None else None


# Members


def members(request, locale) -> list[dict]:
    subregions = pages(SubRegionPage, locale)
    municipalities = (
        pages(MunicipalityPage, locale)
        .prefetch_related(Prefetch("subregions", queryset=subregions))
        .order_by("municipality_number", "pk")
    )
    return [
        {
            "municipality_number": municipality.municipality_number,
            "name": municipality.title,
            "official_name": municipality.official_name,
            "county": municipality.get_county_display(),
            "subregions": [
                page.title for page in norwegian.by_title(municipality.subregions.all())
            ],
            "website": municipality.website,
            "administrative_centre": municipality.administrative_centre,
            "latitude": _number(municipality.latitude),
            "longitude": _number(municipality.longitude),
            "member_since": municipality.member_since,
            "member_until": municipality.member_until,
            "url": page_url(request, municipality),
        }
        for municipality in municipalities
    ]


def members_modified(locale):
    return latest(pages(MunicipalityPage, locale), pages(SubRegionPage, locale))


# Organs and their members


def _memberships(locale):
    organs = pages(OrganPage, locale).values("pk")
    return Membership.objects.filter(organ__in=organs, person__live=True)


def organs(request, locale) -> list[dict]:
    memberships = (
        _memberships(locale)
        .select_related(
            "organ",
            "person__party",
            "person__municipality",
            "represents_subregion",
            "represents_municipality",
        )
        .defer("organ__body", "person__municipality__body")
        .annotate(
            subregion_listed=_is_listed("represents_subregion"),
            municipality_listed=_is_listed("represents_municipality"),
            home_listed=_is_listed("person__municipality"),
        )
        .order_by("organ__path", "sort_order", "pk")
    )
    rows = []
    for membership in memberships:
        organ, person = membership.organ, membership.person
        party = person.public_party
        if membership.subregion_listed:
            represents = membership.represents_subregion.title
        elif membership.municipality_listed:
            represents = membership.represents_municipality.title
        else:
            represents = membership.represents_organisation
        rows.append(
            {
                "organ": organ.title,
                "organ_kind": organ.get_kind_display(),
                "organ_url": page_url(request, organ),
                "person": person.name,
                "person_title": person.title,
                "role": membership.get_role_display(),
                "party": party.abbreviation if party else "",
                "party_name": party.name if party else "",
                "represents": represents,
                "municipality": person.municipality.title if membership.home_listed else "",
                "start_date": membership.start_date,
                "end_date": membership.end_date,
                "note": membership.note,
            }
        )
    return rows


def organs_modified(locale):
    memberships = _memberships(locale)
    return latest(
        pages(OrganPage, locale),
        Person.objects.filter(live=True, memberships__in=memberships),
        Party.objects.filter(live=True, people__memberships__in=memberships),
    )


# Events


def events(request, locale) -> list[dict]:
    found = (
        pages(EventPage, locale)
        .select_related("municipality")
        .defer("municipality__body")
        .annotate(municipality_listed=_is_listed("municipality"))
        .order_by("start", "pk")
    )
    rows = []
    for event in found:
        if not event.municipality_listed:
            event.municipality = None  # a draft or private municipality is not named (nor in place)
        municipality = event.municipality
        rows.append(
            {
                "title": event.title,
                "kind": event.get_kind_display(),
                "status": event.get_status_display(),
                "start": dates.local(event.start),
                "end": dates.local(event.end) if event.end else None,
                "all_day": event.all_day,
                "date_precision": event.date_precision,
                "attendance": event.get_attendance_display(),
                "venue": event.venue,
                "address": event.address,
                "place": event.place,
                "municipality": municipality.title if municipality else "",
                "municipality_number": municipality.municipality_number if municipality else "",
                "online_url": event.online_url,
                "organisers": event.organiser_list,
                "partners": event.partner_list,
                "url": page_url(request, event),
            }
        )
    return rows


def events_modified(locale):
    return latest(pages(EventPage, locale))


# Publications


def publications(request, locale) -> list[dict]:
    found = (
        pages(PublicationPage, locale)
        .select_related("adopted_by", "document")
        .defer("adopted_by__body", "document__text")
        .annotate(
            organ_listed=_is_listed("adopted_by"),
            document_restricted=_in_restricted_collection("document__collection__path"),
        )
        .prefetch_related(Prefetch("focus_areas", queryset=pages(FocusAreaPage, locale)))
        .order_by("-date", "title", "pk")
    )
    rows = []
    for publication in found:
        document = publication.document if not publication.document_restricted else None
        rows.append(
            {
                "title": publication.title,
                "kind": publication.get_kind_display(),
                "date": publication.date_iso,
                "date_precision": publication.date_precision,
                "responds_to": publication.responds_to,
                "recipient": publication.recipient,
                "adopted_by": publication.adopted_by.title if publication.organ_listed else "",
                "adopted_date": publication.adopted_date,
                "document_url": site_url(request, document.url) if document else "",
                "document_type": document.file_extension.upper() if document else "",
                "document_media_type": document.content_type if document else "",
                "document_size": document.file_size if document else None,
                "external_url": publication.external_url,
                "focus_areas": [
                    page.title for page in sorted(publication.focus_areas.all(), key=_path)
                ],
                "url": page_url(request, publication),
            }
        )
    return rows


def _path(page) -> str:
    return page.path


def publications_modified(locale):
    return latest(pages(PublicationPage, locale))


# The annual reports' key figures and member survey


def _reports(locale, relation: str):
    return pages(AnnualReportPage, locale).prefetch_related(relation).order_by("-report_year", "pk")


def key_figures(request, locale) -> list[dict]:
    rows = []
    for report in _reports(locale, "key_figures"):
        url = page_url(request, report)
        for position, figure in enumerate(report.key_figures.all(), start=1):
            rows.append(
                {
                    "report": report.title,
                    "report_year": report.report_year,
                    "position": position,
                    "value": figure.value,
                    "unit": figure.unit,
                    "label": figure.label,
                    "report_url": url,
                }
            )
    return rows


def survey_results(request, locale) -> list[dict]:
    rows = []
    for report in _reports(locale, "survey_results"):
        url = page_url(request, report)
        survey = report.survey_title or _("Medlemsundersøkelsen")
        for position, result in enumerate(report.survey_results.all(), start=1):
            rows.append(
                {
                    "report": report.title,
                    "report_year": report.report_year,
                    "survey": survey,
                    "position": position,
                    "group": result.group,
                    "label": result.label,
                    "percent": result.percent,
                    "report_url": url,
                }
            )
    return rows


def reports_modified(locale):
    return latest(pages(AnnualReportPage, locale))
