"""Readings of round 9: general mechanisms found in what the 60 tuned sets still misread, and
(after their first-sight measurement) what blind sets BI and BJ taught, each with new sentences of
the same kind and controls (the cases of BJ and BI are marked below): West-Flemish "moa" (maar) ends a denial, so a calf told after "gin
koorts" is present; Flemish "enkel" is "alleen" unless it is the ankle, so "nee, enkel als ik op die
zij lig" is a qualified yes; "vooral as ik efkes gestapt heb"; "stappen doet wel veel pijn"."""
import datetime as dt

import pytest

from tests.readings import assert_read

THURSDAY = dt.date(2026, 12, 3)

CASES = [
    # "moa" is West-Flemish "maar": it ends the scope of "gin koorts"
    ("nee, gin koorts, moa mijn kuite is zo dik en stijf sinds gisteren", "post_op_alarm", "calf", True),
    ("nee, gin koorts, moa mijn kuite is zo dik en stijf sinds gisteren", "post_op_alarm", "post_op_alarm", True),
    ("gin koorts moa de wonde loopt, 't is nat", "post_op_alarm", "wound", True),
    ("nee, gin koorts en de kuite is nie dik", "post_op_alarm", "post_op_alarm", False),
    # Flemish "enkel" (only) against the ankle
    ("In rust niet, nee. Enkel als ik 's nachts op die zij lig, dan word ik wakker.", "rest_night_pain", "rest_night_pain", True),
    ("Nee, enkel bij de trap.", "load_pain", "load_pain", True),
    ("Nee, mijn enkel doet pijn, niet de heup.", "hip_complaint", "hip_complaint", False),
    ("Gestopt, al tien jaar. Geen enkel sigaretje meer.", "smoking", "smoking", False),
    ("Neen, enkel 's zondags een pintje.", "alcohol_use", "alcohol_use", False),
    # load pain told with a past participle or two words between
    ("Ik heb al ne maand of twee pijn in mijn lies, vooral as ik efkes gestapt heb.", None, "load_pain", True),
    ("Pijn in de lies als ik een eindje gelopen heb.", None, "load_pain", True),
    ("gevallen nee, maar stappen doet wel veel pijn, da wel", "acute_trauma", "load_pain", True),
    ("lopen doed zeer", "load_pain", "load_pain", True),
    ("stappen doet niet veel pijn", "load_pain", "load_pain", False),
    ("lopen doet geen pijn", "load_pain", "load_pain", False),
    # from BJ (Twents, Brussels French, a precise engineer, West-Flemish, a runner)
    ("Ik vul dit in vuur mien moeder van 89. Ze hef al weken pien in de heup mar ze wil nich naor de dokter.", None, "hip_complaint", False),
    ("Ik heb pijn in mijn heup, al vuur de zomer.", None, "hip_complaint", True),
    ("Gestopt op 1 januari 1995; daarvoor circa 20 sigaretten per dag. Sindsdien niet meer gerookt.", "smoking", "smoking", False),
    ("Ik rook, sindsdien nog een pakje per dag.", "smoking", "smoking", True),
    ("Neen, nie gevallen. Wacht, joa, vorige weke zyn 'k gevallen in de keuken, moa 'k kon were rechtstoan en stappen.", "acute_trauma", "acute_trauma", False),
    ("vorige week gevallen en ik kon niet meer staan", "acute_trauma", "acute_trauma", True),
    ("Un verre de vin le dimanche, c'est tout.", "alcohol_use", "alcohol_use", False),
    ("Ik neem veel pillekes, voor de druk, voor de suiker... of er daar cortisone bij zit, aucune idée.", "steroid_use", "steroid_use", "onbekend"),
    ("Niet bij wandelen op vlak terrein, wél bij langdurig staan, na 30 minuten in de rij.", "load_pain", "load_pain", True),
    ("Ik sta heel de dag in de winkel en 's avonds kan ik bijna nie meer stappen van de pijn.", None, "load_pain", True),
    ("Balen: sinds gisteren 38,8 koorts en mijn heup gloeit. Ik ben nergens aan geopereerd.", None, "recent_hip_surgery", False),
    ("heb ge3n koorts ofzo maar lies doet zeer", None, "fever", None),
    ("Non, 's nachts ça va. Enfin, als ik op die kant lig, dan voel ik het wel.", "rest_night_pain", "rest_night_pain", True),
    ("Nee, 's nachts niet, als ik lig gaat het wel.", "rest_night_pain", "rest_night_pain", False),
    ("Ja, maar dat was 6 maanden geleden.", "recent_hip_surgery", "recent_hip_surgery", False),
    ("Ja, maar dat was op 12 mei 2026, dus ruim 6 maanden geleden (artroscopie rechterheup).", "recent_hip_surgery", "recent_hip_surgery", False),
    ("Ja, 5 weken geleden.", "recent_hip_surgery", "recent_hip_surgery", True),
    ("Ja, in september.", "recent_hip_surgery", "recent_hip_surgery", True),
    ("Correctie op mijn eerdere antwoord ('twee glazen per week'): het zijn er eerder 3 à 4 per avond.", "alcohol_use", "alcohol_use", True),
    ("Twee glazen per week, meer niet.", "alcohol_use", "alcohol_use", False),
    ("Lopen geet wel. Mar ik bin sinds vanmiddag zo benauwd.", "load_pain", "load_pain", None),  # "gaat wel" may go on: left to the question
    ("nee... wacht, ja trap op is pijn, lopen gaat wel", "load_pain", "load_pain", True),
    ("Goedemiddag. Na de heupoperatie van mijn echtgenote (maart 2025) ben ik nu zelf aan de beurt: sinds 14 oktober pijn in de lies.", None, "recent_hip_surgery", None),
    ("Nen Rodenbach by 't eten, eentje.", "alcohol_use", "alcohol_use", False),
    ("Ik heb een half jaar prednison gepakt.", "steroid_use", "steroid_use", True),
    # from BI (Zeeuws, Antwerp chat, speech-to-text, Surinamese Dutch, a nurse's shorthand, Gent)
    ("Goeiendag. Ik ei al een paar maanden pien in m'n rechter eup. 't Is nie zo best mit loopen.", None, "load_pain", True),
    ("Lopen gaat best, de trap ook.", "load_pain", "load_pain", False),
    ("lopen gaat niet zo best", "load_pain", "load_pain", True),
    ("Mien rug doet al jaeren zeer. Maer daer kom 'k nie voor, 't is de lies, links.", None, "hip_complaint", True),
    ("Het is de lies van mijn vrouw.", None, "hip_complaint", None),
    ("Sinds de Paesen. Toen begon 't.", "complaint_weeks", "complaint_weeks", 35.14),
    ("Mijn heup doet mij zo pijn al sinds Keti Koti.", None, "complaint_weeks", 22.14),
    ("me lies doet pijn sinds Black Friday", None, "complaint_weeks", 1.0),
    ("Jae. Gisteren op de dijk uitgegleje mit de fiets, en nou kan 'k nie op m'n been staen.", "acute_trauma", "acute_trauma", True),
    ("goedemiddag ik heb sinds drie weken pijn in mijn lees vooral bij het trap lopen", None, "hip_complaint", True),
    ("Niet dat ik niet drink, maar heel weinig hoor, een Parbo'tje op zaterdag.", "alcohol_use", "alcohol_use", False),
    ("Alc 1-2 E/wk, roken neg.", "alcohol_use", "alcohol_use", False),
    ("Alc 1-2 E/wk, roken neg.", "alcohol_use", "smoking", False),
    ("Status na THP re d.d. 12-11. Sinds vannacht kuit re pijnlijk, gezwollen, rood. DVT?", None, "recent_hip_surgery", True),
    ("Status na THP re d.d. 12-11. Sinds vannacht kuit re pijnlijk, gezwollen, rood. DVT?", None, "post_op_alarm", True),
    ("Artroscopie li heup jan 2025, verder niets. Dus >3 mnd.", "recent_hip_surgery", "recent_hip_surgery", False),
    ("Ik ben zes weken geleden geopereerd, ne nieuwe heup, en nu ben ik sinds gisteren zo kortademig, ook als ik stil zit.", None, "rest_night_pain", None),
    ("Ik ben zes weken geleden geopereerd, ne nieuwe heup, en nu ben ik sinds gisteren zo kortademig, ook als ik stil zit.", None, "post_op_alarm", True),
    ("De heup doet ook pijn als ik stil zit.", None, "rest_night_pain", True),
]


@pytest.mark.parametrize("text,asked,slot,value", CASES)
def test_round9(text, asked, slot, value):
    assert_read(text, asked, slot, value, THURSDAY)
