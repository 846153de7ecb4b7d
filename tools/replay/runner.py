"""Runs one conversation script against a running bot: each user turn goes over the REST channel,
the question asked next is read from the tracker API, and the checks are compared in order; the
first one that differs ends the script. Every text the bot sends must also pass the safety guard
(the spec's "never" list), whether or not the script asks for it."""
from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from bot.content import strings_in
from bot.safety import violations
from tools.replay.script import NO_QUESTION, Script
from tools.servers import RestClient, ServerFailure

MISSING = object()


@dataclass
class Outcome:
    script: Script
    sender: str
    difference: Optional[str] = None      # None: passed
    turns_run: int = 0
    seconds: float = 0.0
    transcript: List[str] = field(default_factory=list)
    levels: List[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.difference is None


class Difference(Exception):
    pass


def field_value(payload: Dict[str, Any], dotted: str) -> Any:
    value: Any = payload
    for part in dotted.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return MISSING
    return value


def texts_of(replies: List[Dict[str, Any]]) -> List[str]:
    """Every text the bot sent in these replies: messages, buttons and the advice card's strings."""
    return [text for reply in replies for text in strings_in(
        [reply.get("text"), [b.get("title") for b in reply.get("buttons") or []],
         (reply.get("custom") or {}).get("advice")])]


def triage_payloads(replies: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    return [r["custom"]["triage"] for r in replies if isinstance(r.get("custom"), dict) and "triage" in r["custom"]]


def check_result(checks: Dict[str, Any], payload: Optional[Dict[str, Any]], where: str) -> None:
    wanted = {k: v for k, v in checks.items() if k not in ("asks", "says", "not_says")}
    if not wanted:
        return
    if payload is None:
        raise Difference(f"{where}: expected advice (level {wanted.get('level', '?')}), but none was given")
    flags = {f["id"] for f in payload.get("flags", [])}
    if "level" in wanted and payload.get("level") != wanted["level"]:
        raise Difference(f"{where}: level: expected {wanted['level']}, got {payload.get('level')}")
    if "flags" in wanted and flags != set(wanted["flags"]):
        raise Difference(f"{where}: flags: expected {sorted(wanted['flags'])}, got {sorted(flags)}")
    missing = [f for f in wanted.get("flags_present", []) if f not in flags]
    if missing:
        raise Difference(f"{where}: flags: expected {missing} among {sorted(flags)}")
    extra = [f for f in wanted.get("flags_absent", []) if f in flags]
    if extra:
        raise Difference(f"{where}: flags: {extra} should be absent, got {sorted(flags)}")
    for dotted, expected in (wanted.get("payload") or {}).items():
        got = field_value(payload, dotted)
        if got is MISSING:
            raise Difference(f"{where}: payload.{dotted}: expected {expected!r}, the field is missing")
        if got != expected:
            raise Difference(f"{where}: payload.{dotted}: expected {expected!r}, got {got!r}")


def check_turn(client: RestClient, sender: str, checks: Dict[str, Any], replies: List[Dict[str, Any]],
               where: str) -> None:
    said = " | ".join(texts_of(replies))
    folded = said.casefold()
    for text in checks.get("says", []):
        if text.casefold() not in folded:
            raise Difference(f"{where}: says: {text!r} not in the replies: {said[:160]!r}")
    for text in checks.get("not_says", []):
        if text.casefold() in folded:
            raise Difference(f"{where}: not_says: {text!r} is in the replies: {said[:160]!r}")
    if "asks" in checks:
        slots = client.tracker(sender)["slots"]
        asked = slots.get("alarm_check") or slots.get("requested_slot") or NO_QUESTION
        if asked != checks["asks"]:
            raise Difference(f"{where}: asks: expected {checks['asks']}, got {asked}")
    payloads = triage_payloads(replies)
    check_result(checks, payloads[-1] if payloads else None, where)


def run(script: Script, client: RestClient) -> Outcome:
    outcome = Outcome(script, f"replay-{script.path.stem}-{uuid.uuid4().hex[:8]}")
    metadata = {"region": script.region} if script.region else None
    last_payload: Optional[Dict[str, Any]] = None
    start = time.perf_counter()
    where = "start"
    try:
        for index, turn in enumerate(script.turns, 1):
            where = f"turn {index} ({turn.user[:30]!r})"
            outcome.transcript.append(f"patiënt: {turn.user[:200]}")
            replies = client.send(outcome.sender, turn.user, metadata)
            outcome.turns_run = index
            texts = texts_of(replies)
            outcome.transcript += [f"Heupcheck: {r['text']}" for r in replies if r.get("text")]
            unsafe = [t for t in texts if violations(t)]
            if unsafe:
                raise Difference(f"{where}: unsafe text ({', '.join(violations(unsafe[0]))}): {unsafe[0][:120]!r}")
            payloads = triage_payloads(replies)
            if payloads:
                last_payload = payloads[-1]
                outcome.levels.append(last_payload["level"])
                outcome.transcript.append(f"Heupcheck: (advies, niveau {last_payload['level']})")
            check_turn(client, outcome.sender, turn.checks, replies, where)
        where = "result"
        check_result(script.result, last_payload, where)
        if last_payload is not None and script.result:
            slots = client.tracker(outcome.sender)["slots"]
            if slots.get("triage_level") != last_payload["level"]:
                raise Difference(f"result: the tracker's triage_level {slots.get('triage_level')} differs "
                                 f"from the advice's level {last_payload['level']}")
    except Difference as difference:
        outcome.difference = str(difference)
    except ServerFailure as failure:
        outcome.difference = f"{where}: {failure}"
    outcome.seconds = time.perf_counter() - start
    return outcome
