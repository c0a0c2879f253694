"""A sign-off name off the names list was held only in part when a dash or "who" followed it
(code review A17 S1): "Signed: Tamsin Ferrier - Thanks" held "Tams", and the wall showed
"Signed: [name]in Ferrier - Thanks" after Redact. The name is held whole, never cut in a word."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact

_CARD = "The carers are late. "


@pytest.mark.parametrize(("sign_off", "wall"), [
    ("Signed: Tamsin Ferrier - Thanks", "Signed: [name] - Thanks"),
    ("Completed by Tamsin Ferrier who came on Tuesday",
     "Completed by [name] who came on Tuesday"),
    ("Signed: Ferrier Tamsin - ok", "Signed: [name] - ok"),
    ("Signed: Tamsin Ferrier - Please Ring Me", "Signed: [name] - Please Ring Me"),
    ("Completed by Tamsin Ferrier with mum", "Completed by [name] with mum"),
    # "Thank" was held with the name (code review A19 M1)
    ("Signed: Tamsin Ferrier Thank You", "Signed: [name] Thank You"),
])
def test_the_whole_name_is_held_never_part_of_a_word(sign_off: str, wall: str) -> None:
    for text, want in ((_CARD + sign_off, _CARD + wall),
                       ((_CARD + sign_off).upper(),
                        (_CARD + wall).upper().replace("[NAME]", "[name]"))):
        found = find_personal_details(text)
        assert all(not text[d.end].isalnum() for d in found if d.end < len(text))
        assert redact(text, found) == want
        assert "ferrier" not in redact(text, found).lower()
