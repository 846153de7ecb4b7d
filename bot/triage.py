"""Red flags, score and level exactly per ../shared/spec/triage.md sections 3 and 4."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Optional

from bot.content import UNKNOWN, flags as flag_table

LEVELS = ("spoed", "buiten_scope", "huisarts_mri", "huisarts", "zelfzorg")  # decision-rule order
ALARM_PREFIX = "alarm_"


@dataclass
class TriageResult:
    level: str
    score: int
    flags: List[str]


def _true(answers: Dict[str, Any], slot: str) -> bool:
    return answers.get(slot) is True


def weight(flag_id: str) -> int:
    table = flag_table()["flags"]
    key = "risk_condition" if flag_id.startswith("risk_condition:") else flag_id
    return int(table[key]["weight"])


def red_flags(answers: Dict[str, Any], alarms: Iterable[str] = ()) -> List[str]:
    """Flag ids raised by the answers plus the alarm flags recognised in free text, in spec order."""
    table = flag_table()
    raised: List[str] = []

    def add(flag_id: str) -> None:
        if flag_id not in raised:
            raised.append(flag_id)

    alarms = set(alarms)  # alarm flags recognised in free text, at any turn
    if _true(answers, "post_op_alarm") or "alarm_post_op" in alarms:
        add("alarm_post_op")
    if "alarm_chest_breath" in alarms:
        add("alarm_chest_breath")
    if _true(answers, "acute_trauma") or "alarm_acute_trauma" in alarms:
        add("alarm_acute_trauma")
    if "alarm_fever_hot_joint" in alarms:
        add("alarm_fever_hot_joint")
    for slot in ("rest_night_pain", "function_loss", "load_pain"):
        if _true(answers, slot):
            add(slot)
    weeks = answers.get("complaint_weeks")
    if isinstance(weeks, (int, float)) and not isinstance(weeks, bool) and weeks >= table["long_duration_weeks"]:
        add("long_duration")
    if _true(answers, "steroid_use"):
        add("corticosteroids")
    if _true(answers, "alcohol_use"):
        add("alcohol")
    if _true(answers, "hip_trauma_history"):
        add("hip_trauma_history")
    conditions = answers.get("risk_conditions")
    if isinstance(conditions, list):
        for name in conditions:
            add(f"risk_condition:{name}")
    if _true(answers, "smoking"):
        add("smoking")
    if answers.get("xray_result") == "normaal" and answers.get("hip_complaint") is True:
        add("normal_xray")  # "while complaints persist": a hip complaint is present
    if _true(answers, "known_avn"):
        add("known_avn")
    return raised


def score(flag_ids: Iterable[str]) -> int:
    return sum(weight(f) for f in flag_ids)


def level(answers: Dict[str, Any], flag_ids: List[str]) -> str:
    """Decision rules, first match wins. Unknown answers never raise the level."""
    table = flag_table()
    if any(f.startswith(ALARM_PREFIX) for f in flag_ids):
        return "spoed"
    if answers.get("hip_complaint") is False:
        return "buiten_scope"
    mri = table["mri_flags"]
    if any(f == m or (m.endswith(":") and f.startswith(m)) for f in flag_ids for m in mri):
        return "huisarts_mri"
    weeks = answers.get("complaint_weeks")
    if isinstance(weeks, (int, float)) and not isinstance(weeks, bool):
        if weeks >= table["huisarts_weeks"]:
            return "huisarts"
    elif weeks == UNKNOWN and "load_pain" in flag_ids:
        return "huisarts"
    return "zelfzorg"


def triage(answers: Dict[str, Any], alarms: Iterable[str] = ()) -> TriageResult:
    flag_ids = red_flags(answers, alarms)
    return TriageResult(level=level(answers, flag_ids), score=score(flag_ids), flags=flag_ids)


def unknown_slots(answers: Dict[str, Any]) -> List[str]:
    return [slot for slot, value in answers.items() if value == UNKNOWN]


def label(flag_id: str) -> str:
    table = flag_table()
    if flag_id.startswith("risk_condition:"):
        name = flag_id.split(":", 1)[1]
        return table["risk_conditions"].get(name, name)
    return table["flags"][flag_id]["label"]


def source(flag_id: str) -> str:
    """Document title + section, e.g. 'Avasculaire necrose (AVN) (ZAS Antwerpen, 2025), "Wanneer contact opnemen?"'."""
    table = flag_table()
    key = "risk_condition" if flag_id.startswith("risk_condition:") else flag_id
    parts = [f'{table["documents"][doc]}, "{section}"' for doc, section in table["flags"][key]["sources"]]
    return "; ".join(parts)


def flag_details(flag_ids: Iterable[str]) -> List[Dict[str, Optional[str]]]:
    return [{"id": f, "label": label(f), "source": source(f)} for f in flag_ids]
