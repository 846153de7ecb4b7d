"""Dutch durations in words and digits -> weeks (spec: 1 month = 4.35 weeks; vague amounts get a
sensible middle: "een paar weken" = 3, "een paar maanden" = 10, "een jaar of twee" = 104)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, List, Optional, Tuple

from bot.content import lexicon

UNIT_WEEKS = {"dag": 1 / 7, "week": 1.0, "maand": 4.35, "jaar": 52.0}
_UNIT_RE = (r"(?P<unit>dag(?:en|e|je|jes)?|dgn|dg|d(?=\s*$|\s+(?:geleden|terug)\b)|week|weken|weke|weeke|weekje|weekjes|wk|wkn|w(?=\s*$|\s*[.,;!?)]|\s+(?:geleden|terug|last|al|denk|ofzo|pijn)\b)|sem|semaines?|maand(?:en|e|je|jes)?"
            r"|mnd|mnden|mndn|jaar|jaren|jaartje|jr)")
_UNIT_STEMS = (("d", "dag"), ("w", "week"), ("sem", "week"), ("m", "maand"), ("j", "jaar"))  # "6 sem.": French weeks


def _unit(word: str) -> str:
    """dag / week / maand / jaar from any spelling the unit pattern accepts (weke, mnd, jr, ...)."""
    return next(unit for stem, unit in _UNIT_STEMS if word.startswith(stem))


def _number(word: str) -> Optional[float]:
    word = word.replace(",", ".")
    try:
        return float(word)
    except ValueError:
        return lexicon()["durations"]["numbers"].get(word)


_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")
_SHORT_MONTHS = {"jan": "januari", "feb": "februari", "mrt": "maart", "apr": "april", "jun": "juni", "jul": "juli",
                 "aug": "augustus", "sep": "september", "sept": "september", "okt": "oktober", "nov": "november",
                 "dec": "december"}
_A_MONTH = "|".join(_MONTHS + tuple(_SHORT_MONTHS))
_AGE = re.compile(r"\b(?:ik ben|ben nu|(?:man|vrouw|heer|dame|meisje|jongen|mevrouw|meneer) van|leeftijd)"
                  rf"(?: \w+)? \d{{2,3}}(?: jaar)?(?: oud)?\b(?! ?(?:dag|dagen|week|weken|wk|maand\w*|mnd|jaren|geleden|keer|x\b)| (?:{_A_MONTH})\b)"  # not "ik ben op 20 oktober geopereerd"
                  r"|\b\d{1,3} (?:jaar|jr) oud\b|^\d{1,3}$"
                  r"|(?<=, )\d{2,3}(?: jaar)?(?= ?[.,!?]|$)"
                  r"|(?<=[(,] )\d{2,3} (?:jaar|jr)\b(?= ?[),])|\(\s*\d{2,3}(?: (?:jaar|jr))?\s*\)")
def strip_ages(folded: str) -> str:
    """Ages ("ik ben 79", "een dame van 78 jaar", "Jos, 58 jaar,") are not durations."""
    return _AGE.sub(" ", folded)


_GLUED = re.compile(r"(\d)(wk|wkn|dgn|dg|mnd|mndn|jr|weken|week|dagen|dag|maanden|maand|jaar|d|w|sem)\b")
def _tidy(folded: str) -> str:
    """"3wk" -> "3 wk", "1/2 jaar" -> "half jaar", "+/- 1 mnd" -> "1 mnd", "3 okt" -> "3 oktober"."""
    folded = _GLUED.sub(r"\1 \2", folded)
    folded = re.sub(r"\b1/2\b", "half", folded).replace("+/-", " ")
    return re.sub(r"\b(\d{1,2}) (" + "|".join(_SHORT_MONTHS) + r")\b\.?", lambda m: f"{m.group(1)} {_SHORT_MONTHS[m.group(2)]}", folded)


@dataclass(frozen=True)
class Duration:
    """One duration in a text: its length in weeks and where it stands."""
    weeks: float
    start: int
    end: int


@lru_cache(maxsize=1)
def _last_year_first() -> "re.Pattern[str]":
    moments = "|".join(sorted(lexicon()["durations"]["moments"], key=len, reverse=True))
    return re.compile(rf"\b(vorig jaar|vorige jaar|verleden jaar) ({moments})\b")


def tidy(folded: str) -> str:
    """The text as durations are read from it: ages left out, "3wk" spaced, short months written out.
    Positions from find_durations refer to this text."""
    folded = re.sub(r"\b(ca|ong|bv|resp|circa|bijv|ongev)\.", r"\1", folded)  # "ca. 6 wk": no sentence break
    folded = re.sub(r"\bsint[- ]maarten\b", "sintmaarten", folded)
    folded = re.sub(r"\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|morgen|middag|avond|nacht)\b", r"\1", folded)  # "sinds zondagochtend"
    folded = _last_year_first().sub(r"\2 \1", folded)  # "vorig jaar kerst": kerst vorig jaar
    return _tidy(strip_ages(folded))


# a duration that counts from another moment ("vijf jaar later", "twee jaar voor ze overleed", "een
# paar weken nadat ik weer ging lopen") is not how long the complaints have lasted
_RELATIVE = re.compile(r"^\s*(?:later|daarna|erna|nadien|nadat|na (?:de|mijn|het|m'n|die|dat)|voor (?:ze|hij|de|mijn|het|dat)|voordat|na dato)\b")
_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
             "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12, "dertiende": 13, "veertiende": 14, "vijftiende": 15,
             "zestiende": 16, "zeventiende": 17, "achttiende": 18, "negentiende": 19, "twintigste": 20,
             "eenentwintigste": 21, "tweeentwintigste": 22, "drieentwintigste": 23, "vierentwintigste": 24,
             "vijfentwintigste": 25, "zesentwintigste": 26, "zevenentwintigste": 27, "achtentwintigste": 28,
             "negenentwintigste": 29, "dertigste": 30, "eenendertigste": 31}
_SHORT_DAYS = ("ma", "di", "wo", "do", "vr", "za", "zat", "zo", "zon")


def parse_weeks(folded: str, today: Optional[dt.date] = None) -> Optional[float]:
    """Weeks of the first duration in the folded text; None when there is none."""
    found = find_durations(tidy(folded), today, relative=True)
    return found[0].weeks if found else None


def find_durations(text: str, today: Optional[dt.date] = None, relative: bool = False) -> List[Duration]:
    """Every duration in a tidied text, in order. Where two readings overlap, the first matcher below
    wins (a fixed phrase before a number, a number before a date). relative: also those that count
    from another moment ("5 weken na mijn prothese": right for the operation, not for the complaints)."""
    today = today or dt.date.today()
    table = lexicon()["durations"]
    found: List[Duration] = []
    blocked: List[Tuple[int, int]] = []  # relative times: nothing inside them counts either ("een week of twee daarna")

    def add(weeks: Optional[float], span: Tuple[int, int]) -> None:
        if weeks is None or any(start <= span[0] and span[1] <= end for start, end in blocked):
            return
        overlapping = [d for d in found if d.start < span[1] and span[0] < d.end]
        if any(not (span[0] <= d.start and d.end <= span[1] and (span[1] - span[0]) > (d.end - d.start)) for d in overlapping):
            return  # an earlier reading stands, unless this one holds it and is longer ("vorige week donderdag")
        for d in overlapping:
            found.remove(d)
        if not relative and _RELATIVE.match(text[span[1]:]):
            blocked.append(span)
            return
        found.append(Duration(round(float(weeks), 2), span[0], span[1]))

    for phrase, weeks in table["fixed"].items():
        for m in re.finditer(rf"\b{phrase}\b", text):
            add(weeks, m.span())
    for m in re.finditer(rf"\b(?:een )?(?:paar|aantal|enkele|meerdere|al wat) {_UNIT_RE}\b", text):
        add(table["vague"][_unit(m.group("unit"))], m.span())
    number_words = "|".join(sorted(table["numbers"], key=len, reverse=True))
    number = rf"(?P<num>\d+(?:[.,]\d+)?|{number_words})"
    for m in re.finditer(rf"\b(?:een )?{_UNIT_RE} of wat\b", text):
        add(table["vague"][_unit(m.group("unit"))], m.span())
    for m in re.finditer(rf"\b(?:een )?{_UNIT_RE} of {number}\b", text):
        if _number(m.group("num")) is not None:
            add(_number(m.group("num")) * UNIT_WEEKS[_unit(m.group("unit"))], m.span())
    for m in re.finditer(rf"\b{number} {_UNIT_RE}\b", text):
        if _number(m.group("num")) is not None:
            add(_number(m.group("num")) * UNIT_WEEKS[_unit(m.group("unit"))], m.span())
    for m in re.finditer(rf"\b(?:een|1|sinds|al|ongeveer|ruim|bijna)(?: (?:goeie|goede|dikke|ruime|kleine|krappe))? "
                         rf"{_UNIT_RE}\b", text):
        if m.group("unit") in ("dag", "week", "maand", "jaar", "weekje", "maandje", "dagje", "jaartje"):
            add(UNIT_WEEKS[_unit(m.group("unit"))], m.span())
    for m in re.finditer(r"\bal (dagen|weken|maanden|jaren)\b", text):
        add(table["plural"][m.group(1)], m.span())
    for m in re.finditer(r"\b(?:po |post ?op |postoperatieve? )?dag (\d{1,3})(?= (?:na|post)\b)", text):
        add(int(m.group(1)) / 7, m.span())  # "PO dag 21 na THP": the operation was 21 days ago
    for weeks, span in _dates(text, today):
        add(weeks, span)
    found.sort(key=lambda d: d.start)
    for first, second in zip(found, found[1:]):  # "een maand en twee weken", "een jaar en drie maanden": one duration
        units = [re.fullmatch(rf"(?:\S+ )?{_UNIT_RE}", text[d.start:d.end]) for d in (first, second)]
        if all(units) and re.fullmatch(r" (?:en|plus) ", text[first.end:second.start]) and second.weeks < first.weeks \
                and not re.match(r"\s*(?:geleden|terug|later|daarna)\b", text[second.end:]) \
                and not re.search(r"\b(?:ben|werk|woon|ben nu|heb)\s+(?:al\s+)?$", text[:first.start]) \
                and not re.match(r"(?:vorige|afgelopen|deze|volgende)\b", text[second.start:]) \
                and _unit(units[0].group("unit")) != _unit(units[1].group("unit")):
            found[found.index(first)] = Duration(round(first.weeks + second.weeks, 2), first.start, second.end)
            found.remove(second)
            break
    return found


def _days_back(weekday: str, today: dt.date) -> int:
    """Days since the last such weekday before today (a week for today's own name)."""
    return (today.weekday() - lexicon()["durations"]["weekdays"][weekday]) % 7 or 7


def day_words(text: str, today: Optional[dt.date] = None) -> List[Duration]:
    """Days told bare ("zaterdag", "gister"): a duration only where a "sindsdien" makes them the
    start of something; the caller decides that."""
    today = today or dt.date.today()
    table = lexicon()["durations"]
    found = []
    for m in re.finditer(r"\b\w+\b", text):
        word = m.group(0)
        if word in table["day_words"]:
            found.append(Duration(round(table["day_words"][word] / 7, 2), m.start(), m.end()))
        elif word in table["weekdays"] and word not in _SHORT_DAYS:
            found.append(Duration(round(_days_back(word, today) / 7, 2), m.start(), m.end()))
    return found


def _weeks_since(start: dt.date, today: dt.date) -> float:
    if start > today:
        start = start.replace(year=start.year - 1)
    return round(max((today - start).days, 0) / 7, 2)


def _date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _dates(text: str, today: dt.date) -> Iterator[Tuple[float, Tuple[int, int]]]:
    """"sinds 15 november", "sinds 3-10", "sinds de eerste september", "sinds vrijdag de dertiende",
    "sinds zondag", "sinds de zomer van 2018", "sinds eind oktober", "sinds kerst": weeks from that
    moment until today."""
    table = lexicon()["durations"]
    for m in re.finditer(r"\bde (\d{1,2})(?:de|ste|e)? (?:van )?(?:de )?(vorige|verleden|afgelopen|deze) maand\b", text):
        month = today.month if m.group(2) == "deze" else (today.month - 2) % 12 + 1  # "sinds de 18de van vorige maand"
        start = _date(today.year if month <= today.month else today.year - 1, month, int(m.group(1)))
        if start and start <= today:
            yield _weeks_since(start, today), m.span()
    for m in re.finditer(r"\b(?:sinds|vanaf|op|van|aanvang|begin|begonnen|gestart|start|operatie|geopereerd)?:? ?(\d{1,2})[-/](\d{1,2})\b(?![-/]\d)", text):
        if m.group(0).startswith(("sinds", "vanaf", "op", "van", "aanvang", "begin", "gestart", "start", "operatie", "geopereerd")) \
                or m.group(0) == text.strip():
            day = _date(today.year, int(m.group(2)), int(m.group(1))) if 1 <= int(m.group(2)) <= 12 else None
            if day:
                yield _weeks_since(day, today), m.span()
    months = "|".join(_MONTHS)
    ordinals = "|".join(sorted(_ORDINALS, key=len, reverse=True))
    for m in re.finditer(rf"\b(?:(\d{{1,2}})(?:de|ste|e)?|(?:de |den )?({ordinals})) ({months})\b", text):
        day = _date(today.year, _MONTHS.index(m.group(3)) + 1, int(m.group(1)) if m.group(1) else _ORDINALS[m.group(2)])
        if day:
            yield _weeks_since(day, today), m.span()
    for m in re.finditer(rf"\b(?:sinds|vanaf|op|van)(?: \w+)? (?:de |den )({ordinals})\b(?=\s*(?:[,.;!?)]|$|en\b|maar\b|van deze maand\b))", text):
        day = _date(today.year, today.month, _ORDINALS[m.group(1)])  # "sinds vrijdag de dertiende": this month
        if day and day > today:
            day = _date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, _ORDINALS[m.group(1)])
        if day:
            yield _weeks_since(day, today), m.span()
    days = "|".join(sorted((d for d in table["weekdays"] if d not in _SHORT_DAYS), key=len, reverse=True))
    short = "|".join(_SHORT_DAYS)
    for m in re.finditer(rf"\b(?:sinds|vanaf|vorige|afgelopen|op|van)(?:(?: \w+){{0,2}}? ({days})| ({short}))\b"
                         rf"(?! (?:\d{{1,2}} |de |den )?(?:{months}|{ordinals})\b)", text):
        name = m.group(1) or m.group(2)
        back = _days_back(name, today)
        end = m.end()
        last_week = re.match(r" (?:van )?(?:vorige|verleden|de vorige|afgelopen) week\b", text[m.end():])
        if "vorige" in m.group(0) or last_week:  # "vorige week donderdag", "dinsdag van vorige week": last week's
            back = today.weekday() + 7 - table["weekdays"][name]
            end += last_week.end() if last_week else 0
        yield round(back / 7, 2), (m.start(), end)
    for m in re.finditer(r"\b(?:sinds|vanaf|van in|van|begin|eind|half|rond|omstreeks|na|in|op|met)(?: (?:begin|eind|half|midden|medio|"
                         r"afgelopen|vorige|de|den|het|deze|mijn))* (?!sinds\b|vanaf\b)(\w+)(?: (?:van |in )?((?:19|20)\d\d))?\b", text):
        word = m.group(1)
        if re.fullmatch(r"(?:19|20)\d\d", word) and m.group(0).startswith(("sinds", "vanaf", "van")):
            year = int(word)  # "sinds 2019": from the middle of that year
            if year <= today.year:
                yield _weeks_since(_date(year, 7, 1) if year < today.year else dt.date(year, 1, 1), today), m.span()
            continue
        month_day = table["moments"].get(word)
        if month_day is None:
            continue
        if m.group(0).startswith(("op ", "met ")) and not re.search(
                r"\b(?:begon|begonnen|begint|gestart|startte|sinds|kreeg|gekregen|had|heb|was|is het)\b",
                text[max(0, m.start() - 40):m.end() + 25]):
            continue  # "met de kerstvakantie wil ik gaan skien": a plan, not a start
        month, day = month_day
        part = re.search(rf"\b(begin|half|midden|medio|eind) {word}\b", m.group(0))
        if part and word in _MONTHS:
            day = {"begin": 1, "half": 15, "midden": 15, "medio": 15, "eind": 27}[part.group(1)]
        if m.group(2):
            start = _date(int(m.group(2)), month, day)
            if start and start <= today:
                yield _weeks_since(start, today), m.span()
            continue
        last_year = re.match(r" (?:van )?(?:vorig|vorige|verleden) jaar\b", text[m.end():])
        if last_year:  # "sinds oktober vorig jaar", "de zomer van vorig jaar"
            yield _weeks_since(dt.date(today.year - 1, month, day), today), (m.start(), m.end() + last_year.end())
            continue
        start = dt.date(today.year, month, day)
        season = table.get("season_starts", {}).get(word)
        if start > today and season and dt.date(today.year, *season) <= today:
            start = dt.date(today.year, *season)  # "sinds de zomer", told in July: this summer's start
        yield _weeks_since(start, today), m.span()
