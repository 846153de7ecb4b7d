"""Readings of round 12, tuned on blind set BO after its first-sight figure was written down, each
with new sentences of the same kind and controls: a spoken ending without "n" ("kon daarna
doorlope", "5 dage"); medical shorthand for the chest ("dyspnée", "thoracale pijn"); the plural
"liezen"; a short course "vorig jaar"; knee pain only; a correction with "nee fout" / "laat maar";
the writer's own doubt put as a question and answered."""
import datetime as dt

import pytest

from bot.understanding import understand
from tests.readings import assert_read

THURSDAY = dt.date(2026, 12, 3)

CASES = [
    # the spoken ending without "n" is the word the rules know (lexicon dialect_vowels 'e$')
    ("ja ben gevalle maar kon daarna gwn doorlope hoor", "acute_trauma", "acute_trauma", False),  # from BO
    ("gevalle ja, mor ik kon nog gewoon lope", "acute_trauma", "acute_trauma", False),
    ("alleen n kuurtje van 5 dage prednizon vorige maand", "steroid_use", "steroid_use", False),  # from BO
    ("al twee weke pijn in mijn lies", None, "complaint_weeks", 2.0),
    # a short course last year is still a short course (spec 8); long use last year is not
    ("een kuur van een week prednison vorig jaar, verder niks", "steroid_use", "steroid_use", False),
    ("vorig jaar een maand of vier prednison geslikt", "steroid_use", "steroid_use", True),  # control
    # medical shorthand for breathlessness and chest pain (alarm_chest_breath)
    ("Sinds vanochtend dyspnée en thoracale pijn, en mijn heup doet zeer.", None, "hip_complaint", True),
    # the plural "liezen" is the groin: a denial of the hips and groins counts
    ("Pijn in mijn rechterknie, alleen de knie hoor, mijn heupen en liezen zijn prima.", None, "hip_complaint", False),  # from BO
    ("Mijn liezen doen pijn als ik loop.", None, "hip_complaint", True),  # control
    ("knie doet zeer na voetbal verder niks", "hip_complaint", "hip_complaint", False),  # from BO
    # controls: pain from the groin to the knee is a hip complaint (spec 8)
    ("pijn in mijn lies die uitstraalt naar de knie, alleen de knie is erger", None, "hip_complaint", True),
    ("Mijn knie doet pijn, het trekt door naar mijn lies, verder niks", None, "hip_complaint", True),
    # a correction: what comes after it counts
    ("Ik heb alleen last van mijn knie. Laat maar, ook een beetje in mijn lies eigenlijk, als ik fiets.",
     None, "hip_complaint", True),  # from BO; read as false before, that ends the check
    ("Ik heb pijn in mijn lies. Sinds een week of drie. Nee fout, vier.", None, "complaint_weeks", 4.0),  # from BO
    ("Twee maanden. Nee fout, drie.", "complaint_weeks", "complaint_weeks", 13.05),
    # the writer's own doubt, put as a question and answered
    ("Foto gemaakt. Normaal, zei ze. Of zei ze dat er iets te zien was? Nee, normaal.", "xray_result", "xray_result", "normaal"),  # from BO
    ("Er is een foto gemaakt. Of was het een scan? Ze zagen slijtage.", "xray_result", "xray_result", "afwijkend"),
]


@pytest.mark.parametrize("text,asked,slot,value", CASES)
def test_round12_reading(text, asked, slot, value):
    assert_read(text, asked, slot, value, THURSDAY)


@pytest.mark.parametrize("text", ["Oui, sinds vanochtend dyspnée en thoracale pijn, en mijn heup doet mal.",
                                  "sinds gisteren dyspneu, heup doet pijn",
                                  "Ik heb sinds vannacht thoraxpijn en mijn lies doet pijn"])
def test_medical_shorthand_for_the_chest_is_read(text):
    u = understand(text, None, THURSDAY)
    assert u.signs.get("chest_breath") is True
