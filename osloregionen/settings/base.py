"""Settings shared by every environment. Environment variables override the defaults."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env, env_bool, env_list

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env("SECRET_KEY", "dev-only-secret-key-not-for-production")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "osloregionen.core",
    "osloregionen.editorial",
    "osloregionen.home",
    "osloregionen.search",
    "osloregionen.news",
    "members",
    "governance",
    "projects",
    "events",
    "reports",
    "wagtail.api.v2",
    "osloregionen.serving",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "rest_framework",
    "corsheaders",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

# Order matters: whitenoise answers static files before anything else runs; the cache headers
# are decided on the final response; compression and the ETag/304 come after the content is
# final (GZip weakens the ETag that ConditionalGet sets, so a 304 still matches).
MIDDLEWARE = [
    "osloregionen.serving.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "osloregionen.serving.frontend_cache.PurgeAfterResponseMiddleware",
    "osloregionen.serving.middleware.CacheHeadersMiddleware",
    "osloregionen.serving.middleware.SecurityPolicyMiddleware",
    "osloregionen.serving.middleware.TextGZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "osloregionen.core.input_guard.InputGuardMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "osloregionen.urls"
WSGI_APPLICATION = "osloregionen.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "0")),
        # A connection kept across requests is checked before reuse, so an app server
        # recovers by itself after a database restart.
        conn_health_checks=True,
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if DATABASE_IS_POSTGRES:
    # Fail fast instead of hanging a worker when the database host does not answer.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(
        env("DATABASE_CONNECT_TIMEOUT", "3")
    )

# The cache is shared by every app server in production (Redis, see production.py); in
# development and tests each process keeps its own.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Sessions live in the database: any app server can read them, and they survive a cache flush.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Language: Norwegian bokmål first (no URL prefix), English under /en/.
LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", _("Norsk bokmål")), ("en", _("English"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nb", "Norsk bokmål")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Translations are made with wagtail-localize ("Oversett" in the admin), kept in sync with the
# Norwegian source. A new translation starts as a draft: it is published by the translator once
# the English text is in, never as a copy of the Norwegian page.
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Production serves the public part of MEDIA_ROOT (images and renditions) through the app and
# the front cache; see osloregionen/serving/media.py. Development uses Django's static() helper.
SERVE_MEDIA = False

# Wagtail
WAGTAIL_SITE_NAME = "Osloregionen"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# On PostgreSQL each page is stemmed in its own language (osloregionen/search/backend.py).
WAGTAILSEARCH_BACKENDS = {
    "default": (
        {
            "BACKEND": "osloregionen.search.backend.LanguageSearchBackend",
            "SEARCH_CONFIG": "norwegian",
            "LANGUAGE_CONFIGS": {"nb": "norwegian", "en": "english"},
        }
        if DATABASE_IS_POSTGRES
        else {"BACKEND": "osloregionen.search.sqlite_backend.SQLiteSearchBackend"}
    )
}
# Documents are only ever served by Wagtail's view, which checks collection restrictions; the
# media folder itself is never served as a whole.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_DOCUMENT_MODEL = "core.SiteDocument"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "csv", "txt"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "osloregionen.editorial.uploads.EditorialDocumentForm"
DOCUMENTS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "osloregionen.editorial.uploads.EditorialImageForm"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILREDIRECTS_AUTO_CREATE = True
WAGTAILADMIN_USER_LOGIN_FORM = "osloregionen.editorial.login.NorwegianLoginForm"
# No WAGTAILAPI_BASE_URL: the API's URLs use the Wagtail Site's address, like every other
# absolute URL (osloregionen.core.site_address).
WAGTAILAPI_LIMIT_MAX = 100
# The API is public, read-only data: any site may read it from a browser (GET only, no
# cookies). django-cors-headers answers preflights correctly; only /api/ gets the headers.
# The API and the open-data files (/data/<dataset>.csv|json) may be read from any site's scripts.
CORS_URLS_REGEX = r"^/(api/.*|(en/)?data/[\w-]+\.(csv|json))$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

# The front cache (Varnish) in front of the app servers: every content change bans the whole
# cache there (osloregionen/serving/frontend_cache.py explains why). One URL per Varnish.
WAGTAILFRONTENDCACHE = {
    f"varnish{number}": {
        "BACKEND": "osloregionen.serving.frontend_cache.SiteBanBackend",
        "LOCATION": url,
    }
    for number, url in enumerate(env_list("FRONTEND_CACHE_URLS"), start=1)
}

# How long public responses may be kept: briefly by browsers, longer by the front cache, which
# is purged on every content change. Anything personal is `private, no-store`.
CACHE_MAX_AGE = int(env("CACHE_MAX_AGE", "60"))
CACHE_SHARED_MAX_AGE = int(env("CACHE_SHARED_MAX_AGE", "600"))
# A tiny view on the app servers for the benchmark's ceiling (benchmarks/README.md).
BENCHMARK_CEILING = env_bool("BENCHMARK_CEILING", False)

# Content-Security-Policy for public pages: no inline scripts or styles. The admin, previews
# and logged-in editors (Wagtail's user bar) get ADMIN_CONTENT_SECURITY_POLICY instead.
_VIDEO_FRAMES = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": _VIDEO_FRAMES,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "frame-src": ["'self'", "https:"],
}
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        # A database outage is logged once per interval, not once per request.
        "database_outage": {"()": "osloregionen.serving.outage.OncePerIntervalFilter"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["database_outage"]},
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}
# Seconds a visitor is asked to wait (Retry-After) and between two log lines about an outage.
OUTAGE_RETRY_AFTER = int(env("OUTAGE_RETRY_AFTER", "30"))
OUTAGE_LOG_INTERVAL = int(env("OUTAGE_LOG_INTERVAL", "60"))

# --- Visitor forms: the contact form, event sign-up and form pages (osloregionen.core.submissions)
INSTALLED_APPS += ["wagtail.contrib.forms"]
# Accepted submissions per (count, seconds), per client address and per e-mail address.
VISITOR_FORMS_RATE_LIMITS = {"ip": (20, 600), "email": (5, 600)}
# Behind the front cache: the request header holding the visitor's address, e.g.
# HTTP_X_FORWARDED_FOR; unset, REMOTE_ADDR counts.
VISITOR_FORMS_CLIENT_IP_HEADER = env("CLIENT_IP_HEADER")
# A mail server that does not answer must not hold a visitor's request for long; the message
# is stored first and sent again later.
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "10"))

# --- Hardening (issue 16): lockout, password policy, request limits ----------------------------
# django-axes counts failed logins in the database (shared by every app server) by address and
# by account: 5 failures lock that address, or that account, for 15 minutes (429, Norwegian).
INSTALLED_APPS += ["axes"]
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "osloregionen.core.passwords.locked_out"
AXES_CLIENT_IP_CALLABLE = "osloregionen.core.passwords.client_ip"
AXES_USERNAME_FORM_FIELD = "username"
# How many proxies (Varnish, a load balancer) append to X-Forwarded-For in front of the app.
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "osloregionen.core.passwords.NorwegianCommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Request bodies: Django's 2.5 MB for form fields; what visitors who are not logged in post (the
# login, page-password, contact, sign-up and form pages) stops at 100 kB (413, see core.input_guard).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
ANONYMOUS_MAX_BODY_SIZE = 100 * 1024
# Password reset sends a mail: offered only when a mail server is configured.
WAGTAIL_PASSWORD_RESET_ENABLED = bool(env("EMAIL_HOST"))
