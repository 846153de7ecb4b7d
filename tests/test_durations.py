"""Durations in words and digits -> weeks, exactly (the spec: 1 month = 4.35 weeks; vague amounts
get a sensible middle)."""
import datetime as dt

import pytest

from bot.durations import find_durations, parse_weeks, tidy

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize("text,weeks", [
    ("3 dagen", 0.43), ("vijf dage", 0.71), ("sinds gisteren", 0.14), ("sinds eergisteren", 0.29),
    ("twee weken", 2.0), ("drie weke", 3.0), ("2 wk", 2.0), ("een week of drie", 3.0),
    ("een paar weken", 3.0), ("anderhalve maand", 6.52), ("2 mnd", 8.7), ("twee maande", 8.7),
    ("een maand", 4.35), ("een goeie maand", 4.35), ("een paar maanden", 10.0), ("een maand of drie", 13.05),
    ("een half jaar", 26.0), ("al een jaar", 52.0), ("sinds vorig jaar", 52.0), ("5 jr", 260.0),
    ("een jaar of twee", 104.0), ("al jaren", 104.0), ("al maanden", 13.0), ("al weken", 3.0),
    ("sinds de zomer", 16.14), ("al van de zomer", 16.14), ("sinds begin oktober", 7.43), ("sinds kerst", 47.43),
])
def test_duration_in_weeks(text, weeks):
    assert parse_weeks(text, TODAY) == pytest.approx(weeks, abs=0.01)


@pytest.mark.parametrize("text", ["al een tijdje", "lang", "geen idee", "ik heb pijn", "van de trap gevallen"])
def test_no_duration(text):
    assert parse_weeks(text, TODAY) is None


# --- every duration with its place (issue 11): dates, ordinals, holidays, relative times ---------
DEC_1 = dt.date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize("text,weeks", [
    ("sinds vrijdag de dertiende", 2.57), ("sinds de eerste september", 13.0), ("sinds allerheiligen", 4.29),
    ("vorige week donderdag", 0.71), ("sinds zondag 25 oktober", 5.29), ("sinds de zomer van 2018", 434.86),
    ("al van in augustus", 17.43), ("sinds half november", 2.29), ("sinds sint-maarten", 2.86),
    ("sinds 3 weke", 3.0), ("ca. 6 wk", 6.0),
    # feasts people date things by (round 11): Suikerfeest 20 March 2026, Prinsjesdag 15 September 2026
    ("sinds het suikerfeest", 36.57), ("sinds de jaarwisseling", 47.71), ("sinds prinsjesdag", 11.0),
    ("sinds de gentse feesten", 19.14), ("sinds de wapenstilstand", 2.86), ("sinds oudjaar", 47.86),
])
def test_dates_and_spellings(text, weeks):
    assert parse_weeks(text, DEC_1) == pytest.approx(weeks, abs=0.01)


def test_every_duration_is_found_in_order_with_its_place():
    text = tidy("de prednison slik ik al 6 mnd, de pijn in de lies is er pas sinds half november")
    found = find_durations(text, DEC_1)
    assert [d.weeks for d in found] == [26.1, 2.29]
    assert text[found[1].start:found[1].end] == "sinds half november"


@pytest.mark.parametrize("text", ["nu, vijf jaar later, doet de andere heup pijn", "twee jaar voor ze overleed",
                                  "een paar weken nadat ik weer ging lopen"])
def test_a_time_counted_from_another_moment_is_no_duration_of_the_complaints(text):
    assert find_durations(tidy(text), DEC_1) == []
    assert find_durations(tidy(text), DEC_1, relative=True)  # the operation's time may still use it
