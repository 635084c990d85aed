"""schema.org data shared by several page types."""

from django.templatetags.static import static

from .site_settings import SiteSettings


def organization(request) -> dict:
    """The site's organisation (from the site settings) with its logo, as the publisher, organiser
    or parent organisation of a page's JSON-LD."""
    return {
        "@type": "GovernmentOrganization",
        "name": SiteSettings.for_request(request).organisation_name,
        "logo": request.build_absolute_uri(static("img/logo.svg")),
    }
