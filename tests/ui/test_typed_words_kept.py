# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Words still being typed are in the recovery copy: a crash before the facilitator leaves the
box (the Purpose on Prepare, a theme's name on the wall, a reason under the why-tree, a cell of
votes, a success statement changed in place) loses nothing, and Restore puts the words back.
Keeping them adds no undo step and leaves the box open, its cursor where it was."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model import recovery
from wtfc.model.demo import demo_path
from wtfc.model.workshop import Kind, Stage
from wtfc.ui.boards.priorities_model import Column
from wtfc.ui.recovery_dialog import Choice, offer_recovery

PURPOSE = "To hear what older people in Northfield say about home care, and agree what to change"


def _active(window, qtbot):
    """Keys go to the window in front: the app is in use."""
    window.resize(1400, 880)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


@pytest.fixture
def demo(make_window, tmp_path, qtbot):
    """The demo workshop open, its stage chosen, and saved: the copy can only come from typing."""

    def at(stage: Stage):
        path = tmp_path / "day.wtfc"
        shutil.copy(demo_path(), path)
        window = _active(make_window(), qtbot)
        window.files.open_path(path, confirmed=True)
        window.go_to_stage(stage)
        window.undo.stack.setClean()
        window.files.autosaver.wait()
        return window

    return at


def _snapshot_file(window):
    return window.files.autosaver.session / recovery.SNAPSHOT_NAME


def _copy_taken(window, qtbot):
    """The copy written when the typing stopped (the idle timer's), read back."""
    qtbot.waitUntil(lambda: _snapshot_file(window).exists(), timeout=3000)
    window.files.autosaver.wait()
    return recovery.read_snapshot(window.files.autosaver.session).workshop


class _Untouched:
    """What the facilitator would notice if keeping the copy disturbed them."""

    def __init__(self, window) -> None:
        self.window, self.stack = window, window.undo.stack
        self.steps = (self.stack.count(), self.stack.index())
        self.workshop = window.doc.workshop.model_copy(deep=True)

    def check(self, editor) -> None:
        assert (self.stack.count(), self.stack.index()) == self.steps  # no step added
        assert self.stack.isClean()
        assert self.window.doc.workshop == self.workshop  # recorded only when left
        assert QApplication.focusWidget() is editor and editor.isVisible()


def test_a_purpose_being_typed_is_kept_and_comes_back_on_restore(
    make_window, workshop_file, recovery_folder, qtbot
):
    window = _active(make_window(), qtbot)
    window.files.open_path(workshop_file)
    page = window.page(Stage.PREPARE)
    page.purpose.setFocus()
    untouched = _Untouched(window)
    qtbot.keyClicks(page.purpose, PURPOSE)
    copy = _copy_taken(window, qtbot)
    assert copy.purpose == PURPOSE and copy.title == "Spring workshop"
    untouched.check(page.purpose)
    assert page.purpose.textCursor().position() == len(PURPOSE)  # typing goes on from there

    crashed = recovery_folder / "crashed"  # as a crash leaves it: no wtfc holds this folder
    crashed.mkdir()
    shutil.copy(_snapshot_file(window), crashed / recovery.SNAPSHOT_NAME)
    window.close()
    again = make_window()
    assert offer_recovery(again, ask=lambda dialog: Choice.RESTORE)
    assert again.doc.workshop.purpose == PURPOSE
    assert again.page(Stage.PREPARE).purpose.toPlainText() == PURPOSE


def test_a_purpose_pasted_too_long_stops_at_the_limit_says_so_and_is_kept(
    make_window, workshop_file, message_boxes, qtbot
):
    """The council's briefing pasted into Purpose, 4,109 characters: the box held them all,
    but the workshop keeps at most 4,000, so the recovery copy had none of it (it was only
    refused, 'too long', on leaving the box). Now the box keeps the first 4,000, says so
    under it, and the copy has them."""
    window = _active(make_window(), qtbot)
    window.files.open_path(workshop_file)
    page = window.page(Stage.PREPARE)
    page.purpose.setFocus()
    briefing = "We want to hear what older people say about home care in Northfield. " * 60
    QApplication.clipboard().setText(briefing[:4100])
    page.purpose.paste()
    assert page.purpose.toPlainText() == briefing[:4000]
    note = page.limits["purpose"].note
    assert note.isVisible() and note.text() == (
        "The Purpose box holds at most 4,000 characters, so the last 100 characters of what "
        "was pasted were left out."
    )
    qtbot.keyClicks(page.purpose, " And more")  # typed with the box full: nothing goes in
    assert page.purpose.toPlainText() == briefing[:4000]
    assert note.text() == "The Purpose box holds at most 4,000 characters: it is full."
    copy = _copy_taken(window, qtbot)
    assert copy.purpose == briefing[:4000].strip()

    qtbot.keyClick(page.purpose, Qt.Key.Key_Backspace)  # room again: the note goes
    assert not note.isVisible()
    qtbot.keyClick(page.purpose, Qt.Key.Key_Tab)  # leaving records it: nothing is refused
    assert window.doc.workshop.purpose == briefing[:3999].strip()
    assert message_boxes == []


def test_an_emoji_pasted_at_the_limit_is_left_out_whole(make_window, workshop_file, qtbot):
    """Qt counts an emoji as two, the workshop as one: the cut never splits one in half."""
    window = _active(make_window(), qtbot)
    window.files.open_path(workshop_file)
    scope = window.page(Stage.PREPARE).scope
    scope.setFocus()
    QApplication.clipboard().setText("a" * 3998 + "🙂🙂🙂")
    scope.paste()
    assert scope.toPlainText() == "a" * 3998 + "🙂🙂"
    scope.undo()  # the paste and its cut are one step in the box
    assert scope.toPlainText() == ""


def test_a_title_being_typed_names_the_copy(make_window, workshop_file, qtbot):
    window = _active(make_window(), qtbot)
    window.files.open_path(workshop_file)
    title = window.page(Stage.PREPARE).title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Northfield home care")
    qtbot.waitUntil(lambda: _snapshot_file(window).exists(), timeout=3000)
    window.files.autosaver.wait()
    snapshot = recovery.read_snapshot(window.files.autosaver.session)
    assert snapshot.workshop.title == snapshot.header.title == "Northfield home care"


def test_a_theme_name_being_typed_on_the_wall_is_kept(demo, qtbot):
    window = demo(Stage.THEME)
    theme = next(t for t in window.doc.workshop.themes if t.kind == Kind.NOT_WORKING)
    view = window.page(Stage.THEME).view
    editor = view.start_rename(theme.id)
    untouched = _Untouched(window)
    qtbot.keyClicks(editor, "I am never told who is coming")
    copy = _copy_taken(window, qtbot)
    assert next(t for t in copy.themes if t.id == theme.id).name == "I am never told who is coming"
    untouched.check(editor)
    assert editor.cursorPosition() == len("I am never told who is coming")


def test_a_reason_being_typed_under_the_why_tree_is_kept(demo, qtbot):
    window = demo(Stage.UNDERSTAND)
    page = window.page(Stage.UNDERSTAND)
    page.setCurrentWidget(page.causes)
    board = page.causes
    theme = next(t.id for t in window.doc.workshop.themes if t.priority.rank)
    board.selector.select_theme(theme)
    board.start_why()
    untouched = _Untouched(window)
    qtbot.keyClicks(board.editor, "The rota is written a week late")
    copy = _copy_taken(window, qtbot)
    [kept] = [c for c in copy.causes if c.text == "The rota is written a week late"]
    assert kept.theme_id == theme and kept.parent_id is None  # where Enter would put it
    untouched.check(board.editor)
    assert board.line.mode == "why"  # the line is still open for the rest of the reason


def test_given_up_words_are_not_offered_after_a_crash(demo, qtbot):
    """Esc on the line: nothing was recorded, so the copy of the words goes too."""
    window = demo(Stage.UNDERSTAND)
    page = window.page(Stage.UNDERSTAND)
    page.setCurrentWidget(page.causes)
    page.causes.selector.select_theme(
        next(t.id for t in window.doc.workshop.themes if t.priority.rank)
    )
    page.causes.start_why()
    qtbot.keyClicks(page.causes.editor, "Calls go to a machine")
    _copy_taken(window, qtbot)
    qtbot.keyClick(page.causes.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _snapshot_file(window).exists(), timeout=3000)


def test_votes_being_typed_in_their_cell_are_kept(demo, qtbot):
    window = demo(Stage.UNDERSTAND)
    board = window.page(Stage.UNDERSTAND).priorities
    theme = next(t.id for t in window.doc.workshop.themes if t.priority.rank)
    board.select_theme(theme, Column.VOTES)
    board.table.edit(board.table.currentIndex())
    editor = QApplication.focusWidget()
    untouched = _Untouched(window)
    qtbot.keyClicks(editor, "17")
    copy = _copy_taken(window, qtbot)
    assert next(t for t in copy.themes if t.id == theme).priority.votes == 17
    untouched.check(editor)
    assert board.table.state() == QAbstractItemView.State.EditingState


def test_a_priority_reason_being_typed_is_kept(demo, qtbot):
    window = demo(Stage.UNDERSTAND)
    board = window.page(Stage.UNDERSTAND).priorities
    theme = next(t.id for t in window.doc.workshop.themes if t.priority.rank)
    board.select_theme(theme)
    board.reason.setFocus()
    board.reason.selectAll()
    untouched = _Untouched(window)
    qtbot.keyClicks(board.reason, "Most people said it first")
    copy = _copy_taken(window, qtbot)
    assert (
        next(t for t in copy.themes if t.id == theme).priority.reason == "Most people said it first"
    )
    untouched.check(board.reason)


def test_a_success_statement_being_changed_in_place_is_kept(demo, qtbot):
    window = demo(Stage.IDENTIFY_SUCCESS)
    board = window.page(Stage.IDENTIFY_SUCCESS)
    column = next(c for c in board.columns.values() if c.list.count())
    item = column.list.item(0)
    column.list.setCurrentItem(item)
    column.list.editItem(item)
    editor = QApplication.focusWidget()
    untouched = _Untouched(window)
    editor.selectAll()
    qtbot.keyClicks(editor, "I choose when my visits are")
    copy = _copy_taken(window, qtbot)
    assert (
        next(s for s in copy.success if s.id == item.data(Qt.ItemDataRole.UserRole)).text
        == "I choose when my visits are"
    )
    untouched.check(editor)
    assert item.text() != "I choose when my visits are"  # the list shows it once recorded
