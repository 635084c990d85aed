"""schema.org data shared by several page types."""

from .site_settings import SiteSettings


def organization(request) -> dict:
    """The site's organisation (from the site settings), as the publisher, organiser or parent
    organisation of a page's JSON-LD."""
    return {
        "@type": "GovernmentOrganization",
        "name": SiteSettings.for_request(request).organisation_name,
    }
