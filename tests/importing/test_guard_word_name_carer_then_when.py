"""A carer named by a word-name went up whole once anything but a short list followed "is my
carer" or "from the agency is" (code review A13 S1, from d2236e12): "BLESSING IS MY CARER EVERY
MORNING", "blessing is my carer 10am", "BLESSING FROM THE AGENCY IS NEVER ON TIME" were held
before. Only what is said of the quality a carer has keeps the word-name a word: "Patience is
the main carer skill", "… my carer's best quality", "Patience from the council is wearing
thin" (test_guard_word_name_everyday_sense.py)."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact

CARDS = [
    "BLESSING IS MY CARER EVERY MORNING",
    "BLESSING IS MY CARER 10AM",
    "PATIENCE WAS MY CARER 9AM",
    "MERCY WAS MY CARER 9-10AM",
    "BLESSING WAS MY CARER ON MONDAY",
    "BLESSING WAS MY CARER LAST WEEK",
    "BLESSING IS MY CARER 3 TIMES A DAY",
    "CHARITY IS MY CARER DURING THE WEEK",
    "BLESSING WAS MY CARER UNTIL MARCH",
    "BLESSING FROM THE AGENCY IS NEVER ON TIME",
    "BLESSING FROM THE AGENCY IS USUALLY LATE",
    "BLESSING FROM THE AGENCY IS NOT VERY NICE",
    "BLESSING FROM THE AGENCY WAS IN A HURRY",
    "PATIENCE FROM THE COUNCIL WAS SUPPOSED TO RING",
    "MERCY FROM THE AGENCY IS PREGNANT",
    "BLESSING FROM THE AGENCY IS 20 MINUTES LATE EVERY DAY",
]


@pytest.mark.parametrize("card", CARDS + [c.lower() for c in CARDS])
def test_a_carer_named_by_a_word_name_stays_hidden(card):
    shown = redact(card, find_personal_details(card))
    assert shown.split()[0] == "[name]", shown


@pytest.mark.parametrize("card", [
    "PATIENCE IS THE MAIN CARER SKILL", "PATIENCE IS MY CARER'S BEST QUALITY",
    "Patience is a carer's greatest virtue", "patience from the council is running out",
    "Patience from the staff is much appreciated"])
def test_the_everyday_sense_still_goes_up(card):
    assert redact(card, find_personal_details(card)) == card
