"""Dutch understanding: every questionnaire fact a message contains, negation-aware, plus the
alarm signs, a yes/no/unknown answer to the question being asked, and conversation commands.

Technique: lexicon patterns (bot/data/lexicon.yml) over folded text, with ConText-style negation
(pre- and post-triggers with a scope that ends at terminators such as "maar" or "wel"). Within one
clause an explicit "no" phrase beats a "yes" match ("een kort kuurtje prednison"); across clauses the
later statement wins, so corrections ("nee wacht, ik gebruik wél prednison") overwrite.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Dict, Iterable, List, Optional, Tuple

from rapidfuzz.distance import OSA

from bot import answer_model
from bot.content import UNKNOWN, lexicon, load, strings_in
from bot.durations import _MONTHS, day_words, find_durations, tidy
from bot.text import fold, star_corrections

YES_NO_SLOTS = ("hip_complaint", "acute_trauma", "recent_hip_surgery", "post_op_alarm", "load_pain",
                "rest_night_pain", "function_loss", "steroid_use", "alcohol_use",
                "hip_trauma_history", "smoking", "known_avn")
ALARM_SLOTS = ("acute_trauma", "post_op_alarm")
_BARE_ONLY = ("geen", "niet", "niks", "niets", "nooit", "wel")  # answers alone, or before one of these:
_BARE_FOLLOW = ("meer", "echt", "hoor", "van", "daarvan", "last", "pijn", "zo", "gehad", "gedaan", "nodig",
                "ooit", "gebruikt", "gerookt", "gedronken", "gevallen", "geopereerd", "dus", "ja", "nee")
_SUPPOSED = re.compile(r"\b(?:dacht|dachten|vreesde|vroeg me af) (?:eerst |al |even )?(?:dat|of)\b")
_NOT_ME = re.compile(r"(?:^|[,.;!?]\s*|\b(?:maar|ma|mo|mor|en|dat|da|het)\s+)(?:ik|ikzelf)(?: zelf)?(?: gelukkig| ook| eigenlijk| dus| persoonlijk| echt)? (?:heb |had )?(?:niet|nooit|ni|nie|niks|niets)\b(?=\s*(?:[,.;!?]|$|hoor\b|he\b|maar\b|en\b|van (?:dat|da|die)\b))"
                    r"|\b(?:ik|ikzelf)(?: zelf)? (?:heb|had|gebruik|slik|rook|drink) (?:het|dat|dit|er)(?: zelf)?(?: gelukkig)?"
                    r" (?:nooit|niet|niks|niets|nie|ni|geen)\b(?!\s+(?:van|zo|door|gemerkt|verklaring|idee|oorzaak)\b)|\b(?:ik|ikzelf)(?: zelf)? (?:heb|had)(?: zelf)? (?:niks|niets)\b")
RECENT_SURGERY_WEEKS = 13.05  # "in the last 3 months" (3 x 4.35 weeks), boundary included
_SENTENCE = re.compile(r"[.!?;\n]+|:(?=\s)|\bmaar\b")
_UNSURE_BEFORE = re.compile(r"\b(?:weet|weten) (?:ik |het |ik het |niet |nie |ni )?(?:niet |nie |ni )?(?:zeker |precies )?of (?:[\w']+ ){0,3}$")
_NOT_MEASURED = re.compile(r"\s*(?:[\w']+ ){0,3}?(?:niet|nie|ni|nog niet|nog nie|nog ni|never) (?:ge)?me(?:t|ten)\b")
# "sinds het bezoek van mijn schoonouders", "net als mijn pa": a person named, not the one with the sign
MENTIONED_PEOPLE = re.compile(r"\b(?:van|met|bij|naar|door|voor|over|zonder|tegen|(?:net |precies )?(?:als|zoals)) (?:mijn|ons|onze|de) \w+"
                               r"(?: (?:vroeger|destijds|toen|ooit|vorig jaar|jaren geleden))?")
# the hip that cannot do something: a "niet" beside these words is a complaint, not a denial
_HIP_AT_WORK = re.compile(r"\b(?:kan|kon|kun|werkt|werken|wil|wilt|lukt|lukte|beweegt|bewegen|buigen|draaien|lopen|slapen|liggen|staan|"
                          r"zitten|stappen|belasten|zoals vroeger|in orde|wat (?:hij|ze|zij|het) (?:was|geweest)|"
                          r"(?:gaat|gaan|komt|komen|willen|valt|vallen) (?:\w+ )?(?:niet|nie|ni) (?:meer )?mee)\b")
_THEIR = re.compile(r"(?<!\bhet )(?<!\ber )(?<!\bdat )(?<!\bdie )(?<!\bwat )\b(?:haar|zijn|hun|his|her)\s+(?:rechter|linker|andere |rechtse |linkse )?$")  # before a hip word: someone else's
_BODY_PART = re.compile(r"\b(?:rechter|linker)?(?:lie[sz]|heup|bil|cox)\w*")
_CONTRAST_AFTER_DENIAL = re.compile(r"\b(?:geen|niet|nie|ni|normaal|droog|dicht|prima|goed|fine|ok)\b[^.;!?]*?[,;.]?\s*\b(?:maar|but|behalve|alleen|wel)\b\s+(?!(?:niks|niets|geen|niet)\b)\w+")
_INNER_NEGATION = re.compile(r"\b(?:geen|niet|nooit)\b(?! eens\b)")  # inside a gapped match: "kuit is niet dik"


@dataclass
class Understanding:
    facts: Dict[str, Any] = field(default_factory=dict)
    signs: Dict[str, bool] = field(default_factory=dict)
    answer: Optional[str] = None          # "yes" | "no" | "unknown", relative to the question asked
    command: Optional[str] = None         # restart | back | diagnosis_question | thanks | greeting | out_of_scope
    correction: bool = False
    other_person: bool = False
    another_check: bool = False           # asks about or announces a check for someone else ("kan ik dit ook voor hem doen?")
    retracts: bool = False                # takes something back in so many words ("nee wacht", "toch niet", "ik bedoel")
    for_someone_else: bool = False        # told plainly ("ik vul dit in voor mijn man"), not only someone's complaint beside
    region_strong: bool = False
    region_weak: int = 0
    text: str = ""                        # the message as read: folded, typos corrected, chat forms normalised
    guessed: List[str] = field(default_factory=list)  # slots filled by bot/answer_model.py, not by the lexicon
    denied: List[str] = field(default_factory=list)   # alarm signs said to be absent now ("geen koorts", "nu niet meer")
    long_ago: List[str] = field(default_factory=list)  # fall signs told only of long ago ("vorig jaar gevallen"), not denied


# ---------------------------------------------------------------------------------------------
# patterns and negation

@lru_cache(maxsize=None)
def _compiled(pattern: str) -> "re.Pattern[str]":
    return re.compile(pattern)


@dataclass(frozen=True)
class Pattern:
    """One lexicon pattern. negatable: a negation trigger can flip it; answer_only: it counts only
    as an answer to its own question; inner_negation: "niet" inside the match negates it (false for
    patterns that contain the negation themselves, "kousen niet meer aandoen"); unless: the pattern
    does not count in a message where this regex matches (a single injection beside daily prednison)."""
    regex: "re.Pattern[str]"
    negatable: bool = True
    answer_only: bool = False
    inner_negation: bool = True
    unless: Optional["re.Pattern[str]"] = None

    def counts(self, text: str, answer_mode: bool) -> bool:
        if self.answer_only and not answer_mode:
            return False
        return not (self.unless is not None and self.unless.search(text))

    def negated(self, text: str, m: "re.Match[str]") -> bool:
        if not self.negatable:
            return False
        inner = self.inner_negation and _INNER_NEGATION.search(_mask(m.group(0), _negation_tables()["pseudo"]))  # not "voelt niet goed"
        return bool(inner) or is_negated(text, m.start(), m.end())


def _entries(patterns: Iterable[Any]) -> List[Pattern]:
    """The lexicon's patterns: a plain regex, or {re: ..., negatable/answer_only/inner_negation}."""
    return [Pattern(_compiled(item["re"]), item.get("negatable", True), item.get("answer_only", False),
                    item.get("inner_negation", True), _compiled(item["unless"]) if item.get("unless") else None)
            if isinstance(item, dict)
            else Pattern(_compiled(item)) for item in patterns or []]


@lru_cache(maxsize=None)
def _negation_tables():
    neg = lexicon()["negation"]

    def alternation(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return {
        "pre": re.compile(rf"\b(?:{alternation(neg['pre'])})\b"),
        "post": re.compile(rf"^\W*(?:\w+\W+){{0,{neg['post_window'] - 1}}}?(?:{alternation(neg['post'])})\b"),
        "pseudo": re.compile(rf"\b(?:{alternation(neg['pseudo'])})\b"),
        "terminators": re.compile(neg["terminators"]),
        "historical": re.compile(neg["historical"]),
        "ongoing": re.compile(neg["ongoing"]),
        "taken_back": re.compile(rf"\s*\?\s*(?:nee|neen|nope|nah|no)\b[\s.,!…]*(?:{alternation(neg['taken_back_after_question'])})\b"),
        "window": neg["window"],
    }


def _mask(text: str, pattern: "re.Pattern[str]") -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def is_negated(text: str, start: int, end: int, window: Optional[int] = None, post: bool = True) -> bool:
    """ConText: a trigger before the match (within the window, no terminator between) or a
    post-trigger right after it ("rook ik niet") negates the match."""
    tables = _negation_tables()
    masked = _mask(text, tables["pseudo"])
    before = masked[:start]
    terminators = [m for m in tables["terminators"].finditer(masked) if m.end() <= start]
    scope_start = terminators[-1].end() if terminators else 0
    scope = before[scope_start:]
    triggers = list(tables["pre"].finditer(scope))
    if triggers:
        between = scope[triggers[-1].end():]
        # "niet" closes its phrase at a comma ("sokken lukken niet meer, opstaan is een drama");
        # "geen" and "nooit" run on through a list ("geen koorts, pijn op de borst of benauwdheid")
        closed = bool(re.search(r",|\ben\b", between)) and triggers[-1].group(0).split()[-1] in ("niet", "ni", "nie", "meer", "van", "zonder")
        if not closed and len(re.findall(r"\w+", between)) <= (tables["window"] if window is None else window):
            return True
    if not post:
        return False
    after = masked[end:]
    if re.match(r"\s*(?:nee|neen|nope),?\s+(?:wacht|sorry|ik bedoel\w*|correctie)\b", after):
        return False  # "pijn in mien bil nee wacht 't zijn al vijf weken": a correction of what follows
    if tables["taken_back"].match(after):
        return False  # "benauwd? nee... nou ja, een beetje": the "nee" is taken back at once
    if re.match(r"\s*\?\s*(?:(?:nee|neen|nope|nooit)\b|(?:niet|geen)\s*(?:[,.;!]|$))|\s*:\s*(?:nee|neen|nooit|geen|niet|0/10|negatief)\b", after):
        return True  # "koorts? nee, 37,1"
    stop = re.search(r"[,.!?;]|\b(?:maar|ma|mor|en|wel|want|omdat|dat|die|als|wat|wanneer|zodat|waardoor|tot)\b", after)
    after = after[: stop.start()] if stop else after
    after = re.sub(r"^\s*of (?:zoiets|zo iets|iets dergelijks|iets anders|dergelijke \w+|soortgelijke \w+|andere \w+|zulke \w+)\b", "", after)
    post = tables["post"].search(after)  # "prednison of dergelijke middelen gebruik ik niet"
    # a "niet" with a verb of its own belongs to that verb: "pijn in mijn heup ... kan niet trainen"
    return bool(post) and not re.match(r"\s+(?!meer\b|hoor\b|echt\b|gehad\b|gedaan\b|van\b|geweest\b|geven\b|gekregen\b|genomen\b|gebruiken\b|nemen\b|slikken\b|innemen\b|ingenomen\b)[a-z]+en\b",
                                       after[post.end():])


def is_historical(text: str, start: int) -> bool:
    """Told as past ("vorig jaar was ik eens kortademig"): a past marker in the sentence up to the
    mention's own part, and no "now" in that part ("..., nu nergens last van" is about now, not about
    the past sign)."""
    clause_start = max((m.end() for m in _SENTENCE.finditer(text[:start])), default=0)
    clause_end_match = _SENTENCE.search(text, start)
    clause = text[clause_start: clause_end_match.start() if clause_end_match else len(text)]
    part_start = max((m.end() for m in re.finditer(r",", text[clause_start:start])), default=0) + clause_start
    part_end = re.search(r",", text[start:])
    part_end = start + part_end.start() if part_end and start + part_end.start() < clause_start + len(clause) \
        else clause_start + len(clause)
    tables = _negation_tables()
    scope = text[clause_start:part_end]
    # "sinds vorige maand", "mijn operatie van vorige maand": the past moment of something else, or the start
    past = [m for m in tables["historical"].finditer(scope)
            if not re.search(r"\b(?:sinds|sedert|van|vanaf|na)\s+$", scope[:m.start()])]
    own_part = text[part_start:part_end]
    if _PRESENT_TENSE.search(own_part) and not _PARTICIPLE_HAD.search(own_part):
        past = [m for m in past if clause_start + m.start() >= part_start]  # "net als zijn heup vroeger, en ik heb 39 koorts"
    return bool(past) and not tables["ongoing"].search(own_part)


_PRESENT_TENSE = re.compile(r"\b(?:ik heb|heb ik|'k heb|ik ben|ben ik|'k ben)\b")
_PARTICIPLE_HAD = re.compile(r"\b(?:gehad|gekregen|gehouden|geweest|gehad\w*)\b")


_CONTRAST_WEL = re.compile(r",\s*(?=wel\b)")  # "niet gebroken, wel een keer uit de kom geweest": a new clause


# a writer correcting themselves: what comes after it is what they mean
_SELF_CORRECTION = re.compile(r"\b(?:nee,? wacht|wacht,? nee|wacht even|wacht|ik bedoel\w*|correctie|ik vergis me|vergist|nee sorry|sorry nee|nee,? fout|laat maar|allee"
                              r"|(?:nou|nouja|nou ja|euh|eh|hmm),? eigenlijk (?=wel\b|toch\b))")  # "Nee. Nou, eigenlijk wel, als ik op die kant lig"


def _correction_turn(text: str) -> Optional[int]:
    """Where the writer's last self-correction ends ("... nee wacht, | het was 2 oktober"), or None."""
    return max((m.end() for m in _SELF_CORRECTION.finditer(text)), default=None)


def _clause_index(text: str, position: int) -> int:
    return sum(1 for _ in _SENTENCE.finditer(text[:position])) + sum(1 for _ in _CONTRAST_WEL.finditer(text[:position]))


def _polarity(text: str, yes: Iterable[Any], no: Iterable[Any], answer_mode: bool = True,
              any_yes: bool = False) -> Optional[Tuple[bool, int]]:
    """Resolve a yes/no fact: returns (value, position) or None. Within one clause an explicit "no"
    phrase beats a "yes" match; across clauses the later one wins - unless any_yes: a slot made of
    several signs (limping, socks, stiffness) is yes when one of them is there."""
    findings: List[Tuple[int, int, bool]] = []  # (position, 1 explicit "no" phrase / 2 firm / 0, value)
    current_yes = []  # "yes" mentions that are about now (for any_yes)
    affirmed = []  # "yes" mentions with an explicit "wel" after them: "'s nachts wel, overdag in rust niet"
    denied = [m.span() for p in _entries(no) if p.counts(text, answer_mode) for m in p.regex.finditer(text)]
    for pattern in _entries(yes):
        if not pattern.counts(text, answer_mode):
            continue
        for m in pattern.regex.finditer(text):
            if any(start <= m.start() and m.end() <= end for start, end in denied):
                continue  # "sokken en schoenen gaan zonder moeite": inside the "no" phrase
            if _question_sentence(text, m.start()):
                continue  # "is AVN erfelijk?": a question, not a fact
            if _others_clause(text, m.start()):
                continue  # "mijn man drinkt elke avond", "mijn zus heeft botnecrose": not the patient's
            if _SUPPOSED.search(text[max((c.end() for c in re.finditer(r"[.!?;,]|\bmaar\b", text[:m.start()])), default=0):m.start()]):
                continue  # "ik dacht eerst dat ik mank liep": a supposition, not a fact
            value = not pattern.negated(text, m)
            findings.append((m.start(), 0 if pattern.negatable else 2, value))
            if value and _AFFIRMED.match(text, m.end()):
                affirmed.append(m.start())
            if value and not is_historical(text, m.start()) and not over_now(text, m.end()):
                current_yes.append(m.start())
    for pattern in _entries(no):
        if not pattern.counts(text, answer_mode):
            continue
        for m in pattern.regex.finditer(text):
            findings.append((m.start(), 1, False))
    if not findings:
        return None
    turn = _correction_turn(text)
    if turn is not None and any(f[0] >= turn for f in findings):
        findings = [f for f in findings if f[0] >= turn]  # "gestopt vorige maand, nee wacht, ik rook nog wel eens eentje"
        current_yes = [p for p in current_yes if p >= turn]
        affirmed = [p for p in affirmed if p >= turn]
    if any_yes and current_yes:
        return True, current_yes[-1]
    last_clause = max(_clause_index(text, pos) for pos, _, _ in findings)
    in_last = [f for f in findings if _clause_index(text, f[0]) == last_clause]
    explicit_no = [f for f in in_last if f[1] == 1]
    firm = [f for f in in_last if f[1] == 2]  # a pattern that holds its own negation ("kan niet eens slapen")
    chosen = explicit_no[-1] if explicit_no else firm[-1] if firm else max(in_last, key=lambda f: f[0])
    if not chosen[2] and affirmed and not explicit_no:
        return True, affirmed[-1]  # a sign said to be there with "wel" stands beside another one denied
    return chosen[2], chosen[0]


# "'s nachts wel", "in bed doet het wel pijn": a sign affirmed (not "wel goed", "wel mee", "gaat wel")
_AFFIRMED = re.compile(r"\s*,?\s*(?:(?:doet|is|heb|had) (?:het |ik |t |'t )?(?:\w+ )?)?wel\b(?! (?:goed|prima|ok|oke|oké|mee|in orde|normaal|beter)\b)")


# ---------------------------------------------------------------------------------------------
# typos

@lru_cache(maxsize=4096)
def _correct_word(word: str) -> str:
    targets = lexicon()["typo_targets"]
    if word in lexicon()["short_typos"]:
        return lexicon()["short_typos"][word]  # "mn hup doet zeer"
    if len(word) < 5 or word in targets or not word.isalpha() or word in lexicon()["typo_protected"]:
        return word
    best = min(targets, key=lambda t: OSA.distance(word, t))
    distance = OSA.distance(word, best)
    if distance == 1 and best[0] == word[0]:
        return best  # one typo (a swap counts as one): "nooti", "zondg"
    if distance == 2 and min(len(word), len(best)) >= 9 and best[:3] == word[:3]:
        return best  # two in a long word: "kortademmigg"; not "schroeven" -> "schoenen"
    return word


@lru_cache(maxsize=4096)
def _split_word(first: str, second: str) -> Optional[str]:
    """A key word that speech-to-text or a phone cut in two ("pret nison", "stollings stoornis",
    "rond gen foto"): the joined word, when it is a typo target or one typo away from one."""
    joined = first + second
    if len(joined) < 7 or len(first) < 2 or len(second) < 3 or second in lexicon()["language"]["dutch_words"] \
            or second in lexicon()["typo_split_words"]:
        return None  # "lies zijn", "gevalle en", "maand en": two words, not one cut in two
    targets = lexicon()["typo_targets"]
    if joined in targets:
        return joined
    best = min(targets, key=lambda t: OSA.distance(joined, t))
    return best if OSA.distance(joined, best) == 1 and best[0] == joined[0] and best[-1] == joined[-1] else None


def correct_typos(folded: str) -> str:
    # a digit typed for the letter beside it or like it, inside a word: "ge3n" (geen), "k0orts"
    folded = re.sub(r"(?<=[a-z])[30](?=[a-z])", lambda m: "e" if m.group(0) == "3" else "o", folded)
    parts = re.split(r"(?<=[a-z]) (?=[a-z])", folded)  # "pret nison" -> "prednison"
    for i in range(len(parts) - 1):
        first, second = parts[i].rsplit(" ", 1)[-1], parts[i + 1].split(" ", 1)[0]
        joined = _split_word(first, second) if re.fullmatch(r"[a-z]+", first) and re.fullmatch(r"[a-z]+", second) else None
        if joined:
            parts[i + 1] = parts[i][: len(parts[i]) - len(first)] + joined + parts[i + 1][len(second):]
            parts[i] = ""
    folded = " ".join(p for p in parts if p)
    return re.sub(r"[a-z]+", lambda m: _correct_word(m.group(0)), folded)


# ---------------------------------------------------------------------------------------------
# the facts

def _first_clause(text: str) -> str:
    return re.split(r"[,.!?;]", text, maxsplit=1)[0].strip()


# a message that opens with "I do not know", whatever follows ("dat weet ik niet, ik neem een
# slaappil ...", "weet ik niet daar moet ik mijn dochter naar vragen"), but not "ik weet niet of ..."
_OPENS_UNKNOWN = re.compile(r"(?:[\w' ]{1,30}\?\s*)?(?:(?:dat|dit|tja|hmm|eh|uh|oei|goh|pff)[,!]? )?(?:weet ik (?:het |dat )?(?:echt |eigenlijk )?(?:niet|nie|ni)"
                            r"|(?:ik |'k )?weet (?:het |dat )?(?:echt |eigenlijk )?(?:niet|nie|ni)|geen (?:flauw )?idee)\b(?! (?:of|zeker|precies)\b)")


_ECHOED = re.compile(r"\W*(?:[\w'-]+ ?){1,4}\?\s*(?=\w)")  # "Gevallen? Niet dat ik weet.": the question typed back


def _relative_answer(text: str) -> Optional[str]:
    answers = lexicon()["answers"]
    echo = _ECHOED.match(text)
    if echo and "?" not in text[echo.end():] and not re.search(r"\b(?:wel|maar|toch|ja|eigenlijk)\b", re.split(r"[.!;]", text[echo.end():])[0]):
        text = text[echo.end():]
    if re.match(r"(?:voor zover ik weet niet|niet voor zover ik weet|niet dat ik weet)\b", text):
        return "no"  # a hedged no, not "I do not know"
    if _OPENS_UNKNOWN.match(text):
        return "unknown"
    short = len(text.split()) <= 12
    opening = re.split(r"[,.!?;:]", text, maxsplit=1)[0]
    if (short or len(opening.split()) <= 6) and re.search(answers["unknown"], text if short else opening):
        return "unknown"
    first = _first_clause(re.sub(answers["interjection"], "", text))
    if re.search(answers["deny"], first):
        return "no"
    if re.search(answers["affirm"], first):
        return "yes"
    return None


def _starts_with(clause: str, phrases: Iterable[str]) -> bool:
    return any(clause == p or clause.startswith(p + " ") for p in phrases)


def leading_answers(text: str) -> List[str]:
    """The yes / no / hedge answers that open a clause of the message, in order ("ja", "nee hoor",
    "soms"). A clause that itself corrects ("nee wacht") is left out."""
    answers = lexicon()["answers"]
    found = []
    # a question back first ("bedoel je bij het stappen? ja dan wel", "hoezo? nee"): the answer follows it
    text = re.sub(r"^\s*(?:(?:hoe |wat )?bedoel\w*|hoezo|wablief|pardon|huh|sorry|wat)\b[^.?!]{0,60}\?\s*", "", text)
    text = re.sub(r"^(?:\s*[\w']+(?: [\w']+)?\s*\?)+\s*(?=(?:nee|neen|ja|jawel|nooit|niet)\b)", "", text)  # "mank? ik? nee."
    clauses = re.split(r"[,.!?;:]+", text)
    first = clauses[0].strip() if clauses else ""
    for index, clause in enumerate(clauses):
        clause = re.sub(r"^(?:nou|ach|och|o|oh|ah|tja) ja\b", "", clause.strip()).strip()  # "nou ja": well
        clause = re.sub(answers["interjection"], "", clause).strip()
        clause = re.sub(r"^(?:(?:uh+|euh+|eh+|allez|awel|oei|oh|ah|amai|tja|goh|nou|ok|oke|enfin|bon|allee)\b\s*)+", "", clause)
        if not clause or re.search(answers["correction"], clause.split(" ", 2)[0] + " " + " ".join(clause.split(" ")[1:2])) \
                and not re.fullmatch(r"(?:nee |neen )?toch (?:wel|ja)(?: hoor)?", clause):
            continue  # a correction clause is no answer - but a bare "toch wel" takes a no back: yes (the safe side)
        if not found and (index > 1 or (index == 1 and len(first.split()) > 3)):
            break  # the answer opens the message ("prednison? ja ..." allowed), it is not found later
        if found and (len(clause.split()) > 4 or not re.match(r"(?:ja|jawel|nee|neen|toch wel|toch ja|toch niet|si|jao|oui|non)\b", clause)):
            continue  # after the first answer only a bare ja/nee counts ("ja, uh nee eigenlijk niet")
        kinds = [(len(p), kind) for kind, key in (("hedge", "hedges"), ("no", "leading_no"), ("yes", "leading_yes"))
                 for p in answers[key] if clause == p or clause.startswith(p + " ")]
        if kinds and max(kinds)[0] == len(clause.split(" ")[0]) and clause.split(" ")[0] in _BARE_ONLY \
                and len(clause.split()) > 1 and clause.split()[1] not in _BARE_FOLLOW:
            kinds = []  # "geen koorts, maar ..." is about the fever, not an answer to the question
        if kinds and not clause.startswith(("niet alleen", "geen idee", "niet zeker")):
            found.append(max(kinds)[1])  # the longest phrase: "meestal niet" is no, "meestal" a hedge
    return found


def _decide_asked(result: "Understanding", text: str, slot: Optional[str], lexicon_value: Any) -> None:
    """The answer to the question asked comes first: a leading yes / no decides a yes/no slot, a
    hedge means what the lexicon says it means for that slot; the last of several answers counts."""
    if slot not in YES_NO_SLOTS or result.answer == "unknown":
        return
    if (lexicon_value is True or lexicon_value is None and slot == "hip_complaint") and slot not in ALARM_SLOTS and _NOT_ME.search(text) \
            and not (slot == "hip_complaint" and _own_hip_told(text)) \
            and (re.search(lexicon()["other_person_weak"] + "|" + lexicon()["other_body_or_person"], text)
                 or re.search(r"\b(?:maar|mo|mor) (?:ik|ikzelf)\b(?: \w+)? (?:zelf )?(?:niet|nie|ni|nooit)\b", text)):
        result.facts[slot] = False  # "mijn man rookt als een ketter, ik zelf niet"
        return
    found = leading_answers(text)
    conclusion = re.search(r"\bdus (ja|nee|neen|niet|wel)\W*$|\bdus (?:eigenlijk|toch|gewoon) (ja|nee|neen)\W*$", text)
    if conclusion:  # "temperatuur is normaal, de wonde is dicht, dus nee"
        found = ["yes" if (conclusion.group(1) or conclusion.group(2)) in ("ja", "wel") else "no"]
    if not found:
        return
    answer = found[-1] if len(set(found)) > 1 else found[0]
    if answer == "hedge":
        meaning = lexicon()["answers"]["hedge_means"].get(slot)
        if meaning is not None and (lexicon_value is None or meaning is True):
            result.facts[slot] = meaning  # a symptom that is there now and then is there
        return
    value = answer == "yes"
    stopped = lexicon()["answers"]["stopped_means"].get(slot)
    if stopped is not None and not value and re.match(r"\W*(?:nee,? )?(?:nu |nu al |allang |al lang )?(?:niet|nie|ni|geen|niks) meer\b", text):
        result.facts[slot] = stopped  # "niet meer. na mijn transplantatie twee jaar prednison gehad"
        return
    if lexicon_value is False and value is True and slot in ("acute_trauma", "recent_hip_surgery", "hip_trauma_history"):
        return  # "ja, gestruikeld, maar lopen gaat gewoon", "ja, maar dat is een half jaar terug", "ja, mijn pols, niet de heup"
    if result.correction and lexicon_value is not None:
        return  # "nee, nie in rust. wacht, as ik op die kant lig wel": the corrected statement stands
    absent = lexicon()["facts"].get(slot, {}).get("absent") if isinstance(lexicon()["facts"].get(slot), dict) else None
    if lexicon_value is False and value is True and absent and any(p.regex.search(text) for p in _entries(absent)):
        return  # "ja, voor 5 dagen": what the lexicon knows does not count (a short course) stands
    if lexicon_value is False and value is True and slot == "hip_complaint":
        result.facts[slot] = True  # "ja, in mijn lies; de heup zelf is ok"
        return
    if lexicon_value is True and value is False and slot in ALARM_SLOTS + ("hip_complaint",):
        return  # an alarm, or the groin, hip or buttock named as the place ("neen, 't is mijn lies, gene heup"), beats a leading "nee"
    if value is False and _qualified(text, slot):
        result.facts[slot] = True  # "nee, alleen als ik lang loop", "nee. nou af en toe in bed": a qualified yes
        return
    result.facts[slot] = value


def _own_hip_told(text: str) -> bool:
    """"Gevallen? Ik niet. Het zit in mijn bil", "mijn dochter had het, ik niet, maar nu heb ik
    liespijn": beside a "not me", the writer tells a hip, groin or buttock complaint of their own."""
    return bool(re.search(lexicon()["own_complaint_strong"], text) or _OWN_HIP_PLACE.search(text))


_OWN_HIP_PLACE = re.compile(r"\b(?:in|aan|op) (?:mijn|m'n|mn|mijne) (?:rechter|linker)?(?:lies|liezen|heup|heupen|bil|billen)\b")


def _qualified(text: str, slot: str) -> bool:
    """"nee, alleen als ik lang loop": a clause with alleen/enkel/tenzij/behalve that itself says
    the slot's "yes" - a qualified yes."""
    spec = lexicon()["facts"].get(slot)
    if slot not in lexicon()["answers"]["qualified_slots"] or not isinstance(spec, dict):
        return False
    markers = lexicon()["answers"]["exception_markers"]
    if spec.get("not_about"):  # "alleen mijn rug, die doet wel eens pijn in bed": not the hip's
        text = re.sub(spec["not_about"], lambda m: " " * len(m.group(0)), text)
    for sentence in re.split(r"[.!?;]+", text):
        clauses = re.split(r"[,:]+", sentence)
        for index, clause in enumerate(clauses):
            if re.search(lexicon()["facts"]["recent_hip_surgery"]["other_joint"], clause) and not _BODY_PART.search(clause):
                continue  # "alleen mijne knie doet zeer op de trap": about the knee
            # the marker in the clause, or closing the sentence: "als ik op die kant lig, dan voel ik het wel"
            after = clauses[index + 1] if index + 1 == len(clauses) - 1 and re.search(r"\bwel\W*$", clauses[-1]) else ""
            found = _polarity(clause, spec.get("present", []), spec.get("absent", [])) \
                if has_phrase(clause, markers) or has_phrase(after, markers) else None
            if found and found[0]:
                return True
    return False


def _their_body_part(text: str, position: int) -> bool:
    """"zijn heup is rood": the hip, groin or buttock that a sign word describes is someone else's -
    the nearest one before it in the sentence, or else the first one after it ("mijn heup is rood,
    net als zijn heup vroeger" is the writer's)."""
    start = max((m.end() for m in re.finditer(r"[.!?;\n]", text[:position])), default=0)
    end = re.search(r"[.!?;\n]", text[position:])
    before = list(_HIP_WORD.finditer(text, start, position))
    nearest = before[-1] if before else _HIP_WORD.search(text, position, position + (end.start() if end else len(text)))
    return bool(nearest and _THEIR.search(text[:nearest.start()]))


_HIP_WORD = re.compile(r"\b(?:rechter|linker)?(?:heup|heupen|heupje|heupjes|lies|liezen|bil|billen)\b")


@lru_cache(maxsize=1)
def _OWNER_AFTER() -> "re.Pattern[str]":
    """"de heupjes van mijn dochter": a person of alarm_net.yml's people list owns the hip named just
    before (not "heuppijn van mijn werk", "van mijn nieuwe schoenen": a cause)."""
    people = "|".join(load("alarm_net")["people"])
    return re.compile(rf"\w*\s+van (?:mijn|m'n|mn|onze|ons) (?:\w+ )?(?:{people})\b")


_SOFT_DENIAL = re.compile(r"(?:alleen|enkel|uitsluitend)\b|.*\b(?:ook|eveneens|allebei)\b")  # says another part, or "also fine"


def _hip_complaint(text: str, requested: Optional[str]) -> Optional[bool]:
    spec = lexicon()["facts"]["hip_complaint"]
    found = _polarity(text, [], spec["absent"])
    denied = [m.span() for p in _entries(spec["absent"]) for m in p.regex.finditer(text)]
    findings = []
    turn = _correction_turn(text)  # "alleen mijn knie. Laat maar, ook een beetje in mijn lies": the hip after it counts
    matches = sorted(((m, pattern) for pattern in _entries(spec["present"]) for m in pattern.regex.finditer(text)),
                     key=lambda item: item[0].start())
    for m, pattern in matches:
            if _THEIR.search(text[:m.start()]) or _OWNER_AFTER().match(text[m.end():]):
                continue  # "pijn in haar lies", "zijn heup", "de heupjes van mijn dochter": another person's
            if _others_clause(text, m.start(), pronouns=False):
                continue  # "mijn moeder heeft al maanden heuppijn": hers, not the writer's (the question asks)
            if any(start <= m.start() < end for start, end in denied):
                findings.append((m.start(), False, m.end()))  # "niet van mijn heup of lies": inside the denial
                continue
            clause = clause_around(text, m.start(), r"[.!?;\n]")
            compound = m.group(0).endswith(("pijn", "klachten", "kramp"))
            if requested != "hip_complaint" and _is_question(text, m.start(), _HIP_QUESTION, r"[,.!?;\n]"):
                continue  # "mijn knie doet pijn, kan dat van mijn heup komen?": a question about the hip
            told = re.match(r"\w*,?\s+(?:doet |zit |is |zitten )?(?:het |ze |hij )?(?:wel|ja)\b(?! (?:goed|in orde|ok|oke|prima|eens|een keer|vervangen|geopereerd|gebroken|laten|nieuw|gezond|normaal)\b)",
                            text[m.end():])  # "de heup niet, de lies wel"
            part = _part(m.group(0))
            if not told and part and not is_negated(text, m.start(), m.end(), window=3) \
                    and not re.match(r"\w*,?\s+(?:ook|evenmin|eveneens)\b", text[m.end():]) and any(
                    b <= m.start() and _part(text[a:b]) and _part(text[a:b]) != part
                    and (re.search(r"\b(?:maar|ma|mor|wel|zit|zat)\b", text[b:m.start()])
                         or re.fullmatch(r"[\s,;:]*(?:het is |'t is |eerder )?(?:in |aan )?(?:de |mijn |m'n |mn )?(?:rechter|linker)?", text[b:m.start()]))
                    for a, b in denied):
                told = True  # "Heup niet. Het zit in de lies.", "niet de heup, maar de lies": another part than the one denied
            placed = re.search(r"\b(?:het|t) (?:is|zit(?: in)?) (?:de|mijn|m'n|mn) $", text[:m.start()])  # "'t is de lies, links"
            corrected = turn is not None and m.start() >= turn and _OWN_HIP_PLACE.search(text, max(0, m.start() - 12), m.end() + 1)
            if compound or told or placed or corrected or _complaint_words().search(clause) or requested == "hip_complaint":
                # a negation negates the hip itself only close by ("geen pijn in mijn heup"), not
                # "ik kan niet meer op mijn been staan, de heup doet zeer", nor what is said of the
                # hip ("de heup is niet rood of warm, gewoon pijn bij het lopen")
                negated = pattern.negatable and is_negated(text, m.start(), m.end(), window=3)  # firm: "mijn heup doet het niet meer"
                if negated and not is_negated(text, m.start(), m.end(), window=3, post=False) and \
                        re.match(r"\s+(?:is|voelt|was|wordt|lijkt)? ?(?:\w+ )?(?:niet|nie|ni|geen) (?:rood|warm|dik|heet|gezwollen|opgezet|ontstoken|blauw)\b",
                                 text[m.end():]):
                    negated = False
                near = clause_around(text, m.start(), r"[.!?;,\n]|\bmaar\b|\b(?:alleen|enkel)\b")
                if negated and _HIP_AT_WORK.search(near) and not any(p.regex.search(near) for p in _entries(spec["absent"])):
                    negated = False  # "mijn heup kan ik niet goed bewegen", "lopen kan ik met mijn heup niet": a complaint
                if findings and not findings[-1][1] and re.fullmatch(r"\s*(?:of|en)\s*(?:de |mijn |m'n )?", text[findings[-1][2]:m.start()]) \
                        and not re.match(r"\w*\s+wel\b", text[m.end():]):
                    negated = True  # "geen pijn in mijn heup of lies": the denial runs on
                findings.append((m.start(), not negated, m.end()))
    if findings:
        # a complaint told plainly stands: a later mention with a negation belongs to what is said
        # of the hip ("mijn heup is niet rood"), only an explicit "no" phrase after it undoes it -
        # and only a "no" about the same part ("pijn in mijn lies, de heup zelf voelt goed": the groin)
        positive = [f for f in findings if f[1]]
        position, value, end = positive[-1] if positive else findings[-1]
        if found is None or position > found[1]:
            return value
        if value and positive:
            later = [(a, b) for a, b in denied if a > position]
            if later and all(_SOFT_DENIAL.match(text[a:b]) for a, b in later):
                return True  # "pijn in de lies, alleen de knie is stijf": another part beside the hip
            part = _part(text[position:end])
            later = [text[a:b] for a, b in denied if a > position]
            if part and later and all(_part(d) and _part(d) != part for d in later):
                return True
    return found[0] if found else None


def _part(words: str) -> Optional[str]:
    """heup / lies / bil named in a mention or denial (the first one)."""
    m = re.search(r"(heup|lies|liez|bil)", words)
    return {"liez": "lies"}.get(m.group(1), m.group(1)) if m else None



# after an operation named with its year, the other side told with a time of its own: "vorige maand rechts",
# "nu 4 weken geleden de andere kant"
_OTHER_SIDE_LATER = re.compile(r"\b(?:(?:vorige|afgelopen) (?:maand|week)|(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) "
                               r"(?:weken|week|maanden|maand|dagen) (?:geleden|terug)|(?:in|op) (?:\d{1,2} )?(?:%s))"
                               r" (?:de |mijn |m'n )?(?:andere (?:kant|heup|zijde)|rechts|links|rechter|linker|rechterheup|linkerheup)\b" % "|".join(_MONTHS))


def _recent_surgery(text: str, today: Optional[dt.date] = None, asked: bool = False) -> Optional[bool]:
    """Of the operations the message names, those of the patient's own hip decide: recent if any is."""
    spec = lexicon()["facts"]["recent_hip_surgery"]
    turn = _correction_turn(text)
    if asked and turn is not None and re.match(r"\W*(?:toch )?(?:wel|ja)\b", text[turn:]) \
            and not re.search(spec["other_joint"], text[turn:]):
        return True  # "Nee. Nou, eigenlijk wel, vorige maand": taken back - the safe reading asks the post-op question
    explicit_no = _polarity(text, [], spec["absent"], answer_mode=asked)
    readings = [_one_operation(text, m, spec, today) for m in re.finditer(spec["operation"], text)]
    if True in readings:
        return True  # one recent operation of the patient's hip is enough (the safe side), whatever else is denied
    if False in readings:
        for side in _OTHER_SIDE_LATER.finditer(text):
            weeks = [d.weeks for d in find_durations(side.group(0), today)]
            if weeks and min(weeks) <= RECENT_SURGERY_WEEKS:
                return True  # "prothese 2016 links, vorige maand rechts": the second side is recent
    if explicit_no:
        return False
    if asked and not readings:
        told = find_durations(text, today)
        if told and leading_answers(text)[:1] == ["yes"] and not _COMPLAINT_TALK.search(text) \
                and not re.search(spec["other_joint"], text):
            # "ja, maar dat was zes maanden geleden": the operation's time, told without naming it
            weeks = told[-1].weeks
            return weeks <= RECENT_SURGERY_WEEKS or (weeks <= RECENT_SURGERY_WEEKS + 4.43 and bool(_BARE_MONTH.search(text)))
    return False if False in readings else None


def _one_operation(text: str, operation: "re.Match[str]", spec: Dict[str, Any], today) -> Optional[bool]:
    if is_negated(text, operation.start(), operation.end(), window=1):
        return False  # "niet geopereerd", "geen operatie" - not "ik kan niet goed lopen na de operatie"
    sentence_start = max((m.end() for m in re.finditer(r"[.!?;]", text[:operation.start()])), default=0)
    sentence_end = re.search(r"[.!?;]", text[operation.end():])
    sentence = text[sentence_start: operation.end() + (sentence_end.start() if sentence_end else len(text))]
    clause_start = max((m.end() for m in re.finditer(r"[,;]|\bmaar\b", sentence[:operation.start() - sentence_start])), default=0)
    clause_end = re.search(r"[,;]|\bmaar\b", sentence[operation.end() - sentence_start:])
    clause = sentence[clause_start: operation.end() - sentence_start + (clause_end.start() if clause_end else len(sentence))]
    if (re.search(spec["other_joint"], clause) or re.search(spec["other_joint"], sentence) and not _BODY_PART.search(sentence)) \
            and not _BODY_PART.search(clause):
        return None  # a knee or shoulder operation is not a hip operation
    joint_before = re.search(rf"\b(?:aan|van|op) (?:mijn |m'n |mn |men |de |zijn |haar )?(?:linker|rechter)?{spec['other_joint'][2:]}\s*$",
                             text[:operation.start()])
    if joint_before and not _BODY_PART.search(joint_before.group(0)):
        return None  # "in maart aan mijn knie geopereerd en ... begon het in mijn heup": the knee's operation
    someone = re.search(spec["other_person"], clause)
    at = operation.start() - sentence_start - clause_start  # where the operation stands in the clause
    writer = list(re.finditer(r"\b(?:ik|mij|me)\b", clause[:at]))
    if someone and not (someone.end() <= at and writer and writer[-1].start() > someone.end()
                        and not re.search(r"\b(?:hij|zij|ze|zijn|haar|zn)\b", clause[writer[-1].end():at])):
        return None  # "mijn man is aan zijn heup geopereerd"; not "mijn vrouw zegt dat ik moet schrijven: heup geopereerd"
    if re.search(r"\b(?:opereren ze|word(?:t)? (?:ik |ze |hij )?(?:\w+ )?geopereerd|moet (?:nog )?geopereerd worden|"
                 r"(?:operatie|ingreep) (?:is |staat )?(?:gepland|ingepland)|(?:volgende (?:week|maand)|binnenkort|"
                 r"over (?:een |\w+ )?(?:week|weken|maand|maanden)) (?:\w+ ){0,3}?(?:geopereerd|operatie|opereren|ingreep)|"
                 r"(?:tweede|nog een|andere) operatie)\b", clause) \
            and not re.search(r"\b(?:geleden|terug|vorige|afgelopen)\b", clause):
        return False  # "mijn heup opereren ze volgende maand": not yet
    following = re.match(r"[^.!?;]*[.!?;]\s*(?:maar |en )?(?:dat|die|het) (?:is|was)[^.!?;]*", text[operation.start():])
    correction = _SELF_CORRECTION.search(sentence)
    corrected = correction and not _SELF_CORRECTION.search(clause) and _corrects_a_time(sentence[correction.end():], spec)
    for part in ((sentence,) if corrected else (clause, sentence)) + ((following.group(0),) if following else ()):
        # a correction later in the sentence decides ("in september een forage, nee wacht, het was eind juli")
        # the operation's own clause first ("nieuwe heup 3 weken geleden, de andere in 2012"), then a
        # sentence about it ("forage voor mijn botnecrose. maar dat is al een half jaar terug")
        year = re.search(r"\b(?:in|van|sinds) ((?:19|20)\d\d)\b", part) or re.search(
            rf"{re.escape(operation.group(0))}\b(?: \w+){{0,3}} ((?:19|20)\d\d)\b", part)  # "heupprothese rechts 2017", "artroscopie li heup jan 2025"
        if year and today and int(year.group(1)) < today.year:
            return False  # "mijn heup is in 2019 vervangen"
        weeks = _nearest_weeks(part, operation.group(0), today, None if part is clause else _FAR_WORDS)
        if weeks is not None:
            told = part[_correction_turn(part) or 0:]  # the last word counts
            if weeks > RECENT_SURGERY_WEEKS and weeks <= RECENT_SURGERY_WEEKS + 4.43 and _BARE_MONTH.search(told):
                return True  # "in september" (told without a day): partly within the 3 months - the safe reading
            return weeks <= RECENT_SURGERY_WEEKS
    if re.search(spec["recent"], text):
        return True
    return None


_FAR_WORDS = 8  # beyond the operation's own clause, a time further away than this, past a complaint, is the complaint's


_COMPLAINT_TALK = re.compile(r"pijn|klacht|\blast\b|\bzeer\b")  # the complaints, not an operation's time


def _corrects_a_time(after: str, spec: Dict[str, Any]) -> bool:
    """What follows "nee wacht" corrects the operation's time - not when it is about another joint
    or the complaints ("nieuwe heup 3 weken geleden, wacht, de knie was 2 jaar geleden")."""
    return not re.search(spec["other_joint"], after) and not _COMPLAINT_TALK.search(after)


_BARE_MONTH = re.compile(rf"\b(?:in|sinds) (?:de maand )?(?:{'|'.join(_MONTHS)})\b")


def _nearest_weeks(part: str, word: str, today: Optional[dt.date], within: Optional[int] = None) -> Optional[float]:
    """The duration nearest to a word ("op 2 november heb ik een forage gehad"); with `within`, not
    one further away than that with a complaint in between ("geopereerd ... de liesklachten heb ik al
    een half jaar": not the operation's time)."""
    tidied = tidy(part)
    found = find_durations(tidied, today, relative=True)
    if not found:
        return None
    turn = _correction_turn(tidied)
    if turn is not None and any(d.start >= turn for d in found) \
            and _corrects_a_time(tidied[turn:], lexicon()["facts"]["recent_hip_surgery"]):
        found = [d for d in found if d.start >= turn]  # "in september een forage, nee wacht, het was 2 oktober"
    ago = [d for d in found if re.match(r"\s*(?:geleden|terug)\b", tidied[d.end:])]  # "6 weken geleden ... na een jaar wachten"
    at = tidied.find(word)
    at = at if at >= 0 else 0
    nearest = min(ago or found, key=lambda d: min(abs(d.start - at), abs(d.end - at)))
    between = tidied[min(at, nearest.end):max(at, nearest.start)]
    if within is not None and (len(between.split()) > within and _COMPLAINT_TALK.search(between)):
        return None  # "... geopereerd ... de liesklachten heb ik al een half jaar": the complaints' time
    return nearest.weeks


_PHRASE_END = r"(?=\s*(?:[,.;!?]|$|hoor\b|he\b|gelukkig\b|sinds\b|maar\b|en\b|zo\b|gehad\b|van\b))"
_NEW_SUBJECT = re.compile(r",\s*(?:de|het|mijn|m'n|ik|'k|je|ze|hij)\b|\b(?:en|maar|mor|ma)\s+(?:de|het|mijn|m'n|ik|'k|ze|hij)\b")
_OVER_NOW = re.compile(
    r"^[^.!?;]{0,40}?\b(?:nu|inmiddels|intussen|ondertussen)(?: (?:al|gelukkig|ook|heb ik|is het|is die|is de \w+|een \w+|al een \w+)){0,2}"
    r" (?:niet|geen|ni|nie|nergens)(?: \w+)? meer\b" + _PHRASE_END +
    r"|^[^.!?;]{0,40}?\bnu (?:gelukkig )?(?:niet|nie|ni|geen|nergens)(?: meer)?(?: hoor| he)?(?=\s*(?:[,.;!?]|$|maar\b|en\b))"
    r"|^\s*(?:gehad|had ik)?,? (?:maar )?(?:niet|geen) meer\b"
    r"|^[^.!?;]{0,60}?\b(?:is|zijn) (?:weer |al |al lang |allang |lang |allemaal |helemaal |nu )*(?:weg|over|voorbij|gedaan|genezen|opgelost)\b"
    r"|^[^.!?;]{0,70}?\b(?:dat|die|het) is (?:al )?(?:lang |allang )?niet meer\b" + _PHRASE_END)
_TEMPERATURE = re.compile(r"\b(3[4-9][.,]\d|4[0-2][.,]\d)\b|\b(3[4-9]|4[0-2]) ?(?:°|graden\b|gr\b)"
                          r"|\b(?:temperatuur|temp|gemeten|thermometer|koorts van) (?:\w+ )?(3[4-9]|4[0-2])\b")


def clause_around(text: str, position: int, boundary: str = r"[.!?;]|\bmaar\b") -> str:
    """The part of the text around a position, between two boundaries (by default the sentence,
    split at "maar")."""
    start = max((m.end() for m in re.finditer(boundary, text[:position])), default=0)
    end = re.search(boundary, text[position:])
    return text[start: position + (end.start() if end else len(text))]


def _phrase_regex(phrase: str) -> str:
    return rf"(?<![a-z]){re.escape(phrase.rstrip('*'))}{'[a-z]*' if phrase.endswith('*') else ''}(?![a-z])"


def phrase_spans(text: str, phrases: Iterable[str]) -> List[Tuple[int, int]]:
    """Where the phrases stand as whole words ("koorts*": also every word starting with koorts)."""
    return [m.span() for p in phrases for m in re.finditer(_phrase_regex(p), text)]


@lru_cache(maxsize=256)
def _any_phrase(phrases: Tuple[str, ...]) -> "re.Pattern[str]":
    return re.compile("|".join(_phrase_regex(p) for p in phrases) or r"(?!x)x")


def has_phrase(text: str, phrases: Iterable[str]) -> bool:
    return bool(_any_phrase(tuple(phrases)).search(text))


def _long_past(text: str, position: int) -> bool:
    """"vorig jaar", "jaren geleden", "als kind" in the mention's sentence: long past."""
    return has_phrase(clause_around(text, position), _alarm_net_context()["past"])


def over_now(text: str, end: int) -> bool:
    """"koorts gehad, nu niet meer", "de koorts is weer weg": a sign that is over now (not "ik ben
    benauwd, ik kan geen trap meer op" or "... en kan nu niet slapen")."""
    after = text[end:]
    cut = _NEW_SUBJECT.search(after)  # "39 koorts ..., de antibioticakuur is gedaan": about the course, not the fever
    return bool(_OVER_NOW.search(after[:cut.start()] if cut else after))


def _below_fever(text: str, start: int) -> bool:
    """A temperature in the sentence that is below 38 ("verhoging, 37,8", "koorts? nee, 37,1")."""
    sentence_start = max((m.end() for m in re.finditer(r"[.!?;]", text[:start])), default=0)
    sentence_end = re.search(r"[.!?;]", text[start:])
    sentence = text[sentence_start: start + (sentence_end.start() if sentence_end else len(text))]
    values = [float(next(g for g in groups if g).replace(",", ".")) for groups in _TEMPERATURE.findall(sentence)]
    return bool(values) and max(values) < 38


@lru_cache(maxsize=1)
def _alarm_net_context() -> Dict[str, Any]:
    data = dict(load("alarm_net"))
    data["others_more"] = data["others_more"] + people_phrases()
    return data


@lru_cache(maxsize=1)
def other_people() -> Tuple[str, ...]:
    """Every phrase naming another person (alarm_net.yml others, others_more, people), without the bare
    pronouns hij/zij/ze."""
    net = _alarm_net_context()
    return tuple(p for p in net["others"] if p not in ("hij", "zij", "ze")) + tuple(net["others_more"])


@lru_cache(maxsize=1)
def people_phrases() -> List[str]:
    """"mijn/ons/onze" with each word for a person of alarm_net.yml's people list: someone else."""
    return [f"{owner} {word}" for word in load("alarm_net")["people"] for owner in ("mijn", "ons", "onze")]


_JOINT_PRONOUN = re.compile(r"\b(?:hij|ie|zij|ze) (?:is|was|werd|zat) (?:\w+ ){0,3}?(?:uit de kom|gebroken|ontwricht|vervangen|geopereerd|gezet|teruggezet|stijf|dik|rood|warm)\b")
_PRONOUN_OTHER = re.compile(r"\b(?:hij|zij|ze|zie) (?:is|heeft|had|kreeg|krijgt|gebruikt|gebruikte|slikt|slikte|rookt|rookte|drinkt|dronk|was|werd)\b")
_NAMED_OTHER = re.compile(r"\b(?:ons|onze) (?!kind\b|moeder\b)[a-z]+ (?:heeft|had|is|was|zit|zat|kreeg|kan)\b")  # "ons Maria heeft koorts"


def _others_clause(text: str, position: int, pronouns: bool = True) -> bool:
    """The clause of this position is about another person and not about the writer. pronouns: a
    "hij/zij heeft" that points back to a person named before counts too (not for the alarm signs:
    Flemish "ze" is also the calf, "mijn kuit is dik en ze doet zeer")."""
    # "... en is altijd benauwd" keeps its subject; "... en ik ..." starts a new one
    boundary = r"[.!?;,]|\b(?:maar|want|omdat|terwijl)\b|\ben (?=ik|mijn|ze|hij|zij|we|wij|nu|dan|toen)\b"
    clause = _without_helpers(clause_around(text, position, boundary))
    others = other_people()
    reported = re.search(r"\b(?:zegt|zei|zeggen|vindt|denkt|merkte|ziet) (?:dat |van )?", clause)  # "mijn vrouw zegt ..."
    if has_phrase(clause, ["ik", "me", "mij", "mijzelf", "ikzelf", "mijn"]) and not has_phrase(clause, others) \
            or has_phrase(clause, ["ik", "me", "mij", "mijzelf", "ikzelf"]) or reported:
        return False
    if has_phrase(clause, others) or _NAMED_OTHER.search(clause):
        return True
    start = max((m.end() for m in re.finditer(boundary, text[:position])), default=0)
    before = _without_helpers(text[:start])
    pronoun = _PRONOUN_OTHER.search(clause)
    someone_before = has_phrase(before, others) or _NAMED_OTHER.search(before)
    if pronoun and not someone_before and _JOINT_PRONOUN.search(clause):
        pronoun = None  # "gebroken niet, maar hij is wel eens uit de kom geschoten": "hij" is the hip
    if pronouns and pronoun and (someone_before or not pronoun.group(0).startswith("ze ")):
        return True  # "mijn vrouw had kanker, zij heeft chemo gehad"; "zij krijgt soms prednison" ("ze" may be the calf)
    sentence_start = max((m.end() for m in re.finditer(r"[.!?;]", text[:position])), default=0)
    if pronouns and start > sentence_start and not re.search(r"\b(?:ik|me|mij|mijn|je|jij|hij|zij|ze|we|wij)\b", clause):
        return _others_clause(text, start - 1, pronouns)  # "mijn zus heeft AVN, door de chemo": her chemo
    return False


def _without_helpers(text: str) -> str:
    """Someone who helps or comes along is not the subject ("sokken lukt niet zonder hulp van mijn
    man"), and "mijn beste vriendin" is "mijn vriendin"."""
    text = re.sub(r"\b(?:met|zonder) (?:de )?hulp van (?:mijn|m'n|mn|onze|ons) \w+|\bsamen met (?:mijn|m'n|onze|ons) \w+", " ", text)
    # company on a walk is not the subject either ("na het wandelen met de hond", "fietsen met mijn man")
    text = re.sub(r"(\b(?:wandel\w*|loop|lopen|liep|rondje\w*|fiets\w*|stappen|spelen|dansen|sport\w*)\b(?: \w+){0,2}?) met (?:de|mijn|m'n|mn|onze|ons|het) \w+",
                  r"\1", text)
    return re.sub(r"\b(mijn|onze|ons) (?:beste|goede|oudste|jongste|oude|lieve) ", r"\1 ", text)


def someone_else_not_me(text: str) -> bool:
    """"mijn zus heeft het, ik niet", "mijn vrouw heeft lupus. ik niks": another person has it, the
    writer does not - as an answer, a "no"."""
    others = other_people()
    return bool(_NOT_ME.search(text)) and (has_phrase(text, others) or bool(_NAMED_OTHER.search(text)))


_TOPIC_QUESTION = r"\s*(?:wat|wa|hoe|is|kan|krijg|krijgt|wordt|zijn|heeft|gaat|moet|mag|telt|waarom|waardoor|zit|zitten|bevat)\b(?! (?:bedoel|bedoelt|bedoelen)\b)"
_BACK_QUESTION = r"\s*(?:wat|hoe|bedoel|is dat|moet|telt)\b"
_HIP_QUESTION = r"\s*(?:kan|kun|zou|komt|is)\b"


def _is_question(text: str, position: int, starters: str, boundary: str = r"[.!?;]") -> bool:
    """The part of the text around the position (a sentence, or a clause with boundary) is a
    question that opens with one of the starters."""
    start = max((m.end() for m in re.finditer(boundary, text[:position])), default=0)
    end = re.search(r"[.!?;]", text[position:])
    part = text[start: position + end.end()] if end else text[start:]
    return part.rstrip().endswith("?") and bool(re.match(starters, part))


def _question_sentence(text: str, position: int) -> bool:
    """A question about the topic ("is AVN erfelijk?", "kan roken kwaad?"), not a fact told."""
    return _is_question(text, position, _TOPIC_QUESTION)


def _asked_back(text: str, position: int) -> bool:
    """The sentence is a question back to the bot ("wat bedoel je met ...?", "is dat erg?")."""
    return _is_question(text, position, _BACK_QUESTION)


@lru_cache(maxsize=1)
def _with_a_sign() -> "re.Pattern[str]":
    """"een patient met ...", "mijn man met ...": a sign told of the person just named."""
    people = "|".join(load("alarm_net")["people"] + ["patient", "patiente", "patienten"])
    return re.compile(rf"(?<!\bben )(?<!\bik )(?<!\bals )\b(?:een|de|mijn|ons|onze|die|dat) (?:{people}) met (?:[\w,]+ ){{0,3}}$")


def _signs(text: str, understanding: Understanding) -> None:
    facts = lexicon()["facts"]
    groups = {
        "fever": facts["post_op_alarm"]["fever"],
        "calf": facts["post_op_alarm"]["calf"],
        "wound": facts["post_op_alarm"]["wound"],
        "chest_breath": facts["chest_breath"],
        "hot_joint": facts["hot_joint"],
        "fall": facts["acute_trauma"]["fall"],
        "no_weight": facts["acute_trauma"]["no_weight"],
        "bears_weight": facts["acute_trauma"]["bears_weight"],
    }
    # the negation inside "kan er niet meer op staan" belongs to that phrase, not to the fall before it
    no_weight_spans = [m.span() for p in _entries(groups["no_weight"]) for m in p.regex.finditer(text)]
    without_no_weight = text
    for start, end in no_weight_spans:
        without_no_weight = without_no_weight[:start] + " " * (end - start) + without_no_weight[end:]
    chest_denied = [m.span() for p in _entries(facts["chest_breath_absent"]) for m in p.regex.finditer(text)]
    unnamed = _mask(text, MENTIONED_PEOPLE)  # "benauwd sinds het bezoek van mijn schoonouders": not their sign
    denied: List[str] = []
    long_ago: List[str] = []
    for sign, patterns in groups.items():
        for pattern in _entries(patterns):
            for m in pattern.regex.finditer(text):
                present = not pattern.negated(without_no_weight if sign == "fall" else text, m)
                if sign == "chest_breath" and any(start <= m.start() < end for start, end in chest_denied):
                    present = False  # "benauwd ben ik nu ook niet hoor"
                now_after_all = not present and bool(re.match(
                    r"[^.;!?]{0,60}?\b(?:nu|sinds \w+|vandaag|vanochtend|vanmorgen|sinds kort|deze keer|toch) wel\b", text[m.end():]))
                if now_after_all:
                    present = True  # "niet benauwd geweest tot vanochtend, nu wel erg", "vroeger nooit, nu wel"
                denial = not present  # denied now - not a sign told only of the past ("vorig jaar eens kortademig")
                if present and sign == "bears_weight" and _NOW_NO_MORE.search(text, m.end()):
                    continue  # "eerst kon ik nog stappen, maar nu weer niet": not now - the safety net asks
                if present and sign in ("fall", "no_weight"):
                    present = not _long_past(text, m.start())  # a fall "vorige week" is recent
                    if not present and not _others_clause(unnamed, m.start()):
                        long_ago.append(sign)  # "vorig jaar op het ijs gevallen": not now, and not denied either
                elif present and sign != "bears_weight" and not now_after_all and is_historical(unnamed, m.start()):
                    present = False
                if present and sign in ("fever", "calf", "wound", "hot_joint", "chest_breath") and over_now(text, m.end()):
                    present, denial = False, True
                if present and sign == "fever" and _below_fever(text, m.start()):
                    present, denial = False, True
                if present and sign == "fever" and _NOT_MEASURED.match(text[m.end():]):
                    continue  # "koorts heb ik niet gemeten": not known - the safety net asks
                if present and _UNSURE_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
                    continue  # "ik weet niet of ik koorts heb": not known - the safety net asks
                if present and sign != "bears_weight" and not understanding.other_person and _others_clause(unnamed, m.start()):
                    # "mijn man is wel benauwd": not the patient's; "mijn vrouw ..., ze was zo benauwd"
                    # (or is "ze" the calf?): not certain either way - the safety net asks
                    continue
                if present and _with_a_sign().search(text[max(0, m.start() - 60):m.start()]):
                    continue  # "ik heb een patient met koorts opgevangen": that person's sign (the safety net may ask)
                if present and _hypothetical(text, m.start()):
                    continue  # "en als da koorts toch nog komt, wat moet ik dan doen?": not there now (the safety net may ask)
                if present and _asked_back(text, m.start()):
                    continue  # "wat bedoel je met vocht uit de wond?": a question, not a sign
                if present and _ECHO_DENIED.match(text, m.end()):
                    present, denial = False, True  # "ik krijg de lucht niet goed binnen? nee hoor, dat gaat goed"
                # one present mention is enough; a negated duplicate does not undo it
                understanding.signs[sign] = understanding.signs.get(sign, False) or present
                if denial and sign not in denied and not _others_clause(unnamed, m.start()) \
                        and not has_phrase(clause_around(text, m.start(), r"[.;!?]|,(?!\d)|\bmaar\b"), load("alarm_net")["not_denied_now"]) \
                        and "?" not in text[m.end():m.end() + 80].split(".")[0]:
                    denied.append(sign)
    understanding.denied = [sign for sign in denied if not understanding.signs.get(sign)]
    understanding.long_ago = [sign for sign in long_ago if not understanding.signs.get(sign) and sign not in understanding.denied]


_NOW_NO_MORE = re.compile(r"\b(?:nu|now|noe|nou|nu al)\b[^.;!?]{0,20}?\b(?:niet|nie|ni|nich|nait|neet|nimmer)(?: meer| mear| mie| mi)?\b")


# the writer repeats a question about standing or walking and answers it "no": the leg does not bear weight
# (only a bare verb or "kan ik ..."; "Pijn bij lopen? Nee." is about pain, not about standing)
_STANDING_ECHO_NO = re.compile(r"(?:^|[.!?;]\s*)(?:(?:en |maar )?(?:kan ik|kun ik|kon ik|kan je|kun je) (?:nog |er |weer )*(?:op (?:mijn|m'n|mn|dat|het|je) been )?)?"
                               r"(?:lopen|staan|steunen|stappen|rechtstaan|op (?:mijn|m'n|mn|dat|het|je) been (?:staan|steunen))\s*\?\s*"
                               r"(?:nee|neen|nae|nop|nope|no|nah|niet|nie|ni|nein|non)\b(?![\s.,…]*(?:hoor|maar|wel|toch|ja|eigenlijk|wacht|probleem|problemen|pijn)\b)")


# the question repeated by the writer and answered "no" straight after it
_ECHO_DENIED = re.compile(r"[^.;!?]{0,40}\?\s*(?:nee|neen|nope|nie|ni|nein|no|welnee|(?:nooit|geen moment|geen seconde)(?=\s*(?:[.!;]|$|gehad\b|hoor\b)))\b(?![\s.,…]*(?:maar|wel|toch|ja|eigenlijk|wacht)\b)")  # not "No... toch wel"


_IF_CLAUSE = re.compile(r"(?:^|[,;:]\s*|\b(?:en|maar|of)\s+)(?:(?P<firm>stel dat|stel|indien|mocht|wat als|in geval van|in het geval dat)|als|wanneer)\b")
_COMES = re.compile(r"\b(?:krijg|krijgt|krijgen|komt|opkomt|terugkomt|word|wordt|worden|zou|zouden|begint|opkomen)\b")
_THEN_WHAT = re.compile(r"\?|\b(?:moet ik dan|wat doe ik dan|wat dan|mag ik dan|bel ik dan|wat moet ik)\b")


def _hypothetical(text: str, start: int) -> bool:
    """A sign in an if-clause of a question ("stel dat mijn heup rood wordt, moet ik dan bellen?",
    "als ik koorts krijg, wat moet ik dan doen?") is not a sign now. Not "als ik de trap oploop ben
    ik benauwd": that if-clause tells when the sign is there, and there is no question about it."""
    sentence_start = max((m.end() for m in re.finditer(r"[.!?;]", text[:start])), default=0)
    sentence_end = re.search(r"[.!?;]", text[start:])
    sentence = text[sentence_start: start + (sentence_end.end() if sentence_end else len(text) - start)]
    triggers = list(_IF_CLAUSE.finditer(text[sentence_start:start]))
    if not triggers or not _THEN_WHAT.search(sentence):
        return False
    trigger = triggers[-1]
    clause = text[sentence_start + trigger.start():]
    clause = clause[:(re.search(r"[,.;!?]", clause[1:]) or re.search("$", clause)).end() + 1]
    when = re.search(r"\b(?:loop|lopen|stap|stappen|sta|staan|zit|zitten|lig|liggen|fiets|fietsen|trap|wandel|wandelen|opsta|opstaan|beweeg|sport)\b", clause)
    return bool(trigger.group("firm")) or (bool(_COMES.search(clause)) and not when)  # "als ik loop wordt mijn kuit dik": when it is there


def _risk_conditions(text: str, answer_mode: bool, retracts: bool = False) -> Optional[List[str]]:
    spec = lexicon()["facts"]["risk_conditions"]
    found: List[str] = []
    mentioned = False
    for name, patterns in spec["items"].items():
        for pattern in _entries(patterns):
            for m in pattern.regex.finditer(text):
                if _others_clause(text, m.start()):
                    continue  # "mijn broer heeft lupus"
                mentioned = True
                tested_negative = re.search(r"\bgetest\b[^.;!?]*\b(?:niet|nie|ni|negatief)\b", clause_around(text, m.start()))
                if not is_negated(text, m.start(), m.end()) and not tested_negative and name not in found:
                    found.append(name)
    if found:
        return found
    if mentioned and (answer_mode or retracts):
        return []  # not asked, one condition denied says nothing of the others ("geen idee wat ik kreeg bij de chemo"),
                   # unless it takes an earlier one back ("nee wacht, chemo heb ik toch niet gehad")
    if answer_mode and re.search(lexicon()["answers"]["unknown"], text) and not re.search(
            r"\b(?:staat er niet bij|niet bij|niet in de lijst|verder niks|verder niets)\b", text):
        return None  # "geen idee": the relative answer makes it onbekend
    if answer_mode and (any(p.regex.search(text) for p in _entries(spec["none"])) or re.search(
            r"\b(?:staat er niet bij|staat er ni(?:e)? (?:bij|tussen)|niet bij|niet in de lijst|verder niks|verder niets)\b", text)):
        return []
    return None


_OWN_DOUBT = re.compile(r"(?:(?<=[.!?])|^)\s*(?:of|en of)\b[^.!?]*\?")


def _xray(text: str, answer_mode: bool) -> Optional[str]:
    spec = lexicon()["facts"]["xray_result"]
    if not answer_mode and not re.search(spec["context"], text):
        return None
    # a clause about another scan ("NMR nog nie gedaan") says nothing about the X-ray
    text = "".join(" " if re.search(spec["other_scans"], part)
                   and not re.search(spec["context"], part) else part
                   for part in re.split(r"([.;!?,]|\bmaar\b|\ben\b)", text))
    # a doubt of the writer's own, put as a question and answered ("Normaal, zei ze. Of zei ze dat er iets
    # te zien was? Nee, normaal."): what is told around it counts
    doubtless = _OWN_DOUBT.sub(" ", text)
    if doubtless != text:
        told = _xray(doubtless, answer_mode)
        if told is not None:
            return told
    turn = _correction_turn(text)
    if turn is not None and (re.search(spec["context"], text[turn:]) or answer_mode and re.match(r"\W*(?:toch )?wel\b", text[turn:])):
        later = _xray(text[turn:], answer_mode)
        if later is not None:
            return later  # "Geen foto. O nee sorry, wel, in september, en daar was niks op te zien": the last word counts
    flipped = {"normaal": "afwijkend", "afwijkend": "normaal"}  # "niet normaal", "geen afwijkingen"
    no_xray = any(p.regex.search(text) for p in _entries(spec["values"]["geen"]) if answer_mode or not p.answer_only)
    if re.search(spec["normal_first"], text) and not no_xray and not re.search(lexicon()["answers"]["unknown"], text):
        return "normaal"
    if re.search(r"\b(?:ze|hij|zij|de dokter|de arts) (?:zag|zagen) (?:wel |al )?iets\b|\bzag(?:en)? (?:ze|hij|zij) (?:wel |al )?iets\b", text) \
            and not re.search(r"\b(?:niet|nie|ni|geen|niks|niets) (?:\w+ )?(?:zag|zagen|gezien)\b", text):
        return "afwijkend"  # "ze zagen iets op de foto, maar ik weet niet meer wat juist"
    for value in ("onbekend", "geen", "afwijkend", "normaal"):
        for pattern in _entries(spec["values"][value]):
            if pattern.answer_only and not answer_mode:
                continue
            m = pattern.regex.search(text)
            if m:
                negated = value in flipped and is_negated(text, m.start(), m.end())
                return flipped[value] if negated else value
    return None


@lru_cache(maxsize=1)
def _keywords() -> frozenset:
    """Every word of three letters or more in the lexicon's and the safety net's rules: what a
    dialect spelling may be rewritten to."""
    words_in_rules = set()
    for name in ("lexicon", "alarm_net"):
        for rule in strings_in(load(name)):
            words_in_rules.update(re.findall(r"[a-z]{3,}", rule))
    return frozenset(words_in_rules)


@lru_cache(maxsize=8192)
def dialect_word(word: str) -> str:
    """A regional spelling of a word the rules know, by the vowel shifts of Dutch and Flemish
    dialects (lexicon.yml dialect_vowels: "stoan" -> staan, "ziekenhuus" -> ziekenhuis, "gain" ->
    geen, "kriegen" -> krijgen). Only to a word of the rules, and only from a word they do not know."""
    keywords = _keywords()
    if len(word) < 4 or word in keywords or not word.isalpha():
        return word
    if word[0] == "e" and "g" + word in keywords and lexicon().get("participle_without_g"):
        return "g" + word  # "evallen", "eopereerd": gevallen, geopereerd
    for shift in lexicon()["dialect_vowels"]:
        if len(word) < shift.get("min_length", 4):
            continue
        for m in re.finditer(shift["from"], word):
            candidate = word[:m.start()] + shift["to"] + word[m.end():]
            stem = re.sub(r"^(?:linker|rechter)", "", candidate)  # "linkerzy": linkerzij
            if (candidate in keywords or stem in keywords and stem != candidate) and candidate not in lexicon()["dialect_never_to"]:
                return candidate
    return word


@lru_cache(maxsize=1)
def _spoken_possessive() -> "re.Pattern[str]":
    return re.compile(r"(?<!\d )\b(?:me|mi|min) (?=(?:%s)\b)" % "|".join(lexicon()["me_is_mijn_before"] + load("alarm_net")["people"]))


@lru_cache(maxsize=1)
def _ankle_before() -> frozenset:
    return frozenset(lexicon()["enkel_is_the_ankle_after"])


_PAIN_THEN_PLACE = re.compile(r"((?:^|(?<=[.!?]))[^.!?]*\b(?:pijn|pien|last|zeer)\s*)\.\s+"
                              r"(?=(?:in|aan) (?:mijn|m'n|mn) (?:rechter|linker)?(?:lie[sz]|heup|bil)\w*\s*(?:[.!?]|$))")
_DENIAL_WORD = re.compile(r"\b(?:geen|gene|gin|niet|nie|ni|nooit|nergens|niks|niets)\b")
_TAKEN_BACK = re.compile(r"\b(?:wacht|toch|eigenlijk|ja|jao|joa|jawel|wel|mer|maar|ma|but)\b")


_CANNOT_SAY = r"\b(?:ik )?(?:kan|kun) (?:echt |eerlijk gezegd |nu )?(?:niet|nie|ni) (?:zeggen|beweren|ontkennen) dat "
_IN_CLAUSE = r"((?:(?!\b(?:maar|mar|mor|ma|want|en)\b)[^.;!?,])*?)"  # the clause of "dat ...", not the next one
_CANNOT_SAY_NOT = re.compile(_CANNOT_SAY + _IN_CLAUSE + r"\s*\b(?:niet|nie|ni)\b\s*((?:(?!\b(?:maar|mar|mor|ma|want|en)\b)[^.;!?,])*)")
_CANNOT_SAY_FINE = re.compile(_CANNOT_SAY + _IN_CLAUSE + r"\b(normaal|goed|prima|in orde|ok|oke|rustig|gezond)\b")


def normalize_chat(folded: str) -> str:
    """Rewrite chat forms ("'k drink ni" -> "ik drink niet") so the patterns need one spelling."""
    forms = lexicon()["chat_forms"]
    bare = re.sub(r"[\U0001F3FB-\U0001F3FF\s!.]", "", folded)  # skin tones, spaces, "!"
    if bare and set(bare) <= set(lexicon()["emoji_answers"]) and len(set(bare)) == 1:
        return lexicon()["emoji_answers"][bare[0]]  # "👍", "👍👍": the answer word
    for phrase, written in lexicon()["chat_phrases"].items():
        folded = re.sub(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", written, folded)
    folded = re.sub(r"^(\W*)([a-z]+)\b", lambda m: m.group(1) + lexicon()["leading_forms"].get(m.group(2), m.group(2)), folded)
    # ... or follows the one short question the writer opens with, as a word of its own, nothing taken
    # back after it ("Botnecrose? Nae, nooit gehad"; not "Steunen? Nae." after another question, nor "Nae, wacht, ja")
    if folded.count("?") == 1 and not _TAKEN_BACK.search(folded.split("?", 1)[1]):
        folded = re.sub(r"^(\W*(?:[\w'-]+ ?){1,4}\?\s*)([a-z]+)(?=\s*(?:[,.!;]|$))",
                        lambda m: m.group(1) + lexicon()["leading_forms"].get(m.group(2), m.group(2)), folded)
    # West-Flemish "'k een" opening a clause is "ik heb" ("'k een gelukkig geen zeer", "'k een gerookt")
    folded = re.sub(r"(^|[.,;!?:]\s*|\b(?:en|maar|moar|ma|mo|mor|want|dus|ikzelve|ikzelf|zelf) )'k (?:ee+n|e)\b", r"\1ik heb", folded)
    folded = re.sub(r"\be 'k\b", "heb ik", folded)
    folded = re.sub(r"\b(hij|zij|ze|ie) e (?!(?:keer|beetje|bitje|paar|week|weke|dag|maand|jaar)\b)", r"\1 heeft ", folded)  # "hij è zere": hij heeft
    folded = re.sub(r"\b(ik|ikzelf|ikzelve|ik zelf|ik zelve) e (?!(?:keer|beetje|bitje|paar|week|weke|dag|maand|jaar)\b)", r"\1 heb ", folded)  # "'k è zere", "nu è 'k zere": ik heb, heb ik
    # West-Flemish doubled negation: "'k en kan nie" is "ik kan niet"
    folded = re.sub(r"((?<![\w'])(?:'k|ik|ge|gij|je|hij|ze|zij|we|wij)) en (?=(?:kan|kon|ben|heb|hebbe|zie|weet|wil|mag|moet|doe|ga|zijn|is)\b)", r"\1 ", folded)
    folded = re.sub(r"\bken (?=(?:niet|nie|ni|er|bijna|amper|nauwelijks|haast)\b)", "kan ", folded)  # "ik ken nie staan" (not "ken ik niet")
    # a double negation: "ik kan niet zeggen dat ik niet benauwd ben" is a yes, "... dat mijn kuit er normaal
    # uitziet" a no to "normal"
    folded = _CANNOT_SAY_NOT.sub(lambda m: m.group(1) + " " + m.group(2), folded)
    folded = _CANNOT_SAY_FINE.sub(lambda m: m.group(1) + " niet " + m.group(2), folded)
    folded = re.sub(r"\b(3[5-9]|4[0-2]) komma (\d)\b", r"\1,\2", folded)  # speech to text: "39 komma 2"
    # a learner's word order: "ik niet kan slapen" is "ik kan niet slapen"
    folded = re.sub(r"\b(ik|hij|zij|ze|je|we|wij)\s+(niet|nie|ni)\s+(kan|kon|kun|mag|wil|ben|heb|durf|ga)\b", r"\1 \3 \2", folded)
    folded = re.sub(r"(^|[,.;!?]\s*)(niet|nie|ni)\s+(kan|kon|kun)\s+(?=[a-z]+en\b)", r"\1\3 \2 ", folded)  # ", niet kan slapen"
    # spoken "me" as a possessive before a body part or a thing of one's own: "me heup", "van me scooter"
    folded = _spoken_possessive().sub("mijn ", folded)
    # a terse writer's fragment that only places the pain before it: "nu heb ik ook pijn. in mijn lies." (not
    # "geen pijn. in de wond komt vocht", nor "geen pijn. in mijn lies wel")
    folded = _PAIN_THEN_PLACE.sub(lambda m: m.group(0) if _DENIAL_WORD.search(m.group(1)) else m.group(1) + " ", folded)
    # Flemish "enkel" is "alleen" unless it is the ankle: "enkel als ik lig", not "mijn enkel"
    folded = re.sub(r"(?:\b([\w']+) )?\benkel\b(?! ?(?:is|zijn|gebroken|verstuikt|omgeslagen)\b| ?(?:doet|doen)(?! (?:het|t|mijn|m'n|de|ze|hij|dat)\b))",
                    lambda m: m.group(0) if m.group(1) in _ankle_before() else (m.group(1) + " " if m.group(1) else "") + "alleen",
                    folded)
    folded = re.sub(r"(?<![\w'])('?[a-z]+'?[a-z]*)(?![\w'])", lambda m: forms[m.group(1)] if m.group(1) in forms else dialect_word(m.group(1)), folded)
    folded = _spoken_possessive().sub("mijn ", folded)  # ... also before a word written in dialect ("min heupoperoasje")
    # the infinitive after "kan": "kin ich neet mie op mien bein stoa" is "kan ik niet meer op mijn been staan"
    return re.sub(r"\b(kan|kon)\b((?:(?!\b(?:als|as|wanneer|dat|terwijl)\b)[^.;!?]){0,40}?) sta\b", r"\1\2 staan", folded)


def understand(raw: str, requested_slot: Optional[str] = None,
               today: Optional[dt.date] = None) -> Understanding:
    """Everything Heupcheck can read from one message, given the slot being asked (or None). The
    answer to the asked slot comes from the writer's own sentences when others are about someone
    else first ("Mijn buurman had prednison. Ik gebruik alleen een plaspil."); everything else, the
    alarm signs above all, from the whole message."""
    result = _understand(raw, requested_slot, today)
    if requested_slot in ASKED_FROM_OWN_SENTENCES:
        own = _own_sentences(result.text)
        if own is not None:
            part = _understand(own, requested_slot, today)
            result.facts.pop(requested_slot, None)
            if requested_slot in part.facts:
                result.facts[requested_slot] = part.facts[requested_slot]
            result.answer = part.answer
    return result


# slots whose answer a story about someone else comes before (never the alarm slots: read whole)
ASKED_FROM_OWN_SENTENCES = ("recent_hip_surgery", "complaint_weeks", "load_pain", "rest_night_pain", "function_loss",
                            "steroid_use", "alcohol_use", "hip_trauma_history", "risk_conditions", "smoking",
                            "xray_result", "known_avn")


_WRITER = re.compile(r"\b(?:ik|me|mij|mezelf|ikzelf|'k)\b")
_REPORTS = re.compile(r"\b(?:zegt|zei|zeggen|vindt|vond|denkt|dacht|volgens|merkt|merkte|ziet|zag)\b")  # "mijn man zegt sinds half oktober": about me


@lru_cache(maxsize=1)
def _opens_with_someone_else() -> "re.Pattern[str]":
    people = "|".join(re.escape(p) for p in other_people())
    return re.compile(rf"(?:[\w']+ ){{0,3}}?(?:{people})\b")


def _about_someone_else(sentence: str) -> bool:
    return bool(_opens_with_someone_else().match(sentence)) and not _WRITER.search(sentence) and not _REPORTS.search(sentence)


def _own_sentences(text: str) -> Optional[str]:
    """The message without its sentences about another person, when it holds both kinds; else None."""
    sentences = [s.strip() for s in re.split(r"(?<=[.;!?])\s+", text) if s.strip()]
    about_other = [_about_someone_else(s) for s in sentences]
    if not any(about_other) or all(about_other):
        return None
    return " ".join(s for s, other in zip(sentences, about_other) if not other)


def _understand(raw: str, requested_slot: Optional[str] = None,
                today: Optional[dt.date] = None) -> Understanding:
    today = today or dt.date.today()  # dates ("in 2019", "sinds zondag") are read against today
    folded = star_corrections(fold(re.sub(r"\s*\n+\s*(?:[-\u2022*\u00b7]\s+)?", ". ", raw.strip())))  # lines and bullets end a statement
    lex = lexicon()
    result = Understanding()
    result.region_strong = bool(re.search(lex["region"]["BE_strong"], folded))
    result.region_weak = len(re.findall(lex["region"]["BE_weak"], folded))
    text = normalize_chat(correct_typos(folded))
    # "het is niet zo dat ik 's nachts geen pijn heb": a double negation says yes
    text = re.sub(r"\b(?:het is |ik kan |ik zou )?niet (?:zo |zeggen )?dat (?:ik )?((?:[\w']+ ){0,4}?)(?:geen|niet|nooit) ",
                  r"\1 wel ", text)
    result.text = text
    result.correction = bool(re.search(lex["answers"]["correction"], text))
    result.retracts = bool(_SELF_CORRECTION.search(text) or re.search(r"\btoch (?:niet|geen|nooit|nie)\b|\bklopt (?:niet|nie)\b|\beigenlijk (?:niet|geen|nooit|nie)\b", text))
    for command in ("restart", "back", "diagnosis_question", "thanks", "greeting", "out_of_scope"):
        if re.search(lex["commands"][command], text):
            result.command = command
            break
    other = re.search(lex["other_person"], text)
    # an own complaint anywhere keeps the check: "ik heb al lang pijn in mijn heup (ik typ voor hem - zijn kleinzoon)"
    result.for_someone_else = bool(other and not re.search(lex["own_after_all"], text)
                                   and not re.search(lex["own_complaint_strong"], text))
    # "kan ik dit ook voor mijn man invullen?", "straks doe ik het voor mijn moeder": another check to come
    result.another_check = bool(other and re.search(r"\b(?:ook|straks|morgen|later|volgende keer)\b|\?",
                                                    clause_around(text, other.start(), r"[.!;\n]")))
    # someone else's complaint told without one of the writer's own ("mijn moeder heeft heuppijn");
    # not someone merely named ("mijn moeder is er nu, we gaan naar de post")
    result.other_person = result.for_someone_else or (
        bool(re.search(lex["other_person_weak"], text)) and not re.search(lex["own_complaint"], text)
        and not re.search(lex["own_after_all"], text)
        and bool(_complaint_words().search(text) or _BODY_PART.search(text) or _compiled(lex["sign_words"]).search(text)
                 or re.search(lex["facts"]["recent_hip_surgery"]["operation"], text)
                 or re.search(r"\b(?:lopen|staan|opstaan|slapen|mank|bewegen)\b", text)
                 or any(p.regex.search(text) for p in _entries(lex["facts"]["acute_trauma"]["fall"]))))
    result.answer = _relative_answer(text)
    if result.correction and result.answer != "unknown":
        result.answer = None  # "nee wacht ..." is not an answer to this question; "geen idee eerlijk gezegd" is

    facts = result.facts
    hip = _hip_complaint(text, requested_slot)
    symptoms = list(re.finditer(lex["facts"]["hip_complaint"]["symptom_words"], text)) if _BODY_PART.search(text) else []
    if hip is None and any(not is_negated(text, m.start(), m.end(), window=3) and not _others_clause(text, m.start(), pronouns=False)
                           and not _their_body_part(text, m.start())
                           for m in symptoms):
        hip = True  # "ik heb het aan mijn heup", "mijn heup is dik en rood"; not "mijn heup is niet warm of rood"
    if hip is None and symptoms and any(
            not is_negated(text, m.start(), m.end()) and not re.search(lex["other_body_or_person"], clause_around(text, m.start(), r"[.!?;\n]"))
            for m in _complaint_words().finditer(text)):
        hip = True  # "mn heup is nie rood of dik ofzo. doet gewoon pijn zoals altijd"
    if hip is None and re.match(r"\s*(?:(?!geen|niet|nie|ni|nooit)[a-z]+ ){0,2}?(?:mijn |de |m'n )?(?:rechter|linker)?(?:heup|lie[sz]|bil)\w*\s*(?:(?:rechts|links|l|r|re|li)\b\s*)?(?:[.,!?:;]|$|sinds\b)(?!\s*(?:nee|neen|nope|sorry|oeps|wacht|ik bedoel|niet|nie|ni)\b)", text):
        hip = True  # "heup. sinds begin september": the place, told first
    if hip is None and requested_slot in (None, "hip_complaint"):
        for m in _BODY_PART.finditer(text):
            sentence = clause_around(text, m.start(), r"[.!?;]|\bmaar\b")  # "mijn knie is geopereerd, maar die pijn in mijn lies ..."
            if _complaint_words().search(sentence) and not re.search(lex["other_body_or_person"], sentence) \
                    and not is_negated(text, m.start(), m.end(), window=3) and not _others_clause(text, m.start()):
                hip = True  # "een foto van mijn heup, daar was niets op te zien, maar de pijn is er nog steeds"
                break
    body = _BODY_PART.search(text)
    trauma = lex["facts"]["acute_trauma"]
    if hip is None and requested_slot in (None, "hip_complaint") and body \
            and not is_negated(text, body.start(), body.end(), window=3) \
            and all(any(p.regex.search(text) for p in _entries(trauma[group])) for group in ("fall", "no_weight")):
        hip = True  # "van de steiger gedonderd, kan niet op mijn been staan. heup.": a fall onto the hip is a complaint
    if hip is not None:
        facts["hip_complaint"] = hip
    if requested_slot not in (None, "hip_complaint"):
        # while another question runs the hip complaint is known: a remark about the knee, the back
        # or another person ("oh nee, die nachtpijn zit eigenlijk in mijn rug", "net als mijn
        # moeder") does not end the check
        facts.pop("hip_complaint", None)
        result.other_person = False

    for slot in ("load_pain", "rest_night_pain", "function_loss", "steroid_use", "alcohol_use",
                 "hip_trauma_history", "smoking", "known_avn"):
        if slot in facts:
            continue
        spec = lex["facts"][slot]
        slot_text = re.sub(spec["not_about"], lambda m: " " * len(m.group(0)), text) if spec.get("not_about") else text
        found = _polarity(slot_text, spec.get("present", []), spec.get("absent", []),
                          answer_mode=requested_slot == slot,
                          any_yes=bool(spec.get("any_sign")) and not (result.correction and slot != "function_loss"))
        if spec.get("yes_if") and re.search(spec["yes_if"], slot_text):
            found = (True, 0)  # "al jaren elke avond drie a vier glazen wijn (en in het weekend meer)"
        if found is None and _NOT_ME.search(slot_text) and any(
                _others_clause(slot_text, m.start()) for p in _entries(spec.get("present", [])) for m in p.regex.finditer(slot_text)):
            found = (False, 0)  # "mijn zus heeft AVN in beide heupen, ik zelf niet"
        if found is not None:
            facts[slot] = found[0]
    if "hip_complaint" not in facts and requested_slot in (None, "hip_complaint") and not result.other_person \
            and _BODY_PART.search(text) and not re.search(lex["facts"]["recent_hip_surgery"]["other_joint"], text) \
            and any(facts.get(s) is True for s in ("load_pain", "rest_night_pain", "function_loss")):
        facts["hip_complaint"] = True  # "ik kan mn sokken nie meer aantrekken door mn heup"
    if requested_slot == "smoking" and "smoking" not in facts and re.search(lex["facts"]["smoking"]["amounts"], text):
        facts["smoking"] = True  # "paar per dag"
    if facts.get("known_avn") and result.command == "diagnosis_question":
        del facts["known_avn"]  # "heb ik AVN?" is a question, not a fact

    surgery = _recent_surgery(text, today, requested_slot == "recent_hip_surgery")
    if requested_slot == "recent_hip_surgery":
        # the time in the answer's own first clause is the operation asked about ("ja, een half jaar
        # geleden", "ja, 5 weken terug, maar ik moet nog een tweede operatie ...")
        opening = re.split(r"[.;!?]|,\s*(?:maar|de|het|mijn|ik)\b|\bmaar\b", text, maxsplit=1)[0]
        weeks = _nearest_weeks(opening, "", today)
        if weeks is not None and (surgery is None or weeks <= RECENT_SURGERY_WEEKS):
            surgery = weeks <= RECENT_SURGERY_WEEKS
    if surgery is False and requested_slot == "complaint_weeks":
        # "een half jaar, daarom kwam die operatie ook": the first clause answers the question, it is
        # not the operation's time; read the operation from the rest of the message only
        first = re.split(r"[.;!?,]|\b(?:daarom|want|omdat|maar)\b", text, maxsplit=1)[0]
        if not re.search(lexicon()["facts"]["recent_hip_surgery"]["operation"], first):
            surgery = _recent_surgery(" " * len(first) + text[len(first):], today, False)
    if surgery is not None:
        facts["recent_hip_surgery"] = surgery

    _signs(text, result)
    signs = result.signs
    if requested_slot in ("acute_trauma", None) and _STANDING_ECHO_NO.search(text):
        signs["no_weight"] = True  # "Lopen? Nop, niet meer sinds de val", "Kan ik staan? Nee.": the no is to standing
        signs.pop("bears_weight", None)
        if re.search(r"\bsinds (?:de|mijn|m'n|die|ik)\b[^.;!?]{0,25}\b(?:val|viel|gevallen|valpartij)\b", text):
            signs["fall"] = True  # "... niet meer sinds de val": the "niet" is to walking, the fall happened
    if signs.get("fall") and signs.get("no_weight"):
        facts["acute_trauma"] = True
    elif signs.get("fall") and signs.get("bears_weight"):
        facts["acute_trauma"] = False
    elif "fall" in signs and not signs["fall"] and ("fall" not in result.long_ago or requested_slot == "acute_trauma"):
        facts["acute_trauma"] = False  # a fall told only of long ago, unasked, leaves the question to be asked

    conditions = _risk_conditions(text, requested_slot == "risk_conditions", result.retracts)
    if conditions is not None:
        facts["risk_conditions"] = conditions
    xray = _xray(text, requested_slot == "xray_result")
    if xray is not None:
        facts["xray_result"] = xray

    about_operation = requested_slot == "recent_hip_surgery" and not _complaint_words().search(text)
    # "nee, dat was de andere heup, en dat is al vijf jaar geleden": the time of the operation asked about
    weeks = None if result.other_person or about_operation else \
        _complaint_weeks(text, requested_slot == "complaint_weeks", today, requested_slot)
    if weeks is not None:
        facts["complaint_weeks"] = weeks
    if result.other_person:
        # the check is for the person with the complaints: only the alarm facts stay on record
        for slot in [s for s in facts if s not in ("acute_trauma", "post_op_alarm")]:
            del facts[slot]
        facts["hip_complaint"] = False

    post_op_signs = [sign for sign in ("fever", "calf", "wound", "chest_breath", "hot_joint") if signs.get(sign)]
    if post_op_signs and (requested_slot == "post_op_alarm" or facts.get("recent_hip_surgery") is True):
        facts["post_op_alarm"] = True  # a sign told as the answer, or with the recent operation itself
    elif requested_slot == "post_op_alarm" and (any(signs.get(s) is False for s in ("fever", "calf", "wound", "chest_breath"))
                                                or any(p.regex.search(text) for p in _entries(lexicon()["facts"]["post_op_alarm"]["all_fine"]))) \
            and not _CONTRAST_AFTER_DENIAL.search(text):
        # "vorige week koorts gehad, nu niet meer": every sign told is absent - but not "geen koorts,
        # maar sinds gisteren ..." with something after it that was not read (the net or the question asks)
        facts["post_op_alarm"] = False

    not_me = requested_slot in YES_NO_SLOTS + ("risk_conditions",) and requested_slot not in facts \
        and someone_else_not_me(text)
    if not_me:
        facts[requested_slot] = [] if requested_slot == "risk_conditions" else False  # "mijn zus heeft het, ik niet"
    lexicon_value = facts.get(requested_slot) if requested_slot else None  # before "ja"/"nee" fill it
    _apply_relative_answer(result, requested_slot)
    if not (result.correction and len(facts) > 1) and not not_me:
        _decide_asked(result, text, requested_slot, lexicon_value)
    if requested_slot and requested_slot not in facts and result.command is None and not result.correction \
            and not result.other_person and "?" not in raw and not _names_someone_else(text) \
            and not re.search(lex["answers"]["not_following"], text) \
            and not any(value not in (None, False) for value in facts.values()) \
            and not any(present for sign, present in result.signs.items() if sign != "bears_weight"):
        # only for an answer that tells nothing else: a message about another fact or an alarm sign
        # ("ik ben opeens heel benauwd" while night pain is asked) is not an answer to guess from
        value = answer_model.guess(requested_slot, raw)  # words the lexicon does not know
        if value is not None:
            facts[requested_slot] = value
            result.guessed.append(requested_slot)
    return result


def _names_someone_else(text: str) -> bool:
    """Another person is named ("mijn moeder had dat ook", "mijn vrouw rookt"): the answer model
    does not guess then - the lexicon's rules for other people decide, or the question comes again."""
    return has_phrase(text, other_people())


def _complaint_words() -> "re.Pattern[str]":
    return _compiled(lexicon()["complaint_words"])


_CLAUSE_BREAK = re.compile(r",(?!\d)|\b(?:en|maar|mor|ma)\b")
_SENTENCE_BREAK = re.compile(r"[.;!?](?!\d)|\n")
_REPORTED = re.compile(r"^\s*(?:zegt|zei|zeggen|denkt|dacht|vindt|vond)\b")
_BARE_RESTATED = re.compile(r"\b(?:eerder|eigenlijk|nee|neen|of|meer|bijna|fout|sorry|pardon),?\s+(een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d+)\s*[.!]*\s*$")


# the complaints were there before the hip turned red ("ik loop al een tijd met heuppijn, sinds gisteren is hij dik")
_OLDER_COMPLAINT = re.compile(r"\b(?:al (?:een )?(?:hele )?tijd\w*|al (?:heel |zo )?lang|al langer|al jaren|al maanden|al weken|vorig jaar|sinds de val)\b")
_HIP_SIGNS = re.compile(r"rood|dik|gezwollen|opgezet|warm|gloeit|heet")  # the hip itself red, swollen or hot: the complaint
_CAUSES = re.compile(r"gevallen|gestruikeld|verkeerd gestapt|misstap|verstapt|struikelde|uitgegleden|uitgeschoven|onderuit gegaan|getuimeld|gedonderd|gesmakt|gekukeld|val|gebroken|ongeluk|ongeval|ontwricht\w*|uit de kom")  # an injury the complaints may follow


_NEGATION_IS_A_SIGN = re.compile(r"lucht|adem\w*|asem|azem")  # "ik krijg geen lucht": the sign itself


def _anchors(text: str) -> List[Tuple[int, int, str]]:
    """What a duration can belong to, with its kind: "own" (the complaints: pain, limping, the hip
    told as a complaint, "begon"), "other" (another event: an operation, a fall, medication, an
    alarm sign) or "elsewhere" (another body part or person). A complaint word in a clause about
    the knee or the calf and not the hip belongs to that ("mijn kuit is stijf en pijnlijk")."""
    lex = lexicon()
    other = _compiled(lex["other_durations"])
    elsewhere = _compiled(lex["other_body_or_person"])
    signs = _compiled(lex["sign_words"])
    found: List[Tuple[int, int, str]] = []
    position = 0
    turn = _correction_turn(text)
    subject = None  # what the sentence is about so far, for "mijn kuit, die is sinds gisteren pijnlijk"
    for clause in re.split(r"(,(?!\d)|\b(?:en|maar|mor|ma)\b|[.;!?](?!\d)|\n)", text):
        if _SENTENCE_BREAK.fullmatch(clause):
            subject = None
        hip = _BODY_PART.search(clause)
        others = [m for m in other.finditer(clause)]
        away = [m for m in elsewhere.finditer(clause) if not _REPORTED.match(clause[m.end():])
                and not re.search(r"\b(?:uitstraalt|straalt|uitstralen|uitstralend|uitstralende|doortrekt|trekt|tot in|tot aan)\b(?: \w+){0,3}\s*$",
                                  clause[:m.start()])]  # "pijn in mijn bil die uitstraalt naar mijn knie": the hip's
        hip_itself = hip and all(_HIP_SIGNS.fullmatch(m.group(0)) for m in others)
        for m in others:
            if not _NEGATION_IS_A_SIGN.fullmatch(m.group(0)) and (turn is None or turn < position + m.start()) \
                    and is_negated(text, position + m.start(), position + m.end(), window=3, post=False):
                continue  # "ik ben niet geopereerd. Sinds Allerheiligen": what did not happen has no time (not "geen lucht")
            kind = "cause" if _CAUSES.fullmatch(m.group(0)) else "hip_sign" if hip_itself else "other"
            found.append((position + m.start(), position + m.end(), kind))
        for m in away:
            found.append((position + m.start(), position + m.end(), "elsewhere"))
        if hip:
            subject = "own"
        elif away:
            subject = "elsewhere"
        elif signs.search(clause):
            subject = "other"
        elif not re.match(r"\s*(?:die|ze|deze|dat|hij|het|is|zijn|was|doet|voelt|wordt|blijft)\b", clause) \
                and _complaint_words().search(clause):
            subject = None  # a new statement; a clause about something else or a verb goes on with the subject
        complaint_kind = subject or "own"
        for m in _complaint_words().finditer(clause):
            found.append((position + m.start(), position + m.end(), complaint_kind))
        for m in re.finditer(r"\b(?:begon|begonnen|begint|coxalgie)\b", clause):
            found.append((position + m.start(), position + m.end(), "own"))
        if hip and not others:
            found.append((position + hip.start(), position + hip.end(), "own"))
        position += len(clause)
    return found


def _distance(text: str, a: Tuple[int, int], b: Tuple[int, int]) -> int:
    """Words between two spans, plus 10 for each clause break and 20 for each sentence break: what
    stands in the duration's own clause comes first."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    between = text[lo:hi] if lo < hi else ""
    return len(re.findall(r"\w+", between)) + 10 * len(_CLAUSE_BREAK.findall(between)) + \
        30 * len(_SENTENCE_BREAK.findall(between))


def _complaint_weeks(text: str, asked: bool, today: Optional[dt.date], requested: Optional[str] = None) -> Optional[float]:
    """The complaints' duration. Each duration belongs to the nearest thing it can be about (see
    _anchors; a tie goes to the other event): the complaints, or another event, body part or
    person. "sinds ik gevallen ben" / "sinds mijn heupbreuk" say the complaints began then; a
    "sindsdien" with a complaint takes the time of the event before it. As the answer to the
    question, a duration in the opening clause without anything else near it is the answer. Of
    several, the first counts; after a correction ("nee wacht", "eerder drie") or in a conclusion
    ("dus een week of zeven"), the last."""
    lex = lexicon()
    text = tidy(text)
    durations = find_durations(text, today)
    if not durations and not re.search(r"\bsindsdien\b", text):
        return None
    anchors = _anchors(text)
    restated = re.search(r"\b(?:wacht|ik bedoel\w*|bedoelde|ik zei|zei ik|ik typte|eerder(?= (?:een |zo'n )?(?:\d|een|twee|drie|vier|vijf|zes|zeven|acht|tien|paar)\b)(?!\s+\S+\s+(?:\w+\s+)?(?:last|gehad|in))|correctie|corrigeer|corrigeren|vergist|"
                         r"maar volgens mij|maar eigenlijk|nee,? pardon|nee,? sorry|nee,? fout|fout,? ik)\b", text)
    later_wins = restated or re.search(lex["answers"]["correction"], text)
    signs = _compiled(lex["sign_words"])
    people = r"(?:man|vrouw|vent|partner|moeder|vader|ma|pa|zoon|dochter|broer|zus|oma|opa|buurman|buurvrouw|kind)"
    began_sentences = []  # sentences that open with the event the complaints began with ("sinds de val, ...")
    for m in re.finditer(rf"(?:^|[.;!?]\s*)(?:al |pas )?sinds (?:ik|(?:de|het|die|dat|deze|mijn|m'n) (?!{people}\b)\w+)", text):
        sentence = clause_around(text, m.end(), r"[.;!?](?!\d)")
        following = text[m.start() + len(sentence) + 1:]
        following = following[:(_SENTENCE_BREAK.search(following[1:]) or re.search("$", following)).end() + 1]
        if not signs.search(sentence) and (asked or any(kind == "own" and m.start() <= a < m.start() + len(sentence) + 1 + len(following)
                                                         for a, b, kind in anchors)):
            began_sentences.append((m.start(), m.start() + len(sentence) + 2))  # ... with the complaints near
    candidates: List[Tuple[float, bool, bool]] = []  # (weeks, a conclusion "dus ...", complaint in its clause)

    def in_sentence(d):
        start = max((m.end() for m in _SENTENCE_BREAK.finditer(text[:d.start])), default=0)
        end_match = _SENTENCE_BREAK.search(text, d.end)
        end = end_match.start() if end_match else len(text)
        return [(a, b, kind) for a, b, kind in anchors if start <= a and b <= end]

    sign_starts: List[float] = []  # when the hip itself turned red, swollen or hot
    causes: List[float] = []  # durations of an injury that the complaints followed, when nothing better is told

    for d in durations:
        before = text[:d.start]
        clause_start = max((m.end() for m in re.finditer(r",(?!\d)|[.;!?](?!\d)|\b(?:en|maar)\b", before)), default=0)
        clause_end_match = re.search(r",(?!\d)|[.;!?](?!\d)|\b(?:en|maar)\b", text[d.end:])
        clause_end = d.end + clause_end_match.start() if clause_end_match else len(text)
        lead = text[clause_start:d.start]
        near = sorted(((_distance(text, (d.start, d.end), (a, b)), kind != "own", kind) for a, b, kind in anchors
                       if not (a >= d.start and b <= d.end)))
        in_clause = [kind for a, b, kind in anchors if clause_start <= a and b <= clause_end and not (a >= d.start and b <= d.end)]
        began = any(start <= d.start < end for start, end in began_sentences) and \
            not any(kind != "own" for kind in in_clause) or \
            (re.match(rf"\s*(?:al |pas |dus )?sinds (?:ik|(?:mijn|de|het|die|dat|deze|m'n) (?!{people}\b)\w+)", lead) and not signs.search(lead))
        if asked and re.search(r"\bdus\s+(?:ongeveer |zo'n |zowat |een |bijna |ruim |al )?$", lead):
            candidates.append((d.weeks, True, True))  # the answer's conclusion: "..., sinds de operatie, dus zevenenhalve week"
            continue
        if requested not in (None, "complaint_weeks", "hip_complaint") and not in_clause and all(a >= d.end for a, b, kind in anchors):
            owner = None  # "ja, in augustus; de radioloog schreef ...": the time of what is asked
        elif began:
            owner = "own"  # "sinds mijn heupbreuk in de zomer van 2018", "sinds de operatie, dat is nu vijf weken"
        elif asked and not in_clause and (all(a >= d.end for a, b, kind in anchors) or not in_sentence(d)):
            # the answer: "een paar maanden denk ik, de prednison slik ik al 2 jaar", "... ze zegt sinds eind oktober"
            candidates.append((d.weeks, False, True))
            continue
        elif near:
            owner = near[0][2]
        else:
            owner = "own" if asked or restated else None  # "oh wacht, ik zei een maand maar het is eerder tien dagen"
        if owner == "cause" and d.weeks <= RECENT_SURGERY_WEEKS and (any(
                kind == "own" and a > d.end and not is_negated(text, a, b) and not _BODY_PART.fullmatch(text[a:b])
                for a, b, kind in in_sentence(d)) or re.search(r"\bsinds (?:ik|'k)\s*$", text[:d.start])):
            # a complaint after the injury, not the hip it landed on; "pijn sinds ik vorige week woensdag gevallen ben"
            causes.append(d.weeks)  # "vorige week dinsdag van de ladder gevallen ..., het blijft zeuren": since the fall
            continue
        if owner == "hip_sign":
            if requested in (None, "hip_complaint", "complaint_weeks") and "hip_sign" in in_clause \
                    and not re.search(r"\b(?:ook|trouwens|nu)\b", text[clause_start:clause_end]) \
                    and not _OLDER_COMPLAINT.search(text) \
                    and not any(kind == "own" and not clause_start <= a < clause_end for a, b, kind in anchors):
                sign_starts.append(d.weeks)  # "mijn heup is sinds gisteren rood en warm", when nothing else is told
            continue
        if owner == "own":
            candidates.append((d.weeks, bool(re.search(r"\bdus\s+(?:\w+\s+)?$", lead)), "own" in in_clause))
    for m in re.finditer(r"(?:^|,|[.;!?]|\ben\b|\bmaar\b)\s*sindsdien\b", text):  # "gister van mn fiets geklapt, sindsdien heup beurs"
        earlier = [d for d in durations if d.end <= m.start()] or \
            [d for d in day_words(text[:m.start()], today) if not _SENTENCE_BREAK.search(text, d.end, m.start())
             and requested in (None, "hip_complaint", "complaint_weeks")]  # as the answer to the fall question, the fall's day
        clause = clause_around(text, m.end(), r",(?!\d)|[.;!?](?!\d)|\bmaar\b")
        if earlier and not any(d.start >= m.start() for d in durations) and not signs.search(clause) and (
                _complaint_words().search(clause) or _BODY_PART.search(clause)
                or any(p.regex.search(clause) for p in _entries(lex["facts"]["acute_trauma"]["no_weight"]))):
            candidates.append((earlier[-1].weeks, False, True))
    bare = _BARE_RESTATED.search(text)
    if bare and restated and durations and durations[-1].end <= bare.start():
        unit = re.search(r"(dag|week|weke|wk|maand|mnd|jaar|jr)\w*", text[durations[-1].start:durations[-1].end])
        number = lex["durations"]["numbers"].get(bare.group(1)) or (float(bare.group(1)) if bare.group(1).isdigit() else None)
        if unit and number:  # "twee weken, nee, eerder drie"
            weeks_per = {"d": 1 / 7, "w": 1.0, "m": 4.35, "j": 52.0}[unit.group(1)[0]]
            candidates.append((round(number * weeks_per, 2), False, True))
    if not candidates:
        return causes[0] if causes else sign_starts[0] if sign_starts else None
    if later_wins or candidates[-1][1]:
        return candidates[-1][0]
    return next((weeks for weeks, _, own in candidates if own), candidates[0][0])


def _apply_relative_answer(result: Understanding, requested_slot: Optional[str]) -> None:
    """"ja" / "nee" / "weet ik niet" fill the slot being asked, unless the message itself said more -
    except that a message that opens with "weet ik niet" is unknown rather than a "no" read further on
    ("weet ik niet. ... het woord necrose heb ik niet gehoord")."""
    if requested_slot and result.answer == "unknown" and result.facts.get(requested_slot) in (False, []) \
            and (re.match(lexicon()["answers"]["unknown"], result.text) or _OPENS_UNKNOWN.match(result.text)):
        result.facts[requested_slot] = UNKNOWN
        return
    if requested_slot and requested_slot not in ALARM_SLOTS and result.facts.get(requested_slot) is True \
            and _OPENS_UNKNOWN.match(result.text) and re.search(r"\b(?:misschien|niet zeker|zou kunnen|kan zijn)\b", result.text):
        result.facts[requested_slot] = UNKNOWN  # "ik weet het niet, misschien, de dokter sprak ooit van necrose"
        return
    if not requested_slot or requested_slot in result.facts or result.answer is None:
        return
    if result.answer == "unknown":
        result.facts[requested_slot] = UNKNOWN
    elif requested_slot in YES_NO_SLOTS:
        result.facts[requested_slot] = result.answer == "yes"
    elif requested_slot == "risk_conditions" and result.answer == "no":
        result.facts[requested_slot] = []
    elif requested_slot == "xray_result" and result.answer == "no":
        result.facts[requested_slot] = "geen"
