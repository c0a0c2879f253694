"""A care system's sign-off line after a card's words went to the wall with the member of
staff's name, no names pasted (review 34 R4 R6): "The carers are always late. Signed: Fenella
O.", "… - Okonjo, F (Social Worker)", "… Last updated by Okonjo F 2026-03-04T10:22:00Z", "…
Entered by FOKONJO on 04/03/2026 10:22". What follows such a label up to a comma, a date or the
line's end is a name where each word may be one; the everyday cards with those words stay."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact

_CARD = "The carers are always late. "


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("sign_off", "wall"), [
    # R4's E9 rows
    ("Signed: Fenella O.", "Signed: [name]"),
    ("- Okonjo, F (Social Worker)", "- [name] (Social Worker)"),
    ("Last updated by Okonjo F 2026-03-04T10:22:00Z",
     "Last updated by [name] 2026-03-04T10:22:00Z"),
    ("Entered by FOKONJO on 04/03/2026 10:22", "Entered by [name] on 04/03/2026 10:22"),
    # the other labels
    ("Signed by Tamsin Ferrier", "Signed by [name]"),
    ("Updated by Okonjo F", "Updated by [name]"),
    ("Author: T Ferrier", "Author: [name]"),
    ("Completed by Tamsin Ferrier, Social Worker, 04/03/2026",
     "Completed by [name], Social Worker, 04/03/2026"),
    ("Completed by Tamsin Ferrier SW", "Completed by [name] SW"),
])
def test_the_staff_name_in_a_sign_off_is_hidden(sign_off: str, wall: str) -> None:
    assert _wall(_CARD + sign_off) == _CARD + wall
    shouted = (_CARD + sign_off).upper()  # a system that writes its export in capitals
    assert _wall(shouted) == (_CARD + wall).upper().replace("[NAME]", "[name]")


@pytest.mark.parametrize("text", [
    "Signed up for the lunch club", "The carers are always late. Signed up for the lunch club",
    "Signed off sick by the GP", "Signed by the GP at last", "Signed by Mum",
    "The form was completed by Friday", "Completed by the end of May", "Completed by SW",
    "Completed by phone", "Completed by telephone review", "Completed by face to face visit",
    "Updated by the office", "Updated by text message", "Entered by the back door",
    "Entered by Key Safe", "Written by Age UK", "Author: Client", "Author: Anonymous",
    "Completed by: Self", "Completed by: Family member", "Signed: yes", "Signed for by Royal Mail",
    "The bus - Late, I (think)", "Meals - Hot, A (good)", "The food - Cold, X",
    "My favourite author is Dickens",
])
def test_the_everyday_card_stays(text: str) -> None:
    for typed in (text, text.upper(), text.lower()):
        assert _wall(typed) == typed


# a verdict on a worker or how the writer feels, after a label: no staff name (code review A19
# R8: 2c9170b1 held "Brilliant", "Useless", "Happy" as names)
@pytest.mark.parametrize("text", [
    "Support worker: Brilliant!", "My social worker: Useless!", "Social worker: Useless x",
    "Worker: Fantastic x", "Signed: Happy Customer!", "Signed: Lonely Pensioner!",
    "Signed: A Lonely Pensioner x", "Signed: Fed Up!", "Signed: Grateful Gran xx",
    "Signed: Concerned Neighbour!", "Signed: Unhappy Son!", "Key worker: Excellent.",
    "Signed: Disgusted, Tunbridge Wells",
])
def test_a_feeling_after_a_label_stays(text: str) -> None:
    assert _wall(text) == text
