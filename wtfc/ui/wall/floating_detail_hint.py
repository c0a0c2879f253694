"""The typed-detail line for a theme named in place on the wall, floating under its editor.

Renaming a theme on the wall puts a line editor over the theme's header in the view's viewport,
with no form round it for ``TypedDetailHint`` to sit in, and the name goes on the projector as
typed. So the line floats just under the editor (above it when there is no room below), on a
solid pale ground with a border so it reads over the cards behind it, always inside the viewport
and never over the editor. It follows the editor's words and goes with it: when the editor is
hidden (Enter, Esc, a click elsewhere) the line is hidden and deleted too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit

from wtfc.ui.style import INK
from wtfc.ui.typed_detail_hint import TypedDetailHint
from wtfc.ui.wall.card_item import HELD_EDGE, HELD_FILL

WIDEST = 480  # px: a short theme's editor is narrow; the line gets room for a few lines
GAP = 2  # px between the editor and the line
# the held-back cards' amber: the wall's colour for "a possible personal detail"
LOOK = (f"background: {HELD_FILL.name()}; color: {INK.name()}; "
        f"border: 2px solid {HELD_EDGE.name()}; border-radius: 4px; padding: 6px 8px;")


class FloatingDetailHint(TypedDetailHint):
    """``FloatingDetailHint(editor, label, names)``: says, under ``editor`` (a line editor
    laid over another widget, its parent), when its words may hold a personal detail."""

    def __init__(self, editor: QLineEdit, label: str,
                 names: Iterable[str] | Callable[[], Iterable[str]] = ()) -> None:
        over = editor.parentWidget()
        assert over is not None, "an editor laid over another widget"
        super().__init__(names, over)
        self._over, self._editor = over, editor
        self.setStyleSheet(LOOK)
        self.ensurePolished()  # the style sheet's padding counts when its height is measured
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the wall's clicks
        self.watch(label, editor.text, editor.textChanged)
        editor.textChanged.connect(self._place)  # after refresh (connected first): new lines
        editor.installEventFilter(self)
        self.refresh()  # a name that already holds one says so as the editor opens
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._editor:
            if event.type() == QEvent.Type.Hide and self._editor.isHidden():  # (not the page)
                self.hide()
                self.deleteLater()
            elif event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
                self._place()
        return False

    def _place(self) -> None:
        """Under the editor, as wide as it or WIDEST (no wider than the viewport), moved left
        to stay inside; above the editor when it would not fit below."""
        area, under = self._over.rect(), self._editor.geometry()
        width = min(max(under.width(), WIDEST), area.width())
        height = self.heightForWidth(width)
        below = under.bottom() + 1 + GAP
        above = under.top() - GAP - height
        fits_below = below + height <= area.bottom() + 1
        top = below if fits_below or above < 0 else above
        self.setGeometry(max(0, min(under.x(), area.width() - width)), top, width, height)
        self.raise_()
