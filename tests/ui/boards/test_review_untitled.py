"""A workshop with no title (every new one's until Prepare's box is filled in, and "New workshop
from this one" copies it) is "Untitled workshop" wherever Review names it: the projector read
"… compared with" and the board 'Compared with “” (last-time.wtfc)' (review 24 code_c F2)."""

from __future__ import annotations

import datetime as dt

from tests.ui.boards.board_workshops import TODAY, previous_file, sample_workshop
from tests.ui.renders import save_render
from wtfc.model.compare import compare_workshops
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.boards.welcome_room import WelcomeRoomView


def _untitled_previous(tmp_path):
    ws = load_workshop(previous_file(tmp_path)).workshop
    path = tmp_path / "last-time-untitled.wtfc"
    save_workshop(ws.model_copy(update={"title": "", "date": dt.date(2024, 4, 21)}), path)
    return path


def test_the_comparison_names_a_blank_title_untitled_workshop():
    then, now = sample_workshop(), sample_workshop()
    result = compare_workshops(then.model_copy(update={"title": "  "}),
                               now.model_copy(update={"title": ""}), today=TODAY)
    assert (result.previous_title, result.current_title) == ("Untitled workshop",) * 2
    typed = compare_workshops(then.model_copy(update={"title": "Spring 2026"}),
                              now.model_copy(update={"title": ""}), today=TODAY)
    assert typed.previous_title == "Spring 2026"
    assert compare_workshops(Workshop(title=""), Workshop(title=""),
                             today=TODAY).previous_title == "Untitled workshop"  # no themes


def test_the_board_says_compared_with_untitled_workshop(qtbot, doc, undo, tmp_path):
    board = ReviewBoard(doc, undo, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1500, 800)
    board.show()
    assert board.load_previous(_untitled_previous(tmp_path))
    summary = board.summary.text()
    assert "Compared with “Untitled workshop” (last-time-untitled.wtfc)" in summary
    assert "“”" not in summary
    save_render(board, "review_board_untitled")


def test_the_projector_names_both_workshops_when_neither_has_a_title(qtbot, tmp_path):
    now = sample_workshop().model_copy(update={"title": "", "date": dt.date(2026, 11, 12)})
    previous = Document(load_workshop(_untitled_previous(tmp_path)).workshop)
    view = ReviewRoomView(Document(now), previous, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    said = view._subtitle(view.comparison())
    assert said == "Untitled workshop: 12 November 2026 compared with 21 April 2024"
    save_render(view, "review_room_untitled")


def test_the_welcome_view_is_not_read_welcome_colon(qtbot):
    view = WelcomeRoomView(Document(sample_workshop().model_copy(update={"title": ""})))
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.grab()
    assert view.accessibleName() == "Welcome"
