"""The answer to the question asked comes first (issue 11), and the other patterns the issue names:
a leading "nee/neen" decides the asked slot; ordinary answers are understood; someone else, another
body part or another event's time does not change the patient's answers; facts in the first message
are kept; "Genoteerd" says what was read besides the answer. The sentences are the issue's own
examples and new ones of the same kind (not taken from the blind sets)."""
import datetime as dt

import pytest

from bot.dialogue import CheckState, handle
from bot.understanding import understand

TODAY = dt.date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize("text,asked,slot,value", [
    ("neen, 's nachts heb ik daar niks van", "rest_night_pain", "rest_night_pain", False),
    ("nee hoor, als ik stil zit voel ik niks", "rest_night_pain", "rest_night_pain", False),
    ("nee, bij het stappen merk ik niks", "load_pain", "load_pain", False),
    ("nee, alleen als ik lang loop", "load_pain", "load_pain", True),        # a qualified yes
    ("soms, als ik op die kant lig", "rest_night_pain", "rest_night_pain", True),
    ("meestal niet", "rest_night_pain", "rest_night_pain", False),
    ("ja, uh nee eigenlijk niet", "smoking", "smoking", False),           # the last answer counts
    ("ja nee, nooit gedaan", "smoking", "smoking", False),
    ("enkel op zondag een paar biertjes", "alcohol_use", "alcohol_use", False),
    ("af en toe een pintje met de maten, ni dagelijks", "alcohol_use", "alcohol_use", False),
    ("elke dag een stuk of vijf pilsjes", "alcohol_use", "alcohol_use", True),
    ("die is nog niet genomen", "xray_result", "xray_result", "geen"),
    ("temperatuur is normaal, de wonde is mooi dicht, dus nee", "post_op_alarm", "post_op_alarm", False),
    ("geen idee eigenlijk, ik neem zoveel medicatie", "steroid_use", "steroid_use", "onbekend"),
    ("ja, maar dat kuurtje was maar voor vijf dagen", "steroid_use", "steroid_use", False),
    ("ja gestruikeld, maar ik loop er gewoon op", "acute_trauma", "acute_trauma", False),
    ("ja, ik viel op de trap maar ik liep daarna gewoon verder", "acute_trauma", "acute_trauma", False),
    ("mijn broer heeft het, ik zelf niet", "known_avn", "known_avn", False),   # someone else has it
    ("mijn moeder heeft reuma, ik niks", "risk_conditions", "risk_conditions", []),
    ("nee, alleen na een lange wandeling", "load_pain", "load_pain", True),  # a qualified yes
    ("nee. nou af en toe als ik op die kant lig", "rest_night_pain", "rest_night_pain", True),
    ("niet meer, ik heb het drie jaar geslikt", "steroid_use", "steroid_use", True),  # the past years count
    ("geen idee eerlijk gezegd", "steroid_use", "steroid_use", "onbekend"),
    ("voor zover ik weet niet", "risk_conditions", "risk_conditions", []),
    ("ja, een half jaar geleden", "recent_hip_surgery", "recent_hip_surgery", False),
    ("neen, 't zit in mijn lies", "hip_complaint", "hip_complaint", True),   # the groin is the place
    ("nee, mijn heup en lies voelen normaal", "hip_complaint", "hip_complaint", False),
])
def test_the_answer_to_the_asked_question(text, asked, slot, value):
    assert understand(text, asked, TODAY).facts.get(slot) == value


@pytest.mark.parametrize("text,weeks", [
    ("sinds zondag", 0.29),
    ("oei, ik zei een maand maar het is eerder tien dagen", 1.43),
    ("ik liep er al anderhalf jaar mee rond voor ze me opereerden", 78),
    ("mijn knie al jaren, de lies pas sinds vorige week", 1),
    ("sinds 20/11", 1.57),
    ("ik slik al acht maanden pillen voor mijn suiker, maar de liespijn is er pas drie weken", 3),
    ("reuma heb ik sinds 2012, de heup zeurt pas een week of twee", 2),
    ("sinds de val, dat is nu drie weken, zeurt mijn heup", 3),
    ("vorige week donderdag ben ik uitgegleden en sindsdien voel ik mijn lies", 0.71),
    ("drie weken, nee, eerder vier", 4),
])
def test_durations_belong_to_the_complaints(text, weeks):
    got = understand(text, "complaint_weeks", TODAY).facts.get("complaint_weeks")
    assert got is not None and abs(got - weeks) <= max(0.2, 0.15 * weeks)


@pytest.mark.parametrize("text", [
    "ik heb een niertransplantatie gehad, tien jaar geleden, en nu pijn in mijn lies",
    "mijn andere heup is twee jaar geleden vervangen, deze doet nu pijn",
    "ik doe al jaren aan hockey",
    "mijn kuit is sinds gisteren stijf en pijnlijk",                       # the calf's, not the hip's
])
def test_the_time_of_another_event_is_not_the_duration(text):
    assert understand(text, None, TODAY).facts.get("complaint_weeks") is None


@pytest.mark.parametrize("text", [
    "mijn dochter stuurde me hierheen omdat ik slecht loop",
    "volgens mijn partner trek ik met mijn been",
    "mijn man zegt dat ik mank loop",
])
def test_someone_else_mentioned_but_the_complaint_is_the_patients(text):
    assert not understand(text, None, TODAY).other_person


def test_a_remark_about_another_body_part_does_not_end_the_check():
    state = CheckState()
    for message in ("pijn in mijn heup", "nee", "nee", "drie weken", "ja, 's nachts"):
        state = handle(state, message, TODAY).state
    turn = handle(state, "oh nee, die nachtpijn zit eigenlijk in mijn rug", TODAY)
    assert not turn.finished and turn.state.answers["hip_complaint"] is True
    turn = handle(turn.state, "mijn knie is ooit geopereerd, de heup nooit", TODAY)
    assert not turn.finished and turn.state.answers["hip_complaint"] is True


def test_first_message_facts_are_kept_and_noted():
    turn = handle(CheckState(), "ik gebruik al maanden medrol en ik rook een pakje per dag, mijn heup doet pijn", TODAY)
    answers = turn.state.answers
    assert answers["steroid_use"] is True and answers["smoking"] is True
    noted = [m["text"] for m in turn.messages if m["text"].startswith("Genoteerd:")]
    assert noted and "corticosteroïden" in noted[0] and "roken: ja" in noted[0]
    turn = handle(CheckState(), "vorig jaar bestraald voor een tumor, nu pijn in mijn lies", TODAY)
    assert turn.state.answers["risk_conditions"] == ["kanker_behandeling"]
