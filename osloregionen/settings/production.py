"""Production: PostgreSQL from DATABASE_URL, Redis from REDIS_URL, gunicorn behind Varnish,
whitenoise for static files, media on a shared MEDIA_ROOT or S3. SECRET_KEY and REDIS_URL are
required."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env, env_bool

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")

# Hashed names and gzip + brotli copies of every static file, served by whitenoise.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

# One cache shared by every app server (fragments such as menus, rate limits).
CACHE_URL = env("REDIS_URL") or env("CACHE_URL")
if not CACHE_URL:
    raise ImproperlyConfigured("REDIS_URL (or CACHE_URL) must be set in production.")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": CACHE_URL,
        "KEY_PREFIX": env("CACHE_KEY_PREFIX", "osloregionen"),
        "TIMEOUT": 3600,
        # Fail fast when Redis is away; /healthz then reports it.
        "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
    }
}

# Media: a folder every app server shares (MEDIA_ROOT, a volume) served through the app and
# the front cache, or S3-compatible object storage when AWS_STORAGE_BUCKET_NAME is set. Either
# way documents go only through Wagtail's document view (WAGTAILDOCS_SERVE_METHOD in base).
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}  # noqa: F405
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME")
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL")
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN")
    # Image URLs end up in cached pages, so they must not expire: the bucket policy makes
    # images/ and original_images/ public and keeps documents/ private (README).
    AWS_QUERYSTRING_AUTH = False
    AWS_DEFAULT_ACL = None
    AWS_S3_FILE_OVERWRITE = False
else:
    SERVE_MEDIA = True

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# SecurityMiddleware sends HSTS only on https responses. A plain-http stack (make stack) turns
# secure cookies off with COOKIES_SECURE=0.
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = env_bool("COOKIES_SECURE", True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# Persistent database connections (checked before reuse, see base).
DATABASES["default"]["CONN_MAX_AGE"] = int(env("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405


EMAIL_HOST = env("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(env("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = True
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "post@osloregionen.no")

# Wagtail's live preview shows the page in a same-origin iframe, so frames stay SAMEORIGIN
# (set in base) instead of the DENY that this check asks for.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
