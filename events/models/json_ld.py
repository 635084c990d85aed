"""schema.org ``Event`` data for an event page."""

from osloregionen.core.brand_image import page_image_url
from osloregionen.core.site_address import site_url

from .. import dates
from ..choices import SCHEMA_ATTENDANCE, SCHEMA_STATUS, Attendance


def _organisation(name: str) -> dict:
    return {"@type": "Organization", "name": name}


def _location(event, url: str) -> list[dict]:
    locations = []
    municipality = getattr(event, "municipality", None)
    if event.attendance != Attendance.ONLINE and (event.venue or event.address or municipality):
        place = {
            "@type": "Place",
            "name": event.venue or (municipality.title if municipality else ""),
        }
        address = {"@type": "PostalAddress", "addressCountry": "NO"}
        if event.address:
            address["streetAddress"] = event.address
        if municipality is not None:
            address["addressLocality"] = municipality.title
        place["address"] = address
        locations.append(place)
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    elif event.attendance != Attendance.IN_PERSON and not locations:
        # Online without a link yet: the event's page is where the link will be.
        locations.append({"@type": "VirtualLocation", "url": url})
    return locations


def event_json_ld(event, request) -> dict:
    url = site_url(request, event.get_url(request))
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "startDate": dates.iso_date(event.start, event.date_precision, event.all_day),
        "eventStatus": SCHEMA_STATUS[event.status],
        "eventAttendanceMode": SCHEMA_ATTENDANCE[event.attendance],
    }
    if event.end and not event.is_month_only:
        data["endDate"] = dates.iso_date(event.end, event.date_precision, event.all_day)
    if event.summary or event.intro:
        data["description"] = event.summary or event.intro
    locations = _location(event, url)
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if event.organiser_list:
        data["organizer"] = [_organisation(name) for name in event.organiser_list]
    if event.partner_list:
        data["contributor"] = [_organisation(name) for name in event.partner_list]
    if event.registration_url:
        offer = {"@type": "Offer", "url": event.registration_url}
        if event.registration_deadline:
            offer["validThrough"] = dates.local(event.registration_deadline).isoformat()
        data["offers"] = offer
    image = page_image_url(request, event, event.listing_image)
    if image:
        data["image"] = image
    if event.recording_url:
        data["recordedIn"] = {"@type": "CreativeWork", "url": event.recording_url}
    return data
