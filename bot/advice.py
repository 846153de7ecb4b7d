"""Composes the advice of spec section 5 and the machine-readable triage result of section 7."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List

from bot.content import REGIONS, SLOTS, SPEC_VERSION, advice as advice_texts, question, strings_in
from bot.summary import summary_items
from bot.triage import flag_details, triage, unknown_slots

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
    card = advice_card(result.level, result.flags, answers, region, other_person)
    payload = {
        "triage": {
            "level": result.level,
            "score": result.score,
            "flags": card["reasons"],
            "answers": answers,
            "unknown": unknown_slots(answers),
            "region": region,
            "spec_version": SPEC_VERSION,
        },
        "advice": card,
    }
    return Advice(level=result.level, score=result.score, flags=result.flags,
                  texts=card["texts"], payload=payload)


def advice_card(level: str, flag_ids: List[str], answers: Dict[str, Any], region: str,
                other_person: bool) -> Dict[str, Any]:
    """The advice in parts (spec section 5), for clients that show it as a card or print it, and
    the same advice as the plain chat texts (`texts`) that every client receives."""
    content = advice_texts()
    notes = content["notes"]
    level_texts = content["levels"][level]
    in_scope = level != "buiten_scope"
    unknown = unknown_slots(answers) if in_scope else []
    card: Dict[str, Any] = {
        "level": level,
        "label": level_texts["label"],
        "title": level_texts["title"],
        "action": level_texts[region],
        "phones": content["phones"][region],
        "reasons": flag_details(flag_ids),
        "why_none": notes["why_none"] if in_scope and not flag_ids else None,
        "notes": [notes[key] for key, applies in (
            ("mri", level == "huisarts_mri" or "normal_xray" in flag_ids),
            ("steroid", answers.get("steroid_use") is True),
            ("alcohol", answers.get("alcohol_use") is True),
            ("smoking", answers.get("smoking") is True)) if in_scope and applies],
        "unknown": [question(slot)["unknown"] for slot in unknown],
        "summary": summary_items(answers) if in_scope else [],
        "warning_signs": notes["warning_signs"][region]
        if level in ("zelfzorg", "huisarts", "huisarts_mri") else None,
        "other_person": notes["other_person"] if level == "buiten_scope" and other_person else None,
        "disclaimer": notes["disclaimer"],
    }
    card["texts"] = card_texts(card, notes)
    return card


def card_texts(card: Dict[str, Any], notes: Dict[str, Any]) -> List[str]:
    texts: List[str] = []
    if card["other_person"]:
        texts.append(card["other_person"])
    texts.append(f"Advies: {card['title']}. {card['action']}")
    if card["level"] != "buiten_scope":
        if card["reasons"]:
            reasons = "\n".join(f"- {d['label']} (bron: {d['source']})" for d in card["reasons"])
            texts.append(f"{notes['why_intro']}\n{reasons}")
        else:
            texts.append(f"{notes['why_intro']} {card['why_none']}")
        texts.extend(card["notes"])
        if card["unknown"]:
            texts.append(f"{notes['unknown_intro']}\n" + "\n".join(f"- {h}" for h in card["unknown"]))
        if card["summary"]:
            texts.append(f"{notes['summary_intro']}\n"
                         + "\n".join(f"- {i['question']}: {i['answer']}" for i in card["summary"]))
        if card["warning_signs"]:
            texts.append(card["warning_signs"])
    texts.append(card["disclaimer"])
    return texts


def all_static_texts() -> List[str]:
    """Every fixed text of the advice data, for the safety-guard test."""
    return list(strings_in(advice_texts()))
