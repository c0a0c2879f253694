"""A "Name:" label filled with who wrote the card, the group or "don't know" was held as a name,
and the report and the letter to people's homes printed "Name: [name] Baptist church" or "Name:
[name] know" (code review A11 R1). Who wrote the card, the group and "don't know" are listed; a
word-name or a word no list knows before a group's word is the group's ("Name: Hope Church"),
and one no list knows before a number a table's ("Name: Table 3"). Names there are still hidden."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize("text", [
    "Name: Participant", "Name: Volunteer", "Name: Tenant", "Name: Resident", "Name: Client",
    "Name: Patient", "Name: Widow", "Name: Pensioner", "Name: Relative", "Name: Visitor",
    "Name: Housebound", "Name: Illegible", "Name: Signature", "Name: Forgot", "Name: Self",
    "Name: Later", "Name: PTO", "Name: Member", "Name: Foodbank", "Name: Elderly",
    "Name: Dont know", "Name: Cant read it", "Name: Hope Church", "Name: Faith group",
    "Name: Grace Baptist church", "Name: Mothers Union", "Name: Village hall",
    "Name: Sheltered housing", "Name: Older people's forum", "Name: Table 3", "Name: Group A",
    "Name: Rotary club", "Name: Residents association", "Name: Initials only"])
def test_a_name_label_with_no_name_in_it_goes_up_whole(text):
    for typed in (text, text.upper(), text.lower()):
        assert not find_personal_details(typed), _wall(typed)


@pytest.mark.parametrize(("text", "wall"), [
    ("Name: Gwenllian Pugh", "Name: [name]"),
    ("Name: Gwenllian", "Name: [name]"),
    ("Name: Gwenllian. Carers late", "Name: [name]. Carers late"),
    ("Name: Tendai is my carer", "Name: [name] is my carer"),
    ("Name: Gwenllian from the agency", "Name: [name] from the agency"),
    ("Name: Tendai my carer", "Name: [name] my carer"),
    ("Name: Hope", "Name: [name]"),
    ("Name: Grace Green", "Name: [name]"),
    ("Name: Mary Church", "Name: [name]")])
def test_a_name_in_the_label_is_still_hidden(text, wall):
    for typed, shown in ((text, wall), (text.upper(), wall.upper().replace("[NAME]", "[name]")),
                         (text.lower(), wall.lower())):
        assert _wall(typed) == shown
