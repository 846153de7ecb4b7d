"""One turn of the self-check, independent of Rasa: read the message, update the answers, and
decide what to say and which question comes next. The Rasa adapters in actions/ only move this
state in and out of slots."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from bot import alarm_net, questionnaire
from bot.advice import compose
from bot.content import REGIONS, SLOTS, UNKNOWN, load, messages, question
from bot.input_check import MAX_MESSAGE_CHARS, classify
from bot.safety import guard, guard_tree
from bot.summary import describe
from bot.understanding import Understanding, leading_answers, understand

MAX_ATTEMPTS = 2
# the safety net's fall and post-op questions ask what these questionnaire slots ask: they share attempts
SAME_QUESTION = {"alarm_acute_trauma": "acute_trauma", "alarm_post_op": "post_op_alarm"}
POST_OP_SIGNS = ("fever", "hot_joint", "calf", "wound", "chest_breath")  # spec section 8: a hot swollen hip too
THUMBS = load("lexicon")["emoji_answers"]  # a thumb as the whole answer: "ja" / "nee"
SCREEN = alarm_net.screen()["id"]  # alarm_check while the last safety question names several signs at once


@dataclass
class CheckState:
    answers: Dict[str, Any] = field(default_factory=lambda: {slot: None for slot in SLOTS})
    requested: Optional[str] = None
    attempts: Dict[str, int] = field(default_factory=dict)
    history: List[str] = field(default_factory=list)
    signs: Dict[str, bool] = field(default_factory=dict)
    alarms: List[str] = field(default_factory=list)
    region: str = "NL"
    region_weak: int = 0
    region_fixed: bool = False  # the clinic's website told the region: words do not change it
    other_person: bool = False
    alarm_check: Optional[str] = None  # the alarm flag whose sign is being confirmed (the safety net)
    alarm_queue: List[str] = field(default_factory=list)   # flags still to confirm, after alarm_check
    alarm_denied: List[str] = field(default_factory=list)  # flags the patient said "nee" to
    advice_stale: bool = False  # after the advice: answers changed, new advice due once the alarm question is done
    screened: List[str] = field(default_factory=list)  # flags asked by the last safety question (its wording)

    def bookkeeping(self) -> Dict[str, Any]:
        return {"attempts": self.attempts, "history": self.history, "signs": self.signs,
                "region_weak": self.region_weak, "region_fixed": self.region_fixed,
                "other_person": self.other_person, "alarm_queue": self.alarm_queue,
                "alarm_denied": self.alarm_denied, "advice_stale": self.advice_stale, "screened": self.screened}

    @classmethod
    def from_parts(cls, answers: Dict[str, Any], requested: Optional[str], alarms: Optional[List[str]],
                   region: Optional[str], bookkeeping: Optional[Dict[str, Any]],
                   alarm_check: Optional[str] = None) -> "CheckState":
        book = bookkeeping or {}
        return cls(answers={slot: answers.get(slot) for slot in SLOTS}, requested=requested,
                   attempts=dict(book.get("attempts") or {}), history=list(book.get("history") or []),
                   signs=dict(book.get("signs") or {}), alarms=list(alarms or []),
                   region=region or "NL", region_weak=int(book.get("region_weak") or 0),
                   region_fixed=bool(book.get("region_fixed")), other_person=bool(book.get("other_person")),
                   alarm_check=alarm_check, alarm_queue=list(book.get("alarm_queue") or []),
                   alarm_denied=list(book.get("alarm_denied") or []), advice_stale=bool(book.get("advice_stale")),
                   screened=list(book.get("screened") or []))

    def fix_region(self, region: str) -> None:
        """The region the client (the clinic's web chat) was configured with."""
        if region in REGIONS:
            self.region, self.region_fixed = region, True


@dataclass
class Turn:
    state: CheckState
    messages: List[Dict[str, Any]] = field(default_factory=list)
    finished: bool = False      # the questionnaire is over: give the advice
    restarted: bool = False

    def say(self, text: str, buttons: Optional[List[Dict[str, str]]] = None) -> None:
        message: Dict[str, Any] = {"text": guard(text)}
        if buttons:
            message["buttons"] = buttons
        self.messages.append(message)


def text_of(key: str, **values: Any) -> str:
    return str(messages()[key]).format(**values)


def ask(turn: Turn, slot: str, count: bool = True) -> None:
    """Ask a questionnaire slot; the second time in the rephrased form. Every ask counts, except
    the repeat after an empty or too long message (it reached nobody: nothing is lost)."""
    state = turn.state
    if count or not state.attempts.get(slot):
        state.attempts[slot] = state.attempts.get(slot, 0) + 1
    q = question(slot)
    turn.say(q["rephrase"] if state.attempts[slot] > 1 else q["ask"], questionnaire.buttons(slot))
    state.requested = slot


def _ask_alarm(turn: Turn, questionnaire_runs: bool = True) -> Turn:
    """Ask the first alarm flag of the queue (the safety net); the questionnaire waits."""
    state = turn.state
    flag = state.alarm_queue.pop(0)
    key = SAME_QUESTION.get(flag, flag)
    if flag == SCREEN and state.attempts.get(SCREEN, 0) >= MAX_ATTEMPTS:
        _open_screen_signs(state)  # no clear answer twice: each sign on its own
        if not state.alarm_queue:
            return _finish(turn)
        flag = key = state.alarm_queue.pop(0)
    if state.attempts.get(key, 0) >= MAX_ATTEMPTS:
        # the same question was already asked twice without a clear answer: the safe side
        alarm_net.confirm(flag, state.signs, state.answers)
        _update_alarms(state)
        state.alarm_check, state.alarm_queue = None, []
        turn.say(text_of("alarm_stop"))
        if questionnaire_runs:
            return _finish(turn)
        turn.finished = True
        return turn
    state.alarm_check = flag
    state.attempts[key] = state.attempts.get(key, 0) + 1
    prefix = text_of("not_understood") + " " if state.attempts[key] > 1 else ""
    turn.say(prefix + _alarm_question(state, flag), questionnaire.yes_no_buttons())
    if questionnaire_runs:  # Rasa's form keeps running on requested_slot: the question after this one
        state.requested = questionnaire.next_slot(state.answers) or state.requested or questionnaire.first_slot()
    return turn


def _alarm_question(state: CheckState, flag: str) -> str:
    if flag == SCREEN:
        return alarm_net.screen()["ask"]
    if flag in state.screened:
        return alarm_net.screen_ask(flag, alone=SCREEN not in state.attempts)
    return alarm_net.topic(flag).ask


def _screen_open(state: CheckState) -> List[str]:
    if state.alarms or state.other_person or state.answers.get("hip_complaint") not in (True, UNKNOWN):
        return []
    return alarm_net.screen_open(state.answers, state.signs, state.alarm_denied, state.attempts)


def _start_screen(state: CheckState) -> bool:
    """The questionnaire is done: queue the last safety question, once, when signs are open."""
    if SCREEN in state.attempts or state.screened:
        return False
    open_flags = _screen_open(state)
    if len(open_flags) > 1:
        state.alarm_queue = [SCREEN]
    else:
        state.screened += open_flags
        state.alarm_queue = list(open_flags)
    return bool(open_flags)


def _open_screen_signs(state: CheckState) -> None:
    """"ja" (or no clear answer) to the question about several signs: ask each open one on its own."""
    open_flags = [f for f in _screen_open(state) if f not in state.alarm_queue]
    state.screened += open_flags
    state.alarm_queue[:0] = open_flags


def _update_region(state: CheckState, u: Understanding) -> None:
    if state.region_fixed:
        return
    state.region_weak += u.region_weak
    if u.region_strong or state.region_weak >= 2:
        state.region = "BE"


def _update_alarms(state: CheckState) -> None:
    """Alarm flags from signs in free text (spec section 3 and clarifications)."""
    signs, answers = state.signs, state.answers
    recent_surgery = answers.get("recent_hip_surgery") is True
    alarms = set(state.alarms)
    if signs.get("chest_breath"):
        alarms.add("alarm_chest_breath")
    if signs.get("fever") and signs.get("hot_joint"):
        alarms.add("alarm_fever_hot_joint")
    if recent_surgery:
        # after a recent operation these signs are alarm_post_op, never alarm_fever_hot_joint
        if any(signs.get(s) for s in POST_OP_SIGNS) or "alarm_fever_hot_joint" in alarms:
            answers["post_op_alarm"] = True
        alarms.discard("alarm_fever_hot_joint")
    if answers.get("post_op_alarm") is True:
        alarms.add("alarm_post_op")
    if answers.get("acute_trauma") is True:
        alarms.add("alarm_acute_trauma")
    state.alarms = sorted(alarms)


def _apply_facts(turn: Turn, u: Understanding) -> List[str]:
    """Store every recognised fact; returns the slots that changed. Tells the user when an earlier
    answer was corrected."""
    state = turn.state
    changed = []
    corrected = False
    for slot, value in u.facts.items():
        old = state.answers.get(slot)
        if old == value:
            continue
        if old is not None and old != UNKNOWN and value == UNKNOWN:
            continue  # "weet ik niet" about one thing does not erase a clear earlier answer
        if slot == "hip_complaint" and old is True and value is False and (not u.for_someone_else or u.another_check) \
                and state.requested != "hip_complaint":
            continue  # "die foto was van mijn knie, niet van mijn heup", "mijn moeder heeft dat ook": a remark,
                      # not "I have no complaint"; only "ik vul dit in voor mijn man" undoes a told complaint
        if (old is True or isinstance(old, list) and old) and value in (False, []) and slot != state.requested \
                and slot != "hip_complaint" and not u.retracts:
            continue  # a yes told earlier stands against a "no" read beside another answer, unless taken back in so
                      # many words ("ik weet niet wat ik kreeg bij de chemo" does not undo the chemotherapy told before)
        if slot == "recent_hip_surgery" and old is True and value is False and state.requested != slot and not u.correction:
            continue  # a time told beside the operation is no correction of it: its alarm questions stay (the safe side)
        if old is not None and slot != state.requested:
            corrected = True
        state.answers[slot] = value
        changed.append(slot)
    if u.other_person and state.answers.get("hip_complaint") is not True:
        state.other_person = True  # not when the writer's own complaint stands (see above)
    for sign, present in u.signs.items():
        if present:
            state.signs[sign] = True
    for sign in u.denied + alarm_net.screen_denials(u.text):
        if not state.signs.get(sign):
            state.signs[sign] = False  # denied now: the last safety question does not ask it again
    if corrected:
        turn.say(text_of("correction_noted"))
    # what was read besides the answer, and every guess of the answer model (bot/answer_model.py)
    noted = [slot for slot in changed if slot in u.guessed or (
             slot != state.requested and slot != "hip_complaint" and not corrected
             and state.answers.get(slot) != UNKNOWN and questionnaire.applies(slot, state.answers))]
    if noted:
        turn.say(text_of("noted", facts="; ".join(
            f"{question(slot)['summary'].lower()}: {describe(slot, state.answers[slot])}" for slot in noted)))
    return changed


def _fresh(state: CheckState) -> CheckState:
    """A new check that keeps only what was learned about the region."""
    return CheckState(region=state.region, region_weak=state.region_weak, region_fixed=state.region_fixed)


def _forget_skipped(state: CheckState) -> None:
    """Forget the answers whose question no longer applies - not those told before their condition is
    known ("7 weken geleden aan mijn heup geopereerd" in the first message, before the hip question)."""
    for slot in questionnaire.skipped(state.answers):
        conditions = question(slot).get("only_if") or {}
        if any(state.answers.get(c) is not None for c in conditions):
            state.answers[slot] = None


def handle(state: CheckState, raw: Optional[str], today: Optional[dt.date] = None,
           problem: Optional[str] = None) -> Turn:
    """Process one user message while the questionnaire runs. `problem` is set when the channel
    already refused the input (too long, empty) before it reached the NLU pipeline."""
    turn = Turn(state=state)
    requested = state.requested
    problem = problem or classify(raw)
    if problem == "emoji_only" and any(t in (raw or "") for t in THUMBS):
        raw = next(word for t, word in THUMBS.items() if t in raw)
        problem = None
    if problem in ("too_long", "empty"):
        turn.say(text_of(problem, limit=MAX_MESSAGE_CHARS))
        return _repeat(turn)
    if problem in ("non_dutch", "gibberish") and raw:
        probe = understand(raw, None if state.alarm_check else requested, today)
        if _tells_an_alarm(probe, state):
            problem = None  # "no, but I have chest pain since an hour": an alarm is read in any language
        elif problem == "non_dutch" and (probe.answer is not None or probe.facts):
            problem = None  # "Oui, les escaliers, de trap": mixed French and Dutch that is understood
    if problem:
        turn.say(text_of(problem))
        return _alarm_answer(turn, None) if state.alarm_check else _continue(turn)

    u = understand(raw or "", None if state.alarm_check else requested, today)
    if u.command in ("restart", "back") and _tells_an_alarm(u, state):
        u.command = None  # "opnieuw beginnen, ik ben erg benauwd": the alarm comes first
    if u.command == "restart":
        fresh = requested is None and all(v is None for v in state.answers.values())
        turn.state = _fresh(state)
        turn.restarted = True
        if not fresh:  # a restart that was already announced starts a fresh check quietly
            turn.say(text_of("restarted"))
        return _continue(turn)
    if state.alarm_check:
        return _alarm_answer(turn, u)
    if u.command == "back" and not u.facts:
        return _go_back(turn)
    if requested == "post_op_alarm" and "post_op_alarm" not in u.facts and u.answer != "no" \
            and "alarm_post_op" in alarm_net.topics_to_confirm(u.text, u, state.answers, []):
        # the answer to the post-operative question itself names one of its signs, not denied ("mijn
        # rechterkuit, niet eens aan de kant van de operatie, is sinds gisteren pijnlijk en dik"): yes
        u.facts["post_op_alarm"] = True

    _update_region(state, u)
    changed = _apply_facts(turn, u)
    _update_alarms(state)
    if state.alarms:
        turn.say(text_of("alarm_stop"))
        return _finish(turn)
    state.alarm_queue = alarm_net.topics_to_confirm(u.text, u, state.answers, state.alarm_denied)

    answered = requested is not None and state.answers.get(requested) is not None
    if answered and requested not in state.history:
        state.history.append(requested)
    if state.alarm_queue:
        return _ask_alarm(turn)
    if u.command == "diagnosis_question":
        turn.say(text_of("diagnosis_question"))
        return _continue(turn)
    if answered or requested is None:
        return _continue(turn)
    if changed or u.facts:
        return _continue(turn)  # other facts, but not the answer: the question comes again, once
    if u.command == "thanks":
        turn.say(text_of("thanks"))
        return _continue(turn)
    turn.say(text_of("out_of_scope" if u.command == "out_of_scope" else "not_understood"))
    return _continue(turn)


def _tells_an_alarm(u: Understanding, state: CheckState) -> bool:
    """This message itself tells an alarm sign, or something the safety net would ask about."""
    signs = u.signs
    return bool(signs.get("chest_breath") or (signs.get("fever") and signs.get("hot_joint")) or u.facts.get("acute_trauma")
                or u.facts.get("post_op_alarm") or alarm_net.topics_to_confirm(u.text, u, state.answers, state.alarm_denied))


def _alarm_outcome(state: CheckState, u: Optional[Understanding]) -> str:
    """The answer to the pending alarm confirmation: "confirmed" for "ja" or "weet ik niet" (a
    missed alarm costs more than a needless call), "denied" for "nee", else "unclear" - and after
    MAX_ATTEMPTS unclear answers the safe side, "confirmed". u is None for unreadable input."""
    flag = state.alarm_check
    if flag == SCREEN:
        return _screen_outcome(state, u)
    answer = u.answer if u else None
    if answer is None and u and u.signs.get(_sign_of(flag)) is False:
        answer = "no"  # "geen koorts" answers a question about fever
    if answer is None and u and not u.signs.get(_sign_of(flag)) and leading_answers(u.text)[:1] == ["no"] \
            and not alarm_net.topics_to_confirm(u.text, u, state.answers, state.alarm_denied + [flag]):
        answer = "no"  # "nee, ik bedoel dat ik bang ben, ademen gaat goed": the "nee" stands
    if answer == "no" and u and alarm_net.no_taken_back(u.text):
        answer = None  # "nee, of toch, soms": asked again, then the safe side
    if answer in ("yes", "unknown") or (answer is None and state.attempts.get(SAME_QUESTION.get(flag, flag), 0) >= MAX_ATTEMPTS):
        alarm_net.confirm(flag, state.signs, state.answers)
        return "confirmed"
    if answer == "no":
        if flag not in state.screened:  # the last safety question's "nee" does not silence a later mention
            state.alarm_denied.append(flag)
        state.alarm_check = None
        slot = SAME_QUESTION.get(flag)
        if slot and state.answers.get(slot) is None and questionnaire.applies(slot, state.answers):
            state.answers[slot] = False  # the same question as the questionnaire's: not asked again
        return "denied"
    state.alarm_queue.insert(0, flag)
    state.alarm_check = None
    return "unclear"


def _screen_outcome(state: CheckState, u: Optional[Understanding]) -> str:
    """The answer to the question about several signs: "nee" gives the advice (a sign that the
    same message brings up is asked by the safety net); "ja" or "weet ik niet" asks each open sign
    on its own."""
    state.alarm_check = None
    if not _screen_open(state):
        return "denied"  # "geen koorts en niet benauwd": nothing left to ask
    answer = u.answer if u else None
    if answer is None and u and leading_answers(u.text)[:1] == ["no"]:
        answer = "no"
    if answer == "no" and alarm_net.no_taken_back(u.text):
        answer = "yes"  # "nee, wacht, toch wel": each sign on its own
    if answer == "no":
        return "denied"  # not kept in alarm_denied: a sign brought up later is new, and the net asks it
    if answer in ("yes", "unknown"):
        _open_screen_signs(state)
        return "confirmed"
    state.alarm_queue.insert(0, SCREEN)
    return "unclear"


def _alarm_answer(turn: Turn, u: Optional[Understanding]) -> Turn:
    """During the questionnaire: "ja" gives the spoed advice, "nee" goes back to the questions.
    Other facts in the message are kept."""
    state = turn.state
    if u is not None:
        _update_region(state, u)
        _apply_facts(turn, u)
    _alarm_outcome(state, u)
    _update_alarms(state)
    if state.alarms:
        state.alarm_check, state.alarm_queue = None, []
        turn.say(text_of("alarm_stop"))
        return _finish(turn)
    _queue_new_topics(state, u)
    if state.alarm_queue:
        return _ask_alarm(turn)
    return _continue(turn)


def _queue_new_topics(state: CheckState, u: Optional[Understanding]) -> None:
    """Alarm topics in the answer to an alarm question join the queue ("nee, maar mijn borst doet
    raar")."""
    if u is None or alarm_net.question_back(u.text):
        return  # "wat bedoel je met kortademig?": the question comes again, its words are no new sign
    for flag in alarm_net.topics_to_confirm(u.text, u, state.answers, state.alarm_denied):
        if flag not in state.alarm_queue and flag != state.alarm_check:
            state.alarm_queue.append(flag)


def _sign_of(flag: str) -> str:
    return (alarm_net.topic(flag).confirms.get("signs") or [""])[0]


def _repeat(turn: Turn) -> Turn:
    """The same question again, without counting it: the last message was empty or too long."""
    state = turn.state
    if state.alarm_check:
        turn.say(_alarm_question(state, state.alarm_check), questionnaire.yes_no_buttons())
        return turn
    if state.requested and state.answers.get(state.requested) is None:
        ask(turn, state.requested, count=False)
        return turn
    return _continue(turn)


def _go_back(turn: Turn) -> Turn:
    state = turn.state
    if not state.history:
        turn.say(text_of("nothing_to_go_back"))
        return _continue(turn)
    previous = state.history.pop()
    state.answers[previous] = None
    state.attempts.pop(previous, None)
    turn.say(text_of("went_back"))
    ask(turn, previous)
    return turn


def _continue(turn: Turn) -> Turn:
    """Ask the next question. A question already asked MAX_ATTEMPTS times is not asked again: its
    answer is recorded as "onbekend" (so no path - unclear, correction, back, alarm check - loops)."""
    state = turn.state
    while True:
        _forget_skipped(state)
        slot = questionnaire.next_slot(state.answers)
        if slot is None:
            if _start_screen(state):
                return _ask_alarm(turn)
            return _finish(turn)
        if state.attempts.get(slot, 0) < MAX_ATTEMPTS:
            ask(turn, slot)
            return turn
        state.answers[slot] = UNKNOWN
        if slot not in state.history:
            state.history.append(slot)
        turn.say(text_of("unknown_recorded"))


def _finish(turn: Turn) -> Turn:
    if not turn.state.alarms:  # after an alarm, every fact the user gave stays on record
        _forget_skipped(turn.state)
    turn.state.requested = None
    turn.finished = True
    return turn


def after_check(state: CheckState, raw: Optional[str], today: Optional[dt.date] = None,
                problem: Optional[str] = None) -> Turn:
    """A message after the advice: restart, a correction (new advice), an alarm question of the
    safety net (then new advice if "ja", or if something else changed meanwhile), or a reminder."""
    turn = Turn(state=state)
    before = (dict(state.answers), list(state.alarms), state.region)
    problem = problem or classify(raw)
    if problem:
        turn.say(text_of(problem, limit=MAX_MESSAGE_CHARS))
        if state.alarm_check:
            _alarm_outcome(state, None)  # counts as an unclear answer: asked again, then the safe side
        return _after_advice_step(turn, None, before)
    u = understand(raw or "", None, today)
    if u.command == "restart" and not _tells_an_alarm(u, state):
        turn.state = _fresh(state)
        turn.restarted = True
        turn.say(text_of("restarted"))
        return turn
    _update_region(state, u)
    _apply_facts(turn, u)
    if state.alarm_check:
        _alarm_outcome(state, u)
    return _after_advice_step(turn, u, before)


def _after_advice_step(turn: Turn, u: Optional[Understanding], before) -> Turn:
    state = turn.state
    _update_alarms(state)
    if (dict(state.answers), list(state.alarms), state.region) != before:
        state.advice_stale = True  # kept while an alarm question is pending, so no change is lost
    if not state.alarms:
        _forget_skipped(state)
        _queue_new_topics(state, u)
        if before[0].get("recent_hip_surgery") is not True and state.answers.get("recent_hip_surgery") is True \
                and state.answers.get("post_op_alarm") is None and "alarm_post_op" not in state.alarm_denied \
                and "alarm_post_op" not in state.alarm_queue:
            state.alarm_queue.append("alarm_post_op")  # a recent operation told after the advice: ask its signs
        if state.alarm_queue:  # the safety net after the advice too
            return _ask_alarm(turn, questionnaire_runs=False)
    state.alarm_check, state.alarm_queue = None, []
    if state.advice_stale:
        state.advice_stale = False
        turn.finished = True  # give the advice again
        return turn
    if u is not None and u.command == "diagnosis_question":
        turn.say(text_of("diagnosis_question"))
    elif u is not None and u.command == "thanks":
        turn.say(text_of("thanks"))
    turn.say(text_of("check_done"), [messages()["restart_button"]])
    return turn


def advice_messages(state: CheckState) -> Dict[str, Any]:
    """The advice texts (guarded), the triage payload and the result slots for a finished check."""
    result = compose(state.answers, state.alarms, state.region, state.other_person)
    payload = {**result.payload, "advice": guard_tree(result.payload["advice"])}
    return {"texts": [guard(t) for t in result.texts], "payload": payload,
            "level": result.level, "score": result.score, "flags": result.flags}
