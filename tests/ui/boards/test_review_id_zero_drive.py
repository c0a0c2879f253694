# ruff: noqa: F811  (the drive fixture is imported)
"""On a network drive that gives every file the id 0 (python/cpython#78116), Review refused last
time's workshop ("'Spring 2026.wtfc' is this workshop's own file, so nothing would show as
changed"): the facilitator could not compare the two cycles. Now it compares them, and still
refuses the workshop's own file."""

from __future__ import annotations

import shutil

from tests.model.test_same_file import drive  # noqa: F401  (a fixture)
from tests.ui.boards.board_workshops import TODAY, previous_file
from wtfc.model.storage import save_workshop
from wtfc.ui.boards.review import ReviewBoard


def test_review_compares_with_last_times_file_on_such_a_drive(qtbot, doc, undo, drive,
                                                              tmp_path):
    last, this = drive / "Spring 2026.wtfc", drive / "Autumn 2026.wtfc"
    shutil.copy(previous_file(tmp_path), last)
    save_workshop(doc.workshop, this)
    board = ReviewBoard(doc, undo, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.current_path = lambda: this
    said: list[str] = []
    board.notice.say = lambda text, *a, **k: said.append(text)
    assert board.load_previous(last) and said == []
    assert not board.load_previous(this)
    assert said == ["'Autumn 2026.wtfc' is this workshop's own file, so nothing would show as "
                    "changed. Open last time's workshop file instead."]
