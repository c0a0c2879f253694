"""Naming a group where the room chooses priorities: "Group 1 (not named yet)" is on the list
to vote on, and F2, a double click on its Theme cell or the right-click menu renames it there,
as the wall does (one undo step, the same refusals), with the projector following."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenuBar

from tests.ui.renders import save_render
from wtfc.model.operations.themes import KEEP_NAME, create_theme
from wtfc.model.workshop import Kind
from wtfc.ui.boards import priorities_room
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import Column
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.shortcut_help import shortcut_groups

GROUP = "Group 1 (not named yet)"


def _board(qtbot, doc, undo, size=(1024, 768)) -> PrioritiesBoard:
    undo.push(create_theme(doc, kind=Kind.NOT_WORKING, name=""))  # a group made on the wall
    undo.stack.clear()
    board = PrioritiesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(*size)
    board.show()
    return board


def _group(doc):
    return next(t for t in doc.workshop.themes if t.name == GROUP)


def _answer(board, monkeypatch, name: str | None) -> list[str]:
    asked: list[str] = []

    def ask(shown: str) -> str | None:
        asked.append(shown)
        return name

    monkeypatch.setattr(board.rename, "ask", ask)
    return asked


def test_f2_names_the_group_in_one_undo_step(qtbot, doc, undo, monkeypatch):
    board = _board(qtbot, doc, undo)
    group = _group(doc)
    board.select_theme(group.id, Column.THEME)
    asked = _answer(board, monkeypatch, "I want to choose my own carer")
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_F2)
    assert asked == [GROUP]  # the dialog opens on the name it has
    assert doc.theme(group.id).name == "I want to choose my own carer"
    assert board.current_theme().id == group.id  # the cursor stays on the theme renamed
    index = board.table.currentIndex().siblingAtColumn(Column.THEME)
    assert index.data() == "I want to choose my own carer"
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert doc.theme(group.id).name == GROUP
    undo.stack.redo()
    assert doc.theme(group.id).name == "I want to choose my own carer"


def test_double_click_on_the_theme_cell_renames_and_elsewhere_does_not(qtbot, doc, undo,
                                                                     monkeypatch):
    board = _board(qtbot, doc, undo)
    group = _group(doc)
    asked = _answer(board, monkeypatch, "I feel rushed")
    row = board.proxy.mapFromSource(board.model.index(board.model.row_of(group.id), 0)).row()
    for column in (Column.CARDS, Column.THEME):
        board.table.doubleClicked.emit(board.proxy.index(row, column))
    assert asked == [GROUP]
    assert doc.theme(group.id).name == "I feel rushed"


def test_the_right_click_menu_and_f1_offer_the_rename(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    assert board.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert [a.text() for a in board.table.actions()] == ["Rename theme…"]
    rows = dict(shortcut_groups(QMenuBar(), board, "Choose priorities")[0].rows)
    assert rows["F2"].startswith("Rename theme")


def test_the_walls_refusals_are_said_under_the_board(qtbot, doc, undo, monkeypatch):
    board = _board(qtbot, doc, undo)
    group = _group(doc)
    board.select_theme(group.id)
    _answer(board, monkeypatch, "  ")  # a rename to nothing never turns it back into a group
    assert not board.rename.rename_current()
    assert board.notice.text().endswith(KEEP_NAME)
    taken = doc.theme("package").name  # the name another theme of its kind has
    _answer(board, monkeypatch, taken)
    assert not board.rename.rename_current()
    assert "already" in board.notice.text()
    assert doc.theme(group.id).name == GROUP and undo.stack.count() == 0
    _answer(board, monkeypatch, None)  # Cancel: nothing said, nothing done
    assert not board.rename.rename_current()
    assert undo.stack.count() == 0


def test_read_only_says_so_without_asking(qtbot, doc, undo, monkeypatch):
    board = _board(qtbot, doc, undo)
    undo.read_only = True
    asked = _answer(board, monkeypatch, "I feel rushed")
    board.select_theme(_group(doc).id)
    assert not board.rename.rename_current()
    assert asked == []
    assert "read-only" in board.notice.text()


def test_the_room_view_follows_and_the_group_reads_as_not_named(qtbot, doc, undo, monkeypatch):
    board = _board(qtbot, doc, undo)
    drawn: list[str] = []
    real = priorities_room.draw_text

    def draw(p, rect, text, *args, **kwargs):
        drawn.append(text)
        return real(p, rect, text, *args, **kwargs)

    monkeypatch.setattr(priorities_room, "draw_text", draw)
    room = PrioritiesRoomView(doc)
    qtbot.addWidget(room)
    room.resize(1024, 768)
    room.show()
    save_render(board, "priorities_group_not_named_1024")
    save_render(room, "priorities_room_group_not_named_1024")
    assert GROUP in drawn
    group = _group(doc)
    board.select_theme(group.id)
    _answer(board, monkeypatch, "I want to choose my own carer")
    assert board.rename.rename_current()
    drawn.clear()
    room.grab()
    assert "I want to choose my own carer" in drawn and GROUP not in drawn


def test_in_the_window_f2_on_the_table_renames_not_the_walls_f2(demo_window, qtbot,
                                                                 monkeypatch):
    """The wall's Rename is F2 too: on Understand (the wall out of sight) F2 is this board's."""
    from wtfc.model.workshop import Stage

    demo_window.go_to_stage(Stage.UNDERSTAND)
    board = demo_window.page(Stage.UNDERSTAND).priorities
    theme = demo_window.doc.workshop.themes[0]
    board.select_theme(theme.id, Column.THEME)
    asked = _answer(board, monkeypatch, "I want a say in who comes")
    demo_window.activateWindow()
    board.table.setFocus()
    qtbot.waitUntil(board.table.hasFocus)
    qtbot.keyClick(board.table, Qt.Key.Key_F2)
    assert asked == [theme.name]
    assert demo_window.doc.theme(theme.id).name == "I want a say in who comes"
