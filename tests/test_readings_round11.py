"""Readings of round 11, each with new sentences of the same kind and controls: a sign affirmed
with "wel" stands beside another one denied ("'s nachts wel, overdag in rust niet"); feasts that
date the complaints (in test_durations); from blind set BN: "twee à drie glazen wijn per week",
a terse "sta niet" after a fall, "n.v.t."."""
import datetime as dt

import pytest

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


@pytest.mark.parametrize("text,asked,slot,value", CASES)
def test_round11_reading(text, asked, slot, value):
    assert_read(text, asked, slot, value, THURSDAY)
