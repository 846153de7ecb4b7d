"""The full transcript of a conversation, read from the Rasa tracker store's `events` table in
the same database, with personal identifiers in the user's free text masked (desk.masking).
Bot texts are the project's fixed texts and are shown as sent."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any, Dict, List

from django.db import connection

from desk.masking import mask

BAD_INPUT = {"too_long": "te lang bericht (niet gelezen)", "empty": "leeg bericht"}


def _has_events() -> bool:
    """False until the tracker store has written anything (it creates its table then)."""
    return "events" in connection.introspection.table_names()


def _events(conversation_id: str) -> List[Dict[str, Any]]:
    if not _has_events():
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT type_name, timestamp, data FROM events WHERE sender_id = %s "
                       "AND type_name IN ('user', 'bot') ORDER BY id", [conversation_id])
        return [{"type": t, "timestamp": ts, "data": json.loads(data or "{}")}
                for t, ts, data in cursor.fetchall()]


def _user_text(data: Dict[str, Any]) -> str:
    text = data.get("text") or ""
    if text.startswith("/bad_input"):
        problem = text[len("/bad_input"):]
        try:
            problem = json.loads(problem).get("problem", "")
        except ValueError:
            problem = ""
        return f"({BAD_INPUT.get(problem, 'onleesbaar bericht')})"
    return mask(text)


def transcript(conversation_id: str) -> List[Dict[str, Any]]:
    """[{"who": "patiënt"|"Heupcheck", "at": aware datetime, "text": str}] in order."""
    lines = []
    for event in _events(conversation_id):
        data = event["data"]
        if event["type"] == "user":
            text = _user_text(data)
        elif data.get("text"):
            text = data["text"]
        elif (data.get("data") or {}).get("custom"):
            text = "(advies als gegevens verstuurd; zie Advies hierboven)"
        else:
            continue
        lines.append({"who": "patiënt" if event["type"] == "user" else "Heupcheck",
                      "at": dt.datetime.fromtimestamp(event["timestamp"] or 0, dt.timezone.utc),
                      "text": text})
    return lines


def delete_events(conversation_ids: List[str]) -> int:
    if not conversation_ids or not _has_events():
        return 0
    deleted = 0
    with connection.cursor() as cursor:
        for start in range(0, len(conversation_ids), 500):
            chunk = conversation_ids[start:start + 500]
            cursor.execute(f"DELETE FROM events WHERE sender_id IN ({', '.join(['%s'] * len(chunk))})", chunk)
            deleted += cursor.rowcount
    return deleted


def stale_conversations(cutoff: dt.datetime) -> List[str]:
    """Conversations whose last event is older than the cutoff."""
    if not _has_events():
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT sender_id FROM events GROUP BY sender_id HAVING MAX(timestamp) < %s",
                       [cutoff.timestamp()])
        return [row[0] for row in cursor.fetchall()]
