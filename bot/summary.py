"""A short summary of the answers, in words, that the user can show the GP."""
from __future__ import annotations

from typing import Any, Dict, List

from bot.content import UNKNOWN, flags as flag_table, question, SLOTS


def describe(slot: str, value: Any) -> str:
    if value == UNKNOWN:
        return "weet ik niet"
    if slot == "complaint_weeks":
        return weeks_in_words(float(value))
    if slot == "risk_conditions":
        names = flag_table()["risk_conditions"]
        return ", ".join(names.get(v, v) for v in value) if value else "geen"
    if slot == "xray_result":
        return {"geen": "niet gemaakt", "normaal": "normaal", "afwijkend": "afwijkend"}.get(value, str(value))
    return "ja" if value is True else "nee"


def weeks_in_words(weeks: float) -> str:
    if weeks < 1:
        days = round(weeks * 7)
        return "minder dan een dag" if days < 1 else f"{days} dag{'en' if days != 1 else ''}"
    if weeks < 9:
        return f"ongeveer {round(weeks)} {'week' if round(weeks) == 1 else 'weken'}"
    if weeks < 104:
        return f"ongeveer {round(weeks / 4.35)} maanden"
    return f"ongeveer {round(weeks / 52)} jaar"


def summary_items(answers: Dict[str, Any]) -> List[Dict[str, str]]:
    """One item per answered slot, in questionnaire order; skipped slots are left out."""
    return [{"slot": slot, "question": question(slot)["summary"], "answer": describe(slot, answers[slot])}
            for slot in SLOTS if answers.get(slot) is not None]


def all_answer_items(answers: Dict[str, Any]) -> List[Dict[str, str]]:
    """Every slot in questionnaire order, for the triage desk: skipped ones as "niet gevraagd"."""
    return [{"slot": slot, "question": question(slot)["summary"],
             "answer": "niet gevraagd" if answers.get(slot) is None else describe(slot, answers[slot])}
            for slot in SLOTS]
