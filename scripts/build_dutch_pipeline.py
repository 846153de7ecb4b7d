"""Provide the Dutch spaCy pipeline that config.yml loads from build/spacy/nl_pipeline.

Path 1 (preferred): the official nl_core_news_sm 3.4.0 package, installed from its release
wheel. Path 2 (where that release host is unreachable): a project-built pipeline from PyPI-only
parts: blank Dutch + the lookup lemmatizer with spacy-lookups-data tables + chat tokenizer fixes.

Both end in the same folder; its meta.json says which one it is ("heupcheck_source").
Run again only when the folder is missing or was built by an older version of this script.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import spacy
from spacy.attrs import ORTH, NORM

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "build" / "spacy" / "nl_pipeline"
BUILDER_VERSION = "2"
OFFICIAL_NAME = "nl_core_news_sm"
OFFICIAL_VERSION = "3.4.0"
OFFICIAL_WHEEL = (
    "https://github.com/explosion/spacy-models/releases/download/"
    f"{OFFICIAL_NAME}-{OFFICIAL_VERSION}/{OFFICIAL_NAME}-{OFFICIAL_VERSION}-py3-none-any.whl"
)

# Chat Dutch (Netherlands and Flemish) that the default tokenizer splits badly.
CHAT_SPECIAL_CASES = {
    "'k": [{ORTH: "'k", NORM: "ik"}],
    "'t": [{ORTH: "'t", NORM: "het"}],
    "m'n": [{ORTH: "m'n", NORM: "mijn"}],
    "z'n": [{ORTH: "z'n", NORM: "zijn"}],
    "d'r": [{ORTH: "d'r", NORM: "haar"}],
    "da's": [{ORTH: "da", NORM: "dat"}, {ORTH: "'s", NORM: "is"}],
}


def installed_meta(target: Path = TARGET) -> dict:
    meta_file = target / "meta.json"
    if not meta_file.exists():
        return {}
    return json.loads(meta_file.read_text(encoding="utf-8"))


def try_official() -> "spacy.Language | None":
    """Install and load nl_core_news_sm 3.4.0; None when it cannot be had here."""
    try:
        return spacy.load(OFFICIAL_NAME)
    except OSError:
        pass
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--timeout", "15",
         "--retries", "0", OFFICIAL_WHEEL],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        print(f"dutch pipeline: {OFFICIAL_NAME} {OFFICIAL_VERSION} could not be downloaded "
              "(release host unreachable); building the project pipeline instead")
        return None
    return spacy.load(OFFICIAL_NAME)


def add_chat_tokenizer_fixes(nlp: "spacy.Language") -> None:
    for text, case in CHAT_SPECIAL_CASES.items():
        nlp.tokenizer.add_special_case(text, case)
        nlp.tokenizer.add_special_case(text.capitalize(), [
            {**case[0], ORTH: case[0][ORTH].capitalize()}, *case[1:]])


def build_project_pipeline() -> "spacy.Language":
    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the lemma_lookup table from spacy-lookups-data
    add_chat_tokenizer_fixes(nlp)
    nlp.meta["name"] = "heupcheck_nl"
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = ("Blank Dutch + lookup lemmatizer (spacy-lookups-data) + chat "
                               "tokenizer fixes, built by scripts/build_dutch_pipeline.py")
    return nlp


def build(force: bool = False, allow_official: bool = True, target: Path = TARGET) -> str:
    meta = installed_meta(target)
    if not force and meta.get("heupcheck_builder") == BUILDER_VERSION:
        return meta["heupcheck_source"]
    nlp = try_official() if allow_official else None
    if nlp is not None:
        source = f"{OFFICIAL_NAME}-{OFFICIAL_VERSION}"
        add_chat_tokenizer_fixes(nlp)
    else:
        source = "project-built (blank nl + lookup lemmatizer + chat tokenizer fixes)"
        nlp = build_project_pipeline()
    nlp.meta["heupcheck_source"] = source
    nlp.meta["heupcheck_builder"] = BUILDER_VERSION
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return source


if __name__ == "__main__":
    force = "--force" in sys.argv
    print(f"dutch pipeline in use: {build(force=force)} ({TARGET.relative_to(ROOT)})")
