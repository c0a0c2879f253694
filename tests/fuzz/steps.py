"""The gestures of a hurried facilitator on the real main window, one chosen at random a step.

Go to a stage (Ctrl+1…8, the keyboard to the page); trigger an enabled action of the page on
screen (7 in 10) or of the menu bar, with cards chosen on the wall first half the time on
Theme; type words into a box of the page (+ Enter 6 in 10); choose a row in a list, table or
tree; click a button of the page; press a key where the keyboard is (half the time after
Ctrl+1…8 put it on the page); Undo ×1-4 or Redo ×1-3 by the Edit menu; Save. On Understand's
why-tree tab, half the steps are its own keys, with words typed into its cause line.
"""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

from tests.fuzz.choices import allowed, words
from wtfc.model.workshop import Stage

K = Qt.Key
ANYWHERE_KEYS = (K.Key_Down, K.Key_Up, K.Key_Tab, K.Key_Space, K.Key_Return, K.Key_Delete,
                 K.Key_Escape, K.Key_Insert, K.Key_Right, K.Key_W, K.Key_N, K.Key_M, K.Key_F2,
                 K.Key_R, K.Key_A, K.Key_Plus)
WHY_TREE_KEYS = (K.Key_W, K.Key_W, K.Key_Down, K.Key_Up, K.Key_Left, K.Key_Right, K.Key_Return,
                 K.Key_Delete, K.Key_R, K.Key_A, K.Key_E, K.Key_F2, K.Key_Escape)


class Walk:
    """``step()`` makes one gesture on ``window`` and notes it in ``log``; ``stages``: the only
    stages it goes to (all when empty)."""

    def __init__(self, window, rng: random.Random, log: list[str],
                 stages: tuple[Stage, ...] = ()) -> None:
        self.window, self.rng, self.log = window, rng, log
        self.stages = stages or tuple(Stage)

    def page(self) -> QWidget:
        return self.window.page(self.window.shown_stage())

    def step(self) -> None:
        page, roll = self.page(), self.rng.random()
        causes = getattr(page, "causes", None)  # Understand's why-tree tab
        if causes is not None and page.currentWidget() is causes and self.rng.random() < 0.5:
            self.why_tree_keys(causes)
        elif roll < 0.10:
            self.go_to_stage()
        elif roll < 0.45:
            self.trigger_action()
        elif roll < 0.57:
            self.type_somewhere()
        elif roll < 0.65:
            self.choose_row()
        elif roll < 0.77:
            self.press_button()
        elif roll < 0.86:
            self.repeat("undo", self.window.undo_action, self.rng.randint(1, 4))
        elif roll < 0.92:
            self.repeat("redo", self.window.redo_action, self.rng.randint(1, 3))
        elif roll < 0.95:
            self.log.append("save")
            self.window.files.save()
        else:
            self.press_key()

    def go_to_stage(self) -> None:
        stage = self.rng.choice(self.stages)
        self.log.append(f"stage {stage.value}")
        self.window.go_to_stage(stage, focus=True)
        page = self.page()
        if getattr(page, "causes", None) is not None and self.rng.random() < 0.6:
            tab = self.rng.randrange(2)
            self.log.append(f"  Understand tab {tab}")
            page.setCurrentIndex(tab)

    def trigger_action(self) -> None:
        if self.window.shown_stage() == Stage.THEME and self.rng.random() < 0.5:
            self.choose_wall_cards()
        actions = self.page_actions() if self.rng.random() < 0.7 else self.menu_actions()
        if actions:
            action = self.rng.choice(actions)
            self.log.append(f"action {action.text()!r} on {self.window.shown_stage().value}")
            action.trigger()

    def page_actions(self) -> list[QAction]:
        page = self.page()
        found = set(page.findChildren(QAction))
        if hasattr(page, "currentWidget"):  # Understand's tabs: the tab on screen's own
            found |= set(page.currentWidget().findChildren(QAction))
        return _usable(found)

    def menu_actions(self) -> list[QAction]:
        return _usable({a for menu in self.window.menuBar().findChildren(QMenu)
                        for a in menu.actions()})

    def choose_wall_cards(self) -> None:
        scene = getattr(self.page(), "scene", None)
        cards = list(getattr(scene, "cards", {}).values())
        if not cards:
            return
        scene.clearSelection()
        chosen = self.rng.sample(cards, min(len(cards), self.rng.randint(1, 3)))
        for item in chosen:
            item.setSelected(True)
        self.log.append(f"choose wall cards {[c.key for c in chosen]}")

    def type_somewhere(self) -> None:
        page = self.page()
        boxes = [b for b in (*page.findChildren(QLineEdit), *page.findChildren(QPlainTextEdit))
                 if b.isVisible() and b.isEnabled() and not b.isReadOnly()]
        if boxes:
            box = self.rng.choice(boxes)
            text = words(self.rng)
            self.log.append(f"type {text!r} into {box.objectName() or box.accessibleName()!r} "
                            f"({type(box).__name__})")
            box.setFocus()
            self.type_into(box, text, enter=self.rng.random() < 0.6)

    def type_into(self, box: QWidget, text: str, *, enter: bool) -> None:
        QTest.keyClicks(box, text)
        if enter:
            QTest.keyClick(box, K.Key_Return)

    def why_tree_keys(self, board: QWidget) -> None:
        """W (Why?), arrows, Enter, Delete, R (root cause), A (act on), E and F2 (edit), Esc;
        words typed into the cause line when it is open."""
        if not self.type_in_cause_line(board):
            target = board.focus_target() if hasattr(board, "focus_target") else board
            target.setFocus()
            key = self.rng.choice(WHY_TREE_KEYS)
            self.log.append(f"why-tree: key {key.name} in {type(target).__name__}")
            QTest.keyClick(target, key)
            self.type_in_cause_line(board)

    def type_in_cause_line(self, board: QWidget) -> bool:
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and board.isAncestorOf(focus) and focus.isEnabled() \
                and self.rng.random() < 0.8:
            text = words(self.rng)
            self.log.append(f"why-tree: type {text!r} + Enter")
            self.type_into(focus, text, enter=True)
            return True
        return False

    def press_button(self) -> None:
        buttons = [b for b in self.page().findChildren(QAbstractButton)
                   if b.isVisible() and b.isEnabled() and allowed(b.text())]
        if buttons:
            button = self.rng.choice(buttons)
            self.log.append(f"button {button.text()!r} on {self.window.shown_stage().value}")
            button.click()

    def choose_row(self) -> None:
        views = [v for v in self.page().findChildren(QAbstractItemView) if v.isVisible()]
        view = self.rng.choice(views) if views else None
        model = view.model() if view is not None else None
        if model is None or model.rowCount() == 0:
            return
        row = self.rng.randrange(model.rowCount())
        self.log.append(f"choose row {row} in {type(view).__name__} {view.accessibleName()!r}")
        view.setFocus()
        view.setCurrentIndex(model.index(row, 0))

    def repeat(self, what: str, action: QAction, times: int) -> None:
        self.log.append(f"{what} ×{times}")
        for _ in range(times):
            action.trigger()

    def press_key(self) -> None:
        if self.rng.random() < 0.5:
            self.window.focus_page()
        focus = QApplication.focusWidget() or self.window
        key = self.rng.choice(ANYWHERE_KEYS)
        self.log.append(f"key {key.name} in {type(focus).__name__}")
        QTest.keyClick(focus, key)


def _usable(actions: set[QAction]) -> list[QAction]:
    """The enabled plain items among ``actions`` the walk may use, in a fixed order (a set's
    order changes from run to run, and a seed should walk the same way each time)."""
    return sorted((a for a in actions
                   if a.isEnabled() and not a.isSeparator() and a.menu() is None
                   and allowed(a.text(), ("undo", "redo"))),
                  key=lambda a: a.text())
