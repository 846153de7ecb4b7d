"""Question order and skip rules (bot/data/questions.yml): which slot to ask next."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from bot.content import UNKNOWN, load, question, questions


def applies(slot: str, answers: Dict[str, Any]) -> bool:
    """A slot applies when its condition holds. An unknown ("onbekend") condition counts as holding:
    when it is unclear whether there is a hip complaint or a recent operation, asking on is safer."""
    for condition_slot, wanted in (question(slot).get("only_if") or {}).items():
        value = answers.get(condition_slot)
        if value != wanted and value != UNKNOWN:
            return False
    return True


def next_slot(answers: Dict[str, Any]) -> Optional[str]:
    for q in questions():
        slot = q["slot"]
        if answers.get(slot) is None and applies(slot, answers):
            return slot
    return None


def skipped(answers: Dict[str, Any]) -> List[str]:
    return [q["slot"] for q in questions() if not applies(q["slot"], answers)]


def first_slot() -> str:
    return questions()[0]["slot"]


def yes_no_buttons() -> List[Dict[str, str]]:
    return load("questions")["yes_no_buttons"]


def buttons(slot: str) -> List[Dict[str, str]]:
    q = question(slot)
    if "buttons" in q:
        return q["buttons"]
    if q["kind"] == "yesno":
        return yes_no_buttons()
    if q["kind"] == "conditions":
        return load("questions")["conditions_buttons"]
    return []
