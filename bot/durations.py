"""Dutch durations in words and digits -> weeks (spec: 1 month = 4.35 weeks; vague amounts get a
sensible middle: "een paar weken" = 3, "een paar maanden" = 10, "een jaar of twee" = 104)."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from bot.content import lexicon

UNIT_WEEKS = {"dag": 1 / 7, "week": 1.0, "maand": 4.35, "jaar": 52.0}
_UNIT_RE = (r"(?P<unit>dag(?:en|e|je|jes)?|dgn|week|weken|weke|weekje|weekjes|wk|wkn|maand(?:en|e|je|jes)?"
            r"|mnd|mnden|mndn|jaar|jaren|jaartje|jr)")
_UNIT_STEMS = (("d", "dag"), ("w", "week"), ("m", "maand"), ("j", "jaar"))


def _unit(word: str) -> str:
    """dag / week / maand / jaar from any spelling the unit pattern accepts (weke, mnd, jr, ...)."""
    return next(unit for stem, unit in _UNIT_STEMS if word.startswith(stem))


def _number(word: str) -> Optional[float]:
    word = word.replace(",", ".")
    try:
        return float(word)
    except ValueError:
        return lexicon()["durations"]["numbers"].get(word)


_AGE = re.compile(r"\b(?:ik ben|ben nu|(?:man|vrouw|heer|dame|meisje|jongen|mevrouw|meneer) van|leeftijd)"
                  r"(?: \w+)? \d{2,3}(?: jaar)?(?: oud)?\b(?! ?(?:dag|dagen|week|weken|wk|maand\w*|mnd|jaren|geleden|keer|x\b))"
                  r"|\b\d{1,3} (?:jaar|jr) oud\b|^\d{1,3}$"
                  r"|(?<=, )\d{2,3}(?: jaar)?(?= ?[.,!?]|$)")
_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")


def strip_ages(folded: str) -> str:
    """Ages ("ik ben 79", "een dame van 78 jaar", "Jos, 58 jaar,") are not durations."""
    return _AGE.sub(" ", folded)


_GLUED = re.compile(r"(\d)(wk|wkn|dgn|dg|mnd|mndn|jr|weken|week|dagen|dag|maanden|maand|jaar)\b")
_SHORT_MONTHS = {"jan": "januari", "feb": "februari", "mrt": "maart", "apr": "april", "jun": "juni", "jul": "juli",
                 "aug": "augustus", "sep": "september", "sept": "september", "okt": "oktober", "nov": "november",
                 "dec": "december"}


def _tidy(folded: str) -> str:
    """"3wk" -> "3 wk", "1/2 jaar" -> "half jaar", "+/- 1 mnd" -> "1 mnd", "3 okt" -> "3 oktober"."""
    folded = _GLUED.sub(r"\1 \2", folded)
    folded = re.sub(r"\b1/2\b", "half", folded).replace("+/-", " ")
    return re.sub(r"\b(\d{1,2}) (" + "|".join(_SHORT_MONTHS) + r")\b\.?", lambda m: f"{m.group(1)} {_SHORT_MONTHS[m.group(2)]}", folded)


def parse_weeks(folded: str, today: Optional[dt.date] = None) -> Optional[float]:
    """Weeks that the complaints have lasted, from folded text; None when no duration is found."""
    folded = _tidy(strip_ages(folded))
    table = lexicon()["durations"]
    for phrase, weeks in table["fixed"].items():
        if re.search(rf"\b{phrase}\b", folded):
            return float(weeks)
    vague = re.search(rf"\b(?:een )?(?:paar|aantal|enkele|meerdere) {_UNIT_RE}\b", folded)
    if vague:
        return float(table["vague"][_unit(vague.group("unit"))])
    number_words = "|".join(sorted(table["numbers"], key=len, reverse=True))
    number = rf"(?P<num>\d+(?:[.,]\d+)?|{number_words})"
    # "een week of drie", "een jaar of twee"
    if re.search(rf"\b(?:een )?{_UNIT_RE} of wat\b", folded):
        return float(table["vague"][_unit(re.search(rf"\b(?:een )?{_UNIT_RE} of wat\b", folded).group("unit"))])
    approx = re.search(rf"\b(?:een )?{_UNIT_RE} of {number}\b", folded)
    if approx and _number(approx.group("num")) is not None:
        return round(_number(approx.group("num")) * UNIT_WEEKS[_unit(approx.group("unit"))], 2)
    plain = re.search(rf"\b{number} {_UNIT_RE}\b", folded)
    if plain and _number(plain.group("num")) is not None:
        return round(_number(plain.group("num")) * UNIT_WEEKS[_unit(plain.group("unit"))], 2)
    single = re.search(rf"\b(?:een|1|sinds|al|ongeveer|ruim|bijna)(?: (?:goeie|goede|dikke|ruime|kleine|krappe))? "
                       rf"{_UNIT_RE}\b", folded)
    if single and single.group("unit") in ("dag", "week", "maand", "jaar", "weekje", "maandje", "dagje", "jaartje"):
        return round(UNIT_WEEKS[_unit(single.group("unit"))], 2)
    plural = re.search(r"\bal (dagen|weken|maanden|jaren)\b", folded)
    if plural:
        return float(table["plural"][plural.group(1)])
    return _since_date(folded, today or dt.date.today())


def _weeks_since(start: dt.date, today: dt.date) -> float:
    if start > today:
        start = start.replace(year=start.year - 1)
    return round(max((today - start).days, 0) / 7, 2)


def _since_date(folded: str, today: dt.date) -> Optional[float]:
    """"sinds de zomer", "sinds kerst", "sinds maart", "sinds 15 november", "sinds zondag": weeks
    from that moment until today."""
    table = lexicon()["durations"]
    numeric = re.search(r"\b(?:sinds|vanaf|op|van)? ?(\d{1,2})[-/](\d{1,2})\b(?![-/]\d)", folded)
    if numeric and 1 <= int(numeric.group(1)) <= 31 and 1 <= int(numeric.group(2)) <= 12 and (
            numeric.group(0).startswith(("sinds", "vanaf", "op", "van")) or numeric.group(0) == folded.strip()):
        try:
            return _weeks_since(dt.date(today.year, int(numeric.group(2)), int(numeric.group(1))), today)
        except ValueError:
            pass
    day_month = re.search(rf"\b(\d{{1,2}}) ({'|'.join(_MONTHS)})\b", folded)
    if day_month and 1 <= int(day_month.group(1)) <= 31:
        try:
            return _weeks_since(dt.date(today.year, _MONTHS.index(day_month.group(2)) + 1, int(day_month.group(1))), today)
        except ValueError:
            pass
    days = "|".join(sorted(table["weekdays"], key=len, reverse=True))
    weekday = re.search(rf"\b(?:sinds|vanaf|vorige|afgelopen|op|van)(?: \w+){{0,2}}? ({days})\b", folded)
    if weekday:
        back = (today.weekday() - table["weekdays"][weekday.group(1)]) % 7 or 7
        if "vorige" in weekday.group(0):
            back += 7 if back < 7 else 0
        return round(back / 7, 2)
    match = re.search(r"\b(?:sinds|vanaf|van|begin|eind|half|rond|omstreeks|na|in)(?: (?:begin|eind|half|midden|medio|afgelopen|vorige|"
                      r"de|het|deze))* (\w+)\b", folded)
    if not match:
        return None
    word = match.group(1)
    month_day = table["moments"].get(word)
    if month_day is None:
        return None
    month, day = month_day
    part = re.search(rf"\b(begin|half|midden|medio|eind) {word}\b", folded)
    if part and word in _MONTHS:
        day = {"begin": 1, "half": 15, "midden": 15, "medio": 15, "eind": 27}[part.group(1)]
    start = dt.date(today.year, month, day)
    if start > today:
        start = dt.date(today.year - 1, month, day)
    return round(max((today - start).days, 0) / 7, 2)
