"""At 150% system font on a 1920×1080 screen the Understand stage's fishbone opened on its head
with "Scroll, or press Ctrl+0…" while the Teams panel stayed open beside it; with the panel
folded to its strip the fish fits whole. The panel now folds where that lets the shown fishbone
open whole, opens again for the tree or a fish that fits beside it, and Alt+M still opens it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.boards.board_window import root_causes_at, settle
from tests.ui.renders import save_render
from wtfc.model.demo import demo_path
from wtfc.model.workshop import RoomRole
from wtfc.ui.boards.why_tree_sight import READABLE_PX

DESKTOP = (1920, 1080)


@pytest.fixture
def board_at(font_scaled, qtbot, tmp_path, monkeypatch):
    """``board_at(scale, size)``: Root causes of the demo, the system font ``scale`` times the
    usual, in a window of ``size``, on the first priority."""
    from wtfc.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    def make(scale: float, size: tuple[int, int]):
        font_scaled(scale)
        window = MainWindow()
        qtbot.addWidget(window)
        window.files.open_path(demo_path(), as_copy=True, confirmed=True)
        window.show()
        board = root_causes_at(window, qtbot, size)
        choose(board, qtbot, 1)
        return window, board

    return make


def choose(board, qtbot, rank: int) -> None:
    theme = next(t for t in board.doc.workshop.themes if t.priority.rank == rank)
    board.selector.select_theme(theme.id)
    settle(qtbot)


def whole(fishbone) -> bool:
    """Every box in sight and the note saying how to see the rest hidden."""
    port = fishbone.viewport().rect()
    boxes = [
        fishbone.mapFromScene(item.sceneBoundingRect().adjusted(6, 6, -6, -6)).boundingRect()
        for item in fishbone.tree.nodes.values()
    ]
    return all(port.contains(box) for box in boxes) and not fishbone.cut_note.isVisible()


def test_at_150_percent_on_a_desktop_the_panel_folds_so_the_fishbone_opens_whole(board_at, qtbot):
    window, board = board_at(1.5, DESKTOP)
    fold, fishbone = board.teams.fold, board.shapes.fishbone
    assert not fold.folded  # the tree has its room beside the open panel
    board.shapes.show_shape(fishbone=True)
    settle(qtbot)
    save_render(window, "fishbone_teams_fold_150_1920_folded")
    assert fold.folded and fold.strip.isVisible() and "Alt+M" in fold.strip.text()
    assert whole(fishbone)
    smallest = fishbone.tree.tree_style.small_px * fishbone.transform().m11()
    assert smallest >= READABLE_PX * 1.5 - 0.01  # at readable size, not shrunk to fit
    # a priority whose fish fits beside the open panel: open again, the fish still whole
    choose(board, qtbot, 3)
    assert not fold.folded and whole(fishbone)
    save_render(window, "fishbone_teams_fold_150_1920_priority_3_open")
    choose(board, qtbot, 1)
    assert fold.folded and whole(fishbone)
    # back to the tree: the panel opens, as it was
    qtbot.keyClick(fishbone, Qt.Key.Key_F)
    settle(qtbot)
    assert not board.shapes.showing_fishbone() and not fold.folded


def test_alt_m_still_opens_the_folded_panel_and_it_then_stays_open(board_at, qtbot):
    window, board = board_at(1.5, DESKTOP)
    fold, fishbone = board.teams.fold, board.shapes.fishbone
    board.shapes.show_shape(fishbone=True)
    settle(qtbot)
    assert fold.folded
    qtbot.keyClick(fishbone, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    settle(qtbot)
    first = next(iter(board.teams.parts.values()))
    assert not fold.folded and first.boxes[RoomRole.OLDER_PEOPLE].hasFocus()
    # opened by the facilitator: left open, the fishbone scrolled and saying so
    assert fishbone.cut_note.isVisible()
    window.resize(1900, 1060)
    settle(qtbot)
    assert not fold.folded
    save_render(window, "fishbone_teams_fold_150_1920_opened_by_alt_m")


def test_at_the_usual_font_the_panel_stays_open_beside_the_whole_fishbone(board_at, qtbot):
    _, board = board_at(1.0, DESKTOP)
    board.shapes.show_shape(fishbone=True)
    settle(qtbot)
    assert not board.teams.fold.folded and whole(board.shapes.fishbone)
