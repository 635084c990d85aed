"""Permanent redirects from the known addresses of the old osloregionen.no (`seed_data/redirects.json`).

Loaded once per database, after every app has seeded its pages; a redirect whose page is missing
is left out, and an existing redirect stays as editors left it.
"""

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from osloregionen.core.seeding import once, seed_data


def seed(home: Page) -> None:
    if not once("editorial"):
        return
    for row in seed_data("editorial", "redirects.json"):
        if Redirect.objects.filter(old_path=Redirect.normalise_path(row["old_path"])).exists():
            continue
        target = Page.objects.filter(url_path=home.url_path + row["page"].lstrip("/")).first()
        if target is None:
            continue
        if row["query"]:
            # A filtered listing is an address, not a page: store it as a link.
            Redirect.add_redirect(row["old_path"], f"{target.get_url()}?{row['query']}", True)
        else:
            Redirect.add_redirect(row["old_path"], target, is_permanent=True)
