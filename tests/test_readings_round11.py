"""Readings of round 11, each with new sentences of the same kind and controls: a sign affirmed
with "wel" stands beside another one denied ("'s nachts wel, overdag in rust niet"); feasts that
date the complaints (in test_durations)."""
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
]


@pytest.mark.parametrize("text,asked,slot,value", CASES)
def test_round11_reading(text, asked, slot, value):
    assert_read(text, asked, slot, value, THURSDAY)
