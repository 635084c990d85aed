"""Scripted checks of the running stack (deploy/stack.sh start), run by .ci/run.

    python deploy/checks/stack_checks.py purge app-stop worker-kill [db-restart]

purge        change a project's title, publish it with `stack.sh manage`, and every URL that
             showed the old title (pages, feeds, calendars, API) shows the new one through
             Varnish within 1 s.
app-stop     stop one app server (SIGTERM by PID) under load: no visitor gets an error.
worker-kill  kill -9 one gunicorn worker under load, straight at its app server: at most the
             requests that worker held fail, and the master replaces it.
db-restart   restart PostgreSQL under load (STACK_PG_CLUSTER="15 name", a cluster of the
             check's own, never the machine's): cached pages stay up through Varnish, uncached
             ones get the 503 page rather than a hang, and the same gunicorns recover.

Environment: STACK_RUN (run/), STACK_PORT (8080), APP_PORTS ("8001 8002").
"""

import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUN = Path(os.environ.get("STACK_RUN", ROOT / "run"))
FRONT = f"http://127.0.0.1:{os.environ.get('STACK_PORT', '8080')}"
APP_PORTS = os.environ.get("APP_PORTS", "8001 8002").split()
TIMEOUT = 10  # seconds: a request slower than this counts as a hang


def fetch(url, timeout=TIMEOUT):
    """(status, body, seconds); status 0 for a connection error or timeout."""
    start = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode(), time.monotonic() - start
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace"), time.monotonic() - start
    except (urllib.error.URLError, OSError):
        return 0, "", time.monotonic() - start


def manage(*args):
    result = subprocess.run(
        [ROOT / "deploy" / "stack.sh", "manage", *args],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


def pid_of(name):
    return int((RUN / f"{name}.pid").read_text())


class Load:
    """Threads requesting URLs in a loop; records (status, seconds) per request."""

    def __init__(self, urls, threads=6):
        self.urls, self.results, self._stop = urls, [], threading.Event()
        self._threads = [threading.Thread(target=self._run, args=(i,)) for i in range(threads)]

    def _run(self, offset):
        n = offset
        while not self._stop.is_set():
            status, _body, seconds = fetch(self.urls[n % len(self.urls)])
            self.results.append((status, seconds, time.monotonic()))
            n += 1

    def __enter__(self):
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        for thread in self._threads:
            thread.join()

    def summary(self):
        statuses = {}
        for status, _seconds, _ended in self.results:
            statuses[status] = statuses.get(status, 0) + 1
        slowest = max((seconds for _status, seconds, _ended in self.results), default=0)
        return statuses, slowest


def sitemap_urls():
    _status, body, _ = fetch(f"{FRONT}/sitemap.xml")
    paths = [re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", body)]
    return [FRONT + path for path in paths]


def fetch_all(urls):
    """Fetch every URL at once (a thread each); {url: body}."""
    bodies = {}

    def one(url):
        bodies[url] = fetch(url)[1]

    threads = [threading.Thread(target=one, args=(url,)) for url in urls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return bodies


def check_purge():
    page = manage(
        "shell",
        "-c",
        "from projects.models import ProjectPage; p = ProjectPage.objects.live().first(); "
        "print(p.pk, p.title, sep='|')",
    )
    page_id, old_title = page.splitlines()[-1].split("|", 1)
    candidates = sitemap_urls() + [
        f"{FRONT}/aktuelt/rss/",
        f"{FRONT}/api/v2/pages/?limit=100",
        f"{FRONT}/api/v2/pages/{page_id}/",
    ]
    showing = [url for url in candidates if old_title in fetch(url)[1]]
    hits = [url for url in showing if fetch(url)[0] == 200]  # now served from the cache
    new_title = f"{old_title} (endret {int(time.time())})"
    publish = (
        "from wagtail.models import Page; p = Page.objects.get(pk={pk}).specific; "
        "p.title = {title!r}; p.save_revision().publish()"
    )
    app = f"http://127.0.0.1:{APP_PORTS[0]}"
    try:
        manage("shell", "-c", publish.format(pk=page_id, title=new_title))
        published = time.monotonic()
        # Every request is sent at once, right after the publish; each is answered as soon as
        # an app server has rendered the page again.
        through_varnish = fetch_all(showing)
        elapsed = time.monotonic() - published
        # What must change: the URLs where the app itself now shows the new title (the old
        # title also stands in free text, e.g. the annual report's chapters).
        direct = fetch_all([url.replace(FRONT, app) for url in showing])
        must_change = [url for url in showing if new_title in direct[url.replace(FRONT, app)]]
        stale = [url for url in must_change if new_title not in through_varnish[url]]
    finally:
        manage("shell", "-c", publish.format(pk=page_id, title=old_title))
    print(
        f"purge: {len(showing)} URLs showed «{old_title}» ({len(hits)} from the cache), "
        f"{len(must_change)} of them show the title itself; through Varnish "
        f"{len(must_change) - len(stale)} of {len(must_change)} had the new title, requested at "
        f"once after the publish and all answered within {elapsed:.2f} s; stale: {stale}"
    )
    return bool(must_change) and not stale


def check_app_stop():
    port = APP_PORTS[0]
    urls = [f"{FRONT}/sok/?q=oslo{n}" for n in range(50)]  # never cached: always an app server
    pid = pid_of(f"app-{port}")
    with Load(urls) as load:
        time.sleep(1)
        os.kill(pid, signal.SIGTERM)
        time.sleep(4)
    statuses, slowest = load.summary()
    while Path(f"/proc/{pid}").exists():  # gone before it is started again
        time.sleep(0.2)
    subprocess.run([ROOT / "deploy" / "stack.sh", "start-app", port], check=True)
    errors = sum(count for status, count in statuses.items() if status != 200)
    print(f"app-stop: {statuses} (slowest {slowest:.2f} s); {errors} errors after stopping :{port}")
    return errors == 0


def worker_pids(master):
    out = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout
    return [int(pid) for pid in out.split()]


def check_worker_kill():
    port = APP_PORTS[1]
    master = pid_of(f"app-{port}")
    workers = worker_pids(master)
    urls = [f"http://127.0.0.1:{port}/sok/?q=oslo{n}" for n in range(50)]
    threads = 6
    with Load(urls, threads) as load:
        time.sleep(1)
        os.kill(workers[0], signal.SIGKILL)
        killed = time.monotonic()
        time.sleep(3)
    statuses, slowest = load.summary()
    errors = sum(count for status, count in statuses.items() if status != 200)
    # The worker held the requests it had accepted: at most one per load thread, all ended by
    # the kill. Anything failing later would be a cost beyond them.
    later = [r for r in load.results if r[0] != 200 and r[2] - r[1] > killed + 0.1]
    replaced = len(worker_pids(master)) == len(workers) and workers[0] not in worker_pids(master)
    print(
        f"worker-kill: {statuses} (slowest {slowest:.2f} s); {errors} failed, all sent before "
        f"the kill (at most {threads} in flight): {not later}; worker replaced: {replaced}"
    )
    return errors <= threads and not later and replaced


def check_db_restart():
    cluster = os.environ["STACK_PG_CLUSTER"].split()
    masters = {port: pid_of(f"app-{port}") for port in APP_PORTS}
    cached = [FRONT + "/", FRONT + "/medlemmer/"]
    for url in cached:
        fetch(url)
    uncached = [f"http://127.0.0.1:{APP_PORTS[0]}/sok/?q=oslo{n}" for n in range(50)]
    with Load(cached, threads=3) as front, Load(uncached, threads=3) as direct:
        time.sleep(1)
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", *cluster, "restart", "-m", "fast"],
            check=True,
        )
        time.sleep(3)
    front_statuses, front_slowest = front.summary()
    direct_statuses, direct_slowest = direct.summary()
    after = [fetch(url)[0] for url in uncached[:10]]
    same_masters = all(pid_of(f"app-{port}") == pid for port, pid in masters.items())
    print(
        f"db-restart: cached through Varnish {front_statuses} (slowest {front_slowest:.2f} s); "
        f"uncached {direct_statuses} (slowest {direct_slowest:.2f} s); after: {after}; "
        f"same gunicorn masters: {same_masters}"
    )
    return (
        set(front_statuses) == {200}
        and set(direct_statuses) <= {200, 503}
        and max(front_slowest, direct_slowest) < TIMEOUT
        and set(after) == {200}
        and same_masters
    )


CHECKS = {
    "purge": check_purge,
    "app-stop": check_app_stop,
    "worker-kill": check_worker_kill,
    "db-restart": check_db_restart,
}

if __name__ == "__main__":
    failed = [name for name in sys.argv[1:] if not CHECKS[name]()]
    if failed:
        print(f"FAILED: {', '.join(failed)}")
    sys.exit(1 if failed else 0)
