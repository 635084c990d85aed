"""Deleting personal data when its time is up. Each app registers what it keeps with the
``purge_personal_data`` hook: a function ``(now) -> [(label, deleted_count), ...]``; the
``purge_personal_data`` command and the scheduler run them all."""

from datetime import timedelta

from wagtail import hooks
from wagtail.models import Site

PURGE_HOOK = "purge_personal_data"


def site_settings():
    """The default site's settings: the retention periods the secretariat set."""
    from ..site_settings import SiteSettings

    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return SiteSettings.for_site(site) if site else SiteSettings()


def cutoff(now, days: int):
    return now - timedelta(days=days)


def purge_expired(now) -> list[tuple[str, int]]:
    results = []
    for purge in hooks.get_hooks(PURGE_HOOK):
        results.extend(purge(now))
    return results
