"""Readings added in the sixth round of blind sets (AY, AZ; BA kept for the end), each with new
sentences of the same kind, not the sets' own. Each case names the slot it is about."""
import pytest

from tests.test_review_findings import TODAY, read_as  # TODAY is Tuesday 2026-12-01


@pytest.mark.parametrize("text,asked,expected", [
    # the hip itself turning red, swollen or hot is when the complaint began, when nothing else is told
    ("mijn lies is sinds eergisteren dik en heet", None, {"complaint_weeks": 0.29, "hip_complaint": True}),
    ("Heup sinds maandag rood en opgezet, 38,6 gemeten", None, {"complaint_weeks": 0.14}),
    ("mijn heup is al twee weken warm en rood", "hip_complaint", {"complaint_weeks": 2.0}),
    # ... but not when another duration of the complaints is told, nor a sign of the calf or wound,
    # nor a sign added to a complaint ("ook", "nu"), nor in the answer to another question
    ("sinds zondag is mijn heup rood en warm, maar de pijn heb ik al 5 weken", None, {"complaint_weeks": 5.0}),
    ("mijn kuit is sinds zondag dik en rood", None, {"complaint_weeks": None}),
    ("de wond van mijn heup is sinds gisteren rood", None, {"complaint_weeks": None}),
    ("ik loop mank en de heup is sinds vanmorgen ook warm", None, {"complaint_weeks": None}),
    ("ja, en mijn heup is sinds gisteren dik en rood", "load_pain", {"complaint_weeks": None}),
    ("Mijn kunstheup heb ik sinds 2015. Nu is de heup dik en warm.", None, {"complaint_weeks": None}),
    # weeks written "w" or in French "sem." count; regional "nieuwe heup" and "kunstheub" are operations
    ("4w geleden aan mijn heup geopereerd", None, {"recent_hip_surgery": True}),
    ("ja, heupprothese 7 sem. geleden", "recent_hip_surgery", {"recent_hip_surgery": True}),
    ("ik heb twee weken terug een nuuj heup gekregen en nu ben ik zo benauwd", None,
     {"recent_hip_surgery": True, "post_op_alarm": True}),
    ("sinds de nieje heup van vorige maand is mijn kuit dik", None, {"recent_hip_surgery": True, "post_op_alarm": True}),
    ("Een kunstheub heb ik al sinds 2012.", None, {"recent_hip_surgery": False}),
    # the hip denied without an article, or with "zelf"; the groin told with "wel" beside it is a complaint
    ("Mijn enkel doet zeer. Heup niet.", None, {"hip_complaint": False}),
    ("pijn aan de knie, de heup zelf doet niks", None, {"hip_complaint": False}),
    ("alleen de knie. niet de heup.", None, {"hip_complaint": False}),
    ("only my knee, pas la hanche", None, {"hip_complaint": False}),
    ("de heup niet, de lies wel", None, {"hip_complaint": True}),
    ("Heup nie. Bil wel, sinds vorige week.", None, {"hip_complaint": True}),
    ("mijn lies is wel in orde, de knie niet", None, {"hip_complaint": False}),
    # West-Flemish "eupe" without the h
    ("'t doet zeer in mijn eupe sinds zondag", None, {"hip_complaint": True}),
])
def test_round6_readings(text, asked, expected):
    assert read_as(text, asked, expected) == expected
