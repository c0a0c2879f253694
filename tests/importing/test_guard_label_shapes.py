"""A name after a label went up whole where the label did not open the card, a line or a sentence
with a colon: "NAME - SUE SMITH", "PRINT NAME: SUE SMITH", "Your name: Sue Smith", "CARERS LATE,
NAME: SUE SMITH", "CARER - SUE SMITH", and a word-name after a role's label in mixed case,
"Carer: Blessing Jones" (code review A11 S1; "Sue" is a verb too, so only the label catches it).
A label with no name in it, and a word-name after a dash with no surname, still go up whole."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    ("NAME - SUE SMITH", "NAME - [name]"), ("name - sue smith", "name - [name]"),
    ("NAME = SUE SMITH", "NAME = [name]"),
    ("PRINT NAME: SUE SMITH", "PRINT NAME: [name]"),
    ("Print name: Sue Smith", "Print name: [name]"),
    ("Your name: Sue Smith", "Your name: [name]"),
    ("CARERS LATE, NAME: SUE SMITH", "CARERS LATE, NAME: [name]"),
    ("Carers late (Name: Sue Smith)", "Carers late (Name: [name])"),
    ("Carers late - Name: Sue Smith", "Carers late - Name: [name]"),
    ("CARER - SUE SMITH", "CARER - [name]"), ("carer - sue smith", "carer - [name]"),
    ("Print name: Hope Green", "Print name: [name]"),
    ("CARERS LATE, NAME: GWENLLIAN PUGH", "CARERS LATE, NAME: [name]"),
    ("Carer: Blessing Jones", "Carer: [name]"),
    ("Carer: Patience Okafor", "Carer: [name]"),
    ("Carer: Mercy from the agency", "Carer: [name] from the agency")])
def test_a_labelled_name_in_other_shapes_is_hidden(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    "Your name: optional", "Print name - please", "Name - not given", "Name-badges please",
    "NAME-CALLING IS HURTFUL", "Carer-led support", "Carers - grace and dignity",
    "Carer - will come later", "carer - may come", "Carer - sue the council",
    "Name: optional"])
def test_a_label_or_dash_with_no_name_goes_up_whole(text):
    for typed in (text, text.upper(), text.lower()):
        assert not find_personal_details(typed), _wall(typed)
