"""The feedback sheet made on a laptop set to Welsh reads as the command line's does: English
month names ("12 November 2024", not "12 Tachwedd 2024"). The app makes its exports in its own
process, where the QApplication has switched the time locale to the user's."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.feedback_sheet import feedback_sheet_pdf


def test_the_feedback_sheet_made_on_a_welsh_laptop_names_english_months(welsh_time):
    text = all_text(reader(feedback_sheet_pdf(make_workshop(), today=dt.date(2026, 11, 28))))
    for said in ("On 12 November 2024 at Town hall", "By 1 April 2025. Late, not started.",
                 "This is how things stood on 28 November 2026."):
        assert squash(said) in text
    assert "Tachwedd" not in text and "Ebrill" not in text
