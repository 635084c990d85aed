"""Reviewed snippets (people, parties): helpers for rows that did not come through the editor."""

from django.db import transaction


def publish_initial_revisions(*models) -> int:
    """Give every live row of ``models`` without a published revision one, and return how many.

    Rows made in code (the seed loader, a shell) are live by default (``DraftStateMixin``) but have
    no revision, so their history starts empty and «Sammenlign» has nothing to compare with. The
    seed loader calls this once after it has written people and parties; it is idempotent.
    """
    published = 0
    for model in models:
        unrevised = model.objects.filter(live=True, live_revision__isnull=True)
        for obj in unrevised.iterator():
            with transaction.atomic():
                obj.save_revision(log_action=False).publish(log_action=False)
            published += 1
    return published
