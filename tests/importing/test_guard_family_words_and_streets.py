"""Code review A7 (session 33) of the guard's third wave: cards in capitals held (and redacted)
before went up with the name whole. The MY/THE rule (7199fec2) let the word after a word no list
knows go, so "MY FELLA TARIQ IS MY CARER" and "MY HUBBY KWABENA NEVER RANG" went up (S1); the
street rule (87e5822a) released a possessive before any street's word, everyday ones too: "I WENT
TO MARYS CLOSE FRIEND", "JOHNS DRIVE TO THE SHOPS IS LONG", "WE MET AT JOHNS PLACE" (S2). Each
row is what the wall, the letter and the room view print once the card is redacted."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    # S1: a family word no list knows, then the name
    ("MY FELLA TARIQ IS MY CARER", "MY FELLA [name] IS MY CARER"),
    ("MY HUBBY TARIQ IS MY CARER", "MY HUBBY [name] IS MY CARER"),
    ("MY BESTIE GWENLLIAN IS MY CARER", "MY BESTIE [name] IS MY CARER"),
    ("MY HUBBY KWABENA NEVER RANG", "MY HUBBY [name] NEVER RANG"),
    ("MY NEICE GWENLLIAN IS MY CARER", "MY NEICE [name] IS MY CARER"),
    ("MY MISSUS AYESHA IS MY CARER", "MY MISSUS [name] IS MY CARER"),
    ("MY BLOKE TARIQ IS MY CARER", "MY BLOKE [name] IS MY CARER"),
    ("MY LODGER TARIQ IS MY CARER", "MY LODGER [name] IS MY CARER"),
    ("MY GIRL GWENLLIAN IS MY CARER", "MY GIRL [name] IS MY CARER"),
    ("MY FELLA TARIQ NEVER RANG", "MY FELLA [name] NEVER RANG"),
    ("MY OLD MAN TARIQ IS MY CARER", "MY OLD MAN [name] IS MY CARER"),
    # S2: a possessive before a word that is a street's and an everyday word
    ("I WENT TO MARYS CLOSE FRIEND", "I WENT TO [name] CLOSE FRIEND"),
    ("JOHNS DRIVE TO THE SHOPS IS LONG", "[name] DRIVE TO THE SHOPS IS LONG"),
    ("PETERS WAY OF DOING THINGS IS BEST", "[name] WAY OF DOING THINGS IS BEST"),
    ("JOHNS WALK TO THE BUS IS HARD", "[name] WALK TO THE BUS IS HARD"),
    ("PETERS VIEW IS THAT WE NEED MORE", "[name] VIEW IS THAT WE NEED MORE"),
    ("PETERS GREEN COAT IS LOVELY", "[name] GREEN COAT IS LOVELY"),
    ("JOHNS PARK BENCH IS BROKEN", "[name] PARK BENCH IS BROKEN"),
    ("MARYS COURT CASE IS NEXT WEEK", "[name] COURT CASE IS NEXT WEEK"),
    ("WE MET AT JOHNS PLACE", "WE MET AT [name] PLACE"),
    ("MARYS PLACE IS TIDY", "[name] PLACE IS TIDY"),
])
def test_the_name_is_hidden(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    # an everyday noun after MY/THE, and the word after it
    "MY HUBBY IS MY CARER", "THE GAS BOARD NEVER RANG BACK", "THE BOILER MAN NEVER RANG BACK",
    "MY OTHER HALF IS MY CARER", "THE FUNERAL DIRECTOR NEVER RANG BACK",
    "THE ELECTRICITY BOARD NEVER RANG BACK", "MY OLD MAN IS MY CARER",
    # a street: a plain street's word, or an everyday one where the card says a place
    "I LIVE ON PETERS ROAD", "I LIVE ON JOHNS AVENUE", "I LIVE IN MARGARETS COURT",
    "ANNES COURT HAS A LIFT", "I LIVE IN HELENS CLOSE", "I LIVE AT 12 PETERS CLOSE",
    "I LIVE IN HELENS CLOSE WITH MY SON", "I LIVE IN ANNE'S COURT",
])
def test_the_card_goes_up_whole(text):
    assert not find_personal_details(text), _wall(text)
