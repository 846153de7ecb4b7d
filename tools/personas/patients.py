"""Simulated patients (YAML): an opening message, what the patient says when each slot is asked and
the true value, an optional message after the advice, and the level and flags the spec's rules give.
The format is the one the blind-set writers get (README, "Simulated patients")."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

import yaml

from bot.content import SLOTS, flags
from bot.check_record import URGENCY

LEVELS = tuple(URGENCY)


class PatientError(Exception):
    pass


@dataclass
class Answer:
    says: str
    value: Any


@dataclass
class Patient:
    id: str
    source: Path
    region: Optional[str]
    opening: str
    answers: Dict[str, Answer]
    level: str
    flags: List[str]
    after_advice: Optional[str] = None
    today: Optional[dt.date] = None
    extra: Dict[str, Any] = field(default_factory=dict)

    @property
    def emergency(self) -> bool:
        return self.level == "spoed"


def _known_flag(flag_id: str) -> bool:
    return flag_id in flags()["flags"] or flag_id.startswith("risk_condition:")


def parse_patient(data: Dict[str, Any], source: Path, today: Optional[dt.date]) -> Patient:
    where = f"{source.name}: patient {data.get('id', '?')}"
    for key in ("id", "opening", "answers", "expect"):
        if key not in data:
            raise PatientError(f"{where}: '{key}' is missing")
    answers = {}
    for slot, answer in (data["answers"] or {}).items():
        if slot not in SLOTS:
            raise PatientError(f"{where}: unknown slot {slot!r}")
        if not isinstance(answer, dict) or "says" not in answer or "value" not in answer:
            raise PatientError(f"{where}: answers.{slot} needs 'says' and 'value'")
        if not isinstance(answer["says"], str):
            raise PatientError(f"{where}: answers.{slot}.says must be quoted text, got {answer['says']!r}")
        answers[slot] = Answer(str(answer["says"]), answer["value"])
    expect = data["expect"]
    level = expect.get("level")
    if level not in LEVELS:
        raise PatientError(f"{where}: unknown level {level!r}")
    unknown = [f for f in expect.get("flags") or [] if not _known_flag(f)]
    if unknown:
        raise PatientError(f"{where}: unknown flag ids {unknown}")
    return Patient(id=str(data["id"]), source=source, region=data.get("region"), opening=str(data["opening"]),
                   answers=answers, level=level, flags=list(expect.get("flags") or []),
                   after_advice=data.get("after_advice"), today=today)


def load_patients(path: Path) -> List[Patient]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    today = data.get("today")
    if isinstance(today, str):
        today = dt.date.fromisoformat(today)
    return [parse_patient(p, path, today) for p in data.get("patients") or []]
