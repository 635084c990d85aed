"""schema.org data shared by several page types."""

from .brand_image import logo_url
from .site_settings import SiteSettings


def organization(request) -> dict:
    """The site's organisation (from the site settings) with its logo, as the publisher, organiser
    or parent organisation of a page's JSON-LD."""
    data = {
        "@type": "GovernmentOrganization",
        "name": SiteSettings.for_request(request).organisation_name,
    }
    logo = logo_url(request)
    if logo:
        data["logo"] = logo
    return data
