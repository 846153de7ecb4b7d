"""How the patient runner talks to Heupcheck: over the REST channel of a running bot (what counts),
or straight to the dialogue core in this process (`--core`: the same bot/ decisions without Rasa,
for a quick measurement while changing bot/; the property test drives the core the same way)."""
from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Dict, List, Optional, Tuple

from bot.dialogue import CheckState, advice_messages, after_check, handle, text_of
from tools.servers import RestClient


def _advice_replies(state: CheckState) -> List[Dict[str, Any]]:
    result = advice_messages(state)
    return [{"text": t} for t in result["texts"]] + [{"custom": result["payload"]}]


class RestConversation:
    """One conversation with a running bot: each message over the REST channel, and the question
    being asked (requested_slot, and alarm_check while an alarm sign is being confirmed) from the
    tracker API."""

    def __init__(self, client: RestClient, region: Optional[str], name: str):
        self.client = client
        self.sender = f"persona-{name}-{uuid.uuid4().hex[:8]}"
        self.metadata = {"region": region} if region else None

    def send(self, text: str) -> List[Dict[str, Any]]:
        return self.client.send(self.sender, text, self.metadata)

    def asked(self) -> Tuple[Optional[str], Optional[str]]:
        slots = self.client.tracker(self.sender)["slots"]
        return slots.get("requested_slot"), slots.get("alarm_check")

    def answers(self) -> Dict[str, Any]:
        return self.client.tracker(self.sender)["slots"]


class CoreConversation:
    """The same routing as the Rasa rules and actions (greeting, form turns, advice, messages after
    the advice) over bot.dialogue, in this process."""

    def __init__(self, region: Optional[str], today: Optional[dt.date] = None):
        self.state = CheckState()
        if region:
            self.state.fix_region(region)
        self.today = today
        self.started = False
        self.advised = False

    def send(self, text: str) -> List[Dict[str, Any]]:
        replies: List[Dict[str, Any]] = []
        if not self.started:
            self.started = True
            replies.append({"text": text_of("greeting")})
        if self.advised:
            turn = after_check(self.state, text, self.today)
            self.state = turn.state
            replies += turn.messages
            if turn.restarted:  # as in Rasa: the form starts again on the same message
                self.advised = False
                turn = handle(self.state, text, self.today)
                self.state = turn.state
                replies += turn.messages
            elif turn.finished:
                replies.append({"text": text_of("updated_advice")})
                return replies + _advice_replies(self.state)
            return replies
        turn = handle(self.state, text, self.today)
        self.state = turn.state
        replies += turn.messages
        if turn.finished:
            self.advised = True
            replies += _advice_replies(self.state)
        return replies

    def asked(self) -> Tuple[Optional[str], Optional[str]]:
        return self.state.requested, getattr(self.state, "alarm_check", None)

    def answers(self) -> Dict[str, Any]:
        return dict(self.state.answers)
