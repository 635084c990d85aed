"""Helpers for the content tests on the seeded site."""

from wagtail.models import Locale


def norwegian(model):
    """The Norwegian rows of a translatable model: the seed's source content. (The English
    translations have tests of their own, tests/core/test_english_site.py.)"""
    return model.objects.filter(locale=Locale.get_default())
