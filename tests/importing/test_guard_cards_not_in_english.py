"""Cards in Welsh, Polish, Roman Urdu/Hindi, Bengali, Gujarati, Somali, Irish, Scots and
Cantonese, from review 33 R6: common given names of these families went to the wall whole
("Mera beta Tariq kabhi kabhi aata hai"), a listed name before Welsh YN/AM/MAE was never a name
("MAE FY MERCH ELERI YN HELPU"), a caught name in capitals took the words after it as a surname
or an initial ("SYN [name] NIE DZWONI"), and everyday words that are given names in English were
held ("A NEED [name] HELP WI THE STAIRS"). Each row is what the wall prints once redacted."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    # S1: given names no list knew, as typed and in capitals
    ("Mera beta Tariq kabhi kabhi aata hai", "Mera beta [name] kabhi kabhi aata hai"),
    ("MERA BETA TARIQ KABHI KABHI AATA HAI", "MERA BETA [name] KABHI KABHI AATA HAI"),
    ("Shukriya Ayesha ka jo har roz aati hai", "Shukriya [name] ka jo har roz aati hai"),
    ("Nani ko pota Arjun dekhne aata hai", "Nani ko pota [name] dekhne aata hai"),
    ("Moja córka Kasia dzwoni codziennie", "Moja córka [name] dzwoni codziennie"),
    ("MOJA CÓRKA KASIA DZWONI CODZIENNIE", "MOJA CÓRKA [name] DZWONI CODZIENNIE"),
    ("Mąż Janusz zmarł w zeszłym roku", "Mąż [name] zmarł w zeszłym roku"),
    ("Pani Basia sprząta u mnie w piątek", "Pani [name] sprząta u mnie w piątek"),
    ("Amar jamai Shahid amare hospital e nise", "Amar jamai [name] amare hospital e nise"),
    ("Mari vahu Hetal badhu kaam kare chhe", "Mari vahu [name] badhu kaam kare chhe"),
    ("Wiilkayga Abdi wuxuu joogaa London", "Wiilkayga [name] wuxuu joogaa London"),
    ("WIILKAYGA ABDI WUXUU JOOGAA LONDON", "WIILKAYGA [name] WUXUU JOOGAA LONDON"),
    ("Tagann Máire gach Domhnach", "Tagann [name] gach Domhnach"),
    ("TAGANN MÁIRE GACH DOMHNACH", "TAGANN [name] GACH DOMHNACH"),
    ("Ma neebor Senga taks me tae the shops", "Ma neebor [name] taks me tae the shops"),
    # S2: a listed name before Welsh YN / AM in capitals
    ("MAE FY MERCH ELERI YN HELPU GYDA'R SIOPA", "MAE FY MERCH [name] YN HELPU GYDA'R SIOPA"),
    ("MAE FY MAB DAFYDD YN BYW YN LLUNDAIN", "MAE FY MAB [name] YN BYW YN LLUNDAIN"),
    ("MAE FY NGHYMYDOG GARETH YN TORRI'R LAWNT", "MAE FY NGHYMYDOG [name] YN TORRI'R LAWNT"),
    ("DIOLCH I RHYS AM Y LIFFT I'R YSBYTY", "DIOLCH I [name] AM Y LIFFT I'R YSBYTY"),
    ("MAE MAIR YN DOD", "MAE [name] YN DOD"),
    # R2: the name alone, not the words after it
    ("SYN MAREK W ANGLII NIE DZWONI", "SYN [name] W ANGLII NIE DZWONI"),
    ("PANI EWA Z OPIEKI JEST BARDZO MIŁA", "PANI [name] Z OPIEKI JEST BARDZO MIŁA"),
    ("CÓRKA ANNA U MNIE BYWA RZADKO", "CÓRKA [name] U MNIE BYWA RZADKO"),
    ("DIOLCH I MEGAN Y GOFALWR AM BOPETH", "DIOLCH I [name] Y GOFALWR AM BOPETH"),
    ("MAE RHYS Y MAB YN HELPU", "MAE [name] Y MAB YN HELPU"),
    ("MAE HUW A MEGAN YN DOD BOB DYDD", "MAE [name] A [name] YN DOD BOB DYDD"),
    ("AMAR MEYE NASREEN E THAKE", "AMAR MEYE [name] E THAKE"),
    ("TA NIAMH I LONDAIN ANOIS", "TA [name] I LONDAIN ANOIS"),
    ("MERI BAHU SHAZIA KHANA BANATI HAI", "MERI BAHU [name] KHANA BANATI HAI"),
    ("MERI BETI NASREEN SAB KUCH KARTI HAI", "MERI BETI [name] SAB KUCH KARTI HAI"),
    ("MAHADSANID FAADUMO OO I CAAWISA", "MAHADSANID [name] OO I CAAWISA"),
    # ...while an English name keeps its initial and surname hidden
    ("JOHN A SMITH CAME LATE", "[name] CAME LATE"),
    ("HOPE J GREEN HELPS ME", "[name] HELPS ME"),
    ("MARY O SMITH", "[name]"),
    ("JOHN W. SMITH CAME", "[name] CAME"),
    ("John W Smith came", "[name] came"),
    ("TA JOHN SMITH", "TA [name]"),
    # R1: names that are everyday words elsewhere are still names in English
    ("JO DROVE ME", "[name] DROVE ME"),
    ("SEAN WAS LATE", "[name] WAS LATE"),
    ("KIM IS MY CARER", "[name] IS MY CARER"),
    ("CARER JO NEVER CAME", "CARER [name] NEVER CAME"),
    ("My carer Jo is late", "My carer [name] is late"),
    ("BETH DROVE ME", "[name] DROVE ME"),
])
def test_the_name_alone_is_hidden(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    # S2: Welsh BETH (what)
    "BETH SY'N BOD?", "BETH YN UNION?", "BETH AM Y BWS", "DWI DDIM YN GWYBOD BETH I'W WNEUD",
    "MAE'R GLYN YN DAWEL IAWN",  # the valley
    # R1: Scots MAIR (more), Cantonese JO (done) and SAM (heart)
    "A NEED MAIR HELP WI THE STAIRS", "GIE US MAIR TIME WI THE CARERS",
    "THE BUS DISNAE COME NAE MAIR", "A'D LIKE TAE GET OOT MAIR",
    "NGO LOU GUNG SEI JO", "DAY CENTRE SAAN JO", "YAM CHA HOU HOI SAM",
])
def test_the_card_goes_up_whole(text):
    assert not find_personal_details(text), _wall(text)
