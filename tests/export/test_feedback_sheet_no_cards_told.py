"""A letter from a workshop with no cards yet (made before the reviews were imported) opens
with the three questions the method asks, as before A25 R3; naming only the kinds with cards
left it nothing to name, and the letter failed to build."""

from __future__ import annotations

import datetime as dt

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet_words import feedback_words
from wtfc.model.workshop import Workshop


def test_no_cards_yet_opens_with_all_three_kinds():
    words = feedback_words(ExportContent(Workshop(), today=dt.date(2026, 11, 29)))
    assert words.intro[1].endswith("what is working in people's lives, what is not working, "
                                   "and what is important for the future.")
