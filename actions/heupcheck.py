"""Rasa SDK adapters: each action reads the state from the tracker, lets bot/ decide, and writes
the result back. No medical rule or Dutch text lives here."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import answer_model
from bot.check_record import check_record, check_round
from bot.dialogue import CheckState, advice_messages, after_check, handle, text_of
from bot.safety import guard
from actions.check_store import save_check
from actions.tracker_state import dispatch, latest_input, read_state, state_events

answer_model.models()  # trained once when the action server starts (about 2 s), not on a patient's first answer

log = logging.getLogger(__name__)

FORM = "heupcheck_form"


def reset_events(state: CheckState) -> List[EventType]:
    return state_events(state) + [SlotSet("triage_level", None), SlotSet("triage_score", None),
                                  SlotSet("red_flags", None), SlotSet("requested_slot", None)]


class ActionStartCheck(Action):
    """First message of a conversation: the greeting with the disclaimer, then the form starts."""

    def name(self) -> Text:
        return "action_start_check"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        dispatcher.utter_message(text=guard(text_of("greeting")))
        return []


class ValidateHeupcheckForm(Action):
    """The whole questionnaire turn: facts from the message, alarms, corrections, back, restart,
    rephrasing and the next question, from bot.dialogue.handle. Setting requested_slot to None
    ends the form (all asked, or an alarm)."""

    def name(self) -> Text:
        return f"validate_{FORM}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        text, problem = latest_input(tracker)
        turn = handle(read_state(tracker), text, problem=problem)
        dispatch(dispatcher, turn.messages)
        events = state_events(turn.state, None if turn.restarted else tracker)
        return events + [SlotSet("requested_slot", turn.state.requested)]


class ActionGiveAdvice(Action):
    """The advice of the finished check, the triage payload (spec section 7) and result slots."""

    def name(self) -> Text:
        return "action_give_advice"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        return give_advice(dispatcher, read_state(tracker), tracker)


def store_check(tracker: Tracker, payload: Dict[str, Any]) -> None:
    """Store the completed check for the triage desk. A database failure must not cost the
    patient the advice: it is logged (without the patient's text) and the advice goes out."""
    number, started = check_round(tracker.events)
    try:
        save_check(check_record(tracker.sender_id, number, started, payload))
    except Exception as error:  # noqa: BLE001 - any store failure
        log.error("storing check %s:%s for the desk failed: %s", tracker.sender_id, number,
                  type(error).__name__)


def give_advice(dispatcher: CollectingDispatcher, state: CheckState,
                tracker: Tracker) -> List[EventType]:
    result = advice_messages(state)
    store_check(tracker, result["payload"])
    for text in result["texts"]:
        dispatcher.utter_message(text=text)
    dispatcher.utter_message(json_message=result["payload"])
    return [SlotSet("triage_level", result["level"]), SlotSet("triage_score", result["score"]),
            SlotSet("red_flags", result["flags"]), SlotSet("requested_slot", None)]


class ActionContinueCheck(Action):
    """Any message outside the form: after the advice (restart, a correction with new advice, or a
    reminder), or - when no check is running or finished - resume the form."""

    def name(self) -> Text:
        return "action_continue_check"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        state = read_state(tracker)
        if tracker.get_slot("triage_level") is None:
            return [FollowupAction(FORM)]
        text, problem = latest_input(tracker)
        turn = after_check(state, text, problem=problem)
        dispatch(dispatcher, turn.messages)
        if turn.restarted:
            return reset_events(turn.state) + [FollowupAction(FORM)]
        events = state_events(turn.state, tracker)
        if turn.finished:
            dispatcher.utter_message(text=guard(text_of("updated_advice")))
            events += give_advice(dispatcher, turn.state, tracker)
        return events
