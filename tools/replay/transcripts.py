"""Turns a conversation exported from a real chat into a conversation script, so that it can be
replayed as a regression test. Two exports are understood:

- Rasa's tracker (GET /conversations/<id>/tracker with the API token): the user's own words, the
  question asked after every turn and the level of every advice become checks;
- the triage desk's JSON export of a check ("JSON" on the check page): the patient's words (with
  names, phone numbers and dates masked by the desk) and the check's level, red flags and answers.

What the bot answered then is what it must answer now: review the script before you keep it."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from bot.input_check import MAX_MESSAGE_CHARS
from tools.replay.script import NO_QUESTION, Script, Turn

TOO_LONG = "x" * (MAX_MESSAGE_CHARS + 1)   # the original text was not kept; any text over the cap
DESK_BAD_INPUT = {"(te lang bericht (niet gelezen))": TOO_LONG, "(leeg bericht)": "", "(onleesbaar bericht)": ""}
MASKED = re.compile(r"\[[a-z_-]+\]")  # desk.masking shows identifiers as [naam], [datum], ...


class TranscriptError(ValueError):
    pass


def result_checks(payload: Dict[str, Any]) -> Dict[str, Any]:
    answers = {f"answers.{slot}": value for slot, value in (payload.get("answers") or {}).items()
               if value is not None}
    return {"level": payload["level"], "flags": [f["id"] for f in payload.get("flags") or []],
            "payload": {**answers, "region": payload.get("region")}}


def _user_text(text: str) -> str:
    if text.startswith("/bad_input"):
        return TOO_LONG if "too_long" in text else ""
    return text


def from_tracker(tracker: Dict[str, Any], path: Path) -> Script:
    turns: List[Turn] = []
    region: Optional[str] = None
    requested: Optional[str] = None
    last_payload: Optional[Dict[str, Any]] = None

    def close_turn() -> None:
        if turns:
            turns[-1].checks["asks"] = requested or NO_QUESTION
    for event in tracker.get("events") or []:
        kind = event.get("event")
        if kind == "user":
            close_turn()
            region = region or ((event.get("metadata") or {}).get("region"))
            turns.append(Turn(_user_text(event.get("text") or "")))
        elif kind == "slot" and event.get("name") == "requested_slot":
            requested = event.get("value")
        elif kind == "bot" and turns:
            triage = ((event.get("data") or {}).get("custom") or {}).get("triage")
            if triage:
                last_payload = triage
                turns[-1].checks["level"] = triage["level"]
    close_turn()
    if not turns:
        raise TranscriptError(f"{path.name}: the tracker has no user messages")
    name = f"Uit gesprek {tracker.get('sender_id', path.stem)}"
    return Script(name, path, region if region in ("NL", "BE") else None, turns,
                  result_checks(last_payload) if last_payload else {})


def from_desk_export(record: Dict[str, Any], path: Path) -> Tuple[Script, List[str]]:
    warnings: List[str] = []
    turns = []
    for line in record.get("transcript") or []:
        if line.get("who") != "patiënt":
            continue
        text = line.get("text") or ""
        text = DESK_BAD_INPUT.get(text, text)
        if MASKED.search(text):
            warnings.append(f"masked by the desk: {text[:60]!r}; dates and ages masked here may change the answers")
        turns.append(Turn(text))
    if not turns:
        raise TranscriptError(f"{path.name}: the export has no patient messages")
    payload = {"level": record["level"], "flags": record.get("flags") or [],
               "answers": record.get("answers") or {}, "region": record.get("region")}
    return Script(f"Uit check {record.get('id', path.stem)}", path, record.get("region"), turns,
                  result_checks(payload)), warnings


def import_transcript(path: Path) -> Tuple[Script, List[str]]:
    """The script for an exported conversation, and warnings for the tester."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise TranscriptError(f"{path.name}: not a JSON export: {error}") from error
    if isinstance(data, dict) and isinstance(data.get("events"), list):
        return from_tracker(data, path), []
    if isinstance(data, dict) and isinstance(data.get("transcript"), list) and "level" in data:
        return from_desk_export(data, path)
    raise TranscriptError(f"{path.name}: neither a Rasa tracker nor a desk export (JSON with "
                          "`events`, or with `transcript` and `level`)")
