"""The last safety question before the advice (bot/data/alarm_net.yml `screen`), keyed by the flag
ids it asks: alarm_chest_breath and alarm_fever_hot_joint are asked by no question of the check, so
a patient who tells them nowhere, or only in the answer to a question the bot rightly skips, is
asked once before the advice."""
from __future__ import annotations

import pytest

from bot import alarm_net
from bot.dialogue import SCREEN, advice_messages, after_check
from tests.test_alarm_net import TODAY, talk

# every question of the check answered "no" after an opening with three weeks of groin pain
REST = ["nee", "nee", "nee", "nee", "nee", "nee", "nee", "nee", "geen", "nee", "geen foto", "nee"]


def level(state):
    return advice_messages(state)["level"], advice_messages(state)["flags"]


def test_the_screen_asks_both_open_flags_in_one_question_and_nee_gives_the_advice():
    state, turn = talk("al drie weken pijn in mijn lies", *REST)
    assert state.alarm_check == SCREEN and not turn.finished
    assert turn.messages[-1]["text"] == alarm_net.screen()["ask"]
    assert state.requested is not None  # the Rasa form keeps running while the question is pending
    state, turn = talk("nee", state=state)
    assert turn.finished and level(state) == ("huisarts", [])


@pytest.mark.parametrize("flag,answers", [
    ("alarm_chest_breath", ["ja", "ja"]),
    ("alarm_fever_hot_joint", ["ja", "nee", "ja"]),
])
def test_ja_to_the_screen_asks_each_flag_on_its_own_and_ja_gives_spoed(flag, answers):
    state, _ = talk("al drie weken pijn in mijn lies", *REST)
    asked = []
    for answer in answers:
        state, turn = talk(answer, state=state)
        asked.append(state.alarm_check)
    assert asked[:-1] == ["alarm_chest_breath", "alarm_fever_hot_joint"][:len(answers) - 1]
    assert turn.finished and level(state) == ("spoed", [flag])


@pytest.mark.parametrize("flag", alarm_net.screen_flags())
def test_nee_to_each_flag_on_its_own_gives_the_advice_without_it(flag):
    state, _ = talk("al drie weken pijn in mijn lies", *REST, "weet ik niet", "nee")
    state, turn = talk("nee", state=state)
    assert turn.finished and flag not in advice_messages(state)["flags"]
    assert advice_messages(state)["level"] == "huisarts"


def test_the_sign_told_in_the_answer_to_the_screen_gives_spoed_at_once():
    state, _ = talk("al drie weken pijn in mijn lies", *REST)
    state, turn = talk("ja, ik ben de laatste dagen erg kortademig", state=state)
    assert turn.finished and level(state) == ("spoed", ["alarm_chest_breath"])


@pytest.mark.parametrize("opening,flag", [
    ("al drie weken pijn in mijn lies, koorts heb ik niet", "alarm_chest_breath"),
    ("al drie weken pijn in mijn lies, en nee, ik ben niet benauwd", "alarm_fever_hot_joint"),
    ("al drie weken pijn in mijn lies, mijn heup is niet warm of rood", "alarm_chest_breath"),
])
def test_a_sign_denied_earlier_is_not_asked_again(opening, flag):
    state, turn = talk(opening, *REST)
    assert state.alarm_check == flag
    assert turn.messages[-1]["text"] == alarm_net.screen_ask(flag, alone=True)
    state, turn = talk("nee", state=state)
    assert turn.finished


def test_a_sign_only_of_the_past_is_no_denial():
    """"vorig jaar was ik eens kortademig" says nothing about now: the screen still asks it."""
    state, _ = talk("al drie weken pijn in mijn lies, vorig jaar was ik eens kortademig", *REST)
    assert state.alarm_check == SCREEN


def test_after_a_recent_operation_the_post_operative_question_covers_the_screen():
    state, turn = talk("al drie weken pijn in mijn heup", "nee", "ja, vijf weken geleden een nieuwe heup", "nee",
                       *REST[2:])
    assert turn.finished and state.alarm_check is None and level(state)[0] != "spoed"


def test_after_a_recent_operation_with_unknown_post_operative_signs_the_chest_is_asked():
    state, _ = talk("al drie weken pijn in mijn heup", "nee", "ja, vijf weken geleden een nieuwe heup",
                    "weet ik niet", *REST[2:])
    assert state.alarm_check == "alarm_chest_breath"  # fever after an operation is alarm_post_op, never asked here


def test_no_screen_without_a_hip_complaint_or_for_someone_else():
    _, turn = talk("nee, alleen mijn knie")
    assert turn.finished and turn.state.alarm_check is None
    _, turn = talk("ik vul dit in voor mijn moeder, zij heeft pijn in haar heup")
    assert turn.finished and turn.state.alarm_check is None


def test_a_sign_told_only_where_the_question_was_skipped_is_found():
    """The opening tells the walking pain, so "Wordt de pijn erger als je loopt" is never asked; the
    breathlessness the patient would have told there is asked by the screen."""
    state, _ = talk("al drie weken pijn in mijn lies, vooral bij het lopen en de trap",
                    "nee", "nee", "nee", "nee", "nee", "nee", "nee", "geen", "nee", "geen foto", "nee")
    assert state.alarm_check == SCREEN and "load_pain" not in state.attempts
    state, turn = talk("ja", "ja", state=state)
    assert turn.finished and level(state)[0] == "spoed" and "alarm_chest_breath" in level(state)[1]


def test_nee_with_a_new_sign_in_the_same_message_asks_that_sign():
    state, _ = talk("al drie weken pijn in mijn lies", *REST)
    state, turn = talk("nee, maar sinds gisteren heb ik wel wat koorts", state=state)
    assert not turn.finished and "alarm_fever_hot_joint" in [state.alarm_check] + state.alarm_queue


def test_unclear_answers_end_in_each_sign_on_its_own_then_the_safe_side():
    state, _ = talk("al drie weken pijn in mijn lies", *REST)
    asked = []
    for _ in range(6):
        state, turn = talk("tja", state=state)
        asked.append(state.alarm_check)
        if turn.finished:
            break
    assert asked[:2] == [SCREEN, "alarm_chest_breath"] and turn.finished
    assert level(state) == ("spoed", ["alarm_chest_breath"])  # two unclear answers to a sign: the safe side


def test_the_screen_is_asked_once_and_a_later_mention_is_asked_by_the_net():
    state, _ = talk("al drie weken pijn in mijn lies", *REST, "nee")
    turn = after_check(state, "mijn borst doet trouwens raar", TODAY)
    assert turn.state.alarm_check == "alarm_chest_breath"


# An independent reviewer's findings on the last safety question (new sentences of the same kind)

@pytest.mark.parametrize("answer", ["nee, wacht, toch wel", "nee.. eigenlijk wel", "neen, toch een beetje", "nee, of toch, soms",
                                    "nee, alleen als ik de trap op ga", "nee, niet meer zo erg als gisteren"])
def test_a_no_taken_back_or_qualified_is_no_no(answer):
    state, _ = talk("al drie weken pijn in mijn lies", *REST)
    state, turn = talk(answer, state=state)
    assert not turn.finished and state.alarm_check in alarm_net.screen_flags()


@pytest.mark.parametrize("answer", ["nee, wacht, toch wel", "neen, of toch, soms"])
def test_a_no_taken_back_to_one_sign_is_asked_again_then_the_safe_side(answer):
    state, _ = talk("al drie weken pijn in mijn lies, geen koorts", *REST)
    assert state.alarm_check == "alarm_chest_breath"
    state, turn = talk(answer, state=state)
    assert not turn.finished and state.alarm_check == "alarm_chest_breath"
    state, turn = talk(answer, state=state)
    assert turn.finished and level(state) == ("spoed", ["alarm_chest_breath"])


@pytest.mark.parametrize("opening", [
    "al drie weken pijn in mijn lies, toen het begon had ik geen koorts",
    "al drie weken pijn in mijn lies, de huisarts vond vorige maand geen koorts",
    "al drie weken pijn in mijn lies, moet ik bellen als ik geen koorts heb?",
    "al drie weken pijn in mijn lies, geen koorts meer sinds ik paracetamol neem",
    "al drie weken pijn in mijn lies, ik ben niet meer zo benauwd als gisteren",
])
def test_what_is_no_denial_now_leaves_the_sign_open(opening):
    state, _ = talk(opening, *REST)
    assert state.alarm_check == SCREEN


@pytest.mark.parametrize("opening,flag", [
    ("al drie weken pijn in mijn lies, ademen gaat prima", "alarm_fever_hot_joint"),
    ("al drie weken pijn in mijn lies, geen last van mijn asem", "alarm_fever_hot_joint"),
    ("al drie weken pijn in mijn lies, temperatuur is normaal", "alarm_chest_breath"),
])
def test_a_sign_said_to_be_fine_in_other_words_is_not_asked_again(opening, flag):
    state, _ = talk(opening, *REST)
    assert state.alarm_check == flag


def test_a_question_back_gets_the_question_again_and_nothing_three_times():
    state, _ = talk("al drie weken pijn in mijn lies", *REST)
    state, _ = talk("wat bedoel je met kortademig?", state=state)
    assert state.alarm_check == SCREEN
    state, turn = talk("nee", state=state)
    assert turn.finished and level(state)[0] == "huisarts"


def test_a_sign_in_french_in_the_answer_to_the_post_operative_question_is_kept():
    state, turn = talk("al drie weken pijn in mijn heup", "nee", "ja, vijf weken geleden een nieuwe heup",
                       "ca va, pas de fievre, mais le mollet est gonfle")
    assert turn.finished and level(state) == ("spoed", ["alarm_post_op"])
