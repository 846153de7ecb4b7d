"""Readings of round 11, each with new sentences of the same kind and controls: a sign affirmed
with "wel" stands beside another one denied ("'s nachts wel, overdag in rust niet"); feasts that
date the complaints (in test_durations); from blind set BN: "twee à drie glazen wijn per week",
a terse "sta niet" after a fall, "n.v.t."."""
import datetime as dt

import pytest

from bot.alarm_net import topics_to_confirm
from bot.understanding import understand
from tests.readings import assert_read

THURSDAY = dt.date(2026, 12, 3)

CASES = [
    # a sign affirmed with "wel" beside another one denied: the slot is a union of signs (spec 2)
    ("'s nachts wel, overdag in rust niet", "rest_night_pain", "rest_night_pain", True),
    ("in bed wel, als ik zit niet", "rest_night_pain", "rest_night_pain", True),
    ("Bij het traplopen wel, bij gewoon wandelen niet zo.", "load_pain", "load_pain", True),
    # controls: "wel goed" / "gaat wel" is no sign, a plain denial stays a no
    ("'s nachts wel goed, overdag in rust ook niet", "rest_night_pain", "rest_night_pain", False),
    ("Nee, 's nachts slaap ik wel, ook in rust niks.", "rest_night_pain", "rest_night_pain", False),
    ("Niet 's nachts en niet in rust.", "rest_night_pain", "rest_night_pain", False),
    # from BN: a few glasses a week, told with "à" and the drink after the glasses, is no heavy drinking
    ("Matig: twee à drie glazen wijn per week.", "alcohol_use", "alcohol_use", False),  # from BN
    ("Een stuk of 2 a 3 glazen bier per week, meer niet.", "alcohol_use", "alcohol_use", False),
    ("twee à drie glazen wijn per avond", "alcohol_use", "alcohol_use", True),  # control: every evening
    # a terse "sta niet" after a fall is a leg that does not bear weight
    ("gevallen fiets. sta niet. heup.", "acute_trauma", "acute_trauma", True),  # from BN
    ("Van de trap gevallen, steun niet meer.", None, "acute_trauma", True),
    ("Gevallen maar ik sta nog, loop gewoon.", "acute_trauma", "acute_trauma", False),  # control
    # "n.v.t." is a no
    ("n.v.t.", "steroid_use", "steroid_use", False),  # from BN
]


# BM's missed emergency: a "nee" to a sign the writer asks back, taken back at once, is no denial;
# the safety net asks about the sign (a "ja" gives spoed). Controls: a plain "nee" stays a denial.
TAKEN_BACK = [
    ("Nee, geen koorts, de wond is droog, mijn kuit is normaal. Benauwd? Nee... nou ja, een beetje, "
     "sinds gisteren bij de trap. Ik bedoel, best wel eigenlijk. Is dat slecht?", True),  # from BM
    ("Kortademig? Nee, nou ja, soms, als ik opsta.", True),
    ("Benauwd? Nee. Ja, toch wel een beetje.", True),
    ("Benauwd? Nee, wel een beetje moe.", True),  # unsure: asking costs one question
    ("Koorts? Nee toch, 36,8. Benauwd? Nee.", False),
    ("Benauwd? Nee, helemaal niet.", False),
]


@pytest.mark.parametrize("text,asked", TAKEN_BACK)
def test_a_no_taken_back_after_a_sign_asked_back_is_asked_about(text, asked):
    u = understand(text, "post_op_alarm", THURSDAY)
    flags = topics_to_confirm(u.text, u, {"recent_hip_surgery": True}, [])
    assert (("alarm_chest_breath" in flags or "alarm_post_op" in flags or u.facts.get("post_op_alarm") is True) == asked)


@pytest.mark.parametrize("text,asked,slot,value", CASES)
def test_round11_reading(text, asked, slot, value):
    assert_read(text, asked, slot, value, THURSDAY)
