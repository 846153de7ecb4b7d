"""The stored record of a completed self-check, as the clinic's triage desk reviews it (issue 4).

Built from the triage payload of spec section 7 and the advice card the patient saw. One record
per conversation and check round: a correction after the advice updates the record of its round,
"opnieuw beginnen" after the advice starts a new round.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Dict, Iterable, Optional, Tuple

# Most urgent first: the desk's queue order (then score, high first; then oldest first).
URGENCY = ("spoed", "huisarts_mri", "huisarts", "zelfzorg", "buiten_scope")


def urgency_rank(level: str) -> int:
    return URGENCY.index(level)


def check_round(events: Iterable[Dict[str, Any]]) -> Tuple[int, Optional[float]]:
    """(round number, timestamp of the round's first user message) from a tracker's events.
    A round ends when the result slot triage_level is cleared after it had been set (restart)."""
    number, started, advised = 1, None, False
    for event in events:
        if event.get("event") == "user" and started is None:
            started = event.get("timestamp")
        elif event.get("event") == "slot" and event.get("name") == "triage_level":
            if event.get("value") is not None:
                advised = True
            elif advised:
                number, started, advised = number + 1, None, False
    return number, started


def check_record(conversation_id: str, round_number: int, started: Optional[float],
                 payload: Dict[str, Any], now: Optional[dt.datetime] = None) -> Dict[str, Any]:
    """The row of table desk_check for one completed check (columns as desk/checks/models.py)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    triage = payload["triage"]
    started_at = dt.datetime.fromtimestamp(started, dt.timezone.utc) if started else now
    return {
        "id": f"{conversation_id}:{round_number}",
        "conversation_id": conversation_id,
        "started_at": min(started_at, now),
        "ended_at": now,
        "region": triage["region"],
        "level": triage["level"],
        "level_rank": urgency_rank(triage["level"]),
        "score": triage["score"],
        "flags": triage["flags"],
        "answers": triage["answers"],
        "unknown": triage["unknown"],
        "advice": payload["advice"],
        "spec_version": triage["spec_version"],
    }
