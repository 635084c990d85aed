#!/usr/bin/env bash
# The production stack on this machine: PostgreSQL, Redis, two gunicorn app servers with the
# production settings, and Varnish in front on http://127.0.0.1:8080/.
#
#   deploy/stack.sh start            (make stack)
#   deploy/stack.sh manage CMD...    (make stack-manage CMD="…"): a management command with the
#                                    stack's settings, so a publish from it purges Varnish
#   deploy/stack.sh stop             (make stack-stop): stops what start started, by PID
#
# Everything it starts keeps its PID and log in run/ (STACK_RUN). Environment overrides:
# DATABASE_URL, REDIS_URL, STACK_PORT (Varnish), APP_PORTS (two ports), MEDIA_ROOT,
# WEB_CONCURRENCY (workers per app server).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUN=${STACK_RUN:-$ROOT/run}
STACK_PORT=${STACK_PORT:-8080}
read -r APP_PORT_1 APP_PORT_2 <<<"${APP_PORTS:-8001 8002}"
PY=$ROOT/.venv/bin/python
mkdir -p "$RUN"

export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/osloregionen_stack}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/0}
export DJANGO_SETTINGS_MODULE=osloregionen.settings.production
[ -s "$RUN/secret_key" ] || "$PY" -c 'import secrets; print(secrets.token_urlsafe(50))' >"$RUN/secret_key"
SECRET_KEY=$(cat "$RUN/secret_key")
export SECRET_KEY
# Plain http on this machine: no https redirect, no secure-only cookies (HSTS is only ever
# sent over https).
export SECURE_SSL_REDIRECT=0 COOKIES_SECURE=0
export ALLOWED_HOSTS=127.0.0.1,localhost
export CSRF_TRUSTED_ORIGINS=http://127.0.0.1:$STACK_PORT,http://localhost:$STACK_PORT
export WAGTAILADMIN_BASE_URL=http://127.0.0.1:$STACK_PORT
export FRONTEND_CACHE_URLS=${FRONTEND_CACHE_URLS-http://127.0.0.1:$STACK_PORT}
# The media folder both app servers share.
export MEDIA_ROOT=${MEDIA_ROOT:-$RUN/media}
export DATABASE_CONN_MAX_AGE=${DATABASE_CONN_MAX_AGE:-60}
export WEB_CONCURRENCY=${WEB_CONCURRENCY:-2}
export BENCHMARK_CEILING=${BENCHMARK_CEILING:-1}
export LOG_LEVEL=${LOG_LEVEL:-WARNING}
# Varnish appends the visitor's address to X-Forwarded-For; the forms' rate limit takes the last hop.
export CLIENT_IP_HEADER=${CLIENT_IP_HEADER:-HTTP_X_FORWARDED_FOR}
# The login lockout counts the same address: one proxy (Varnish) in front of the app.
export TRUSTED_PROXY_COUNT=${TRUSTED_PROXY_COUNT:-1}

running() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_for() { # URL, seconds
  for _ in $(seq 1 $(($2 * 5))); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "No answer from $1" >&2
  return 1
}

start_postgres() {
  if ! pg_isready -d "$DATABASE_URL" -q; then
    echo "== PostgreSQL is down: starting the machine's cluster"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
    for _ in $(seq 1 30); do pg_isready -d "$DATABASE_URL" -q && break; sleep 1; done
  fi
  local name=${DATABASE_URL##*/} server=${DATABASE_URL%/*}/postgres
  name=${name%%\?*}
  if [ -z "$(psql "$server" -Atqc "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]; then
    echo "== Creating database $name"
    psql "$server" -qc "CREATE DATABASE \"$name\""
  fi
}

start_redis() {
  if ! redis-cli -u "$REDIS_URL" ping >/dev/null 2>&1; then
    echo "== Redis is down: starting one"
    local port=${REDIS_URL##*:}
    port=${port%%/*}
    redis-server --port "$port" --bind 127.0.0.1 --save "" --daemonize yes \
      --pidfile "$RUN/redis.pid" --logfile "$RUN/redis.log"
    for _ in $(seq 1 20); do redis-cli -u "$REDIS_URL" ping >/dev/null 2>&1 && break; sleep 0.2; done
  fi
}

start_app() { # PORT
  local pidfile=$RUN/app-$1.pid
  running "$pidfile" && return 0
  PORT=$1 "$ROOT/.venv/bin/gunicorn" osloregionen.wsgi:application --config gunicorn.conf.py \
    --daemon --pid "$pidfile" --access-logfile "$RUN/app-$1.access.log" \
    --error-logfile "$RUN/app-$1.log" --capture-output
  wait_for "http://127.0.0.1:$1/healthz" 30
}

start_varnish() {
  local pidfile=$RUN/varnish.pid
  running "$pidfile" && return 0
  sed -e "s/\"8001\"/\"$APP_PORT_1\"/" -e "s/\"8002\"/\"$APP_PORT_2\"/" \
    deploy/varnish/default.vcl >"$RUN/default.vcl"
  varnishd -a "127.0.0.1:$STACK_PORT" -f "$RUN/default.vcl" -n "$RUN/varnish" \
    -P "$pidfile" -T 127.0.0.1:0 -s malloc,256m -p default_grace=0s
  wait_for "http://127.0.0.1:$STACK_PORT/healthz" 30
}

stop_pid() { # PIDFILE
  running "$1" || { rm -f "$1"; return 0; }
  local pid
  pid=$(cat "$1")
  kill "$pid"
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$1"
}

case "${1:-}" in
  start)
    start_postgres
    start_redis
    echo "== Migrating, seeding (idempotent) and collecting static files"
    # Varnish is not up yet and holds nothing, so these need not purge it.
    FRONTEND_CACHE_URLS="" "$PY" manage.py migrate --noinput -v0
    FRONTEND_CACHE_URLS="" "$PY" manage.py load_seed_content
    "$PY" manage.py collectstatic --noinput -v0
    echo "== App servers on :$APP_PORT_1 and :$APP_PORT_2"
    start_app "$APP_PORT_1"
    start_app "$APP_PORT_2"
    # The scheduler (publishing at go-live and expiry, sending stored mail, retention) is the
    # stack's third process; exactly one runs.
    echo "== Scheduler"
    nohup "$PY" manage.py run_scheduler >>"$RUN/scheduler.log" 2>&1 &
    echo $! >"$RUN/scheduler.pid"
    echo "== Varnish on :$STACK_PORT"
    start_varnish
    echo "The stack answers on http://127.0.0.1:$STACK_PORT/ (stop it with make stack-stop)."
    ;;
  start-app) # PORT: start one app server again (used by deploy/checks/stack_checks.py)
    start_app "$2"
    ;;
  manage)
    shift
    exec "$PY" manage.py "$@"
    ;;
  stop)
    for pidfile in "$RUN"/varnish.pid "$RUN"/scheduler.pid "$RUN"/app-*.pid "$RUN"/redis.pid; do
      [ -e "$pidfile" ] && stop_pid "$pidfile"
    done
    echo "The stack is stopped."
    ;;
  *)
    echo "usage: $0 start|stop|start-app PORT|manage COMMAND [ARGS...]" >&2
    exit 2
    ;;
esac
