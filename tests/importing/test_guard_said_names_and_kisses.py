"""Code review A5 (session 33) of the guard's second wave: a name a card says a person has
("MY CARERS NAME IS TARIQ", "… NAME IS: SUE", "my mums name was grace") went to the wall whole
once only a listed name right after "NAME IS" was caught (S1); a card in capitals signed "x"
or with "5pm" lost every capitals rule (S2); "MY HUBBY IS MY CARER", "THE GAS BOARD NEVER RANG
BACK" were held with "[name]" (R1), and so were streets named for a saint or a person, "I LIVE ON
PETERS ROAD" (R2), and the town "KING'S LYNN" (R5); half a name stayed on the wall ("JOHN A
SMITH", "hope j. green") or all of it ("HOPE J GREEN HELPS ME", "sue van der berg helps me")
(R3). Each row is what the wall, the letter and the room view print once the card is redacted."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    # S1: the word after "<role>'s name is/was", past ":", "-" or a quote, whatever it is
    ("MY CARERS NAME IS TARIQ", "MY CARERS NAME IS [name]"),
    ("MY CARERS NAME IS AYESHA", "MY CARERS NAME IS [name]"),
    ("MY CARERS NAME IS GWENLLIAN", "MY CARERS NAME IS [name]"),
    ("MY CARERS NAME IS PRECIOUS", "MY CARERS NAME IS [name]"),
    ("MY CARERS NAME IS BLESSING", "MY CARERS NAME IS [name]"),
    ("MY SUPPORT WORKERS NAME IS TARIQ", "MY SUPPORT WORKERS NAME IS [name]"),
    ("MY PAS NAME IS TARIQ", "MY PAS NAME IS [name]"),
    ("MY CARERS NAME IS: SUE", "MY CARERS NAME IS: [name]"),
    ("MY CARERS NAME IS - JOY", "MY CARERS NAME IS - [name]"),
    ("MY CARERS NAME IS 'HOPE'", "MY CARERS NAME IS '[name]'"),
    ("MY CARERS NAME IS ‘SUE’", "MY CARERS NAME IS ‘[name]’"),
    ("MY CARERS NAME WAS SUE", "MY CARERS NAME WAS [name]"),
    ("MY CARERS NAME’S SUE", "MY CARERS NAME’S [name]"),
    ("MY CARERS’ NAME IS SUE", "MY CARERS’ NAME IS [name]"),
    ("MY HUSBANDS NAME WAS BILL", "MY HUSBANDS NAME WAS [name]"),
    ("HER NAME IS SUE SMITH", "HER NAME IS [name]"),
    ("MY CARER IS CALLED TARIQ", "MY CARER IS CALLED [name]"),
    ("my carers name is tariq", "my carers name is [name]"),
    ("my carers name is: sue", "my carers name is: [name]"),
    ("my carers name was karen", "my carers name was [name]"),
    ("my mums name was grace", "my mums name was [name]"),
    ("My carer's name is: Sue", "My carer's name is: [name]"),
    ("My carers name: Sue", "My carers name: [name]"),
    # R3: the surname after it, in lower case too; a name whole, with A, I or O as its initial
    # before a surname, in capitals whatever is said after it, in lower case with its particles
    ("my carers name is hope green", "my carers name is [name]"),
    ("JOHN A SMITH CAME LATE", "[name] CAME LATE"),
    ("MARY O SMITH CAME LATE", "[name] CAME LATE"),
    ("Mary I Jones helps me", "[name] helps me"),
    ("hope j. green came late", "[name] came late"),
    ("HOPE J GREEN HELPS ME", "[name] HELPS ME"),
    ("HOPE J. GREEN HELPS ME", "[name] HELPS ME"),
    ("MARY J GREEN HELPS ME", "[name] HELPS ME"),
    ("sue van der berg helps me", "[name] helps me"),
    ("jo de souza came late", "[name] came late"),
    ("Thanks Mary A Lot", "Thanks [name] A Lot"),
    ("THANKS MARY A LOT", "THANKS [name] A LOT"),
    ("John I think is late", "[name] I think is late"),
    # S2: a card in capitals signed with a kiss, or with a time, is read as in capitals
    ("MARY DROVE ME x", "[name] DROVE ME x"),
    ("GWENLLIAN IS MY CARER x", "[name] IS MY CARER x"),
    ("THANK YOU MARK, SUE AND JO xx", "THANK YOU [name], [name] AND [name] xx"),
    ("THANKS TO MARK & SUE xx", "THANKS TO [name] & [name] xx"),
    ("ROSE AND JOY FROM THE AGENCY ARE KIND x", "[name] AND [name] FROM THE AGENCY ARE KIND x"),
    ("I STAY AT JOHNS HOUSE x", "I STAY AT [name] HOUSE x"),
    ("TODAY TARIQ NEVER RANG BACK AT 5pm", "TODAY [name] NEVER RANG BACK AT 5pm"),
    ("MY CARERS NAME IS MARY x", "MY CARERS NAME IS [name] x"),
    # R2: the person's home is still theirs
    ("I STAY AT JOHNS HOUSE", "I STAY AT [name] HOUSE"),
    ("I STAY AT JOHN'S HOUSE", "I STAY AT [name] HOUSE"),
    ("My carer Lynn is kind", "My carer [name] is kind"),
    # R1: a name no list knows is still one after a role or OUR
    ("THE CARER TARIQ NEVER RANG BACK", "THE CARER [name] NEVER RANG BACK"),
    ("OUR GWENLLIAN IS MY CARER", "OUR [name] IS MY CARER"),
    ("MY SON TARIQ NEVER RANG", "MY SON [name] NEVER RANG"),
    ("THE LOVELY AYESHA IS MY CARER", "THE LOVELY [name] IS MY CARER"),
])
def test_the_name_is_hidden(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    # what is said of a name, not the name
    "MY CARERS NAME IS WRONG", "MY CARERS NAME IS NOT ON THE ROTA",
    "MY CARERS NAME IS SPELT WRONG", "THE CARERS NAME IS NEVER SAID",
    "My carers name is on the form", "MY HUSBANDS NAME IS STILL ON THE BILLS",
    "MY DOCTORS NAME IS HARD TO SAY", "MY SOCIAL WORKERS NAME IS UNKNOWN TO ME",
    "MY CARERS NAME IS DIFFERENT EVERY DAY", "my carers name is different every day",
    "THE NURSES NAME IS ON HER BADGE", "MY CARERS NAME WAS NEVER GIVEN",
    "MY CARER IS CALLED AWAY A LOT", "The doctor is called every week",
    "SUE I SAID NO", "HOPE A CARER COMES", "i went to la la land", "the cafe de la paix is nice",
    # R1: a family word, a misspelt role or a body after MY or THE, and the word after that
    "MY HUBBY IS MY CARER", "MY NEICE IS MY CARER", "MY DAUGTHER IS MY CARER",
    "THE MISSUS IS MY CARER", "MY OTHER HALF IS MY CARER", "MY GRANSON NEVER RANG BACK",
    "MY CAREWORKER IS MY CARER", "THE BOARD NEVER RANG BACK", "THE GAS BOARD NEVER RANG BACK",
    "THE ENGINEER NEVER RANG BACK", "THE BOILER MAN NEVER RANG BACK", "MY MP NEVER RANG BACK",
    "THE FUNERAL DIRECTOR NEVER RANG BACK", "THE FIRE BRIGADE NEVER RANG BACK",
    # R2: a given name's possessive before a street's word names the street
    "I LIVE ON PETERS ROAD", "I LIVE ON JOHNS AVENUE", "I LIVE IN MARGARETS COURT",
    "ANNES COURT HAS A LIFT", "THE BUS STOPS ON PETERS ROAD", "I LIVE IN HELENS CLOSE",
    "I LIVE ON PETER'S ROAD", "I LIVE IN ANNE'S COURT",
    # R5: the town, with its apostrophe too
    "KING'S LYNN IS TOO FAR", "KING’S LYNN IS TOO FAR", "I LIVE IN KING'S LYNN",
    "King's Lynn is too far", "Kings Lynn is too far",
    # a kiss or a time brings no hold the card in capitals has not
    "WILL IT RAIN x", "MY SON MAY VISIT AT 5pm", "HOLLY AND IVY ON THE DOOR xx",
    "I TAKE 5mg AT 10am", "THANK YOU ALL xxx",
])
def test_the_card_goes_up_whole(text):
    assert not find_personal_details(text), _wall(text)
