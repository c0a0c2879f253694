"""The posters say a laptop clock behind the record after "Saved:", as the report, the feedback
sheet and the data already did (9013d87): the action poster and the theme posters mark what is
late by the export's day, so on 3 March 2019 nothing was late, unsaid (review 23 fix_dates)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui.export_actions import ExportController
from wtfc.ui.export_notes import record_note

WRONG_DAY = dt.date(2019, 3, 3)


def _demo(checked_on: dt.date) -> Workshop:
    """The demo, its first action checked on ``checked_on``; its next review is fine."""
    ws = load_workshop(demo_path()).workshop
    first = ws.actions[0].model_copy(update={"checked_on": checked_on})
    return ws.model_copy(update={"actions": [first, *ws.actions[1:]]})


@pytest.mark.parametrize("key", ["action-poster", "posters"])
def test_a_poster_says_the_clock_may_be_wrong(key):
    ws = _demo(dt.date(2026, 11, 26))
    note = record_note(key, ws, today=WRONG_DAY)
    assert note.startswith("\n\nPlease check: This computer's date is 3 March 2019, before the "
                           "last check recorded in this workshop (26 November 2026)")
    assert note.count("Please check:") == 1
    assert record_note(key, ws, today=dt.date(2026, 11, 26)) == ""  # a right clock: nothing


def test_a_poster_still_says_nothing_of_the_review_date():
    """The posters print no review date: one before the workshop is the report's to say."""
    ws = _demo(dt.date(2026, 11, 26)).model_copy(update={"next_review": dt.date(2020, 1, 1)})
    assert "next review" not in record_note("action-poster", ws, today=dt.date(2026, 12, 1))
    assert "next review" in record_note("report", ws, today=dt.date(2026, 12, 1))


def test_the_action_poster_s_export_saved_says_it(qtbot, tmp_path, message_boxes):
    ahead = dt.date.today() + dt.timedelta(days=30)  # a check after today: the clock is behind
    parent = QWidget()
    qtbot.addWidget(parent)
    out: Path = tmp_path / "poster.pdf"
    task = ExportController(Document(_demo(ahead)), parent).export("action-poster", out)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    # "Export saved" comes a moment after the worker ends when the progress window was up (a
    # loaded machine's slower export): it is said after that window's own processEvents
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=5000)
    assert out.exists()
    [(kind, text)] = message_boxes
    assert kind == "information"
    # the paper to print on (ea185a58), then the warning
    assert text.startswith(f"Export saved: Saved:\n{out}\n\nPrint on A1, or on A3 at half size "
                           "— not shrunk to A4. No A1 or A3 printer? Choose File ▸ Export ▸ "
                           "“Commissioner action poster on A4 sheets (PDF, to tape together)”."
                           "\n\nPlease check: This computer's date")
    assert "its clock may be wrong" in text
