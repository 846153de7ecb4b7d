"""Readings added in the round of blind sets AQ-AT, each with new sentences of the same kind (not the
sets' own): a hip named only to deny a sign, an operation on another joint, a bare day before
"sindsdien", days written "d", a correction written "*word". Each case names the slot it is about."""
import pytest

from tests.test_review_findings import TODAY, read_as  # TODAY is Tuesday 2026-12-01


@pytest.mark.parametrize("text,asked,expected", [
    # a hip named only to say a sign is absent is no complaint; a pain told beside it is
    ("Mijn kleinzoon heeft 39 koorts, vandaar. Mijn heup is niet rood en niet dik.", None, {"hip_complaint": None}),
    ("koorts van de griep, 38,2, maar de heup is nie warm of gezwollen", None, {"hip_complaint": None}),
    ("mijn heup is niet rood of warm. wel pijn bij het lopen", None, {"hip_complaint": True}),
    ("heup links sinds 20 november, geen koorts", None, {"hip_complaint": True}),
    # an operation on another joint is not a hip operation
    ("In april is mijn knie geopereerd en twee weken later begon mijn heup", None, {"recent_hip_surgery": False}),
    ("aan mijn knie geopereerd en een paar weken daarna begon mijn heup", None, {"recent_hip_surgery": None}),
    ("opération du ménisque il y a un mois, maar de heup doet pas sinds kort pijn", None, {"recent_hip_surgery": None}),
    ("vorige maand aan mijn heup geopereerd", None, {"recent_hip_surgery": True}),
    # a bare day before "sindsdien" is when the complaints began (Tuesday 1 December)
    ("ik ben vrijdag van de trap gesukkeld en sindsdien doet mijn heup zeer", None, {"complaint_weeks": 0.57}),
    ("gisteren uitgegleden op het ijs, sindsdien pijn in mijn lies", None, {"complaint_weeks": 0.14}),
    ("zoaterdag gevallen en sindsdien trekt 't in mijn heupe", None, {"complaint_weeks": 0.43}),
    # as the answer to the fall question, the day is the fall's, not a duration read for the complaints
    ("ja, gisteren gevallen en sindsdien kan ik niet op mijn been staan", "acute_trauma", {"complaint_weeks": None}),
    # days written "d"
    ("pijn lies begonnen 12 d geleden", None, {"complaint_weeks": 1.71}),
    # chat's own correction "*word" replaces the typo it follows
    ("mijn huep doet zeer sinds een week *heup", None, {"hip_complaint": True}),
    ("ik smook niet *rook", "smoking", {"smoking": False}),
    # after AQ's first sight: tablets beside an inhaler, another organ's operation, a pain told
    # beside a denied night, short typos of key words, being carried, "of zoiets ... niet"
    ("ja, elke dag prednisolon en daarnaast mijn puffers", "steroid_use", {"steroid_use": True}),
    ("nee, alleen een puffer", "steroid_use", {"steroid_use": False}),
    ("Cortisone of zoiets heb ik nooit gekregen.", None, {"steroid_use": False}),
    ("Aan mijn heup nooit. Vorige maand wel aan mijn oog, de staar.", "recent_hip_surgery", {"complaint_weeks": None}),
    ("lies doet zeer bij het stappen, 's nachts geen last", None, {"load_pain": True, "rest_night_pain": False}),
    ("bij het wandelen heb ik er geen last van", "load_pain", {"load_pain": False}),
    ("mijn hup doet pijn sinds een week", None, {"hip_complaint": True}),
    ("van de trap gevallen, mijn zoon moest me naar de auto dragen", None, {"acute_trauma": True}),
    ("met hulp van mijn man ben ik in bed geraakt, de lies doet zeer", None, {"rest_night_pain": None}),
    ("in de lies of de heup voel ik niks, het is de knie", None, {"hip_complaint": False}),
    ("iedere pas voel ik het in mijn lies", "load_pain", {"load_pain": True}),
    ("mijn knie is stuk, de fysio denkt aan de heup maar daar voel ik zelf niks", None, {"hip_complaint": False}),
    ("alleen de knie, lies heb ik niks", "hip_complaint", {"hip_complaint": False}),
    ("zaterdags 'n pilske of twee, verder nieks", "alcohol_use", {"alcohol_use": False}),
    # after AR's first sight
    ("joa, al jaren elke dag prednison, en de puffer ook", "steroid_use", {"steroid_use": True}),
    # after AS/AT's first sight: the place told first and taken back at once
    ("Lies. Nee sorry, de knie. Die doet al een week pijn.", None, {"hip_complaint": None}),
    ("lies. sinds een week of drie", None, {"hip_complaint": True}),
    # after AU's first sight: a stumble's time is not the complaints' unless they followed it; a
    # wound that drains in other words; "I do not know" that opens a longer answer; a walk with
    # company; "per avond"; an inverted "no"; the rest that is fine; not knowing about a fever
    ("pijn in mijn bil. Twee weken terug ben ik nog over een tak gestruikeld, maar ik liep gewoon verder.", None,
     {"complaint_weeks": None}),
    ("vorige week uitgegleden in de douche, nu doet mijn heup pijn", None, {"complaint_weeks": 1.0}),
    ("vorige week over de stoep gestruikeld maar sindsdien doet mijn lies zeer", None, {"complaint_weeks": 1.0}),
    ("vorige week op mijn heup gevallen maar ik loop er gewoon op", None, {"complaint_weeks": None}),
    ("ja, vorige maand een nieuwe heup, en nu loopt er wat groens uit de wond", "recent_hip_surgery",
     {"post_op_alarm": True}),
    ("dat weet ik niet, ik slaap met oordopjes en merk 's nachts niks", "rest_night_pain", {"rest_night_pain": "onbekend"}),
    ("weet ik niet dat moet ik aan mijn zoon vragen die regelt de pillen", "risk_conditions", {"risk_conditions": "onbekend"}),
    ("mijn lies doet zeer na het fietsen met mijn vrouw", None, {"load_pain": True}),
    ("een paar pilsjes per avond, vier of vijf", "alcohol_use", {"alcohol_use": True}),
    ("uit de kom nee, maar mijn broer wel", "hip_trauma_history", {"hip_trauma_history": False}),
    ("bij het sporten doet het zeer, in rust is alles oké", None, {"rest_night_pain": False}),
    # after AV's first sight: French and Dutch mixed, a questioned word denied, a course of a week,
    # "dinsdag van vorige week", "nee, pardon", signs said to be fine after an operation, a late
    # "wacht", a clotting told in plain words, "die ziektes heb ik niet", no more cigarettes
    ("Oui, surtout les escaliers", "load_pain", {"load_pain": True}),
    ("Non, je ne fume pas", "smoking", {"smoking": False}),
    ("tous les jours une bouteille de bière, depuis des années", "alcohol_use", {"alcohol_use": True}),
    ("Je ne sais pas, peut-être, ils ont parlé de nécrose", "known_avn", {"known_avn": "onbekend"}),
    ("Stijf? Ik? Nee hoor, ik hurk zo", "function_loss", {"function_loss": False}),
    ("dexamethason, een week, bij de chemo. Verder niks.", "steroid_use", {"steroid_use": False}),
    ("pijn in mijn heup sinds donderdag van vorige week", None, {"complaint_weeks": 0.71}),  # TODAY is a Tuesday
    ("sinds vier weken, nee pardon, drie weken", "complaint_weeks", {"complaint_weeks": 3.0}),
    ("38,0 nee, 37,4. Kuit is gewoon, wond is droog.", "post_op_alarm", {"post_op_alarm": False}),
    ("kuit gewoon, maar de wonde lekt sinds gisteren", "post_op_alarm", {"post_op_alarm": True}),
    ("Nee nooit. Oh wacht, de dijbeenhals in 2015, na een val op het ijs.", "hip_trauma_history", {"hip_trauma_history": True}),
    ("de dokter zei dat mijn bloed te snel stolt", "risk_conditions", {"risk_conditions": ["stollingsstoornis"]}),
    ("suikerziekte heb ik, maar die andere ziektes heb ik niet", "risk_conditions", {"risk_conditions": []}),
    ("gestopt. geen sigaret meer sinds 2010", "smoking", {"smoking": False}),
    ("'s nachts hoest ik veel, maar mijn lies voelt dan niks", "rest_night_pain", {"rest_night_pain": False}),
    # older open findings: someone else's compound complaint, a wound with nothing coming out, a pipe
    ("mijn vader heeft sinds de zomer liespijn", None, {"hip_complaint": None}),
    ("mijn heup doet pijn sinds ik mijn vader verzorg", None, {"hip_complaint": True}),
    ("nee, wel een pijpje op zondag", "smoking", {"smoking": True}),
    # an independent reviewer's findings on the readings of this round (new sentences of the same kind)
    ("vorige week uitgegleden en ik stap door de pijn bijna niet meer", None, {"acute_trauma": None}),
    ("ik ben gevallen, ik loop door omdat het moet, maar steunen lukt amper", "acute_trauma", {"acute_trauma": None}),
    ("medrol een week of vijf gehad", "steroid_use", {"steroid_use": True}),
    ("ik neem prednison sinds een week en dat blijft zo", "steroid_use", {"steroid_use": True}),
    ("uit de kom nee, wel gebroken in 2011", "hip_trauma_history", {"hip_trauma_history": True}),
    ("wacht, de dijbeenhals van mijn vader was gebroken, niet die van mij", "hip_trauma_history", {"hip_trauma_history": None}),
    ("mijn bloed zal niet snel stollen denk ik", "risk_conditions", {"risk_conditions": None}),
    ("mijn bloed stolt heel snel, zegt de specialist", "risk_conditions", {"risk_conditions": ["stollingsstoornis"]}),
    ("geen sigaretten meer, wel nog een sigaartje bij de koffie", "smoking", {"smoking": True}),
    ("Koorts? Nee. Kuit? Rood en gezwollen.", "post_op_alarm", {"post_op_alarm": True}),
    ("ja, ooit mijn enkel gebroken, maar niet de heup", "hip_trauma_history", {"hip_trauma_history": False}),
    # after AW/AX's first sight (the last sets): a story about someone else before the own answer,
    # "zevenenhalve week" as the answer's conclusion, English and Twents alarm words, "kuip"
    ("Mijn schoonzus slikt al jaren prednison. Ik gebruik alleen iets voor mijn cholesterol.", "steroid_use", {"steroid_use": False}),
    ("Mijn broer rookt als een schoorsteen. Ik heb nooit gerookt.", "smoking", {"smoking": False}),
    ("Mijn opa dronk elke avond jenever. Ik alleen op feestjes een glaasje.", "alcohol_use", {"alcohol_use": False}),
    ("Mijn dochter zegt sinds eind oktober.", "complaint_weeks", {"complaint_weeks": 5.0}),
    ("Mijn tante had dat dertig jaar. Hoe lang bij mij? Dat weet ik niet meer.", "complaint_weeks", {"complaint_weeks": "onbekend"}),
    ("als ik de hond uitlaat, gaat het na tien minuten zeuren", "load_pain", {"load_pain": True}),
    ("eerst dacht ik sinds de zomer, maar eigenlijk na de val, dus drieënhalve week", "complaint_weeks", {"complaint_weeks": 3.5}),
    ("bike accident this morning, cannot stand on it", None, {"acute_trauma": True}),
])
def test_reading(text, asked, expected):
    assert read_as(text, asked, expected) == expected


@pytest.mark.parametrize("text,asked,sign,present", [
    ("sinds dinsdag pijn in de lies en ik weet niet of ik koorts heb", None, "fever", None),
    ("ja ik rook, en sinds vanochtend pijn op de borts", "smoking", "chest_breath", True),
    ("het litteken jeukt, maar er komt niks uit", None, "wound", None),
    ("sinds vannacht ben ik zo kortaf van aosem", None, "chest_breath", True),
    ("mijn kuip is dik en rood sinds vanmorgen", "post_op_alarm", "calf", True),
])
def test_a_sign_after_au(text, asked, sign, present):
    from bot.understanding import understand
    assert understand(text, asked, TODAY).signs.get(sign) is present


def test_a_starred_correction_reaches_the_alarm_net():
    from bot.alarm_net import topics_to_confirm
    from bot.understanding import understand
    u = understand("nieuwe heup 3 weken terug en nu is mijn kuif dik en rood *kuit", None, TODAY)
    assert u.signs.get("calf") is True or "alarm_post_op" in topics_to_confirm(u.text, u, {}, [])


def test_the_scorer_takes_post_op_alarm_as_implied_only_by_the_spec_rule():
    from tests.extraction.report import implied
    assert implied({"recent_hip_surgery": True, "calf": True})["post_op_alarm"] is True
    assert "post_op_alarm" not in implied({"recent_hip_surgery": False, "calf": True})
    assert "post_op_alarm" not in implied({"recent_hip_surgery": True, "hot_joint": True})
    assert implied({"recent_hip_surgery": True, "wound": True, "post_op_alarm": False})["post_op_alarm"] is False


@pytest.mark.parametrize("text,sign,present", [
    # a sign in the if-clause of a question is not there now; the safety net may still ask
    ("en als mijn heup warm wordt, moet ik dan bellen?", "hot_joint", None),
    ("stel dat ik koorts krijg, wat doe ik dan?", "fever", None),
    ("as ik koorts zoe kriegn, moe ik dan belln?", "fever", None),
    # an if-clause that tells when the sign is there is the sign
    ("als ik de trap op ga ben ik benauwd", "chest_breath", True),
    ("als ik loop wordt mijn kuit dik en rood, is dat erg?", "calf", True),
    ("ik heb 38,9 koorts, moet ik dan bellen?", "fever", True),
    ("wel wat dyspneu sinds vannacht", "chest_breath", True),
])
def test_a_sign_in_a_question_about_if(text, sign, present):
    from bot.understanding import understand
    assert understand(text, None, TODAY).signs.get(sign) is present


def test_a_hypothetical_sign_is_still_asked_about():
    from bot.alarm_net import topics_to_confirm
    from bot.understanding import understand
    u = understand("en als ik koorts krijg, wat moet ik dan doen?", None, TODAY)
    assert "alarm_fever_hot_joint" in topics_to_confirm(u.text, u, {}, [])
