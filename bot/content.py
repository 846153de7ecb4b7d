"""Loads the data files in bot/data once: rules and texts live there, not in code."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterator, List

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=None)
def load(name: str) -> Dict[str, Any]:
    with open(DATA_DIR / f"{name}.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def flags() -> Dict[str, Any]:
    return load("flags")


def questions() -> List[Dict[str, Any]]:
    return load("questions")["questions"]


def question(slot: str) -> Dict[str, Any]:
    return next(q for q in questions() if q["slot"] == slot)


def advice() -> Dict[str, Any]:
    return load("advice")


def messages() -> Dict[str, Any]:
    return load("messages")


def lexicon() -> Dict[str, Any]:
    return load("lexicon")


def strings_in(node: Any) -> Iterator[str]:
    """Every string inside a YAML/JSON-like tree (dicts, lists), in order."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings_in(value)


SLOTS: List[str] = [q["slot"] for q in questions()]
REGIONS = ("NL", "BE")
SPEC_VERSION: str = str(flags()["spec_version"])
UNKNOWN = "onbekend"
