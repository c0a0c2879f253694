"""Room view → The current theme, when History takes the theme and brings it back.

A jump back to before the theme was made: the projector said "No theme is chosen yet." (right).
A jump forward again brought the theme back, still the wall's current theme, but the projector
kept saying "No theme is chosen yet." until the facilitator chose another (review 34 R1 R2).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QLabel

from tests.ui.settled import settle
from wtfc.model.operations.cards import add_card
from wtfc.model.workshop import Kind, Stage

NAME = "I want to know who is coming"


def _jump(view, row: int) -> None:
    view.selectionModel().setCurrentIndex(view.model().index(row, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
    settle()


def _room_says(window) -> str:
    content = window.room.window.content
    if isinstance(content, QLabel):
        return content.text()
    return " ".join(block.title for block in content.wall.blocks.values())


def test_the_room_shows_the_theme_again_when_a_jump_brings_it_back(qtbot, demo_window):
    w = demo_window
    w.go_to_stage(Stage.THEME)
    panel = w.page(Stage.THEME)
    start = w.undo.stack.index()
    unsorted = [c.id for c in w.doc.unsorted_cards(Kind.NOT_WORKING) if not c.held_back][:3]
    theme_id = panel.gestures.new_theme([(c, None) for c in unsorted], NAME)
    for i in range(3):
        w.undo.push(add_card(w.doc, kind=Kind.NOT_WORKING, text=f"Another card {i}"))
    end = w.undo.stack.index()
    panel.set_current_theme(theme_id)
    w.room.act_show.setChecked(True)
    w.room.show_view("theme")
    settle()
    assert NAME in _room_says(w)

    w.history_dock.show()
    view = w.history_dock.widget()
    _jump(view, start)  # before the theme was made
    assert _room_says(w) == "No theme is chosen yet."
    _jump(view, end)  # and back: the wall's current theme still
    assert panel.current_theme_id == theme_id
    assert NAME in _room_says(w)

    for _ in range(end - start):  # Undo back past its making, then Redo it, a step at a time
        w.undo.stack.undo()
    settle()
    assert _room_says(w) == "No theme is chosen yet."
    w.undo.stack.redo()
    settle()
    assert NAME in _room_says(w)
