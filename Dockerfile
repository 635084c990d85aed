# syntax=docker/dockerfile:1
# Stage 1: front-end assets (Designsystemet CSS and the region map) with npm.
FROM node:20-bookworm-slim AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY frontend ./frontend
RUN npm run build

# Stage 2: the Python runtime, served by gunicorn with whitenoise for static files.
FROM python:3.11-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/venv \
    PATH="/venv/bin:$PATH" \
    DJANGO_SETTINGS_MODULE=osloregionen.settings.production
RUN pip install --no-cache-dir uv==0.13.9 \
    && useradd --create-home --uid 1000 osloregionen
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project
COPY --chown=osloregionen:osloregionen . .
COPY --from=assets --chown=osloregionen:osloregionen /app/static/build ./static/build
RUN pybabel compile --domain=django --directory=locale \
    && SECRET_KEY=build-only python manage.py collectstatic --noinput -v0 \
    && mkdir -p /app/media && chown osloregionen:osloregionen /app/media
USER osloregionen
EXPOSE 8000
CMD ["gunicorn", "osloregionen.wsgi:application", "--config", "gunicorn.conf.py"]
