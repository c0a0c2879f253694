"""Last time's file of this workshop's own date is said where it is paired, never taken without
a word (code review W1 R4): the morning's save, opened on Review, read "20 April 2027 compared
with 20 April 2027" in the room and "At our last workshop, on 20 April 2027" in the letter."""

from __future__ import annotations

import datetime as dt

from tests.ui.boards.board_workshops import TODAY, previous_file
from wtfc.export.cli import main_export
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.last_time_order import BACKWARDS, SAME_DAY
from wtfc.model.operations.details import edit_details
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.ui.boards.review import ReviewBoard

OWN_DATE = "has this workshop's own date, 1 March 2025: it may be an earlier save of this workshop"


def _dated(path, date, tmp_path, name):
    workshop = load_workshop(path).workshop.model_copy(update={"date": date})
    save_workshop(workshop, tmp_path / name)
    return tmp_path / name


def test_review_says_a_last_time_of_the_same_date_and_compares_it_all_the_same(qtbot, doc,
                                                                               undo, tmp_path):
    board = ReviewBoard(doc, undo, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.show()  # off screen, an edit only marks the board out of date
    assert board.load_previous(_dated(previous_file(tmp_path), TODAY, tmp_path, "morning.wtfc"))
    assert board.themes.topLevelItemCount() > 0  # compared as asked
    assert OWN_DATE in board.notice.text() and board.notice.isVisibleTo(board)
    assert board.notice.text().endswith("If this is the wrong file, open the earlier "
                                        "workshop's file; if a date is wrong, correct it on "
                                        "1 Prepare.")
    assert board.summary.text().endswith(SAME_DAY)
    undo.push(edit_details(doc, date=dt.date(2025, 2, 1)))  # this one dated before: backwards
    assert board.summary.text().endswith(BACKWARDS) and SAME_DAY not in board.summary.text()
    undo.push(edit_details(doc, date=dt.date(2025, 9, 1)))  # the date put right: nothing said
    assert SAME_DAY not in board.summary.text() and BACKWARDS not in board.summary.text()
    undo.stack.undo()
    undo.stack.undo()
    assert board.summary.text().endswith(SAME_DAY)  # this workshop's date back: said again


def test_the_command_warns_of_a_previous_file_of_the_same_date_and_makes_the_report(tmp_path,
                                                                                    capsys):
    demo_date = load_workshop(demo_path()).workshop.date
    morning = _dated(demo_previous_path(), demo_date, tmp_path, "morning.wtfc")
    out = tmp_path / "report.pdf"
    assert main_export(["report", "demo", "-o", str(out), "--previous", str(morning)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("Warning: Last time's workshop “Spring 2026 cycle — older people's "
                          "services” has this workshop's own date, 12 November 2026: it may be an "
                          "earlier save of this workshop")
    assert out.exists()
