"""Conversation behaviour of bot/dialogue.py, without Rasa: order, skip rules, never asking what
is known, corrections, back, restart, unknown after two failures, alarms at any turn, bad input."""
import datetime as dt

import pytest

from bot.dialogue import CheckState, advice_messages, after_check, handle
from bot.input_check import MAX_MESSAGE_CHARS

TODAY = dt.date(2026, 11, 22)


def talk(*messages, state=None):
    state = state or CheckState()
    asked, turn = [], None
    for message in messages:
        turn = handle(state, message, TODAY)
        state = turn.state
        asked.append(state.requested)
    return state, asked, turn


def test_first_message_facts_are_not_asked_again():
    state, asked, _ = talk("al maanden liespijn, vooral 's nachts, en ik slik prednison")
    assert state.answers["hip_complaint"] is True
    assert state.answers["rest_night_pain"] is True and state.answers["steroid_use"] is True
    state, more, _ = talk("nee", "nee", "ja", "ja", "nee", "nee", "geen", "nee", "geen foto", state=state)
    for slot in ("hip_complaint", "rest_night_pain", "steroid_use", "complaint_weeks"):
        assert slot not in asked + more


def test_alarm_questions_come_first_and_post_op_is_skipped_without_surgery():
    state, asked, _ = talk("hallo", "ja", "nee", "nee")
    assert asked[:3] == ["hip_complaint", "acute_trauma", "recent_hip_surgery"]
    assert asked[3] == "complaint_weeks"
    assert state.answers["post_op_alarm"] is None


def test_no_hip_complaint_ends_the_check_out_of_scope():
    state, _, turn = talk("hallo", "nee, alleen mijn knie")
    assert turn.finished and advice_messages(state)["level"] == "buiten_scope"
    assert all(state.answers[s] is None for s in state.answers if s != "hip_complaint")


def test_a_check_for_someone_else_ends_out_of_scope_and_still_names_when_to_call():
    state, _, turn = talk("Ik vul dit in voor mijn moeder, zij heeft al weken pijn in haar heup.")
    result = advice_messages(state)
    assert turn.finished and result["level"] == "buiten_scope"
    texts = " ".join(result["texts"])
    assert "bedoeld voor de persoon" in texts and "kuit" in texts and "112" in texts
    _, _, own = talk("hallo", "nee, alleen mijn knie")
    assert "kuit" not in " ".join(advice_messages(own.state)["texts"])  # the writer's own knee: the plain advice


@pytest.mark.parametrize("message,flag", [
    ("ik ben ineens erg benauwd", "alarm_chest_breath"),
    ("ik ben gevallen en kan niet meer op mijn been staan", "alarm_acute_trauma"),
    ("ik heb 39 graden koorts en mijn heup is rood en dik", "alarm_fever_hot_joint"),
])
def test_alarm_mid_way_ends_the_questionnaire_at_once(message, flag):
    state, _, turn = talk("hallo", "ja", "nee", "nee", "drie weken", message)
    assert turn.finished and state.requested is None
    result = advice_messages(state)
    assert result["level"] == "spoed" and flag in result["flags"]


def test_post_op_signs_after_recent_surgery_are_alarm_post_op_not_fever_hot_joint():
    state, _, turn = talk("hallo", "ja", "nee", "ja, 4 weken geleden een nieuwe heup",
                          "ik heb koorts en mijn heup is warm")
    result = advice_messages(state)
    assert turn.finished and "alarm_post_op" in result["flags"]
    assert "alarm_fever_hot_joint" not in result["flags"]


def test_breathlessness_after_surgery_raises_both_alarms():
    state, _, _ = talk("hallo", "ja", "nee", "ja, vorige week geopereerd", "ik ben kortademig")
    assert {"alarm_post_op", "alarm_chest_breath"} <= set(advice_messages(state)["flags"])


def test_negated_or_past_alarms_raise_nothing():
    state, _, turn = talk("hallo", "ja, pijn in mijn heup", "nee, geen koorts en niet benauwd",
                          "vorig jaar was ik eens kortademig")
    assert not turn.finished and state.alarms == []


def test_two_failures_record_onbekend_and_move_on():
    state, asked, turn = talk("hallo", "ja", "blabla", "ik snap het niet")
    assert state.answers["acute_trauma"] == "onbekend"
    assert asked[-1] == "recent_hip_surgery"
    assert any("onbekend" in m["text"] for m in turn.messages)


def test_first_failure_rephrases_with_buttons():
    _, _, turn = talk("hallo", "ja", "blabla")
    assert "Sorry" in turn.messages[0]["text"]
    assert turn.messages[-1]["buttons"][0]["title"] == "Ja"


def test_correction_updates_the_slot_and_the_outcome():
    state, _, turn = talk("hallo", "ja", "nee", "nee", "een week", "nee", "nee", "nee", "nee",
                          "nee wacht, ik gebruik wél prednison")
    assert state.answers["steroid_use"] is True
    assert any("aangepast" in m["text"] for m in turn.messages)


def test_back_goes_one_question_back():
    state, asked, _ = talk("hallo", "ja", "nee", "terug")
    assert asked[-1] == "acute_trauma" and state.answers["acute_trauma"] is None


def test_restart_clears_everything():
    state, asked, turn = talk("hallo", "ja", "nee", "opnieuw beginnen")
    assert asked[-1] == "hip_complaint"
    assert all(v is None for v in state.answers.values())
    assert turn.restarted


def test_diagnosis_question_gets_no_diagnosis_and_the_check_continues():
    state, asked, turn = talk("hallo", "ja", "heb ik AVN?")
    assert asked[-1] == "acute_trauma"
    assert "geen diagnose" in turn.messages[0]["text"]


@pytest.mark.parametrize("message,expected", [
    ("", "leeg"), ("x" * (MAX_MESSAGE_CHARS + 1), "te lang"), ("😀😀", "emoji"),
    ("I have pain in my hip and it hurts", "Nederlands"), ("\x00\x07\x1b", "leeg"),
])
def test_bad_input_gets_a_dutch_answer_and_loses_nothing(message, expected):
    state, _, _ = talk("hallo", "ja")
    turn = handle(state, message, TODAY)
    assert expected in turn.messages[0]["text"]
    assert turn.state.answers["hip_complaint"] is True
    assert turn.state.requested == "acute_trauma"


def test_thumbs_up_is_yes():
    state, _, _ = talk("hallo", "👍")
    assert state.answers["hip_complaint"] is True


def test_flemish_words_choose_belgian_numbers():
    state, _, _ = talk("'k heb pijn aan mijne heup, 'k ga naar de huisdokter", "neen",
                       "'k ben ni gevallen en 'k kan nog stappen", "ik ben kortademig")
    result = advice_messages(state)
    assert state.region == "BE" and "1733" in result["texts"][0]


def test_after_the_check_a_correction_gives_new_advice():
    state, _, turn = talk("hallo", "nee")
    assert turn.finished
    again = after_check(state, "sorry, ik heb toch wel pijn in mijn lies", TODAY)
    assert again.finished and again.state.answers["hip_complaint"] is True


def test_alarm_for_someone_else_still_gives_spoed():
    state, _, turn = talk("Mijn moeder (78) is gevallen en kan niet meer staan")
    result = advice_messages(state)
    assert turn.finished and result["level"] == "spoed" and result["flags"] == ["alarm_acute_trauma"]
    assert state.answers["acute_trauma"] is True  # a stated fact stays on record after an alarm


def test_swollen_leg_since_a_recent_operation_is_alarm_post_op():
    state, _, turn = talk("Ik heb pijn in mijn lies en mijn been is dik en rood sinds de operatie vorige week")
    assert turn.finished and advice_messages(state)["flags"] == ["alarm_post_op"]


@pytest.mark.parametrize("message", [
    "Ik heb pijn in mijn heup en ben 4 weken geleden geopereerd, nu is mijn heup warm en dik",
    "Pijn in de lies sinds de nieuwe heup van twee weken terug, en de heup is rood en gezwollen",
])
def test_hot_swollen_hip_alone_after_a_recent_operation_is_alarm_post_op(message):
    state, _, turn = talk(message)
    flags = advice_messages(state)["flags"]
    assert turn.finished and "alarm_post_op" in flags and "alarm_fever_hot_joint" not in flags


def test_hot_hip_without_fever_or_operation_raises_no_alarm():
    state, _, turn = talk("Ik heb pijn in mijn heup en hij is een beetje warm", "nee", "nee")
    assert not state.alarms and not turn.finished


def test_misschien_is_unknown_not_a_failure():
    state, asked, _ = talk("hallo", "ja", "misschien")
    assert state.answers["acute_trauma"] == "onbekend" and asked[-1] == "recent_hip_surgery"
