"""Fingers on the dialogs' lists (a touch screen, real QTest touch events): a flick scrolls the
list and chooses nothing. Left to Qt a finger was a mouse: on Comment on theme… a flick up to
read on chose the last comment it passed and Delete then deleted that one, not the one tapped;
on People… a flick chose every person it passed, for a tag to be set for them all; on the
read-out's Matching themes (made after the page's lists got their fingers) it chose the last
theme it passed, for Alt+n to put the card in."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractItemView

from tests.ui.settled import settle
from tests.ui.test_touch_scroll_lists import _chosen_rows, _on_screen, _shown, _tap
from tests.ui.wall.test_wall_touch import _swipe
from wtfc.model.operations.themes import add_theme_comment
from wtfc.model.workshop import Stage
from wtfc.ui.fingers import ItemFingers, _in_combo_box
from wtfc.ui.wall.panel import WallPanel


def test_a_flick_up_the_comments_keeps_the_one_tapped_for_delete(demo_window, qtbot):
    from wtfc.ui.wall.theme_comments import ThemeCommentsDialog

    doc, undo = demo_window.doc, demo_window.undo
    theme = doc.workshop.themes[0]
    long_words = "the team said more about this and wanted it written down " * 2
    for i in range(10):
        undo.push(add_theme_comment(doc, theme_id=theme.id, comment=f"Comment {i}: {long_words}"))
    dialog = ThemeCommentsDialog(doc, undo, theme.id, parent=demo_window)
    _shown(qtbot, dialog, 460, 420)
    comments = dialog.comments
    assert comments.verticalScrollBar().maximum() > 0
    _tap(comments, comments.visualItemRect(comments.item(1)).center())
    assert comments.currentRow() == 1
    start = QPoint(60, comments.viewport().height() - 10)
    _swipe(comments, start, QPoint(60, 10))
    assert comments.verticalScrollBar().value() > 0
    assert comments.currentRow() == 1  # it chose comment 0, and Delete deleted that
    assert dialog.delete_comment()
    left = [c.split(":")[0] for c in doc.theme(theme.id).comments]
    assert "Comment 1" not in left and "Comment 0" in left


def test_a_flick_up_the_people_chooses_no_one_more(demo_window, qtbot):
    from wtfc.ui.people_dialog import PeopleDialog

    dialog = PeopleDialog(demo_window.doc, demo_window.undo)
    _shown(qtbot, dialog, 760, 420)
    table = dialog.table
    assert table.verticalScrollBar().maximum() > 0
    _tap(table, QPoint(60, table.visualRect(table.model().index(1, 0)).center().y()))
    assert _chosen_rows(table) == [1]
    start = QPoint(60, table.viewport().height() - 8)
    _swipe(table, start, QPoint(60, 8))
    assert table.verticalScrollBar().value() > 0
    assert _chosen_rows(table) == [1]  # it chose six people


def _theme_page_panel(demo_window):
    """The Theme page's side panel with its read-out and suggestions made (both are made late,
    after the page's lists were given their fingers)."""
    demo_window.resize(800, 760)  # on the offscreen screen's 800 px
    demo_window.go_to_stage(Stage.THEME, focus=True)
    settle()
    page = demo_window.page(Stage.THEME)
    panel = page if isinstance(page, WallPanel) else page.findChild(WallPanel)
    panel.suggestions.show()
    panel.toggle_readout(True)
    settle()
    return page, panel


def test_every_list_made_late_on_the_theme_page_has_fingers(demo_window):
    page, _panel = _theme_page_panel(demo_window)
    bare = [v.accessibleName() for v in page.findChildren(QAbstractItemView)
            if not v.inherits("QHeaderView") and not v.findChild(ItemFingers)
            and not _in_combo_box(v)]
    assert bare == []  # were: Matching themes, Cards in the suggestion


def test_a_finger_drawn_down_the_matching_themes_keeps_the_one_chosen(demo_window):
    _page, panel = _theme_page_panel(demo_window)
    matches = panel.readout.matches
    assert matches.isVisible() and matches.count() > 2
    matches.setCurrentRow(0)
    first = matches.visualItemRect(matches.item(0)).center()
    last = matches.visualItemRect(matches.item(matches.count() - 1)).center()
    assert _on_screen(matches, QPoint(40, last.y()))
    _swipe(matches, QPoint(40, first.y()), QPoint(40, last.y()))
    assert matches.currentRow() == 0  # it chose the last theme it passed, for Alt+n


def test_a_flick_up_the_keyboard_shortcuts_scrolls_them(demo_window):
    """F1's list of keys: left to Qt, a flick chose the rows it passed and never scrolled."""
    demo_window.resize(800, 700)
    menu = next(a.menu() for a in demo_window.menuBar().actions() if a.text() == "&Help")
    next(a for a in menu.actions() if a.text().replace("&", "") == "Keyboard shortcuts").trigger()
    dialog = demo_window.shortcuts_dialog
    dialog.resize(600, 420)
    dialog.move(20, 20)
    settle()
    tree = dialog.tree
    assert tree.verticalScrollBar().maximum() > 0
    tree.setCurrentItem(None)
    start = QPoint(60, tree.viewport().height() - 10)
    _swipe(tree, start, QPoint(60, 10))
    assert tree.verticalScrollBar().value() > 0
    assert tree.selectedItems() == []
    dialog.close()
