"""Rasa servers on free loopback ports, and a client for them. Used by the tests (one Heupcheck per
session), by the replay command (when no bot is running) and by the benchmark (Heupcheck and the
bare reference bot). A reply list of [] is Rasa's way of saying that something failed: the client
raises on it."""
from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import time
import urllib.error
import urllib.request
import sys
import tempfile
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "heupcheck.tar.gz"
VENV_BIN = ROOT / ".venv" / "bin"
DB_VARIABLES = ("DB_HOST", "DB_PORT", "DB_NAME", "DB_USER", "DB_PASSWORD")  # PostgreSQL when DB_HOST
QUIET = {"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3",
         "SQLALCHEMY_SILENCE_UBER_WARNING": "1", "PYTHONWARNINGS": "ignore::DeprecationWarning"}


class ServerFailure(Exception):
    """The server did not answer, answered with an HTTP error, or with an empty reply list."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop(*processes: subprocess.Popen, timeout: float = 30) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class RestClient:
    """Rasa's REST channel and, with the token, its HTTP API (tracker, status)."""
    url: str
    token: str = ""
    timeout: float = 60
    latencies: List[float] = field(default_factory=list)

    def send(self, sender: str, message: str, metadata: Optional[Dict[str, Any]] = None) -> List[Dict[str, Any]]:
        body = json.dumps({"sender": sender, "message": message, "metadata": metadata}).encode()
        request = urllib.request.Request(f"{self.url}/webhooks/rest/webhook", data=body,
                                         headers={"Content-Type": "application/json"})
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                replies = json.loads(response.read())
        except (urllib.error.URLError, OSError, ValueError) as error:
            raise ServerFailure(f"no answer to {message[:40]!r}: {error}") from error
        self.latencies.append(time.perf_counter() - start)
        if not replies:
            raise ServerFailure(f"empty reply list for {message[:40]!r}: the server failed")
        return replies

    def tracker(self, sender: str) -> Dict[str, Any]:
        return self._get(f"/conversations/{sender}/tracker")

    def status(self) -> Dict[str, Any]:
        return self._get("/status")

    def _get(self, path: str) -> Dict[str, Any]:
        try:
            with urllib.request.urlopen(f"{self.url}{path}?token={self.token}", timeout=30) as response:
                return json.loads(response.read())
        except (urllib.error.URLError, OSError, ValueError) as error:
            raise ServerFailure(f"GET {path}: {error}") from error

    def ready(self) -> bool:
        try:
            return "model_file" in self.status()
        except ServerFailure:
            return False


def wait_ready(client: RestClient, processes: List[subprocess.Popen], seconds: float) -> float:
    """Seconds until the server had loaded its model; raises when a process ends or time runs out."""
    start = time.time()
    while time.time() < start + seconds:
        for process in processes:
            if process.poll() is not None:
                raise RuntimeError(f"server exited with {process.returncode}")
        if client.ready():
            return time.time() - start
        time.sleep(0.5)
    raise RuntimeError(f"the server did not become ready within {seconds:.0f} s")


@dataclass
class Running:
    client: RestClient
    env: Dict[str, str]
    pids: Dict[str, int]
    start_seconds: float
    log_dir: Path


def rasa_command(model: Path, port: int, token: str, *extra: str) -> List[str]:
    return [str(VENV_BIN / "rasa"), "run", "--model", str(model), "--interface", "127.0.0.1",
            "--port", str(port), "--enable-api", "--auth-token", token, *extra]


@contextmanager
def heupcheck(work: Path, model: Path = MODEL, ready_seconds: float = 600,
              endpoints: str = "endpoints.yml") -> Iterator[Running]:
    """The action server and the Rasa server with the trained model, with their own SQLite tracker
    store (and the desk's tables in it, as `make run` has them) under `work`."""
    if not model.exists():
        raise FileNotFoundError(f"no trained model at {model}: run `make model`")
    work.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(24)
    rasa_port, action_port = free_port(), free_port()
    env = {**os.environ, **QUIET, **{name: "" for name in DB_VARIABLES},  # empty: .env cannot fill them
           "ACTION_PORT": str(action_port), "HEUPCHECK_DB": str(work / "tracker.db"),
           "DESK_SECRET_KEY": secrets.token_urlsafe(32), "DJANGO_SETTINGS_MODULE": "desk.settings",
           "PYTHONPATH": str(ROOT)}
    subprocess.run([str(VENV_BIN / "python"), "manage.py", "migrate", "--no-input"], cwd=ROOT,
                   env=env, check=True, capture_output=True)
    logs = [open(work / "actions.log", "w"), open(work / "rasa.log", "w")]
    actions = subprocess.Popen([str(VENV_BIN / "python"), "-m", "rasa_sdk", "--actions", "actions",
                                "--port", str(action_port)], cwd=ROOT, env=env,
                               stdout=logs[0], stderr=subprocess.STDOUT)
    rasa = subprocess.Popen(rasa_command(model, rasa_port, token, "--credentials", "credentials.yml",
                                         "--endpoints", endpoints),
                            cwd=ROOT, env=env, stdout=logs[1], stderr=subprocess.STDOUT)
    client = RestClient(f"http://127.0.0.1:{rasa_port}", token)
    try:
        seconds = wait_ready(client, [actions, rasa], ready_seconds)
        yield Running(client, env, {"rasa": rasa.pid, "actions": actions.pid}, seconds, work)
    finally:
        stop(rasa, actions)
        for handle in logs:
            handle.close()


def rss_mb(pid: int, field_name: str = "VmRSS") -> int:
    """Resident memory of a process in MB; field_name VmHWM gives its peak so far."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith(field_name))) // 1024


def running_or_private(stack: ExitStack, url: Optional[str], token: Optional[str], tool: str,
                       no_start: bool = False) -> Optional[RestClient]:
    """The bot `make run` started (url from the argument, $RASA_URL or $RASA_PORT; the token from the
    argument, $RASA_API_TOKEN or .env), or, when none answers, a private one on free ports that
    lives as long as `stack`. None (with a message) when none answers and no_start is set."""
    from manage import load_dotenv  # reads .env; the environment wins
    load_dotenv(ROOT / ".env")
    url = (url or os.environ.get("RASA_URL") or f"http://127.0.0.1:{os.environ.get('RASA_PORT', '5005')}").rstrip("/")
    client = RestClient(url, token or os.environ.get("RASA_API_TOKEN", ""))
    if client.ready():
        return client
    if no_start:
        print(f"{tool}: no bot answers at {url} (start it with `make run`)", file=sys.stderr)
        return None
    print(f"{tool}: no bot at {url}; starting a private one on free ports for this run ...", flush=True)
    work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=f"heupcheck-{tool}-")))
    return stack.enter_context(heupcheck(work)).client
