"""Sentences found by an independent review of the issue-11 reading (a reviewer who tried to break
it, without the blind sets): none may lose an alarm or a hip complaint. An alarm counts as kept when
it is read for certain or when the safety net asks about it; a needless question is cheap."""
import datetime as dt

import pytest

from bot.alarm_net import topics_to_confirm
from bot.understanding import understand

TODAY = dt.date(2026, 12, 1)


def read_as(text, asked, expected):
    """The values these slots get from the message (the expected dict's keys)."""
    facts = understand(text, asked, TODAY).facts
    return {slot: facts.get(slot) for slot in expected}


def kept(text, asked, flag, answers=None):
    u = understand(text, asked, TODAY)
    read = {"alarm_post_op": u.facts.get("post_op_alarm") is True or (
                u.facts.get("recent_hip_surgery") is not False and any(u.signs.get(s) for s in ("calf", "wound", "fever"))),
            "alarm_chest_breath": u.signs.get("chest_breath") is True,
            "alarm_fever_hot_joint": bool(u.signs.get("fever") and u.signs.get("hot_joint")),
            "alarm_acute_trauma": u.facts.get("acute_trauma") is True}[flag]
    return read or flag in topics_to_confirm(u.text, u, answers or {}, [])


@pytest.mark.parametrize("asked,text", [
    (None, "ik ben 3 weken geleden geopereerd aan mijn heup en moet nog veel oefenen. mijn kuit is dik en pijnlijk"),
    (None, "ik ben 4 weken geleden aan mijn heup geopereerd en volgende week heb ik controle"),
    (None, "ik ben 6 weken geleden aan mijn heup geopereerd na een jaar op de wachtlijst"),
    ("recent_hip_surgery", "ja, 5 weken terug, maar ik moet nog een tweede operatie aan de andere heup"),
    ("recent_hip_surgery", "ja vorige maand, de pijn heb ik al een jaar"),
    ("recent_hip_surgery", "ja, 2 weken geleden geopereerd. nu is het niet de heup die pijn doet maar mijn kuit, die is dik en warm"),
    ("recent_hip_surgery", "ja, 3 weken geleden, de andere heup is in 2018 vervangen"),
])
def test_a_recent_hip_operation_stays_recent(asked, text):
    assert understand(text, asked, TODAY).facts.get("recent_hip_surgery") is True


@pytest.mark.parametrize("asked,text,flag", [
    (None, "ik heb sinds gisteren 39 koorts en mijn heup is rood en warm, de antibioticakuur is gedaan", "alarm_fever_hot_joint"),
    ("post_op_alarm", "mijn kuit is sinds gisteren dik en rood maar de wond is genezen", "alarm_post_op"),
    ("post_op_alarm", "ik heb koorts, 38,6, de pijn van de operatie is al helemaal over", "alarm_post_op"),
    (None, "ik ben zo benauwd, ik kan nu niet meer praten", "alarm_chest_breath"),
    (None, "ik ben zo benauwd, dat is niet meer normaal", "alarm_chest_breath"),
    (None, "mijn heup is warm en dik en ik heb koorts, ik kan inmiddels niet meer lopen", "alarm_fever_hot_joint"),
    ("post_op_alarm", "mijn kuit is dik en rood, ik kan nu geen stap meer zetten", "alarm_post_op"),
    ("post_op_alarm", "de wond lekt en ik kan nu niet meer slapen van de pijn", "alarm_post_op"),
    ("post_op_alarm", "mijn dochter zegt dat ik niet zo moet piekeren, maar mijn been is opgezwollen", "alarm_post_op"),
    (None, "ik ben gisteren gevallen, kon niet doorlopen, mijn heup doet vreselijk pijn", "alarm_acute_trauma"),
    (None, "ik viel op mijn heup bij het voetbal en kon niet meer doorspelen", "alarm_acute_trauma"),
    (None, "ik ben gisteren gevallen, ik liep daarna nog naar de auto maar nu kan ik er niet meer op", "alarm_acute_trauma"),
    (None, "ik heb pijn op mijn borst die niet ophoudt", "alarm_chest_breath"),
    (None, "ik ben zo benauwd dat ik niet meer kan praten", "alarm_chest_breath"),
    (None, "ik ben benauwd als ik niet rechtop zit", "alarm_chest_breath"),
    (None, "benauwd? niet normaal meer", "alarm_chest_breath"),
    ("post_op_alarm", "eerst geen koorts, nu 38,9", "alarm_post_op"),
    ("post_op_alarm", "vorige week geen koorts, vandaag 38,7", "alarm_post_op"),
    (None, "niet benauwd geweest tot vanochtend, nu wel erg", "alarm_chest_breath"),
    (None, "kortademig ben ik nooit geweest, maar sinds vanochtend wel", "alarm_chest_breath"),
    (None, "benauwd was ik vroeger nooit, nu wel", "alarm_chest_breath"),
    (None, "sinds de operatie 3 weken geleden is mijn been erg opgezwollen", "alarm_post_op"),
    ("acute_trauma", "nee, niet gevallen, maar ik kreeg een schop tijdens het voetbal en kan nu niet meer op mijn been staan", "alarm_acute_trauma"),
    # missed at first sight by the last fresh sets (Y, Z): told in other words than theirs
    ("post_op_alarm", "nu u het vraagt: mijn linkerkuit, en dan niet eens aan de geopereerde kant, is sinds vanochtend dik en doet pijn", "alarm_post_op"),
    (None, "'k zyn gisteren in de keuken uutgeschoven en 'k en kan nie meer up mien been staan", "alarm_acute_trauma"),
])
def test_an_alarm_is_read_or_asked(asked, text, flag):
    answers = {"recent_hip_surgery": True} if asked == "post_op_alarm" else {}
    assert kept(text, asked, flag, answers)


@pytest.mark.parametrize("asked,text", [
    (None, "ik heb pijn in mijn lies die uitstraalt naar mijn knie, verder nergens last van"),
    (None, "pijn in mijn bil die uitstraalt naar mijn knie, verder heb ik nergens klachten"),
    (None, "ik loop veel met een rugzak, pijn in mijn lies, verder nergens last"),
    (None, "ik heb veel pijn in mijn lies, de heup zelf voelt goed"),
    (None, "mijn lies doet pijn, de heup is ok"),
    (None, "liespijn rechts, heupen zijn normaal volgens de fysio"),
    (None, "ik heb pijn in mijn lies, ik merk niks aan mijn heup"),
    (None, "veel pijn in de lies, maar ik heb geen pijn in mijn heup"),
    (None, "geen pijn in de heup, de lies wel"),
    (None, "niet in mijn heup, mijn lies doet zeer"),
    (None, "de pijn zit niet in mijn heup maar in mijn lies"),
    (None, "mijn heup voelt niet goed"),
    (None, "mijn heup is niet ok"),
    ("hip_complaint", "ja, mijn heup doet zo'n pijn dat ik niet op mijn zij kan liggen"),
    ("hip_complaint", "ja, zoveel pijn in mijn heup en rug dat ik niet meer kan slapen"),
    ("hip_complaint", "ja, mijn man zag dat ik niet meer normaal liep, ik heb veel pijn in mijn lies"),
    (None, "ik heb al weken pijn in mijn lies. de huisarts is ten einde raad, wat moet hij doen"),
])
def test_an_own_hip_complaint_is_not_denied(asked, text):
    u = understand(text, asked, TODAY)
    assert u.facts.get("hip_complaint") is not False and not u.other_person


@pytest.mark.parametrize("asked,text,slot,value", [
    ("steroid_use", "ja, al 2 jaar prednison tabletten en een enkele keer een spuit", "steroid_use", True),
    (None, "in het ziekenhuis heb ik gehoord dat het avn is in mijn heup", "known_avn", True),
])
def test_other_readings_the_review_found(asked, text, slot, value):
    assert understand(text, asked, TODAY).facts.get(slot) == value


# --- whole conversations an adversarial tester wrote (dialogue core) ------------------------------
from bot.dialogue import CheckState, advice_messages, after_check, handle  # noqa: E402

PLAIN = {"hip_complaint": "ja", "acute_trauma": "nee", "recent_hip_surgery": "nee", "post_op_alarm": "nee",
         "complaint_weeks": "3 weken", "rest_night_pain": "nee", "load_pain": "nee", "function_loss": "nee",
         "steroid_use": "nee", "alcohol_use": "nee", "hip_trauma_history": "nee", "risk_conditions": "geen",
         "smoking": "nee", "xray_result": "geen foto", "known_avn": "nee"}


def converse(opening, at=None, alarm="ja", after=None, limit=40):
    """Play a patient: the opening, then PLAIN answers, except `at` = {slot: message}; every alarm
    question is answered `alarm`; `after` is sent once the advice is given. Returns the level."""
    state, turn, at = CheckState(), None, dict(at or {})
    turn = handle(state, opening, TODAY)
    for _ in range(limit):
        state = turn.state
        if turn.finished and after:
            state.requested = None
            turn, after = after_check(state, after, TODAY), None
            continue
        if turn.finished and not state.alarm_check:
            return advice_messages(state)["level"]
        if state.alarm_check:
            message = alarm
        else:
            message = at.pop(state.requested, None) or PLAIN.get(state.requested, "nee")
        turn = (after_check if turn.finished else handle)(state, message, TODAY)
    raise AssertionError("no advice")


@pytest.mark.parametrize("opening,at,after", [
    ("Mijn heup doet zo'n pijn dat ik niet meer kan slapen sinds de operatie van 5 weken geleden, en de wond is nat", None, None),
    ("ik ben niet lang geleden aan mijn heup geopereerd, 5 weken, en de wond lekt", None, None),
    ("Mijn heup doet het niet meer sinds de operatie 4 weken geleden, de wond lekt", None, None),
    ("Ik ben zondag van de ladder gevallen. Ik kan alleen nog met krukken lopen, op het been zelf steunen lukt niet. Het zit in mijn heup.", None, None),
    ("Eergisteren ben ik uitgegleden in de tuin. Eerst kon ik nog gewoon lopen, nu lukt steunen op dat been niet meer. Pijn in de lies.", None, None),
    ("lies doet zeer, al een paar weken", {"load_pain": "ja. vanmorgen ben ik neergevallen en nu lukt steunen op dat been niet"}, None),
    ("lies doet zeer, al een paar weken", {"rest_night_pain": "nee. o wacht, ik ben gisteren in de badkamer omgevallen en nu kan ik niet meer op mijn been staan"}, None),
    ("pijn in mijn heup sinds ik vorige week gestruikeld ben", {"acute_trauma": "nee, ik kon gewoon verder lopen",
     "rest_night_pain": "ja, en vannacht ben ik weer gevallen op weg naar de wc, nu zakt mijn been steeds onder me weg, ik durf er niet op te staan"}, None),
    ("Mijn heup doet al een paar maanden pijn", {"smoking": "ja ik rook, en sinds vanochtend heb ik een knellende pijn achter mijn borstbeen"}, None),
    ("Mijn heup doet al een paar maanden pijn", {"load_pain": "ja bij lopen. en ik heb sinds een uur ook hartpijn die naar mijn arm trekt"}, None),
    ("Half oktober ben ik aan mijn heup geopereerd (prothese). De snee is vuurrood en er komt geel goedje uit.", None, None),
    ("Ik heb pijn in mijn lies, al twee weken", None, "oh ik ben trouwens 4 weken geleden aan mijn heup geopereerd, een nieuwe heup"),
])
def test_the_testers_emergencies_end_in_spoed(opening, at, after):
    assert converse(opening, at, after=after) == "spoed"


@pytest.mark.parametrize("opening", [
    "Ik heb al 5 weken pijn in mijn rechterlies. Ik zorg voor mijn moeder van 88 en moet haar vaak uit bed tillen.",
    "Ik vul dit in voor mijn moeder, maar eigenlijk heb ik zelf ook pijn in mijn heup",
    "Liespijn rechts sinds een maand. Mijn vrouw is bang dat het iets ergs is.",
    "Mijn man heeft me gezegd dit in te vullen. Heup doet zeer bij het lopen, al 3 weken.",
    "Mijn linkerheup doet het niet meer zoals vroeger, lopen gaat moeizaam sinds de zomer",
    "Mijn heup doet niet wat ik wil, ik kom moeilijk uit de stoel",
    "Mijn heupen zijn goed versleten volgens de dokter en het doet zeer",
    "Mijn heupen zijn niks meer waard, ik kan nauwelijks nog lopen",
])
def test_the_testers_own_complaints_are_not_buiten_scope(opening):
    assert converse(opening) != "buiten_scope"


@pytest.mark.parametrize("answer", ["neen, 't zit in mijne poep en 't trekt naar mijn been",
                                    "nee niet in de heup, het zit in mijn kont en het trekt door naar mijn knie"])
def test_the_buttock_in_other_words_is_a_hip_complaint(answer):
    assert converse("hallo", {"hip_complaint": answer}) != "buiten_scope"


# Patterns found in blind sets AA-AD after their first sight, tested with new sentences of the same kind.
@pytest.mark.parametrize("text,asked,expected", [
    ("ik ben van de trap gedonderd en kan nie meer op mijn been staan, het zit in mijn heup", None,
     {"hip_complaint": True, "acute_trauma": True}),
    ("mijn knie is kapot van het voetballen, mijn heup is safe", None, {"hip_complaint": False}),
    ("heup en lies doen geen zeer, het is mijn enkel", None, {"hip_complaint": False}),
    ("de heupklachten zijn pas sinds zondag, maar mijn knie is in mei geopereerd", None, {"hip_complaint": True}),
    ("sinds mijn operatie van vorige week ben ik, vooral vandaag, erg kortademig", "post_op_alarm", {"post_op_alarm": True}),
    ("vorige week was ik kortademig, nu niet meer", "post_op_alarm", {"post_op_alarm": False}),
    ("nee. beter gezegd: ik slik al een jaar elke dag prednison, dus eigenlijk ja", "steroid_use", {"steroid_use": True}),
    ("ik slaap slecht, s nachts lukt het dus gewoon niet", "rest_night_pain", {"rest_night_pain": True}),
    ("ik heb pijn in mijn bil en die straalt uit naar mijn knie, al een week of drie", None, {"complaint_weeks": 3.0}),
    ("vooral als ik de hele dag achter de toonbank sta doet mijn lies zeer", None, {"load_pain": True}),
])
def test_patterns_of_the_third_round(text, asked, expected):
    assert read_as(text, asked, expected) == expected


def test_someone_else_with_nothing_of_their_own():
    assert understand("mijn moeder heeft pijn in haar heup, ikzelf heb niks", None, TODAY).other_person



@pytest.mark.parametrize("text,asked,expected", [
    ("- pijn in mijn lies\n- loop wat mank\n- geen koorts", None, {"function_loss": True}),   # a line ends the statement
    ("- gevallen: ja, met de fiets\n- lopen: gaat", "acute_trauma", {"acute_trauma": False}),
    ("nae, neet gevalle", "acute_trauma", {"acute_trauma": False}),                          # Limburgs
    ("non, la nuit ça va", "rest_night_pain", {"rest_night_pain": False}),                   # Brussels French
    ("j'ai mal à la hanche depuis deux semaines, surtout quand je marche", None,
     {"hip_complaint": True, "load_pain": True, "complaint_weeks": 2.0}),
    ("'s nachts kan ik niet meer op die kant slapen", "rest_night_pain", {"rest_night_pain": True}),
    ("'k kan nie meer op mijn linkerbeen staen, van de trap gelazerd", None, {"acute_trauma": True}),
])
def test_dialects_languages_and_lists(text, asked, expected):
    assert read_as(text, asked, expected) == expected


# A tester's conversations (third round) that ended wrong, now read right: alarm signs told with
# "niet" or "geen", in English or French, and answers whose "no" is a double negation.
@pytest.mark.parametrize("asked,text,slot,value", [
    ("acute_trauma", "sinds mijn val kan mijn been geen gewicht meer dragen", "acute_trauma", True),
    ("acute_trauma", "ik kom niet meer overeind sinds ik gevallen ben", "acute_trauma", True),
    ("acute_trauma", "na de val kan ik geen stap meer zetten", "acute_trauma", True),
    ("acute_trauma", "mijn been houdt me niet meer sinds ik gisteren viel", "acute_trauma", True),
    ("post_op_alarm", "mijn kuit is niet normaal, dik en rood", "post_op_alarm", True),
    ("steroid_use", "ik kan niet zonder prednison, al jaren", "steroid_use", True),
    ("steroid_use", "ik mag niet stoppen met mijn prednison van de longarts", "steroid_use", True),
    ("steroid_use", "geen tabletten, wel al een jaar elke drie maanden een prednisoloninjectie", "steroid_use", True),
    ("hip_trauma_history", "niet gebroken, wel een keer uit de kom geweest", "hip_trauma_history", True),
    ("hip_trauma_history", "in 2010 bij een auto-ongeluk uit de kom", "hip_trauma_history", True),
    ("alcohol_use", "ik kan niet zonder mijn dagelijkse flessen wijn", "alcohol_use", True),
    ("risk_conditions", "hemofilie", "risk_conditions", ["stollingsstoornis"]),
    ("function_loss", "ik moet mijn been met mijn handen in de auto tillen", "function_loss", True),
])
def test_the_testers_answers(asked, text, slot, value):
    assert understand(text, asked, TODAY).facts.get(slot) == value


@pytest.mark.parametrize("at", [
    {"recent_hip_surgery": "nee. ik kan sinds vanmiddag niet goed ademhalen"},
    {"load_pain": "ja. ik kan niet goed doorademen"},
    {"acute_trauma": "no, but I have chest pain since an hour"},
    {"acute_trauma": "non, pas tombé. maar ik heb mal à la poitrine sinds ce matin"},
])
def test_breathlessness_told_in_another_answer_or_language_ends_in_spoed(at):
    assert converse("pijn in mijn heup sinds 3 weken", at) == "spoed"


def test_benauwd_meaning_afraid_is_asked_and_a_no_that_explains_itself_stands():
    assert converse("Ik heb al een maand pijn in mijn lies en ik ben benauwd dat het iets ergs is",
                    alarm="nee, ik bedoel dat ik bang ben, ademen gaat goed") != "spoed"


@pytest.mark.parametrize("asked,text,slot", [
    ("known_avn", "niet in mijn heup, wel in mijn schouder", "known_avn"),        # the question asks for any joint
    ("hip_trauma_history", "nee nooit gebroken... o wacht, als kind wel mijn dijbeenhals", "hip_trauma_history"),
])
def test_a_yes_after_a_no_about_another_place_or_time(asked, text, slot):
    assert understand(text, asked, TODAY).facts.get(slot) is True
