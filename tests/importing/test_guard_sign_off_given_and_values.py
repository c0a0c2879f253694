"""A care system's sign-off after a card's words (code review A15 S3, R2): "Entered By: OKONJO,
Fenella" printed "Entered By: [name], Fenella" (half hidden), "- Thwaite, Gwenllian (Social
Worker)" went up whole, and "Reviewed/Assessed/Checked/Created/Submitted by …", "Signature:",
"Worker:" named staff in full; while what a record puts on the signature line ("Signed:
Refused", "Unable To Sign", "Completed by Interpreter/NOK") was held as a name."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(card: str) -> str:
    return redact(card, find_personal_details(card))


@pytest.mark.parametrize(("card", "wall"), [
    ("The carers are late. Entered By: OKONJO, Fenella", "The carers are late. Entered By: [name]"),
    ("The carers are late. Entered by Okonjo, Fenella 04/03/2026",
     "The carers are late. Entered by [name] 04/03/2026"),
    ("The carers are late - Thwaite, Gwenllian (Social Worker)",
     "The carers are late - [name] (Social Worker)"),
    ("The carers are late. Reviewed by Fenella Okonjo", "The carers are late. Reviewed by [name]"),
    ("The carers are late. Assessed by Fenella Okonjo", "The carers are late. Assessed by [name]"),
    ("The carers are late. Checked by Fenella Okonjo", "The carers are late. Checked by [name]"),
    ("The carers are late. Submitted by Fenella Okonjo",
     "The carers are late. Submitted by [name]"),
    ("The carers are late. Signature: Fenella Okonjo", "The carers are late. Signature: [name]"),
    ("The carers are late. Worker: Fenella Okonjo", "The carers are late. Worker: [name]"),
    ("I'm lonely at weekends. Completed by Okonjo, SW, 04/03/2026",
     "I'm lonely at weekends. Completed by [name], SW, 04/03/2026"),
])
@pytest.mark.parametrize("case", [str, str.upper])
def test_the_staff_name_is_hidden_whole(card, wall, case):
    assert _wall(case(card)) == case(wall).replace("[NAME]", "[name]")


@pytest.mark.parametrize("card", [
    "The carers are late. Signed: Refused", "The carers are late. Signed: Unable To Sign",
    "The carers are late. Completed by Interpreter", "The carers are late. Completed by NOK",
    "The carers are late. Recorded by Dictaphone", "The carers are late. Typed by Voice",
    "The carers are late. Entered by Front Door",
    "The carers are late. Completed by Easy Read Form", "The bus - Late, Isaac (think)",
    "Checked by the GP, Monday", "My care worker: Always Late", "Completed by myself",
])
@pytest.mark.parametrize("case", [str, str.upper])
def test_what_signs_no_one_goes_up(card, case):
    assert _wall(case(card)) == case(card)
