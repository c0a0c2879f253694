"""The fishbone on screen: choose a cause by click or arrows, zoom as on the tree.

While part of the fish is out of sight a note in the corner says how to see it all (a
1366×768 laptop shows the demo's whole; a smaller window opens on the head and spine).

Up and Down go along a bone (and on to the bone across the spine), Left and Right to the next
bone on the same side, or to the theme's head at the right. The tree's own keys (W, F2, R, A,
T, M, N, C, Delete…) act here on the box chosen here, as the buttons under the view do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QGraphicsView, QLabel

from wtfc.ui.boards.common import announce
from wtfc.ui.boards.fishbone_scene import FishboneScene
from wtfc.ui.boards.why_tree_items import CauseItem, ThemeRootItem
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.boards.why_tree_sight import MARGIN, TreeSight, full_size, readable_px
from wtfc.ui.style import WALL_BACKGROUND

CUT_NOTE = "Scroll, or press Ctrl+0, to see the whole fishbone"


class FishboneSight(TreeSight):
    """Opens on the whole fish where it fits at readable size; else as large as stays
    readable, its head and spine in sight (the bones run off to the left, to scroll, which
    the view then says)."""

    def room(self, size: QSize | None = None) -> tuple[float, float]:
        """Scene px across and down the view shows at the smallest readable size, with no
        scroll bars (a fish that fits needs none); ``size``: were the view that size."""
        port = self.view.maximumViewportSize()
        if size is not None:
            port = size - (self.view.size() - port)  # less the frame, as now
        scale = readable_px() / self._text_px
        return port.width() / scale, port.height() / scale

    def _set_scale(self, scale: float) -> None:
        super()._set_scale(scale)
        self.view.say_if_cut()  # type: ignore[attr-defined]

    def open_on_theme(self) -> None:
        head = self.view.tree.nodes.get(ROOT)  # type: ignore[attr-defined]
        if head is None:
            return
        rect = self.view.sceneRect()
        port = self.view.viewport().rect()
        fit = min(port.width() / rect.width(), port.height() / rect.height(), full_size())
        floor = readable_px() / self._text_px  # grown with the app's font, as its words are
        self._set_scale(max(fit, floor))
        if fit >= floor:
            self.view.centerOn(rect.center())
        else:
            shown = self.view.mapToScene(port).boundingRect()
            box = head.sceneBoundingRect()
            self.view.centerOn(box.right() + MARGIN - shown.width() / 2, self.view.tree.spine_y)  # type: ignore[attr-defined]
        self._fitted = self._port_size()
        if self.view.selected_id() not in (None, ROOT):  # type: ignore[attr-defined]
            self.keep_chosen()  # the box chosen on the tree, found at once


class FishboneView(QGraphicsView):
    """Shows a ``FishboneScene``; ``chosen`` says which box was chosen, ``keys`` is the board's
    handler of its plain keys (True: it took the key), tried before the arrows and zoom."""

    chosen = Signal(str)

    def __init__(self, scene: FishboneScene, keys: Callable[[QKeyEvent], bool]) -> None:
        super().__init__(scene)
        self.tree = scene
        self._keys = keys
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QColor(WALL_BACKGROUND))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Fishbone")
        self.sight = FishboneSight(self, scene.tree_style.small_px)  # marks and teams readable
        self.cut_note = QLabel(CUT_NOTE, self)
        self.cut_note.setObjectName("fishboneCutNote")
        self.cut_note.setStyleSheet(
            "QLabel { background: #FFFFFF; color: #1A1A1A; border: 1px solid #3A4654;"
            " border-radius: 4px; padding: 3px 6px; }"
        )
        # a click on it goes to the box under it
        self.cut_note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.cut_note.hide()

    def selected_id(self) -> str | None:
        return next((n for n, item in self.tree.nodes.items() if item.isSelected()), None)

    def select(self, node: str | None, *, said: bool = False) -> None:
        for key, item in self.tree.nodes.items():
            item.setSelected(key == node)
        # however the box was chosen (a click, F, the board after an edit), a screen reader
        # reads what is chosen now, on its bone as now drawn
        self.setAccessibleDescription(self.describe(node) if node else "")
        if node in self.tree.nodes:
            self.sight.keep_chosen()
            if said:
                self.chosen.emit(node)

    def point_below(self, node: str | None) -> QPoint:
        """On screen, just under ``node``'s box (the view's corner when it is not drawn)."""
        item = self.tree.nodes.get(node) if node else None
        if item is None:
            return self.viewport().mapToGlobal(QPoint(20, 20))
        rect: QRectF = item.sceneBoundingRect()
        return self.viewport().mapToGlobal(self.mapFromScene(rect.bottomLeft()))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.sight, self.sight.settle)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        chosen = self.selected_id()
        if self.tree.fit_to(self.sight.room()):  # boxes as wide as let the fish fit
            self.select(chosen)
        self.sight.settle()
        self.say_if_cut()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.say_if_cut()

    def say_if_cut(self) -> None:
        """ "Scroll or Ctrl+0 to see all" in the corner while part of the fish is out of sight."""
        scene = self.scene()  # None while the window closes: its scene goes first
        if scene is None:
            return
        shown = self.mapToScene(self.viewport().rect()).boundingRect().adjusted(-1, -1, 1, 1)
        cut = bool(self.tree.nodes) and not shown.contains(scene.itemsBoundingRect())
        self.cut_note.setVisible(cut)
        if cut:
            self.cut_note.adjustSize()
            self.cut_note.move(self.viewport().x() + 8, self.viewport().y() + 8)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = next(
            (
                i
                for i in self.items(event.position().toPoint())
                if isinstance(i, CauseItem | ThemeRootItem)
            ),
            None,
        )
        if item is not None:
            self.select(item.node_id, said=True)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, plain = Qt.Key(event.key()), event.modifiers() == Qt.KeyboardModifier.NoModifier
        keypad = event.modifiers() == Qt.KeyboardModifier.KeypadModifier  # its Enter edits too
        if (plain or keypad) and self._keys(event):
            return
        if self.sight.zoom_key(event):
            return
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -2,
            Qt.Key.Key_Right: 2,
        }.get(key)
        if step is None or not plain:
            super().keyPressEvent(event)
            return
        node = self._neighbour(self.selected_id(), step)
        self.select(node, said=True)
        announce(self, self.accessibleDescription())  # the keyboard stays here: said

    def describe(self, node: str) -> str:
        """The chosen box in words, with its bone: "Selected: … On the bone Money (2)"."""
        item = self.tree.nodes.get(node)
        if not isinstance(item, CauseItem | ThemeRootItem):
            return ""
        bone = next((label.text for label, ids in self.tree.bones if node in ids), "")
        said = item.describe()
        if bone and not said.endswith((".", "!", "?", "…", ")")):
            said += "."  # "…is unpaid On the bone Money" read as one sentence
        return f"Selected: {said}" + (f" On the bone {bone}." if bone else "")

    def _neighbour(self, node: str | None, step: int) -> str:
        """Up/Down (-1/1) along the bone and across the spine; Left/Right (-2/2) to the bone
        beside on the same side, its first box; right of the last bone is the head."""
        columns = self.tree.columns()
        where = next(
            (
                (c, b, i)
                for c, bones in enumerate(columns)
                for b, ids in enumerate(bones)
                for i, n in enumerate(ids)
                if n == node
            ),
            None,
        )
        if where is None:  # the head, or nothing chosen yet
            if step == -2 and columns:
                return columns[-1][0][0]
            return ROOT
        column, bone, at = where
        ids = columns[column][bone]
        if abs(step) == 1:
            if 0 <= at + step < len(ids):
                return ids[at + step]
            across = 1 - bone  # the bone on the other side of the spine, in the same column
            if across < len(columns[column]) and (step == 1) == (bone == 0):
                other = columns[column][across]
                return other[0] if step == 1 else other[-1]
            return ids[at]
        target = column + step // 2
        if target >= len(columns):
            return ROOT
        if target < 0:
            return ids[at]
        bones = columns[target]
        return bones[min(bone, len(bones) - 1)][0]
