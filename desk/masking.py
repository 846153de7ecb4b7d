"""Masks personal identifiers in free text of transcripts: names, phone numbers, e-mail
addresses, BSN, dates (of birth) and more, with deduce (Dutch de-identification). deduce's lookup
structures are built by the install step; loading them takes seconds, so the desk loads them once
per process (`warm_up` at start)."""
from __future__ import annotations

import re
import threading
from functools import lru_cache

_lock = threading.Lock()

# deduce tags a name as e.g. [PERSOON-1]; the desk shows the kind of identifier only.
_TAG = re.compile(r"\[([A-Z_]+)(?:-\d+)?\]")
LABELS = {"PERSOON": "naam", "PATIENT": "naam", "TELEFOONNUMMER": "telefoonnummer",
          "EMAILADRES": "e-mailadres", "BSN": "BSN", "DATUM": "datum", "LEEFTIJD": "leeftijd",
          "LOCATIE": "plaats", "INSTELLING": "instelling", "ZIEKENHUIS": "ziekenhuis",
          "URL": "url", "ID": "nummer", "PATIENTNUMMER": "nummer"}

# Dutch and Belgian phone numbers, also without separators, which deduce tags as a plain number.
_PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)3[12][\s-]?(?:\(0\))?|0)\d(?:[\s-]?\d){7,8}(?!\w)")


@lru_cache(maxsize=1)
def _deduce():
    from deduce import Deduce
    return Deduce()


def warm_up() -> None:
    with _lock:
        _deduce()


def mask(text: str) -> str:
    """The text with every identifier deduce finds replaced by [kind], e.g. [naam]."""
    if not text.strip():
        return text
    text = _PHONE.sub("[TELEFOONNUMMER]", text)
    with _lock:
        masked = _deduce().deidentify(text).deidentified_text
    return _TAG.sub(lambda m: f"[{LABELS.get(m.group(1), m.group(1).lower())}]", masked)
