"""M3 survivor of c62040b8: "What was agreed" puts an action reworded since the workshop beside
the room's own words ("Changed since the workshop: was '…'"), as its chapter does. Undone, the
commissioner's one-place list printed only the new words as what was agreed; no test gave the
section a reworded action."""

from __future__ import annotations

import datetime as dt

from export_checks import demo_workshop, page_texts, squash

from wtfc.export.report import report_pdf
from wtfc.export.report_agreed import HEADING
from wtfc.model.agreed_words import CHANGED

TODAY = dt.date(2026, 11, 29)
ROOMS = "Ask the day centre to open on Saturdays"


def test_a_reworded_action_shows_the_rooms_words_in_what_was_agreed():
    ws = demo_workshop()
    first = ws.actions[0]
    ws = ws.model_copy(update={"actions": [
        a.model_copy(update={"agreed_what": ROOMS}) if a.id == first.id else a
        for a in ws.actions]})
    text = squash("".join(page_texts(report_pdf(ws, today=TODAY))))
    start = text.index(squash(HEADING))
    section = text[start:text.index(squash("Every theme, in people's own words"), start)]
    assert squash(first.what) in section
    assert squash(f"{CHANGED}: was") in section and squash(ROOMS) in section
