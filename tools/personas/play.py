"""Plays one simulated patient: sends the opening, then answers whatever is asked (the scripted
answer for a slot, "ja"/"nee" to an alarm confirmation as the patient's expected flags say (to the
last safety question: "ja" when any of the flags it asks about is expected), "weet
ik niet" for a slot the patient has no answer for), sends the message after the advice, and
records what happened."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from bot.check_record import urgency_rank
from bot.content import SLOTS
from bot.alarm_net import screen_flags
from bot.dialogue import SAME_QUESTION, SCREEN
from bot.safety import violations
from tools.personas.patients import Patient
from tools.replay.runner import texts_of, triage_payloads
from tools.servers import ServerFailure

MAX_TURNS = 60          # a conversation this long is a loop
NO_ANSWER = "weet ik niet"


@dataclass
class Played:
    patient: Patient
    level: Optional[str] = None
    flags: List[str] = field(default_factory=list)
    answers: Dict[str, Any] = field(default_factory=dict)
    asked: List[str] = field(default_factory=list)          # every question, in order (slots and alarm flag ids)
    alarm_checks: int = 0
    unscripted: List[str] = field(default_factory=list)     # slots the patient had no answer for
    unsafe: List[str] = field(default_factory=list)
    error: Optional[str] = None
    looped: bool = False
    transcript: List[str] = field(default_factory=list)

    @property
    def exact(self) -> bool:
        return self.level == self.patient.level

    @property
    def under_triage(self) -> bool:
        return self.level is None or urgency_rank(self.level) > urgency_rank(self.patient.level)

    @property
    def over_triage(self) -> bool:
        return self.level is not None and urgency_rank(self.level) < urgency_rank(self.patient.level)

    @property
    def repeats(self) -> int:
        """Questions asked again (any earlier time in the conversation)."""
        return len(self.asked) - len(set(self.asked))

    @property
    def longest_run(self) -> int:
        """The most times one question was asked in a row (the safety net's fall and post-op
        questions count as the questionnaire's acute_trauma and post_op_alarm: they ask the same)."""
        asked = [SAME_QUESTION.get(q, q) for q in self.asked]
        best = run = 0
        for index, slot in enumerate(asked):
            run = run + 1 if index and asked[index - 1] == slot else 1
            best = max(best, run)
        return best

    def slot_results(self) -> Dict[str, bool]:
        """slot -> read right, for every slot with a scripted true value that the bot recorded, and
        (when the check did not end in an alarm) every scripted slot it should have recorded."""
        results = {}
        for slot, answer in self.patient.answers.items():
            got = self.answers.get(slot)
            if got is None and (self.level == "spoed" or self.level is None or self.level == "buiten_scope"):
                continue  # the questionnaire stopped before this slot, as it should
            results[slot] = same_value(answer.value, got)
        return results


def same_value(expected: Any, got: Any) -> bool:
    if isinstance(expected, bool) or isinstance(got, bool):
        return expected is got
    if isinstance(expected, (int, float)):
        return isinstance(got, (int, float)) and abs(got - expected) <= max(0.3, 0.25 * expected)
    if isinstance(expected, list):
        return isinstance(got, list) and sorted(got) == sorted(expected)
    return got == expected


def _reply_for(patient: Patient, slot: Optional[str], alarm: Optional[str], played: Played) -> str:
    if alarm:
        played.alarm_checks += 1
        if alarm == SCREEN:  # the last safety question names several signs at once
            return "ja" if set(patient.flags) & set(screen_flags()) else "nee"
        return "ja" if alarm in patient.flags else "nee"
    answer = patient.answers.get(slot)
    if answer is None:
        played.unscripted.append(slot)
        return NO_ANSWER
    return answer.says


def play(patient: Patient, conversation) -> Played:
    played = Played(patient)
    pending = [patient.opening]
    after_advice = patient.after_advice
    try:
        for _ in range(MAX_TURNS):
            text = pending.pop(0)
            played.transcript.append(f"patiënt: {text}")
            replies = conversation.send(text)
            texts = texts_of(replies)
            played.transcript += [f"Heupcheck: {r['text']}" for r in replies if r.get("text")]
            played.unsafe += [t for t in texts if violations(t)]
            payloads = triage_payloads(replies)
            if payloads:
                played.level = payloads[-1]["level"]
                played.flags = sorted(f["id"] for f in payloads[-1]["flags"])
                played.transcript.append(f"Heupcheck: (advies: {played.level}, {', '.join(played.flags) or '-'})")
                if after_advice:
                    pending.append(after_advice)
                    after_advice = None
                    continue
                break
            slot, alarm = conversation.asked()
            if alarm is None and (slot is None or played.level is not None):
                if played.level is None:
                    played.error = "no question asked and no advice given"
                break  # after the advice: the message changed nothing
            played.asked.append(alarm or slot)
            pending.append(_reply_for(patient, slot, alarm, played))
        else:
            played.looped = True
        state = conversation.answers()
        played.answers = {slot: state.get(slot) for slot in SLOTS}
    except ServerFailure as failure:
        played.error = str(failure)
    return played
