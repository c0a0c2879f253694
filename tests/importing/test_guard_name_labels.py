"""A name after a "Name:" label with no role before it went to the wall, the projector and the
PDFs whole with no names pasted, in any case ("Name: Sue Smith", "NAME: SUE SMITH", "name: sue
smith"), and so did a word-name after a role's label in mixed case ("Carer: Sue Smith", caught
in capitals and lower case). What fills a label when no name is given stays ("Name: not known")."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    ("Name: Sue Smith", "Name: [name]"),
    ("NAME: SUE SMITH", "NAME: [name]"),
    ("name: sue smith", "name: [name]"),
    ("Name: sue smith", "Name: [name]"),
    ("NAME: SUE", "NAME: [name]"),
    ("Name: Hope Green", "Name: [name]"),
    ("name: gwenllian pugh", "name: [name]"),
    ("Full name: Sue Smith", "Full name: [name]"),
    ("Carers late again. Name: Sue Smith", "Carers late again. Name: [name]"),
    ("Carer: Sue Smith", "Carer: [name]"),
    ("Carer: Sue", "Carer: [name]"),
    ("Carer: Hope Green is kind", "Carer: [name] is kind"),
    ("Social worker: Sue Smith", "Social worker: [name]"),
])
def test_the_labelled_name_is_hidden(text, wall):
    for typed, shown in ((text, wall), (text.upper(), wall.upper().replace("[NAME]", "[name]")),
                         (text.lower(), wall.lower())):
        assert _wall(typed) == shown


@pytest.mark.parametrize("text", [
    "Name: not known", "NAME: UNKNOWN", "Name: withheld", "Name: anonymous", "Name: tbc",
    "Name: see over", "Name: n/a", "Name: Carers Together group", "Name and address on the form",
    "Carer: none", "Carers: different every day", "Carer: from the agency",
    "Carer: Grace period over", "Nurse: Never came", "Carer: Frank about things",
])
def test_a_label_with_no_name_goes_up_whole(text):
    for typed in (text, text.upper(), text.lower()):
        assert not find_personal_details(typed), _wall(typed)
