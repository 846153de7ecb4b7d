"""Every red flag and every decision rule of ../shared/spec/triage.md, keyed by its id."""
import pytest

from bot.content import SLOTS, flags as flag_table
from bot.triage import red_flags, score, triage, weight

BASE = {slot: None for slot in SLOTS}


def answers(**values):
    return {**BASE, "hip_complaint": True, **values}


# flag id -> (answers, free-text alarms) that raise it
FLAG_CASES = {
    "alarm_post_op": (answers(recent_hip_surgery=True, post_op_alarm=True), []),
    "alarm_chest_breath": (answers(), ["alarm_chest_breath"]),
    "alarm_acute_trauma": (answers(acute_trauma=True), []),
    "alarm_fever_hot_joint": (answers(), ["alarm_fever_hot_joint"]),
    "rest_night_pain": (answers(rest_night_pain=True), []),
    "function_loss": (answers(function_loss=True), []),
    "load_pain": (answers(load_pain=True), []),
    "long_duration": (answers(complaint_weeks=6.0), []),
    "corticosteroids": (answers(steroid_use=True), []),
    "alcohol": (answers(alcohol_use=True), []),
    "hip_trauma_history": (answers(hip_trauma_history=True), []),
    "risk_condition:lupus-like": (answers(risk_conditions=["auto_immuun"]), []),
    "smoking": (answers(smoking=True), []),
    "normal_xray": (answers(xray_result="normaal"), []),
    "known_avn": (answers(known_avn=True), []),
}
EXPECTED_WEIGHTS = {"alarm_post_op": 10, "alarm_chest_breath": 10, "alarm_acute_trauma": 10,
                    "alarm_fever_hot_joint": 10, "rest_night_pain": 3, "function_loss": 2,
                    "load_pain": 1, "long_duration": 1, "corticosteroids": 3, "alcohol": 3,
                    "hip_trauma_history": 3, "risk_condition:auto_immuun": 3, "smoking": 1,
                    "normal_xray": 2, "known_avn": 2}


@pytest.mark.parametrize("flag_id", sorted(FLAG_CASES))
def test_flag_is_raised_with_its_spec_weight(flag_id):
    given, alarms = FLAG_CASES[flag_id]
    expected = "risk_condition:auto_immuun" if flag_id.startswith("risk_condition") else flag_id
    raised = red_flags(given, alarms)
    assert raised == [expected]
    assert score(raised) == EXPECTED_WEIGHTS[expected]


def test_every_spec_flag_is_in_the_data_with_label_and_source():
    table = flag_table()["flags"]
    for flag_id, expected_weight in EXPECTED_WEIGHTS.items():
        key = "risk_condition" if flag_id.startswith("risk_condition") else flag_id
        assert table[key]["weight"] == expected_weight == weight(flag_id)
        assert table[key]["label"] and table[key]["sources"]
    assert set(flag_table()["risk_conditions"]) == {
        "sikkelcelziekte", "stollingsstoornis", "auto_immuun", "kanker_behandeling",
        "transplantatie", "nierziekte", "gaucher"}


@pytest.mark.parametrize("given", [answers(complaint_weeks=5.9), answers(complaint_weeks="onbekend"),
                                   answers(xray_result="afwijkend"), answers(risk_conditions=[]),
                                   answers(steroid_use="onbekend", alcohol_use=False)])
def test_no_flag_without_a_risk(given):
    assert red_flags(given) == []


def test_each_risk_condition_is_its_own_flag():
    raised = red_flags(answers(risk_conditions=["sikkelcelziekte", "nierziekte"]))
    assert raised == ["risk_condition:sikkelcelziekte", "risk_condition:nierziekte"]
    assert score(raised) == 6


# decision rules (first match wins)
def test_rule_1_spoed_on_any_alarm_even_with_other_flags():
    result = triage(answers(acute_trauma=True, steroid_use=True, complaint_weeks=20))
    assert result.level == "spoed"
    assert result.score == 10 + 3 + 1


def test_rule_1_spoed_beats_no_hip_complaint():
    assert triage({**BASE, "hip_complaint": False}, ["alarm_chest_breath"]).level == "spoed"


def test_rule_2_buiten_scope_without_hip_complaint():
    result = triage({**BASE, "hip_complaint": False})
    assert (result.level, result.score, result.flags) == ("buiten_scope", 0, [])


@pytest.mark.parametrize("slot,value", [("steroid_use", True), ("alcohol_use", True),
                                        ("hip_trauma_history", True), ("risk_conditions", ["gaucher"]),
                                        ("rest_night_pain", True), ("function_loss", True),
                                        ("xray_result", "normaal"), ("known_avn", True)])
def test_rule_3_huisarts_mri(slot, value):
    assert triage(answers(complaint_weeks=1.0, **{slot: value})).level == "huisarts_mri"


@pytest.mark.parametrize("given", [answers(complaint_weeks=2.0), answers(complaint_weeks=30, smoking=True),
                                   answers(complaint_weeks="onbekend", load_pain=True)])
def test_rule_4_huisarts(given):
    assert triage(given).level == "huisarts"


@pytest.mark.parametrize("given", [answers(complaint_weeks=1.9, load_pain=True, smoking=True),
                                   answers(complaint_weeks="onbekend"), answers(complaint_weeks=0.14)])
def test_rule_5_zelfzorg(given):
    assert triage(given).level == "zelfzorg"


def test_unknown_answers_never_raise_the_level():
    unknown = {slot: "onbekend" for slot in SLOTS if slot != "hip_complaint"}
    assert triage(answers(**unknown)).level == "zelfzorg"
    assert triage(answers(**unknown)).flags == []
