"""End to end over Rasa's REST channel against the real servers: complete conversations in
Netherlands and Flemish Dutch, checking the tracker's slots and the triage payload."""
import json
import uuid
from pathlib import Path

import pytest

from tools.servers import rss_mb

ROOT = Path(__file__).resolve().parent.parent

CONVERSATIONS = {
    "nl_zelfzorg_short": (["Hallo", "ja, sinds 3 dagen pijn in mijn heup", "nee", "nee", "nee",
                           "ja bij de trap", "nee", "nee", "nee", "nee", "geen", "nee", "geen foto", "nee", "nee"],
                          "zelfzorg", {"load_pain"}, {"complaint_weeks": 0.43, "smoking": False}),
    "nl_huisarts_weeks": (["hoi", "ik heb al drie weken last van mijn lies", "nee", "nee", "nee", "nee",
                           "nee", "nee", "nee", "nee", "geen van deze", "ja", "nee", "nee", "nee"],
                          "huisarts", {"smoking"}, {"complaint_weeks": 3.0, "xray_result": "geen"}),
    "nl_mri_prednison": (["Ik heb al maanden liespijn, vooral 's nachts, en ik slik prednison", "nee",
                          "nee", "ja", "nee", "ik drink nooit", "nee", "geen", "nee",
                          "de foto was normaal", "weet ik niet", "nee"],
                         "huisarts_mri", {"rest_night_pain", "corticosteroids", "normal_xray", "long_duration",
                                          "load_pain"},
                         {"steroid_use": True, "known_avn": "onbekend"}),
    "nl_alarm_chest_midway": (["hallo", "ja", "nee", "nee", "twee weken", "ik ben opeens heel benauwd"],
                              "spoed", {"alarm_chest_breath"}, {"load_pain": None}),
    "nl_alarm_trauma_first": (["Ik ben gevallen en kan niet meer op mijn been staan, mijn heup doet pijn"],
                              "spoed", {"alarm_acute_trauma"}, {"acute_trauma": True}),
    "nl_post_op": (["hallo", "ja", "nee", "ja, 3 weken geleden een nieuwe heup", "ja"],
                   "spoed", {"alarm_post_op"}, {"recent_hip_surgery": True, "post_op_alarm": True}),
    "nl_out_of_scope": (["hallo", "nee, alleen mijn knie"], "buiten_scope", set(),
                        {"hip_complaint": False, "acute_trauma": None}),
    "nl_for_mother": (["ik vul dit in voor mijn moeder, zij heeft pijn in haar heup"], "buiten_scope",
                      set(), {"hip_complaint": False}),
    "be_mri_flemish": (["'k heb al een maand of drie pijn aan mijne heup", "neen", "neen", "neen",
                        "ja, als 'k stap", "ja, 'k loop mank", "neen", "'k drink ni", "neen", "lupus",
                        "'k rook ni", "'k weet het ni", "neen", "neen"],
                       "huisarts_mri", {"risk_condition:auto_immuun", "function_loss", "load_pain",
                                        "long_duration"},
                       {"risk_conditions": ["auto_immuun"], "xray_result": "onbekend"}),
    "be_alarm_fever": (["dag, 'k heb pijn in mijn lies", "neen", "neen",
                        "'k heb koorts en mijne heup is warm en dik"],
                       "spoed", {"alarm_fever_hot_joint"}, {}),
    "nl_correction_back_restart": (["hallo", "ja", "nee", "terug", "nee", "nee", "een week", "nee",
                                    "nee", "nee", "nee", "nee wacht, ik gebruik wél prednison",
                                    "nee", "nee", "geen", "nee", "geen foto", "nee", "nee"],
                                   "huisarts_mri", {"corticosteroids"}, {"steroid_use": True}),
    "nl_unknowns": (["hallo", "ja", "weet ik niet", "nee", "weet ik niet", "blabla", "xkcd qwrt",
                     "nee", "nee", "nee", "nee", "nee", "geen", "nee", "geen foto", "nee", "nee"],
                    "zelfzorg", set(), {"acute_trauma": "onbekend", "complaint_weeks": "onbekend",
                                        "rest_night_pain": "onbekend"}),
}


def slots_of(tracker):
    return tracker["slots"]


@pytest.mark.parametrize("name", sorted(CONVERSATIONS))
def test_complete_conversation(bot, name):
    messages, level, flags, expected_slots = CONVERSATIONS[name]
    sender = f"e2e-{name}-{uuid.uuid4().hex[:8]}"
    payloads = []
    for index, message in enumerate(messages):
        replies = bot.send(sender, message)
        payloads += [r["custom"]["triage"] for r in replies if "custom" in r]
        if index == 0:
            assert any("geen diagnose" in r.get("text", "") for r in replies)
        if not payloads and index < len(messages) - 1:
            assert slots_of(bot.tracker(sender))["requested_slot"] is not None
    assert len(payloads) == 1, f"{name}: expected one triage payload, got {len(payloads)}"
    payload = payloads[0]
    slots = slots_of(bot.tracker(sender))
    assert payload["level"] == slots["triage_level"] == level
    assert set(slots["red_flags"]) == {f["id"] for f in payload["flags"]} == flags
    assert slots["triage_score"] == payload["score"]
    assert slots["requested_slot"] is None
    for slot, value in expected_slots.items():
        assert slots[slot] == value, slot
        assert payload["answers"][slot] == value, slot


def test_bad_input_over_rest_is_answered_and_loses_nothing(bot):
    sender = f"e2e-bad-{uuid.uuid4().hex[:8]}"
    bot.send(sender, "hallo")
    bot.send(sender, "ja, pijn in mijn lies")
    # refused before NLU: answered, not counted as a failed try, the question stays
    for message, expected in [("x" * 1_000_000, "te lang"), ("", "leeg"), ("   \x00\x1b  ", "leeg")]:
        replies = bot.send(sender, message)
        assert expected in " ".join(r.get("text", "") for r in replies)
        slots = slots_of(bot.tracker(sender))
        assert slots["hip_complaint"] is True and slots["requested_slot"] == "acute_trauma"
    # not understandable: a clear answer and a rephrase, then "onbekend" and the next question
    replies = bot.send(sender, "🙂🙂🙂")
    assert "emoji" in " ".join(r.get("text", "") for r in replies)
    assert slots_of(bot.tracker(sender))["requested_slot"] == "acute_trauma"
    replies = bot.send(sender, "What is this? I need help please")
    assert "Nederlands" in " ".join(r.get("text", "") for r in replies)
    slots = slots_of(bot.tracker(sender))
    assert slots["acute_trauma"] == "onbekend" and slots["requested_slot"] == "recent_hip_surgery"
    # text starting with "/" cannot trigger an intent (here: a restart)
    bot.send(sender, "/start_over")
    assert slots_of(bot.tracker(sender))["hip_complaint"] is True


def test_user_text_never_reaches_the_logs(bot):
    marker = f"geheimwoord{uuid.uuid4().hex[:6]}"
    sender = f"e2e-log-{uuid.uuid4().hex[:8]}"
    bot.send(sender, "hallo")
    bot.send(sender, f"ja pijn in mijn lies {marker}")
    assert marker not in bot.logs()


def test_figures(bot):
    """Not a timing assertion: records what was measured for the closing note (results/)."""
    latencies = sorted(bot.latencies)
    figures = {"server_start_seconds": round(bot.start_seconds, 1), "messages": len(latencies),
               "latency_p50_ms": round(1000 * latencies[len(latencies) // 2], 1),
               "latency_p95_ms": round(1000 * latencies[int(len(latencies) * 0.95) - 1], 1),
               "rss_mb": {name: rss_mb(pid) for name, pid in bot.pids.items()}}
    (ROOT / "results").mkdir(exist_ok=True)
    (ROOT / "results" / "e2e_figures.json").write_text(json.dumps(figures, indent=2))
    print("\nE2E figures:", json.dumps(figures))
    assert figures["messages"] > 50


def test_after_the_advice_a_correction_and_a_restart(bot):
    sender = f"e2e-after-{uuid.uuid4().hex[:8]}"
    bot.send(sender, "hallo")
    first = bot.send(sender, "nee")
    assert [r["custom"]["triage"]["level"] for r in first if "custom" in r] == ["buiten_scope"]
    corrected = bot.send(sender, "sorry, ik heb toch pijn op de borst")
    assert [r["custom"]["triage"]["level"] for r in corrected if "custom" in r] == ["spoed"]
    assert slots_of(bot.tracker(sender))["triage_level"] == "spoed"
    restarted = bot.send(sender, "opnieuw beginnen")
    assert any("opnieuw" in r.get("text", "") for r in restarted)
    slots = slots_of(bot.tracker(sender))
    assert slots["requested_slot"] == "hip_complaint" and slots["triage_level"] is None
    assert slots["alarm_flags"] == [] and slots["hip_complaint"] is None
    bot.send(sender, "ja")
    assert slots_of(bot.tracker(sender))["requested_slot"] == "acute_trauma"


def test_the_web_chat_region_reaches_the_bot_and_other_metadata_is_dropped(bot):
    sender = f"e2e-region-{uuid.uuid4().hex[:8]}"
    bot.send(sender, "hallo", metadata={"region": "BE", "naam": "Jan Jansen"})
    replies = bot.send(sender, "ik ben gevallen en kan niet op mijn been staan, pijn in de heup",
                       metadata={"region": "BE"})
    card = next(r["custom"]["advice"] for r in replies if "custom" in r)
    assert card["level"] == "spoed" and "1733" in card["action"]
    tracker = bot.tracker(sender)
    assert slots_of(tracker)["region"] == "BE"
    first_user = next(e for e in tracker["events"] if e["event"] == "user")
    assert first_user["metadata"]["region"] == "BE" and "naam" not in first_user["metadata"]
