"""Classifies raw user input before it is understood: too long, empty, emoji-only, gibberish,
not Dutch. The channel applies the same length cap before the NLU pipeline sees the text."""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from bot.content import REGIONS, lexicon
from bot.text import fold, strip_control, words

MAX_MESSAGE_CHARS = 1000

_VOWELS = set("aeiouy")


def client_region(metadata: object) -> Optional[str]:
    """The region (NL or BE) a client such as the web chat sends as REST metadata, or None."""
    region = metadata.get("region") if isinstance(metadata, dict) else None
    return region if region in REGIONS else None


def _is_emoji_or_symbol(ch: str) -> bool:
    return unicodedata.category(ch) in {"So", "Sk", "Sm", "Mn", "Cf", "Cs", "Co"} or ch in "\u200d\ufe0f"


def classify(raw: Optional[str]) -> Optional[str]:
    """Return a problem code (too_long, empty, emoji_only, gibberish, non_dutch) or None if usable."""
    if raw is None:
        return "empty"
    if len(raw) > MAX_MESSAGE_CHARS:
        return "too_long"
    text = strip_control(raw).strip()
    if not text or all(not ch.isalnum() and not _is_emoji_or_symbol(ch) for ch in text):
        return "empty"
    if not any(ch.isalnum() for ch in text):
        return "emoji_only"
    folded = fold(text)
    tokens = words(folded)
    if not tokens:
        return "gibberish"
    vocab = lexicon()["language"]
    dutch = sum(1 for t in tokens if t in vocab["dutch_words"])
    foreign = sum(1 for t in tokens if t in vocab["foreign_words"])
    if foreign >= 2 and foreign > 2 * dutch:
        return "non_dutch"
    if dutch == 0 and all(_looks_like_gibberish(t) for t in tokens if not t.isdigit()):
        return "gibberish"
    return None


def _looks_like_gibberish(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    if not letters:
        return False
    if len(letters) >= 4 and not any(c in _VOWELS for c in letters):
        return True
    if re.search(r"[bcdfghjklmnpqrstvwxz]{5,}", token):
        return True
    return bool(re.search(r"(.)\1{3,}", token))
