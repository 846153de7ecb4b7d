"""The second reader of the answer to the question asked (bot/answer_model.py): trained on the sets'
answers, used only where the lexicon reads nothing, never for a "no" that could hide an alarm or
end the check, and always repeated to the patient. The phrasings here are new, not from the sets."""
import datetime as dt

import pytest

from bot import answer_model
from bot.dialogue import CheckState, handle
from bot.understanding import understand
from tools.answer_examples.__main__ import collect, leave_one_set_out, main

TODAY = dt.date(2026, 12, 1)


def test_the_training_examples_are_those_of_the_sets():
    assert main(["--check"]) == 0, "bot/data/answer_examples.yml is out of date: make answer-examples"
    assert len(collect()) >= 5000


@pytest.mark.parametrize("slot,text,value", [
    ("load_pain", "jao, as ik de trap op mot wordt t slimmer", True),
    ("alcohol_use", "enkel in t weekend met de mannen, door de week nie", False),
    ("smoking", "nee, ben der al jaren mee gekapt", False),
    ("function_loss", "jao, mien schoenen antrekken geet nich meer zonder hulp", True),
    ("known_avn", "huh nooit van gehoord, nee", False),
])
def test_answers_in_words_the_lexicon_does_not_know_are_guessed(slot, text, value):
    assert answer_model.guess(slot, text) == value


@pytest.mark.parametrize("slot,text", [
    ("acute_trauma", "nee hoor, nooit gevallen"),
    ("acute_trauma", "nee, kan er gewoon op lopen"),
    ("recent_hip_surgery", "nee, nooit geopereerd"),
    ("post_op_alarm", "nee, niks van dat alles"),
    ("hip_complaint", "nee, het is mijn knie"),
])
def test_a_guess_never_says_no_where_no_could_hide_an_alarm_or_end_the_check(slot, text):
    assert answer_model.guess(slot, text) in (None, True)


@pytest.mark.parametrize("slot,text", [
    ("steroid_use", "momentje, de bel"), ("known_avn", "haha"), ("post_op_alarm", "ok"), ("smoking", "snap de vraag niet"),
    ("alcohol_use", "wat bedoel je daarmee"), ("risk_conditions", "momentje, de bel"), ("post_op_alarm", "help"),
    ("load_pain", "is dat erg, denk je?"),                       # a question back
    ("smoking", "mijn vrouw rookt"), ("steroid_use", "mijn moeder had dat ook"),   # someone else
    ("rest_night_pain", "ik ben opeens heel benauwd"),           # an alarm sign, not the answer
    ("alcohol_use", "tja, slapen lukt niet van de pijn"),        # another fact, not the answer
])
def test_no_guess_for_small_talk_a_question_someone_else_or_another_fact(slot, text):
    u = understand(text, slot, TODAY)
    assert u.guessed == []


@pytest.mark.parametrize("slot,text", [
    ("steroid_use", "uiteraard"), ("alcohol_use", "tuurlijk"), ("smoking", "al 40 jaar"), ("smoking", "sinds mijn 15e"),
    ("alcohol_use", "zo'n 30 eenheden per week"), ("steroid_use", "ik gebruik budesonide"),
])
def test_a_guessed_no_needs_a_word_of_denial(slot, text):
    assert understand(text, slot, TODAY).facts.get(slot) is not False


def test_a_guessed_answer_is_repeated_so_the_patient_can_correct_it():
    state = CheckState()
    state = handle(state, "ik heb al een tijdje pijn in mijn heup", TODAY).state
    while state.requested != "alcohol_use":
        state = handle(state, "nee" if state.requested != "complaint_weeks" else "3 weken", TODAY).state
    u = understand("zaterdag met de mannen, door de week nie", "alcohol_use", TODAY)
    assert u.guessed == ["alcohol_use"]
    turn = handle(state, "zaterdag met de mannen, door de week nie", TODAY)
    assert turn.state.answers["alcohol_use"] is False
    assert any(text.startswith("Genoteerd:") and "alcohol" in text.lower() for text in (m["text"] for m in turn.messages))


def test_on_sets_it_was_not_trained_on_almost_every_guess_is_right():
    figures = leave_one_set_out(collect(), ["aa_nieuw_nl", "ab_nieuw_be", "z_final_be"])
    assert all(f["answers"] > 100 for f in figures.values())
    guessed = sum(f["guessed"] for f in figures.values())
    right = sum(f["right"] for f in figures.values())
    assert guessed >= 0.6 * sum(f["answers"] for f in figures.values())
    assert right >= 0.96 * guessed


def test_a_guessed_yes_counts_in_the_advice():
    from bot.dialogue import advice_messages
    state = handle(CheckState(), "ik heb sinds 3 weken pijn in mijn lies", TODAY).state
    answers = {"load_pain": "boodschappen doen is een hel geworden", "complaint_weeks": "3 weken"}
    assert understand(answers["load_pain"], "load_pain", TODAY).guessed == ["load_pain"]
    for _ in range(30):
        if state.requested is None:
            break
        state = handle(state, answers.get(state.requested, "nee"), TODAY).state
    assert state.answers["load_pain"] is True
    advice = advice_messages(state)
    assert advice["level"] == "huisarts" and advice["flags"] == ["load_pain"]
