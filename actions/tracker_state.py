"""Moves bot.dialogue.CheckState in and out of Rasa slots (the only place that knows both)."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from bot.content import SLOTS
from bot.dialogue import CheckState

BAD_INPUT_INTENT = "bad_input"


def read_state(tracker: Tracker) -> CheckState:
    state = CheckState.from_parts(
        answers={slot: tracker.get_slot(slot) for slot in SLOTS},
        requested=tracker.get_slot("requested_slot"),
        alarms=tracker.get_slot("alarm_flags"),
        region=tracker.get_slot("region"),
        bookkeeping=tracker.get_slot("check_state"),
        alarm_check=tracker.get_slot("alarm_check"),
    )
    region = ((tracker.latest_message or {}).get("metadata") or {}).get("region")
    if region:
        state.fix_region(region)
    return state


def state_events(state: CheckState, tracker: Optional[Tracker] = None) -> List[EventType]:
    """SlotSet events for every slot of the state (only changed ones when a tracker is given).
    check_state is always set, so the form never rejects a turn for "nothing extracted"."""
    values: Dict[str, Any] = {slot: state.answers.get(slot) for slot in SLOTS}
    values["alarm_flags"] = state.alarms
    values["region"] = state.region
    values["alarm_check"] = state.alarm_check
    events = [SlotSet(name, value) for name, value in values.items()
              if tracker is None or tracker.get_slot(name) != value]
    events.append(SlotSet("check_state", state.bookkeeping()))
    return events


def latest_input(tracker: Tracker) -> Tuple[str, Optional[str]]:
    """The user's latest text and, when the channel refused it before NLU, the problem code."""
    message = tracker.latest_message or {}
    if (message.get("intent") or {}).get("name") == BAD_INPUT_INTENT:
        problem = next((e.get("value") for e in message.get("entities") or []
                        if e.get("entity") == "problem"), "empty")
        return "", problem
    return message.get("text") or "", None


def dispatch(dispatcher, turn_messages: List[Dict[str, Any]]) -> None:
    for message in turn_messages:
        dispatcher.utter_message(text=message["text"], buttons=message.get("buttons") or [])
