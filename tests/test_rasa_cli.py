"""Rasa's own checks, run as part of the suite: data validation and the test stories."""
import os
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RASA = str(ROOT / ".venv" / "bin" / "rasa")


def run(*args, timeout=900):
    with tempfile.TemporaryDirectory() as work:
        # endpoints.yml names the SQLite file by ${HEUPCHECK_DB}: give rasa test a throwaway one
        env = {**os.environ, "HEUPCHECK_DB": str(Path(work) / "tracker.db"), "ACTION_PORT": "5055",
               "RASA_TELEMETRY_ENABLED": "false"}
        result = subprocess.run([RASA, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                                timeout=timeout)
    return result.returncode, result.stdout + result.stderr


def test_rasa_data_validate():
    code, output = run("data", "validate", "--data", "data", "--domain", "domain.yml", "--config", "config.yml")
    assert code == 0, output[-3000:]
    assert "conflict" not in output.lower() or "No story structure conflicts found" in output


def test_rasa_test_stories_have_no_prediction_errors(tmp_path):
    stories = list((ROOT / "tests" / "stories").glob("*.yml"))
    count = sum(path.read_text(encoding="utf-8").count("- story:") for path in stories)
    assert count >= 30
    # --e2e also checks the intent of every user text (without it, a wrong intent passes)
    code, output = run("test", "core", "--e2e", "--stories", "tests/stories", "--model", "models/heupcheck.tar.gz",
                       "--fail-on-prediction-errors", "--out", str(tmp_path / "results"))
    failed = tmp_path / "results" / "failed_test_stories.yml"
    details = failed.read_text(encoding="utf-8")[:4000] if failed.exists() else output[-3000:]
    assert code == 0, details
