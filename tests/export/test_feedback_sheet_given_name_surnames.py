"""The feedback letter, which goes to people's homes, printed "Thanks to Mary Ward for the
lift." and "Our driver is Tom Ward." with "Ann Ward" pasted to watch for: a given name before
a surname that is also a ward's or a street's word was read as a place (review 32 R1a D1)."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.importing.typed_details import shown_as_kinds

NAMES = ("Ann Ward",)
NOTE = "Thanks to Mary Ward for the lift. Our driver is Tom Ward. We met on Mary Ward Lane."


def test_the_letter_hides_the_whole_name_and_keeps_the_street():
    ws = make_workshop()
    ws = ws.model_copy(update={"actions": [a.model_copy(update={"progress_note": NOTE})
                                           for a in ws.actions]})
    pdf = feedback_sheet_pdf(ws, today=dt.date(2027, 5, 12),
                             guard=lambda text: shown_as_kinds(text, NAMES))
    text = all_text(reader(pdf))
    assert squash("Thanks to [name] for the lift. Our driver is [name]. We met on Mary Ward "
                  "Lane.") in text
    assert "Tom" not in text and "Thanks to Mary" not in text
