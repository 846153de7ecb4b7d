"""Readings of round 9: general mechanisms found in what the 60 tuned sets still misread, and
(after their first-sight measurement) what blind sets BI and BJ taught, each with new sentences of
the same kind and controls: West-Flemish "moa" (maar) ends a denial, so a calf told after "gin
koorts" is present; Flemish "enkel" is "alleen" unless it is the ankle, so "nee, enkel als ik op die
zij lig" is a qualified yes; "vooral as ik efkes gestapt heb"; "stappen doet wel veel pijn"."""
import datetime as dt

import pytest

from tests.readings import assert_read

THURSDAY = dt.date(2026, 12, 3)

CASES = [
    # "moa" is West-Flemish "maar": it ends the scope of "gin koorts"
    ("nee, gin koorts, moa mijn kuite is zo dik en stijf sinds gisteren", "post_op_alarm", "calf", True),
    ("nee, gin koorts, moa mijn kuite is zo dik en stijf sinds gisteren", "post_op_alarm", "post_op_alarm", True),
    ("gin koorts moa de wonde loopt, 't is nat", "post_op_alarm", "wound", True),
    ("nee, gin koorts en de kuite is nie dik", "post_op_alarm", "post_op_alarm", False),
    # Flemish "enkel" (only) against the ankle
    ("In rust niet, nee. Enkel als ik 's nachts op die zij lig, dan word ik wakker.", "rest_night_pain", "rest_night_pain", True),
    ("Nee, enkel bij de trap.", "load_pain", "load_pain", True),
    ("Nee, mijn enkel doet pijn, niet de heup.", "hip_complaint", "hip_complaint", False),
    ("Gestopt, al tien jaar. Geen enkel sigaretje meer.", "smoking", "smoking", False),
    ("Neen, enkel 's zondags een pintje.", "alcohol_use", "alcohol_use", False),
    # load pain told with a past participle or two words between
    ("Ik heb al ne maand of twee pijn in mijn lies, vooral as ik efkes gestapt heb.", None, "load_pain", True),
    ("Pijn in de lies als ik een eindje gelopen heb.", None, "load_pain", True),
    ("gevallen nee, maar stappen doet wel veel pijn, da wel", "acute_trauma", "load_pain", True),
    ("lopen doed zeer", "load_pain", "load_pain", True),
    ("stappen doet niet veel pijn", "load_pain", "load_pain", False),
    ("lopen doet geen pijn", "load_pain", "load_pain", False),
]


@pytest.mark.parametrize("text,asked,slot,value", CASES)
def test_round9(text, asked, slot, value):
    assert_read(text, asked, slot, value, THURSDAY)
