"""An independent reviewer's findings on round 9's readings (594 sentences of their own, 39 misread),
fixed, with controls. The worst: "weer" added to the bears-weight words made "ik ben gevallen en kan
weer slecht lopen" a fall that bears weight - no alarm question; now removed, with "slecht", "pas",
"even", "ternauwernood", "zeer", "heel", "zwaar", "moeite" excluded from "kan nog ... lopen", and a
bearing of weight taken back ("eerst kon ik nog stappen, maar nu weer niet") left to the alarm
question. Also: "Lopen: lukt niet" is no bearing of weight; "enkel dik" about a calf is "alleen dik";
"ademhalen is wat moeilijk"; "versleten" and an opening "lopen gaat wel" are no longer read (they
hid a normal X-ray and pain on the stairs); "3 a 4 per avond" needs two or more and not a maximum,
the weekend or the past; "niet meer gerookt, ... weer begonnen" is a smoker; "deux verres"."""
import datetime as dt

import pytest

from bot.alarm_net import topics_to_confirm
from bot.understanding import understand
from tests.readings import assert_read

THURSDAY = dt.date(2026, 12, 3)

# a fall told with trouble bearing weight: never read as "no acute trauma"
FALLS = [
    ("ik ben gisteren gevallen en kan weer slecht lopen, mijn heup doet veel pijn", None),
    ("gisteren van de leer gevallen, ik kan were slecht stappen", None),
    ("ik ben gevallen, kan er weer slecht op staan", None),
    ("ik ben gevallen en kan weer ternauwernood lopen", None),
    ("ja, ik kon weer zeer slecht stappen na de val", "acute_trauma"),
    ("ja, gevallen. kan er weer pas op staan na een kwartier, en dan nog heel pijnlijk", "acute_trauma"),
    ("gevallen en kon weer even staan, nu helemaal niet meer", "acute_trauma"),
    ("ja gevallen, moa 'k kan were stappen, met moeite", "acute_trauma"),
    ("Heup: pijn. Val: ja, gisteren. Lopen: lukt niet.", None),
    ("Gevallen: ja. Lopen: gaat niet.", "acute_trauma"),
    ("gevallen: ja. lopen: lukt amper", "acute_trauma"),
    ("ja gevallen, eerst kon ik nog stappen, moa nu were nie", "acute_trauma"),
    ("ja, gevallen, en ik kan nog slecht lopen", "acute_trauma"),
    ("ja gevallen, ik kan nog heel slecht staan", "acute_trauma"),
]


@pytest.mark.parametrize("text,asked", FALLS)
def test_a_fall_with_trouble_bearing_weight_is_never_denied(text, asked):
    u = understand(text, asked, THURSDAY)
    assert u.facts.get("acute_trauma") is not False
    assert u.facts.get("acute_trauma") is True or "alarm_acute_trauma" in topics_to_confirm(u.text, u, {}, [])


# post-operative signs after "enkel" / "alleen", told to the post-op question
POST_OP = [
    "kuit: niet rood, enkel dik",
    "de kuit doet geen pijn, enkel dik",
    "nee, alleen is ademhalen wat moeilijk",
    "nee, enkel is ademhalen wat moeilijk",
    "mijn kuit is nie rood, enkel gezwollen",
    "Wonde: nee. Kuit: nee. Adem: moeilijk",
]


@pytest.mark.parametrize("text", POST_OP)
def test_a_post_operative_sign_after_only_is_present(text):
    assert understand(text, "post_op_alarm", THURSDAY).facts.get("post_op_alarm") is True


CASES = [
    # controls: the weight is borne
    ("Neen, nie gevallen. Wacht, joa, vorige weke zyn 'k gevallen in de keuken, moa 'k kon were rechtstoan en stappen.", "acute_trauma", "acute_trauma", False),
    ("gevallen maar ik kon nog lopen, nu gaat het goed", "acute_trauma", "acute_trauma", False),
    ("ademhalen gaat niet moeilijk, gaat prima", "post_op_alarm", "chest_breath", None),
    # no longer read as a fact that lowers the level
    ("de foto was normaal, mijn knie is wel versleten", "xray_result", "xray_result", "normaal"),
    ("Lopen gaat wel, trappen doen pijn", "load_pain", "load_pain", True),
    ("hoogstens 1 per dag", "alcohol_use", "alcohol_use", None),
    ("max 2-3 per avond in het weekend", "alcohol_use", "alcohol_use", False),
    ("deux verres chaque jour", "alcohol_use", "alcohol_use", True),
    ("ik heb 10 jaar niet meer gerookt, sinds vorige maand weer begonnen", "smoking", "smoking", True),
    # the ankle stays the ankle
    ("nee, enkel doet het zeer als ik op mijn linkerzij lig", "rest_night_pain", "rest_night_pain", True),
]


@pytest.mark.parametrize("text,asked,slot,value", CASES)
def test_review9(text, asked, slot, value):
    assert_read(text, asked, slot, value, THURSDAY)
