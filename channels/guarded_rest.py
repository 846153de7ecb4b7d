"""Rasa's standard REST channel (POST /webhooks/rest/webhook) with an input guard in front of the
NLU pipeline: control characters are removed, and a message that is empty or longer than the cap
is replaced by an internal `/bad_input` intent, so it never reaches tokenizer or DIET (an unbounded
message can take gigabytes of memory there). Text that starts with "/" cannot trigger intents. Of the request's metadata only the region is kept."""
from __future__ import annotations

import json
from typing import Any, Dict, Optional, Text

from rasa.core.channels.rest import RestInput
from sanic.request import Request

from bot.input_check import MAX_MESSAGE_CHARS, client_region
from bot.text import strip_control
from channels import action_responses

action_responses.install()  # the Rasa server loads this module; see channels/action_responses.py


def guarded_text(raw: object) -> Text:
    if not isinstance(raw, str):
        raw = "" if raw is None else str(raw)
    if len(raw) > MAX_MESSAGE_CHARS:
        return "/bad_input" + json.dumps({"problem": "too_long"})
    text = strip_control(raw).strip().lstrip("/").strip()
    if not text:
        return "/bad_input" + json.dumps({"problem": "empty"})
    return text


class GuardedRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    def _extract_message(self, req: Request) -> Text:
        return guarded_text((req.json or {}).get("message"))

    def get_metadata(self, request: Request) -> Optional[Dict[Text, Any]]:
        return channel_metadata((request.json or {}).get("metadata"))


def channel_metadata(raw: object) -> Optional[Dict[Text, Any]]:
    """Only the region (NL or BE) that the clinic's web chat was configured with is kept; any
    other metadata a client sends is dropped, so nothing unchecked lands in the tracker store."""
    region = client_region(raw)
    return {"region": region} if region else None
