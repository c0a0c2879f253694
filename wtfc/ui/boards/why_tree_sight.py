"""Keeping the chosen box of the facilitator's why-tree in sight, and the tree's zoom keys.

A tree is often wider than the view (a 1366×768 laptop at 150% leaves it a few hundred pixels):
the view once opened on the scene's empty top-left corner, or cut the theme's box at the edge.
Now a theme's tree opens on the theme's box and the first row of its causes (shrunk for that,
never so far that its smallest words, the marks and the "Category:" and "Team:" lines, drop
below ``READABLE_PX``; at most 1:1; both grown with a larger system font, ``readable_px``), and
the chosen box (the theme's when none is) is brought back into sight whenever the view changes
shape. Until the facilitator zooms, that opening size follows the view's: a tree opened on a big
screen kept its 1:1 when the window shrank to a laptop's, the theme's box filling the view. It
follows the view's size without scroll bars, which the bars it brings never change (followed
inside them, it could bring bars that made it smaller, take them away and grow, for ever). The
scene wraps its rows to ``room_across`` (``why_tree_wrap``), so at the opening size no box is
cut at the sides. Ctrl+= and Ctrl+- zoom, Ctrl+0 fits the whole tree, as on the wall.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QStyle

from wtfc.ui.boards.why_tree_items import CauseItem
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.style import font_scale

MARGIN = 24  # scene px kept around the box brought into sight
SCENE_EDGE = 2 * 40 + 2 * 6 + 4  # the scene's margin and the boxes' outlines, either side
READABLE_PX = 12  # the smallest words the opening view shrinks the tree to, at a 9 pt app font
KEY_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.1, 3.0
ZOOM_KEYS = [
    ("Ctrl+= or Ctrl++", "Why-tree: zoom in"),
    ("Ctrl+-", "Why-tree: zoom out"),
    ("Ctrl+0", "Why-tree: fit the whole tree (Ctrl+= to read it again)"),
]


def full_size() -> float:
    """The zoom the board's words are drawn for: 1:1, grown as the app's font is (someone who
    set a larger font to read got the board's words at 12 px, the smallest in the app)."""
    return font_scale()


def readable_px() -> float:
    """On-screen px the smallest words are never shrunk below when a board opens."""
    return READABLE_PX * font_scale()


class TreeSight(QObject):
    """Watches ``view`` (a board's ``WhyTreeView``): its tree drawn anew, its shape changed."""

    def __init__(self, view: QGraphicsView, text_px: float) -> None:
        """``text_px``: the smallest words drawn on the tree, in scene px."""
        super().__init__(view)
        self.view, self._text_px = view, text_px
        self._theme: object = None  # the theme whose tree is drawn: another one opens afresh
        self._opening = True
        self._fitted: tuple[int, int] | None = None  # the view's size the opening zoom was for

    # -- what the view calls ---------------------------------------------------------------------
    def rebuilt(self, theme_id: str | None) -> None:
        """The tree was drawn again: another theme's opens on its theme's box, the same one
        keeps the chosen box in sight (after the board has chosen it again)."""
        if theme_id != self._theme:
            self._theme, self._opening, self._fitted = theme_id, True, None
        QTimer.singleShot(0, self, self.settle)

    def settle(self) -> None:
        if not self.view.isVisible() or self.view.viewport().width() < 2:
            return  # done when the view is shown and has its size
        if self._opening:
            self._opening = False
            self.open_on_theme()
        elif self._fitted not in (None, self._port_size()):
            self._refit()
        else:
            self.keep_chosen()

    def open_on_theme(self) -> None:
        """The theme's box and the first row of its causes, as large as fits (at most 1:1, and
        not below readable words) and never so large that the tree is cut at the sides; past
        that, the theme's box and what fits below it."""
        nodes = self.view.tree.nodes  # type: ignore[attr-defined]
        root = nodes.get(ROOT)
        if root is None:
            return
        first = [i for i in nodes.values() if isinstance(i, CauseItem) and not i.cause.parent_id]
        top = min((i.y() for i in first), default=0.0)
        rect = root.sceneBoundingRect()
        for item in first:
            if item.y() == top:  # a wrapped first row: its top row
                rect = rect.united(item.sceneBoundingRect())
        rect = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        across = self.view.sceneRect().width()  # no box cut at the sides

        def fit(width: float, height: float) -> float:
            return min(width / rect.width(), height / rect.height(), width / across, full_size())

        floor = readable_px() / self._text_px
        wanted = self._inside_bars(fit, floor)
        self._set_scale(max(wanted, floor))
        self._show(root.sceneBoundingRect() if wanted < floor else rect, top=True)
        self._fitted = self._port_size()

    def _inside_bars(self, fit: Callable[[float, float], float], floor: float) -> float:
        """``fit(width, height)`` for the room the view will have inside the scroll bars that
        zoom brings, a pixel spare each way (a zoom fitting exactly brought both bars by a
        rounding). Worked from the view's room without bars, which no bar changes: from the
        room inside the bars shown, a zoom could bring the bars that made the next zoom take
        them away, and that one bring them back, for ever (the window froze, make fuzz seed
        19). Fitted to a smaller room the tree needs no more bars, so it still fits."""
        room = self.view.maximumViewportSize()
        width, height = room.width() - 1.0, room.height() - 1.0
        wanted = fit(width, height)
        tall, wide = self._bars_at(max(wanted, floor))
        if tall or wide:
            bar = self._bar()
            wanted = fit(width - bar * tall, height - bar * wide)
        return wanted

    def _bars_at(self, scale: float) -> tuple[bool, bool]:
        """(a bar for the height, one across) at ``scale``, as QGraphicsView decides them."""
        scene, room, bar = self.view.sceneRect(), self.view.maximumViewportSize(), self._bar()
        across, down = scene.width() * scale, scene.height() * scale
        wide, tall = across > room.width(), down > room.height()
        tall = tall or (wide and down > room.height() - bar)
        wide = wide or (tall and across > room.width() - bar)
        return tall, wide

    def _bar(self) -> int:
        """A scroll bar's thickness, with the frame some styles draw around the inside only."""
        view = self.view
        bar = view.verticalScrollBar().sizeHint().width()
        if view.style().styleHint(QStyle.StyleHint.SH_ScrollView_FrameOnlyAroundContents,
                                  None, view):
            bar += 2 * view.frameWidth()
        return bar

    def room_across(self) -> float:
        """Scene px across the tree's boxes may take and all show at the smallest readable
        size, whether or not the view has a scroll bar for its height."""
        bar = self.view.verticalScrollBar().sizeHint().width()
        port = self.view.maximumViewportSize().width() - bar
        return port * self._text_px / readable_px() - SCENE_EDGE

    def _refit(self) -> None:
        """The view changed size and its zoom is still the opening one: the opening zoom for the
        new size, the chosen box kept in sight (the theme's box and first row when none is)."""
        node = self.view.selected_id()  # type: ignore[attr-defined]
        self.open_on_theme()
        if node not in (None, ROOT):
            self.keep_chosen()

    def keep_chosen(self) -> None:
        """The chosen box (the theme's when none is) wholly in sight, or its top and middle when
        it is larger than the view."""
        tree = self.view.tree  # type: ignore[attr-defined]
        node = self.view.selected_id() or ROOT  # type: ignore[attr-defined]
        item = tree.nodes.get(node)
        if item is not None:
            self._show(item.sceneBoundingRect(), top=False)

    def zoom_key(self, event: QKeyEvent) -> bool:
        """Ctrl+= / Ctrl++ / Ctrl+- / Ctrl+0 on the tree: True when it was one of them."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_0):
            self._fitted = None  # zoomed by hand: a change of size keeps it
        if key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus):
            self._set_scale(self._scale() * KEY_STEP)
        elif key == Qt.Key.Key_Minus:
            self._set_scale(self._scale() / KEY_STEP)
        elif key == Qt.Key.Key_0:
            self.fit_whole()
            return True
        else:
            return False
        self.keep_chosen()
        return True

    def fit_whole(self) -> None:
        """Ctrl+0: the whole tree, however small (never larger than ``full_size``)."""
        rect = self.view.sceneRect()
        self._set_scale(self._inside_bars(
            lambda width, height: min(width / rect.width(), height / rect.height(),
                                      full_size()), 0.0))
        self.view.centerOn(rect.center())

    # -- helpers ---------------------------------------------------------------------------------
    def _port_size(self) -> tuple[int, int]:
        """The view's room without scroll bars: the opening zoom is for that, so a bar coming
        or going (a resize of the view's inside) is no change of size to refit to."""
        room = self.view.maximumViewportSize()
        return room.width(), room.height()

    def _scale(self) -> float:
        return self.view.transform().m11()

    def _set_scale(self, scale: float) -> None:
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        self.view.setTransform(self.view.transform().fromScale(scale, scale))

    def _show(self, rect: QRectF, top: bool) -> None:
        """Bring ``rect`` into sight with a margin; one too big for the view (or ``top``): its
        middle across and its top at the view's top."""
        shown = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        m = MARGIN
        tall = rect.height() + 2 * m > shown.height()
        if top or tall or rect.width() + 2 * m > shown.width():
            y = rect.top() - m + shown.height() / 2 if top or tall else rect.center().y()
            self.view.centerOn(rect.center().x(), y)
        else:
            self.view.ensureVisible(rect, m, m)
