"""Readings learnt from blind set BE (tuned after its first-sight measurement), each with new
sentences of the same kind and controls: Frisian words ("docht sear", "kin net", "moanne"), Antwerp
"poep" for the buttock, stairs run together ("trapop"), "mobilisatie", a child of the writer
("mijn manneke van 6 mankt"), "de kleine" with fever, a date "de 18de van vorige maand", "PO dag 21
na THP", "sinds ik ... gevallen ben", "Nee. Nou, eigenlijk wel" and "Geen foto. O nee sorry, wel"
as corrections, a summer told as its middle, and a bare month beyond three months that may still be
within them (the safe reading)."""
import datetime as dt

import pytest

from bot.understanding import understand
from tests.readings import assert_read

WEDNESDAY = dt.date(2026, 12, 2)

CASES = [
    # Frisian: "docht sear" (doet zeer), "kin net" (kan niet), "moanne", "wike", "oerdei", "brutsen"
    ("Myn lies docht sear, al in wike of trije.", None, "hip_complaint", True),
    ("Myn lies docht sear, al in wike of trije.", None, "complaint_weeks", 3.0),
    ("Ik kin net goed mear op 'e trep, de heup docht dan sear.", None, "load_pain", True),
    ("Fiif moanne al, sa'n bytsje.", "complaint_weeks", "complaint_weeks", 21.75),
    ("Sunt in wike as fjouwer haw ik pine yn de lies, en net fallen.", None, "complaint_weeks", 4.0),
    ("Sunt in wike as fjouwer haw ik pine yn de lies, en net fallen.", None, "acute_trauma", False),
    ("Skuon oanluke giet net mear.", "function_loss", "function_loss", True),
    ("Nee, nachts gjin pine, allinne oerdei by it rinnen.", "rest_night_pain", "load_pain", True),
    ("Nee, nachts gjin pine, allinne oerdei by it rinnen.", "rest_night_pain", "rest_night_pain", False),
    ("Ik bin ris fan 'e ljedder fallen, lang lyn, mar neat brutsen.", "hip_trauma_history", "hip_trauma_history", False),
    ("Gjin operaasje hân.", "recent_hip_surgery", "recent_hip_surgery", False),
    ("Trije wiken lyn in nije heup, no is myn kuit dik en hurd.", None, "recent_hip_surgery", True),
    ("Trije wiken lyn in nije heup, no is myn kuit dik en hurd.", None, "calf", True),
    # a misstep is an accident; the leg that still bears weight makes it no acute trauma
    ("Juster ferkeard stapt by it fuortsetten fan 'e fyts, no docht de heup sear mar ik kin der wol op stean.",
     None, "acute_trauma", False),
    ("gisteren verkeerd gestapt van de stoep en nu kan ik niet meer op mijn been staan", None, "acute_trauma", True),
    # Antwerp "poep" after "mijn" is the buttock; stairs written as one word
    ("mijne poep doet al twee weken zeer", None, "hip_complaint", True),
    ("ik heb pijn aan men poep en in de lies, vooral ambetant me de trappen", None, "load_pain", True),
    ("trapoplopen doet echt zeer in mijn lies", None, "load_pain", True),
    ("als ik lope of trapaf ga voel ik mijn heup", None, "load_pain", True),
    ("Geen pijn in rust. Vooral bij mobilisatie.", "rest_night_pain", "load_pain", True),
    # a child of the writer is someone else; the writer's own groin beside them is the writer's
    ("mijn manneke van 4 mankt sinds zondag en hij wijst naar zijn heup", None, "hip_complaint", False),
    ("mijn zoontje kan niet op zijn been staan en zijn heup is dik", None, "hip_complaint", False),
    ("mijn ventje heeft koorts, ikzelf heb al drie weken liespijn", None, "hip_complaint", True),
    ("mijn kleintje heeft 39,5 koorts maar daarvoor kom ik niet, mijn heup doet pijn", None, "fever", None),
    ("mijn vrouw zegt dat ik mank loop", None, "function_loss", True),
    # dates and operation days
    ("sinds de 25ste van vorige maand ongeveer", "complaint_weeks", "complaint_weeks", 1.0),
    ("pijn in de lies sinds de 4de van vorige maand", None, "complaint_weeks", 4.0),
    ("dag 12 na mijn THP, de wonde lekt geel vocht", None, "recent_hip_surgery", True),
    ("dag 12 na mijn THP, de wonde lekt geel vocht", None, "wound", True),
    ("mijn heup doet pijn sinds ik zaterdag van de fiets gevallen ben, maar ik kan gewoon lopen", None,
     "complaint_weeks", 0.57),
    ("sinds de zomer heb ik last van mijn lies", None, "complaint_weeks", 17.57),
    # corrections told as "nou, eigenlijk wel" or "o nee sorry, wel": the last word counts
    ("Nee. Nou, eigenlijk wel, 's nachts word ik er wakker van.", "rest_night_pain", "rest_night_pain", True),
    ("nee. euh, eigenlijk wel, een paar sigaretten per dag", "smoking", "smoking", True),
    ("nee, eigenlijk wel goed", "rest_night_pain", "rest_night_pain", False),
    ("Geen foto. Oh nee sorry, wel, in oktober, en ze zagen niks.", "xray_result", "xray_result", "normaal"),
    ("Geen foto. Wacht, sinds gisteren heb ik koorts en de heup is rood, dat is toch niet normaal?", "xray_result",
     "xray_result", "geen"),
    # a bare month beyond the three months may still be within them: recent (the safe reading)
    ("in september een forage gehad", None, "recent_hip_surgery", True),
    ("begin augustus een nieuwe heup", "recent_hip_surgery", "recent_hip_surgery", False),
    ("in juni een nieuwe heup gekregen", None, "recent_hip_surgery", False),
    ("in september een forage, nee wacht, het was eind juli", None, "recent_hip_surgery", False),
    ("op de rechter kant liggen kan ik niet meer van de pijn", "rest_night_pain", "rest_night_pain", True),
    # learnt from blind set BF: a date after "ik ben op" is no age; Sranan "no, nooit"; a single
    # injection with the drug named in between; "'s nachts is het niet te doen"; formal denials
    ("Ik ben op 12 november geopereerd aan mijn heup en nu heb ik koorts", None, "recent_hip_surgery", True),
    ("ik ben 80 en heb al drie weken pijn in mijn lies", None, "complaint_weeks", 3.0),
    ("No gevallen, mi bil doet zeer sinds zaterdag.", "acute_trauma", "acute_trauma", False),
    ("Nee. Mi zelf no, nooit.", "hip_trauma_history", "hip_trauma_history", False),
    ("1x een cortisone prik in mijn schouder gehad, verder niks", "steroid_use", "steroid_use", False),
    ("1x een cortisone prik, maar ik slik ook al jaren prednison", "steroid_use", "steroid_use", True),
    ("'s nachts is het echt niet te harden in mijn heup", None, "rest_night_pain", True),
    ("Aan heup of lies heb ik geen enkele klacht, het is de knie.", None, "hip_complaint", False),
    ("ik heb zelf niks aan heup of lies, het is voor de voetbalclub", None, "hip_complaint", False),
    ("Liespijn rechts, belastingsgebonden, sinds 2w.", None, "load_pain", True),
    ("Geen OK gehad, wel al weken coxalgie.", None, "recent_hip_surgery", False),
    ("sociaal, een glas of 3 per week", "alcohol_use", "alcohol_use", False),
    ("4-5 consumpties per week", "alcohol_use", "alcohol_use", False),
    ("zes glazen per dag, al jaren", "alcohol_use", "alcohol_use", True),
    ("RX: niks te zien. MRI nog niet gedaan.", "xray_result", "xray_result", "normaal"),
    ("MRI gehad, maar een foto is nog niet gemaakt", "xray_result", "xray_result", "geen"),
    ("De dokter zei iets met necrose, maar ik weet het niet zeker", "known_avn", "known_avn", "onbekend"),
    ("Sokken aantrekken lukt nog.", "function_loss", "function_loss", False),
    ("ik ben uitgegleden maar kon daarna gewoon weer op mijn been staan", "acute_trauma", "acute_trauma", False),
]


@pytest.mark.parametrize("text,asked,slot,value", CASES)
def test_round8(text, asked, slot, value):
    assert_read(text, asked, slot, value, WEDNESDAY)


def test_a_time_in_the_answer_about_an_operation_is_the_operations():
    u = understand("nee, dat was de andere heup, en dat is al vijf jaar geleden", "recent_hip_surgery", WEDNESDAY)
    assert u.facts.get("recent_hip_surgery") is False and "complaint_weeks" not in u.facts
    u = understand("nee, maar de pijn in mijn lies heb ik al drie weken", "recent_hip_surgery", WEDNESDAY)
    assert u.facts.get("complaint_weeks") == 3.0
