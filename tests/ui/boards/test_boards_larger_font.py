"""Understand ▸ Root causes with a larger system font (150%, someone who set it to read).

The Teams panel stayed 260 px wide as its words grew: "Teams (Alt+N", "Team A: 2 older peop",
"Older people's organisatio" and the Other box were cut off. The why-tree and fishbone opened
with their smallest words at 12 px, as at the default font: the smallest text in the app.

Each test puts the application's font back: every test shares one QApplication."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QMessageBox, QPushButton, QWidget

from tests.ui.boards.board_window import root_causes_at
from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.demo import demo_path
from wtfc.ui.boards.why_tree_sight import READABLE_PX

LAPTOP, DESKTOP = (1366, 768), (1920, 1080)


@pytest.fixture
def window_at(font_scaled, qtbot, tmp_path, monkeypatch):
    """``window_at(scale)``: the demo in a window built after the system font was set to
    ``scale`` times the size wtfc's sizes were chosen beside."""
    from wtfc.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    def make(scale: float) -> MainWindow:
        font_scaled(scale)
        window = MainWindow()
        qtbot.addWidget(window)
        window.files.open_path(demo_path(), as_copy=True, confirmed=True)
        window.show()
        return window

    return make


def _board(window, qtbot, size, *, fishbone: bool):
    board = root_causes_at(window, qtbot, size)
    theme = next(t for t in board.doc.workshop.themes if t.priority.rank == 1)
    board.selector.select_theme(theme.id)
    settle()
    board.shapes.show_shape(fishbone=fishbone)
    settle()
    return board


def _cut_words(panel: QWidget) -> list[str]:
    """The panel's words and boxes shown but running past its right edge, or narrower than
    their words (a label that does not wrap)."""
    cut = []
    kinds = (QLabel, QPushButton, QAbstractSpinBox)
    for widget in [w for kind in kinds for w in panel.findChildren(kind)]:
        if not widget.isVisible():
            continue
        name = widget.text() if isinstance(widget, QLabel | QPushButton) else "a count box"
        past_edge = widget.mapTo(panel, widget.rect().topRight()).x() >= panel.width()
        unwrapped = isinstance(widget, QLabel) and not widget.wordWrap()
        if past_edge or (unwrapped and widget.width() < widget.sizeHint().width()):
            cut.append(name)
    return cut


@pytest.mark.parametrize("size", [LAPTOP, DESKTOP])
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_teams_panel_shows_its_words_whole(window_at, qtbot, scale, size):
    window = window_at(scale)
    board = _board(window, qtbot, size, fishbone=True)
    panel = board.teams
    if panel.fold.folded:  # a narrow board: the strip, its words whole, and Alt+M opens it
        strip = panel.fold.strip
        assert strip.width() >= strip.sizeHint().width()
        panel.focus_first()
        settle()
    assert not panel.fold.folded
    save_render(window, f"teams_panel_font_{scale}_{size[0]}")
    assert _cut_words(panel) == []
    first = next(iter(panel.parts.values()))
    assert first.line.text().startswith("Team A: 2 older people")


def test_at_150_percent_on_a_laptop_the_panel_folds_to_leave_the_tree_its_room(window_at, qtbot):
    """Opened at 390 px it would leave the tree 690 of the board's 1,080: the tree keeps
    the board but for the strip, and Alt+M opens the panel."""
    window = window_at(1.5)
    board = _board(window, qtbot, LAPTOP, fishbone=False)
    assert board.teams.fold.folded
    assert board.shapes.width() > 900


def test_at_the_default_font_the_panel_is_open_and_the_fishbone_whole_on_a_laptop(window_at, qtbot):
    window = window_at(1.0)
    board = _board(window, qtbot, LAPTOP, fishbone=True)
    assert not board.teams.fold.folded
    fishbone = board.shapes.fishbone
    port = fishbone.viewport().rect()
    for item in board.shapes.scene.nodes.values():
        box = fishbone.mapFromScene(item.sceneBoundingRect().adjusted(6, 6, -6, -6))
        assert port.contains(box.boundingRect())
    assert not fishbone.cut_note.isVisible()


@pytest.mark.parametrize("size", [LAPTOP, DESKTOP])
@pytest.mark.parametrize("fishbone", [False, True], ids=["tree", "fishbone"])
def test_the_boards_smallest_words_grow_with_the_system_font(window_at, qtbot, size, fishbone):
    """12 px at the default font, 18 px at 150%: never smaller than the app's own words grow."""
    window = window_at(1.5)
    board = _board(window, qtbot, size, fishbone=fishbone)
    view = board.shapes.fishbone if fishbone else board.view
    style = board.shapes.scene.tree_style if fishbone else board.scene.tree_style
    smallest = min(style.small_px, style.text_px) * view.transform().m11()
    assert smallest >= READABLE_PX * 1.5 - 0.01
    # where the fishbone no longer fits at that size, it says how to see the rest
    if fishbone:
        shown = view.mapToScene(view.viewport().rect()).boundingRect().adjusted(-1, -1, 1, 1)
        whole = shown.contains(view.scene().itemsBoundingRect())
        assert view.cut_note.isVisible() == (not whole)
    # Ctrl+0 still shows the whole board, however small
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    settle()
    shown = view.mapToScene(view.viewport().rect()).boundingRect().adjusted(-2, -2, 2, 2)
    assert shown.contains(view.sceneRect().adjusted(2, 2, -2, -2))
