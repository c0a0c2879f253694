"""A drawn why-tree: the scene built from the document, and the view that navigates and drags.

The view only reports gestures (``WhyTreeGestures``); the board turns them into commands. A drag
is one undo step, asked for on release and only if the cause landed on another node.
"""

from __future__ import annotations

from typing import Protocol

import networkx as nx
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QTransform
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
)

from wtfc.model.document import Document
from wtfc.model.operations.causes import descendants
from wtfc.ui.boards.common import announce
from wtfc.ui.boards.why_tree_items import (
    CauseItem,
    ThemeRootItem,
    TreeStyle,
    link_path,
    theme_cards,
)
from wtfc.ui.boards.why_tree_keys import neighbour
from wtfc.ui.boards.why_tree_layout import ROOT, why_tree
from wtfc.ui.boards.why_tree_sight import MAX_SCALE, MIN_SCALE, ZOOM_KEYS, TreeSight
from wtfc.ui.boards.why_tree_wrap import fitted_layout
from wtfc.ui.fingers import CanvasFingers
from wtfc.ui.style import WALL_BACKGROUND

WHY_TREE_KEYS = [  # what the why-tree's keys do, for the help (F1) and screen readers
    ("Arrow keys", "Why-tree: go to the box above, below or beside"),
    # one list for every kind: a future (★) theme's own box asks its own question (cause_line)
    ("W or Insert", "Why-tree: ask \"why?\" under the chosen box; of a future (★) theme's "
     "own box, \"what is in the way?\""),
    ("F2 or Enter", "Why-tree: change the words of the chosen cause"),
    ("R", "Why-tree: mark or unmark a root cause"),
    ("A", "Why-tree: mark or unmark \"we will act on this\""),
    ("T", "Why-tree: set the team for the branch"),
    ("M", "Why-tree: move the branch under another box"),
    ("Ctrl+X, then Ctrl+V", "Why-tree: cut a branch, then put it under the chosen box"),
    ("Delete", "Why-tree: delete the cause and the reasons below it"),
    ("N", "Why-tree: add an action for the chosen cause"),
    ("Escape", "Why-tree: stop typing, or forget the cut branch"), *ZOOM_KEYS]


class WhyTreeScene(QGraphicsScene):
    """The items of one theme's why-tree, laid out top-down."""

    rebuilt = Signal(object)  # the theme whose tree was drawn (None: no tree)

    def __init__(self, style: TreeStyle) -> None:
        super().__init__()
        self.tree_style = style  # not `style`: that would hide QGraphicsScene.style()
        self.nodes: dict[str, QGraphicsItem] = {}
        self._links: list[QGraphicsItem] = []  # Python refs keep PySide from collecting them
        self._graph: nx.DiGraph | None = None
        self.room_across: float | None = None  # scene px the rows wrap to (None: never)
        self.setBackgroundBrush(WALL_BACKGROUND)

    def rebuild(self, doc: Document, theme_id: str | None) -> None:
        self.clear()
        self.nodes, self._links, self._graph = {}, [], None
        theme = doc.get("themes", theme_id) if theme_id else None
        if theme is None:
            self.setSceneRect(0, 0, 10, 10)
            self.rebuilt.emit(None)
            return
        self._graph = why_tree(doc, theme.id)
        self.nodes[ROOT] = ThemeRootItem(theme, theme_cards(doc, theme), self.tree_style)
        for node in self._graph.nodes:
            if node != ROOT:
                self.nodes[node] = CauseItem(doc.get("causes", node), self.tree_style)
        for item in self.nodes.values():
            self.addItem(item)
        self._place()
        self.rebuilt.emit(theme.id)

    def fit_across(self, room: float | None) -> None:
        """Lay the tree out again, its rows wrapped to ``room`` scene px across (the view's
        width at the smallest readable size); the boxes, and which is chosen, stay."""
        if room == self.room_across:
            return
        self.room_across = room
        if self._graph is not None:
            self._place()

    def _place(self) -> None:
        assert self._graph is not None
        for link in self._links:
            self.removeItem(link)
        sizes = {n: (i.boundingRect().width() - 12, i.boundingRect().height() - 12)
                 for n, i in self.nodes.items()}
        positions, spines = fitted_layout(self._graph, sizes, self.room_across,
                                          h_gap=self.tree_style.h_gap,
                                          v_gap=self.tree_style.v_gap)
        for node, item in self.nodes.items():
            item.setPos(*positions[node])
        self._links = []
        for parent, child in self._graph.edges:
            if child in spines:  # a cause on a wrapped row hangs from the spine
                first = next(iter(self._graph.successors(parent)))
                link = spine_link(self._box(parent), self._box(child), spines[child],
                                  self._box(first).top(), self.tree_style.v_gap)
            else:
                link = link_path(self._box(parent), self._box(child))
            self._links.append(link)
            self.addItem(link)
        # 16 px, not 40, above the theme's box: the tree opens that much higher, so a laptop's
        # 1366×768, with the status bar (22 px) at the window's foot, shows every first answer whole
        self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -16, 40, 40))

    def _box(self, node: str) -> QRectF:
        item = self.nodes[node]
        return item.mapRectToScene(item.boundingRect().adjusted(6, 6, -6, -6))


def spine_link(parent: QRectF, child: QRectF, spine: float, first_top: float, gap: float
               ) -> QGraphicsPathItem:
    """From the parent down to its first row's level (``first_top`` is that row's top), along
    to the spine, down it to the middle of the ``gap`` above ``child``'s row and across."""
    level = (parent.bottom() + first_top) / 2
    above = child.top() - gap / 2
    path = QPainterPath(QPointF(parent.center().x(), parent.bottom()))
    for x, y in ((parent.center().x(), level), (spine, level), (spine, above),
                 (child.center().x(), above), (child.center().x(), child.top())):
        path.lineTo(x, y)
    item = link_path(parent, child)  # the tree's own pen and depth
    item.setPath(path)
    return item


class WhyTreeGestures(Protocol):
    """What the board does with the view's gestures."""

    def drop_cause(self, cause_id: str, target_id: str | None) -> bool: ...

    def key_command(self, event: QKeyEvent) -> bool: ...

    def refresh_tree(self) -> None: ...


class TreeFingers(CanvasFingers):
    """The facilitator's why-tree under a finger: one scrolls it and two pinch it, a tap
    chooses a box, and only a finger held still on a cause picks it up to drag (one undo step,
    as the mouse's). Left to Qt, a flick to scroll that began on a box hung it under another."""

    area: WhyTreeView

    def landed(self, at: QPointF) -> bool:
        return isinstance(self.area._node_at(at), CauseItem)

    def let_go(self) -> None:
        """A second finger landed mid-drag (a pinch): the cause goes back where it was."""
        self.area._set_target(None)

    def zoom(self, factor: float) -> None:
        """As Ctrl+= and Ctrl+- zoom it, within the same limits."""
        view, sight = self.area, self.area.sight
        scale = max(MIN_SCALE, min(MAX_SCALE, view.transform().m11() * factor))
        view.setTransform(QTransform.fromScale(scale, scale))
        if sight is not None:
            sight._fitted = None  # zoomed by hand: a change of the view's size keeps it


class WhyTreeView(QGraphicsView):
    """Shows a why-tree; on the board it also selects, navigates with arrows and drags."""

    selection_moved = Signal(str)  # node id (ROOT for the theme)

    def __init__(self, scene: WhyTreeScene, gestures: WhyTreeGestures | None = None) -> None:
        super().__init__(scene)
        self.tree = scene
        self._gestures = gestures
        self._press: tuple[QPointF, CauseItem] | None = None
        self._dragging = False
        self._forbidden: set[str] = set()
        self._target: CauseItem | ThemeRootItem | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QColor(WALL_BACKGROUND))
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if gestures else Qt.FocusPolicy.NoFocus)
        # the facilitator's tree keeps the chosen box in sight (the room's fits its page), zoomed
        # by its smallest words (the marks, counts, "Category:" and "Team:"), never under 12 px
        smallest = min(scene.tree_style.text_px, scene.tree_style.small_px)
        self.sight = TreeSight(self, smallest) if gestures else None
        if self.sight is not None:
            scene.rebuilt.connect(self.sight.rebuilt)
            TreeFingers(self)
        if gestures is None:
            self.setInteractive(False)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    # -- selection -------------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        for node, item in self.tree.nodes.items():
            if item.isSelected():
                return node
        return None

    def select(self, node: str | None) -> None:
        for key, item in self.tree.nodes.items():
            item.setSelected(key == node)
        if node in self.tree.nodes:
            if self.sight is not None:
                self.sight.keep_chosen()
            else:
                self.ensureVisible(self.tree.nodes[node], 40, 40)
            self.selection_moved.emit(node)

    def fit(self) -> None:
        """Shrink to fit (never enlarge): the room view shows the whole tree."""
        rect = self.tree.sceneRect()
        if rect.width() > self.viewport().width() or rect.height() > self.viewport().height():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        else:
            self.resetTransform()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.sight is not None:  # after the layouts the showing sets off
            QTimer.singleShot(0, self.sight, self.sight.settle)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.sight is not None:  # rows as wide as the view holds at readable size
            self.tree.fit_across(self.sight.room_across())
            self.sight.settle()

    # -- keyboard: arrows walk the tree, the board handles the rest ------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._gestures is None:
            return
        if self._gestures.key_command(event) or (self.sight and self.sight.zoom_key(event)):
            return
        step = {Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down", Qt.Key.Key_Left: "left",
                Qt.Key.Key_Right: "right"}.get(Qt.Key(event.key()))
        if step and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.select(self._neighbour(self.selected_id(), step))
            # said where the arrow went: the board has just described it (the line under the
            # tree, shown but unheard while the keyboard stays on the tree)
            announce(self, self.accessibleDescription())
            return
        super().keyPressEvent(event)

    def _neighbour(self, node: str | None, step: str) -> str:
        """The box that way (``why_tree_keys``): Up the parent, Down the first of its causes
        or the box below, Left and Right its fellow causes in reading order, then the box
        beside at the same height."""
        nodes = self.tree.nodes
        if node is None or node not in nodes:
            return ROOT
        rects = {n: self.tree._box(n) for n in nodes}
        boxes = {n: (r.x(), r.y(), r.width(), r.height()) for n, r in rects.items()}
        parents = {n: (i.cause.parent_id or ROOT) if isinstance(i, CauseItem) else None
                   for n, i in nodes.items()}
        return neighbour(boxes, parents, node, step)

    # -- dragging a cause onto another node ------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._gestures is None:
            return
        item = self._node_at(event.position())
        self.select(item.node_id if item is not None else None)
        if isinstance(item, CauseItem) and event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position(), item)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        start, item = self._press
        if not self._dragging:
            if (event.position() - start).manhattanLength() < \
                    QApplication.startDragDistance():
                return
            self._dragging = True
            self._forbidden = {item.node_id} | self._descendants(item.node_id)
            self._drag_offset = self.mapToScene(start.toPoint()) - item.pos()
            item.setZValue(10)
            item.setOpacity(0.85)
        item.setPos(self.mapToScene(event.position().toPoint()) - self._drag_offset)
        self._set_target(self._node_at(event.position(), exclude=item))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        _, item = self._press
        dragging, target = self._dragging, self._target
        self._press, self._dragging = None, False
        self._set_target(None)
        if not dragging:
            return
        assert self._gestures is not None  # a view without gestures is not interactive
        cause_id = item.node_id
        moved = False
        if target is not None:
            new_parent = None if target.node_id == ROOT else target.node_id
            moved = self._gestures.drop_cause(cause_id, new_parent)
        if not moved:  # nothing changed in the model: put the card back where it was
            self._gestures.refresh_tree()

    def _node_at(self, pos, exclude: QGraphicsItem | None = None
                 ) -> CauseItem | ThemeRootItem | None:
        for item in self.items(pos.toPoint()):
            if item is not exclude and isinstance(item, (CauseItem, ThemeRootItem)):
                return item
        return None

    def _set_target(self, item: CauseItem | ThemeRootItem | None) -> None:
        if item is not None and item.node_id in self._forbidden:
            item = None
        if self._target is not None and self._target is not item:
            self._target.drop_target = False
            self._target.update()
        self._target = item
        if item is not None:
            item.drop_target = True
            item.update()

    def _descendants(self, cause_id: str) -> set[str]:
        doc = getattr(self._gestures, "doc", None)
        return descendants(doc, cause_id) if doc is not None else set()
