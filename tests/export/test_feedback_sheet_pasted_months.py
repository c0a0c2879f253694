"""The letter to homes with May Smith and April Jones pasted: a note at the check "Since May
the carers ring ahead; the new rota started on 12 April" printed as "Since [name] the carers
ring ahead; … started on 12 [name]" (whole-day walk W2 R2). Dates print; the names still go."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.importing.typed_details import shown_as_kinds

NAMES = ("May Smith", "April Jones", "June Day", "Zebedee")
W2_NOTE = "Since May the carers ring ahead; the new rota started on 12 April"


def test_the_letter_prints_the_dates_and_hides_the_names():
    ws = make_workshop()
    note = f"{W2_NOTE}. May rang the office and I told April."
    ws = ws.model_copy(update={"actions": [a.model_copy(update={"progress_note": note})
                                           for a in ws.actions]})
    pdf = feedback_sheet_pdf(ws, today=dt.date(2027, 5, 12),
                             guard=lambda text: shown_as_kinds(text, NAMES))
    text = all_text(reader(pdf))
    assert squash(f"{W2_NOTE}. [name] rang the office and I told [name].") in text
