"""Durations in words and digits -> weeks, exactly (the spec: 1 month = 4.35 weeks; vague amounts
get a sensible middle)."""
import datetime as dt

import pytest

from bot.durations import parse_weeks

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize("text,weeks", [
    ("3 dagen", 0.43), ("vijf dage", 0.71), ("sinds gisteren", 0.14), ("sinds eergisteren", 0.29),
    ("twee weken", 2.0), ("drie weke", 3.0), ("2 wk", 2.0), ("een week of drie", 3.0),
    ("een paar weken", 3.0), ("anderhalve maand", 6.52), ("2 mnd", 8.7), ("twee maande", 8.7),
    ("een maand", 4.35), ("een goeie maand", 4.35), ("een paar maanden", 10.0), ("een maand of drie", 13.05),
    ("een half jaar", 26.0), ("al een jaar", 52.0), ("sinds vorig jaar", 52.0), ("5 jr", 260.0),
    ("een jaar of twee", 104.0), ("al jaren", 104.0), ("al maanden", 13.0), ("al weken", 3.0),
    ("sinds de zomer", 22.0), ("al van de zomer", 22.0), ("sinds begin oktober", 7.43), ("sinds kerst", 47.43),
])
def test_duration_in_weeks(text, weeks):
    assert parse_weeks(text, TODAY) == pytest.approx(weeks, abs=0.01)


@pytest.mark.parametrize("text", ["al een tijdje", "lang", "geen idee", "ik heb pijn", "van de trap gevallen"])
def test_no_duration(text):
    assert parse_weeks(text, TODAY) is None
