"""Every admin screen an editor or approver uses is in Norwegian.

The test logs in, walks the screens with real content on them (a page with revisions and a
workflow in progress, a person with history, an image, a document) and fails on any Wagtail or
Django interface string left in English (see ``english_ui``). Strings Wagtail's JavaScript writes
after loading are checked against the admin's JavaScript catalogue.
"""

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import wagtail.admin
from babel.messages.pofile import read_po
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Workflow

from governance.models import Person
from osloregionen.editorial.roles import WORKFLOW_NAME
from osloregionen.editorial.snippets import publish_initial_revisions

from .english_ui import english_texts

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(published_page, editor, approver):
    page = published_page
    page.save_revision(user=approver).publish(user=approver)
    page.title = "Personvern (utkast)"
    page.save_revision(user=editor)
    Workflow.objects.get(name=WORKFLOW_NAME).start(page, editor)
    person = Person.objects.create(name="Kari Nordmann", title="Ordfører")
    publish_initial_revisions(Person)
    person.title = "Ordfører i Asker"
    person.save_revision(user=editor)
    Workflow.objects.get(name=WORKFLOW_NAME).start(person, editor)
    image = get_image_model().objects.create(
        title="Rådhuset", file=get_test_image_file(), uploaded_by_user=approver
    )
    document = get_document_model().objects.create(
        title="Årsmelding 2024", file=ContentFile(b"%PDF-1.4\n", name="arsmelding.pdf")
    )
    return {"page": page, "person": person, "image": image, "document": document}


def approver_screens(content) -> dict[str, str]:
    page, person = content["page"], content["person"]
    snippet = "wagtailsnippets_governance_person"
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "page explorer": reverse("wagtailadmin_explore", args=[page.get_parent().pk]),
        "page edit": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "page history": reverse("wagtailadmin_pages:history", args=[page.pk]),
        "page compare": reverse(
            "wagtailadmin_pages:revisions_compare", args=[page.pk, "live", "latest"]
        ),
        "page workflow history": reverse("wagtailadmin_pages:workflow_history", args=[page.pk]),
        "page search": reverse("wagtailadmin_pages:search") + "?q=personvern",
        "workflow report": reverse("wagtailadmin_reports:workflow"),
        "workflow tasks report": reverse("wagtailadmin_reports:workflow_tasks"),
        "aging pages": reverse("wagtailadmin_reports:aging_pages"),
        "locked pages": reverse("wagtailadmin_reports:locked_pages"),
        "site history": reverse("wagtailadmin_reports:site_history"),
        "page types": reverse("wagtailadmin_reports:page_types_usage"),
        "snippets": reverse("wagtailsnippets:index"),
        "people": reverse(f"{snippet}:list"),
        "person edit": reverse(f"{snippet}:edit", args=[person.pk]),
        "person history": reverse(f"{snippet}:history", args=[person.pk]),
        "person compare": reverse(
            f"{snippet}:revisions_compare", args=[person.pk, "live", "latest"]
        ),
        "parties": reverse("wagtailsnippets_governance_party:list"),
        "images": reverse("wagtailimages:index"),
        "image edit": reverse("wagtailimages:edit", args=[content["image"].pk]),
        "image upload": reverse("wagtailimages:add_multiple"),
        "documents": reverse("wagtaildocs:index"),
        "document edit": reverse("wagtaildocs:edit", args=[content["document"].pk]),
        "account": reverse("wagtailadmin_account"),
    }


def administrator_screens() -> dict[str, str]:
    return {
        "site settings": reverse("wagtailsettings:edit", args=["core", "sitesettings"]),
        "workflows": reverse("wagtailadmin_workflows:index"),
        "workflow tasks": reverse("wagtailadmin_workflows:task_index"),
    }


def english_on_screens(client, screens: dict[str, str]) -> dict[str, list[str]]:
    found = {}
    for name, url in screens.items():
        response = client.get(url, follow=True)
        assert response.status_code == 200, (name, url, response.status_code)
        english = english_texts(response.content.decode())
        if english:
            found[name] = sorted(set(english))
    return found


def _summary(found: dict[str, list[str]]) -> str:
    counts = Counter(text for texts in found.values() for text in texts)
    lines = [f"{len(counts)} distinct English strings on {len(found)} screens:"]
    lines += [f"  {name}: {texts}" for name, texts in found.items()]
    return "\n".join(lines)


def test_the_approvers_screens_have_no_english(client, approver, content):
    client.force_login(approver)
    found = english_on_screens(client, approver_screens(content))
    assert found == {}, _summary(found)


def test_the_editors_dashboard_and_person_screens_have_no_english(client, editor, content):
    client.force_login(editor)
    screens = approver_screens(content)
    wanted = ("dashboard", "page edit", "person edit", "person history", "people", "images")
    found = english_on_screens(client, {name: screens[name] for name in wanted})
    assert found == {}, _summary(found)


# Loads the URLconf first inside an English override, as Wagtail does when it reverses an English
# page's URL (publishing one purges the front cache), then reads the texts the admin fixed then.
ADMIN_BUILT_UNDER_ENGLISH = """
import django
django.setup()
from django.urls import resolve, reverse
from django.utils import translation
with translation.override("en"):
    reverse("wagtail_serve", args=[""])
translation.activate("nb")
view = resolve(reverse("wagtailsnippets_governance_person:edit", args=[1])).func.view_initkwargs
print(view["breadcrumbs_items"][0]["label"])
print(view["form_class"].base_fields["municipality"].widget.choose_one_text)
"""


def test_the_admin_is_built_in_norwegian_when_english_loads_the_urlconf_first():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "osloregionen.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", ADMIN_BUILT_UNDER_ENGLISH],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Hjem", "Velg en side (Medlemskommune)"]


def test_the_administrators_settings_and_workflow_screens_have_no_english(client, administrator):
    client.force_login(administrator)
    found = english_on_screens(client, administrator_screens())
    assert found == {}, _summary(found)


def wagtail_javascript_msgids() -> list[str]:
    """Every string Wagtail's admin JavaScript translates (its English ``djangojs`` catalogue)."""
    path = Path(wagtail.admin.__file__).parent / "locale/en/LC_MESSAGES/djangojs.po"
    with path.open("rb") as po:
        return [m.id if isinstance(m.id, str) else m.id[0] for m in read_po(po) if m.id]


def test_the_javascript_catalogue_is_norwegian(client, approver):
    """Content metrics («Fair», «%(num)s mins»), autosave, the sidebar, comments and the block
    editor write their text from this catalogue after the page has loaded."""
    client.force_login(approver)
    response = client.get(reverse("wagtailadmin_javascript_catalog"))
    assert response.status_code == 200
    body = response.content.decode()
    start = body.index("const newcatalog = ") + len("const newcatalog = ")
    catalogue = json.loads(body[start : body.index(";\n", start)])
    msgids = wagtail_javascript_msgids()
    assert len(msgids) > 80
    missing = [msgid for msgid in msgids if not catalogue.get(msgid)]
    assert missing == []
    assert catalogue["Fair"] == "Middels"
    assert catalogue["%(num)s min"] == ["%(num)s min", "%(num)s min"]


def test_wagtails_typo_in_the_title_help_text_is_fixed():
    with translation.override("nb"):
        text = translation.gettext("The page title as you'd like it to be seen by the public")
    assert text == "Tittel på siden slik den vises offentlig"


def test_the_page_editor_shows_lix_in_the_content_metrics(client, approver, content):
    client.force_login(approver)
    page = content["page"]
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "editorial/lix.js" in html
    assert "Lesbarhet (LIX)" in html
    assert "Lesbarheten måles med LIX" in html
