"""The Root causes page's "Show as: Tree / Fishbone": the same theme's causes either way.

The tree is where causes are asked, worded and moved; the fishbone groups them by category for
a group looking for the strands of a many-sided problem. One box is chosen in both: chosen on
the fishbone, it is the tree's chosen box when the tree comes back, and the board's keys act on
it. F (on either) or the two buttons switch; the keyboard goes to the view shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSize, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from wtfc.model.document import Document
from wtfc.ui.boards.fishbone_scene import FishboneScene
from wtfc.ui.boards.fishbone_view import FishboneView
from wtfc.ui.boards.why_tree_view import WhyTreeView
from wtfc.ui.checked_cue import bold_when_checked
from wtfc.ui.shortcut_help import describe_keys

SWITCH_KEY = ("F", "Root causes: show the tree or the fishbone (causes by category)")
FISHBONE_KEYS = [
    ("Arrow keys", "Fishbone: go along a bone (Up, Down), or to the bone beside (Left, Right)"),
    (
        "W, F2, R, A, T, M, N, C, P, Del",
        "Fishbone: the tree's keys, on the box chosen on the fishbone",
    ),
]


class FishboneSwitch(QStackedWidget):
    """The tree view and the fishbone view, one shown; ``toggle`` is the pair of buttons.
    ``room_changed``: the fishbone shown, hidden or drawn anew, so it may want other room."""

    room_changed = Signal()

    def __init__(self, doc: Document, tree: WhyTreeView, keys: Callable[[QKeyEvent], bool]) -> None:
        super().__init__()
        self.doc, self.tree = doc, tree
        self.scene = FishboneScene()
        self.fishbone = FishboneView(self.scene, keys)
        describe_keys(self.fishbone, FISHBONE_KEYS)
        self.fishbone.chosen.connect(lambda node: self.tree.select(node))
        self._theme: str | None = None
        self._stale = True
        tree.tree.rebuilt.connect(self._on_tree_rebuilt)
        tree.selection_moved.connect(self._on_tree_choice)
        self.addWidget(tree)
        self.addWidget(self.fishbone)
        self.toggle = self._make_toggle()

    def _make_toggle(self) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(row)  # exclusive: one of the two is always down
        self.buttons = {}
        for n, (name, tip) in enumerate(
            (
                ("Tree", "The why-tree: ask why, edit and move causes (F)"),
                ("Fishbone", "The theme's causes grouped by category, one bone each (F)"),
            )
        ):
            button = QPushButton(name)
            button.setCheckable(True)
            button.setChecked(n == 0)
            button.setToolTip(tip)
            button.setAccessibleName(f"Show as {name.lower()}")
            bold_when_checked(button)  # which is shown, not by shading alone
            self.group.addButton(button, n)
            self.buttons[name] = button
            box.addWidget(button)
        self.group.idClicked.connect(lambda n: self.show_shape(fishbone=n == 1))
        return row

    # -- what the board calls --------------------------------------------------------------------
    def showing_fishbone(self) -> bool:
        return self.currentWidget() is self.fishbone

    def current_view(self) -> QWidget:
        return self.fishbone if self.showing_fishbone() else self.tree

    def switch(self) -> None:
        """F: the other one."""
        self.show_shape(fishbone=not self.showing_fishbone())

    def show_shape(self, *, fishbone: bool) -> None:
        chosen = self.tree.selected_id()
        if fishbone:
            if self._stale or not self.scene.nodes:
                self._draw()
            self.fishbone.select(chosen)
        self.setCurrentWidget(self.fishbone if fishbone else self.tree)
        self.buttons["Fishbone" if fishbone else "Tree"].setChecked(True)
        if not fishbone and self.tree.sight is not None and chosen is not None:
            self.tree.select(chosen)  # the box chosen on the fishbone, in sight
        self.current_view().setFocus()
        self.room_changed.emit()

    def whole_at(self, width: int, height: int) -> bool | None:
        """Whether the fishbone would open whole at readable size were it ``width`` ×
        ``height`` (the Teams panel beside it folded, say); None while the tree is shown."""
        if not self.showing_fishbone() or not self.scene.nodes:
            return None
        return self.scene.fits(self.fishbone.sight.room(QSize(width, height)))

    def point_below_chosen(self) -> QPoint:
        """Where a menu about the chosen box opens, on the view shown."""
        node = self.tree.selected_id()
        if self.showing_fishbone():
            return self.fishbone.point_below(node)
        item = self.tree.tree.nodes.get(node) if node else None
        if item is None:
            return self.tree.viewport().mapToGlobal(QPoint(20, 20))
        corner = self.tree.mapFromScene(item.sceneBoundingRect().bottomLeft())
        return self.tree.viewport().mapToGlobal(corner)

    # -- following the tree ----------------------------------------------------------------------
    def _on_tree_rebuilt(self, theme_id: str | None) -> None:
        self._theme, self._stale = theme_id, True
        if self.showing_fishbone():
            self._draw()
            self.room_changed.emit()  # another theme's fish may be larger or smaller

    def _draw(self) -> None:
        self._stale = False
        chosen = self.fishbone.selected_id()
        self.scene.rebuild(self.doc, self._theme)
        # chosen again in the new boxes: its words and bone said as they are now (the board
        # may choose another just after, an undone edit's box, say)
        self.fishbone.select(chosen)
        self.fishbone.sight.rebuilt(self._theme)

    def _on_tree_choice(self, node: str) -> None:
        if self.showing_fishbone() and self.fishbone.selected_id() != node:
            self.fishbone.select(node)
