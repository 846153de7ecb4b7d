"""The alarm safety net (bot/data/alarm_net.yml): which alarm flags a message might be about, in
everyday words and with typos, when the lexicon did not read the sign for certain. Recall first:
a needless yes/no question is cheap, a missed alarm is not."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Dict, List, Optional, Tuple

from rapidfuzz.distance import OSA

from bot.content import UNKNOWN, load
from bot.understanding import (MENTIONED_PEOPLE, Understanding, clause_around, has_phrase, is_negated, over_now,
                               people_phrases, phrase_spans)

_TOKEN = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)?")
_CLAUSE = r"[.!?;]+|\b(?:maar|behalve)\b"
_DEGREES = re.compile(r"^\s*(?:°|graden\b|gr\b|c\b)")
_NEW_ONSET = re.compile(r"\b(?:sinds (?:een |een half |een kwart )?(?:uur|uurtje|half uur|half uurtje|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|net|kort|gisteren)|net|plots\w*|ineens|opeens|vannacht|vanochtend|vanmorgen|vanmiddag|vanavond|weer)\b")
_TEMPERATURE_WORDS = re.compile(r"\b(?:koorts\w*|temp\w*|gemeten|thermometer|verhoging)\b")


@dataclass(frozen=True)
class Topic:
    id: str
    flag: str
    terms: Tuple[str, ...]
    not_when: Tuple[str, ...]
    needs_hip_for: Tuple[str, ...]
    negation_is_a_sign: Tuple[str, ...]
    numbers: Optional[Tuple[float, float]]
    only_after_surgery: bool
    confirms: Dict[str, Any]
    ask: str


@lru_cache(maxsize=None)
def net() -> Dict[str, Any]:
    data = load("alarm_net")
    topics = [Topic(t["id"], t["flag"], tuple(t["terms"]), tuple(t.get("not_when") or ()),
                    tuple(t.get("needs_hip_for") or ()), tuple(t.get("negation_is_a_sign") or ()), tuple(t["numbers"]) if t.get("numbers") else None,
                    bool(t.get("only_after_surgery")), t["confirms"], t["ask"]) for t in data["topics"]]
    return {"topics": topics, **{k: data[k] for k in ("past", "self", "hip_words")},
            "others": data["others"] + people_phrases()}


def topic(flag: str) -> Topic:
    return next(t for t in net()["topics"] if t.flag == flag)


def _word_matches(word: str, term: str) -> bool:
    """A term matches a word exactly; "koorts*" every word starting with koorts; a term of 7 letters
    or more also a word one typo away with the same first three letters ("kortademmig"), a shorter
    one only a swap of two letters ("brost")."""
    if term.endswith("*"):
        stem = term[:-1]
        return word.startswith(stem) or (len(stem) >= 6 and OSA.distance(word[:len(stem)], stem) <= 1)
    if word == term:
        return True
    if len(term) < 5 or word[:2] != term[:2] or abs(len(word) - len(term)) > 1:
        return False
    if len(term) < 7:  # short words: only two letters swapped ("brost"), else too many real words are near
        return sorted(word) == sorted(term) and OSA.distance(word, term) == 1
    return word[:3] == term[:3] and OSA.distance(word, term) <= 1


def _mask(text: str, spans) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _matches(text: str, t: Topic) -> List[Tuple[int, int, str]]:
    """(start, end, term) of every mention of the topic in the text."""
    masked = _mask(text, phrase_spans(text, t.not_when))
    found = []
    for term in t.terms:
        if " " in term:
            found += [(s, e, term) for s, e in phrase_spans(masked, [term])]
    for m in _TOKEN.finditer(masked):
        word = m.group(0)
        term = next((term for term in t.terms if " " not in term and _word_matches(word, term)), None)
        if term:
            found.append((m.start(), m.end(), term))
        elif t.numbers and re.fullmatch(r"\d{2}(?:[.,]\d)?", word):
            value = float(word.replace(",", "."))
            context = clause_around(masked, m.start(), _CLAUSE)
            if t.numbers[0] <= value <= t.numbers[1] and (
                    "," in word or "." in word or _DEGREES.match(masked[m.end():]) or _TEMPERATURE_WORDS.search(context)):
                found.append((m.start(), m.end(), "temperatuur"))
    return found


def _counts(text: str, start: int, end: int, term: str, t: Topic, for_someone_else: bool) -> bool:
    """A mention counts unless it is negated, long past or about someone else (or, for words like
    "warm", not near the hip)."""
    data = net()
    clause = clause_around(text, start, _CLAUSE)
    if term in t.needs_hip_for and not has_phrase(clause, data["hip_words"]):
        return False
    if is_negated(text, start, end, window=3) and term not in t.negation_is_a_sign:  # a far "niet": ask
        return False
    if over_now(text, end):
        return False  # "vorige week koorts gehad, nu niet meer"
    if has_phrase(MENTIONED_PEOPLE.sub(" ", clause), data["past"]) or _an_earlier_year(clause):  # not "net als mijn pa vroeger"
        return False
    if for_someone_else and has_phrase(clause, data["others"]) and not has_phrase(clause, data["self"]):
        return False  # filled in for someone else, about them (with an own complaint beside: ask)
    return True


def _an_earlier_year(clause: str) -> bool:
    """"in 2010 bij een auto-ongeluk uit de kom": a year before this one is long past - unless the
    clause also tells something of now ("prothese sinds 2019 en nu sinds gisteren koorts")."""
    if _NEW_ONSET.search(clause) or re.search(r"\b(?:nu|sinds|vandaag|gisteren|deze week)\b", clause):
        return False
    return any(1900 <= int(y) < dt.date.today().year for y in re.findall(r"\b((?:19|20)\d\d)\b", clause))


_SAME_FALL = re.compile(r"\b(?:sinds|sedert|na|van) (?:die|de|dat|deze) (?:val|valpartij|ongeluk|ongeval)\b")
_NEW_FALL = re.compile(r"\b(?:opnieuw|nog eens|nog een keer|alweer|vandaag|gisteren|zojuist|daarnet|uur geleden)\b")


def topics_to_confirm(text: str, u: Understanding, answers: Dict[str, Any], denied: List[str]) -> List[str]:
    """The alarm flags to ask about for this message (folded, chat forms normalised), in order.
    Each mention is judged on its own (negated, over now, long past, someone else's); nothing for a
    flag the patient already denied in this check, for a fall told with the leg bearing weight, or
    for post-operative signs without a recent operation."""
    read = {**u.signs, **u.facts}
    surgery = answers.get("recent_hip_surgery")
    flags = []
    for t in net()["topics"]:
        if t.flag in denied and not _NEW_ONSET.search(text):
            continue  # denied in this check: not asked again, unless a new onset is told ("sinds een half uur")
        if t.only_after_surgery and surgery is False:
            continue
        if t.flag == "alarm_fever_hot_joint" and surgery is True:
            continue  # after a recent operation these signs are alarm_post_op
        if t.flag == "alarm_acute_trauma" and read.get("acute_trauma") is False and u.signs.get("bears_weight"):
            continue  # a fall after which the leg bears weight, told as such: no question
        if t.flag == "alarm_acute_trauma" and read.get("acute_trauma") is False and u.answer == "no":
            continue  # "nee" to the question about a fall itself
        if t.flag == "alarm_acute_trauma" and answers.get("acute_trauma") is False and not u.signs.get("no_weight") \
                and _SAME_FALL.search(text) and not _NEW_ONSET.search(text) and not _NEW_FALL.search(text) \
                and not _matches(_mask(text, [m.span() for m in _SAME_FALL.finditer(text)]), t):
            continue  # "sinds die val": only the fall already told, after which the leg bears weight
        if any(_counts(text, s, e, term, t, u.other_person) for s, e, term in _matches(text, t)):
            flags.append(t.flag)
    if "alarm_acute_trauma" not in flags and u.signs.get("no_weight") and read.get("acute_trauma") is not True \
            and "alarm_acute_trauma" not in denied and not u.other_person:
        flags.append("alarm_acute_trauma")  # "ik kan echt niet op mijn been staan": whatever the fall was called
    if "alarm_post_op" in flags and "alarm_fever_hot_joint" in flags and surgery is None:
        own = [term for s, e, term in _matches(text, topic("alarm_post_op"))
               if term not in topic("alarm_fever_hot_joint").terms and term != "temperatuur"]
        if not own:
            flags.remove("alarm_post_op")  # fever words alone: one question, about fever and the hip
    return flags


def confirm(flag: str, signs: Dict[str, bool], answers: Dict[str, Any]) -> None:
    """A "ja" to the question about this flag: record its signs and facts."""
    t = topic(flag)
    for sign in t.confirms.get("signs", []):
        signs[sign] = True
    for slot, value in t.confirms.get("facts", {}).items():
        answers[slot] = value


def screen() -> Dict[str, Any]:
    """The last safety question before the advice (bot/data/alarm_net.yml `screen`)."""
    return load("alarm_net")["screen"]


def screen_flags() -> List[str]:
    return [entry["flag"] for entry in screen()["flags"]]


def screen_open(answers: Dict[str, Any], signs: Dict[str, bool], denied: List[str],
                attempts: Dict[str, int]) -> List[str]:
    """The screen's flags still open: not asked in this check (by the safety net or the screen),
    not denied, none of their signs denied now (signs[sign] is False), not covered by the answered
    post-operative question, and fever with a hot hip not after a recent operation."""
    open_flags = []
    for entry in screen()["flags"]:
        flag = entry["flag"]
        if flag in denied or attempts.get(flag):
            continue
        covered = answers.get(entry.get("covered_by") or "")
        if covered is not None and covered != UNKNOWN:
            continue
        if entry.get("not_after_surgery") and answers.get("recent_hip_surgery") is True:
            continue
        if any(signs.get(sign) is False for sign in topic(flag).confirms.get("signs", [])):
            continue
        open_flags.append(flag)
    return open_flags


def screen_ask(flag: str, alone: bool) -> str:
    """The screen's question for one flag; with the opening line when it is the only one asked."""
    entry = next(e for e in screen()["flags"] if e["flag"] == flag)
    return f"{screen()['ask_one']} {entry['ask']}" if alone else entry["ask"]


def screen_denials(text: str) -> List[str]:
    """Signs the message says are fine now in words the reader does not take as a negated sign
    ("ademen gaat goed", "temperatuur normaal"): `denied_by` of the screen's flags."""
    found = []
    for entry in screen()["flags"]:
        if any(re.search(pattern, text) for pattern in entry.get("denied_by", [])):
            found += [sign for sign in topic(entry["flag"]).confirms.get("signs", [])[:1] if sign not in found]
    return found


def no_taken_back(text: str) -> bool:
    """A "nee" to an alarm question that the same message takes back or qualifies (`no_taken_back`)."""
    return has_phrase(text, load("alarm_net")["no_taken_back"])


def question_back(text: str) -> bool:
    """A question back about the alarm question ("wat bedoel je met kortademig?", `question_back`)."""
    return "?" in text and has_phrase(text, load("alarm_net")["question_back"])
