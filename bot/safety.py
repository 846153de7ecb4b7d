"""Safety guard: blocks any text that states or suggests a diagnosis, advises to start, stop or
change medication or gives a dose, or reassures that nothing is wrong (spec section 6)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Dict, List

from bot.content import load
from bot.text import fold


@lru_cache(maxsize=None)
def _rules() -> Dict[str, List["re.Pattern[str]"]]:
    table = load("safety")
    conditions = table["conditions"]
    return {category: [re.compile(p.replace("{conditions}", conditions)) for p in patterns]
            for category, patterns in table["rules"].items()}


def violations(text: str) -> List[str]:
    """The categories (diagnosis, medication, reassurance) that the text breaks; [] when safe."""
    folded = fold(text)
    return [category for category, patterns in _rules().items()
            if any(p.search(folded) for p in patterns)]


def is_safe(text: str) -> bool:
    return not violations(text)


def fallback() -> str:
    return load("safety")["fallback"]


def guard(text: str) -> str:
    """The text itself when it is safe, otherwise the fixed safe fallback."""
    return text if is_safe(text) else fallback()


def guard_tree(node: Any) -> Any:
    """A copy of a JSON-like structure (the advice card) with every string passed through guard."""
    if isinstance(node, str):
        return guard(node)
    if isinstance(node, dict):
        return {key: guard_tree(value) for key, value in node.items()}
    if isinstance(node, list):
        return [guard_tree(value) for value in node]
    return node
