"""Which processes a server consists of, and their peak resident memory (the kernel's VmHWM, the
high-water mark since the process started, so the model load is included)."""
from __future__ import annotations

from pathlib import Path
from typing import Dict, List

from tools.servers import rss_mb

ROLES = (("rasa_sdk", "actions"), ("webchat.server", "webchat"), ("desk.serve", "desk"),
         (" run ", "rasa"), ("scripts/run.sh", "run.sh"))


def children(pid: int) -> List[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(c) for c in task.read_text().split()]
        except OSError:
            continue
    return found


def tree(pid: int) -> List[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        todo += children(current)
    return pids


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def role(pid: int) -> str:
    line = f" {command_line(pid)} "
    return next((name for marker, name in ROLES if marker in line), f"pid {pid}")


def peak_rss(root_pid: int) -> Dict[str, int]:
    """Peak RSS in MB per process of the tree under root_pid, by role (rasa, actions, ...);
    small helpers (the shell script itself) are left out."""
    peaks: Dict[str, int] = {}
    for pid in tree(root_pid):
        name = role(pid)
        if name == "run.sh":
            continue
        try:
            peaks[name] = max(peaks.get(name, 0), rss_mb(pid, "VmHWM"))
        except (OSError, StopIteration):
            continue
    return {name: mb for name, mb in peaks.items() if mb >= 20 or name in ("rasa", "actions", "webchat", "desk")}
