"""The install step: a clear failure without Python 3.10, and the project-built Dutch pipeline."""
import shutil
import subprocess
import sys
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import build_dutch_pipeline  # noqa: E402


def test_bootstrap_fails_clearly_without_python_310(tmp_path):
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "bootstrap.sh", project / "scripts")
    shutil.copy(ROOT / "requirements.lock", project)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYENV_ROOT": str(tmp_path / "no-pyenv")}
    result = subprocess.run(["bash", "scripts/bootstrap.sh"], cwd=project, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "needs a Python 3.10 interpreter" in result.stderr
    assert not (project / ".venv").exists()


def test_project_built_dutch_pipeline(tmp_path):
    target = tmp_path / "nl_pipeline"
    source = build_dutch_pipeline.build(force=True, allow_official=False, target=target)
    assert source.startswith("project-built")
    nlp = spacy.load(target)
    doc = nlp("'k liep mank en m'n heup deed pijn")
    assert [t.text for t in doc][:2] == ["'k", "liep"]
    assert doc[0].norm_ == "ik" and doc[1].lemma_ == "lopen"
    assert nlp.meta["heupcheck_source"] == source


def test_the_pipeline_config_loads_is_the_built_one():
    meta = build_dutch_pipeline.installed_meta()
    assert meta["heupcheck_builder"] == build_dutch_pipeline.BUILDER_VERSION
    assert "build/spacy/nl_pipeline" in (ROOT / "config.yml").read_text()
