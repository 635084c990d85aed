"""Wagtail's PostgreSQL search backend, stemming each page in its own language: Norwegian pages
with the «norwegian» text-search configuration, English pages with «english», and a query with
the configuration of the language it is asked in (the English search at /en/sok/).

The backend has one ``SEARCH_CONFIG``; ``LANGUAGE_CONFIGS`` maps a language code to its own.
"""

from collections import defaultdict
from contextlib import contextmanager

from django.utils.translation import get_language
from wagtail.models import Locale
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        by_config = defaultdict(list)
        for obj in objs:
            by_config[self.backend.config_for_object(obj)].append(obj)
        for config, group in by_config.items():
            with self.backend.indexing_with(config):
                super().add_items(model, group)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for_language(get_language())


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = params.get("LANGUAGE_CONFIGS", {})

    def config_for_language(self, language_code: str | None) -> str:
        language = (language_code or "").split("-")[0]
        return self.language_configs.get(language, self.config)

    def config_for_object(self, obj) -> str:
        """Of a translatable object, its locale's configuration; of any other, the default."""
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is None:
            return self.config
        if not hasattr(self, "_languages"):
            self._languages = dict(Locale.objects.values_list("pk", "language_code"))
        return self.config_for_language(self._languages.get(locale_id))

    @contextmanager
    def indexing_with(self, config: str):
        """Wagtail's indexer reads the backend's ``config``: set it for one batch. A backend
        instance belongs to the code that asked for it (``get_search_backend`` makes a new one)."""
        default, self.config = self.config, config
        try:
            yield
        finally:
            self.config = default
