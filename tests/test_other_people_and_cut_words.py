"""Readings added after the first sight of blind sets AI-AP and an independent review of them, each
with new sentences of the same kind (not the sets' own): other people named with any word for a
person, carers with an own complaint, key words cut in two, regional vowel shifts, short steroid
courses, smoking that stopped long ago, moments 'vorig jaar', a hip that cannot do something, a new
fall after an earlier no, facts told before the hip question. Each case names the slot it is about."""
import pytest

from bot.alarm_net import topics_to_confirm
from bot.durations import find_durations, tidy
from bot.understanding import correct_typos, dialect_word, understand
from tests.test_review_findings import TODAY, read_as


@pytest.mark.parametrize("text,asked,expected", [
    # someone else's condition, the writer's own "no" (people list + spoken "me")
    ("nee, me tante heeft lupus maar ik zelf niet", "risk_conditions", {"risk_conditions": []}),
    ("mijn schoonzoon rookt als een schoorsteen, ik heb nooit gerookt", "smoking", {"smoking": False}),
    ("ons bomma rookt nog elke dag, ik niet", "smoking", {"smoking": False}),
    # a check for someone else
    ("mijn zus heeft pijn in haar lies, ze kan niet typen, dus ik doe het voor haar", None, {"hip_complaint": False}),
    ("Mijn opa heeft pijn in zijn heup. Kan ik dit voor hem invullen?", None, {"hip_complaint": False}),
    ("mijn nicht heeft koorts na haar nieuwe heup, ik vraag het in haar naam", None, {"hip_complaint": False}),
    # the hip denied with 'niet zeer' / 'heeft niks'
    ("mijn knie doet zeer maar mijn heup doet niet zeer", None, {"hip_complaint": False}),
    ("sorry ik bedoelde mijn enkel, mijn heup heeft niks", "hip_complaint", {"hip_complaint": False}),
    # steroids
    ("ja, pred 5 mg per dag, al twee jaar, en ook puffers", "steroid_use", {"steroid_use": True}),
    ("nee, alleen een pufje voor de astma", "steroid_use", {"steroid_use": False}),
    ("een kuurtje prednison voor mijn longen, een dag of vijf, verder niks", "steroid_use", {"steroid_use": False}),
    # smoking that stopped long ago
    ("vroeger wel, maar al dertig jaar niet meer", "smoking", {"smoking": False}),
    ("ik heb sigaren gerookt tot in 1995, daarna nooit meer", "smoking", {"smoking": False}),
    ("vroeger niet, nu wel een pakje per dag", "smoking", {"smoking": True}),
    # risk conditions in everyday words
    ("mijn nieren willen niet meer zo, ik ga elke maand naar de nierarts", "risk_conditions", {"risk_conditions": ["nierziekte"]}),
    # a fall in Twents / Gronings forms, told with the leg bearing weight
    ("ik bin zaterdag van de stoep vallen, mar ik kan er nog goed op staan", None, {"acute_trauma": False}),
    # 'zeer' as "very" is no complaint: a thank-you after the advice sets no duration
    ("Ik dank u zeer. Mag ik vragen of ik in de zomer nog mag fietsen?", None, {"complaint_weeks": None}),
    # "is het" is a diagnosis question only as a question
    ("nee, in rust is het goed en slapen lukt ook", "rest_night_pain", {"rest_night_pain": False}),
])
def test_reading(text, asked, expected):
    assert read_as(text, asked, expected) == expected


def test_an_own_complaint_beside_someone_elses_does_not_end_the_check():
    # "zijn heup" is the brother's; "ik ook" keeps the check going (the hip question is asked)
    assert understand("mijn broer heeft pijn in zijn heup en ik ook, sinds een maand", None, TODAY).facts.get("hip_complaint") is not False


@pytest.mark.parametrize("cut,joined", [
    ("ik slik pret nison tabletten", "ik slik prednison tabletten"),
    ("ze hebben een rond gen foto gemaakt", "ze hebben een rontgen foto gemaakt"),
    ("ik heb een stollings stoornis", "ik heb een stollingsstoornis"),
    ("ik heb trombo filie", "ik heb trombofilie"),
])
def test_a_key_word_cut_in_two_is_joined(cut, joined):
    assert correct_typos(cut) == joined


@pytest.mark.parametrize("text,kept", [("mijn heup en mijn lies zijn in orde", "lies zijn"),
                                       ("ik ben gevalle en ik kan lopen", "gevallen en")])
def test_two_real_words_are_not_joined(text, kept):
    assert kept in correct_typos(text)


@pytest.mark.parametrize("text,weeks", [
    ("sinds oktober vorig jaar", 60.86),
    ("sinds vorig jaar oktober", 60.86),
    ("sinds de zomer van vorig jaar", 69.57),
    ("al sinds vorig jaar kerst", 48.71),
])
def test_a_moment_of_last_year(text, weeks):
    assert [d.weeks for d in find_durations(tidy(text), TODAY)] == [weeks]


def test_since_that_fall_is_the_complaints_duration():
    assert read_as("sinds die val, vorige week dinsdag", "complaint_weeks", {"complaint_weeks": 1.0}) == {"complaint_weeks": 1.0}


def test_a_fall_already_told_with_the_leg_bearing_weight_is_not_asked_again():
    u = understand("sinds die val van vorige week", "complaint_weeks", TODAY)
    assert "alarm_acute_trauma" not in topics_to_confirm(u.text, u, {"acute_trauma": False}, [])
    u = understand("sinds die val kan ik niet meer op mijn been staan", "complaint_weeks", TODAY)
    assert u.facts.get("acute_trauma") is True  # not bearing weight after it: the alarm, read at once


@pytest.mark.parametrize("text", ["ik kan mijn heup niet goed bewegen", "mijn heup draait niet meer zo ver",
                                  "mijn lies niet zonder pijn belasten gaat niet", "ja, mijn heup wil niet meer"])
def test_a_hip_that_does_not_work_is_a_complaint_not_a_no(text):
    # found after AK's first sight: "... mijn heup niet ..." read as a denial ended the check
    assert understand(text, "hip_complaint", TODAY).facts.get("hip_complaint") is True


@pytest.mark.parametrize("text", ["Nee, de heup niet. Het is de knie.",
                                  "In de heup en in de lies heb ik niks, alleen de knie."])
def test_the_hip_denied_for_another_joint(text):
    assert understand(text, "hip_complaint", TODAY).facts.get("hip_complaint") is False


def test_a_grandson_who_types_for_a_patient_telling_his_own_complaint_keeps_the_check():
    # the tuned sets' regression (AH): "ik typ voor hem" beside a first-person complaint
    text = "Goeiendag, ich höb al heel lang pijn in mien heup, zeker al sinds Pasen. (hij bedoelt april - Jens, kleinzoon, ik typ voor hem)"
    u = understand(text, None, TODAY)
    assert not u.other_person and u.facts.get("hip_complaint") is True


@pytest.mark.parametrize("text,asked,expected", [
    # after AK's and AL's first sight, new sentences of the same kind
    ("Het is mijn enkel. Aan de heup mankeer ik niks.", "hip_complaint", {"hip_complaint": False}),
    ("avn? dat woord heb ik nog nooit gehoord", "known_avn", {"known_avn": False}),
    ("mijn broer heeft sikkelcel, ikzelf niks van dat", "risk_conditions", {"risk_conditions": []}),
    ("geen nacht zonder pijn, echt niet", "rest_night_pain", {"rest_night_pain": True}),
    ("drie dagen prednison voor een allergie, verder nooit", "steroid_use", {"steroid_use": False}),
    ("Op die kant slapen lukt niet meer.", "rest_night_pain", {"rest_night_pain": True}),
    ("pijn in mijn lies bij het wandelen, maar 's nachts heb ik er gelukkig geen last van", None, {"rest_night_pain": False}),
    ("never geopereerd aan mijn heup", "recent_hip_surgery", {"recent_hip_surgery": False}),
    ("drie weken, nee wait, sinds begin november", "complaint_weeks", {"complaint_weeks": 4.29}),
])
def test_reading_after_the_last_sets(text, asked, expected):
    assert read_as(text, asked, expected) == expected


def test_fever_not_measured_is_asked_not_read():
    u = understand("mijn heup is warm en dik, koorts heb ik nog niet gemeten", None, TODAY)
    assert "fever" not in u.signs and "alarm_fever_hot_joint" in topics_to_confirm(u.text, u, {}, [])


# an independent review of this round's changes (sentences of the reviewer)
@pytest.mark.parametrize("text", [
    "Ik heb liespijn links sinds drie weken. Ik moet alles voor hem doen, hij is dement.",
    "Ik typ voor hem want hij ziet slecht, maar ik heb zelf ook liespijn",
    "ik kan niks meer voor haar doen door mijn heuppijn",
    "ik schrijf voor hem de boodschappen, maar mijn heup doet zeer",
])
def test_a_carer_with_an_own_complaint_keeps_the_check(text):
    u = understand(text, None, TODAY)
    assert not u.other_person and u.facts.get("hip_complaint") is not False


@pytest.mark.parametrize("text", ["mijn heup kan ik niet goed bewegen", "mijn heup werkt niet meer mee",
                                  "mijn heup is niet meer wat hij geweest is", "lopen kan ik met mijn heup niet.",
                                  "ik kan niet meer op de heup liggen", "'t zijn heupklachten links, al een maand"])
def test_the_hip_question_answered_with_what_the_hip_cannot_do(text):
    assert understand(text, "hip_complaint", TODAY).facts.get("hip_complaint") is True


@pytest.mark.parametrize("text,asked", [
    ("benauwd en pijn op de borst sinds het bezoek van mijn schoonouders", "rest_night_pain"),
    ("kortademig en druk op de borst na het wandelen met ons kleinkind", None),
    ("druk op de borst en benauwd net als me pa vroeger", "hip_complaint"),
])
def test_a_person_named_beside_an_alarm_sign_does_not_take_it(text, asked):
    u = understand(text, asked, TODAY)
    assert u.signs.get("chest_breath") is True or "alarm_chest_breath" in topics_to_confirm(u.text, u, {}, [])


@pytest.mark.parametrize("text", ["ja, en vandaag weer een smak gemaakt, de val was op dezelfde heup",
                                  "net opnieuw gevallen van de trap, na die val ben ik op de grond blijven liggen",
                                  "een uur geleden weer gevallen, sinds die val kan ik amper een stap zetten"])
def test_a_new_fall_after_an_earlier_no_is_asked_about(text):
    u = understand(text, "rest_night_pain", TODAY)
    assert u.facts.get("acute_trauma") is True or "alarm_acute_trauma" in topics_to_confirm(u.text, u, {"acute_trauma": False}, [])


@pytest.mark.parametrize("text", ["en is het botnecrose denkt u", "maar is het nu AVN of niet",
                                  "ik vraag me af: is het iets ernstigs", "dokter zeg eerlijk kan dit kanker zijn"])
def test_diagnosis_questions_mid_sentence(text):
    u = understand(text, "load_pain", TODAY)
    assert u.command == "diagnosis_question" and "known_avn" not in u.facts


@pytest.mark.parametrize("text,asked,expected", [
    ("al 3 jaar prednison, sinds een dag of tien verhoogd naar 20 mg", "steroid_use", {"steroid_use": True}),
    ("cortisone, maar enkel met puffers voor de astma", "steroid_use", {"steroid_use": False}),
    ("een stootkuur prednison van een dag of vijf, en daarna nog maanden afgebouwd", "steroid_use", {"steroid_use": True}),
    ("ja, toen ben ik herbegonnen en nu lukt stoppen niet meer", "smoking", {"smoking": True}),
    ("vroeger een pakje, nu niet meer zoveel, een stuk of 5 per dag", "smoking", {"smoking": True}),
    ("de nierarts zegt dat mijn nieren prima werken", "risk_conditions", {"risk_conditions": None}),
])
def test_review_readings(text, asked, expected):
    assert read_as(text, asked, expected) == expected


@pytest.mark.parametrize("text,kept", [("een maand en twee weken", "maand en"), ("gister en ik", "gister en")])
def test_a_real_word_and_en_are_not_joined(text, kept):
    assert kept in correct_typos(text)


@pytest.mark.parametrize("text,weeks", [("een maand en twee weken", 6.35), ("een jaar en drie maanden", 65.05)])
def test_two_units_joined_by_en_are_one_duration(text, weeks):
    assert [d.weeks for d in find_durations(tidy(text), TODAY)] == [weeks]


@pytest.mark.parametrize("word,standard", [("stoan", "staan"), ("opstaon", "opstaan"), ("ziekenhuus", "ziekenhuis"),
                                           ("gaen", "gaan"), ("maer", "maar"), ("waek", "week"), ("kriegen", "krijgen"),
                                           ("altied", "altijd"), ("verjoardag", "verjaardag")])
def test_a_regional_vowel_is_read_as_the_word_the_rules_know(word, standard):
    assert dialect_word(word) == standard


@pytest.mark.parametrize("word", ["die", "zie", "viel", "mag", "liegen", "duur", "kuur", "niet", "wien", "gain"])
def test_ordinary_words_keep_their_vowels(word):
    assert dialect_word(word) == word


def test_a_dialect_alarm_is_read():
    u = understand("'k è sinds vanmorgend e zwoar gevoel ip mien borst en 'k kriege moeilijk adem", None, TODAY)
    assert u.signs.get("chest_breath") is True


@pytest.mark.parametrize("text", ["sinds zondag en twee dagen", "begin oktober en een week", "sinds 3 november en drie dagen"])
def test_a_date_and_a_duration_are_not_summed(text):
    assert len(find_durations(tidy(text), TODAY)) == 2


@pytest.mark.parametrize("text,asked,expected", [
    # after AM's and AN's first sight (new sentences of the same kind)
    ("ik ben negentien dagen geleden geopereerd aan mijn heup, een forage, de liespijn heb ik al een jaar",
     None, {"recent_hip_surgery": True}),
    ("ik ben aan mijn heup geopereerd, en de pijn in mijn lies heb ik nu al een jaar of twee", None, {"recent_hip_surgery": None}),
    ("Neg", "smoking", {"smoking": False}),
    ("Nachtpijn neg sinds de OK", "rest_night_pain", {"rest_night_pain": False}),
    ("'t is voe myn moeder, ze hee zo'n pyne in heur heupe", None, {"hip_complaint": False}),
    ("e pintje of vier elken dag, en e jenever by de koarten", "alcohol_use", {"alcohol_use": True}),
])
def test_reading_after_am_an(text, asked, expected):
    assert read_as(text, asked, expected) == expected


def test_a_sign_of_a_patient_the_writer_nursed_is_not_read_as_theirs():
    u = understand("ik heb pijn in mijn bil, vannacht had ik op het werk een patient met koorts en een rode heup", None, TODAY)
    assert "fever" not in u.signs  # the safety net may still ask; that is cheap


@pytest.mark.parametrize("text,asked,expected", [
    # regressions of this round found by the patient runner on the tuned sets
    ("na de wedstrijd paar biertjes maar niet elke dag", "alcohol_use", {"alcohol_use": False}),
    ("Sociaal, weekend 2-3 glazen", "alcohol_use", {"alcohol_use": False}),
    ("ik heb pijn aan mijn knie, het is niet mijn heup of mijn lies, alleen de knie, sinds het voetballen met de gasten",
     None, {"hip_complaint": False}),
])
def test_no_over_reading(text, asked, expected):
    assert read_as(text, asked, expected) == expected


@pytest.mark.parametrize("text,asked,expected", [
    # after AO's and AP's first sight (new sentences of the same kind)
    ("ik denk een jaar ongeveer, daarom kwam die operatie ook", "complaint_weeks", {"recent_hip_surgery": None, "complaint_weeks": 52.0}),
    ("mi oma heeft pijn in haar heup, ik vul dit in fu haar", None, {"hip_complaint": False}),
    ("ya, elke dag 3-4 parbo na het werk", "alcohol_use", {"alcohol_use": True}),
    ("2 wijntjes/wk", "alcohol_use", {"alcohol_use": False}),
    ("No, mi no heb lupus", "risk_conditions", {"risk_conditions": []}),
    ("nee, mijn zus heeft reuma ma ik ni", "risk_conditions", {"risk_conditions": []}),
])
def test_reading_after_ao_ap(text, asked, expected):
    assert read_as(text, asked, expected) == expected


def test_facts_told_before_the_hip_question_are_kept():
    from bot.dialogue import CheckState, handle
    turn = handle(CheckState(), "ik ben zes weken geleden aan mijn heup geopereerd, een forage, vanwege botnecrose", TODAY)
    assert turn.state.answers["recent_hip_surgery"] is True and turn.state.answers["known_avn"] is True
    turn = handle(turn.state, "ja, in mijn lies", TODAY)
    assert turn.state.answers["recent_hip_surgery"] is True  # not asked again; the post-operative question comes
    turn = handle(CheckState(), "ik ben zes weken geleden aan mijn heup geopereerd", TODAY)
    turn = handle(turn.state, "nee, het is voor mijn vader", TODAY)
    assert turn.state.answers["recent_hip_surgery"] is None  # no own complaint: forgotten


# a second independent review of the later changes (the reviewer's sentences)
@pytest.mark.parametrize("text,asked", [
    ("ik heb no koorts en de wond lekt no steeds", "post_op_alarm"), ("de wond lekt no steeds", "post_op_alarm"),
    ("gin koorts, maer mien kuit is dik en rood", "post_op_alarm"), ("de koorts wil nie weg gaan", "post_op_alarm"),
])
def test_a_post_operative_sign_stays_a_sign(text, asked):
    assert understand(text, asked, TODAY).facts.get("post_op_alarm") is True


@pytest.mark.parametrize("text", ["ben no steeds kortademig sinds de operatie", "hallo ik ben een man met pijn op de borst"])
def test_chest_signs_in_chat_and_self_description(text):
    assert understand(text, None, TODAY).signs.get("chest_breath") is True


@pytest.mark.parametrize("text", ["de heup gaat niet meer mee", "mijn heupen willen niet meer mee", "mijn heup is niet in orde",
                                  "mijn heup is niet meer wat het was"])
def test_more_ways_a_hip_does_not_work(text):
    assert understand(text, "hip_complaint", TODAY).facts.get("hip_complaint") is True


@pytest.mark.parametrize("text,asked", [
    ("ik ben zestig jaar en vorige maand kreeg ik een nieuwe heup", None),
    ("ik ben zestig jaar en vorige week geopereerd aan mijn heup", None),
    ("de pijn is er al een jaar en drie weken geleden kreeg ik een forage", "complaint_weeks"),
    ("ik werk al dertig jaar en vorige maand kreeg ik een nieuwe heup", None),
    ("no idea, ik ben geopereerd 6 weken geleden", "recent_hip_surgery"),
])
def test_an_age_or_the_complaints_time_does_not_make_an_operation_old(text, asked):
    assert understand(text, asked, TODAY).facts.get("recent_hip_surgery") is True


@pytest.mark.parametrize("text,asked,expected", [
    ("trappen op gaen is lastig", "load_pain", {"load_pain": True}),
    ("ik kan nie mi gaen zonder krukken", "function_loss", {"function_loss": True}),
    ("ik drink geen twee glazen elke dag hoor, een keer per week", "alcohol_use", {"alcohol_use": False}),
    ("alleen bij het zitten, bij elke pas voel ik niks", "load_pain", {"load_pain": None}),
    ("ik slik no steeds prednison", "steroid_use", {"steroid_use": True}),
    ("foto neg", "xray_result", {"xray_result": "normaal"}),
    ("mi ben gevallen en nu kan ik no staan op die been", None, {"acute_trauma": True}),
    ("a no de heup, het zit in mi onderrug", "hip_complaint", {"hip_complaint": False}),
])
def test_second_review_readings(text, asked, expected):
    assert read_as(text, asked, expected) == expected
