"""A word-name's everyday sense at a card's start was held as a name, now in mixed case too:
"Patience from the council is wearing thin" printed "[name] from the council is wearing thin",
"Patience is the main carer skill" "[name] is the main carer skill" (code review A11 R3, new
in mixed case with e648200f). After "from the <service>", "is" counts only before what is said
of a person; after "is my carer", only where what is said ends or goes on to something else."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize("text", [
    "Patience from the council is wearing thin", "Mercy from the agency is rare",
    "Charity from the team is not enough", "Patience from the team is needed",
    "Patience is the main carer skill", "Patience is our carer every time",
    "Blessing is my carer coming at all", "Patience from the office was in short supply"])
def test_a_word_names_everyday_sense_goes_up_whole(text):
    for typed in (text, text.upper(), text.lower()):
        assert not find_personal_details(typed), _wall(typed)


@pytest.mark.parametrize(("text", "wall"), [
    ("Blessing from the agency is lovely", "[name] from the agency is lovely"),
    ("Blessing from the agency is always late", "[name] from the agency is always late"),
    ("Mercy from the agency never came", "[name] from the agency never came"),
    ("Patience is my carer.", "[name] is my carer."),
    ("Patience is my carer x", "[name] is my carer x"),
    ("Blessing is my carer and she is kind", "[name] is my carer and she is kind"),
    ("Blessing is our carer from the agency", "[name] is our carer from the agency")])
def test_a_word_name_said_of_a_carer_is_still_hidden(text, wall):
    for typed, shown in ((text, wall), (text.upper(), wall.upper().replace("[NAME]", "[name]")),
                         (text.lower(), wall.lower())):
        assert _wall(typed) == shown
