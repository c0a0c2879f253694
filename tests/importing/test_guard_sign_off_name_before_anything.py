"""A sign-off name the lists do not know is held whatever ends it: a kiss, "!", a dash with no
space, quotes, "..." (code review A18 S1: 3162baf6 held "Tamsin Ferrier" only before a short set
of endings, and released it whole before anything else)."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


@pytest.mark.parametrize(("text", "wall"), [
    ("The carers are late. Signed: Tamsin Ferrier x", "The carers are late. Signed: [name] x"),
    ("Late again. Signed by: Kristin Dalton x", "Late again. Signed by: [name] x"),
    ("Nobody rang. Signed: Aston Whitton!", "Nobody rang. Signed: [name]!"),
    ("Nobody rang. Signed: Tamsin Ferrier -Thanks", "Nobody rang. Signed: [name] -Thanks"),
    ("Nobody rang. Signed: Fenella Okonjo x", "Nobody rang. Signed: [name] x"),
])
def test_a_sign_off_name_is_hidden_whatever_ends_it(text, wall):
    assert redact(text, find_personal_details(text)) == wall


@pytest.mark.parametrize("text", ["Signed up for the lunch club!", "Completed by Friday - great",
                                  "I signed the form x"])
def test_everyday_signing_stays_as_typed(text):
    assert not find_personal_details(text)
