"""The benchmark (make bench) in its short form: it starts the product as `make run` does and the
bare `rasa init` reference, loads both with 1, 5 and 20 conversations in flight and reports every
figure. It measures; speed is not judged here. And the two parts it rests on: the percentiles, and
the Rasa server's check of action responses (channels/action_responses.py), which must stay as
strict as Rasa's own."""
from __future__ import annotations

import json
import subprocess

import pytest

from tests.conftest import ROOT, VENV_BIN
from tools.bench.load import LoadResult


def test_percentiles_are_nearest_rank():
    result = LoadResult(1, 1, latencies=[n / 1000 for n in range(100, 0, -1)])
    assert (result.percentile(50), result.percentile(95), result.percentile(99)) == (50.0, 95.0, 99.0)
    assert LoadResult(1, 1, latencies=[0.2]).percentile(99) == 200.0 and LoadResult(1, 1).percentile(50) is None


def test_action_responses_are_checked_as_strictly_as_by_rasa():
    from jsonschema import ValidationError
    from rasa.core.actions.action import RemoteAction

    import channels.guarded_rest  # noqa: F401  (what the Rasa server loads; installs the check)
    from channels.action_responses import ORIGINAL, validate_action_result

    assert RemoteAction._validate_action_result is validate_action_result
    action = RemoteAction("validate_heupcheck_form", None)
    good = {"events": [{"event": "slot", "name": "smoking", "value": True}],
            "responses": [{"text": "Rook je?", "buttons": []}]}
    assert action._validate_action_result(good) and ORIGINAL(action, good)
    for bad in ({"events": [{"event": "slot", "name": 3}]}, {"events": "slot"}, {"responses": [1]},
                {"events": [{"event": "no_such_event"}]}):
        with pytest.raises(ValidationError) as ours:
            action._validate_action_result(bad)
        with pytest.raises(ValidationError) as rasas:
            ORIGINAL(action, bad)
        assert ours.value.message == rasas.value.message and "Failed to validate Action server" in ours.value.message


def test_bench_smoke_run_reports_every_figure(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run([str(VENV_BIN / "python"), "-m", "tools.bench", "--smoke", "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=2400)
    print(done.stdout[-5000:])
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads(out.read_text())
    ours, bare = results["heupcheck"], results["rasa_init"]
    for bot in (ours, bare):
        assert [level["in_flight"] for level in bot["levels"]] == [1, 5, 20]
        for level in bot["levels"]:
            assert level["messages"] > 0 and level["messages_per_second"] > 0
            assert 0 < level["p50_ms"] <= level["p95_ms"] <= level["p99_ms"]
        assert bot["start_seconds"] > 0 and bot["peak_rss_mb"]["rasa"] > 100
    assert ours["levels"][2]["messages"] >= 100        # 20 conversations at once
    assert sum(level["errors"] for level in ours["levels"]) == 0, ours["levels"]
    assert set(ours["peak_rss_mb"]) >= {"rasa", "actions", "webchat", "desk"}
    assert bare["train_seconds"] > 0 and ours["all_servers_ready_seconds"] >= ours["start_seconds"]
    comparison = results["comparison"]
    assert [row["in_flight"] for row in comparison["per_level"]] == [1, 5, 20]
    assert comparison["targets"]["p95_at_1"]["ratio"] > 0 and comparison["targets"]["throughput_at_20"]["ratio"] > 0
    for heading in ("in flight", "p95", "msg/s", "peak RSS rasa", "train time", "target p95_at_1"):
        assert heading in done.stdout
