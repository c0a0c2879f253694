"""The why-tree's buttons keep to two rows at 16 pt on 1024x768 (code review A1 R8, session 37):
"Move to theme… (P)" took a third row and the tree shrank to one cause box in sight. Category…
and Move to theme… now share a More… button (the keys C and P as before), and P's menu names
each theme's kind and team as the Theme box does ("… · ✗ 4 cards · Team: Green table")."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.renders import save_render
from wtfc.model.workshop import Stage


def _row_buttons(board) -> list[QPushButton]:
    """The board's own buttons under the tree (not the Teams panel's, not Tree / Fishbone)."""
    below = board.line.geometry().bottom()
    return [b for b in board.findChildren(QPushButton)
            if b.isVisible() and not board.teams.isAncestorOf(b)
            and b.mapTo(board, b.rect().topLeft()).y() > below]


def test_two_rows_of_buttons_at_16_pt_on_1024x768(font_points, qtbot, tmp_path):
    from wtfc.model.demo import demo_path
    from wtfc.ui.main_window import MainWindow

    font_points(16)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(demo_path(), as_copy=True, confirmed=True)
    window.resize(1024, 768)
    window.show()
    window.go_to_stage(Stage.UNDERSTAND)
    page = window.page(Stage.UNDERSTAND)
    page.setCurrentWidget(page.causes)
    board = page.causes
    qtbot.waitExposed(window)
    qtbot.wait(100)
    board.view.select(next(n for n in board.scene.nodes if window.doc.get("causes", n)))
    buttons = _row_buttons(board)
    rows = {b.mapTo(board, b.rect().topLeft()).y() for b in buttons}
    save_render(window, "why_tree_buttons_16pt_1024")
    assert len(rows) <= 2, [(b.text(), b.mapTo(board, b.rect().topLeft()).y()) for b in buttons]
    for button in buttons:  # each whole, in the board
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.mapTo(board, button.rect().topRight()).x() <= board.width()
    qtbot.keyClick(board.view, Qt.Key.Key_P)  # the key as before
    menu = board.theme_move.menu
    assert menu is not None and menu.isVisible()
    save_render(menu, "why_tree_move_to_theme_menu_16pt")
    # each entry whole on the screen (a long name is cut at a word: whole in its tooltip)
    assert menu.sizeHint().width() <= 1024 - 40, [a.text() for a in menu.actions()]
    menu.close()


def _more(board) -> QPushButton:
    [button] = [b for b in board.findChildren(QPushButton) if b.text() == "More…"]
    return button


def test_more_holds_category_and_move_to_theme_for_the_mouse_and_a_screen_reader(
        qtbot, causes_board):
    board = causes_board
    board.view.select("a")
    more = _more(board)
    assert more.accessibleName() == "More: Category, Move to theme"
    assert "Category… (C)" in more.toolTip() and "Move to theme… (P)" in more.toolTip()
    assert more.focusPolicy() == Qt.FocusPolicy.TabFocus  # reached by Tab, as its neighbours
    entries = {a.text().replace("&", ""): a for a in more.menu().actions()}
    assert list(entries) == ["Category… (C)", "Move to theme… (P)"]
    entries["Move to theme… (P)"].trigger()
    assert board.theme_move.menu is not None and board.theme_move.menu.isVisible()
    board.theme_move.menu.close()
    entries["Category… (C)"].trigger()
    assert board.category.menu is not None and board.category.menu.isVisible()
    board.category.menu.close()


def test_the_p_menu_names_each_themes_kind_count_and_team(causes_board):
    board = causes_board
    board.view.select("a")
    [entry] = board.theme_move.open().actions()
    assert entry.text() == ("&1 Priority 2: I never know who is coming or when · ✗ 4 cards · "
                            "Team: Green table")
    board.theme_move.menu.close()
