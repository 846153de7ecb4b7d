"""The alarm safety net (bot/alarm_net.py), keyed by flag id: everyday words and typos raise a
confirmation question; negated, long past or someone else's mentions do not; "ja" and "weet ik
niet" give spoed with the flag, "nee" returns to the pending question; it works at any turn and
after the advice. The phrasings here are new, not taken from the blind sets."""
import datetime as dt

import pytest

from bot.alarm_net import topics_to_confirm
from bot.dialogue import CheckState, advice_messages, after_check, handle
from bot.understanding import understand

TODAY = dt.date(2026, 12, 1)


def confirms(text, answers=None):
    u = understand(text, None, TODAY)
    return topics_to_confirm(u.text, u, answers or {"recent_hip_surgery": None}, [])


@pytest.mark.parametrize("flag,text", [
    ("alarm_chest_breath", "het voelt alsof er iets zwaars op mijn borst ligt"),
    ("alarm_chest_breath", "ik hijg als ik de trap op ga"),
    ("alarm_chest_breath", "mijn ademhaling gaat raar sinds vanmiddag"),
    ("alarm_chest_breath", "ik ben zo kortademmig"),          # typo
    ("alarm_chest_breath", "ik krijg mijn asem ni goed"),      # Flemish
    ("alarm_fever_hot_joint", "ik heb 38,7 gemeten"),
    ("alarm_fever_hot_joint", "mijn heup voelt gloeiend aan"),
    ("alarm_fever_hot_joint", "ik heb de hele nacht rillingen gehad"),
    ("alarm_fever_hot_joint", "ik heb wat verhoging"),
    ("alarm_post_op", "de wond ziet er nat uit"),
    ("alarm_post_op", "mijn onderbeen is dikker dan het andere"),
    ("alarm_post_op", "er zit etter op de pleister"),
    ("alarm_acute_trauma", "ben op het ijs onderuit gegaan"),
    ("alarm_acute_trauma", "ik ben van de ladder gevallen"),
    ("alarm_acute_trauma", "ik ben gestruikkeld over de hond"),  # typo
    ("alarm_acute_trauma", "we hadden een aanrijding met de auto"),
    ("alarm_acute_trauma", "sinds vanmiddag kan ik echt niet meer op mijn been staan"),  # whatever the fall was called
    ("alarm_acute_trauma", "ik ben met de brommer de sloot in gereden en ik kan ni meer op mijn been steunen"),
])
def test_everyday_words_and_typos_raise_a_question(flag, text):
    assert flag in confirms(text)


@pytest.mark.parametrize("text", [
    "ik heb geen koorts", "ik ben niet benauwd", "ik heb borstkanker gehad", "het valt mee met de pijn",
    "mijn man is benauwd", "als kind ben ik eens gevallen", "ik ben 39 jaar", "ik hou van een warm bad",
    "in ieder geval doet het pijn", "ik ben in slaap gevallen op de bank",
])
def test_negated_past_others_and_lookalikes_raise_nothing(text):
    assert confirms(text) == []


def test_post_op_signs_are_not_asked_without_a_recent_operation():
    assert "alarm_post_op" not in confirms("de wond ziet er nat uit", {"recent_hip_surgery": False})
    assert "alarm_fever_hot_joint" not in confirms("ik heb 38,7 gemeten", {"recent_hip_surgery": True})
    assert "alarm_post_op" in confirms("ik heb 38,7 gemeten", {"recent_hip_surgery": True})


def talk(*messages, state=None):
    state = state or CheckState()
    turn = None
    for message in messages:
        turn = handle(state, message, TODAY)
        state = turn.state
    return state, turn


@pytest.mark.parametrize("flag,mention", [
    ("alarm_chest_breath", "ja, en ik heb een raar gevoel in mijn borst"),
    ("alarm_fever_hot_joint", "ja, en sinds vannacht heb ik wat verhoging"),
    ("alarm_acute_trauma", "ja, ben op het ijs onderuit gegaan"),
])
def test_ja_gives_spoed_with_the_flag_at_any_turn(flag, mention):
    state, turn = talk("hallo", "ja", "nee", "nee", mention)   # while the duration is asked
    assert state.alarm_check == flag and not turn.finished
    assert state.requested == "complaint_weeks" or state.requested is not None
    state, turn = talk("ja", state=state)
    assert turn.finished and state.alarm_check is None
    result = advice_messages(state)
    assert result["level"] == "spoed" and flag in result["flags"]


@pytest.mark.parametrize("flag,mention", [
    ("alarm_fever_hot_joint", "ik heb 38,7 gemeten en de heup gloeit"),
    ("alarm_chest_breath", "ja, en het voelt alsof er iets zwaars op mijn borst ligt"),
])
def test_a_certain_reading_needs_no_question(flag, mention):
    state, turn = talk("hallo", "ja", "nee", "nee", mention)
    assert turn.finished and state.alarm_check is None
    assert flag in advice_messages(state)["flags"]


def test_weet_ik_niet_to_an_alarm_question_takes_the_safe_side():
    state, _ = talk("hallo, mijn heup doet pijn en ik hijg zo")
    assert state.alarm_check == "alarm_chest_breath"
    state, turn = talk("weet ik niet", state=state)
    assert turn.finished and "alarm_chest_breath" in advice_messages(state)["flags"]


def test_nee_returns_to_the_pending_question_and_is_not_asked_again():
    state, turn = talk("hallo", "ja", "nee", "nee")
    assert state.requested == "complaint_weeks"
    state, turn = talk("drie weken, en ik hijg wat", state=state)
    assert state.alarm_check == "alarm_chest_breath" and state.answers["complaint_weeks"] == 3
    state, turn = talk("nee", state=state)
    assert not turn.finished and state.alarm_check is None and state.alarms == []
    assert state.requested == "rest_night_pain"
    state, turn = talk("ja, en ik hijg nog steeds een beetje", state=state)
    assert state.alarm_check is None  # denied once: not asked again in this check


def test_two_unclear_answers_to_an_alarm_question_take_the_safe_side():
    state, _ = talk("hallo, mijn lies doet pijn en ik ben onderuit gegaan")
    assert state.alarm_check == "alarm_acute_trauma"
    state, turn = talk("blabla", state=state)
    assert state.alarm_check == "alarm_acute_trauma" and not turn.finished
    state, turn = talk("qwerty", state=state)
    assert turn.finished and "alarm_acute_trauma" in advice_messages(state)["flags"]


def test_the_net_works_after_the_advice_too():
    state, turn = talk("hallo", "nee")  # buiten_scope: the advice is given
    assert turn.finished
    state.requested = None
    turn = after_check(state, "en nu heb ik een raar gevoel in mijn borst", TODAY)
    assert turn.state.alarm_check == "alarm_chest_breath" and not turn.finished
    turn = after_check(turn.state, "ja", TODAY)
    assert turn.finished and "alarm_chest_breath" in advice_messages(turn.state)["flags"]
    state, _ = talk("hallo", "nee")
    state.requested = None
    turn = after_check(state, "en nu voelt het alsof er iets zwaars op mijn borst ligt", TODAY)
    assert turn.finished and turn.state.alarm_check is None  # read for certain: no question, the advice again
    assert "alarm_chest_breath" in advice_messages(turn.state)["flags"]


# --- found by an independent review: alarms that must not be lost -----------------------------

@pytest.mark.parametrize("flag,text", [
    ("alarm_chest_breath", "ik ben erg benauwd, ik kan geen trap meer op"),           # "geen ... meer" is not "over"
    ("alarm_chest_breath", "ik heb pijn op mijn borst en kan nu niet slapen"),
    ("alarm_fever_hot_joint", "ik ben 36 en heb sinds gisteren hoge koorts en een rode warme heup"),  # an age is no temperature
    ("alarm_chest_breath", "ik kan niet goed ademen"),
    ("alarm_chest_breath", "ik kreeg pijn op de borst toen ik de trap opliep"),
    # a negation that belongs to another phrase does not undo the sign
    ("alarm_acute_trauma", "ja, en sinds ik vanmorgen van de ladder viel kan ik er helemaal nie meer op staan"),
    ("alarm_chest_breath", "ik kan amper nog stappen, en ik krijg mijnen asem ni meer"),
    ("alarm_chest_breath", "koorts heb ik niet, maar ik krijg mijn adem niet goed als ik naar de wc loop"),
])
def test_alarms_read_for_certain_are_not_undone(flag, text):
    state, turn = talk("pijn in mijn heup", "nee", "nee", text)
    assert turn.finished and flag in advice_messages(state)["flags"], state.alarm_check


def test_a_recent_operation_told_with_an_age_like_number_still_counts():
    state, turn = talk("ik ben 6 weken geleden geopereerd aan mijn heup en heb nu koorts en een warme heup")
    assert turn.finished and "alarm_post_op" in advice_messages(state)["flags"]


def test_a_fall_last_week_without_bearing_weight_is_acute():
    state, turn = talk("pijn in mijn heup", "ja, vorige week gevallen, ik kan niet op mijn been staan")
    assert turn.finished and "alarm_acute_trauma" in advice_messages(state)["flags"]
    state, turn = talk("pijn in mijn heup", "ik ben gisteren gevallen en kan er sindsdien nog steeds niet op staan")
    assert turn.finished and "alarm_acute_trauma" in advice_messages(state)["flags"]


def test_a_sign_beside_a_negated_one_is_still_asked_about():
    state, turn = talk("mijn heup is niet rood maar wel warm en ik heb koorts")
    assert turn.finished or state.alarm_check == "alarm_fever_hot_joint"
    state, turn = talk("pijn in mijn lies", "nee", "ja, 3 weken geleden een nieuwe heup",
                       "geen koorts maar er komt wat geel spul uit mijn wond")
    assert turn.finished and "alarm_post_op" in advice_messages(state)["flags"]


def test_a_new_topic_in_the_answer_to_an_alarm_question_is_asked_next():
    state, _ = talk("pijn in mijn heup, ik ben onderuit gegaan")
    assert state.alarm_check == "alarm_acute_trauma"
    state, turn = talk("nee, maar mijn borst doet raar sinds vanochtend", state=state)
    assert state.alarm_check == "alarm_chest_breath" and not turn.finished


@pytest.mark.parametrize("text", ["terug, ik ben erg benauwd", "opnieuw beginnen, ik heb pijn op de borst en ben benauwd"])
def test_alarm_words_beat_back_and_restart(text):
    state, turn = talk("pijn in mijn heup", "nee", text)
    assert turn.finished and "alarm_chest_breath" in advice_messages(state)["flags"]


def test_bad_input_after_the_advice_keeps_the_alarm_question():
    state, turn = talk("hallo", "nee")
    turn = after_check(turn.state, "ik hijg zo", TODAY)
    assert turn.state.alarm_check == "alarm_chest_breath"
    turn = after_check(turn.state, "🙂🙂", TODAY)
    assert turn.state.alarm_check == "alarm_chest_breath" and not turn.finished
    turn = after_check(turn.state, "🙂🙂", TODAY)
    assert turn.finished and "alarm_chest_breath" in advice_messages(turn.state)["flags"]


def test_nee_to_the_fall_question_answers_acute_trauma_too():
    state, _ = talk("pijn in mijn heup, ik ben gevallen")
    assert state.alarm_check == "alarm_acute_trauma"
    state, turn = talk("nee", state=state)
    assert state.answers["acute_trauma"] is False and state.requested != "acute_trauma"


def test_a_correction_told_with_an_alarm_question_after_the_advice_gives_new_advice():
    state, turn = talk("pijn in mijn heup sinds 3 dagen", "nee", "nee", "nee", "nee", "nee", "nee", "nee", "nee",
                       "geen", "nee", "geen foto", "nee")
    assert state.alarm_check == "alarm_screen" and not turn.finished  # the last safety question
    state, turn = talk("nee", state=state)
    assert turn.finished and advice_messages(state)["level"] == "zelfzorg"
    turn = after_check(state, "ik slik trouwens al jaren prednison en mijn borst doet raar", TODAY)
    assert turn.state.alarm_check == "alarm_chest_breath" and not turn.finished
    turn = after_check(turn.state, "nee", TODAY)
    assert turn.finished and advice_messages(turn.state)["level"] == "huisarts_mri"


@pytest.mark.parametrize("text", ["de stukken van de puzzel", "ik heb een verdoving gehad", "ik heet Marie en mijn heup doet pijn",
                                  "ik kan mijn heup 90 graden buigen", "getallen onthouden lukt niet"])
def test_near_words_are_no_alarm_words(text):
    assert confirms(text) == []


def test_a_plain_restart_after_a_spoed_advice_still_restarts():
    state, turn = talk("hallo", "ja, en ik heb pijn op de borst")
    assert turn.finished and state.alarms
    turn = after_check(state, "opnieuw beginnen", TODAY)
    assert turn.restarted and turn.state.alarms == [] and turn.state.signs == {}


@pytest.mark.parametrize("text", [
    "heb pyn in men heup sins 3 weke ma gn koorts of zo",      # "geen koorts" does not deny the hip
    "geen koorts en de heup is ook niet rood of warm, gewoon pijn bij het lopen sinds vrijdag",
    "heb pijn in men heup sinds zondag, kan nie trainen",      # "niet" with its own verb
])
def test_a_denied_sign_does_not_deny_the_hip_complaint(text):
    assert understand(text, None, TODAY).facts.get("hip_complaint") is True


@pytest.mark.parametrize("text", [
    "ben van me brommer gekieperd, ken nie meer op me rechterbeen staan",   # spoken "me" and "ken"
    "van de keukentrap gelazerd en nu kan ik niet op mijn been staan",
])
def test_a_fall_in_spoken_words_with_the_leg_not_bearing_weight_is_read(text):
    assert understand(text, None, TODAY).facts.get("acute_trauma") is True
