"""Sentences found by an independent review of the issue-11 reading (a reviewer who tried to break
it, without the blind sets): none may lose an alarm or a hip complaint. An alarm counts as kept when
it is read for certain or when the safety net asks about it; a needless question is cheap."""
import datetime as dt

import pytest

from bot.alarm_net import topics_to_confirm
from bot.understanding import understand

TODAY = dt.date(2026, 12, 1)


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
