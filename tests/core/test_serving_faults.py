"""/healthz names what is down; a database outage gives the 503 page, logged once per interval."""

import logging
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

pytestmark = pytest.mark.django_db


def test_healthz_reports_a_database_outage(client):
    with mock.patch("osloregionen.core.views.connection.cursor", side_effect=OperationalError):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unavailable", "cache": "ok"}


def test_healthz_reports_a_cache_outage(client):
    with mock.patch("osloregionen.core.views.cache.set", side_effect=ConnectionError):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "ok", "cache": "unavailable"}


def outage():
    return mock.patch(
        "wagtail.models.Site.find_for_request",
        side_effect=OperationalError("connection refused"),
    )


def test_a_database_outage_gives_the_503_page_with_retry_after():
    client = Client(raise_request_exception=False)
    with outage():
        response = client.get("/medlemmer/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert "Midlertidig utilgjengelig" in response.content.decode()


def test_other_errors_keep_the_500_page():
    client = Client(raise_request_exception=False)
    with mock.patch("wagtail.models.Site.find_for_request", side_effect=ValueError("bug")):
        response = client.get("/medlemmer/")
    assert response.status_code == 500
    assert "Noe gikk galt" in response.content.decode()


def test_an_outage_is_logged_once_per_interval_not_once_per_request():
    from osloregionen.serving.outage import OncePerIntervalFilter

    records = []

    class Collect(logging.Handler):
        def emit(self, record):
            records.append(record)

    handler = Collect()
    handler.addFilter(OncePerIntervalFilter())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    client = Client(raise_request_exception=False)
    try:
        with outage():
            for _ in range(20):
                client.get("/medlemmer/")
        later = mock.patch("osloregionen.serving.outage.time.monotonic", return_value=1e12)
        with later, outage():
            client.get("/medlemmer/")
    finally:
        logger.removeHandler(handler)
    assert len(records) == 2
    assert "19 like it not logged" in records[1].getMessage()
