"""Two members of staff signing together are both hidden: "Signed: Colin Watson / Tamsin
Ferrier" left "Tamsin Ferrier" on the card after Redact (code review A18 S2: only the first
name after the label was held, and 53ca2287 keeps what follows the name when it is no role or
date)."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


@pytest.mark.parametrize(("text", "wall"), [
    ("I'm lonely. Signed: Colin Watson / Tamsin Ferrier", "I'm lonely. Signed: [name] / [name]"),
    ("Late. Signed: Colin Watson & Tamsin Ferrier", "Late. Signed: [name] & [name]"),
    ("Late. Completed by Colin Watson and Tamsin Ferrier",
     "Late. Completed by [name] and [name]"),
])
def test_a_second_signer_is_hidden_too(text, wall):
    assert redact(text, find_personal_details(text)) == wall


@pytest.mark.parametrize(("text", "wall"), [
    ("Signed: Colin Watson and the team", "Signed: [name] and the team"),
    ("Completed by Tamsin Ferrier and my daughter", "Completed by [name] and my daughter"),
    ("Signed: Colin Watson / Front Door", "Signed: [name] / Front Door"),
])
def test_what_follows_that_is_no_name_stays(text, wall):
    assert redact(text, find_personal_details(text)) == wall
