"""One real Heupcheck (action server + Rasa server with the trained model) per test session, on
free loopback ports with its own SQLite tracker store, so a running `make run` never collides.
The servers and the REST client live in tools/servers.py (the replay command and the benchmark
use them too)."""
from __future__ import annotations

import os
import secrets
import subprocess
import time
import urllib.request

import pytest

from tools.servers import DB_VARIABLES, MODEL, ROOT, VENV_BIN, RestClient, free_port, heupcheck, stop

__all__ = ["DB_VARIABLES", "ROOT", "VENV_BIN", "free_port", "stop"]


class Bot(RestClient):
    """The session's bot: the REST client plus what the tests look at (logs, env, pids)."""

    def logs(self) -> str:
        return "".join(p.read_text(errors="replace") for p in self.log_dir.glob("*.log"))


@pytest.fixture(scope="session")
def bot(tmp_path_factory):
    assert MODEL.exists(), "no trained model: run the tests through `make test`"
    with heupcheck(tmp_path_factory.mktemp("heupcheck")) as running:  # generous wait: a cold host
        instance = Bot(running.client.url, running.client.token)
        instance.log_dir, instance.env = running.log_dir, running.env
        instance.start_seconds, instance.pids = running.start_seconds, running.pids
        yield instance


@pytest.fixture(scope="session")
def desk_server(bot, tmp_path_factory):
    """The desk as `make run` starts it (python -m desk.serve), on the bot's database."""
    port = free_port()
    log = open(tmp_path_factory.mktemp("desk") / "desk.log", "w")
    process = subprocess.Popen([str(VENV_BIN / "python"), "-m", "desk.serve"], cwd=ROOT,
                               env={**bot.env, "DESK_PORT": str(port)}, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 180           # deduce loads in ~15 s
        while True:
            assert process.poll() is None and time.time() < deadline, "desk did not start"
            try:
                if b"Inloggen" in urllib.request.urlopen(url + "/desk/login/", timeout=5).read():
                    break
            except OSError:
                time.sleep(0.5)
        yield url
    finally:
        stop(process)
        log.close()


# ---- the triage desk's database, in this process (Django) -------------------------------------


@pytest.fixture(scope="session")
def desk_db(tmp_path_factory):
    """Django set up on a fresh, migrated desk database: SQLite by default, a real PostgreSQL
    server when HEUPCHECK_TEST_DB=postgresql (make test runs the store tests both ways)."""
    backend = os.environ.get("HEUPCHECK_TEST_DB", "sqlite")
    server = None
    for name in DB_VARIABLES:
        os.environ.pop(name, None)
    os.environ["DESK_SECRET_KEY"] = secrets.token_urlsafe(32)
    if backend == "postgresql":
        from tests.postgres_server import PostgresServer
        server = PostgresServer(free_port()).start()
        os.environ.update(server.env())
    else:
        os.environ["HEUPCHECK_DB"] = str(tmp_path_factory.mktemp("desk") / "desk.db")
    os.environ["DJANGO_SETTINGS_MODULE"] = "desk.settings"
    import django
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment()
    call_command("migrate", interactive=False, verbosity=0)
    from actions.check_store import database_url
    try:
        yield {"backend": backend, "url": database_url(os.environ)}
    finally:
        from django.db import connections
        connections.close_all()
        if server:
            server.stop()


@pytest.fixture
def desk(desk_db):
    """An empty desk database for one test (checks, events, accounts, logs)."""
    from django.contrib.auth import get_user_model
    from django.db import connection

    from desk.checks.models import AccessLog, Check, FailedLogin

    def empty():
        AccessLog.objects.all().delete()
        Check.objects.all().delete()
        FailedLogin.objects.all().delete()
        get_user_model().objects.all().delete()
        if "events" in connection.introspection.table_names():
            with connection.cursor() as cursor:
                cursor.execute("DELETE FROM events")
    empty()
    yield desk_db
    empty()
