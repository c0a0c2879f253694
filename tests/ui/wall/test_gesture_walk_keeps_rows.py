"""A seeded walk through the day's pages with real wall drags, renames (one left open while
the facilitator moves on) and stage moves: every row of every flow in the window keeps its
widgets, no "already deleted" error, and Undo all the way back gives the opened workshop.

Random walks like this one lost every flow's items at once after a wall drag, and then
crashed inside a layout's ``heightForWidth`` (review 23, undo_ui F1)."""

from __future__ import annotations

import random

import shiboken6
from mouse import at, drag
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLayout

from wtfc.model.workshop import Stage
from wtfc.ui.flow_layout import FlowLayout

GESTURES = 36


def _dead_rows(window) -> list[str]:
    return [type(flow.parentWidget()).__name__ for flow in window.findChildren(QLayout)
            if isinstance(flow, FlowLayout)
            and not all(shiboken6.isValid(flow.itemAt(i)) for i in range(flow.count()))]


class _Walk:
    def __init__(self, window, seed: int) -> None:
        self.window, self.pick = window, random.Random(seed)
        self.n = 0

    def wall(self):
        self.window.go_to_stage(Stage.THEME, focus=True)
        QApplication.processEvents()
        return self.window.page(Stage.THEME)

    def card(self, panel):
        shown = [c for c in panel.scene.cards.values()
                 if c.isVisible() and not c.card.held_back and c.theme_id is not None]
        card = self.pick.choice(shown)
        panel.view.setFocus()
        panel.view.focus_card(card)
        return card

    def stage(self) -> None:
        self.window.go_to_stage(self.pick.choice(list(Stage)), focus=True)

    def drag(self) -> None:
        panel = self.wall()
        card = self.card(panel)
        panel.view.ensureVisible(card)
        QApplication.processEvents()
        seen = panel.view.viewport().rect()
        blocks = [b for b in panel.scene.blocks.values()
                  if b.isVisible() and b.theme_id not in (None, card.theme_id)
                  and seen.contains(at(panel.view, b).toPoint())]
        if blocks and seen.contains(at(panel.view, card).toPoint()):
            drag(panel.view, at(panel.view, card), at(panel.view, self.pick.choice(blocks)))

    def rename(self, *, left_open: bool) -> None:
        panel = self.wall()
        self.card(panel)
        panel.wall_actions.rename.trigger()
        editor = panel.view._editor
        editor.setText(f"Renamed {self.n}")
        if left_open:  # not Enter: the next stage move records it
            self.stage()
        else:
            QTest.keyClick(editor, Qt.Key.Key_Return)

    def step(self) -> None:
        self.n += 1
        gesture = self.pick.choice(["stage", "drag", "drag", "rename", "rename open"])
        if gesture == "stage":
            self.stage()
        elif gesture == "drag":
            self.drag()
        else:
            self.rename(left_open=gesture == "rename open")
        QApplication.processEvents()
        QApplication.processEvents()  # what was deleted later, deleted


def test_a_walk_with_drags_and_renames_keeps_every_row(demo_window, qtbot, capfd):
    window = demo_window
    qtbot.waitExposed(window)
    start = window.doc.workshop.model_dump(mode="json")
    for stage in (Stage.PREPARE, Stage.COLLECT, Stage.UNDERSTAND):  # their flows built first
        window.go_to_stage(stage, focus=True)
    QApplication.processEvents()
    walk = _Walk(window, seed=8)
    for _ in range(GESTURES):
        walk.step()
        assert _dead_rows(window) == [], f"after gesture {walk.n}"
    assert window.undo.stack.count() > GESTURES // 2  # the walk did edit
    while window.undo.stack.canUndo():
        window.undo.stack.undo()
    QApplication.processEvents()
    assert window.doc.workshop.model_dump(mode="json") == start
    assert _dead_rows(window) == []
    assert "already deleted" not in capfd.readouterr().err
