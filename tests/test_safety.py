"""The "never" list of the spec, checked mechanically over every text the bot can send."""
import itertools
from pathlib import Path

import pytest
import yaml

from bot.advice import all_static_texts, compose
from bot.content import SLOTS, load, messages, questions, strings_in
from bot import alarm_net
from bot.dialogue import CheckState, handle
from bot.safety import fallback, guard, violations

ROOT = Path(__file__).resolve().parent.parent


def static_texts():
    texts = list(all_static_texts())
    for value in messages().values():
        texts += [value] if isinstance(value, str) else [value["title"]]
    for q in questions():
        texts += [q["ask"], q["rephrase"], q["unknown"], q["summary"]]
        texts += [b["title"] for b in q.get("buttons", [])]
    texts += [t["ask"] for t in load("alarm_net")["topics"]]  # the safety net's confirmation questions
    texts += [alarm_net.screen()["ask"]]  # the last safety question, and each of its signs alone or after "ja"
    texts += [alarm_net.screen_ask(flag, alone) for flag in alarm_net.screen_flags() for alone in (True, False)]
    for key in ("yes_no_buttons", "conditions_buttons"):
        texts += [b["title"] for b in load("questions")[key]]
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    texts += [v["text"] for variants in domain["responses"].values() for v in variants]
    texts.append(fallback())
    return texts


def generated_advice_texts():
    """Advice for every level, both regions, each flag, unknowns and the other-person case."""
    base = {slot: None for slot in SLOTS}
    variants = [
        {"hip_complaint": False}, {"hip_complaint": True, "complaint_weeks": 1.0},
        {"hip_complaint": True, "complaint_weeks": 3.0, "load_pain": True, "smoking": True},
        {"hip_complaint": True, "complaint_weeks": 40.0, "steroid_use": True, "alcohol_use": True,
         "rest_night_pain": True, "function_loss": True, "hip_trauma_history": True,
         "risk_conditions": ["sikkelcelziekte", "stollingsstoornis", "auto_immuun", "kanker_behandeling",
                             "transplantatie", "nierziekte", "gaucher"],
         "xray_result": "normaal", "known_avn": True},
        {slot: "onbekend" for slot in SLOTS} | {"hip_complaint": True},
        {"hip_complaint": True, "acute_trauma": True},
        {"hip_complaint": True, "recent_hip_surgery": True, "post_op_alarm": True},
    ]
    alarm_sets = [[], ["alarm_chest_breath"], ["alarm_fever_hot_joint"]]
    for answers, alarms, region, other in itertools.product(variants, alarm_sets, ("NL", "BE"), (False, True)):
        advice = compose({**base, **answers}, alarms, region, other)
        yield from advice.texts
        yield from strings_in(advice.payload["advice"])  # what card-showing clients display


@pytest.mark.parametrize("text", static_texts())
def test_every_static_text_is_safe(text):
    assert violations(text) == []


def test_every_generated_advice_text_is_safe():
    bad = [(t, violations(t)) for t in set(generated_advice_texts()) if violations(t)]
    assert bad == []


def test_the_advice_card_is_guarded_string_by_string(monkeypatch):
    from bot import dialogue
    monkeypatch.setattr(dialogue, "compose", lambda *a: _with_unsafe_reason(compose(*a)))
    state = CheckState(answers={slot: None for slot in SLOTS} | {"hip_complaint": True, "complaint_weeks": 1.0})
    card = dialogue.advice_messages(state)["payload"]["advice"]
    assert card["reasons"][0]["label"] == fallback() and card["title"] != fallback()


def _with_unsafe_reason(advice):
    advice.payload["advice"]["reasons"] = [{"id": "x", "label": "Je hebt waarschijnlijk AVN", "source": "-"}]
    return advice


def test_dialogue_messages_are_guarded():
    state = CheckState()
    for message in ["hallo", "ja", "heb ik AVN?", "blabla", "xyzzy qwrtp", "terug", "opnieuw beginnen", ""]:
        turn = handle(state, message)
        state = turn.state
        for sent in turn.messages:
            assert violations(sent["text"]) == []


@pytest.mark.parametrize("text,category", [
    ("Je hebt waarschijnlijk AVN.", "diagnosis"),
    ("Het is vermoedelijk artrose.", "diagnosis"),
    ("Dit wijst op botnecrose.", "diagnosis"),
    ("De kans op een breuk is 30%.", "diagnosis"),
    ("U heeft een fractuur.", "diagnosis"),
    ("Stop met je prednison.", "medication"),
    ("Begin met ibuprofen.", "medication"),
    ("Neem 2 tabletten van 500 mg.", "medication"),
    ("Verlaag de dosis van je medicijnen.", "medication"),
    ("Er is niets aan de hand.", "reassurance"),
    ("Maak je geen zorgen, het gaat vanzelf over.", "reassurance"),
    ("Het is vast niet ernstig.", "reassurance"),
])
def test_guard_blocks_what_the_spec_forbids(text, category):
    assert category in violations(text)
    assert guard(text) == fallback()
