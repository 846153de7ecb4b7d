"""The rasa_sdk adapters, run with real rasa_sdk Trackers and dispatchers."""
import asyncio

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.heupcheck import (ActionContinueCheck, ActionGiveAdvice, ActionStartCheck,
                               ValidateHeupcheckForm)
from bot.content import SLOTS


def tracker(text, slots=None, intent="inform", entities=None, metadata=None):
    values = {slot: None for slot in SLOTS}
    values.update({"requested_slot": None, "alarm_flags": [], "region": "NL", "check_state": None,
                   "triage_level": None, "triage_score": None, "red_flags": None})
    values.update(slots or {})
    return Tracker(sender_id="test", slots=values,
                   latest_message={"text": text, "intent": {"name": intent, "confidence": 1.0},
                                   "entities": entities or [], "metadata": metadata},
                   events=[], paused=False, followup_action=None,
                   active_loop={"name": "heupcheck_form"}, latest_action_name="action_listen")


def run(action, tr):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tr, {}))
    return dispatcher.messages, {e["name"]: e["value"] for e in events if e["event"] == "slot"}, events


def test_start_check_greets_with_the_disclaimer():
    messages, _, _ = run(ActionStartCheck(), tracker("hallo"))
    assert "geen diagnose" in messages[0]["text"] and "112" in messages[0]["text"]


def test_validation_fills_several_slots_and_requests_the_next():
    messages, slots, _ = run(ValidateHeupcheckForm(), tracker(
        "al maanden liespijn, vooral 's nachts, en ik slik prednison"))
    assert slots["hip_complaint"] is True and slots["rest_night_pain"] is True
    assert slots["steroid_use"] is True and slots["complaint_weeks"] == 13.0
    assert slots["requested_slot"] == "acute_trauma"
    assert messages[-1]["buttons"][0]["payload"] == "Ja"


def test_validation_always_sets_a_slot_so_the_form_never_rejects():
    _, slots, _ = run(ValidateHeupcheckForm(), tracker("blabla", {"requested_slot": "smoking",
                                                                 "hip_complaint": True}))
    # every ask counts (issue 11): the question asked now, the first open one, is on record
    assert "check_state" in slots and slots["check_state"]["attempts"] == {"acute_trauma": 1}
    assert slots["requested_slot"] == "acute_trauma"


def test_validation_ends_the_form_on_an_alarm():
    _, slots, _ = run(ValidateHeupcheckForm(), tracker("ik heb pijn op de borst",
                                                       {"requested_slot": "load_pain", "hip_complaint": True}))
    assert slots["requested_slot"] is None and slots["alarm_flags"] == ["alarm_chest_breath"]


def test_bad_input_from_the_channel_is_answered_without_nlu_text():
    messages, slots, _ = run(ValidateHeupcheckForm(), tracker(
        '/bad_input{"problem": "too_long"}', {"requested_slot": "acute_trauma", "hip_complaint": True},
        intent="bad_input", entities=[{"entity": "problem", "value": "too_long"}]))
    assert "te lang" in messages[0]["text"] and slots["requested_slot"] == "acute_trauma"


def test_give_advice_sets_result_slots_and_the_triage_payload():
    answers = {"hip_complaint": True, "complaint_weeks": 12.0, "steroid_use": True, "xray_result": "onbekend"}
    messages, slots, _ = run(ActionGiveAdvice(), tracker("nee", answers))
    payload = next(m["custom"] for m in messages if m.get("custom"))["triage"]
    assert slots["triage_level"] == payload["level"] == "huisarts_mri"
    assert slots["triage_score"] == payload["score"] == 3 + 1
    assert slots["red_flags"] == ["long_duration", "corticosteroids"]
    assert payload["flags"][1]["id"] == "corticosteroids" and payload["flags"][1]["source"]
    assert payload["unknown"] == ["xray_result"] and payload["spec_version"] == "1"
    assert payload["answers"]["complaint_weeks"] == 12.0


def test_continue_check_resumes_the_form_when_no_check_finished():
    _, _, events = run(ActionContinueCheck(), tracker("hallo"))
    assert events == [FollowupAction("heupcheck_form")]


def test_continue_check_restarts_after_the_advice():
    _, slots, events = run(ActionContinueCheck(), tracker(
        "opnieuw beginnen", {"hip_complaint": False, "triage_level": "buiten_scope"}))
    assert slots["hip_complaint"] is None and slots["triage_level"] is None
    assert events[-1] == FollowupAction("heupcheck_form")


def test_continue_check_gives_new_advice_after_a_correction():
    messages, slots, _ = run(ActionContinueCheck(), tracker(
        "sorry, ik heb toch pijn op de borst", {"hip_complaint": True, "triage_level": "zelfzorg",
                                                 "complaint_weeks": 1.0}))
    assert slots["triage_level"] == "spoed"
    assert any(m.get("custom") for m in messages)


def test_region_from_the_web_chat_gives_belgian_numbers_and_stays():
    messages, slots, _ = run(ValidateHeupcheckForm(), tracker(
        "ik ben gevallen en kan niet op mijn been staan", metadata={"region": "BE"}))
    assert slots["region"] == "BE" and slots["check_state"]["region_fixed"] is True
    messages, _, _ = run(ActionGiveAdvice(), tracker("", slots=slots))
    card = next(m["custom"] for m in messages if m.get("custom"))["advice"]
    assert card["level"] == "spoed" and "1733" in card["action"]
    assert [p["number"] for p in card["phones"]] == ["1733", "112"]


def test_a_configured_nl_region_is_not_changed_by_flemish_words():
    _, slots, _ = run(ValidateHeupcheckForm(), tracker(
        "'k heb pijn aan mijne heup, 'k ga naar de huisdokter", metadata={"region": "NL"}))
    assert "region" not in slots and slots["check_state"]["region_fixed"] is True  # stays NL
    _, later, _ = run(ValidateHeupcheckForm(), tracker("neen, 'k ben ni gevallen", slots=slots))
    assert "region" not in later
    _, unfixed, _ = run(ValidateHeupcheckForm(), tracker(
        "'k heb pijn aan mijne heup, 'k ga naar de huisdokter"))
    assert unfixed["region"] == "BE"  # the same words without a configured region
