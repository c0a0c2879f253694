"""Help → Keyboard shortcuts (F1) lists the keys of the menus and of the page on screen, read
from the live actions; Help → About says what wtfc is and that it never uses the network."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

import wtfc
from tests.ui.settled import settle
from wtfc.model.workshop import Stage


@pytest.fixture(scope="module")
def shared_window(qapp, tmp_path_factory):
    """One window on the demo for the module, made as ``demo_window`` makes it: the tests only
    look at the list F1 opens, so each page is built once, not once a test (13 windows)."""
    from tests.ui.shared_demo_window import module_demo_window

    yield from module_demo_window(tmp_path_factory)


@pytest.fixture
def window(shared_window):
    """The module's window as a test found it: on Theme at 1400×900, its wall with no
    suggestions panel, Understand on its first tab, and no list open. (Read-out, once used,
    lists its keys for good: its test has a window of its own.)"""
    yield shared_window
    w = shared_window
    if w.shortcuts_dialog is not None:
        w.shortcuts_dialog.close()
    suggestions = w.page(Stage.THEME).wall_actions.show_suggestions
    if suggestions.isChecked():
        suggestions.trigger()
    understand = w.page(Stage.UNDERSTAND)
    understand.setCurrentWidget(understand.priorities)
    w.resize(1400, 900)
    w.go_to_stage(Stage.THEME)


def _help_action(window, text: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def _open_shortcuts(window):
    action = _help_action(window, "Keyboard shortcuts")
    assert action.shortcut().toString() == "F1"
    action.trigger()
    dialog = window.shortcuts_dialog
    assert dialog.isVisible() and not dialog.isModal()  # it can stay open beside the window
    return dialog


def test_f1_lists_the_page_keys_first_then_the_menus(window):
    dialog = _open_shortcuts(window)
    rows = dialog.visible_rows()
    assert rows[0][0] == "On the Theme page"
    assert ("On the Theme page", "M", "Move to theme…") in rows
    assert ("File", "Ctrl+S", "Save") in rows
    assert ("Edit", "Ctrl+Z", "Undo the last change") in rows
    assert ("Edit", "Ctrl+Shift+Z or Ctrl+Y", "Redo the change undone") in rows
    assert ("Stage", "Ctrl+4", "4 Understand") in rows
    # keys the wall handles itself, and the nine numbered moves as one row
    assert any(keys == "Space" and "choose" in what for _, keys, what in rows)
    numbered = [r for r in rows if r[1] == "Alt+1 … Alt+9"]
    assert len(numbered) == 1


def test_the_list_follows_the_page_on_screen(window):
    window.go_to_stage(Stage.UNDERSTAND)
    tabs = window.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.causes)
    rows = _open_shortcuts(window).visible_rows()
    page = [r for r in rows if r[0] == "On the Understand page"]
    assert any(keys == "W or Insert" and "why?" in what for _, keys, what in page)
    assert any(keys == "R" and "root cause" in what for _, keys, what in page)
    assert not any(what == "Move to theme…" for _, _, what in rows)  # the wall is not on screen


def test_read_out_keys_are_listed_once_read_out_mode_has_been_used(demo_window):
    """A window of its own: once used, read-out's keys stay listed (the others' lists lack
    them)."""
    window = demo_window
    window.page(Stage.THEME).wall_actions.readout.trigger()
    rows = _open_shortcuts(window).visible_rows()
    assert any(what == "Read-out: the next card" and "Alt+Right" in keys
               for _, keys, what in rows)


def test_typing_narrows_the_list_and_says_when_nothing_matches(window):
    dialog = _open_shortcuts(window)
    dialog.find_box.setText("redo")
    assert [(g, k) for g, k, _ in dialog.visible_rows()] == [("Edit", "Ctrl+Shift+Z or Ctrl+Y")]
    assert not dialog.nothing.isVisible()
    dialog.find_box.setText("ctrl+0")
    assert [w for _, _, w in dialog.visible_rows()] == ["Fit all"]
    dialog.find_box.setText("xylophone")
    assert dialog.visible_rows() == []
    assert dialog.nothing.isVisibleTo(dialog)
    dialog.find_box.clear()
    assert len(dialog.visible_rows()) > 30


def test_opening_the_list_again_shows_the_page_now_on_screen(window):
    first = _open_shortcuts(window)
    window.go_to_stage(Stage.IDENTIFY_SUCCESS)
    second = _open_shortcuts(window)
    assert second is not first and not first.isVisible()
    assert second.visible_rows()[0][0] == "On the Identify success page"


def test_about_says_what_wtfc_is_and_that_it_stays_offline(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    _help_action(window, "About wtfc").trigger()
    assert wtfc.__version__ in shown[0]
    assert "never uses the network" in shown[0]
    assert "Atkinson Hyperlegible" in shown[0]


def test_on_a_1366_laptop_the_stage_names_stay_whole_on_every_page(window):
    """The success board once needed 1,404 px and squeezed the stage list to "5 Ident"."""
    window.resize(1366, 768)
    for stage in Stage:
        window.go_to_stage(stage)
        assert window.navigator.width() >= window.navigator.sizeHintForColumn(0)
        assert window.page(stage).minimumSizeHint().width() <= 1366 - 240, stage


def test_on_a_laptop_at_150_percent_the_list_and_close_fit_the_screen(window, monkeypatch):
    """It opened 760×680 whatever the screen: on a 1366×768 laptop at 150% (911×512 logical
    pixels) the Close button and the list's foot were off the screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QDialogButtonBox

    laptop = QRect(0, 0, 911, 512)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: laptop)
    dialog = _open_shortcuts(window)
    assert laptop.contains(dialog.frameGeometry()), dialog.frameGeometry()
    close = dialog.findChild(QDialogButtonBox)
    assert dialog.rect().contains(close.geometry())


def test_a_long_row_wraps_and_its_tooltip_has_it_whole(window, qtbot):
    """'Move the chosen cards to theme 1 … 9 (numbered in the …' was cut with no way to read
    the rest."""
    from PySide6.QtGui import QFontMetrics

    dialog = _open_shortcuts(window)
    dialog.resize(520, 460)  # a narrow window: the long rows cannot be on one line
    settle()
    tree = dialog.tree
    lines = QFontMetrics(tree.font()).lineSpacing()
    group = tree.topLevelItem(0)
    row = next(group.child(j) for j in range(group.childCount())
               if group.child(j).text(0) == "Alt+1 … Alt+9")
    width = tree.columnWidth(1)
    assert QFontMetrics(tree.font()).horizontalAdvance(row.text(1)) > width  # too long for one
    assert tree.visualItemRect(row).height() >= 2 * lines                    # so it wraps
    assert row.toolTip(1) == row.text(1)


def test_on_a_narrow_screen_the_list_opens_as_a_column_against_the_right_edge(window,
                                                                           monkeypatch):
    """At 911×512 it opened 760×472 over nearly the whole window it explains: now a third or
    so of the screen, its full height, at the right, with the keys and their words readable
    beside each other and each group's title on one line."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics, QScreen

    from wtfc.ui.screen_fit import FRAME

    laptop = QRect(0, 0, 911, 512)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: laptop)
    dialog = _open_shortcuts(window)
    frame = dialog.frameGeometry()  # FRAME: the frame a desktop adds, about
    assert laptop.contains(frame), frame
    assert laptop.right() - frame.right() <= FRAME.width()
    assert frame.top() == 0 and frame.height() >= laptop.height() - FRAME.height()
    assert dialog.width() <= 911 * 0.42  # the window beside it stays in sight
    tree = dialog.tree
    assert tree.columnWidth(1) > tree.columnWidth(0)  # more room for the words than the keys
    title = tree.topLevelItem(0)
    lines = QFontMetrics(title.font(0)).lineSpacing()
    assert tree.visualItemRect(title).height() < 2 * lines  # "On the Theme page", one line


def test_on_a_wide_screen_it_still_opens_at_its_size_over_the_window(window, monkeypatch):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from wtfc.ui.help_menu import WANTED_SIZE

    monitor = QRect(0, 0, 1920, 1040)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: monitor)
    assert _open_shortcuts(window).size() == WANTED_SIZE


def test_understand_says_how_to_reach_the_root_causes_tab_and_the_keys_do(window, qtbot):
    """F1 on Understand did not say how to reach "2. Root causes (why?)" by keys."""
    from PySide6.QtCore import Qt

    window.go_to_stage(Stage.UNDERSTAND, focus=True)
    tabs = window.page(Stage.UNDERSTAND)
    rows = _open_shortcuts(window).visible_rows()
    assert ("On the Understand page", "Ctrl+Tab or Ctrl+Shift+Tab") in [
        (group, keys) for group, keys, what in rows if "2. Root causes (why?)" in what]
    window.shortcuts_dialog.close()
    window.activateWindow()
    qtbot.waitActive(window)
    board = tabs.currentWidget().focus_target()
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is tabs.causes
    qtbot.keyClick(tabs.causes.focus_target(), Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert tabs.currentWidget() is tabs.priorities


def test_understand_lists_only_the_keys_of_the_tab_on_screen(window):
    """F1 on "1. Choose priorities" listed the why-tree's W, R, A, T, Alt+M…, which do nothing
    there, and on "2. Root causes" the priorities' Ctrl+R; the Ctrl+Tab row stays on both."""
    window.go_to_stage(Stage.UNDERSTAND)
    tabs = window.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.priorities)
    rows = [(keys, what) for group, keys, what in _open_shortcuts(window).visible_rows()
            if group == "On the Understand page"]
    assert ("Ctrl+R", "Edit the reason") in rows
    assert not any(what.startswith("Why-tree") for _, what in rows)
    assert any(keys == "Ctrl+Tab or Ctrl+Shift+Tab" for keys, _ in rows)
    window.shortcuts_dialog.close()
    tabs.setCurrentWidget(tabs.causes)
    rows = [(keys, what) for group, keys, what in _open_shortcuts(window).visible_rows()
            if group == "On the Understand page"]
    assert ("Ctrl+R", "Edit the reason") not in rows
    assert any(keys == "W or Insert" for keys, _ in rows)
    assert any(keys == "Ctrl+Tab or Ctrl+Shift+Tab" for keys, _ in rows)


def test_the_suggestions_add_to_that_theme_key_is_listed_beside_accept(window):
    """F1 listed the panel's Ctrl+Return (Accept) and Ctrl+Delete (Dismiss) but not its
    Ctrl+Shift+Enter (Add to that theme): a QShortcut has no words of its own."""
    window.go_to_stage(Stage.THEME)
    window.page(Stage.THEME).wall_actions.show_suggestions.trigger()
    rows = [(keys, what) for group, keys, what in _open_shortcuts(window).visible_rows()
            if group == "On the Theme page"]
    at = rows.index(("Ctrl+Shift+Enter", "Add suggestion to the theme it is close to"))
    assert rows[at - 2:at] == [("Ctrl+Enter", "Accept suggestion"),
                               ("Ctrl+Delete", "Dismiss suggestion")]
