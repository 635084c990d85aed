# syntax=docker/dockerfile:1
# One image per app server: gunicorn with the production settings, whitenoise for static files.
# Media live on a volume every app server shares (or on S3, see README), PostgreSQL and Redis
# are services of their own, and Varnish or a CDN sits in front (deploy/varnish/default.vcl).

# Stage 1: front-end assets (Designsystemet CSS and the region map) with npm.
FROM node:20-bookworm-slim AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY frontend ./frontend
RUN npm run build

# Stage 2: the Python runtime.
FROM python:3.11-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/venv \
    PATH="/venv/bin:$PATH" \
    DJANGO_SETTINGS_MODULE=osloregionen.settings.production \
    MEDIA_ROOT=/app/media \
    PORT=8000
RUN pip install --no-cache-dir uv==0.13.9 \
    && useradd --create-home --uid 1000 osloregionen
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project
COPY --chown=osloregionen:osloregionen . .
COPY --from=assets --chown=osloregionen:osloregionen /app/static/build ./static/build
# Every catalogue: the public site's (locale/) and each app's, e.g. the Norwegian admin strings
# in osloregionen/editorial/locale. collectstatic writes hashed, gzip and brotli copies.
RUN for dir in locale osloregionen/*/locale; do \
        if [ -d "$dir" ]; then pybabel compile --domain=django --directory="$dir" || exit 1; fi; \
    done \
    && SECRET_KEY=build-only REDIS_URL=redis://build-only python manage.py collectstatic --noinput -v0 \
    && mkdir -p /app/media && chown osloregionen:osloregionen /app/media
USER osloregionen
VOLUME ["/app/media"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ.get('PORT', '8000')}/healthz\", timeout=4)"]
CMD ["gunicorn", "osloregionen.wsgi:application", "--config", "gunicorn.conf.py"]
