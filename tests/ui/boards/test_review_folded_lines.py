"""Review at 150% on a laptop folded the summary and last time's "do differently / look
again" line to one line, the rest only in a tooltip, which no keyboard reaches; ↓ left a theme
row cut by 10 px. Now a folded line is a Tab stop and whole while it has the focus, and the
tables scroll by the pixel so the chosen row is in view after ↓. Each test puts the app's font
back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox

from tests.ui.boards.board_window import settle
from tests.ui.renders import save_render
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Stage

SIZES = [(1366, 768), (1024, 768)]
SCALES = [1.0, 1.5]
DIFFERENTLY = ("Book the hall for a full day, not a morning, and send the easy-read invitation "
               "three weeks before so carers can arrange a sitter; bring the large-print cards.")


@pytest.fixture
def review_at(font_scaled, qtbot, tmp_path, monkeypatch):
    return review_maker(font_scaled, qtbot, tmp_path, monkeypatch)


def review_maker(font_scaled, qtbot, tmp_path, monkeypatch):
    """``review_at(scale, size)``: the demo's Review, built after the system font was set to
    ``scale``, compared with the demo's last time that said what it would do differently and
    when it would look again."""
    from wtfc.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    last = load_workshop(demo_previous_path()).workshop
    last.reflection.do_differently = DIFFERENTLY
    last.next_review = dt.date(2027, 5, 12)
    spring = tmp_path / "spring.wtfc"
    save_workshop(last, spring)

    def make(scale: float, size: tuple[int, int]):
        font_scaled(scale)
        window = MainWindow()
        qtbot.addWidget(window)
        window.files.open_path(demo_path(), as_copy=True, confirmed=True)
        window.resize(*size)
        window.show()
        window.go_to_stage(Stage.REVIEW)
        board = window.page(Stage.REVIEW)
        assert board.load_previous(spring)
        qtbot.waitExposed(window)
        settle(qtbot)
        return window, board

    return make


@pytest.mark.parametrize("size", SIZES)
def test_a_folded_summary_and_last_time_s_line_are_read_whole_from_the_keyboard(
        review_at, qtbot, size):
    window, board = review_at(1.5, size)
    folded = [label for label in (board.summary, board.last_said) if label.folded]
    assert folded  # at 150% on a laptop there is no room for them whole
    # from the themes list, where the keyboard lands, Shift+Tab up to last time's line and the
    # summary above it: just before the list, as on Plan (the tabs and "Open last time's
    # workshop…" come after the lists, test_review_rows_said)
    board.themes.setFocus(Qt.FocusReason.TabFocusReason)
    reached = []
    for _ in folded:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        settle(qtbot)
        label = QApplication.focusWidget()
        if label in folded and label not in reached:
            reached.append(label)
            assert label.height() >= label.unfolded_height()  # whole while focused
            save_render(window, f"review_folded_line_focused_{size[0]}_{len(reached)}")
    assert reached == folded[::-1]  # going up, in the order they are on screen
    board.themes.setFocus(Qt.FocusReason.TabFocusReason)
    settle(qtbot)
    assert all(label.height() < label.unfolded_height() for label in folded)  # folded again


def test_the_summary_s_numbers_fold_only_when_the_rows_folded_have_no_room(review_at):
    """The summary's provenance folds first, then last time's yardsticks, then the rows; the
    summary's numbers (the themes, last time's action tally) fold to a line last: at 911×512
    they folded while the yardsticks kept a line of their own."""
    _window, board = review_at(1.0, (1024, 768))  # where the provenance has a line to give
    assert not board.last_said.folded
    heights = board.heights
    summary, last = board.summary, board.last_said
    total = heights.splitter.height() - heights.splitter.handleWidth()
    lead = summary.unfolded_height() - summary.lead_off_height()
    yardsticks = last.unfolded_height() - last.folded_height()
    assert lead > 0 and yardsticks > 0
    heights._fold_summary(total, total + lead)  # the provenance is room enough
    assert summary.lead_left_out and not last.folded
    heights._fold_summary(total, total + lead + yardsticks)  # and the yardsticks' line
    assert summary.lead_left_out and last.folded
    # the rows folded need no more than that: the numbers stay, the rows fold
    heights._fold_summary(total, total + lead + yardsticks + 40, total + lead + yardsticks)
    assert summary.lead_left_out and last.folded
    heights._fold_summary(total, total + 400, total + lead + yardsticks + 1)  # they do
    assert summary.cut_short and last.folded
    heights._fold_summary(total, total)
    assert not summary.folded and not last.folded


@pytest.mark.parametrize("size", SIZES)
def test_down_through_the_themes_at_150_keeps_the_chosen_row_in_view(review_at, qtbot, size):
    _window, board = review_at(1.5, size)
    for tree in (board.themes, board.action_tree):
        assert tree.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel
    themes = board.themes
    themes.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(min(8, themes.topLevelItemCount())):
        qtbot.keyClick(themes, Qt.Key.Key_Down)
        settle(qtbot)
        row = themes.visualItemRect(themes.currentItem())
        # in view to its last pixel but one (the row's padding under its words)
        assert row.top() >= 0 and row.bottom() <= themes.viewport().height(), \
            (themes.currentItem().text(2), row, themes.viewport().height())
