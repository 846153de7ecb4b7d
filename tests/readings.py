"""One reading checked against what a test expects: the slot's fact, or the alarm sign it names.
Shared by the parametrised reading tests of the rounds and reviews."""
from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from bot.understanding import understand

SIGNS = ("fever", "calf", "wound", "chest_breath", "hot_joint", "bears_weight")


def assert_read(text: str, asked: Optional[str], slot: str, value: Any, today: dt.date,
                tolerance: Optional[float] = None) -> None:
    """An alarm sign expected as None must not be read as present (absent or denied are both
    fine); a duration may differ by `tolerance` weeks when one is given; anything else is exact."""
    u = understand(text, asked, today)
    got = (u.signs if slot in SIGNS else u.facts).get(slot)
    if slot in SIGNS and value is None:
        assert got is not True
    elif tolerance is not None and isinstance(value, float):
        assert got is not None and abs(got - value) < tolerance
    else:
        assert got == value
