"""Edit > History by every door before its list was ever made (start-up makes it at the first
use, 555226ae; code review 35 A27): Ctrl+H, the Edit menu by mouse and keyboard, the typed-ahead
question by Ctrl+H and by Redo, a read-only workshop, another workshop opened. Each test never
reads ``window.history_dock`` before the door under test is used: most History tests build it
first, so without these the made-late path would barely be tried."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.settled import settle
from tests.ui.test_history_typed_ahead import WORDS, _gone_back_and_typed, answer  # noqa: F401
from wtfc.model.operations.details import edit_details
from wtfc.ui import typed_ahead


def _edit(window) -> QMenu:
    return next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Edit")


def _item(window):
    return next(a for a in _edit(window).actions() if a.text() == "&History")


def _made(window) -> bool:
    return getattr(window, "_history_dock", True) is not None


def test_menu_click_first_shows_history_checked(demo_window, qtbot):
    w = demo_window
    item = _item(w)
    assert not item.isChecked() and item.isCheckable()
    item.trigger()  # a click on Edit > History
    qtbot.waitUntil(lambda: _made(w) and w.history_dock.isVisible())
    now = _item(w)
    assert now.isChecked() and now.shortcut().toString() == "Ctrl+H"
    assert [a.text() for a in _edit(w).actions()].count("&History") == 1
    now.trigger()
    settle()
    assert not w.history_dock.isVisible() and not _item(w).isChecked()


def test_two_quick_ctrl_h_show_then_hide(demo_window, qtbot):
    w = demo_window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    QTest.keyClick(w, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(w, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # no event loop between
    settle()
    assert _made(w) and not w.history_dock.isVisible() and not _item(w).isChecked()


def test_f1_lists_ctrl_h_before_and_after(demo_window):
    from wtfc.ui.shortcut_help import shortcut_groups

    w = demo_window

    def rows():
        page = w._stack.currentWidget()
        return [r for g in shortcut_groups(w.menuBar(), page, "On this page") for r in g.rows
                if "History" in r[1] or r[0] == "Ctrl+H"]

    before = rows()
    _item(w).trigger()
    settle()
    after = rows()
    assert before == after and before, (before, after)


def test_close_with_history_never_made(demo_window):
    w = demo_window
    w.undo.push(edit_details(w.doc, purpose="One"))
    w.undo_action.trigger()
    w.close()
    settle()
    assert not _made(w)


def test_ctrl_h_from_box_with_typed_words_first_time_then_down_asks(qtbot, demo_window, answer):  # noqa: F811
    """Session 34's question, History never made before this Ctrl+H."""
    w = demo_window
    board, start, _votes = _gone_back_and_typed(qtbot, w, history=False)
    stack = w.undo.stack
    reason = w.doc.theme("t05").priority.reason
    assert not _made(w)
    qtbot.keyClick(board.reason, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _made(w) and w.history_dock.widget().hasFocus())
    settle()
    assert stack.count() == start + 2 and w.doc.theme("t05").priority.reason == reason
    assert answer.asked == []
    answer.choice = typed_ahead.DROP
    qtbot.keyClick(w.history_dock.widget(), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: stack.index() == start + 1)
    assert answer.asked == [(WORDS, 2)]


def test_dropped_news_said_once_after_history_shown(demo_window, monkeypatch):
    w = demo_window
    said: list[str] = []
    real = w.undo._say
    monkeypatch.setattr(w.undo, "_say", lambda who, words: (said.append(words), real(who, words)))
    _item(w).trigger()
    settle()
    w.undo.push(edit_details(w.doc, purpose="First"))
    w.undo.push(edit_details(w.doc, purpose="Second"))
    w.undo_action.trigger()
    said.clear()
    w.undo.push(edit_details(w.doc, purpose="Third"))
    dropped = [s for s in said if "in History went" in s]
    assert len(dropped) == 1, said


def test_first_ctrl_h_dock_as_wide_as_before(demo_window, qtbot):
    w = demo_window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    QTest.keyClick(w, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    settle()
    QApplication.processEvents()
    from wtfc.ui.history_fit import least_width

    dock = w.history_dock  # beside the page, as wide as its rows ask, the page keeping its room
    assert dock.isVisible() and not dock.isFloating()
    assert w.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert dock.width() >= least_width(dock.widget())
    assert w.centralWidget().width() >= w.centralWidget().minimumSizeHint().width()


def test_read_only_then_first_ctrl_h(demo_window, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QMessageBox

    w = demo_window
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    path = tmp_path / "future.wtfc"
    path.write_text('{"schema_version": 99, "title": "From the future", "gadgets": []}')
    assert w.files.open_path(path, confirmed=True) and w.undo.read_only
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    QTest.keyClick(w, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert _made(w) and w.history_dock.isVisible() and _item(w).isChecked()


def test_another_workshop_then_first_ctrl_h_and_news(demo_window, qtbot):
    from wtfc.model.demo import demo_path

    w = demo_window
    w.undo.push(edit_details(w.doc, purpose="A"))
    w.undo.push(edit_details(w.doc, purpose="B"))
    w.undo_action.trigger()
    assert w.files.open_path(demo_path(), as_copy=True, confirmed=True)  # Ctrl+O another
    settle()
    w.undo.push(edit_details(w.doc, purpose="C"))  # no steps to redo here: nothing said of History
    assert "in History went" not in w.statusBar().currentMessage()
    w.undo.push(edit_details(w.doc, purpose="D"))
    w.undo_action.trigger()
    w.undo.push(edit_details(w.doc, purpose="E"))
    assert "the later step in History went" in w.statusBar().currentMessage()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    QTest.keyClick(w, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert w.history_dock.widget().model().rowCount() == w.undo.stack.count() + 1


def test_names_check_with_history_never_made_then_ctrl_h(demo_window, qtbot):
    """The names check reads ``history_dock`` (getattr): the dock is made hidden by it."""
    w = demo_window
    assert not _made(w)
    getattr(w, "history_dock", None)
    assert not w.history_dock.isVisible() and not _item(w).isChecked()
    _item(w).trigger()
    settle()
    assert w.history_dock.isVisible() and _item(w).isChecked()


def test_keyboard_in_the_edit_menu_first_then_again(demo_window, qtbot):
    """Alt+E, to History, Enter: the stand-in swapped while its own menu fires it; the menu
    opened again by keyboard still reaches History (no stale current item)."""
    w = demo_window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    edit = _edit(w)
    for round_ in range(3):
        edit.popup(w.mapToGlobal(w.rect().center()))
        qtbot.waitUntil(edit.isVisible)
        edit.setActiveAction(_item(w))
        QTest.keyClick(edit, Qt.Key.Key_Up)
        QTest.keyClick(edit, Qt.Key.Key_Down)
        assert edit.activeAction() is _item(w)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        settle()
        assert _made(w) and w.history_dock.isVisible() == (round_ % 2 == 0), round_
        assert _item(w).isChecked() == (round_ % 2 == 0)


def test_redo_with_typed_words_history_never_made_asks(qtbot, demo_window, answer):  # noqa: F811
    w = demo_window
    _board, start, _votes = _gone_back_and_typed(qtbot, w, history=False)
    stack = w.undo.stack
    answer.choice = typed_ahead.DROP
    w.redo_action.trigger()
    settle()
    assert answer.asked == [(WORDS, 2)] and stack.index() == start + 1 and not _made(w)
