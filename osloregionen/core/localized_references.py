"""A page or snippet links pages of its own language: on every save, each page it refers to (a
foreign key, a many-to-many field, or the same on one of its inline rows) is replaced by that
page's translation in the saver's locale, where one exists. Only translations are looked at: the
Norwegian source links Norwegian pages.

wagtail-localize copies page references into a translation unchanged (a page chooser is a
«synchronised» field), so without this the English project would belong to the Norwegian focus
area, and the English focus area would list no projects. A page with no translation stays linked
as it is (the English page then links the Norwegian one).
"""

from django.db import models
from django.db.models.signals import pre_save
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.models import Locale, Page, TranslatableMixin


def _page_fields(model):
    """The fields of ``model`` that refer to pages: not Wagtail's own (``alias_of``), not the
    parental key of an inline row, not a multi-table parent link."""
    for field in model._meta.get_fields():
        if not (field.concrete and field.related_model and issubclass(field.related_model, Page)):
            continue
        if field.model is Page or isinstance(field, ParentalKey):
            continue
        if isinstance(field, ParentalManyToManyField) or (
            isinstance(field, models.ForeignKey) and not field.remote_field.parent_link
        ):
            yield field


def _holders(instance):
    """The page or snippet and its inline rows (in memory: what is about to be saved)."""
    yield instance
    if isinstance(instance, ClusterableModel):
        for relation in get_all_child_relations(type(instance)):
            yield from getattr(instance, relation.get_accessor_name()).all()


def localize_references(instance) -> bool:
    references = []  # (holder, field, [page ids])
    for holder in _holders(instance):
        for field in _page_fields(type(holder)):
            if isinstance(field, ParentalManyToManyField):
                ids = [related.pk for related in getattr(holder, field.name).all()]
            else:
                ids = [getattr(holder, field.attname)] if getattr(holder, field.attname) else []
            if ids:
                references.append((holder, field, ids))
    if not references:
        return False
    referred = {pk for _holder, _field, ids in references for pk in ids}
    keys = dict(Page.objects.filter(pk__in=referred).values_list("pk", "translation_key"))
    in_locale = dict(
        Page.objects.filter(
            translation_key__in=keys.values(), locale_id=instance.locale_id
        ).values_list("translation_key", "pk")
    )
    local = {pk: in_locale.get(key, pk) for pk, key in keys.items()}
    changed = False
    for holder, field, ids in references:
        if all(local.get(pk, pk) == pk for pk in ids):
            continue
        changed = True
        if isinstance(field, ParentalManyToManyField):
            pages = field.related_model.objects.in_bulk([local.get(pk, pk) for pk in ids])
            getattr(holder, field.name).set(pages.values())
        else:
            setattr(holder, field.attname, local.get(ids[0], ids[0]))
    return changed


def _before_save(sender, instance, raw=False, **kwargs):
    # A page being created by treebeard has no depth yet; its references are set on its save.
    if raw or not isinstance(instance, TranslatableMixin) or not instance.locale_id:
        return
    if isinstance(instance, Page) and not instance.depth:
        return
    # The Norwegian site is the source: its choosers offer Norwegian pages, so only translations
    # (which wagtail-localize fills with the source's references) need their links moved.
    if instance.locale_id == Locale.get_default().pk:
        return
    localize_references(instance)


def connect_signals() -> None:
    pre_save.connect(_before_save, dispatch_uid="localize-page-references")
