"""An editor cannot change a live document's file or collection; an approver can."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(db):
    root = Collection.get_first_root_node()
    return get_document_model().objects.create(
        title="Årsrapport", file=ContentFile(b"gammel", name="arsrapport.txt"), collection=root
    )


@pytest.fixture
def private_collection(db):
    return Collection.get_first_root_node().add_child(name="Interne dokumenter")


def _edit(client, document, **changes):
    data = {"title": document.title, "collection": document.collection_id, "tags": ""}
    data.update(changes)
    return client.post(f"/admin/documents/edit/{document.pk}/", data)


def test_editor_cannot_replace_the_file(client, editor, document):
    client.force_login(editor)
    old_name = document.file.name
    response = _edit(client, document, file=SimpleUploadedFile("ny.txt", b"ny"))
    assert response.status_code == 200
    assert "Bare en godkjenner eller administrator kan bytte filen" in response.content.decode()
    document.refresh_from_db()
    assert document.file.name == old_name


def test_editor_cannot_move_a_document_to_another_collection(
    client, editor, document, private_collection
):
    client.force_login(editor)
    response = _edit(client, document, collection=private_collection.pk)
    assert "Bare en godkjenner eller administrator kan flytte" in response.content.decode()
    document.refresh_from_db()
    assert document.collection_id == Collection.get_first_root_node().pk


def test_editor_can_still_retitle_a_document(client, editor, document):
    client.force_login(editor)
    assert _edit(client, document, title="Årsrapport 2024").status_code == 302
    document.refresh_from_db()
    assert document.title == "Årsrapport 2024"


def test_approver_can_replace_the_file_and_move_it(client, approver, document, private_collection):
    client.force_login(approver)
    response = _edit(
        client,
        document,
        file=SimpleUploadedFile("ny.txt", b"ny"),
        collection=private_collection.pk,
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.collection_id == private_collection.pk
    assert document.file.read() == b"ny"


def test_a_private_document_is_served_only_through_wagtails_checked_view(
    client, document, private_collection
):
    from wagtail.models import CollectionViewRestriction

    CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document.collection = private_collection
    document.save()
    assert document.url.startswith("/documents/")  # never the storage's /media/ address
    response = client.get(document.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
