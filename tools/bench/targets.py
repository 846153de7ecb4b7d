"""The two bots the benchmark loads: Heupcheck as `make run` starts it (scripts/run.sh: action
server, Rasa, web chat and desk on free ports, SQLite in a temporary folder) and the bare
reference, Rasa's own `rasa init` template trained in a temporary folder. Training runs with an
empty Rasa cache, so the train time is a cold one."""
from __future__ import annotations

import os
import secrets
import signal
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Dict, Iterator

from tools.servers import DB_VARIABLES, QUIET, ROOT, VENV_BIN, RestClient, free_port, rasa_command, wait_ready


@dataclass
class Target:
    name: str
    client: RestClient
    root_pid: int
    start_seconds: float          # launch until Rasa had loaded the model and answers
    details: Dict[str, float]


def train_heupcheck(work: Path) -> float:
    """Cold training of Heupcheck's model into work/models; returns seconds."""
    env = {**os.environ, **QUIET, "RASA_CACHE_DIRECTORY": str(work / "cache")}
    start = time.time()
    _logged([str(VENV_BIN / "rasa"), "train", "--config", "config.yml", "--domain", "domain.yml",
             "--data", "data", "--out", str(work / "models"), "--fixed-model-name", "heupcheck", "--quiet"],
            ROOT, env, work / "train.log")
    return time.time() - start


def train_reference(work: Path) -> float:
    """`rasa init --no-prompt` in work/bot: the template project, trained; returns seconds."""
    env = {**os.environ, **QUIET, "RASA_CACHE_DIRECTORY": str(work / "cache")}
    (work / "bot").mkdir(parents=True)
    start = time.time()
    _logged([str(VENV_BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(work / "bot")], work, env,
            work / "train.log")
    return time.time() - start


def _logged(command, cwd: Path, env: Dict[str, str], log: Path) -> None:
    with open(log, "w") as handle:
        done = subprocess.run(command, cwd=cwd, env=env, stdout=handle, stderr=subprocess.STDOUT)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[1:3])} failed ({done.returncode}); the end of {log}:\n"
                           + log.read_text(errors="replace")[-2000:])


def _stop_group(process: subprocess.Popen) -> None:
    for sig, wait in ((signal.SIGTERM, 60), (signal.SIGKILL, 10)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


@contextmanager
def heupcheck_product(work: Path, model: Path, ready_seconds: float = 600) -> Iterator[Target]:
    work.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(24)
    ports = {name: str(free_port()) for name in ("RASA_PORT", "ACTION_PORT", "WEBCHAT_PORT", "DESK_PORT")}
    env = {**os.environ, **QUIET, **{name: "" for name in DB_VARIABLES}, **ports,
           "HEUPCHECK_DB": str(work / "heupcheck.db"), "HEUPCHECK_LOG_DIR": str(work / "logs"),
           "HEUPCHECK_MODEL": str(model), "RASA_API_TOKEN": token, "DESK_SECRET_KEY": secrets.token_urlsafe(48)}
    log_path = work / "run.log"
    with open(log_path, "w") as log:
        start = time.time()
        process = subprocess.Popen(["bash", "scripts/run.sh"], cwd=ROOT, env=env, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        client = RestClient(f"http://127.0.0.1:{ports['RASA_PORT']}", token)
        try:
            rasa_seconds = wait_ready(client, [process], ready_seconds)
            while "is ready after" not in log_path.read_text():   # web chat and desk too
                if process.poll() is not None or time.time() > start + ready_seconds:
                    raise RuntimeError(f"make run's servers did not all start; see {log_path}")
                time.sleep(0.5)
            all_seconds = time.time() - start
            yield Target("heupcheck", client, process.pid, rasa_seconds,
                         {"all_servers_ready_seconds": round(all_seconds, 1)})
        finally:
            _stop_group(process)


@contextmanager
def reference_bot(work: Path, ready_seconds: float = 600) -> Iterator[Target]:
    project = work / "bot"
    token = secrets.token_urlsafe(24)
    port = free_port()
    with open(work / "reference.log", "w") as log:
        process = subprocess.Popen(rasa_command(project / "models", port, token), cwd=project,
                                   env={**os.environ, **QUIET}, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        client = RestClient(f"http://127.0.0.1:{port}", token)
        try:
            seconds = wait_ready(client, [process], ready_seconds)
            yield Target("rasa_init", client, process.pid, seconds, {})
        finally:
            _stop_group(process)


def rasa_version() -> str:
    return metadata.version("rasa")
