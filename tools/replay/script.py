"""The conversation-script format for testers (YAML), read and checked before anything is sent.

    name: NL, zelfzorg: drie dagen pijn bij de trap      # optional; the file name otherwise
    region: NL          # optional: sent as the web chat does (metadata); leave out to let the bot guess
    turns:
      - user: hallo
        asks: hip_complaint                # the question the bot asks next (a slot of the spec)
        says: geen diagnose                # text(s) somewhere in the bot's replies (not case-sensitive)
      - user: ja, sinds drie dagen
        not_says: [diagnose]               # text(s) that must not appear
      - user: nee
        asks: none                         # no question any more: the check is over
                                           # (asks: alarm_chest_breath: the safety net asks about that sign;
                                           #  asks: alarm_screen: the last safety question before the advice)
        level: zelfzorg                    # the advice of this turn has this level
    result:                                # the last advice of the conversation
      level: zelfzorg
      flags: [load_pain]                   # exactly these red flags (ids of the spec)
      flags_present: [load_pain]           # at least these
      flags_absent: [smoking]              # none of these
      payload:                             # fields of the triage payload, dotted
        answers.complaint_weeks: 0.43
        region: NL

Every turn may carry the checks `asks`, `says`, `not_says`, `level`, `flags`, `flags_present`,
`flags_absent` and `payload`; `result` takes the same checks except `asks`, `says` and `not_says`.
A turn without checks only has to be answered."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

import yaml

from bot.content import REGIONS, SLOTS, load
from bot.triage import LEVELS

NO_QUESTION = "none"
ALARM_FLAGS = tuple(t["flag"] for t in load("alarm_net")["topics"]) + (load("alarm_net")["screen"]["id"],)  # asks: an alarm question
TURN_CHECKS = ("asks", "says", "not_says", "level", "flags", "flags_present", "flags_absent", "payload")
RESULT_CHECKS = ("level", "flags", "flags_present", "flags_absent", "payload")


class ScriptError(ValueError):
    """A script that cannot be run, with the file and the place of the mistake."""


@dataclass
class Turn:
    user: str
    checks: Dict[str, Any] = field(default_factory=dict)


@dataclass
class Script:
    name: str
    path: Path
    region: Optional[str]
    turns: List[Turn]
    result: Dict[str, Any]

    @property
    def levels(self) -> List[str]:
        """The levels this script expects, in order (per turn, then the result)."""
        found = [t.checks["level"] for t in self.turns if "level" in t.checks]
        return found + ([self.result["level"]] if "level" in self.result else [])


def flag_ids() -> List[str]:
    return list(load("flags")["flags"])


def _texts(value: Any, where: str) -> List[str]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not values or not all(isinstance(v, str) and v for v in values):
        raise ScriptError(f"{where}: give a text or a list of texts")
    return values


def _flags(value: Any, where: str) -> List[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ScriptError(f"{where}: give a list of red-flag ids, e.g. [load_pain]")
    known = flag_ids()
    for flag in value:
        if flag.split(":")[0] not in known:
            raise ScriptError(f"{where}: {flag!r} is not a red flag of the spec ({', '.join(known)})")
    return value


def _checks(raw: Any, allowed: tuple, where: str) -> Dict[str, Any]:
    if not isinstance(raw, dict):
        raise ScriptError(f"{where}: expected a mapping")
    unknown = set(raw) - set(allowed)
    if unknown:
        raise ScriptError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; "
                          f"allowed: {', '.join(allowed)}")
    checks: Dict[str, Any] = {}
    for key, value in raw.items():
        place = f"{where}.{key}"
        if key == "asks":
            value = NO_QUESTION if value is None else value
            if value != NO_QUESTION and value not in SLOTS and value not in ALARM_FLAGS:
                raise ScriptError(f"{place}: {value!r} is not a questionnaire slot ({', '.join(SLOTS)}), "
                                  f"an alarm flag being confirmed ({', '.join(ALARM_FLAGS)}) or '{NO_QUESTION}'")
        elif key in ("says", "not_says"):
            value = _texts(value, place)
        elif key == "level":
            if value not in LEVELS:
                raise ScriptError(f"{place}: {value!r} is not a level ({', '.join(LEVELS)})")
        elif key.startswith("flags"):
            value = _flags(value, place)
        elif key == "payload":
            if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
                raise ScriptError(f"{place}: give dotted field names with their values")
        checks[key] = value
    return checks


def parse(data: Any, path: Path) -> Script:
    where = path.name
    if not isinstance(data, dict) or not isinstance(data.get("turns"), list) or not data["turns"]:
        raise ScriptError(f"{where}: a script needs a list of turns")
    unknown = set(data) - {"name", "region", "turns", "result"}
    if unknown:
        raise ScriptError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    region = data.get("region")
    if region is not None and region not in REGIONS:
        raise ScriptError(f"{where}: region must be one of {', '.join(REGIONS)}")
    turns = []
    for index, raw in enumerate(data["turns"], 1):
        place = f"{where}: turn {index}"
        if not isinstance(raw, dict) or "user" not in raw:
            raise ScriptError(f"{place}: every turn needs `user:` with the user's message")
        user = "" if raw["user"] is None else raw["user"]
        if not isinstance(user, (str, int, float)):
            raise ScriptError(f"{place}: `user:` must be a text")
        turns.append(Turn(str(user), _checks({k: v for k, v in raw.items() if k != "user"},
                                             TURN_CHECKS, place)))
    result = _checks(data.get("result") or {}, RESULT_CHECKS, f"{where}: result")
    return Script(str(data.get("name") or path.stem), path, region, turns, result)


def load_script(path: Path) -> Script:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ScriptError(f"{path.name}: not valid YAML: {error}") from error
    return parse(data, path)


def dump(script: Script) -> str:
    """The script as YAML, in the order a tester reads it."""
    data: Dict[str, Any] = {"name": script.name}
    if script.region:
        data["region"] = script.region
    data["turns"] = [{"user": t.user, **t.checks} for t in script.turns]
    if script.result:
        data["result"] = script.result
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
