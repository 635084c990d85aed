"""Permanent redirects from the known addresses of the old osloregionen.no.

A redirect whose target page does not exist yet is skipped; it is added by the next seed run
after the page exists. An existing redirect is left as editors left it.
"""

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

# (old path, new page path below the home page, query string on the new page)
OLD_SITE_REDIRECTS = [
    ("/dokumenter/politiske-uttalelser/", "/publikasjoner/", "type=horingssvar"),
    ("/dokumenter/strategier/", "/publikasjoner/", "type=strategi"),
    ("/om-oss/samarbeidsradet/", "/organisasjon/representantskapet/", ""),
    ("/kalender/", "/arrangementer/", ""),
    (
        "/prosjekt/prosjektenergistasjoner-for-gronn-naeringstransport/",
        "/prosjekter/energistasjoner-for-gronn-naeringstransport/",
        "",
    ),
]


def seed(home: Page) -> None:
    for old_path, new_path, query in OLD_SITE_REDIRECTS:
        if Redirect.objects.filter(old_path=Redirect.normalise_path(old_path)).exists():
            continue
        target = Page.objects.filter(url_path=home.url_path + new_path.lstrip("/")).first()
        if target is None:
            continue
        if query:
            # A filtered listing is an address, not a page: store it as a link.
            Redirect.add_redirect(old_path, f"{target.get_url()}?{query}", is_permanent=True)
        else:
            Redirect.add_redirect(old_path, target, is_permanent=True)
