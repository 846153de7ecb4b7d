"""One real Heupcheck (action server + Rasa server with the trained model) per test session, on
free loopback ports with its own SQLite tracker store, so a running `make run` never collides."""
from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "heupcheck.tar.gz"
VENV_BIN = ROOT / ".venv" / "bin"
DB_VARIABLES = ("DB_HOST", "DB_PORT", "DB_NAME", "DB_USER", "DB_PASSWORD")  # PostgreSQL when DB_HOST


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop(*processes: subprocess.Popen, timeout: float = 30) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()


class Bot:
    def __init__(self, url: str, token: str, log_dir: Path):
        self.url, self.token, self.log_dir = url, token, log_dir
        self.latencies: list = []

    def send(self, sender: str, message: str, metadata: dict = None) -> list:
        body = json.dumps({"sender": sender, "message": message, "metadata": metadata}).encode()
        request = urllib.request.Request(f"{self.url}/webhooks/rest/webhook", data=body,
                                         headers={"Content-Type": "application/json"})
        start = time.perf_counter()
        with urllib.request.urlopen(request, timeout=60) as response:
            replies = json.loads(response.read())
        self.latencies.append(time.perf_counter() - start)
        assert replies != [], f"empty reply list for {message!r}: the server failed"  # [] is a failure
        return replies

    def tracker(self, sender: str) -> dict:
        with urllib.request.urlopen(f"{self.url}/conversations/{sender}/tracker?token={self.token}",
                                    timeout=30) as response:
            return json.loads(response.read())

    def logs(self) -> str:
        return "".join(p.read_text(errors="replace") for p in self.log_dir.glob("*.log"))


def _wait_ready(url: str, token: str, processes, deadline: float) -> None:
    while time.time() < deadline:
        for process in processes:
            if process.poll() is not None:
                raise RuntimeError(f"server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/status?token={token}", timeout=5) as response:
                if "model_file" in json.loads(response.read()):
                    return
        except (urllib.error.URLError, OSError, ValueError):
            pass
        time.sleep(1)
    raise RuntimeError("Heupcheck did not become ready in time")


@pytest.fixture(scope="session")
def bot(tmp_path_factory):
    assert MODEL.exists(), "no trained model: run the tests through `make test`"
    work = tmp_path_factory.mktemp("heupcheck")
    token = secrets.token_urlsafe(24)
    rasa_port, action_port = free_port(), free_port()
    env = {**os.environ, **{name: "" for name in DB_VARIABLES},   # empty: .env cannot fill them
           "ACTION_PORT": str(action_port), "HEUPCHECK_DB": str(work / "tracker.db"),
           "DESK_SECRET_KEY": secrets.token_urlsafe(32), "DJANGO_SETTINGS_MODULE": "desk.settings",
           "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3", "PYTHONPATH": str(ROOT)}
    # the desk's tables next to the tracker's, as `make run` does, so completed checks are stored
    subprocess.run([str(VENV_BIN / "python"), "manage.py", "migrate", "--no-input"], cwd=ROOT,
                   env=env, check=True, capture_output=True)
    logs = [open(work / "actions.log", "w"), open(work / "rasa.log", "w")]
    actions = subprocess.Popen([str(VENV_BIN / "python"), "-m", "rasa_sdk", "--actions", "actions",
                                "--port", str(action_port)], cwd=ROOT, env=env,
                               stdout=logs[0], stderr=subprocess.STDOUT)
    start = time.time()
    rasa = subprocess.Popen([str(VENV_BIN / "rasa"), "run", "--model", str(MODEL),
                             "--interface", "127.0.0.1", "--port", str(rasa_port), "--enable-api",
                             "--auth-token", token, "--credentials", "credentials.yml",
                             "--endpoints", "endpoints.yml"], cwd=ROOT, env=env,
                            stdout=logs[1], stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{rasa_port}"
    try:
        _wait_ready(url, token, [actions, rasa], time.time() + 600)  # generous: a cold, busy host
        instance = Bot(url, token, work)
        instance.env = env
        instance.start_seconds = time.time() - start
        instance.pids = {"rasa": rasa.pid, "actions": actions.pid}
        yield instance
    finally:
        stop(rasa, actions)
        for handle in logs:
            handle.close()


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
