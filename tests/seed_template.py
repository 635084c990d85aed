"""The seeded site, loaded once per test run while the tests on an empty site run.

Loading the seed (the annual report's content with its English translations) takes a minute or
more. Three parts of the suite read it: the content tests (in the test database) and the servers
of the two browser suites (each on a copy of its own). A subprocess loads it once into a template
database on the test database's engine, beside the tests that run first; each reader then takes
a copy: ``CREATE DATABASE … TEMPLATE`` on PostgreSQL; on SQLite a file copy, or a backup into the
in-memory test database.

    python -m tests.seed_template <database URL> <folder>    (what the subprocess runs)
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url
import psycopg
import pytest
from django.db.backends.base.creation import TEST_DATABASE_PREFIX
from psycopg import sql

BASE_DIR = Path(__file__).resolve().parent.parent
# Migrating and seeding beside the other tests on a busy two-core machine.
BUILD_SECONDS = 600
PAGES_FILE = "pages.json"
MEDIA_FOLDER = "media"
SQLITE_FILE = "db.sqlite3"
SETTINGS = "osloregionen.settings.test"


def is_postgres(database_url: str) -> bool:
    return database_url.startswith(("postgres://", "postgresql://"))


def maintenance_connection(database: dict) -> psycopg.Connection:
    """A connection to the server's ``postgres`` database, to create and drop databases."""
    return psycopg.connect(
        dbname="postgres",
        host=database.get("HOST") or None,
        port=database.get("PORT") or None,
        user=database.get("USER") or None,
        password=database.get("PASSWORD") or None,
        autocommit=True,
    )


def drop_database(connection: psycopg.Connection, name: str) -> None:
    connection.execute(
        sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
    )


def clone_database(connection: psycopg.Connection, template: str, name: str) -> None:
    """``name`` as a new copy of ``template`` (no connection to the template may be open)."""
    drop_database(connection, name)
    clone = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
        sql.Identifier(name), sql.Identifier(template)
    )
    for _attempt in range(20):
        try:
            connection.execute(clone)
            return
        except psycopg.errors.ObjectInUse:
            # Another worker is copying the template at this moment.
            time.sleep(0.5)
    connection.execute(clone)


class SeedBuild:
    """One database with the seed, in ``folder``: built by the first process of the run that asks
    for it (with pytest-xdist, the first worker), waited for by the others."""

    def __init__(self, folder: Path, database_url: str):
        self.folder = folder
        self.database_url = database_url
        self.log_file = folder / "build.log"
        self.exit_file = folder / "exit"
        self.process: subprocess.Popen | None = None

    @classmethod
    def start(cls, folder: Path, database_url: str) -> "SeedBuild":
        build = cls(folder, database_url)
        try:
            folder.mkdir()
        except FileExistsError:
            return build  # another worker of this run builds it
        (folder / "url").write_text(database_url)
        with build.log_file.open("w") as log:
            build.process = subprocess.Popen(
                [sys.executable, "-m", "tests.seed_template", database_url, str(folder)],
                cwd=BASE_DIR,
                env={**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, "PYTHONUNBUFFERED": "1"},
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        return build

    @property
    def database(self) -> dict:
        return dj_database_url.parse(self.database_url)

    @property
    def media(self) -> Path:
        return self.folder / MEDIA_FOLDER

    def wait(self) -> "SeedBuild":
        """Until the seed is loaded; a build that fails or hangs fails the test with its log."""
        deadline = time.monotonic() + BUILD_SECONDS
        while not self.exit_file.exists():
            if time.monotonic() > deadline:
                self.fail(f"ikke ferdig etter {BUILD_SECONDS} s")
            time.sleep(0.2)
        status = self.exit_file.read_text()
        if status != "0":
            self.fail(status)
        return self

    def fail(self, status: str):
        log = self.log_file.read_text()[-4000:] if self.log_file.exists() else ""
        pytest.fail(f"Innlastingen av innholdet feilet ({status}):\n{log}", pytrace=False)

    def page_paths(self) -> dict[str, str]:
        """The first live page of each page type (``tests.browser.page_types``)."""
        return json.loads((self.wait().folder / PAGES_FILE).read_text(encoding="utf-8"))

    def copy_media(self, target: Path) -> None:
        """The files the seed wrote (images, documents), if any."""
        if self.wait().media.is_dir():
            shutil.copytree(self.media, target, dirs_exist_ok=True)

    def copy_for(self, folder: Path) -> dict[str, str]:
        """A copy of the seeded database and media for a server whose files go in ``folder``:
        the environment of its process."""
        self.copy_media(folder / MEDIA_FOLDER)
        if is_postgres(self.database_url):
            worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
            name = f"{self.database['NAME']}_{worker}_{folder.name}"
            with maintenance_connection(self.database) as server:
                clone_database(server, self.database["NAME"], name)
            address = urlunsplit(urlsplit(self.database_url)._replace(path=f"/{name}"))
        else:
            shutil.copyfile(self.database["NAME"], folder / SQLITE_FILE)
            address = f"sqlite:///{folder / SQLITE_FILE}"
        return {"DATABASE_URL": address, "TEST_MEDIA_ROOT": str(folder / MEDIA_FOLDER)}

    def restore_into(self, connection) -> None:
        """Replace the content of the (empty) test database behind ``connection`` with the seed."""
        self.wait()
        if connection.vendor == "postgresql":
            name = connection.settings_dict["NAME"]
            connection.close()
            with maintenance_connection(connection.settings_dict) as server:
                clone_database(server, self.database["NAME"], name)
        else:
            connection.ensure_connection()
            with closing(sqlite3.connect(self.database["NAME"])) as source:
                source.backup(connection.connection)

    def stop(self) -> None:
        """At the end of the run: a build this process started and that still runs is stopped."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def remove(self) -> None:
        """The template and the servers' copies of it."""
        if is_postgres(self.database_url):
            template = self.database["NAME"]
            with maintenance_connection(self.database) as server:
                names = server.execute(
                    "SELECT datname FROM pg_database WHERE datname = %s OR starts_with(datname, %s)",
                    [template, f"{template}_"],
                )
                for (name,) in names.fetchall():
                    drop_database(server, name)


def postgres_template_url(settings_dict: dict) -> str:
    """A database beside the test database, on the same server: «test_<name>_seed»."""
    test_name = settings_dict["TEST"].get("NAME") or TEST_DATABASE_PREFIX + settings_dict["NAME"]
    address = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(address._replace(path=f"/{test_name}_seed", query=""))


class SeedBuilds:
    """The builds of one test run, in a folder every process of the run shares (the environment
    passes it from pytest to xdist's workers); the run's first process removes them at its end."""

    SHARED_FOLDER = "OSLOREGIONEN_TEST_SEED"

    def __init__(self):
        self.root: Path | None = None
        self.owner = False
        self.build: SeedBuild | None = None

    def configure(self, config) -> None:
        if not hasattr(config, "workerinput"):
            self.owner = True
            os.environ[self.SHARED_FOLDER] = tempfile.mkdtemp(prefix="osloregionen-seed-")
        self.root = Path(os.environ[self.SHARED_FOLDER])

    def start(self) -> None:
        from django.db import connection

        folder = self.root / connection.vendor
        if connection.vendor == "postgresql":
            address = postgres_template_url(connection.settings_dict)
        else:
            address = f"sqlite:///{folder / SQLITE_FILE}"
        self.build = SeedBuild.start(folder, address)

    def get(self) -> SeedBuild:
        """The run's seeded database, on the test database's engine."""
        assert self.build is not None, (
            "the seed build starts when a test that reads it is collected"
        )
        return self.build

    def finish(self) -> None:
        if self.build is not None:
            self.build.stop()
        if self.owner and self.root is not None:
            for url_file in self.root.glob("*/url"):
                SeedBuild(url_file.parent, url_file.read_text()).remove()
            shutil.rmtree(self.root, ignore_errors=True)


builds = SeedBuilds()


def build(database_url: str, folder: Path) -> None:
    """In the subprocess: create, migrate and seed the database, then list the page types' pages."""
    os.environ["DATABASE_URL"] = database_url
    os.environ["TEST_MEDIA_ROOT"] = str(folder / MEDIA_FOLDER)
    if is_postgres(database_url):
        database = dj_database_url.parse(database_url)
        with maintenance_connection(database) as server:
            drop_database(server, database["NAME"])
            server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database["NAME"])))

    import django
    from django.core.management import call_command

    django.setup()
    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_seed_content", verbosity=0)

    from tests.browser.page_types import first_live_page_paths

    (folder / PAGES_FILE).write_text(json.dumps(first_live_page_paths()), encoding="utf-8")
    print(f"Seeded {database_url} in {time.monotonic() - started:.0f} s")


def main(database_url: str, folder: Path) -> None:
    """The subprocess: the build, then its exit status in ``folder/exit`` for every waiter."""
    status = "1"
    try:
        build(database_url, folder)
        status = "0"
    finally:
        (folder / "exit").write_text(status)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
