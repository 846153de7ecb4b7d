"""Composes the advice of spec section 5 and the machine-readable triage result of section 7."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List

from bot.content import SPEC_VERSION, advice as advice_texts, question, SLOTS
from bot.summary import summary_lines
from bot.triage import flag_details, triage, unknown_slots

REGIONS = ("NL", "BE")


@dataclass
class Advice:
    level: str
    score: int
    flags: List[str]
    texts: List[str] = field(default_factory=list)
    payload: Dict[str, Any] = field(default_factory=dict)


def compose(answers: Dict[str, Any], alarms: Iterable[str] = (), region: str = "NL",
            other_person: bool = False) -> Advice:
    region = region if region in REGIONS else "NL"
    answers = {slot: answers.get(slot) for slot in SLOTS}
    result = triage(answers, alarms)
    content = advice_texts()
    notes = content["notes"]
    level_texts = content["levels"][result.level]
    details = flag_details(result.flags)

    texts: List[str] = []
    if result.level == "buiten_scope" and other_person:
        texts.append(notes["other_person"])
    texts.append(f"Advies: {level_texts['title']}. {level_texts[region]}")
    if result.level != "buiten_scope":
        if details:
            reasons = "\n".join(f"- {d['label']} (bron: {d['source']})" for d in details)
            texts.append(f"{notes['why_intro']}\n{reasons}")
        else:
            texts.append(f"{notes['why_intro']} {notes['why_none']}")
        if result.level == "huisarts_mri" or "normal_xray" in result.flags:
            texts.append(notes["mri"])
        if answers.get("steroid_use") is True:
            texts.append(notes["steroid"])
        if answers.get("alcohol_use") is True:
            texts.append(notes["alcohol"])
        if answers.get("smoking") is True:
            texts.append(notes["smoking"])
        unknown = unknown_slots(answers)
        if unknown:
            hints = "\n".join(f"- {question(slot)['unknown']}" for slot in unknown)
            texts.append(f"{notes['unknown_intro']}\n{hints}")
        lines = summary_lines(answers)
        if lines:
            texts.append(f"{notes['summary_intro']}\n" + "\n".join(lines))
        if result.level in ("zelfzorg", "huisarts", "huisarts_mri"):
            texts.append(notes["warning_signs"][region])
    texts.append(notes["disclaimer"])

    payload = {"triage": {
        "level": result.level,
        "score": result.score,
        "flags": details,
        "answers": answers,
        "unknown": unknown_slots(answers),
        "region": region,
        "spec_version": SPEC_VERSION,
    }}
    return Advice(level=result.level, score=result.score, flags=result.flags, texts=texts,
                  payload=payload)


def all_static_texts() -> List[str]:
    """Every fixed text of the advice data, for the safety-guard test."""
    content = advice_texts()
    found: List[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(content)
    return found
