"""An independent review of round 12's readings (sentences of the reviewer's own, not of a set):
each of these was read as a denied alarm sign or a denied hip complaint by the round's first
version of the new rules, and as present (or unknown) before it. None may be denied now."""
import datetime as dt

import pytest

from bot.understanding import understand

THURSDAY = dt.date(2026, 12, 3)

# (asked slot, sentence, the sign or fact that must not be denied)
NOT_DENIED = [
    # an echo "X? Geen moment ..." that goes on is no denial
    ("post_op_alarm", "Koorts? Geen moment onder de 38", "fever"),
    ("post_op_alarm", "Benauwd? Geen moment rust, ik hap naar lucht", "chest_breath"),
    ("post_op_alarm", "Kortademig? Geen moment rust, ik hijg de hele tijd", "chest_breath"),
    ("post_op_alarm", "Koorts? Geen moment weg, al 3 dagen 38,5", "fever"),
    ("post_op_alarm", "Kuit dik? Geen moment normaal geweest sinds de operatie", "calf"),
    ("post_op_alarm", "Wond lekt? Geen moment droog", "wound"),
    ("post_op_alarm", "Pijn op de borst? Geen moment weg", "chest_breath"),
    ("post_op_alarm", "Benauwd? Niet dat ik weet, ik hijg wel heel erg", "chest_breath"),
    ("acute_trauma", "gevallen? geen moment twijfel, ik lag op de grond en kan niet staan", "acute_trauma"),
    # "ik kan niet zeggen dat ..." rewrites its own clause only
    ("post_op_alarm", "ik kan niet zeggen dat het lekker gaat, ik kan niet goed ademen", "chest_breath"),
    ("acute_trauma", "ik kan niet zeggen dat het pijn doet, maar na de val kan ik niet staan", "acute_trauma"),
    ("hip_complaint", "ik kan niet zeggen dat het ernstig is, maar mijn heup is niet goed", "hip_complaint"),
    ("rest_night_pain", "ik kan niet zeggen dat het 's nachts erg is, ik slaap niet door de pijn", "rest_night_pain"),
    # "nooit niet" is no plain "nooit"
    ("post_op_alarm", "de koorts gaat nooit niet weg", "fever"),
    # a hip complaint told plainly stands beside another part or an "ook"
    (None, "pijn in de lies, alleen de knie is stijf", "hip_complaint"),
    (None, "mijn heup doet pijn, alleen de knie niet", "hip_complaint"),
    (None, "al 3 weken pijn in mijn bil, alleen de rug is ook stijf", "hip_complaint"),
    ("hip_complaint", "ja lies, alleen de rechterknie valt mee", "hip_complaint"),
    ("hip_complaint", "lies ook goed pijnlijk", "hip_complaint"),
    ("hip_complaint", "mijn rug is niet goed, mijn heup ook", "hip_complaint"),
    ("hip_complaint", "knie niet ok, heup ook", "hip_complaint"),
    (None, "niet alleen de knie, ook de heup", "hip_complaint"),
    (None, "alleen de knie? nee, vooral de heup", "hip_complaint"),
]


@pytest.mark.parametrize("asked,text,slot", NOT_DENIED)
def test_not_denied(asked, text, slot):
    u = understand(text, asked, THURSDAY)
    got = u.signs.get(slot) if slot in ("fever", "calf", "wound", "chest_breath", "hot_joint") else u.facts.get(slot)
    assert got is not False
    assert slot not in u.denied
    if asked == "post_op_alarm":
        assert u.facts.get("post_op_alarm") is not False


def test_a_short_echo_denial_still_denies():
    assert understand("Koorts? Geen moment gehad.", "post_op_alarm", THURSDAY).facts.get("post_op_alarm") is False
    assert understand("Gevallen? Geen moment.", "acute_trauma", THURSDAY).facts.get("acute_trauma") is False
