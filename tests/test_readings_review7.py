"""An independent reviewer's findings on the sixth round's readings (their sentences, and the
controls they checked): each case names the slot or alarm sign it is about. A hip that "doet het
nog" beside a complaint is no denial; a single injection or short course does not hide current
steroid use; sleeping "wel" with an exception is night pain; typing for someone who is not there
is someone else's check; a cause "van mijn werk" is no owner; a past marker of someone else's hip
does not make the writer's fever past; a "not me" beside the writer's own groin is no denial."""
import datetime as dt

import pytest

from tests.readings import assert_read

WEDNESDAY = dt.date(2026, 12, 2)  # the reviewer's date

CASES = [
    # a hip that "doet het nog" beside another joint denies it - not when pain or a limp follows
    ("Mijn knie is kapot, de heup doet het nog maar met veel pijn", None, "hip_complaint", True),
    ("mijn rug is op en de heup doet het nog amper", None, "hip_complaint", True),
    ("Mijn rug is versleten, de heup doet het nog maar ik loop mank", None, "hip_complaint", True),
    ("Schouder is stuk; heup doet het nog goed maar doet wel pijn bij lopen", "hip_complaint", "hip_complaint", True),
    ("Ja, mijn knie is kapot, en de heup doet het nog maar met pijn", "hip_complaint", "hip_complaint", True),
    ("Mijn knie is ok. de heup doet het nog maar amper, ik kan er nauwelijks op staan", None, "hip_complaint", True),
    ("Mijn knie is met pensioen. De heup doet het nog", None, "hip_complaint", False),
    ("knie kapot, heup doet het nog net, liespijn", None, "hip_complaint", True),
    # a cause told with "van mijn ..." is not another person's hip; a person is
    ("ik heb heuppijn van mijn werk, al maanden", None, "hip_complaint", True),
    ("liespijn van mijn zwangerschap nog", None, "hip_complaint", True),
    ("ik heb heuppijn van mijn nieuwe schoenen denk ik", None, "hip_complaint", True),
    ("de heup van mijn man is slecht", None, "hip_complaint", False),
    ("het gaat om de heup van mijn oude moeder", None, "hip_complaint", None),
    # someone else's hip named beside the writer's red hip and fever: both stay the writer's
    ("Mijn heup is rood en gezwollen, net als zijn heup vroeger, en ik heb 39 koorts", None, "hip_complaint", True),
    ("Mijn heup is rood en gezwollen, net als zijn heup vroeger, en ik heb 39 koorts", None, "fever", True),
    ("Mijn lies is dik en warm en ik heb koorts, zijn heup had dat ook", None, "hip_complaint", True),
    ("vorig jaar, toen had ik koorts", None, "fever", None),
    # a "not me" beside the writer's own groin, hip or buttock is no denial of the complaint
    ("Mijn knie en heup doen pijn, ik heb het niet van een val", "hip_complaint", "hip_complaint", True),
    ("Pijn in de lies die uitstraalt naar de knie, ik heb er geen verklaring voor", "hip_complaint", "hip_complaint", True),
    ("Het zit in mijn bil en trekt door naar de knie. Gevallen? Ik niet.", "hip_complaint", "hip_complaint", True),
    ("mijn man zegt dat het van mijn rug komt, ik niet, het zit in mijn lies", "hip_complaint", "hip_complaint", True),
    ("Mijn man heeft artrose in zijn heup, ik heb het niet zo erg maar toch pijn in mijn lies", "hip_complaint",
     "hip_complaint", True),
    ("Mijn dochter heeft ook heupdysplasie gehad, ik niet, maar nu heb ik liespijn", "hip_complaint", "hip_complaint", True),
    ("mijn vrouw heeft heuppijn, ik niet", "hip_complaint", "hip_complaint", False),
    ("mijn vrouw heeft pijn in haar lies, ik niet", "hip_complaint", "hip_complaint", False),
    # a single injection or a short course beside current or long use: the use counts
    ("één injectie met cortison, en verder slik ik dagelijks prednisolon", "steroid_use", "steroid_use", True),
    ("één injectie met cortison, en verder slik ik dagelijks prednisolon", None, "steroid_use", True),
    ("Ik krijg al twee jaar infiltraties met cortisone, maar dit jaar maar een infiltratie met cortisone gehad",
     "steroid_use", "steroid_use", True),
    ("enkele infiltraties met cortisone het afgelopen jaar, zeker vier", "steroid_use", "steroid_use", True),
    ("5 dagen prednison gekregen in de zomer, en een jaar geleden begonnen met medrol, neem ik nog elke ochtend",
     "steroid_use", "steroid_use", True),
    ("Prednison? vijf dagen gekregen maanden geleden, en nu terug, voor de reuma", "steroid_use", "steroid_use", True),
    ("een infiltratie met cortisone gehad, en ik slik prednison sinds 2020", "steroid_use", "steroid_use", True),
    ("Jaren geleden vijf dagen prednison gehad. Nu zit ik er opnieuw aan voor mijn longen", "steroid_use",
     "steroid_use", True),
    ("een injectie met cortison gehad, maar heb nog dagelijks pijn", "steroid_use", "steroid_use", False),
    ("enkel een infiltratie met cortisone", "steroid_use", "steroid_use", False),
    ("5 dagen prednison, verder niks", "steroid_use", "steroid_use", False),
    # sleeping "wel" with an exception, or not on the sore side, is night pain
    ("slaap ik wel door, tenzij ik op de linkerzij lig", "rest_night_pain", "rest_night_pain", True),
    ("Ik slaap ik wel, behalve op de pijnlijke kant", "rest_night_pain", "rest_night_pain", True),
    ("Overdag last, slaap ik wel goed maar niet op mijn rechterheup liggen", "rest_night_pain", "rest_night_pain", True),
    ("de heup klopt de hele nacht", None, "rest_night_pain", True),
    ("Neen, 's nachts slaap ik wel", "rest_night_pain", "rest_night_pain", False),
    ("nee, ik slaap wel goed", "rest_night_pain", "rest_night_pain", False),
    # typing for someone who is not with the writer: that person's check is not the writer's
    ("Ik typ voor mijn opa, hij woont in een verzorgingshuis ver weg, hij heeft liespijn", None, "hip_complaint", False),
    ("Ik typ dit namens mijn moeder, ze ligt in het ziekenhuis", None, "hip_complaint", False),
    ("ik typ dit voor mijn dochter, ze is op school maar heeft pijn in haar heup", None, "hip_complaint", False),
    ("ik typ voor mijn opa, hij woont bij ons in, hij heeft liespijn", None, "hip_complaint", True),
    ("mijn vrouw typt voor mij, ik heb pijn in de lies", None, "hip_complaint", True),
    # alarm words: blood soaking the dressing; a calf "wel" red after a denied swelling; a question
    # repeated by the writer and answered "no" at once is a denial
    ("Het verband is helemaal rood van het bloed", None, "wound", True),
    ("het verband is rood", None, "wound", None),
    ("kuit dik? nee, wel rood", None, "calf", True),
    ("mijn kuit is niet dik, wel een beetje pijnlijk", None, "calf", True),
    ("kuit is even dik maar niet pijnlijk", None, "calf", None),
    ("kuit? nee, niks, wel pijn in de heup", None, "calf", None),
    ("ik krijg de lucht niet goed binnen? nee hoor, dat gaat goed", "post_op_alarm", "post_op_alarm", False),
    ("ik krijg de lucht niet goed binnen? nee hoor, dat gaat goed", "post_op_alarm", "chest_breath", None),
    ("benauwd? nee, maar wel pijn op de borst", None, "chest_breath", True),
    # smoking now after smoking until an age, or again after stopping
    ("ik heb gerookt tot mijn 50ste, nu rook ik enkel nog sigaren", "smoking", "smoking", True),
    ("heb gerookt tot een paar maanden geleden, toen gestopt, nu weer begonnen", "smoking", "smoking", True),
    ("ik heb gerookt tot mijn 40ste, nu niks meer", "smoking", "smoking", False),
    ("nee, gestopt en niet weer begonnen", "smoking", "smoking", False),
]


@pytest.mark.parametrize("text,asked,slot,value", CASES)
def test_review7(text, asked, slot, value):
    assert_read(text, asked, slot, value, WEDNESDAY)
