import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from osloregionen.core.models import ContactPage, FormField, FormPage, StandardPage
from osloregionen.home.models import HomePage


def site_home() -> HomePage:
    """The default locale's home page: the seeded one, or a new one under the tree's root that
    the default site serves (at http://testserver/, as the seeded site is)."""
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is not None:
        return home
    home = HomePageFactory(title="Osloregionen", slug="hjem")
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = "testserver", 80, home
    site.save()
    return home


def english_home() -> HomePage:
    """The site's home page in English (/en/), a published translation of ``site_home()``."""
    home = site_home()
    english, _ = Locale.objects.get_or_create(language_code="en")
    translation = home.get_translations().filter(locale=english).first()
    if translation is None:
        translation = home.copy_for_translation(english)
        translation.save_revision().publish()
    return translation.specific


class BasePageFactory(wagtail_factories.PageFactory):
    """A page with a title unique in the test, so its slug never clashes with a sibling's."""

    title = factory.Sequence(lambda n: f"Testside {n}")
    search_description = "En side laget for en test."

    class Meta:
        abstract = True


class TopLevelPageFactory(BasePageFactory):
    parent = factory.LazyFunction(site_home)

    class Meta:
        abstract = True


class HomePageFactory(BasePageFactory):
    parent = factory.LazyFunction(Page.get_first_root_node)
    intro = "Osloregionen er et interkommunalt politisk råd."

    class Meta:
        model = HomePage


class StandardPageFactory(TopLevelPageFactory):
    intro = "En generell side."

    class Meta:
        model = StandardPage


class ContactPageFactory(TopLevelPageFactory):
    class Meta:
        model = ContactPage


class FormFieldFactory(factory.django.DjangoModelFactory):
    label = factory.Sequence(lambda n: f"Spørsmål {n}")
    field_type = "singleline"
    required = True

    class Meta:
        model = FormField


class FormPageFactory(TopLevelPageFactory):
    intro = "Et skjema."
    field = factory.RelatedFactory(FormFieldFactory, factory_related_name="page")

    class Meta:
        model = FormPage
        skip_postgeneration_save = True
