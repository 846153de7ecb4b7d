"""Text normalisation shared by input checks and extraction (pure string work)."""
from __future__ import annotations

import re
import unicodedata

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
