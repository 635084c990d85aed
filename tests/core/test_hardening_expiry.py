"""A page past its expiry time is gone from the site before ``publish_scheduled`` runs."""

from datetime import timedelta

import pytest
from django.utils import timezone

from osloregionen.news.models import NewsPage
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def test_expired_page_is_not_served_nor_listed_while_still_live(client):
    news = NewsPageFactory(title="Nyheten som utløper")
    listing = news.get_parent().url
    assert news.title in client.get(listing).content.decode()
    NewsPage.objects.filter(pk=news.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    news.refresh_from_db()
    assert news.live  # the scheduler has not run
    assert client.get(news.url).status_code == 404
    assert news.title not in client.get(listing).content.decode()


def test_page_with_a_future_expiry_is_served(client):
    news = NewsPageFactory()
    NewsPage.objects.filter(pk=news.pk).update(expire_at=timezone.now() + timedelta(days=1))
    assert client.get(news.url).status_code == 200
    assert news.title in client.get(news.get_parent().url).content.decode()
