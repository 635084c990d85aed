import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_manage(settings_module: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "REDIS_URL", "CACHE_URL"}
    }
    environment.update(env, DJANGO_SETTINGS_MODULE=settings_module)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("mode", ["dev", "test"])
def test_settings_load_in_each_mode(mode):
    result = run_manage(f"osloregionen.settings.{mode}", "check")
    assert result.returncode == 0, result.stderr


def test_production_requires_secret_key():
    result = run_manage("osloregionen.settings.production", "check")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_check_deploy_is_clean():
    result = run_manage(
        "osloregionen.settings.production",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="x" * 64 + "-a-long-random-production-secret-key",
        ALLOWED_HOSTS="www.osloregionen.no",
        CSRF_TRUSTED_ORIGINS="https://www.osloregionen.no",
        WAGTAILADMIN_BASE_URL="https://www.osloregionen.no",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNINGS" not in result.stdout + result.stderr


def test_production_requires_the_shared_cache():
    result = run_manage("osloregionen.settings.production", "check", SECRET_KEY="x" * 64)
    assert result.returncode != 0
    assert "REDIS_URL" in result.stderr


def test_production_shares_cache_sessions_and_media_between_app_servers():
    code = (
        "from osloregionen.settings import production as p; "
        "print(p.CACHES['default']['BACKEND'], p.SESSION_ENGINE, p.SERVE_MEDIA, "
        "p.WAGTAILDOCS_SERVE_METHOD, p.STORAGES['default']['BACKEND'])"
    )
    env = {**os.environ, "SECRET_KEY": "x" * 64, "REDIS_URL": "redis://127.0.0.1:6379/1"}
    shared = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert shared == [
        "django.core.cache.backends.redis.RedisCache",
        "django.contrib.sessions.backends.db",
        "True",
        "serve_view",
        "django.core.files.storage.FileSystemStorage",
    ]
    env["AWS_STORAGE_BUCKET_NAME"] = "osloregionen-media"
    on_s3 = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert on_s3[2:] == ["False", "serve_view", "storages.backends.s3.S3Storage"]


def test_empty_database_url_means_sqlite_default():
    code = "from osloregionen.settings import base; print(base.DATABASES['default']['ENGINE'])"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "django.db.backends.sqlite3"


def test_language_time_zone_and_no_outside_calls(settings):
    assert settings.LANGUAGE_CODE == "nb"
    assert settings.TIME_ZONE == "Europe/Oslo"
    assert settings.WAGTAIL_I18N_ENABLED
    assert [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES] == ["nb"]
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
