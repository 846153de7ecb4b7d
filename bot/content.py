"""Loads the data files in bot/data once: rules and texts live there, not in code."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterator, List

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


class _StrictLoader(yaml.SafeLoader):
    """YAML keeps the last of two equal keys without a word; in a term list that hides an edit, so refuse it."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Dict[Any, Any]:
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"key {key!r} is given twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def load_text(text: str) -> Any:
    return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader that also refuses repeated keys


@lru_cache(maxsize=None)
def load(name: str) -> Dict[str, Any]:
    return load_text((DATA_DIR / f"{name}.yml").read_text(encoding="utf-8"))


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
