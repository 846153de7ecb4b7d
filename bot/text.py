"""Text normalisation shared by input checks and extraction (pure string work)."""
from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import OSA  # the typo measure of bot/understanding.py

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")


def strip_control(text: str) -> str:
    """Remove control and invisible formatting characters; keep ordinary whitespace (tabs as spaces,
    line breaks as line breaks: a list of lines is a list of statements, bot/understanding.py)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def fold(text: str) -> str:
    """Lower-case, strip accents (wél -> wel, röntgen -> rontgen), unify apostrophes and spaces."""
    text = strip_control(text).translate(_APOSTROPHES).lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text).strip()


def words(folded: str) -> list:
    return re.findall(r"[a-z0-9']+", folded)


_STAR = re.compile(r"(?:^|\s)\*\s?([a-z']{3,})\b\*?")


def star_corrections(folded: str) -> str:
    """Chat's own correction: "mijn kuif is dik *kuit" puts "kuit" in place of the earlier word it
    is a typo of (at most two letters different), and the starred word goes."""
    for m in reversed(list(_STAR.finditer(folded))):
        word = m.group(1)
        before = folded[:m.start()]
        candidates = [w for w in re.finditer(r"[a-z']+", before)
                      if w.group(0) != word and abs(len(w.group(0)) - len(word)) <= 2 and OSA.distance(w.group(0), word) <= 2]
        if candidates:
            typo = candidates[-1]
            folded = before[:typo.start()] + word + before[typo.end():m.start()] + folded[m.end():]
    return folded
