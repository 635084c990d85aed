"""A database outage: visitors get the 503 page with Retry-After, the log gets one line a minute."""

import logging
import sys
import threading
import time

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views.defaults import server_error as django_server_error


def is_database_outage(error: BaseException | None) -> bool:
    """The database cannot be reached (refused, restarting, connection lost), as opposed to a bug."""
    while error is not None:
        if isinstance(error, OperationalError | InterfaceError):
            return True
        error = error.__cause__ or error.__context__
    return False


def server_error(request):
    """handler500: the designed 503 page during a database outage, else the 500 page."""
    if not is_database_outage(sys.exc_info()[1]):
        return django_server_error(request)
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(settings.OUTAGE_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


class OncePerIntervalFilter(logging.Filter):
    """Let one record about a database outage through per OUTAGE_LOG_INTERVAL seconds.

    During an outage every request fails the same way; logging each one (with its traceback)
    filled the disk by tens of megabytes a minute. The record that gets through says how many
    were held back.
    """

    def __init__(self):
        super().__init__()
        self._lock = threading.Lock()
        self._last = float("-inf")
        self._suppressed = 0

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.exc_info or not is_database_outage(record.exc_info[1]):
            return True
        now = time.monotonic()
        with self._lock:
            if now - self._last < settings.OUTAGE_LOG_INTERVAL:
                self._suppressed += 1
                return False
            self._last, suppressed, self._suppressed = now, self._suppressed, 0
        if suppressed:
            record.msg = f"{record.msg} (database unavailable; {suppressed} like it not logged)"
        return True
